"""Price moves no single figure states: a model made free (-100 percent), a price moved from one level to
another ("from $5 to $2", "$0.90 → $0.60"), and a model cut or raised "by" a percentage with no price word
("OpenAI cut o3 by 80%"); and whether a sentence prices by the unit ("$2 per million tokens"), beside which a
change is the price's. Read for ``numeric.py``, which makes them price-change claims, and the figure types."""

from __future__ import annotations

import re
from decimal import Decimal

from claimgraph.extract.document import EntityIndex, Sentence, token_at
from claimgraph.extract.lexicon import Lexicon
from claimgraph.extract.normalize import Quantity
from claimgraph.extract.spans import clause_window
from claimgraph.records import MONEY_UNITS, Claim, Entity

_FREE = re.compile(
    r"\b(?:made|make|makes|making)\s+(?:[\w.’'-]+\s+){0,8}?free\b|\b(?:become|becomes|became|went|now|is|are)\s+free\b"
    r"|\bfree of charge\b",
    re.I,
)


def stays_put(claim: Claim) -> bool:
    """A price "change" of nothing ("0.0%" in a table's change column, "unchanged (0%)") moves no price, so it is no
    price-change claim; the offer the price implies is read all the same."""
    return claim.type == "PriceChange" and claim.value == 0 and not claim.value_max  # "0% to 5%" moves up to 5%


def free_of_charge(sentence: Sentence) -> list[Quantity]:
    """ "made free for developers": a price cut of 100 percent, which no figure in the text states."""
    text = sentence.doc_text
    match = _FREE.search(text, sentence.start, sentence.end)
    if match is None:
        return []
    # a percent in the same clause states the cut itself ("cut it by 100%, making it free"); one in a clause of
    # its own is another claim ("Osk cut X by 60%, and Tarn made Y free")
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, sentence.start, match.start())]
    start = breaks[-1] if breaks else sentence.start
    after = _CLAUSE_BREAK.search(text, match.end(), sentence.end)
    end = after.start() if after else sentence.end
    if any(q.unit == "percent" and start <= q.start < end for q in sentence.quantities):
        return []
    return [Quantity(match.start(), match.end(), Decimal(100), "percent", change="decrease", text=match.group(0))]


_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\s")


_FROM_TO = re.compile(r"\bfrom\s+$")
_TO_FREE = re.compile(r"\s+to\s+(?:being\s+)?free\b", re.IGNORECASE)


