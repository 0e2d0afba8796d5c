"""Markets a heading or a caption names: "Nordic data centre colocation market, Q3 2025", "Share of harbour drone
shipments, by vendor", "Robot vision chips, Brazil, full-year 2024" — the words of a heading are read as a name,
since a parser reads headings badly."""

from __future__ import annotations

import re

from claimgraph.extract.document import EntityIndex, Sentence, clean_name
from claimgraph.extract.lexicon import Lexicon
from claimgraph.extract.normalize import find_periods
from claimgraph.extract.places import country_of, without_division
from claimgraph.records import Entity, slugify

# "Nordic colocation market, Q3 2025", "China AI cloud market share": a heading that names a market, and not a
# publication's section ("Grid Ledger - Market Update": "market" qualifying another noun)
HEADING_MARKET = re.compile(
    r"\s*(?P<label>[^:\n,()]*?\bmarket)\b(?!\s+(?!shares?\b|in\b|for\b|by\b|to\b)[A-Za-z])", re.IGNORECASE
)
# Words of a caption that say whose shares are listed, or how, not what is shared ("Top providers by sales share").
_NOT_A_MARKET = {"its", "their", "our", "his", "her", "vendor", "vendors", "provider", "providers", "company",
                 "companies", "player", "players", "supplier", "suppliers", "firm", "firms", "ranking", "rankings",
                 "rank", "league", "table", "leaderboard", "by", "per"}  # fmt: skip
NOT_A_NAME = {"what", "which", "how", "why", "who", "is", "are", "was", "were", "does", "do", "will", "can"}


def after_function_words(sentence: Sentence, start: int, phrase: str) -> str:
    """A heading's market phrase from after its last preposition or determiner: "Shares of the X market" → "X
    market" (grammatical words are no part of a market's name, and the tagger finds them even in headings)."""
    end = start + len(phrase)
    cut = [t.idx + len(t.text) for t in sentence.tokens if start <= t.idx < end and t.pos_ in ("ADP", "DET")]
    return sentence.doc_text[max(cut, default=start) : end].strip()


def shared_market(text: str, lexicon: Lexicon, index: EntityIndex) -> Entity | None:
    """The market a heading or caption names by what is shared, without the word "market": "Harbour drone share
    tracker", "Share of harbour drone shipments, by vendor", "Cloud GPU revenue shares (%)" → the harbour drone
    market, the cloud GPU market. The measure ("shipments", "revenue") is no part of the market's name."""
    measures = {w for m in lexicon.measures for w in m.split()}
    named = _named_before_its_measures(text.split("\n")[0], measures, index)
    if named is not None:
        return named
    line = re.sub(r"\([^)]*\)|^[^:]*:(?=.*share)", " ", text.split("\n")[0], flags=re.IGNORECASE)
    line = re.sub(r"\b(?:19|20)\d\d\b\s*", "", line)  # "Shares of 2025 drone revenue": the year is the claims' time
    found = _SHARE_OF.search(line) or _measured_shares_of(line, measures) or _SHARES_OF_X.search(line)
    if found is None:
        return None
    words = [w for w in found.group("what").split() if w.lower() not in ("the", "a", "an", "global", "total")]
    if len(words) > 2 and words[1].lower() == "of" and words[0].lower() in {*measures, "supply"}:
        words = words[2:]  # "Shares of supply of GPU cloud compute": what is supplied is the market
    place = _place_after(line, found.end("what"), index) if found.re is _SHARE_OF else None
    if found.re is _SHARES_THEN_X and words and re.fullmatch(r"[a-z]{3,}[^s]s", words[-1]):
        words[-1] = words[-1][:-1]  # "Brazil harbour drones" → the Brazil harbour drone market
    while words and (words[-1].lower() in measures or words[-1].lower() in ("market", "markets")):
        words.pop()  # "harbour drone shipments" → "harbour drone"
    if place is not None and words:
        words = [place, *words]  # "Shares of supply of GPU cloud compute in the UK": the UK GPU cloud market
    if len(words) < 1 or NOT_A_NAME.intersection(w.lower() for w in words):
        return None
    if _NOT_A_MARKET.intersection(w.lower() for w in words):
        return None  # "Its vendor shares:", "Provider shares": whose shares, not of what
    kept_case = words[0].isupper() or any(c.isupper() for c in words[0][1:])  # "GPU", "MaaS"
    first = words[0] if kept_case or index.named(words[0]) is not None or country_of(words[0]) else words[0].lower()
    kept = [first, *words[1:]]  # a heading's capital is no name's: "Harbour drone", but "Brazil harbour drone"
    return index.entity_for(clean_name(" ".join(kept) + " market"), "Market")


