"""A regulator's directive as a sanction: "the Trade Administration of Peru told Vey Cloud and Pell Cloud to stop
buying Osk's K9 chips". A public body telling companies what not to buy or sell acts on them as a sanction
does, whatever sanction the article is otherwise about: the directive (named "<body> guidance") is the cause, the
companies told and the maker of what they are told to stop buying are its parties."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Mention, Sentence
from claimgraph.extract.references import lemma, owner_named_before
from claimgraph.extract.sanction_parties import arguments

Directive = tuple[Token, Mention, Mention]  # the directing verb, the directive, a party


def directives(sentence: Sentence, context: ReadingContext) -> Iterator[Directive]:
    """Each (directing verb, directive, party) of the sentence: a public body as the subject of a directing verb,
    and the companies it tells; read before the sanction in force, which would otherwise be blamed for it."""
    doc = sentence.span.doc
    lemmas = context.lexicon.sanction.directive_lemmas
    for verb in sentence.tokens:
        if verb.pos_ != "VERB" or lemma(verb) not in lemmas:
            continue
        body = next(
            (
                m
                for m in sentence.mentions
                if m.root(doc).head == verb
                and m.root(doc).dep_ == "nsubj"
                and context.lexicon.names_a_public_body(m.entity.label)
            ),
            None,
        )
        told = [p for p in arguments(sentence, verb, ("dobj", "dative"), context) if p.entity.type in BUSINESS_TYPES]
        if body is None or not told:
            continue
        entity = context.index.entity_for(f"{body.entity.label} guidance", "Policy")
        cause = Mention(entity, body.start, body.end, body.token_start, body.token_end)
        yield from ((verb, cause, party) for party in told)
        yield from ((verb, cause, maker) for maker in _makers_of_what_is_stopped(sentence, verb, told))


def _makers_of_what_is_stopped(sentence: Sentence, verb: Token, told: list[Mention]) -> Iterator[Mention]:
    """ "… to stop buying Osk's K9 chips": the maker whose product the directive is about."""
    doc = sentence.span.doc
    clause = [t for c in verb.children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree]
    seen = {p.entity for p in told}
    for mention in sentence.mentions:
        if mention.entity.type not in ("Product", "Model") or doc[mention.token_start] not in clause:
            continue
        maker = owner_named_before(sentence, mention)
        named = next((m for m in sentence.mentions if m.entity == maker and m.end <= mention.start), None)
        if named is not None and named.entity not in seen:
            seen.add(named.entity)
            yield named
