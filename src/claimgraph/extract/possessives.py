"""Relations read from neighbouring mentions, without a verb: a possessive ("Northwind’s Falcon", "its Larkspur
cloud", "Ostby's Halvard Data"), a parenthesis ("Corvid (Orca)"), an apposition naming a parent or a unit
("Ashgrove, the parent company of Larkspur Cloud", "X, a unit of Norway's Varden Group"), a company's named unit
("Kestrel's Orbital Division") and a cloud's own models ("its in-house Hunyuan models")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence, clean_name
from claimgraph.extract.lexicon import Lexicon
from claimgraph.extract.price_words import names_a_price
from claimgraph.extract.product_relations import branded_in_gazetteer, gazetteer_brand, made_by_another
from claimgraph.extract.references import (
    antecedent,
    describes_a_company_before,
    in_a_fronted_phrase,
    opens_a_clause,
    possessed_noun,
    possessive_owner,
)
from claimgraph.records import Entity


def adjacent_relations(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """Possessives, parentheses and appositions between neighbouring mentions."""
    lexicon = context.lexicon
    text = sentence.doc_text
    doc = sentence.span.doc
    yield from _speaker_owned(sentence, context)
    for a, b in zip(sentence.mentions, sentence.mentions[1:], strict=False):
        gap = text[a.end : b.start]
        possessive = re.fullmatch(r"[’']s\s+(?:[\w-]+\s+){0,3}", gap) or (
            text[a.end - 1 : a.end] == "s" and re.fullmatch(r"[’']\s+(?:[\w-]+\s+){0,3}", gap)  # "Osprey Labs' Kite-2"
        )
        companies_both = a.entity.type in BUSINESS_TYPES and b.entity.type in BUSINESS_TYPES
        if companies_both and _is_whose_unit(sentence, a, b, lexicon):
            yield "SubsidiaryOf", a, b, 0.7  # "Tessel Cloud is Osk Group's cloud unit, Fell Cloud is Halden's"
        listed = re.search(r"\s(?:and|or)\s", gap)  # "Osk's Tarn models and Vela": Vela is not Osk's by this
        if possessive and not listed and _possesses(a, b, doc):
            relation = _owned(a.entity, b.entity, context)
            companies = a.entity.type in BUSINESS_TYPES and b.entity.type in BUSINESS_TYPES
            if relation is None and gap in ("'s ", "’s ") and companies and b.root(doc).dep_ != "compound":
                # "Ostby's Halvard Data", "Reliance's Jio Platforms": a company it owns; but "G42's Nvidia
                # shipments" name what it buys from a company
                relation = "SubsidiaryOf"
            rented = _rented_out(sentence, b) if relation == "Develops" else None
            if rented is not None and rented.lower_ == "capacity" and a.entity.type != "Cloud":
                rented = None  # "Osk Labs' H100 capacity": what a lab holds or rents, no cloud's offer
            anothers = relation == "Develops" and _anothers_chip(sentence, b, a.entity, context)
            if relation == "Develops" and branded_in_gazetteer(b.entity, a.entity, context):
                relation = None  # "Fell Cloud's K9 racks", K9 being Osk's: what Fell holds, not what it makes
            if rented is not None and (anothers or a.entity.type == "Cloud"):
                # "Fell Cloud's K9 instances": the cloud offers the instances; a chip someone else makes is not its
                yield "Offers", a, _instances(b, rented, context), 0.8
                relation = None if anothers else relation
            if relation:
                yield relation, b if relation == "SubsidiaryOf" else a, a if relation == "SubsidiaryOf" else b, 0.85
        if re.fullmatch(r"\s*\(\s*", gap) and text[b.end : b.end + 2].lstrip().startswith(")"):
            relation = _parenthesis(a.entity, b.entity)
            if relation == "Develops" and a.entity.type in ("Model", "Product"):
                yield relation, b, a, 0.8  # "Falcon (Northwind)": the model, then its developer
            elif relation:
                yield relation, a, b, 0.8
        described = re.fullmatch(r"\s*\)?\s*,\s*|\s*\(\s*", gap)  # "X, Y's unit", "X (AWS), Y's unit", "X (Y's unit)"
        fronted = in_a_fronted_phrase(sentence, a)  # "After Pell Labs, Osk's cloud unit, …": no apposition to Pell
        if companies_both and described and not fronted and possessed_noun(b, doc) in lexicon.unit_nouns:
            yield "SubsidiaryOf", a, b, 0.8  # "Larkspur Cloud, Ashgrove's cloud unit" (not "In Peru, Osk's unit")
        if (
            possessed_noun(a, doc) in lexicon.unit_nouns
            and re.fullmatch(r"[’']s\s+(?:[\w-]+\s+){0,2}[\w-]+\s*,\s*", gap)
            and not opens_a_clause(sentence, b)  # "…'s cloud unit, Fell Cloud is …": a new clause
            # "Fell (FC), Osk's cloud unit, Tarn and Vey run …"
            and not describes_a_company_before(sentence, a.start, a.end + gap.index(","))
        ):
            yield "SubsidiaryOf", b, a, 0.8  # "Pinecrest Cloud's European unit, Pinecrest Cloud Europe"
        phrase = gap.lower()
        owner = b
        b = _the_possessed(sentence, b)  # "a unit of Norway's Varden Group": the group, not the country
        # "won part of Pell Telecom's server procurement": a part of what the name owns, not of the name
        owns_a_thing = b is owner and text[b.end : b.end + 3] in ("'s ", "’s ")
        if a.entity.type in BUSINESS_TYPES and b.entity.type in (*BUSINESS_TYPES, "Product") and not owns_a_thing:
            if _ends_with(phrase, lexicon.parent_phrases):
                yield "SubsidiaryOf", b, a, 0.8
            elif _ends_with(phrase, lexicon.child_phrases):
                yield "SubsidiaryOf", a, b, 0.8
        elif (
            a.entity.type in BUSINESS_TYPES
            and not owns_a_thing
            and (parent := _described_parent(sentence, a, lexicon.child_phrases))
        ):
            yield "SubsidiaryOf", a, parent, 0.75


def _speaker_owned(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "We are controlled by Velkor Partners", "we are a wholly owned subsidiary of Velkor Group": the firm speaking
    or issuing the text, as the subject "we", is the unit of the company a child phrase names right after."""
    owner = context.speaker or context.issuer
    if owner is None:
        return
    text = sentence.doc_text
    for we in re.finditer(r"\b[Ww]e\s+(?:are|were|have\s+been|remain)\s+", text[sentence.start : sentence.end]):
        at = sentence.start + we.end()
        parent = next((m for m in sentence.mentions if m.start > at and m.entity.type in BUSINESS_TYPES), None)
        if parent is None or parent.entity == owner:
            continue
        word = sentence.span.doc.char_span(sentence.start + we.start(), sentence.start + we.start() + 2)
        if word is not None and _ends_with(text[at : parent.start].lower(), context.lexicon.child_phrases):
            yield "SubsidiaryOf", Mention(owner, word.start_char, word.end_char, word.start, word.end), parent, 0.75


