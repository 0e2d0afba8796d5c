"""Plain-text tables, ``| Provider | Share | Revenue growth |``, columns aligned by runs of spaces or values
separated by commas (their rows and cells found by ``table_layout.py``), read cell by cell.

A row's first named cell is its subject; every other cell is typed by its column's header, read with the same
cue words as prose ("Share" → MarketShare, "Revenue growth" → Revenue, "Price change" → PriceChange, a column
of models → Offers). A column headed by a period ("2024", "2025e", "Q4 2025") dates its cells, and its figures
are then typed by the table's caption ("Table 1: edge server revenue share (%)"), which also names the market a
share belongs to and lends its unit ("(%)") to bare numbers. The market, period and source otherwise come from
the lines that introduce the table. The quote of a row's claims is the row itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from claimgraph.extract.context import PLACE_TYPES, ReadingContext
from claimgraph.extract.customer_rows import customer_row_claims
from claimgraph.extract.document import BUSINESS_TYPES, EntityIndex, Sentence, clean_name, looks_like_a_name
from claimgraph.extract.heading_markets import shared_market
from claimgraph.extract.normalize import Quantity, find_periods, find_quantities, modality_of
from claimgraph.extract.price_rows import PricedRow, price_row_claims, reads_prices, speaks_of_prices
from claimgraph.extract.supplier_rows import supplier_row_claims
from claimgraph.extract.table_cells import (
    CORNER_UNIT,
    ESTIMATE_MARK,
    MONEY_TYPES,
    a_part_row,
    column_modality,
    in_the_rows_unit,
    period_column,
    power_column,
    scaled,
    typed_by,
)
from claimgraph.extract.table_layout import Cell, Row, header_cells
from claimgraph.extract.table_relations import (
    bracketed_relations,
    customer_of_the_issuer,
    heading_words,
    makers_in_the_name,
    mentions_in,
    named_relations,
    own_document_firm,
    sited,
    trading_partners,
)
from claimgraph.extract.table_wholes import (
    caption_whole,
    column_whole,
    named_part_of_the_caption,
    stated_whole,
    whole_broken_down,
)
from claimgraph.records import MONEY_UNITS, Claim, Entity, Evidence, signed_values


def row_claims(
    row: Row, text: str, sentences: list[Sentence], context: ReadingContext, index: EntityIndex
) -> list[Claim]:
    """Claims of one table row; ``context`` has read the text up to the table."""
    named = _named_column(row)
    evidence = Evidence(row.start, row.end, text[row.start : row.end])
    intro, intro_start = _intro(text, row.table_start)
    caption = intro.rsplit("\n", 1)[-1]
    row_period = period_column(row.cells[named].text, context.anchor)
    issuer = context.issuer or context.topic
    if row_period is None and issuer is not None and _a_segment_column(row, named, context):
        claims = _segment_row_claims(row, named, issuer, evidence, _segment_caption(intro, context), context, sentences)
        return _from_firm(claims, _intro_firm(sentences, intro_start, row.table_start))
    if row_period is not None:  # "| Q1 2025 | 30 | 24 |" under "| Quarter | Vantor | Skerry |": names head columns
        claims = list(_period_row_claims(row, text, row_period, evidence, caption, context, sentences, index))
        return _from_firm(claims, _intro_firm(sentences, intro_start, row.table_start))
    if named == 0 and _a_measure_row(row, context):  # "| Sales (US$ m) | 410 | 655 |" under "| Vey | 2023A |"
        claims = list(_measure_row_claims(row, text, evidence, context, sentences, index))
        return _from_firm(claims, _intro_firm(sentences, intro_start, row.table_start))
    label = row.cells[named].text
    if typed_by(label, context) == "MarketSize" and _SUMMARY_ROW.fullmatch(label.strip()) is None:
        # "| Market size (US$bn) | 27.5 | 44.0 |", but not "Total market" or "Rest of market", which sum the rows
        return list(_market_size_row_claims(row, named, evidence, intro, context))
    made = list(makers_in_the_name(row.cells[named], evidence, sentences, index))
    # a column of instances or plans over prices: the things a price list sells, not over revenue
    item = bool(row.header) and _ITEM_HEADER.fullmatch(row.header[named].strip()) is not None
    item = item and any(speaks_of_prices(h) for h in (*row.header, caption))
    subject = _subject(row.cells[named], sentences, index, item)
    if subject is None:  # "Others", "Total": the rest of the field's shares, the whole market's size
        claims = _summary_row_claims(row, named, text, sentences, context, index)
        return _from_firm(claims, _intro_firm(sentences, intro_start, row.table_start)) + made
    kind = context.lexicon.product_nouns.get(row.header[named].strip().split(" ")[-1].lower()) if row.header else None
    kind = kind or ("Product" if item else None)  # an instance or plan column: what is sold, whatever the NER said
    if kind is not None and not subject.known and subject.type in ("Organization", "Person", "Region"):
        subject = index.entity_for(subject.label, kind)  # a row under "Model" names a model, whatever the NER said
    claims = _subject_row_claims(row, named, subject, text, sentences, context)
    claims += customer_of_the_issuer(row, named, subject, evidence, context)
    period = _table_period(intro, context)
    bought = supplier_row_claims(row, named, subject, evidence, period, intro, context)
    sold = customer_row_claims(row, named, subject, evidence, period, intro, context)
    # a supplier's share of the issuer's own use, not of the market in force, and the issuer's spending, not the
    # supplier's; a customer's part of the issuer's earnings, not its share of the market in force, and what it
    # pays the issuer, not its own spending or revenue
    overridden = {
        *((kind, c.value, c.unit) for c in bought for kind in _BOUGHT_INSTEAD.get(c.type, ())),
        *((kind, c.value, c.unit) for c in sold for kind in _SOLD_INSTEAD.get(c.type, ())),
    }
    claims = [c for c in claims if (c.type, c.value, c.unit) not in overridden]
    supplied = [*bought, *sold]
    read = {(c.type, c.subject, c.value) for c in claims}
    claims += [c for c in supplied if (c.type, c.subject, c.value) not in read]
    claims += trading_partners(row, named, subject, evidence, sentences, context)
    return _from_firm(claims, _intro_firm(sentences, intro_start, row.table_start)) + made


# what a row's ordinary reading made of a cell that the reading of the issuer's suppliers, or of its customers, reads
# instead: by claim type read, the types of the ordinary claims of the same figure it replaces
_BOUGHT_INSTEAD = {"MarketShare": ("MarketShare",), "Spending": ("Spending",)}
_SOLD_INSTEAD = {"Revenue": ("MarketShare",), "Spending": ("Spending", "Revenue")}


def _table_period(intro: str, context: ReadingContext) -> str | None:
    """The period a table's captions, else its introduction, state first."""
    periods = [p.value for line in [*_captions(intro), intro] for p in find_periods(line, context.anchor)]
    return periods[0] if periods else None


