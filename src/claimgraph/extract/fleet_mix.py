"""A company's fleet mix: "About 70% of our GPU capacity is Nvidia H200, 20% is Nvidia GB200 NVL72 and the
remaining 10% is AMD Instinct MI325X", "approximately 60% of the fleet is H100". Each figure is a chip's share of
the company's own capacity: the chip holds that part of the whole, and the company's fleet is built on it. The
figure names the chip after the copula, not before, so the ordinary reading (a share's holder before its figure)
finds no holder; and a later "20% is …" names no whole of its own but the first figure's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from spacy.tokens import Token

from claimgraph.extract.context import TOPIC_TYPES, ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence
from claimgraph.extract.normalize import Quantity
from claimgraph.extract.read_shares import ReadShare, share_claim
from claimgraph.extract.references import owner_named, owner_named_before, stand_in
from claimgraph.extract.rental_offers import a_rental_offer
from claimgraph.extract.spans import evidence_for
from claimgraph.records import Claim, Entity

_CHIPS = frozenset({"Product", "Model"})


@dataclass(frozen=True)
class FleetShare:
    chip: Mention
    owner: Entity
    whole: str  # the company's fleet, named as its share's market: "Pell Cloud GPU capacity"


def fleet_share(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> FleetShare | None:
    """The chip and the company's fleet a percentage of the fleet that "is" the chip measures, or None."""
    if quantity.unit != "percent":
        return None
    chip_and_noun = _chip_of(sentence, quantity)
    if chip_and_noun is None:
        return None
    chip, share = chip_and_noun
    whole = _whole_of(share, context.lexicon.fleet_wholes)
    if whole is not None:
        owned = _owner(sentence, whole, context)
        if owned is None:
            return None
        return FleetShare(chip, owned, f"{context.short_name(owned)} {_whole_words(whole)}")
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in share.children):
        return None  # "30% of revenue is …": a whole of its own, and no fleet
    earlier = [q for q in sentence.quantities if q.end <= quantity.start and q.unit == "percent"]
    first = next((s for q in earlier if (s := fleet_share(sentence, q, context)) is not None), None)
    return FleetShare(chip, first.owner, first.whole) if first is not None else None  # "…, 20% is Nvidia GB200"


def _chip_of(sentence: Sentence, quantity: Quantity) -> tuple[Mention, Token] | None:
    """The chip a percentage "is" ("70% of our capacity is Nvidia H200", "the remaining 10% is AMD Instinct
    MI325X"), and the percentage's noun. Read from the words, as the parser may hang a later "is" anywhere."""
    doc = sentence.span.doc
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None:
        return None
    copula = _IS_AFTER.match(sentence.doc_text, quantity.end, sentence.end)
    if copula is None:
        return None
    chip = next((m for m in sentence.mentions if m.start == copula.end()), None)
    if chip is not None and chip.entity.type not in _CHIPS:  # "is Nvidia H200": the maker, then its chip
        maker, maker_end = chip, chip.end
        chip = next((m for m in sentence.mentions if m.start == maker_end + 1), None)
        if sentence.doc_text[maker_end : maker_end + 1] != " ":
            # "is Nvidia, H200 and GB200 systems": the maker's chips, the maker named for them all
            chip = maker if maker.entity.type == "Company" else None
    return (chip, span.root) if chip is not None and chip.entity.type in (*_CHIPS, "Company") else None


# "… of our GPU capacity is ", " is ": the copula after the figure (and the whole it is of), before the chip
_IS_AFTER = re.compile(r"(?:\s+of\s+[\w'’ -]{1,40}?)?\s+(?:is|are)\s+")


def _whole_of(share: Token, fleet_wholes: frozenset[str]) -> Token | None:
    """The noun of the fleet the share is "of": "of our GPU capacity", "of the fleet"."""
    for prep in (c for c in share.children if c.dep_ == "prep" and c.lower_ == "of"):
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.lemma_.lower() in fleet_wholes:
            return noun
    return None


def _whole_words(whole: Token) -> str:
    """The fleet's words without its owner or article: "GPU capacity", "fleet"."""
    kept = [t for t in whole.subtree if t.i <= whole.i and t.dep_ in ("compound", "amod", "nmod") or t == whole]
    return " ".join(t.text for t in kept)