def cuts_a_model(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> bool:
    """ "OpenAI cut o3 by 80%", "slashed Tarn-4 by half": a figure after "by", on a cut or a raise whose object is
    a model or a product, is how much its price moved."""
    doc = sentence.span.doc
    token = token_at(doc, quantity.start)
    by = token.head if token is not None else None
    while by is not None and by.dep_ not in ("prep", "agent") and by.head != by and by.i > by.head.i:
        by = by.head
    if by is None or by.lower_ != "by":
        return False
    verb = by.head
    if verb.lower_ not in lexicon.cut_words and verb.lemma_ not in ("cut", "raise", "increase"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        m.entity.type in ("Model", "Product") and m.token_start <= o.i < m.token_end
        for o in objects
        for m in sentence.mentions
    )


def price_moves(sentence: Sentence, lexicon: Lexicon, section: str = "") -> list[Quantity]:
    """ "cut Orlan-5's price from $5 to $2 per million tokens": a price move from one level to another, in a
    sentence about prices (or a line under a heading about them, ``section``: "Pricing") that states no percentage
    of its own, is a change of the percent between them (-60), which no figure in the text states. A line of price
    notes that states the change of its arrow ("$0.90 → $0.60 (−33%)") is read from the arrow, its change as said."""
    text = sentence.doc_text
    # a clause that states its own percentage ("drops 25%, to $1.50") is read from it; "(−50%)" after an arrow's
    # move is that move's, said
    stated = [
        q
        for q in sentence.quantities
        if q.unit == "percent" and not _STATED_CHANGE.search(text, sentence.start, q.start)
    ]
    cued = lexicon.cue_in("PriceChange", sentence.text) or lexicon.cue_in("PriceChange", section)
    # "DeepSeek cut V3.2 input from $0.56 → $0.28": an arrow between amounts a cut or a raise moved
    moved = any(t.lower_ in lexicon.cut_words or t.lemma_ in ("raise", "increase") for t in sentence.tokens)
    moved = moved and not any(lexicon.cue_in(kind, sentence.text) for kind in ("Revenue", "Spending", "MarketSize"))
    if not cued and not moved and not states_unit_price(sentence):
        return []
    moves: list[Quantity] = []
    money = [q for q in sentence.quantities if q.unit in MONEY_UNITS]
    for first, second, third, fourth in zip(money, money[1:], money[2:], money[3:], strict=False):
        # "$0.40 / $1.00 → $0.30 / $0.80": input and output prices, each moved
        gaps = (text[first.end : second.start], text[second.end : third.start], text[third.end : fourth.start])
        if _PAIR.fullmatch(gaps[0]) and ARROW.fullmatch(gaps[1]) and _PAIR.fullmatch(gaps[2]) and first.value > 0:
            moves.append(_move(first.value, third.value, first.start, third.end, text))
            if second.value > 0:
                moves.append(_move(second.value, fourth.value, second.start, fourth.end, text))
    if moves:
        return _unstated(moves, stated, sentence)
    for old in (q for q in money if q.value > 0):
        new = next((q for q in money if q.start > old.end and q.unit == old.unit), None)
        if new is not None and ARROW.fullmatch(text, old.end, new.start):
            # "H200 on-demand $3.50 → $2.95/hr": a unit price moved, as a note or a table writes it
            moves.append(_move(old.value, new.value, old.start, new.end, text))
            continue
        opening = _FROM_TO.search(text, sentence.start, old.start)
        free = _TO_FREE.match(text, old.end)
        if opening is None or not cued:
            continue
        if free is not None:
            level, end = Decimal(0), free.end()
        elif new is not None and re.fullmatch(r"\s+to\s+", text[old.end : new.start]):
            level, end = new.value, new.end
        else:
            continue
        moves.append(_move(old.value, level, opening.start(), end, text))
    for level_now in money if cued else []:  # "lowered the price to $1.50 per million, from $2": the new level first
        if not _TO_BEFORE.search(text, max(sentence.start, level_now.start - 8), level_now.start):
            continue
        was = next((q for q in money if q.start > level_now.end and q.unit == level_now.unit and q.value > 0), None)
        if was is not None and _THEN_FROM.fullmatch(text, level_now.end, was.start):
            moves.append(_move(was.value, level_now.value, level_now.start, was.end, text))
    return _unstated(moves, stated, sentence)


def _unstated(moves: list[Quantity], stated: list[Quantity], sentence: Sentence) -> list[Quantity]:
    """The moves whose clause states no percentage of its own (which says the change itself)."""
    kept = []
    for move in moves:
        left, right = clause_window(sentence, move.start, move.end)
        if not any(left <= q.start < right for q in stated):
            kept.append(move)
    return kept


_TO_BEFORE = re.compile(r"\bto\s+$")
_PAIR = re.compile(r"\s*/\s*")
# "$0.90 → $0.60 (−33%": a percent in brackets after an arrow's move is that move's change, said
_STATED_CHANGE = re.compile(r"(?:→|->|⇒)\s*\S*\d[^(;]{0,30}\(\s*[^()]*$")
ARROW = re.compile(r"\s*(?:→|->|⇒)\s*")
_THEN_FROM = re.compile(r"(?:\s+(?:per|a|an)\s+[\w\s-]{1,30}?)?,?\s+from\s+")


def _move(old: Decimal, new: Decimal, start: int, end: int, text: str) -> Quantity:
    """The percent change from one price level to another, as a figure spanning the words that state both."""
    change = (new - old) / old * 100
    direction = "decrease" if change < 0 else "increase"
    return Quantity(start, end, abs(change).quantize(Decimal("0.1")), "percent", change=direction, text=text[start:end])


UNIT_PRICE = re.compile(
    r"\s*(?:per|a|an|each|for every)\s+(?:(?:million|thousand|billion|1,000|1m|1M|100)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:tokens?|shares?|hours?|months?|users?|seats?|GPUs?|chips?|units?|queries|query|requests?|calls?|images?)\b"
    r"|\s*/\s*(?:GPU[- ]?)?(?:hr|hour|h|month|mo|M|1M|MTok|million|token|seat|user)\b",  # "$2.95/hr", "$0.30/M"
    re.IGNORECASE,
)


def states_unit_price(sentence: Sentence) -> bool:
    """Whether the sentence prices something by the unit ("$2 per million input tokens"): a change it states
    beside that price is the price's."""
    text = sentence.doc_text
    return any(
        q.unit in MONEY_UNITS and (UNIT_PRICE.match(text, q.end) or _PER_SCALE.match(text, q.end))
        for q in sentence.quantities
    )


# "$2.40 per million" after "input tokens now cost": a price per so many units, the units named before it.
_PER_SCALE = re.compile(
    r"\s*(?:per|a|for every)\s+(?:million|thousand|1,000|1m|1k|100)\b(?!\s+(?:dollars|euros))", re.IGNORECASE
)


# a price by the hour or of an instance: a cloud's rental of hardware, not the hardware's own price
_RENTAL = re.compile(
    r"\bon-demand\b|\breserved\b|\brent(?:al|ing)?\b|-hours?\b|\bper (?:gpu-)?hour\b|\binstances?\b", re.I
)


def a_rental_price(sentence: Sentence, left: int, right: int) -> bool:
    """Whether the clause prices by the hour or by the instance ("cutting on-demand H200 prices")."""
    return bool(_RENTAL.search(sentence.doc_text, left, right))


def makes_the_hardware(provider: Entity, thing: Entity, maker: Entity | None, index: EntityIndex) -> bool:
    """Whether the provider found for a priced thing only makes it, the thing being hardware (a chip maker sets no
    cloud's hourly price for its chip); ``maker`` is who the article says makes it."""
    return thing.type == "Product" and provider in (maker, index.maker_in_its_names(thing))
