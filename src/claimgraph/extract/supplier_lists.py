"""Suppliers a firm's supplier noun lists: "Its suppliers include Dell and Supermicro", "Tarn's foundry suppliers
include Osk Fabs", "Our hardware vendors include Pell and Sable". Each name listed supplies the owner, who is its
customer — the mirror of a customer noun's list (``customers.py``). Only an owned noun lists anyone's suppliers:
"cloud providers include AWS and Azure" names a field's members, no one's vendors."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import Found, Mention, Sentence
from claimgraph.extract.references import owner_named

_LISTING = frozenset({"include", "be", "comprise"})
_CONFIDENCE = 0.6


def suppliers_listed(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """(CustomerOf, owner, supplier) for each name an owned supplier noun lists."""
    nouns = context.lexicon.supplier_nouns
    for noun in sentence.tokens:
        if noun.lemma_.lower() not in nouns or noun.pos_ != "NOUN":
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        buyer = owner_named(owner, sentence, context) if owner is not None else None
        if buyer is None:
            continue
        listed = _names_listed(noun)
        for supplier in (m for m in companies if any(m.token_start <= i < m.token_end for i in listed)):
            if supplier.entity != buyer.entity:
                yield "CustomerOf", buyer, supplier, _CONFIDENCE


def _names_listed(noun: Token) -> set[int]:
    """The tokens of the names a supplier noun lists: the object of "include" or the predicate of "are" it is
    the subject of, or what "including", "like" or "such as" introduces after it, with their conjuncts."""
    heads: list[Token] = []
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _LISTING:
        heads = [c for c in noun.head.children if c.dep_ in ("dobj", "attr")]
    heads += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("including", "like") for g in c.children]
    heads += [g for c in noun.children if c.lower_ == "such" for a in c.children for g in a.children]
    found: set[int] = set()
    while heads:
        token = heads.pop()
        if token.i not in found:
            found.add(token.i)
            heads += [c for c in token.children if c.dep_ in ("conj", "appos")]
    return found
