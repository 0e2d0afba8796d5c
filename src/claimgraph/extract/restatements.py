"""A figure with no cue of its own that states an earlier figure's measure again: the writer's forecast of it
("… rose to 11%; we expect 15% in 2026"), an analyst note carrying it into its next sentence ("… $215 billion in
2025. We forecast $300 billion for 2026"), or the same subject's share said again ("… and it could slip below a
fifth by 2027"), or the next company's figure in a run of parallel reports ("Amazon expects capital expenditure
of $200 billion. Alphabet guided to $180 billion"). These are the tests; ``numeric.py`` makes the claims."""

from __future__ import annotations

import re

from claimgraph.extract.context import TOPIC_TYPES, ReadingContext
from claimgraph.extract.document import Sentence, verb_over
from claimgraph.extract.lexicon import HEDGES, Lexicon
from claimgraph.extract.normalize import Quantity, find_periods
from claimgraph.extract.spans import clause_window
from claimgraph.records import Claim


def expected_later(
    sentence: Sentence, quantity: Quantity, previous: Claim, previous_end: int, context: ReadingContext
) -> bool:
    """Whether the figure is the previous one's measure as the writer expects it at another time: same unit,
    an estimating verb between them ("we expect", "we see"), and no name of its own in between."""
    if previous.unit != quantity.unit or previous.value is None:
        return False
    between = [t for t in sentence.tokens if previous_end <= t.idx < quantity.start]
    named = any(previous_end <= m.start < quantity.start and m.entity != previous.object for m in sentence.mentions)
    return not named and any(t.lemma_ in context.lexicon.estimating_verbs and t.pos_ == "VERB" for t in between)


def analyst_goes_on(sentence: Sentence, quantity: Quantity, earlier: Claim, context: ReadingContext) -> bool:
    """Whether a figure with no cue of its own, in a sentence where the writer estimates ("we forecast", "our
    model puts"), carries on the measure the previous sentence stated: same unit, no party named before it."""
    if earlier.unit != quantity.unit or not estimated_by_analyst(sentence, context.lexicon):
        return False
    parties = [m for m in sentence.mentions if m.end <= quantity.start and m.entity.type != "Market"]
    if earlier.type == "GrowthRate" and any(
        context.lexicon.cue_in(k, sentence.text) for k in ("Revenue", "MarketShare")
    ):
        return False  # "… a CAGR of 37%. Open-weight models earned 19% of revenue": a part earned, no growth
    if earlier.type != "GrowthRate" and _grows_by(sentence, quantity, context.lexicon):
        return False  # "… 80% of accelerator spending. We expect that market to grow about 45%": growth, no share
    return not parties and earlier.type in ("MarketSize", "MarketShare", "GrowthRate")


