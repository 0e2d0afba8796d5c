"""Relations around products: a product's maker told by its brand ("Kestrel K9 chips") or an apposition ("X, the
developer of Y"); the supplier a buyer of a product deals with (its maker); and any relation holding for every
name listed on one of its sides ("available on three clouds at once", "Kestrel's K7 and K8")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import PLACE_TYPES, ReadingContext
from claimgraph.extract.document import Found, Mention, Sentence
from claimgraph.extract.implicit_subjects import SUBJECTLESS
from claimgraph.extract.periods import MONTHS
from claimgraph.records import Entity

_PAIRED = re.compile(r"\s+(?:and|or)\s+")
_LISTED = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*")
# "Northwind, the developer of the Heron models", "Corvid AI, the Lisbon developer of …"
_MAKER_APPOSITION = re.compile(
    r",\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:developer|maker|creator|designer|builder|publisher)\s+of\s+(?:the\s+)?"
)

# after one thing an apposition says a maker made, the next: " models and the ", ", the ", " chips, and "
_NEXT_MADE = re.compile(r"(?:\s+[a-z-]+){0,2}\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+|its\s+)?")

# Between a product and its maker: "Falcon-4, from Sable Systems", "the Puffin-3 developer Quarry Networks", "the
# Tern-3 model from Ravelin".
_MADE_BY = re.compile(
    r",\s+from\s+|\s+(?:developer|maker|creator|designer|builder)\s+"
    r"|\s+(?:model|models|chip|chips|accelerator|accelerators|assistant|chatbot|app|platform)\s+from\s+"
)

# An apposition saying who made a product: "Tarn-2, a Hindi model developed by the Pune lab Fell AI"
_DESCRIBED_AS_MADE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:developed|designed|created|trained|built|released)\s+by\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}"
)

_OWNED_BEFORE = re.compile(r"(?:\b(?:its|their|our)|[’']s)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _owned(thing: Mention, text: str) -> bool:
    """Whether a possessive stands before the thing ("serves its Skua models from Arvik Cloud"): then "from"
    names where it is served from, not who made it."""
    return bool(_OWNED_BEFORE.search(text, max(0, thing.start - 40), thing.start))


def suppliers_for_products(found: list[Found], sentence: Sentence, context: ReadingContext) -> list[Found]:
    """ "ordered 900 Kestrel K9 chips", "deploy 2 GW of Sable S4 GPUs": buying a product makes its maker
    the supplier, when the sentence, or the article before it, says who makes it; a product of no stated maker
    supplies no one."""
    makers = {o.entity.key: s for t, s, o, _ in found if t == "Develops"}
    # "trains on Kestrel chips it rents from Osk Cloud": a supplier named outright is who it buys from
    doc = sentence.span.doc
    outright = [
        (s.entity.key, o.entity.key)
        for t, s, o, _ in found
        if t == "CustomerOf" and o.entity.type not in ("Product", "Model") and not _qualifies(o.root(doc))
    ]
    resolved: list[Found] = []
    for claim_type, subject, obj, confidence in found:
        others = [o for s, o in outright if s == subject.entity.key and o != obj.entity.key]
        if claim_type == "CustomerOf" and obj.entity.type in ("Product", "Model"):
            maker = makers.get(obj.entity.key)
            # "placed orders for K9 systems", the article having said who makes the K9: hardware bought by a
            # named buyer (a model used is not bought from its maker, and a guessed buyer buys nothing)
            sure = obj.entity.type == "Product" and confidence > SUBJECTLESS
            said = context.maker_of(obj.entity) if maker is None and sure else None
            made_by = maker.entity if maker is not None else said
            if made_by is None or others:
                continue
            if made_by == subject.entity or context.parent_of(subject.entity) == made_by:
                continue  # a unit using its parent's product buys nothing from it
            obj = Mention(made_by, obj.start, obj.end, obj.token_start, obj.token_end)
        resolved.append((claim_type, subject, obj, confidence))
    return resolved


def _qualifies(root: Token) -> bool:
    """Whether a name only qualifies another noun ("Kestrel H200s", "Kestrel-based capacity")."""
    return root.dep_ in ("compound", "npadvmod", "nmod") or (root.dep_ == "poss" and root.head.pos_ == "NOUN")


def branded(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "Kestrel K9 chips", "Quillon Vector GPUs", "Sable NPUs": a product named after its maker, with the maker's
    name inside the product's mention or just before it; "Northwind, the developer of the Heron models": an
    apposition that says so."""
    owners = context.lexicon.possessive_owners
    things = context.lexicon.possessive_owned
    text = sentence.doc_text
    for index, (a, b) in enumerate(zip(sentence.mentions, sentence.mentions[1:], strict=False)):
        gap = text[a.end : b.start]
        # "Corvid AI, the Lisbon developer of …": a place may describe the maker in its apposition
        described = next((m for m in sentence.mentions[index + 1 :] if m.entity.type not in PLACE_TYPES), None)
        placed = _a_unit_in_a_place(b.start, b.end, sentence, context)  # "Osk Lisbon": a site, no product
        if a.entity.type in owners and b.entity.type in things and gap == " " and not placed:
            maker = context.maker_of(b.entity) or context.index.maker_in_its_names(b.entity)
            if maker is None or maker == a.entity:  # "Dell H200 servers": Dell sells what Nvidia makes
                yield "Develops", a, b, 0.75
        elif (
            a.entity.type in owners
            and described is not None
            and described.entity.type in things
            and _MAKER_APPOSITION.fullmatch(text, a.end, described.start)
        ):
            yield "Develops", a, described, 0.8
            made = described  # "… of the Orca models and the Vela assistant": each thing the apposition lists
            for later in sentence.mentions[sentence.mentions.index(described) + 1 :]:
                if later.entity.type not in things or not _NEXT_MADE.fullmatch(text, made.end, later.start):
                    break
                yield "Develops", a, later, 0.8
                made = later
        elif a.entity.type in things and b.entity.type in owners and _MADE_BY.fullmatch(gap) and not _owned(a, text):
            yield "Develops", b, a, 0.8  # "Falcon-4, from Sable Systems,", "the Puffin-3 developer Quarry Networks"
    yield from _described_makers(sentence, context)
    for mention in sentence.mentions:
        if mention.entity.type == "Cloud":
            yield from _a_cloud_brand(mention, sentence, context)
            continue
        if mention.entity.type not in things:
            continue
        words = text[mention.start : mention.end].split()
        # the maker's name as the gazetteer knows it, or as the article introduced it ("Kestrel … Kestrel K9");
        # a known product named with its owner's name ("Amazon Bedrock") is the owner company's, not a brand's
        # cloud's ("Azure OpenAI Service" is Microsoft's, not Azure's)
        maker = context.brand(words[0]) if len(words) > 1 else None
        owned_name = mention.entity.known and mention.entity.label.split()[0].casefold() == words[0].casefold()
        if maker is not None and _a_unit_in_a_place(mention.start + len(words[0]), mention.end, sentence, context):
            continue  # "Tarn Norway", "Osk Asia": the owner's unit in a place, or its site there, is nothing it makes
        if maker is not None and maker.type in owners and (maker.type == "Company" or not owned_name):
            yield "Develops", _first_word_as(maker, mention, words[0]), mention, 0.75


