"""Numeric claims: each figure in a sentence is typed by the cue words of its clause (patterns/claims.json),
given a subject by syntax (the subject of the verb that governs it) or by position, and an object, period,
modality and attribution."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from spacy.tokens import Token

from claimgraph.extract.budget_shares import budget_share
from claimgraph.extract.collective_spending import collective_spending
from claimgraph.extract.compared_figures import COMPARED, held_for, moved_to, new_holder, own_earlier_level
from claimgraph.extract.comparisons import (
    compared_thing,
    compared_with,
    higher_by,
    lower_by,
    part_of_its_old_price,
    prices_against,
    replaced_version,
)
from claimgraph.extract.composition_shares import composed_share
from claimgraph.extract.context import PLACE_TYPES, TOPIC_TYPES, ReadingContext
from claimgraph.extract.continuations import (
    amount_after_growth,
    continued_report,
    counted_group,
    figure_modality,
    growth_of_previous,
    growth_said_next,
    held_jointly_or_each,
    part_of_previous,
    respective_holders,
)
from claimgraph.extract.document import Mention, Sentence, verb_over
from claimgraph.extract.energy_mix import energy_share
from claimgraph.extract.explain import FigureOutcome
from claimgraph.extract.figure_holders import a_segments_revenue, paid_part_of
from claimgraph.extract.figure_objects import figure_object, measure_of
from claimgraph.extract.figure_periods import compared_base, figure_period
from claimgraph.extract.figure_types import (
    asked_type,
    claim_type_of,
    elided_share_holder,
    estimated_holder,
    left_for,
)
from claimgraph.extract.fleet_mix import fleet_claims, fleet_share, remainder_share
from claimgraph.extract.implied_claims import each_object, implied_relation
from claimgraph.extract.lexicon import Lexicon, cue_pattern, words_pattern
from claimgraph.extract.lists import listed_entity
from claimgraph.extract.money_flows import money_flow, sold_by_the_signer
from claimgraph.extract.normalize import Quantity
from claimgraph.extract.numbers import load_numbers
from claimgraph.extract.price_moves import a_rental_price, cuts_a_model, free_of_charge, makes_the_hardware, price_moves
from claimgraph.extract.price_words import price_setter, priced_service
from claimgraph.extract.read_shares import share_claim
from claimgraph.extract.references import owner_named_before
from claimgraph.extract.restatements import (
    analyst_goes_on,
    estimated_by_analyst,
    expected_later,
    next_in_series,
    parallel_report,
    same_measure_again,
)
from claimgraph.extract.revenue_holders import (
    a_fields_takings,
    a_places_takings,
    an_estimated_fields_takings,
    customers_part,
    grows_a_thing_not_earned,
    paid_from,
    paying,
    revenue_owner,
    stated_revenue_owner,
)
from claimgraph.extract.revenue_parts import revenue_part, stated_revenue
from claimgraph.extract.spans import clause_window, evidence_for, opens_a_list_item
from claimgraph.extract.subjects import figure_subject, unowned_measure_subject
from claimgraph.extract.survey_shares import survey_share
from claimgraph.extract.wholes import PLACES
from claimgraph.records import MONEY_UNITS, AltValue, Claim, Entity, signed_values

# "(about $2.0 billion)", "(140 亿, about $1.9 billion)", a translator's "[US$3.7 billion]": a conversion, after the
# same amount in Chinese numerals
_CONVERSION = re.compile(
    r"\s*(?:[(\[]\s*(?:[\d.,]+\s*(?:亿|万亿|万|yi|wan)(?:\s*(?:yuan|元))?\s*,\s*)?|,\s*|\bor\s+)"
    r"(?:about|approximately|roughly|around|some|~|c\.)?\s*",
    re.I,
)
_OF_AFTER = re.compile(r"\s+of\s")  # "30% of the GPU cloud market": a figure naming its own whole
_AT_AFTER_COMMA = re.compile(r"\W*at\s+(?:(?:about|roughly|nearly|almost|around|some|just)\s+)?", re.I)
_ANAPHORA = re.compile(r"\b(?:this|these|its|their|the (?:company|firm|group))\b", re.IGNORECASE)


def numeric_claims(sentence: Sentence, context: ReadingContext) -> list[Claim]:
    claims: list[Claim] = []
    read_wholes: list[Claim] = []  # the shares read by the readers of wholes no market reading finds
    previous: Quantity | None = None
    report_end = -1  # where the last claimed figure ends: a continuation names its subject after it
    respective = respective_holders(sentence, context)
    respective_type: str | None = None  # "… were 40%, 25% and 10% respectively": all of the first one's type
    moves = price_moves(sentence, context.lexicon, context.section)
    for quantity in [*sentence.quantities, *free_of_charge(sentence), *moves]:
        made = len(claims)
        restated = previous is not None and claims and _restated(sentence, previous, quantity)
        if restated and _in_another_currency(previous, quantity):
            # "14.6 billion yuan (about $2.0 billion)": the same figure in another currency
            claims[-1] = _with_conversion(claims[-1], quantity, yen_sign=_a_bare_yen_sign(previous))
            _record(context, quantity, (), "the previous figure in another currency: one of its alternative values")
            continue
        if restated and _the_same(previous, quantity):
            _record(context, quantity, (), 'the previous figure written another way ("RMB 38 billion (380 yi)")')
            continue
        previous = quantity
        how = "continues the previous figure's report with another subject"
        # a share of a budget or of electricity is continued by a figure with no whole of its own, not by "… and
        # Osk held 30% of the GPU cloud market"
        own_whole = bool(claims) and claims[-1] in read_wholes and _OF_AFTER.match(sentence.doc_text, quantity.end)
        claim = None if respective or own_whole else continued_report(sentence, quantity, claims, report_end, context)
        gapped = claim is not None
        if claim is None and quantity.start in respective:
            how = "paired in order with the names it is said to belong to 'respectively'"
            claim = _claim_for(sentence, quantity, context, respective[quantity.start], respective_type)
            respective_type = respective_type or (claim.type if claim else None)
        flow = money_flow(sentence, quantity, context) if claim is None else None
        if flow is not None:
            how = "money moved by its verb: the payer spends it, on the payee"
            claim = _claim_for(sentence, quantity, context, flow.payer.entity, "Spending")
            payee = flow.payee.entity if flow.payee is not None else None
            if claim is not None:  # the payee the verb names, else the one the clause's reading found
                payee = payee or claim.object
                claim = replace(claim, object=payee if payee != claim.subject else None, confidence=0.7)
            if flow.seller_speaks and flow.payee is not None:
                context.note_subject(flow.payee.entity, sentence)  # the seller the clause is about stays the topic
        stated = _amount_said_before(claims, sentence, context)
        if claim is None and stated is not None:
            how = "a change said of the amount just stated ('That's up 70%', 'That is more than triple'): its growth"
            claim = growth_said_next(sentence, quantity, stated)
        mix = fleet_share(sentence, quantity, context) if claim is None else None
        if mix is not None:
            how = "a chip's share of a company's fleet: the chip holds it, the fleet is built on it"
            left = clause_window(sentence, quantity.start, quantity.end)[0]
            claim, built_on = fleet_claims(
                sentence, quantity, context, mix, _clause_source(sentence, left, quantity.start)
            )
            if built_on is not None:
                claims.append(built_on)
        read = None
        if claim is None:
            read = energy_share(sentence, quantity, context) or survey_share(sentence, quantity, context)
            read = read or budget_share(sentence, quantity, context)
        if read is not None:
            how = "a share no market reading finds: of electricity, of a survey's respondents, of a budget"
            left = clause_window(sentence, quantity.start, quantity.end)[0]
            claim = share_claim(sentence, quantity, context, read, _clause_source(sentence, left, quantity.start))
            read_wholes.append(claim)
        if claim is None and claims and moved_to(sentence, quantity, claims[-1]):
            how = "where the figure before it moved to ('went from 9% in 2023 to 21% last year'): its measure, later"
            claim = _claim_for(sentence, quantity, context, claims[-1].subject, claims[-1].type)
            if claim is not None and claim.object is None:
                claim = replace(claim, object=claims[-1].object)  # "… of Osk's revenue fell from 13% to 5%": Osk's
        if claim is None:
            how = "read from its clause: type by cue words, subject by syntax or position"
            claim = _claim_for(sentence, quantity, context)
        composed = composed_share(sentence, quantity, context) if claim is None else None
        if composed is not None:
            how = "a part a verb of composition says its subject is of a whole ('X accounts for 38% of Y')"
            left = clause_window(sentence, quantity.start, quantity.end)[0]
            claim = share_claim(sentence, quantity, context, composed, _clause_source(sentence, left, quantity.start))
        if claim is None and claims:
            how = "the growth of the amount just before it, the amount a growth just before it reached, or a part of it"
            claim = (
                growth_of_previous(sentence, quantity, claims[-1])
                or amount_after_growth(sentence, quantity, claims[-1])
                or part_of_previous(sentence, quantity, claims[-1])
            )
        compared = COMPARED.search(sentence.doc_text[sentence.start : quantity.start]) if claims else None
        # "41% of total revenue in the period, up from 27% a year earlier": the same measure, earlier; in "$9.1
        # billion, up 30% from $7.0 billion" the base is the amount's, not the growth's
        base = next((c for c in reversed(claims) if c.unit == quantity.unit), None)
        if base is not None and new_holder(sentence, quantity, base, report_end):
            base = None  # "…, and Brill, the quickest riser, is up from 2%": Brill's figure, not the last one's
        # "… estimates Singapore's capacity at 1.45 GW, up from about 1.3 GW": a base read as another's is the same
        # holder's, earlier
        strayed = (
            claim is not None
            and base is not None
            and compared is not None
            and claim.type == base.type
            and claim.subject != base.subject
            # "… compared with $3 billion Brill Cloud spent": a holder named after the comparison holds its figure
            and not any(
                m.entity == claim.subject and m.start >= sentence.start + compared.start() for m in sentence.mentions
            )
        )
        if (claim is None or strayed) and compared is not None and base is not None:
            how = "a comparison base: the previous figure's measure at another time"
            # hedged by its own words: an expected figure's base is no forecast ("expects $200 billion in 2026,
            # compared with nearly $132 billion last year")
            own_words = sentence.doc_text[sentence.start + compared.start() : quantity.end]
            own = figure_modality(own_words, quantity, context)
            rival = held_for(sentence, quantity, context)  # "40% of the tokens, against 22% for Osk Cloud"
            claim = replace(
                base,
                subject=rival or base.subject,
                value=quantity.value,
                value_max=quantity.value_max,
                time=base.time if rival else figure_period(sentence, quantity, context, base=True),
                modality=own if own != "asserted" or base.modality != "reported" else base.modality,
                alt_values=(),
            )
        if claim is None and claims and expected_later(sentence, quantity, claims[-1], report_end, context):
            # "… rose to about 11% of the market; we expect 15% in 2026": the same measure, forecast for later
            how = "the previous figure's measure, as the writer expects it later"
            claim = replace(
                claims[-1],
                value=quantity.value,
                value_max=quantity.value_max,
                time=figure_period(sentence, quantity, context),
                modality="forecast",
                alt_values=(),
                evidence=(evidence_for(sentence, (quantity.start, quantity.end)),),
            )
        earlier = context.last_numeric if claim is None and not claims else None
        if earlier is not None and analyst_goes_on(sentence, quantity, earlier, context):
            # "… at about $215 billion in 2025. We forecast $300 billion for 2026": the note's measure, later
            how = "the measure the note stated last, as the writer estimates it for another period"
            claim = _measure_again(earlier, sentence, quantity, context)
        last = claims[-1] if claims else context.last_numeric
        if claim is None and last is not None and parallel_report(sentence, quantity, last, context):
            # "Amazon expects capital expenditure of $200 billion. Alphabet guided to $180 billion": the same
            # measure, reported now for another company; "…, and Osk slipped from 9% a year earlier": at that time
            how = "the measure the paragraph's last report gave, now of the company this clause is about"
            claim = _claim_for(sentence, quantity, context, claim_type_given=last.type)
            if claim is not None and COMPARED.search(sentence.doc_text[sentence.start : quantity.start]):
                claim = replace(claim, time=figure_period(sentence, quantity, context, base=True))
            elif claim is not None and claim.time is None:
                claim = replace(claim, time=last.time)  # the run's period, unless this report dates its own
        if claim is None and claims and next_in_series(sentence, quantity, claims[-1], report_end):
            # "expects RMB 14 billion in 2026 and RMB 30 billion by 2028": one verb's amounts, each with its period
            how = "the previous figure's measure at the next period of a series the same verb gives"
            claim = _measure_again(claims[-1], sentence, quantity, context)
        if claim is None and claims and same_measure_again(sentence, quantity, claims[-1], report_end):
            # "its share may be nearer 25% …, and it could slip below a fifth by 2027": the same subject's measure
            how = "the previous figure's measure again, of the same subject, with no cue or name of its own"
            claim = _measure_again(claims[-1], sentence, quantity, context)
        before = [*(context.last_figures if context.last_numeric_paragraph == sentence.paragraph else ()), *claims]
        revenue = stated_revenue(before) if claim is None else None
        payer = revenue_part(sentence, quantity, revenue) if revenue is not None else None
        if revenue is not None and payer is not None:
            how = "a part of the revenue just stated ('…, customers in Pellia contributing 21% of it'): its payer's"
            claim = replace(_measure_again(revenue, sentence, quantity, context), object=payer.entity, unit="percent")
        if claim is None:
            _record(context, quantity, (), "dropped: " + context.drop_reason)
            continue
        figures_before = [c for c in claims if c.value is not None] or (
            [context.last_numeric]
            if context.last_numeric is not None and context.last_numeric_paragraph == sentence.paragraph
            else []
        )
        referred = _revenue_referred(sentence, quantity, claim, figures_before[-1]) if figures_before else None
        if referred is not None:
            how = "a part of the revenue just stated ('… and Osk accounted for 30% of it'): the payer's share of it"
            claim = referred
        compared_or_left = claims or left_for(sentence, quantity)  # "…, which leaves 5% for Brill and the rest"
        rival = held_for(sentence, quantity, context) if claim.type == "MarketShare" and compared_or_left else None
        if rival is not None and rival != claim.object:
            claim = replace(claim, subject=rival)  # "…, against 38% for Osk, 9% for Pell": each figure is its "for"'s
        if claim.type == "MarketShare" and (group := counted_group(sentence, quantity, claims, report_end, context)):
            claim = replace(claim, subject=group)  # "the three companies together hold 90%"
        elif claim.type in _HELD and quantity.start not in respective:  # a pairing is one name's
            *others, claim = held_jointly_or_each(sentence, quantity, claim, context)
            claims.extend(others)
        report_end = quantity.end
        for made_claim in [claim, *each_object(sentence, claim)]:  # "cut prices of Tarn-3 and Tarn-4 by 50%"
            claims.append(made_claim)
            claims.extend(implied_relation(made_claim, sentence, context, flow is not None and not flow.buys))
        # "…, and Pell for 12%": a payer gapped after one the sentence made a customer is one too
        continued = gapped and any(c.type == "CustomerOf" and c.object == claim.subject for c in claims[:made])
        if (
            claim.type == "Revenue"
            and claim.object is not None
            and (continued or paid_part_of(sentence, quantity, claim.object))
        ):
            # "Osk made up 21% of sales": a company paying part of another's revenue is its customer
            claims.append(
                replace(
                    claim,
                    type="CustomerOf",
                    subject=claim.object,
                    object=claim.subject,
                    value=None,
                    value_max=None,
                    unit=None,
                    time=None,
                    modality="reported" if claim.modality == "estimated" else claim.modality,
                )
            )
        _record(context, quantity, tuple(claims[made:]), how)
    claims.extend(remainder_share(sentence, claims, context))  # "…; the rest are Osk X9"
    numeric = [c for c in claims if c.value is not None]
    spent = [c for c in numeric if c.type == "Spending"]
    if spent:
        context.spender = (spent[-1].subject, sentence.paragraph)  # whose "bill" a later share may be part of
    if numeric or sentence.is_heading:
        context.last_numeric = numeric[-1] if numeric else None
        context.last_figures = tuple(numeric)
        context.last_numeric_paragraph = sentence.paragraph
    return claims


def _amount_said_before(claims: list[Claim], sentence: Sentence, context: ReadingContext) -> Claim | None:
    """The amount a "That is up 40%" or "That is more than triple" right after it speaks of: the latest-dated amount
    of the sentence so far ("spent $14 million in 2025, up from $6 million in 2024"), else the paragraph's last."""
    earlier = context.last_figures if context.last_numeric_paragraph == sentence.paragraph else ()
    amounts = [c for c in (claims or earlier) if c.unit in MONEY_UNITS]
    if not amounts:
        return None
    same = [c for c in amounts if c.type == amounts[-1].type and c.subject == amounts[-1].subject]
    return max(same, key=lambda c: c.time or "")


