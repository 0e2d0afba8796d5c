"""Number words and the compiled lexicons of ``patterns/numbers.json``: "one and a half" → 1.5, "four hundred" →
400, "a third" → 33.3; the vocabulary ``normalize`` reads figures with, loaded and compiled once."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def load_numbers() -> dict[str, Any]:
    """The number lexicon, read once from the package data."""
    source = files("claimgraph.extract").joinpath("patterns", "numbers.json")
    return json.loads(source.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def alternatives(phrases: Any, boundary: bool = True) -> str:
    """A regex alternation of phrases, longest first; spaces match any whitespace, words end on a boundary."""
    out = []
    for phrase in sorted(phrases, key=len, reverse=True):
        body = r"\s+".join(re.escape(part) for part in phrase.split())
        out.append(body + (r"\b" if boundary and phrase[-1].isalnum() else ""))
    return "|".join(out)


def currency_marks() -> str:
    """A regex alternation of every way a currency is written before its figure ("US$", "RMB", "₹"), from the
    number lexicon: the one list the readers that look for money share."""
    return alternatives(load_numbers()["currency_prefixes"])


def currency_codes() -> frozenset[str]:
    """The currencies' codes ("EUR", "RMB", "USD"): a column headed "EUR" or a code before its amount, which the NER
    may take for an organisation, never names one."""
    data = load_numbers()
    written = (*data["currency_prefixes"], *data["currency_prefixes"].values())
    return frozenset(form for form in written if form.isalpha() and form.isupper())


def _unit_form(form: str) -> str:
    """A unit after a figure: symbols may follow a space, words a space or hyphen; "x" only touches ("8x")."""
    if form == "x":
        return r"x(?!\w)"
    if not form[0].isalnum():
        return r"\s?" + re.escape(form)
    return r"[\s-]?" + r"\s+".join(map(re.escape, form.split())) + r"\b"


def key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


@dataclass(frozen=True)
class Lexicon:
    """Compiled patterns and lookup tables, built once from ``numbers.json``."""

    scan: re.Pattern[str]  # where a quantity may start: a one-word multiple, or a figure
    figure: re.Pattern[str]  # currency prefix, sign, digits or number words
    suffix: re.Pattern[str]  # scale and unit after a figure
    connector: re.Pattern[str]  # between the two ends of a range, or two alternatives
    hedge_before: re.Pattern[str]
    hedge_after: re.Pattern[str]
    frequency: re.Pattern[str]  # "three times a day" is no multiple
    not_multiple: re.Pattern[str]  # "double-digit", "double down"
    change_before: re.Pattern[str]  # "rose 20%", "cut prices for its models by 85%"
    change_after: re.Pattern[str]  # "a 400 percent increase"
    share_after: re.Pattern[str]  # what may follow a bare fraction that is a share
    not_share_next: re.Pattern[str]  # what may never follow one ("half the time", "a third-party")
    quantity_previous: frozenset[str]  # words that make a bare fraction a quantity whatever follows ("rose to")
    words: dict[str, tuple[str, Decimal]]  # number word → (kind, value)
    scales: dict[str, Decimal]
    currencies: dict[str, str]
    units: dict[str, str]  # lower-case suffix form → unit
    hedges: dict[str, tuple[str, bool]]  # phrase → (bound, approximate)
    one_word: dict[str, tuple[Decimal, str, str | None]]  # "tripled" → (3, times, increase)
    increase: frozenset[str]
    particle_verbs: frozenset[str]  # "made up 58%": "up" is the verb's particle, not a rise
    not_share_after: frozenset[str]  # words before a fraction that make it a period or ordinal


@cache
def lexicon() -> Lexicon:
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
    run = rf"(?:an?[\s-]+)?(?:{alternatives(starters)})(?:[\s-]+(?:{alternatives(words)}))*"
    currencies = data["currency_prefixes"]
    continental = alternatives(data["continental_scales"])
    percent = alternatives(data["unit_suffixes"]["percent"])
    # "1.350 milhões", "2,7 bilhões", "9,1 per cent": a decimal comma and dotted thousands, read only where the scale
    # word (or a per-cent word) after the figure, or after the range it opens ("2,5–3 bilhões"), says the text
    # writes numbers so
    range_tail = r"(?:\s?[-–]\s?[\d.,]+|\s+to\s+[\d.,]+)?"
    digits = (
        rf"(?P<eu>(?:\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d+,\d+)(?={range_tail}\s?(?:{continental})(?!\w))"
        rf"|\d{{1,3}},\d{{1,2}}(?!\d)(?={range_tail}\s?(?:{percent})))"
        r"|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    )
    figure = (
        rf"(?:(?P<cur>(?<![A-Za-z$])(?:{alternatives(currencies, boundary=False)}))\s?\[?)?"
        rf"(?:(?P<sign>(?<![\w.,%)\-−])[-−+](?=\d))?(?(cur)|(?<![\w.,]))(?P<dig>{digits})|\b(?P<run>{run}))"
    )
    one_word: dict[str, tuple[Decimal, str, str | None]] = {
        w: (Decimal(v), "times", None) for w, v in data["multiples"].items()
    }
    one_word.update({w: (Decimal(v), "times", "increase") for w, v in data["multiple_verbs"].items()})
    one_word.update({w: (Decimal(50), "percent", "decrease") for w in data["halving_verbs"]})
    fold_words = [w for w, (k, _) in words.items() if k in ("ones", "teens", "tens", "multipliers")]
    scales = {
        w: Decimal(v)
        for key in ("scales", "scale_abbreviations", "continental_scales", "scale_letters")
        for w, v in data[key].items()
    } | {"t": Decimal("1e12")}
    units = {form.lower(): unit for unit, forms in data["unit_suffixes"].items() for form in forms}
    word_scales = alternatives([*data["scales"], *data["scale_abbreviations"], *data["continental_scales"]])
    meanings = {
        "approximate": ("exact", True),
        "upper": ("upper", False),
        "lower": ("lower", False),
        "upper_approximate": ("upper", True),
        "lower_approximate": ("lower", True),
    }
    hedges = {
        key(p): meanings[group]
        for source in ("hedges", "hedges_after")
        for group, phrases in data[source].items()
        for p in phrases
    }
    change, share = data["change"], data["fraction_context"]
    verbs = alternatives([*change["increase_verbs"], *change["decrease_verbs"]])
    nouns = alternatives([*change["increase_nouns"], *change["decrease_nouns"]])
    return Lexicon(
        scan=re.compile(
            rf"\b(?P<word>{alternatives(one_word)})(?!-)"
            rf"|\b(?P<fold>(?:{'|'.join(fold_words)})fold)\b|{figure}",
            flags,
        ),
        figure=re.compile(figure, flags),
        suffix=re.compile(
            rf"\]?(?P<scale>(?:[\s-]?(?:{word_scales})){{1,2}}"
            rf"|(?<=\d)(?:[{''.join(data['scale_letters'])}]|(?-i:T))\b)?"
            rf"(?P<unit>{'|'.join(_unit_form(f) for f in sorted(units, key=len, reverse=True))})?",
            flags,
        ),
        connector=re.compile(r"\s?(?P<dash>[-–‑])\s?|\s+(?P<word>to|through|and|or)\s+", flags),
        hedge_before=re.compile(
            rf"(?<![\w])(?P<h>{alternatives(p for g in meanings for p in data['hedges'][g])})\s*$", flags
        ),
        hedge_after=re.compile(
            rf"\s*(?P<h>{alternatives(p for ps in data['hedges_after'].values() for p in ps)})(?![\w])", flags
        ),
        frequency=re.compile(rf"\s+(?:{alternatives(data['frequency_after_times'])})", flags),
        not_multiple=re.compile(rf"\s+(?:{alternatives(data['not_multiples_after_verb'])})", flags),
        change_before=re.compile(
            rf"(?<![\w])(?:(?P<v>{verbs})(?:(?:\s+[^\s.,;:!?]+){{0,6}}?\s+by)?|(?P<n>{nouns})\s+of)\s*$", flags
        ),
        change_after=re.compile(rf"\s*(?:(?:{alternatives(change['qualifiers'])})\s+)?(?P<n>{nouns})", flags),
        share_after=re.compile(
            rf"(?:\s+(?:{alternatives(share['next_words'])})|\s*(?:[.,;:!?)]|$))",
            flags,
        ),
        not_share_next=re.compile(
            rf"-|\s+(?:(?:the|an?)\s+)?(?:{alternatives(share['blocked_next'])}|of\s+(?:19|20)\d\d)", flags
        ),
        words=words,
        scales=scales,
        currencies={key(k): v for k, v in currencies.items()},
        units=units,
        hedges=hedges,
        one_word=one_word,
        increase=frozenset([*change["increase_verbs"], *change["increase_nouns"]]),
        particle_verbs=frozenset(change["particle_verbs"]),
        not_share_after=frozenset(share["blocked_previous"]),
        quantity_previous=frozenset(share["quantity_previous"]),
    )


def tidy(value: Decimal) -> Decimal:
    """A plain decimal without exponent or trailing zeros: 4.1E+9 → 4100000000, 50.0 → 50."""
    value = value.quantize(Decimal("1e-6")) if value.as_tuple().exponent < -6 else value  # type: ignore[operator]
    return Decimal(format(value.normalize(), "f"))


def parse_number_words(text: str) -> tuple[Decimal, int, bool] | None:
    """The value of the longest run of number words at the start of ``text``.

    Returns (value, characters used, whether it is a bare fraction such as "a third"), or None. Runs are read
    the way people write them: "five and a half billion", "two point five", "one hundred and twenty".
    """
    words = lexicon().words
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
