"""Relation claims (Develops, Offers, CustomerOf, SubsidiaryOf, BuiltOn, OperatesIn) between two mentions in
one sentence, found by these kinds of pattern, from the most to the least certain:

- a possessive ("Northwind’s Falcon", "its Larkspur cloud") or a parenthesis ("Corvid (Orca)", "Larkspur Cloud
  (Ashgrove)"), the entity types deciding the relation, and an apposition naming a parent or a unit ("Ashgrove,
  the parent company of Larkspur Cloud"): possessives.py;
- a word linking the two in the parse tree, its lemma and the entity types deciding (patterns/claims.json):
  relation_rules.py;
- shapes more than two neighbouring words say (relation_patterns.py), customer and supplier roles (customers.py,
  customer_roles.py);
- a verb without a subject of its own ("Built on the Wren framework, it adds …"), whose subject is the
  main clause's or, for a gerund, the company under discussion: implicit_subjects.py.

This module gathers them, reconciles what they found in one sentence (one seller per platform, a maker's supplier
no second developer) and turns each into a claim with its modality and evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from claimgraph.extract.channel_partners import channel_suppliers
from claimgraph.extract.client_places import clients_placed
from claimgraph.extract.context import ReadingContext
from claimgraph.extract.customer_roles import role_customers
from claimgraph.extract.customers import customer_relations, similar_customers
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence
from claimgraph.extract.fact_rows import availability_rows, fact_row_relations
from claimgraph.extract.firm_bases import firms_built_on
from claimgraph.extract.fleet_mix import fleet_parts_built_on
from claimgraph.extract.hardware_rentals import rented_as_sold, rented_hardware
from claimgraph.extract.implicit_subjects import SUBJECTLESS, made_by_the_topic, subjectless_relations
from claimgraph.extract.licences import permitted_only
from claimgraph.extract.normalize import modality_of
from claimgraph.extract.offer_lists import availability_lists, calls_to_models
from claimgraph.extract.organisations import site_at
from claimgraph.extract.owned_sites import owned_sites_placed
from claimgraph.extract.ownership import known_units, ownership, units_referred
from claimgraph.extract.possessives import adjacent_relations, possessive_relations
from claimgraph.extract.product_relations import (
    branded,
    branded_in_gazetteer,
    gazetteer_brand,
    served_on,
    suppliers_for_products,
    with_conjuncts,
    with_ellipsis,
    with_gapped_items,
)
from claimgraph.extract.references import (
    list_lead,
    pronoun_mentions,
)
from claimgraph.extract.relation_patterns import (
    catalogue_items,
    derived_models,
    fleets_built_on,
    fleets_made_of,
    models_derived_from,
    models_from_makers,
    owned_things_built_on,
    places_of_business,
    powering_models,
    priced_models,
    sets_its_price,
    site_owner,
    underlying_models,
    versions_built_on,
)
from claimgraph.extract.relation_rules import rule_links
from claimgraph.extract.rental_offers import offered_not_made
from claimgraph.extract.run_bases import things_run_on
from claimgraph.extract.site_hardware import sites_built_on
from claimgraph.extract.spans import clause_window, evidence_for
from claimgraph.extract.subsidiary_places import subsidiary_places
from claimgraph.records import Claim, Entity


def relation_claims(sentence: Sentence, context: ReadingContext) -> list[Claim]:
    claims: list[Claim] = []
    seen: set[tuple[str, str, str]] = set()
    rentals = list(rented_hardware(sentence, context))  # each item of its list read already, with its own renter
    found = suppliers_for_products([*_relations(sentence, context), *rentals], sentence, context)
    found = _makers_not_suppliers(_one_seller_per_offer(offered_not_made(found), context), context)
    found = rented_as_sold(found, rentals)
    found += list(subsidiary_places(found, sentence, context))
    parents = {s.entity.key: o.entity.key for t, s, o, _ in found if t == "SubsidiaryOf" and s.entity != o.entity}
    customers = any(t.lower_ in context.lexicon.customer_nouns for t in sentence.tokens)  # "Osk is Osk Cloud's client"
    for claim_type, subject, obj, confidence in found:
        key = (claim_type, subject.entity.key, obj.entity.key)
        if subject.entity == obj.entity or key in seen:
            continue
        if claim_type == "Develops" and _anothers_brand(obj.entity, subject.entity, parents, context):
            continue  # "K9 is made by Tarn Foundry", the gazetteer knowing "Osk K9": Tarn makes it for Osk
        if claim_type == "CustomerOf" and any(
            t == "SubsidiaryOf" and {s.entity.key, o.entity.key} == {subject.entity.key, obj.entity.key}
            for t, s, o, _ in found
        ):
            continue  # buying a company ("bought X", "was bought by Y") makes it a subsidiary, not a supplier
        if claim_type == "CustomerOf" and _one_owns_the_other(subject.entity, obj.entity, context) and not customers:
            continue  # "Osk signed a lease to expand Osk Cloud's region": a group and its own unit trade with no one
        if claim_type == "CustomerOf" and any(
            t == "CustomerOf" and (s.entity, o.entity) == (obj.entity, subject.entity) and c > confidence
            for t, s, o, c in found
        ):
            continue  # "orders from Orrin, its largest customer": the surer reading sets which way it goes
        if claim_type == "Offers" and _hosts_its_own(sentence, obj):
            continue  # "Osk serves its Tarn assistant from the Lima campus": its making, hosted, not a catalogue's
        if claim_type == "OperatesIn" and sentence.doc_text.startswith("-", obj.end):
            continue  # "a China-specific chip" describes the chip: it names no place the company works in
        only_there = claim_type == "OperatesIn" and _only_there(sentence, obj)
        if claim_type == "OperatesIn" and not only_there and _not_there(sentence, obj):
            continue
        if claim_type == "OperatesIn" and permitted_only(subject.root(sentence.span.doc)):
            continue  # "would allow Osk to sell its chips to buyers in Peru": allowed, not done
        if claim_type == "OperatesIn" and _a_sites_name(subject, sentence.span.doc, context):
            continue  # "the Tarn campus in Ohio", "Osk AI Campus": a site is where someone operates, not who
        if claim_type == "OperatesIn" and _anothers_place(sentence, obj, subject):
            continue  # "…, and Chile's Osk Data says it will pass 1 GW": Chile is Osk Data's, not the subject's
        if claim_type == "OperatesIn" and _a_rules_place(sentence, obj, context):
            continue  # "because of Ruritanian export rules, it does not sell there": whose rules, not where it is
        # only a site the place names ("at Tarn's Lima site") is its owner's alone: "Pell's regions in Germany are
        # run by Osk" puts both there
        owner = site_owner(sentence, obj, context, placed=False) if claim_type == "OperatesIn" else None
        owners = (subject.entity.key, parents.get(subject.entity.key), context.parents.get(subject.entity.key))
        if owner is not None and owner.key not in owners:
            continue  # "pays Tarn for capacity at Tarn's Lima site": the site's owner (or its unit) is there
        if (claim_type in ("SubsidiaryOf", "Develops", "Offers") and _public_body(subject, context)) or (
            claim_type == "CustomerOf" and _public_body(obj, context)
        ):
            continue  # "the Commerce Department granted Osk licences to sell its K9 to Tarn": a regulator sells nothing
        if confidence <= SUBJECTLESS and any(
            t == claim_type and o.entity == obj.entity and c > confidence for t, _, o, c in found
        ):
            continue  # a subject read from a pattern beats one guessed for a subjectless verb
        if any(
            t == claim_type
            and o.entity == obj.entity
            and subject.entity.key in (parents.get(s.entity.key), context.parents.get(s.entity.key))
            for t, s, o, _ in found
        ):
            continue  # "Ashgrove … integrating Corvid’s models into Larkspur Cloud": the unit does it, not its parent
        seen.add(key)
        if claim_type == "CustomerOf":
            context.supplier, context.customer = obj.entity, subject.entity
        if claim_type == "SubsidiaryOf":
            context.owners[subject.entity.key] = obj.entity
        if claim_type in ("Offers", "Develops"):
            context.note_offer(subject.entity, obj.entity, made=claim_type == "Develops")
        modality = "asserted" if only_there else _modality(sentence, subject, obj)
        if claim_type == "Offers" and modality == "negated" and _price_not_moved(sentence, context):
            modality = "asserted"  # "did not cut the price of Tarn-4": it still sells Tarn-4
        # "Orrin doesn't operate in Peru yet", in an analyst's interview answer or a call's turn: theirs
        source = context.attribution if context.in_turn or context.answering else None
        if source is not None and modality == "asserted":
            modality = "reported"
        place = context.country_entity(obj.entity) if claim_type == "OperatesIn" else None
        offering = _sold_as(sentence, obj, context) if claim_type == "Offers" else None
        claims.append(
            Claim(
                type=claim_type,
                subject=subject.entity,
                object=place or offering or obj.entity,
                modality=modality,
                attributed_to=source,
                confidence=confidence,
                evidence=(evidence_for(sentence, (subject.start, subject.end), (obj.start, obj.end)),),
            )
        )
    return claims


# site nouns that end a site's name but seldom a firm's (a firm's name may end in "Centre" too)
_SITE_NAME_ENDS = frozenset({"campus", "site", "region", "cluster", "zone", "hall", "plant", "facility", "factory"})


def _one_owns_the_other(a: Entity, b: Entity, context: ReadingContext) -> bool:
    """Whether either entity is a unit or brand of the other as the gazetteer records it ("Osk Cloud" of Osk): one
    business, which buys nothing from itself unless the text calls one the other's customer. A firm the article says
    was spun out of another, or is partly owned by it, may well trade with it."""
    return any(context.parents.get(child.key) == parent.key for child, parent in ((a, b), (b, a)))


def _a_sites_name(mention: Mention, doc: Doc, context: ReadingContext) -> bool:
    """Whether a name the gazetteer does not know names a site ("Osk AI Campus", "the Tarn campus", "the Vell,
    Ohio campus"): its last word, or the noun right after it (past a place set off by commas), is a site noun."""
    if mention.entity.known or mention.entity.type != "Organization":
        return False
    if mention.entity.label.split()[-1].lower() in _SITE_NAME_ENDS:
        return True
    after = mention.token_end
    while (
        after < len(doc)
        and after - mention.token_end < 4
        and (doc[after].text == "," or doc[after].ent_type_ in ("GPE", "LOC"))
    ):
        after += 1  # "the New Vell, Ohio campus": the state between the name and its noun
    return after < len(doc) and doc[after].lemma_.lower() in _SITE_NAME_ENDS


def _sold_as(sentence: Sentence, thing: Mention, context: ReadingContext) -> Entity | None:
    """ "plans to offer K9 instances", "rents K9 clusters by the hour", "sells K9 capacity": a chip named right
    before the hardware a cloud sells by the hour is offered as that ("K9 instances"), the offering the sentence
    names; a product before a subscription or a plan ("Osk Copilot subscriptions") is offered as itself."""
    doc = sentence.span.doc
    after = thing.token_end
    if thing.entity.type != "Product" or after >= sentence.span.end or doc[after].pos_ not in ("NOUN", "PROPN"):
        return None
    lexicon = context.lexicon
    if doc[after].lemma_.lower() not in lexicon.rented_hardware_nouns:
        return None
    if after + 1 < sentence.span.end and doc[after + 1].dep_ == "compound" and doc[after + 1].pos_ == "NOUN":
        return None  # "K9 cluster rental": the offering's head is further on; the thing stays as named
    return context.index.entity_for(doc[thing.token_start : after + 1].text, "Product")


def _one_seller_per_offer(found: list[Found], context: ReadingContext) -> list[Found]:
    """ "Its Model Studio platform offers Qwen3": the platform and the cloud owning it are read as two sellers of
    one model, which is one offer. The platform stands for it when its name carries the owner's ("Pell Cloud
    Studio" for Pell Cloud), so the claim names both; otherwise the owner does. Sellers that merely stand side by
    side ("on Pell Cloud, Amazon Bedrock and Vertex AI") are each a seller."""
    made = {(s.entity.key, o.entity.key) for t, s, o, _ in found if t == "Develops"}
    sellers: dict[str, list[Entity]] = {}
    for claim_type, subject, obj, _ in found:
        if claim_type == "Offers":
            sellers.setdefault(obj.entity.key, []).append(subject.entity)

    def owns(owner: Entity, platform: Entity) -> bool:
        maker = context.maker_of(platform)
        return owner.type in BUSINESS_TYPES and ((owner.key, platform.key) in made or maker == owner)

    def redundant(subject: Entity, obj: Entity) -> bool:
        others = [e for e in sellers.get(obj.key, []) if e != subject]
        if subject.type == "Product":
            return any(owns(e, subject) and e.label not in subject.label for e in others)
        return any(e.type == "Product" and owns(subject, e) and subject.label in e.label for e in others)

    return [f for f in found if f[0] != "Offers" or not redundant(f[1].entity, f[2].entity)]


def _makers_not_suppliers(found: list[Found], context: ReadingContext) -> list[Found]:
    """ "Its Ascend 910C is made by SMIC", "Osk designs the K9. The K9 is made by Tarn": the owner (here, or as
    the article said before) develops the chip and buys from the company that makes it, which is its supplier,
    not a second developer."""
    bought = {(s.entity.key, o.entity.key) for t, s, o, _ in found if t == "CustomerOf"}
    made = [(s.entity.key, o.entity.key) for t, s, o, _ in found if t == "Develops"]

    def supplies_the_maker(supplier: str, product: Entity) -> bool:
        said = context.maker_of(product)
        makers = {m for m, p in made if p == product.key} | ({said.key} if said is not None else set())
        return any(m != supplier and (m, supplier) in bought for m in makers)

    return [f for f in found if f[0] != "Develops" or not supplies_the_maker(f[1].entity.key, f[2].entity)]


def _anothers_brand(thing: Entity, maker: Entity, parents: dict[str, str], context: ReadingContext) -> bool:
    """Whether the gazetteer writes the thing under another company's name than the maker's, or than the company
    the sentence makes the maker a unit of ("Tarn Chips, Osk's chip unit, designs the K9")."""
    brand = gazetteer_brand(thing, context)
    if brand is None:
        return False
    family = {brand.key, context.parents.get(brand.key, brand.key)}  # "AWS Trainium" is Amazon's too
    return parents.get(maker.key) not in family and branded_in_gazetteer(thing, maker, context)


def _public_body(mention: Mention, context: ReadingContext) -> bool:
    return context.lexicon.names_a_public_body(mention.entity.label)


def _only_there(sentence: Sentence, place: Mention) -> bool:
    """ "does not sell outside China", "sells nothing outside Chile": working nowhere but the place, so there."""
    doc = sentence.span.doc
    head = place.root(doc).head
    if head.lower_ != "outside":
        return False
    verb = head.head
    return any(c.dep_ == "neg" or c.lower_ in ("nothing", "none", "no") for c in (*verb.children, *verb.subtree))


def _not_there(sentence: Sentence, place: Mention) -> bool:
    """ "outside China": a place named as excluded; "Riyadh, Saudi Arabia": a city its country follows (the
    country is where the company operates)."""
    head = place.root(sentence.span.doc).head
    if head.lower_ in ("outside", "beyond", "except", "excluding"):
        # "sells nothing outside Chile" excludes a country; "a site outside Tromsø" stands by a city
        return not (head.lower_ == "outside" and place.entity.type == "Region" and site_at(head))
    return _city_then_country(sentence, place)


def _city_then_country(sentence: Sentence, place: Mention) -> bool:
    """ "Riyadh, Saudi Arabia", "Tromso (Norway)": a city its country follows."""
    country = next((m for m in sentence.mentions if m.start > place.end), None)
    located = country is not None and sentence.doc_text[place.end : country.start] in (", ", " (")
    return place.entity.type == "Region" and located and country is not None and country.entity.type == "Country"


def _relations(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    found = list(with_conjuncts(sentence, list(_read_relations(sentence, context)), context))
    yield from found
    yield from served_on(sentence, context)  # one model on one platform: no list reaches past either
    yield from fleet_parts_built_on(sentence, context)  # every part named already: no list or ellipsis to extend
    yield from with_ellipsis(sentence, found)
    yield from with_gapped_items(sentence, found)


def _read_relations(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    mentions = sentence.mentions
    yield from adjacent_relations(sentence, context)
    yield from branded(sentence, context)
    yield from possessive_relations(sentence, context)
    yield from known_units(sentence, context)
    yield from customer_relations(sentence, context)
    yield from role_customers(sentence, context)
    yield from channel_suppliers(sentence, context)
    yield from places_of_business(sentence, context)
    yield from clients_placed(sentence, context)
    yield from ownership(sentence, context)
    units = list(units_referred(sentence, context))
    yield from units
    # "the retailer's cloud arm opened …": the unit the noun stands for acts, as a name would
    referred = [unit for _, unit, _, _ in units]
    linkable = sorted([*mentions, *pronoun_mentions(sentence, context), *referred], key=lambda m: m.start)
    lead = list_lead(sentence)
    yield from _listed_product(sentence, lead, context)
    yield from fact_row_relations(sentence, context)
    yield from availability_rows(sentence, context)
    for i, a in enumerate(linkable):
        for b in linkable[i + 1 :]:
            if (a.start, a.end) == (b.start, b.end):
                continue  # "both models": two stand-ins for one word relate to others, not to each other
            for rule, subject, obj in rule_links(sentence, a, b, context, lead):
                yield rule.type, subject, obj, 0.65
    yield from subjectless_relations(sentence, context, linkable)
    yield from made_by_the_topic(sentence, context)
    yield from similar_customers(sentence, context)
    yield from underlying_models(sentence)
    yield from powering_models(sentence, context)
    yield from derived_models(sentence)
    yield from models_derived_from(sentence)
    yield from things_run_on(sentence, context)
    yield from sites_built_on(sentence, context)
    yield from owned_sites_placed(sentence, context)
    yield from firms_built_on(sentence)
    yield from fleets_built_on(sentence, context)
    yield from owned_things_built_on(sentence, context)
    yield from fleets_made_of(sentence, context)
    yield from versions_built_on(sentence, context)
    yield from priced_models(sentence, context)
    yield from sets_its_price(sentence, context)
    yield from catalogue_items(sentence, context)
    yield from models_from_makers(sentence, context)
    yield from calls_to_models(sentence, context)
    yield from availability_lists(sentence, context)


def _listed_product(sentence: Sentence, lead: Mention | None, context: ReadingContext) -> Iterator[Found]:
    """ "Kestrel Labs: Kestrel-Coder, built on …": a list row naming a developer, then its model."""
    if lead is None or lead.entity.type not in context.lexicon.possessive_owners:
        return
    following = [m for m in sentence.mentions if m.start > lead.end]
    if not following or following[0].entity.type not in ("Model", "Product"):
        return
    product = following[0]
    gap = sentence.doc_text[lead.end : product.start]
    rest = sentence.doc_text[product.end : sentence.end]
    # the row names the product itself ("…: Kestrel-Coder, built on …"), not something done to it ("…: X prices cut")
    if re.fullmatch(r"\s*[:—–-]\s*", gap) and re.match(r"\s*(?:[,;(—–]|$)", rest):
        yield "Develops", lead, product, 0.7


def _a_rules_place(sentence: Sentence, place: Mention, context: ReadingContext) -> bool:
    """Whether the place qualifies a rule ("US export regulations", "Chinese rules"): it names who made the rule."""
    noun = place.root(sentence.span.doc)
    while noun.dep_ in ("compound", "amod", "nmod") and noun.head.i > noun.i:
        noun = noun.head
        if noun.lower_ in context.lexicon.discovery.policy_heads:
            return True
    return False


_HOSTING = frozenset({"serve", "run", "host"})


def _hosts_its_own(sentence: Sentence, thing: Mention) -> bool:
    """Whether the thing is the subject's own ("its", "their", "our") and the verb only says where or on what it runs
    ("serves its Tarn assistant from Lima", "runs its models on K9 chips"): the owner makes it (Develops) and it is
    built on the place or the hardware (BuiltOn); no provider offers it to anyone."""
    root = thing.root(sentence.span.doc)
    while root.dep_ == "compound" and root.head != root:
        root = root.head  # "its Tarn assistant": the noun the name stands on
    own = any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in root.children)
    verb = root.head
    # "serves its Tarn models to banks through an API": served to someone, it is offered
    to_someone = any(
        p.dep_ == "prep" and p.lower_ in ("to", "through", "via") for p in (*verb.children, *root.children)
    )
    return own and root.dep_ == "dobj" and verb.lemma_.lower() in _HOSTING and not to_someone


def _anothers_place(sentence: Sentence, place: Mention, subject: Mention) -> bool:
    """Whether the place is the possessive of another company's name ("Chile's Osk Data")."""
    doc = sentence.span.doc
    root = place.root(doc)
    if root.dep_ != "poss":
        return False
    owned = next((m for m in sentence.mentions if m.token_start <= root.head.i < m.token_end), None)
    return owned is not None and owned.entity != subject.entity and owned.entity.type in BUSINESS_TYPES


def _price_not_moved(sentence: Sentence, context: ReadingContext) -> bool:
    """ "We did not cut the price of Tarn-4", "has not raised its prices": the "not" is the price's, not the sale's
    (but "does not sell Tarn-4 and has not cut its price" denies the sale too)."""
    nouns = context.lexicon.price_nouns
    negations = [t for t in sentence.tokens if t.dep_ == "neg"]
    return bool(negations) and all(
        any(c.dep_ == "dobj" and c.lower_ in nouns for c in t.head.children) for t in negations
    )


def _modality(sentence: Sentence, subject: Mention, obj: Mention) -> str:
    """A relation is negated or reported as the clause that links its two mentions is ("Corvid doesn’t operate in
    Chile", "reportedly a customer of"); a "not" or "will" elsewhere in the sentence, and hedges on figures, do
    not apply to it."""
    start, end = min(subject.start, obj.start), max(subject.end, obj.end)
    between = [t for t in sentence.tokens if start <= t.idx < end]
    if not any(t.pos_ in ("VERB", "AUX") for t in between):
        # "its A100 chips", "Anthropic, an AWS customer": a relation the noun phrase presupposes is the writer's,
        # whoever's statement it stands in
        return "negated" if modality_of(sentence.doc_text[start:end]) == "negated" else "asserted"
    left, _ = clause_window(sentence, start, start)
    modality = modality_of(sentence.doc_text[left:end])
    return modality if modality in ("negated", "reported", "forecast") else "asserted"
