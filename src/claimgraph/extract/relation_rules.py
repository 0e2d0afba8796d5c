"""Relations read by the lexicon's rules (patterns/claims.json): a word on the parse-tree path between two mentions,
its lemma and the two entity types deciding the relation and which way it goes, with the checks that keep a rule
from reading a description, another clause or the other party's act as the relation."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from claimgraph.extract.clause_paths import (
    RELATIVES,
    describes,
    introducing_prep,
    is_subject_side,
    prep_on_path,
    subject_of_another_clause,
    subject_other_than,
)
from claimgraph.extract.comparisons import a_dimension
from claimgraph.extract.context import ReadingContext
from claimgraph.extract.customer_roles import won_deal
from claimgraph.extract.document import BUSINESS_TYPES, PRODUCT_CODE, Mention, Sentence, qualifies
from claimgraph.extract.leases import signing_landlord, signs_a_lease
from claimgraph.extract.lexicon import RelationRule
from claimgraph.extract.references import (
    as_hardware,
    as_models,
    dealt_with_by_the_speaker,
    hardware_qualified,
    lemma_forms,
)
from claimgraph.extract.suppliers import foundry_client, on_a_fabrication_process, possessives_on
from claimgraph.records import Entity

# what a customer buys in a place, which puts the seller there, not the buyer
_BOUGHT = frozenset({"capacity", "site", "region", "centre", "center", "facility", "campus", "hub"})


_INTENT_NOUNS = frozenset({"plan", "intention", "bid", "attempt", "decision", "move", "effort", "ambition", "aim"})


def _intended_act(clause: Token) -> bool:
    """ "has no plans to enter the UK", "its decision to exit Italy": the act a plan or decision is about belongs
    to the clause that has the plan (its negation included)."""
    return clause.dep_ == "acl" and clause.head.lemma_.lower() in _INTENT_NOUNS


def rule_links(
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
    if any(
        t.dep_ in ("acl", "relcl") and not describes(t, (ra, rb)) and not _intended_act(t) and not _placing(t)
        for t in path
    ):
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
        # "has 180 MW live across Oregon": a predicate the tagger took for a name ("MW") links all the same
        if (t.pos_ in _LINK_POS or (t in predicates and t.pos_ == "PROPN")) and (t == common or t not in described)
    ]
    lemmas = {form for t in words for form in lemma_forms(t)}
    causative = any(_makes_it_so(t) for t in words)
    for rule in context.lexicon.relation_rules:
        found = lemmas & rule.lemmas
        if not found or (rule.type == "Develops" and causative and found == {"make"}):
            continue  # "made Orca-7 free": what it was made, not who made it (but "made it available" offers it)
        if rule.type == "Offers" and found == {"make"} and not causative:
            continue  # "X is made by Tarn": a maker offers only what it makes available
        if rule.type == "CustomerOf" and any(_lets_out(t) for t in (*path, common)):
            continue  # "Pell Cloud rents out Osk chips": it is the one renting them to others
        if rule.type == "CustomerOf" and any(won_deal(t) for t in (*path, common)):
            continue  # "Osk landed an order from Halden": an order won is sold, not bought (``customers`` reads it)
        if rule.type == "OperatesIn" and found <= _BOUGHT and any(_buys(t, context) for t in words):
            continue  # "pays Tarn for capacity in Peru", "rents capacity in Lima": the seller's place, not the buyer's
        if rule.type == "OperatesIn" and "lease" in found and _the_lessors_place(path, (ra, rb)):
            continue  # "leased 24 MW from Tarn Data, a Madrid operator": the lessor's place, not the tenant's
        for subject, other in ((a, b), (b, a)):
            if _owner_of_a_unit(subject.root(doc), context):
                continue  # "The Alibaba Group unit runs …": the unit acts (``units_referred``), not its owner
            if _owner_of_a_party(subject.root(doc), context):
                continue  # "Pell Cloud's customers run on X": the customers do, not Pell Cloud
            obj = _fitting_object(sentence, other, rule, context)
            by_prep = introducing_prep(subject.root(doc)) in rule.subject_preps
            if by_prep and hardware_qualified(subject.root(doc), context.lexicon.hardware_nouns) is not None:
                continue  # "runs on Cambricon chips", "on Huawei Ascend chips": hardware, no seller of what runs on it
            if by_prep and _names_hardware(subject, doc, context):
                continue  # "runs its models on Osk K7 chips" however the parser hangs the noun: no platform
            if by_prep and _prep_of_the_other_verb(subject.root(doc), other.root(doc)):
                continue  # "Vessa is built on Vey and offers Osk-3": the "on" is the building's, not the offer's
            if by_prep and _anothers_channel_between(sentence, other, subject, rule.subject_preps):
                continue  # "called Osk-3 through Pell's API, Vela-2 through Tarn Cloud": each through its own
            if not by_prep and found <= rule.prep_only_lemmas:
                continue  # "Kestrel uses Dune-2": a user buys it; only "used through Tarn Cloud" names a seller
            if rule.type == "Offers" and not by_prep and _names_hardware(subject, doc, context):
                continue  # "an H200 node served Tarn-3": a machine runs a model; it sells nothing
            allowed = rule.subject_types | rule.prep_subject_types if by_prep else rule.subject_types
            if obj is None or subject.entity.type not in allowed:
                continue
            if subject_of_another_clause(obj.root(doc), path):
                continue  # "Meta uses X, while Apple relies on Y": the subject of a clause of its own is no object
            if rule.object_preps and introducing_prep(obj.root(doc)) not in rule.object_preps:
                continue
            if introducing_prep(obj.root(doc)) in rule.object_excluded_preps or _after_a_preposition(obj, rule, doc):
                continue  # "built … on top of Orca2.5-VL": what a thing is built on is not what was built
            if rule.type == "CustomerOf" and "on" in rule.object_preps and _not_whose_it_runs_on(sentence, obj):
                continue  # "runs on Osk K7 systems": what it runs on is the product, not a deal with its maker
            if rule.type == "CustomerOf" and _object_of_another_act(obj.root(doc), common, rule):
                continue  # "uses its halls to serve OpenAI": OpenAI is served, the purpose's object, not a supplier
            if rule.type == "CustomerOf" and _taken_on_as_customer(obj.root(doc), context):
                continue  # "signed Orlen as a customer": Orlen is the customer, the subject its supplier
            if rule.type == "CustomerOf" and any(t.lower_ in context.lexicon.customer_nouns for t in path):
                continue  # "signed X as customers for Y": the customer noun's readers tell whose customers
            if rule.type == "CustomerOf" and dealt_with_by_the_speaker(doc[subject.token_start], obj.root(doc)):
                continue
            if rule.type == "CustomerOf" and _named_as_a_place(obj, doc):
                continue  # "signed with Tarn Data in Pellston": a name "in" which a deal is done is a place
            if rule.type == "CustomerOf" and _a_cloud_signing_a_client(subject, obj, common, context):
                continue  # "Tessel Cloud signed a deal with Orrin Bank": the bank buys from the cloud
            if rule.type == "CustomerOf" and signing_landlord(common, sentence, [subject], context) is not None:
                continue  # "Tarn Data Centres signed a lease with Osk": the tenant is Osk (``leases``)
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
            # "the Osk K9 system, built on Tarn chips": a name qualifying the phrase's noun stands for it
            names_the_noun = _names_a_described_noun(root, common, path, ("acl", "relcl"))
            inside = (root == common or names_the_noun) and obj.root(doc) in common.subtree
            by_subject_prep = introducing_prep(root) in rule.subject_preps
            # "Orca-7, which Osric Cloud distributes": the subject of a relative clause describing the object
            relative = obj.root(doc) == common and root.dep_ == "nsubj" and root.head.dep_ == "relcl"
            if root == common and _acts_in_its_relative_clause(obj.root(doc), root):
                continue  # "AWS, which Nordvig no longer uses": the clause's subject acts on the name it describes
            if rule.type == "CustomerOf" and _passive_patient(root, common):
                continue  # "Osk was chosen by Vessa": the one chosen sells, the one choosing ("by") buys
            if rule.type == "OperatesIn" and _made_for_another_or_others(root, obj.root(doc), common):
                continue  # "Osk's racks are assembled by Tarn in Peru", "makes chips for customers in Europe"
            if rule.type in ("Develops", "Offers") and _a_measure_compared_with(obj, sentence, context):
                continue  # "released Tarn-3, priced at a third of Vela's cost": Vela is compared with, not released
            if _agent_of_the_first_verb_only(root, obj.root(doc), common):
                continue  # "X is made by Tarn and uses memory supplied by Vey": X uses it, not Tarn
            if _a_makers_name_on_the_thing_described(subject, root, common, path):
                continue  # "Nvidia H200 systems bought from Dell": Nvidia names the systems; it buys nothing
            if rule.type == "BuiltOn" and _a_sites_owner(obj, doc, context):
                continue  # "runs the region in a leased hall on Tarn's Lima campus": Tarn lets the hall, it is no base
            if rule.type == "BuiltOn" and _a_company_not_itself_built(sentence, subject, obj, root, common):
                continue  # "Osk's assistant Fenn is built on Tarn-3", "Osk built Fenn on Tarn-3": Fenn is, not Osk
            if rule.type == "Develops" and _anothers_named_product(obj, subject, sentence):
                continue  # "Pell's TPUs, which Osk builds for it": Pell's making, Osk its supplier (``made_for``)
            if (
                rule.type == "Develops"
                and found <= _BUILDING
                and _made_to_order(obj, subject, common, sentence, context)
            ):
                continue  # "Osk makes it for Pell on its N3 process": Osk fabricates; the design is another's
            if led or made_on or inside or by_subject_prep or relative or is_subject_side(root, common):
                yield rule, subject, obj
                break


def _acts_in_its_relative_clause(other: Token, name: Token) -> bool:
    """Whether the other is the active subject of a relative clause describing the name ("AWS, which it no longer
    uses", "Orca-7, which Osric Cloud distributes"): the name is what the clause's subject acts on, never the one
    acting on it."""
    return other.dep_ == "nsubj" and other.head.dep_ == "relcl" and other.head.head == name


def _object_of_another_act(obj: Token, common: Token, rule: RelationRule) -> bool:
    """Whether the object is the object of an act of its own below the rule's word, a verb the rule does not read:
    a purpose ("uses Tarn capacity to serve Osk") or a further act ("uses Brisk, replacing Tarn", "… and sued
    Tarn"). Adding or keeping a firm beside the first ("…, adding Brisk as a backup", "keeping Brisk for
    inference") is the subject's dealing all the same."""
    verb = obj.head
    return (
        obj.dep_ == "dobj"
        and verb != common
        and verb.pos_ == "VERB"
        and verb.dep_ in ("xcomp", "advcl", "conj")
        and not lemma_forms(verb) & (rule.lemmas | _KEPT_ON)
    )


_KEPT_ON = frozenset({"add", "keep", "retain", "expand", "extend", "renew"})  # a supplier taken on or kept beside


def _names_a_described_noun(root: Token, noun: Token, path: list[Token], clauses: tuple[str, ...]) -> bool:
    """Whether a name only qualifies a noun that a participle (or a relative clause, where ``clauses`` lets it)
    on the path then describes ("the Osk K9 system, built on …", "Nvidia H200 systems bought from Dell")."""
    return (
        root.dep_ in ("compound", "nmod")
        and root.head == noun
        and any(t.dep_ in clauses and t.head == noun for t in path)
    )


def _a_makers_name_on_the_thing_described(subject: Mention, root: Token, noun: Token, path: list[Token]) -> bool:
    """Whether a company's name only qualifies a noun that a participle then describes ("Nvidia H200 systems
    bought from Dell", "Osk racks assembled by Tarn"): the participle tells of the thing, not of its maker."""
    # "Osk's Tarn API, which offers …" is Tarn's; but the noun's relative clause with a subject of its own ("Nvidia
    # servers we bought from Dell") or in the passive ("… which were bought from Dell") tells of the thing, as a
    # participle does
    told_of = any(
        t.dep_ == "relcl"
        and t.head == noun
        and not any(c.dep_ == "nsubj" and c.lower_ in RELATIVES for c in t.children)
        for t in path
    )
    return (
        subject.entity.type in BUSINESS_TYPES
        and noun.pos_ in ("NOUN", "PROPN")
        and _names_a_described_noun(root, noun, path, ("acl", "relcl") if told_of else ("acl",))
    )


def _a_company_not_itself_built(sentence: Sentence, subject: Mention, obj: Mention, root: Token, verb: Token) -> bool:
    """Whether a company only owns or makes what is built on a model: "Osk's assistant is built on Tarn-3" (a
    possessive on the thing built), "Osk built Fenn on top of Tarn-3" (the thing built is the verb's object). A
    company is built on a model only as the clause's own subject with nothing else built ("Vessa runs on Tarn-3").
    On hardware, a company's possessive on a noun its named model is or qualifies ("Osk's Tarn models run on K9 chips")
    likewise makes the model, not the company, what runs there."""
    if subject.entity.type != "Company":
        return False
    if obj.entity.type == "Product":
        named = {i for m in sentence.mentions if m.entity.type == "Model" for i in range(m.token_start, m.token_end)}
        return root.dep_ == "poss" and any(c.i in named for c in (root.head, *root.head.children) if c != root)
    if obj.entity.type != "Model":
        return False
    return root.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "dobj" for c in verb.children)


def _a_sites_owner(mention: Mention, doc: Doc, context: ReadingContext) -> bool:
    """Whether the name owns a site ("Tarn's Lima campus", "Tarn's L2 campus"): a landlord, not hardware."""
    root = mention.root(doc)
    site = root.head
    while site.dep_ == "compound" and site.head != site:
        site = site.head
    return root.dep_ == "poss" and site.lemma_.lower() in context.lexicon.site_nouns


def _anothers_named_product(thing: Mention, maker: Mention, sentence: Sentence) -> bool:
    """Whether the text names the thing as another company's ("Pell's TPUs", "Vey's Orla chips"): the one who
    builds it then builds it to order."""
    _, owners = _noun_and_owners(thing, sentence.span.doc)
    return any(_names_a_business_other_than(o, maker, sentence) for o in owners)


def _noun_and_owners(thing: Mention, doc: Doc) -> tuple[Token, list[Token]]:
    """The noun a named thing heads or qualifies ("Vey's Orla chips": "chips") and the possessives on it."""
    noun = thing.root(doc)
    while noun.dep_ in ("compound", "nmod", "amod") and noun.head != noun:
        noun = noun.head  # "Vey's Orla chips": the possessive sits on the head noun
    owners = possessives_on(noun)
    if noun.dep_ == "dep" and noun.head.dep_ == "poss":
        owners.append(noun.head)  # "Our LX-2 accelerator": the parser may hang the name on the possessive
    return noun, owners


# verbs of fabrication: who makes a thing to another's order only manufactures it ("design" and "build" also
# say who conceived it: "Osk designs the chip for Pell" is Osk's design)
_MAKING = frozenset({"make", "manufacture", "fabricate", "produce"})
_BUILDING = _MAKING | {"build", "assemble"}  # "Osk builds our racks": the writer's racks, Osk's work on them
_FIRST_PERSON = frozenset({"our", "my"})
_OTHERS = frozenset({"it", "them", "him", "her"})  # "makes it for them"; not a reflexive, nor "everyone"


def _made_to_order(thing: Mention, maker: Mention, verb: Token, sentence: Sentence, context: ReadingContext) -> bool:
    """Whether a named maker fabricates what belongs to someone else: the writer's own thing ("Our K9 chip is
    made by Osk"), a thing made for another ("Osk manufactures it for Pell", "makes the K9 for Pell"), or a thing
    made on a fabrication process for a client the article names or implies ("Pell's K9 is made by Osk on its N3
    process", ``foundry_client``): a foundry's work, not the design it makes."""
    doc = sentence.span.doc
    noun, owners = _noun_and_owners(thing, doc)
    if doc[maker.token_start].pos_ != "PRON" and any(o.lower_ in _FIRST_PERSON for o in owners):
        return True
    if verb.lemma_ not in _MAKING:
        return False
    heads = [verb, noun]  # "makes the K9 for Pell": the parser hangs the "for" on the verb or on what is made
    preps = [c for h in heads for c in h.children if c.dep_ in ("prep", "dative")]  # a dative "for" too
    for_whom = [o for p in preps if p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    if any(o.lower_ in _OTHERS or _names_a_business_other_than(o, maker, sentence) for o in for_whom):
        return True
    if not on_a_fabrication_process(heads):
        return False
    made = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")] + ([verb.head] if verb.dep_ == "acl" else [])
    if noun not in [*made, *(j for m in made for j in m.conjuncts)]:
        return True  # "made by Osk on its N3 process, with memory supplied by Tarn": the memory is not Osk's make
    designer = context.maker_of(thing.entity) or foundry_client(thing, sentence, context)
    return designer is not None and designer != maker.entity


def _names_a_business_other_than(token: Token, party: Mention, sentence: Sentence) -> bool:
    return any(
        m.token_start <= token.i < m.token_end and m.entity != party.entity and m.entity.type in BUSINESS_TYPES
        for m in sentence.mentions
    )


def _anothers_channel_between(sentence: Sentence, thing: Mention, channel: Mention, preps: frozenset[str]) -> bool:
    """Whether, between a thing and the channel named after it, another of the channel's prepositions and another
    thing stand: the first thing goes with the first channel ("Osk-3 through Pell's API, Vela-2 through Tarn
    Cloud"); but "reach it through Pell Studio and companies through Tarn Cloud" reaches one thing by both."""
    between = sentence.span.doc[thing.token_end : channel.token_start]
    first = next((t for t in between if t.dep_ == "prep" and t.lower_ in preps), None)
    return first is not None and any(
        first.i < m.token_start and m.token_end <= channel.token_start and m.entity.type == "Model"
        for m in sentence.mentions
    )


_MAKING_IN_A_PLACE = frozenset({"assemble", "manufacture", "fabricate"})  # the OperatesIn lemmas of making


def _made_for_another_or_others(subject: Token, place: Token, verb: Token) -> bool:
    """Whether a verb of making places someone other than the maker: the owner of things made in the passive ("Osk's
    racks are assembled in Peru", by whoever), or the customers "for" whom, in a place, things are made."""
    if verb.lemma_.lower() not in _MAKING_IN_A_PLACE:
        return False
    node = subject
    while node.head != verb and node.head != node:
        node = node.head
    patient = node.head == verb and node.dep_ == "nsubjpass"
    served = any(a.dep_ == "prep" and a.lower_ == "for" for a in place.ancestors if a.i > verb.i and a != verb)
    return patient or served


def _passive_patient(root: Token, verb: Token) -> bool:
    """Whether the name is in the subject of a passive verb that names its agent ("Osk's K9 is used by Vessa")."""
    node = root
    while node.head != verb and node.head != node:
        node = node.head
    return node.head == verb and node.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in verb.children)


def _prep_of_the_other_verb(root: Token, other: Token) -> bool:
    """Whether the preposition a name hangs from belongs to a verb the other name's verb is only joined to by
    "and" ("is built on Vey and offers Osk-3"): each verb has its own phrases."""
    node = root
    while node.dep_ != "prep" and node.head != node:
        node = node.head
    verb = node.head
    chain = [other, *other.ancestors]
    if verb not in chain:
        return False
    return any(t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") for t in chain[: chain.index(verb)])


def _after_a_preposition(mention: Mention, rule: RelationRule, doc: Doc) -> bool:
    """Whether the name hangs from one of the rule's excluded prepositions right before it ("built on tarnRT") by a
    label other than the preposition's object: the parser, taking an odd-shaped name for punctuation, says so."""
    before = [t for t in doc[max(0, mention.token_start - 3) : mention.token_start] if t.lower_ not in _ARTICLES]
    prep = before[-1] if before else None
    return prep is not None and prep.lower_ in rule.object_excluded_preps and mention.root(doc).head == prep


_ARTICLES = frozenset({"the", "a", "an", "its", "their"})


def _names_hardware(mention: Mention, doc: Doc, context: ReadingContext) -> bool:
    """Whether a product's name stands before a noun of hardware or of a fleet ("K7 chips", "K7 racks"), is a part
    number before "capacity" ("K7 capacity", but not "Bedrock capacity", a platform's), or is itself a chip's common
    noun ("TPUs", "Kestrel GPUs"): a machine things run on, not a platform that sells them."""
    after = doc[mention.token_end] if mention.token_end < len(doc) else None
    nouns = context.lexicon.hardware_nouns | context.lexicon.fleet_nouns
    own = doc[mention.token_end - 1].lemma_.lower() in context.lexicon.hardware_nouns
    before_a_noun = after is not None and after.lemma_.lower() in nouns
    numbered = after is not None and after.lower_ == "capacity" and any(ch.isdigit() for ch in mention.entity.label)
    return mention.entity.type == "Product" and (own or numbered or before_a_noun)


def _owner_of_a_party(root: Token, context: ReadingContext) -> bool:
    """ "Tarn's customers", "its rivals": a possessive on a party to the company names whose party acts."""
    parties = context.lexicon.customer_nouns | context.lexicon.counterpart_nouns
    return root.dep_ == "poss" and root.head.lower_ in parties


def _lets_out(verb: Token) -> bool:
    """ "rents out", "leases out", "hires out", "leases space to third parties": the subject lets something to
    others."""
    if verb.lemma_.lower() not in ("rent", "lease", "hire", "let", "license"):
        return False
    # "leases rack space to …", which the parser may read as "leases" then a verb "rack" with its own object
    nearby = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "xcomp", "advcl"))]
    clauses = [o for o in nearby if o.dep_ in ("xcomp", "advcl")]
    objects = [*nearby, *(c for o in clauses for c in o.children if c.dep_ == "dobj")]
    to_others = any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for o in objects for c in o.children)
    return to_others or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


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


