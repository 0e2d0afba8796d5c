"""Mentions of things neither the gazetteer nor the NER names, found by the shape of the text, and how the
mentions of an article are put together:

- versioned models: a name with a version ("Falcon-V3.2", "Orca 4.5 Turbo", "Heron-7", "Wren2.5-VL") names
  one model of a family, which is its own entity;
- organisations by their suffix ("Corvid AI", "Marlin Robotics"), as "X Cloud", by a role noun in apposition, and
  places by a demonym: ``organisations.py``;
  products by their maker ("Nvidia GB300 chips", "Meta's MTIA") or a product noun after them;
- markets, groups and policies, which phrases rather than proper names name, come from ``phrases.py``.

Every discovered mention replaces the shorter mentions it covers ("Brazil" inside the market's name); then
``consistency.py`` makes one entity of each name throughout the article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from claimgraph.extract.consistency import less_specific, one_entity_per_name
from claimgraph.extract.document import (
    LABEL_IN_CAPITALS,
    EntityIndex,
    Mention,
    title_cased,
    tokens_with,
)
from claimgraph.extract.field_names import product_field_names
from claimgraph.extract.law_names import law_mentions
from claimgraph.extract.lexicon import load_lexicon
from claimgraph.extract.name_bounds import (
    PERCENT_AFTER,
    code_after,
    in_a_title_case_line,
    inside,
    joined_by_particles,
    plain_english,
    public_bodies_joined,
    variant_after,
    version_end,
)
from claimgraph.extract.name_forms import (
    bare_product_codes,
    lowercase_names,
    makers_versions,
    name_word,
    owned_appositive_products,
    part_number,
    sized_models,
    speaker_typed,
    without_common_words,
)
from claimgraph.extract.name_kinds import typed_by_its_conjuncts, typed_by_its_noun, typed_by_its_role
from claimgraph.extract.organisations import (
    appositive_names,
    cloud_names,
    defined_short_names,
    demonym_places,
    divisions,
    entry_heads,
    listed_places,
    registered_names,
    share_run_holders,
    sited_places,
    suffixed_names,
)
from claimgraph.extract.periods import DATING_CONJUNCTIONS, MONTHS, WEEKDAYS, find_periods
from claimgraph.extract.phrases import group_mentions, market_mentions, policy_mentions, ranked_groups
from claimgraph.extract.rental_offers import on_demand_offers

# Hyphenated words that are English, not model names: "Non-", "Sino-", "Q4-".
_NOT_A_MODEL_PREFIX = r"(?!(?:Non|Anti|Pro|Post|Pre|Sino|Mid|Co|Ex|Semi|Multi|Cross|Self|Year|Q[1-4])-)"


@dataclass(frozen=True)
class _VersionPatterns:
    """How a model's name carries its version, built from the lexicon's version words ("Turbo", "Pro")."""

    hyphenated: re.Pattern[str]  # "Falcon-3-Pro", "Orca-2.5"
    spaced: re.Pattern[str]  # after a family's name: "Falcon 3 Turbo", "Falcon Swift 2.1", "Falcon 3 Reasoning"
    maker: re.Pattern[str]  # after a maker's name, only model words: "Kestrel Large", not "Kestrel 2024"
    lower_tier: re.Pattern[str]  # after a version number, a tier in lower case: "Falcon-3 mini"


@lru_cache(maxsize=1)
def _version_patterns() -> _VersionPatterns:
    words = load_lexicon().discovery.version_words
    upper = "(?:" + "|".join(map(re.escape, words)) + ")"
    lower = "|".join(re.escape(w.lower()) for w in words)
    return _VersionPatterns(
        hyphenated=re.compile(rf"\b{_NOT_A_MODEL_PREFIX}[A-Z][A-Za-z]+\d*(?:[.\d]*)(?:-(?:[A-Z0-9][\w.]*|{lower})\b)+"),
        # "Falcon 3 Turbo", "Falcon Swift 2.1", "Falcon v6e", and a lower-case tier with its context size,
        # "Falcon pro-32k"
        spaced=re.compile(
            rf"\s+(?:(?:[A-Z][a-z]+\s+)?[A-Z]?\d[\w.]*|v\d[\w.]*|{upper}\b|(?:{lower})-\d+[kKmM]\b)"
            rf"(?:\s+(?:\d[\w.]*|{upper}\b))*"
        ),
        maker=re.compile(rf"\s+{upper}\b(?:\s+(?:\d[\w.]*|{upper}\b))*"),
        lower_tier=re.compile(rf"(?<=\d)\s+(?:{'|'.join(sorted(load_lexicon().discovery.lowercase_tiers))})\b(?!-)"),
    )


# A tier and a dotted version on their own, in a list after a family member: "…, Glide 2.0 and Dash 1.5".
_TIER_VERSION = re.compile(r"\b[A-Z][a-z]{2,} \d+\.\d+\b")
_SPACED_DASH = re.compile(r"\s[—–-]\s")
# words a number follows that number a part of something, not a product's version ("Phase 2", "Form 10-K")
_NUMBERED_PARTS = (
    "Tier|Phase|Level|Stage|Class|Grade|Section|Rule|Top|Version|Article|Chapter|Part|Lot|Round|Series|Gen"
    "|Generation|No|Slide|Figure|Table|Option|Step|Q|H|FY|Form|Exhibit|Schedule|Annex|Appendix|Item"
)
_NUMBERED_PART = re.compile(rf"(?:{_NUMBERED_PARTS})\b", re.IGNORECASE)
# "the Brisk 1.6 model", "its Brisk 2 chips": a capitalised name with a version number, before a noun saying what it is
# (not a tier, phase or lot of something, which a number also follows)
_SPACED_VERSION_BEFORE_NOUN = re.compile(
    rf"(?<![-\w.])(?P<name>(?!(?:{_NUMBERED_PARTS})\b)"
    r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)? \d+(?:\.\d+)*) (?P<noun>models?|LLMs?|chips?|accelerators?)\b"
)
_LOWER_HYPHENATED = re.compile(r"\b[a-z]{2,}-(?:[a-z0-9.]+)(?:-[a-z0-9.]+)*\b")


_SPEAKER_LABEL = re.compile(LABEL_IN_CAPITALS)


def _a_measure(ent: Span) -> bool:
    """ "Token volume on Tarn-3 rose": a capitalised measure opening a sentence, which the NER may take for a name."""
    measures = load_lexicon().measures
    words = ent.text.lower()
    following = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    # "Token volumes rose sixfold": a measure in the plural is one too
    return any(w in measures or w.rstrip("s") in measures for w in (words, f"{words} {following}"))


def _in_a_speaker_label(text: str, at: int) -> bool:
    """Whether the name at ``at`` is a transcript's speaker label in capitals, which names a person, not a firm:
    a name of two words or more ("MIA TANNER:"), or one word that opens several lines ("LIN (for):", "LIN:")."""
    line_start = text.rfind("\n", 0, at) + 1
    label = _SPEAKER_LABEL.match(text, line_start)
    if label is not None and at < label.end():
        return True
    word = _ONE_WORD_LABEL.match(text, line_start)
    return word is not None and at < word.end() and word.group(1) in _recurring_labels(text)


# "LIN (for):", "BRIGHTWELL:": a speaker's surname in capitals, perhaps with their side in brackets
_ONE_WORD_LABEL = re.compile(r"([A-Z][A-Z'’-]+)(?: \([^()\n]{1,30}\))?:")


@lru_cache(maxsize=4)
def _recurring_labels(text: str) -> frozenset[str]:
    """The one-word labels that open two lines or more: a transcript's speakers, not a ticker's one line."""
    opened = Counter(m.group(1) for m in re.finditer(rf"^{_ONE_WORD_LABEL.pattern}", text, re.MULTILINE))
    return frozenset(word for word, times in opened.items() if times >= 2)


def find_mentions(doc: Doc, index: EntityIndex, text: str) -> list[Mention]:
    """Every mention of the doc: its entity spans resolved (gazetteer first, then NER), plus the discovered ones,
    without overlaps (longer mentions win), in text order."""
    titles = load_lexicon().attribution_speakers  # "Mara Lind, CFO:": a title the NER took for a name is none
    mentions = [
        Mention(speaker_typed(entity, ent), ent.start_char, ent.end_char, ent.start, ent.end)
        for ent in (part for e in doc.ents for part in _parts_around_headline_verbs(_with_name_words_before(e)))
        if ent.text.lower() not in titles
        and not _SPACED_DASH.search(ent.text)  # "The Compute Desk — Episode": a title's parts, no one name
        and not _in_a_speaker_label(text, ent.start_char)
        and not _a_measure(ent)
        and (entity := index.resolve(ent)) is not None
    ]
    chunks = list(doc.noun_chunks)  # three readers below: spaCy recomputes the chunks at every access
    found = [
        *market_mentions(doc, chunks, text, index),
        *_versioned_models(doc, text, index, mentions),
        *suffixed_names(doc, text, index),
        *registered_names(doc, text, index),
        *share_run_holders(doc, text, index),
        *defined_short_names(doc, text, index),
        *entry_heads(doc, text, index),
        *product_field_names(doc, text, index),
        *cloud_names(doc, text, index),
        *appositive_names(doc, text, index, mentions),
        *demonym_places(doc, text, index),
        *sited_places(doc, text, index),
        *divisions(doc, text, index),
        *listed_places(doc, index, mentions),
        *policy_mentions(doc, chunks, index, mentions),
        *law_mentions(doc, index, mentions),
        *group_mentions(doc, chunks, index),
        *ranked_groups(doc, text, index),
        *_brand_products(doc, index, mentions),
        *_maker_products(doc, index, mentions),
        *_named_by_their_noun(doc, text, index, mentions),
        *_described_as_products(doc, text, index, mentions),
        *bare_product_codes(doc, text, index),
        *lowercase_names(doc, text, index),
        *owned_appositive_products(doc, text, index),
    ]
    # an NER span inside a discovered name, or running out of one into no other name ("Cloud Q3 2026" against
    # "Osric Cloud"), is part of it
    inside_found = [
        m
        for m in mentions
        if any(
            d != m and d.start <= m.start < d.end and (m.end <= d.end or not _NAME_WORD.search(text, d.end, m.end))
            for d in found
        )
    ]
    kept = [m for m in mentions if m not in inside_found and not _joins_an_owner(m, found, text)]
    merged: dict[tuple[int, int], Mention] = {}
    for mention in (*kept, *found):  # two readers of one span: the more specific type ("X Cloud, a unit": a cloud)
        other = merged.get((mention.start, mention.end))
        if other is not None and less_specific(mention.entity.type, than=other.entity.type):
            continue
        merged[(mention.start, mention.end)] = mention
    merged = {key: typed_by_its_noun(m, doc, index) for key, m in merged.items()}
    # a discovered name inside a longer discovered one ("Kestrel AI" in "Kestrel AI Cloud") is part of it
    longest = [
        m
        for m in merged.values()
        if not any(o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start) for o in found)
    ]
    longest = typed_by_its_conjuncts(longest, doc, index)
    unified = one_entity_per_name(sorted(longest, key=lambda m: (m.start, -m.end)), doc, text, index)
    unified = typed_by_its_role(unified, doc, index)
    found_names = makers_versions(
        without_common_words(_with_versions(unified, doc, text, index), doc, text), doc, text, index
    )
    found_names = sized_models(found_names, doc, text, index)
    once = {  # one mention per span; a discovered "model" that speaks is a person ("Al-Marzan says …")
        (m.start, m.end): replace(m, entity=speaker_typed(m.entity, doc[m.token_start : m.token_end]))
        for m in found_names
        if not _names_a_figure(m)
        and not _a_datelines_place(m, text)
        and not _a_datelines_agency(m, text)
        and not _a_counted_unit(m, text)
        and not _a_period(m)
        and not _headline_words(m, text, index)
    }
    # an unknown name inside a longer one ("Pell Data" in "Pell Data Services", "South-East" in "South-East Europe")
    # is part of it, whichever reader found each; but names the NER ran together ("Osk Labs and Pell Robotics") stay
    kept = [m for m in once.values() if m.entity.known or not any(inside(m, o, text) for o in once.values())]
    bodies = public_bodies_joined(sorted(kept, key=lambda m: m.start), doc, text, index)
    return on_demand_offers(joined_by_particles(bodies, doc, text, index), doc, text, index)


def _headline_words(mention: Mention, text: str, index: EntityIndex) -> bool:
    """ "Request for Proposals: Dedicated GPU Capacity for Model Training": in a heading written in title case every
    word is capitalised, so a run of plain English words the NER took for an organisation is no name, unless the
    text also capitalises it where it need not (a line not in title case: "… leases halls from Green Mountain").
    So too plain words naming a kind of document that only ever open a line, as a label before a colon, a bar, a
    number or the line's end ("Client Briefing: Tax incentives …", "Client Briefing No. 4 | 9 March"), not before a
    verb ("Clear Outlook signed a deal …"). Not a
    list entry's or a table row's words ("1. Brill Coder (Pell AI)"), which are more often a name than not."""
    if mention.entity.known or mention.entity.type != "Organization" or not index.english_words:
        return False
    label = mention.entity.label
    line = text[text.rfind("\n", 0, mention.start) + 1 : mention.start].lstrip()
    following = text[mention.end : mention.end + 30].split()[:1]
    # "Silver Lake Buys Stake in …": a headline's subject, before its verb, is a name
    subject = not line and bool(following) and following[0].lower() in load_lexicon().headline_verbs
    if subject or _LIST_MARK.match(line) or not plain_english(label, index.english_words):
        return False
    written = list(re.finditer(re.escape(label), text))
    a_documents = label.split()[-1].lower() in _DOCUMENT_NOUNS
    if a_documents and all(
        (m.start() == 0 or text[m.start() - 1] == "\n") and _LABEL_END.match(text, m.end()) for m in written
    ):
        return True  # "Client Briefing: Tax incentives for …", "Client Briefing No. 4": the document's own label
    if not in_a_title_case_line(text, mention.start):
        return False
    return all(in_a_title_case_line(text, m.start()) for m in written)


# what a document calls itself at the head of its lines: "Client Briefing: …", "Market Update No. 4"
_DOCUMENT_NOUNS = frozenset({
    "briefing", "brief", "update", "bulletin", "memo", "memorandum", "digest", "summary", "review", "newsletter",
    "notice", "release", "letter", "statement", "report", "note", "alert", "outlook", "commentary", "snapshot",
    "factsheet", "roundup", "round-up", "wrap", "primer", "explainer", "scorecard", "minutes",
})  # fmt: skip


_LABEL_END = re.compile(r"\s*(?::|\||No\.?\s|\d|$)", re.MULTILINE)  # a label's colon, bar, number or line end


_LIST_MARK = re.compile(r"(?:\d+[.)]|[-*•])\s|\|")  # "1. Brill Coder (Pell AI)", "| Brill Coder |": no heading


def _a_counted_unit(mention: Mention, text: str) -> bool:
    """ "a 480-Megawatt AI Capacity Agreement" in a headline: words hyphened onto a number are a measure, not a
    name, whatever their capitals."""
    return not mention.entity.known and bool(_NUMBER_HYPHEN.search(text, max(0, mention.start - 12), mention.start))


_NUMBER_HYPHEN = re.compile(r"\d-$")


# "BERGEN, 28 April 2026 -", "OSLO/LONDON, March 3 (Reuters) -": a line opening on a place in capitals and a date
_DATELINE = re.compile(r"[A-Z][A-Z .'/-]*,\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\b")


def _a_datelines_place(mention: Mention, text: str) -> bool:
    """A news dateline's place, which the NER may take for an organisation: it is where the story was filed."""
    at_line_start = mention.start == 0 or text[mention.start - 1] == "\n"
    return at_line_start and not mention.entity.known and bool(_DATELINE.match(text, mention.start))


