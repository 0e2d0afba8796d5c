"""A site or offering built on hardware: "The Lima data centre runs on K9 GPUs", "Hall 4 … will run on K9 racks",
"its P7 instances, which run on K9 systems", "The campus is designed for K9 racks", "The hall runs K9 servers".
The thing run is named by its own words before a site or fleet noun ("Lima data centre", "Hall 4", "P7
instances"), or is the site "the campus" or "the site" refers back to; it is built on the hardware the verb runs
it on, or, for a site, the hardware it runs."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import Found, Mention, Sentence
from claimgraph.extract.site_names import site_referred, thing_named

_RUNNING = frozenset({"run", "build", "base", "power", "equip", "design"})
_ON = frozenset({"on", "upon", "around", "atop", "by", "with"})
_DESIGNED_FOR = "for"  # "designed for K9 racks", never "built for Osk"
_HOLDING = frozenset({"run", "house", "hold", "use"})  # "The hall runs K9 servers", "The site houses K9 racks"
_RELATIVES = frozenset({"which", "that"})


def sites_built_on(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    for verb in sentence.tokens:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        lemma = verb.lemma_.lower()
        bases = _bases_of(verb, sentence) if lemma in _RUNNING else []
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:  # "The factory runs on …", which the parser may read as a compound of "runs"
            subject = next((c for c in verb.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
        if subject is not None and subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
            subject = verb.head  # "its P7 instances, which run on …"
        if bases:
            run = next((c for c in verb.children if c.dep_ == "dobj"), None)  # "ran the campus on K9 GPUs"
            site = _run_thing(subject, sentence, context)
            if site is None and run is not None:  # a site, never a fleet, as the verb's object
                site = _site_only(run, sentence, context) or site_referred(run, sentence, context)
        elif lemma in _HOLDING and subject is not None:
            site = site_referred(subject, sentence, context) or _site_only(subject, sentence, context)
            bases = _hardware_held(verb, sentence, context) if site is not None else []
        else:
            continue
        if site is not None:
            yield from (("BuiltOn", site, base, 0.6) for base in bases)


def _bases_of(verb: Token, sentence: Sentence) -> list[Mention]:
    """The hardware the verb's "on" (or a design's "for") names; the parser may hang it on the verb's object."""
    run = next((c for c in verb.children if c.dep_ == "dobj"), None)
    preps = [
        p
        for p in (*verb.children, *(run.children if run is not None else ()))
        if p.dep_ == "prep" and (p.lower_ in _ON or (p.lower_ == _DESIGNED_FOR and verb.lemma_.lower() == "design"))
    ]
    return [m for p in preps for m in _hardware_under(p, sentence)]


def _run_thing(noun: Token | None, sentence: Sentence, context: ReadingContext) -> Mention | None:
    """The site, fleet or offering a noun names by its own words, or the site it refers back to."""
    if noun is None:
        return None
    lexicon = context.lexicon
    nouns = lexicon.site_nouns | lexicon.fleet_nouns | lexicon.rented_hardware_nouns
    if any(m.token_start <= noun.i < m.token_end for m in sentence.mentions):
        return None  # a name the readers of names found, which they relate
    named = thing_named(noun, sentence, context) if noun.lemma_.lower() in nouns else None
    return named or site_referred(noun, sentence, context)


def _site_only(noun: Token, sentence: Sentence, context: ReadingContext) -> Mention | None:
    """A site, never a fleet or an offering, named by its own words: "The Lima campus runs K9 racks" (but "Osk's
    P7 instances use K9 chips" the readers of names relate)."""
    if noun.lemma_.lower() not in context.lexicon.site_nouns or any(
        m.token_start <= noun.i < m.token_end for m in sentence.mentions
    ):
        return None
    return thing_named(noun, sentence, context)


def _hardware_held(verb: Token, sentence: Sentence, context: ReadingContext) -> list[Mention]:
    """The hardware a site's verb takes as its object: products whose phrase ends in a hardware noun ("Nvidia HGX
    H100 servers", "racks of K9 systems"), not a service it hosts or a model it serves."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in context.lexicon.hardware_nouns | _SYSTEM_NOUNS:
        return []
    span = range(obj.left_edge.i, obj.right_edge.i + 1)
    return [m for m in sentence.mentions if m.token_start in span and m.entity.type == "Product"]


_SYSTEM_NOUNS = frozenset({"system", "server", "node", "supernode", "pod"})


def _hardware_under(prep: Token, sentence: Sentence) -> list[Mention]:
    """The products named in the noun phrase after the preposition ("on 48 K9 NVL72 racks", "with K9 GPUs"), read as
    words up to the phrase's end, since the parser may hang its head noun on the verb instead."""
    end = prep.i + 1
    doc = sentence.span.doc
    while end < sentence.span.end and _in_the_phrase(doc[end]):
        end += 1
    return [m for m in sentence.mentions if prep.i < m.token_start < end and m.entity.type == "Product"]


_PHRASE_TAGS = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "DET", "ADV"})


def _in_the_phrase(token: Token) -> bool:
    """Whether a word goes on a noun phrase: "on Osk's K9 racks" (an owner's possessive), "for liquid-cooled K9
    racks" (a hyphenated modifier the tagger reads as a verb)."""
    return (
        token.pos_ in _PHRASE_TAGS
        or token.lower_ in ("'s", "’s")
        or token.tag_ == "HYPH"
        or (token.pos_ == "VERB" and token.dep_ == "amod")
    )
