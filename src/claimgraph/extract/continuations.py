"""A figure read against the figure just before it in its sentence: a report continued with another subject
("Northwind held 31% of the market, Sable 12%"), the growth of an amount ("$41 billion, up 12%"), the amount a
growth reached ("grew 41% to $2 billion"). Each takes the earlier claim and changes what the new figure changes."""

from __future__ import annotations

import re
from dataclasses import replace

from claimgraph.extract.context import PLACE_TYPES, TOPIC_TYPES, ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Mention, Sentence
from claimgraph.extract.lexicon import HEDGES, words_pattern
from claimgraph.extract.markets import singular
from claimgraph.extract.normalize import Quantity, modality_of
from claimgraph.extract.numbers import alternatives, load_numbers
from claimgraph.extract.spans import evidence_for
from claimgraph.records import MONEY_UNITS, Claim, Entity, signed_values

# What precedes the amount a growth reached: "grew 41% to $2 billion".
_REACHED = re.compile(rf"\bto\s+(?:{HEDGES}\s+)*$", re.I)  # "to just over $200 million"
_CHANGES = load_numbers()["change"]
_JOINTLY = "together|combined|jointly|collectively"  # "Sable and Tarn together 21%"
_REMAINING = "remaining|other|last|final"  # "Kestrel the remaining 9%"
# a gap that a possessive, a pair "together" or "the remaining" opens, whose figure must end the continued report
_SAID_ANEW = re.compile(rf"['’]s\b|\b(?:{_JOINTLY}|{_REMAINING})\b", re.I)
_ENDS_A_SHARE = re.compile(
    r"\s*(?:[,.;:)\]]|$|(?:and|in|for|by|while|whereas|but|to|at|as|on|respectively|each|apiece)\b)", re.I
)
# Between a holder and its share when a report continues: "Sable 12%", "Kestrel about 3%", "Sable at 12%",
# "Kestrel (9%)", "Larkspur Cloud with 9.4%", "Sable and Tarn together 21%", "Kestrel the remaining 9%"; a
# possessive whose noun is left out stands for the measure just reported ("against Sable's 12%", "while Sable's
# rose from 3% to 7%"), a level it moved from or to, not a change by so much.
_GAP = re.compile(
    r"(?:['’]s(?:\s+(?:"
    rf"{alternatives([*_CHANGES['increase_verbs'], *_CHANGES['decrease_verbs']])})\s+(?:from|to))?)?"
    r"\s*(?:[:(—–-]\s*)?(?:(?:at|with|on|to|for|between|a\s+further|another|had|has|held|holds|took|takes|just|"
    rf"{_JOINTLY}|the\s+(?:{_REMAINING})|"
    rf"{alternatives(p for group in load_numbers()['hedges'].values() for p in group if p[0].isalpha())})\s+)*",
    re.IGNORECASE,
)
# what joins a gapped clause to the figure's own: "…, and B 12%", "… and B 12%", "… 31% of sales in 2025 and B for 12%"
_PAIRING = re.compile(r"^\W*(?:and|while|whereas|but)\b|,\s*(?:and\s+)?$|\s(?:and|while|whereas|but)\s+$", re.I)
# a gapped clause repeating the words before a place: "…, customers in Chile 36%", "… and buyers from Peru for 12%"
_PLACED_AGAIN = re.compile(r"(?:,|\band)\s*(?:and\s+)?(?P<words>(?:[a-z]+\s+){1,2}(?:in|from)\s+)(?:the\s+)?$")
# What stands between an amount and its growth: "$41 billion for 2025, up 12%", "$48.6 billion (+64%)", "RMB 8.5
# billion, increasing 1% year over year".
# after a multiple: "the total for 2019", "its size in 2017", "a year before"
_OF_AN_EARLIER = re.compile(
    r"\s+(?:(?:the|its|their)\s+(?:(?:\d{4}|prior-year|year-earlier|previous|last\s+year's)\s+)?"
    r"(?:figure|level|total|amount|size|result)s?\b|a\s+year\s+(?:earlier|before|ago)|the\s+year\s+before)",
    re.I,
)
_GROWTH_AFTER = re.compile(
    r"[,;(]\s*(?:or\s+)?(?:(?:up|down|(?:increas|decreas|ris|fall|grow|declin|climb|dropp)ing)(?:\s+by)?"
    r"|an?\s+(?:increase|rise|jump|decline|drop)\s+of)?\s*"
    rf"(?:(?:{alternatives(p for group in load_numbers()['hedges'].values() for p in group if p[0].isalpha())})\s+)?$",
    re.I,
)


