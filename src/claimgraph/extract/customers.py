"""Who buys from whom, as prose tells it: a supplier's customer noun ("Among Larkspur Cloud's early customers is
Corvid AI", "Orrin Media, its biggest client"), a part of someone's revenue ("Hyperscalers accounted for half of
Nvidia's revenue"), and customers continuing the previous sentence ("… similarly integrate its models"); a supply
verb's recipient and a maker's buyer are ``suppliers.py``'s."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence
from claimgraph.extract.leased_sites import sites_leased_to
from claimgraph.extract.leases import tenancies
from claimgraph.extract.noun_lists import names_listed
from claimgraph.extract.references import (
    antecedent,
    denied_outright,
    lemma,
    owner_named,
    possessed_noun,
    stand_in,
)
from claimgraph.extract.reseller_chains import bought_through
from claimgraph.extract.served_customers import served_customers
from claimgraph.extract.site_supplies import supplied_sites
from claimgraph.extract.sourced_goods import sourced_goods
from claimgraph.extract.supplier_lists import suppliers_listed
from claimgraph.extract.suppliers import (
    made_by,
    made_for,
    shipped_to,
    supplied_by_the_words,
    supplied_to,
    suppliers_in_apposition,
    verb_subject,
)

SIMILARLY = re.compile(r"\b(?:similarly|likewise|also|too|as well)\b", re.IGNORECASE)


def customer_relations(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "Among Larkspur Cloud's early customers is Corvid AI", "Kestrel is Sable's best-known customer": the
    possessor of a customer noun supplies the company the clause's copula ties to it."""
    doc = sentence.span.doc
    companies = [m for m in sentence.mentions if m.entity.type in ("Company", "Cloud", "Lab", "Organization")]
    for supplier in companies:
        noun = possessed_noun(supplier, doc)
        root = supplier.root(doc)
        if root.dep_ == "compound" and root.head.lower_ in context.lexicon.customer_nouns and root.head.dep_ == "appos":
            # "Corvid, a Larkspur customer": the name the customer noun stands beside
            customer = next((m for m in companies if m.token_start <= root.head.head.i < m.token_end), None)
            if customer is not None and customer.entity != supplier.entity:
                yield "CustomerOf", customer, supplier, 0.7
            continue
        if root.dep_ == "compound" and root.head.lower_ in context.lexicon.customer_nouns and root.head.dep_ == "attr":
            # "Corvid became a Larkspur customer", "It is no longer a Fenwick customer", "… and is a Fenwick customer"
            customer = _copula_subject(root.head.head, sentence, companies, context)
            if customer is not None and customer.entity != supplier.entity:
                yield "CustomerOf", customer, supplier, 0.7
            continue
        if noun not in context.lexicon.customer_nouns:
            continue
        clause = supplier.root(doc).head
        while clause.dep_ in ("pobj", "prep", "attr", "acomp") and clause.head != clause:
            clause = clause.head
        yield from _customers_of(supplier, clause, companies, doc)
    yield from _buyers_of_products(sentence, companies, context)
    yield from _used_from(sentence, companies, context)
    yield from _bought_in_a_relative_clause(sentence, companies, context)
    yield from bought_through(sentence, companies, context)
    yield from sourced_goods(sentence, companies, context)
    yield from suppliers_listed(sentence, companies, context)
    yield from _signed_as_customers(sentence, companies, context)
    yield from _customers_in_apposition(sentence, companies, context)
    yield from _customer_of_named(sentence, companies, context)
    yield from supplied_to(sentence, companies, context)
    yield from supplied_sites(sentence, companies, context)
    yield from supplied_by_the_words(sentence, companies)
    yield from shipped_to(sentence, companies, context)
    yield from made_for(sentence, companies, context)
    yield from made_by(sentence, companies, context)
    yield from suppliers_in_apposition(sentence, companies, context)
    yield from _customers_listed(sentence, companies, context)
    yield from _share_of_someones_revenue(sentence, context)
    yield from tenancies(sentence, companies, context)
    yield from sites_leased_to(sentence, companies, context)
    yield from served_customers(sentence, companies, context)
    for token in sentence.tokens:  # "Northwind and Corvid AI … are its three biggest customers", "… among our clients"
        if token.lower_ in context.lexicon.customer_nouns:
            owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("its", "their", "our")), None)
            if owner is not None:
                # "X and Y … are its customers": "its" is a company named before the customers (in a list item
                # that tells a whole story), else the company under discussion — never one of the customers named
                clause = token.head if token.dep_ in ("attr", "acomp") else token
                if token.dep_ == "pobj" and token.head.lower_ == "among":
                    clause = token.head.head  # "X and Y are among its first customers"
                    while clause.dep_ == "conj" and clause.head.dep_ in ("dobj", "conj"):
                        clause = clause.head  # "It counts X, Y and Z among its clients", "among" hung on Z
                    if clause.dep_ == "dobj":
                        clause = clause.head  # "It counts X among its clients", the parser hanging "among" on X
                customers = {c.entity for c in companies if subject_of(c, clause, doc)}
                taken = _objects_of(clause, companies)
                if token.head.lower_ == "among" and taken:
                    # "Brightwater counts Halden Bank among its clients": the object is the customer, the
                    # subject (whom "its" means) the supplier
                    holder = next((c for c in companies if subject_of(c, clause, doc)), None) or verb_subject(
                        clause, sentence, companies, context
                    )
                    for customer in taken:
                        if holder is not None:
                            yield "CustomerOf", customer, holder, 0.65
                    continue
                earlier = [m.entity for m in companies if m.end <= owner.idx and m.entity not in customers]
                # "X and Y are among our customers": the firm speaking, if any
                referent = context.speaker if owner.lower_ == "our" else earlier[-1] if earlier else context.topic
                if referent is not None:
                    yield from _customers_of(stand_in(referent, owner), clause, companies, doc)