def _placing(clause: Token) -> bool:
    """ "customers headquartered in China", "firms based in Peru": a participle that only says where its noun is,
    which the place after it is the sentence's own place for."""
    return clause.dep_ == "acl" and clause.lemma_ in ("headquarter", "base", "locate", "domicile")


def _a_cloud_signing_a_client(subject: Mention, obj: Mention, verb: Token, context: ReadingContext) -> bool:
    """Whether a cloud signs (a deal) "with" a company that is no cloud: it sells to it, it does not buy — unless
    what it signs is a lease ("signed a lease for 20 MW with Tarn Data"): then it rents."""
    doc = verb.doc
    signing = verb.lemma_.lower() == "sign"
    return (
        signing
        and not signs_a_lease(verb, context)
        and subject.entity.type == "Cloud"
        and obj.entity.type != "Cloud"
        and introducing_prep(obj.root(doc)) == "with"
    )


def _a_measure_compared_with(mention: Mention, sentence: Sentence, context: ReadingContext) -> bool:
    """Whether the name only owns a price or a measure the sentence compares with ("at a third of Vela's cost per
    token", "half of Vela's input price"): a yardstick, not what the verb is about. A comparison states a figure,
    which the sentence's quantities already hold ("a fifth of", "1.6 times")."""
    root = mention.root(sentence.span.doc)
    while root.dep_ == "compound" and root.head.i > root.i:
        root = root.head  # "Vela Sonnet's cost": the name's words up to the possessive
    measure = root.head
    compared = measure.lower_ in context.lexicon.price_nouns or a_dimension(measure.lower_)
    return root.dep_ == "poss" and compared and measure.dep_ == "pobj" and bool(sentence.quantities)


