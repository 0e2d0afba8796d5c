"""Relation claims (Develops, Offers, CustomerOf, SubsidiaryOf, BuiltOn, OperatesIn) between two mentions in
one sentence, found by four kinds of pattern, from the most to the least certain:

- a possessive ("Northwind’s Falcon", "its Larkspur cloud") or a parenthesis ("Corvid (Orca)", "Larkspur Cloud
  (Ashgrove)"), the entity types deciding the relation, and an apposition naming a parent or a unit ("Ashgrove,
  the parent company of Larkspur Cloud"): possessives.py;
- a word linking the two in the parse tree, its lemma and the entity types deciding (patterns/claims.json);
- a verb without a subject of its own ("Built on the Wren framework, it adds …"), whose subject is the
  main clause's or, for a gerund, the company under discussion: implicit_subjects.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from claimgraph.extract.clause_paths import (
    describes,
    introducing_prep,
    is_subject_side,
    prep_on_path,
    subject_of_another_clause,
    subject_other_than,
)
from claimgraph.extract.context import ReadingContext
from claimgraph.extract.customer_roles import role_customers, won_deal
from claimgraph.extract.customers import customer_relations, similar_customers
from claimgraph.extract.document import BUSINESS_TYPES, PRODUCT_CODE, Found, Mention, Sentence, qualifies
from claimgraph.extract.fact_rows import fact_row_relations
from claimgraph.extract.implicit_subjects import SUBJECTLESS, made_by_the_topic, subjectless_relations
from claimgraph.extract.lexicon import RelationRule
from claimgraph.extract.normalize import modality_of
from claimgraph.extract.organisations import site_at
from claimgraph.extract.ownership import known_units, ownership, units_referred
from claimgraph.extract.places import country_of
from claimgraph.extract.possessives import adjacent_relations, possessive_relations
from claimgraph.extract.product_relations import branded, suppliers_for_products, with_conjuncts, with_ellipsis
from claimgraph.extract.references import (
    as_models,
    dealt_with_by_the_speaker,
    lemma_forms,
    list_lead,
    pronoun_mentions,
)
from claimgraph.extract.relation_patterns import (
    derived_models,
    fleets_built_on,
    places_of_business,
    powering_models,
    priced_models,
    sets_its_price,
    site_owner,
    underlying_models,
)
from claimgraph.extract.spans import clause_window, evidence_for
from claimgraph.records import Claim, Entity

# what a customer buys in a place, which puts the seller there, not the buyer
_BOUGHT = frozenset({"capacity", "site", "region", "centre", "center", "facility", "campus", "hub"})


def relation_claims(sentence: Sentence, context: ReadingContext) -> list[Claim]:
    claims: list[Claim] = []
    seen: set[tuple[str, str, str]] = set()
    found = suppliers_for_products(list(_relations(sentence, context)), sentence)
    found = _makers_not_suppliers(_one_seller_per_offer(found, context))
    parents = {s.entity.key: o.entity.key for t, s, o, _ in found if t == "SubsidiaryOf" and s.entity != o.entity}
    for claim_type, subject, obj, confidence in found:
        key = (claim_type, subject.entity.key, obj.entity.key)
        if subject.entity == obj.entity or key in seen:
            continue
        if claim_type == "CustomerOf" and any(
            t == "SubsidiaryOf" and {s.entity.key, o.entity.key} == {subject.entity.key, obj.entity.key}
            for t, s, o, _ in found
        ):
            continue  # buying a company ("bought X", "was bought by Y") makes it a subsidiary, not a supplier
        if claim_type == "CustomerOf" and any(
            t == "CustomerOf" and (s.entity, o.entity) == (obj.entity, subject.entity) and c > confidence
            for t, s, o, c in found
        ):
            continue  # "orders from Orrin, its largest customer": the surer reading sets which way it goes
        if claim_type == "OperatesIn" and sentence.doc_text.startswith("-", obj.end):
            continue  # "a China-specific chip" describes the chip: it names no place the company works in
        only_there = claim_type == "OperatesIn" and _only_there(sentence, obj)
        if claim_type == "OperatesIn" and not only_there and _not_there(sentence, obj):
            continue
        if claim_type == "OperatesIn" and _anothers_place(sentence, obj, subject):
            continue  # "…, and Chile's Osk Data says it will pass 1 GW": Chile is Osk Data's, not the subject's
        owner = site_owner(sentence, obj, context) if claim_type == "OperatesIn" else None
        owners = (subject.entity.key, parents.get(subject.entity.key), context.parents.get(subject.entity.key))
        if owner is not None and owner.key not in owners:
            continue  # "pays Tarn for capacity at Tarn's Lima site": the site's owner (or its unit) is there
        if claim_type == "SubsidiaryOf" and _public_body(subject, context):
            continue
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
            context.supplier = obj.entity
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
        place = _country_of(obj.entity, context) if claim_type == "OperatesIn" else None
        claims.append(
            Claim(
                type=claim_type,
                subject=subject.entity,
                object=place or obj.entity,
                modality=modality,
                attributed_to=source,
                confidence=confidence,
                evidence=(evidence_for(sentence, (subject.start, subject.end), (obj.start, obj.end)),),
            )
        )
    return claims


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


def _makers_not_suppliers(found: list[Found]) -> list[Found]:
    """ "Its Ascend 910C is made by SMIC": the owner develops the chip and buys from the company that makes it,
    which is its supplier, not a second developer."""
    bought = {(s.entity.key, o.entity.key) for t, s, o, _ in found if t == "CustomerOf"}
    made = [(s.entity.key, o.entity.key) for t, s, o, _ in found if t == "Develops"]

    def supplies_the_maker(supplier: str, product: str) -> bool:
        return any(p == product and m != supplier and (m, supplier) in bought for m, p in made)

    return [f for f in found if f[0] != "Develops" or not supplies_the_maker(f[1].entity.key, f[2].entity.key)]


def _country_of(place: Entity, context: ReadingContext) -> Entity | None:
    """The country a city or US state a company operates in lies in ("sites in Navi Mumbai and Chennai": India)."""
    country = country_of(place.label) if place.type == "Region" and not place.known else None
    return context.index.entity_for(country, "Country") if country is not None else None


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
    yield from with_ellipsis(sentence, found)


def _read_relations(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    mentions = sentence.mentions
    yield from adjacent_relations(sentence, context)
    yield from branded(sentence, context)
    yield from possessive_relations(sentence, context)
    yield from known_units(sentence, context)
    yield from customer_relations(sentence, context)
    yield from role_customers(sentence, context)
    yield from places_of_business(sentence, context)
    yield from ownership(sentence, context)
    units = list(units_referred(sentence, context))
    yield from units
    # "the retailer's cloud arm opened …": the unit the noun stands for acts, as a name would
    referred = [unit for _, unit, _, _ in units]
    linkable = sorted([*mentions, *pronoun_mentions(sentence, context), *referred], key=lambda m: m.start)
    lead = list_lead(sentence)
    yield from _listed_product(sentence, lead, context)
    yield from fact_row_relations(sentence, context)
    for i, a in enumerate(linkable):
        for b in linkable[i + 1 :]:
            for rule, subject, obj in _linked(sentence, a, b, context, lead):
                yield rule.type, subject, obj, 0.65
    yield from subjectless_relations(sentence, context, linkable)
    yield from made_by_the_topic(sentence, context)
    yield from similar_customers(sentence, context)
    yield from underlying_models(sentence)
    yield from powering_models(sentence, context)
    yield from derived_models(sentence)
    yield from fleets_built_on(sentence, context)
    yield from priced_models(sentence, context)
    yield from sets_its_price(sentence, context)


_INTENT_NOUNS = frozenset({"plan", "intention", "bid", "attempt", "decision", "move", "effort", "ambition", "aim"})


def _intended_act(clause: Token) -> bool:
    """ "has no plans to enter the UK", "its decision to exit Italy": the act a plan or decision is about belongs
    to the clause that has the plan (its negation included)."""
    return clause.dep_ == "acl" and clause.head.lemma_.lower() in _INTENT_NOUNS


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


def _linked(
    sentence: Sentence, a: Mention, b: Mention, context: ReadingContext, lead: Mention | None
) -> Iterator[tuple[RelationRule, Mention, Mention]]:
    """Rules whose lemma links the two mentions in the parse: on the path through their lowest common ancestor,
    not counting words of another clause (a verb with a subject of its own: "… but Falcon was made for it")."""
    doc = sentence.span.doc
    ra, rb = a.root(doc), b.root(doc)
    ancestors_a = [ra, *ra.ancestors]
    ancestors_b = [rb, *rb.ancestors]
    common = next((t for t in ancestors_a if t in ancestors_b), None)
    if common is None:
        return
    path = ancestors_a[: ancestors_a.index(common)] + ancestors_b[: ancestors_b.index(common)]
    if any(subject_other_than(t, (ra, rb)) for t in path):
        return  # one of them sits in another clause, whose verb has a subject of its own
    if any(t.dep_ in ("acl", "relcl") and not describes(t, (ra, rb)) and not _intended_act(t) for t in path):
        return  # "Tern, a company owned by a state fund, has ordered …": a description of one is not the other's clause
    if any(t.dep_ == "appos" and t.head.dep_ == "nsubj" and t.head.head == common for t in path if t not in (ra, rb)):
        return  # "Huolan, a spin-out of Goldmere, designs the K7": who the subject came from does not design
    if common.lower_ in context.lexicon.attribution_verbs and any(
        r.dep_ == "nsubj" and r.head == common for r in (ra, rb)
    ):
        return  # "Osprey said Kite-2 can be accessed through …": the one who says is no party to what is said
    predicates = [c for c in common.children if c.dep_ in ("acomp", "attr")]  # "are available", "is a customer"
    if common.lemma_ == "have":
        predicates += [c for c in common.children if c.dep_ == "dobj"]  # "has offices in Japan": what it has
    # "is a fine-tuned version of Y": what the predicate noun says of how it was made
    predicates += [m for p in predicates for m in p.children if m.dep_ == "amod" and m.i < p.i]
    described = {r.head for r in (ra, rb) if r.dep_ == "appos"}  # "its latest release, X": a description
    # "builds the Fenno models on top of Y": the parser hangs the "on" on the object, not on its verb
    attached = [common.head] if common.dep_ == "dobj" and common.pos_ == "NOUN" and prep_on_path(path, common) else []
    words = [
        t
        for t in (*path, common, *predicates, *attached)
        if t.pos_ in _LINK_POS and (t == common or t not in described)
    ]
    lemmas = {form for t in words for form in lemma_forms(t)}
    causative = any(_makes_it_so(t) for t in words)
    for rule in context.lexicon.relation_rules:
        found = lemmas & rule.lemmas
        if not found or (rule.type == "Develops" and causative and found == {"make"}):
            continue  # "made Orca-7 free": what it was made, not who made it (but "made it available" offers it)
        if rule.type == "CustomerOf" and any(_lets_out(t) for t in (*path, common)):
            continue  # "Pell Cloud rents out Osk chips": it is the one renting them to others
        if rule.type == "CustomerOf" and any(won_deal(t) for t in (*path, common)):
            continue  # "Osk landed an order from Halden": an order won is sold, not bought (``customers`` reads it)
        if rule.type == "OperatesIn" and found <= _BOUGHT and any(_buys(t, context) for t in words):
            continue  # "pays Tarn for capacity in Peru", "rents capacity in Lima": the seller's place, not the buyer's
        for subject, other in ((a, b), (b, a)):
            if _owner_of_a_unit(subject.root(doc), context):
                continue  # "The Alibaba Group unit runs …": the unit acts (``units_referred``), not its owner
            if _owner_of_a_party(subject.root(doc), context):
                continue  # "Pell Cloud's customers run on X": the customers do, not Pell Cloud
            obj = _fitting_object(sentence, other, rule, context)
            by_prep = introducing_prep(subject.root(doc)) in rule.subject_preps
            allowed = rule.subject_types | rule.prep_subject_types if by_prep else rule.subject_types
            if obj is None or subject.entity.type not in allowed:
                continue
            if subject_of_another_clause(obj.root(doc), path):
                continue  # "Meta uses X, while Apple relies on Y": the subject of a clause of its own is no object
            if rule.object_preps and introducing_prep(obj.root(doc)) not in rule.object_preps:
                continue
            if introducing_prep(obj.root(doc)) in rule.object_excluded_preps:
                continue  # "built … on top of Orca2.5-VL": what a thing is built on is not what was built
            if rule.type == "CustomerOf" and "on" in rule.object_preps and _not_whose_it_runs_on(sentence, obj):
                continue  # "runs on Osk K7 systems": what it runs on is the product, not a deal with its maker
            if rule.type == "CustomerOf" and _taken_on_as_customer(obj.root(doc), context):
                continue  # "signed Orlen as a customer": Orlen is the customer, the subject its supplier
            if rule.type == "CustomerOf" and any(t.lower_ in context.lexicon.customer_nouns for t in path):
                continue  # "signed X as customers for Y": the customer noun's readers tell whose customers
            if rule.type == "CustomerOf" and dealt_with_by_the_speaker(doc[subject.token_start], obj.root(doc)):
                continue
            if rule.type == "CustomerOf" and _a_cloud_signing_a_client(subject, obj, common, doc):
                continue  # "Tessel Cloud signed a deal with Orrin Bank": the bank buys from the cloud
            root = subject.root(doc)
            led = subject == lead and not any(
                lead.end <= m.start and m.end <= obj.start
                for m in sentence.mentions
                if m.entity.type in ("Model", "Product")
            )
            phrase = root
            while phrase.dep_ in ("compound", "amod", "appos") and phrase.head != phrase:
                # "builds the Fenno models on top of Z", "builds its assistant, Fenno Chat, on top of Z": the
                # phrase the name stands in (or in apposition to) is the object
                phrase = phrase.head
            # "built Y on top of Z", and with the "on" hung on Y itself
            made_on = rule.object_preps and phrase.dep_ == "dobj" and (phrase.head == common or phrase == common)
            # "Brightwater, the company behind Argo, …": the other name sits inside the subject's own phrase
            inside = root == common and obj.root(doc) in common.subtree
            by_subject_prep = introducing_prep(root) in rule.subject_preps
            # "Orca-7, which Osric Cloud distributes": the subject of a relative clause describing the object
            relative = obj.root(doc) == common and root.dep_ == "nsubj" and root.head.dep_ == "relcl"
            if led or made_on or inside or by_subject_prep or relative or is_subject_side(root, common):
                yield rule, subject, obj
                break


def _owner_of_a_party(root: Token, context: ReadingContext) -> bool:
    """ "Tarn's customers", "its rivals": a possessive on a party to the company names whose party acts."""
    parties = context.lexicon.customer_nouns | context.lexicon.counterpart_nouns
    return root.dep_ == "poss" and root.head.lower_ in parties


def _lets_out(verb: Token) -> bool:
    """ "rents out", "leases out", "hires out": the subject lets something to others."""
    return verb.lemma_.lower() in ("rent", "lease", "hire", "let") and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )


def _not_whose_it_runs_on(sentence: Sentence, mention: Mention) -> bool:
    """Whether a name after "runs on" says nothing of whose the thing run on is: a bare brand in the phrase of a
    named product ("Osk K7 systems", not "Osk's K7 chips" or "Osk hardware"), or a name of no known kind that is
    not an owner ("on Bedrock", "on H100s", but "on Pellam's chips")."""
    doc = sentence.span.doc
    root = mention.root(doc)
    if mention.entity.type == "Organization" and root.dep_ != "poss":
        return True
    if root.dep_ not in ("compound", "nmod"):
        return False
    phrase = root.head
    if PRODUCT_CODE.fullmatch(phrase.text):
        return True  # "Osk K7s", a product the NER left unnamed
    return any(
        m.entity.type in ("Product", "Model") and (m.root(doc) == phrase or m.root(doc).head == phrase)
        for m in sentence.mentions
        if m != mention
    )


def _owner_of_a_unit(root: Token, context: ReadingContext) -> bool:
    """Whether a name only says whose unit a unit noun is ("the Osk Group unit", "Osk's cloud arm")."""
    return any(qualifies(root, noun) for noun in root.ancestors if noun.lemma_.lower() in context.lexicon.unit_nouns)


def _anothers_place(sentence: Sentence, place: Mention, subject: Mention) -> bool:
    """Whether the place is the possessive of another company's name ("Chile's Osk Data")."""
    doc = sentence.span.doc
    root = place.root(doc)
    if root.dep_ != "poss":
        return False
    owned = next((m for m in sentence.mentions if m.token_start <= root.head.i < m.token_end), None)
    return owned is not None and owned.entity != subject.entity and owned.entity.type in BUSINESS_TYPES


