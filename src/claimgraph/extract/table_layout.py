"""How a plain-text table is laid out: which lines are its rows, and where each cell of a row and of its header
line begins and ends — cells between `|`, columns aligned by runs of spaces, or values separated by bare commas.
What the cells claim is ``tables.py``'s."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_RULE_LINE = re.compile(r"^[\s|:+-]*$")


@dataclass(frozen=True)
class Cell:
    text: str
    start: int
    end: int


def table_rows(text: str) -> Iterator[tuple[list[str], list[Cell], int, int, int]]:
    """(header, cells, row start, row end, header start) for every data row of every table in the text: lines
    with cells between `|`, or blocks of at least three lines that split into the same number of cells at runs
    of two or more spaces (or at bare commas), whose rows hold a number."""
    header: list[str] | None = None
    header_start = 0
    block: list[tuple[int, int, list[Cell]]] = []
    offset = 0
    for line in [*text.splitlines(keepends=True), ""]:
        start, end = offset, offset + len(line.rstrip("\n"))
        offset += len(line)
        body = text[start:end]
        aligned = _separated_cells(body, start) if body.count("|") < 2 and body.strip() else []
        if len(aligned) >= 2 and (not block or len(aligned) == len(block[0][2])):
            block.append((start, end, aligned))
        else:
            yield from _aligned_rows(block)
            block = [(start, end, aligned)] if len(aligned) >= 2 else []
        if body.count("|") < 2:
            header = None
            continue
        if _RULE_LINE.match(body):
            continue
        cells = _cells(body, start, _PIPE_CELL)
        if header is None:
            header, header_start = [c.text.lower() for c in cells], start
            if re.match(r"\s*\|\s*\|", body):
                header.insert(0, "")  # "| | Q4 2025 | Q1 2026 |": the names' column has no header
            continue
        yield header, cells, start + len(body) - len(body.lstrip()), end, header_start


def _aligned_rows(block: list[tuple[int, int, list[Cell]]]) -> Iterator[tuple[list[str], list[Cell], int, int, int]]:
    if len(block) < 3 or not all(any(_NUMBER.search(c.text) for c in cells[1:]) for _, _, cells in block[1:]):
        return
    first = block[0][2]
    if _a_data_row(first):  # "Brisco Cloud   27%" first: rows with no header line, which the caption heads
        yield from ((["" for _ in first], cells, cells[0].start, end, block[0][0]) for _, end, cells in block)
        return
    header = [_spelled_out(c.text) for c in first]
    for _, end, cells in block[1:]:
        yield header, cells, cells[0].start, end, block[0][0]


def _separated_cells(body: str, start: int) -> list[Cell]:
    """A line's cells: split at commas in a comma-separated block ("Kestrel Labs,1.2,E,1.8", empty cells kept in
    their columns), else at runs of two or more spaces."""
    if _CSV_LINE.fullmatch(body):
        cells, at = [], start
        for raw in body.split(","):
            cells.append(Cell(raw.strip(), at, at + len(raw)))
            at += len(raw) + 1
        return cells
    return _cells(body, start, _ALIGNED_CELL)


# "vendor,rev_2024,share_2025", "Kestrel Labs,1.2,,45.0": values joined by bare commas (prose puts a space after its
# commas, and a number's thousands separator is never the only comma between words)
_CSV_LINE = re.compile(r"[^,\s][^,]*(?:,(?![ \t])[^,]*)+")


def _spelled_out(column: str) -> str:
    """A data file's header in words: "rev_2024" → "revenue 2024", "yoy_pct" → "year-on-year growth %", so
    that the cue words prose is read with type its column."""
    words = column.lower().replace("_", " ").split()
    return " ".join(_HEADER_ABBREVIATIONS.get(word, word) for word in words)


# the abbreviations of data files' column names ("rev_2025", "yoy_pct", "market_usd_bn")
_HEADER_ABBREVIATIONS = {
    "rev": "revenue",
    "yoy": "year-on-year growth",
    "pct": "%",
    "bn": "billion",
    "mn": "million",
    "cap": "capacity",
    "mkt": "market",
}


def _a_data_row(cells: list[Cell]) -> bool:
    """Whether an aligned block's first line is already data: a percentage or money in a cell after the
    name's (a header's numbers are periods: "Vendor   2025   2024")."""
    return any(_DATA_FIGURE.search(c.text) for c in cells[1:])


_DATA_FIGURE = re.compile(r"\d\s*%|[$€£¥]\s*\d|\d\s*(?:per ?cent|bn|billion|million)\b", re.IGNORECASE)


_PIPE_CELL = re.compile(r"[^|]+")
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")  # words joined by single spaces; two or more spaces part cells
_NUMBER = re.compile(r"\d")


def _cells(body: str, start: int, cell: re.Pattern[str]) -> list[Cell]:
    cells = []
    for match in cell.finditer(body):
        raw = match.group(0)
        if not raw.strip():
            continue
        left = match.start() + len(raw) - len(raw.lstrip())
        right = match.end() - (len(raw) - len(raw.rstrip()))
        cells.append(Cell(raw.strip(), start + left, start + right))
    return cells


@dataclass(frozen=True)
class Row:
    header: list[str]
    cells: list[Cell]
    start: int
    end: int
    table_start: int  # where the table's header line starts


def find_rows(text: str) -> list[Row]:
    return [Row(*parts) for parts in table_rows(text)]


# "| Field | Value |", "| Attribute | Details |": the header of a table of labelled facts, one per row
_FIELD_HEADER = re.compile(r"(?:field|attribute|property|item|key|parameter|spec(?:ification)?)s?")
_VALUE_HEADER = re.compile(r"(?:value|detail|description|entry|information)s?")


def lists_fields(row: Row) -> bool:
    """Whether the row is of a two-column table of labelled facts ("| Developed by | Tamsin Labs |" under "| Field
    | Value |"), which reads as a fact sheet's lines, not as figures in columns."""
    return (
        len(row.header) == 2
        and _FIELD_HEADER.fullmatch(row.header[0]) is not None
        and _VALUE_HEADER.fullmatch(row.header[1]) is not None
    )


def header_cells(text: str, row: Row) -> list[Cell]:
    """The header line's cells with their places in the text (``Row.header`` keeps only their lower-cased
    words), split as the table's rows are."""
    end = text.find("\n", row.table_start)
    line = text[row.table_start : len(text) if end == -1 else end]
    if line.count("|") >= 2:
        return _cells(line, row.table_start, _PIPE_CELL)
    return _separated_cells(line, row.table_start)


# "Headquarters: Lima, Peru": a fact box's line, a capitalised label and its value, with no bullet
FACT_BOX_LINE = re.compile(r"[ \t]*(?P<label>[A-Z][\w -]{0,30}?)[ \t]*:[ \t]+(?=\S)")
_BOX_SIZE = 3  # a block of at least this many such lines is a fact box (an infobox, a case study's summary)


def in_a_fact_box(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` is a labelled line among at least ``_BOX_SIZE`` such lines together."""
    if not FACT_BOX_LINE.match(text, line_start):
        return False
    lines = 1
    for step in (-1, 1):
        cursor = line_start
        while True:
            if step < 0:
                if cursor == 0:
                    break
                cursor = text.rfind("\n", 0, cursor - 1) + 1
            else:
                end = text.find("\n", cursor)
                if end == -1:
                    break
                cursor = end + 1
            if not FACT_BOX_LINE.match(text, cursor):
                break
            lines += 1
    return lines >= _BOX_SIZE
