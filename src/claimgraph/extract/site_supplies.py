"""Who supplies a site or hardware: "Tarn Power supplies the Bergen site", "Kunlun supplies most of the accelerators
in Pell's data centres", "Osk Foundry supplies the dies for Kettle's K9" — the site's or the hardware's owner buys.
Supplies delivered "to" a company, or furnishing one "with" something, are ``suppliers.supplied_to``'s."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence
from claimgraph.extract.references import owner_named, stand_in
from claimgraph.extract.suppliers import verb_subject


def supplied_sites(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "Tarn Power supplies our Lima campus", "Vey Energy, which supplies the Oslo site", "Osk Memory supplies the
    dies for Kettle's K9", "supplies most of the GPUs in Pell's data centres": a supply verb with no "to" delivers
    to a site or to hardware, and whoever owns it buys — the possessive's company, or, for a definite site, the
    firm speaking or under discussion."""
    for verb in sentence.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in context.lexicon.supply_lemmas or lemma in context.lexicon.buying_lemmas:
            continue  # "Osk leased 20 MW at the campus": renting and leasing may be buying
        if any(c.dep_ in ("auxpass", "agent") for c in verb.children):
            continue  # "the site is supplied by Tarn": ``made_by``'s
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        preps = [c for h in (verb, *objects) for c in h.children if c.dep_ in ("prep", "dative")]
        if any(c.lower_ in ("to", "with") for c in preps):
            continue  # "supplies power to X", "supplies X with power": ``supplied_to``'s
        supplier = verb_subject(verb, sentence, companies, context)
        if supplier is None:
            continue
        direct = objects if lemma in context.lexicon.site_supply_lemmas else []  # "supplies the Lima site"
        for noun in _received(verb, objects, direct, context):
            # only "supplies the Bergen site", in a sentence naming no other company (the site's own name aside),
            # falls back on the one under discussion: "sells GPUs in the region", "Pell runs a campus there, and
            # Tarn supplies the site" do not
            others = [
                m
                for m in companies
                if m.entity != supplier.entity and not noun.left_edge.i <= m.token_start <= noun.i
            ]
            fallback = noun in direct and not others
            customer = _owner_of_received(noun, sentence, context, fallback)
            if customer is not None and customer.entity != supplier.entity and customer.entity.type in BUSINESS_TYPES:
                yield "CustomerOf", customer, supplier, 0.6


_RECEIVING_PREPOSITIONS = frozenset({"for", "in", "of", "at"})


def _received(verb: Token, objects: list[Token], direct: list[Token], context: ReadingContext) -> list[Token]:
    """The sites and hardware a supply reaches: what its object is "for", "in", "of" or "at" (two steps at most:
    "equipment for an extension of Pell's campus"), or what the verb supplies "for", "in" or "at"; and the
    ``direct`` objects, those of a verb whose object may be the one supplied ("supplies the Lima site")."""
    found = list(direct)
    own = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "in", "at") for g in c.children]
    frontier = [*objects, *own]
    for _ in range(2):
        frontier = [
            g
            for n in frontier
            for c in n.children
            if c.dep_ == "prep" and c.lower_ in _RECEIVING_PREPOSITIONS
            for g in c.children
            if g.dep_ == "pobj"
        ]
        found = [*found, *frontier]
    found = [*found, *own]
    lexicon = context.lexicon
    receiving = lexicon.site_nouns | lexicon.fleet_nouns | lexicon.hardware_nouns
    return [n for n in found if n.lemma_.lower() in receiving or (n.pos_ == "PROPN" and n not in objects)]


def _owner_of_received(noun: Token, sentence: Sentence, context: ReadingContext, fallback: bool) -> Mention | None:
    """Whose site or hardware it is: its possessive ("our campus", "Kettle's K9") or the company its "of" names
    ("the Bergen campus of Brekke Cloud"), else, when ``fallback``, for "the site" the firm speaking or under
    discussion as the sentence began (the supplier, its subject, may already have become the topic)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        named = next((m for m in sentence.mentions if m.token_start <= noun.i < m.token_end), None)
        root = named.root(sentence.span.doc) if named is not None else None
        owner = next((c for c in root.children if c.dep_ == "poss"), None) if root is not None else None
    if owner is not None:
        return owner_named(owner, sentence, context)
    of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    named_of = next((m for m in sentence.mentions if any(m.token_start <= g.i < m.token_end for g in of)), None)
    if named_of is not None:
        return named_of if named_of.entity.type in BUSINESS_TYPES else None
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children)
    if not fallback or not definite or noun.lemma_.lower() not in context.lexicon.site_nouns:
        return None
    receiver = context.speaker or context.opening_topic
    article = next(c for c in noun.children if c.dep_ == "det")  # on the article: "the site" has no conjuncts
    return stand_in(receiver, article) if receiver is not None else None