def _subject_row_claims(
    row: Row, named: int, subject: Entity, text: str, sentences: list[Sentence], context: ReadingContext
) -> list[Claim]:
    """The claims of a row whose name cell names its subject: each cell typed by its column."""
    evidence = Evidence(row.start, row.end, text[row.start : row.end])
    intro, _ = _intro(text, row.table_start)
    caption = intro.rsplit("\n", 1)[-1]
    time = _table_period(intro, context)
    claims: list[Claim] = []
    modality = _table_modality(intro, context)
    header = row.header if any(row.header) else [caption.lower()] * len(row.cells)  # no header line: the caption
    cells = [(column, cell) for i, (column, cell) in enumerate(zip(header, row.cells, strict=False)) if i > named]
    for column, cell in cells:
        period = period_column(column, context.anchor)
        if period is not None:
            claims.extend(_period_cell_claims(column, period, cell, subject, evidence, caption, context))
        elif _lists_shares(caption, context) and (
            _measured_by(column, context) or (_a_share_column(column, context) and _SHARE_CELL.fullmatch(cell.text))
        ):
            claims.extend(_share_cell_claims(column, cell, subject, evidence, time, caption, modality, context))
        else:
            claims.extend(_cell_claims(column, cell, subject, evidence, time, intro, modality, context, sentences))
    if named < len(header):
        claims.extend(bracketed_relations(header[named], row.cells[named], subject, evidence, sentences, context))
    columns = [column for column, _ in cells]
    name_header = row.header[named] if named < len(row.header) else ""
    only_named = named < len(row.cells) and _names_only(row.cells[named], name_header, subject, sentences, context)
    if reads_prices(subject, columns, caption, only_named, name_header):  # cells' mentions looked up only for prices
        mentions = [mentions_in(cell.start, cell.end, sentences) for _, cell in cells]
        texts = [cell.text for _, cell in cells]
        priced = PricedRow(subject, columns, texts, mentions, evidence, name_header, caption)
        changes = list(price_row_claims(priced, time, modality, context))
        # a change a cell's own column typed ("| Price change |") is the one read here, with what it prices
        moved = {(c.subject, c.value) for c in changes if c.type == "PriceChange"}
        claims = [c for c in claims if c.type != "PriceChange" or (c.subject, c.value) not in moved] + changes
    return claims


