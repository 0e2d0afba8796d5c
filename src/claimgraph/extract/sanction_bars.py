"""Parties a firm's compliance text bars under a sanction: "We do not lease capacity to any company headquartered in
Peru, in line with US export controls", "no hall will be rented to any party on the Entity List". The sanction's
effect is on the parties barred, named by a description rather than a name: the description is the party."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Mention, Sentence
from claimgraph.extract.references import lemma

_NO_WORDS = frozenset({"no", "never", "not", "longer", "neither", "nor"})


def barred_parties(sentence: Sentence, context: ReadingContext) -> Iterator[tuple[Token, Mention, Mention]]:
    """(verb, sanction, party) for each party a denied supply verb names after "to", in a sentence that names the
    sanction ("in line with US export controls", "any party on the Entity List")."""
    policies = [m for m in sentence.mentions if m.entity.type == "Policy"]
    if not policies:
        return
    for verb in sentence.tokens:
        if verb.pos_ != "VERB" or lemma(verb) not in context.lexicon.barred_supply_verbs or not _denied(verb):
            continue
        for party in _recipients(verb):
            span = _described(party)
            named = next((m for m in sentence.mentions if m.start <= party.idx < m.end), None)
            if named is not None and named.entity.type in BUSINESS_TYPES:
                yield verb, _cause(span, policies), named
            elif named is None or named.entity.type == "Policy":
                group = context.index.entity_for(span.text, "Group")
                yield verb, _cause(span, policies), Mention(group, span.start_char, span.end_char, span.start, span.end)


def _denied(verb: Token) -> bool:
    """ "does not lease", "must not provide", "no capacity will be leased": the supply denied outright."""
    arguments = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(c.lower_ in _NO_WORDS for c in verb.children) or any(
        d.lower_ == "no" for a in arguments for d in a.children if d.dep_ == "det"
    )


def _recipients(verb: Token) -> list[Token]:
    """The nouns after the verb's "to", with those of a "… or to …" joined to it."""
    tos = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    tos += [j for t in tos for j in t.conjuncts if j.lower_ == "to"]
    return [p for t in tos for p in t.children if p.dep_ == "pobj"]


def _described(noun: Token) -> Span:
    """The words describing the party, without "any" or "the": "companies headquartered in Peru"."""
    words = [t for t in noun.subtree if t.dep_ not in ("cc", "conj") or t.i < noun.i]
    start = min(t.i for t in words)
    end = max(t.i for t in words) + 1
    doc = noun.doc
    while start < noun.i and doc[start].lower_ in ("any", "the", "a", "an"):
        start += 1
    return doc[start:end]


def _cause(party: Span, policies: list[Mention]) -> Mention:
    """The sanction the party's own words name ("any party on the Entity List"), else the sentence's first."""
    inside = [m for m in policies if party.start_char <= m.start < party.end_char]
    return (inside or policies)[0]
