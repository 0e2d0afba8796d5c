"""A table of the issuer's own suppliers: "| Provider | Main hardware | GPU-hours | Share | Spend (US$) |" in a lab's
annual report. Each row names a firm the issuer buys from, what it spent with it, and the firm's part of what the
issuer used. The ordinary reading of a row makes the row's firm the subject of every cell, which would make the
provider the spender; in the issuer's own document a column of providers, beside a column of what was used or
spent, tells the other way round."""

from __future__ import annotations

import re

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES
from claimgraph.extract.normalize import find_quantities
from claimgraph.extract.numbers import currency_marks
from claimgraph.extract.table_layout import Row
from claimgraph.extract.table_relations import heading_words
from claimgraph.records import Claim, Entity, Evidence

_UNIT_ONLY = re.compile(rf"\((?P<currency>{currency_marks()})\)", re.IGNORECASE)  # "Spend (US$)"
_BARE = re.compile(r"\s*\d[\d,.]*\s*")


def supplier_row_claims(
    row: Row, named: int, subject: Entity, evidence: Evidence, time: str | None, context: ReadingContext
) -> list[Claim]:
    """The issuer's purchase from the row's firm, what it spent with it, and the firm's share of what the issuer
    used, when the first column is headed by a supplier noun and another column counts what was spent."""
    issuer = context.title_subject or (context.issuer if context.self_report else None)  # whose document it is
    if not row.header or issuer is None or subject == issuer:
        return []
    if subject.type not in BUSINESS_TYPES or issuer.type not in BUSINESS_TYPES:
        return []
    lexicon = context.lexicon
    if heading_words(row.header[named]).isdisjoint(lexicon.supplier_nouns):
        return []
    used = [i for i, column in enumerate(row.header) if not heading_words(column).isdisjoint(lexicon.use_columns)]
    spent = any(not heading_words(row.header[i]).isdisjoint(lexicon.spend_columns) for i in used)
    if not spent or any(not heading_words(column).isdisjoint(lexicon.customer_nouns) for column in row.header):
        return []  # no money spent (a market's shares, a programme's allocation), or a column of customers
    claims = [Claim(type="CustomerOf", subject=issuer, object=subject, confidence=0.7, evidence=(evidence,))]
    for i, (column, cell) in enumerate(zip(row.header, row.cells, strict=False)):
        words = heading_words(column)
        if i != named and not words.isdisjoint(lexicon.spend_columns):
            claims += _spent(issuer, subject, column, cell.text, evidence, time)
        elif "share" in words and i - 1 in used and i - 1 != named:  # "| GPU-hours | Share |": a part of that use
            claims += _share(issuer, subject, row.header[i - 1], cell.text, evidence, time, context)
    return claims


def _spent(
    issuer: Entity, supplier: Entity, column: str, cell: str, evidence: Evidence, time: str | None
) -> list[Claim]:
    """ "| Spend (US$) | 1,310,000 |": the issuer's spending with the supplier, in the column's currency."""
    unit = _UNIT_ONLY.search(column)
    text = f"{unit.group('currency')} {cell.strip()}" if unit is not None and _BARE.fullmatch(cell) else cell
    return [
        Claim(
            type="Spending",
            subject=issuer,
            object=supplier,
            value=q.value,
            value_max=q.value_max,
            unit=q.unit,
            time=time,
            confidence=0.7,
            evidence=(evidence,),
        )
        for q in find_quantities(text)
        if q.unit not in (None, "percent")
    ]


def _share(
    issuer: Entity,
    supplier: Entity,
    measured: str,
    cell: str,
    evidence: Evidence,
    time: str | None,
    context: ReadingContext,
) -> list[Claim]:
    """ "| GPU-hours | Share |": the supplier's part of what the issuer used, measured by the column before."""
    measure = re.sub(r"\s*\(.*?\)", "", measured).strip()
    if not measure or not re.search(r"[A-Za-z]", measure):
        return []
    whole = context.index.entity_for(f"{issuer.label} {measure}", "Market")
    return [
        Claim(
            type="MarketShare",
            subject=supplier,
            object=whole,
            value=q.value,
            value_max=q.value_max,
            unit=q.unit,
            time=time,
            confidence=0.7,
            evidence=(evidence,),
        )
        for q in find_quantities(cell)
        if q.unit == "percent"
    ]