def _a_cloud_brand(mention: Mention, sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "Microsoft Azure": a cloud written as its owner's name before a brand of its own (the gazetteer knows it
    as "Azure" too) is a brand the owner develops; "Osk Cloud", a company's name for its
    cloud business, names no brand."""
    words = sentence.doc_text[mention.start : mention.end].split()
    if len(words) < 2 or not mention.entity.known:
        return
    brand = " ".join(words[1:]).casefold()
    if brand not in {alias.casefold() for alias in mention.entity.aliases}:
        return
    maker = context.brand(words[0])
    if maker is not None and maker.type == "Company" and maker != mention.entity:
        yield "Develops", _first_word_as(maker, mention, words[0]), mention, 0.75


def _first_word_as(maker: Entity, mention: Mention, word: str) -> Mention:
    """The maker's name opening a thing's mention ("Osk" in "Osk K9"), as a mention of the maker."""
    return Mention(maker, mention.start, mention.start + len(word), mention.token_start, mention.token_start + 1)


def _a_unit_in_a_place(start: int, end: int, sentence: Sentence, context: ReadingContext) -> bool:
    """Whether the words at ``[start, end)``, after a maker's name, are a place's ("Tarn Norway", "the Osk Porto
    platform"), unless hardware follows them: "Osk Lisbon servers" are a product line named after a city."""
    doc = sentence.span.doc
    words = doc.char_span(start, end, alignment_mode="contract")
    if words is None or len(words) == 0:
        return False
    following = doc[words.end].lemma_.lower() if words.end < len(doc) else ""
    return following not in context.lexicon.place_named_lines and context.index.a_place(words)


def served_on(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "GPT-4.1 on Azure", "Claude Sonnet 4.5 on Amazon Bedrock", "Qwen3-Max through Alibaba Cloud's endpoint":
    a model named right before "on", "via" or "through" a cloud or a platform is offered there. Hardware is no
    platform: not a name with a model number in it ("on H200s"), nor one a hardware noun follows ("on Trainium
    chips"); a model "on" those runs on them, no one sells it there."""
    text = sentence.doc_text
    doc = sentence.span.doc
    mentions = sentence.mentions
    hardware = context.lexicon.hardware_nouns
    for index, model in enumerate(mentions[:-1]):
        after = mentions[index + 1]
        if model.entity.type != "Model" or not _SERVED_THROUGH.fullmatch(text, model.end, after.start):
            continue
        owned = mentions[index + 2] if index + 2 < len(mentions) else None
        if owned is not None and _OWNERS_OWN.fullmatch(text, after.end, owned.start):
            after = owned  # "through Osk Group's Vey Studio": the owner's platform
        noun = doc[after.token_end] if after.token_end < len(doc) else None
        chips = noun is not None and noun.lemma_.lower() in hardware
        platform = after.entity.type in ("Cloud", "Aggregator") or (
            after.entity.type == "Product" and not any(ch.isdigit() for ch in after.entity.label) and not chips
        )
        if platform:
            yield "Offers", after, model, 0.65


# between a model and where it is served (or the platform's owner): " on ", " through ", " via the "
_SERVED_THROUGH = re.compile(r"\s+(?:on|via|through)\s+(?:the\s+)?")


def _described_makers(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "Tarn-2, a Hindi model developed by the Pune lab Fell AI": the first maker after an apposition that says
    who made the product (a place naming the maker's home may stand between)."""
    owners = context.lexicon.possessive_owners
    text = sentence.doc_text
    for index, thing in enumerate(sentence.mentions):
        if thing.entity.type not in context.lexicon.possessive_owned:
            continue
        for later in sentence.mentions[index + 1 :]:
            if later.entity.type in owners:
                if _DESCRIBED_AS_MADE.fullmatch(text, thing.end, later.start):
                    yield "Develops", later, thing, 0.75
                break
            if later.entity.type not in ("Country", "Region"):
                break


def with_conjuncts(sentence: Sentence, found: list[Found], context: ReadingContext) -> Iterator[Found]:
    """ "Kestrel's K7 and K8", "available on three clouds at once": what is said of one name holds for
    the names listed after it (of its type), on either side of the relation — but not who made a listed name
    the sentence gives a maker of its own ("Osk's K7, Brisco Vela and Tarn-2, a model from Fell Labs")."""
    makers = {(o.entity.key, s.entity.key) for t, s, o, _ in found if t == "Develops"}
    for relation, subject, obj, confidence in found:
        yield relation, subject, obj, confidence
        # a maker inside the product's name ("Kestrel K8 and K9") reaches only a plain pair, not a list
        # ("Northwind Scribe, and OrcaChat") — unless the list is of part numbers ("Kestrel K7, K8 and K9 systems")
        inside = subject.start >= obj.start
        joint = _PAIRED if inside else _LISTED
        listed_after = list(_listed_after(sentence, obj, joint))
        if inside and relation == "Develops":
            numbered = list(_listed_after(sentence, obj, _LISTED))
            if all(any(ch.isdigit() for ch in m.entity.label) for m in numbered):
                listed_after = numbered
        for listed in listed_after:
            if relation == "Develops" and _made_by_another(sentence, listed, subject.entity, makers, context):
                continue
            yield relation, subject, listed, confidence
        if subject.end <= obj.start or subject.start >= obj.end:
            for listed in _listed_after(sentence, subject, _LISTED):
                if listed.end <= obj.start or listed.start >= obj.end:
                    yield relation, listed, obj, confidence


def _made_by_another(
    sentence: Sentence, thing: Mention, maker: Entity, makers: set[tuple[str, str]], context: ReadingContext
) -> bool:
    """Whether the sentence names another maker of ``thing`` (see ``made_by_another``), or another reading found
    who made it."""
    return made_by_another(sentence, thing, maker, context) or any(
        key == thing.entity.key and by != maker.key for key, by in makers
    )


_POSSESSIVE_GAP = re.compile(r"[’']s?\s+(?:[\w-]+\s+){0,2}")


def made_by_another(sentence: Sentence, thing: Mention, maker: Entity, context: ReadingContext) -> bool:
    """Whether the article or the gazetteer writes ``thing`` after another company's name, or the sentence gives it
    a maker other than ``maker``: its name opens on another company's
    brand ("Brisco Vela", "Brisco-V3"), another owner's name or possessive stands right before it ("its Nvidia
    H200 chips", "Fell's own API and Osk's Tarn platform"), or an apposition after it says who made it ("Tarn-2, a
    model developed by a Riyadh lab")."""
    text = sentence.doc_text
    if _branded_elsewhere(text, thing, maker, context) or branded_in_gazetteer(thing.entity, maker, context):
        return True  # "runs on Osk K9 systems … its K9 halls": the article, or the gazetteer, says who makes it
    words = re.split(r"\s+|-(?=\w)", text[thing.start : thing.end])  # "Brisco Vela", "Brisco-V3"
    owners = context.lexicon.possessive_owners
    brand = context.brand(words[0]) if len(words) > 1 else None
    if brand is not None and brand.key != maker.key and brand.type in owners:
        return True
    before = next((m for m in reversed(sentence.mentions) if m.end <= thing.start), None)
    if (
        before is not None
        and before.entity.key != maker.key
        and before.entity.type in owners
        and (_POSSESSIVE_GAP.fullmatch(text, before.end, thing.start) or text[before.end : thing.start] == " ")
    ):
        return True
    return _described_as_made(sentence, thing)


def _branded_elsewhere(text: str, thing: Mention, maker: Entity, context: ReadingContext) -> bool:
    """Whether the article writes the thing's name right after another company's ("Osk K9", "Osk's K9")."""
    name = re.escape(thing.entity.label)
    for written in re.finditer(rf"\b([A-Z][\w&.-]*)(?:['’]s)?\s+{name}(?![\w-])", text):
        brand = context.brand(written.group(1))
        if brand is not None and brand.key != maker.key and brand.type in context.lexicon.possessive_owners:
            return True
    return False


def branded_in_gazetteer(thing: Entity, maker: Entity, context: ReadingContext) -> bool:
    """Whether the gazetteer knows the thing by another company's name before its own ("Osk K9" for K9), not the
    maker's nor its parent's or unit's: then "Fell Cloud's K9 capacity" is Fell's rented stock of Osk's chip."""
    brand = gazetteer_brand(thing, context)
    if brand is None:
        return False
    family = {brand.key, context.parents.get(brand.key, brand.key)}  # "AWS Trainium" is Amazon's too
    return maker.key not in family and context.parents.get(maker.key, maker.key) not in family


def gazetteer_brand(thing: Entity, context: ReadingContext) -> Entity | None:
    """The company whose name the gazetteer writes before a known thing's ("Osk K9" for K9): its maker. A thing
    the gazetteer does not know by its whole name but whose name opens on a known product's and goes on in a part
    number ("K9 NVL72 racks", "Ascend 910C" after Ascend) is a version or a system of that product, by the same
    maker; a name going on in words ("Llama Nemotron Super") may be anyone's."""
    if not thing.known:
        words = thing.label.split()
        if not any(ch.isdigit() for word in words[1:] for ch in word):
            return None  # "Llama Nemotron Super": another's model named after a known one, no version of it
        for size in range(len(words) - 1, 0, -1):
            base = context.index.named(" ".join(words[:size]))
            if base is not None and base.known and base.type in ("Product", "Model"):
                return gazetteer_brand(base, context)
        return None
    for alias in thing.aliases:
        words = alias.split()
        if len(words) > 1 and " ".join(words[1:]).casefold() == thing.label.casefold():
            brand = context.named(words[0])
            if brand is not None and brand.type in context.lexicon.possessive_owners:
                return brand
    return None


def _described_as_made(sentence: Sentence, thing: Mention) -> bool:
    """ "Tarn-2, a model developed by a Riyadh lab", "Tarn-2, a chip from Fell": an apposition right after the
    name that says who made it (the parser may hang it on the list's first name, or on the verb)."""
    doc = sentence.span.doc
    after = thing.token_end
    if after + 1 >= sentence.span.end or doc[after].text != "," or doc[after + 1].dep_ != "det":
        return False
    described = doc[after + 1].head
    if described.i <= after or described.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "from") for t in described.subtree)


# "…, and so is the shipping group Marrow Lines", "…, as does Osk": the clause before is said again of this name
_SO_IS = re.compile(
    r"(?:,\s*|\s)(?:and\s+)?(?:so|as)\s+(?:is|are|was|were|does|do|did|has|have)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}"
)


def with_ellipsis(sentence: Sentence, found: list[Found]) -> Iterator[Found]:
    """ "Halden buys from Sable Cloud, and so does Orrin": a name after "so is" / "as does" is the subject of
    everything the clause before it said of its subject."""
    text = sentence.doc_text
    for mention in sentence.mentions:
        said_again = next(
            (m for m in _SO_IS.finditer(text, sentence.start, mention.start) if m.end() == mention.start), None
        )
        if said_again is None:
            continue
        before = said_again.start()
        for relation, subject, obj, confidence in found:
            alike = subject.entity.type == mention.entity.type or mention.entity.type in _PARTY_TYPES
            if alike and subject.end <= before and obj.end <= before and subject.entity != mention.entity:
                yield relation, mention, obj, confidence - 0.05


_PARTY_TYPES = frozenset({"Company", "Cloud", "Lab", "Organization"})


def with_gapped_items(sentence: Sentence, found: list[Found]) -> Iterator[Found]:
    """ "released Tarn-2 in March, Tarn-3 in June and Tarn-4 in October": a list whose items each carry their own
    date, the verb said once, which the parser cuts after its second item; each later item of the object's kind
    (not the subject of a clause of its own) is the object of what the clause said of the first."""
    text = sentence.doc_text
    doc = sentence.span.doc
    for relation, subject, obj, confidence in found:
        if relation not in ("Develops", "Offers") or obj.root(doc).dep_ not in ("dobj", "conj"):
            continue  # what a verb made or sold, not a possessive's thing or a passive's agent
        if not _GAP.match(text, obj.end):
            continue
        previous = obj
        for mention in (m for m in sentence.mentions if m.start >= obj.end):
            if mention.entity.type != obj.entity.type:
                continue
            if not _GAP.fullmatch(text, previous.end, mention.start) or mention.root(doc).dep_ in _SUBJECTS:
                break  # "…, and Tarn sold …": a clause of its own, no item of the list
            if _OWN_COMPLEMENT.match(text, mention.end):
                break  # "…, Brisk Labs by Tarnwell in 2024": a subject with its own complement, no object
            if mention.entity != subject.entity:
                yield relation, subject, mention, confidence - 0.05
            previous = mention


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OWN_COMPLEMENT = re.compile(r"\s+(?:by|out\s+of|from|to|with|for)\b")
# an item's own date, then the list goes on: "Tarn-2 in May, Tarn-3 in Q3 and …"
_WHEN = (
    rf"(?:early\s+|late\s+|mid-)?(?:{'|'.join(m.capitalize() for m in MONTHS)}|Q[1-4]|H[12]|"
    r"the\s+(?:first|second|third|fourth)\s+(?:quarter|half)|(?:19|20)\d\d)"
)
_GAP = re.compile(rf"\s+in\s+{_WHEN}(?:\s+(?:19|20)\d\d)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _listed_after(sentence: Sentence, first: Mention, joint: re.Pattern[str]) -> Iterator[Mention]:
    """The mentions of the same kind listed right after ``first``: "Larkspur, Sable Cloud and Pinecrest Cloud";
    places that sell a thing list clouds, marketplaces and platforms alike, and an owner's platform is the
    platform ("on Pell Cloud, Vey Market and Osk Cloud's Tarn Studio")."""
    text = sentence.doc_text
    previous = first
    later = [m for m in sentence.mentions if m.start >= first.end]
    for index, mention in enumerate(later):
        if mention.start < previous.end:
            continue  # the platform of an owner already listed
        if not _alike(first, mention) or not joint.fullmatch(text[previous.end : mention.start]):
            return
        after = later[index + 1] if index + 1 < len(later) else None
        if after is not None and _alike(first, after) and _OWNERS_OWN.fullmatch(text[mention.end : after.start]):
            mention = after
        yield mention
        previous = mention


# kinds that stand in one list of where a thing is sold: clouds, marketplaces and platforms
_OUTLETS = (frozenset({"Cloud", "Aggregator", "Product"}),)
_OWNERS_OWN = re.compile(r"[’']s?\s+")


def _alike(first: Mention, other: Mention) -> bool:
    kinds = {first.entity.type, other.entity.type}
    return len(kinds) == 1 or any(kinds <= outlets for outlets in _OUTLETS)
