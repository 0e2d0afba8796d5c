"""Who makes or supplies for whom: the company a supply verb delivers "to" or furnishes "with" something, the
company something is made "for" or whose product a maker makes, a product "made by" a maker — each a customer
of the supplier or maker. Who buys by a customer noun is ``customers.py``'s."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence
from claimgraph.extract.product_relations import gazetteer_brand
from claimgraph.extract.references import owner_named, owner_named_before, possessive_owner, pronoun_mentions, stand_in
from claimgraph.records import Entity


def verb_subject(verb: Token, sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Mention | None:
    """The company a verb's subject names: a name, "we" (the firm speaking), or a word referring to one."""
    # "A unit of Tarn Group, it counts …": of two subjects the parser hangs on a verb, the one nearest it is its own
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)
    if subject is None:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":
        # "Pell agreed to build …": Pell; but "Pell asked Osk to supply …": the one asked, Osk
        told = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        subject = told or next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj" and {verb.pos_, verb.head.pos_} <= {"VERB", "AUX"}:
        # "Pell designs the chips and supplies them to Osk": a verb joined to another shares its subject; not
        # when a name stands between the "and" and the verb ("Pell builds them and Osk sells them"), a subject
        # of its own the parser hung elsewhere
        return None if _a_name_before(verb) else verb_subject(verb.head, sentence, companies, context)
    if subject is None:
        return None
    if subject.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "Pell Compute, which signed up Osk Labs as a customer, …": the clause's noun
        said_of = next((c for c in subject.head.children if c.dep_ == "nsubj"), None)
        if subject.dep_ == "attr" and subject.head.lemma_ == "be" and said_of is not None:
            subject = said_of  # "Pell is a cloud that rents K9 capacity": what the noun is said of
    if subject.lower_ == "we" and context.speaker is not None:
        return stand_in(context.speaker, subject)
    named = next((m for m in companies if m.token_start <= subject.i < m.token_end), None)
    # "Osk's chip unit Tarn Chips won …": the name in apposition to a role noun is the subject
    described = next((c for c in subject.children if c.dep_ == "appos"), None) if named is None else None
    if named is None and described is not None:
        named = next((m for m in companies if m.root(sentence.span.doc) == described), None)
    # "The Tessaly unit signed …", "It signed …": the company the subject refers to
    return named or next((m for m in pronoun_mentions(sentence, context) if m.token_start == subject.i), None)


_SHARE_LINKS = frozenset({"appos", "conj", "pobj", "prep"})


def _a_name_before(verb: Token) -> bool:
    """Whether a noun or a name stands between a joined verb and the "and", "or" or comma before it."""
    between = verb.doc[verb.head.i + 1 : verb.i]
    joins = [t for t in between if t.dep_ == "cc"] or [t for t in between if t.text == ","]  # "bought …, declared …"
    after = between[joins[-1].i - between.start + 1 :] if joins else between
    # a subject the parser hung elsewhere, not a time or a place ("and last year supplied", "and in Japan supplies")
    return any(t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ in ("conj", "nsubj", "nsubjpass") for t in after)


_COMPARED = frozenset({"alternative", "replacement", "rival", "substitute", "competitor", "answer", "challenger"})
_GRANTING = frozenset({"grant", "give", "award", "issue"})
_PERMISSIONS = frozenset(
    {"permit", "licence", "license", "right", "approval", "authorisation", "authorization", "exemption", "waiver",
     "contract", "order", "tender", "mandate"}
)  # fmt: skip


def _grantee(verb: Token, companies: list[Mention], doc: Doc) -> Mention | None:
    """The company granted leave or work ("granted Tarn a licence to ship", "awarded Osk a contract to supply"): the
    one who then acts under it, not the grantor; an offer or a plan sent to a firm leaves the sender acting."""
    if verb.lemma_.lower() not in _GRANTING:
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _PERMISSIONS for c in verb.children):
        return None
    given = [c for c in verb.children if c.dep_ == "dative"]
    return next((m for m in companies if m.root(doc) in given), None)


