"""Relation claims (Develops, Offers, CustomerOf, SubsidiaryOf, BuiltOn, OperatesIn) between two mentions in
one sentence, found by three kinds of pattern: a possessive ("Alibaba’s Qwen"), a parenthesis
("Moonshot (Kimi)", "Volcano Engine (ByteDance)"), and a verb or noun linking them in the parse tree, its lemma
and the two entity types deciding the relation (patterns/claims.json)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import TOPIC_TYPES, ReadingContext
from claimgraph.extract.document import Mention, Sentence
from claimgraph.extract.lexicon import RelationRule
from claimgraph.extract.normalize import modality_of
from claimgraph.extract.spans import evidence_for
from claimgraph.records import Claim, Entity, slugify


def relation_claims(sentence: Sentence, context: ReadingContext) -> list[Claim]:
    claims: list[Claim] = []
    for claim_type, subject, obj, confidence in _relations(sentence, context):
        if subject.entity == obj.entity:
            continue
        context.note_subject(subject.entity, sentence)
        claims.append(
            Claim(
                type=claim_type,
                subject=subject.entity,
                object=obj.entity,
                modality=_modality(sentence),
                confidence=confidence,
                evidence=(evidence_for(sentence, (subject.start, subject.end), (obj.start, obj.end)),),
            )
        )
    return claims


def _relations(sentence: Sentence, context: ReadingContext) -> Iterator[tuple[str, Mention, Mention, float]]:
    lexicon = context.lexicon
    owners, owned = lexicon.possessive_owners, lexicon.possessive_owned
    mentions = sentence.mentions
    found: set[tuple[str, str, str]] = set()

    def emit(
        claim_type: str, a: Mention, b: Mention, confidence: float
    ) -> Iterator[tuple[str, Mention, Mention, float]]:
        key = (claim_type, a.entity.key, b.entity.key)
        if key not in found:
            found.add(key)
            yield claim_type, a, b, confidence

    for a, b in zip(mentions, mentions[1:], strict=False):
        gap = sentence.span.doc.text[a.end : b.start]
        if re.fullmatch(r"[’']s\s+(?:[\w-]+\s+){0,3}", gap) and a.entity.type in owners and b.entity.type in owned:
            yield from emit("Develops", a, b, 0.85)
        if re.fullmatch(r"\s*\(\s*", gap) and sentence.span.doc.text[b.end : b.end + 2].lstrip().startswith(")"):
            relation = _parenthesis(a.entity, b.entity)
            if relation:
                yield from emit(relation, a, b, 0.8)
        phrase = gap.lower()
        if a.entity.type in ("Company", "Cloud", "Organization") and b.entity.type in ("Company", "Cloud", "Product"):
            if any(p in phrase for p in lexicon.parent_phrases):
                yield from emit("SubsidiaryOf", b, a, 0.8)
            elif any(p in phrase for p in lexicon.child_phrases):
                yield from emit("SubsidiaryOf", a, b, 0.8)
    for mention in mentions:
        owner = _possessive_owner(sentence, mention, context)
        if owner is not None and owner.type in owners and mention.entity.type in owned:
            yield from emit("Develops", _as_mention(owner, mention), mention, 0.7)
    linkable = [_as_models(sentence, m, context) for m in mentions]
    for i, a in enumerate(linkable):
        for b in linkable[i + 1 :]:
            for rule, subject, obj in _linked(sentence, a, b, lexicon.relation_rules):
                yield from emit(rule.type, subject, obj, 0.65)


def _as_models(sentence: Sentence, mention: Mention, context: ReadingContext) -> Mention:
    """ "OpenAI’s linguistic and reasoning capabilities" stand for the company's models as one group entity, so
    a cloud integrating them offers "OpenAI models"; any other mention stands for itself."""
    if mention.entity.type not in ("Company", "Lab"):
        return mention
    doc = sentence.span.doc
    root = mention.root(doc)
    if root.dep_ != "poss" or root.head.lower_ not in context.lexicon.capability_nouns:
        return mention
    name = f"{mention.entity.label} models"
    entity = context.index_named(name) or Entity(key=slugify(name), label=name, type="Group", known=False)
    return Mention(entity, mention.start, mention.end, mention.token_start, mention.token_end)


def _parenthesis(outside: Entity, inside: Entity) -> str | None:
    """ "Moonshot (Kimi)": a developer and its model; "Volcano Engine (ByteDance)": a unit and its parent."""
    if outside.type in ("Company", "Lab") and inside.type in ("Model", "Product"):
        return "Develops"
    if outside.type in ("Cloud", "Product", "Company") and inside.type == "Company" and outside.known and inside.known:
        return "SubsidiaryOf"
    return None


def _possessive_owner(sentence: Sentence, mention: Mention, context: ReadingContext) -> Entity | None:
    """ "its Qwen models", "QClaw is Tencent’s attempt": whose the mentioned thing is, when the text says so."""
    doc = sentence.span.doc
    root = mention.root(doc)
    head = root if root.dep_ != "compound" else root.head
    for token in (head, *([head.head] if head.dep_ in ("nsubj",) else [])):
        for child in token.children:
            if child.dep_ == "poss" and child.lower_ == "its":
                return _antecedent(sentence, child.idx) or context.topic
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        for attr in root.head.children:
            if attr.dep_ == "attr":
                owner = next((c for c in attr.children if c.dep_ == "poss"), None)
                if owner is not None:
                    return next((m.entity for m in sentence.mentions if m.token_start <= owner.i < m.token_end), None)
    return None


def _antecedent(sentence: Sentence, before: int) -> Entity | None:
    """What "its" refers to: the nearest company-like entity named earlier in the same sentence."""
    earlier = [m.entity for m in sentence.mentions if m.end <= before and m.entity.type in TOPIC_TYPES]
    return earlier[-1] if earlier else None


def _as_mention(entity: Entity, near: Mention) -> Mention:
    """A stand-in mention for an entity resolved from context, anchored where the reference stands."""
    return Mention(entity, near.start, near.end, near.token_start, near.token_end)


def _linked(
    sentence: Sentence, a: Mention, b: Mention, rules: tuple[RelationRule, ...]
) -> Iterator[tuple[RelationRule, Mention, Mention]]:
    """Rules whose lemma links the two mentions in the parse: on the path through their lowest common ancestor,
    not counting words of another clause (a verb with a subject of its own: "… but Qwen was built for it")."""
    doc = sentence.span.doc
    ra, rb = a.root(doc), b.root(doc)
    ancestors_a = [ra, *ra.ancestors]
    ancestors_b = [rb, *rb.ancestors]
    common = next((t for t in ancestors_a if t in ancestors_b), None)
    if common is None:
        return
    path = ancestors_a[: ancestors_a.index(common) + 1] + ancestors_b[: ancestors_b.index(common)]
    lemmas = {
        t.lemma_.lower()
        for t in path
        if t.pos_ in ("VERB", "NOUN", "ADJ", "AUX") and (t == common or not _has_own_subject(t))
    }
    for rule in rules:
        if not lemmas & rule.lemmas:
            continue
        for subject, obj in ((a, b), (b, a)):
            if subject.entity.type not in rule.subject_types or obj.entity.type not in rule.object_types:
                continue
            if rule.object_preps and _introducing_prep(obj.root(doc)) not in rule.object_preps:
                continue
            subject_root = subject.root(doc)
            if _is_subject_side(subject_root, common) or _introducing_prep(subject_root) in rule.subject_preps:
                yield rule, subject, obj
                break


def _has_own_subject(token: Token) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in token.children)


def _introducing_prep(token: Token) -> str | None:
    """The preposition a mention's phrase hangs from ("built on the OpenClaw framework" → "on")."""
    node = token
    while node.dep_ in ("compound", "amod", "nmod", "poss") and node.head != node:
        node = node.head
    if node.dep_ == "pobj":
        return node.head.lower_
    return None


def _is_subject_side(token: Token, verb: Token) -> bool:
    """The mention is the verb's subject (or in its subject phrase, or the verb's agent)."""
    for node in [token, *token.ancestors]:
        if node == verb:
            return False
        if node.head == verb:
            return node.dep_ in ("nsubj", "nsubjpass", "agent", "poss", "compound")
    return False


def _modality(sentence: Sentence) -> str:
    """A relation is negated, forecast or reported as its sentence is; hedges on figures do not apply to it."""
    modality = modality_of(sentence.text)
    return "asserted" if modality == "estimated" else modality