# after the change: a comparison with something else ("short of estimates", "ahead of guidance", "faster than the
# market") or a place ("in the US") says it is no growth of the whole amount
_NOT_ITS_GROWTH = re.compile(
    r"\s+(?:short\s+of|below|above|ahead\s+of|behind|faster|slower|more\s+than|less\s+than|than|in\s+(?:the\s+)?[A-Z])"
)


def continued_report(
    sentence: Sentence, quantity: Quantity, claims: list[Claim], report_end: int, context: ReadingContext
) -> Claim | None:
    """ "Northwind held 31% of the market, Sable 12% and Kestrel 9%", "… followed by Sable at 12% and Kestrel
    (9%)", "Kestrel will invest up to $2 billion and Sable up to $4 billion": a name and a figure of the same
    unit right after a figure continue its report with another subject (gapping)."""
    report = next((c for c in reversed(claims) if c.unit is not None), None)
    if report is None or report.unit != quantity.unit or report.type not in context.lexicon.subject_types:
        return None
    if quantity.change is not None and not any(ch.isdigit() for ch in quantity.text):
        return None  # "… and Tessin halved what it charges for Corra-2": a verb of change heads a clause of its own
    allowed = context.lexicon.subject_types[report.type]
    holders = [m for m in sentence.mentions if report_end <= m.start and m.end <= quantity.start]
    # "customers in Peru made up 52% of sales, customers in Chile 36%": a place's part of the earner's revenue
    placed = report.type == "Revenue" and report.object is not None and report.object.type in PLACE_TYPES
    holder = holders[-1] if holders and holders[-1].entity.type in {*allowed, *PLACE_TYPES} else None
    if holder is None and not holders and report.type == "MarketShare":
        holder = _gapped_holder_words(sentence, report_end, quantity, context)
    regional = placed and holder is not None and holder.entity.type in PLACE_TYPES
    if holder is None or holder.entity in (report.subject, report.object):
        return None  # "Osk's revenue reached $2 billion and Tarn Labs $1 billion": no firm is its own source
    if not regional and holder.entity.type not in allowed:
        return None
    gap = sentence.doc_text[holder.end : quantity.start]
    if not _GAP.fullmatch(gap):
        return None
    if _SAID_ANEW.search(gap) and not _ENDS_A_SHARE.match(sentence.doc_text, quantity.end):
        return None  # "while SoftBank's 4% stake was sold", "Osk and Vey together 5% of their staff": another measure
    joined = sentence.doc_text[report_end : holder.start]
    paired = _PAIRING.search(joined) is not None and not _a_listed_name_before(sentence, report_end, holder)
    if report.type != "MarketShare" and not (paired or (regional and _placed_again(sentence, report_end, joined))):
        return None  # outside share lists only "A did X and B Y" gaps: "… $2 billion and Sable up to $4 billion"
    # "Vey made up 44% of sales, and Pell for 12%": a payer's part of the earner's revenue names the payer
    paid_by = (
        report.type == "Revenue"
        and report.unit == "percent"
        and report.object is not None
        and report.object.type in BUSINESS_TYPES
    )
    # "we run Tarnby, Ohio (96 MW) and Osk, Texas (70 MW)": a place before a capacity is a site of the same holder
    sited = report.type == "Capacity" and holder.entity.type in PLACE_TYPES
    return replace(
        report,
        subject=report.subject if paid_by or sited or regional else holder.entity,
        object=holder.entity if paid_by or regional else report.object,
        value=quantity.value,
        value_max=quantity.value_max,
        alt_values=(),
        modality=figure_modality(sentence.doc_text[holder.start : quantity.end], quantity, context),
        evidence=(evidence_for(sentence, (holder.start, holder.end), (quantity.start, quantity.end)),),
    )