def _shares_given_to(supplied: Token) -> list[Token]:
    """ "supplies 900 GPUs to Korea: 300 to the state and the rest to Tarn and Vey": the "to" of each share
    listed after what is supplied, hung on it by apposition and coordination alone."""
    found = []
    for token in supplied.subtree:
        if token.dep_ != "prep" or token.lower_ != "to" or token.head == supplied:
            continue
        links = [token.head, *token.head.ancestors]
        path = links[: links.index(supplied)] if supplied in links else None
        if path and all(t.dep_ in _SHARE_LINKS and (t.dep_ != "prep" or t.lower_ == "to") for t in path):
            found.append(token)
    return found


def supplied_to(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "Pellucid also supplies compute to Kettle Robotics", "sells GPU time to banks such as X", "provides Isley
    with GPUs": the company a supply verb delivers "to", or furnishes "with" something, is a customer of the
    verb's subject."""
    doc = sentence.span.doc
    for verb in sentence.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in context.lexicon.supply_lemmas:
            continue
        supplier = verb_subject(verb, sentence, companies, context)
        governing = verb
        while supplier is None and governing.dep_ in ("xcomp", "acl", "advcl", "relcl") and governing.head != governing:
            governing = governing.head.head if governing.head.pos_ == "NOUN" else governing.head
            # "It signed a deal to supply X with …": the signer; "granted Tarn a licence to ship …": the grantee
            supplier = _grantee(governing, companies, doc) or verb_subject(governing, sentence, companies, context)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        heads = [verb, *objects]  # "supplies compute to X": on the object
        # "sold the GPUs in question to X": on a phrase the parser hangs on the verb
        phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ != "to"]
        idioms = context.lexicon.nouns_before_to  # "in response to X", "at a discount to X": no buyer
        heads += [g for c in phrases for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() not in idioms]
        to = [c for h in heads for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
        to += [p for o in objects for p in _shares_given_to(o)]
        recipients = [m for m in companies if m.root(doc).head in to]
        if not to and verb.lemma_.lower() in context.lexicon.site_supply_lemmas:
            # "Tarn no longer supplies Osk", though not an unknown code the NER took for a firm ("supplies Trn3")
            recipients += [m for m in companies if m.root(doc) in objects and not _a_guessed_code(m)]
        # "supplies its K9 accelerators to Pell Telecom's Lima data centre", "supplies electricity to our Oslo
        # site": the site's owner receives
        owners = [*companies, *(m for m in pronoun_mentions(sentence, context) if m.entity.type in BUSINESS_TYPES)]
        recipients += [m for m in owners if m.root(doc).dep_ == "poss" and m.root(doc).head.head in to]
        # "began shipping HBM3E for Vey's K9 platform": the owner of the product supplied for buys the supply
        # but not "as an alternative for Vey's K9": a rival's product, compared with
        fors = [
            c
            for h in heads
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "for" and h.lemma_.lower() not in _COMPARED
        ]
        built = [g for f in fors for g in f.children if g.dep_ == "pobj"]
        recipients += [o for g in built if (o := _owner_of_product_noun(g, sentence, context)) is not None]
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in (*verb.children, *objects)):
            recipients += [m for m in companies if m.root(doc) in objects]  # "provides X with GPUs"
            recipients += _it_under_discussion(objects, supplier, companies, context)
        recipients += [m for r in recipients for m in companies if m.root(doc) in r.root(doc).conjuncts]
        for customer in recipients:
            if supplier is not None and customer.entity != supplier.entity:
                yield "CustomerOf", customer, supplier, 0.65
        parts = [w for o in objects for w in _whole_of_a_part(o)]  # "supplies 60% of Nvidia's HBM": whatever it is
        things = [p for p in parts if p.lemma_.lower() not in context.lexicon.money_wholes]  # not "of its revenue"
        possessors = [c for p in things for c in p.children if c.dep_ == "poss"]
        owners = [o for c in possessors if (o := owner_named(c, sentence, context)) and o.entity.type in BUSINESS_TYPES]
        for owner in {o.entity: o for o in owners}.values():
            if supplier is not None and owner.entity != supplier.entity:
                yield "CustomerOf", owner, supplier, 0.6


def _a_guessed_code(mention: Mention) -> bool:
    """Whether a name the NER took for an organisation holds a digit ("supplies Trn3"): a product's code, no firm."""
    return mention.entity.type == "Organization" and any(c.isdigit() for c in mention.entity.label)


