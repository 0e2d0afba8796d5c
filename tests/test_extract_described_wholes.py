"""A share of things the words describe is of those things, as written: "Osk sold 86% of the K9-class accelerators
shipped in 2025" (however the parser hangs the participle), "Tarn's share of the accelerators shipped to Peruvian
data centres at 48%", "Osk's share of Chile's GPU rentals was 30%" (the verb ends the whole). A share "of" the
holders themselves ("the combined share of US hyperscalers") names no whole. Invented names; the positive cases
fail on the extractor before the rule existed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimgraph.extract import Extractor
from extracted import Share, shares_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nvidia sold about 86% of the data-centre accelerators shipped in 2025.",
            {("Nvidia", "data-centre accelerators shipped", Decimal(86))},
        ),
        (
            "Tarnwell puts Huawei's share of the accelerators shipped to Peruvian data centres in 2025 at 48%.",
            {("Huawei", "accelerators shipped to Peruvian data centres", Decimal(48))},
        ),
        (
            "Nvidia's share of Chile's data-centre accelerators went from 95% to 10%.",
            {
                ("Nvidia", "Chile's data-centre accelerators", Decimal(95)),
                ("Nvidia", "Chile's data-centre accelerators", Decimal(10)),
            },
        ),
    ],
)
def test_extract_a_share_of_described_things_is_of_those_things(
    extractor: Extractor, text: str, expected: set[Share]
) -> None:
    assert shares_of(extractor, text) == expected


def test_extract_a_share_of_the_holders_names_no_whole_of_their_words(extractor: Extractor) -> None:
    shares = shares_of(extractor, "The combined share of major US hyperscalers dropped from 70% to 40% in 2025.")
    assert not {s for s in shares if s[1] is not None and "hyperscalers" in s[1]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Osk Systems took about 48% of the AI accelerators installed in Peru in 2025.",
            {("Osk Systems", "AI accelerators installed in Peru", Decimal(48))},
        ),
        (
            "Tarn Cloud supplied 18% of the AI servers installed in Chile last year.",
            {("Tarn Cloud", "AI servers installed in Chile", Decimal(18))},
        ),
        # a market named, not things told of: the place's market
        (
            "Osk Systems holds about half of Peru's accelerator market.",
            {("Osk Systems", "Peru accelerator market", 50)},
        ),
    ],
)
def test_extract_things_told_of_in_a_place_are_the_whole_not_the_places_market(
    extractor: Extractor, text: str, expected: set[Share]
) -> None:
    """ "48% of the AI accelerators installed in Peru": the count the writer gave, which a reader checks the share
    against, not the Peru AI accelerator market the words could be made into."""
    assert shares_of(extractor, text) == expected
