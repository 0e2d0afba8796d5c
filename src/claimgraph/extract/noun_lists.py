"""The names a role noun lists: "New customers included X and Y", "Its suppliers are X and Y", "customers such as X",
"its vendors, including X". Customer nouns (``customers.py``) and supplier nouns (``supplier_lists.py``) list names
the same ways; only whom the names buy from or sell to differs."""

from __future__ import annotations

from spacy.tokens import Token


def names_listed(noun: Token, listing_lemmas: frozenset[str]) -> set[int]:
    """The tokens of the names ``noun`` lists: the object or predicate of a listing verb it is the subject of
    ("include", "be"), or what "including", "like" or "such as" introduces after it — each spread through conjuncts
    and appositions ("Nordmark Bank, the carmaker Velta and the operator Skarvo": Velta hangs on "carmaker")."""
    heads: list[Token] = []
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in listing_lemmas:
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