def _owner(sentence: Sentence, whole: Token, context: ReadingContext) -> Entity | None:
    """Whose fleet it is: its possessive ("our", "its", "the Debtors'"), else the company under discussion."""
    possessive = next((c for c in whole.children if c.dep_ == "poss"), None)
    if possessive is not None:
        named = owner_named(possessive, sentence, context)
        issued = context.issuer if possessive.lower_ == "our" else None  # "our" in a release: its issuer's
        owner = named.entity if named is not None else issued
    else:
        # "It leases 24 MW … About 70% of the fleet is …": the fleet of the company whose capacity the paragraph
        # gave, else of the company talked about
        last = context.last_numeric
        sized = last is not None and last.type == "Capacity" and context.last_numeric_paragraph == sentence.paragraph
        owner = (last.subject if last is not None and sized else None) or context.topic or context.issuer
    return owner if owner is not None and owner.type in TOPIC_TYPES else None


def fleet_claims(
    sentence: Sentence, quantity: Quantity, context: ReadingContext, mix: FleetShare, source: Entity | None
) -> tuple[Claim, Claim | None]:
    """The chip's share of the company's fleet ("About 70% of our GPU capacity is Nvidia H200"), and the fleet
    built on the chip, however hedged the part (none when a maker holds the share for its chips); ``source`` is
    whom the figure's own clause credits, if anyone."""
    held = ReadShare(mix.chip.entity, mix.whole, (mix.chip.start, mix.chip.end))
    share = share_claim(sentence, quantity, context, held, source)
    if mix.chip.entity.type == "Company":
        return share, None  # a maker's share of the fleet: the fleet is built on its chips, named elsewhere
    modality = "asserted" if share.modality == "estimated" else share.modality
    built_on = replace(
        share,
        type="BuiltOn",
        subject=mix.owner,
        object=mix.chip.entity,
        value=None,
        value_max=None,
        unit=None,
        time=None,
        modality=modality,
    )
    return share, built_on


# "…, and the rest is Osk X9", "with the rest Osk K9 racks": the remainder, then what it is
_REST_THEN_CHIP = re.compile(r"\b(?:the\s+)?(?:rest|remainder|balance)\s+(?:(?:is|are|was|were)\s+)?$")
# "with Osk X9 accelerators the remainder": what it is, then the remainder
_CHIP_THEN_REST = re.compile(r"\s+(?:[a-z]+\s+)?the\s+(?:rest|remainder|balance)\b")


def remainder_share(sentence: Sentence, claims: list[Claim], context: ReadingContext) -> list[Claim]:
    """The rest of a fleet a sentence has shared out ("About 85% of our installed accelerators are Nvidia GPUs; the
    rest are AMD Instinct MI355X"): the chip named as the rest holds what the figures leave of the whole (and the
    fleet is built on it, as on the others)."""
    shares = [c for c in claims if c.type == "MarketShare" and c.value is not None and c.unit == "percent"]
    built = [c for c in claims if c.type == "BuiltOn"]
    if not shares or shares[-1].object is None:
        return []
    whole = shares[-1].object
    if whole.label.split()[-1].lower().rstrip("s") not in context.lexicon.fleet_wholes:
        return []  # a market's rest is every other seller's, no one chip's
    left = Decimal(100) - sum((c.value for c in shares if c.object == whole and c.value is not None), Decimal(0))
    text = sentence.doc_text
    held = {c.subject for c in shares}
    makers_held = all(e.type == "Company" for e in held)
    if not Decimal(0) < left < Decimal(100):
        return []
    for mention in sentence.mentions:
        if mention.entity in held or mention.entity.type not in (*_CHIPS, "Company"):
            continue
        rest_before = _REST_THEN_CHIP.search(text, max(sentence.start, mention.start - 30), mention.start)
        rest_after = _CHIP_THEN_REST.match(text, mention.end)
        if rest_before is not None:
            span = (rest_before.start(), mention.end)
        elif rest_after is not None:
            span = (mention.start, rest_after.end())
        else:
            continue
        holder = mention
        after = next((m for m in sentence.mentions if m.start == mention.end + 1), None)
        if mention.entity.type == "Company" and after is not None and after.entity.type in _CHIPS and not makers_held:
            holder = after  # "the rest Osk X9", after chips' shares: the maker's chip holds it
        share = replace(
            shares[-1],
            subject=holder.entity,
            value=left,
            value_max=None,
            confidence=0.6,
            evidence=(evidence_for(sentence, span),),
        )
        chip = holder.entity.type in _CHIPS
        on = [replace(built[-1], object=holder.entity, evidence=share.evidence)] if built and chip else []
        return [share, *on]
    return []


