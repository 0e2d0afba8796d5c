"""Tenancies a landlord's document tells without naming it: in an operator's report or release, or a piece whose
title is about its sites ("Tarn Data signs a 300 MW capacity deal"), "Vessa Labs signed a 12-year lease for 40 MW",
"Brisco AI has rented 12 MW at the Tarn campus" and "Other tenants include Vey and Osk" are tenancies of the
operator's, and the tenant is its customer. A news story about a chip maker that says "Pell signed a lease" tells
nothing of whose. A hall leased "on a Tarn Data campus" is Tarn Data's, whoever writes (a campus its owner's name
qualifies; the possessive and the "leases … from" forms are the relation rules'). Where a lease stands places both
parties: the landlord whose building it is and the tenant using it (``lease_places``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.clause_paths import placed_by_a_preposition
from claimgraph.extract.context import PLACE_TYPES, ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence
from claimgraph.extract.references import denied_outright, lemma, stand_in
from claimgraph.extract.suppliers import verb_subject
from claimgraph.records import Entity

_CONFIDENCE = 0.65


def tenancies(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """Every tenancy the sentence states, as (CustomerOf, tenant, landlord)."""
    for token in sentence.tokens:
        if lemma(token) in context.lexicon.leasing_verbs and token.pos_ in ("VERB", "ADJ"):
            yield from _on_a_named_campus(token, sentence, companies, context)
        signer = signing_landlord(token, sentence, companies, context)
        if signer is not None:
            # "In January Tarn Data Centres signed a ten-year lease with Osk Cloud": Osk is its tenant
            for tenant in _signed_with(token, companies):
                if tenant.entity != signer.entity:
                    yield "CustomerOf", tenant, signer, _CONFIDENCE
            continue
        landlord = speaking_landlord(context, token)
        if landlord is None or denied_outright(token) or _dealt_with_someone(token):
            continue
        for tenant in _tenants(token, sentence, companies, context):
            if tenant.entity.type not in BUSINESS_TYPES or landlord.entity in (
                tenant.entity,
                context.parent_of(tenant.entity),
            ):
                continue  # the landlord itself, or its own unit, rents nothing from it
            yield "CustomerOf", tenant, landlord, _CONFIDENCE


def _tenants(token: Token, sentence: Sentence, companies: list[Mention], context: ReadingContext) -> list[Mention]:
    """The tenants the word tells of: who signed a lease, who rented space at a site of no one else's, the names
    "tenants … include" lists."""
    word = lemma(token)
    signed = word == "sign" and token.pos_ == "VERB" and _a_lease_signed(token, context)
    rented = word in context.lexicon.leasing_verbs and token.pos_ == "VERB" and _space_at_its_own_site(token, context)
    if signed or rented:
        subject = verb_subject(token, sentence, companies, context)
        return [subject] if subject is not None else []
    if token.lower_ == "tenants" and token.dep_ == "nsubj" and lemma(token.head) == "include":
        return _listed_tenants(token, companies)
    return []


def signing_landlord(
    verb: Token, sentence: Sentence, companies: list[Mention], context: ReadingContext
) -> Mention | None:
    """The landlord a verb shows signing a lease "with" someone ("Tarn Data Centres signed a lease with Osk"), whose
    tenant the one signed with is, whichever way the clause runs; None for any other verb or signer."""
    if lemma(verb) != "sign" or verb.pos_ != "VERB" or not signs_a_lease(verb, context):
        return None
    if not _for_space(verb, context):
        return None  # "signed a ground lease with Vey Properties for a site": the signer is the one renting
    # a firm whose name says it runs data centres ("Tarn Data Centres AS"); one speaking of its own lease, or one a
    # title about sites names, may as well be the tenant ("we signed for 12 MW with Tarn Data")
    signer = verb_subject(verb, sentence, companies, context)
    if signer is None or _DATA_CENTRES.search(signer.entity.label) is None:
        return None
    parties = [m for m in sentence.mentions if m.entity.type in BUSINESS_TYPES]
    if any(_DATA_CENTRES.search(m.entity.label) for m in _signed_with(verb, parties)):
        return None  # "Osk Cloud signed a lease with Tarn Data Centres": the landlord is the one signed with
    return signer


_DATA_CENTRES = re.compile(r"\bdata\s?cent(?:re|er)s?\b", re.IGNORECASE)


def _for_space(verb: Token, context: ReadingContext) -> bool:
    """Whether a lease is signed for power or space ("for 60 MW", "for two halls"), what a data-centre landlord lets."""
    fors = [p for p in (*verb.children, *(c for o in verb.children if o.dep_ == "dobj" for c in o.children))
            if p.dep_ == "prep" and p.lower_ == "for"]  # fmt: skip
    let = context.lexicon.power_words | context.lexicon.leased_space
    return any(t.lower_ in let or t.lemma_.lower() in let for p in fors for t in p.subtree)


def _signed_with(verb: Token, companies: list[Mention]) -> list[Mention]:
    """The businesses the "with" of a verb or of its lease names ("signed a lease with Osk Cloud and Vey Labs"), not
    one in a clause of its own ("Tarn, which competes with Vey, signed …")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    withs = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
    objects = {g.i for w in withs for c in w.children if c.dep_ == "pobj" for g in (c, *c.conjuncts)}
    return [m for m in companies if any(m.token_start <= i < m.token_end for i in objects)]