def _market_size_row_claims(
    row: Row, named: int, evidence: Evidence, intro: str, context: ReadingContext
) -> Iterator[Claim]:
    """A row a market's size heads ("Market size (US$bn)") in a table of shares by period: each cell is the size
    of the market the shares are of (as the shares' cells find it), in the unit its label gives, for its column's
    period."""
    market = stated_whole(intro, context) or context.current_market()
    label = row.cells[named].text
    if market is None or not row.header:
        return
    for column, cell in zip(row.header[named + 1 :], row.cells[named + 1 :], strict=False):
        if typed_by(column, context) not in (None, "MarketShare", "MarketSize"):
            continue  # "CAGR 2024-26 (%)": a column of another measure, whose period is no size's
        # "2025E share": the column's period, whatever else its header says the shares are
        period = _period_in_header(ESTIMATE_MARK.sub("", column), context.anchor)
        sized = scaled(cell, label)
        if period is None or sized is cell:
            continue  # a size needs its period and its unit
        modality = column_modality(column, context)
        for quantity in find_quantities(sized.text):
            yield _cell_claim("MarketSize", market, None, quantity, period, None, modality, evidence, context)


# a row for everyone not listed, or for all of them: "Others", "Other", "All others", "Rest of market"; "Total"
_SUMMARY_ROW = re.compile(
    r"(?P<rest>(?:all\s+)?others?|(?:the\s+)?rest(?:\s+of\s+(?:the\s+)?(?:market|field))?)|(?P<total>(?:market\s+)?total)",
    re.IGNORECASE,
)


def _summary_row_claims(
    row: Row, named: int, text: str, sentences: list[Sentence], context: ReadingContext, index: EntityIndex
) -> list[Claim]:
    """An "Others" row's shares are the rest of the field's (its other figures sum firms the table does not name);
    a "Total" row's amounts are the market's size (its shares are the whole, 100%)."""
    summary = _SUMMARY_ROW.fullmatch(row.cells[named].text.strip())
    if summary is None:
        return []
    if summary.lastgroup == "rest":
        others = index.entity_for("Others", "Group")
        return [c for c in _subject_row_claims(row, named, others, text, sentences, context) if c.type == "MarketShare"]
    market = context.current_market()
    if market is None:
        return []
    return [
        replace(c, type="MarketSize", object=None)
        for c in _subject_row_claims(row, named, market, text, sentences, context)
        if c.type in MONEY_TYPES and c.unit in MONEY_UNITS
    ]


def _segment_row_claims(
    row: Row,
    named: int,
    issuer: Entity,
    evidence: Evidence,
    caption: str,
    context: ReadingContext,
    sentences: list[Sentence],
) -> list[Claim]:
    """ "| GPU rental | 1,840 | 1,120 |" under "| Segment | Q4 2025 | Q4 2024 |": the company's own figures, typed
    by the caption; under "| Segment | FY2025 revenue ($m) | … | Change |" each column says its period, type and
    scale, and a change column is the figures' change over the first period. A geographic segment ("Japan") is
    where the revenue was earned: the claim's object; the "Total" row has none."""
    cells = [(c, cell) for i, (c, cell) in enumerate(zip(row.header, row.cells, strict=False)) if i > named]
    segment = row.cells[named]
    places = [m.entity for m in mentions_in(segment.start, segment.end, sentences) if m.entity.type in PLACE_TYPES]
    place = places[0] if places else None
    claims: list[Claim] = []
    group: list[Claim] = []  # the figures of the period columns since the last change column
    for column, cell in cells:
        period = period_column(column, context.anchor)
        typing = caption
        if period is None and (period := _period_in_header(column, context.anchor)) is not None:
            typing = column  # "FY2025 revenue ($m)": the header is its own caption
        if period is None and _CHANGE_COLUMN.search(column) and "%" in cell.text:
            claims.extend(_change_claims(cell, column, group))
            group = []
        if period is None:
            continue
        read = list(_period_cell_claims(column, period, scaled(cell, typing), issuer, evidence, typing, context))
        claims.extend(read)
        group.extend(c for c in read if c.type in _SEGMENT_FIGURES)
    return [replace(c, object=place) if c.type in _SEGMENT_FIGURES and place is not None else c for c in claims]


