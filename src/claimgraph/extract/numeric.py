"""Numeric claims: each figure in a sentence is typed by the cue words of its clause (patterns/claims.json),
given a subject by syntax (the subject of the verb that governs it) or by position, and an object, period,
modality and attribution."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from claimgraph.extract.context import STATEMENT_DAY, TOPIC_TYPES, ReadingContext
from claimgraph.extract.document import Mention, Sentence
from claimgraph.extract.explain import FigureOutcome
from claimgraph.extract.lexicon import Lexicon, words_pattern
from claimgraph.extract.lists import listed_entity
from claimgraph.extract.normalize import Quantity, find_periods, modality_of
from claimgraph.extract.spans import clause_window, evidence_for
from claimgraph.extract.subjects import PHYSICAL, figure_subject
from claimgraph.records import MONEY_UNITS, AltValue, Claim, Entity, signed_values

MONEY = MONEY_UNITS
# The claim types a figure of each kind may state, in the order their cues are tried.
TYPES_BY_UNIT: dict[str, tuple[str, ...]] = {
    "percent": ("PriceChange", "MarketShare", "Revenue", "CostPerformance", "GrowthRate"),
    "money": ("Revenue", "Spending", "MarketSize"),
    "times": ("Capacity", "Revenue", "GrowthRate"),
    "physical": ("Capacity",),
}
IMPLIED_RELATIONS = {"PriceChange": "Offers", "Spending": "CustomerOf"}
_CONVERSION = re.compile(r"\s*(?:\(\s*|,\s*|\bor\s+)(?:about|approximately|roughly|around|some|~|c\.)?\s*", re.I)
_REACHED = re.compile(r"\bto\s+(?:(?:about|roughly|nearly|almost|around|some|an estimated|just)\s+)?$", re.I)
# What stands between an amount and its growth: "$128.7 billion for 2025, up 20%", "$62.3 billion (+75%)".
_GROWTH_AFTER = re.compile(r"[,;(]\s*(?:or\s+)?(?:up|down|an?\s+(?:increase|rise|jump|decline|drop)\s+of)?\s*$", re.I)
_COMPARISON_BASE = re.compile(
    r"\b(?:from|than|since|compared (?:with|to)|versus|vs\.?)\s+(?:a|the)?\s*$", re.IGNORECASE
)
_COMPARED = re.compile(
    r"\b(?:(?:up|down|rising|falling|increased?|decreased?)\s+from|compared (?:with|to)|against|versus|vs\.?)\s+"
    r"(?:(?:about|roughly|nearly|almost|around|some|an estimated|just)\s+)?$",
    re.I,
)
_FREE = re.compile(
    r"\b(?:made|make|makes|making)\s+(?:[\w.’'-]+\s+){0,8}?free\b|\b(?:become|becomes|became|went|now|is|are)\s+free\b"
    r"|\bfree of charge\b",
    re.I,
)
_OF_REFERENCE = re.compile(r"\s+of\s+(?:the\s+[\w-]+(?:\s+[\w-]+)?\s+of\s+)?", re.IGNORECASE)
_ANAPHORA = re.compile(r"\b(?:this|these|its|their|the (?:company|firm|group))\b", re.IGNORECASE)
# Between a holder and its share when a report continues: "Microsoft 21%", "Oracle about 3%", "Sable at 12%",
# "Kestrel (9%)", "Tianyi Cloud with 9.4%".
_GAP = re.compile(
    r"\s*(?:[:(—–-]\s*)?(?:(?:at|with|on|had|has|held|holds|took|takes|about|roughly|around|nearly|almost|some|"
    r"approximately|an estimated|just|over|under|close to|more than|less than|up to)\s+)*",
    re.IGNORECASE,
)
_PAIRING = re.compile(r"^\W*(?:and|while|whereas|but)\b|,\s*(?:and\s+)?$", re.IGNORECASE)
_UNIT_PRICE = re.compile(
    r"\s*(?:per|a|an|each|for every)\s+(?:(?:million|thousand|billion|1,000|1m|1M|100)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:tokens?|shares?|hours?|months?|users?|seats?|GPUs?|chips?|units?|queries|query|requests?|calls?|images?)\b",
    re.IGNORECASE,
)
_OF_ANYTHING = re.compile(r"\s+(?:of|stake|interest|discount|cut|increase|rise|more|less)\b", re.IGNORECASE)
_PLACE_ANAPHORA = re.compile(r"\b(?:there|the (?:region|country|market))\b", re.IGNORECASE)


def numeric_claims(sentence: Sentence, context: ReadingContext) -> list[Claim]:
    claims: list[Claim] = []
    previous: Quantity | None = None
    report_end = -1  # where the last claimed figure ends: a continuation names its subject after it
    for quantity in [*sentence.quantities, *_free_of_charge(sentence)]:
        made = len(claims)
        if previous is not None and claims and _converts(sentence, previous, quantity):
            # "19.8 billion yuan (about $2.7 billion)": the same figure in another currency
            claims[-1] = replace(
                claims[-1], alt_values=(*claims[-1].alt_values, AltValue(quantity.value, quantity.unit))
            )
            _record(context, quantity, (), "the previous figure in another currency: one of its alternative values")
            continue
        previous = quantity
        how = "continues the previous figure's report with another subject"
        claim = _continued_report(sentence, quantity, claims, report_end, context)
        if claim is None:
            how = "read from its clause: type by cue words, subject by syntax or position"
            claim = _claim_for(sentence, quantity, context)
        if claim is None and claims:
            how = "the growth of the amount just before it, or the amount a growth just before it reached"
            claim = _growth_of_previous(sentence, quantity, claims[-1]) or _amount_after_growth(
                sentence, quantity, claims[-1]
            )
        if claim is None and claims and _COMPARED.search(sentence.doc_text[sentence.start : quantity.start]):
            # "38% of total revenue in the quarter, up from 22% a year earlier": the same measure, earlier
            how = "a comparison base: the previous figure's measure at another time"
            base = claims[-1]
            claim = replace(
                base,
                value=quantity.value,
                value_max=quantity.value_max,
                time=_period(sentence, quantity, context),
                alt_values=(),
            )
        if claim is None:
            _record(context, quantity, (), "dropped: " + context.drop_reason)
            continue
        claims.append(claim)
        report_end = quantity.end
        if (
            claim.object is not None
            and claim.type in IMPLIED_RELATIONS
            and not (claim.type == "Spending" and context.lexicon.investment_pattern.search(sentence.text))
        ):
            # Pricing a model is offering it; paying a company (not investing in it) is being its customer: the
            # same span states both.
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
        _record(context, quantity, tuple(claims[made:]), how)
    return claims


def _record(context: ReadingContext, quantity: Quantity, claims: tuple[Claim, ...], how: str) -> None:
    if context.outcomes is not None:
        outcome = FigureOutcome(quantity.start, quantity.end, quantity.text, quantity.value, quantity.unit, claims, how)
        context.outcomes.append(outcome)


def _continued_report(
    sentence: Sentence, quantity: Quantity, claims: list[Claim], report_end: int, context: ReadingContext
) -> Claim | None:
    """ "Amazon held 28% of the market, Microsoft 21% and Google 14%", "… followed by Sable at 12% and Kestrel
    (9%)", "Microsoft will invest up to $5 billion and Nvidia up to $10 billion": a name and a figure of the same
    unit right after a figure continue its report with another subject (gapping)."""
    report = next((c for c in reversed(claims) if c.unit is not None), None)
    if report is None or report.unit != quantity.unit or report.type not in context.lexicon.subject_types:
        return None
    allowed = context.lexicon.subject_types[report.type]
    holders = [m for m in sentence.mentions if report_end <= m.start and m.end <= quantity.start]
    holder = holders[-1] if holders and holders[-1].entity.type in allowed else None
    if holder is None or holder.entity == report.subject:
        return None
    if not _GAP.fullmatch(sentence.doc_text[holder.end : quantity.start]):
        return None
    if report.type != "MarketShare" and not _PAIRING.search(sentence.doc_text[report_end : holder.start]):
        return None  # outside share lists only "A did X and B Y" gaps: "… $5 billion and Nvidia up to $10 billion"
    return replace(
        report,
        subject=holder.entity,
        value=quantity.value,
        value_max=quantity.value_max,
        alt_values=(),
        modality=_modality(sentence.doc_text[holder.start : quantity.end], quantity, context),
        evidence=(evidence_for(sentence, (holder.start, holder.end), (quantity.start, quantity.end)),),
    )


def _has_own_figure(sentence: Sentence, mention: Mention) -> bool:
    """Whether a figure follows the name as its own: "… and Nvidia up to $10 billion"."""
    text = sentence.doc_text
    return any(q.start > mention.end and _GAP.fullmatch(text[mention.end : q.start]) for q in sentence.quantities)


def _growth_of_previous(sentence: Sentence, quantity: Quantity, previous: Claim) -> Claim | None:
    """ "totalled $128.7 billion for 2025, up 20%", "brought $62.3 billion, up 75%": a change right after an
    amount is that amount's growth — a company's revenue growth, or a market's growth beside its size."""
    kinds = {"Revenue": "Revenue", "MarketSize": "GrowthRate"}
    if quantity.unit != "percent" or quantity.change is None or previous.unit not in MONEY:
        return None
    if previous.type not in kinds or not _GROWTH_AFTER.search(sentence.doc_text[sentence.start : quantity.start]):
        return None
    falling = quantity.change == "decrease"
    value, value_max = signed_values(kinds[previous.type], quantity.value, quantity.value_max, falling)
    return replace(
        previous,
        type=kinds[previous.type],
        object=None,
        value=value,
        value_max=value_max,
        unit="percent",
        alt_values=(),
        evidence=(evidence_for(sentence, (quantity.start, quantity.end)),),
    )


