"""Goods said to come from a supplier: "Our racks come from Pell Systems", "the bulk of the memory comes from Vey
Semi", "All of its power comes from Tarn Energy's wind farms". Whoever's goods they are buys them from that
supplier, so is its customer: the owner the goods' possessive names ("our", "its", "Osk's"), else the company the
article is about (a profile's "The die comes from Vey Foundry"). What "comes from" a customer is the other way round —
revenue paid by it, ``customers.py``'s — and a part of a market that comes from a supplier is its share
(``supplier_verbs``), which this reader leaves to the figures."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import Found, Mention, Sentence
from claimgraph.extract.references import denied_outright, owner_named, stand_in

# Goods besides the lexicon's chips, servers and power that a maker or supplier passes on: "the die", "the HBM",
# "the wafers", "the memory", "the boards and modules".
_PARTS = frozenset({"die", "wafer", "memory", "hbm", "module", "board", "substrate", "system"})
# Words for an amount of the goods before "of" ("the bulk of the memory", "all of our power"): the goods follow.
_AMOUNTS = frozenset({"bulk", "most", "all", "half", "rest", "majority", "much", "part", "portion", "remainder"})
_SUPPLIERS = frozenset({"Company", "Cloud", "Organization"})
# Places and lines things are made in, whose owner makes them: "out of Vey Foundry's Osaka fabs", "from Tarn
# Energy's wind farms"; not a relation's noun ("from Osk's rivals", "from Tarn's research labs" buy nothing of them).
_WORKS = frozenset({"fab", "plant", "factory", "line", "facility", "process", "node", "farm", "station", "mill"})
# What makes goods no one's in particular ("most AI accelerators come from Nvidia") or no purchase ("stolen chips")
_GENERIC = frozenset({"most", "many", "some", "all", "few", "much", "several"})
_NOT_BOUGHT = frozenset({"stolen", "smuggled", "counterfeit", "diverted", "fake", "pirated"})
_MODALS = frozenset({"could", "may", "might", "should"})  # not "would": reported speech's future
_CONFIDENCE = 0.6


def sourced_goods(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """Each "come from" (or "come out of") whose subject is goods, as (CustomerOf, buyer, supplier)."""
    lexicon = context.lexicon
    goods_nouns = lexicon.hardware_nouns | lexicon.rented_hardware_nouns | lexicon.power_nouns | _PARTS
    for verb in sentence.tokens:
        if verb.lemma_.lower() != "come" or verb.pos_ not in ("VERB", "AUX") or denied_outright(verb):
            continue
        if _unsettled(verb, sentence):
            continue
        goods = _goods_subject(verb, goods_nouns, lexicon.power_nouns)
        suppliers = _sources(verb, sentence, companies)
        if goods is None or not suppliers:
            continue
        buyer = _buyer(verb, goods, sentence, companies, context)
        for supplier in suppliers:
            if buyer is not None and buyer.entity != supplier.entity:
                yield "CustomerOf", buyer, supplier, _CONFIDENCE


def _unsettled(verb: Token, sentence: Sentence) -> bool:
    """Whether the source is asked about, supposed, only possible, or what a rumour or claim says ("Do its chips come
    from TSMC?", "If its chips came from Samsung, …", "could come from Intel", "rumours that its memory comes from
    …"): no purchase stated."""
    if sentence.text.rstrip().endswith("?") or verb.dep_ in ("acl", "advcl"):
        return True
    return any(
        (c.dep_ == "aux" and c.lower_ in _MODALS) or (c.dep_ == "mark" and c.lower_ in ("if", "whether"))
        for c in verb.children
    )


def _goods_subject(verb: Token, goods_nouns: frozenset[str], power_nouns: frozenset[str]) -> Token | None:
    """The goods the verb's subject names, through an amount word ("the bulk of the memory") when there is one; not
    goods stolen or smuggled, and not power or memory in another sense ("its pricing power", "market power",
    "its memory of the 2020 shortage"), which a qualifier or a complement betrays."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and (subject.lemma_.lower() in _AMOUNTS or subject.like_num):
        subject = next((g for p in subject.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
    if subject is None:
        return None
    word = subject.lemma_.lower()
    if not (word in goods_nouns or subject.lower_.removesuffix("s") in goods_nouns):
        return None
    if any(c.lower_ in _NOT_BOUGHT for c in subject.children):
        return None
    abstract = word in power_nouns | {"memory"} and any(
        c.dep_ in ("compound", "amod", "acl", "relcl", "prep", "xcomp") for c in subject.children
    )
    return None if abstract else subject


def _sources(verb: Token, sentence: Sentence, companies: list[Mention]) -> list[Mention]:
    """The suppliers "from" or "out of" introduces, with their conjuncts ("from Pell and Sable"), and the owner
    of a place things are made in or of a product there ("out of Vey Foundry's Osaka fabs", "from Osk's
    K9 line"), not of a relation or an idea ("from Nvidia's rivals", "from Microsoft's backing")."""
    doc = verb.doc
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    preps += [o for c in verb.children if c.lower_ == "out" for o in c.children if o.lower_ == "of"]
    nouns = [n for p in preps for o in p.children if o.dep_ == "pobj" for n in (o, *o.conjuncts)]
    products = {m.root(doc).i for m in sentence.mentions if m.entity.type in ("Product", "Model")}
    made_in = [n for n in nouns if n.lemma_.lower() in _WORKS or n.i in products]
    heads = {n.i for n in nouns} | {c.i for n in made_in for c in n.children if c.dep_ == "poss"}
    return [m for m in companies if m.entity.type in _SUPPLIERS and m.root(doc).i in heads and m.end <= sentence.end]


def _buyer(
    verb: Token, goods: Token, sentence: Sentence, companies: list[Mention], context: ReadingContext
) -> Mention | None:
    """Whose goods they are: the possessive's owner ("our servers", "Tarn's racks"); for goods no name qualifies,
    the company that says where they come from ("Pell says new capacity will come from Osk"), else the company
    the article is about, or failing one the company under discussion."""
    owner = next((c for c in goods.children if c.dep_ == "poss"), None)
    if owner is not None:
        if owner.lower_ == "our" and context.speaker is None and context.issuer is not None:
            return stand_in(context.issuer, owner)  # a company's own release: "our" is the issuer
        return owner_named(owner, sentence, context)
    if _nobodys_in_particular(goods, sentence):
        return None
    if verb.dep_ == "ccomp":
        saying = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        said_by = next((m for m in companies if saying is not None and m.root(verb.doc) == saying), None)
        if said_by is not None:
            return None if context.lexicon.names_a_publication(said_by.entity.label) else said_by
    owner_of_all = context.issuer or context.topic  # the firm the piece is about, else the one under discussion
    return stand_in(owner_of_all, goods) if owner_of_all is not None and owner_of_all.type in _SUPPLIERS else None


def _nobodys_in_particular(goods: Token, sentence: Sentence) -> bool:
    """Whether goods with no possessive still say they are not the piece's firm's: a name qualifies them ("Nvidia
    servers", "H100 servers"), a quantifier makes them a field's ("most AI accelerators"), a phrase or a clause ties
    them to something else ("the chips in its rival's products", "the accelerators our clients bring")."""
    children = list(goods.children)
    return (
        any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children)
        or any(m.token_start <= c.i < m.token_end for c in children for m in sentence.mentions)
        or any(c.lower_ in _GENERIC for c in children)
        or any(c.dep_ in ("prep", "relcl", "acl") for c in children)
    )