def _change_claims(cell: Cell, column: str, group: list[Claim]) -> list[Claim]:
    """A change column's figure as the growth of the figures of the period columns just before it ("| Q4 2024 |
    Q4 2025 | YoY change |"), dated by the later of them; "(10%)" is a fall, as accounts write it. A change on the
    quarter before ("QoQ") is no year's growth, and a change after columns not read has nothing to be of."""
    if not group or _SEQUENTIAL.search(column):
        return []
    latest = max(group, key=lambda c: _YEAR_FIRST.sub(r"\1", c.time or ""))
    fall = _BRACKETED.fullmatch(cell.text) is not None
    return [
        replace(latest, value=-q.value if fall else q.value, value_max=None if fall else q.value_max, unit=q.unit)
        for q in find_quantities(cell.text)
    ]


def _segment_caption(intro: str, context: ReadingContext) -> str:
    """The caption a segment table's figures are typed by: its last line, or, when that gives only the unit
    ("(RMB in millions, except percentages)"), with the heading above it when that heading names revenue and no
    cost or profit ("Revenues by Segment"; not "Cost of Revenues by Segment", nor prose about both)."""
    lines = intro.split("\n")
    caption = lines[-1]
    if typed_by(caption, context) is not None or len(lines) < 2:
        return caption
    above = lines[-2].strip()
    heading = not re.search(r"[.:;!?]$", above) and _NOT_REVENUE.search(above) is None
    return f"{above} {caption}" if heading else caption


_NOT_REVENUE = re.compile(r"\b(?:costs?|expenses?|profits?|income|margins?|EBITDA|loss(?:es)?|earnings)\b", re.I)
_SEQUENTIAL = re.compile(r"\b(?:qoq|q/q|sequential|quarter[- ]on[- ]quarter)\b", re.IGNORECASE)
_YEAR_FIRST = re.compile(r"^FY(\d{4})")  # "FY2025" sorts as "2025", beside "2025-Q4"
_SEGMENT_FIGURES = frozenset({"Revenue", "Spending"})
_BRACKETED = re.compile(r"\s*\(\s*[\d.,]+\s*%\s*\)\s*")
_CHANGE_COLUMN = re.compile(r"\b(?:change|growth|yoy|y/y|increase)\b", re.IGNORECASE)


def _period_in_header(column: str, anchor: str | None) -> str | None:
    """The one period a header names beside what it measures ("FY2025 revenue ($m)", "Revenue 2024")."""
    periods = find_periods(column, anchor)
    return periods[0].value if len(periods) == 1 else None


def _from_firm(claims: list[Claim], firm: Entity | None) -> list[Claim]:
    """ "Tidewell estimates of … share, 2025:" heads the table: the firm is the source of its figures."""
    if firm is None:
        return claims
    return [
        replace(c, attributed_to=firm, modality="reported" if c.modality == "asserted" else c.modality)
        if c.attributed_to is None and c.value is not None
        else c
        for c in claims
    ]


def _measure_row_claims(
    row: Row, text: str, evidence: Evidence, context: ReadingContext, sentences: list[Sentence], index: EntityIndex
) -> Iterator[Claim]:
    """A row a measure heads ("Sales (US$ m)", "Capex (EUR m)") in a table whose columns are
    periods: each cell is that measure, typed and scaled by the row's label, of the company the header's corner
    names (else the company the article is about), for its column's period."""
    label = row.cells[0].text
    if a_part_row(label):
        return  # "Capex / revenue (%)": parts of something, no measure of the company's own
    intro, _ = _intro(text, row.table_start)
    headers: list[Cell | None] = list(header_cells(text, row))
    if len(headers) == len(row.cells) - 1:
        headers.insert(0, None)  # "| | 2024A | 2025A |": an empty corner, the cells of which the split drops
    if len(headers) != len(row.cells):
        return
    money = typed_by(label, context) in MONEY_TYPES
    corner = headers[0]
    # "| US$m | 2024A |": a corner that gives the unit names no company
    unit = corner.text if corner is not None and CORNER_UNIT.fullmatch(corner.text) else ""
    named = _subject(corner, sentences, index) if corner is not None and not unit else None
    if named is not None and (_a_word(named, context) or _heading_words(named, context)):
        named = None  # "| Metric | 2024A |", "| Key figure | 2024A |": heading words, whatever the NER took them for
    # the firm whose own report it is, else the firm the text is about above all ("Tarn Ratings affirms Osk Data …":
    # Osk Data's figures), else the one whose document it is
    own = context.issuer if context.self_report else None
    subject = named or own or context.main_company or own_document_firm(context) or context.topic or context.issuer
    if subject is None or subject.type not in BUSINESS_TYPES:
        return
    for header, cell in zip(headers[1:], row.cells[1:], strict=True):
        period = period_column(header.text, context.anchor) if header is not None else None
        if period is not None and header is not None:
            within = f"{label} ({unit.strip(' ()')})" if unit else label  # "(US$m)" or "US$m": the row's unit
            measured = in_the_rows_unit(cell, within, intro if money else "")
            yield from _period_cell_claims(header.text, period, measured, subject, evidence, label, context)