def _maker_of_named_product(sentence: Sentence, preps: list[Token], context: ReadingContext) -> Mention | None:
    """The company the article has said makes or offers the product a customer noun's "of" names: a customer of
    a company's cluster or model is that company's customer."""
    doc = sentence.span.doc
    for product in sentence.mentions:
        if product.entity.type in ("Product", "Model") and product.root(doc).head in preps:
            maker = context.provider_of(product.entity)
            if maker is not None and maker.type in BUSINESS_TYPES:
                return stand_in(maker, product.root(doc))
    return None


def _copula_subject(
    clause: Token, sentence: Sentence, companies: list[Mention], context: ReadingContext
) -> Mention | None:
    """Who a copula's predicate is said of: its subject, the subject of the verb it is joined to ("designs the
    K7 and is a Fenwick customer"), or the company a pronoun subject refers to ("It is a Fenwick customer")."""
    while clause.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in clause.children):
        clause = clause.head
    return verb_subject(clause, sentence, companies, context)


def _buyers_of_products(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "Orrin remained the biggest buyer of Kantor's K9 chips": a customer noun "of" a company's product makes the
    one it is said of that company's customer."""
    for noun in sentence.tokens:
        verb = _predicated_of(noun)
        if noun.lower_ not in context.lexicon.customer_nouns or verb is None:
            continue
        preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"]
        goods = [g for p in preps for g in p.children]
        makers = {c.i for g in goods for c in g.children if c.dep_ in ("poss", "compound")}
        supplier = next((m for m in companies if any(m.token_start <= i < m.token_end for i in makers)), None)
        if supplier is None:  # "among the largest buyers of the H20": the maker the article has named for it
            supplier = _maker_of_named_product(sentence, preps, context)
        customer = _copula_subject(verb, sentence, companies, context)
        if supplier is not None and customer is not None and customer.entity != supplier.entity:
            yield "CustomerOf", customer, supplier, 0.65


def _predicated_of(noun: Token) -> Token | None:
    """The verb a customer noun is said of: "is the biggest buyer of", "was among the largest buyers of", "is one
    of the biggest customers of"."""
    if noun.dep_ == "attr":
        return noun.head
    among = noun.head if noun.dep_ == "pobj" else None
    if among is not None and among.lower_ == "among" and among.head.pos_ in ("AUX", "VERB"):
        return among.head
    one = among.head if among is not None and among.lower_ == "of" else None
    if one is not None and one.lower_ == "one" and one.dep_ == "attr":
        return one.head
    return None


def _used_from(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "trains its models on servers rented from Mendel Cloud (and from Osk Cloud)": what a company uses,
    described as obtained from others, makes it their customer."""
    doc = sentence.span.doc
    for verb in sentence.tokens:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in context.lexicon.obtained_lemmas:
            continue
        clause = verb.head
        while clause.dep_ in ("pobj", "prep", "dobj", "attr", "conj") and clause.head != clause:
            clause = clause.head
        preps = [p for p in verb.children if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by")]
        # "from Mendel and from Osk": the second "from" joined to the first, or (misparsed) to the clause's verb
        preps += [c for p in preps for c in p.conjuncts if c.lower_ == p.lower_]
        preps += [p for p in clause.children if p.lower_ == "from" and p.i > verb.i and doc[p.i - 1].lower_ == "and"]
        sources = {w.i for p in preps for g in p.children if g.dep_ == "pobj" for w in (g, *g.conjuncts)}
        customer = verb_subject(clause, sentence, companies, context) if clause.pos_ in ("VERB", "AUX") else None
        for supplier in (m for m in companies if m.root(doc).i in sources):
            if customer is not None and customer.entity != supplier.entity:
                yield "CustomerOf", customer, supplier, 0.6


def _bought_in_a_relative_clause(
    sentence: Sentence, companies: list[Mention], context: ReadingContext
) -> Iterator[Found]:
    """ "Ascend chips, which Kestrel buys through Digital China", "SK hynix supplies 60% of the HBM that Nvidia
    buys": a relative clause saying who buys the thing makes its subject the customer of whom the clause says it is
    bought from or through, else of the supplier the sentence's own verb names."""
    doc = sentence.span.doc
    buying = context.lexicon.obtained_lemmas - context.lexicon.supply_lemmas  # buy, purchase, source
    firm_nouns = context.lexicon.company_nouns | context.lexicon.unit_nouns
    for verb in sentence.tokens:
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in buying:
            continue
        if denied_outright(verb):
            continue  # "the chips it no longer buys from Osk"
        thing = verb.head
        if any(m.token_start <= thing.i < m.token_end for m in companies) or thing.lemma_.lower() in firm_nouns:
            continue  # "Kestrel, which Ardent bought from Osk": a firm bought is an acquisition, not a supply
        buyer = verb_subject(verb, sentence, companies, context)
        if buyer is None:
            continue
        preps = [p for p in verb.subtree if p.dep_ == "prep" and p.lower_ in ("from", "through")]
        sellers = [m for p in preps for g in p.children if g.dep_ == "pobj" for m in companies if m.root(doc) == g]
        if not preps:
            sellers = [m for m in [_supplier_of_the_thing(verb.head, sentence, companies, context)] if m is not None]
        for seller in sellers:
            if seller.entity != buyer.entity:
                yield "CustomerOf", buyer, seller, 0.6


def _supplier_of_the_thing(
    thing: Token, sentence: Sentence, companies: list[Mention], context: ReadingContext
) -> Mention | None:
    """Who the sentence's verb says supplies a thing ("SK hynix supplies 60% of the HBM …"): the subject of the
    supplying verb the thing is the object of, through a figure's "of"."""
    governor = thing
    while governor.dep_ in ("pobj", "prep", "dobj", "conj") and governor.head != governor:
        governor = governor.head
        if governor.pos_ == "VERB":
            break
    if governor.pos_ != "VERB" or governor.lemma_.lower() not in context.lexicon.supply_lemmas:
        return None
    return verb_subject(governor, sentence, companies, context)


def _customers_in_apposition(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "Sable signed Orrin Media, its biggest client", "Halden Bank, Marlow Cloud's largest customer, …", "Marlow
    Cloud's largest customer, Halden Bank, …": a name in apposition with a customer noun is a customer of whoever
    owns the noun ("its": the company it refers to)."""
    doc = sentence.span.doc
    for noun in sentence.tokens:
        said_to_be = noun.dep_ == "nsubj" and noun.head.lemma_ == "be"  # "Its biggest buyer is Orrin Labs"
        one_of = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one"
        if one_of and noun.head.head.dep_ == "appos":  # "Orrin Data, one of Kettle's biggest customers, …"
            named = [noun.head.head.head]
        elif noun.lower_ in context.lexicon.customer_nouns and (noun.dep_ == "appos" or said_to_be):
            named = [c for c in noun.head.children if c.dep_ == "attr"] if said_to_be else [noun.head]
        elif noun.lower_ in context.lexicon.customer_nouns and any(c.dep_ == "appos" for c in noun.children):
            # "Kettle's largest client, Orrin Data, …", "…, the Lima operator Orrin Data, …"
            named = [c for c in noun.children if c.dep_ == "appos"]
            named += [c for a in named for c in a.children if c.dep_ == "appos"]
        else:
            continue
        if noun.lower_ not in context.lexicon.customer_nouns:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        # "Orrin Group, one of Osk's largest buyers": the name may be a compound of the noun described
        customer = next((m for m in companies if m.root(doc) in named or _compounded_into(m, doc, named)), None)
        supplier = owner_named(owner, sentence, context) if owner is not None else None
        if customer is not None and supplier is not None and supplier.entity == customer.entity:
            # "Osk said Tarn, its largest customer, …": "its" looks past the name it describes
            earlier = antecedent(sentence, customer.start)
            supplier = stand_in(earlier, noun) if earlier is not None else None
        discussed = context.speaker or context.topic
        listed = {m.entity for m in companies if m.start > noun.idx}
        if owner is None and said_to_be and _the_topmost(noun) and discussed is not None and discussed not in listed:
            supplier = stand_in(discussed, noun)  # "The biggest tenant is Mendel Cloud": the firm discussed
        if customer is not None and supplier is not None and customer.entity != supplier.entity:
            yield "CustomerOf", customer, supplier, 0.7


def _compounded_into(mention: Mention, doc: Doc, nouns: list[Token]) -> bool:
    root = mention.root(doc)
    return root.dep_ == "compound" and root.head in nouns


def _the_topmost(noun: Token) -> bool:
    """ "the biggest tenant", "the largest customer": a definite superlative picks one of the discussed firm's."""
    children = list(noun.children)
    return any(c.lower_ == "the" for c in children) and any(c.tag_ == "JJS" for c in children)


def _objects_of(verb: Token, companies: list[Mention]) -> list[Mention]:
    """The companies a verb takes as its object, with the object's conjuncts."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [conj for o in objects for conj in o.conjuncts]
    described = [a for o in objects for a in o.children if a.dep_ == "appos"]  # "the shipping line Fjordmar"
    objects += [*described, *(conj for a in described for conj in a.conjuncts)]  # "X, the Y (Z) and W": a list
    return [m for m in companies if any(m.token_start <= o.i < m.token_end for o in objects)]


def _customer_of_named(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "Halden Bank is a customer of Marlow Cloud", "Corran, a long-time client of Marlow Cloud, …": a customer
    noun whose "of" names the supplier, said of the clause's subject or of the name it stands beside."""
    doc = sentence.span.doc
    for noun in sentence.tokens:
        joined_as = noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in ("VERB", "AUX")
        if noun.lower_ not in context.lexicon.customer_nouns or not (noun.dep_ in ("attr", "appos") or joined_as):
            continue
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        supplier = next((m for m in companies if m.root(doc).head in preps), None)
        if supplier is None and noun.dep_ == "attr":
            yield from _tenant_on(noun, companies, doc)  # "X is a tenant on Marlow Cloud, on Osk Cloud, …"
        if supplier is None and noun.dep_ == "attr":  # "became a Marlow Cloud customer": the supplier's name qualifies
            supplier = next((m for m in companies if m.root(doc).head == noun and m.root(doc).dep_ == "compound"), None)
        if supplier is None:
            supplier = _maker_of_named_product(sentence, preps, context)  # "customers of Tianmu", its cluster
        if supplier is None and joined_as and not preps:
            supplier = _whose_customers(noun, context)  # "Quill said X and Y signed up as customers": Quill's firm's
        if supplier is None and noun.dep_ == "attr" and not preps and _the_one_customer(noun):
            # "OpenAI is the anchor customer": the one customer of the company under discussion
            firm = context.speaker or context.topic
            supplier = stand_in(firm, noun) if firm is not None and firm.type in BUSINESS_TYPES else None
        if supplier is None:
            continue
        if joined_as:  # "Halden Bank signed up as a customer of Marlow Cloud": the verb's subject, if it has no object
            verb = noun.head.head
            taken = any(c.dep_ == "dobj" for c in verb.children)
            customers = [] if taken else [m for m in companies if subject_of(m, verb, doc)]
        elif noun.dep_ == "appos":
            customers = [m for m in companies if m.root(doc) == noun.head]
        else:
            customers = [m for m in companies if subject_of(m, noun.head, doc)]
        for customer in customers:
            if customer.entity != supplier.entity:
                yield "CustomerOf", customer, supplier, 0.7


def _tenant_on(noun: Token, companies: list[Mention], doc: Doc) -> Iterator[Found]:
    """ "Halden AI is a tenant on Marlow Cloud, on Osk Cloud, and now on Fell Cloud": the customer noun's "on",
    and the "on"s coordinated with it (the parser hangs them on the copula), name its suppliers."""
    verb = noun.head
    ons = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "on"]
    if not ons:
        return
    ons += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > noun.i]
    ons += [conj for on in list(ons) for conj in on.conjuncts if conj.lower_ == "on"]
    for on in ons:  # "…, on Fell Cloud, on Harl Cloud": the parser may hang the next "on" on the name before it
        ons += [c for o in on.children if o.dep_ == "pobj" for c in o.children if c.dep_ == "prep" and c.lower_ == "on"]
    customers = [m for m in companies if subject_of(m, verb, doc)]
    for supplier in (m for m in companies if m.root(doc).head in ons):
        for customer in customers:
            if customer.entity != supplier.entity:
                yield "CustomerOf", customer, supplier, 0.65


def _the_one_customer(noun: Token) -> bool:
    """ "the anchor customer", "the largest tenant": a customer noun made definite and singled out by a word before
    it, which refers to a supplier already in the reader's mind."""
    children = list(noun.children)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in children)
    return definite and any(c.dep_ in ("amod", "compound") and c.i < noun.i for c in children)


