"""Organisations and places found by the shape of the text where neither the gazetteer nor the NER names them: a
name suffix ("Marlin Robotics", "Tidewell Research"), one word and "Cloud" ("Harbor Cloud"), a role noun in
apposition or before the name ("Brightwave, the largest Dutch provider", "the carmaker Geely"), a name among the
holders of a run of shares ("Osk 11%, Vessa 6%"), and a country's adjective on where something goes ("to Chilean
data centres")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from claimgraph.extract.document import NOT_NAME_STARTS, EntityIndex, Mention
from claimgraph.extract.lexicon import load_lexicon
from claimgraph.extract.name_bounds import in_a_title_case_line
from claimgraph.extract.periods import DATING_CONJUNCTIONS, MONTHS, WEEKDAYS
from claimgraph.extract.places import NAMED_DIVISIONS, country_of


@lru_cache(maxsize=4)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")


@lru_cache(maxsize=1)
def _suffixed_name() -> re.Pattern[str]:
    """Capitalised words ending in one or more of the lexicon's name suffixes ("Marlin Robotics", "Tidewell
    Research", "Halden AI Lab")."""
    suffixes = "|".join(map(re.escape, load_lexicon().discovery.name_suffixes))
    return re.compile(rf"\b(?:[A-Z][a-z]+|[A-Z]{{2,}})(?: (?:[A-Z][a-z]+|[A-Z]{{2,}}))*?(?: (?:{suffixes})\b)+")


# "Harbor Cloud", "Harbor Cloud Q3 2026" (a period may follow), not "Harbor Cloud Stack" (a longer name)
_CLOUD_NAME = re.compile(
    r"(?<![A-Z][a-z]\s)(?<![A-Z]\w\s)\b(?:[A-Z][a-z]+|[A-Z]{2,})(?: (?:[A-Z][a-z]+|[A-Z]{2,}))? Cloud\b(?! [A-Z](?!\d))"
)


def cloud_names(doc: Doc, text: str, index: EntityIndex) -> Iterable[Mention]:
    """ "Harbor Cloud": one capitalised word and "Cloud" names a cloud, whatever the NER took it for."""
    for match in _CLOUD_NAME.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        span = _without_opening_verb(span, keep=2) if span is not None else None  # "Among Huawei Cloud's …"
        if span is not None and index.named(span.text) is None:
            yield Mention(index.entity_for(span.text, "Cloud"), span.start_char, span.end_char, span.start, span.end)


_LOWER_NEXT = re.compile(r"[ -][a-z]")
_OPENING_WORDS = ("The", "A", "An", "Its", "Our", "Their")  # a capitalised sentence opening, no part of a name