def _ends_with(gap: str, phrases: tuple[str, ...]) -> bool:
    """Whether the words between two names end on an ownership phrase and a description of the second ("the
    cloud arm of Nordic retail group"); "moved part of its training work to" says nothing of who owns whom."""
    for phrase in phrases:
        at = gap.rfind(phrase)
        if at >= 0 and (at == 0 or not gap[at - 1].isalnum()):
            if gap[:at].split()[-1:] == ["per"]:
                continue  # "cost 25% more per unit of computing power": a rate, no one's unit
            words = gap[at + len(phrase) :].split()
            if _MINORITY.search(gap, at):
                return False  # "Nvidia, which owns roughly 7% of Osk": a stake short of control owns no unit
            if len(words) <= 4 and not _NOT_A_DESCRIPTION.intersection(words):
                return True
    return False


# a stake under half: "roughly 7% of", "a 30 per cent stake in"
_MINORITY = re.compile(r"\b(?:[1-4]?\d(?:\.\d+)?)\s*(?:%|per\s?cent|percent)")

# words that start another phrase after "part of": its own object, a preposition
_NOT_A_DESCRIPTION = frozenset(
    {"its", "their", "our", "his", "her", "to", "in", "for", "with", "from", "on", "at", "by", "than"}
)


# after "a unit of": "the utility", "the Lisbon property group", "the Oslo-based": words describing the parent
_DESCRIPTION = re.compile(r"\s*(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}")


