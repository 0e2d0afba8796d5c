"""Customers and suppliers that a role noun or a deal names, rather than a verb of buying: in a call or a release
"X is not a customer any more" and "our sole supplier" have the firm speaking for the other party; "Osk's largest
client remains Halden" names the customer after the copula; a contract or order won from a company makes it the
winner's customer (and tells ``relations`` that such an order is no purchase by the winner)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.customers import subject_of
from claimgraph.extract.document import Found, Mention, Sentence, subject_clause
from claimgraph.extract.lexicon import words_pattern
from claimgraph.extract.references import antecedent, stand_in
from claimgraph.extract.suppliers import verb_subject

_BUSINESS = frozenset({"Company", "Cloud", "Lab", "Organization"})


def role_customers(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """Every customer relation this module reads in the sentence."""
    companies = [m for m in sentence.mentions if m.entity.type in _BUSINESS]
    yield from _parties_of_the_speaker(sentence, companies, context)
    yield from _contracts_won(sentence, companies, context)
    yield from _contracts_awarded(sentence, companies, context)
    yield from _tender_shares_won(sentence, companies, context)
    yield from _customer_named_after(sentence, companies, context)
    yield from _with_them_as_customers(sentence, companies, context)
    yield from _customers_after_a_colon(sentence, companies, context)


_COPULAS = frozenset({"be", "become", "remain", "stay"})
WINNING = frozenset({"win", "land", "secure", "receive", "bag", "book"})
DEALS = frozenset({"contract", "deal", "order", "agreement", "mandate", "tender", "procurement"})
_PARTS = frozenset({"part", "share", "portion", "half", "most", "some", "all", "much", "slice", "piece"})


def won_deal(noun: Token) -> bool:
    """Whether a contract or order noun is one its clause's subject won ("landed an order from X", "won part of
    X's procurement"): the subject sells, whoever the order comes from buys."""
    if noun.lemma_.lower() not in DEALS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _PARTS:
        part = noun.head.head  # "won part of Pell Telecom's procurement": the part is what is won
        return part.dep_ == "dobj" and part.head.lemma_.lower() in WINNING
    if noun.dep_ != "dobj":
        return False
    # "lost orders from Orrin": an order from someone is theirs to place, whatever befell it
    sourced = any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children)
    from_someone = noun.lemma_.lower() == "order" and sourced
    return noun.head.lemma_.lower() in WINNING or from_someone


