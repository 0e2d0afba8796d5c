"""Lists and rankings: the name a list row opens with is its subject ("Larkspur Cloud — 28.4%:", "• Sable Cloud:
11.6% share"), even when neither the gazetteer nor the NER knows it, provided the line has a neighbour of the same
shape (a heading like "Market Overview: $4.1B" is not a row)."""

from __future__ import annotations

import re

from claimgraph.extract.document import BARE_ROW, Mention, Sentence, clean_name, looks_like_a_name
from claimgraph.extract.lexicon import load_lexicon
from claimgraph.extract.normalize import Quantity
from claimgraph.records import Entity, slugify

_LISTED_NAME = re.compile(
    r"\s*(?:[-•*|]\s*|\d+[.)]\s+)?(?P<name>[A-Z][\w.&’'+-]*(?: [A-Z0-9][\w.&’'+-]*){0,4})"
    r"\s*(?:\([^)]*\))?\s*[—–:|-]+\s*[~≈]?\s*$"
)
_LIST_LINE = re.compile(
    rf"\s*(?:[-•*|]\s*|\d+[.)]\s+)?(?:[A-Z][^—–:|]{{0,60}}?\s*[—–:|-]+\s*[-+~$€£¥]?\d|{BARE_ROW})", re.MULTILINE
)
# "Dunmore (Skua): ~31%", "Osgood: about a fifth", "Andean clouds, together: some 15%", "Tarn Engine, Osk's cloud
# arm: 44.8%" (an apposition before the colon)
_LIST_ITEM_GAP = re.compile(
    r"^\s*(\([^)]*\))?\s*(?:,\s*(?:together|combined|jointly|in all)\s*|,\s*[^,:;—–|\d]{3,50}?)?[—–:|-]+\s*"
    r"(?:[~≈]|(?:about|around|roughly|nearly|almost|approximately|some|just\s+(?:over|under)|close\s+to|an\s+estimated)\s)?"
    r"\s*$"
)


def listed_entity(sentence: Sentence, quantity: Quantity) -> Mention | None:
    """The entity of a list item or table row: "Larkspur Cloud — 28.4%", "| Sable Cloud | 11% |"."""
    text = sentence.doc_text
    for mention in sentence.mentions:
        if mention.start > quantity.start:
            break
        lead = text[sentence.start : mention.start].strip(" \t-•*|")
        if lead and not re.fullmatch(r"\d+[.)]?", lead):
            continue
        if _LIST_ITEM_GAP.match(text[mention.end : quantity.start]) or _bare_row(text, mention, quantity):
            return mention
    return unknown_listed_name(sentence, quantity)


def _bare_row(text: str, mention: Mention, quantity: Quantity) -> bool:
    """A row with nothing but space between its name and its figure ("Corvane Compute   29%"), among rows
    of the same shape: the layout says what a dash would."""
    line_end = text.find("\n", quantity.end)
    rest = text[quantity.end : line_end if line_end != -1 else len(text)]
    return (
        not text[mention.end : quantity.start].strip() and not rest.strip(" \t.;,") and in_a_list(text, mention.start)
    )


def unknown_listed_name(sentence: Sentence, quantity: Quantity) -> Mention | None:
    """A list item whose name neither the gazetteer nor the NER knows still names its subject: the words
    before the dash are a name by the list's structure ("Acme Cloud — 2.5%")."""
    text = sentence.doc_text
    match = _LISTED_NAME.match(text, sentence.start, quantity.start)
    if quantity.unit != "percent" or match is None or not in_a_list(text, sentence.start):
        return None
    start, end = match.span("name")
    span = sentence.span.doc.char_span(start, end, alignment_mode="expand")
    name = clean_name(match.group("name"))
    if span is None or not looks_like_a_name(name):
        return None
    if name.casefold() in load_lexicon().field_labels:
        return None  # "Change: +48% YoY", "Value: 82.4%": a record's field, no one's name
    entity = Entity(key=slugify(name), label=name, type="Organization", known=False)
    return Mention(entity, start, end, span.start, span.end)


def in_a_list(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` has a neighbouring line of the same "Name — figure" shape."""
    line_start = text.rfind("\n", 0, line_start) + 1
    previous_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    next_end = text.find("\n", text.find("\n", line_start) + 1)
    previous = text[previous_start : max(line_start - 1, 0)] if line_start else ""
    following = text[text.find("\n", line_start) + 1 : next_end if next_end != -1 else len(text)]
    return any(_LIST_LINE.match(line) for line in (previous, following) if line and text.find("\n", line_start) != -1)