def _described_parent(sentence: Sentence, child: Mention, phrases: tuple[str, ...]) -> Mention | None:
    """ "Eskvik Data, a unit of the utility Norrhavn Energi", "a subsidiary of the Lisbon property group Castelo":
    the parent named after a unit phrase and a description of it (a place's name in it included)."""
    text = sentence.doc_text
    later = [m for m in sentence.mentions if m.start > child.end]
    # the NER may take a parent it does not know for a person: after "a unit of the utility" it is an owner
    owners = [m for m in later if m.entity.type in BUSINESS_TYPES or (m.entity.type == "Person" and not m.entity.known)]
    parent = owners[0] if owners else None
    if parent is None:
        return None
    gap = text[child.end : parent.start]
    lowered = gap.lower()
    at = max((lowered.find(p) + len(p) for p in phrases if p in lowered), default=-1)
    if at < 0 or "," in gap[at:] or " and " in gap[at:]:
        return None
    return parent if _DESCRIPTION.fullmatch(gap, at) else None


def _the_possessed(sentence: Sentence, mention: Mention) -> Mention:
    """The company a possessive introduces ("Norway's Varden Group", "Abu Dhabi's G42"), else the mention itself."""
    text = sentence.doc_text
    if text[mention.end : mention.end + 3] in ("'s ", "’s "):
        after = mention.end + 3
    elif text[mention.end - 2 : mention.end + 1] in ("'s ", "’s "):
        after = mention.end + 1  # the NER's span took the possessive in
    else:
        return mention  # "a unit of Abu Dhabi's G42": whatever owns it, the unit is of the one possessed
    return next((m for m in sentence.mentions if m.start == after and m.entity.type in BUSINESS_TYPES), mention)


def _owned(owner: Entity, owned: Entity, context: ReadingContext) -> str | None:
    """What "Owner’s Owned" states: a company's model or product is its development, its cloud its unit."""
    if owner.type in context.lexicon.possessive_owners and owned.type in context.lexicon.possessive_owned:
        return "Develops"
    if owner.type == "Company" and owned.type == "Cloud":
        return "SubsidiaryOf"
    return None


def _possesses(owner: Mention, owned: Mention, doc: Doc) -> bool:
    """ "Northwind’s Falcon models": the possessive modifies the owned mention's phrase, not a noun between them."""
    root = owner.root(doc)
    owned_root = owned.root(doc)
    inside = owned.token_start <= root.head.i < owned.token_end  # "Huawei's Ascend 910B": any word of the name
    if root.dep_ == "poss" and (inside or root.head == owned_root.head):
        return True
    # in a long list the parser may take "Osk's" for a conjunct, though its "'s" still marks it ("…, Vela and
    # Osk's Tarn platform"): a possessive right before the name
    marked = root.i + 1 < len(doc) and doc[root.i + 1].dep_ == "case" and doc[root.i + 1].head == root
    return marked and owned.token_start == root.i + 2


def _parenthesis(outside: Entity, inside: Entity) -> str | None:
    """ "Corvid (Orca)", "Falcon (Northwind)": a developer and its model; "Larkspur Cloud (Ashgrove)": a unit
    and its parent."""
    developers, things = ("Company", "Lab"), ("Model", "Product")
    if (outside.type in developers and inside.type in things) or (outside.type in things and inside.type in developers):
        return "Develops"
    if outside.type in ("Cloud", "Product", "Company") and inside.type == "Company" and outside.known and inside.known:
        return "SubsidiaryOf"
    return None


_COPULA_GAP = re.compile(r"\s+(?:is|was|remains|became|has\s+been)\s+(?:now\s+|still\s+)?")


def _is_whose_unit(sentence: Sentence, unit: Mention, owner: Mention, lexicon: Lexicon) -> bool:
    """ "X is Y's cloud unit", read from the words (the parser often mangles it), and "…, Z is W's" after one such
    statement in the sentence, the unit noun left out."""
    text = sentence.doc_text
    if not _COPULA_GAP.fullmatch(text, unit.end, owner.start):
        return False
    nouns = "|".join(re.escape(n) for n in sorted(lexicon.unit_nouns, key=len, reverse=True))
    said = re.compile(rf"[’']s\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\b", re.IGNORECASE)
    if said.match(text, owner.end):
        return True
    elided = re.match(r"[’']s\s*(?:[.;,)]|$)", text[owner.end : sentence.end])
    return bool(elided) and bool(said.search(text, sentence.start, unit.start))


