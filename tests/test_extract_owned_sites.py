"""A firm's own site placed in a town says where the firm operates, whatever verb the site stands under. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from claimgraph.extract import Extractor
from extracted import claims_of, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Steel is up at the Pell Memory plant in Linz, Austria.", {("Pell Memory", "Austria")}),
        ("The servers were rented from Tarn Cloud in its Austin, Texas, region.", {("Tarn Cloud", "US")}),
        ("We rent racks from Tarn Cloud at its Austin, Texas site.", {("Tarn Cloud", "US")}),
        ("The racks sit in the Osk Cloud data centre in Lyon.", {("Osk Cloud", "France")}),
    ],
)
def test_extract_a_firms_site_placed_in_a_town_is_where_it_operates(
    extractor: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(claims_of(extractor, text), "OperatesIn") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Steel is up at a memory plant in Linz, Austria.",  # no owner named
        "Pell Memory's customers in Linz, Austria buy its chips.",  # no site
        "Tarn Robotics is converting a former Pell Memory plant in Linz, Austria.",  # no longer its own
        "Protests closed the Pell Memory plant in Linz, Austria.",  # undone
    ],
)
def test_extract_no_site_of_a_firm_no_place_it_operates_in(extractor: Extractor, text: str) -> None:
    assert not {
        s for s, _ in pairs(claims_of(extractor, text), "OperatesIn") if s in ("Pell Memory", "Kestrel Robotics")
    }
