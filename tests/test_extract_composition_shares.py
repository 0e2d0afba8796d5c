"""A part said with a verb of composition ("accounts for", "makes up", "represents", "comprises") is a share held by
whatever the verb's subject names, a place or a kind of thing as much as a company, of the whole after the figure's
"of". A part of money a firm earns stays revenue; a whole said elsewhere ("of those tokens", "of them"), a bare
figure ("of the total") and "made" without "up" give no such share. Invented names; the positive cases fail on the
extractor before the reader existed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimgraph.extract import Extractor
from extracted import Share, shares_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ontario accounts for about 41% of Canada's operating data-centre capacity.",
            {("Ontario", "Canada's operating data-centre capacity", Decimal(41))},
        ),
        (
            "Liquid-cooled racks made up 58% of contracted IT load at the end of the year.",
            {("Liquid-cooled racks", "contracted IT load", Decimal(58))},
        ),
        (
            "Wind and solar power represented 47% of the electricity used by data centres in the province.",
            {("Wind and solar power", "electricity used by data centres in the province", Decimal(47))},
        ),
        (
            "The regulator estimates that retrofitted halls comprise a fifth of the floor space leased in 2025.",
            {("retrofitted halls", "floor space leased in 2025", Decimal(20))},
        ),
        (
            "Peruvian buyers accounted for 23% of approved licence value in the year.",
            {("Peruvian buyers", "approved licence value", Decimal(23))},
        ),
    ],
)
def test_extract_a_part_a_composition_verb_states_is_a_share(
    extractor: Extractor, text: str, expected: set[Share]
) -> None:
    assert shares_of(extractor, text) == expected


def test_extract_a_relative_clause_part_is_held_by_the_noun_it_qualifies(extractor: Extractor) -> None:
    text = "The Tarnby hall holds 900 racks. Osk K9 racks, which make up 60% of the hall's installed base, run hot."
    assert ("Osk K9 racks", "hall's installed base", Decimal(60)) in shares_of(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "China accounted for 13% of Velmora's revenue in 2025.",  # a part of a firm's revenue is its revenue
        "Law firms account for roughly 70% of those tokens.",  # the whole is said elsewhere
        "Inference accounted for 36% of the total.",  # a figure, no whole
        "Velmora made 62% of its chips in Malaysia.",  # "made" without "up" composes nothing
        "The figure represents 5% of global server shipments.",  # a word for a figure holds nothing
        "It makes up 30% of regional capacity.",  # a pronoun holds nothing here
        "Weaker memory prices accounted for 40% of the decline in Velmora's margin.",  # a change is no whole
        "Salaries make up 60% of Velmora's operating costs.",  # a firm's costs are no market
        "Velmora's stake represents 5% of Ardent's outstanding shares.",  # a holding, not a market share
        "The deal would account for 15% of the Japanese cloud market, analysts said.",  # a deal holds nothing
        "John Smith accounts for 10% of the votes on Velmora's board.",  # a person's part is no market's
    ],
)
def test_extract_no_composition_share_without_a_holder_and_a_whole(extractor: Extractor, text: str) -> None:
    assert not {s for s in shares_of(extractor, text) if s[0] not in ("Velmora",)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velmora is the largest exporter: its products made up about 44% of imports from Chile in 2024.",
            ("Velmora", "imports from Chile", Decimal(44)),
        ),
        (
            "Velmora chips made up about 64% of Peru's accelerator imports in 2025.",
            ("Velmora", "Peru's accelerator imports", Decimal(64)),
        ),
    ],
)
def test_extract_a_firms_goods_part_is_the_firms(extractor: Extractor, text: str, expected: Share) -> None:
    """ "its products made up 44% of …": nothing but the firm's name or possessive and a noun of goods names the
    firm as the holder."""
    assert expected in shares_of(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Geothermal plants supplied about 45% of Tarnland's electricity in 2025.",
            ("Geothermal plants", "Tarnland's electricity", Decimal(45)),
        ),
        (
            "Hyperscale cloud providers provided about 64% of the GPU capacity rented by firms in Velmora.",
            ("Hyperscale cloud providers", "GPU capacity rented by firms in Velmora", Decimal(64)),
        ),
    ],
)
def test_extract_a_part_supplied_or_provided_is_a_share(extractor: Extractor, text: str, expected: Share) -> None:
    """ "supplied 45% of …", "provided 64% of …" compose a whole as "made up" does ("took" and "holds" do not: an
    outage takes capacity offline, a fund holds a stake)."""
    assert expected in shares_of(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "We are controlled by Osk Partners, which will hold about 61% of the combined voting power of our stock.",
        "Replicas of any model that takes more than 10% of a region's tokens will be spread across two halls.",
        "Closed-weight frontier models took 81% of 2025 revenue and open-weight models 19%.",
        "The outage took 40% of Osk Cloud's European capacity offline.",
        "BlackRock holds 7% of Nvidia's free float.",
    ],
)
def test_extract_a_stake_a_condition_or_parts_run_together_are_no_composed_share(
    extractor: Extractor, text: str
) -> None:
    assert not shares_of(extractor, text)