def _it_under_discussion(
    objects: list[Token], supplier: Mention | None, companies: list[Mention], context: ReadingContext
) -> list[Mention]:
    """ "Osk will supply it with 500 MW": "it" is the last company other than the supplier that is a subject or an
    object before it ("Pell asked Osk to supply it with GPUs": Pell), else the company under discussion as the
    sentence began (this sentence's own subject may already have become the topic)."""
    found = []
    for it in (o for o in objects if o.lower_ == "it"):
        arguments = [
            m
            for m in companies
            if m.end <= it.idx
            and (supplier is None or m.entity != supplier.entity)
            and m.root(it.doc).dep_ in ("nsubj", "nsubjpass", "dobj")
        ]
        referent = arguments[-1].entity if arguments else context.opening_topic
        if referent is not None and referent.type in BUSINESS_TYPES:
            found.append(stand_in(referent, it))
    return found


# between a supplier and its customer, the words of a supply the parser may lose on a product's code ("supplies
# HBM3E to", "began shipping HBM3E 12-high to"): a supply verb, then at most a few words, then "to"
_SUPPLIED_WORDS = re.compile(
    r"\s+(?:(?:also|now|still|first|began|started|will|has|have|had)\s+)*"
    r"(?:supplies|supplied|supplying|ships|shipped|shipping|delivers|delivered|delivering)\s+"
    r"(?:[\w.+-]+\s+){1,5}?to\s+(?:the\s+)?"
)


def supplied_by_the_words(sentence: Sentence, companies: list[Mention]) -> Iterator[Found]:
    """ "Osk Memory began shipping HBM3E 12-high to Vessa": a company, a supply verb and what it supplies, then
    "to" a company, read from the words where the parse of a product's code hides the verb."""
    text = sentence.doc_text
    for supplier, customer in zip(companies, companies[1:], strict=False):
        if supplier.entity != customer.entity and _SUPPLIED_WORDS.fullmatch(text, supplier.end, customer.start):
            yield "CustomerOf", customer, supplier, 0.6


_SHIPPING_NOUNS = frozenset({"shipment", "delivery", "sale", "export"})