def _a_period(mention: Mention) -> bool:
    """ "Nvidia's Q3 2025 share": a quarter, a half or a fiscal year written like a part number names no product."""
    if mention.entity.known:
        return False
    return _a_periods_words(mention.entity.label)


def _a_periods_words(text: str) -> bool:
    """Whether the words are a period's and nothing else ("Q4", "FY2025", "2H25")."""
    # any anchor will do: a bare "Q4" is a period whatever year it falls in
    return any(p.start == 0 and p.end == len(text) for p in find_periods(text, "2000"))


def _a_months_name(word: str) -> bool:
    """ "september", "sept", "sep": a month's name or its abbreviation (lower case)."""
    word = word.rstrip(".")
    return any(word == month or (3 <= len(word) <= 4 and month.startswith(word)) for month in MONTHS)


def _a_datelines_agency(mention: Mention, text: str) -> bool:
    """ "WASHINGTON, Feb 10 (Reuters) -": the news agency a dateline credits filed the story; it is no party to it
    (who reports what the story says, the story itself tells)."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    opened = text[line_start : mention.start]
    return opened.endswith("(") and text.startswith(")", mention.end) and bool(_DATELINE.match(opened))


def _names_a_figure(mention: Mention) -> bool:
    """ "Cloud Platform Revenue More Than Doubles": a title-case phrase ending in a measure is a headline's
    figure, not an organisation's name."""
    if mention.entity.known or mention.entity.type not in ("Organization", "Company", "Person"):
        return False
    lexicon = load_lexicon()
    measures = {m for m in lexicon.measures if " " not in m} | lexicon.reported_figures
    return mention.entity.label.split()[-1].lower() in measures


