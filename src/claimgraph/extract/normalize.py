"""Figures in text → normalised quantities: "US$7.3 billion" → 7.3e9 USD, "80–90%" → 80..90 %, "tripled" → 3 times.

Pure and cheap (regular expressions over the lexicons of ``patterns/numbers.json``, no spaCy), so the extractor
can run it on every sentence. It finds only figures in the units claims are made in (``records.UNITS``): a
year, a bare count ("three months") or a figure in a unit we do not track ("70-billion parameter") is not a
claim, so it yields nothing. Hedges and bounds are read from the few words right before a figure; which claim a
figure states, and its sign, are the extractor's business. Periods and modality cues live in ``periods`` and
``cues`` and are re-exported here, so callers have one module of normalisers.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from importlib.resources import files
from typing import Any

from claimgraph.extract.cues import modality_cues, modality_of
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
    value: Decimal  # percent as written (35.8), money in full units (7.3e9), a multiple as its factor
    unit: str  # one of records.UNITS
    value_max: Decimal | None = None  # upper end of a range; ``value`` is then the lower end
    bound: str = "exact"  # "exact", "upper" (up to, nearly...) or "lower" (at least, more than...)
    approximate: bool = False  # roughly, about, an estimated, ~ ...
    change: str | None = None  # "increase" / "decrease" when the wording itself says so
    text: str = ""


@cache
def load_numbers() -> dict[str, Any]:
    """The number lexicon, read once from the package data."""
    source = files("claimgraph.extract").joinpath("patterns", "numbers.json")
    return json.loads(source.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _alternatives(phrases: Any, boundary: bool = True) -> str:
    """A regex alternation of phrases, longest first; spaces match any whitespace, words end on a boundary."""
    out = []
    for phrase in sorted(phrases, key=len, reverse=True):
        body = r"\s+".join(re.escape(part) for part in phrase.split())
        out.append(body + (r"\b" if boundary and phrase[-1].isalnum() else ""))
    return "|".join(out)


def _unit_form(form: str) -> str:
    """A unit after a figure: symbols may follow a space, words a space or hyphen; "x" only touches ("8x")."""
    if form == "x":
        return r"x(?!\w)"
    if not form[0].isalnum():
        return r"\s?" + re.escape(form)
    return r"[\s-]?" + r"\s+".join(map(re.escape, form.split())) + r"\b"


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


@dataclass(frozen=True)
class _Lexicon:
    """Compiled patterns and lookup tables, built once from ``numbers.json``."""

    scan: re.Pattern[str]  # where a quantity may start: a one-word multiple, or a figure
    figure: re.Pattern[str]  # currency prefix, sign, digits or number words
    suffix: re.Pattern[str]  # scale and unit after a figure
    connector: re.Pattern[str]  # between the two ends of a range, or two alternatives
    hedge_before: re.Pattern[str]
    hedge_after: re.Pattern[str]
    frequency: re.Pattern[str]  # "three times a day" is no multiple
    not_multiple: re.Pattern[str]  # "double-digit", "double down"
    change_before: re.Pattern[str]  # "rose 20%", "cut prices for its models by 97%"
    change_after: re.Pattern[str]  # "a 400 percent increase"
    share_after: re.Pattern[str]  # what may follow a bare fraction that is a share
    words: dict[str, tuple[str, Decimal]]  # number word → (kind, value)
    scales: dict[str, Decimal]
    currencies: dict[str, str]
    units: dict[str, str]  # lower-case suffix form → unit
    hedges: dict[str, tuple[str, bool]]  # phrase → (bound, approximate)
    one_word: dict[str, tuple[Decimal, str, str | None]]  # "tripled" → (3, times, increase)
    increase: frozenset[str]
    not_share_after: frozenset[str]  # words before a fraction that make it a period or ordinal


@cache
def _lexicon() -> _Lexicon:
    data, flags = load_numbers(), re.IGNORECASE
    words = {
        w: (kind, Decimal(str(v)))
        for kind in ("ones", "teens", "tens", "multipliers", "scales", "denominators")
        for w, v in data[kind].items()
    }
    words.update(
        {
            "half": ("half", Decimal(2)),
            "a": ("a", Decimal(1)),
            "an": ("a", Decimal(1)),
            "and": ("and", Decimal(0)),
            "point": ("point", Decimal(0)),
        }
    )
    starters = [w for w, (k, _) in words.items() if k not in ("a", "and", "point")]
    run = rf"(?:an?[\s-]+)?(?:{_alternatives(starters)})(?:[\s-]+(?:{_alternatives(words)}))*"
    currencies = data["currency_prefixes"]
    digits = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    figure = (
        rf"(?:(?P<cur>(?<![A-Za-z$])(?:{_alternatives(currencies, boundary=False)}))\s?)?"
        rf"(?:(?P<sign>(?<![\w.,%)\-−])[-−+](?=\d))?(?(cur)|(?<![\w.,]))(?P<dig>{digits})|\b(?P<run>{run}))"
    )
    one_word: dict[str, tuple[Decimal, str, str | None]] = {
        w: (Decimal(v), "times", None) for w, v in data["multiples"].items()
    }
    one_word.update({w: (Decimal(v), "times", "increase") for w, v in data["multiple_verbs"].items()})
    one_word.update({w: (Decimal(50), "percent", "decrease") for w in data["halving_verbs"]})
    fold_words = [w for w, (k, _) in words.items() if k in ("ones", "teens", "tens", "multipliers")]
    scales = {
        w: Decimal(v) for key in ("scales", "scale_abbreviations", "scale_letters") for w, v in data[key].items()
    } | {"t": Decimal("1e12")}
    units = {form.lower(): unit for unit, forms in data["unit_suffixes"].items() for form in forms}
    word_scales = _alternatives([*data["scales"], *data["scale_abbreviations"]])
    meanings = {
        "approximate": ("exact", True),
        "upper": ("upper", False),
        "lower": ("lower", False),
        "upper_approximate": ("upper", True),
        "lower_approximate": ("lower", True),
    }
    hedges = {
        _key(p): meanings[group]
        for source in ("hedges", "hedges_after")
        for group, phrases in data[source].items()
        for p in phrases
    }
    change, share = data["change"], data["fraction_context"]
    verbs = _alternatives([*change["increase_verbs"], *change["decrease_verbs"]])
    nouns = _alternatives([*change["increase_nouns"], *change["decrease_nouns"]])
    return _Lexicon(
        scan=re.compile(
            rf"\b(?P<word>{_alternatives(one_word)})(?!-)"
            rf"|\b(?P<fold>(?:{'|'.join(fold_words)})fold)\b|{figure}",
            flags,
        ),
        figure=re.compile(figure, flags),
        suffix=re.compile(
            rf"(?P<scale>(?:[\s-]?(?:{word_scales})){{1,2}}"
            rf"|(?<=\d)(?:[{''.join(data['scale_letters'])}]|(?-i:T))\b)?"
            rf"(?P<unit>{'|'.join(_unit_form(f) for f in sorted(units, key=len, reverse=True))})?",
            flags,
        ),
        connector=re.compile(r"\s?(?P<dash>[-–‑])\s?|\s+(?P<word>to|through|and|or)\s+", flags),
        hedge_before=re.compile(
            rf"(?<![\w])(?P<h>{_alternatives(p for g in meanings for p in data['hedges'][g])})\s*$", flags
        ),
        hedge_after=re.compile(
            rf"\s*(?P<h>{_alternatives(p for ps in data['hedges_after'].values() for p in ps)})(?![\w])", flags
        ),
        frequency=re.compile(rf"\s+(?:{_alternatives(data['frequency_after_times'])})", flags),
        not_multiple=re.compile(rf"\s+(?:{_alternatives(data['not_multiples_after_verb'])})", flags),
        change_before=re.compile(
            rf"(?<![\w])(?:(?P<v>{verbs})(?:(?:\s+[^\s.,;:!?]+){{0,6}}?\s+by)?|(?P<n>{nouns})\s+of)\s*$", flags
        ),
        change_after=re.compile(rf"\s*(?:(?:{_alternatives(change['qualifiers'])})\s+)?(?P<n>{nouns})", flags),
        share_after=re.compile(
            rf"(?!-|\s+(?:{_alternatives(share['blocked_next'])}|of\s+(?:19|20)\d\d))"
            rf"(?:\s+(?:{_alternatives(share['next_words'])})|\s*(?:[.,;:!?)]|$))",
            flags,
        ),
        words=words,
        scales=scales,
        currencies={_key(k): v for k, v in currencies.items()},
        units=units,
        hedges=hedges,
        one_word=one_word,
        increase=frozenset([*change["increase_verbs"], *change["increase_nouns"]]),
        not_share_after=frozenset(share["blocked_previous"]),
    )


def _tidy(value: Decimal) -> Decimal:
    """A plain decimal without exponent or trailing zeros: 7.3E+9 → 7300000000, 50.0 → 50."""
    value = value.quantize(Decimal("1e-6")) if value.as_tuple().exponent < -6 else value  # type: ignore[operator]
    return Decimal(format(value.normalize(), "f"))


def parse_number_words(text: str) -> tuple[Decimal, int, bool] | None:
    """The value of the longest run of number words at the start of ``text``.

    Returns (value, characters used, whether it is a bare fraction such as "a third"), or None. Runs are read
    the way people write them: "five and a half billion", "two point five", "one hundred and twenty".
    """
    words = _lexicon().words
    tokens = [(m.group().lower(), m.end()) for m in re.finditer(r"[A-Za-z]+", text)]
    kinds = [words.get(t, ("", Decimal(0)))[0] for t, _ in tokens] + ["", ""]
    total, group, prev, best, fraction, i = Decimal(0), Decimal(0), "", None, False, 0
    numeric = ("ones", "teens", "tens")
    while i < len(tokens):
        kind, value = words.get(tokens[i][0], ("", Decimal(0)))
        step = 1
        if kind == "a" and (prev, kinds[i + 1]) in (
            ("", "multipliers"),
            ("", "scales"),
            ("", "denominators"),
            ("", "half"),
            ("half", "scales"),
            ("denominators", "scales"),
        ):
            group = group or Decimal(1)  # "a billion", "a third", "half a billion"
        elif kind in numeric and (prev in ("", "multipliers", "scales", "and") or (prev, kind) == ("tens", "ones")):
            group += value
        elif kind == "multipliers" and prev in (*numeric, "a"):
            group *= value
        elif kind == "scales" and prev in (*numeric, "multipliers", "a", "half", "denominators", "point"):
            total, group = total + group * value, Decimal(0)
        elif kind == "half" and prev in ("", "a"):
            group, fraction = Decimal("0.5"), True
        elif kind == "denominators" and prev in ("ones", "a") and 0 < group < value:
            group, fraction = group / value, True
        elif kind == "and" and kinds[i + 1] == "a" and kinds[i + 2] in ("half", "denominators") and prev in numeric:
            group += 1 / words[tokens[i + 2][0]][1]  # "one and a half"
            kind, step = "denominators", 3
        elif kind == "and" and prev in ("multipliers", "scales") and kinds[i + 1] in numeric:
            pass  # "one hundred and twenty"
        elif kind == "point" and prev in numeric and kinds[i + 1] == "ones":
            while kinds[i + step] == "ones":
                step += 1
            group += Decimal("0." + "".join(str(words[t][1]) for t, _ in tokens[i + 1 : i + step]))
        else:
            break
        i += step
        prev = kind
        if kind not in ("a", "and", "point") or step > 1:
            best = (total + group, tokens[i - 1][1], fraction and not total)
    return best


# What the words before a figure say: bound, approximate, change, after "from", after "between", previous word.
_Context = tuple[str, bool, str | None, bool, bool, str]


@dataclass(frozen=True)
class _Figure:
    start: int
    end: int
    value: Decimal  # scaled: "$5 billion" → 5e9
    unit: str | None
    scale: Decimal | None  # the scale it was written with, which the low end of a range may lack ("$5–7 billion")
    money_prefix: bool
    fraction: bool  # a bare fraction ("a third"), a share only in the right context


def _figure(text: str, m: re.Match[str]) -> _Figure | None:
    """A figure with its currency, scale and unit, from a match of the figure pattern."""
    lex = _lexicon()
    cur, scale = m.group("cur"), None
    if m.group("dig"):
        value, end, fraction = Decimal(m.group("dig").replace(",", "")), m.end(), False
        value = -value if m.group("sign") in ("-", "−") else value
    else:
        parsed = parse_number_words(m.group("run"))
        if parsed is None:
            return None
        value, used, fraction = parsed
        end = m.start("run") + used
        scale = lex.scales.get(text[m.start("run") : end].split()[-1].split("-")[-1].lower())
    s = lex.suffix.match(text, end)
    if s is None:  # the suffix pattern is all optional, so this does not happen
        return None
    if s.group("scale"):
        scale = Decimal(1)
        for part in re.findall(r"[A-Za-z]+", s.group("scale")):
            scale *= lex.scales[part.lower()]
        value, end = value * scale, s.end("scale")
    unit = lex.currencies[_key(cur)] if cur else None
    if s.group("unit"):
        found = lex.units[_key(s.group("unit")).lstrip("-")]
        frequency = _key(s.group("unit")) == "times" and lex.frequency.match(text, s.end())
        if not frequency and unit in (None, found):
            unit, end = found, s.end()
    return _Figure(m.start(), end, value, unit, scale, bool(cur), fraction and scale is None)


def _next(text: str, first: _Figure) -> tuple[str, _Figure] | None:
    """The connector and figure right after a figure ("–90%", " to $7 billion", " or 1 million tokens")."""
    lex = _lexicon()
    c = lex.connector.match(text, first.end)
    if c is None or first.fraction or first.unit is None and first.scale is None and first.value in _YEARS:
        return None  # a bare year starts no range: "2024-2025", "2025 - 40%"
    m = lex.figure.match(text, c.end())
    second = _figure(text, m) if m else None
    if second is None or second.fraction:
        return None
    return (c.group("word") or "-").lower(), second


_YEARS = frozenset(Decimal(year) for year in range(1900, 2101))


def _range_unit(first: _Figure, second: _Figure, word: str, between: bool, from_: bool) -> str | None:
    """The unit of a range "first <word> second", or None when the two are not one range."""
    if word == "or" or (word == "and") != between or (word in ("to", "through") and from_):
        return None  # "and" needs "between"; "from 70% to 40%" is a change over time, not a range
    unit = second.unit or (first.unit if first.money_prefix else None)
    return unit if unit is not None and first.unit in (None, unit) else None


def _hedges(text: str, start: int) -> _Context:
    """What the few words before a figure say about it (see ``_Context``)."""
    lex = _lexicon()
    window = text[max(0, start - 90) : start]
    bound, approximate = "exact", False
    for _ in range(4):  # hedges stack: "less than an estimated 10%"
        h = lex.hedge_before.search(window)
        if h is None:
            break
        meaning = lex.hedges[_key(h.group("h"))]
        bound, approximate = bound if bound != "exact" else meaning[0], approximate or meaning[1]
        window = window[: h.start()]
    verb = lex.change_before.search(window)
    change = (
        None
        if verb is None
        else "increase"
        if _key(verb.group("v") or verb.group("n")) in lex.increase
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
    lex = _lexicon()
    h = lex.hedge_after.match(text, quantity.end)
    if h:
        bound, approximate = lex.hedges[_key(h.group("h"))]
        quantity = replace(
            quantity,
            bound=bound if quantity.bound == "exact" else quantity.bound,
            approximate=quantity.approximate or approximate,
        )
    n = lex.change_after.match(text, quantity.end)
    if n and quantity.change is None:
        quantity = replace(quantity, change="increase" if _key(n.group("n")) in lex.increase else "decrease")
    return quantity


def _one_word(text: str, m: re.Match[str]) -> Quantity | None:
    """ "tripled", "twice", "threefold", "halved": a multiple (or a halving) stated in one word."""
    lex = _lexicon()
    if m.group("fold"):
        parsed = parse_number_words(m.group("fold")[:-4])
        return Quantity(m.start(), m.end(), _tidy(parsed[0]), "times", text=m.group()) if parsed else None
    word = m.group("word").lower()
    if lex.not_multiple.match(text, m.end()) or (word == "twice" and lex.frequency.match(text, m.end())):
        return None
    value, unit, change = lex.one_word[word]
    return Quantity(m.start(), m.end(), value, unit, change=change, text=m.group())


def find_quantities(text: str) -> list[Quantity]:
    """Every figure of a unit we track in ``text``, in order, not overlapping."""
    lex = _lexicon()
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
        found.append(_after(text, quantity))
    return found


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
            return Quantity(first.start, second.end, _tidy(low), unit, _tidy(high), text=text[first.start : second.end])
        if word == "or" and first.unit is None and second.unit is not None:  # "128k or 1 million tokens"
            return Quantity(first.start, first.end, _tidy(low), second.unit, text=text[first.start : first.end])
    if first.unit is not None:
        return Quantity(first.start, first.end, _tidy(first.value), first.unit, text=text[first.start : first.end])
    if first.fraction and previous not in _lexicon().not_share_after and _lexicon().share_after.match(text, first.end):
        value = _tidy((first.value * 100).quantize(Decimal("0.1")))  # "a third" → 33.3
        return Quantity(first.start, first.end, value, "percent", text=text[first.start : first.end])
    return None
