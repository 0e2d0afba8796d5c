"""Price tables: a row naming a model, the company that sells it and its prices says by how much that company
changed the price. ``| Tessaly-3 Flash | Tessaly AI | $0.50 | $0.30 | -40% |`` under ``| Model | Provider | Old
price | New price | Change |`` is Tessaly AI cutting Tessaly-3 Flash by 40%; with no change column, the change is
worked out from the old and the new price ("free" is a price of nothing). A price is a level, not a claim: the gold
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
_CHANGE_HEADER = re.compile(r"\b(?:change|cut|move|increase|decrease|difference)\b|%", re.IGNORECASE)
_OLD_HEADER = re.compile(r"\b(?:old|previous|prior|before|was|former)\b", re.IGNORECASE)
_NEW_HEADER = re.compile(r"\b(?:new|current|now|after|latest)\b", re.IGNORECASE)
_FREE = re.compile(r"\s*free(?: of charge)?\s*", re.IGNORECASE)
_PRODUCTS = frozenset({"Model", "Product"})
_SELLERS = frozenset({"Company", "Cloud", "Lab", "Organization", "Aggregator"})
_PLATFORMS = _SELLERS | {"Product"}  # "Amazon Bedrock", a cloud's model platform, sells what it lists


@dataclass(frozen=True)
class PricedRow:
    """One row of a table read for prices: its model, header and cells, with the mentions in each cell."""

    model: Entity
    columns: list[str]
    cells: list[str]
    mentions: list[list[Mention]]
    evidence: Evidence


def reads_prices(model: Entity, columns: list[str], caption: str = "") -> bool:
    """Whether a row names a model under columns of prices, or under a caption that says the table is of prices
    ("List prices, in US dollars per million tokens:" over "| Model | Input | Output | Change |"): only then is it
    read here."""
    prices = words_pattern(load_lexicon().price_nouns)
    return model.type in _PRODUCTS and any(prices.search(words) for words in (*columns, caption))


def price_row_claims(row: PricedRow, time: str | None, modality: str, context: ReadingContext) -> Iterator[Claim]:
    """The row's Offers and PriceChange, when it names a model in a table of prices and who sells it."""
    sold_on = [m.entity for column, found in zip(row.columns, row.mentions, strict=False)
               if _PLATFORM_HEADER.search(column) for m in found if m.entity.type in _PLATFORMS]  # fmt: skip
    named = sold_on or [m.entity for column, found in zip(row.columns, row.mentions, strict=False)
                        if _MAKER_HEADER.search(column) for m in found if m.entity.type in _SELLERS]  # fmt: skip
    provider = context.provider_of(row.model)
    # a price list no column or earlier sentence names the sellers of is its issuer's, or that of the company the
    # article names most ("Lumora AI publishes this page …"): it sells what it lists
    fallback = context.issuer or context.main_company
    seller = named[0] if named else provider or (fallback if fallback and fallback.type in _SELLERS else None)
    if seller is None:
        return
    if named or provider is None:
        yield Claim(type="Offers", subject=seller, object=row.model, confidence=0.75, evidence=(row.evidence,))
    stated = _stated_changes(row) if any(_CHANGE_HEADER.search(c) for c in row.columns) else []
    worked_out = _worked_out_change(row)
    for change in stated or ([worked_out] if worked_out is not None else []):
        yield Claim(
            type="PriceChange",
            subject=seller,
            object=row.model,
            value=change,
            unit="percent",
            time=time,
            modality=modality,
            attributed_to=context.attribution,
            confidence=0.75,
            evidence=(row.evidence,),
        )


def _stated_changes(row: PricedRow) -> list[Decimal]:
    """The percents in the first column headed as a change ("Change", "Cut (%)"), each signed as written ("-40%");
    a cell may give one per price ("−40% / −25%" under "Change (input / output)")."""
    for column, cell in zip(row.columns, row.cells, strict=False):
        if not _CHANGE_HEADER.search(column) or _OLD_HEADER.search(column) or _NEW_HEADER.search(column):
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