def _with_name_words_before(ent: Span) -> Span:
    """ "Tarn Notes" where the NER tagged "Notes" alone: capitalised proper nouns right before an entity span,
    compounds of a word in it and tagged as no other entity, are the start of its name; a month or a day the NER
    took in ("In February Tarn Data cut …") is not."""
    doc = ent.doc
    dates = (*MONTHS, *WEEKDAYS)
    before = doc[ent.start - 1] if ent.start > 0 else None  # "In February Tarn Data …", "Since May Vessa Labs …"
    opening_date = before is not None and (before.pos_ == "ADP" or before.lower_ in DATING_CONJUNCTIONS)
    if len(ent) > 1 and ent[0].lower_ in dates and opening_date and ent.label_ not in ("DATE", "EVENT"):
        ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)
    start = ent.start
    while start > 0 and ent.start - start < 2:
        word = doc[start - 1]
        if word.pos_ != "PROPN" or not word.is_title or word.ent_type_ or word.dep_ != "compound":
            break
        if word.lower_ in dates:
            break
        if not ent.start <= word.head.i < ent.end:
            break
        start -= 1
    end = ent.end
    while end - start > 1 and doc[end - 1].like_num and end < len(doc) and doc[end].lower_ in _UNIT_WORDS:
        end -= 1  # "Ningxia 1.5 gigawatts": the figure after a name is no part of it
    colon = next((t.i for t in doc[start + 1 : end] if t.text == ":"), None)
    end = colon if colon is not None else end  # "Tarn Data: Annual Report": a title's name ends at its colon
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_)