def shipped_to(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "Osk's K9 shipments to Pell Cloud", "K9 shipments to Vey Labs": the company a product is shipped or
    sold to is a customer of the product's maker (named before it, or the maker the article has given)."""
    doc = sentence.span.doc
    products = [m for m in sentence.mentions if m.entity.type in ("Product", "Model")]
    for noun in sentence.tokens:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _SHIPPING_NOUNS:
            continue
        to = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"]
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if after is not None and after.lower_ == "to" and after.dep_ == "prep":
            to.append(after)  # "data on K9 shipments to Vey Labs": the parser may hang the "to" on the verb
        customers = [m for m in companies if m.root(doc).head in to]
        product = next((p for p in products if p.root(doc).head == noun and p.root(doc).dep_ == "compound"), None)
        if not customers or product is None:
            continue
        owner = owner_named_before(sentence, product) or context.maker_of(product.entity)
        maker = next((m for m in companies if m.entity == owner), None)
        for customer in customers:
            if maker is not None and customer.entity != maker.entity:
                yield "CustomerOf", customer, maker, 0.6
            elif owner is not None and owner != customer.entity:
                yield "CustomerOf", customer, stand_in(owner, noun), 0.6


def made_for(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "Tavish builds the S4 for Sable Systems", "Brisk assembles servers for Osric Cloud", "Tavish makes Sable's
    chips": the company a maker makes something "for", or whose product it makes, is its customer."""
    doc = sentence.span.doc
    for verb in sentence.tokens:
        # "chips, which Tarn manufactures": the tagger may take a relative clause's verb for a plural noun
        verbal = verb.pos_ == "VERB" or (verb.dep_ == "relcl" and verb.tag_ == "NNS")
        if not verbal or verb.lemma_.lower() not in context.lexicon.production_lemmas:
            continue
        maker = (
            verb_subject(verb, sentence, companies, context)
            or _agent(verb, companies, sentence)
            or _subject_hung_as_compound(verb, companies, sentence)
        )
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "for" on the verb or on what is made
        # "assembles GB300 racks for X", the parser taking "GB300" for a preposition: what is made, under it
        heads += [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ != "for" for g in c.children if g.dep_ == "pobj"
        ]
        fors = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for"]
        named = [m for m in companies if m.root(doc).head in fors]
        named += [m for n in named for m in companies if m.root(doc) in n.root(doc).conjuncts and m not in named]
        for customer in named:  # "for Kettle and Osric": each one
            if maker is not None and customer.entity != maker.entity:
                yield "CustomerOf", customer, maker, 0.6
        maker = maker or (verb_subject(verb.head, sentence, companies, context) if verb.dep_ == "conj" else None)
        ats = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "at"]
        foundry = next((m for m in companies if m.root(doc).head in ats), None)
        if maker is not None and foundry is not None and foundry.entity != maker.entity:
            yield "CustomerOf", maker, foundry, 0.6  # "Tamsin now fabs at Fenwick Foundry": it buys the making
        products = [c for c in verb.children if c.dep_ == "dobj"]
        products += [w for p in products for w in _whole_of_a_part(p)]  # "makes all of Vey's accelerators"
        if verb.dep_ == "relcl":  # "Vey's TPUs and Osk's chips, which Tavish builds for them": what it describes
            products += [verb.head, *verb.head.conjuncts]
        owners = [o for p in products if (o := _owner_of_product_noun(p, sentence, context))]
        for owner in {o.entity: o for o in owners}.values():
            if maker is not None and owner.entity != maker.entity:
                yield "CustomerOf", owner, maker, 0.6  # "Fenwick Foundry manufactures Kantor's chips"


def _subject_hung_as_compound(verb: Token, companies: list[Mention], sentence: Sentence) -> Mention | None:
    """ "accelerators, which Tarn Foundry manufactures": the parser may hang a relative clause's subject on its verb
    as a compound or a modifier; a company so hung before a verb of making that has no subject of its own makes."""
    if verb.dep_ != "relcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    doc = sentence.span.doc
    return next(
        (
            m
            for m in companies
            if m.root(doc).head == verb and m.root(doc).dep_ in ("compound", "amod") and m.end <= verb.idx
        ),
        None,
    )


def _whole_of_a_part(part: Token) -> list[Token]:
    """What a part supplied or made is a part of ("60% of Nvidia's HBM", "all of Vey's accelerators", "half of its
    chips"): the whole, whose owner buys the part."""
    if not (part.like_num or part.text == "%" or part.lower_ in _PART_WORDS):
        return []
    return [g for c in part.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


_PART_WORDS = frozenset(
    {"all", "most", "much", "half", "third", "quarter", "fifth", "some", "part", "share", "majority", "cent", "percent"}
)


def _agent(verb: Token, companies: list[Mention], sentence: Sentence) -> Mention | None:
    """The company a passive verb's "by" names: "the chips are made for Kettle by Pellam Foundry"."""
    bys = [c for c in verb.children if c.dep_ == "agent"]
    if any(c.dep_ == "auxpass" for c in verb.children):  # the parser may hang "by" on the name before it
        bys += [t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.head.dep_ == "pobj"]
    agents = [g for c in bys for g in c.children if g.dep_ == "pobj"]
    doc = sentence.span.doc
    return next((m for m in companies if m.root(doc) in agents), None)


def _owner_of_product_noun(noun: Token, sentence: Sentence, context: ReadingContext) -> Mention | None:
    """ "Kantor's chips", "its servers", "the company's Kestrel GPUs", "Kantor's TPUs", "our racks": the company a
    product or hardware noun's, or a named product's, possessive names."""
    named = any(
        m.entity.type in ("Product", "Model") and m.token_start <= noun.i < m.token_end for m in sentence.mentions
    )
    hardware = noun.lemma_.lower() in context.lexicon.hardware_nouns  # "builds our K9 racks"
    if noun.text not in context.lexicon.product_nouns and not named and not hardware:
        return None
    owner = next(iter(possessives_on(noun)), None)
    return owner_named(owner, sentence, context) if owner is not None else None


def possessives_on(noun: Token) -> list[Token]:
    """The possessives on a noun, or, where the parser hung one on a name inside its phrase ("our Osk K9 racks",
    "our" on "K9"), on that name."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return owners or [p for c in noun.children if c.dep_ == "compound" for p in c.children if p.dep_ == "poss"]


def made_by(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "The K9 is manufactured by Tavish Foundry", "the chip itself is made by Tavish": whoever the article has
    said makes or offers the product buys its making from the agent."""
    for verb in sentence.tokens:
        if verb.tag_ != "VBN" or verb.lemma_.lower() not in context.lexicon.production_lemmas:
            continue
        agents = [
            p for c in verb.children if c.dep_ == "agent" or c.lower_ == "at" for p in c.children if p.dep_ == "pobj"
        ]
        agent = next((m for m in companies if any(m.token_start <= a.i < m.token_end for a in agents)), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None and verb.dep_ == "acl":
            subject = verb.head  # "HBM4 memory supplied by Morrow", "chips made by Tavish"
        if agent is None or subject is None:
            continue
        made_for_someone = any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
        if made_for_someone:
            continue  # "its chips are produced for Kettle by Pellam": the one it is made for buys it (``made_for``)
        owner = _owner_of_product_noun(subject, sentence, context) or _designed_by(subject, companies)
        if owner is None and verb.lemma_.lower() in context.lexicon.supply_lemmas:
            # "racks supplied by HPE", "the servers were supplied by HPE, Tarnotel said": things supplied went
            # to the firm speaking or under discussion, not to whoever designed them
            receiver = context.speaker or context.topic
            if receiver is not None and receiver.type in BUSINESS_TYPES and receiver != agent.entity:
                yield "CustomerOf", stand_in(receiver, subject), agent, 0.55
            continue
        designer = owner.entity if owner else _maker_of(_product_meant(subject, sentence, context), sentence, context)
        if designer is None and on_a_fabrication_process([verb]):
            designer = foundry_client(_product_meant(subject, sentence, context), sentence, context)
        if designer is not None and designer.type in BUSINESS_TYPES and designer != agent.entity:
            yield "CustomerOf", stand_in(designer, subject), agent, 0.6


def foundry_client(product: Mention | Entity | None, sentence: Sentence, context: ReadingContext) -> Entity | None:
    """Whose design a foundry makes ("the K9 is made by Tavish on its N3 process") when the article has named no
    designer: the firm the product's name begins with ("Osk K9"), else the firm speaking, else the firm just under
    discussion if the article has said it makes or sells things; a buyer under discussion designs nothing."""
    if isinstance(product, Mention) and " " in product.entity.label:
        branded = context.brand(product.entity.label.split()[0])
        if branded is not None and branded.type in BUSINESS_TYPES:
            return branded
    topic = context.recent_topic(sentence)
    maker = topic is not None and topic in (*context.made_by.values(), *context.offered_by.values())
    return context.speaker or (topic if maker else None)


def on_a_fabrication_process(heads: list[Token]) -> bool:
    """Whether a making is done "on" a fabrication process or node ("made by Osk on its N3 process", "on a
    5-nanometre node"): the maker is a foundry, working to another's design; not on a process called its "own"
    ("makes the K9 on its own 18A process": a maker making its own chip)."""
    return any(
        o.lemma_.lower() in _FABRICATION_NOUNS and not any(c.lower_ == "own" for c in o.children)
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "on"
        for o in p.children
        if o.dep_ == "pobj"
    )


_FABRICATION_NOUNS = frozenset({"process", "node"})


def _designed_by(noun: Token, companies: list[Mention]) -> Mention | None:
    """ "a Kantor-designed die", "Kantor-built servers": the company a hyphened participle before the noun names."""
    for participle in (c for c in noun.children if c.dep_ == "amod" and c.i < noun.i):
        dash = participle.i - 1
        if participle.tag_ != "VBN" or dash < 1 or participle.doc[dash].text != "-":
            continue
        named = next((m for m in companies if m.token_end == dash), None)
        if named is not None:
            return named
    return None


def _product_meant(noun: Token, sentence: Sentence, context: ReadingContext) -> Mention | Entity | None:
    """The product a noun names ("the K9") or refers back to ("the chip", "it": the product named before it in the
    sentence, else the one last talked about)."""
    products = [m for m in sentence.mentions if m.entity.type == "Product"]
    named = next((m for m in products if m.token_start <= noun.i < m.token_end), None)
    if named is not None:
        return named
    refers = noun.lower_ == "it" or (
        noun.text in context.lexicon.product_nouns and any(c.lower_ in ("the", "this") for c in noun.children)
    )
    earlier = [m for m in products if m.end <= noun.idx]
    if not refers:
        return None
    if earlier:
        return earlier[-1]  # "designs its K9 …, but the chip itself is made by …"
    return context.thing if context.thing is not None and context.thing.type == "Product" else None


def _maker_of(product: Mention | Entity | None, sentence: Sentence, context: ReadingContext) -> Entity | None:
    """Whose product it is: its possessor in the sentence ("its K9"), else whoever the article said makes it, else
    the company whose name the gazetteer writes before it ("Osk K9")."""
    if isinstance(product, Mention):
        doc = sentence.span.doc
        owners = [c.i for c in product.root(doc).children if c.dep_ == "poss"]  # "Tamsin's TS-590 chip"
        named = next((m.entity for m in sentence.mentions for i in owners if m.token_start <= i < m.token_end), None)
        said = named or possessive_owner(sentence, product, context) or context.provider_of(product.entity)
        return said or gazetteer_brand(product.entity, context)
    return (context.provider_of(product) or gazetteer_brand(product, context)) if product is not None else None


def suppliers_in_apposition(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "Tarn Foundry, Kestrel's main foundry supplier, makes the chips", "Kestrel's landlord, Osk Data, …",
    "Tarn Foundry is (or remains) Kestrel's supplier", "Kestrel's largest supplier is Tarn", "a supplier to Kestrel",
    "named Tarn as its supplier": a name beside (or said to be) someone's supplier noun supplies them."""
    doc = sentence.span.doc
    for noun in sentence.tokens:
        if noun.lemma_.lower() not in context.lexicon.supplier_nouns:
            continue
        customer = _supplied_by_the_noun(noun, sentence, companies, context)
        if customer is None:
            continue
        named = _named_as(noun)
        supplier = next((m for m in companies if m.root(doc) in named), None)
        if supplier is not None and supplier.entity == customer.entity and customer not in companies:
            customer = _other_than(supplier, companies, context, noun)  # "Tarn remains its supplier": not Tarn's
        if supplier is not None and customer is not None and supplier.entity != customer.entity:
            yield "CustomerOf", customer, supplier, 0.7


_COPULAS = frozenset({"be", "remain", "become", "stay"})


def _other_than(supplier: Mention, companies: list[Mention], context: ReadingContext, at: Token) -> Mention | None:
    """Whom "its" means when the name it would refer to is the supplier itself: a firm cannot be its own
    supplier, so the company named before the supplier, else the one under discussion."""
    before = [m for m in companies if m.end <= supplier.start and m.entity != supplier.entity]
    if before:
        return before[-1]
    topic = context.topic
    return stand_in(topic, at) if topic is not None and topic != supplier.entity else None


def _supplied_by_the_noun(
    noun: Token, sentence: Sentence, companies: list[Mention], context: ReadingContext
) -> Mention | None:
    """Whose supplier the noun is: its possessive ("Kestrel's supplier", "its supplier"), or the company its "to"
    names ("a supplier to Kestrel")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner_named(owner, sentence, context)
    doc = sentence.span.doc
    to = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return next((m for m in companies if m.root(doc) in to), None)


def _named_as(noun: Token) -> list[Token]:
    """The words a supplier noun is said of: the name it stands beside, the subject of the copula it completes
    ("Tarn remains its supplier"), the complement of the copula it is the subject of ("its supplier is Tarn"), or
    the object of the verb its "as" hangs on ("named Tarn as its supplier")."""
    head = noun.head
    if noun.dep_ == "appos":
        return [head]
    if noun.dep_ == "attr" and head.lemma_ in _COPULAS:
        return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if noun.dep_ == "nsubj" and head.lemma_ in _COPULAS:
        return [c for c in head.children if c.dep_ == "attr"]
    if noun.dep_ == "pobj" and head.lower_ == "as":
        return [c for c in head.head.children if c.dep_ in ("dobj", "oprd")]
    return [c for c in noun.children if c.dep_ == "appos"]