def _gapped_holder_words(
    sentence: Sentence, report_end: int, quantity: Quantity, context: ReadingContext
) -> Mention | None:
    """The plain words that hold a share in a gapped list of shares ("Nvidia took about 80% of accelerator
    spending, custom ASICs 13% and AMD 6%"): a noun phrase of up to four words between a comma or "and" and the
    figure, its head a noun; a pronoun, a number, a measure ("revenue +68%") or a word for a remainder ("the rest
    7%", "all other models 21%", read as the field's others elsewhere) holds nothing."""
    text = sentence.doc_text
    before = [t for t in sentence.tokens if report_end <= t.idx and t.idx + len(t.text) <= quantity.start]
    cut = max((i for i, t in enumerate(before) if t.text in (",", ";") or t.lower_ in _JOINS), default=None)
    if cut is None:
        return None  # no separator: the words are the figure's own clause, no gapped holder
    words = before[cut + 1 :]
    while words and words[0].pos_ == "DET":
        words = words[1:]
    # the longest run of words whose rest, up to the figure, is what stands between a holder and its share
    size = next(
        (
            n
            for n in range(min(len(words), 4), 0, -1)
            if _GAP.fullmatch(text[words[n - 1].idx + len(words[n - 1]) : quantity.start])
        ),
        0,
    )
    phrase = words[:size]
    if not phrase or phrase[-1].pos_ not in ("NOUN", "PROPN") or any(t.lemma_.lower() in _REMAINDERS for t in phrase):
        return None
    if any(t.like_num or t.pos_ in ("PRON", "VERB", "AUX", "ADP", "PUNCT") for t in phrase):
        return None
    span = sentence.span.doc[phrase[0].i : phrase[-1].i + 1]
    head = phrase[-1]
    if head.lemma_.lower() in context.lexicon.money_wholes or head.lower_ in context.lexicon.measures:
        return None  # "33.0% share; AI product revenue +68%": a measure of the holder, no holder
    if head.lemma_.lower() in _FIGURE_NOUNS or (len(phrase) == 1 and head.tag_ == "NN"):
        return None  # "gross margin 75%", "inference 60%": a measure or a field, no party holding a share
    lexicon = context.lexicon
    parties = lexicon.player_nouns | lexicon.cloud_nouns | lexicon.company_nouns | lexicon.hardware_nouns
    if head.pos_ != "PROPN" and not head.text[:1].isupper() and singular(head.lower_) not in parties | _SELLING_PLACES:
        return None  # "unit volumes 30%", "enterprise deals 20%": no seller, no kind of goods
    if any(t.dep_ == "case" or t.tag_ == "POS" for t in phrase):
        return None  # "cloud providers' purchases 60%": a party's purchases, a measure
    if _OWN_WHOLE.match(text, quantity.end):
        return None  # "GPUs 90% of its revenue": a part of a whole of its own, not the report's
    kind = "Organization" if phrase[-1].pos_ == "PROPN" else "Group"
    return Mention(context.index.entity_for(span.text, kind), span.start_char, span.end_char, span.start, span.end)


_JOINS = frozenset({"and", "while", "whereas", "but"})
_SELLING_PLACES = frozenset({"marketplace", "platform", "exchange", "reseller", "distributor"})
_FIGURE_NOUNS = frozenset({"margin", "growth", "profit", "cost", "price", "rate", "analyst", "estimate", "forecast"})
_OWN_WHOLE = re.compile(r"\s+of\s")


_REMAINDERS = frozenset({"rest", "remainder", "balance", "other", "others", "total", "share", "market"})