def _parts_around_headline_verbs(ent: Span) -> list[Span]:
    """ "Tarn Ratings Upgrades Vessa Data Centres", "Osk Reports Fourth Quarter and …": a title-case headline's verb,
    which the NER runs into the names around it, is no part of either; the words before it are one name and those
    after it (past an "Into" or a "the") another, if any is left."""
    verbs = load_lexicon().headline_verbs
    cut = next((t.i for t in ent[1:] if t.is_title and t.lower_ in verbs), None)
    if cut is None or not in_a_title_case_line(ent.doc.text, ent.start_char):
        return [ent]  # in running text "Consumer Reports" is a name
    doc = ent.doc
    parts = [Span(doc, ent.start, cut, label=ent.label_)]
    start = cut + 1
    while start < ent.end and doc[start].lower_ in _LINKING_WORDS:
        start += 1
    end = ent.end
    while end > start and doc[end - 1].lower_ in _LINKING_WORDS:
        end -= 1
    return parts + (_parts_around_headline_verbs(Span(doc, start, end, label=ent.label_)) if start < end else [])


_LINKING_WORDS = frozenset({"and", "&", "into", "in", "to", "the", "a", "an", "its", "with", "for", "of"})


_UNIT_WORDS = frozenset(
    {"%", "percent", "per", "gigawatts", "gigawatt", "megawatts", "megawatt", "gw", "mw", "billion", "million",
     "trillion", "times", "tokens", "chips", "units"}
)  # fmt: skip


