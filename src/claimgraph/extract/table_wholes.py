"""The whole a table's shares are of, as its column header or its caption names it: "| Share of GPU cloud market |",
"| Share of SACU |" under a caption measuring something, a bare "| Share (%) |" under a caption breaking a whole down
"by" something, or a line above the table saying what the shares are of. Read only for tables (``tables.py``); a
share in prose finds its whole in ``wholes.py``."""

from __future__ import annotations

import re

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import clean_name
from claimgraph.extract.heading_markets import shared_market
from claimgraph.extract.markets import singular
from claimgraph.records import Entity


def column_whole(column: str, context: ReadingContext) -> Entity | None:
    """The whole a share column names when it is no measure of the market in force: "| Share of adopters |" holds
    shares of the adopters, "| Share of GPU cloud market |" of that market (where "| Share of revenue |", "| Share of
    spend |" or "| Share of the market |" measure the market the table is about). A whole is a plural noun or names a
    market, with no figure in it."""
    found = _SHARE_OF_WHOLE.fullmatch(column.strip())
    if found is None:
        return None
    whole = found.group("whole").split(",")[0].strip()  # "Share of adopters, 2025": the period is the column's
    lexicon = context.lexicon
    words = whole.lower().split()
    if not words or any(c.isdigit() for c in whole) or words == ["market"] or lexicon.measure_in(column) is not None:
        return None
    measured = {singular(m) for m in lexicon.measures} | set(lexicon.spender_totals) | set(lexicon.aggregate_nouns)
    qualified = len(words) > 1 and (words[-1] == "market" or singular(words[-1]) in measured)
    if qualified:  # "| Share of GPU cloud market |", "| Share of GPU cloud revenue |": a field, named
        return context.index.entity_for(clean_name(whole), "Market")
    if singular(words[-1]) in measured or " ".join(words) in lexicon.measures:
        return None  # "| Share of GPU-hours |", "| Share of total |", "| Share of users |": a measure or a total
    if singular(words[-1]) == words[-1]:
        return None  # "| Share of supply |", "| Share of wallet |": no whole of parties, a measure in other words
    return context.index.entity_for(clean_name(whole), "Market")


_SHARE_OF_WHOLE = re.compile(r"shares?\s+of\s+(?:the\s+|all\s+)?(?P<whole>[^()%]+?)\s*(?:\([^)]*\))?", re.IGNORECASE)


def named_part_of_the_caption(column: str, intro: str, context: ReadingContext) -> Entity | None:
    """ "| Share of SACU |" under "Table 7. Installed server capacity at end-2026": a share of a named place or
    group's part of what the caption measures ("SACU installed server capacity"), the caption's words up to its
    date, source or qualifier, when they end on a measured noun."""
    found = _SHARE_OF_WHOLE.fullmatch(column.strip())
    whole = found.group("whole").strip() if found is not None else ""
    # headers come lower-cased: one word no dictionary has ("sacu", "mercosur") is a name, written as one
    if not whole.isalpha() or " " in whole or whole in context.index.english_words:
        return None
    name = whole.upper() if len(whole) <= 5 else whole.title()
    caption = _CAPTION_WORDS.match(intro.rstrip().rsplit("\n", 1)[-1])
    words = caption.group("words").split() if caption is not None else []
    lexicon = context.lexicon
    measured = {singular(m) for m in lexicon.measures} | set(lexicon.aggregate_nouns)
    if len(words) < 2 or singular(words[-1].lower()) not in measured:
        return None
    label = f"{name} {words[0].lower()} {' '.join(words[1:])}"
    return context.index.entity_for(clean_name(label), "Market")


# "Table 7. Installed server capacity at end-2026 (…)": the caption's words before a date, a source or a "by"
_CAPTION_WORDS = re.compile(
    r"(?:(?:Table|Figure|Chart|Exhibit)\s+\w+[.:]?\s*)?(?P<words>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)*?)"
    r"(?=\s+(?:at|in|by|for|as\s+of|from|to|of)\b|\s*[(,:]|\s*$)"
)


def whole_broken_down(column: str, intro: str, context: ReadingContext) -> Entity | None:
    """ "| Share (%) |" under "TABLE 9. EXPORTS OF K9 RACKS BY DESTINATION (US$ million)": a bare share column
    in a table that breaks a whole down "by" something holds shares of that whole, as the caption names it. A caption
    is labelled ("Table 9.") or set in capitals; a line of prose above the table is none."""
    if _BARE_SHARE.fullmatch(column.strip()) is None:
        return None
    line = intro.rstrip().rsplit("\n", 1)[-1].strip()
    if not (_LABELLED.match(line) or line.isupper()):
        return None  # "Demand was driven by hyperscalers.": a sentence of prose, no caption
    caption = _BROKEN_DOWN.match(line)
    if caption is None or len(caption.group("whole").split()) < 2:
        return None
    whole = caption.group("whole")
    if whole.isupper():  # a caption in capitals: its words in lower case, its names ("GPU", "EU") as they are
        words = context.index.english_words
        known = words | _FUNCTION_WORDS
        whole = " ".join(w.lower() if {w.lower(), singular(w.lower())} & known else w for w in whole.split())
    return context.index.entity_for(clean_name(whole), "Market")