def _customer_named_after(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "Its biggest buyer is Osk Data", "Brisco's largest client remains Halden": a customer noun a possessive owns,
    the subject of a copula, names its customer after the verb."""
    doc = sentence.span.doc
    for noun in sentence.tokens:
        if noun.lower_ not in context.lexicon.customer_nouns or noun.dep_ != "nsubj":
            continue
        if noun.head.lemma_.lower() not in _COPULAS:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        if owner.lower_ in ("its", "their"):
            supplier = antecedent(sentence, owner.idx) or context.topic
        elif owner.lower_ == "our":
            supplier = context.speaker
        else:
            named = next((m for m in companies if m.token_start <= owner.i < m.token_end), None)
            supplier = named.entity if named is not None else None
        attrs = [c for c in noun.head.children if c.dep_ == "attr"]
        attrs += [conj for a in attrs for conj in a.conjuncts]
        for customer in (m for m in companies if m.root(doc) in attrs):
            if supplier is not None and customer.entity != supplier:
                yield "CustomerOf", customer, stand_in(supplier, owner), 0.65


def _with_them_as_customers(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "Pell Cloud opened its Oslo campus, with Osk Labs and Orrin Bank as anchor tenants": the names a verb has
    "with" it "as" customers are customers of the verb's subject."""
    doc = sentence.span.doc
    for verb in (t for t in sentence.tokens if t.pos_ in ("VERB", "AUX")):
        preps = {c.lower_: c for c in verb.children if c.dep_ == "prep"}
        if "with" not in preps or "as" not in preps:
            continue
        role = [g for g in preps["as"].children if g.dep_ == "pobj"]
        if not any(g.lower_ in context.lexicon.customer_nouns for g in role):
            continue
        firms = {t.i for g in preps["with"].children if g.dep_ == "pobj" for t in (g, *g.conjuncts)}
        supplier = verb_subject(verb, sentence, companies, context)
        for customer in (m for m in companies if m.root(doc).i in firms):
            if supplier is not None and customer.entity != supplier.entity:
                yield "CustomerOf", customer, supplier, 0.65


def _contracts_won(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "Osk won a contract from Brisco Bank", "landed an order from Halden": whoever a contract or order comes
    from is the winner's customer."""
    doc = sentence.span.doc
    for noun in (t for t in sentence.tokens if won_deal(t)):
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head.head  # "won part of X's procurement"
        froms = [p for h in (verb, noun) for p in h.children if p.dep_ == "prep" and p.lower_ == "from"]
        # "from Halden", "won Pell Telecom's tender": whoever the deal comes from, or whose it is
        named = [g for p in froms for g in p.children] + [c for c in noun.children if c.dep_ == "poss"]
        sources = {t.i for g in named for t in (g, *g.conjuncts)}  # "from Alibaba, Tencent and ByteDance"
        winner = verb_subject(verb, sentence, companies, context)
        for customer in (m for m in companies if m.root(doc).i in sources):
            if winner is not None and customer.entity != winner.entity:
                yield "CustomerOf", customer, winner, 0.65


_AWARDING = frozenset({"award", "grant", "give"})


def _contracts_awarded(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "Osk awarded Pell Cloud a contract", "Osk awarded the tender to Pell Cloud", "Pell Cloud was awarded the
    contract by Osk", "The contract was awarded to Pell Cloud by Osk": who awards a contract buys from whom it goes
    to."""
    doc = sentence.span.doc
    for verb in sentence.tokens:
        if verb.lemma_.lower() not in _AWARDING or verb.pos_ not in ("VERB", "AUX"):
            continue
        deals = [c for c in verb.children if c.lemma_.lower() in DEALS and c.dep_ in ("dobj", "nsubjpass")]
        if not deals:
            continue
        to = {g.i for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to" for g in p.children}
        by = {g.i for p in verb.children if p.dep_ == "agent" for g in p.children}
        named = {c.i for c in verb.children if c.dep_ in ("dative", "nsubjpass") and c.lemma_.lower() not in DEALS}
        winners = [m for m in companies if m.root(doc).i in to | named]
        buyers = [m for m in companies if m.root(doc).i in by or subject_of(m, verb, doc)]
        for winner in winners:
            for buyer in buyers:
                if buyer.entity != winner.entity:
                    yield "CustomerOf", buyer, winner, 0.65


def _tender_shares_won(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "Osk won 45% of the lot", "Pell took the remaining 40%", "Vey won the whole lot": in a sentence about a
    tender, a bidder that wins or takes a part of it supplies the buyer the article is about (the company it names
    most)."""
    buyer = context.main_company
    if (
        buyer is None
        or buyer.type not in _BUSINESS
        or not words_pattern(context.lexicon.tender_words).search(sentence.text)
    ):
        return
    doc = sentence.span.doc
    for verb in sentence.tokens:
        if verb.lemma_.lower() not in ("win", "take") or verb.pos_ != "VERB":
            continue
        won = [c for c in verb.children if c.dep_ == "dobj"]
        if not won or any(c.lower_ in ("no", "none") or c.dep_ == "neg" for w in won for c in (w, *w.children)):
            continue  # "won no share": a losing bidder sells nothing
        for winner in (m for m in companies if subject_of(m, subject_clause(verb), doc)):  # "ranked … and won"
            if winner.entity != buyer:
                yield "CustomerOf", stand_in(buyer, verb), winner, 0.6


def _parties_of_the_speaker(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """In a call or a release, "Halden is not a customer any more", "Osk became our client" and "Kestrel is still
    our sole chip supplier" name the firm speaking as the other party: a customer noun with no supplier of its own, or a
    supplier noun that is "our"."""
    speaker = context.speaker
    if speaker is None:
        return
    doc = sentence.span.doc
    lexicon = context.lexicon
    for noun in sentence.tokens:
        if noun.dep_ != "attr" or noun.head.lemma_.lower() not in _COPULAS:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        ours = owner is not None and owner.lower_ == "our"
        of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        named = any(  # "a Fenwick customer": the supplier named in the noun
            m.token_start <= c.i < m.token_end for c in noun.children if c.dep_ == "compound" for m in companies
        )
        party = next((m for m in companies if subject_of(m, noun.head, doc)), None)
        if party is None or party.entity == speaker or of or named:
            continue
        stand = stand_in(speaker, owner if owner is not None else noun)
        if noun.lower_ in lexicon.customer_nouns and (ours or owner is None):
            yield "CustomerOf", party, stand, 0.65
        elif noun.lower_ in ("supplier", "suppliers", "provider", "vendor") and ours:
            yield "CustomerOf", stand, party, 0.65


def _customers_after_a_colon(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "Osk's chip customers: Tarn (it builds the K7 for Tarn), Vey (the V9), Brill and Pell from 2H26": each firm
    the list after a possessed customer noun and a colon names, whatever a parenthesis says of it."""
    text = sentence.doc_text
    heading = _CUSTOMERS_COLON.search(text, sentence.start, sentence.end)
    if heading is None:
        return
    supplier = next((m for m in companies if m.end == heading.start()), None)
    if supplier is None:
        return
    for customer in (m for m in companies if m.start >= heading.end() and m.entity != supplier.entity):
        between = text[heading.end() : customer.start]
        if between.count("(") == between.count(")"):  # not inside a parenthesis
            yield "CustomerOf", customer, supplier, 0.6


# "Osk's customers:", "Osk's XPU customers:", "Osk's three biggest clients:"
_CUSTOMERS_COLON = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:customers|clients|buyers|tenants)\s*:\s*")
