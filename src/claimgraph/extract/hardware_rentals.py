"""Hardware rented out, as an offer: "Tarn Cloud rents Nvidia K9 and Osk V4 clusters to model developers", "Pell
rents K9 GPUs by the hour", "trains on K9 capacity rented from Vey Cloud or Brisk". Whoever rents the hardware out
offers it, named as it is sold ("K9 clusters", "Nvidia K9 capacity"), not as the chip its maker sells; the one
renting it from a firm is that firm's customer (the relation rules read that). The words are read off the text as
much as the parse, which often takes "rents" for a noun."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence
from claimgraph.extract.suppliers import verb_subject

_CONFIDENCE = 0.6
_RENTING = re.compile(r"^(?:rents?|rented|renting)$", re.IGNORECASE)
# what hardware is rented as: the phrase's last noun ("K9 clusters", "GPU capacity")
_HELD_AS = frozenset(
    {"capacity", "cluster", "instance", "node", "server", "gpu", "accelerator", "npu", "tpu", "chip", "processor"}
)
# a word that names hardware by itself where no product is named ("GPU capacity", "NPU clusters")
_HARDWARE_WORDS = frozenset({"gpu", "gpus", "npu", "npus", "tpu", "tpus", "accelerator"})
# what a landlord's or a cloud's own hardware is rented "from": its sites, not a seller
_SITE_WORDS = frozenset(
    {"centre", "center", "centres", "centers", "campus", "campuses", "hall", "halls", "site", "sites", "region"}
    | {"regions", "facility", "facilities", "fleet", "cluster", "clusters"}
)


def rented_hardware(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """(Offers, the one renting out, the hardware as sold) for each renting verb of the sentence."""
    doc = sentence.span.doc
    companies = [m for m in sentence.mentions if m.entity.type in BUSINESS_TYPES]
    for token in sentence.tokens:
        if not _RENTING.match(token.text) or token.i + 1 >= sentence.span.end:
            continue
        after = doc[token.i + 1]
        if after.lower_ in ("from", "by") and token.i > sentence.span.start:
            # "K9 capacity rented from Vey Cloud or Brisk": the firms it is rented from offer what comes before
            renters = _firms_after(sentence.doc_text, after, companies) if after.lower_ == "from" else []
            offered = _rented_items(doc, _phrase_before(doc, token, sentence), sentence, context)
            for renter in renters:
                for item in offered:
                    yield "Offers", renter, item, _CONFIDENCE
            continue
        start = token.i + 2 if after.lower_ == "out" else token.i + 1
        phrase = _phrase_after(doc, start, sentence)
        if not phrase:
            continue
        end = phrase[-1].i + 1
        source = doc[end] if end < sentence.span.end else None
        through = source is not None and source.lower_ in ("from", "on", "through", "via")
        firms = _firms_after(sentence.doc_text, source, companies) if source is not None and through else []
        if firms:
            renters = firms  # "rents K9 capacity from Vey Cloud", "rented a K9 instance on Vey": Vey rents it out
        elif _rents_out(doc, token, after, source):
            subject = verb_subject(token, sentence, companies, context) if token.pos_ == "VERB" else None
            renters = [subject] if subject is not None else _named_right_before(token, companies)
        else:
            continue
        for renter in renters:
            for item in _rented_items(doc, phrase, sentence, context):
                if item.entity != renter.entity:
                    yield "Offers", renter, item, _CONFIDENCE


def _rents_out(doc: Doc, verb: Token, after: Token, source: Token | None) -> bool:
    """ "rents out K9s", "rents K9s to developers", "rents K9s by the hour", "from its data centres": renting to
    others; "rents K9s from Vey" (a name, which ``_firms_after`` reads), "from a landlord", "at Vey's campus" or
    "for training" is renting in."""
    if after.lower_ == "out" or source is None:
        return True
    if source.lower_ == "at" or (source.lower_ == "for" and not _a_price_after(source)):
        return False  # "rents K9s at our campus", "rents K9 clusters for training": a tenant's, a user's renting
    if source.lower_ != "from":
        return True  # a firm renting hardware, with no one named it rents from, rents it out
    words = doc[source.i + 1 : source.i + 5]
    return any(w.lower_ in _SITE_WORDS for w in words) and not any(w.pos_ == "PROPN" for w in words[:1])


def _a_price_after(preposition: Token) -> bool:
    """ "for $2.10 an hour", "for about €1.80": what renting costs, as its seller quotes it."""
    following = preposition.doc[preposition.i + 1 : preposition.i + 3]
    return any(t.like_num or t.tag_ == "$" or t.lower_ in ("about", "around", "roughly") for t in following)


def _phrase_after(doc: Doc, start: int, sentence: Sentence) -> list[Token]:
    """The words naming what is rented: up to the first preposition, clause break or verb."""
    phrase: list[Token] = []
    for token in doc[start : sentence.span.end]:
        if token.pos_ in ("ADP", "ADV", "VERB", "AUX", "PART", "SCONJ") or token.text in (".", ";", ":", "—", "(", ")"):
            break
        phrase.append(token)
    while phrase and (phrase[-1].pos_ in ("CCONJ", "PUNCT", "DET") or phrase[-1].lower_ == "and"):
        phrase.pop()
    while phrase and phrase[0].pos_ in ("DET", "PRON"):
        phrase.pop(0)  # "an Nvidia K9 instance", "its K9 clusters": the thing, not its article
    return phrase


def _phrase_before(doc: Doc, participle: Token, sentence: Sentence) -> list[Token]:
    """ "on Nvidia K9 capacity rented from …": the noun phrase the participle follows, back to its first word."""
    phrase: list[Token] = []
    for token in reversed(doc[sentence.span.start : participle.i]):
        if token.pos_ in ("ADP", "VERB", "AUX", "PART", "SCONJ", "DET", "PRON") or token.text in (".", ";", ":", "—"):
            break
        phrase.insert(0, token)
    return phrase


def _rented_items(doc: Doc, phrase: list[Token], sentence: Sentence, context: ReadingContext) -> list[Mention]:
    """Each thing the phrase lists as rented, named with the noun it is rented as: "Nvidia K9 and Osk V4 clusters"
    is "Nvidia K9 clusters" and "Osk V4 clusters"; a list of nothing but common words ("some capacity") names
    nothing."""
    if not phrase or phrase[-1].lemma_.lower() not in _HELD_AS:
        return []
    head = phrase[-1]
    items: list[list[Token]] = [[]]
    for token in phrase[:-1]:
        if token.pos_ == "CCONJ" or token.text == ",":
            items.append([])
        else:
            items[-1].append(token)
    found = []
    for words in (w for w in items if w):
        named = any(m.token_start <= words[-1].i < m.token_end for m in sentence.mentions if m.entity.type == "Product")
        if not named and not any(w.lower_ in _HARDWARE_WORDS for w in words):
            continue
        if not named and all(w.pos_ not in ("PROPN", "NOUN") for w in words):
            continue
        label = " ".join(w.text for w in words) + " " + head.text
        entity = context.index.entity_for(label, "Product")
        last = head if words[-1].i + 1 == head.i else words[-1]
        found.append(Mention(entity, words[0].idx, last.idx + len(last.text), words[0].i, last.i + 1))
    if not found and any(w.lower_ in _HARDWARE_WORDS for w in phrase[:-1]) and len(phrase) <= 3:
        label = " ".join(w.text for w in phrase)  # "GPU capacity" as one thing
        entity = context.index.entity_for(label, "Product")
        found.append(Mention(entity, phrase[0].idx, head.idx + len(head.text), phrase[0].i, head.i + 1))
    return found


def _firms_after(text: str, preposition: Token, companies: list[Mention]) -> list[Mention]:
    """The firms a "from" names, and those listed with it ("from Vey Cloud or Brisk", "from Vey, Brisk and Pell")."""
    firms: list[Mention] = []
    at = preposition.idx + len(preposition.text) + 1
    for mention in sorted(companies, key=lambda m: m.start):
        if mention.start < at:
            continue
        if mention.start != at:
            break
        firms.append(mention)
        gap = re.match(r"(?:,\s*(?:or |and )?|\s+(?:or|and)\s+)", text[mention.end : mention.end + 8])
        if gap is None:
            break
        at = mention.end + gap.end()
    return firms


def _named_right_before(verb: Token, companies: list[Mention]) -> list[Mention]:
    """ "Lambda rents …" parsed with "rents" as a noun: the firm named just before the word."""
    return [m for m in companies if m.end + 1 == verb.idx]


def rented_as_sold(found: list[Found]) -> list[Found]:
    """ "Pell rents K9 GPUs": the K9 offered as "K9 GPUs" is one offer; the chip's own name, read by the relation
    rules from the same words, goes."""
    rented = [(s.entity, o) for t, s, o, c in found if t == "Offers" and c == _CONFIDENCE and " " in o.entity.label]

    def covered(seller: Mention, thing: Mention) -> bool:
        return any(
            entity == seller.entity
            and other.entity != thing.entity
            and other.start <= thing.start
            and thing.end <= other.end
            for entity, other in rented
        )

    return [f for f in found if f[0] != "Offers" or not covered(f[1], f[2])]