def _a_measure_row(row: Row, context: ReadingContext) -> bool:
    """Whether the row is headed by a company's own measure ("Sales (US$ m)", "Capex"), as a claim
    type's cue words name it, under two or more period columns."""
    periods = [c for c in row.header[1:] if period_column(c, context.anchor) is not None]
    label = row.cells[0].text
    typed = typed_by(label, context)
    return len(periods) >= 2 and typed in _OWN_MEASURES


_OWN_MEASURES = frozenset({"Revenue", "Spending", "Capacity"})  # a company's own figures; a share needs its market


def _period_row_claims(
    row: Row,
    text: str,
    period: str,
    evidence: Evidence,
    caption: str,
    context: ReadingContext,
    sentences: list[Sentence],
    index: EntityIndex,
) -> Iterator[Claim]:
    """A row dated by its first cell, in a table whose column headers name the subjects: each cell is its
    column's figure for that period, typed by the caption."""
    headers = header_cells(text, row)
    if len(headers) != len(row.cells):
        return
    for header, cell in zip(headers[1:], row.cells[1:], strict=True):
        subject = _subject(header, sentences, index)
        if subject is not None:
            yield from _period_cell_claims(row.cells[0].text, period, cell, subject, evidence, caption, context)


def _a_segment_column(row: Row, named: int, context: ReadingContext) -> bool:
    """Whether the row's name column lists a company's segments ("Segment", "Business"), not companies."""
    header = row.header[named].strip().lower() if row.header else ""
    return header in context.lexicon.segment_headers


def _named_column(row: Row) -> int:
    """The row's name cell: the first that is not a bare number ("| 1 | Kestrel | 38.5 |" ranks Kestrel first)."""
    return next((i for i, cell in enumerate(row.cells[:-1]) if not _RANK.fullmatch(cell.text)), 0)


_RANK = re.compile(r"#?\d{1,3}\.?|=\d{1,3}")


def _intro_firm(sentences: list[Sentence], start: int, end: int) -> Entity | None:
    """A research firm the lines introducing a table name."""
    firms = [m.entity for m in mentions_in(start, end, sentences) if m.entity.type == "ResearchFirm"]
    return firms[-1] if firms else None


def _period_cell_claims(
    column: str,
    period: str,
    cell: Cell,
    subject: Entity,
    evidence: Evidence,
    caption: str,
    context: ReadingContext,
) -> Iterator[Claim]:
    """A cell under a period column: typed by the caption, dated by the column; "e" marks an estimate."""
    claim_type = typed_by(caption, context)
    if claim_type is None:
        return
    modality = column_modality(column, context)
    market = _caption_market(caption, context) if claim_type == "MarketShare" else None
    if claim_type == "MarketShare" and market is None:
        return
    text = cell.text + ("%" if "%" in caption and "%" not in cell.text else "")
    measure = context.lexicon.measure_in(caption) if claim_type == "MarketShare" else None
    for quantity in find_quantities(text):
        yield _cell_claim(claim_type, subject, market, quantity, period, measure, modality, evidence, context)


# What opens a caption before its subject: "Table 1:", "Figure 2.", "Exhibit 3 —", "Shares:".
_CAPTION_LABEL = re.compile(r"^\s*(?:(?:table|figure|fig\.|chart|exhibit)\s*\d*\s*[.:—–-]\s*|[^:]*:)", re.I)


