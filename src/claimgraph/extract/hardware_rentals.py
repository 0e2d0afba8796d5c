"""Hardware rented out, as an offer: "Tarn Cloud rents Nvidia K9 and Osk V4 clusters to model developers", "Pell
rents K9 GPUs by the hour", "trains on K9 capacity rented from Vey Cloud or Brisk". Whoever rents the hardware out
offers it, named as it is sold ("K9 clusters", "Nvidia K9 capacity"), not as the chip its maker sells; the one
renting it from a firm is that firm's customer (the relation rules read that). The words are read off the text as
much as the parse, which often takes "rents" for a noun."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence
from claimgraph.extract.product_relations import gazetteer_brand
from claimgraph.extract.references import denied_outright
from claimgraph.extract.suppliers import verb_subject

_CONFIDENCE = 0.6
_RENTING = re.compile(r"^(?:rents?|rented|renting)$", re.IGNORECASE)
# what a seller of compute sells by the hour ("offers K9 instances", "sells GPU capacity"); servers and clusters
# sold are goods, a maker's sale
_SOLD_BY_THE_HOUR = frozenset({"capacity", "instance"})
# verbs that only ever sell to others: "offers K9 instances", "resells Vey's K9 capacity"
_OFFERING = re.compile(r"^(?:offers?|offered|offering|sells?|sold|selling|resells?|resold|reselling)$", re.IGNORECASE)
# the words naming whom hardware is rented from: "from Vey Cloud", "on Vey", "through Vey"
_THROUGH = frozenset({"from", "on", "through", "via"})
_CURRENCY_MARKS = frozenset({"$", "€", "£", "¥", "US$", "USD", "EUR", "RMB"})
# a firm named before its sites ("from Oslo data centres", "from Equinix's data centres"): a landlord or a place
_SITE_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:data\s+cent(?:re|er)s?|campus(?:es)?|sites?|halls?|facilit(?:y|ies))\b", re.I
)
_HELD_AFTER = re.compile(r"\s+(?:capacity|clusters?|instances?|nodes?|servers?|GPUs?|accelerators?|chips?)\b")
# what a landlord's or a cloud's own hardware is rented "from": its sites, not a seller
_SITE_WORDS = frozenset(
    {"centre", "center", "centres", "centers", "campus", "campuses", "hall", "halls", "site", "sites", "region"}
    | {"regions", "facility", "facilities", "fleet", "cluster", "clusters"}
)


def rented_hardware(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """(Offers, the one renting out, the hardware as sold) for each renting verb of the sentence."""
    doc = sentence.span.doc
    companies = [m for m in sentence.mentions if m.entity.type in BUSINESS_TYPES]
    for token in sentence.tokens:
        offering = _OFFERING.match(token.text) is not None and token.pos_ == "VERB"
        if not (offering or _RENTING.match(token.text)) or token.i + 1 >= sentence.span.end:
            continue
        after = doc[token.i + 1]
        if not offering and after.lower_ in ("from", "by") and token.i > sentence.span.start:
            # "K9 capacity rented from Vey Cloud or Brisk": the firms it is rented from offer what comes before
            renters = _firms_after(sentence.doc_text, after, companies) if after.lower_ == "from" else []
            offered = _rented_items(doc, _phrase_before(doc, token, sentence), sentence, context)
            for renter in renters:
                for item in offered:
                    yield "Offers", renter, item, _CONFIDENCE
            continue
        if offering and denied_outright(token):
            continue  # "does not sell GPU capacity to firms in China": a sale ruled out, no catalogue
        start = token.i + 2 if after.lower_ == "out" else token.i + 1
        owner = _possessive_owner_at(doc, start, companies)  # "resells Vey's K9 capacity": Vey's, sold on
        start = owner.token_end + 1 if owner is not None else start
        recipient = next((m for m in companies if m.token_start == start), None) if offering and not owner else None
        start = recipient.token_end if recipient is not None else start  # "offered Vey K9 capacity": Vey is sold to
        while offering and start + 1 < sentence.span.end and _a_recipient(doc[start], doc[start + 1]):
            start += 1  # "offers (its) customers H100 capacity", "offers developers and labs …": whom it is sold to
        phrase = _phrase_after(doc, start, sentence)
        if not phrase or (offering and not _held(phrase[-1], _SOLD_BY_THE_HOUR)):
            continue  # a maker selling its chips, servers or racks sells goods, not capacity by the hour
        end = phrase[-1].i + 1
        source = doc[end] if end < sentence.span.end else None
        # "from Vey Cloud", "on Vey", "through Vey", ", mostly from Vey": the firm it is rented from rents it out
        sources = [t for t in doc[end : min(end + 3, sentence.span.end)] if t.lower_ in _THROUGH]
        firms = [f for t in sources[:1] for f in _firms_after(sentence.doc_text, t, companies)]
        subject = verb_subject(token, sentence, companies, context) if token.pos_ == "VERB" else None
        subjects = [subject] if subject is not None else _named_right_before(token, companies)
        cloud = (
            bool(subjects)
            and subjects[0].entity.type == "Cloud"
            and (not sources or (not firms and _from_unowned_sites(doc, sources[0])))
            and not _at_anothers_site(doc, source, subjects[0], context)
        )
        if firms:
            renters = firms  # "rents K9 capacity from Vey Cloud", "rented a K9 instance on Vey": Vey rents it out
        elif offering or _rents_out(doc, token, after, source) or cloud:
            renters = subjects  # "… to developers", "… by the hour"; a cloud renting hardware rents it out
        else:
            continue
        if owner is not None and owner.entity.type == "Cloud":
            renters = [*renters, owner]  # a cloud's capacity resold: the cloud offers it too, not a chip's owner
        items = _rented_items(doc, phrase, sentence, context)
        for renter in renters:
            for item in items:
                # a seller of compute offers it, not a lab, nor a maker selling its own output ahead
                sold = not offering or (
                    renter.entity.type in _CAPACITY_SELLERS and not _makes_it(renter, item, sentence, context)
                )
                if item.entity != renter.entity and sold:
                    yield "Offers", renter, item, _CONFIDENCE


def _rents_out(doc: Doc, verb: Token, after: Token, source: Token | None) -> bool:
    """ "rents out K9s", "rents K9s to developers", "rents K9s by the hour", "… for $2 an hour", "from its data
    centres": renting to others. "Rents K9s from Vey" (a name, which ``_firms_after`` reads), "from a landlord",
    "at Vey's campus", "to train its model", "for six weeks" or nothing more is a tenant's or a user's renting."""
    if after.lower_ == "out":
        return True
    if source is None or source.i + 1 >= len(doc):
        return False  # "Osk Labs rents K9 capacity": renting in, as often as out; nothing says which
    if source.lower_ == "to":
        return doc[source.i + 1].pos_ != "VERB"  # "to developers", not "to train its model"
    if source.lower_ == "by" or (source.lower_ == "on" and doc[source.i + 1 :].text.startswith("demand")):
        return True  # "by the hour", "on demand": as its seller prices it
    if source.lower_ == "for":
        return _a_price_after(source)  # "for $2 an hour"; "for its own research", "for six weeks" is a user's
    # "from its data centres in Oslo": its own sites; "from data centres run by Vey" are someone's
    return (
        source.lower_ == "from"
        and doc[source.i + 1].lower_ in ("its", "our", "their")
        and any(w.lower_ in _SITE_WORDS for w in doc[source.i + 2 : source.i + 5])
    )


def _a_recipient(word: Token, following: Token) -> bool:
    """A word naming whom an offer is made to, before what is offered ("offers its customers …", "offers
    developers and labs …"), or the "and" joining two such words."""
    if word.pos_ == "CCONJ" or word.text == ",":
        return following.lemma_.lower() in _RECIPIENT_NOUNS
    return word.dep_ in ("dative", "poss") or word.lemma_.lower() in _RECIPIENT_NOUNS


_RECIPIENT_NOUNS = frozenset(
    {"customer", "client", "developer", "user", "enterprise", "business", "company", "startup", "start-up"}
    | {"researcher", "lab", "team", "buyer", "partner"}
)


_CAPACITY_SELLERS = frozenset({"Cloud", "Company", "Organization"})  # who may sell compute by the hour


def _makes_it(seller: Mention, item: Mention, sentence: Sentence, context: ReadingContext) -> bool:
    """Whether the seller makes the product the capacity is of ("TSMC sells N3 capacity", "SK hynix sold its HBM3E
    capacity"): a maker's output sold ahead, no compute rented out."""
    products = [m for m in sentence.mentions if m.entity.type == "Product" and item.start <= m.start < item.end]
    for product in products:
        maker = context.maker_of(product.entity) or gazetteer_brand(product.entity, context)
        if maker is not None and maker == seller.entity:
            return True
    return _FOUNDRY_WORDS.search(item.entity.label) is not None


# what a foundry or a memory maker sells capacity of: a process node or memory ("N3", "HBM3E", "CoWoS")
_FOUNDRY_WORDS = re.compile(
    r"\b(?:S?F\d+\w*|N\d+\w*|\d+A|\d+\s?nm|HBM\w*|CoWoS\w*|wafer\w*|DRAM|NAND)\b", re.IGNORECASE
)


def _possessive_owner_at(doc: Doc, start: int, companies: list[Mention]) -> Mention | None:
    """The firm whose hardware the rented words begin by naming ("Vey's K9 capacity"), if any."""
    owner = next((m for m in companies if m.token_start == start), None)
    if owner is None or owner.token_end >= len(doc) or doc[owner.token_end].lower_ not in ("'s", "’s"):
        return None
    return owner


def _from_unowned_sites(doc: Doc, source: Token) -> bool:
    """ "from data centres in Ohio": sites no one else is said to run, a cloud's own; not "from data centres run
    by Vey" nor "from Vey's halls"."""
    following = list(doc[source.i + 1 : source.i + 4])
    site = next((w for w in following if w.lower_ in _SITE_WORDS), None)
    if site is None or any(w.pos_ == "PROPN" or w.dep_ == "poss" for w in following if w.i < site.i):
        return False
    # "from leased data centres", "from data centres in Ohio owned by Vantage", "… run by Equinix"
    around = doc[source.i + 1 : min(site.i + 6, source.sent.end)]
    return not any(w.lower_ in _ANOTHERS_SITE_WORDS for w in around)


_ANOTHERS_SITE_WORDS = frozenset({"run", "owned", "operated", "leased", "managed", "rented"})


def _at_anothers_site(doc: Doc, source: Token | None, renter: Mention, context: ReadingContext) -> bool:
    """ "rents K9 capacity at our Oslo campus" (in a landlord's words), "… at Vey's data centre", "… at the Vey
    campus": space taken at a site someone else owns is a tenant's, even a cloud's. "At its Oslo campus", "at
    data centres in Ohio", "at our campus" in the cloud's own words, or anything rented on "to developers" is the
    cloud's renting out."""
    if source is None or source.lower_ != "at" or source.i + 1 >= len(doc):
        return False
    owner = doc[source.i + 1]
    speaking = context.speaker or context.writer or context.issuer
    ours = owner.lower_ == "our" and (speaking is None or speaking != renter.entity)
    named = owner.pos_ == "PROPN" or (owner.lower_ == "the" and source.i + 2 < len(doc) and doc[source.i + 2].is_title)
    site = any(w.lower_ in _SITE_WORDS for w in doc[source.i + 1 : source.i + 7])  # "at Tarn Data's Lima campus"
    rest = doc.text[source.idx : source.sent.end_char]
    return (ours or named) and site and TO_USERS.search(rest) is None


# "… to model developers", "… to enterprise customers": let to those who use it (also what a cloud serves them)
TO_USERS = re.compile(
    r"\bto\s+(?:[\w-]+\s+){0,3}?(?:developers|customers|users|clients|enterprises|businesses|companies|start-?ups)\b",
    re.IGNORECASE,
)


def _a_price_after(preposition: Token) -> bool:
    """ "for $2.10 an hour", "for about €1.80": what renting costs, as its seller quotes it."""
    following = preposition.doc[preposition.i + 1 : preposition.i + 4]
    return any(t.tag_ == "$" or t.text in _CURRENCY_MARKS for t in following)


def _phrase_after(doc: Doc, start: int, sentence: Sentence) -> list[Token]:
    """The words naming what is rented: up to the first preposition, clause break or verb."""
    phrase: list[Token] = []
    for token in doc[start : sentence.span.end]:
        if token.pos_ in ("ADP", "ADV", "VERB", "AUX", "PART", "SCONJ") or token.text in (".", ";", ":", "—", "(", ")"):
            break
        phrase.append(token)
    while phrase and (phrase[-1].pos_ in ("CCONJ", "PUNCT", "DET") or phrase[-1].lower_ == "and"):
        phrase.pop()
    while phrase and phrase[0].pos_ in ("DET", "PRON"):
        phrase.pop(0)  # "an Nvidia K9 instance", "its K9 clusters": the thing, not its article
    return phrase


def _phrase_before(doc: Doc, participle: Token, sentence: Sentence) -> list[Token]:
    """ "on Nvidia K9 capacity rented from …": the noun phrase the participle follows, back to its first word."""
    phrase: list[Token] = []
    for token in reversed(doc[sentence.span.start : participle.i]):
        if token.pos_ in ("ADP", "VERB", "AUX", "PART", "SCONJ", "DET", "PRON") or token.text in (".", ";", ":", "—"):
            break
        phrase.insert(0, token)
    return phrase


def _rented_items(doc: Doc, phrase: list[Token], sentence: Sentence, context: ReadingContext) -> list[Mention]:
    """Each thing the phrase lists as rented, named with the noun it is rented as: "Nvidia K9 and Osk V4 clusters"
    is "Nvidia K9 clusters" and "Osk V4 clusters"; a list of nothing but common words ("some capacity") names
    nothing."""
    lexicon = context.lexicon
    held_as = lexicon.rented_hardware_nouns | lexicon.hardware_nouns  # "K9 clusters", "GPU capacity", "K9 chips"
    if not phrase or not _held(phrase[-1], held_as):
        return []
    head = phrase[-1]
    items: list[list[Token]] = [[]]
    for token in phrase[:-1]:
        if token.pos_ == "CCONJ" or token.text == ",":
            items.append([])
        else:
            items[-1].append(token)
    found = []
    for words in (_without_counts(w) for w in items):
        if not words:
            continue
        named = any(m.token_start <= words[-1].i < m.token_end for m in sentence.mentions if m.entity.type == "Product")
        modelled = any(
            m.entity.type == "Model" and m.token_start <= words[-1].i < m.token_end for m in sentence.mentions
        )
        if modelled:
            continue  # "DeepSeek R1 instances": the model offered, which the relation readers name
        # "P5 instances", "ND96 nodes"; not a period ("Q4 2025 capacity", "FY2025 capacity")
        while words and _PERIOD_CODE.fullmatch(words[0].text):
            words = words[1:]  # "FY26 H200 capacity": when it is sold, not what
        if not words:
            continue
        named = named or any(_MODEL_CODE.fullmatch(w.text) and not _PERIOD_CODE.fullmatch(w.text) for w in words)
        if not named and not any(_held(w, lexicon.hardware_nouns) for w in words):
            continue
        if not named and all(w.pos_ not in ("PROPN", "NOUN") for w in words):
            continue
        # "K9 GPUs and K9 servers": an item with a noun of its own is named by it, not by the list's last one
        own_noun = _held(words[-1], held_as) and words[-1].lower_.endswith("s")  # "K9 GPUs and …", not "GPU and NPU …"
        last = words[-1] if own_noun else head if words[-1].i + 1 == head.i else words[-1]
        label = doc[words[0].i : last.i + 1].text
        if last != head and not own_noun:
            label = f"{label} {head.text}"
        entity = context.index.entity_for(label, "Product")
        found.append(Mention(entity, words[0].idx, last.idx + len(last.text), words[0].i, last.i + 1))
    bare = _without_counts(phrase)
    if not found and bare and any(_held(w, lexicon.hardware_nouns) for w in bare[:-1]) and len(bare) <= 3:
        label = doc[bare[0].i : head.i + 1].text  # "GPU capacity" as one thing
        entity = context.index.entity_for(label, "Product")
        found.append(Mention(entity, bare[0].idx, head.idx + len(head.text), bare[0].i, head.i + 1))
    return found


# a maker's code for a chip or an instance type: capitals, then a digit ("P5", "ND96", "GB300")
_MODEL_CODE = re.compile(r"[A-Z]{1,4}\d[\w.-]*")
_PERIOD_CODE = re.compile(r"(?:Q[1-4]|H[12]|FY\d{2,4}|CY\d{2,4})")


def _held(word: Token, nouns: frozenset[str]) -> bool:
    """Whether a noun is one of ``nouns`` ("clusters", "GPUs", "capacity"), whatever the tagger made of its plural."""
    return word.lemma_.lower() in nouns or word.lower_.removesuffix("s") in nouns


def _without_counts(words: list[Token]) -> list[Token]:
    """ "512 Nvidia K9 GPUs", "spare K9 capacity": the thing without how many or what state it is in."""
    start = 0
    while start < len(words) and (words[start].like_num or words[start].pos_ in ("ADJ", "NUM", "DET")):
        start += 1
    return words[start:]


def _firms_after(text: str, preposition: Token, companies: list[Mention]) -> list[Mention]:
    """The firms a "from" names, and those listed with it ("from Vey Cloud or Brisk", "from Vey, Brisk and Pell")."""
    firms: list[Mention] = []
    at = preposition.idx + len(preposition.text) + 1
    for mention in sorted(companies, key=lambda m: m.start):
        if mention.start < at:
            continue
        if mention.start != at or _SITE_AFTER.match(text, mention.end) or _HELD_AFTER.match(text, mention.end):
            break  # "from Oslo data centres": a place; "… and H200 instances from Brisk": another thing rented
        firms.append(mention)
        gap = re.match(r"(?:,\s*(?:or |and )?|\s+(?:or|and)\s+)", text[mention.end : mention.end + 8])
        if gap is None:
            break
        at = mention.end + gap.end()
    return firms


def _named_right_before(verb: Token, companies: list[Mention]) -> list[Mention]:
    """ "Lambda rents …" parsed with "rents" as a noun: the firm named just before the word."""
    return [m for m in companies if m.end + 1 == verb.idx]


def rented_as_sold(found: list[Found], rentals: list[Found]) -> list[Found]:
    """ "Pell rents K9 GPUs": the K9 offered as "K9 GPUs" (one of ``rentals``) is one offer; the chip's own name,
    read by the relation rules from the same words, goes."""
    rented = [(s.entity, o) for _, s, o, _ in rentals]

    def covered(seller: Mention, thing: Mention) -> bool:
        return any(
            entity == seller.entity
            and other.entity != thing.entity
            and other.start <= thing.start
            and thing.end <= other.end
            for entity, other in rented
        )

    return [f for f in found if f[0] != "Offers" or not covered(f[1], f[2])]
