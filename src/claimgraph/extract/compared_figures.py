"""A figure read against the one before it or against its holder's own past: the base of a comparison ("up from
27%", "against 22% for Osk"), whose a compared figure is ("9% for Vey", "12% for all others"), a new holder named
between two figures, and a multiple of the holder's own earlier level ("doubled its capacity"), which is growth.
Read for ``numeric.py``, which decides the figure's claim."""

from __future__ import annotations

import re

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import Sentence
from claimgraph.extract.lexicon import HEDGES
from claimgraph.extract.normalize import Quantity
from claimgraph.records import Claim, Entity

COMPARED = re.compile(
    r"(?:\b(?:up|down|rising|falling|increased?|decreased?)\s+from|\bcompared (?:with|to)|\bagainst|\bversus|\bvs\.?"
    r"|(?:,|%|\bper cent|\bpercent|\bmillion|\bbillion|\btrillion|\d)\s+from)\s+"  # "to 24%, from 28%"
    r"(?:(?:about|roughly|nearly|almost|around|some|an estimated|just|barely|only|approximately|close to|less than"
    r"|more than|fewer than|under|over|below|above|well|a little)\s+|[~≈]\s*){0,2}$",
    re.I,
)


# "went from 9% of spend in 2023 to about 21% last year": the figure a "from" figure moved to
_FROM_THEN_TO = re.compile(rf"\bfrom\s+(?:[^,;.]{{0,60}}?)\s+to\s+(?:{HEDGES}\s+|[~≈]\s*)?$", re.I)


def moved_to(sentence: Sentence, quantity: Quantity, previous: Claim) -> bool:
    """Whether the figure is what the one before it (its "from", of the same unit) moved to."""
    return previous.unit == quantity.unit and bool(
        _FROM_THEN_TO.search(sentence.doc_text, max(sentence.start, quantity.start - 90), quantity.start)
    )


_FOR_NAME = re.compile(r"\s+for\s+(?:the\s+)?")


_HOLDERS = frozenset({"Company", "Cloud", "Lab", "Organization", "Aggregator", "Model", "Product", "Group"})


def held_for(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> Entity | None:
    """Who a compared figure is "for" ("against 22% for Osk Cloud"): another holder, in the same period; "12% for
    all others" is the rest of the field's."""
    if _FOR_THE_REST.match(sentence.doc_text, quantity.end):
        return context.index.entity_for("Others", "Group")
    return next(
        (
            m.entity
            for m in sentence.mentions
            if m.start > quantity.end
            and m.entity.type in _HOLDERS
            and _FOR_NAME.fullmatch(sentence.doc_text, quantity.end, m.start)
        ),
        None,
    )


# "12% for all others", "5% for Brill and the rest": the rest of the field, whoever it is named after
_FOR_THE_REST = re.compile(
    r"\s+for\s+(?:[^,.;]{1,40}?\s+and\s+)?(?:all\s+(?:the\s+)?others|the\s+rest|everyone\s+else|all\s+other\s+\w+)\b",
    re.I,
)


def new_holder(sentence: Sentence, quantity: Quantity, base: Claim, after: int) -> bool:
    """ "Osk has fallen from 9%, and Brill, the quickest riser, is up from 2%": a holder named as a subject between
    the compared figure and this one, other than the compared figure's, holds this one."""
    doc = sentence.span.doc
    return any(
        m.entity.type in _HOLDERS
        and m.entity not in (base.subject, base.object)
        and m.root(doc).dep_ in ("nsubj", "nsubjpass")
        for m in sentence.mentions
        if after <= m.start and m.end <= quantity.start
    )


# "doubled its capacity", "will double our capacity": a multiple of what the holder itself had
_MULTIPLIED_OWN = re.compile(r"\s+(?:its|our|their)\s+(?:[\w-]+\s+){0,2}?(?:capacity|output|volume|fleet)\b", re.I)


_EARLIER_LEVEL = re.compile(r"\s+(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}?level\b", re.IGNORECASE)
# "4.2x the daily volume of January 2025", "six times January 2025", "four times the 600 billion a year earlier",
# "four times the $2.5 billion of 2023", "twice its volume in May", "six times as much as a year before":
# a multiple of what was measured at an earlier time
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_EARLIER_TIME = re.compile(
    r"\s+(?:(?:the|its|their|our)\s+(?:[\w,.$€£¥-]+\s+){0,3}?(?:of|in|at|for|we\s+did)\s+"
    r"|as\s+(?:much|many)\s+as\s+(?:in\s+)?)?(?:the\s+)?"
    r"(?:(?:[A-Z][a-z]{2,8}|Q[1-4]|[12]H|H[12])\s+(?:19|20)\d\d\b|(?:19|20)\d\d\b|a\s+year\s+(?:earlier|ago|before)"
    rf"|last\s+year|(?:{_MONTHS})\b)"
)


def earlier_time_end(sentence: Sentence, quantity: Quantity) -> int | None:
    """Where the earlier time a multiple is of ends ("3.5x the daily volume of June 2025"), if one follows it: the
    base it grew from, which dates no figure."""
    found = _EARLIER_TIME.match(sentence.doc_text, quantity.end)
    return found.end() if found is not None else None


def own_earlier_level(sentence: Sentence, quantity: Quantity) -> bool:
    """Whether a multiple is of the holder's own earlier level ("doubled its capacity", "900 times the level of
    early 2024", "4.2x the daily volume of January 2025"), which is its growth, not a comparison with another's
    ("8.5 times total US additions")."""
    text, end = sentence.doc_text, quantity.end
    multiplied = quantity.text.lower().startswith(("doubl", "tripl", "quadrupl")) and _MULTIPLIED_OWN.match(text, end)
    return bool(multiplied or _EARLIER_LEVEL.match(text, end) or _EARLIER_TIME.match(text, end))
