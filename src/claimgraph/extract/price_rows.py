"""Price tables: a row naming a model, the company that sells it and its prices says by how much that company
changed the price. ``| Tessaly-3 Flash | Tessaly AI | $0.50 | $0.30 | -40% |`` under ``| Model | Provider | Old
price | New price | Change |`` is Tessaly AI cutting Tessaly-3 Flash by 40%; with no change column, the change is
worked out from the old and the new price ("free" is a price of nothing). In a firm's own price list the firm sets
the prices, whoever develops what it lists; a row naming a seller under a column of changes ("| Vey Re | 14% | +9% |"
under "| Insurer | Share | Rate change |") is the seller's own change. A price is a level, not a claim: the gold
format's PriceChange is a change in percent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import Mention
from claimgraph.extract.lexicon import load_lexicon, words_pattern
from claimgraph.extract.normalize import find_quantities
from claimgraph.records import MONEY_UNITS, Claim, Entity, Evidence, signed_values

_MAKER_HEADER = re.compile(r"\b(?:provider|developer|company|vendor|lab|maker|seller|owner)s?\b", re.IGNORECASE)
# "| Where sold |", "| Sold through |", "| Where we sell it |": a column of the places a thing is sold, its sellers
SOLD_WHERE = re.compile(
    r"\b(?:where\s+(?:sold|(?:\w+\s+)?(?:sells?|resells?|buy)\b)|sold\s+(?:on|through|via|by))\b", re.IGNORECASE
)
# in a table of prices, a column of platforms, channels or where a model is available also names its sellers
_PLATFORM_HEADER = re.compile(
    rf"{SOLD_WHERE.pattern}|\b(?:where\s+(?:offered|available)|available\s+(?:on|through|via)|platforms?|marketplaces?"
    r"|channels?|venues?)\b",
    re.IGNORECASE,
)
_CHANGE_WORDS = re.compile(r"\b(?:change|cut|move|increase|decrease|difference)\b", re.IGNORECASE)
_CHANGE_HEADER = re.compile(rf"{_CHANGE_WORDS.pattern}|%", re.IGNORECASE)  # in a model's row, "(%)" is a change
_OLD_HEADER = re.compile(r"\b(?:old|previous|prior|before|was|former)\b", re.IGNORECASE)
_NEW_HEADER = re.compile(r"\b(?:new|current|now|after|latest)\b", re.IGNORECASE)
_FREE = re.compile(r"\s*free(?: of charge)?\s*", re.IGNORECASE)
_PRODUCTS = frozenset({"Model", "Product"})
_SELLERS = frozenset({"Company", "Cloud", "Lab", "Organization", "Aggregator"})
_PLATFORMS = _SELLERS | {"Product"}  # "Amazon Bedrock", a cloud's model platform, sells what it lists


@dataclass(frozen=True)
class PricedRow:
    """One row of a table read for prices: what its name cell names, its header and cells, with the mentions in
    each cell."""

    subject: Entity  # the model or product its name cell names, or the seller
    columns: list[str]
    cells: list[str]
    mentions: list[list[Mention]]
    evidence: Evidence
    name_header: str = ""  # the name column's header ("Model", "Insurer")
    caption: str = ""  # the line over the table


def reads_prices(
    subject: Entity, columns: list[str], caption: str = "", only_named: bool = False, name_header: str = ""
) -> bool:
    """Whether a row is read for prices: a model or product under columns of prices, or under a caption that says
    the table is of prices ("List prices, in US dollars per million tokens:" over "| Model | Input | Output |
    Change |"); or a seller its name cell names and nothing more (``only_named``: "| AWS (P5 instances) |", not
    "| Tarn K9 boards |") under a column that changes a price ("| Insurer | Share | Rate change |")."""
    priced = any(speaks_of_prices(words) for words in (*columns, caption))
    if subject.type in _PRODUCTS:
        return priced
    # "| Customer | Rate change |": the rows are those who pay
    buyers = set(re.findall(r"\w+", name_header.casefold())) & load_lexicon().customer_nouns
    changed = _price_change_column(columns, caption) is not None
    return subject.type in _SELLERS and only_named and not buyers and changed


def _price_change_column(columns: list[str], caption: str = "") -> int | None:
    """The column a seller's row changes a price in: one headed as a price's change ("Rate change", "Price cut"),
    or a bare "Change" beside a column of prices or under a caption of prices; not "Share change" or "Exchange
    rate change"."""
    priced = speaks_of_prices(caption) or any(speaks_of_prices(c) and not _CHANGE_WORDS.search(c) for c in columns)
    for i, column in enumerate(columns):
        if not _CHANGE_WORDS.search(column):
            continue
        if speaks_of_prices(column) or (priced and _BARE_CHANGE.fullmatch(column.strip())):
            return i
    return None


# a change column with no other word, a "%" at most
_BARE_CHANGE = re.compile(r"(?:%\s*)?change(?:\s*\(?%\)?)?", re.IGNORECASE)


def speaks_of_prices(words: str) -> bool:
    """Whether a header or caption speaks of prices: "price", "fees", or a priced service's rate, charge or rent
    ("Rate change at renewals", "Rent per kW"), not a growth or interest rate."""
    lexicon = load_lexicon()
    found = {w.casefold().removesuffix("s") for w in re.findall(r"[\w-]+", words)}
    charged = lexicon.charged_nouns
    if found & charged.unpriced:
        return False  # "Interest rate", "Legal fees", "Exchange rate change"
    if words_pattern(lexicon.price_nouns).search(words):
        return True
    return bool(found & charged.lemmas)


