"""What a table cell's figure is, before whose it is: its claim type from the cue words of its column, row or
caption; its unit and scale from the row's label, the corner cell or the lines above the table ("Sales (US$ m)",
"| US$m | 2024A |", "(in billions of dollars)"); its period from a column header ("2025e", "Q4 2025"). Read for
``tables.py``, which decides each row's subject and claims."""

from __future__ import annotations

import re
from dataclasses import replace

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.normalize import find_periods
from claimgraph.extract.numbers import currency_marks
from claimgraph.extract.table_layout import Cell

# The claim types a figure column may hold, in the order its header's cue words are tried.
COLUMN_TYPES = ("MarketShare", "PriceChange", "Revenue", "Spending", "Capacity", "GrowthRate", "MarketSize")

# "EV/Sales 2026F", "P/E", "multiples": what investors pay for a company, none of its own figures
VALUATION = re.compile(r"\b(?:EV|P|price)\s*/\s*(?:sales|revenue|EBITDA|E|earnings|book)\b|\bmultiples?\b", re.I)


# "US$m", "RMB bn", "EUR million": a table's corner cell that gives the unit of the figures below it
CORNER_UNIT = re.compile(rf"\s*\(?(?:{currency_marks()})\s*(?:millions?|billions?|mn|bn|m)\)?\s*", re.IGNORECASE)


def in_the_rows_unit(cell: Cell, label: str, intro: str) -> Cell:
    """A bare cell in the unit its row's label gives ("Live capacity (MW)", "Sales (US$ m)", "Growth (%)"), else in
    the currency and scale the lines above the table give a money row ("(in billions of dollars)")."""
    power = _POWER_IN_LABEL.search(label)
    if power is not None and _BARE_NUMBER.fullmatch(cell.text):
        return replace(cell, text=f"{cell.text.strip()} {power.group(1)}")
    if _PERCENT_IN_LABEL.search(label) and _BARE_NUMBER.fullmatch(cell.text):
        return replace(cell, text=f"{cell.text.strip()}%")  # "Sales growth (%)": no money, whatever the corner says
    return scaled(cell, label, intro)


def a_part_row(label: str) -> bool:
    """Whether a row's label gives its figures as percentages that are parts, not moves ("Capex / revenue (%)",
    "Revenue from Osk (%)", "Utilisation (%)"): no measure of the company's own; "Sales growth (%)" is."""
    return _PERCENT_IN_LABEL.search(label) is not None and _MOVE_IN_LABEL.search(label) is None


_PERCENT_IN_LABEL = re.compile(r"\(\s*%[^)]*\)|\([^)]*%\s*\)|\(\s*per\s?cent\s*\)|\bin\s+%", re.IGNORECASE)
_MOVE_IN_LABEL = re.compile(r"\b(?:growth|change|increase|decrease|decline|y/y|yoy|year[- ]on[- ]year)\b", re.I)


def power_column(header: str) -> bool:
    """Whether a header gives its column's unit as power ("Contracted demand (MW)", "Peak load (GW)"): its bare
    figures are capacities whatever the header calls them."""
    return _POWER_IN_LABEL.search(header) is not None


def typed_by(header: str, context: ReadingContext) -> str | None:
    """The claim type a header's (or a caption's) cue words give its figures; none for a company's market value
    ("Free-float market cap (US$ bn)"), which the word "market" would otherwise make a market's size."""
    if _MARKET_VALUE.search(header) or VALUATION.search(header):
        return None  # and none for a valuation multiple ("EV/Sales 2026F"), which the word "sales" would type
    return next((t for t in COLUMN_TYPES if context.lexicon.cue_in(t, header)), None)


_MARKET_VALUE = re.compile(r"\bmarket[\s-]+(?:cap|capitali[sz]ation|value)\b", re.IGNORECASE)

