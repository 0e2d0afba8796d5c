"""A site said to be leased "to" a tenant, or "from" a landlord, by whoever holds it: "Tarn Data operates a
campus in Pellby, which is leased to Osk Cloud", "Vey Holdings, whose campus in Torvik is leased to Osk and
Pell", "Tarn converted its mining site into an AI campus leased to Osk". The holder is the company a possessive
names, the one "whose" describes, or the subject of the verb that holds, runs or makes the site; with none, the
firm whose own document it is ("Hall K is leased to Osk" in a data-centre firm's report, "The Vessby halls are
leased from Tarn" in a cloud's). A tenant is its landlord's customer."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence
from claimgraph.extract.leases import speaking_landlord
from claimgraph.extract.references import denied_outright, lemma, owner_named, stand_in

_CONFIDENCE = 0.6
_RELATIVES = frozenset({"which", "that"})
_SIZES = frozenset({"mw", "gw", "megawatt", "gigawatt"})  # "90 MW, leased from Tarn": capacity standing for a site


def sites_leased_to(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """Each (CustomerOf, tenant, landlord) a site leased "to" a tenant, or "from" a landlord, states: the site's
    holder is the landlord of the one, the tenant of the other."""
    for verb in sentence.tokens:
        if lemma(verb) not in context.lexicon.leasing_verbs or verb.tag_ != "VBN" or denied_outright(verb):
            continue
        for preposition in ("to", "from"):
            others = _named_after(verb, preposition, companies)
            site = _site(verb, context, also_sized=preposition == "from") if others else None
            holder = _holder(site, sentence, companies, context) if site is not None else None
            own = context.issuer if context.self_report else context.writer  # whose document it is, not a quote's
            if site is not None and holder is None and own is not None and not _held_by_another(site):
                # "Hall K is leased to Osk" in a data-centre firm's report, "90 MW, leased from Tarn" in a cloud's
                holder = speaking_landlord(context, site) if preposition == "to" else stand_in(own, site)
            if holder is None:
                continue
            for other in others:
                if other.entity != holder.entity:
                    tenant, landlord = (other, holder) if preposition == "to" else (holder, other)
                    yield "CustomerOf", tenant, landlord, _CONFIDENCE


def _named_after(verb: Token, preposition: str, companies: list[Mention]) -> list[Mention]:
    """The companies a "to" or "from" after the participle names, with those joined to them ("to Osk and Pell")."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == preposition), None)
    named = [c for c in prep.children if c.dep_ == "pobj"] if prep is not None else []
    named += [j for n in named for j in n.conjuncts]
    return [m for m in companies for n in named if m.token_start <= n.i < m.token_end]


def _site(verb: Token, context: ReadingContext, also_sized: bool) -> Token | None:
    """The site noun the participle describes ("a campus leased to Osk", "the campus, which is leased to Osk",
    "the campus is leased to Osk"), or, ``also_sized``, the capacity a list entry gives ("Hamar: 90 MW, leased from
    Tarn")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.lower_ not in _RELATIVES:
        site = subject
    elif verb.dep_ in ("acl", "relcl"):
        site = verb.head
    else:
        return None
    if site.dep_ == "pobj" and site.head.lower_ == "in" and site.lemma_.lower() not in context.lexicon.site_nouns:
        site = site.head.head  # "a campus in Pellby, which is leased to Osk": the parser hangs it on the place
    sites = context.lexicon.site_nouns | (_SIZES if also_sized else frozenset())
    named = any(c.dep_ == "compound" and c.lemma_.lower() in sites for c in site.children)  # "Hall K", "Campus 2"
    return site if site.lemma_.lower() in sites or named else None


def _held_by_another(site: Token) -> bool:
    """Whether the words give the site a holder of their own that is no company named ("its campus", "the
    university's hall"): then no document's firm stands in."""
    return any(c.dep_ == "poss" for c in site.children)


def _holder(site: Token, sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Mention | None:
    """Who holds the site: a company qualifying it ("a Tarn campus"), its possessive ("Tarn's campus", "whose
    campus", "its campus"), or the subject of the verb it is the object of ("Tarn operates a campus …")."""
    qualifying = next(
        (
            m
            for m in companies
            for c in site.children
            if c.dep_ == "compound" and m.token_start <= c.i < m.token_end and not m.token_start <= site.i < m.token_end
        ),
        None,
    )  # "a Tarn campus", but not "Hall K", a site's own name
    if qualifying is not None:
        return qualifying
    owner = next((c for c in site.children if c.dep_ == "poss"), None)
    if owner is not None:
        named = owner_named(owner, sentence, context)
        return named if named is not None and named.entity.type in BUSINESS_TYPES else None
    holding = site.head if site.dep_ in ("dobj", "pobj") else None
    while holding is not None and holding.dep_ == "prep":
        holding = holding.head  # "converted its site into an AI campus": the verb the preposition hangs on
    subject = next((c for c in holding.children if c.dep_ == "nsubj"), None) if holding is not None else None
    if subject is None:
        return None
    return next((m for m in companies if m.token_start <= subject.i < m.token_end), None)
