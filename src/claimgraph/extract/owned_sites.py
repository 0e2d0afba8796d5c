"""Where a firm's own site stands: "Osk Cloud's data centre in Tarnby", "at its Graz, Austria site", "the Pell
Memory plant in Linz", "in its Brno region". A site the text names a firm to own, placed in a town, a state or a
country, says the firm operates there; the readers of relations find most such sites by their verbs, this one
reads the site's noun phrase itself, whatever verb (or none) it stands under."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import PLACE_TYPES, ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence
from claimgraph.extract.references import antecedent, stand_in

_OWNING_PRONOUNS = frozenset({"its", "their"})
_PAST = frozenset({"former", "old", "ex", "previous"})


def owned_sites_placed(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    lexicon = context.lexicon
    for noun in sentence.tokens:
        if noun.lemma_.lower() not in lexicon.site_nouns or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        owner = _owner(noun, sentence)
        if owner is None or any(c.lower_ in _PAST for c in noun.children) or _ended(noun):
            continue  # "a former Osk plant in Linz", "shut its data centre in Linz": no longer the firm's
        for place in _places_of(noun, sentence, lexicon.site_prepositions):
            yield "OperatesIn", owner, place, 0.6


def _owner(noun: Token, sentence: Sentence) -> Mention | None:
    """The firm a site noun is said to belong to: its possessive ("Osk's", "its" for the firm it refers to), or a
    firm's name in front of it ("the Osk Cloud data centre")."""
    for child in (*noun.children, *_head_of_its_phrase(noun).children):
        if child.dep_ != "poss":
            continue
        if child.lower_ in _OWNING_PRONOUNS:
            entity = antecedent(sentence, child.idx)
            # "signed with Vey Cloud to use its campus": "its" may be the nearer firm's, so only an unrivalled one
            nearest = [m.entity for m in sentence.mentions if m.end <= child.idx and m.entity.type in BUSINESS_TYPES]
            if entity is None or nearest[-1:] != [entity]:
                return None
            return stand_in(entity, child) if entity.type in BUSINESS_TYPES else None
        return _firm_at(child, sentence)
    if noun.text[:1].isupper():
        return None  # "the Osk AI Campus": the firm's name is the site's own name, not its owner
    before = [t for t in noun.subtree if t.i < noun.i and t.dep_ in ("compound", "nmod")]
    return next((m for t in before if (m := _firm_at(t, sentence)) is not None), None)


def _head_of_its_phrase(noun: Token) -> Token:
    """The word a site noun stands in apposition to, where the parser splits one phrase ("its Graz, Austria site":
    "site" an apposition of "Graz"); else the noun."""
    return noun.head if noun.dep_ == "appos" and noun.head.i < noun.i else noun


def _ended(noun: Token) -> bool:
    """Whether the verb the site stands under ends or undoes it ("cancelled its data centre in Linz", "sold its
    plant in Graz", "plans for a campus were scrapped")."""
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    return verb is not None and verb.lemma_.lower() in _ENDING


_ENDING = frozenset(
    {"cancel", "scrap", "shut", "close", "lose", "abandon", "sell", "divest", "exit", "mothball", "halt", "drop"}
)


def _firm_at(token: Token, sentence: Sentence) -> Mention | None:
    return next(
        (m for m in sentence.mentions if m.token_start <= token.i < m.token_end and m.entity.type in BUSINESS_TYPES),
        None,
    )


def _places_of(noun: Token, sentence: Sentence, prepositions: frozenset[str]) -> list[Mention]:
    """The places a site noun's phrase names: in front of it ("its Austin, Texas, region") or after a site
    preposition hung on it ("data centre in Lyon, France")."""
    head = _head_of_its_phrase(noun)
    phrase = set(range(head.i if head is not noun else noun.left_edge.i, noun.i))
    doc = noun.doc
    after = doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(doc) else None
    # its own "in", or the one right after it that the parser hung higher up ("sit in the Osk data centre in Lyon")
    hung_higher = [after] if after is not None and after.dep_ == "prep" and after.head in noun.ancestors else []
    for prep in (*(c for c in noun.children if c.dep_ == "prep"), *hung_higher):
        if prep.lower_ in prepositions:
            phrase |= {t.i for t in prep.subtree}
    return [m for m in sentence.mentions if m.entity.type in PLACE_TYPES and m.token_start in phrase]