def possessive_relations(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "its Falcon models", "its dedicated Larkspur cloud capacity", "Vireo is Kestrel’s attempt"."""
    yield from _named_units(sentence, context)
    yield from _owned_in_apposition(sentence, context)
    for mention in sentence.mentions:
        owner = possessive_owner(sentence, mention, context)
        relation = _owned(owner, mention.entity, context) if owner is not None else None
        if owner is not None and relation is None and _made_in_house(sentence, mention, owner):
            relation = "Develops"  # "next to its in-house Hunyuan models": a cloud's own models are its making
        if owner is None or relation is None:
            continue
        if relation == "Develops" and not _the_owned_thing(sentence, mention, context):
            continue  # "its B300 instances": what it owns is the instances, not the chip they run on
        if relation == "Develops" and made_by_another(sentence, mention, owner, context):
            continue  # "its own API, Brisco Vela and Tarn-2, a model from Fell Labs": the owner's is the first only
        owner_mention = Mention(owner, mention.start, mention.end, mention.token_start, mention.token_end)
        if relation == "SubsidiaryOf":
            yield relation, mention, owner_mention, 0.7
        else:
            yield relation, owner_mention, mention, 0.7


def _the_owned_thing(sentence: Sentence, mention: Mention, context: ReadingContext) -> bool:
    """Whether a name qualifying a noun is itself the thing owned: "its Falcon models", "its Wren API", not "its
    Heron instances" or "its Heron orders" (what it holds or buys of someone's product)."""
    noun = mention.root(sentence.span.doc)
    chain = []
    while noun.dep_ in ("compound", "nmod", "amod", "nummod") and noun.head != noun and noun.head.i >= noun.i:
        noun = noun.head
        chain.append(noun)  # "its B300 rental price": a holding noun anywhere on the way to the head
    outside = [t for t in chain if t.i >= mention.token_end]
    beside = [c for t in outside for c in t.children if c.i >= mention.token_end and c.i < t.i]  # "H200 rental price"
    held = context.lexicon.holding_nouns | context.lexicon.price_nouns  # "its on-demand H200 price": a price
    # "its GS-4 energy charges": a rate class's price, not a product; but "its Tarn-4 rate limits" are the model's
    priced = bool(chain) and names_a_price(chain[-1], context.lexicon)
    return not priced and not any(t.lower_ in held for t in (*outside, *beside))


_RENTED_NOUNS = frozenset({"instance", "instances", "rental", "rentals", "capacity"})


def _rented_out(sentence: Sentence, mention: Mention) -> Token | None:
    """The instances, rentals or capacity noun a name qualifies ("Fell Cloud's K9 bare-metal instances", "its K9
    capacity"): a cloud rents out someone's chip under its own name, where a maker's "K9 shipments" or "K9 price"
    may be its own product's."""
    doc = sentence.span.doc
    # read from the words: the parser often takes "instances" after a chip's code for a verb
    following = doc[mention.token_end : min(mention.token_end + 5, sentence.span.end)]  # "K9 bare-metal instances"
    for word in following:
        if word.lower_ in _RENTED_NOUNS:
            after = word.nbor() if word.i + 1 < sentence.span.end else None
            # "K9 rental prices", "K9 instance pricing": the instances only describe another noun
            return None if after is not None and after.pos_ == "NOUN" else word
        # only words that qualify the noun may stand between ("bare-metal"), not a clause's ("chips power most")
        if word.text != "-" and (not word.is_alpha or word.dep_ not in _QUALIFYING or word.pos_ == "VERB"):
            break
    return None


_QUALIFYING = frozenset({"compound", "amod", "nmod", "punct", "npadvmod", "nummod"})


def _anothers_chip(sentence: Sentence, chip: Mention, owner: Entity, context: ReadingContext) -> bool:
    """Whether a chip an owner's possessive names is made by another: as the gazetteer brands it, the text writes it
    or the article has said; else, for a cloud, yes (clouds rent out others' chips far more than their own)."""
    if gazetteer_brand(chip.entity, context) is not None:
        return branded_in_gazetteer(chip.entity, owner, context)
    # "AMD Instinct MI355X systems on Oracle's MI355X instances": the chip under its longer name, by its maker
    longer = [m for m in sentence.mentions if m.entity.label.endswith(f" {chip.entity.label}")]
    if any(made_by_another(sentence, m, owner, context) for m in (chip, *longer)):
        return True
    maker = context.maker_of(chip.entity)
    return maker != owner if maker is not None else owner.type == "Cloud"


def _instances(chip: Mention, noun: Token, context: ReadingContext) -> Mention:
    """The instances as the text names them ("K9 bare-metal instances"), a product of the cloud's own."""
    label = noun.doc.text[chip.start : noun.idx + len(noun.text)]
    entity = context.index.entity_for(clean_name(label), "Product")
    return Mention(entity, chip.start, noun.idx + len(noun.text), chip.token_start, noun.i + 1)


_IN_HOUSE = re.compile(r"\b(?:its|their)\s+(?:own|in-house|proprietary|home-grown|homegrown)\s+(?:[\w-]+\s+){0,2}$")


def _made_in_house(sentence: Sentence, mention: Mention, owner: Entity) -> bool:
    """Whether a cloud's model is said to be its own ("its own Tarragon family", "its in-house Hunyuan models")."""
    if owner.type != "Cloud" or mention.entity.type not in ("Model", "Product"):
        return False
    return bool(_IN_HOUSE.search(sentence.doc_text, max(sentence.start, mention.start - 40), mention.start))


def _named_units(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "Alibaba Group's Cloud Intelligence Group", "Kestrel's Orbital Division": a company's named group, division
    or unit is its subsidiary."""
    doc = sentence.span.doc
    units = {*context.lexicon.unit_nouns, "group"}
    for mention in sentence.mentions:
        last = doc[mention.token_end - 1]
        if mention.entity.type not in BUSINESS_TYPES or last.lower_ not in units or not last.text[0].isupper():
            continue
        for child in mention.root(doc).children:
            owner = next((m for m in sentence.mentions if m.token_start <= child.i < m.token_end), None)
            if child.dep_ == "poss" and owner is not None and owner.entity.type in BUSINESS_TYPES:
                yield "SubsidiaryOf", mention, owner, 0.7


# "Our own router, Wendle, …", "Tiller, our open-source scheduler, …": a name in apposition with a possessive pronoun
# and a noun of a kind of product
_OWNER_THEN_NAME = re.compile(r"\b(?P<pronoun>[Oo]ur|[Ii]ts|[Tt]heir) (?:own )?(?:[\w-]+ ){0,3}?(?P<noun>[A-Za-z]+), $")
_NAME_THEN_OWNER = re.compile(
    r", (?P<pronoun>our|its|their) (?:own |new |latest )?(?:[\w-]+ ){0,3}?(?P<noun>[A-Za-z]+)"
    r"(?=[,.;)]| (?:and|that|which|for|in|on|to)\b)"  # the noun ends the apposition: "our serverless platform,"
)


def _owned_in_apposition(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "Our own router, Wendle, sends …", "Veyl Studio, our serverless platform, …": a product named in apposition
    with what its owner calls it is the owner's making; "Osk Cloud Ltd, our UK subsidiary": a firm so named with a
    noun of a unit is the owner's unit. "our" is the firm speaking or issuing the text, "its" and "their" the company
    the sentence has named before."""
    text = sentence.doc_text
    lexicon = context.lexicon
    for mention in sentence.mentions:
        made = mention.entity.type in ("Product", "Model")
        if not made and mention.entity.type not in BUSINESS_TYPES:
            continue
        said = _OWNER_THEN_NAME.search(text, max(sentence.start, mention.start - 60), mention.start)
        if said is not None and text[max(0, said.start() - 2) : said.start()] == ", ":
            said = None  # "Through Tarnwick, its data-centre arm, Osk Group …": the apposition is the name's before it
        said = said or _NAME_THEN_OWNER.match(text, mention.end)
        if said is None or said.group("noun") not in (lexicon.product_nouns if made else lexicon.unit_nouns):
            continue
        pronoun = said.group("pronoun").lower()
        owner = (context.speaker or context.issuer) if pronoun == "our" else antecedent(sentence, said.start())
        if owner is None or owner.type not in BUSINESS_TYPES or owner == mention.entity:
            continue
        owning = Mention(owner, mention.start, mention.end, mention.token_start, mention.token_end)
        yield ("Develops", owning, mention, 0.7) if made else ("SubsidiaryOf", mention, owning, 0.7)