def speaking_landlord(context: ReadingContext, token: Token) -> Mention | None:
    """The company whose own words the document is (its report or release, its first-person text, the firm
    speaking in a turn), else the one a title about its sites names, standing in at the word that implies it — but
    a data-centre firm the text names above all others, in a document of a firm that is none (a buyer's release on
    its target), is the landlord; a public body leases nothing out."""
    owner = (context.issuer if context.self_report else context.speaker or context.writer) or context.operator
    if owner is None or owner.type not in BUSINESS_TYPES or context.lexicon.names_a_public_body(owner.label):
        return None
    main = context.main_company
    if main is not None and _DATA_CENTRES.search(main.label) and _holds_no_sites(owner, token):
        owner = main  # a buyer's release on "Tarn Data Centres", which it names above all: the tenants are Tarn's
    return stand_in(owner, token)


# a firm whose name says it may hold sites of its own to let: a data-centre, cloud, colocation or property firm
_SITE_HOLDER = re.compile(r"\b(?:data|cloud|colo\w*|propert\w*|realty|digital|towers?|infrastructure)\b", re.I)


def _holds_no_sites(owner: Entity, token: Token) -> bool:
    """Whether the firm whose document it is lets no sites of its own: a buyer, a bank, a fund — not a firm whose
    name says it may ("Tarn Data", "Pell Properties", a cloud), nor one speaking of "our" site in the sentence."""
    ours = any(t.lower_ in ("our", "we", "us") for t in token.sent)
    return owner.type != "Cloud" and _SITE_HOLDER.search(owner.label) is None and not ours


def _dealt_with_someone(verb: Token) -> bool:
    """Whether the words name the other party ("signed a lease with Osk", "rents capacity to Vey", "… from Tarn"):
    the relation rules read those."""
    return any(t.dep_ in ("prep", "dative") and t.lower_ in ("with", "to", "from") for t in verb.subtree)


def signs_a_lease(verb: Token, context: ReadingContext) -> bool:
    """ "signed a 12-year lease", "signed two leases", "signed a lease agreement": what the verb signs is a lease."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    words = [w for o in objects for w in (o, *(c for c in o.children if c.dep_ == "compound"))]
    return any(w.lemma_.lower() in context.lexicon.lease_nouns for w in words)


def _a_lease_signed(verb: Token, context: ReadingContext) -> bool:
    """ "signed a 12-year lease", "signed for 40 MW": a lease, or power capacity signed for."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return signs_a_lease(verb, context)
    units = context.lexicon.power_words
    return any(p.dep_ == "prep" and p.lower_ == "for" and any(t.lower_ in units for t in p.subtree)
               for p in verb.children)  # fmt: skip