def _a_cloud_signing_a_client(subject: Mention, obj: Mention, verb: Token, doc: Doc) -> bool:
    """Whether a cloud signs (a deal) "with" a company that is no cloud: it sells to it, it does not buy."""
    signing = verb.lemma_.lower() == "sign"
    return signing and subject.entity.type == "Cloud" and obj.entity.type != "Cloud" and introducing_prep(
        obj.root(doc)
    ) == "with"


def _makes_it_so(verb: Token) -> bool:
    """A causative "make": "made X free", "made it available" (an object's predicate after it)."""
    return verb.lemma_ == "make" and any(c.dep_ in ("oprd", "ccomp", "acomp", "xcomp") for c in verb.children)


_LINK_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX", "ADP"})  # a preposition links only if a rule lists it ("behind")


def _taken_on_as_customer(root: Token, context: ReadingContext) -> bool:
    """Whether the verb a name is the object of takes it on "as" a customer ("signed X as a client"), or the name
    stands beside a customer noun ("signed X, its biggest client")."""
    while root.dep_ == "conj" and root.head != root:
        root = root.head  # "signed X and Y as customers": Y hangs on X
    preps = [c for c in root.head.children if c.dep_ == "prep" and c.lower_ == "as"]
    described = [c for c in root.children if c.dep_ == "appos"]
    customers = context.lexicon.customer_nouns
    taken = (*described, *(g for p in preps for g in p.children))
    return root.dep_ == "dobj" and any(g.lower_ in customers for g in taken)