def _a_listed_name_before(sentence: Sentence, report_end: int, holder: Mention) -> bool:
    """Whether a plain "and" before the holder joins it to a name right before ("… $2 billion to Vey and Tarn for
    …"): a list of names, no gapped clause."""
    glue = _AND_BEFORE.search(sentence.doc_text, report_end, holder.start)
    return glue is not None and any(m.end == glue.start() for m in sentence.mentions)


_AND_BEFORE = re.compile(r"\s+and\s+$")


def _placed_again(sentence: Sentence, report_end: int, joined: str) -> bool:
    """Whether the words before the place repeat words before the report's figure ("customers in Peru made up 52%
    of sales, customers in Chile 36%"), so the clause is the same report gapped."""
    again = _PLACED_AGAIN.search(joined)
    before = sentence.doc_text[sentence.start : report_end].lower()
    return again is not None and again.group("words").strip().lower() in before


def respective_holders(sentence: Sentence, context: ReadingContext) -> dict[int, Entity]:
    """ "Northwind, Sable and Kestrel had 31%, 12% and 9% respectively", "Their shares were 31%, 12% and 9%
    respectively": where the sentence says so, its figures go to the companies in the order they were named —
    in the sentence before its first figure, or, when it names too few, in the sentence before — by start
    offset of each figure. Empty when the counts disagree: a pairing is never guessed."""
    said = words_pattern(context.lexicon.respective_words).search(sentence.text)
    paired = _coordinated_pairs(sentence, sentence.start + said.start() if said else None)
    if paired:
        return paired
    if not said or not sentence.quantities:
        return {}
    figures = [q for q in sentence.quantities if q.unit == sentence.quantities[0].unit]
    before = [q for q in figures if q.end <= sentence.start + said.start()]
    figures = before if len(before) >= 2 else figures  # "…, while the long tail took 14%": a figure of its own
    named = [m.entity for m in sentence.mentions if m.end <= figures[0].start and m.entity.type in TOPIC_TYPES]
    holders = list(dict.fromkeys(named))
    if len(holders) < len(figures):
        holders = list(context.named_together)
    if len(figures) < 2 or len(holders) != len(figures):
        return {}
    return {figure.start: holder for figure, holder in zip(figures, holders, strict=True)}


# what joins the items of a list: "A, B and C", "A & B", "A or B"
LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\b|or\b)?|\b(?:and|or)\b|&)\s*", re.IGNORECASE)
_HEDGED = re.compile(rf"\s*(?:(?:{alternatives(p for g in load_numbers()['hedges'].values() for p in g)})\s*)*$", re.I)


def _coordinated_pairs(sentence: Sentence, said_at: int | None) -> dict[int, Entity]:
    """ "Brisco Cloud and Osk Cloud took 22% and 15% (respectively)", "A, B and C follow with about 13%, 12% and
    9%": a list of names that is its clause's subject, and a list of as many figures of one unit in the same
    clause, pair in order — with "respectively" after the figures, or without it. Empty when the lists differ in
    length or are not lists."""
    text = sentence.doc_text
    figures: list[Quantity] = []
    for quantity in sentence.quantities:
        if said_at is not None and quantity.start > said_at:
            break
        glue = text[figures[-1].end : quantity.start] if figures else ""
        if figures and quantity.unit == figures[-1].unit and LIST_GLUE.fullmatch(_HEDGED.sub("", glue) or glue):
            figures.append(quantity)
        elif said_at is None and len(figures) >= 2:
            break  # the first list of figures is the one paired
        else:
            figures = [quantity]
    if len(figures) < 2:
        return {}
    names = [m for m in sentence.mentions if m.end <= figures[0].start and m.entity.type in TOPIC_TYPES]
    holders: list[Mention] = []
    for mention in reversed(names):
        if holders and not LIST_GLUE.fullmatch(text[mention.end : holders[0].start]):
            break
        holders.insert(0, mention)
    if len(holders) != len(figures) or (said_at is None and not _subject_of_its_clause(sentence, holders[-1])):
        return {}  # unmarked, only a list that is its clause's subject pairs ("with A and B at 5% and 3%" needs
        # "respectively")
    return {figure.start: holder.entity for figure, holder in zip(figures, holders, strict=True)}