def price_row_claims(row: PricedRow, time: str | None, modality: str, context: ReadingContext) -> Iterator[Claim]:
    """The row's Offers and PriceChange: a model's or product's, sold by whoever the table, the article or the
    issuer says sells it; or a seller's own."""
    if row.subject.type in _SELLERS:
        yield from _a_sellers_changes(row, time, modality, context)
        return
    sold_on = [m.entity for column, found in zip(row.columns, row.mentions, strict=False)
               if _PLATFORM_HEADER.search(column) for m in found if m.entity.type in _PLATFORMS]  # fmt: skip
    makers = [m.entity for column, found in zip(row.columns, row.mentions, strict=False)
              if _MAKER_HEADER.search(column) for m in found if m.entity.type in _SELLERS]  # fmt: skip
    # a firm's own price list sells what it lists, whoever develops it ("| Tarn-3 | Tarn AI | $0.50 | $0.30 |" in
    # Osk Cloud's release notes); one no column or earlier sentence names the sellers of is its issuer's, or that
    # of the company the article names most ("Lumora AI publishes this page …")
    own = context.issuer if context.self_report else context.writer
    named = sold_on or ([own] if own is not None and own.type in _SELLERS else makers)
    provider = context.provider_of(row.subject)
    fallback = context.issuer or context.main_company
    seller = named[0] if named else provider or (fallback if fallback and fallback.type in _SELLERS else None)
    if seller is None or seller.label.casefold() in {c.strip().casefold() for c in (*row.columns, row.name_header)}:
        return  # "| SKU | Price | Change |": a header the NER took for a firm sells nothing
    if named or provider is None:
        yield Claim(type="Offers", subject=seller, object=row.subject, confidence=0.75, evidence=(row.evidence,))
    stated = _stated_changes(row, _CHANGE_HEADER) if any(_CHANGE_HEADER.search(c) for c in row.columns) else []
    yield from _changes(row, seller, row.subject, stated, time, modality, context)


def _a_sellers_changes(row: PricedRow, time: str | None, modality: str, context: ReadingContext) -> Iterator[Claim]:
    """A row a seller names, in a table of price changes ("| Vey Re | 14% | +9% |" under "| Insurer | Share |
    Rate change |", "| Osk Cloud | K9 instances | $2.10 | -10% |"): the seller changed the price of the product
    its row names, if any."""
    product = next((m.entity for found in row.mentions for m in found if m.entity.type in _PRODUCTS), None)
    column = _price_change_column(row.columns, row.caption)
    stated = _stated_changes(row, re.compile(re.escape(row.columns[column]))) if column is not None else []
    if product is not None and (stated or _worked_out_change(row) is not None):
        yield Claim(type="Offers", subject=row.subject, object=product, confidence=0.7, evidence=(row.evidence,))
    yield from _changes(row, row.subject, product, stated, time, modality, context)


def _changes(
    row: PricedRow,
    seller: Entity,
    product: Entity | None,
    stated: list[Decimal],
    time: str | None,
    modality: str,
    context: ReadingContext,
) -> Iterator[Claim]:
    """The row's price changes: those its change column states, else the one from its old price to its new."""
    worked_out = _worked_out_change(row)
    for change in stated or ([worked_out] if worked_out is not None else []):
        yield Claim(
            type="PriceChange",
            subject=seller,
            object=product,
            value=change,
            unit="percent",
            time=time,
            modality=modality,
            attributed_to=context.attribution,
            confidence=0.75,
            evidence=(row.evidence,),
        )


def _stated_changes(row: PricedRow, header: re.Pattern[str]) -> list[Decimal]:
    """The percents in the first column ``header`` reads as a change ("Change", "Cut (%)"), each signed as written
    ("-40%"); a cell may give one per price ("−40% / −25%" under "Change (input / output)")."""
    for column, cell in zip(row.columns, row.cells, strict=False):
        if not header.search(column) or _OLD_HEADER.search(column) or _NEW_HEADER.search(column):
            continue
        changes = []
        for quantity in (q for q in find_quantities(cell) if q.unit == "percent"):
            written = cell[: quantity.start].rstrip().endswith(("-", "−", "–")) or quantity.value < 0
            cut = quantity.change == "decrease" or written
            changes.append(signed_values("PriceChange", abs(quantity.value), None, cut or "cut" in column.lower())[0])
        if changes:
            return changes
    return []


def _worked_out_change(row: PricedRow) -> Decimal | None:
    """The change from the old price to the new one, in percent of the old, to two decimals."""
    old = new = None
    for column, cell in zip(row.columns, row.cells, strict=False):
        if "price" not in column.lower():
            continue
        price = Decimal(0) if _FREE.fullmatch(cell) else _money(cell)
        if _OLD_HEADER.search(column):
            old = price
        elif _NEW_HEADER.search(column):
            new = price
    if old is None or new is None or old == 0:
        return None
    return ((new - old) / old * 100).quantize(Decimal("0.01"))


def _money(cell: str) -> Decimal | None:
    return next((q.value for q in find_quantities(cell) if q.unit in MONEY_UNITS), None)
