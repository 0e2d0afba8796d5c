"""A firm described as another's reseller, distributor or integrator buys from it what it sells on: "Osk is an
authorised reseller of Tarn Cloud and Vey", "Authorised distributor of Osk and Tarn products" (a line of a notice,
said of its issuer), "an Osk-authorised systems integrator". The channel noun names the supplier, its holder is the
customer."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence
from claimgraph.extract.references import pronoun_mentions, stand_in

_CHANNEL_NOUNS = frozenset({"reseller", "distributor", "integrator", "dealer", "wholesaler"})
_AUTHORISING = frozenset({"authorised", "authorized", "certified", "approved", "accredited", "official"})


def channel_suppliers(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """(CustomerOf, holder, supplier, confidence) for each channel noun of the sentence."""
    companies = [m for m in sentence.mentions if m.entity.type in BUSINESS_TYPES]
    for noun in sentence.tokens:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CHANNEL_NOUNS:
            continue
        holder = _holder(noun, sentence, companies, context)
        if holder is None:
            continue
        for supplier in _suppliers(noun, sentence, companies):
            if supplier.entity != holder.entity:
                yield "CustomerOf", holder, supplier, 0.6


def _suppliers(noun: Token, sentence: Sentence, companies: list[Mention]) -> list[Mention]:
    """Whose channel it is: the firms named in its "of" phrase ("of Osk, Tarn and Vey products"), or hyphened
    to its authorising word ("Osk-authorised")."""
    doc = sentence.span.doc
    ofs = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    within = {t.i for g in ofs for t in g.subtree}
    named = [m for m in companies if m.token_start in within]
    for word in (c for c in noun.subtree if c.lower_ in _AUTHORISING and c.i < noun.i):
        dash = word.i - 1
        if dash > 0 and doc[dash].text == "-":
            named += [m for m in companies if m.token_end == dash]
    return named


def _holder(noun: Token, sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Mention | None:
    """Who the channel noun describes: the subject it is said of ("Osk is a reseller of …"), the name it stands
    in apposition to ("Osk, a distributor of …"), or, opening a line of its own, the firm the text is from."""
    head = noun
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    if head.dep_ == "attr" and head.head.lemma_ in ("be", "become", "remain"):
        subjects = [c for c in head.head.children if c.dep_ == "nsubj"]
        found = [m for m in companies for s in subjects if m.token_start <= s.i < m.token_end]
        found += [m for m in pronoun_mentions(sentence, context) for s in subjects if m.token_start == s.i]
        return next((m for m in found if m.entity.type in BUSINESS_TYPES), None)
    if head.dep_ == "appos":
        return next((m for m in companies if m.token_start <= head.head.i < m.token_end), None)
    if head.dep_ == "ROOT" and head.i - sentence.span.start <= 2:
        own = context.speaker or context.issuer or context.title_subject or context.main_company
        return stand_in(own, head) if own is not None and own.type in BUSINESS_TYPES else None
    return None
