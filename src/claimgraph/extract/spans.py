"""Clause windows and evidence spans: which stretch of a sentence a figure's cues are read from, and which
stretch is quoted as its evidence (the shortest clause that carries the claim, as a fact-checker quotes it)."""

from __future__ import annotations

import re

from claimgraph.extract.document import Sentence
from claimgraph.records import Evidence

# a comma between two digits ("¥5,200億 [US$3.4 billion]") is a thousands separator, no clause's end
_BOUNDARY = re.compile(r"(?<!\d),|,(?!\d)|[;:()|]|\s[—–-]\s|—|–(?!\d)")
MAX_EVIDENCE_CHARS = 400
_DASH = re.compile(r"\s[—–-]\s|—|–")
OPENS_ITS_LINE = re.compile(r"\s*(?:\d{1,3}[.)]|[-•*])?\s*")  # "7. ", "- ", or nothing before a figure opening its line
# an amount written in East Asian numerals or a currency with no unit of its own, right before a bracketed
# conversion: "820億円 (about $547 million)", "2兆300億円 (…)", "₩3.1조 (…)", "1.7 trillion won (…)",
# "C$118 million (US$86 million)", "NOK 1.9 billion (about US$180 million)"
_AMOUNT_BEFORE = re.compile(
    r"(?:\d[\d,.]*\s*(?:[億兆万亿千조억]+\s*[円元원]?|[円元원]|(?:trillion|billion|million)?\s*(?:won|yen))"
    r"|(?:\b[A-Z]{1,3}\$|[€£¥₹]|\b(?:EUR|GBP|CAD|AUD|SGD|HKD|CHF|SEK|NOK|DKK|INR|JPY|KRW|CNY|RMB|MYR|IDR|THB|BRL|AED|SAR)"
    r"\s?)\d[\d,.]*\s*(?:trillion|billion|million|bn|mn|m)?)\s*$"
)


def converted_amount_start(sentence: Sentence, start: int) -> int | None:
    """Where the amount a bracketed conversion converts begins ("820億円 (about $547 million)", "¥5,200億
    [US$3.4 billion]": the yen amount's start, for the dollar figure at ``start``), else None. The parser often
    hangs a conversion on the wrong verb; the amount it converts is where the sentence's syntax is."""
    text = sentence.doc_text
    opening = _OPENS_A_CONVERSION.search(text, sentence.start, start)
    if opening is None:
        return None
    amount = _AMOUNT_BEFORE.search(text, sentence.start, opening.start())
    return amount.start() if amount is not None else None


_OPENS_A_CONVERSION = re.compile(r"\s*[(\[]\s*(?:about|approximately|roughly|around|some|c\.|~)?\s*$", re.I)


_LIST_ITEM = re.compile(r"[ \t]*(?:[-•*]|\d{1,3}[.)])[ \t]+")


def opens_a_list_item(sentence: Sentence) -> bool:
    """Whether the sentence opens a bulleted or numbered line ("- Osk-3 output: …", "2. Tarn Cloud …")."""
    return on_a_list_line(sentence.doc_text, sentence.start)


def on_a_list_line(text: str, at: int) -> bool:
    """Whether the line holding offset ``at`` is a bulleted or numbered item."""
    return _LIST_ITEM.match(text, text.rfind("\n", 0, at) + 1) is not None


def clause_window(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """Article offsets of the clause around ``[start, end)``: from the boundary before it to the one after."""
    text = sentence.doc_text
    boundaries = _without_a_closed_aside(text, list(_BOUNDARY.finditer(text, sentence.start, start)))
    converted = bool(boundaries) and boundaries[-1].group() == "("
    converted = converted and _AMOUNT_BEFORE.search(text, sentence.start, boundaries[-1].start()) is not None
    if converted:  # "sales of 820億円 (about $547 million)": the conversion's clause is its amount's
        boundaries.pop()
    left = boundaries[-1].end() if boundaries else sentence.start
    right_match = _BOUNDARY.search(text, end, sentence.end)
    if converted and right_match is not None and right_match.group() == ")":
        right_match = _BOUNDARY.search(text, right_match.end(), sentence.end)
    line_start = text.rfind("\n", 0, start) + 1
    if (
        right_match is not None
        and _DASH.fullmatch(right_match.group())
        and OPENS_ITS_LINE.fullmatch(text, line_start, start)
    ):
        # "7. $12 billion — Osk's hosting deal with Vey": a figure opening its line is glossed after the dash
        right_match = _BOUNDARY.search(text, right_match.end(), sentence.end)
    if right_match is not None and right_match.group() == "(" and not text[end : right_match.start()].strip():
        # "RMB 14 billion (140 亿, about $1.9 billion) in 2026": the figure's own parenthesis does not end its clause
        closing = text.find(")", right_match.end(), sentence.end)
        if closing != -1:
            right_match = _BOUNDARY.search(text, closing + 1, sentence.end)
    right = right_match.start() if right_match else sentence.end
    return left, right


def _without_a_closed_aside(text: str, boundaries: list[re.Match[str]]) -> list[re.Match[str]]:
    """The boundaries before a figure, less a short bracketed aside closed before it ("Annualised recurring revenue
    (ARR) reached $48 million", "Osk Cloud (Osk Group) had 31%"): the clause runs on through the brackets. An aside
    with a figure of its own ("(up 12%)") still ends the clause before it."""
    while boundaries and boundaries[-1].group() == ")":
        opening = next((b for b in reversed(boundaries) if b.group() == "("), None)
        inner = text[opening.end() : boundaries[-1].start()] if opening is not None else ""
        if opening is None or len(inner) > _SHORT_ASIDE or any(c.isdigit() for c in inner) or _BOUNDARY.search(inner):
            break
        boundaries = [b for b in boundaries if b.start() < opening.start()]
    return boundaries


_SHORT_ASIDE = 40


def evidence_for(sentence: Sentence, *spans: tuple[int, int]) -> Evidence:
    """The sentence when it is short enough to quote whole, else the clauses spanning every given part."""
    text = sentence.doc_text
    if sentence.end - sentence.start <= MAX_EVIDENCE_CHARS:
        start, end = sentence.start, sentence.end
    else:
        windows = [clause_window(sentence, s, e) for s, e in spans]
        start = min(min(w[0] for w in windows), min(s for s, _ in spans))
        end = max(max(w[1] for w in windows), max(e for _, e in spans))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(start=start, end=end, quote=text[start:end])
