"""The periods claims are about ("2026", "2026-04", "2025-H1", "2025-Q3", "FY2026", "2026-03-14") as date ranges,
so that filters and the trace can ask whether two periods overlap or lie within a requested window."""

from __future__ import annotations

import calendar
import re

from claimgraph.errors import InputError

Bounds = tuple[str, str]  # first and last day, ISO 8601, so that string order is date order

_PERIOD = re.compile(
    r"^(?:FY)?(?P<year>\d{4})(?:-(?:(?P<half>H[12])|(?P<quarter>Q[1-4])|(?P<month>\d{2})(?:-(?P<day>\d{2}))?))?$"
)


def period_bounds(period: str | None) -> Bounds | None:
    """First and last day of a period; None for a missing or unreadable one. Fiscal years are taken as calendar
    years: the text rarely says when a fiscal year starts, and a year's slack is what the trace needs."""
    if not period:
        return None
    match = _PERIOD.match(period.strip())
    if match is None:
        return None
    year = int(match["year"])
    if match["day"]:
        day = f"{year:04d}-{match['month']}-{match['day']}"
        return day, day
    if match["month"]:
        month = int(match["month"])
        if not 1 <= month <= 12:
            return None
        return _months(year, month, month)
    if match["half"]:
        first = 1 if match["half"] == "H1" else 7
        return _months(year, first, first + 5)
    if match["quarter"]:
        first = 3 * (int(match["quarter"][1]) - 1) + 1
        return _months(year, first, first + 2)
    return _months(year, 1, 12)


def request_bounds(value: str, name: str) -> Bounds:
    """A ``from``/``to`` parameter of a request: the same period syntax, refused (400) when unreadable."""
    bounds = period_bounds(value)
    if bounds is None:
        raise InputError(
            f"{name}: not a period: {value[:80]!r}", hint="e.g. 2025, 2025-06, 2025-H1, 2025-Q3, 2025-06-30"
        )
    return bounds


def overlaps(first: Bounds, second: Bounds) -> bool:
    return first[0] <= second[1] and second[0] <= first[1]


def _months(year: int, first: int, last: int) -> Bounds:
    end_day = calendar.monthrange(year, last)[1]
    return f"{year:04d}-{first:02d}-01", f"{year:04d}-{last:02d}-{end_day:02d}"
