"""Laws and orders named by their title: "Malaysia's Strategic Trade Act", "the Strategic Goods (Control) Act", "the
Export Control Order 2024". A run of capitalised words ending in a word that makes an instrument of law ("Act",
"Order", "Regulations") names a policy, whether or not the gazetteer or the NER knows it; the country owning it
("Malaysia's") is its issuer, not part of its name. The small English model tags few such titles as laws, so the
title's shape is read instead."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from claimgraph.extract.document import EntityIndex, Mention, clean_name

INSTRUMENTS = frozenset({"Act", "Order", "Regulations", "Ordinance", "Decree", "Directive", "Law"})
# "Science and Technology Act", "Goods (Control) Act", "(Restricted End-Users) Order"
_JOINING = frozenset({"and", "of", "on", "for", "(", ")", "&", "-"})
_NAME_TAGS = frozenset({"PROPN", "NOUN", "ADJ", "NUM"})


def law_mentions(doc: Doc, index: EntityIndex) -> Iterable[Mention]:
    for token in doc:
        if token.text not in INSTRUMENTS or token.i == 0:
            continue
        first = _title_start(token)
        if first is None:
            continue
        end = token.i + 1
        if end < len(doc) and doc[end].like_num and len(doc[end].text) == 4:
            end += 1  # "the Strategic Trade Act 2010"
        name = doc[first.i : end]
        # the span takes the article in, as the NER's spans do ("the Strategic Trade"), so that it covers theirs
        start = first.i - 1 if first.i > 0 and doc[first.i - 1].lower_ == "the" else first.i
        span = doc[start:end]
        yield Mention(index.entity_for(clean_name(name.text), "Policy"), span.start_char, span.end_char, start, end)


def _title_start(instrument: Token) -> Token | None:
    """The first word of the title ending in ``instrument``: capitalised words back to a determiner, a possessive
    or a word in lower case, joined by "and", "of" and brackets; at least one capitalised word, and not a title
    opening a sentence with its preposition ("Under Export Act" is "Export Act")."""
    doc = instrument.doc
    first: Token | None = None
    i = instrument.i - 1
    while i >= 0:
        word = doc[i]
        if word.text in _JOINING and (first is not None or word.text == ")"):
            i -= 1
            continue
        named = word.pos_ in _NAME_TAGS or word.tag_ in ("VBN", "VBG")  # "(Restricted End-Users) Order"
        if not (word.is_title or word.is_upper) or not named or word.tag_ == "POS":
            break
        first = word
        i -= 1
    return first
