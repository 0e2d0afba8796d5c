"""Where a subsidiary's country says its parent works: "Vey Cloud Oy, the Finnish subsidiary of Osk Group", "Osk Data
Japan KK, a wholly owned subsidiary of Osk AI". A unit set up for a country ("the Finnish subsidiary", a country's
name inside the unit's own) is the parent's presence there, told by the words the SubsidiaryOf claim is read from.
The unit's own presence is not claimed from its name alone: where a sentence says it works, that is read there."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import Found, Mention, Sentence
from claimgraph.extract.references import stand_in
from claimgraph.records import Entity

_UNIT_NOUNS = frozenset({"subsidiary", "unit", "arm", "affiliate", "branch"})
_PARTING = frozenset({"sell", "divest", "dispose", "spin"})


def subsidiary_places(found: list[Found], sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    if any(t.lower_ == "former" or t.lemma_.lower() in _PARTING for t in sentence.tokens):
        return  # "sold Vey Cloud UK Ltd, its former subsidiary": no presence now
    for claim_type, child, parent, _ in found:
        if claim_type != "SubsidiaryOf":
            continue
        placed = _country_in_name(child, sentence, context) or _country_of_the_unit_noun(child, sentence, context)
        if placed is None:
            continue
        country, token = placed
        yield "OperatesIn", parent, stand_in(country, token), 0.6


def _country_in_name(child: Mention, sentence: Sentence, context: ReadingContext) -> tuple[Entity, Token] | None:
    """ "Osk Data UK Ltd", "Osk Japan KK": a country's name among the unit's own words, after its first."""
    doc = sentence.span.doc
    for token in doc[child.token_start + 1 : child.token_end]:
        named = context.index.named(token.text) if token.text[:1].isupper() else None
        if named is not None and named.type == "Country":
            return named, token
    return None


def _country_of_the_unit_noun(
    child: Mention, sentence: Sentence, context: ReadingContext
) -> tuple[Entity, Token] | None:
    """ "…, the Finnish subsidiary of Osk", "its Singapore unit": the country qualifying the unit noun the child is
    described by."""
    doc = sentence.span.doc
    root = child.root(doc)
    nouns = [c for c in root.children if c.dep_ == "appos" and c.lemma_.lower() in _UNIT_NOUNS]
    if root.dep_ == "appos" and root.head.lemma_.lower() in _UNIT_NOUNS:
        nouns.append(root.head)
    for noun in nouns:
        for word in (c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i):
            country = context.lexicon.demonyms.get(word.text)  # "Finnish": Finland, known to the gazetteer or not
            named = context.index.entity_for(country, "Country") if country else context.index.named(word.text)
            if named is not None and named.type == "Country":
                return named, word
    return None
