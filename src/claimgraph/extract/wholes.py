"""The whole a share is of, when the text names one that is not called a market: "12% of Norway's colocation
capacity", "a sixth of Pell Data's leased floor space", "two in five megawatts of capacity across the Nordics". Such a
whole is measured by a noun of the lexicon's (``whole_nouns``) and qualified by a place or a company; without one
("41% of all tokens served") the figure measures the market under discussion."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from claimgraph.extract.attribution import TOPIC_TYPES
from claimgraph.extract.document import Sentence
from claimgraph.extract.lexicon import Lexicon
from claimgraph.extract.normalize import Quantity

PLACES = frozenset({"Country", "Region"})
_OF = re.compile(r"\s+(?:[a-z]+\s+)?of\s+(?:all\s+)?")  # "three in ten megawatts of": a counted unit
_AROUND = frozenset({"across", "in", "on", "throughout"})


def named_whole(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> Span | None:
    """The words naming the whole right after the figure's "of" ("14% of …"), or after the "of" of the share
    noun before it ("Pell Cloud's share of Nordic GPU rentals at 38%"), with a place phrase that follows them."""
    share = share_before(sentence, quantity)
    anchors = [quantity.end] + ([share.idx + len(share.text)] if share is not None else [])
    return next((w for w in (_whole_after(sentence, at, lexicon) for at in anchors) if w is not None), None)


def share_before(sentence: Sentence, quantity: Quantity) -> Token | None:
    """The last "share" noun before the figure ("Pell Cloud's share of Nordic GPU rentals at 38%")."""
    shares = [t for t in sentence.tokens if t.lemma_ == "share" and t.pos_ == "NOUN" and t.idx < quantity.start]
    return shares[-1] if shares else None


def _whole_after(sentence: Sentence, at: int, lexicon: Lexicon) -> Span | None:
    found = _OF.match(sentence.doc_text, at)
    if found is None:
        return None
    chunk = next((c for c in sentence.span.noun_chunks if c.start_char == found.end()), None)
    if chunk is None or chunk.root.lower_ not in lexicon.whole_nouns:
        return None
    end = chunk.end
    doc = sentence.span.doc
    place = doc[chunk.end] if chunk.end < len(doc) else None
    if place is not None and place.dep_ == "prep" and place.lower_ in _AROUND:
        after = doc[place.i : place.right_edge.i + 1]  # "capacity across the Nordics", however the parser attached it
        if any(after.start_char <= m.start < after.end_char and m.entity.type in PLACES for m in sentence.mentions):
            end = max(end, after.end)  # but not "in 2025"
    span = doc[chunk.start : end]
    qualifiers = PLACES | TOPIC_TYPES
    named = (m for m in sentence.mentions if span.start_char <= m.start < span.end_char)
    return span if any(m.entity.type in qualifiers for m in named) else None


def whole_label(whole: Span) -> str:
    """A whole's name without the year in it ("Osk's 2025 K9 shipments" → "Osk's K9 shipments"): the year is the
    claim's time, not part of what is measured."""
    return "".join(t.text_with_ws for t in whole if not _YEAR.fullmatch(t.text)).strip()


_YEAR = re.compile(r"(?:19|20)\d\d")

