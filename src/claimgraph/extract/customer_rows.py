"""A table of the issuer's own customers: "| Tenant | Critical IT load | Contracted rent | Share of rent |" in a
data-centre operator's filing, "| Customer | Revenue (US$ m) | % of revenue |" in a chip designer's. Each row names a
firm that buys from the issuer. The ordinary reading of a row makes the row's firm the subject of every cell, so a
share of the issuer's rent would read as the firm's share of whatever market is in force; in the issuer's own
document a column of customers tells what the cells are: what the customer pays the issuer, and the customer's part
of what the issuer earns. ``supplier_rows.py`` reads the mirror image, a table of the issuer's suppliers."""

from __future__ import annotations

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES
from claimgraph.extract.normalize import find_quantities
from claimgraph.extract.supplier_rows import figure_claims
from claimgraph.extract.table_cells import scaled
from claimgraph.extract.table_layout import Row
from claimgraph.extract.table_relations import captions_a_market, heading_words, own_document_firm
from claimgraph.records import MONEY_UNITS, Claim, Entity, Evidence


def customer_row_claims(
    row: Row, named: int, subject: Entity, evidence: Evidence, time: str | None, intro: str, context: ReadingContext
) -> list[Claim]:
    """The row's customer's payments to the issuer ("| Contracted rent |": its Spending with the issuer) and its part
    of the issuer's earnings ("| Share of rent |", "| % of revenue |": the issuer's Revenue from it, in percent),
    when the first column is headed by a customer noun in the issuer's own document; else nothing."""
    issuer = own_document_firm(context)
    lexicon = context.lexicon
    if not row.header or issuer is None or subject == issuer or heading_words(row.header[named]).isdisjoint(
        lexicon.customer_nouns
    ):
        return []
    if subject.type not in BUSINESS_TYPES or issuer.type not in BUSINESS_TYPES or captions_a_market(intro):
        return []  # "The GPU cloud market's largest customers:": a market's table, though the issuer's report
    if any(not heading_words(column).isdisjoint(lexicon.supplier_nouns) for column in row.header):
        return []  # "| Customer | Supplier | … |": whose sale it is, the table says otherwise
    claims: list[Claim] = []
    for i, (column, cell) in enumerate(zip(row.header, row.cells, strict=False)):
        words = heading_words(column)
        if i == named or "per" in words:
            continue  # "Rent per MW": a rate, no sum paid
        figures = find_quantities(scaled(cell, column, intro).text)
        if "share" in words or "%" in column:  # "Share of rent", "% of revenue": its part of the issuer's earnings
            if not words.isdisjoint(lexicon.earning_columns):
                parts = [q for q in figures if q.unit == "percent"]
                claims += figure_claims("Revenue", issuer, subject, parts, evidence, time)
        elif not words.isdisjoint(lexicon.payment_columns):  # "Contracted rent": what it pays the issuer
            money = [q for q in figures if q.unit in MONEY_UNITS]
            claims += figure_claims("Spending", subject, issuer, money, evidence, time)
    return claims
