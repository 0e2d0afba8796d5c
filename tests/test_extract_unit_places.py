"""Where a firm works, told by its units and its sites: a subsidiary set up for a country, a fab in a city. Invented
names; each positive case fails on the extractor before these readings existed."""

from __future__ import annotations

from claimgraph.extract import Extractor
from extracted import claims_of


def _operates(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {
        (c.subject.label, c.object.label) for c in claims_of(extractor, text) if c.type == "OperatesIn" and c.object
    }


def test_extract_a_subsidiary_for_a_country_puts_its_parent_there(extractor: Extractor) -> None:
    cases = {
        "Vey Cloud Oy, the Finnish subsidiary of Osk Group, leases the hall.": ("Osk Group", "Finland"),
        "The applicant, Tarn Data UK Ltd, is a wholly owned subsidiary of Pell Holdings.": ("Pell Holdings", "UK"),
    }
    for text, operates in cases.items():
        assert operates in _operates(extractor, text), text
    # a unit with no country to it, or one sold, places its parent nowhere
    assert not _operates(extractor, "Vey Cloud Oy, a subsidiary of Osk Group, leases the hall.")
    assert not _operates(extractor, "Osk Group sold Tarn Data UK Ltd, its former subsidiary, in 2025.")


def test_extract_a_firms_fab_in_a_place_is_where_it_works(extractor: Extractor) -> None:
    text = "Demand rose at Osk Memory's new fab in Boise, Idaho, last quarter."
    assert ("Osk Memory", "US") in _operates(extractor, text)