# "Live capacity (MW, at year end)", or a header that is the unit alone ("| GW |", "| MW, 2027 |")
_POWER_IN_LABEL = re.compile(r"(?:\(|^\s*)(MW|GW|megawatts|gigawatts)\b", re.IGNORECASE)

# "(RMB million)", "(US$ bn)", "(EUR m)": the currency and scale a caption gives its bare cells
_CAPTION_UNIT = re.compile(
    rf"\((?P<currency>{currency_marks()})\s*(?P<scale>million|billion|crore|lakh|mn|bn|m)\)", re.IGNORECASE
)


def scaled(cell: Cell, caption: str, intro: str = "") -> Cell:
    """A bare figure ("1,840") with the currency and scale its caption states ("RMB 1,840 million"), or, failing
    that, that its column or the table's introduction writes ("market usd billion", "revenue in USD billion")."""
    if not _BARE_NUMBER.fullmatch(cell.text):
        return cell
    unit = _CAPTION_UNIT.search(caption) or _WRITTEN_UNIT.search(caption) or _WRITTEN_UNIT.search(intro)
    if unit is not None:
        scale = _SCALE_WORDS.get(unit.group("scale").lower(), unit.group("scale"))
        return replace(cell, text=f"{unit.group('currency')} {cell.text.strip()} {scale}")
    spelled = _SCALE_OF_CURRENCY.search(caption) or _SCALE_OF_CURRENCY.search(intro)
    if spelled is not None:  # "(in billions of dollars)": "2.4 billion dollars"
        return replace(cell, text=f"{cell.text.strip()} {spelled.group('scale')} {spelled.group('currency')}")
    return cell


_BARE_NUMBER = re.compile(r"\s*[\d,.]+\s*")  # "1,840": a cell's figure with no unit, which its row or caption gives
_WRITTEN_UNIT = re.compile(
    rf"(?P<currency>{currency_marks()})\s*(?:in\s+)?(?P<scale>million|billion|bn|mn)s?\b", re.IGNORECASE
)  # "US$ millions", "(RMB in millions, except percentages)"
_SCALE_OF_CURRENCY = re.compile(
    r"\b(?P<scale>million|billion)s?\s+of\s+(?P<currency>(?:US\s+)?dollars|euros|yuan|renminbi)\b", re.IGNORECASE
)
MONEY_TYPES = frozenset({"Revenue", "Spending", "MarketSize"})
_SCALE_WORDS = {"m": "million", "mn": "million", "bn": "billion"}  # "($m)": a bare "m" after a figure is no scale


def period_column(column: str, anchor: str | None) -> str | None:
    """The period a column header is, when it is nothing else: "2024", "2025e", "Q4 2025", "FY2026"."""
    bare = ESTIMATE_MARK.sub("", column).strip()  # "2025e", "2024A", "2026F"
    bare = _WHOLE_YEAR.sub("", bare)  # "Full year 2025": the year
    for written in (bare, bare.title()):  # headers come lower-cased: "dec 2025" is December's, as "Dec 2025"
        periods = find_periods(written, anchor)
        if len(periods) == 1 and len(periods[0].text) >= len(bare) - 1:
            return periods[0].value
    return None


ESTIMATE_MARK = re.compile(r"(?<=\d)[efEFaA]\b|\((?:e|est|f)\)")
_WHOLE_YEAR = re.compile(r"^(?:full[ -]year|whole[ -]year|calendar year)\s+(?=\d{4}\b)", re.IGNORECASE)


def column_modality(column: str, context: ReadingContext) -> str:
    """How sure a period column's figures are: "2026F" a forecast, "2025e" or "(est)" an estimate beside "2024A"
    actuals, else reported when the table's source is named and asserted when it is not."""
    if re.search(r"\df\b|\(f\)", column, re.IGNORECASE):
        return "forecast"
    if re.search(r"\de\b|\((?:e|est)\)", column, re.IGNORECASE):
        return "estimated"
    return "reported" if context.attribution else "asserted"
