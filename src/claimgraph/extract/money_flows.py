"""Money that moves from one party to another, read from the verb that moves it: who pays and who is paid.

An amount is a payment (a ``Spending`` claim of the payer, with the payee as its object) when the clause says
which way it goes, whatever the cue words around it:

- put into: "Microsoft put $16 million into Mistral", "plans to pour $5 billion into a Saudi AI zone";
- taken from: "Mistral took $1.5 billion from ASML", "raised $600 million from Sable" (the giver pays);
- a price: "IBM agreed to buy Confluent for about $11 billion", "CoreWeave's takeover, valued at $9 billion";
- a deal's value: "Halden signed contracts with Tessel Cloud worth $9 billion", "signed a $1.4 billion agreement
  with Tessel Cloud".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from claimgraph.extract.clause_paths import introducing_prep
from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import Mention, Sentence, verb_over
from claimgraph.extract.normalize import Quantity
from claimgraph.extract.references import antecedent, owner_named, stand_in
from claimgraph.extract.spans import converted_amount_start
from claimgraph.records import MONEY_UNITS, Entity

_INTO = frozenset({"put", "pour", "plough", "plow", "inject", "sink", "invest", "funnel", "channel"})
_FROM = frozenset({"take", "raise", "receive", "secure", "get", "win", "land", "accept", "obtain"})
_PRICED = frozenset({"value", "price", "worth"})
_PARTIES = frozenset({"Company", "Cloud", "Lab", "Organization", "Aggregator", "ResearchFirm", "Group", "Country"})
_PAYEES = frozenset({"Company", "Cloud", "Lab", "Organization", "Aggregator", "ResearchFirm"})  # not a place
_UNIT_PRICE = re.compile(r"\s*(?:a|per|each)\s+(?:share|unit|token|hour|month|year|seat|user)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Flow:
    payer: Mention
    payee: Mention | None
    buys: bool = False  # a purchase (a contract's value), which makes the payer the payee's customer
    seller_speaks: bool = False  # the clause is the payee's ("Tessel Cloud signed a deal with Orrin worth …")


def money_flow(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> Flow | None:
    """Who pays the amount and who is paid, when the verb that moves it says so; else None."""
    if quantity.unit not in MONEY_UNITS:
        return None
    converted = converted_amount_start(sentence, quantity.start)  # "¥5,200億 [US$3.4 billion]": the yen's syntax
    start, end = (converted, converted + 1) if converted is not None else (quantity.start, quantity.end)
    span = sentence.span.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    if _UNIT_PRICE.match(sentence.doc_text, quantity.end):
        return None  # "$31 a share": a price per unit, not the sum paid
    spent_for = _spending_for(sentence, quantity, context)
    if spent_for is not None:
        return Flow(spent_for, None)  # "$90 billion of combined capex for Pell, Osk and Vey": their spending
    amount = span.root
    while amount.dep_ in ("conj", "appos") and amount.head != amount:
        amount = amount.head  # "for $31 a share in cash, or about $11 billion": the same payment, in total
    verb = amount.head
    lemma = verb.lemma_.lower()
    acquisitions = context.lexicon.acquisition_words
    if amount.dep_ == "dobj" and lemma in _INTO:
        payer = _subject(verb, sentence, context)
        return Flow(payer, _payee(_object_of(verb, ("into", "in"), sentence))) if payer else None
    if amount.dep_ == "dobj" and lemma in _FROM:
        giver = _object_of(verb, ("from",), sentence)
        payee = _subject(verb, sentence, context)
        return Flow(giver, payee) if giver is not None and payee is not None else None
    if amount.dep_ in ("pobj", "npadvmod") and verb.lower_ == "worth":
        return _contract_worth(verb, sentence, context)
    if amount.dep_ in ("nummod", "compound", "nmod", "amod") and _a_signed_deal(verb, context):
        # "we signed a five-year, $1.4 billion agreement with Tessel Cloud": a firm buying from a cloud pays it (a
        # contract between two others, or a cloud's own, says not which way the money goes)
        flow = _contract_worth(amount, sentence, context)
        if flow is None or flow.seller_speaks or flow.payee is None or flow.payer is None:
            return None  # a cloud's own deal ("Tessel Cloud signed a $3 billion lease with …") may go either way
        from_a_cloud = flow.payee.entity.type == "Cloud" and flow.payer.entity.type in ("Company", "Lab", "Cloud")
        return flow if from_a_cloud else None
    if amount.dep_ == "pobj" and verb.lower_ == "for" and _signs_on(verb.head):
        buyer = _subject(verb.head, sentence, context)  # "Kettle signed on for up to $3.1 billion of capacity"
        supplier = context.supplier
        payee = stand_in(supplier, verb.head) if supplier is not None and supplier != (buyer and buyer.entity) else None
        return Flow(buyer, payee, buys=True) if buyer is not None else None
    if amount.dep_ == "pobj" and verb.lower_ in ("for", "at"):
        buying = verb.head
        if buying.lemma_.lower() in acquisitions and buying.pos_ == "VERB":
            buyer = _subject(buying, sentence, context)
            bought = next((m for m in _mentions_at(buying, "dobj", sentence)), None)
            return Flow(buyer, _payee(bought)) if buyer is not None else None
        if buying.lemma_.lower() in _PRICED and buying.head.lemma_.lower() in _SIGNING:
            return _contract_worth(buying, sentence, context)  # "signed a lease …, valued at about $410 million"
        if buying.lemma_.lower() in _PRICED and buying.head.lemma_.lower() in acquisitions:
            deal = buying.head  # "CoreWeave's takeover, valued at about $9 billion"
            buyer = next((m for m in _mentions_at(deal, "poss", sentence)), None)
            bought = _object_of(deal, ("of",), sentence)
            return Flow(buyer, _payee(bought)) if buyer is not None else None
    return None


_SIGNING = frozenset({"sign", "ink", "strike", "agree", "conclude", "seal", "announce"})


def _spending_for(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> Mention | None:
    """The party named right after "of … capex for" or "of … spending for" following the amount: its spender."""
    pattern = _spent_for_pattern(context.lexicon.discovery.spending_nouns)
    found = pattern.match(sentence.doc_text, quantity.end, sentence.end)
    if found is None:
        return None
    at = found.end()
    return next((m for m in sentence.mentions if m.start == at and m.entity.type in _PAYEES), None)


@cache
def _spent_for_pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    named = "|".join(map(re.escape, sorted(nouns)))
    return re.compile(rf"\s+of\s+(?:[\w-]+\s+){{0,3}}?(?:{named})\s+(?:by|for|from)\s+")


def sold_by_the_signer(sentence: Sentence, quantity: Quantity, signer: Entity, partner: Entity) -> bool:
    """ "Cobaltline signed a five-year, $3.1 billion contract with Meta": a cloud that signs a deal with a company
    that is none sells to it; the company pays the cloud, not the other way round."""
    if not _sells_to(signer, partner):
        return False
    verb = verb_over(sentence.span.doc, quantity.start)
    if verb is None or verb.lemma_.lower() not in _SIGNING:
        return False
    doc = sentence.span.doc
    return any(
        m.entity == partner and introducing_prep(m.root(doc)) == "with" and verb in m.root(doc).ancestors
        for m in sentence.mentions
    )


def _a_signed_deal(deal: Token, context: ReadingContext) -> bool:
    """Whether a noun is a deal of buying a verb of signing takes as its object ("signed a $1.4 billion agreement";
    an announced "partnership" or "commitment" may be an investment either way)."""
    signed = deal.dep_ == "dobj" and deal.head.lemma_.lower() in _SIGNING and deal.head.lemma_.lower() != "announce"
    return signed and deal.lemma_.lower() in context.lexicon.deal_nouns - {"partnership", "commitment"}


def _signs_on(verb: Token) -> bool:
    """ "signed on", "signed up": a buyer committing to buy."""
    return verb.lemma_.lower() == "sign" and any(c.dep_ == "prt" and c.lower_ in ("on", "up") for c in verb.children)


def _contract_worth(worth: Token, sentence: Sentence, context: ReadingContext) -> Flow | None:
    """ "Halden signed contracts with Tessel Cloud worth up to $9 billion": the contract's value is spent by the
    buyer on the seller — the signer, unless it is a cloud signing with a customer that is none."""
    verb = worth.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head  # "worth" may hang on the contract noun
    if verb.lemma_ == "be":
        return _deal_is_worth(verb, sentence, context)
    if verb.lemma_.lower() not in _SIGNING:
        return _the_deal_just_made(worth, context)
    signer = _subject(verb, sentence, context)
    deals = [verb, *(c for c in verb.children if c.dep_ == "dobj"), worth]  # "a lease worth ¥14 billion with X"
    partner = next((m for d in deals if (m := _object_of(d, ("with",), sentence)) is not None), None)
    supplied = _supplied_to(deals, sentence, context) if partner is None else None
    if signer is not None and supplied is not None and supplied.entity != signer.entity:
        # "signed a deal worth $2 billion to supply … to Orrin Bank"
        return Flow(supplied, _payee(signer), buys=True, seller_speaks=True)
    if signer is None or partner is None or signer.entity == partner.entity:
        return None
    if _sells_to(signer.entity, partner.entity):
        # "Tessel Cloud signed a deal with Orrin Bank worth …"
        return Flow(partner, _payee(signer), buys=True, seller_speaks=True)
    return Flow(signer, _payee(partner), buys=True)


def _sells_to(signer: Entity, partner: Entity) -> bool:
    """Whether a party signing a deal with another sells to it: a cloud signing with a company that is none."""
    return signer.type == "Cloud" and partner.type != "Cloud"


def _the_deal_just_made(worth: Token, context: ReadingContext) -> Flow | None:
    """ "X signed a lease with Y. The agreement, worth $1 billion, covers …": a definite deal noun the worth hangs on,
    no party of its own named, is the deal last made, whose customer pays its supplier."""
    deal = worth.head
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in deal.children)
    if deal.lemma_.lower() not in context.lexicon.deal_nouns or not definite:
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "with") for c in deal.children):
        return None  # a deal of its own parties, which ``_deal_is_worth`` reads
    customer, supplier = context.customer, context.supplier
    if customer is None or supplier is None or customer == supplier:
        return None
    return Flow(stand_in(customer, deal), stand_in(supplier, deal), buys=True)


def _deal_is_worth(verb: Token, sentence: Sentence, context: ReadingContext) -> Flow | None:
    """ "Osk's lease with Pell Cloud is worth $2 billion", "Pell Cloud's deal with Osk is worth …": the cloud's
    customer spends the deal's value on it. Which party is the cloud decides who pays; when neither is one, a
    deal of one party's "with" another says nothing of which way the money goes."""
    deals = context.lexicon.deal_nouns
    deal = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in deals), None)
    if deal is None:
        return None
    partner = _object_of(deal, ("with",), sentence)
    owner_word = next((c for c in deal.children if c.dep_ == "poss"), None)
    owner = owner_named(owner_word, sentence, context) if owner_word is not None else None
    if owner is None or partner is None or owner.entity == partner.entity:
        return None
    if owner.entity.type == "Cloud" and partner.entity.type != "Cloud":
        return Flow(partner, _payee(owner), buys=True)
    if partner.entity.type == "Cloud" and owner.entity.type != "Cloud":
        return Flow(owner, _payee(partner), buys=True)
    return None


