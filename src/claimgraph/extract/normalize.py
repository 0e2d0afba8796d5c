"""Figures in text → normalised quantities: "US$4.1 billion" → 4.1e9 USD, "80–90%" → 80..90 %, "tripled" → 3 times.

Pure and cheap (regular expressions over the lexicons of ``patterns/numbers.json``, no spaCy), so the extractor
can run it on every sentence. It finds only figures in the units claims are made in (``records.UNITS``): a
year, a bare count ("three months") or a figure in a unit we do not track ("40-billion parameter") is not a
claim, so it yields nothing. Hedges and bounds are read from the few words right before a figure; which claim a
figure states, and its sign, are the extractor's business. Periods and modality cues live in ``periods`` and
``cues`` and are re-exported here, so callers have one module of normalisers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from claimgraph.extract.cues import modality_cues, modality_of
from claimgraph.extract.numbers import key, lexicon, load_numbers, parse_number_words, tidy
from claimgraph.extract.periods import Period, find_periods, parse_period

__all__ = [
    "Period",
    "Quantity",
    "find_periods",
    "find_quantities",
    "load_numbers",
    "modality_cues",
    "modality_of",
    "parse_number_words",
    "parse_period",
]


@dataclass(frozen=True)
class Quantity:
    """One figure of a sentence, normalised; ``text[start:end]`` is the figure with its currency and unit."""

    start: int
    end: int
    value: Decimal  # percent as written (28.4), money in full units (4.1e9), a multiple as its factor
    unit: str  # one of records.UNITS
    value_max: Decimal | None = None  # upper end of a range; ``value`` is then the lower end
    bound: str = "exact"  # "exact", "upper" (up to, nearly...) or "lower" (at least, more than...)
    approximate: bool = False  # roughly, about, an estimated, ~ ...
    change: str | None = None  # "increase" / "decrease" when the wording itself says so
    text: str = ""


@dataclass(frozen=True)
class _Figure:
    start: int
    end: int
    value: Decimal  # scaled: "$5 billion" → 5e9
    unit: str | None
    scale: Decimal | None  # the scale it was written with, which the low end of a range may lack ("$5–7 billion")
    money_prefix: bool
    fraction: bool  # a bare fraction ("a third"), a share only in the right context


_OF_NEXT = re.compile(r"\s+of\s", re.IGNORECASE)
_FRACTION_OF = re.compile(r"\s+(?:of\s+)?an?(?=\s)", re.IGNORECASE)


_EAST_ASIAN_NUMERALS = frozenset("億兆万亿千百円元조억원")


def _figure(text: str, m: re.Match[str]) -> _Figure | None:
    """A figure with its currency, scale and unit, from a match of the figure pattern."""
    lex = lexicon()
    cur, scale = m.group("cur"), None
    if m.group("dig"):
        written = m.group("dig")
        plain = written.replace(".", "").replace(",", ".") if m.group("eu") else written.replace(",", "")
        value, end, fraction = Decimal(plain), m.end(), False
        value = -value if m.group("sign") in ("-", "−") else value
    else:
        parsed = parse_number_words(m.group("run"))
        if parsed is None:
            return None
        value, used, fraction = parsed
        end = m.start("run") + used
        scale = lex.scales.get(text[m.start("run") : end].split()[-1].split("-")[-1].lower())
    if text[end : end + 1] in _EAST_ASIAN_NUMERALS:
        return None  # "4兆1,500億円": a number written with East Asian numerals, in no unit the scan reads
    s = lex.suffix.match(text, end)
    if s is None:  # the suffix pattern is all optional, so this does not happen
        return None
    if fraction and not s.group(0) and (article := _FRACTION_OF.match(text, end)):
        of_unit = lex.suffix.match(text, article.end())  # "half a gigawatt", "a third of a percentage point"
        if of_unit is not None and of_unit.group("unit") and not of_unit.group("scale"):
            s, fraction = of_unit, False
    if s.group("scale"):
        scale = Decimal(1)
        for part in re.findall(r"[^\W\d_]+\.?", s.group("scale")):
            scale *= lex.scales[part.lower()]
        value, end = value * scale, s.end("scale")
    unit = lex.currencies[key(cur)] if cur else None
    if s.group("unit"):
        found = lex.units[key(s.group("unit")).lstrip("-")]
        # "three times a year" counts events; "2.4 times over the year" (a fraction of a time) multiplies
        whole = value == value.to_integral_value()
        frequency = key(s.group("unit")) == "times" and whole and lex.frequency.match(text, s.end())
        if not frequency and unit in (None, found):
            unit, end = found, s.end()
    return _Figure(m.start(), end, value, unit, scale, bool(cur), fraction and scale is None)


def _next(text: str, first: _Figure) -> tuple[str, _Figure] | None:
    """The connector and figure right after a figure ("–90%", " to $7 billion", " or 2 million tokens")."""
    lex = lexicon()
    c = lex.connector.match(text, first.end)
    if c is None or first.fraction or first.unit is None and first.scale is None and first.value in _YEARS:
        return None  # a bare year starts no range: "2024-2025", "2025 - 40%"
    if text[first.start : first.end].lower().endswith(("point", "points")):
        return None  # "slipped 3 percentage points to 38%": a change, then the level it reached
    m = lex.figure.match(text, c.end())
    second = _figure(text, m) if m else None
    if second is None or second.fraction:
        return None
    return (c.group("word") or "-").lower(), second


_YEARS = frozenset(Decimal(year) for year in range(1900, 2101))


def _range_unit(first: _Figure, second: _Figure, word: str, between: bool, from_: bool) -> str | None:
    """The unit of a range "first <word> second", or None when the two are not one range."""
    if word == "or" or (word == "and") != between or (word in ("to", "through") and from_):
        return None  # "and" needs "between"; "from 65% to 45%" is a change over time, not a range
    unit = second.unit or (first.unit if first.money_prefix else None)
    return unit if unit is not None and first.unit in (None, unit) else None


# What the words before a figure say: bound, approximate, change, after "from", after "between", previous word.
_Context = tuple[str, bool, str | None, bool, bool, str]


def _hedges(text: str, start: int) -> _Context:
    """What the few words before a figure say about it (see ``_Context``)."""
    lex = lexicon()
    window = text[max(0, start - 90) : start]
    bound, approximate = "exact", False
    for _ in range(4):  # hedges stack: "less than an estimated 10%"
        h = lex.hedge_before.search(window)
        if h is None:
            break
        meaning = lex.hedges[key(h.group("h"))]
        bound, approximate = bound if bound != "exact" else meaning[0], approximate or meaning[1]
        window = window[: h.start()]
    verb = lex.change_before.search(window)
    if verb is not None and (verb.group("v") or "").lower() in ("up", "down"):
        particle_of = re.search(r"([\w']+)\s+$", window[: verb.start()])
        if particle_of is not None and particle_of.group(1).lower() in lex.particle_verbs:
            verb = None  # "made up 58%": the particle of a verb, no rise
    change = (
        None
        if verb is None
        else "increase"
        if key(verb.group("v") or verb.group("n")) in lex.increase
        else ("decrease")
    )
    previous = re.search(r"([\w']+)[\s-]*$", window)
    tail = window.rstrip().lower()
    return (
        bound,
        approximate,
        change,
        tail.endswith("from") and not tail.endswith(" far from"),
        tail.endswith("between"),
        previous.group(1).lower() if previous else "",
    )


def _after(text: str, quantity: Quantity) -> Quantity:
    """Hedges and change words that follow a figure: "10% or more", "a 400 percent increase"."""
    lex = lexicon()
    h = lex.hedge_after.match(text, quantity.end)
    if h:
        bound, approximate = lex.hedges[key(h.group("h"))]
        quantity = replace(
            quantity,
            bound=bound if quantity.bound == "exact" else quantity.bound,
            approximate=quantity.approximate or approximate,
        )
    n = lex.change_after.match(text, quantity.end)
    if n and quantity.change is None:
        quantity = replace(quantity, change="increase" if key(n.group("n")) in lex.increase else "decrease")
    return quantity


def _one_word(text: str, m: re.Match[str]) -> Quantity | None:
    """ "tripled", "twice", "threefold", "halved": a multiple (or a halving) stated in one word."""
    lex = lexicon()
    if m.group("fold"):
        parsed = parse_number_words(m.group("fold")[:-4])
        return Quantity(m.start(), m.end(), tidy(parsed[0]), "times", text=m.group()) if parsed else None
    word = m.group("word").lower()
    if lex.not_multiple.match(text, m.end()) or (word == "twice" and lex.frequency.match(text, m.end())):
        return None
    value, unit, change = lex.one_word[word]
    return Quantity(m.start(), m.end(), value, unit, change=change, text=m.group())


# A level reached after a percentage: "from about 95% to (effectively) zero" lends the second figure its unit.
# a token measure named before a scaled count in the same sentence, with no figure between
_TOKENS_BEFORE = re.compile(
    r"\btokens?\b(?:(?!\b(?:revenue|sales|prices?|pricing|spending|capex|users|customers|downloads|funding|valuation)\b)"
    r"[^.;!?\d]){0,70}$",
    re.IGNORECASE,
)
_LEVEL_AFTER_PERCENT = re.compile(
    r"(?:%|\bper\s*cent|\bpercent)\s+to\s+[\"“‘']?"
    r"(?:(?:effectively|basically|essentially|practically|almost|nearly|about|roughly|virtually|just)\s+)?$",
    re.IGNORECASE,
)


def find_quantities(text: str) -> list[Quantity]:
    """Every figure of a unit we track in ``text``, in order, not overlapping."""
    lex = lexicon()
    found: list[Quantity] = []
    pos = 0
    while (m := lex.scan.search(text, pos)) is not None:
        pos = m.end()
        if m.group("word") or m.group("fold"):
            quantity = _one_word(text, m)
            context = _hedges(text, m.start()) if quantity else None
        else:
            figure = _figure(text, m)
            if figure is None:
                pos = m.start() + 1  # "a five percent rise": the run "a five" fails, "five percent" does not
                continue
            pos = max(figure.end, m.start() + 1)
            if figure.unit is None and _LEVEL_AFTER_PERCENT.search(text, max(0, figure.start - 40), figure.start):
                figure = replace(figure, unit="percent")  # "went from about 95% to effectively zero"
            measured = _TOKENS_BEFORE.search(text, max(0, figure.start - 80), figure.start)
            if figure.unit is None and figure.scale and measured:
                figure = replace(figure, unit="tokens")  # "daily token volume passed 60 trillion": the measure's unit
            if figure.unit is None and not figure.fraction and not lex.connector.match(text, figure.end):
                continue  # a bare count or a year: not a claim, and nothing after it lends it a unit
            context = _hedges(text, figure.start)
            quantity = _quantity(text, figure, context)
            if quantity and m.group("sign") == "+":
                quantity = replace(quantity, change="increase")  # "(+12% YoY)"
        if quantity is None or context is None:
            continue
        bound, approximate, change = context[:3]
        quantity = replace(
            quantity,
            bound=bound if quantity.bound == "exact" else quantity.bound,
            approximate=quantity.approximate or approximate,
            change=quantity.change or change,
        )
        pos = max(pos, quantity.end)
        found.append(_in_claim_unit(_after(text, quantity)))
    return _with_ratios(text, _with_single_units(text, found))


# "well over a gigawatt": one of a power unit, written with the article alone
_A_UNIT = re.compile(r"\b(?:an?)\s+(?P<unit>gigawatt|megawatt)\b(?!-)", re.IGNORECASE)


def _with_single_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "bringing well over a gigawatt online": one gigawatt, with the hedge before it."""
    extra = []
    for match in _A_UNIT.finditer(text):
        if any(q.start <= match.start() < q.end for q in found):
            continue  # "half a gigawatt" is read already
        bound, approximate, change = _hedges(text, match.start())[:3]
        unit = "GW" if match.group("unit").lower() == "gigawatt" else "MW"
        quantity = Quantity(match.start(), match.end(), Decimal(1), unit, text=match.group(0), bound=bound,
                            approximate=approximate, change=change)  # fmt: skip
        extra.append(_in_claim_unit(quantity))
    return sorted([*found, *extra], key=lambda q: q.start) if extra else found