_LABEL = re.compile(r"\s*(?:table|figure|fig\.|chart|exhibit|source|note)\b", re.IGNORECASE)
_SHARED_MEASURES = re.compile(r"\s*(?:(?:revenue|unit|volume|usage)\s+)?shares?\s+of\s+(?P<measured>[^()]*)", re.I)


def _named_before_its_measures(line: str, measures: set[str], index: EntityIndex) -> Entity | None:
    """ "Nordic GPU cloud: share of revenue and of GPU-hours delivered (%)": what is shared stands before the
    colon when the words after "share of" are only measures."""
    before, colon, after = line.partition(":")
    found = _SHARED_MEASURES.match(after) if colon else None
    if found is None or _LABEL.match(before) or len(before.split()) < 2:
        return None
    words = re.findall(r"[\w-]+", found.group("measured").lower())
    glue = {"and", "of", "the", "or", "by", "delivered", "sold", "served", "all", "total"}
    if not words or not all(w in measures or w in glue or w.rstrip("s") in measures for w in words):
        return None
    name = re.sub(r"\bmarket\b", "", before, flags=re.IGNORECASE).strip(" ,;-")
    return index.entity_for(clean_name(f"{name} market"), "Market") if len(name.split()) >= 2 else None


def _measured_shares_of(line: str, measures: set[str]) -> re.Match[str] | None:
    """ "2025 unit shipment shares, Brazil harbour drones": shares named by their period and measure only, then
    what is shared after the comma."""
    found = _SHARES_THEN_X.search(line)
    if found is None:
        return None
    before = [w for w in re.findall(r"[\w-]+", line[: found.start()]) if not w.isdigit()]
    return found if all(w.lower() in measures or f"{w.lower()}s" in measures for w in before) else None


_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")


def _place_after(line: str, at: int, index: EntityIndex) -> str | None:
    """The place "in …" names right after what a caption shares, as written: a country or region ("… in the UK
    Q2": "UK"), or a city or province the place table knows that ends the phrase ("… in the Dublin region":
    "Dublin"), not a town's name opening another ("… in Mobile Gaming", "in Aurora Borealis projects")."""
    found = _PLACE_AFTER.match(line, at)
    if found is None:
        return None
    words = found.group("place").split()
    for n in (2, 1):
        written = " ".join(words[:n])
        name = without_division(written)
        entity = index.named(name) if len(words) >= n else None
        if entity is not None and entity.type in ("Country", "Region"):
            return name
        after = found.start("place") + len(written)
        if len(words) >= n and country_of(name) and _CLOSES_A_PLACE.match(line, after):
            return name
    return None


# what may follow a city's name that ends an "in" phrase: the line's end, punctuation, a period's or a source's
# preposition, a quarter, a kind of place (the caption's years are gone by now)
_CLOSES_A_PLACE = re.compile(
    r"\s*(?:$|[,.;:()\[\u2013\u2014-]|(?:region|area|metro\w*|province|state|county|city|district|prefecture)\b"
    r"|(?:in|for|as\s+of|by|during|from|to)\b|[QH][1-4]\b)",
    re.IGNORECASE,
)
_SHARES_THEN_X = re.compile(r"\bshares?\s*,\s*(?P<what>[A-Za-z][\w -]*?)\s*(?:,|$)", re.I)
_SHARE_OF = re.compile(r"\bshares?\s+of\s+(?P<what>[A-Za-z][\w -]*?)\s*(?:,|$|\bby\b|\bin\b|\bfor\b|—|–)", re.I)
_SHARES_OF_X = re.compile(r"^\s*(?P<what>[A-Za-z][\w -]*?)\s+(?:market\s+)?shares?\b", re.I)


def heading_market(sentence: Sentence) -> Entity:
    """The market a heading names: its text without the period and the parenthesis ("Robot arm market, Brazil,
    Q2 2026 (share of units shipped)" → "Robot arm market, Brazil")."""
    text = re.sub(r"\([^)]*\)", "", sentence.text)
    parts = [p.strip() for p in text.split(",") if p.strip() and not find_periods(p)]
    label = ", ".join(parts) or sentence.text.strip()
    return Entity(key=slugify(label), label=label, type="Market", known=False)