def _with_versions(mentions: list[Mention], doc: Doc, text: str, index: EntityIndex) -> list[Mention]:
    """ "the Fjord family of models … Fjord 3 Mini": a name that only became a model or product once the article
    was read whole takes the version written after it, as a known family's name does in discovery; a word of
    the version the NER took for a name of its own ("Mini" as a person) is part of it."""
    spaced = _version_patterns().spaced
    swallowed: set[int] = set()
    extended: dict[int, Mention] = {}
    for mention in mentions:
        version = None if mention.entity.known else spaced.match(text, mention.end)
        end = None if version is None else version_end(text, mention.end, version.end())
        if mention.entity.type not in ("Model", "Product") or end is None:
            continue  # "Orca 12%": a figure after a name, no version of it
        if any(_NUMBERED_PART.fullmatch(word) for word in text[mention.start : end].split()):
            continue  # "Tarn Exhibit 99.1": a filing's part, no version of a product
        inside = [m for m in mentions if mention.end <= m.start < end]
        if any(m.entity.known or m.entity.type not in _NER_GUESSES or m.end > end for m in inside):
            continue
        span = doc.char_span(mention.start, end, alignment_mode="expand")
        if span is None:
            continue
        name = text[mention.start : end].rstrip(".")  # "… Nvidia's RTX Pro 6000D."
        entity = index.entity_for(name, mention.entity.type)
        extended[id(mention)] = Mention(entity, mention.start, mention.start + len(name), span.start, span.end)
        swallowed.update(id(m) for m in inside)
    if not extended:
        return mentions
    kept = [extended.get(id(m), m) for m in mentions if id(m) not in swallowed]
    return one_entity_per_name(kept, doc, text, index)  # the longer names, typed alike wherever they stand