_HELD = frozenset({"MarketShare", "Spending"})  # figures that names listed together may hold jointly, or each


def _spent_on_a_market(sentence: Sentence, quantity: Quantity) -> Mention | None:
    """The market named by what the money was spent on, around the figure ("spent $2.4 billion on AI cloud
    services"), when no one in particular spent it: all the spending there is the market's size."""
    return next(
        (
            m
            for m in sentence.mentions
            if m.entity.type == "Market" and m.start <= quantity.start < quantity.end <= m.end
        ),
        None,
    )


def _record(context: ReadingContext, quantity: Quantity, claims: tuple[Claim, ...], how: str) -> None:
    if context.outcomes is not None:
        outcome = FigureOutcome(quantity.start, quantity.end, quantity.text, quantity.value, quantity.unit, claims, how)
        context.outcomes.append(outcome)


def _claim_for(
    sentence: Sentence,
    quantity: Quantity,
    context: ReadingContext,
    holder: Entity | None = None,
    claim_type_given: str | None = None,
) -> Claim | None:
    """The claim a figure states read from its clause; ``holder`` and ``claim_type_given`` are what the
    sentence's structure has already decided (a "respectively" pairing)."""
    lexicon = context.lexicon
    left, right = clause_window(sentence, quantity.start, quantity.end)
    if _AT_AFTER_COMMA.fullmatch(sentence.doc_text, left, quantity.start) and left > sentence.start + 2:
        left = clause_window(sentence, left - 2, left - 1)[0]  # "grew fastest of the three, at 50%"
    clause = sentence.doc_text[left:right]
    elided = None if holder else elided_share_holder(sentence, quantity, lexicon)  # "as Huawei's rises to half"
    listed = holder or elided or listed_entity(sentence, quantity)
    claim_type = claim_type_given or ("MarketShare" if elided else None)
    claim_type = claim_type or claim_type_of(quantity, clause, left, sentence, lexicon, listed is not None)
    if claim_type is None and (question := context.asked_before(sentence)):
        claim_type = asked_type(quantity, question, lexicon)  # "How big is the market? We put it at $1.4 billion"
    if claim_type is None and quantity.unit == "times" and own_earlier_level(sentence, quantity):
        claim_type = "GrowthRate"  # "…, roughly four times the 600 billion we did a year earlier": its growth
    if claim_type is None and quantity.unit == "percent" and cuts_a_model(sentence, quantity, lexicon):
        claim_type = "PriceChange"  # "OpenAI cut o3 by 80%": what is cut of a model is its price
    sized = _another_estimate_of_the_size(sentence, quantity, left, right, context) if claim_type is None else None
    if sized is not None:
        claim_type, listed = "MarketSize", sized  # "We expect $48 billion in 2028. Velin forecasts $70 billion."
    if claim_type is None:
        context.drop_reason = f"no claim type: no cue word in its clause or sentence types a {quantity.unit} figure"
        return None
    if claim_type == "PriceChange" and _a_levys_level(sentence, lexicon):
        # "face a 15% tariff", "power charges made up 40% of its costs": a levy or a charge's level, no price moved
        context.drop_reason = "a tariff or a charge at a level, with no move of a price"
        return None
    if listed is None and claim_type == "MarketShare":
        listed = estimated_holder(sentence, quantity, lexicon)  # "Osk Ventures put Tarn at 32%": Tarn's share
    if listed is None and claim_type == "CostPerformance" and (reference := compared_with(sentence, quantity)):
        listed = compared_thing(sentence, quantity, reference)  # "Osk says Tarn-3 costs 8% of …": Tarn-3's
    subject = listed or figure_subject(sentence, quantity, claim_type, context)
    newer = None
    replacing = claim_type == "PriceChange" or (claim_type == "CostPerformance" and quantity.unit == "percent")
    if replacing and (replaced := replaced_version(sentence, quantity)):  # not "1.7 times the throughput of"
        maker = context.maker_of(replaced.entity) or owner_named_before(sentence, replaced)
        if maker is not None and (claim_type == "PriceChange" or prices_against(sentence, quantity)):
            # "Tarn-4 Flash costs $0.05, a quarter of the price of Tarn-3 Flash", "two-thirds less than the $15
            # charged for Tarn-3 Max": a new version priced against the one it replaces is its maker's price cut
            if claim_type == "CostPerformance":
                cut = quantity.value if lower_by(sentence, quantity) else 100 - quantity.value
                quantity = replace(quantity, value=cut, change="decrease")
            claim_type, subject, newer = "PriceChange", maker, replaced.entity
    if claim_type == "CostPerformance" and quantity.unit == "percent" and lower_by(sentence, quantity):
        quantity = replace(quantity, value=100 - quantity.value)  # "40% cheaper than Vela-2": 60% of its cost
    if claim_type == "CostPerformance" and quantity.unit == "percent" and higher_by(sentence, quantity):
        quantity = replace(quantity, value=100 + quantity.value)  # "30% dearer than Vela-2": 130% of its cost
    if claim_type == "Capacity" and quantity.unit == "times" and own_earlier_level(sentence, quantity):
        claim_type = "GrowthRate"  # "doubled its capacity", "900 times the level of early 2024": its growth
    if claim_type == "PriceChange" and quantity.unit == "times":  # "doubled the price": +100%
        quantity = replace(quantity, value=(quantity.value - 1) * 100, value_max=None, unit="percent")
    if claim_type == "PriceChange" and newer is None and part_of_its_old_price(sentence, quantity):
        quantity = replace(quantity, value=100 - quantity.value, change="decrease")  # "cut to a tenth of its price"
    # "Installed capacity stood at 95 MW …, over sites in Arequipa": in a release, capacity no name before
    # it owns is the issuer's, not a place's named after it
    issuer = context.issuer or context.title_subject
    named_before = isinstance(subject, Mention) and subject.end <= quantity.start
    unowned = claim_type == "Capacity" and not named_before and _capacity_is_the_subject(sentence, quantity, lexicon)
    if unowned and issuer is not None:
        subject = issuer
    place_market = a_places_takings(sentence, left, quantity.start, context) if claim_type == "Revenue" else None
    if place_market is not None and quantity.unit in MONEY_UNITS:
        claim_type, subject = "MarketSize", place_market  # "India's public cloud revenue at $9.9 billion"
    field_market = a_fields_takings(sentence, quantity, context) if claim_type == "Revenue" else None
    if field_market is not None and quantity.unit in MONEY_UNITS:
        # "Nordic neoclouds took in $3 billion": that market's size, the market the next shares are of
        claim_type, subject = "MarketSize", field_market
        context.market = field_market
    spent_on = _spent_on_a_market(sentence, quantity) if claim_type == "Spending" and subject is None else None
    if spent_on is not None and quantity.unit in MONEY_UNITS:
        claim_type, subject = "MarketSize", spent_on  # "Polish firms spent $2.4 billion on AI cloud services"
    if (
        subject is None
        and claim_type == "Revenue"
        and quantity.unit in MONEY_UNITS
        and estimated_by_analyst(sentence, lexicon)
    ):
        # "Tidewell put third-quarter revenue at $36 billion", "we forecast $40 billion for 2027": a research
        # firm's figure for the revenue of no company is the size of the market the takings are of ("puts sales of
        # AI chips at …"), else of the market under discussion
        firm = next((m for m in sentence.mentions if m.entity.type == "ResearchFirm" and m.end <= quantity.start), None)
        field = an_estimated_fields_takings(sentence, quantity, firm, context) if firm is not None else None
        claim_type, subject = "MarketSize", field or context.current_market()
    speaker = context.speaker if context.speaker is not None and context.speaker.type != "ResearchFirm" else None
    if subject is None and claim_type in ("Spending", "Revenue") and speaker is not None:
        subject = speaker  # an executive's "Revenue was $300 million last year": the firm speaking
    unowned = unowned_measure_subject(sentence, quantity, context) and context.recent_topic(sentence) is None
    if subject is None and claim_type in ("Spending", "Revenue") and unowned:
        claim_type = "MarketSize"  # "Spending had reached $102.6 billion": the market under discussion's size
        subject = context.current_market()
    if subject is None and claim_type == "Spending" and _market_words(clause, lexicon):
        claim_type = "MarketSize"  # "spending on cloud services in Korea reached $6.8 billion": a market's size
        subject = figure_subject(sentence, quantity, claim_type, context)
    if claim_type == "PriceChange":
        subject = price_setter(sentence, quantity, context) or subject  # "approved a 4% rise in Tarn's charge"
    if subject is None and claim_type == "PriceChange":
        # "Output pricing for Wren-2 falls 25%": the price of a model the article has said someone offers
        things = ("Model", "Product")
        named = [m for m in sentence.mentions if m.entity.type in things]
        priced = [m.entity for m in named if left <= m.start < right] or [
            m.entity
            for m in reversed(named)
            if m.end <= quantity.start  # "- Wren 2: input now $1, down 50%"
        ]
        # but not the maker of hardware priced by the hour ("cutting on-demand H200 prices"): a cloud's rental
        rented = a_rental_price(sentence, left, right)
        subject = next(
            (
                p
                for t in priced
                if (p := context.provider_of(t)) is not None
                and not (rented and makes_the_hardware(p, t, context.maker_of(t), context.index))
            ),
            None,
        )
    acting = (
        isinstance(subject, Mention)
        and subject.root(sentence.span.doc).dep_ == "nsubj"
        and subject.entity.type in _PRICE_SETTERS
    )
    if claim_type == "PriceChange" and context.self_report and context.issuer is not None and quantity.change:
        # a firm's own release notes or price list: the prices it sets, whoever made the model; but not a move
        # another firm made as the clause's subject ("AMD has cut its MI355X module price to us by 8%")
        subject = subject if acting else context.issuer
    placed = subject.entity if isinstance(subject, Mention) else subject
    if claim_type == "Capacity" and context.self_report and placed is not None and placed.type in PLACE_TYPES:
        subject = context.issuer or subject  # "Brill's GPU capacity grows to 12 MW", in a firm's notes: its own there
    # "Osk estimated that enterprise spending on model APIs reached $8.4 billion": the firm that reports it (or
    # speaks, or issues the article) is no spender, the figure is no one's payment but a market's size
    spent = claim_type == "Spending" and quantity.unit in MONEY_UNITS and holder is None  # no payer said already
    collective = collective_spending(sentence, quantity, lexicon) if spent else None
    if collective is not None:
        claim_type, subject = "MarketSize", context.index.entity_for(collective, "Market")
    if subject is None and (
        claim_type in ("Revenue", "Spending")
        or (claim_type == "GrowthRate" and _ANAPHORA.search(sentence.doc_text[sentence.start : quantity.end]))
    ):
        # "This surge came after …", "the firm’s overall earnings": the company last discussed; but in an article
        # whose title opens on a company (a release, a profile), unowned spending ("Capex of $75 million") is
        # that company's, not a segment's just named
        segment = claim_type == "Revenue" and a_segments_revenue(sentence, left, right, context)
        issuer = context.title_subject or context.issuer
        subject = (issuer if claim_type == "Spending" or segment else None) or context.topic
    estimated = _estimated_field(sentence, quantity, subject, context) if claim_type == "Revenue" else None
    if estimated is not None and quantity.unit in MONEY_UNITS:
        claim_type, subject = "MarketSize", estimated  # "Larkfield puts 2025 sales of AI chips at $214 billion"
    lead = sentence.doc_text[sentence.start : left]
    if subject is None and claim_type == "GrowthRate" and _other_measure(clause, lexicon, lead):
        subject = context.speaker or context.issuer  # "Bookings more than tripled", said for a firm: its own
    if subject is None and quantity.unit == "percent" and claim_type in ("Revenue", "MarketShare"):
        subject = paying(sentence, quantity)  # "a quarter of that revenue came from Orlo Bank"
    if subject is None and quantity.unit == "percent" and claim_type in ("Revenue", "MarketShare"):
        subject = _place_earned_in(sentence, quantity, left, context)  # "China accounted for 13% of Osk's revenue"
    if subject is None and claim_type == "PriceChange" and quantity.change and _a_priced_item(sentence):
        subject = context.recent_topic(sentence)  # "Vessa Cloud cut prices today:", then "- Osk-3: $0.90 → $0.60"
    if subject is None and claim_type == "Capacity" and _capacity_is_the_subject(sentence, quantity, lexicon):
        subject = context.issuer or context.speaker  # "Installed capacity was 95 MW" in a release: its own
    if subject is None:
        allowed = ", ".join(sorted(lexicon.subject_types.get(claim_type, ())))
        context.drop_reason = (
            f"a {claim_type} without a subject: no {allowed} governs it, stands before it or is under discussion"
        )
        return None
    subject_entity = subject.entity if isinstance(subject, Mention) else subject
    named_here = isinstance(subject, Mention) and subject in sentence.mentions
    if claim_type == "Revenue" and not named_here and lexicon.names_a_public_body(subject_entity.label):
        # "Sales revenue of the domestic industry fell …" in a ministry's determination: the body the text is
        # about sells nothing; a revenue no clause gives it is someone else's
        context.drop_reason = "a Revenue whose only holder is the public body under discussion, which sells nothing"
        return None
    if claim_type == "MarketShare" and (quantity.value > 100 or (quantity.value_max or 0) > 100):
        context.drop_reason = f"a share of {quantity.value}%: no one holds more than the whole"
        return None  # "Velin reports growth of 150%; Ostrander has 118%": growth, read without its cue
    if claim_type == "MarketShare" and lexicon.names_a_public_body(subject_entity.label):
        context.drop_reason = f"a share held by a public body ({subject_entity.label}): a levy or a rule, no market's"
        return None  # "with 25% of the sales going to the US government"
    if claim_type == "GrowthRate" and subject_entity.type in TOPIC_TYPES and not _other_measure(clause, lexicon, lead):
        if grows_a_thing_not_earned(sentence, quantity, context):
            context.drop_reason = "the growth of a thing a company owns that is no money it earns"
            return None  # "Pellam's customer contacts grew 64%": the contacts' growth, not the company's revenue
        if not _a_multiple_of_an_amount(sentence, quantity, lexicon):
            claim_type = "Revenue"  # a company's growth of no other measure it names is revenue growth
    context.vague_object = False
    earner = revenue_owner(sentence, quantity, context) if claim_type in ("Revenue", "MarketShare") else None
    paid = claim_type == "Revenue" and isinstance(subject, Mention) and paid_from(sentence, subject)
    if paid:
        earner = context.speaker or context.issuer or context.title_subject  # "Revenue from Osk Labs was …": ours
    if earner is None and claim_type == "MarketShare" and isinstance(subject, Mention):
        earner = customers_part(sentence, quantity, subject, context)  # "Our largest customer, X, was 14%"
    if earner is not None and earner != subject_entity and (quantity.unit == "percent" or paid):
        # "Chile is now about a quarter of our revenue", "Tessin Labs contributed 9% of the Company's revenue":
        # a part of a company's revenue is its revenue from that place or payer
        claim_type, subject_entity, payer = "Revenue", earner, subject_entity
    else:
        payer = None
    owner = stated_revenue_owner(sentence, quantity, context) if claim_type == "Revenue" and not payer else None
    owns_the_total = owner is not None and owner != subject_entity and quantity.unit != "percent"
    if owner is not None and owns_the_total:  # "Vey accounted for 9% of its revenue of $310 million": its whole
        subject_entity = owner
    shared = a_places_takings(sentence, quantity.end, right, context) if claim_type == "MarketShare" else None
    obj = (
        None
        if owns_the_total
        else newer or payer or shared or figure_object(sentence, quantity, claim_type, subject_entity, clause, context)
    )
    if claim_type == "PriceChange" and obj is None:
        obj = priced_service(sentence, quantity, context)  # "raised its cage rents by 8%": what it rents out
    if claim_type == "MarketShare" and obj is None:
        context.drop_reason = f"a share of {subject_entity.label} in no market: none named, none under discussion"
        return None
    if claim_type == "CostPerformance" and obj == subject_entity:
        context.drop_reason = f"{subject_entity.label} compared with itself: the other thing went unread"
        return None  # "it reached 71% of Osk-4's score" with "it" read as Osk-4: no comparison
    if claim_type == "PriceChange" and lower_by(sentence, quantity):
        quantity = replace(quantity, change="decrease")  # "two-thirds less than the $15 it charged before"
    value, value_max = _signed(quantity, claim_type, clause, verb_over(sentence.span.doc, quantity.start), lexicon)
    context.note_subject(subject_entity, sentence)
    if claim_type == "Spending" and obj is not None and sold_by_the_signer(sentence, quantity, subject_entity, obj):
        subject_entity, obj = obj, subject_entity  # the cloud's customer pays it; the cloud stays the topic
    parts = [(quantity.start, quantity.end)]
    if isinstance(subject, Mention):
        parts.append((subject.start, subject.end))
    modality = figure_modality(sentence.doc_text[left : quantity.end], quantity, context)
    return Claim(
        type=claim_type,
        subject=subject_entity,
        object=obj,
        value=value,
        value_max=value_max,
        unit=quantity.unit,
        time=figure_period(
            sentence, quantity, context, base=compared_base(sentence, quantity), ahead=modality == "forecast"
        ),
        measure=measure_of(clause, sentence, lexicon, right) if claim_type in ("MarketShare", "GrowthRate") else None,
        modality=modality,
        attributed_to=_clause_source(sentence, left, quantity.start) or context.attribution,
        confidence=_confidence(subject, listed is not None, obj) - (0.1 if context.vague_object else 0.0),
        evidence=(evidence_for(sentence, *parts),),
    )


