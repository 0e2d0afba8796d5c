"""SanctionEffect claims: what a sanction or export control did to whom.

A sentence states one when an effect verb ("locked out", "made it harder for", "pushed", "disadvantages",
"accelerate") has a sanction as its cause — named in the sentence (subject, or "through export controls"), or
the one under discussion referred to ("they", "the pressure", "this environment") — and a party it acts on; or
when a party "has benefited from" / "suffered under" the sanction. An aim ("designed to slow") is not an
effect, so it is not a claim. Each (sanction, party, effect) is one claim: the effect word is part of its
identity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import Mention, Sentence
from claimgraph.extract.normalize import modality_of
from claimgraph.extract.references import antecedent, lemma, stand_in
from claimgraph.extract.spans import clause_window, evidence_for
from claimgraph.records import Claim, Evidence

NAMING_REACH = 2  # paragraphs back a sanction may be named for "the restrictions" / "the sanctions" to mean it


def sanction_claims(sentence: Sentence, context: ReadingContext) -> list[Claim]:
    claims = []
    for verb, cause, party in _effects(sentence, context):
        evidence = _evidence(sentence, verb, party)
        claims.append(
            Claim(
                type="SanctionEffect",
                subject=cause.entity,
                object=party.entity,
                effect=lemma(verb),
                modality=_modality(sentence),
                confidence=0.6 if cause.start == verb.idx else 0.7,
                evidence=(evidence,),
            )
        )
    return claims


def _effects(sentence: Sentence, context: ReadingContext) -> Iterator[tuple[Token, Mention, Mention]]:
    cues = context.lexicon.sanction
    doc = sentence.span.doc
    policies = [m for m in sentence.mentions if m.entity.type == "Policy"]
    parties = [m for m in sentence.mentions if m.entity.type in cues.party_types and m.entity.type != "Policy"]
    if not parties or (
        not policies and (context.policy is None or sentence.paragraph - context.policy_paragraph > NAMING_REACH)
    ):
        return  # no sanction named here or lately: nothing to read
    for verb in sentence.span:
        name = lemma(verb)
        if verb.pos_ not in ("VERB", "ADJ") or _intended(sentence, verb, cues.intent):
            continue
        party = cause = None
        if name in cues.effect_lemmas:
            party = _acted_on(verb, parties, doc) or _owner_acted_on(sentence, verb, context)
            cause = _cause(sentence, verb, policies, context)
        if party is None and (
            name in cues.experiencer_lemmas or name in cues.effect_lemmas or _under(verb, policies, doc)
        ):
            # the party is the subject: "Qwen has benefited from this environment", "Chinese clouds are rationing
            # GPU hours as a result", "Under the US export controls, Nvidia cannot sell …"
            party = next((m for m in parties if m.root(doc).head == verb and m.root(doc).dep_ == "nsubj"), None)
            cause = _under(verb, policies, doc) or _cause(sentence, verb, policies, context, experiencer=True)
        if party is not None and cause is not None:
            yield verb, cause, party


def _under(verb: Token, policies: list[Mention], doc: Doc) -> Mention | None:
    """A sanction named as the circumstance of the verb's clause: "Under the current US export controls, …"."""
    for policy in policies:
        prep = policy.root(doc).head
        if policy.root(doc).dep_ == "pobj" and prep.lower_ in ("under", "amid", "despite") and prep.head == verb:
            return policy
        if policy.end <= verb.idx and policy.root(doc).head == verb and policy.root(doc).dep_ == "nsubj":
            return None  # the sanction is the subject: its object is the party, read above
    return None


def _owner_acted_on(sentence: Sentence, verb: Token, context: ReadingContext) -> Mention | None:
    """ "the curbs had cut its data-centre revenue": the party is whoever "its" refers to."""
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        owner = next((c for c in child.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if owner is not None:
            referent = antecedent(sentence, owner.idx) or context.topic
            return stand_in(referent, owner) if referent is not None else None
    return None


def _acted_on(verb: Token, parties: list[Mention], doc: Doc) -> Mention | None:
    """The first party in the verb's object side ("locked out Western AI", "harder for Chinese companies"),
    else, for a passive effect with no party of its own ("access … is restricted"), the sentence's party."""
    objects = [m for m in parties if verb in m.root(doc).ancestors and m.start > verb.idx]
    if objects:
        return objects[0]
    if any(child.dep_ == "nsubjpass" for child in verb.children):
        return parties[0]
    return None


def _cause(
    sentence: Sentence, verb: Token, policies: list[Mention], context: ReadingContext, experiencer: bool = False
) -> Mention | None:
    """The sanction behind the effect: named in the subject or a "through"/"from"/"by" phrase of the verb, or
    named anywhere before it in the sentence; else the one under discussion when the sentence refers to it."""
    doc = sentence.span.doc
    for policy in policies:
        root = policy.root(doc)
        if verb in root.ancestors or policy.end <= verb.idx:
            return policy
    if context.policy is None:
        return None
    distance = sentence.paragraph - context.policy_paragraph
    window = sentence.doc_text[verb.idx : sentence.end] if experiencer else sentence.doc_text[sentence.start : verb.idx]
    reference = _reference_pattern(context.lexicon.sanction.references).search(window)
    if reference is not None and reference.group(0).lower().startswith(("the ", "these ", "those ")):
        return stand_in(context.policy, verb) if distance <= NAMING_REACH else None
    # pronouns ("they", "this environment") and agentless passives ("access … is restricted") only within the
    # paragraph that names the sanction
    if distance == 0 and (reference is not None or _agentless_passive(verb) or _obliged(verb)):
        return stand_in(context.policy, verb)
    return None


def _obliged(verb: Token) -> bool:
    """ "have had to stretch", "were forced to ration": a necessity, in a paragraph about the sanction, is its
    effect."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in ("have", "force", "need", "compel", "oblige")


def _agentless_passive(verb: Token) -> bool:
    deps = {child.dep_ for child in verb.children}
    return "nsubjpass" in deps and "agent" not in deps


@lru_cache(maxsize=4)
def _reference_pattern(references: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(r) for r in references) + r")\b", re.IGNORECASE)


def _intended(sentence: Sentence, verb: Token, intent: tuple[str, ...]) -> bool:
    lead = sentence.doc_text[max(sentence.start, verb.idx - 30) : verb.idx].lower()
    return any(phrase in lead for phrase in intent)


def _evidence(sentence: Sentence, verb: Token, party: Mention) -> Evidence:
    start, end = clause_window(sentence, verb.idx, verb.idx + len(verb.text))
    return evidence_for(sentence, (min(start, party.start), max(end, party.end)))


def _modality(sentence: Sentence) -> str:
    modality = modality_of(sentence.text)
    return modality if modality in ("negated", "reported") else "asserted"