def _space_at_its_own_site(verb: Token, context: ReadingContext) -> bool:
    """ "has rented 12 MW at the Tarn campus", "rents a hall at our Lisbon site": space or capacity taken at a site
    no one else is said to own ("at Osk's campus" is Osk's; the relation rules read it)."""
    taken = [w for c in verb.children if c.dep_ == "dobj" for w in c.subtree]
    if not any(w.lower_ in context.lexicon.leased_space for w in taken):
        return False
    sites = [p for c in verb.subtree if c.dep_ == "prep" and c.lower_ in ("at", "in", "on") for p in c.children]
    owned = [c for site in sites for c in site.children if c.dep_ == "poss" and c.lower_ not in ("our", "the")]
    return not owned


def _listed_tenants(noun: Token, companies: list[Mention]) -> list[Mention]:
    """ "Other tenants include Vey and Osk": the names the verb lists, unless the tenants are someone's ("its
    tenants", "tenants of Osk") or the last sentence's ("Those tenants include …")."""
    if any(c.dep_ == "poss" or c.lower_ in ("of", "those", "these") for c in noun.children):
        return []
    listed = [o for c in noun.head.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    return [m for o in listed if (m := _mention_at(o, companies)) is not None]


def _on_a_named_campus(
    verb: Token, sentence: Sentence, companies: list[Mention], context: ReadingContext
) -> Iterator[Found]:
    """ "leases a hall on a Tarn Data campus", "a leased hall on a Tarn Data campus": the campus its owner's name
    qualifies is the owner's, and the one leasing there (the verb's subject, or the clause's the hall is in) is
    its customer."""
    hall = verb.head if verb.dep_ == "amod" else verb
    sites = [p for c in hall.children if c.dep_ == "prep" and c.lower_ in ("on", "at") for p in c.children]
    owners = [
        m
        for site in sites
        if site.lower_ in context.lexicon.site_nouns
        for c in site.children
        if c.dep_ == "compound" and (m := _mention_at(c, companies)) is not None
    ]
    if not owners:
        return
    clause = verb
    while clause.pos_ not in ("VERB", "AUX") or clause.dep_ == "amod":
        if clause.head == clause:
            return
        clause = clause.head
    tenant = verb_subject(clause, sentence, companies, context)
    for owner in owners:
        if tenant is not None and tenant.entity.type in BUSINESS_TYPES and tenant.entity != owner.entity:
            yield "CustomerOf", tenant, owner, _CONFIDENCE


def _mention_at(token: Token, companies: list[Mention]) -> Mention | None:
    return next((m for m in companies if m.token_start <= token.i < m.token_end), None)


def lease_places(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "Osk leases two halls from Tarn Data in Lima, Peru", "the Lima campus that we rent from Tarn", "its campus in
    Lima, which is leased to Osk": what is leased stands in the landlord's building and is used by the tenant, so
    both operate where it stands. With several "from" phrases, a place is the nearest one's before it ("from Tarn or
    Vey in Peru or from Pell in Chile")."""
    doc = sentence.span.doc
    places = [m for m in sentence.mentions if m.entity.type in PLACE_TYPES]
    for verb in sentence.tokens:
        if lemma(verb) not in context.lexicon.leasing_verbs or verb.pos_ != "VERB" or denied_outright(verb):
            continue
        leased = _what_is_leased(verb, context)
        if _ended(verb, leased):
            continue  # "which was leased to Osk until last year", "its former site": no longer there
        froms = sorted(_phrases(leased, "from"), key=lambda p: p.i)
        # "is leased to Osk", "has leased a hall in Milan to Osk": the tenant a "to" names; "Osk has rented 12 MW at
        # the Tarn campus in Lima": the one leasing, tenant or landlord, who is there either way
        tenants = [m for m in companies for t in _phrases([verb], "to") if _leased_from(m.root(doc), t)]
        leasing = verb_subject(verb, sentence, companies, context) if _leases_space_now(verb, leased, context) else None
        if leasing is not None and leasing.entity.type in BUSINESS_TYPES:
            tenants.append(leasing)
        for place in places:
            where = _where_the_lease_stands(place.root(doc), context)
            if where is None:
                continue
            named_on = [f for f in froms if where in f.subtree]  # "from Pell in Chile": on the landlord itself
            before = [f for f in froms if f.i < place.token_start]
            # "a hall in Lima that it leases from Tarn": the place, on the noun the clause describes, comes first
            described = where in leased[1:] and verb.dep_ in ("relcl", "acl")
            placed = before[-1:] or (froms[:1] if described else []) if where in leased else []
            for source in named_on or placed:
                for landlord in (m for m in companies if _leased_from(m.root(doc), source)):
                    yield "OperatesIn", landlord, place, _CONFIDENCE
            if where in leased:
                yield from (("OperatesIn", tenant, place, _CONFIDENCE) for tenant in tenants)


def _leases_space_now(verb: Token, leased: list[Token], context: ReadingContext) -> bool:
    """Whether the verb's subject holds space now: space or power is leased ("12 MW", "two halls", not "a flat for
    its chief executive"), in a tense that tells a lease standing ("rents", "has rented", "which leases"), not one
    imagined or over ("could rent", "used to rent", "formerly rented", "had rented … before moving", "declined to
    rent", "…, which rented 12 MW, moved out")."""
    space = context.lexicon.leased_space | context.lexicon.power_words | context.lexicon.hardware_nouns
    if not any(t.lower_ in space or t.lemma_.lower() in space for w in leased[1:] for t in w.subtree):
        return False
    if verb.dep_ in ("xcomp", "advcl") or any(
        c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "had") for c in verb.children
    ):
        return False
    past_over = any(c.lower_ in ("formerly", "previously", "once", "before") for c in verb.subtree if c.i > verb.i - 3)
    left = _LEFT_SINCE.search(verb.sent.text) is not None  # "…, which rented 12 MW there, moved out in 2024"
    return verb.tag_ in ("VBZ", "VBP", "VBD", "VBN") and not past_over and not left


_LEFT_SINCE = re.compile(r"\b(?:moved\s+out|moved\s+to|left|vacated|closed|terminated|ended)\b", re.IGNORECASE)


def _ended(verb: Token, leased: list[Token]) -> bool:
    """Whether the lease is told as over: leased "until" a time, or a "former" site."""
    until = any(c.dep_ == "prep" and c.lower_ == "until" for c in verb.children)
    return until or any(c.lower_ in ("former", "old", "previous") for t in leased for c in t.children)


def _what_is_leased(verb: Token, context: ReadingContext) -> list[Token]:
    """The leasing verb and what it leases: its object or passive subject, or the noun a relative clause or a
    participle describes ("the campus that we lease", "a hall leased to Osk"), and the site a place so described
    stands for ("its campus in Lima, which is leased to Osk", however the parser hangs the clause)."""
    leased = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    if verb.dep_ in ("relcl", "acl"):
        described = verb.head
        leased.append(described)
        site = described.head.head
        placed = described.dep_ == "pobj" and described.head.lower_ in context.lexicon.site_prepositions
        if placed and site.lemma_.lower() in context.lexicon.site_nouns:
            leased.append(site)
    return leased


def _phrases(heads: list[Token], preposition: str) -> set[Token]:
    """The prepositions of that word on the heads, and those joined to them ("from Tarn … or from Pell")."""
    return {
        p
        for h in heads
        for p in (*h.children, *(c for p in h.children for c in p.conjuncts))
        if p.lower_ == preposition
    }


def _leased_from(name: Token, source: Token) -> bool:
    """Whether a name is what a "from" (or "to") phrase names, or one of a list of them ("from Tarn or Vey")."""
    while name.dep_ == "conj" and name.head != name:
        name = name.head
    return name.dep_ == "pobj" and name.head == source


def _where_the_lease_stands(place: Token, context: ReadingContext) -> Token | None:
    """The word a place says the whereabouts of: the head of the site preposition it hangs off (through a list or
    an apposition), past a site noun placed in turn ("at its campus in Lima": what the campus hangs off)."""
    holder = placed_by_a_preposition(place, context.lexicon.site_prepositions)
    if holder is None:
        return None
    while (
        holder.lemma_.lower() in context.lexicon.site_nouns and holder.head.lower_ in context.lexicon.site_prepositions
    ):
        holder = holder.head.head  # "at its campus in Lima": the campus, placed in turn
    return holder