def _a_place(text: str, index: EntityIndex, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` name a place the gazetteer knows (the NER's guesses of places
    include the first word of companies' names)."""
    place = index.named(text[start:end])
    return place is not None and place.type in ("Country", "Region")


def suffixed_names(doc: Doc, text: str, index: EntityIndex) -> Iterable[Mention]:
    """ "Marlin Robotics", "Tidewell Research": a capitalised name ending in a name suffix of the lexicon is an
    entity of that suffix's type (an organisation, a research firm), even where the NER took it for a person or
    missed it."""
    suffixes = load_lexicon().discovery.name_suffixes
    for match in _suffixed_name().finditer(text):
        name, start = match.group(0), match.start()
        first = name.split()[0]
        if first in _OPENING_WORDS and len(name.split()) > 2:
            name, start = name[len(first) + 1 :], start + len(first) + 1  # "Its Tarn Copilot": the name after it
        if name.split()[0].casefold() in index.not_names or name.split()[0] in _OPENING_WORDS:
            continue
        words = name.split()
        if all(word in suffixes for word in words):
            continue  # "Data Centres", "Digital Solutions": suffixes alone, with no name of their own before them
        if words[-1] in load_lexicon().discovery.phrase_suffixes and len(words) < 3:
            continue  # "Zero Trust", "Brand Trust": a phrase, where "Osk Harbor Data Trust" is a name
        unit = words[-1] in ("International", "Global") and index.named(" ".join(words[:-1])) is not None
        prefixes = [index.named(" ".join(words[:n])) for n in range(1, len(words))]
        if not unit and any(p is not None and p.type not in ("Country", "Region") for p in prefixes):
            continue  # "Larkspur Cloud Boosts AI …": a headline running on from a known name, not a new one
            # (but "China Merchants Bank" opens with a place)
        place_end = match.end() - len(words[-1]) - 1
        if _a_place(text, index, start, place_end) and _LOWER_NEXT.match(text, match.end()):
            continue  # "the China AI cloud market": a place and a field qualifying a noun, no company's name
        span = doc.char_span(start, match.end(), alignment_mode="expand")
        if span is None:
            continue
        span = _after_a_headline_verb(_without_opening_verb(span, keep=2))
        entity = index.entity_for(span.text, _suffix_type(words, suffixes))
        yield Mention(entity, span.start_char, span.end_char, span.start, span.end)


def _suffix_type(words: list[str], suffixes: dict[str, str]) -> str:
    """The type of the longest suffix a name ends in: "Tarn AI Research" is a lab ("AI Research"), "Tarn
    Research" a research firm."""
    ends = (" ".join(words[-n:]) for n in range(len(words) - 1, 0, -1))
    return next(suffixes[end] for end in ends if end in suffixes)


@lru_cache(maxsize=1)
def _registered_name() -> re.Pattern[str]:
    """Capitalised words, then a legal form ("Tarn Cloud Sdn. Bhd.", "Tarn Europe SAS", "Osk Holdings Co., Ltd.",
    "Tarn Compute (Guizhou) Co.")."""
    forms = "|".join(map(re.escape, sorted(load_lexicon().discovery.legal_forms, key=len, reverse=True)))
    word = r"(?:[A-Z][\w&'’-]*|&)"
    place = r"(?: \([A-Z][\w ]*\))?"  # "Tarn Compute (Guizhou) Co., Ltd.": the place a registered unit is in
    return re.compile(rf"\b[A-Z][\w&'’-]*(?: {word}){{0,4}}?{place},? (?:{forms})(?!\w)(?!\.\w)")


def registered_names(doc: Doc, text: str, index: EntityIndex) -> Iterable[Mention]:
    """ "Tarn Cloud Sdn. Bhd.", "Tarn KK", "Tarn Europe SAS": a name ending in a legal form is a company's registered
    name, whatever the NER made of its parts (a person, or "Europe")."""
    for match in _registered_name().finditer(text):
        name, start = match.group(0), match.start()
        first = name.split()[0]
        if first in _OPENING_WORDS:
            name, start = name[len(first) + 1 :], start + len(first) + 1  # "The Tarn KK unit": the name after it
        if not name or not name[0].isupper() or name.split()[0].casefold() in index.not_names:
            continue
        span = doc.char_span(start, match.end(), alignment_mode="expand")
        if span is None or len(span) < 2:
            continue
        yield Mention(index.entity_for(span.text, "Company"), span.start_char, span.end_char, span.start, span.end)


def defined_short_names(doc: Doc, text: str, index: EntityIndex) -> Iterable[Mention]:
    """'Tarnaza Compute, S.L. ("Tarnaza")': a short name a filing or release defines in brackets after a company's
    registered name stands for it wherever the text writes it, the NER's guess aside (the long and the short name
    become one entity in ``consistency.py``)."""
    for defined in _defined_short_name().finditer(text):
        short = defined.group("short")
        if short.casefold() in index.not_names or all(w.lower() in index.english_words for w in short.split()):
            continue  # '("Buyer")': a role the text defines, no company's name
        for written in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
            span = doc.char_span(*written.span())
            if span is not None:
                yield Mention(index.entity_for(short, "Company"), span.start_char, span.end_char, span.start, span.end)


@lru_cache(maxsize=1)
def _defined_short_name() -> re.Pattern[str]:
    """A company's registered name (ending in a legal form), then its short name in quotes in brackets, perhaps
    with a defined role after it: 'Tarnaza Compute, S.L. ("Tarnaza")', '… Inc. ("Vey" or the "Company")'."""
    forms = "|".join(map(re.escape, sorted(load_lexicon().discovery.legal_forms, key=len, reverse=True)))
    return re.compile(
        rf"(?:{forms})\s+\([“\"](?P<short>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){{0,2}})[”\"]"
        r"(?:\s*(?:,|or)\s*(?:the\s+)?[“\"]\w+[”\"])*\s*\)"
    )


def share_run_holders(doc: Doc, text: str, index: EntityIndex) -> Iterable[Mention]:
    """ "Pell Cloud took some 21%, Osk 11%, Vessa 6% and Tarnix 4%": in a run of two or more "Name N%" pairs, each
    name before its share is a holder's, whatever the NER made of it; a word English writes in lower case, a month
    or a weekday is none."""
    for run in _SHARE_RUN.finditer(text):
        for pair in _SHARE_PAIR.finditer(text, run.start(), run.end()):
            name = pair.group("name")
            if name.casefold() in index.not_names or name.lower() in (*MONTHS, *WEEKDAYS):
                continue
            if all(word.lower() in index.english_words for word in re.split(r"[\s-]", name)):
                continue  # "Others 12%", "Data Center 88%": words of the language, a segment or the rest, no name
            maker, _, code = name.partition(" ")
            known = index.named(maker)
            if known is not None and known.type in ("Company", "Lab") and any(c.isdigit() for c in code):
                continue  # "Nvidia K90 62%": a maker's numbered product, which the maker's reader names
            span = doc.char_span(pair.start("name"), pair.end("name"))
            if span is not None and index.named(name) is None:
                yield Mention(
                    index.entity_for(name, "Organization"), span.start_char, span.end_char, span.start, span.end
                )


# a capitalised name of up to three words, or a model's lower-case code with a hyphen ("tw-chat", "gpt-oss")
_HOLDER = r"(?:[A-Z][\w&.-]*[a-z][\w&.-]*(?: [A-Z][\w&.-]+){0,2}|(?<![\w-])[a-z][a-z\d]*-[a-z\d][\w.-]*)"
_PAIR = rf"{_HOLDER} (?:at |on )?[~≈]?\d+(?:\.\d+)?%"
_SEPARATOR = r"(?:, (?:and )?| and |; )"
_SHARE_RUN = re.compile(rf"{_PAIR}(?:{_SEPARATOR}{_PAIR})+")
_SHARE_PAIR = re.compile(rf"(?P<name>{_HOLDER}) (?:at |on )?[~≈]?\d+(?:\.\d+)?%")


# "- **Quillane** — app builder …", "- **Tarn Health** (P) — agents for insurers": a list entry led by a name in
# bold, perhaps with a bracketed note, then a dash and what the entry says of it
_ENTRY_HEAD = re.compile(
    r"^[ \t]*(?:[-•*]|\d+[.)])[ \t]+\*\*(?P<name>[A-Z][^*\n:]{0,48}?)\*\*[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?[—–-][ \t]",
    re.MULTILINE,
)


def entry_head(text: str, at: int) -> tuple[int, int] | None:
    """Where the bold name leading the list entry that holds ``at`` stands, if the entry is led by one."""
    entry = _ENTRY_HEAD.match(text, text.rfind("\n", 0, at) + 1)
    return (entry.start("name"), entry.end("name")) if entry is not None else None


def entry_heads(doc: Doc, text: str, index: EntityIndex) -> Iterable[Mention]:
    """ "- **Quillane** — an app builder built on Orca-7": the name a list entry is about, set in bold before the dash,
    is a name (a company unless the gazetteer knows it as something else), whatever the NER made of the markup."""
    for entry in _ENTRY_HEAD.finditer(text):
        name = entry.group("name").strip()
        span = doc.char_span(entry.start("name"), entry.start("name") + len(name))
        if span is None or name.casefold() in index.not_names:
            continue
        known = index.named(name)
        entity = known if known is not None else index.entity_for(name, "Company")
        yield Mention(entity, span.start_char, span.end_char, span.start, span.end)


def demonym_places(doc: Doc, text: str, index: EntityIndex) -> Iterable[Mention]:
    """ "to Chilean data centres", "into a Qatari data hub", "its Polish region": a country's adjective on the
    object of a preposition, or on a site, names where something goes or stands: the country. Elsewhere ("Indian
    start-ups") it does not."""
    lexicon = load_lexicon()
    demonyms, sites = lexicon.demonyms, lexicon.site_nouns
    for match in _words_pattern(tuple(demonyms)).finditer(text):  # a scan of the text, not of every token
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1:
            continue
        token, country = span[0], demonyms[match.group(0)]
        # "Saudi Arabia" is a name of its own; "Omani" alone, which the NER may take for a firm, is not
        inside_a_name = token.ent_type_ not in ("", "NORP") and not (token.ent_iob_ == "B" and _ends_entity(token))
        on_a_site = token.head.lemma_.lower() in sites
        if inside_a_name or token.dep_ not in ("amod", "compound") or not (token.head.dep_ == "pobj" or on_a_site):
            continue
        if _a_language(token, lexicon.language_nouns):
            continue  # "with Portuguese and Indonesian voices": languages, not places
        entity = index.entity_for(country, "Country")
        yield Mention(entity, token.idx, token.idx + len(token.text), token.i, token.i + 1)


def _a_language(token: Token, language_nouns: frozenset[str]) -> bool:
    """Whether a country's adjective names a language: it qualifies a language noun ("Portuguese voices")."""
    return token.head.lower_ in language_nouns  # the lexicon lists singular and plural forms


def _ends_entity(token: Token) -> bool:
    """Whether the token is the last of its NER span."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or following.ent_iob_ != "I"


def site_at(prep: Token) -> bool:
    """Whether a preposition places a site: it hangs from a site noun ("a site outside Tromsø") or from the
    verb whose object is one ("opened a site outside Tromsø")."""
    sites = load_lexicon().site_nouns
    owner = prep.head
    a_site = owner.lemma_.lower() in sites and owner.pos_ in ("NOUN", "PROPN")  # not "fabs at …", a verb
    return a_site or any(c.dep_ == "dobj" and c.lemma_.lower() in sites for c in owner.children)


def listed_places(doc: Doc, index: EntityIndex, mentions: list[Mention]) -> Iterable[Mention]:
    """ "sites in Tallinn and Riga", "Osk, Brisa and Tarn": a capitalised name listed with a place the NER found,
    that the NER missed and the places table knows as a city or a state, is a place too."""
    taken = {i for m in mentions for i in range(m.token_start, m.token_end)}
    for mention in mentions:
        if mention.entity.type not in ("Country", "Region"):
            continue
        for token in mention.root(doc).conjuncts:
            if token.i in taken or token.pos_ != "PROPN" or not token.is_title:
                continue
            start = token.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
                start -= 1  # "New Jersey"
            place = doc[start : token.i + 1]
            if country_of(place.text) is None or index.named(place.text) is not None:
                continue
            taken.update(range(place.start, place.end))
            entity = index.entity_for(place.text, "Region")
            yield Mention(entity, place.start_char, place.end_char, place.start, place.end)


def divisions(doc: Doc, text: str, index: EntityIndex) -> Iterable[Mention]:
    """ "in Iwate Prefecture", "Jiangsu Province", "Almaty Oblast": a name the places table knows, then the kind of
    division it is, names the place, whatever the NER took it for (or if it missed it)."""
    for match in _DIVISION.finditer(text):
        span = doc.char_span(*match.span())
        if span is not None and country_of(match.group(0)) is not None and index.named(match.group(0)) is None:
            yield Mention(index.entity_for(span.text, "Region"), span.start_char, span.end_char, span.start, span.end)


_DIVISION = re.compile(rf"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:{'|'.join(NAMED_DIVISIONS)})\b")


def sited_places(doc: Doc, text: str, index: EntityIndex) -> Iterable[Mention]:
    """ "a site outside Tromsø", "data centres near Bergen", "its Penang campus": a capitalised name a site
    stands near or in, or that names the site, is a place, whatever the NER took it for (or if it missed it)."""
    sites, near_words = load_lexicon().site_nouns, load_lexicon().site_prepositions
    for match in _site_words(tuple(sites)).finditer(text):  # the site nouns only, not every token of the doc
        span = doc.char_span(match.start(), match.end())
        site = span[0] if span is not None and len(span) == 1 else None
        if site is None or site.lemma_.lower() not in sites or site.pos_ not in ("NOUN", "PROPN"):
            continue  # "Osk fabs at Tarn Micro": a verb, no site
        owners = [site, site.head] if site.dep_ == "dobj" else [site]  # "opened a site outside Tromsø"
        near = [g for o in owners for p in o.children if p.lower_ in near_words for g in p.children if g.dep_ == "pobj"]
        named = (
            [c for c in site.children if c.dep_ == "compound"] if any(c.dep_ == "poss" for c in site.children) else []
        )
        demonyms = load_lexicon().demonyms
        for token in (*near, *named):
            if token.pos_ != "PROPN" or not token.is_title or index.named(token.text) is not None:
                continue
            if token.text in demonyms:
                continue  # "its Omani server halls": a people's word, which ``demonym_places`` reads as its country
            if token.ent_type_ in ("DATE", "TIME", "EVENT", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"):
                continue  # "opened a site in April": when, not where
            start = token.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == token:
                start -= 1
            place = doc[start : token.i + 1]
            yield Mention(
                index.entity_for(place.text, "Region"), place.start_char, place.end_char, place.start, place.end
            )


@lru_cache(maxsize=4)
def _site_words(sites: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(sites, key=len, reverse=True))) + r")s?\b", re.I)


def appositive_names(doc: Doc, text: str, index: EntityIndex, mentions: list[Mention]) -> Iterable[Mention]:
    """ "Brightwave, the largest Dutch provider,", "Quillon, a smaller designer": a capitalised name in
    apposition with a role noun names an organisation, where neither the gazetteer nor the NER knows it."""
    roles = load_lexicon().role_nouns
    appositive = list(_appositive_pattern(roles).finditer(text))
    for match in [*appositive, *_titled_pattern(roles).finditer(text)]:
        start, end = match.span("name")
        name = match.group("name").rstrip(".")  # "… operator Sinotrans.": the sentence's stop is no part of it
        if ". " in name:  # "… sold as Scaleway Ardent. Calvora Cloud, a Lisbon newcomer": the last sentence's name
            start += name.rindex(". ") + 2
            name = name[name.rindex(". ") + 2 :]
        end = start + len(name)
        if name.split()[0] in ("The", "A", "An", "Its", "Our", "This", "That") or index.named(name) is not None:
            continue
        first = name.split()[0]
        if first.isupper() and first.casefold() in index.not_names:
            continue  # "its group CEO Lars Holm": a title, then a person
        if name.casefold() in index.not_names or any(m.start <= start < m.end and m.entity.known for m in mentions):
            continue  # a name the gazetteer knows keeps its type; one the NER guessed becomes an organisation
        span = doc.char_span(start, end, alignment_mode="expand")
        role = doc.char_span(match.end() - 1, match.end(), alignment_mode="expand") if match in appositive else None
        if role is not None and role[0].dep_ == "nsubj" and "," not in text[role.end_char : role[0].head.idx]:
            continue  # "… as much as Falcon-8, the company claims": the role noun speaks, it describes no name
            # (but "Osk, the contract manufacturer known as Tarn, said": the apposition closes before the verb)
        if span is not None:
            span = _without_opening_verb(span, keep=1)
            entity = index.entity_for(span.text, "Organization")
            yield Mention(entity, span.start_char, span.end_char, span.start, span.end)


def _after_a_headline_verb(span: Span) -> Span:
    """ "Tarn Ratings Upgrades Vessa Data Centres": the suffixed name is the one after a title-case headline's verb
    (the one before it is the NER's to find)."""
    verbs = load_lexicon().headline_verbs
    cut = max((t.i for t in span[1:-1] if t.is_title and t.lower_ in verbs), default=None)
    if cut is None or span.end - cut < 3 or not in_a_title_case_line(span.doc.text, span.start_char):
        return span
    return span.doc[cut + 1 : span.end]


def _without_opening_verb(span: Span, keep: int) -> Span:
    """ "Consider Halden Data, a Norwegian provider", "On Tuesday Halden Data said", "Rival Fell Cloud leads": a
    verb, adverb, day, month or role noun opening the sentence is no part of the capitalised name after it
    (``keep``: the fewest words a name of that kind has)."""
    roles = load_lexicon().role_nouns
    while len(span) > keep and (
        span[0].pos_ in NOT_NAME_STARTS
        or span[0].lower_ in WEEKDAYS
        or _dated(span)
        or (span[0].lower_ in roles and span[0].is_sent_start)  # "Rival Fell Cloud …": a role noun opening the sentence
    ):
        span = span[1:]
    return span


def _dated(span: Span) -> bool:
    """ "In February Tarn Data cut …", "Since May Tarn Labs has …": a month after a preposition dates the clause
    ("May Robotics" may be a name, and "said that May Robotics …" is one)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    opens_a_date = before is not None and (before.pos_ == "ADP" or before.lower_ in DATING_CONJUNCTIONS)
    return span[0].lower_ in MONTHS and opens_a_date


@lru_cache(maxsize=2)
def _appositive_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    roles = "|".join(re.escape(noun) for noun in nouns)
    return re.compile(
        r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=, )|(?<=[-–—] )"
        r"|(?<=\bis )|(?<=\bas )|(?<=\bwas )|(?<=\bby )|(?<=\bto )|(?<=\bfor ))"
        r"(?P<name>(?:[A-Z][\w&.-]*[a-z0-9][\w&.-]*|[A-Z]{2,})(?: [A-Z][\w&.-]+){0,3}),"
        rf"\s+(?:the|a|an|[A-Z][\w&.-]*['’]s)\s+(?:[\w-]+\s+){{0,4}}?(?:{roles})\b",
        re.MULTILINE,
    )


@lru_cache(maxsize=4)
def _titled_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """ "the carmaker Geely", "the courier group Sanhe Express", "its subsidiary VX Labs": a role noun right
    before a capitalised name."""
    roles = "|".join(re.escape(noun) for noun in nouns)
    return re.compile(
        rf"\b(?:the|a|an|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:[\w-]+\s+){{0,3}}?(?:{roles})\s+(?P<name>(?:[A-Z][\w&.-]*[a-z0-9][\w&.-]*|[A-Z]{{2,}})"
        r"(?: [A-Z][\w&.-]+){0,3})"
    )
