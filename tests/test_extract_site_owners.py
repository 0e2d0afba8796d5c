"""Megawatts of a site a firm is named to own are the firm's, not the town's that only says where the site is ("an
Osk Cloud region in Lyon, France, opening with 40 MW"); a site no one is named to own keeps its place. Invented
names; the positive cases fail on the extractor before the rule existed."""

from __future__ import annotations

import pytest

from claimgraph.extract import Extractor
from extracted import claims_of


def _capacity_holders(extractor: Extractor, text: str) -> list[str]:
    return [c.subject.label for c in claims_of(extractor, text) if c.type == "Capacity"]


@pytest.mark.parametrize(
    "text",
    [
        "Ms Varga announced a Tarnwell Cloud region in Lyon, France, opening in June with 40 MW.",
        "Tarnwell Cloud said its new data centre in Lyon, which opened in May with 12 MW of IT load, is full.",
        "The racks will go to Tarnwell Cloud's computing centres in Lyon and Lille, which will reach 90 MW in 2027.",
    ],
)
def test_extract_a_named_owners_site_holds_its_megawatts(extractor: Extractor, text: str) -> None:
    assert _capacity_holders(extractor, text) == ["Tarnwell Cloud"]


def test_extract_a_site_no_one_is_named_to_own_keeps_its_place(extractor: Extractor) -> None:
    text = "The racks sit in the university data centre in Lyon, which has 2.4 MW of IT power."
    assert _capacity_holders(extractor, text) == ["Lyon"]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("With CoreWeave's new site in Texas, the state's data centre pipeline now tops 40 GW.", "Texas"),
        ("Equinix's data centres in Norway, which has 3 GW of spare hydro capacity, are full.", "Norway"),
    ],
)
def test_extract_a_figure_not_said_of_the_owned_site_stays_the_places(
    extractor: Extractor, text: str, holder: str
) -> None:
    assert _capacity_holders(extractor, text) == [holder]