def _buys(verb: Token, context: ReadingContext) -> bool:
    """Whether a verb buys or rents ("pays for", "rents capacity"), not rents out ("rents its capacity to X")."""
    if verb.lemma_.lower() not in context.lexicon.buying_lemmas:
        return False
    # "to" may hang on the verb or on what is rented ("rents most of its capacity to foreign labs")
    objects = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
    told = any(t.dep_ in ("prep", "dative") and t.lower_ == "to" for t in (*verb.children, *objects))
    return not told and not any(c.dep_ == "prt" for c in verb.children)


def _fitting_object(sentence: Sentence, obj: Mention, rule: RelationRule, context: ReadingContext) -> Mention | None:
    if obj.entity.type == "Organization" and obj.root(sentence.span.doc).dep_ == "compound":
        return None  # "ordered 900 Falcon boards": a name the NER guessed, naming a thing, is no party
    if obj.entity.type in rule.object_types or (
        "Model" in rule.object_types and obj.entity.type == "Group" and obj.entity.label.endswith(" models")
    ):
        return obj  # a group of models ("Corvid models") is offered like one
    place = _a_places_market(obj, context) if obj.entity.type == "Market" else None
    if place is not None and place.type in rule.object_types:
        return Mention(
            place, obj.start, obj.end, obj.token_start, obj.token_end
        )  # "moved into the Chilean market": Chile
    models = as_models(sentence, obj, context)  # "offers Corvid's models" (a group of models), not a place
    return models if models is not None and "Model" in rule.object_types else None


def _a_places_market(market: Mention, context: ReadingContext) -> Entity | None:
    """The place a market of no particular segment is ("the Chilean market", "the Japanese market")."""
    words = market.entity.label.split()
    if len(words) != 2 or words[1].lower() != "market":
        return None
    country = context.lexicon.demonyms.get(words[0], words[0])
    place = context.index.named(country)
    return place if place is not None and place.type in ("Country", "Region") else None


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
