"""Cost and performance comparisons: a figure that is a part or a multiple of another model's or product's cost,
price or performance ("a sixth of the price of Vela Code", "four times the speed of a K7", "5% of what Vela-2
bills", "at nine times less cost" after "rivals Vela-2"). The other thing is the comparison's object;
the thing compared with it, its subject."""

from __future__ import annotations

import re

from claimgraph.extract.document import Mention, Sentence, owned_after
from claimgraph.extract.normalize import Quantity
from claimgraph.records import Entity

# what a comparison measures: "the cost of", "the peak compute of", "the throughput of"
_DIMENSION_WORDS = (
    r"(?:cost|costs|price|prices|pricing|performance|throughput|speed|compute|capability|capabilities|accuracy|"
    r"efficiency|power|output|quality|rate|rates|tokens|bandwidth)"
)
_DIMENSIONS = (
    _DIMENSION_WORDS + r"(?:\s+per\s+[\w-]+){0,2}"  # a rate: "the tokens per second per watt of", "… per megawatt of"
)
_DIMENSION = re.compile(_DIMENSION_WORDS, re.IGNORECASE)


def a_dimension(word: str) -> bool:
    """Whether a word names what two things are compared by ("cost", "speed", "throughput")."""
    return _DIMENSION.fullmatch(word) is not None


# right after the figure, up to where the other thing is named
_OF_REFERENCE = re.compile(r"\s+of\s+(?:the\s+[\w-]+(?:\s+[\w-]+)?\s+of\s+)?(?:(?:the|an?)\s+)?", re.IGNORECASE)
_OF_DIMENSION = re.compile(
    rf"\s+(?:of\s+)?(?:the\s+)?(?:(?!(?:off|on|in|from|to|by|for|at)\b)[\w-]+\s+){{0,2}}?{_DIMENSIONS}\s+(?:of|on)\s+"
    # "of an 8x K9 node", "of our K7 halls"
    r"(?:(?:a|an|the|our|its|their)\s+)?(?:(?:comparable|similar|equivalent|rival)\s+)?(?:\d+\s?[x×]\s+)?",
    re.IGNORECASE,
)
_OF_WHAT = re.compile(r"\s+(?:of\s+)?what\s+(?:the\s+)?", re.IGNORECASE)  # "5% of what Vela-2 bills", "half what …"
_AS_MUCH_AS = re.compile(r"\s+as\s+(?:much|expensive|costly|cheap|pricey)\s+as\s+(?:the\s+)?", re.IGNORECASE)
# after the figure, a comparison whose other thing the sentence named before it: "at a fifth of the price",
# "at nine times less cost", "half as fast", "four times cheaper"
_RELATIVE = re.compile(
    r"\s+(?:(?:lower|less)\s+(?:cost|price)|(?:of\s+(?:the|its)\s+(?:hourly\s+|list\s+|per-token\s+)?)?"
    r"(?:price|cost)s?\b|as\s+(?:fast|quick|cheap|"
    r"efficient|capable)\b|(?:faster|cheaper|quicker|more\s+efficient|less\s+expensive)\b)",
    re.IGNORECASE,
)
# "40% cheaper than Vela-2", "two-thirds less than the $15 charged for Vela-2", "30% lower cost per token than
# Vela-2": a figure by which it is lower
# the rival after "than": "the", "a", "our", "its own", "Osk's", and "comparable" or "similar" before its name
_RIVAL = r"(?:(?:the|an?|our|its(?:\s+own)?|their(?:\s+own)?|[A-Z][\w-]*['’]s?)\s+)?(?:comparable\s+|similar\s+)?"
_LESS_THAN = re.compile(
    r"\s+(?:less|lower|cheaper|below)(?:\s+(?:cost|price)s?)?(?:\s+per\s+[\w\s-]{1,30}?)?\s+than\s+"
    r"(?:the\s+[^,;]{0,40}?\s+(?:charged\s+for|for|of)\s+)?" + _RIVAL,
    re.IGNORECASE,
)
# "30% more per token than comparable Vela-2 clusters", "20% dearer than Vela-2": a figure by which it costs more
# (a bare "more" or "higher" only per unit: "scored 12% higher than Vela-2" says of no cost)
_MORE_THAN = re.compile(
    r"\s+(?:(?:more\s+expensive|dearer|costlier|pricier)(?:\s+per\s+[\w\s-]{1,30}?)?|(?:more|higher)"
    r"(?:\s+(?:cost|price)s?)?\s+per\s+[\w\s-]{1,30}?)\s+than\s+" + _RIVAL,
    re.IGNORECASE,
)
# "Osk Pro will cost about 35% more than Vela Plus", "costs banks about 40% less per query than …", "cost the
# Group roughly 25% more to build per unit of computing power than …": a bare "more" or "less" after a verb of
# costing, whose figure says by how much the one costs more or less than the other
_COSTING_BEFORE = re.compile(
    r"\b(?:cost|costs|costing|priced|charging)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:about|roughly|around|some|nearly|almost|approximately|only|just)\s+)?$",
    re.IGNORECASE,
)
_COSTING_THAN = re.compile(
    r"\s+(?P<way>more|less)(?:\s+to\s+\w+)?(?:\s+per\s+[\w\s-]{1,40}?)?\s+than\s+" + _RIVAL, re.IGNORECASE
)
# after "than", a time or an expectation rather than another thing: "than last year", "than a year ago", "than in
# 2024", "than expected", "than last year's version"
_ANOTHER_TIME = re.compile(
    r"(?:(?:last|this|next|the\s+previous|the\s+prior|a|one|two|three)\s+)?(?:year|quarter|month|week)s?\b|"
    r"(?:in\s+)?(?:19|20)\d\d\b|(?:expected|planned|forecast|budgeted|before|previously|earlier|at\s+launch)\b",
    re.IGNORECASE,
)
_COMPARED_KINDS = ("Model", "Product", "Group")


