"""The period a figure is about: the one its own clause states, closest after it, else closest before it, else
the one the text has set for it (a heading above a list, a report in force). Relative periods resolve against the
text's own dated periods, "last year" against the article's date (``periods.py``)."""

from __future__ import annotations

import re

from claimgraph.extract.compared_figures import earlier_time_end
from claimgraph.extract.context import STATEMENT_DAY, ReadingContext
from claimgraph.extract.document import Sentence
from claimgraph.extract.normalize import Quantity, find_periods
from claimgraph.extract.periods import names_a_comparison
from claimgraph.extract.spans import clause_window

# "down from 80% in 2020": the period of a comparison's base
COMPARISON_BASE = re.compile(r"\b(?:from|than|since|compared (?:with|to)|versus|vs\.?)\s+(?:a|the)?\s*$", re.IGNORECASE)


def figure_period(
    sentence: Sentence, quantity: Quantity, context: ReadingContext, base: bool = False, ahead: bool = False
) -> str | None:
    """The period stated closest after the figure in its sentence, else closest before it. A comparison's period
    ("up from $0.9 billion a year earlier") dates only the comparison base (``base``), not the figure compared; a
    forecast's month or quarter is the next one (``ahead``: "will cut prices in July")."""
    stated = [
        p
        for p in find_periods(
            sentence.text, context.period_anchor() or _year_in(sentence.text), ahead, today=context.anchor
        )
        if not STATEMENT_DAY.search(p.text)
    ]
    offset = quantity.start - sentence.start
    end = quantity.end - sentence.start
    # "42% more than in the first half": the period after "than" is what the figure before it is compared with
    than = [p for p in stated if p.start >= end and _THAN.search(sentence.text[: p.start])]
    grown_from = earlier_time_end(sentence, quantity) if quantity.unit == "times" else None
    if grown_from is not None:  # "3.5x the daily volume of June 2025": the base, not the figure's time
        than += [p for p in stated if end <= p.start < grown_from - sentence.start]
    periods = [
        p
        for p in stated
        if not COMPARISON_BASE.search(sentence.text[: p.start])
        and (base or not names_a_comparison(p))
        and p not in than
        and (base or not _dates_the_base(sentence.text[end : p.start]))
    ]
    # "tripled it to 300 MW and said it would double it again next year": a period after a joined clause of its
    # own dates that clause, not the figure before it
    periods = [p for p in periods if p.start < end or not _JOINED_CLAUSE.search(sentence.text, end, p.start)]
    left, right = clause_window(sentence, quantity.start, quantity.end)
    in_clause = [p for p in periods if left - sentence.start <= p.start and p.end <= right - sentence.start]
    periods = in_clause or [p for p in periods if p.end <= offset]  # a later clause dates another figure
    after = [p for p in periods if p.start >= offset]
    before = [p for p in periods if p.end <= offset]
    chosen = after[0] if after else (before[-1] if before else None)
    if chosen is not None:
        return chosen.value
    last = context.last_numeric
    if than and last is not None and context.last_numeric_paragraph == sentence.paragraph and last.time:
        # "… $2.1 billion in the second half. That was 42% more than in the first half": compared with an earlier
        # period only, the figure is of the period the paragraph's last figure was of
        return last.time
    return context.period_for(sentence, quantity.start)  # stated by the heading above a list, or earlier


_THAN = re.compile(r"\bthan\s+(?:in|during)\s+(?:a|the)?\s*$", re.IGNORECASE)
# "up 62% from $2.5 billion in 2024": after the figure, a comparison names its base and the period dates the base
_BASE_AFTER = re.compile(r"\b(?:from|than|versus|vs\.?|against|compared\s+(?:with|to))\s+[^,;]*$", re.IGNORECASE)
_SPAN_END = re.compile(r"\b(?:to|until|through)\s+(?:the\s+)?$", re.IGNORECASE)  # "from 2024 to 2025": a span's end


def _dates_the_base(between: str) -> bool:
    """Whether the words between a figure and a later period put the period on the figure's comparison base."""
    return _BASE_AFTER.search(between) is not None and _SPAN_END.search(between) is None
_JOINED_CLAUSE = re.compile(
    r"\b(?:and|but|while|whereas)\s+(?:(?:it|they|he|she|we|the\s+\w+)\s+)?"
    r"(?:said|says|expects?|expected|will|would|plans?|planned|forecasts?|aims?|hopes?)\b",
    re.IGNORECASE,
)


def _year_in(text: str) -> str | None:
    """The year a sentence states, as an anchor for its other periods ("from 12% in February to 31% by May 2026")."""
    match = re.search(r"\b(19|20)\d{2}\b", text)
    return match.group(0) if match else None


def compared_base(sentence: Sentence, quantity: Quantity) -> bool:
    """Whether the figure is itself what another is compared with ("rose to 14% in 2025 from 9% a year earlier"):
    then "a year earlier" after it is its own period."""
    lead = sentence.doc_text[max(sentence.start, quantity.start - 20) : quantity.start]
    return bool(COMPARISON_BASE.search(lead)) and not _BOUND.search(lead)


_BOUND = re.compile(r"\b(?:more|less|fewer)\s+than\s+$", re.IGNORECASE)  # "more than double": a bound, no base