def _subject_of_its_clause(sentence: Sentence, last: Mention) -> bool:
    """Whether the list whose last name this is is a clause's subject ("A and B took …": B hangs on A)."""
    root = last.root(sentence.span.doc)
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")


# "the three companies", "these 2 providers": the number words of the number lexicon, and digits
_COUNTS = {**{w: int(v) for w, v in load_numbers()["ones"].items() if int(v) >= 2}, **{str(n): n for n in range(2, 10)}}
_COUNTED = re.compile(rf"\b(?:the|these|those|all)\s+(?P<n>{'|'.join(_COUNTS)})\s+(?P<noun>[a-z-]+)\b", re.I)


def counted_group(
    sentence: Sentence, quantity: Quantity, claims: list[Claim], since: int, context: ReadingContext
) -> Entity | None:
    """ "…; the three companies together hold more than 90%": a share the last N holders named hold together, the
    N read from "the three companies" (or "these two providers") in the figure's clause after the last figure."""
    lexicon = context.lexicon
    found = next(reversed(list(_COUNTED.finditer(sentence.doc_text, max(since, sentence.start), quantity.start))), None)
    nouns = {*lexicon.company_nouns, *lexicon.player_nouns, *lexicon.role_nouns}
    noun = re.sub(r"ies$", "y", found.group("noun").lower()) if found is not None else ""
    if found is None or (noun not in nouns and noun.removesuffix("s") not in nouns):
        return None
    count = _COUNTS[found.group("n").lower()]
    named = [c.subject for c in claims if c.type == "MarketShare"]  # this sentence's holders, never a guess
    holders = list(dict.fromkeys(reversed(named)))[:count][::-1]
    if len(holders) != count:
        return None
    return context.index.entity_for(_joint_label([h.label for h in holders]), "Group")


def _joint_label(names: list[str]) -> str:
    """ "Osk Cloud, Brisco Cloud and Halden Cloud": the holders of one share, in the order they were named."""
    return ", ".join(names[:-1]) + " and " + names[-1]


def has_own_figure(sentence: Sentence, mention: Mention) -> bool:
    """Whether a figure follows the name as its own: "… and Sable up to $7 billion"."""
    text = sentence.doc_text
    return any(q.start > mention.end and _GAP.fullmatch(text[mention.end : q.start]) for q in sentence.quantities)


def growth_of_previous(sentence: Sentence, quantity: Quantity, previous: Claim) -> Claim | None:
    """ "totalled $41 billion for 2025, up 12%", "brought $9 billion, up 30%": a change right after an
    amount is that amount's growth — a company's revenue growth, or a market's growth beside its size."""
    kinds = {"Revenue": "Revenue", "MarketSize": "GrowthRate"}
    if (
        quantity.unit == "times"
        and previous.unit in MONEY_UNITS
        and _OF_AN_EARLIER.match(sentence.doc_text, quantity.end)
    ):
        # "$90 million, more than twice the total for 2021": a multiple of the same amount earlier
        if previous.type in kinds and _GROWTH_AFTER.search(sentence.doc_text[sentence.start : quantity.start]):
            return replace(
                previous,
                type=kinds[previous.type],
                object=None,
                value=quantity.value,
                value_max=quantity.value_max,
                unit="times",
                alt_values=(),
                evidence=(evidence_for(sentence, (quantity.start, quantity.end)),),
            )
        return None
    if not _GROWTH_AFTER.search(sentence.doc_text[sentence.start : quantity.start]):
        return None
    if _NOT_ITS_GROWTH.match(sentence.doc_text, quantity.end):
        return None  # "…, falling 10% short of estimates", "…, declining 10% in the US": a gap, or a part's change
    return _its_growth(sentence, quantity, previous)


