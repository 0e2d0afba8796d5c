"""A list that breaks a whole down "by" something: "Pellnet's token volume in March by developer: Osk 24%, Tarn
19%, …", "Loan book by sector: …". Its lead-in names the whole the list's shares are of, which need not be called
a market: the words before "by", short of a period ("in March 2026") or a chart's own words ("a stacked bar of");
never a change, a rate or what is earned, which are no parts of a market."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from claimgraph.extract.document import Sentence
from claimgraph.extract.normalize import Quantity

_CHART_WORDS = frozenset({"chart", "bar", "graph", "figure", "table", "line", "pie", "breakdown", "split"})
_NOT_PARTS = frozenset(
    {"change", "growth", "cut", "increase", "decrease", "rise", "fall", "rate", "revenue", "sale"}
    | {"export", "import", "turnover", "margin", "price", "cost"}
)
_NO_WHOLE = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY"})  # "in March 2026": when, not what


def broken_down_whole(sentence: Sentence, quantity: Quantity) -> str | None:
    """The whole a colon lead-in breaks down "by" something, when the figure comes after the colon."""
    doc = sentence.span.doc
    colon = next((t for t in sentence.span if t.text == ":" and t.idx < quantity.start), None)
    if colon is None:
        return None
    by = next((t for t in reversed(doc[sentence.span.start : colon.i]) if t.lower_ == "by"), None)
    lead = doc[sentence.span.start : colon.i]
    if by is None or not parts_of_a_whole(lead) or any(t.lemma_.lower() == "share" for t in lead):
        return None  # "Share of API tokens by model family:": the whole after "of", which the share's readers read
    chunks = [c for c in sentence.span.noun_chunks if c.end <= by.i and not _a_when(c)]
    if not chunks or chunks[-1].root.lemma_.lower() in _CHART_WORDS:
        return None
    whole = chunks[-1]
    if whole.root.dep_ == "pobj" and whole.root.head.lower_ != "of":
        return None  # "lending to AI firms by borrower", "token volume on its API by customer": not the whole
    if len([t for t in whole if t.is_alpha and t.dep_ != "det"]) < 2:
        return None  # "Revenue by provider:", "Shipments by vendor:": a measure of the market in force
    return _label(whole)


def parts_of_a_whole(lead: Iterable[Token]) -> bool:
    """Whether a list's lead-in may introduce parts of a whole: not changes, rates or what is earned ("Year-on-year
    change in revenue by provider:", "Win rates by model:", "Revenue by region:", which are no one's part of a
    market)."""
    return not any(t.lemma_.lower() in _NOT_PARTS for t in lead)


def _a_when(chunk: Span) -> bool:
    """A period or a number, not a whole ("in March 2026", "in 2025")."""
    return any(t.ent_type_ in _NO_WHOLE for t in chunk) or all(not t.is_alpha for t in chunk)


def _label(chunk: Span) -> str | None:
    """The chunk's words without an opening article ("the", "a")."""
    words = chunk[1:] if chunk[0].dep_ == "det" else chunk
    return words.text if len(words) else None