def _agent_of_the_first_verb_only(subject: Token, obj: Token, verb: Token) -> bool:
    """Whether the subject is the "by" agent of a passive verb and the object sits under a verb joined to it: the
    joined verb's subject is the passive's subject, not its agent ("The K9 is made by Tarn and uses memory from
    Vey": the K9 uses Vey's memory, Tarn buys nothing from Vey)."""
    agent = subject.head.dep_ == "agent" and subject.head.head == verb
    joined = [t for t in obj.ancestors if t.dep_ == "conj" and t.head == verb and t.pos_ in ("VERB", "AUX")]
    return agent and bool(joined)


def _named_as_a_place(mention: Mention, doc: Doc) -> bool:
    """Whether a name no one typed as a firm is itself the object of "in" ("signed with Tarn Data in Pellston"):
    a town the NER took for an organisation, not a party ("rented 20 MW in Tarn's Lisbon hall" names Tarn as the
    hall's owner; "deployed its agents in Osk Cloud" names a cloud)."""
    root = mention.root(doc)
    return mention.entity.type == "Organization" and root.dep_ == "pobj" and root.head.lower_ == "in"


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


def _the_lessors_place(path: list[Token], ends: tuple[Token, Token]) -> bool:
    """Whether a place reached through a lease's "from" only describes the lessor, in a phrase set beside it ("from
    Tarn Data, a Madrid operator"), rather than saying where what is leased stands ("18 MW from Tarn Data in
    Madrid", "from a Tarn Data campus outside Madrid")."""
    if not any(t.lower_ == "from" for t in path):
        return False
    # a place's own apposition ("Wichita, Kansas") is one place, not a description of the lessor
    described = any(t.dep_ in ("appos", "relcl", "acl") for t in path if t not in ends)
    return described and not any(t.dep_ == "pobj" and t.head.lower_ in ("in", "at") for t in (*path, *ends))


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
    if rule.type == "BuiltOn" and (hardware := as_hardware(sentence, obj, context)) is not None:
        return hardware  # "runs on Cambricon chips": built on the maker's chips
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