def _grows_by(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> bool:
    """Whether a verb of growth before the figure says how much something grows ("expect that market to grow about
    45%"), not the level a share grows to ("expect that share to grow to 35%") nor growth the clause only mentions
    ("despite slower market growth, we forecast 30%")."""
    before = sentence.doc_text[sentence.start : quantity.start]
    if lexicon.cue_in("MarketShare", before):
        return False
    verbs = [t for t in sentence.tokens if t.idx < quantity.start and t.pos_ == "VERB" and t.lemma_ in _GROWING]
    after = sentence.doc_text[verbs[-1].idx + len(verbs[-1]) : quantity.start] if verbs else ""
    return bool(verbs) and not re.match(r"\s*to\b", after)


_GROWING = frozenset({"grow", "expand"})


def parallel_report(sentence: Sentence, quantity: Quantity, earlier: Claim | None, context: ReadingContext) -> bool:
    """Whether a figure with no cue of its own is the next company's entry in a run of reports of one measure:
    this sentence or the paragraph's last reported a company's spending or revenue in the same currency, or its
    share, and this figure's verb has another company as its subject ("Alphabet guided to …", "Orca came in at …",
    "Sable fell from 9%")."""
    if earlier is None or earlier.type not in _PARALLEL or earlier.unit != quantity.unit:
        return False
    if earlier is context.last_numeric and (
        context.last_numeric_paragraph != sentence.paragraph
        or (earlier.type == "MarketShare" and not _PLACED_AT.search(sentence.doc_text, sentence.start, quantity.start))
    ):
        # a report of an earlier paragraph, or a share of an earlier sentence (too loose a run) but for a company
        # placed at a figure ("Osk was next at about 9%", "X and Y are the biggest domestic players, at 3% each")
        return False
    doc = sentence.span.doc
    verb = verb_over(doc, quantity.start)
    if verb is None or verb.idx > quantity.start:
        # "Then Nebius at about 5%": with no verb of its own, a name placed right before the figure holds it
        return any(
            m.entity.type in TOPIC_TYPES
            and m.entity != earlier.subject
            and _NAME_AT.fullmatch(sentence.doc_text, m.end, quantity.start) is not None
            for m in sentence.mentions
        )
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(
        m.entity.type in TOPIC_TYPES and m.entity != earlier.subject and m.root(doc) in subjects
        for m in sentence.mentions
        if m.end <= quantity.start
    )


_NAME_AT = re.compile(rf"\s+(?:at|with|on)\s+(?:{HEDGES}\s+)*", re.IGNORECASE)
_PLACED_AT = re.compile(rf"\b(?:at|with)\s+(?:{HEDGES}\s+)*$", re.IGNORECASE)
_PARALLEL = frozenset({"Spending", "Revenue", "MarketShare"})  # a percent may be of any measure: shares only


_SERIES_GAP = re.compile(
    r"(?:[^.;:!?]|\.(?=\d)){0,80}?\s(?:and|then|rising\s+to|reaching)\s+"
    r"(?:(?:to|about|roughly|nearly|some|an\s+estimated)\s+)?"
)


def next_in_series(sentence: Sentence, quantity: Quantity, previous: Claim, previous_end: int) -> bool:
    """ "It expects RMB 14 billion in 2026 and RMB 30 billion by 2028": an amount joined to the previous one, with a
    period of the previous one's own between them and no name, is the same measure at the next period."""
    if previous.unit != quantity.unit or previous.value is None or previous.type not in _SERIES:
        return False
    gap = sentence.doc_text[previous_end : quantity.start]
    if not _SERIES_GAP.fullmatch(gap) or any(previous_end <= m.start < quantity.start for m in sentence.mentions):
        return False
    return bool(find_periods(gap))


_SERIES = frozenset({"MarketSize", "Revenue", "Spending", "Capacity"})


def same_measure_again(sentence: Sentence, quantity: Quantity, previous: Claim, previous_end: int) -> bool:
    """Whether a figure with no cue of its own restates the previous figure's measure for its subject: same unit,
    no other party named between them (a source may be), and the subject referred to again ("it", "its") in the
    figure's clause."""
    if previous.unit != quantity.unit or previous.value is None or previous.type not in _RESTATABLE:
        return False
    others = [m for m in sentence.mentions if previous_end <= m.start < quantity.start]
    if any(m.entity not in (previous.subject, previous.object) and m.entity.type != "ResearchFirm" for m in others):
        return False  # another party named between them: the figure is about it, or about something else
    left, _ = clause_window(sentence, quantity.start, quantity.end)
    return any(t.lower_ in ("it", "its", "they", "their") for t in sentence.tokens if left <= t.idx < quantity.start)


_RESTATABLE = frozenset({"MarketShare"})  # money said again is too often something else: orders lost, a charge


def estimated_by_analyst(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether the sentence gives a research firm's (or an analyst note's own: "we forecast") estimate."""
    if any(m.entity.type == "ResearchFirm" for m in sentence.mentions):
        return True
    verbs = lexicon.estimating_verbs
    own = any(t.lower_ in ("we", "our") for t in sentence.tokens)  # "we forecast", "our bottom-up model puts"
    if own and any(t.lemma_ in verbs and t.pos_ == "VERB" for t in sentence.tokens):
        return True
    # "The firm expects it to reach …", "Analysts see …": a research firm referred to, estimating
    analysts = {*lexicon.research_nouns, "firm"}  # "the firm": in a sentence that estimates, the research firm
    return any(t.dep_ == "nsubj" and t.head.lemma_ in verbs and t.lemma_.lower() in analysts for t in sentence.tokens)
