"""A named site or offering built on hardware: "The Lima data centre runs on K9 GPUs", "Hall 4 … will run on K9
racks", "its P7 instances, which run on K9 systems". The thing run has a name of its own words (a place, a number, a
code) before a site or fleet noun, and no entity yet; it is named by those words, as a reader names it ("Lima data
centre", "Hall 4", "P7 instances"), and is built on what the verb runs it on."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import Found, Mention, Sentence, clean_name

_RUNNING = frozenset({"run", "build", "base", "power", "equip"})
_ON = frozenset({"on", "upon", "around", "atop", "by", "with"})
_RELATIVES = frozenset({"which", "that"})


def sites_built_on(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    nouns = context.lexicon.site_nouns | context.lexicon.fleet_nouns | context.lexicon.rented_hardware_nouns
    for verb in sentence.tokens:
        if verb.lemma_.lower() not in _RUNNING or verb.pos_ not in ("VERB", "AUX"):
            continue
        bases = [m for p in verb.children if p.dep_ == "prep" and p.lower_ in _ON for m in _hardware_under(p, sentence)]
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if not bases or subject is None:
            continue
        if subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
            subject = verb.head  # "its P7 instances, which run on …"
        if subject.lemma_.lower() not in nouns or any(
            m.token_start <= subject.i < m.token_end for m in sentence.mentions
        ):
            continue
        names = [m for m in sentence.mentions if m.entity.type not in ("Country", "Region")]  # not "Norwegian"
        name = _name_of(subject, {i for m in names for i in range(m.token_start, m.token_end)})
        if name is None or any(
            name.start <= m.token_start < name.end and m.entity.type in ("Product", "Model") for m in sentence.mentions
        ):
            continue  # "Osk's K9 servers run on …": a product named, which the readers of names relate
        site = Mention(context.index.entity_for(clean_name(name.text), "Product"), name.start_char, name.end_char,
                       name.start, name.end)  # fmt: skip
        for base in bases:
            yield "BuiltOn", site, base, 0.6


def _hardware_under(prep: Token, sentence: Sentence) -> list[Mention]:
    """The products named in the noun phrase after the preposition ("on 48 K9 NVL72 racks", "with K9 GPUs"), read as
    words up to the phrase's end, since the parser may hang its head noun on the verb instead."""
    end = prep.i + 1
    doc = sentence.span.doc
    while end < sentence.span.end and (doc[end].pos_ in _PHRASE_TAGS or doc[end].lower_ in ("'s", "’s")):
        end += 1  # "on Osk's K9 racks": an owner's possessive stays in the phrase
    return [m for m in sentence.mentions if prep.i < m.token_start < end and m.entity.type == "Product"]


_PHRASE_TAGS = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "DET", "ADV"})
_SIZE = re.compile(r"(?:[\d.,]+\s*)?(?:kw|mw|gw|gpus?)")


def _a_code(token: Token) -> bool:
    return any(c.isdigit() for c in token.text) and any(c.isalpha() for c in token.text)


def _name_of(noun: Token, mentioned: set[int]) -> Span | None:
    """The site's words, from its first name word to the noun, without determiners or an owner ("the Lima data
    centre" → "Lima data centre", "Osk's P7 instances" → "P7 instances"); none without a name word."""
    doc = noun.doc
    # not a describing word ("the new Lima campus", "the Ruritanian campus"), though a name the tagger took for one,
    # which the readers of names found, is a name ("the Tarnby campus", "Tarnby" read as an adjective)
    words = [
        t
        for t in noun.subtree
        if t.i <= noun.i and t.dep_ not in ("det", "poss", "case", "punct") and (t.dep_ != "amod" or t.i in mentioned)
    ]
    words = [t for t in words if not any(a.dep_ == "poss" for a in t.ancestors if a.i <= noun.i and a != noun)]
    # a name's word: capitalised, not opening the sentence unless a proper noun ("Three sites", "Its pods"), or
    # a code with digits and letters ("P7"); a bare number before the noun counts them ("40 clusters")
    named = [
        t
        for t in words
        if t.i < noun.i
        and ((t.text[:1].isupper() and (t.pos_ == "PROPN" or not t.is_sent_start)) or _a_code(t))
        and not (t.like_num and t.dep_ == "nummod")
        and not _SIZE.fullmatch(t.lower_)  # "a 35 MW hall", "a 300MW campus", "a 9,000-GPU cluster": its size
    ]
    if not named:
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if after is not None and after.like_num and noun.is_title:
            return doc[noun.i : noun.i + 2]  # "Hall 4"
        return None
    return doc[named[0].i : noun.i + 1]
