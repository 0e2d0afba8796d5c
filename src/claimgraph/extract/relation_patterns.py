"""Relation patterns that read more than two neighbouring mentions: models built on "the same underlying" model or
used "as its base model", a model priced by the unit as offered by its owner, a company acting on a model's price
as its seller, and the places a company works in
that a fronted phrase or an apposition names ("In Qatar, Tern …", "Sable Cloud, the leader in Chile"). Who buys
from whom is ``customers.py``'s."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Token

from claimgraph.extract.clause_paths import placed_by_a_preposition
from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence, token_at
from claimgraph.extract.leases import lease_places
from claimgraph.extract.name_kinds import based_on_a_model
from claimgraph.extract.normalize import find_quantities
from claimgraph.extract.price_moves import states_unit_price
from claimgraph.extract.references import (
    antecedent,
    lemma,
    lemma_forms,
    owner_named,
    possessive_owner,
    pronoun_mentions,
    stand_in,
)
from claimgraph.records import MONEY_UNITS, Entity

_FRONTED_PLACE = re.compile(r"\s*(?:[-•*]\s*)?In\s+$")


def places_of_business(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "In Qatar, Tern … has ordered …": a place set before the clause is where its subject works;
    "Sable Cloud, the leader in Chile": an apposition placing a company."""
    doc = sentence.span.doc
    text = sentence.doc_text
    places = [m for m in sentence.mentions if m.entity.type in ("Country", "Region")]
    companies = [m for m in sentence.mentions if m.entity.type in BUSINESS_TYPES]
    fronted = places and _FRONTED_PLACE.fullmatch(text[sentence.start : places[0].start])
    if fronted and text[places[0].end : places[0].end + 2].startswith(","):
        subject = next((m for m in companies if m.root(doc).dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            yield "OperatesIn", subject, places[0], 0.6
    for place in places:
        owner = site_owner(sentence, place, context)
        if owner is not None:
            yield "OperatesIn", stand_in(owner, place.root(doc)), place, 0.7
    yield from lease_places(sentence, companies, context)
    yield from _coded_regions(sentence, places, context)
    yield from _firms_placed(sentence, places, companies, context)
    for place in places:  # "X, the leader in Chile": the place's "in" hangs on a role noun in apposition to X
        prep = place.root(doc).head
        role = prep.head
        if prep.lower_ != "in" or role.dep_ != "appos" or role.lower_ not in context.lexicon.role_nouns + ("leader",):
            continue
        company = next((m for m in companies if m.token_start <= role.head.i < m.token_end), None)
        if company is not None:
            yield "OperatesIn", company, place, 0.65


def _firms_placed(
    sentence: Sentence, places: list[Mention], companies: list[Mention], context: ReadingContext
) -> Iterator[Found]:
    """ "rents H200s from Veyl Cloud in Dublin", "a hall from Osk Data in Osaka": a firm named with the place it is
    in right after it (the lexicon's placing prepositions) works there, whatever the parser hung the phrase on."""
    text = sentence.doc_text
    placing = _placing_pattern(context.lexicon.placing_prepositions)
    for company in companies:
        place = next((p for p in places if p.start > company.end), None)
        if place is not None and placing.fullmatch(text, company.end, place.start):
            yield "OperatesIn", company, place, 0.6


@lru_cache(maxsize=2)
def _placing_pattern(prepositions: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf" (?:{'|'.join(sorted(prepositions))}) (?:the )?")


# a cloud region's code, then the place it is in brackets: "eu-north-2 (Falun, Sweden)", "us-east-1 (Ashburn, …"
_REGION_CODE = re.compile(
    r"(?<![\w-])(?P<owner>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*[’']s )?[a-z]{2}(?:-[a-z]+){1,2}-?\d{1,2}[a-z]? \("
)


def _coded_regions(sentence: Sentence, places: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "ap-south-2 (Navi Mumbai, India) is generally available": a cloud region named by its code, with its place in
    brackets, is where the region's owner operates: the firm in possessive before the code ("Tarn's us-east-1"),
    else the provider whose notes or page the article is."""
    text = sentence.doc_text
    for code in _REGION_CODE.finditer(text, sentence.start, sentence.end):
        closing = text.find(")", code.end(), sentence.end)
        inside = [p for p in places if code.end() <= p.start and (closing == -1 or p.end <= closing)]
        named = next((m for m in sentence.mentions if code.start("owner") == m.start), None)
        owner = named.entity if named is not None else context.issuer or context.title_subject or context.main_company
        if owner is None or owner.type not in BUSINESS_TYPES or not inside:
            continue
        token = token_at(sentence.span.doc, code.start() if named is None else named.start)
        if token is None:
            continue
        for place in inside:
            yield "OperatesIn", stand_in(owner, token), place, 0.65


def site_owner(sentence: Sentence, place: Mention, context: ReadingContext, placed: bool = True) -> Entity | None:
    """ "Tarn opened its Oslo region", "40 racks at Tarn's Lima sites", "its plant in Guadalajara" (``placed``: a
    place after the site's preposition counts too): a place naming a site someone's possessive owns is where that
    owner operates, whoever else the clause is about."""
    root = place.root(sentence.span.doc)
    site = root
    while site.dep_ == "compound" and site.head != site:
        site = site.head
    if site is root and placed:  # "its plant in Guadalajara", "its data centres in Chuncheon and Sejong"
        site = placed_by_a_preposition(root, context.lexicon.site_prepositions) or root
    if site is root or site.lemma_.lower() not in context.lexicon.site_nouns:
        return None
    owner = next((c for c in site.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.lower_ in ("its", "their"):
        return antecedent(sentence, owner.idx)  # named in the sentence: the topic is too loose a guess for a place
    if owner.lower_ == "our":
        return context.speaker  # "rents GPU time in our Lima halls": the firm speaking
    named = next((m.entity for m in sentence.mentions if m.token_start <= owner.i < m.token_end), None)
    return named if named is not None and named.type in BUSINESS_TYPES else None


_POSSESSIVE = ("'s ", "’s ")


def priced_models(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "Anthropic's Claude Opus 4.5 costs $5 per million input tokens": a model priced by the unit as the subject
    of the sentence is offered by its owner (or by whoever the article has said offers it)."""
    if not states_unit_price(sentence):
        return
    doc = sentence.span.doc
    for model in sentence.mentions:
        if model.entity.type != "Model" or model.root(doc).dep_ not in ("nsubj", "nsubjpass"):
            continue
        text = sentence.doc_text
        named = next((m.entity for m in sentence.mentions if text[m.end : model.start] in _POSSESSIVE), None)
        owner = named or possessive_owner(sentence, model, context) or context.provider_of(model.entity)
        if owner is not None and owner.type in ("Company", "Cloud", "Lab", "Organization"):
            yield "Offers", stand_in(owner, doc[model.token_start]), model, 0.6


def catalogue_items(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "- Tarn-4 from Osk Labs. $0.60 / $2.20.", "- Osk's Vey-2 is deprecated": in a firm's own release notes or
    price list, a list item opening on a model is an entry of the firm's catalogue, which the firm offers."""
    issuer = context.issuer
    if not context.self_report or issuer is None or not _LIST_ITEM.match(sentence.text):
        return
    models = [m for m in sentence.mentions if m.entity.type == "Model"]
    first = models[0] if models else None
    lead = sentence.doc_text[sentence.start : first.start] if first is not None else ""
    if first is not None and _ITEM_OPENING.fullmatch(lead) and first.entity != issuer:
        yield "Offers", stand_in(issuer, sentence.span.doc[first.token_start]), first, 0.6


def models_from_makers(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "- Tarn-4 from Osk Labs.", "Tarn-4, from Osk's Brill team, in the catalogue": a model an entry or a sentence
    opens on, followed by "from" and a firm, is that firm's making."""
    models = [m for m in sentence.mentions if m.entity.type == "Model"]
    first = sentence.mentions[0] if sentence.mentions else None
    if first is None or first not in models:
        return
    makers = (m for m in sentence.mentions if m.entity.type in context.lexicon.possessive_owners)
    maker = next((m for m in makers if _FROM_MAKER.fullmatch(sentence.doc_text, first.end, m.start)), None)
    if maker is not None and maker.entity != first.entity:
        yield "Develops", maker, first, 0.6


_FROM_MAKER = re.compile(r",?\s+from\s+(?:the\s+)?")
_LIST_ITEM = re.compile(r"\s*[-•*]\s")
# what may stand before the model an item opens on: the mark, and an owner's possessive ("- Osk's Vey-2 …")
_ITEM_OPENING = re.compile(r"\s*[-•*]\s+(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s\s+)?")


def sets_its_price(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "Harl Cloud kept the prices of Pim-2 as they were", "It left the price of Pim-2 unchanged", "Harl keeps
    Pim-Lite free": a company that acts on a model's price sells it, whether or not the price moved (a price move
    also states Offers: ``numeric.py``)."""
    doc = sentence.span.doc
    nouns = context.lexicon.price_nouns
    sellers = [m for m in (*sentence.mentions, *pronoun_mentions(sentence, context)) if m.entity.type in BUSINESS_TYPES]
    for model in sentence.mentions:
        if model.entity.type not in ("Model", "Product"):
            continue
        root = model.root(doc)
        if _kept_free(root):  # "keeps Pim-Lite free": the parser hangs the name on "free"
            seller = next((m for m in sellers if _subject_of(m, doc, root.head.head)), None)
            if seller is not None:
                yield "Offers", seller, model, 0.6
            continue
        if (verb := _held_at_a_price(root, nouns)) is not None or (verb := _charged_for(root)) is not None:
            seller = next((m for m in sellers if _subject_of(m, doc, verb)), None)
            negated = any(c.dep_ == "neg" for c in verb.children)  # "does not charge for Pim-2": free, not unsold
            # a product's maker pricing it ("Nvidia charges $30,000 for the H100") makes it, which Develops states
            maker = context.index.maker_in_its_names(model.entity)
            sold = model.entity.type == "Model" or (
                seller is not None and (seller.entity.type in _PRODUCT_SELLERS or (maker and maker != seller.entity))
            )
            if seller is not None and sold and not negated:
                yield "Offers", seller, model, 0.6
            continue
        priced = root.head if root.dep_ in ("dobj", "dative") else root.head.head if root.dep_ == "compound" else None
        if priced is not None and priced.lemma_ == "price" and priced.pos_ == "VERB":  # "Harl priced Pim-2 input at …"
            seller = next((m for m in sellers if _subject_of(m, doc, priced)), None)
            if seller is not None:
                yield "Offers", seller, model, 0.6
            continue
        if root.dep_ in ("amod", "nmod") and root.head.dep_ == "pobj" and root.head.lower_ in _STAYING:
            root = root.head  # "the price of Pim 2.5 Pro unchanged": the parser hangs the name on the word after it
        of_model = root.dep_ == "pobj" and root.head.lower_ in ("of", "for", "on")
        price = root.head.head if of_model else root.head if root.dep_ in ("compound", "poss", "nmod") else None
        if of_model and root.head.head.dep_ == "pobj":  # "the price of Pim-2 Pro unchanged": the parser's guess
            price = root.head.head
        if price is None or price.lower_ not in nouns or price.dep_ != "dobj":
            continue
        seller = next((m for m in sellers if _subject_of(m, doc, price.head)), None)
        if seller is not None:
            yield "Offers", seller, model, 0.6


_STAYING = frozenset({"unchanged", "steady", "flat", "stable", "intact"})  # a price kept as it was


def _held_at_a_price(root: Token, price_nouns: frozenset[str]) -> Token | None:
    """The verb of "kept Pim-2 at its launch price", "holds Pim-Lite at $0.20 per million tokens": a company that
    keeps a model at a price sets it; "kept H200 consignments at the border" holds goods, at no price."""
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_ not in _HOLDING:
        return None
    at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
    if at is None:
        return None
    # a price noun or a sum of money: "at 700 watts", "at 20% of its traffic", "at 70 billion parameters" are no price
    phrase = root.doc[at.i + 1 : at.right_edge.i + 1]
    named = any(t.lower_ in price_nouns for t in phrase)
    return verb if named or any(q.unit in MONEY_UNITS for q in find_quantities(phrase.text)) else None


def _charged_for(root: Token) -> Token | None:
    """The verb of "charges $3 per million tokens for Pim-2", "charges labs for Pim-2 by the hour": whoever
    charges for a model sells it."""
    if root.dep_ != "pobj" or root.head.lower_ != "for":
        return None
    verb = root.head.head
    while verb.pos_ != "VERB" and verb.dep_ in _ON_THE_AMOUNT and verb.head != verb:
        verb = verb.head  # "charges $3 per million tokens for Pim-2": the parser hangs the "for" on the amount
    return verb if verb.lemma_ == "charge" and verb.pos_ == "VERB" else None


_ON_THE_AMOUNT = frozenset({"dobj", "dative", "pobj", "prep"})  # the amount charged and its "per" phrase


_HOLDING = frozenset({"keep", "hold", "leave", "maintain"})
_PRODUCT_SELLERS = frozenset({"Cloud", "Aggregator"})


def _subject_of(mention: Mention, doc: Doc, verb: Token) -> bool:
    root = mention.root(doc)
    return root.dep_ == "nsubj" and root.head == verb


def _kept_free(root: Token) -> bool:
    """A name hung (as the parser does) on "free" after "keep", "leave" or "make"."""
    free = root.head
    while free.dep_ == "compound" and free.head != free:
        free = free.head
    return free.lower_ == "free" and free.dep_ in ("oprd", "ccomp", "acomp") and free.head.lemma_ in _KEEPING


_KEEPING = frozenset({"keep", "leave", "make"})


def powering_models(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "Osk's Tarn-4 powers the Brisco Copilot": what a model or product powers is built on it; "the backbone of
    Brisco Studio is Tarn-4": a base-model noun "of" one thing, said to be another, makes the first built on it."""
    doc = sentence.span.doc
    things = [m for m in sentence.mentions if m.entity.type in ("Model", "Product")]
    words = context.lexicon.discovery.base_model_words
    for base, after in zip(things, things[1:], strict=False):
        between = doc[base.token_end : after.token_start]
        verbs = [t for t in between if lemma(t) in context.lexicon.powering_lemmas]
        others = [t for t in between if t not in verbs and t.lower_ not in _FILLERS]
        if len(verbs) == 1 and not others and base.entity != after.entity:
            yield "BuiltOn", after, base, 0.6  # the words say it where the parser, taking "powers" for a noun, cannot
    for base in things:
        root = base.root(doc)
        verb = root.head
        if root.dep_ == "nsubj" and verb.lemma_.lower() in context.lexicon.powering_lemmas:
            built = [m for m in things if m.root(doc).dep_ == "dobj" and m.root(doc).head == verb]
            yield from (("BuiltOn", b, base, 0.6) for b in built if b.entity != base.entity)
        if root.dep_ in ("attr", "nsubj") and verb.lemma_ == "be":
            for noun in verb.children:
                if noun is root or noun.dep_ not in ("attr", "nsubj") or noun.lower_ not in (*words, "backbone"):
                    continue
                of = [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children]
                built = [m for m in things if m.root(doc) in of]
                yield from (("BuiltOn", b, base, 0.6) for b in built if b.entity != base.entity)


_FILLERS = frozenset({"now", "also", "already", "the", "its", "their"})  # "Tarn-4 now powers the Brisco Copilot"
# "fine-tuned Tarn-4 to create its Tarn-Legal model", "distilled Tarn-4 into Tarn-Mini", "used Tarn-4 to build …"
_DERIVING = frozenset({"tune", "fine-tune", "distil", "distill", "adapt", "use", "take"})
_INTO_ANOTHER = re.compile(
    r"(?:\s+model)?\s+(?:to\s+(?:create|build|make|produce|train|develop)|into)\s+"
    r"(?:(?:its|their|a|an|the)\s+)?(?:(?:own|new)\s+)?$",
    re.I,
)


# "… runs almost entirely on", "is built around", "are powered by", "was built on top of 384 of its own": the words
# between what runs and what it runs on, ending where the name of the thing run on begins
_RUNS_ON = re.compile(
    r"\s+(?:(?:is|are|was|were|will|be|been|has|have|now|also|already|still)\s+)*"
    r"(?:(?:runs?|running|ran|built|based)"
    r"(?:\s+(?:almost|mostly|largely|entirely|wholly|fully|exclusively|primarily|chiefly|partly|now|only))*"
    r"\s+(?:on(?:\s+top\s+of)?|around|atop|upon)|powered\s+by)\s+"
    r"(?:(?:the|its|their)\s+)?(?:\d[\d,]*\s+(?:of\s+(?:its|their|the)\s+)?)?"
    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:['’]s)?\s+)?(?:own\s+)?$"
)
# "Tarn Cloud's newest 9,000-chip cluster", "Its platform", "Our instances": a possessive, up to three describing
# words, the noun
_OWNED_NOUN = re.compile(r"(?:['’]s|\b[Ii]ts|\b[Tt]heir|\b[Oo]ur)\s+(?:[\w,.-]+\s+){0,3}?([A-Za-z-]+)$")


def fleets_built_on(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "Tarn Cloud's MaaS service runs on Osk's own K7 accelerators", "Its platform runs on K9 racks": a
    company's fleet or service that runs on a chip or a model makes the company built on it. Read from the words,
    because the small parser takes "runs" for a noun or hangs the chip off a clause of its own in just this
    shape; the parse-tree rules (patterns/claims.json) read the cleaner sentences."""
    doc, text = sentence.span.doc, sentence.doc_text
    nouns = _standing_for_owner(context)
    listed: Mention | None = None  # the thing before, run on, and joined to this one in a list ("K9 and K11")
    for thing in sentence.mentions:
        if thing.entity.type not in ("Product", "Model"):
            continue
        joined = listed is not None and _NEXT_IN_LIST.fullmatch(text, listed.end, thing.start) is not None
        anchor = listed if joined and listed is not None else thing
        runs = _RUNS_ON.search(text, sentence.start, anchor.start)
        listed = None
        owned = _OWNED_NOUN.search(text, sentence.start, runs.start()) if runs is not None else None
        span = doc.char_span(*owned.span(1)) if owned is not None else None
        if owned is None or span is None:
            continue
        noun = span[0]
        if noun.lemma_.lower() not in nouns or any(owned.start() < m.start < owned.end() for m in sentence.mentions):
            continue  # "Tarn's revenue runs on …", or a name inside the phrase, which the parse rules read
        possessive = doc.char_span(owned.start(), owned.start() + 3, alignment_mode="expand")
        owner = next((m for m in sentence.mentions if m.end == owned.start()), None)
        if owner is None and possessive is not None:
            owner = owner_named(possessive[0], sentence, context)
        if owner is not None and owner.entity.type in BUSINESS_TYPES and owner.entity != thing.entity:
            listed = thing
            yield "BuiltOn", stand_in(owner.entity, noun), thing, 0.6


_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
# "K9 and Vey's V2", "K9 and Vey V2": the next item of a list, its maker's name written before it
_NEXT_IN_LIST = re.compile(rf"{_LIST_JOINER.pattern}(?:[A-Z][\w.-]*(?:['’]s)?\s+)?")


def _standing_for_owner(context: ReadingContext) -> frozenset[str]:
    """Nouns of a company's fleet, service or application, which stand for the company they belong to."""
    lexicon = context.lexicon
    return lexicon.fleet_nouns | lexicon.offering_nouns | lexicon.application_nouns


_BASING = frozenset({"build", "base"})
_BUILT_ON = frozenset({"on", "upon", "atop", "around"})


def owned_things_built_on(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "Brill has built its in-car assistant on Tarn-4": an application or fleet a company builds on a model or a
    chip, unnamed, stands for the company, which is built on it."""
    doc = sentence.span.doc
    nouns = _standing_for_owner(context)
    for thing in sentence.mentions:
        if thing.entity.type not in ("Product", "Model"):
            continue
        phrase = thing.root(doc)
        while phrase.dep_ in ("compound", "amod", "nmod") and phrase.head != phrase:
            phrase = phrase.head
        if phrase.dep_ != "pobj" or phrase.head.lower_ not in _BUILT_ON or phrase.head.head.lemma_ not in _BASING:
            continue
        verb = phrase.head.head
        built = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
        if built is None or any(m.token_start <= built.i < m.token_end for m in sentence.mentions):
            continue  # "built the Fenno Chat assistant on …": a named thing, which the parse rules read
        possessive = next((c for c in built.children if c.dep_ == "poss"), None)
        if possessive is None:
            continue
        owner = owner_named(possessive, sentence, context)
        if owner is not None and owner.entity.type in BUSINESS_TYPES and owner.entity != thing.entity:
            yield "BuiltOn", stand_in(owner.entity, built), thing, 0.6


def fleets_made_of(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "Its fleet is H100, H200 and GB200", "our site in Tarnby runs K900s": an owned fleet or site that is, or
    runs, named chips stands for its owner, which is built on each of them."""
    doc = sentence.span.doc
    hardware = [m for m in sentence.mentions if m.entity.type in ("Product", "Model")]
    for fleet in sentence.tokens:
        verb = fleet.head
        if fleet.dep_ != "nsubj" or fleet.lemma_.lower() not in context.lexicon.fleet_nouns:
            continue
        made_of = _MADE_OF_RELATIONS.get(verb.lemma_)
        possessive = next((c for c in fleet.children if c.dep_ == "poss"), None)
        named = any(m.token_start <= fleet.i < m.token_end for m in sentence.mentions)
        if made_of is None or possessive is None or named:
            continue  # a named fleet is read by the parse rules
        owner = owner_named(possessive, sentence, context)
        if owner is None or owner.entity.type not in BUSINESS_TYPES:
            continue
        for part in (c for c in verb.children if c.dep_ == made_of):
            within = {t.i for t in part.subtree}
            for chip in hardware:
                if chip.root(doc).i in within and chip.entity != owner.entity:
                    yield "BuiltOn", stand_in(owner.entity, fleet), chip, 0.6


_MADE_OF_RELATIONS = {"be": "attr", "run": "dobj", "use": "dobj"}  # what a fleet is, or runs, is what it is made of


# between a model and the one it is made from: "Tarn-4 Coder is Tarn-4 Pro further trained on …", "Tarn-4 Vision adds
# image understanding on top of Tarn-4 Max"
_MADE_FROM = re.compile(
    r"\s+(?:is|was)\s+(?:an?\s+|the\s+)?|\s+adds\s+[^.;]{1,60}?\s+(?:on\s+top\s+of|to)\s+", re.IGNORECASE
)
_FURTHER_TRAINED = re.compile(r"\s+(?:further\s+|additionally\s+)?(?:trained|tuned|fine-tuned|distilled|adapted)\b")
# between the model made from and the one made: "its own fine-tune of Mistral Small, sold as Pell Ardent"
_SOLD_AS = re.compile(r",?\s+(?:sold|marketed|branded|released|offered|launched)\s+as\s+")
_A_DERIVATIVE_OF = re.compile(r"\b(?:fine-tune|fine-tuned\s+version|distillation|variant|derivative)\s+of\s+$")
# a named fleet described by the chip it is made of: "Project Rainier, the Trainium2 cluster"
_NAMED_FLEET = re.compile(r",\s+(?:the|a|an|its)\s+$")


def versions_built_on(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """A model described as another one further trained, or with something added on top of it, or sold as a new
    name after "a fine-tune of", is built on it; a named cluster described as "the <chip> cluster" is built on the
    chip. Read from the words between the names."""
    text = sentence.doc_text
    things = [m for m in sentence.mentions if m.entity.type in ("Model", "Product")]
    for first, second in zip(things, things[1:], strict=False):
        if first.entity == second.entity:
            continue
        made_from = _MADE_FROM.fullmatch(text, first.end, second.start)
        added = made_from is not None and made_from.group(0).lstrip().startswith("adds")
        if made_from is not None and (added or _FURTHER_TRAINED.match(text, second.end)):
            yield "BuiltOn", first, second, 0.6
        derivative = _A_DERIVATIVE_OF.search(text, sentence.start, first.start)
        if derivative and _SOLD_AS.fullmatch(text, first.end, second.start):
            yield "BuiltOn", second, first, 0.6
    doc = sentence.span.doc
    fleets = context.lexicon.fleet_nouns
    for named, chip in zip(sentence.mentions, sentence.mentions[1:], strict=False):
        after = chip.root(doc).head if chip.root(doc).dep_ == "compound" else None
        described = _NAMED_FLEET.fullmatch(text, named.end, chip.start)
        if described and chip.entity.type == "Product" and after is not None and after.lemma_.lower() in fleets:
            yield "BuiltOn", named, chip, 0.6


def derived_models(sentence: Sentence) -> Iterator[Found]:
    """ "Osk fine-tuned Tarn-4 to create its Tarn-Legal model", "distilled Tarn-4 into Tarn-Mini": a model made
    out of another is built on it. Read from the words between the names: the small parser mangles this shape."""
    text, doc = sentence.doc_text, sentence.span.doc
    things = [m for m in sentence.mentions if m.entity.type in ("Model", "Product")]
    for base, built in zip(things, things[1:], strict=False):
        verb = next((t for t in reversed(doc[sentence.span.start : base.token_start]) if t.lower_ != "the"), None)
        deriving = verb is not None and bool(lemma_forms(verb) & _DERIVING)
        if deriving and _INTO_ANOTHER.fullmatch(text, base.end, built.start) and base.entity != built.entity:
            yield "BuiltOn", built, base, 0.6


# "X, our general-purpose model, fine-tuned from Y", "X, its legal model, which is distilled from Y", "X, built on
# top of the Y", "X will be built by continued pre-training of Y": what lies between a model and the one it comes from
_DERIVED_FROM = re.compile(
    r"(?:,\s+[^,;:()]{1,60}?)?,?\s+(?:(?:which|that)\s+)?(?:(?:is|was|are|were|has\s+been|will\s+be)\s+)?"
    r"(?:(?:fine-tuned|finetuned|distilled|derived|built|based|adapted)\s+(?:from|on|upon)"
    r"|(?:built\s+|made\s+|created\s+)?by\s+(?:continued\s+|further\s+)?"
    r"(?:pre-?training|fine-?tuning|post-?training|training|distilling)\s+(?:of|on|from))"
    r"\s+(?:top\s+of\s+)?(?:the\s+)?(?:(?:[\w-]+\s+){0,2}[\w-]+[’']s?\s+)?(?:open-weight\s+|open-source\s+)?"
)


def models_derived_from(sentence: Sentence) -> Iterator[Found]:
    """ "tw-chat-2, our general-purpose model, fine-tuned from Osk-3": a model described, then said to be made
    from another, is built on it. Read from the words between the names, since a list item's or a lower-case
    name's parse often loses the verb's subject."""
    text = sentence.doc_text
    things = [m for m in sentence.mentions if m.entity.type in ("Model", "Product")]
    for built, base in zip(things, things[1:], strict=False):
        if built.entity != base.entity and _DERIVED_FROM.fullmatch(text, built.end, base.start):
            yield "BuiltOn", built, base, 0.6


def underlying_models(sentence: Sentence) -> Iterator[Found]:
    """ "X uses the underlying Falcon model": X is built on it; "… even if Y uses the same underlying Falcon model"
    says the main clause's product is built on it too ("the same" points back to it); "X uses Falcon as its base
    model", "… under the hood": X is built on it."""
    doc = sentence.span.doc
    things = [m for m in sentence.mentions if m.entity.type in ("Model", "Product")]
    for model in (m for m in things if m.entity.type == "Model"):
        root = model.root(doc)
        if root.dep_ == "dobj" and based_on_a_model(root.head):
            user = next((m for m in things if m.root(doc).dep_ == "nsubj" and m.root(doc).head == root.head), None)
            if user is not None and user.entity != model.entity:
                yield "BuiltOn", user, model, 0.6
            continue
        phrase = root.head if root.dep_ == "compound" else root
        modifiers = {c.lower_ for c in (*phrase.children, *root.children)}
        if "underlying" not in modifiers:
            continue
        head = sentence.span.root if "same" in modifiers else phrase.head
        subject = next((m for m in things if m.root(doc).dep_ == "nsubj" and m.root(doc).head == head), None)
        if subject is not None and subject.entity != model.entity:
            yield "BuiltOn", subject, model, 0.6
