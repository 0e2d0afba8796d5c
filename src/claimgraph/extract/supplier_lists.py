"""Suppliers a firm's supplier noun lists: "Its suppliers include Dell and Supermicro", "Tarn's foundry suppliers
include Osk Fabs", "Our hardware vendors include Pell and Sable". Each name listed supplies the owner, who is its
customer — the mirror of a customer noun's list (``customers.py``). Only an owned noun lists anyone's suppliers:
"cloud providers include AWS and Azure" names a field's members, no one's vendors."""

from __future__ import annotations

from collections.abc import Iterator

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import Found, Mention, Sentence
from claimgraph.extract.noun_lists import names_listed
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
        listed = names_listed(noun, _LISTING)
        for supplier in (m for m in companies if any(m.token_start <= i < m.token_end for i in listed)):
            if supplier.entity != buyer.entity:
                yield "CustomerOf", buyer, supplier, _CONFIDENCE
