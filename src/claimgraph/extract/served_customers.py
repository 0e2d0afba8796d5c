"""Customers a firm serves: "Tarn Cloud serves Osk Labs", "Brill stopped serving Vessa in May", "Pell's capacity in
Lima will serve Osk", "it will use its halls to serve Osk". The firm served is the server's customer; what serves
may be the firm itself, its capacity or its site (the possessive names whose), or a firm using something to serve.
What is served must be a firm named as the verb's object: "serves Osk-3" (a model) is an offer, "serves its
contract with Osk" or "serves customers in Peru" names no customer of its own."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence
from claimgraph.extract.references import lemma, owner_named
from claimgraph.extract.suppliers import verb_subject

_CONFIDENCE = 0.6
_CUSTOMERS = frozenset({"Company", "Lab", "Organization", "Cloud"})
_SERVING_THINGS = frozenset({"capacity", "cluster", "clusters", "hall", "halls", "fleet", "GPUs", "servers"})


def served_customers(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """(CustomerOf, the firm served, the firm serving it) for each "serve" with a firm as its object."""
    doc = sentence.span.doc
    for verb in sentence.tokens:
        if lemma(verb) != "serve" or verb.pos_ != "VERB":
            continue
        served = [m for m in companies if m.entity.type in _CUSTOMERS and _served_by(m.root(doc), verb)]
        if not served:
            continue
        server = _server(verb, sentence, companies, context)
        if server is None:
            continue
        for customer in served:
            if customer.entity != server.entity:
                yield "CustomerOf", customer, server, _CONFIDENCE


def _served_by(root: Token, verb: Token) -> bool:
    """Whether a name is the verb's object, or one of a list of them ("serves Osk and Vessa")."""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return root.dep_ == "dobj" and root.head == verb


def _server(verb: Token, sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Mention | None:
    """Who serves: the verb's subject when it names a firm; the owner of the capacity or site that is its
    subject ("Pell's capacity will serve"); or, for a purpose ("uses its halls to serve", "its halls are used to
    serve"), the firm using them or owning them."""
    named = verb_subject(verb, sentence, companies, context)
    if named is not None:
        return named if named.entity.type in BUSINESS_TYPES else None
    clause = verb.head if verb.dep_ in ("xcomp", "advcl") and verb.head != verb else verb
    if clause is not verb and (user := verb_subject(clause, sentence, companies, context)) is not None:
        return user if user.entity.type in BUSINESS_TYPES else None  # "CoreWeave will use its halls to serve"
    thing = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if thing is None or (thing.lemma_.lower() not in context.lexicon.site_nouns and thing.text not in _SERVING_THINGS):
        return None
    owner = next((c for c in thing.children if c.dep_ == "poss"), None)
    return owner_named(owner, sentence, context) if owner is not None else None
