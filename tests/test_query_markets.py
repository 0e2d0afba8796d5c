"""The market board's notion of disagreement: sources disagree only about the same measure in the same period."""

from __future__ import annotations

from typing import Any

from claimgraph.query.markets import _periods


def _share(value: float, source: str, measure: str | None, period: str = "2025") -> dict[str, Any]:
    return {"value": value, "period": period, "measure": measure, "source": {"id": source}}


def test_markets_shares_of_different_measures_do_not_disagree() -> None:
    revenue_and_tokens = [_share(12, "s1", "revenue"), _share(40, "s2", "tokens")]
    assert [p["spread"] for p in _periods(revenue_and_tokens)] == [None, None]
    two_reports = [_share(12, "s1", "revenue"), _share(15.5, "s2", "revenue"), _share(40, "s3", "tokens")]
    spreads = {p["measure"]: p["spread"] for p in _periods(two_reports)}
    assert spreads == {"revenue": 3.5, "tokens": None}