def _caption_market(caption: str, context: ReadingContext) -> Entity | None:
    """The market a share table's caption names: "Table 1: Robot vision chip revenue share (%)" → the
    robot vision chip market, "Nordic AI cloud: share of revenue (%)" → the Nordic AI cloud market, "Share of
    serverless tokens by model family:" → serverless tokens; else the market under discussion."""
    whole = caption_whole(caption, context)
    if whole is not None:
        return whole
    bare = re.sub(r"\([^)]*\)", " ", caption)
    named, _, rest = bare.partition(":")
    labelled = re.match(r"\s*(?:table|figure|fig\.|chart|exhibit)\b", named, re.IGNORECASE)
    if rest and not labelled and not re.search(r"\bshares?\b", named, re.I) and re.search(r"\bshares?\b", rest, re.I):
        words = named  # "Nordic AI cloud: share of revenue": what is shared stands before the colon
    else:
        words = _CAPTION_LABEL.sub(" ", bare)
        words = re.split(r"\b(?:revenue|unit|volume|token|usage)?\s*shares?\b", words, flags=re.IGNORECASE)[0]
    words = re.sub(r"\bmarket\b", "", words.strip(), flags=re.IGNORECASE).strip(" ,;-")
    if len(words.split()) < 2:
        return shared_market(caption, context.lexicon, context.index) or context.current_market()
    return context.index.entity_for(clean_name(f"{words} market"), "Market")


def _lists_shares(caption: str, context: ReadingContext) -> bool:
    """Whether the line above a table says its figures are shares in percent ("share of sales and of hours sold
    (%)"), so the columns name only what each share measures and when."""
    return "%" in caption and context.lexicon.cue_in("MarketShare", caption)


def _a_share_column(column: str, context: ReadingContext) -> bool:
    """Whether a column of a share table is headed by the share alone ("| Share |", "| Share of supply |")."""
    return typed_by(column, context) == "MarketShare" and "%" not in column


# "31.5", "[10-20]": a share table's bare figure, or the bracketed range a competition authority publishes
_SHARE_CELL = re.compile(r"\s*(?:\[(\d[\d.]*\s*[-–]\s*\d[\d.]*)\]|(\d[\d.]*))\s*")


def _measured_by(column: str, context: ReadingContext) -> str | None:
    """The measure a column of a share table opens on ("Revenue H1 2025", "GPU-hours, 2025"), if any."""
    words = column.strip().lower()
    return next((m for m in sorted(context.lexicon.measures, key=len, reverse=True) if words.startswith(m)), None)


def _share_cell_claims(
    column: str,
    cell: Cell,
    subject: Entity,
    evidence: Evidence,
    time: str | None,
    caption: str,
    modality: str,
    context: ReadingContext,
) -> Iterator[Claim]:
    """A bare cell of a share table: a share in percent of the caption's market, measured as its column says and
    dated by it ("| Revenue H1 2025 |" under "Nordic AI cloud: share of sales and of hours sold (%)")."""
    market = column_whole(column, context) or _caption_market(caption, context)
    written = _SHARE_CELL.fullmatch(cell.text)
    if market is None or written is None:
        return
    when = next((p.value for p in find_periods(column, context.anchor)), time)
    measure = _measured_by(column, context)
    for quantity in find_quantities((written.group(1) or written.group(2)) + "%"):
        if quantity.value > 100:
            continue  # "1,234" in a share column is no share
        yield _cell_claim("MarketShare", subject, market, quantity, when, measure, modality, evidence, context)


def _cell_claim(
    claim_type: str,
    subject: Entity,
    market: Entity | None,
    quantity: Quantity,
    time: str | None,
    measure: str | None,
    modality: str,
    evidence: Evidence,
    context: ReadingContext,
) -> Claim:
    """A figure read from a table cell under a caption or a period column (confidence 0.75: the table's structure,
    not the cell's words, types it)."""
    return Claim(
        type=claim_type,
        subject=subject,
        object=market,
        value=quantity.value,
        value_max=quantity.value_max,
        unit=quantity.unit,
        time=time,
        measure=measure,
        modality=modality,
        attributed_to=context.attribution,
        confidence=0.75,
        evidence=(evidence,),
    )