def fleet_parts_built_on(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "Osk K9s made up 55% of our GPU capacity, K7s 30%", "About 60% of Pell's fleet is still K7s", "Fleet mix by
    GPU-hours: Osk K9 62%, Osk K7 38%": a sentence that shares an owned fleet out in percentages names the hardware
    the fleet is built on, each part tied to a figure by no verb but "is" or "make up" (the shares themselves are
    read where their wording is plain enough to tie each figure to its chip)."""
    percents = [q for q in sentence.quantities if q.unit == "percent"]
    if not percents:
        return
    doc = sentence.span.doc
    # the tokens a figure overlaps ("~+58%": the figure may be read from inside a token)
    in_figures = {t.i for q in percents for t in doc[sentence.span.start : sentence.span.end]
                  if t.idx < q.end and q.start < t.idx + len(t)}  # fmt: skip
    for whole in sentence.tokens:
        if whole.lemma_.lower() not in context.lexicon.fleet_wholes or not _shared_out(whole, in_figures, sentence):
            continue
        owner = _fleet_owner(sentence, whole, context)
        if owner is None or owner.type not in BUSINESS_TYPES:
            continue
        for part in sentence.mentions:
            if _a_part(part, owner, in_figures, sentence, context):
                yield "BuiltOn", stand_in(owner, whole), part, 0.65
        return


def _fleet_owner(sentence: Sentence, whole: Token, context: ReadingContext) -> Entity | None:
    """Whose fleet a sentence shares out: its possessive's ("our", "Pell's"), and for "the fleet" the company the
    text is about above all, else the one ``_owner`` finds under discussion; a capacity no one owns is no fleet
    ("30% of the colocation capacity")."""
    if any(c.dep_ == "poss" for c in whole.children):
        return _owner(sentence, whole, context)
    if whole.lower_ != "fleet":
        return None
    return context.main_company or _owner(sentence, whole, context)


def _shared_out(whole: Token, in_figures: set[int], sentence: Sentence) -> bool:
    """Whether a percentage is of the fleet ("55% of our capacity"), the fleet is the subject a percentage sits
    under ("The fleet is about 70% K9"), or the fleet heads a line the figures follow ("Our fleet mix: K9 62%, …")."""
    if whole.head.lower_ == "of" and whole.dep_ == "pobj" and whole.head.head.i in in_figures:
        return True
    if whole.dep_ == "nsubj" and whole.head.lemma_ == "be" and any(t.i in in_figures for t in whole.head.subtree):
        return True
    colon = sentence.doc_text.find(":", whole.idx, sentence.end)
    first_figure = min(sentence.span.doc[i].idx for i in in_figures)
    opening = sentence.span.doc[sentence.span.start : whole.i]
    return all(t.dep_ in ("det", "poss") for t in opening) and -1 < colon < first_figure


_SHARING_VERBS = frozenset({"be", "make", "account", "represent", "comprise"})


def _a_part(part: Mention, owner: Entity, in_figures: set[int], sentence: Sentence, context: ReadingContext) -> bool:
    """Whether a named product is a part of the owner's fleet the sentence shares out: hardware (no rental offer),
    no other company's ("Tarn's K9s") nor the owner's own making, and tied to its nearest figure by no verb but one
    that says what a share is ("made up", "is")."""
    if part.entity.type != "Product" or a_rental_offer(part.entity) or part.entity == owner:
        return False
    if owner_named_before(sentence, part) not in (None, owner) or context.made_by.get(part.entity.key) == owner:
        return False
    nearest = min(in_figures, key=lambda i: abs(i - part.token_start))
    low, high = sorted((nearest, part.token_start))
    between = sentence.span.doc[low:high]
    if any(t.lower_ == "than" for t in between):
        return False  # "30% faster than the K9": compared with, no part ("more than 60% of our fleet" is a hedge)
    return not any(t.pos_ == "VERB" and t.dep_ in _CLAUSE_HEADS and t.lemma_ not in _SHARING_VERBS for t in between)


_CLAUSE_HEADS = frozenset({"ROOT", "relcl", "advcl", "ccomp", "conj", "xcomp", "acl"})
