"""Laws and orders named by their title: "Ruritania's Strategic Goods Act", "the Strategic Goods (Control) Act", "the
Export Control Order 2024". A run of capitalised words ending in a word that makes an instrument of law ("Act",
"Order", "Regulations") names a policy, whether or not the gazetteer or the NER knows it. The small English model tags
few such titles as laws, so the title's shape is read instead, with what keeps ordinary words out: two capitalised
words at least ("Balancing Act", "Work Order" are none), the instrument a noun ("Hyperscalers Act on …" is a
verb), no headline (whose words beyond its names are capitalised), and no name a known mention already gives. The
country owning or opening the title ("Ruritania's", "US") is its issuer, not part of its name."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from claimgraph.extract.document import EntityIndex, Mention, clean_name

INSTRUMENTS = frozenset({"Act", "Order", "Regulations", "Ordinance", "Decree", "Directive", "Law"})
# "Science and Technology Act", "Goods (Control) Act", "(Restricted End-Users) Order"
_JOINING = frozenset({"and", "of", "on", "for", "(", ")", "&", "-"})
_NAME_TAGS = frozenset({"PROPN", "NOUN", "ADJ", "NUM"})


def law_mentions(doc: Doc, index: EntityIndex, known: list[Mention]) -> Iterable[Mention]:
    for token in doc:
        if token.text not in INSTRUMENTS or token.pos_ not in ("PROPN", "NOUN"):
            continue
        first = _title_start(token, index)
        if first is None:
            continue
        end = token.i + 1
        if end < len(doc) and doc[end].like_num and len(doc[end].text) == 4:
            end += 1  # "the Strategic Goods Act 2010"
        name = doc[first.i : end]
        if _a_headline(token.sent, name):
            continue  # "Oracle Wins Record Order From OpenAI": a headline's capitals name nothing
        if any(m.start < name.end_char and name.start_char < m.end for m in known if m.entity.known):
            continue  # "the CHIPS and Science Act": the gazetteer's
        # the span takes the article in, as the NER's spans do ("the Strategic Goods"), so that it covers theirs
        start = first.i - 1 if first.i > 0 and doc[first.i - 1].lower_ == "the" else first.i
        span = doc[start:end]
        yield Mention(index.entity_for(clean_name(name.text), "Policy"), span.start_char, span.end_char, start, end)


def _title_start(instrument: Token, index: EntityIndex) -> Token | None:
    """The first word of the title ending in ``instrument``: capitalised words back to a determiner, a possessive
    or a word in lower case, joined by "and", "of" and brackets; a country opening it, or a sentence's first word
    that is no name, is left out; two capitalised words at least."""
    doc = instrument.doc
    words: list[Token] = []
    i = instrument.i - 1
    while i >= 0:
        word = doc[i]
        if word.text in _JOINING and (words or word.text == ")"):
            i -= 1
            continue
        named = word.pos_ in _NAME_TAGS or word.tag_ in ("VBN", "VBG")  # "(Restricted End-Users) Order"
        if not (word.is_title or word.is_upper) or not named or word.tag_ == "POS":
            break
        words.insert(0, word)
        i -= 1
    while words and (_a_country(words[0], index) or (words[0].is_sent_start and words[0].pos_ != "PROPN")):
        words.pop(0)  # "the US CHIPS Act": the US issued it; "Yesterday Strategic Goods Act": no name's word
    return words[0] if len(words) >= 2 or (words and words[0].is_upper and len(words[0]) > 1) else None


def _a_headline(sentence: Span, name: Span) -> bool:
    """Whether the line is a headline, every longer word beyond the title capitalised ("Oracle Wins Record Order From
    OpenAI"); a word in lower case ("Osk Labs cited Ruritania's Strategic Goods Act") makes it prose."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3 and not name.start <= t.i < name.end]
    return len(words) >= 2 and all(t.is_title or t.is_upper for t in words)


def _a_country(word: Token, index: EntityIndex) -> bool:
    named = index.named(word.text)
    return named is not None and named.type == "Country"
