"""A table of the issuer's own suppliers: "| Provider | Main hardware | GPU-hours | Share | Spend (US$) |" in a lab's
annual report. Each row names a firm the issuer buys from, what it spent with it, and the firm's part of what the
issuer used. The ordinary reading of a row makes the row's firm the subject of every cell, which would make the
provider the spender; in the issuer's own document a column of providers, beside a column of what was used or
spent, tells the other way round."""

from __future__ import annotations

import re

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES
from claimgraph.extract.normalize import Quantity, find_quantities
from claimgraph.extract.numbers import currency_marks
from claimgraph.extract.table_cells import scaled
from claimgraph.extract.table_layout import Cell, Row
from claimgraph.extract.table_relations import captions_a_market, heading_words, own_document_firm
from claimgraph.records import Claim, Entity, Evidence

_UNIT_ONLY = re.compile(rf"\((?P<currency>{currency_marks()})\)", re.IGNORECASE)  # "Spend (US$)"


def supplier_row_claims(
    row: Row, named: int, subject: Entity, evidence: Evidence, time: str | None, intro: str, context: ReadingContext
) -> list[Claim]:
    """The issuer's purchase from the row's firm, what it spent with it, and the firm's share of what the issuer
    used, when the first column is headed by a supplier noun and another column counts what was spent."""
    issuer = own_document_firm(context)
    if not row.header or issuer is None or subject == issuer:
        return []
    if captions_a_market(intro):
        return []  # "The market's leading providers, by spend:": a market's table in the issuer's own report
    if subject.type not in BUSINESS_TYPES or issuer.type not in BUSINESS_TYPES:
        return []
    lexicon = context.lexicon
    if heading_words(row.header[named]).isdisjoint(lexicon.supplier_nouns):
        return []
    used = [i for i, column in enumerate(row.header) if not heading_words(column).isdisjoint(lexicon.use_columns)]
    spent = any(_counts_money(row.header[i], context) or _the_issuers_share_of_spend(row.header[i]) for i in used)
    if not spent or any(not heading_words(column).isdisjoint(lexicon.customer_nouns) for column in row.header):
        return []  # no money spent (a market's shares, a programme's allocation), or a column of customers
    claims = [Claim(type="CustomerOf", subject=issuer, object=subject, confidence=0.7, evidence=(evidence,))]
    for i, (column, cell) in enumerate(zip(row.header, row.cells, strict=False)):
        words = heading_words(column)
        if i != named and i in used and _counts_money(column, context):
            claims += _spent(issuer, subject, column, cell, intro, evidence, time)
        elif "share" in words and i - 1 in used and i - 1 != named:  # "| GPU-hours | Share |": a part of that use
            claims += _share(issuer, subject, row.header[i - 1], cell.text, evidence, time, context)
    return claims


def _counts_money(column: str, context: ReadingContext) -> bool:
    """Whether a column counts money spent ("Spend (US$)", "Cost"), not a rate ("Cost per GPU-hour") nor a part of
    it ("Share of panel GPU spend", "% of spend")."""
    words = heading_words(column)
    parts = "share" in words or "%" in column
    return not words.isdisjoint(context.lexicon.spend_columns) and "per" not in words and not parts


def _the_issuers_share_of_spend(column: str) -> bool:
    """ "| Share of GPU spend |", "| Spend (% of total) |": the firms' parts of what the issuer spent, which still
    makes them its suppliers; but "| Share of panel GPU spend |" is a part of what others spend, whom the issuer
    only measures."""
    words = heading_words(column)
    parts = "share" in words or "%" in column
    return parts and bool(words & {"spend", "spending", "cost", "costs"}) and not words & _OTHERS_SPENDING


_OTHERS_SPENDING = frozenset({"panel", "market", "respondents", "industry", "survey", "sample", "customers", "users"})


def _spent(
    issuer: Entity, supplier: Entity, column: str, cell: Cell, intro: str, evidence: Evidence, time: str | None
) -> list[Claim]:
    """ "| Spend (US$ m) | 1.31 |": the issuer's spending with the supplier, in the column's currency and scale."""
    written = scaled(cell, column, intro).text
    unit = _UNIT_ONLY.search(column)
    if written == cell.text and unit is not None:  # "Spend (US$)": a currency with no scale
        written = f"{unit.group('currency')} {cell.text.strip()}"
    money = [q for q in find_quantities(written) if q.unit not in (None, "percent")]
    return figure_claims("Spending", issuer, supplier, money, evidence, time)


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
    whole = context.index.entity_for(f"{context.short_name(issuer)} {measure}", "Market")
    parts = [q for q in find_quantities(cell) if q.unit == "percent"]
    return figure_claims("MarketShare", supplier, whole, parts, evidence, time)


def figure_claims(
    claim_type: str, subject: Entity, obj: Entity, quantities: list[Quantity], evidence: Evidence, time: str | None
) -> list[Claim]:
    """One claim of the type per figure, between the issuer and a row's firm, as a table of its trade states it."""
    return [
        Claim(
            type=claim_type,
            subject=subject,
            object=obj,
            value=q.value,
            value_max=q.value_max,
            unit=q.unit,
            time=time,
            confidence=0.7,
            evidence=(evidence,),
        )
        for q in quantities
    ]