_OF_IT = re.compile(r"\s+of\s+(?:it|that|this|them)\b", re.IGNORECASE)


def _revenue_referred(sentence: Sentence, quantity: Quantity, claim: Claim, last: Claim) -> Claim | None:
    """ "Pell Cloud's revenue rose 40% in 2025, and Vey Labs accounted for 30% of it": a part "of it" right after
    a company's revenue is that company's revenue from the part's holder (a payer, or a place)."""
    if quantity.unit != "percent" or claim.type not in ("Revenue", "MarketShare") or last.type != "Revenue":
        return None
    if not _OF_IT.match(sentence.doc_text, quantity.end) or claim.subject == last.subject:
        return None
    return replace(claim, type="Revenue", subject=last.subject, object=claim.subject, measure=None)


def _place_earned_in(sentence: Sentence, quantity: Quantity, left: int, context: ReadingContext) -> Mention | None:
    """ "China accounted for 13% of Nvidia's revenue": a place standing before a part of a company's revenue, in the
    figure's clause, is where that part is earned (the claim becomes the company's revenue from the place)."""
    if revenue_owner(sentence, quantity, context) is None:
        return None
    places = [m for m in sentence.mentions if left <= m.start and m.end <= quantity.start and m.entity.type in PLACES]
    return places[-1] if places else None