_NAME_WORD = re.compile(r"\b[A-Z][a-z]")  # "Group", "Holdings": a word that goes on naming


_NER_GUESSES = frozenset({"Person", "Organization", "Product", "Model"})


def _brand_products(doc: Doc, index: EntityIndex, mentions: list[Mention]) -> Iterable[Mention]:
    """ "Larkspur Studio", "Kestrel Forge": a known company's name as the modifier of a capitalised name right
    after it names one of its products (unless the whole is a name the gazetteer knows, or the word after it is
    a title, "Kestrel President", or a company noun)."""
    lexicon = load_lexicon()
    for mention in mentions:
        if not mention.entity.known or mention.entity.type not in ("Company", "Lab"):
            continue
        last = doc[mention.token_end - 1]
        head = last.head
        if last.dep_ != "compound" or head.i != mention.token_end or head.pos_ != "PROPN" or not head.is_title:
            continue
        words = head.lower_
        if words in lexicon.attribution_speakers or words in lexicon.company_nouns or words in index.not_names:
            continue
        if _a_months_name(words):
            continue  # "Osk Sept-qtr revenue": the month says when, it names nothing of Osk's
        if words == "cloud":
            continue  # "Lenovo Cloud": a company's cloud unit, which the cloud reader names
        span = doc[mention.token_start : head.i + 1]
        if any(t.lower_ in lexicon.company_nouns or t.text in lexicon.discovery.legal_forms for t in span[1:]):
            continue  # "Osk Group N.V.": a company's registered name, not a product of Osk's
        if title_cased(span.sent):
            continue  # in a headline every word is capitalised: "The Larkspur Illusion" is no product
        if index.named(span.text) is None and not any(m.token_start == head.i for m in mentions):
            yield Mention(index.entity_for(span.text, "Product"), span.start_char, span.end_char, span.start, span.end)


def _maker_products(doc: Doc, index: EntityIndex, mentions: list[Mention]) -> Iterable[Mention]:
    """ "Nvidia GB300 chips", "AMD Instinct GPUs", "Nvidia's RTX Pro 6000D", "Meta's MTIA", "Osk K9 and …": the
    name right after a known maker, before a product noun, or after its possessive with a part number in it, or
    holding a numbered part number ("K9", not "CEO") is a product of theirs (a model before "model")."""
    nouns = load_lexicon().product_nouns
    for mention in mentions:
        if not mention.entity.known or mention.entity.type not in ("Company", "Lab"):
            continue
        start = mention.token_end + (1 if mention.token_end < len(doc) and doc[mention.token_end].tag_ == "POS" else 0)
        while start < len(doc) - 1 and _YEAR.fullmatch(doc[start].text):
            start += 1  # "Huawei's 2025 Ascend shipments": the year says when, the product is "Ascend"
        end = start
        while end < len(doc) and end - start < 4 and name_word(doc[end]) and doc[end].text not in nouns:
            if doc[end].like_num and PERCENT_AFTER.match(doc.text, doc[end].idx + len(doc[end])):
                break  # "Nvidia K90 62%, …": the share after a name is no part of it
            end += 1
            if doc[end - 1].text.endswith(".") or (end < len(doc) and doc[end].is_sent_start):
                break  # "… Nvidia's RTX Pro 6000D. Huawei …": the name ends with its sentence
        numbered = any(_NUMBERED_PART.fullmatch(t.text) for t in doc[start:end])  # "Tarn Form 10-Q": a filing
        if end == start or all(t.like_num for t in doc[start:end]) or numbered:
            continue  # "Tarn's 2026 revenue": a year, or a number alone, names no product
        name = doc[start:end]
        following = doc[end].text if end < len(doc) else ""
        possessive = start > mention.token_end
        coded = any(part_number(t) for t in name)
        # a part number with a digit ("K9", not "CEO"), which no period is ("Vey PO Q2")
        numbered = any(part_number(t) and not t.is_alpha and not _a_periods_words(t.text) for t in name)
        if not (following in nouns or (possessive and coded) or numbered) or index.named(name.text) is not None:
            continue
        if name.text.casefold() in index.not_names or index.a_place(name):
            continue  # "Baidu's AI cloud division", "Osk's Lisbon platform": a word that is never a name, a place
        kind = nouns.get(following) if following in nouns else "Product"
        label = name.text.rstrip(".")  # "… Nvidia's RTX Pro 6000D.": the sentence's stop is no part of it
        entity = index.entity_for(label, kind or "Product")
        yield Mention(entity, name.start_char, name.start_char + len(label), start, end)


