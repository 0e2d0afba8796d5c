"""Parties a firm's compliance text bars under a sanction: "We do not lease capacity to any company headquartered in
Peru, in line with US export controls", "no hall will be rented to any party on the Entity List". The sanction's
effect is on the parties barred, named by a description rather than a name: the description is the party."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Mention, Sentence
from claimgraph.extract.references import denied_outright, lemma


def barred_parties(sentence: Sentence, context: ReadingContext) -> Iterator[tuple[Token, Mention, Mention]]:
    """(verb, sanction, party) for each party a denied supply verb names after "to", in a sentence that names the
    sanction ("in line with US export controls", "any party on the Entity List")."""
    text = sentence.doc_text
    policies = [m for m in sentence.mentions if m.entity.type == "Policy"]
    if not policies:
        return
    complied = [m for m in policies if _COMPLYING.search(text, max(0, m.start - 40), m.start) or _REQUIRING.match(
        text, m.end)]  # fmt: skip
    for verb in sentence.tokens:
        if verb.pos_ != "VERB" or lemma(verb) not in context.lexicon.barred_supply_verbs or not denied_outright(verb):
            continue
        for party in _recipients(verb):
            span = _described(party)
            # the sanction the party's own words name ("any party on the Entity List"), else one the sentence says
            # the denial complies with ("in line with US export controls"); a rule named elsewhere bars no one
            cause = next((m for m in policies if span.start_char <= m.start < span.end_char), None)
            cause = cause or (complied[0] if complied else None)
            named = next((m for m in sentence.mentions if m.start <= party.idx < m.end), None)
            if cause is None:
                continue
            if named is not None and named.entity.type in BUSINESS_TYPES:
                yield verb, cause, named
            elif named is None or named.entity.type == "Policy":
                group = context.index.entity_for(span.text, "Group")
                yield verb, cause, Mention(group, span.start_char, span.end_char, span.start, span.end)


# "in line with US export controls", "consistent with the Entity List rules", "as US export controls require"
_COMPLYING = re.compile(
    r"\b(?:in\s+line\s+with|consistent\s+with|in\s+accordance\s+with|in\s+compliance\s+with|as\s+required\s+by|"
    r"(?:to\s+)?comply(?:ing)?\s+with|as)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_REQUIRING = re.compile(r"\s+(?:require|requires|required|demand|demands)\b", re.IGNORECASE)


def _recipients(verb: Token) -> list[Token]:
    """The nouns after the verb's "to", each of a list ("to firms in Peru or parties on the Entity List") and of a
    "… or to …" joined to it."""
    tos = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    tos += [j for t in tos for j in t.conjuncts if j.lower_ == "to"]
    return [n for t in tos for p in t.children if p.dep_ == "pobj" for n in (p, *p.conjuncts)]


def _described(noun: Token) -> Span:
    """The words describing one party, without "any" or "the" and up to the next party of a list: "companies
    headquartered in Peru"."""
    doc = noun.doc
    joined = [c.i for c in noun.children if c.dep_ in ("cc", "conj") and c.i > noun.i]
    end = min(joined) if joined else noun.right_edge.i + 1
    start = noun.left_edge.i
    while start < noun.i and doc[start].lower_ in ("any", "the", "a", "an"):
        start += 1
    while end - 1 > noun.i and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]