def _another_estimate_of_the_size(
    sentence: Sentence, quantity: Quantity, left: int, right: int, context: ReadingContext
) -> Entity | None:
    """ "We expect the market to reach $48 billion in 2028. Velin forecasts $70 billion for the same year": an
    amount an estimating verb gives, in the currency of the market size the paragraph has just stated, with no cue
    of its own and no company in its clause to own it, is another estimate of that size."""
    last = context.last_numeric
    if last is None or last.type != "MarketSize" or last.unit != quantity.unit:
        return None
    if context.last_numeric_paragraph != sentence.paragraph:
        return None
    words = {t.lemma_.lower() for t in sentence.tokens if left <= t.idx < right}
    if not words & (context.lexicon.estimating_verbs | {"count"}):
        return None
    owners = [m for m in sentence.mentions if m.entity.type in TOPIC_TYPES and m.start < quantity.start]
    if any(not _a_source(m, context) for m in owners):
        return None
    return last.subject


def _estimated_field(
    sentence: Sentence, quantity: Quantity, subject: Mention | Entity | None, context: ReadingContext
) -> Entity | None:
    """The market whose takings the revenue's would-be earner, named in the sentence before the figure, only
    estimates or reports (``revenue_holders.an_estimated_fields_takings``)."""
    earner = subject.entity if isinstance(subject, Mention) else subject
    named = next((m for m in sentence.mentions if m.entity == earner and m.end <= quantity.start), None)
    return an_estimated_fields_takings(sentence, quantity, named, context) if named is not None else None