_YEAR = re.compile(r"(?:19|20)\d\d")

_POSSESSIVE_INSIDE = re.compile(r"\w(?:'s?|’s?)\s")


def _joins_an_owner(mention: Mention, found: list[Mention], text: str) -> bool:
    """ "Osprey Labs' Kite-2" taken by the NER for one person: a span with a possessive inside it that holds
    names found on their own is those names, not one."""
    if mention.entity.known or not _POSSESSIVE_INSIDE.search(text, mention.start, mention.end):
        return False
    return any(mention.start <= d.start and d.end <= mention.end for d in found)


def _named_by_their_noun(doc: Doc, text: str, index: EntityIndex, mentions: list[Mention]) -> Iterable[Mention]:
    """ "the Argo chatbot", "its Pelican accelerators", "Brisco's Sparrow Code assistant", "whose Wren transcription
    model": up to three capitalised words no one has tagged, between a determiner or possessive and a product noun
    (and a word of kind before it), name a product (a model before "model")."""
    nouns = load_lexicon().product_nouns
    # an NER span over an owner and its product ("Kestrel Labs' Sparrow") takes neither: it is split up later
    joined = [m for m in mentions if not m.entity.known and _POSSESSIVE_INSIDE.search(text, m.start, m.end)]
    taken = {i for m in mentions if m not in joined for i in range(m.token_start, m.token_end)}
    for after in tokens_with(doc, ORTH=nouns):
        end = after.i  # "the Argo coding model": a word of kind may stand between the name and its noun
        if end > 2 and doc[end - 1].is_lower and doc[end - 1].dep_ in ("compound", "amod"):
            end -= 1
        if end < 2 or end - 1 in taken:
            continue
        start = end
        while start > 1 and end - start < 3 and _untagged_name_word(doc[start - 1], taken):
            start -= 1
        before = doc[start - 1]
        if start == end or not (before.lower_ in ("the", "its", "their", "our", "whose") or before.tag_ == "POS"):
            continue
        name = doc[start:end]
        if index.named(name.text) is not None or name.text.casefold() in index.not_names or title_cased(name.sent):
            continue
        if index.a_place(name):
            continue  # "its Lisbon campus", "Osk's Porto platform": where the thing is, not its name
        if _YEAR_WORD.fullmatch(name[0].text):
            continue  # "its 2026 AI inference server tender": a year and a field, no product's name
        if len(name) == 1 and name[0].text in load_lexicon().demonyms:
            continue  # "the Norwegian transmission system operator": where it is from, no product's name
        head = after
        while head.dep_ == "compound" and head.head.i > head.i and head.head.text in nouns:
            head = head.head  # "the Tessel model marketplace": a marketplace of models, itself a product
        entity = index.entity_for(name.text, nouns[head.text])
        yield Mention(entity, name.start_char, name.end_char, name.start, name.end)


def _described_as_products(doc: Doc, text: str, index: EntityIndex, mentions: list[Mention]) -> Iterable[Mention]:
    """ "the RTX Pro 6000D, a chip Nvidia designed for China", "the K9 Pro, an accelerator built by Pell": a name
    no one tagged, with a digit in it, in apposition with a product noun names that product (a model before
    "model")."""
    nouns = load_lexicon().product_nouns
    taken = {i for m in mentions for i in range(m.token_start, m.token_end)}
    for found in _DESCRIBED_PRODUCT.finditer(text):
        name, noun = found.group("name"), found.group("noun")
        span = doc.char_span(found.start("name"), found.end("name"), alignment_mode="expand")
        if noun not in nouns or span is None or any(t.i in taken for t in span) or index.named(name) is not None:
            continue
        yield Mention(index.entity_for(name, nouns[noun]), span.start_char, span.end_char, span.start, span.end)


# "the RTX Pro 6000D, a chip …": capitalised words and a part number, then a comma and a product noun
_DESCRIBED_PRODUCT = re.compile(
    r"(?<=\bthe )(?P<name>(?:[A-Z][\w.-]*\s+){0,3}[A-Z]*\d[\w.-]*(?:\s+[A-Z][a-z]+)?),\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>[A-Za-z]+)\b"
)


_YEAR_WORD = re.compile(r"(?:19|20)\d\d")


