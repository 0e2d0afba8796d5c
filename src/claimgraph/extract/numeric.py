"""Numeric claims: each figure in a sentence is typed by the cue words of its clause (patterns/claims.json),
given a subject by syntax (the subject of the verb that governs it) or by position, and an object, period,
modality and attribution."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from spacy.tokens import Doc, Token

from claimgraph.extract.context import TOPIC_TYPES, ReadingContext
from claimgraph.extract.document import Mention, Sentence
from claimgraph.extract.lexicon import Lexicon, words_pattern
from claimgraph.extract.lists import listed_entity
from claimgraph.extract.normalize import Quantity, find_periods, modality_of
from claimgraph.extract.references import antecedent
from claimgraph.extract.spans import clause_window, evidence_for
from claimgraph.records import AltValue, Claim, Entity, slugify

MONEY = frozenset({"USD", "CNY", "EUR", "GBP", "JPY"})
PHYSICAL = frozenset({"GW", "MW", "lines", "tokens"})
# The claim types a figure of each kind may state, in the order their cues are tried.
TYPES_BY_UNIT: dict[str, tuple[str, ...]] = {
    "percent": ("PriceChange", "MarketShare", "Revenue", "CostPerformance", "GrowthRate"),
    "money": ("Revenue", "Spending", "MarketSize"),
    "times": ("Capacity", "Revenue", "GrowthRate"),
    "physical": ("Capacity",),
}
IMPLIED_RELATIONS = {"PriceChange": "Offers", "Spending": "CustomerOf"}
_CONVERSION = re.compile(r"\s*(?:\(\s*|,\s*|\bor\s+)(?:about|approximately|roughly|around|some|~|c\.)?\s*", re.I)
_NOT_THE_PERIOD = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\btoday\b", re.IGNORECASE)
_COMPARISON_BASE = re.compile(
    r"\b(?:from|than|since|compared (?:with|to)|versus|vs\.?)\s+(?:a|the)?\s*$", re.IGNORECASE
)
_COMPARED = re.compile(
    r"\b(?:up|down|rising|falling|increased?|decreased?)\s+from\s+(?:about\s+|roughly\s+)?$|\bcompared (?:with|to)\s+$",
    re.I,
)
_FREE = re.compile(
    r"\b(?:made|make|makes|making)\s+(?:[\w.’'-]+\s+){0,8}?free\b|\b(?:become|becomes|became|went|now|is|are)\s+free\b"
    r"|\bfree of charge\b",
    re.I,
)
_OF_REFERENCE = re.compile(r"\s+of\s+(?:the\s+[\w-]+(?:\s+[\w-]+)?\s+of\s+)?", re.IGNORECASE)
_ANAPHORA = re.compile(r"\b(?:this|these|its|their|the (?:company|firm|group))\b", re.IGNORECASE)
_PLACE_ANAPHORA = re.compile(r"\b(?:there|the (?:region|country|market))\b", re.IGNORECASE)


def numeric_claims(sentence: Sentence, context: ReadingContext) -> list[Claim]:
    claims: list[Claim] = []
    previous: Quantity | None = None
    for quantity in [*sentence.quantities, *_free_of_charge(sentence)]:
        if previous is not None and claims and _converts(sentence, previous, quantity):
            # "19.8 billion yuan (about $2.7 billion)": the same figure in another currency
            claims[-1] = replace(
                claims[-1], alt_values=(*claims[-1].alt_values, AltValue(quantity.value, quantity.unit))
            )
            continue
        previous = quantity
        claim = _claim_for(sentence, quantity, context)
        if claim is None and claims and _COMPARED.search(sentence.doc_text[sentence.start : quantity.start]):
            # "38% of total revenue in the quarter, up from 22% a year earlier": the same measure, earlier
            base = claims[-1]
            claim = replace(
                base,
                value=quantity.value,
                value_max=quantity.value_max,
                time=_period(sentence, quantity, context),
                evidence=base.evidence,
                alt_values=(),
            )
        if claim is None:
            continue
        claims.append(claim)
        if claim.object is not None and claim.type in IMPLIED_RELATIONS:
            # Pricing a model is offering it; paying a company is being its customer: the same span states both.
            relation = replace(
                claim,
                type=IMPLIED_RELATIONS[claim.type],
                value=None,
                value_max=None,
                unit=None,
                time=None,
                modality="reported" if claim.modality == "estimated" else claim.modality,
            )
            claims.append(relation)
            if relation.type == "CustomerOf":
                context.supplier = relation.object
    return claims


def _claim_for(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> Claim | None:
    lexicon = context.lexicon
    left, right = clause_window(sentence, quantity.start, quantity.end)
    clause = sentence.doc_text[left:right]
    listed = listed_entity(sentence, quantity)
    claim_type = _claim_type(quantity, clause, sentence, lexicon, listed is not None)
    if claim_type is None:
        return None
    subject = listed or _subject(sentence, quantity, claim_type, context)
    if subject is None and claim_type == "Spending" and _market_words(clause, lexicon):
        claim_type = "MarketSize"  # "spending on cloud services in China reached RMB 68.4 billion": a market's size
        subject = _subject(sentence, quantity, claim_type, context)
    if subject is None and (
        claim_type in ("Revenue", "Spending")
        or (claim_type == "GrowthRate" and _ANAPHORA.search(sentence.doc_text[sentence.start : quantity.end]))
    ):
        subject = context.topic  # "This surge followed …", "the firm’s total earnings": the company last discussed
    if subject is None:
        return None
    subject_entity = subject.entity if isinstance(subject, Mention) else subject
    if claim_type == "GrowthRate" and subject_entity.type in TOPIC_TYPES and context.in_revenue_paragraph(sentence):
        claim_type = "Revenue"  # a company's growth, in a passage about its revenue, is revenue growth
    context.vague_object = False
    obj = _object(sentence, quantity, claim_type, subject_entity, clause, context)
    if claim_type == "MarketShare" and obj is None:
        return None
    value, value_max = _signed(quantity, claim_type, clause, lexicon)
    context.note_subject(subject_entity, sentence)
    parts = [(quantity.start, quantity.end)]
    if isinstance(subject, Mention):
        parts.append((subject.start, subject.end))
    return Claim(
        type=claim_type,
        subject=subject_entity,
        object=obj,
        value=value,
        value_max=value_max,
        unit=quantity.unit,
        time=_period(sentence, quantity, context),
        measure=_measure_of(clause, sentence, lexicon) if claim_type in ("MarketShare", "GrowthRate") else None,
        modality=_modality(sentence.doc_text[left : quantity.end], quantity, context),
        attributed_to=context.attribution,
        confidence=_confidence(subject, listed is not None, obj) - (0.1 if context.vague_object else 0.0),
        evidence=(evidence_for(sentence, *parts),),
    )


def _converts(sentence: Sentence, first: Quantity, second: Quantity) -> bool:
    """Whether ``second`` restates ``first`` in another currency, in parentheses or after "or"."""
    between = sentence.doc_text[first.end : second.start]
    return (
        first.unit in MONEY
        and second.unit in MONEY
        and first.unit != second.unit
        and bool(_CONVERSION.fullmatch(between))
    )


def _market_words(clause: str, lexicon: Lexicon) -> bool:
    return "spending on" in clause.lower() or lexicon.cue_in("MarketSize", clause)


def _free_of_charge(sentence: Sentence) -> list[Quantity]:
    """ "made free for developers": a price cut of 100 percent, which no figure in the text states."""
    match = _FREE.search(sentence.doc_text, sentence.start, sentence.end)
    if match is None or any(q.unit == "percent" for q in sentence.quantities):
        return []
    return [Quantity(match.start(), match.end(), Decimal(100), "percent", change="decrease", text=match.group(0))]


def _reference(sentence: Sentence, quantity: Quantity) -> Mention | None:
    """The thing a percentage is a percentage *of*: "4% of o1's API rate", "30% of the inference cost of GPT-4o",
    which makes it a cost or performance comparison."""
    match = _OF_REFERENCE.match(sentence.doc_text, quantity.end, sentence.end)
    if match is None:
        return None
    return next(
        (m for m in sentence.mentions if m.start == match.end() and m.entity.type in ("Model", "Product", "Group")),
        None,
    )


def _claim_type(quantity: Quantity, clause: str, sentence: Sentence, lexicon: Lexicon, listed: bool) -> str | None:
    kind = (
        quantity.unit
        if quantity.unit in ("percent", "times")
        else "money"
        if quantity.unit in MONEY
        else ("physical" if quantity.unit in PHYSICAL else None)
    )
    if kind is None:
        return None
    if kind == "physical":
        # a token count is a capacity only when the text says so, not a context window's size
        return "Capacity" if quantity.unit != "tokens" or lexicon.cue_in("Capacity", clause) else None
    if kind == "percent" and _reference(sentence, quantity) is not None:
        return "CostPerformance"
    for claim_type in TYPES_BY_UNIT[kind]:
        if lexicon.cue_in(claim_type, clause):
            return claim_type
    if listed and kind == "percent":
        return "MarketShare"  # "Alibaba Cloud — 35.8%": a ranking lists shares unless its cues say otherwise
    if kind == "percent" and lexicon.share_verb_pattern.search(clause):
        return "MarketShare"  # "represents 10% of global token volume", "accounts for a third of the market"
    # With several figures a cue elsewhere in the sentence may belong to another one; only a market, which a
    # sentence is about as a whole ("At $7.3B growing at 26.8% CAGR, this market …"), is read sentence-wide.
    fallback = TYPES_BY_UNIT[kind] if len(sentence.quantities) == 1 else ("MarketSize",)
    for claim_type in (t for t in TYPES_BY_UNIT[kind] if t in fallback):
        if lexicon.cue_in(claim_type, sentence.text):
            return claim_type
    return None


def _subject(
    sentence: Sentence, quantity: Quantity, claim_type: str, context: ReadingContext
) -> Mention | Entity | None:
    allowed = context.lexicon.subject_types[claim_type]
    doc = sentence.span.doc
    token = _token_at(doc, quantity.start)
    if token is not None and quantity.unit in PHYSICAL:
        owner = _owner_of_amount(sentence, token, allowed)  # "the 512,000-line source code of Claude Code"
        if owner is not None:
            return owner
    if token is not None:
        found = _syntactic_subject(sentence, token, allowed, context, share=claim_type == "MarketShare")
        if found is not None:
            return found
    if claim_type in ("MarketSize", "GrowthRate"):
        clause = sentence.doc_text[sentence.start : quantity.end].lower()
        markets = [m for m in sentence.mentions if m.entity.type == "Market" and m.start < quantity.end]
        if markets:
            return markets[-1]
        if any(phrase in clause for phrase in context.lexicon.market_anaphora) or sentence.is_heading:
            return context.current_market()
    before = [m for m in sentence.mentions if m.end <= quantity.start and m.entity.type in allowed]
    if before:
        return before[-1]
    after = [m for m in sentence.mentions if m.start >= quantity.end and m.entity.type in allowed]
    return after[0] if claim_type == "Capacity" and after else None


def _owner_of_amount(sentence: Sentence, token: Token, allowed: frozenset[str]) -> Mention | None:
    """For an absolute amount, the entity its noun phrase says it belongs to: "<amount> <noun> of <owner>"."""
    noun = token
    while noun.dep_ in ("nummod", "compound", "amod", "npadvmod", "quantmod") and noun.head != noun:
        noun = noun.head
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return _mention_in(sentence, pobj, allowed)
    return None


def _syntactic_subject(
    sentence: Sentence, token: Token, allowed: frozenset[str], context: ReadingContext, share: bool = False
) -> Mention | Entity | None:
    """Walk up from the figure to each governing verb and take its subject, resolving "its"/"the company"."""
    for head in [token, *token.ancestors]:
        if head.pos_ not in ("VERB", "AUX"):
            continue
        for child in head.children:
            if child.dep_ not in ("nsubj", "nsubjpass"):
                continue
            mention = _mention_in(sentence, child, allowed)
            if mention is not None and not _only_a_modifier(mention, child, sentence):
                return mention
            if _is_source(sentence, child, context):
                continue  # "IDC puts growth at 19.5%": the research firm is the source, not the subject
            if child.lower_ == "it" and "Market" in allowed and context.current_market() is not None:
                return context.current_market()  # "… and expects it to triple": the market under discussion
            if child.lower_ in ("it", "they") or (child.lower_ == "company" and context.topic):
                referent = antecedent(sentence, child.idx) or context.topic
                return referent if referent and referent.type in allowed else None
            owner = next((c for c in child.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            if owner is not None and mention is None:
                referent = antecedent(sentence, owner.idx) or context.topic
                if referent is not None and referent.type in allowed:
                    return referent  # "its Ascend computing clusters now draw 1.3 GW": the owner's capacity
            if share and any(d.dep_ == "det" and d.lower_ in ("this", "that", "these") for d in child.children):
                return context.group  # "This segment represents 10% of …": the group last named
    return None


def _is_source(sentence: Sentence, token: Token, context: ReadingContext) -> bool:
    """Whether a subject is the party reporting the figure rather than what the figure is about."""
    mention = next((m for m in sentence.mentions if m.token_start <= token.i < m.token_end), None)
    verbs = context.lexicon.attribution_verbs
    if mention is not None:
        return mention.entity.type == "ResearchFirm" or (
            mention.entity == context.attribution and token.head.lower_ in verbs
        )
    research = context.attribution is not None and context.attribution.type == "ResearchFirm"
    return token.lower_ in ("it", "they") and research and token.head.lower_ in verbs


def _only_a_modifier(mention: Mention, head: Token, sentence: Sentence) -> bool:
    """ "its Ascend computing clusters": Ascend only qualifies what the subject is; the owner is the subject."""
    root = mention.root(sentence.span.doc)
    return root != head and root.dep_ == "compound" and any(c.dep_ == "poss" for c in head.children)


def _mention_in(sentence: Sentence, token: Token, allowed: frozenset[str]) -> Mention | None:
    """The allowed mention covering the token, else its apposition ("ByteDance's cloud unit, Volcano Engine"), else
    one in the phrase it heads ("the share of US hyperscalers")."""
    for mention in sentence.mentions:
        if mention.token_start <= token.i < mention.token_end and mention.entity.type in allowed:
            return mention
    for child in token.children:
        if child.dep_ == "appos":
            found = next(
                (m for m in sentence.mentions if m.token_start <= child.i < m.token_end and m.entity.type in allowed),
                None,
            )
            if found is not None:
                return found
    subtree = {t.i for t in token.subtree}
    for mention in sentence.mentions:
        if mention.token_start in subtree and mention.entity.type in allowed:
            return mention
    return None


def _object(
    sentence: Sentence, quantity: Quantity, claim_type: str, subject: Entity, clause: str, context: ReadingContext
) -> Entity | None:
    allowed = context.lexicon.object_types.get(claim_type)
    if not allowed:
        return None
    candidates = [m.entity for m in sentence.mentions if m.entity.type in allowed and m.entity != subject]
    reference = _reference(sentence, quantity) if claim_type == "CostPerformance" else None
    if reference is not None:
        return reference.entity
    if claim_type == "Spending":
        # the company paid is named after the payment ("allocating $1B … provided by Microsoft’s cloud division")
        paid = [m.entity for m in sentence.mentions if m.start >= quantity.end and m.entity in candidates]
        candidates = paid or candidates
    if claim_type != "MarketShare":
        if not candidates and "Country" in allowed and _PLACE_ANAPHORA.search(sentence.text):
            return context.place  # "in the region", "there": the place last named
        return candidates[0] if candidates else None
    measure = _measure_of(clause, sentence, context.lexicon)
    platform = _platform(sentence, subject, context)
    market: Entity | None
    if measure and platform is not None:
        if platform.type == "Group":
            context.vague_object = True  # "on leading aggregator platforms": less specific than a named one
        name = f"{platform.label} {measure}"
        market = context.index_named(name) or Entity(key=slugify(name), label=name, type="Market", known=False)
    elif candidates:
        market = candidates[0]
    elif context.share_market is not None and context.continues_report(sentence):
        market = context.share_market  # "Conversely, the combined share of US hyperscalers dropped …"
    else:
        market = context.current_market()
    context.share_market = market
    return market


def _platform(sentence: Sentence, subject: Entity, context: ReadingContext) -> Entity | None:
    """Where a share is measured: the entity the sentence puts it "on" ("on OpenRouter", "on leading aggregator
    platforms"), else an aggregator the sentence names or the report is attributed to."""
    doc = sentence.span.doc
    for mention in sentence.mentions:
        root = mention.root(doc)
        if mention.entity != subject and root.dep_ == "pobj" and root.head.lower_ == "on":
            return mention.entity
    named = next((m.entity for m in sentence.mentions if m.entity.type == "Aggregator"), None)
    attributed = context.attribution if context.attribution and context.attribution.type == "Aggregator" else None
    return named or attributed


def _measure_of(clause: str, sentence: Sentence, lexicon: Lexicon) -> str | None:
    return _measure(clause, lexicon) or _measure(sentence.text, lexicon)


def _measure(text: str, lexicon: Lexicon) -> str | None:
    """What a share is a share of, where the text says: "of token volume", "a 10% token volume share"."""
    measures = "|".join(map(re.escape, lexicon.measures))
    match = re.search(rf"\bof\s+(?:the\s+)?(?:global\s+|total\s+)?({measures})\b", text, re.IGNORECASE) or re.search(
        rf"\b({measures})\s+share\b", text, re.IGNORECASE
    )
    return match.group(1).lower() if match else None


def _signed(quantity: Quantity, claim_type: str, clause: str, lexicon: Lexicon) -> tuple[Decimal, Decimal | None]:
    """A cut or a fall is negative; a range keeps its lower end as ``value``."""
    value, value_max = quantity.value, quantity.value_max
    falling = quantity.change == "decrease" or bool(words_pattern(lexicon.cut_words).search(clause))
    if claim_type == "Revenue" and quantity.change == "decrease":
        falling = True  # "cut its revenue from China by about 60%"
    elif claim_type == "Revenue":
        falling = False
    if claim_type in ("PriceChange", "GrowthRate", "Revenue") and falling:
        low, high = -(value_max if value_max is not None else value), (-value if value_max is not None else None)
        return low, high
    return value, value_max


def _period(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> str | None:
    """The period stated closest after the figure in its sentence, else closest before it."""
    periods = [
        p
        for p in find_periods(sentence.text, context.anchor or _year_in(sentence.text))
        if not _NOT_THE_PERIOD.search(p.text) and not _COMPARISON_BASE.search(sentence.text[: p.start])
    ]
    offset = quantity.start - sentence.start
    left, right = clause_window(sentence, quantity.start, quantity.end)
    in_clause = [p for p in periods if left - sentence.start <= p.start and p.end <= right - sentence.start]
    periods = in_clause or [p for p in periods if p.end <= offset]  # a later clause dates another figure
    after = [p for p in periods if p.start >= offset]
    before = [p for p in periods if p.end <= offset]
    chosen = after[0] if after else (before[-1] if before else None)
    if chosen is not None:
        return chosen.value
    return context.period_for(sentence)  # stated by the heading above a list, or earlier in the same report


def _year_in(text: str) -> str | None:
    """The year a sentence states, as an anchor for its other periods ("from 10% in January to 36% by April 2026")."""
    match = re.search(r"\b(19|20)\d{2}\b", text)
    return match.group(0) if match else None


def _modality(lead: str, quantity: Quantity, context: ReadingContext) -> str:
    modality = modality_of(lead)
    if modality == "asserted" and quantity.approximate:
        modality = "estimated"
    if modality == "asserted" and context.attribution is not None:
        modality = "reported"
    return modality


def _confidence(subject: Mention | Entity, listed: bool, obj: Entity | None) -> float:
    known = subject.entity.known if isinstance(subject, Mention) else subject.known
    score = 0.6 + (0.15 if known else 0.0) + (0.15 if listed else 0.0) + (0.05 if obj is not None else 0.0)
    return round(min(score, 0.95), 2)


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
