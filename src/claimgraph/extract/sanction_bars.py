"""Parties a firm's compliance text bars under a sanction: "We do not lease capacity to any company headquartered in
Peru, in line with US export controls", "no hall will be rented to any party on the Entity List". The sanction's
effect is on the parties barred, named by a description rather than a name: the description is the party."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from claimgraph.extract.context import PLACE_TYPES, ReadingContext
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
        if verb.pos_ != "VERB" or not _supplies(verb, context.lexicon.barred_supply_verbs) or not denied_outright(verb):
            continue
        for party in _recipients(verb, sentence, context):
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
                group = context.index.entity_for(_placed_there(_as_a_class(span), sentence, span, context), "Group")
                yield verb, cause, Mention(group, span.start_char, span.end_char, span.start, span.end)


# "in line with US export controls", "consistent with the Entity List rules", "as US export controls require"
_COMPLIANCE = (
    r"in\s+line\s+with|consistent\s+with|in\s+accordance\s+with|in\s+compliance\s+with|as\s+required\s+by|"
    r"(?:to\s+)?comply(?:ing)?\s+with"
)
_COMPLYING = re.compile(rf"\b(?:{_COMPLIANCE}|as)\s+(?:the\s+)?$", re.IGNORECASE)  # before the policy named
_COMPLIANCE_AFTER = re.compile(rf"\s+(?:{_COMPLIANCE})\b", re.IGNORECASE)  # after a party, its sentence's
_REQUIRING = re.compile(r"\s+(?:require|requires|required|demand|demands)\b", re.IGNORECASE)


def _supplies(verb: Token, verbs: frozenset[str]) -> bool:
    """Whether a verb supplies what a sanction may bar: a verb of the lexicon, or a verb and its object written there
    together ("give access")."""
    objects = (lemma(c) for c in verb.children if c.dep_ == "dobj")
    return lemma(verb) in verbs or any(f"{lemma(verb)} {thing}" in verbs for thing in objects)


def _recipients(verb: Token, sentence: Sentence, context: ReadingContext) -> list[Token]:
    """The nouns after the verb's "to" (or its object's: "rent capacity to firms in Peru"), each of a list ("to
    firms in Peru or parties on the Entity List") and of a "… or to …" joined to it; with no "to", an object that
    is a party itself ("does not serve customers in Peru")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    tos = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    # "rent capacity to firms in Peru", however the parser hangs the "to"; not "access to our capacity"
    tos += [c for o in objects for c in o.children if c.lower_ == "to" and any(
        p.dep_ == "pobj" and _a_party_noun(p, sentence, context) for p in c.children)]  # fmt: skip
    if not tos and lemma(verb) in _SERVING:
        return [n for o in objects if _a_party_noun(o, sentence, context) for n in (o, *o.conjuncts)]
    if not tos:
        return []
    tos += [j for t in tos for j in t.conjuncts if j.lower_ == "to"]
    # "to any party on the Entity List or to any company …": the parser may join the second "to" to the first
    # party's own preposition
    tos += [j for t in tos for j in t.subtree if j.lower_ == "to" and j.dep_ == "conj" and j not in tos]
    return [n for t in tos for p in t.children if p.dep_ == "pobj" for n in (p, *p.conjuncts)]


def _a_party_noun(noun: Token, sentence: Sentence, context: ReadingContext) -> bool:
    """Whether an object names those served rather than what is supplied, described so that a sanction could bar
    them: "customers headquartered in Peru", "any entity on the list", or a firm's name ("does not serve Tarn
    Cloud"); not a bare "customers" (whose place the verb may carry) nor a model's name."""
    lexicon = context.lexicon
    word = noun.lemma_.lower()
    if noun.pos_ == "PROPN":
        return any(m.entity.type in BUSINESS_TYPES and m.token_start <= noun.i < m.token_end for m in sentence.mentions)
    party = word in _PARTY_WORDS or word in lexicon.company_nouns or noun.lower_ in lexicon.customer_nouns
    return party and any(c.dep_ in ("acl", "relcl", "prep") for c in noun.children)


# verbs whose object is the one served ("does not serve customers in Peru"), not the thing supplied
_SERVING = frozenset({"serve", "accept", "onboard"})
_PARTY_WORDS = frozenset({"entity", "party", "organisation", "organization", "person"})  # and customer nouns


def _described(noun: Token) -> Span:
    """The words describing one party, without "any" or "the" and up to the next party of a list: "companies
    headquartered in Peru"."""
    doc = noun.doc
    joined = [c.i for c in noun.children if c.dep_ in ("cc", "conj") and c.i > noun.i]
    # "… any party on the Entity List or to any company …": a new party opens, however the parser hung it
    joined += [t.i for t in doc[noun.i + 1 : noun.right_edge.i + 1] if t.lower_ in ("or", "and", ",")
               and _opens_a_party(doc, t.i + 1)]  # fmt: skip
    # "… any firm that ships to Peru, in line with US export controls": the sentence complies, not the party
    joined += [t.i for t in doc[noun.i + 1 : noun.right_edge.i + 1] if t.text == ","
               and _COMPLIANCE_AFTER.match(doc.text, t.idx + 1)]  # fmt: skip
    end = min(joined) if joined else noun.right_edge.i + 1
    start = noun.left_edge.i
    while start < noun.i and doc[start].lower_ in ("any", "no", "every", "the", "a", "an"):
        start += 1
    while end - 1 > noun.i and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


_NEXT_PARTY = frozenset({"to", "any", "no", "every"})


def _opens_a_party(doc: Doc, at: int) -> bool:
    """Whether a new party opens at ``at`` after "or", "and" or a comma: "to", "any", "no", "every", or an article
    before a common noun ("or a company in Peru"); an article before a name continues a list of lists ("the Entity
    List, the Unverified List or …")."""
    if at >= len(doc):
        return False
    word = doc[at]
    if word.lower_ in _NEXT_PARTY:
        return True
    following = doc[at + 1] if at + 1 < len(doc) else None
    return word.lower_ in ("a", "an", "the") and following is not None and following.is_lower


def _placed_there(label: str, sentence: Sentence, span: Span, context: ReadingContext) -> str:
    """A party placed "there" named by the place it means ("has no region in Peru and does not serve customers
    headquartered there": "customers headquartered in Peru"), the last one named before it."""
    if not label.endswith(" there"):
        return label
    places = [m for m in sentence.mentions if m.entity.type in PLACE_TYPES and m.end <= span.start_char]
    place = places[-1].entity if places else context.place
    return f"{label[: -len(' there')]} in {place.label}" if place is not None else label


def _as_a_class(span: Span) -> str:
    """A described party named as the class it stands for: "any company headquartered in Peru" bars "companies
    headquartered in Peru", a singular noun after "any", "no" or "every" made plural (the described words otherwise
    kept, and all of them where a verb agrees with the singular: "any firm that ships to Peru")."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    root = span.root
    agreeing = any(t.tag_ == "VBZ" for t in span)
    if before not in ("any", "no", "every") or root.tag_ != "NN" or not root.is_alpha or agreeing:
        return span.text
    word = root.text
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        plural = word[:-1] + "ies"
    elif word.endswith(("s", "x", "ch", "sh")):
        plural = word + "es"
    else:
        plural = word + "s"
    return doc[span.start : root.i].text_with_ws + plural + doc[root.i : span.end].text[len(word) :]
