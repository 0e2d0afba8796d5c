"""Tenancies: who leases or rents space and capacity from whom. A lease names its two parties less plainly than a
sale: the landlord is often only the company the document is about ("Microsoft signed a 15-year lease for 150 MW",
"Volcano Engine is the anchor tenant"), or stands after "from" in a clause describing a hall ("a hall it leases from
Tarn Data", "halls leased from Osk"), or owns the campus the hall is on ("a leased hall on Tarn Data's campus").
The tenant is the landlord's customer."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence
from claimgraph.extract.references import lemma, owner_named, stand_in
from claimgraph.extract.suppliers import verb_subject

_LEASING = frozenset({"lease", "rent", "sublease", "leased", "rented", "subleased"})
_LEASE_NOUNS = frozenset({"lease", "leases", "tenancy", "sublease"})
# what a tenant takes at a landlord's site: a hall, space, capacity, or a power figure ("20 MW")
_TAKEN = frozenset({"hall", "halls", "space", "capacity", "floor", "suite", "building", "buildings", "mw", "megawatts",
                    "gw", "gigawatts", "cage", "cages", "site", "campus"})  # fmt: skip
_SITE_NOUNS = frozenset({"campus", "site", "facility", "centre", "center", "park"})
_TENANT_NOUNS = frozenset({"tenant", "tenants"})
_CONFIDENCE = 0.65


def tenancies(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """Every tenancy the sentence states, as (CustomerOf, tenant, landlord)."""
    for token in sentence.tokens:
        word = lemma(token)
        if word in _LEASING and token.pos_ in ("VERB", "ADJ"):
            yield from _leased_from(token, sentence, companies, context)
        elif word == "sign" and token.pos_ == "VERB":
            yield from _signed_as_tenant(token, sentence, companies, context)
        elif token.lower_ in _TENANT_NOUNS:
            yield from _named_tenants(token, sentence, companies, context)


def _landlord(context: ReadingContext, token: Token) -> Mention | None:
    """Whose the halls are when no one else is said to own them: the company the document is by or about (the one
    its title opens with, its issuer). It stands in at the word that implies it."""
    entity = context.title_subject or context.issuer
    if entity is None or entity.type not in BUSINESS_TYPES:
        return None
    last = entity.label.split()[-1].casefold()
    if last in context.index.not_names or last in _SITE_NOUNS:
        return None  # "Planning Committee", "Ridge AI Campus": a body deciding on a site, or the site itself
    return stand_in(entity, token)


def _mention_at(token: Token, companies: list[Mention]) -> Mention | None:
    return next((m for m in companies if m.token_start <= token.i < m.token_end), None)


def _with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def _tenant_of(verb: Token, sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Mention | None:
    """Who leases: the verb's subject ("Osk leases", "a hall it leases"), the owner of what is leased ("its halls are
    leased from …"), or, for a participle ("a leased hall", "capacity rented from …"), the subject of the clause the
    thing it describes belongs to ("Osk runs its cluster in a leased hall …")."""
    if verb.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in verb.children):
        return verb_subject(verb, sentence, companies, context)
    leased = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if leased is not None:
        owner = next((c for c in leased.children if c.dep_ == "poss"), None)
        return owner_named(owner, sentence, context) if owner is not None else None
    clause = verb.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    return verb_subject(clause, sentence, companies, context) if clause.pos_ in ("VERB", "AUX") else None


def _leased_from(verb: Token, sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "a hall it leases from Tarn Data", "halls leased from Osk", "a leased hall on Tarn Data's campus", "Pell
    leased 20 MW at its campus to Vey Labs", and with no landlord named, "Vey has rented 20 MW at Newport"."""
    if _negated(verb):
        return  # "does not lease capacity to anyone on the Entity List": no tenancy
    preps = {c.lower_: c for c in verb.children if c.dep_ in ("prep", "dative")}
    if "to" in preps:  # "leased 20 MW … to Vey Labs": the one leased to is the subject's tenant
        landlord = _tenant_of(verb, sentence, companies, context)
        for pobj in (p for c in preps["to"].children if c.dep_ == "pobj" for p in _with_conjuncts(c)):
            tenant = _mention_at(pobj, companies)
            if tenant is not None and landlord is not None and tenant.entity != landlord.entity:
                yield "CustomerOf", tenant, landlord, _CONFIDENCE
        return
    landlords = [
        m
        for c in (preps["from"].children if "from" in preps else ())
        if c.dep_ == "pobj"
        for p in _with_conjuncts(c)
        if (m := _mention_at(p, companies)) is not None
    ]
    if not landlords:  # "a leased hall on Tarn Data's campus", "leases a hall on a Tarn Data campus"
        places = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "in")]
        if verb.dep_ == "amod":
            places += [c for c in verb.head.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "in")]
        sites = [p for prep in places for p in prep.children if p.dep_ == "pobj" and p.lower_ in _SITE_NOUNS]
        owners = [c for site in sites for c in site.children if c.dep_ in ("poss", "compound")]
        landlords = [m for o in owners if (m := _mention_at(o, companies)) is not None]
    # "rent capacity to Vey", "capacity from Osk": a party named in another place than the verb's own
    elsewhere = {t.lower_ for t in verb.subtree if t.dep_ in ("prep", "dative")}
    if not landlords and verb.pos_ == "VERB" and not elsewhere & {"from", "to"} and _takes_space(verb, companies):
        landlord = _landlord(context, verb)  # "Vey has rented 20 MW at Newport": at the document's company's site
        landlords = [landlord] if landlord is not None else []
    tenant = _tenant_of(verb, sentence, companies, context) if landlords else None
    if tenant is None or tenant.entity.type not in BUSINESS_TYPES:
        return
    for landlord in landlords:
        if landlord.entity != tenant.entity and context.parent_of(tenant.entity) != landlord.entity:
            yield "CustomerOf", tenant, landlord, _CONFIDENCE