_FUNCTION_WORDS = frozenset({"of", "in", "on", "at", "by", "for", "to", "from", "with", "and", "the", "under", "into"})
_BARE_SHARE = re.compile(r"shares?(?:\s*\(%\))?|%\s+share|share\s+of\s+total(?:\s*\(%\))?", re.IGNORECASE)
# "Table 3. Revenue by segment", "EXPORTS OF K9 RACKS BY DESTINATION (US$ million)": the whole, then "by"
_LABELLED = re.compile(r"(?:table|figure|chart|exhibit)\s+\w+[.:]", re.IGNORECASE)  # "Table 9.", "FIGURE C:"
_BROKEN_DOWN = re.compile(
    r"(?:(?:table|figure|chart|exhibit)\s+\w+[.:]?\s*)?(?P<whole>[A-Za-z][\w.\- ]*?)\s+by\s+[\w-]+", re.IGNORECASE
)


def caption_whole(intro: str, context: ReadingContext) -> Entity | None:
    """The whole a caption opening on a share names: "Table 1. Share of Hub downloads, by model family" → Hub
    downloads, "Share of serverless tokens by model family:" → serverless tokens. What is broken down, dated or
    counted in comes after the whole; a whole of one word ("Share of revenue, 2025") is a measure of the market in
    force, no whole of its own."""
    caption = _CAPTION_SHARES_OF.fullmatch(intro.rstrip().rsplit("\n", 1)[-1].strip())
    if caption is None:
        return None
    whole = caption.group("whole").strip()
    if len(whole.split()) < 2 or whole[0].isdigit() or caption.group(0).rstrip().endswith("."):
        return None  # "Share of AI revenue rose for Osk in 2025.": a sentence of prose, no caption
    if re.search(r"[’']s?\b", whole):
        return None  # "Share of Osk's revenue by customer": a firm's own takings, no market
    if whole.split()[-1].lower() == "market":
        return context.index.entity_for(clean_name(whole), "Market")  # "Shares of the Peru GPU market": as named
    # "Share of harbour drone shipments": the harbour drone market, its measure dropped, as prose names it; but
    # "serverless tokens" are no "serverless market" (one word left of a field names none), and "Osk Hub downloads"
    # are a named platform's own count, no market
    shared = shared_market(caption.group(0), context.lexicon, context.index)
    placed = _IN_A_PLACE.search(whole) is not None
    named = any(w[:1].isupper() and not w.isupper() for w in whole.split()[1:])
    if shared is not None and (placed or (not named and len(shared.label.split()) > 2)):
        return shared
    return context.index.entity_for(clean_name(whole), "Market")


_IN_A_PLACE = re.compile(r"\s(?:in|across)\s")  # "Shares of GPU cloud revenue in Lima": the Lima GPU cloud market


# "Table 1. Shares of GPU cloud revenue in Peru, 2025 (%)", "Share of serverless tokens by model family:"
_CAPTION_SHARES_OF = re.compile(
    r"(?:(?:table|figure|chart|exhibit)\s+[\w.]+[.:]?\s*)?shares?\s+of\s+(?:the\s+|all\s+)?"
    r"(?P<whole>[^():;,%]+?)(?:\s+by\s+[^,:]*)?\s*(?:,[^:]*|\([^)]*\)[^:]*)?:?",
    re.IGNORECASE,
)


def stated_whole(intro: str, context: ReadingContext) -> Entity | None:
    """The whole a table's shares are of, as a line above it states it: "Shares are of harbour drone sensor
    spending (our estimates)" → harbour drone sensor spending."""
    stated = _SHARES_ARE_OF.search(intro)
    if stated is None or len(stated.group("whole").split()) < 2:
        return None
    return context.index.entity_for(clean_name(stated.group("whole")), "Market")


_SHARES_ARE_OF = re.compile(
    r"\b[Ss]hares\s+(?:are|is)\s+(?:of|in)\s+(?:the\s+)?(?P<whole>[\w-]+(?:\s+[\w-]+){0,6}?)\s*[(.;:\n]"
)