def growth_said_next(sentence: Sentence, quantity: Quantity, previous: Claim) -> Claim | None:
    """ "The market was worth $11.4 billion in 2025. That's up roughly 70% on 2024.": a change opening the next
    sentence on "that", "this" or "it" is the growth of the amount just stated (the paragraph's last figure)."""
    text = sentence.doc_text
    # where the sentence the parser did not split off starts ("- Pell spent $14 million. That is more than triple")
    start = max(sentence.start, text.rfind(". ", sentence.start, quantity.start) + 2)
    multiple = quantity.unit == "times" and _THAT_IS_A_MULTIPLE.fullmatch(text, start, quantity.start)
    if not multiple and not _THAT_IS_UP.fullmatch(text, start, quantity.start):
        return None
    return _its_growth(sentence, quantity, previous)


def _its_growth(sentence: Sentence, quantity: Quantity, previous: Claim) -> Claim | None:
    """A change in percent of an amount stated: a company's revenue growth, or a market's growth beside its size."""
    kinds = {"Revenue": "Revenue", "MarketSize": "GrowthRate", "Spending": "GrowthRate"}
    if quantity.unit not in ("percent", "times") or quantity.change is None or previous.unit not in MONEY_UNITS:
        return None
    if previous.type not in kinds:
        return None
    falling = quantity.change == "decrease"
    value, value_max = signed_values(kinds[previous.type], quantity.value, quantity.value_max, falling)
    return replace(
        previous,
        type=kinds[previous.type],
        object=None,
        value=value,
        value_max=value_max,
        unit=quantity.unit,
        alt_values=(),
        evidence=(evidence_for(sentence, (quantity.start, quantity.end)),),
    )


# "That is more than triple": a multiple of the amount just stated, said of it
_THAT_IS_A_MULTIPLE = re.compile(
    r"\s*(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:(?:more\s+than|nearly|almost|about|roughly|over)\s+)?", re.I
)
_THAT_IS_UP = re.compile(
    r"\s*(?:that|this|it)(?:['’]s|\s+is|\s+was|\s+would\s+be|\s+will\s+be)?\s+"
    r"(?:(?:up|down)(?:\s+by)?|an?\s+(?:increase|rise|jump|decline|drop)\s+of)\s*"
    rf"(?:(?:{alternatives(p for group in load_numbers()['hedges'].values() for p in group if p[0].isalpha())})\s+)?",
    re.I,
)
_OF_WHICH = re.compile(r",\s*(?:of\s+which|of\s+that|including)\s+(?:(?:about|roughly|around|some|nearly)\s+)?$", re.I)


def part_of_previous(sentence: Sentence, quantity: Quantity, previous: Claim) -> Claim | None:
    """ "Signed grid power stands at 80 MW, of which 30 MW is live": a part of the figure just before it, in its
    unit, is the same holder's figure of the same kind."""
    if quantity.unit != previous.unit or previous.value is None:
        return None
    if not _OF_WHICH.search(sentence.doc_text, sentence.start, quantity.start):
        return None
    return replace(
        previous,
        value=quantity.value,
        value_max=quantity.value_max,
        alt_values=(),
        evidence=(evidence_for(sentence, (quantity.start, quantity.end)),),
    )


def amount_after_growth(sentence: Sentence, quantity: Quantity, previous: Claim) -> Claim | None:
    """ "grew 41% in the quarter to $2 billion", "rose 40-fold to $2.9 billion": the amount a
    growth reached — the company's revenue, or the market's size."""
    kinds = {"Revenue": "Revenue", "GrowthRate": "MarketSize"}
    if quantity.unit not in MONEY_UNITS or previous.unit not in ("percent", "times") or previous.type not in kinds:
        return None
    if previous.type == "GrowthRate" and previous.subject.type != "Market":
        return None
    if not _REACHED.search(sentence.doc_text[sentence.start : quantity.start]):
        return None
    return replace(
        previous,
        type=kinds[previous.type],
        value=quantity.value,
        value_max=quantity.value_max,
        unit=quantity.unit,
        alt_values=(),
        evidence=(evidence_for(sentence, (quantity.start, quantity.end)),),
    )