def _amount_after_growth(sentence: Sentence, quantity: Quantity, previous: Claim) -> Claim | None:
    """ "grew 41% in the quarter to $2 billion", "rose 29% from a year earlier to $110.9 billion": the amount a
    growth reached — the company's revenue, or the market's size."""
    kinds = {"Revenue": "Revenue", "GrowthRate": "MarketSize"}
    if quantity.unit not in MONEY or previous.unit != "percent" or previous.type not in kinds:
        return None
    if previous.type == "GrowthRate" and previous.subject.type != "Market":
        return None
    if not _REACHED.search(sentence.doc_text[sentence.start : quantity.start]):
        return None
    return replace(
        previous,
        type=kinds[previous.type],
        value=quantity.value,
        value_max=quantity.value_max,
        unit=quantity.unit,
        alt_values=(),
        evidence=(evidence_for(sentence, (quantity.start, quantity.end)),),
    )


def _claim_for(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> Claim | None:
    lexicon = context.lexicon
    left, right = clause_window(sentence, quantity.start, quantity.end)
    clause = sentence.doc_text[left:right]
    listed = listed_entity(sentence, quantity)
    claim_type = _claim_type(quantity, clause, sentence, lexicon, listed is not None)
    if claim_type is None:
        context.drop_reason = f"no claim type: no cue word in its clause or sentence types a {quantity.unit} figure"
        return None
    subject = listed or figure_subject(sentence, quantity, claim_type, context)
    if (
        subject is None
        and claim_type == "Revenue"
        and quantity.unit in MONEY
        and _estimated_by_analyst(sentence, lexicon)
    ):
        # "Synergy put fourth-quarter revenue at $119.1 billion", "we forecast $300 billion for 2026": a research
        # firm's figure for the revenue of no company is the size of the market under discussion
        claim_type, subject = "MarketSize", context.current_market()
    if subject is None and claim_type == "Spending" and _market_words(clause, lexicon):
        claim_type = "MarketSize"  # "spending on cloud services in China reached RMB 68.4 billion": a market's size
        subject = figure_subject(sentence, quantity, claim_type, context)
    if subject is None and (
        claim_type in ("Revenue", "Spending")
        or (claim_type == "GrowthRate" and _ANAPHORA.search(sentence.doc_text[sentence.start : quantity.end]))
    ):
        subject = context.topic  # "This surge followed …", "the firm’s total earnings": the company last discussed
    if subject is None:
        allowed = ", ".join(sorted(lexicon.subject_types.get(claim_type, ())))
        context.drop_reason = (
            f"a {claim_type} without a subject: no {allowed} governs it, stands before it or is under discussion"
        )
        return None
    subject_entity = subject.entity if isinstance(subject, Mention) else subject
    if (
        claim_type == "GrowthRate"
        and subject_entity.type in TOPIC_TYPES
        and (context.in_revenue_paragraph(sentence) or not _other_measure(clause, lexicon))
    ):
        claim_type = "Revenue"  # a company's growth, of no other measure or in a passage on revenue, is revenue growth
    context.vague_object = False
    obj = _object(sentence, quantity, claim_type, subject_entity, clause, context)
    if claim_type == "MarketShare" and obj is None:
        context.drop_reason = f"a share of {subject_entity.label} in no market: none named, none under discussion"
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


def _other_measure(clause: str, lexicon: Lexicon) -> bool:
    """Whether the clause names a measure other than money earned ("its token volume grew 90%")."""
    others = tuple(m for m in lexicon.measures if not lexicon.cue_in("Revenue", m) and m != "spending")
    return bool(words_pattern(others).search(clause))


def _estimated_by_analyst(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether the sentence gives a research firm's (or an analyst note's own: "we forecast") estimate."""
    if any(m.entity.type == "ResearchFirm" for m in sentence.mentions):
        return True
    verbs = lexicon.estimating_verbs
    return any(t.lower_ == "we" and t.dep_ == "nsubj" and t.head.lemma_ in verbs for t in sentence.span)


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
    reference = next((m for m in sentence.mentions if m.start == match.end()), None)
    if reference is None or reference.entity.type not in ("Model", "Product", "Group"):
        return None
    if reference.entity.type == "Group" and not reference.entity.label.endswith(" models"):
        return None  # "a third of Chinese enterprises" is how many of them, not a comparison with them
    return reference


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
    if kind == "percent" and lexicon.share_of_whole_pattern.match(sentence.doc_text, quantity.end, sentence.end):
        return "MarketShare"  # "32% of the quarter's spending": a part of the market's whole
    lead = sentence.doc_text[max(sentence.start, quantity.start - 40) : quantity.start]
    if (
        kind == "percent"
        and quantity.change is None
        and lexicon.held_figure_pattern.search(lead)
        and not _OF_ANYTHING.match(sentence.doc_text, quantity.end)
    ):
        return "MarketShare"  # "Sable had 12%", "Northwind took 31% between them": a share held
    if kind == "money" and _UNIT_PRICE.match(sentence.doc_text, quantity.end):
        # "$5 per million input tokens", "$31 a share": a price per unit, not an amount earned or spent
        return None
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


def _object(
    sentence: Sentence, quantity: Quantity, claim_type: str, subject: Entity, clause: str, context: ReadingContext
) -> Entity | None:
    allowed = context.lexicon.object_types.get(claim_type)
    if not allowed:
        return None
    partners = _coordinated_with(sentence, subject)
    candidates = [
        m.entity for m in sentence.mentions if m.entity.type in allowed and m.entity != subject and m not in partners
    ]  # "Nvidia and AMD agreed to hand over 15% of their revenue": AMD shares the subject, it is not the object
    reference = _reference(sentence, quantity) if claim_type == "CostPerformance" else None
    if reference is not None:
        return reference.entity
    if claim_type == "Spending":
        # the company paid is named after the payment ("allocating $1B … provided by Microsoft’s cloud division"),
        # but not a name that has a figure of its own ("… $5 billion and Nvidia up to $10 billion in Anthropic")
        paid = [
            m.entity
            for m in sentence.mentions
            if m.start >= quantity.end
            and m.entity in candidates
            and not _has_own_figure(sentence, m)
        ]
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
        market = context.index.entity_for(name, "Market")
    elif candidates:
        market = candidates[0]
    elif context.share_market is not None and context.continues_report(sentence):
        market = context.share_market  # "Conversely, the combined share of US hyperscalers dropped …"
    else:
        market = context.current_market()
    context.share_market = market
    return market


def _coordinated_with(sentence: Sentence, subject: Entity) -> list[Mention]:
    """The mentions coordinated with the subject's ("Nvidia and AMD")."""
    doc = sentence.span.doc
    roots = {m.root(doc).i for m in sentence.mentions if m.entity == subject}
    return [
        m
        for m in sentence.mentions
        if m.entity != subject
        and (
            (m.root(doc).dep_ == "conj" and m.root(doc).head.i in roots)
            or any(doc[r].dep_ == "conj" and doc[r].head.i == m.root(doc).i for r in roots)
        )
    ]


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
    """Whether the figure falls: its own change word ("a 30% cut"), or, for all but revenue, a cut word in its
    clause (revenue "rose … while prices were cut" still rose); the sign itself is ``signed_values``'s."""
    falling = quantity.change == "decrease"
    if claim_type != "Revenue":
        falling = falling or bool(words_pattern(lexicon.cut_words).search(clause))
    return signed_values(claim_type, quantity.value, quantity.value_max, falling)


def _period(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> str | None:
    """The period stated closest after the figure in its sentence, else closest before it."""
    periods = [
        p
        for p in find_periods(sentence.text, context.anchor or _year_in(sentence.text))
        if not STATEMENT_DAY.search(p.text) and not _COMPARISON_BASE.search(sentence.text[: p.start])
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
