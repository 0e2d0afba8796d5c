"""Which claim type a figure states: by its unit, the cue words of its clause (``patterns/claims.json``), and the
shape of what follows it ("4% of Falcon-3 Pro's API rate" compares; "27% of the year's spending" is a share; "$5 per
million tokens" is a unit price, not an amount). The price moves no single figure states are ``price_moves.py``'s."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from spacy.tokens import Token

from claimgraph.extract.breakdowns import parts_of_a_whole
from claimgraph.extract.comparisons import compared_with, costs_more_or_less, of_an_unnamed_price
from claimgraph.extract.context import PLACE_TYPES
from claimgraph.extract.document import Mention, Sentence, token_at
from claimgraph.extract.levies import a_levy
from claimgraph.extract.lexicon import HEDGES, Lexicon, cue_pattern, words_pattern
from claimgraph.extract.normalize import Quantity
from claimgraph.extract.price_moves import ARROW, UNIT_PRICE, states_unit_price
from claimgraph.extract.price_words import a_price_moves
from claimgraph.extract.share_holders import RANKED_AT, rest_of_the_field, share_run, with_holder
from claimgraph.extract.spans import clause_window
from claimgraph.extract.subjects import PHYSICAL
from claimgraph.extract.wholes import held_part, named_whole, whole_of_a_share
from claimgraph.records import CLAIM_KINDS, MONEY_UNITS

# The claim types a figure of each kind may state, in the order their cues are tried.
TYPES_BY_UNIT: dict[str, tuple[str, ...]] = {
    "percent": ("PriceChange", "MarketShare", "Revenue", "CostPerformance", "GrowthRate"),
    "money": ("Revenue", "Spending", "MarketSize"),
    "times": ("Capacity", "Revenue", "GrowthRate", "CostPerformance"),
    "physical": ("Capacity",),
}
# "five times the computing power of", "twice the output of": how much it can do; "the output tokens per second of"
# and "the output per megawatt of" are rates, compared as performance
_CAPACITY_COMPARED = re.compile(
    r"\b(?:computing\s+power|compute|capacity|output(?!\s+(?:tokens|per)\b))\b", re.IGNORECASE
)
_OF_THE_WHOLE = re.compile(r"\s+of\s+(?:it|that|this|the\s+(?:market|total|whole|pie))\b", re.I)  # "a quarter of it"
_OF_ANYTHING = re.compile(r"\s+(?:of|stake|interest|discount|cut|increase|rise|more|less)\b", re.IGNORECASE)


CUE_REACH = 20  # characters by which a cue nearer the figure overrides the types' order of precedence


def _nearest_cue(types: tuple[str, ...], clause: str, at: int, length: int, lexicon: Lexicon) -> str | None:
    """The type whose cue stands nearest the figure in its clause ("Sable held a 17% share after expanding 45%": the
    45% is growth, the 17% the share); within ``CUE_REACH`` of the nearest, the order of ``types`` decides."""
    distances: dict[str, int] = {}
    for claim_type in types:
        for match in cue_pattern(lexicon.numeric_cues[claim_type]).finditer(clause):
            gap = max(match.start() - (at + length), at - match.end(), 0)
            distances[claim_type] = min(gap, distances.get(claim_type, gap))
    if not distances:
        return None
    best = min(distances.values())
    return next(t for t in types if t in distances and distances[t] <= best + CUE_REACH)


def asked_type(quantity: Quantity, question: str, lexicon: Lexicon) -> str | None:
    """ "Q: How big is the market? A: We put it at about $1.4 billion": a figure its own words do not type takes
    the type the question asks for, the first whose cue the question holds and whose units the figure has."""
    return next(
        (
            claim_type
            for claim_type in lexicon.numeric_cues
            if quantity.unit in CLAIM_KINDS[claim_type].units and lexicon.cue_in(claim_type, question)
        ),
        None,
    )


# a company's stock: "shares of Orvane" (a capitalised name after "of"), "Orvane's shares", "Orvane shares"
_STOCK = re.compile(
    r"(?<![Mm]arket )\b[Ss]hares\s+(?:of|in)\s+(?:the\s+)?[A-Z]"
    r"|\b(?!(?:Market|The|Their|Its|Our|His|Her|These|Those|Both|All|Revenue|Sales|Unit|Token|Usage|Volume|Traffic"
    r"|Spending|Shipment|Capacity)\b)[A-Z][\w.&-]*(?:[’']s)?\s+(?:stock|shares)\b"
)

# "its shares slid 6% on Monday", "the shares rose 4% on the day": a plural "shares" that moves by a figure (not "to"
# one) is a stock's price
_STOCK_MOVED = re.compile(
    r"\b(?:[Ii]ts|[Tt]he|[Tt]heir)\s+shares\s+(?:have\s+|had\s+|has\s+)?(?:fallen|fell|dropped|slid|slipped|declined|"
    r"tumbled|lost|rose|risen|gained|jumped|climbed|surged|added|rallied)\s+(?:by\s+)?(?:[a-z]+\s+)?$"
)


def _listed_after_a_share_lead(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> bool:
    """Whether the figure is an item of a "Name N%" list after a colon whose lead-in speaks of shares ("Revenue
    shares 2H25: Tarn 49.4%, Osk 27.0%, others 13.8%", or with semicolons between the items)."""
    text = sentence.doc_text
    # from the line's start: the parser may end a sentence at a semicolon between items ("Osk 31.5%; Tarn 18.0%")
    colon = text.rfind(":", text.rfind("\n", 0, sentence.start) + 1, quantity.start)
    before = text[: sentence.start].rstrip()
    if colon == -1 and before.endswith(":"):  # the parser ends a sentence at the colon: the lead-in is the one before
        colon = len(before) - 1
    if colon == -1:
        return False
    lead_start = max(text.rfind("\n", 0, colon), text.rfind(". ", 0, colon)) + 1
    if not lexicon.cue_in("MarketShare", text[lead_start:colon]):
        return False
    return _SHARE_LIST_SO_FAR.fullmatch(text, colon + 1, quantity.start) is not None


# the items of a list up to a figure: "Name N%, " pairs, then the figure's own name ("others")
_NAME_SO_FAR = r"[A-Za-z](?:[^:;.!?\d%]|[.!?](?!\s))*?"  # a name, with no sentence ending inside ("Amazon.com")
_SHARE_LIST_SO_FAR = re.compile(
    rf"(?:\s*{_NAME_SO_FAR}\s[~≈]?\d[\d.,]*\s?%\s*[,;](?:\s*and)?)*\s*{_NAME_SO_FAR}\s[~≈]?"
)  # "Osk ~31%": a figure marked approximate


def claim_type_of(
    quantity: Quantity,
    clause: str,
    clause_start: int,
    sentence: Sentence,
    lexicon: Lexicon,
    listed: bool,
    runs: bool = True,
) -> str | None:
    """The claim type ``quantity`` states, or None; ``runs`` False reads it on its own words, not as an item of a
    run of name–level pairs (which asks this of the run's other figures)."""
    kind = (
        quantity.unit
        if quantity.unit in ("percent", "times")
        else "money"
        if quantity.unit in MONEY_UNITS
        else ("physical" if quantity.unit in PHYSICAL else None)
    )
    if kind is None or _A_THRESHOLD.search(
        sentence.doc_text, max(sentence.start, quantity.start - 200), quantity.start
    ):
        return None  # "a downgrade would follow if leverage climbed above 7x": a trigger the text imagines, no fact
    if kind == "physical":
        # a token count is a capacity only when its clause, or the label of its row, says so ("tokens a day",
        # "Context window: 200,000 tokens")
        label = _ROW_LABEL.match(sentence.text)
        said = lexicon.cue_in("Capacity", clause) or (label is not None and lexicon.cue_in("Capacity", label.group()))
        return "Capacity" if quantity.unit != "tokens" or said else None
    if kind == "money" and whole_of_a_share(sentence, quantity):
        return "MarketSize"  # "took 80% of the $9 billion spent on AI chips": the whole a share is of
    if kind == "percent" and quantity.change is not None and ARROW.search(quantity.text):
        return "PriceChange"  # "$0.90 → $0.60" under "Pricing": a move ``price_moves`` read, in a price's context
    if (
        kind == "times"
        and quantity.change == "increase"
        and _PRICE_AFTER.match(sentence.doc_text, quantity.end, sentence.end)
    ):
        return "PriceChange"  # "doubled the input price of Gemini 2.5 Flash": a price raised, told as a multiple
    if kind in ("percent", "times") and words_pattern(lexicon.unclaimed_measures).search(
        clause, 0, quantity.start - clause_start
    ):
        return None  # "the firm's gross margin had slipped to 21%", "net debt at 3.1x EBITDA": no claim type's measure
    if kind == "percent" and _a_stake(sentence, quantity, lexicon):
        return None  # "holds a 30% stake", "28% of our shares": ownership, which SubsidiaryOf states when it is control
    if kind == "percent" and a_levy(sentence, quantity):
        return None  # "handing a fifth of those sales to the treasury": a levy on sales, no share or growth
    stock_moved = _STOCK_MOVED.search(sentence.doc_text, sentence.start, quantity.start)
    if kind == "percent" and (_STOCK.search(sentence.doc_text, sentence.start, quantity.start) or stock_moved):
        return None  # "Shares of Orvane slid 7%", "Orvane shares rose 5%": its stock's price, no market's share
    ranked = RANKED_AT.search(sentence.doc_text, sentence.start, quantity.start)
    if kind == "percent" and quantity.change is None and ranked:
        return "MarketShare"  # "Volcano Engine is second at 19.2%", "third with 9%": a place in a ranking, held
    if kind == "percent" and quantity.change is None and _the_rest_among_shares(sentence, quantity, lexicon):
        return "MarketShare"  # "Tarn Cloud held 40%; the remaining 12% was split among telcos": the field's rest
    if kind == "percent" and quantity.change is None and left_for(sentence, quantity):
        return "MarketShare"  # "…, which leaves 5% for Brill and the rest": the part left to others
    holders = lexicon.subject_types["MarketShare"]
    if kind == "percent" and quantity.change is None and with_holder(sentence, quantity, holders) is not None:
        return "MarketShare"  # "… second behind Pell Data, the unit of Tarn Telecom, with 31%": a ranked name's
    if (
        kind == "percent"
        and quantity.change is None
        and lexicon.led_with_pattern.search(clause[: quantity.start - clause_start])
    ):
        return "MarketShare"  # "Northwind leads Mexico's AI cloud market with 31%": what the leader holds
    if kind == "percent" and _of_a_places(sentence, quantity, lexicon):
        return "MarketShare"  # "almost half of India's GPU rental revenue": a part of a place's market
    if kind == "percent" and quantity.text.lower().endswith(("point", "points")):
        return None  # "slipped 3 percentage points": a difference between two shares, which no claim type holds
    figure = token_at(sentence.span.doc, quantity.start)
    acted = figure is not None and figure.pos_ == "VERB"  # "halved the price of X": a change made, no comparison
    reference = compared_with(sentence, quantity) if kind in ("percent", "times") and not acted else None
    if reference is not None:
        if kind == "times" and _CAPACITY_COMPARED.search(sentence.doc_text, quantity.end, reference.start):
            return "Capacity"  # "five times the computing power of Osk's K9 rack": how much it can do, relative
        return "CostPerformance"  # "a sixth of the price of Vela Code", "four times the speed of a K7"
    if kind == "percent" and quantity.change is None and of_an_unnamed_price(sentence, quantity):
        return None
    if kind == "percent" and lexicon.share_of_whole_pattern.match(sentence.doc_text, quantity.end, sentence.end):
        return "MarketShare"  # "27% of the year's spending": a part of the market's whole
    if kind == "percent" and quantity.change is None and _listed_after_a_share_lead(sentence, quantity, lexicon):
        return "MarketShare"  # "Revenue shares 2H25: Tarn 49.4%, Osk 27.0%": a list its lead-in says is of shares
    if kind == "percent" and quantity.change is None and _bracketed_after_a_name(sentence, quantity, lexicon):
        return "MarketShare"  # "Dunmore (41%) leads, ahead of Osgood (19%)": shares beside their holders
    if kind == "percent" and quantity.change is None and estimated_holder(sentence, quantity, lexicon):
        return "MarketShare"  # "Tidewell puts Dunmore at 35%": an estimate that places a company is its share
    if kind == "percent" and _MONEY_AFTER_RATIO.match(sentence.doc_text, quantity.end) and " " in quantity.text:
        return "MarketShare"  # "sold four of every five dollars that businesses spent on cloud": a part of the whole
    if kind == "percent" and quantity.change is None and _goes_to_someone(sentence, quantity, lexicon):
        return "MarketShare"  # "half of the revenue went to Northwind, a fifth to Sable"
    lead = sentence.doc_text[max(sentence.start, quantity.start - 40) : quantity.start]
    if (
        kind == "percent"
        and quantity.change is None
        and lexicon.held_figure_pattern.search(lead)
        and (
            not _OF_ANYTHING.match(sentence.doc_text, quantity.end)
            or _OF_THE_WHOLE.match(sentence.doc_text, quantity.end)
        )
    ):
        return "MarketShare"  # "Sable had 12%", "Northwind took 31% between them": a share held
    if kind == "percent" and quantity.change is None and named_whole(sentence, quantity, lexicon) is not None:
        return "MarketShare"  # "took a sixth of Pell Data's leased floor space": a part of a named whole
    if kind == "money" and UNIT_PRICE.match(sentence.doc_text, quantity.end):
        # "$3 per million output tokens", "$12 a share": a price per unit, not an amount earned or spent
        return None
    if kind == "money" and 0 < abs(quantity.value) < _LEAST_TOTAL:
        # "took committed capacity from $2.95 to $2.10", "$4-an-hour assumptions": a unit price, whatever its unit
        # is called; no company earns or spends, no market is worth, a sum so small
        return None
    types = TYPES_BY_UNIT[kind]
    if kind == "percent" and quantity.change is not None:
        types = tuple(t for t in types if t != "MarketShare")  # "held a 22% share after expanding 39%": a change
    level = _LEVEL.search(sentence.doc_text, sentence.start, quantity.start)
    if kind == "percent" and quantity.change is None and level and lexicon.cue_in("MarketShare", clause):
        types = tuple(t for t in types if t != "GrowthRate")  # "its share rose to 41% from 38%": levels, not growth
    if kind == "percent" and a_price_moves(sentence, quantity, lexicon):
        return "PriceChange"  # "Contract prices for DDR5 modules rose by 30%": whatever verb moves it, a price moved
    nearest = _nearest_cue(types, clause, quantity.start - clause_start, len(quantity.text), lexicon)
    if nearest in ("GrowthRate", "Revenue") and kind == "percent" and states_unit_price(sentence):
        return "PriceChange"  # "at $2 per million tokens, a 60% increase on its predecessor's $1.25"
    if nearest == "Revenue" and kind == "percent" and quantity.change is None and _SHARE_OF_MONEY.search(clause):
        return "MarketShare"  # "Huawei's share of global accelerator revenue at 3%": revenue is what is shared
    if (
        nearest == "Revenue"
        and kind == "percent"
        and quantity.change is None
        and held_part(sentence, quantity, lexicon, holders, things_only=True)
    ):
        return "MarketShare"  # "Osk sells 60% of the region's AI chips": what is sold is a part of the things sold
    at = quantity.start - clause_start
    if (
        nearest == "Revenue" and kind == "money" and words_pattern(lexicon.loss_words).search(_own_sentence(clause, at))
    ) or (
        nearest is None  # "halted its sales there, and took a $2 billion charge": the loss word is the figure's own
        and kind == "money"
        and words_pattern(lexicon.loss_words).search(clause, max(0, at - 16), at + len(quantity.text) + 8)
    ):
        return None  # "expects to lose about $8 billion of sales", "a $2 billion charge": money lost
    if nearest is not None:
        return nearest
    if kind == "percent" and costs_more_or_less(sentence, quantity):
        return "CostPerformance"  # "will cost about 35% more than Vela Plus": by how much one costs more
    if kind == "percent" and quantity.change is not None and states_unit_price(sentence):
        return "PriceChange"  # "$2.40 per million tokens, down from $4.80 (a 50% reduction)"
    governed = _measure_governing(sentence, quantity, types, lexicon) if kind == "percent" else None
    if governed is not None:
        return governed
    if kind == "percent" and quantity.change is None and held_part(sentence, quantity, lexicon, holders):
        return "MarketShare"  # "Osk now sells 60% of the region's AI chips": a holder's part of a whole
    if kind == "percent" and quantity.change is None and runs and _continues_a_share_run(sentence, quantity, lexicon):
        return "MarketShare"  # "Osk received 41%, Tarn 23%, Vey 14%": the run goes on splitting the whole
    if listed and kind == "percent":
        return "MarketShare"  # "Larkspur Cloud — 28.4%": a ranking lists shares unless its cues say otherwise
    if kind == "percent" and lexicon.share_verb_pattern.search(clause):
        return "MarketShare"  # "represents 12% of global chip shipments", "accounts for a quarter of the market"
    if kind == "percent" and quantity.change is None and _MORE_THAN_BEFORE.match(sentence.doc_text, quantity.end):
        return "GrowthRate"  # "That was 42% more than in the first half": growth on an earlier period
    if kind == "times" and (quantity.change == "increase" or _AGAINST_EARLIER.match(sentence.doc_text, quantity.end)):
        # "expects it to triple by 2030": a multiplying verb states growth by itself, and so does a multiple of an
        # earlier level ("3.4 times the level two years before", "nearly triple the year before")
        return "GrowthRate"
    label = _ROW_LABEL.match(sentence.text) if kind == "money" else None
    labelled = next((t for t in TYPES_BY_UNIT[kind] if lexicon.cue_in(t, label.group())), None) if label else None
    if labelled is not None and _the_labelled_figure(sentence, quantity, clause[: quantity.start - clause_start]):
        return labelled  # "- Revenue: $3.1M in May, three times the $1.0M a year before": the row's measure
    # With several figures a cue elsewhere in the sentence may belong to another one; only a market, which a
    # sentence is about as a whole ("At $4.1B growing at 19.2% CAGR, this market …"), is read sentence-wide.
    fallback = TYPES_BY_UNIT[kind] if len(sentence.quantities) == 1 else ("MarketSize",)
    for claim_type in (t for t in TYPES_BY_UNIT[kind] if t in fallback):
        if lexicon.cue_in(claim_type, sentence.text):
            return claim_type
    if kind == "percent" and quantity.change is None and _a_market_and_a_holder(sentence, quantity):
        return "MarketShare"  # "The Polish AI cloud market is led by Arvik Cloud, with 27%": a part of the market
    return None


def _continues_a_share_run(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> bool:
    """Whether the figure belongs to a run of name–level pairs that a "with" introduces after a market, or another
    of whose figures is read as a share on its own words (``share_holders.share_run``)."""
    if sentence.text.rstrip().endswith("?"):
        return False  # "Will the market end 2026 with Osk at 40% and Tarn at 30%?": nothing stated
    run = share_run(sentence, quantity, lexicon.subject_types["MarketShare"])
    if run is None:
        return False
    if run.after_a_market or _adds_up_to_a_whole(sentence, run.figures):
        return True
    for figure in run.figures:
        left, right = clause_window(sentence, figure.start, figure.end)
        clause = sentence.doc_text[left:right]
        if (
            figure is not quantity
            and claim_type_of(figure, clause, left, sentence, lexicon, False, runs=False) == "MarketShare"
        ):
            return True
    return False


def _adds_up_to_a_whole(sentence: Sentence, run: list[Quantity]) -> bool:
    """Whether a run of three or more name–level pairs after a colon, with the sentence's other levels ("all
    others 14%"), adds up to a hundred: the parts of one whole, whatever the lead-in calls it ("token volume by
    developer: Osk 24%, Tarn 19%, …"). A run hung on "with" after a fleet or a firm's takings splits that instead
    (``share_holders.share_run``)."""
    colon = sentence.doc_text.find(":", sentence.start, run[0].start)
    if len(run) < 3 or colon < 0:
        return False
    if not parts_of_a_whole([t for t in sentence.span if t.idx < colon]):
        return False  # "Year-on-year change in revenue by provider: Osk 30%, …": changes that happen to add up
    levels = [q.value for q in sentence.quantities if q.unit == "percent" and q.change is None and q.value_max is None]
    return _WHOLE[0] <= sum(levels) <= _WHOLE[1]


_WHOLE = (Decimal(98), Decimal(102))  # a hundred, give or take the rounding of each part


def _the_labelled_figure(sentence: Sentence, quantity: Quantity, before: str) -> bool:
    """Whether a row's label measures the figure: the row's first sum, or one the first is compared with ("three
    times the $1.0M", "up from $2.2M"); "…, with $1.4M of costs" is another measure."""
    sums = [q for q in sentence.quantities if q.unit in MONEY_UNITS]
    return bool(sums) and (sums[0].start == quantity.start or _COMPARING.search(before) is not None)


_COMPARING = re.compile(r"\b(?:times|than|from|versus|vs\.?|against|twice|double|half)\b", re.IGNORECASE)


# a condition's threshold right before the figure: "if Vey's part of sales drops under 30%", "unless capex tops $9bn"
_A_THRESHOLD = re.compile(
    r"\b(?:if|unless)\b[^.;:,]*\b(?:below|above|beyond|under|over|exceeds?|exceeding|tops|surpass(?:es)?)\s+"
    r"(?:(?:about|roughly|around)\s+)?(?:US)?[$€£¥]?\s*$",
    re.IGNORECASE,
)


def left_for(sentence: Sentence, quantity: Quantity) -> bool:
    """ "…, which leaves 5% for Brill and the rest", "leaving 30% for Vey": a part left "for" someone."""
    text = sentence.doc_text
    return bool(_LEFT.search(text, sentence.start, quantity.start) and _FOR.match(text, quantity.end))


_LEFT = re.compile(r"\b(?:leaves|leaving|left|leave)\s+(?:(?:about|roughly|only|just|some|around|nearly)\s+)?$")
_FOR = re.compile(r"\s+for\s")
_AGAINST_EARLIER = re.compile(
    r"\s+(?:(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?)?(?:(?:of|from|in)\s+)?"
    r"(?:(?:a|one)\s+year\s+(?:earlier|before|ago)|the\s+(?:year|quarter|month|period)\s+before"
    r"|the\s+(?:previous|prior|preceding)\s+(?:year|quarter|period)|(?:last|that)\s+year|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "doubled the input price", "doubled Gemini 2.5 Flash's input price": the price raised, its owner perhaps named
_PRICE_AFTER = re.compile(
    r"\s+(?:(?i:the|its|their)|[A-Z][\w-]*(?:\s+[\w-]+(?:\.\d+)?){0,3}?['’]s?)\s+(?:[\w-]+\s+){0,2}?(?i:price|prices|pricing)\b"
)
# "42% more than in the first half", "23% higher than in 2024", "30% more than a year earlier"
_MORE_THAN_BEFORE = re.compile(
    r"\s+(?:more|higher|larger|bigger)\s+than\s+(?:in\s+|during\s+)?(?:the\s+)?(?:(?:first|second|third|fourth|"
    r"previous|prior|preceding|same)\s+(?:half|quarter|year|period|month)|(?:19|20)\d\d|(?:a|one)\s+year\s+"
    r"(?:earlier|before|ago)|last\s+year)\b",
    re.IGNORECASE,
)
_CHANGED_BY = re.compile(r"\b(?:up|down|by|from|rose|fell|grew|gained|lost|added)\s+(?:\S+\s+)?$", re.IGNORECASE)


def _a_market_and_a_holder(sentence: Sentence, quantity: Quantity) -> bool:
    """The one percent of a sentence naming a market and a business that could hold part of it, with no word
    making it a change ("up 27%") and no other cue: the business's part of the market. With more figures, the
    readers that pair figures with names decide."""
    if len(sentence.quantities) != 1 or _CHANGED_BY.search(sentence.doc_text, sentence.start, quantity.start):
        return False
    types = {m.entity.type for m in sentence.mentions}
    return "Market" in types and bool(types & {"Company", "Cloud", "Lab", "Organization", "Aggregator"})


def _a_stake(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> bool:
    """Whether a percentage is a part of a firm's ownership: "a 30% stake", "28% of our shares", "a minority stake
    of 10-20% in Osk", or a part "of" a firm itself ("holds 14% of Osk Cloud", "to acquire 75% of the Lisbon cloud
    Vey"), where a market's part would be "of" a market or of the firm's revenue ("of Osk's revenue")."""
    text = sentence.doc_text
    if _STAKE.match(text, quantity.end) or _OF_SHARES.match(text, quantity.end) or _OWNED_BY.match(text, quantity.end):
        return True
    if _stake_of(lexicon.stake_nouns).search(text[sentence.start : quantity.start]):
        return True
    doc = sentence.span.doc
    last = token_at(doc, quantity.end - 1)
    of = doc[last.i + 1] if last is not None and last.i + 1 < len(doc) else None
    if of is None or of.lower_ != "of":
        return False
    whole = next((c for c in of.children if c.dep_ == "pobj"), None)
    return whole is not None and any(
        m.entity.type in _OWNED_TYPES and m.token_start <= whole.i < m.token_end for m in sentence.mentions
    )


_OWNED_TYPES = frozenset({"Company", "Cloud", "Lab"})


@lru_cache(maxsize=1)
def _stake_of(nouns: frozenset[str]) -> re.Pattern[str]:
    """ "a minority stake of [10-20]% in …", "a holding of about 30% in …": the stake named before its size, as the
    text just before a figure ends on it (compiled once: every percentage is tried)."""
    return re.compile(rf"\b{words_pattern(nouns).pattern}\s+of\s+(?:(?:{HEDGES})\s+)?[\[(]?\s*\Z", re.IGNORECASE)


# "holds a 30% stake", "owns 28%, not a controlling stake", "holds 19% (a minority stake)"
# "28% of our shares", "62% of the Company's shares", "kept 38% of the shares", "owns 38% of the company", "61% of
# the combined voting power": a stake
_OF_SHARES = re.compile(
    r"\s+of\s+(?:(?:our|its|their|the|the\s+[Cc]ompany['’]s|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s)\s+"
    r"(?:issued\s+|outstanding\s+|ordinary\s+|voting\s+|listed\s+|combined\s+|aggregate\s+|total\s+)?"
    r"(?:shares|share\s+capital|stock(?!\s+market)|equity|voting\s+(?:power|rights|interests?))\b"
    r"|the\s+(?:company|group|firm|start-?up)\b(?!['’]))"
)
_OWNED_BY = re.compile(r"\s*-?\s*(?:owned|held)\s+by\b", re.IGNORECASE)  # "is 58% owned by Osk"
_STAKE = re.compile(
    r"(?:\s*[,(]\s*(?:but\s+|though\s+)?(?:not\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2})?\s*"
    r"(?:stake|interest|holding|shareholding|equity stake|ownership)\b",
    re.IGNORECASE,
)


def _of_a_places(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> bool:
    """Whether the figure is a part "of" a market named outright, or of a place's revenue, spending or usage ("of
    India's GPU rental revenue"): a place owns no revenue of its own, so it is the market there."""
    text = sentence.doc_text
    after = [m for m in sentence.mentions if m.entity.type in (*PLACE_TYPES, "Market") and m.start >= quantity.end]
    place = next((m for m in after if re.fullmatch(r"\s+of\s+(?:the\s+)?", text[quantity.end : m.start])), None)
    if place is not None and place.entity.type == "Market":
        return True  # "31.4% of China's AI cloud market": a part of a market named outright
    if place is None or text[place.end : place.end + 2] not in ("'s", "’s"):
        return False
    return bool(lexicon.share_of_whole_pattern.match(" of " + text[place.end + 2 : sentence.end].lstrip()))


_COMPARED_WITH = frozenset({"from", "than", "versus", "vs", "vs.", "against"})
_UP_TO_THE_MEASURE = frozenset(
    {"det", "pobj", "prep", "nummod", "quantmod", "advmod", "npadvmod", "amod", "appos", "attr"}
)


def _measure_governing(sentence: Sentence, quantity: Quantity, types: tuple[str, ...], lexicon: Lexicon) -> str | None:
    """The type of the measure noun a figure is the value of, read from the parse when commas have cut the figure's
    clause off from its cue: "Its share of the market, once above nine in ten, has fallen to about a quarter" (both
    figures hang on "share": one as its modifier, one through the verb it is the subject of)."""
    token = token_at(sentence.span.doc, quantity.start)
    if token is None:
        return None
    node = token
    while node.dep_ in _UP_TO_THE_MEASURE and node.head != node and sentence.start <= node.head.idx < sentence.end:
        below, node = node, node.head
        if node.dep_ == "prep" and node.lower_ in _COMPARED_WITH:
            return None  # "up from $1.8 billion": a comparison's base, which the comparison reads with its period
        if node.pos_ == "NOUN" and not quantity.start <= node.idx < quantity.end:  # "quarter" is the figure
            # only a noun the figure modifies through a preposition ("share, once above nine in ten, …", "close to")
            return _type_named_by(node, types, lexicon) if below.dep_ in ("prep", "amod") else None
    if node.pos_ not in ("VERB", "AUX"):
        return None
    verb = node.head if node.dep_ == "relcl" else node  # "Its share, which stood at 12% …"
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if node.dep_ == "relcl":
        subject = verb
    return _type_named_by(subject, types, lexicon) if subject is not None and subject.pos_ == "NOUN" else None


def _type_named_by(noun: Token, types: tuple[str, ...], lexicon: Lexicon) -> str | None:
    """The first of ``types`` whose cue the noun with its compounds states ("share", "China sales")."""
    words = " ".join(t.text for t in noun.children if t.dep_ == "compound" and t.i < noun.i) + " " + noun.text
    return next((t for t in types if lexicon.cue_in(t, words.strip())), None)


def _goes_to_someone(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> bool:
    """Whether the figure is said to go to someone: a recipient verb after it before the next figure, or a bare
    "to" right after it once the sentence has used such a verb ("… went to Northwind, and a fifth to Sable")."""
    text = sentence.doc_text
    end = min((q.start for q in sentence.quantities if q.start > quantity.end), default=sentence.end)
    holders = lexicon.subject_types["MarketShare"] - {"Country", "Region"}  # a government takes proceeds, not share
    starts = {m.start for m in sentence.mentions if m.entity.type in holders}
    verbs = words_pattern(lexicon.recipient_verbs)
    found = verbs.search(text, quantity.end, end)
    if found is None and verbs.search(text, sentence.start, quantity.start):
        found = _BARE_TO.match(text, quantity.end)
    if found is None:
        return False
    lead = _RECIPIENT_LEAD.match(text, found.end())
    return (lead.end() if lead else found.end()) in starts


_MONEY_AFTER_RATIO = re.compile(r"\s+(?:dollars|euros|pounds|yuan|renminbi|yen|rupees)\b", re.IGNORECASE)
_BARE_TO = re.compile(r"\s+to\b")
_SHARE_OF_MONEY = re.compile(r"\bshares?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:revenues?|sales|spending)\b", re.I)
# Right before a figure that is a level something reached or left: "rose to 41%", "from 38%".
_LEVEL = re.compile(
    r"\b(?:to|from)\s+(?:(?:about|roughly|nearly|almost|around|some|an estimated|just|over|under)\s+)?\Z",
    re.IGNORECASE,
)
_RECIPIENT_LEAD = re.compile(r"\s*(?:the\s+)?")  # between "went to" and the company it names


def _the_rest_among_shares(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> bool:
    """Whether a percentage named only as the rest of the field stands in a sentence about shares (another
    percentage beside it, or a share word)."""
    if not rest_of_the_field(sentence, quantity):
        return False
    others = [q for q in sentence.quantities if q.unit == "percent" and q is not quantity]
    return bool(others) or bool(lexicon.cue_in("MarketShare", sentence.text))


_ROW_LABEL = re.compile(r"[ \t]*(?:[-•*][ \t]+)?[A-Z][\w -]{0,40}:")  # "Context window:", "- Bookings:" opening a row
_LEAST_TOTAL = 100  # money below this is a price by the unit (an hour, a token, a seat), not a total


def _bracketed_after_a_name(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> bool:
    """A bare percentage in brackets right after a company's name, in a sentence that speaks of shares or ranks."""
    text = sentence.doc_text
    holders = lexicon.subject_types["MarketShare"]
    named = any(m.entity.type in holders and _OPENING.fullmatch(text, m.end, quantity.start) for m in sentence.mentions)
    ranked = lexicon.cue_in("MarketShare", sentence.text) or words_pattern(lexicon.leader_verbs).search(sentence.text)
    return named and text.startswith(")", quantity.end) and bool(ranked)  # "X (34%) and Y (20%) dominate …"


_OPENING = re.compile(r"\s*\(\s*")


def _own_sentence(clause: str, at: int) -> str:
    """The part of a clause between the sentence stops around a position (a list item may hold several)."""
    start = max((m.end() for m in _STOP.finditer(clause, 0, at)), default=0)
    stop = _STOP.search(clause, at)
    return clause[start : stop.start() if stop else len(clause)]


_STOP = re.compile(r"[.;!?](?:\s+|$)")


def estimated_holder(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> Mention | None:
    """ "puts Dunmore Systems at 35%", "sees Osgood at about a quarter": an estimating verb, a company as its
    object, then the figure; or a verb crediting the company with it ("gives Osgood 13%"). The company holds the
    share, whoever estimates it."""
    text = sentence.doc_text
    holders = lexicon.subject_types["MarketShare"] - {"Country", "Region"}
    for mention in sentence.mentions:
        if mention.entity.type not in holders or mention.end > quantity.start:
            continue
        at = _AT.fullmatch(text, mention.end, quantity.start)
        if not at and not _HEDGED_GAP.fullmatch(text, mention.end, quantity.start):
            continue
        verb = text[max(sentence.start, mention.start - 20) : mention.start].split()
        word = verb[-1].lower().rstrip("s") if verb else ""
        if (at and word in lexicon.estimating_verbs) or (not at and word in lexicon.crediting_verbs):
            return mention
    return None


_HEDGED_GAP = re.compile(r"\s+(?:(?:about|roughly|nearly|almost|around|some|just)\s+)?")
_AT = re.compile(r"\s+at\s+(?:(?:about|roughly|nearly|almost|around|some|just)\s+)?")


# "… as Huawei's rises to roughly half": a possessive whose noun is left out, then a verb of the figure's level
_ELIDED_SHARE = re.compile(
    r"[’']s\s+(?:rises|rose|falls|fell|climbs|climbed|slips|slipped|drops|dropped|grows|grew|goes|went|reaches|"
    r"reached|is|was|stands|stood|sits|sat)\s+(?:to\s+|at\s+)?(?:(?:about|around|roughly|nearly|almost|some|just)\s+)?$"
)


def elided_share_holder(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> Mention | None:
    """ "Nvidia's share falls to 15% as Huawei's rises to roughly half": a company's possessive with its noun left
    out, in a sentence about shares, holds the figure its verb reaches."""
    if not lexicon.cue_in("MarketShare", sentence.text):
        return None
    text = sentence.doc_text
    holders = lexicon.subject_types["MarketShare"]
    return next(
        (
            m
            for m in sentence.mentions
            if m.entity.type in holders and _ELIDED_SHARE.fullmatch(text, m.end, quantity.start)
        ),
        None,
    )