def figure_modality(lead: str, quantity: Quantity, context: ReadingContext) -> str:
    modality = modality_of(lead)
    if modality == "asserted" and quantity.approximate:
        modality = "estimated"
    if modality == "asserted" and context.attribution is not None:
        modality = "reported"
    return modality


_FOR = re.compile(r"\s+(?:[\w-]+\s+){0,4}?for\s+")
_SEVERALLY = re.compile(r"\b(?:each|apiece|respectively|a piece)\b", re.IGNORECASE)


def _one_subject(sentence: Sentence, holder: Mention, partners: list[Mention]) -> bool:
    """ "Osk, Brisco and Halden hold 70%": names coordinated as one verb's subject, with no figure among them and
    nothing saying "each", hold the figure together."""
    root = holder.root(sentence.span.doc)
    last = max(partners, key=lambda m: m.end)
    inside = any(holder.start <= q.start < last.end for q in sentence.quantities)
    return root.dep_ in ("nsubj", "nsubjpass") and not inside and not _SEVERALLY.search(sentence.text)


def _alike(kind: str, other: str) -> bool:
    """Whether two names can hold a figure together: of one type, or both firms of any kind."""
    return kind == other or (kind in BUSINESS_TYPES and other in BUSINESS_TYPES)


def held_jointly_or_each(sentence: Sentence, quantity: Quantity, claim: Claim, context: ReadingContext) -> list[Claim]:
    """ "Kestrel, Sable and Osgood took 70% between them": the figure belongs to the coordinated names as one
    group; "Kestrel and Sable hold 2% each": to every one of them. Otherwise the claim as it was read."""
    doc = sentence.span.doc
    holder = next((m for m in sentence.mentions if m.entity == claim.subject and m.end <= quantity.start), None)
    held_for = False
    if holder is None:  # "against about 65% for Pell, Osk and Vey combined", "$90 billion of capex for"
        later = next((m for m in sentence.mentions if m.entity == claim.subject and m.start > quantity.end), None)
        held_for = later is not None and bool(_FOR.fullmatch(sentence.doc_text, quantity.end, later.start))
        holder = later if held_for else None
    if holder is None:
        return [claim]
    root = holder.root(doc)
    partners = [
        m
        for m in sentence.mentions
        if m is not holder
        and _alike(m.entity.type, holder.entity.type)  # "Osk Cloud and Tarn Telecom": a cloud and a company alike
        and any(m.token_start <= t.i < m.token_end for t in root.conjuncts)
    ]
    if not partners:
        return [claim]
    last = max(partners, key=lambda m: m.end)
    after = sentence.doc_text[last.end if held_for else quantity.end : sentence.end].lower()
    around = sentence.doc_text[max(sentence.start, quantity.start - 30) : quantity.start].lower()
    if held_for:
        around += " " + sentence.doc_text[quantity.end : holder.start].lower()  # "of combined 2026 capex for"
    between = [q for q in sentence.quantities if last.end <= q.start < quantity.start]
    before = "" if held_for or between else sentence.doc_text[last.end : quantity.start].lower()
    if re.match(r"\s*each\b", after) or re.match(r"[\s,]*each\b", before):  # "3% each", "Osk and Vey each hold"
        return [claim, *(replace(claim, subject=m.entity) for m in partners)]
    jointly = words_pattern(context.lexicon.jointly_words)
    if jointly.match(after.lstrip(" ,")) or jointly.search(around) or _one_subject(sentence, holder, partners):
        names = [m.entity.label for m in sorted([holder, *partners], key=lambda m: m.start)]
        group = context.index.entity_for(_joint_label(names), "Group")
        among = claim.object in {m.entity for m in partners}  # "capex for Amazon, … and Alphabet": no payee
        return [replace(claim, subject=group, object=None if among else claim.object)]
    return [claim]
