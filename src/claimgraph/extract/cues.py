"""Modality cues: whether a clause denies, forecasts, estimates or relays a figure.

The cue words are data (``patterns/cues.json``), matched as whole words with curly apostrophes read as straight
ones ("doesn’t"). A clause can carry several cues; the gold convention keeps the first that fits of negated,
forecast, estimated, reported — so "reportedly … approximately" is ``estimated`` — and ``asserted`` when none
does. Which clause to pass (the figure's, not the whole paragraph's) is the extractor's call.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from claimgraph.extract.numbers import currency_marks

__all__ = ["modality_cues", "modality_of"]

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


@dataclass(frozen=True)
class _Cues:
    """One modality's compiled cues."""

    name: str
    cue: re.Pattern[str]
    exclude: re.Pattern[str] | None
    dated: tuple[re.Pattern[str], ...]  # cues that count only when their year lies after the anchor's ("by 2030")


def _json(name: str) -> dict[str, Any]:
    source = files("claimgraph.extract").joinpath("patterns", name)
    return json.loads(source.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _words(phrases: list[str]) -> str:
    """Whole-word alternation, longest first, any whitespace between words."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in ordered)


def _placeholders() -> dict[str, str]:
    """{number}: where a figure starts ("$5", "20%", "one billion"); {count}: a small count ("four", "3")."""
    numbers = _json("numbers.json")
    counts = [*numbers["ones"], *numbers["teens"], *numbers["tens"]]
    fractions = [*numbers["scales"], *numbers["multipliers"], *numbers["denominators"]]
    number = (
        rf"(?:(?<![A-Za-z])(?:{currency_marks()})|[-−]?\d|(?:{_words(counts)}|half)\b"
        rf"|an?\s+(?:{_words(fractions)})\b)"
    )
    count = rf"(?:\d+|a\s+few|a|an|several|{_words(counts)})"
    return {"{number}": number, "{count}": count}


@cache
def _compiled() -> tuple[_Cues, ...]:
    data, holes = _json("cues.json"), _placeholders()

    def fill(pattern: str) -> str:
        for hole, regex in holes.items():
            pattern = pattern.replace(hole, regex)
        return pattern

    compiled = []
    for name in data["order"]:
        entry = data[name]
        parts = [rf"(?<!\w)(?:{_words(entry['phrases'])})(?!\w)"]
        if entry.get("before_number"):
            parts.append(rf"(?<!\w)(?:{_words(entry['before_number'])})\s*(?={holes['{number}']})")
        parts.extend(fill(p) for p in entry.get("patterns", []))
        exclude = entry.get("exclude")
        dated = entry.get("dated")
        compiled.append(
            _Cues(
                name=name,
                cue=re.compile("|".join(parts), re.IGNORECASE),
                exclude=re.compile(rf"(?<!\w)(?:{'|'.join(fill(e) for e in exclude)})(?!\w)", re.IGNORECASE)
                if exclude
                else None,
                dated=tuple(re.compile(fill(d), re.IGNORECASE) for d in dated or ()),
            )
        )
    return tuple(compiled)


def _anchor_year(anchor: str | None) -> int | None:
    m = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", anchor or "")
    return int(m.group(1)) if m else None


def modality_cues(text: str, anchor: str | None = None) -> set[str]:
    """Which of negated, forecast, estimated and reported the text carries.

    ``anchor`` (the article's date or year) decides dated cues: "by 2030" forecasts in an article of 2026, "by
    2025" does not; without an anchor any "by <year>" counts.
    """
    text = text.translate(_APOSTROPHES)
    year = _anchor_year(anchor)
    found = set()
    for cues in _compiled():
        masked = cues.exclude.sub(lambda m: " " * len(m.group()), text) if cues.exclude else text
        dated = (m for pattern in cues.dated for m in pattern.finditer(masked))
        if cues.cue.search(masked) or any(year is None or int(m.group("year")) > year for m in dated):
            found.add(cues.name)
    return found


def modality_of(text: str, anchor: str | None = None) -> str:
    """The gold modality of a clause: the first that fits of negated, forecast, estimated, reported, else asserted."""
    found = modality_cues(text, anchor)
    return next((cues.name for cues in _compiled() if cues.name in found), "asserted")