def _cell_claims(
    column: str,
    cell: Cell,
    subject: Entity,
    evidence: Evidence,
    time: str | None,
    intro: str,
    modality: str,
    context: ReadingContext,
    sentences: list[Sentence],
) -> Iterator[Claim]:
    claim_type = typed_by(column, context)
    powered = power_column(column) or _POWER_CELL.fullmatch(cell.text) is not None
    if claim_type is None and powered and not _a_word(subject, context):
        # "Contracted demand (MW)", "| Critical IT load | 40 MW |": power is the row's capacity (a scenario's row,
        # "Low", has none)
        claim_type = "Capacity"
    if (
        claim_type == "GrowthRate"
        and subject.type in ("Company", "Cloud", "Lab", "Organization")
        and "revenue" in column
    ):
        claim_type = "Revenue"  # a company's "Revenue growth" column
    if claim_type is not None:
        # "Share of API calls, Q3 2025": a header may date its column and say what it measures
        time = next((p.value for p in find_periods(column, context.anchor)), time)
        yield from _figures(cell, column, claim_type, subject, evidence, time, modality, context, intro)
    yield from named_relations(column, cell, subject, evidence, sentences, context)
    yield from sited(column, cell, subject, evidence, sentences, context)


# "40 MW", "3 GW by 2030": a cell that is a figure of power, dated or not ("above 75 MW" is a threshold, no capacity)
_POWER_CELL = re.compile(r"\s*~?\d[\d,.]*\s*(?:MW|GW|megawatts?|gigawatts?)(?:\s+(?:by|in)\s+\d{4})?\s*")


def _a_word(subject: Entity, context: ReadingContext) -> bool:
    """Whether a row's name, unknown, is one plain word ("Low", "Reference"): a scenario or a case, no party."""
    label = subject.label.lower()
    return not subject.known and " " not in label and label in context.index.english_words


def _heading_words(subject: Entity, context: ReadingContext) -> bool:
    """Whether a corner cell's name, which no one typed, is plain words written as a heading is ("Key figure",
    "Financial metric": a word in lower case), naming whose figures they are no more than "Metric" does; a firm's
    name in the corner ("Harbour Power") is capitalised throughout."""
    words = subject.label.split()
    guessed = not subject.known and subject.type == "Organization"
    headed = any(w[:1].islower() for w in words[1:])
    return guessed and headed and all(w.lower() in context.index.english_words for w in words)


def _captions(intro: str) -> list[str]:
    """The lines of the introduction that caption the table ("Table 2. Harbour drone market, H1 2026: share of
    revenue", "We expect these shares in 2027:") rather than end a paragraph of prose, nearest first: their period
    and hedge are the table's, where the last sentence of the paragraph above speaks only for itself."""
    return [line for line in intro.split("\n")[::-1] if _CAPTION_LIKE.search(line.rstrip())]


_CAPTION_LIKE = re.compile(r"^\s*(?:table|figure|fig\.|chart|exhibit)\b|:$|^[^.!?]*[^.!?\s]$", re.IGNORECASE)


def _table_modality(intro: str, context: ReadingContext) -> str:
    """A table is as hedged as its caption; reported when a source is in force."""
    hedge = next((modality_of(line) for line in _captions(intro)), None)
    return hedge if hedge in ("estimated", "forecast") else "reported" if context.attribution else "asserted"


def _figures(
    cell: Cell,
    column: str,
    claim_type: str,
    subject: Entity,
    evidence: Evidence,
    time: str | None,
    modality: str,
    context: ReadingContext,
    intro: str,
) -> Iterator[Claim]:
    """The cell's figures, typed by their column ("Share (%)" lends its unit to a bare "11.5"); a share measures
    what its column or the table's introduction says ("Share of API calls", "by revenue")."""
    figure = re.fullmatch(r"[+-]?\d[\d.,]*", cell.text.strip())
    bare = figure and "%" not in cell.text and ("%" in column or claim_type in ("MarketShare", "GrowthRate"))
    if figure and claim_type in MONEY_TYPES:
        cell = scaled(cell, column, intro)  # "172.0" under "revenue 2025" captioned "(revenue in USD billion)"
    elif figure and claim_type == "Capacity" and power_column(column):
        cell = in_the_rows_unit(cell, column, intro)  # "600" under "Contracted demand (MW)": 600 MW
    lexicon = context.lexicon
    measure = (lexicon.measure_in(column) or lexicon.measure_in(intro)) if claim_type == "MarketShare" else None
    market = None  # one whole per cell: its column's, the table introduction's, else the market under discussion
    if claim_type == "MarketShare":
        market = (
            column_whole(column, context)
            or named_part_of_the_caption(column, intro, context)
            or stated_whole(intro, context)
            or caption_whole(intro, context)
            or whole_broken_down(column, intro, context)
            or context.current_market()
        )
    for quantity in find_quantities(cell.text + ("%" if bare else "")):
        if claim_type == "PriceChange" and quantity.unit in MONEY_UNITS:
            continue  # "| $0.50 | $0.30 |": prices, whose change ``price_rows`` works out
        value, value_max = signed_values(claim_type, quantity.value, quantity.value_max, quantity.change == "decrease")
        if claim_type == "MarketShare" and market is None:
            continue
        yield Claim(
            type=claim_type,
            subject=subject,
            object=market,
            value=value,
            value_max=value_max,
            unit=quantity.unit,
            time=time,
            measure=measure,
            modality=modality,
            attributed_to=context.attribution,
            confidence=0.8,
            evidence=(evidence,),
        )


