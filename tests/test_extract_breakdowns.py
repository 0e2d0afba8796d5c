"""A list that breaks a whole down "by" something gives each name its share of that whole, however the lead-in
calls it ("Pellnet's token volume by developer: Osk Labs 24%, …"), and a run of name–level pairs that adds up to a
hundred is the parts of one whole. A run that adds up to less, or a lead-in with no "by", says neither. Invented
sentences; the positive cases fail on the extractor before these lists were read."""

from __future__ import annotations

from decimal import Decimal

from claimgraph.extract import Extractor
from extracted import claims_of


def _shares(extractor: Extractor, text: str) -> set[tuple[str, str, Decimal | None]]:
    return {
        (c.subject.label, c.object.label, c.value)
        for c in claims_of(extractor, text)
        if c.type == "MarketShare" and c.object is not None
    }


def test_extract_a_list_broken_down_by_something_shares_out_its_lead_ins_whole(extractor: Extractor) -> None:
    text = (
        "A stacked bar of Pellnet's token volume in March 2026 by model developer: Osk Labs 24%, Tarn AI 19%, "
        "Vey AI 14%, Orrin AI 29%, all others 14%."
    )
    shares = _shares(extractor, text)
    assert {
        ("Osk Labs", "Pellnet's token volume", Decimal(24)),
        ("Orrin AI", "Pellnet's token volume", Decimal(29)),
        ("Others", "Pellnet's token volume", Decimal(14)),
    } <= shares


def test_extract_a_run_that_adds_up_to_less_than_a_whole_shares_nothing_out(extractor: Extractor) -> None:
    text = "Osk Bank's loan growth by borrower last year: Tarn Corp 24%, Vey Labs 19%, Orrin Inc 12%."
    assert _shares(extractor, text) == set()


def test_extract_changes_earnings_and_bare_measures_broken_down_are_no_shares_of_their_lead_in(
    extractor: Extractor,
) -> None:
    text = (
        "Year-on-year change in cloud revenue by provider: Osk Cloud 30%, Brill Cloud 40%, Sable Cloud 30%. "
        "Osk Cloud's revenue by region: Tarnland 50%, Veyland 30%, Pellia 20%."
    )
    shares = _shares(extractor, text)
    assert not [s for s in shares if s[1] in ("cloud revenue", "Osk Cloud's revenue")]
    assert not [s for s in shares if s[0] in ("Tarnland", "Veyland", "Pellia")]