def _untagged_name_word(token: Token, taken: set[int]) -> bool:
    if token.i in taken or token.is_sent_start:
        return False
    if token.tag_ == "HYPH" and not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_:
        return True  # "its V3.2-Exp model": a hyphen inside a name joins its parts
    # "whose Tarn 5 chip": a short version number after a name word is part of the name
    version = token.is_digit and len(token) <= 2 and token.i > 0 and token.nbor(-1).is_title
    return name_word(token) or version


def _versioned_models(doc: Doc, text: str, index: EntityIndex, mentions: list[Mention]) -> Iterable[Mention]:
    patterns = _version_patterns()
    families: set[str] = set()
    for match in patterns.hyphenated.finditer(text):
        head = match.group(0).split("-")[0]
        known_head = index.named(head)
        if known_head is not None and known_head.type not in ("Model", "Product", "Company", "Lab"):
            continue  # "US-China" is two places, not a model
        first = doc.char_span(match.start(), match.start() + len(head), alignment_mode="expand")
        versioned = any(c.isdigit() for c in match.group(0))
        if not versioned and first is not None and first[0].ent_type_ in ("NORP", "GPE", "LANGUAGE"):
            continue  # "a Lao-Thai language model", "Franco-German": peoples or places joined, no version
        families.add(head)
        tier = patterns.lower_tier.match(text, match.end())
        yield from _model_mention(doc, text, index, match.start(), tier.end() if tier else match.end())
    for name in families:  # "Tamber-70B … Tamber Mini": the family's name with a tier names another member
        for match in re.finditer(rf"\b{re.escape(name)}\b", text):
            version = patterns.maker.match(text, match.end())
            if version is not None:
                yield from _model_mention(doc, text, index, match.start(), version.end())
    for match in _SPACED_VERSION_BEFORE_NOUN.finditer(text):  # "Osk's Brisk 1.6 model": named by its noun
        kind = "Model" if match.group("noun").lower().startswith(("model", "llm")) else "Product"
        yield from _model_mention(doc, text, index, match.start(), match.end("name"), kind)
    for match in _LOWER_HYPHENATED.finditer(text):  # "falcon-lite", "orca-2.5-mini": a known family, in lower case
        family = index.named(match.group(0).split("-")[0])
        if family is not None and family.type == "Model":
            yield from _model_mention(doc, text, index, match.start(), match.end())
    members: list[Mention] = []
    for mention in mentions:
        if mention.entity.type in ("Model", "Product"):
            version = patterns.spaced.match(text, mention.end) or patterns.lower_tier.match(text, mention.end)
            end = None if version is None else version_end(text, mention.end, version.end())
            if end is None:
                found_after = variant_after(mention, text, mentions) or code_after(text, mention.end)
                end = None if found_after is None else found_after.end()
        elif mention.entity.type in ("Company", "Lab"):
            maker_version = patterns.maker.match(text, mention.end)
            end = None if maker_version is None else version_end(text, mention.end, maker_version.end())
        else:
            continue
        if end is not None:
            family_type = "Model" if mention.entity.type in ("Company", "Lab") else mention.entity.type
            found = list(_model_mention(doc, text, index, mention.start, end, family_type))
            members += found
            yield from found
    yield from _tiers_after(doc, text, index, members)


def _tiers_after(doc: Doc, text: str, index: EntityIndex, members: list[Mention]) -> Iterable[Mention]:
    """ "Falcon Swift 2.1, Glide 2.0 and Dash 1.5": tiers listed after a family member in the same sentence and
    line are members of that family."""
    for member in members:
        family = text[member.start : member.end].split()[0]
        line_end = text.find("\n", member.end)
        line_end = len(text) if line_end == -1 else line_end
        sentence_end = doc[member.token_end - 1].sent.end_char  # and in the same sentence
        for match in _TIER_VERSION.finditer(text, member.end, min(line_end, sentence_end)):
            if index.named(match.group(0).split()[0]) is not None:
                continue  # "Llama 3.1 70B and Qwen 2.5": a family of its own, not a tier of the first
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None:
                continue
            entity = index.entity_for(f"{family} {match.group(0)}", member.entity.type)
            yield Mention(entity, match.start(), match.end(), span.start, span.end)


def _model_mention(
    doc: Doc, text: str, index: EntityIndex, start: int, end: int, family_type: str = "Model"
) -> Iterable[Mention]:
    """One member of a family ("Heron 7B" of the Heron chips), of the family's type."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return
    name = text[start:end].rstrip(".")
    entity = index.entity_for(name, family_type)
    yield Mention(entity, start, start + len(name), span.start, span.end)
