"""A market's share board: every MarketShare claim about one market, by company, source and period, with how
far the sources disagree about each company — what a chart of the market needs, and where to look twice.

Disagreement is measured within a period: two sources giving 35.8 % for 2025 and 30 % for 2023 describe a
trend, not a conflict, so a company's ``spread`` is the largest (max − min) over the periods that at least two
sources speak of (claims without a period form one period of their own); None when no period has two sources.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rdflib import URIRef
from rdflib.term import Node

from claimgraph.graph.namespaces import MODALITY, UNIT, Iris
from claimgraph.query.entities import entity_index, entity_summary
from claimgraph.query.queries import load_query
from claimgraph.store import Store


def market_shares(store: Store, iris: Iris, key: str) -> dict[str, Any] | None:
    """The board of the market ``key``; None when no such entity exists (an entity with no share claims gets an
    empty board)."""
    index = entity_index(store, iris)
    market = index.by_iri.get(f"{iris.base}entity/{key}")
    if market is None:
        return None
    rows = store.select(load_query("market_shares"), {"market": URIRef(market.iri)})
    shares: dict[str, dict[str, Any]] = {}
    for row in rows:
        claim = str(row["claim"])
        if claim in shares:
            continue
        company = str(row["company"])
        shares[claim] = {
            "claim": claim,
            "company": company,
            "value": _number(row.get("value")),
            "value_max": _number(row.get("valueMax")),
            "unit": str(row["unit"]).removeprefix(str(UNIT)) if "unit" in row else None,
            "period": _text(row.get("time")),
            "measure": _text(row.get("measure")),
            "modality": str(row["modality"]).removeprefix(str(MODALITY)),
            "attributed_to": _text(row.get("attributed")),
            "confidence": _number(row["confidence"]),
            "source": {
                "id": str(row["source"]),
                "title": _text(row.get("title")),
                "date": _text(row.get("date")),
                "publisher": _text(row.get("publisher")),
            },
        }
    by_company: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for share in shares.values():
        by_company[share.pop("company")].append(share)
    companies: list[dict[str, Any]] = []
    for company, company_shares in by_company.items():
        record = index.by_iri.get(company)
        summary = entity_summary(record) if record else {"id": company, "key": None, "label": company, "types": []}
        company_shares.sort(key=lambda s: (s["period"] or "", s["source"]["date"] or "", s["source"]["id"], s["claim"]))
        periods = _periods(company_shares)
        spreads = [p["spread"] for p in periods if p["spread"] is not None]
        companies.append(
            {"company": summary, "shares": company_shares, "periods": periods, "spread": max(spreads, default=None)}
        )
    companies.sort(key=_board_order)
    return {"market": entity_summary(market), "claims": len(shares), "companies": companies}


def _board_order(company: dict[str, Any]) -> tuple[float, str]:
    """Largest share first, as a chart of the market would stack them."""
    return -max((share["value"] or 0) for share in company["shares"]), company["company"]["label"]


def _periods(shares: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per period and measure: lowest and highest value, the sources giving one, and the spread when two sources or
    more do (a share of revenue and a share of tokens in one period measure different things, so no conflict)."""
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for share in shares:
        if share["value"] is not None:
            grouped[share["period"] or "", share["measure"] or ""].append(share)
    periods = []
    for (period, measure), group in sorted(grouped.items()):
        values = [s["value"] for s in group]
        sources = sorted({s["source"]["id"] for s in group})
        low, high = min(values), max(values)
        spread = round(high - low, 6) if len(sources) >= 2 else None
        periods.append(
            {
                "period": period or None,
                "measure": measure or None,
                "min": low,
                "max": high,
                "sources": len(sources),
                "spread": spread,
            }
        )
    return periods


def _number(node: Node | None) -> float | int | None:
    if node is None:
        return None
    value = float(str(node))
    return int(value) if value.is_integer() else value


def _text(node: Node | None) -> str | None:
    return str(node) if node is not None else None