def _whose_customers(noun: Token, context: ReadingContext) -> Mention | None:
    """The firm whose customers a customer noun with no owner means: the one speaking (a call's, an interview's),
    else the one whose release it is."""
    firm = context.speaker or context.issuer
    # an unknown "organisation" speaking is often a person's name the NER mistyped ("Quill said …")
    return stand_in(firm, noun) if firm is not None and firm.type in ("Company", "Cloud", "Lab") else None


def _customers_listed(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "New customers in the quarter included X and Y", "The biggest tenant is X", "customers such as X": a
    customer noun lists customers of whatever its "of" names (a product's provider:
    "customers of Tianmu"), else of the company under discussion; "its clients include X": of whom "its" means."""
    for noun in sentence.tokens:
        if noun.lower_ not in context.lexicon.customer_nouns:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        tokens = names_listed(noun, _LISTING)
        customers = [m for m in companies if any(m.token_start <= i < m.token_end for i in tokens)]
        if not customers:
            continue
        supplier = _supplier_named(noun, sentence) if owner is None else owner_named(owner, sentence, context)
        if supplier is not None and supplier.entity.type == "Product":
            provider = context.provider_of(supplier.entity)  # "customers of Tianmu": of whoever runs Tianmu
            supplier = stand_in(provider, noun) if provider is not None else None
        elif supplier is None and owner is None and context.opening_topic is not None:
            # "the three largest customers were A, B and C, and B alone spent …": whom the sentence began about
            supplier = stand_in(context.opening_topic, noun)
        if supplier is None or any(c.entity == supplier.entity for c in customers):
            continue
        for customer in customers:
            yield "CustomerOf", customer, supplier, 0.6


_LISTING = frozenset({"include", "be"})  # "New customers included X", "The biggest tenant is X"


def _signed_as_customers(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "We signed Kellet Air and Norvia Rail as new customers for our Brisco Cloud service", "Sable added
    Pellam as a client": the objects of a verb "as" a customer noun are customers of what the noun is "for",
    else of the verb's subject ("we": whoever speaks)."""
    for noun in sentence.tokens:
        if noun.lower_ not in context.lexicon.customer_nouns or noun.head.lower_ != "as" or noun.head.dep_ != "prep":
            continue
        verb = noun.head.head
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [conj for o in objects for conj in o.conjuncts]
        customers = [m for m in companies if any(m.token_start <= o.i < m.token_end for o in objects)]
        supplier = _supplier_named(noun, sentence) or verb_subject(verb, sentence, companies, context)
        if verb.lemma_.lower() in context.lexicon.joining_lemmas:  # "Halden joined Marlow Cloud as a client"
            customers, supplier = ([supplier] if supplier else []), (customers[0] if len(customers) == 1 else None)
        for customer in customers:
            if supplier is not None and customer.entity != supplier.entity:
                yield "CustomerOf", customer, supplier, 0.65


_REVENUE_NOUNS = frozenset({"revenue", "revenues", "sales", "turnover", "income", "bookings"})
_PAYERS = frozenset({"Company", "Cloud", "Lab", "Organization", "Group", "Aggregator"})


def _share_of_someones_revenue(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "Hyperscalers accounted for just over half of Nvidia's data-centre revenue": whoever makes up a part of a
    company's revenue pays it, so is its customer."""
    share_words = {phrase.split()[0] for phrase in context.lexicon.share_verbs}  # "accounted", "makes", …
    for verb in sentence.tokens:
        if verb.lower_ not in share_words or verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        payer = _mention_at(subject, sentence, _PAYERS) if subject is not None else None
        revenue = next((t for t in verb.subtree if t.lower_ in _REVENUE_NOUNS), None)
        owner = next((c for c in revenue.children if c.dep_ == "poss"), None) if revenue is not None else None
        supplier = _mention_at(owner, sentence, _PAYERS - {"Group"}) if owner is not None else None
        if payer is not None and supplier is not None and payer.entity != supplier.entity:
            yield "CustomerOf", payer, supplier, 0.6
    yield from _revenue_from(sentence)


_EARNING_LEMMAS = frozenset({"come", "stem"})  # what a part of revenue "came from"


def _revenue_from(sentence: Sentence) -> Iterator[Found]:
    """ "A third of Tarn Cloud's revenue came from Vey AI", "… came from one customer, Vey AI": the company a part
    of a company's revenue comes from pays it, so is its customer."""
    for verb in sentence.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _EARNING_LEMMAS:
            continue
        sources = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
        sources += [a for g in sources for a in g.children if a.dep_ == "appos"]  # "one customer, Vey AI"
        payer = next((m for g in sources if (m := _mention_at(g, sentence, _PAYERS)) is not None), None)
        from_words = {t.i for g in sources for t in g.subtree}
        revenue = next((t for t in verb.subtree if t.lower_ in _REVENUE_NOUNS and t.i not in from_words), None)
        owner = next((c for c in revenue.children if c.dep_ == "poss"), None) if revenue is not None else None
        supplier = _mention_at(owner, sentence, _PAYERS - {"Group"}) if owner is not None else None
        if payer is not None and supplier is not None and payer.entity != supplier.entity:
            yield "CustomerOf", payer, supplier, 0.6


def _mention_at(token: Token, sentence: Sentence, kinds: frozenset[str]) -> Mention | None:
    return next(
        (m for m in sentence.mentions if m.token_start <= token.i < m.token_end and m.entity.type in kinds), None
    )


def _supplier_named(noun: Token, sentence: Sentence) -> Mention | None:
    """The company or service a customer noun is "for" ("customers for our Brisco Cloud GPU service")."""
    kinds = ("Company", "Cloud", "Lab", "Organization", "Product")
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
        inside = [
            m for m in sentence.mentions if prep.i < m.token_start <= prep.right_edge.i and m.entity.type in kinds
        ]
        if inside:
            return inside[0]
    return None


def _customers_of(supplier: Mention, clause: Token, companies: list[Mention], doc: Doc) -> Iterator[Found]:
    """The companies the clause ties to a supplier's customer noun: its subject, and the subject's conjuncts."""
    for customer in companies:
        if customer.entity != supplier.entity and subject_of(customer, clause, doc):
            yield "CustomerOf", customer, supplier, 0.7


def subject_of(mention: Mention, clause: Token, doc: Doc) -> bool:
    """Whether the mention is the clause's subject, or one of its conjuncts ("A, B and C are …": C hangs on B)."""
    subject = mention.root(doc)
    while subject.dep_ == "conj" and subject.head != subject:
        subject = subject.head
    return subject.head == clause and subject.dep_ in ("nsubj", "attr", "nsubjpass")


def similar_customers(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "Two rivals, Kestrel and Sable, similarly integrate its models": customers of the
    supplier the previous sentences named."""
    if context.supplier is None or not SIMILARLY.search(sentence.text):
        return
    doc = sentence.span.doc
    rule = next(r for r in context.lexicon.relation_rules if r.type == "CustomerOf")
    for mention in sentence.mentions:
        verb = _clause_verb(mention.root(doc))
        if (
            verb is not None
            and lemma(verb) in rule.lemmas | {"integrate"}
            and mention.entity.type in rule.subject_types
            and not _names_its_own_party(verb, mention, sentence)
        ):
            yield "CustomerOf", mention, stand_in(context.supplier, verb), 0.55


def _names_its_own_party(verb: Token, subject: Mention, sentence: Sentence) -> bool:
    """Whether the verb's clause names a company besides its subject ("… also signed a deal with Marlow
    Cloud"): then the supplier is that one, not the one the previous sentences named."""
    doc = sentence.span.doc
    subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    inside = {t.i for t in verb.subtree} - subjects
    return any(m != subject and m.entity.type in BUSINESS_TYPES and m.root(doc).i in inside for m in sentence.mentions)


def _clause_verb(token: Token) -> Token | None:
    """The verb whose subject phrase holds the token."""
    node = token
    while node.head != node:
        if node.dep_ in ("nsubj", "nsubjpass"):
            return node.head
        node = node.head
    return None
