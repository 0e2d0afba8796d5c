"""Claims a figure's claim implies, stated by the same span: pricing a model is offering it, paying a company
(not investing in it) is being its customer, and a price change said of coordinated models holds for each."""

from __future__ import annotations

from dataclasses import replace

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.continuations import LIST_GLUE
from claimgraph.extract.document import Sentence
from claimgraph.records import Claim

IMPLIED_RELATIONS = {"PriceChange": "Offers", "Spending": "CustomerOf"}


def implied_relation(claim: Claim, sentence: Sentence, context: ReadingContext, moved: bool) -> list[Claim]:
    """Pricing a model is offering it; paying a company (not investing in it, nor money moved into or out of it)
    is being its customer; taking part of a payer's bill is being its supplier: the same span states both."""
    payer = context.bill_payers.get(claim.object.key) if claim.object is not None else None
    if claim.type == "MarketShare" and payer is not None and payer != claim.subject:
        # "Tarn Cloud took 58% of the 2025 bill": the payer buys from Tarn Cloud, whatever the share's hedge
        said = "reported" if claim.attributed_to is not None else "asserted"
        kept = claim.modality if claim.modality in ("negated", "forecast") else said
        supplied = replace(claim, type="CustomerOf", subject=payer, object=claim.subject, modality=kept)
        return [replace(supplied, value=None, value_max=None, unit=None, time=None, measure=None)]
    if claim.object is None or claim.type not in IMPLIED_RELATIONS or moved:
        return []
    if claim.type == "Spending" and context.lexicon.investment_pattern.search(sentence.text):
        return []
    relation = replace(
        claim,
        type=IMPLIED_RELATIONS[claim.type],
        value=None,
        value_max=None,
        unit=None,
        time=None,
        modality="reported" if claim.modality == "estimated" else claim.modality,
    )
    if relation.type == "CustomerOf":
        context.supplier = relation.object
    elif relation.object is not None:
        context.note_offer(relation.subject, relation.object)
    return [relation]


def each_object(sentence: Sentence, claim: Claim) -> list[Claim]:
    """ "cut prices of Tarn-3 and Tarn-4 by 50%", "made Tarn Lite and Tarn Mini free": a price change holds for
    every model coordinated with the one it was read for."""
    if claim.type != "PriceChange" or claim.object is None:
        return []
    doc = sentence.span.doc
    named = next((m for m in sentence.mentions if m.entity == claim.object), None)
    if named is None:
        return []
    conjuncts = set(named.root(doc).conjuncts)
    same = [m for m in sentence.mentions if m.entity.type == claim.object.type and m.start >= named.start]
    listed = [named]
    for mention in same[1:]:  # the names written after it as a list ("Vela-3, Vela-4 and Vela-5")
        if not LIST_GLUE.fullmatch(sentence.doc_text, listed[-1].end, mention.start):
            break
        listed.append(mention)
    coordinated = [m for m in sentence.mentions if m.entity.type == claim.object.type and m.root(doc) in conjuncts]
    others = dict.fromkeys(m.entity for m in sorted([*listed[1:], *coordinated], key=lambda m: m.start))
    return [replace(claim, object=entity) for entity in others if entity != claim.object]