def _takes_space(verb: Token, companies: list[Mention]) -> bool:
    """Whether what the verb leases is space or capacity at a site ("rented 20 MW at Newport", "rents a hall"), not
    a maker's hardware ("rents Osk capacity")."""
    taken = [w for c in verb.children if c.dep_ == "dobj" for w in c.subtree]
    return any(w.lower_ in _TAKEN for w in taken) and not any(_mention_at(w, companies) for w in taken)


def _signed_as_tenant(
    verb: Token, sentence: Sentence, companies: list[Mention], context: ReadingContext
) -> Iterator[Found]:
    """ "Microsoft signed a 15-year lease for 150 MW", "CoreWeave signed for 90 MW", "Vey signed a $290 million
    contract for 24 MW": a tenant signing with no counterparty named signs with the document's company."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if _negated(verb) or any(t.dep_ in ("prep", "dative") and t.lower_ in ("with", "to", "from") for t in verb.subtree):
        return  # "signed a lease with Osk": the counterparty named, which the relation rules read
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    leases = [o for o in objects if o.lower_ in _LEASE_NOUNS]
    contracted = [o for o in objects if any(p.dep_ == "prep" and p.lower_ == "for" and _power(p) for p in o.children)]
    signed_for = not objects and any(p.lower_ == "for" and _power(p) for p in preps)
    if not (leases or contracted or signed_for):
        return
    tenant = verb_subject(verb, sentence, companies, context)
    landlord = _landlord(context, verb)
    if tenant is None or landlord is None or tenant.entity == landlord.entity:
        return
    if tenant.entity.type not in BUSINESS_TYPES or context.parent_of(tenant.entity) == landlord.entity:
        return
    yield "CustomerOf", tenant, landlord, _CONFIDENCE


def _power(prep: Token) -> bool:
    """Whether a "for" names power capacity: "for 150 MW", "for 24 megawatts"."""
    return any(t.lower_ in ("mw", "gw", "megawatts", "gigawatts", "megawatt", "gigawatt") for t in prep.subtree)


def _named_tenants(
    noun: Token, sentence: Sentence, companies: list[Mention], context: ReadingContext
) -> Iterator[Found]:
    """ "Volcano Engine is the anchor tenant", "Other tenants at the campus include Vey and Osk": tenants no
    possessive or "of" assigns to anyone are the document's company's."""
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children):
        return  # "its tenants", "tenants of Osk": the customer-noun readers say whose
    if any(c.lower_ in ("those", "these") for c in noun.children):
        return  # "Those tenants include …": the tenants of a site the last sentence named
    landlord = _landlord(context, noun)
    verb = noun.head
    if landlord is None or _negated(verb):
        return  # "Vey is no longer a tenant": a tenancy ended
    if noun.dep_ == "attr":
        named = [m for m in companies if _subject_side(m, verb, sentence)]
    elif noun.dep_ == "nsubj" and lemma(verb) == "include":
        named = [
            m for c in verb.children if c.dep_ == "dobj" for o in _with_conjuncts(c) if (m := _mention_at(o, companies))
        ]
    else:
        return
    for tenant in named:
        if tenant.entity != landlord.entity and context.parent_of(tenant.entity) != landlord.entity:
            yield "CustomerOf", tenant, landlord, _CONFIDENCE


def _subject_side(mention: Mention, verb: Token, sentence: Sentence) -> bool:
    root = mention.root(sentence.span.doc)
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    return root.head == verb and root.dep_ == "nsubj"


def _negated(verb: Token) -> bool:
    """ "does not lease", "is no longer a tenant", "never signed": a tenancy denied or ended."""
    return any(c.dep_ == "neg" or c.lower_ in ("never", "longer") for c in verb.children)
