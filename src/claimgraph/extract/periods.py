"""Periods in text → the gold's time values: "late April 2026" → ``2026-04``, "1H25" → ``2025-H1``, "fiscal 2026" →
``FY2026``, "the prior year" → the year before the anchor.

Pure regular expressions: date libraries find days, not the halves, quarters, fiscal years and relative years
claims are dated by. Every period of a text is returned, in order; which one dates a claim is the extractor's
call. A period without its year ("in early January", "Q3", "last year") is resolved against an anchor (the
article's date), or against a period the text dated before it, and dropped when there is none.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

__all__ = [
    "DATING_CONJUNCTIONS",
    "MONTHS",
    "WEEKDAYS",
    "Period",
    "find_periods",
    "names_a_comparison",
    "names_a_day",
    "parse_period",
]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# words that, like a preposition, open a date ("Since May …", "Until March …"); the tagger calls them conjunctions
DATING_CONJUNCTIONS = frozenset({"since", "until", "till", "after", "before"})
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_MAY_CONTEXT = re.compile(
    r"(?:\b(?:in|early|late|mid|since|until|till|by|of|from|through|last|this|next|during|"
    r"end|start|beginning|before|after)\s*|-)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Period:
    """A period named in the text: ``text[start:end]`` names ``value`` (e.g. ``2026-04``, ``FY2026``)."""

    start: int
    end: int
    value: str
    text: str


@cache
def _relative() -> tuple[dict[str, int], dict[str, int]]:
    """Relative years ("the prior year" → -1) from ``numbers.json``: calendar, then fiscal."""
    data: dict[str, Any] = json.loads(
        files("claimgraph.extract").joinpath("patterns", "numbers.json").read_text(encoding="utf-8")
    )
    calendar = {" ".join(k.lower().split()): v for k, v in data["relative_years"].items()}
    fiscal = {" ".join(k.lower().split()): v for k, v in data["relative_fiscal_years"].items()}
    return calendar, fiscal


def _phrases(phrases: Any) -> str:
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


@cache
def _pattern() -> re.Pattern[str]:
    """One alternation, most specific first, so that "the first half of 2025" is not read as "2025"."""
    calendar, fiscal = _relative()
    year = r"(?:19|20)\d\d"
    yy = rf"(?:{year}|'?\d\d)"
    month_names = "|".join(
        [m.capitalize() for m in MONTHS] + [m[:3].capitalize() + r"\.?" for m in MONTHS if m != "may"] + [r"Sept\.?"]
    )
    month = rf"(?-i:(?P<mon>{month_names}))"
    ordinal = "|".join(_ORDINALS)
    any_month = rf"(?-i:{month_names})"
    return re.compile(
        # "the year to August 2025": a fiscal year named by the month it ends in
        rf"(?P<yearto>\b(?:the\s+)?(?:fiscal\s+|financial\s+)?year\s+(?:to|ended|ending)\s+"
        rf"(?P<ytm>{any_month})\s+(?P<yty>{year})\b)"
        # "the six months to December": a calendar half named by the month it ends in
        rf"|(?P<halfto>\b(?:the\s+)?(?:six|6)\s+months\s+(?:to|ended|ending|through)\s+(?P<htm>(?-i:June|December))"
        rf"(?:,?\s+(?P<hty>{year}))?\b)"
        # "the October-December period", "the July-September quarter": three months that make a quarter
        rf"|(?P<span>\b(?P<sm1>{any_month})\s*(?:-|–|to|through)\s*(?P<sm2>{any_month})"
        rf"(?:\s+(?:quarter|period))?(?:,?\s+(?:of\s+)?(?P<sy>{year})\b)?)"
        # "the December quarter": the quarter that ends in that month
        rf"|(?P<endq>\b(?P<eqm>{any_month})\s+quarter\b(?:\s+(?:of\s+)?(?P<eqy>{year})\b)?)"
        rf"|(?P<iso>(?<![\w$€£¥.,/-])(?P<iy>{year})-(?P<im>0[1-9]|1[0-2])(?:-\d\d)?(?![\w-]))"
        rf"|(?P<cy>\b(?:CY\s?-?|calendar(?:\s+year)?\s+)(?P<cy1>{yy})\b)"  # "CY25": a calendar year, said so
        rf"|(?P<fy>\b(?:FY\s?-?(?P<fy1>{yy})|fiscal(?:[\s-]+year)?\s+(?P<fy2>{yy})"
        rf"|(?:the\s+)?(?P<fy3>{year})\s+fiscal(?:[\s-]+(?:year|period))?)\b)"
        rf"|(?P<half>\b(?:(?:the\s+)?(?P<hn>{ordinal})[\s-]+half(?:\s+of)?(?:\s+(?:fiscal\s+|FY\s?)?(?P<hy>{year})\b)?"
        rf"|H(?P<hn2>[12])(?:[\s'-]+(?P<hy2>{yy})\b|(?P<hy3>{year})\b|\b)|(?P<hn3>[12])H\s?(?P<hy4>{yy})\b))"
        rf"|(?P<quarter>\b(?:(?:the\s+)?(?P<qf0>fiscal[\s-]+)?(?P<qn>{ordinal})[\s-]+quarter(?:\s+of)?"
        rf"(?:\s+(?P<qf1>fiscal\s+(?:year\s+)?|FY\s?)?(?P<qy>{year})\b)?"
        rf"|(?P<qf3>fiscal\s+)?Q(?P<qn2>[1-4])(?:(?:\s+of)?[\s'-]+(?P<qf2>FY\s?|fiscal\s+)?(?P<qy2>{yy})\b"
        rf"|(?P<qy3>{year})\b|\b)"
        rf"|(?P<qn3>[1-4])Q\s?(?P<qy4>{yy})\b))"
        rf"|(?P<month>(?:\b(?P<mq>early|mid|late|the\s+end\s+of|end\s+of|the\s+start\s+of|start\s+of"
        rf"|the\s+beginning\s+of|beginning\s+of|the\s+middle\s+of)[\s-]+)?"
        rf"(?:(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?\b{month}(?![\w])"
        rf"(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b)?(?:,?\s+(?:of\s+)?(?P<my>{year})\b|-(?P<my2>\d\d)(?![\w-]))?)"
        # a relative year its own year follows ("for the full year 2026") is that year, read below
        rf"|(?P<fyrel>\b(?:{_phrases(fiscal)})\b(?!\s+{year}))|(?P<rel>\b(?:{_phrases(calendar)})\b(?!\s+{year}))"
        rf"|(?P<year>(?<![\w$€£¥.,/])(?:(?:early|mid|late)[\s-]+)?(?P<y>{year})(?-i:[EFAef](?![\w%]))?"
        rf"(?![\w%]|[.,]\d|-[A-Za-z]|\s?(?:percent|per\s+cent)\b))",
        re.IGNORECASE,
    )


Anchor = tuple[int, bool, int | None, bool]  # year, fiscal, the article's month, whether the claim looks ahead


def _anchor(anchor: str | None, by_text: bool = False, ahead: bool = False) -> Anchor | None:
    """The anchor's year, whether it is a fiscal year, and, for the article's own date ("2026-03-04"), its month:
    a quarter or month named without a year is then the latest one that has begun by that date ("the fourth
    quarter" in March 2026 is 2025's: reported results) and a half the latest that has ended (``_last_half``). A
    forecast (``ahead``) takes the next one that has not ended instead ("will cut prices in July", said in June
    2026, is July 2026). A period the text dated lends its year only."""
    if not anchor:
        return None
    m = re.search(r"(?<!\d)((?:19|20)\d\d)(?:-(\d\d))?(?!\d)", anchor)
    if m is None:
        return None
    month = int(m.group(2)) if m.group(2) and not by_text else None
    return int(m.group(1)), anchor.strip().upper().startswith("FY"), month, ahead


def _latest(year: int, first_month: int, anchor: Anchor | None, months: int = 1) -> int:
    """The year of the latest period of ``months`` starting in ``first_month`` that has begun by the article's
    date, or, for a claim that looks ahead, of the next one that has not ended by then."""
    month = anchor[2] if anchor else None
    if month is None:
        return year
    if anchor is not None and anchor[3]:
        return year + 1 if first_month + months - 1 < month else year
    return year - 1 if first_month > month else year


def _last_half(year: int, n: int, anchor: Anchor | None) -> int:
    """A half named without a year: a figure told as past ("was 19% in the first half", written in March 2026)
    is of the latest such half that has ended by the article's date, since a half is reported once it is over; a
    claim that looks ahead ("will launch in the second half") is of the next one that has not ended."""
    if anchor is None or anchor[2] is None or n not in (1, 2):
        return year
    if anchor[3]:
        return _latest(year, 6 * n - 5, anchor, months=6)
    return year - 1 if 6 * n > anchor[2] else year


def _year(text: str | None) -> int | None:
    if not text:
        return None
    digits = text.strip("'")
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _value(m: re.Match[str], anchor: Anchor | None) -> str | None:
    """The period a match names, or None when it needs an anchor and has none."""
    g = m.group
    base = anchor[0] if anchor else None
    if g("yearto"):
        return f"FY{g('yty')}"
    if g("halfto"):
        n = 1 if g("htm") == "June" else 2
        year = _year(g("hty")) or (base and _last_half(base, n, anchor))
        return f"{year}-H{n}" if year else None
    if g("span") or g("endq"):
        first = _month_number(g("sm1")) if g("span") else _month_number(g("eqm")) - 2
        last = _month_number(g("sm2")) if g("span") else _month_number(g("eqm"))
        if first < 1 or last - first != 2 or first % 3 != 1:
            return None  # not a calendar quarter ("May-July", "the August quarter" of a fiscal year)
        n = (first + 2) // 3
        year = _year(g("sy") or g("eqy")) or (base and _latest(base, first, anchor, months=3))
        return f"{year}-Q{n}" if year else None
    if g("iso"):
        return f"{g('iy')}-{g('im')}"
    if g("cy"):
        return str(_year(g("cy1")))
    if g("fy"):
        return f"FY{_year(g('fy1') or g('fy2') or g('fy3'))}"
    if g("half"):
        n = _ORDINALS.get((g("hn") or "").lower()) or int(g("hn2") or g("hn3"))
        year = _year(g("hy") or g("hy2") or g("hy3") or g("hy4")) or (base and _last_half(base, n, anchor))
        return f"{year}-H{n}" if year and n <= 2 else None
    if g("quarter"):
        n = _ORDINALS.get((g("qn") or "").lower()) or int(g("qn2") or g("qn3"))
        stated = _year(g("qy") or g("qy2") or g("qy3") or g("qy4"))
        in_fiscal = any(g(k) for k in ("qf0", "qf1", "qf2", "qf3")) or (not stated and anchor is not None and anchor[1])
        if in_fiscal:  # "Q3 FY2026", "the third quarter of fiscal 2026", "the fourth quarter" after FY2026-Q3
            year = stated or base
            return f"FY{year}-Q{n}" if year else None
        year = stated or (base and _latest(base, 3 * n - 2, anchor, months=3))
        return f"{year}-Q{n}" if year else None
    if g("month"):
        number = _month_number(g("mon"))
        year = _year(g("my") or g("my2")) or (base and _latest(base, number, anchor))  # "May 2025", "Jun-25"
        return f"{year}-{number:02d}" if year else None
    if g("fyrel") or g("rel"):
        calendar, fiscal = _relative()
        phrase = " ".join(m.group().lower().split())
        if anchor is None:
            return None
        if g("fyrel"):
            return f"FY{anchor[0] + fiscal[phrase]}"
        return f"{'FY' if anchor[1] else ''}{anchor[0] + calendar[phrase]}"
    return g("y")


def _month_number(name: str) -> int:
    short = name.lower().rstrip(".")
    return next(i for i, full in enumerate(MONTHS, 1) if full.startswith(short))


def _plausible(text: str, m: re.Match[str]) -> bool:
    """A month alone counts when it cannot be a word: "May" and "March" (and abbreviations) need a date word
    before them ("in May", "mid-March") unless a day, year or "early/late" goes with them."""
    if not m.group("month") or any(m.group(key) for key in ("my", "my2", "day", "dd", "mq")):
        return True
    name = m.group("mon").rstrip(".").lower()
    if name in MONTHS and name not in ("may", "march"):
        return True
    return bool(_MAY_CONTEXT.search(text, 0, m.start()))


def find_periods(text: str, anchor: str | None = None, ahead: bool = False, today: str | None = None) -> list[Period]:
    """Every period named in ``text``, in order.

    A period without its own year ("the prior year", "in early January") resolves against the last period the
    text itself dated before it (the gold's "an anchor the text gives"), else against ``anchor``, else is
    dropped; "last year", "this year" count from ``today`` (the article's date) where it is given, else from
    ``anchor``, as a reader does. ``ahead``: the periods of a forecast, which resolve forward from the article's
    date.
    """
    return list(_periods(text, anchor, ahead, today))


@lru_cache(maxsize=4096)
def _periods(text: str, anchor: str | None, ahead: bool, today: str | None) -> tuple[Period, ...]:
    """``find_periods``, remembered: a sentence's periods are asked for once per figure and once for the state."""
    base = _anchor(anchor, ahead=ahead)
    now = _anchor(today, ahead=ahead) if today else base
    periods = []
    for m in _pattern().finditer(text):
        # "last year", "this year" count from when the text was written; "the prior year" from the text's last year
        deictic = _DEICTIC.search(m.group())
        value = _value(m, now if deictic else base) if _plausible(text, m) else None
        if value is None:
            continue
        period = Period(m.start(), m.end(), value, m.group())
        periods.append(period)
        if _dated(m):
            # a dated day ("May 4, 2026") is a moment, like the article's date; a month or a quarter lends its year
            base = _anchor(value, by_text=not names_a_day(period), ahead=ahead)
    return tuple(periods)


_DEICTIC = re.compile(
    r"\b(?:last|this|next|current|coming)\s+(?:fiscal\s+)?year\b|\ba\s+year\s+ago\b", re.IGNORECASE
)


def _dated(m: re.Match[str]) -> bool:
    """Whether the match states its own year, and so may anchor the relative periods after it."""
    own_year = (
        *("iy", "hty", "yty", "fy1", "fy2", "fy3", "hy", "hy2", "hy3", "hy4"),
        *("qy", "qy2", "qy3", "qy4", "my", "my2", "y"),
    )
    return any(m.group(key) for key in own_year)


def names_a_day(period: Period) -> bool:
    """Whether the period's words name a day ("May 4, 2026", "9 April"), not only a month or longer."""
    words = re.sub(r"(?:19|20)\d\d", " ", period.text)
    return bool(re.search(r"\b(?:[12]?\d|3[01])(?:st|nd|rd|th)?\b", words))


_EARLIER = re.compile(
    r"(?:a|one) year (?:earlier|ago|before)|the (?:previous|prior|preceding) year|the year before", re.IGNORECASE
)


def names_a_comparison(period: Period) -> bool:
    """Whether the period is the time a figure is compared with ("a year earlier"), not a figure's own."""
    return bool(_EARLIER.fullmatch(period.text))


def parse_period(text: str, anchor: str | None = None) -> str | None:
    """The first period named in ``text``, normalised; None if there is none."""
    periods = find_periods(text, anchor)
    return periods[0].value if periods else None