def costs_more_or_less(sentence: Sentence, quantity: Quantity) -> str | None:
    """ "costs about 35% more than Vela Plus": "more" or "less", when a verb of costing comes right before the
    figure and a bare "more" or "less … than" after it; else None."""
    text = sentence.doc_text
    after = _COSTING_THAN.match(text, quantity.end, sentence.end)
    if after is None or _COSTING_BEFORE.search(text, sentence.start, quantity.start) is None:
        return None
    if _ANOTHER_TIME.match(text, after.end()):
        return None  # "than last year", "than a year ago": another time, not another thing
    return after.group("way").lower()


def lower_by(sentence: Sentence, quantity: Quantity) -> bool:
    """Whether the figure is how much lower the thing is ("40% cheaper than"), not what part of it it is."""
    return bool(_LESS_THAN.match(sentence.doc_text, quantity.end, sentence.end)) or (
        costs_more_or_less(sentence, quantity) == "less"
    )


def higher_by(sentence: Sentence, quantity: Quantity) -> bool:
    """Whether the figure is how much higher the thing is ("30% more per token than"), not what part of it it is."""
    return bool(_MORE_THAN.match(sentence.doc_text, quantity.end, sentence.end)) or (
        costs_more_or_less(sentence, quantity) == "more"
    )


def compared_with(sentence: Sentence, quantity: Quantity) -> Mention | None:
    """The thing a figure compares its subject with, where the words after it say so."""
    text = sentence.doc_text
    costing = (_COSTING_THAN,) if costs_more_or_less(sentence, quantity) else ()
    for pattern in (_OF_DIMENSION, _OF_WHAT, _AS_MUCH_AS, _OF_REFERENCE, _LESS_THAN, _MORE_THAN, *costing):
        found = pattern.match(text, quantity.end, sentence.end)
        reference = next((m for m in sentence.mentions if found is not None and m.start == found.end()), None)
        if reference is not None and (owned := owned_after(sentence, reference)) is not None:
            reference = owned  # "of the per-token cost of Osk's Tarn-3 Pro": the model, not its maker
        if reference is not None and reference.entity.type not in _COMPARED_KINDS:
            # "of an Osk K9 node": the maker's name, then the product compared
            reference = next((m for m in sentence.mentions if m.start == reference.end + 1), reference)
        if reference is None or reference.entity.type not in _COMPARED_KINDS:
            continue
        if reference.entity.type == "Group" and not reference.entity.label.endswith(" models"):
            return None  # "a third of Korean enterprises" is how many of them, not a comparison with them
        return reference
    return _compared_before(sentence, quantity)


def of_an_unnamed_price(sentence: Sentence, quantity: Quantity) -> bool:
    """ "… at an eighth of the price", "60% of the on-demand rate": a part of a price or a rate with nothing named
    to compare it with, which states no claim (it is no price change, nor a share of anything, either)."""
    return bool(_OF_THE_PRICE.match(sentence.doc_text, quantity.end, sentence.end))


# "of the price", "of the on-demand rate": "of the cost" is typed by its cue
_OF_THE_PRICE = re.compile(r"\s+of\s+(?:(?:the|its)\s+prices?|the\s+(?:[\w-]+\s+)?rates?)\b", re.IGNORECASE)