def _a_source(mention: Mention, context: ReadingContext) -> bool:
    """A name that reports figures: a research firm, or the one the article attributes the last report to."""
    return mention.entity.type == "ResearchFirm" or mention.entity == context.attribution


def _capacity_is_the_subject(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> bool:
    """Whether the figure's verb is said of capacity itself ("Installed capacity was 95 MW", "we expect
    capacity to top 150 MW"), not of some other thing that has it ("Polish server farms added 2 GW")."""
    verb = verb_over(sentence.span.doc, quantity.start)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    return bool(subjects) and all(lexicon.cue_in("Capacity", s.text) for s in subjects)


_OWN_SPENDING = re.compile(r"\bwhat\s+(?:it|we|they|the\s+company)\s+(?:had\s+)?spent\b", re.IGNORECASE)


def _a_multiple_of_an_amount(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> bool:
    """Whether a multiple multiplies an amount of a physical unit: the amount it is compared with ("1.9 GW, more
    than five times the 0.35 GW of 2020", whatever else the sentence says), or, in a sentence with such an amount
    and no money or word for it, a thing the multiplying verb acts on ("more than doubles our renewable supply, to
    730 MW"). It states that amount's growth. A company that itself "grew fourfold" grew its revenue, whatever it
    runs, and "its revenue more than doubled, and it plans 100 MW more" multiplies revenue."""
    if quantity.unit != "times":
        return False
    others = [q for q in sentence.quantities if q is not quantity]
    compared = next((q for q in others if _COMPARED_AMOUNT.fullmatch(sentence.doc_text, quantity.end, q.start)), None)
    if compared is not None:
        return _physical(compared)
    verb = verb_over(sentence.span.doc, quantity.start)
    reached = any(_physical(q) and _REACHING.search(sentence.doc_text, quantity.end, q.start) for q in others)
    grew_itself = (
        not reached and verb is not None and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    )
    return (
        not grew_itself
        and any(_physical(q) for q in others)
        and not any(q.unit in MONEY_UNITS for q in others)
        and not lexicon.cue_in("Revenue", sentence.text)
    )


def _physical(quantity: Quantity) -> bool:
    return quantity.unit is not None and quantity.unit not in MONEY_UNITS and quantity.unit not in ("percent", "times")


_REACHING = re.compile(r"\b(?:to|reaching)\s+(?:about\s+|around\s+|some\s+)?$")  # "grew fivefold, to 220 MW"
_COMPARED_AMOUNT = re.compile(r"\s+(?:(?:the|its|their|our)\s+)?")  # "five times the 0.35 GW", "double its 190 MW"


def _other_measure(clause: str, lexicon: Lexicon, lead: str = "") -> bool:
    """Whether the clause names a measure other than money earned ("its token volume grew 90%"), or, naming
    neither, the measure last named before it in the sentence is one ("Capex was $2 billion, 3.4 times the level
    a year earlier")."""
    others = tuple(m for m in lexicon.measures if not lexicon.cue_in("Revenue", m) and m != "spending")
    plurals = tuple(f"{m}s" for m in others if not m.endswith("s"))  # "token volumes more than tripled"
    pattern = words_pattern(others + plurals)
    if pattern.search(clause) or _OWN_SPENDING.search(clause):
        return True  # "… double what it spent in 2024": its spending's growth, no revenue's
    if lexicon.cue_in("Revenue", clause):
        return False
    named = [(m.start(), True) for m in pattern.finditer(lead)]
    named += [(m.start(), False) for m in cue_pattern(lexicon.numeric_cues["Revenue"]).finditer(lead)]
    return max(named)[1] if named else False


def _measure_again(base: Claim, sentence: Sentence, quantity: Quantity, context: ReadingContext) -> Claim:
    """The claim ``base`` states, with this figure's value, period, hedge and clause."""
    left, right = clause_window(sentence, quantity.start, quantity.end)
    return replace(
        base,
        value=quantity.value,
        value_max=quantity.value_max,
        time=figure_period(sentence, quantity, context),
        modality=figure_modality(sentence.doc_text[left:right], quantity, context),
        attributed_to=_clause_source(sentence, left, quantity.start) or base.attributed_to,
        alt_values=(),
        evidence=(evidence_for(sentence, (left, right)),),
    )


def _restated(sentence: Sentence, first: Quantity, second: Quantity) -> bool:
    """Whether ``second`` stands right after ``first`` in parentheses or after "or": a restatement of it, if the
    figures agree."""
    return bool(_CONVERSION.fullmatch(sentence.doc_text, first.end, second.start))


def _with_conversion(claim: Claim, conversion: Quantity, yen_sign: bool = False) -> Claim:
    """The claim with the same amount in another currency: an alternative value, or, when the claim's own currency
    is none the graph reports in and the conversion's is ("3,2 Mrd. Euro (3,7 Mrd. Dollar)"), its value, the
    amount as written becoming the alternative."""
    reporting = load_numbers()["reporting_currencies"]
    unit = claim.unit
    if unit == "CNY" and yen_sign and _yen_by_its_rate(claim, conversion):
        unit = "JPY"  # "¥120 billion ($800 million)": "¥" writes yen too, and no yuan buys under a cent
        claim = replace(claim, unit=unit)
    if unit in MONEY_UNITS and unit not in reporting and conversion.unit in reporting and claim.value is not None:
        written = AltValue(claim.value, unit)
        return replace(
            claim,
            value=conversion.value,
            value_max=conversion.value_max,
            unit=conversion.unit,
            alt_values=(*claim.alt_values, written),
        )
    return replace(claim, alt_values=(*claim.alt_values, AltValue(conversion.value, conversion.unit)))


_MOST_YUAN_TO_THE_DOLLAR = 30  # the yuan has traded between about 6 and 9 to the dollar; the yen above 75


def _a_bare_yen_sign(quantity: Quantity | None) -> bool:
    """Whether an amount is written with a bare "¥" (yen or yuan), not "yuan", "RMB" or "CN¥"."""
    return quantity is not None and quantity.text.lstrip().startswith("¥")


def _yen_by_its_rate(claim: Claim, conversion: Quantity) -> bool:
    """Whether an amount read as yuan is yen by the dollar figure given for it: the rate it implies is no yuan's."""
    if conversion.unit != "USD" or claim.value is None or not conversion.value:
        return False
    return claim.value / conversion.value > _MOST_YUAN_TO_THE_DOLLAR


def _in_another_currency(first: Quantity | None, second: Quantity) -> bool:
    """ "14.6 billion yuan (about $2.0 billion)"."""
    return first is not None and first.unit in MONEY_UNITS and second.unit in MONEY_UNITS and first.unit != second.unit


def _the_same(first: Quantity | None, second: Quantity) -> bool:
    """ "RMB 46 billion (460 yi yuan)": the same amount in other numerals."""
    return first is not None and (first.unit, first.value, first.value_max) == (
        second.unit,
        second.value,
        second.value_max,
    )


def _clause_source(sentence: Sentence, left: int, at: int) -> Entity | None:
    """ "Omdia has Tencent at 8%, while IDC puts it nearer 5%": a research firm named in the figure's own clause is
    its source, whoever the sentence's other clauses cite."""
    firms = [m.entity for m in sentence.mentions if m.entity.type == "ResearchFirm" and left <= m.start < at]
    return firms[-1] if firms else None


def _market_words(clause: str, lexicon: Lexicon) -> bool:
    """ "spending on cloud services", "enterprise spend on LLM APIs", or a market's own words."""
    lowered = clause.lower()
    return any(f"{noun} on " in lowered for noun in lexicon.discovery.spending_nouns) or lexicon.cue_in(
        "MarketSize", clause
    )


def _signed(
    quantity: Quantity, claim_type: str, clause: str, verb: Token | None, lexicon: Lexicon
) -> tuple[Decimal, Decimal | None]:
    """Whether the figure falls: its own change word ("a 30% cut"), or, for all but revenue and a figure whose own
    word is a rise ("rents rose 9% as costs fell"), a cut word in its clause (revenue "rose … while prices were cut"
    still rose) or as the verb it hangs on ("cut prices for its P5 instances, which run on H100s, by 45%"); the sign
    itself is ``signed_values``'s."""
    falling = quantity.change == "decrease"
    if claim_type != "Revenue" and quantity.change != "increase":
        cut_verb = verb is not None and verb.lower_ in lexicon.cut_words
        falling = falling or cut_verb or bool(words_pattern(lexicon.cut_words).search(clause))
    return signed_values(claim_type, quantity.value, quantity.value_max, falling)


def _confidence(subject: Mention | Entity, listed: bool, obj: Entity | None) -> float:
    known = subject.entity.known if isinstance(subject, Mention) else subject.known
    score = 0.6 + (0.15 if known else 0.0) + (0.15 if listed else 0.0) + (0.05 if obj is not None else 0.0)
    return round(min(score, 0.95), 2)


def _a_priced_item(sentence: Sentence) -> bool:
    """A bulleted or numbered line naming a model or product ("- Osk-3 output: $0.90 → $0.60")."""
    return opens_a_list_item(sentence) and any(m.entity.type in ("Model", "Product") for m in sentence.mentions)


_PRICE_SETTERS = frozenset({"Company", "Cloud", "Lab", "Aggregator"})  # who may cut a price as a clause's subject


def _a_levys_level(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether the sentence names a tariff or charges, no price, and no move up or down: a levy's level."""
    levied = any(_a_levy(t) for t in sentence.tokens) and _PRICE_WORD.search(sentence.text) is None
    return levied and not any(t.lower_ in lexicon.cut_words or t.lemma_.lower() in _RAISING for t in sentence.tokens)


def _a_levy(token: Token) -> bool:
    """ "a 15% tariff", "network charges": a levy's word, not a firm's verb ("what OpenAI charges for GPT-5")."""
    if token.lower_ in ("tariff", "tariffs"):
        return True
    before = token.doc[max(0, token.i - 2) : token.i]
    # "OpenAI charges", "it charges", "what OpenAI charges": a firm's verb
    charged = any(t.pos_ in ("PROPN", "PRON") for t in before[-1:]) or any(t.lower_ == "what" for t in before)
    return token.lower_ == "charges" and token.pos_ == "NOUN" and not charged


_RAISING = frozenset({"raise", "increase", "rise", "hike", "lift", "climb", "jump", "double", "triple"})
_PRICE_WORD = re.compile(r"\bpric(?:e|es|ed|ing)\b", re.IGNORECASE)  # the words a price is, not a levy's