def _supplied_to(deals: list[Token], sentence: Sentence, context: ReadingContext) -> Mention | None:
    """The party a deal is "to supply … to": the buyer, whose money the deal's value is."""
    supplying = context.lexicon.supply_lemmas
    for deal in deals:
        for clause in deal.subtree:
            if clause.dep_ in ("acl", "advcl", "relcl", "xcomp") and clause.lemma_.lower() in supplying:
                found = _object_of(clause, ("to",), sentence)
                if found is not None:
                    return found
    return None


def _payee(mention: Mention | None) -> Mention | None:
    """A payee is a party that takes money: "invest $7.9 billion in the UAE" pays no one in particular."""
    return mention if mention is not None and mention.entity.type in _PAYEES else None


def _subject(verb: Token, sentence: Sentence, context: ReadingContext) -> Mention | None:
    """The party doing what the verb says: its subject (or the subject of the verb it completes), through
    "which", "it" and "we"."""
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in clause.children):
        clause = clause.head
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.lower_ in ("which", "that", "who") and clause.dep_ == "relcl":
        subject = clause.head
    if subject.lower_ == "we" and context.speaker is not None:
        return stand_in(context.speaker, subject)
    if subject.lower_ == "it":
        referent = antecedent(sentence, subject.idx) or context.topic  # "SAP said that it would invest …"
        return stand_in(referent, subject) if referent is not None else None
    return _party_at(subject, sentence)


def _object_of(verb: Token, prepositions: tuple[str, ...], sentence: Sentence) -> Mention | None:
    """The party named in one of the verb's prepositional phrases ("into Mistral", "from ASML")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in prepositions:
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found = _party_at(pobj, sentence)
                if found is not None:
                    return found
    return None


def _mentions_at(head: Token, dep: str, sentence: Sentence) -> list[Mention]:
    return [m for c in head.children if c.dep_ == dep if (m := _party_at(c, sentence)) is not None]


def _party_at(token: Token, sentence: Sentence) -> Mention | None:
    return next(
        (m for m in sentence.mentions if m.token_start <= token.i < m.token_end and m.entity.type in _PARTIES), None
    )