def _compared_before(sentence: Sentence, quantity: Quantity) -> Mention | None:
    """ "V4 delivers nine-tenths of the performance of GPT-5 at a fifth of the price", "Tarn-3 matches Vela-2 at
    a ninth of the cost": a part or multiple of the price or cost (or "twice as fast"), where the sentence has
    named two things before it, is relative to the later one."""
    relative = _RELATIVE.match(sentence.doc_text, quantity.end, sentence.end)
    if relative is None:
        return None
    text = sentence.doc_text
    priced = re.search(r"price|cost", relative.group(0), re.IGNORECASE) is not None
    # "… on the K9 at 40% of the price": what both ran on, or were tested on, is not compared
    things = [
        m
        for m in sentence.mentions
        if m.end <= quantity.start and m.entity.type in ("Model", "Product") and not _ON_BEFORE.search(text, 0, m.start)
    ]
    if len({m.entity for m in things}) < 2:
        return None
    if priced and not _COMPARING.search(text, things[0].end, quantity.start):
        return None  # "rents the K7 and the K9 at 60% of the list price": two things priced, none compared
    # "reached 92% of the K9's throughput on Tarn-3 at 68% of its price": the one whose measure was compared
    possessed = [m for m in things if text.startswith(("'s ", "’s "), m.end)]
    reference = possessed[-1] if possessed and possessed[-1].entity != things[0].entity else things[-1]
    return reference if reference.entity != things[0].entity else None


# what a sentence says between two things to compare them: "matches", "reached 92% of", "beat", "delivers"
_COMPARING = re.compile(
    r"\b(?:match(?:es|ed)?|rival(?:s|led)?|beat(?:s)?|reach(?:es|ed)?|equal(?:s|led)?|deliver(?:s|ed)?|"
    r"outperform(?:s|ed)?|score[sd]?|of\s+(?:the\s+)?[\w.-]+[’']s)\b",
    re.IGNORECASE,
)
_ON_BEFORE = re.compile(r"\bon\s+(?:the\s+|an?\s+)?$")


def compared_thing(sentence: Sentence, quantity: Quantity, reference: Mention) -> Mention | None:
    """What a comparison is about: the model or product the clause is about, named before the figure ("Tarn-3
    costs 5% of what Vela-2 bills"), not the thing it is compared with."""
    doc = sentence.span.doc
    before = [
        m
        for m in sentence.mentions
        if m.end <= quantity.start and m.entity.type in ("Model", "Product") and m.entity != reference.entity
    ]
    # the subject, or the name of the subject's noun ("an Osk K9 node served 1.9x …"; not "On our Tarn-3 workload")
    subjects = [
        m
        for m in before
        if m.root(doc).dep_ in ("nsubj", "nsubjpass")
        or (m.root(doc).dep_ == "compound" and m.root(doc).head.dep_ in ("nsubj", "nsubjpass"))
    ]
    found = subjects or before
    return found[0] if found else None


_VERSION = re.compile(r"\d+(?:\.\d+)?")
_PRICE_WORDS = re.compile(
    r"\b(?:price|prices|priced|pricing|cost|costs|charge[sd]?|charging|bills?|billed|cheaper|costlier|pricier)\b", re.I
)


def succeeds(newer: Entity, older: Entity) -> bool:
    """Whether one model is a later version of the other: the same name words, a higher version number ("Tarn-4
    Flash" after "Tarn-3 Flash", "Vela Opus 4.5" after "Opus 4.1")."""
    new_versions, old_versions = _VERSION.findall(newer.label), _VERSION.findall(older.label)
    if not new_versions or not old_versions:
        return False
    new_words = set(_VERSION.sub(" ", newer.label).replace("-", " ").lower().split())
    old_words = set(_VERSION.sub(" ", older.label).replace("-", " ").lower().split())
    return bool(old_words) and old_words <= new_words and float(old_versions[0]) < float(new_versions[0])


def prices_against(sentence: Sentence, quantity: Quantity) -> bool:
    """Whether a comparison is of price ("a quarter of the price of", "half what … charged")."""
    return bool(_PRICE_WORDS.search(sentence.doc_text, quantity.start, sentence.end))


def replaced_version(sentence: Sentence, quantity: Quantity) -> Mention | None:
    """The model named before a figure that is a later version of one named after it, in the same sentence ("Tarn-4
    Max lists at $5, two-thirds less than the $15 charged for Tarn-3 Max"): the one the figure prices."""
    things = [m for m in sentence.mentions if m.entity.type in ("Model", "Product")]
    older = [m.entity for m in things if m.start >= quantity.end]
    newer = [m for m in things if m.end <= quantity.start]
    return next((n for n in newer if any(succeeds(n.entity, o) for o in older)), None)


def part_of_its_old_price(sentence: Sentence, quantity: Quantity) -> bool:
    """Whether a price figure is what is left of the thing's own earlier price ("cut … to a tenth of its launch
    price", "now costs a quarter of what it did"), so the change is the rest of it."""
    text = sentence.doc_text
    return bool(_OF_ITS_OLD_PRICE.match(text, quantity.end, sentence.end)) and bool(
        _LEFT_AT.search(text, sentence.start, quantity.start)
    )


_OF_ITS_OLD_PRICE = re.compile(
    r"\s+of\s+(?:(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:price|prices|cost|rate|rates)\b|what\s+(?:it|they)\s+"
    r"(?:did|cost|charged|used\s+to))",
    re.IGNORECASE,
)
_LEFT_AT = re.compile(r"\b(?:to|costs?|priced\s+at|sells\s+for)\s+(?:(?:just|only|about|around|roughly)\s+)?$", re.I)