# "three in ten", "one in five firms", "one dollar in every eight": a proportion, as a percentage
_RATIO = re.compile(
    r"\b(?P<part>[A-Za-z]+|\d+)(?:\s+[a-z]+){0,2}?\s+(?:out\s+)?(?:in|of)\s+(?:every\s+)?(?P<whole>[a-z]+|\d+)\b(?!\s*%)",
)


def _with_ratios(text: str, found: list[Quantity]) -> list[Quantity]:
    """Proportions told as "N in M" become percentages; a figure inside one ("one dollar") yields to it."""
    ratios: list[Quantity] = []
    pos = 0
    while (match := _RATIO.search(text, pos)) is not None:
        part, whole = _small_number(match.group("part")), _small_number(match.group("whole"))
        if part is None or whole is None or not 0 < part < whole <= 100:
            pos = match.start() + 1  # "in 2025 one in four": try again from the next word
            continue
        pos = match.end()
        value = tidy((Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1")))
        hedges = _hedges(text, match.start())
        approximate = bool(hedges and hedges[1])
        quantity = Quantity(match.start(), match.end(), value, "percent", text=match.group(0), approximate=approximate)
        ratios.append(quantity)
    if not ratios:
        return found
    kept = [q for q in found if not any(r.start <= q.start < r.end for r in ratios)]
    return sorted([*kept, *ratios], key=lambda q: q.start)


def _small_number(word: str) -> int | None:
    """A whole number written as digits or as one number word ("three"), for proportions."""
    if word.isdigit():
        return int(word)
    kind_value = lexicon().words.get(word.lower())
    if kind_value is None or kind_value[0] not in ("ones", "teens", "tens"):
        return None
    return int(kind_value[1])


def _in_claim_unit(quantity: Quantity) -> Quantity:
    """Power in gigawatts, as claims state it: "200 MW" is 0.2 GW."""
    if quantity.unit != "MW":
        return quantity
    scale = Decimal("0.001")
    high = tidy(quantity.value_max * scale) if quantity.value_max is not None else None
    return replace(quantity, value=tidy(quantity.value * scale), value_max=high, unit="GW")


def _quantity(text: str, first: _Figure, context: _Context) -> Quantity | None:
    """The quantity a figure starts: a range, a figure with its unit, one of two alternatives, or a share."""
    from_, between, previous = context[3:]
    following = _next(text, first)
    if following is not None:
        word, second = following
        unit = _range_unit(first, second, word, between, from_)
        low = first.value * (second.scale or 1) if first.scale is None else first.value
        if unit is not None:
            low, high = sorted((low, second.value))
            return Quantity(first.start, second.end, tidy(low), unit, tidy(high), text=text[first.start : second.end])
        if word == "or" and first.unit is None and second.unit is not None:  # "256k or 2 million tokens"
            return Quantity(first.start, first.end, tidy(low), second.unit, text=text[first.start : first.end])
    if first.unit is not None:
        return Quantity(first.start, first.end, tidy(first.value), first.unit, text=text[first.start : first.end])
    if first.fraction and _fraction_is_quantity(text, first, context):
        value = tidy((first.value * 100).quantize(Decimal("0.1")))  # "a third" → 33.3
        return Quantity(first.start, first.end, value, "percent", text=text[first.start : first.end])
    return None


def _fraction_is_quantity(text: str, fraction: _Figure, context: _Context) -> bool:
    """Whether a bare fraction ("a third", "half") states an amount rather than a period or an idiom.

    Never after an ordinal or a determiner ("the first half", "the other half") nor before a period or an idiom
    ("half the time", "a third-party"); otherwise it is an amount when what follows says so ("half of",
    "a fifth to Sable", "a third.") or when what precedes does: a hedge ("close to a third"), a change ("cut by
    two-thirds") or a word that introduces a level ("rose to a quarter last year").
    """
    lex = lexicon()
    bound, approximate, change, _, _, previous = context
    blocked = previous in lex.not_share_after and not (previous == "in" and _OF_NEXT.match(text, fraction.end))
    if blocked or lex.not_share_next.match(text, fraction.end):
        return False  # "in a quarter", but "brings in a fifth of our revenue": a part of something
    stated = bound != "exact" or approximate or change is not None or previous in lex.quantity_previous
    return stated or lex.share_after.match(text, fraction.end) is not None