def _subject(cell: Cell, sentences: list[Sentence], index: EntityIndex, item: bool = False) -> Entity | None:
    """The row's name: a mention outside parentheses ("Kestrel (GPUs)"), else the cell's own words before them
    ("Custom chips (K7, S4 etc.)" is not K7); a footnote's mark after it ("Tarn-2 [1][3]", "Osk K9*") is no part
    of it. Under a column of things sold (``item``), a code in small letters names one ("o9.k200", "g7x")."""
    named = _FOOTNOTE_MARKS.sub("", cell.text.split("(", 1)[0].rstrip())
    found = mentions_in(cell.start, cell.start + len(named.rstrip()), sentences)
    name = clean_name(named)
    if item and not found and _ITEM_CODE.fullmatch(name):
        return index.entity_for(name, "Product")
    partial = len(found) == 1 and found[0].end - found[0].start < len(named.strip())
    if partial and not found[0].entity.known and looks_like_a_name(name):
        return index.entity_for(name, found[0].entity.type)  # "Wrenlet Flash" where the NER saw "Wrenlet"
    if found:
        return found[0].entity
    if not looks_like_a_name(name) or find_quantities(name) or name.casefold() in index.not_names:
        return None  # "Others", "Total": a row that names no one
    return index.entity_for(name, "Organization")


def _names_only(cell: Cell, header: str, subject: Entity, sentences: list[Sentence], context: ReadingContext) -> bool:
    """Whether a name cell names its subject and nothing more, but for what parentheses add ("AWS (P5 instances)"),
    not a maker's name opening a product's ("Tarn K9 boards"); and names a party: a mention, or a name under a
    column of parties ("| Insurer |"), not a fee's or a service's name ("| Standard listing |")."""
    named = cell.text.split("(", 1)[0].strip()
    if clean_name(named).casefold() != subject.label.casefold():
        return False
    start = cell.start + cell.text.index(named) if named else cell.start
    found = mentions_in(start, start + len(named), sentences)
    return bool(found) or bool(heading_words(header) & context.lexicon.party_headers)


# the header of a column naming things sold by the unit: instances, machine types, SKUs, plans, tiers
_ITEM_HEADER = re.compile(
    r"(?:instance|machine|node|server|gpu|vm)(?:\s+(?:type|family|size|shape))?s?|instances|skus?|plans?|tiers?"
    r"|products?|items?|offers?|offerings?|services?|shapes?|configurations?|packages?",
    re.IGNORECASE,
)
# a product code in small letters, with a figure in it: "o9.k200", "g7x", "p6.48xlarge", but not a region's
# hyphenated code ("eu-west-3")
_ITEM_CODE = re.compile(r"(?=[a-z0-9.]*\d)(?=[a-z0-9.]*[a-z])[a-z][a-z0-9]*(?:\.[a-z0-9]+)*")

_FOOTNOTE_MARKS = re.compile(r"(?:\s*(?:\[\d{1,2}\]|[*†‡]))+$")

_ALIGNED_ROW = re.compile(r"\S(?:\t|\s{3,})\S.*\d")  # "Q2 2026     26%      12%": cells aligned by spaces or tabs


def _intro(text: str, table_start: int) -> tuple[str, int]:
    """The two non-empty lines before the table, where its market, period and source are stated, and where the
    first of them starts."""
    lines: list[str] = []
    end = start = table_start
    while end > 0 and len(lines) < 2:  # walk back line by line: the text before a table can be long
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].rstrip("\n")
        if line.strip() and line.count("|") < 2 and not _ALIGNED_ROW.search(line):
            lines.insert(0, line)  # not a row of a table above, pipe-separated or aligned
        end = start
    return "\n".join(lines), start
