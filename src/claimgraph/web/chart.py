"""A market's share board (``query/markets.py``) laid out as a horizontal bar chart: one bar per company and
source (and period), grouped by company, the sources told apart by colour *and* by number, and a company whose
sources disagree within a period flagged with the spread. Only geometry here; the SVG is in the template, so
the chart needs no script and prints."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

LABEL_WIDTH = 190  # company names, left of the bars
BAR_AREA = 330
WIDTH = LABEL_WIDTH + BAR_AREA + 150  # room for the value and the source number right of a bar
ROW, GAP, TOP = 22, 12, 8
TICKS = 5  # at most this many steps on the value axis
# Dark enough for white text and 3:1 against the white page (WCAG's non-text contrast).
PALETTE = ("#1f5f99", "#a34a00", "#2f7d32", "#7b2d8e", "#a1262b", "#0f6e68", "#4a4a4a", "#8a5a00")


@dataclass(frozen=True)
class Bar:
    y: int
    width: float
    low_width: float  # a range's lower end, drawn lighter to its upper end
    colour: str
    source_number: int
    label: str  # "35.8%, 2025"


@dataclass(frozen=True)
class Group:
    company: dict[str, Any]
    y: int
    height: int
    bars: tuple[Bar, ...]
    spread: float | None


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    scale_max: float
    ticks: tuple[tuple[float, float], ...]  # (value, x)
    groups: tuple[Group, ...]
    sources: tuple[dict[str, Any], ...]  # legend: number, colour, title, date, id


def share_chart(board: dict[str, Any]) -> Chart | None:
    """The chart of a board; None when it holds no share with a value."""
    shares = [share for company in board["companies"] for share in company["shares"] if share["value"] is not None]
    if not shares:
        return None
    numbers: dict[str, int] = {}
    for share in shares:
        numbers.setdefault(share["source"]["id"], len(numbers) + 1)
    top = max(max(s["value"], s["value_max"] or 0) for s in shares)
    step = _round_step(top / TICKS)
    scale_max = float(max(step, math.ceil(top / step) * step))

    def x(value: float) -> float:
        return round(BAR_AREA * value / scale_max, 1)

    groups: list[Group] = []
    y = TOP
    for company in board["companies"]:
        bars: list[Bar] = []
        for share in (s for s in company["shares"] if s["value"] is not None):
            number = numbers[share["source"]["id"]]
            high = share["value_max"] if share["value_max"] is not None else share["value"]
            label = f"{share['value']:g}" + (f"–{share['value_max']:g}" if share["value_max"] is not None else "")
            label += "%" if share["unit"] == "percent" else f" {share['unit'] or ''}".rstrip()
            if share["period"]:
                label += f", {share['period']}"
            colour = PALETTE[(number - 1) % len(PALETTE)]
            bars.append(Bar(y + len(bars) * ROW, x(high), x(share["value"]), colour, number, label))
        if bars:
            groups.append(Group(company["company"], y, len(bars) * ROW, tuple(bars), company["spread"]))
            y += len(bars) * ROW + GAP
    legend = tuple(
        {"number": n, "colour": PALETTE[(n - 1) % len(PALETTE)], **_source_of(shares, iri)}
        for iri, n in numbers.items()
    )
    ticks = tuple((step * i, x(step * i)) for i in range(round(scale_max / step) + 1))
    return Chart(WIDTH, y + 20, scale_max, ticks, tuple(groups), legend)


def _round_step(raw: float) -> float:
    """The tick step a person would pick: 1, 2 or 5 times a power of ten, at least ``raw``."""
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    return next(power * m for m in (1, 2, 5, 10) if power * m >= raw)


def _source_of(shares: list[dict[str, Any]], iri: str) -> dict[str, Any]:
    return next(share["source"] for share in shares if share["source"]["id"] == iri)
