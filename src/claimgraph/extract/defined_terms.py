"""A filing's defined terms: the capitalised words a document defines once and uses for a party ever after.

Stock-exchange announcements, contracts, term sheets and releases name a party in full once and then call it by a
term they define: inline ('Corvane Data Holdings Limited ("Corvane" or the "Company")') or in a definitions list
('"Target"  Seraya Data Sdn. Bhd., a company incorporated in Malaysia'; '"Group"  the Company and its
subsidiaries'). "The Target" is then that company wherever it stands. A term a list defines as anything but a
named party ("Completion", "the Acquisition") names no entity at all, so the NER's guess that it does is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from claimgraph.extract.document import Mention
from claimgraph.extract.name_bounds import FUNCTION_WORDS, plain_english
from claimgraph.records import Entity

# 'Corvane Data Holdings Limited ("Corvane" or the "Company")', 'Corvane, Inc. (Nasdaq: CRVN) ("Corvane" or "the
# Company")', 'Corvane, Inc. ("Corvane" and, with its affiliates, the "Debtors")', 'Corvane Holdings Limited (the
# "Company", together with its subsidiaries, the "Group")': a definition in brackets right after the name, perhaps
# after its ticker; a term for the company with its affiliates stands for the company
_INLINE = re.compile(
    r"[^()\n]{0,25}?(?:\([^()\n]{0,30}\)\s*)?\(\s*(?:(?:the\s+)?[“\"](?P<short>[^”\"]+)[”\"]\s*"
    r"(?:,?\s*(?:and,?\s+)?(?:together\s+)?with\s+its\s+[^,“”\"()\n]{1,40},|,|or)\s*)?"
    r"(?:the\s+)?[“\"](?:the\s+)?(?P<term>[A-Z]\w+)[”\"]\s*\)"
)
# a definitions list: a line opening on a quoted capitalised term, then what it means ('"Target" Seraya …',
# '"Vendor": Tembusu Fund II L.P.', '"Completion" means completion of …')
_LISTED = re.compile(
    r"^[ \t]*[“\"](?P<term>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})[”\"][ \t]*(?:means[ \t]+|:[ \t]*|[-–—][ \t]*)?"
    r"(?P<meaning>\S[^\n]*)$",
    re.MULTILINE,
)
_PARTY_TYPES = frozenset({"Company", "Cloud", "Lab", "Organization", "Aggregator"})
_TERM_TYPES = frozenset({"Organization", "Product", "Company"})  # what the NER takes a capitalised term for


def defined_terms(mentions: list[Mention], doc: Doc, text: str, english_words: frozenset[str]) -> list[Mention]:
    """The mentions with each defined term standing for the party it was defined as; mentions of a term the
    document defines as no party are dropped (unless the gazetteer knows the name), and so, in a document that
    lists its definitions, are capitalised phrases of plain English words ("the Sale Shares", "the Acquisition"):
    such a document capitalises its terms, not only its names."""
    parties, not_parties = _listed_terms(mentions, text)
    if parties or not_parties:
        not_parties |= {
            _term(m.entity.label)
            for m in mentions
            if m.entity.type in _TERM_TYPES and plain_english(m.entity.label, english_words)
        }
    not_parties |= _abbreviations(text)
    for mention in mentions:
        defined = _INLINE.match(text, mention.end)
        if defined is not None and mention.entity.type != "Market":
            party = _labelled_party(defined.group("term"), mention, mentions, text) or mention.entity
            parties[defined.group("term").casefold()] = party
            if defined.group("short"):
                parties[defined.group("short").casefold()] = party
    if "company" not in parties and (titled := _title_company(mentions, text)) is not None:
        parties["company"] = titled  # minutes, filings: "the Company" is the one the title names, defined or not
    roles = _labelled_roles(mentions, text)
    kept = []
    for mention in mentions:
        term = _term(mention.entity.label)
        if mention.entity.known:
            kept.append(mention)
        elif term in parties and mention.entity != parties[term]:
            kept.append(Mention(parties[term], mention.start, mention.end, mention.token_start, mention.token_end))
        elif term not in not_parties or term in parties:
            kept.append(mention)
    kept += _unfound_uses(parties, kept, doc, text)
    return kept + list(_role_uses(roles, kept, doc, text))


def _labelled_party(term: str, defining: Mention, mentions: list[Mention], text: str) -> Entity | None:
    """ 'Provider: Tarnby Compute Oy, a subsidiary of Velkor Oyj ("Provider").': on a line labelled with the term
    it defines, the term is the party the label introduces, not the last name of its description."""
    line_start = text.rfind("\n", 0, defining.start) + 1
    label = re.match(rf"[ \t]*(?:[-•*][ \t]*)?{re.escape(term)}[ \t]*:[ \t]*", text[line_start : defining.start])
    if label is None:
        return None
    head = next((m for m in mentions if m.start == line_start + label.end() and m.entity.type in _PARTY_TYPES), None)
    return head.entity if head is not None else None


def _title_company(mentions: list[Mention], text: str) -> Entity | None:
    """The company a document's title line names, when the body calls a party "the Company" with a capital: the
    term a filing or a board's minutes use for their own company even where no definition introduces it."""
    title_end = text.find("\n")
    if title_end == -1 or len(re.findall(r"\bthe Company\b", text[title_end:])) < 2:
        return None  # a term the body keeps using, not one stray "the Company"
    return next((m.entity for m in mentions if m.end <= title_end and m.entity.type in _PARTY_TYPES), None)


# "Applicant: Osk Data Centres UK Limited. Agent: …": a role, a colon and the party alone, at a line's
# start or after another such pair
_ROLE = re.compile(r"(?:^|(?<=[.;]\s))[ \t]*(?P<role>[A-Z][a-z]{2,20}):[ \t]+", re.MULTILINE)
_PARTY_ENDS = re.compile(r"[ \t]*(?:[.;,]|$)", re.MULTILINE)


def _labelled_roles(mentions: list[Mention], text: str) -> dict[str, Entity]:
    """The roles a header's labelled lines give parties ("Applicant: Osk Data Ltd."): "the applicant" is then that
    party. A label followed by more than a name ("Analyst: Osk's margin grew") gives no role."""
    roles: dict[str, Entity] = {}
    for label in _ROLE.finditer(text):
        party = next((m for m in mentions if m.start == label.end() and m.entity.type in _PARTY_TYPES), None)
        ended = party is not None and (text[party.end - 1] == "." or _PARTY_ENDS.match(text, party.end) is not None)
        if party is not None and ended:  # "Applicant: Osk Data Ltd. Agent: …": the name's own full stop ends it
            roles.setdefault(label.group("role").casefold(), party.entity)
    return roles


def _role_uses(roles: dict[str, Entity], mentions: list[Mention], doc: Doc, text: str) -> Iterator[Mention]:
    """Each "the applicant", "The Applicant's": the party the role was given to."""
    taken = [(m.start, m.end) for m in mentions]
    for role, party in roles.items():
        for use in re.finditer(rf"\bthe\s+({re.escape(role)})\b", text, re.IGNORECASE):
            if any(start < use.end() and use.start() < end for start, end in taken):
                continue
            span = doc.char_span(use.start(1), use.end(1))
            if span is not None:
                yield Mention(party, span.start_char, span.end_char, span.start, span.end)


def _unfound_uses(parties: dict[str, Entity], mentions: list[Mention], doc: Doc, text: str) -> Iterator[Mention]:
    """Each use of a party's term the NER passed over ("the Business will become …", "the Target Group"), written
    with its capital, in whatever case the rest is; not the quoted term a definition opens on."""
    taken = [(m.start, m.end) for m in mentions]
    for term, party in parties.items():
        for use in re.finditer(rf"(?<![\w“\"-]){re.escape(term)}(?![\w”\"-])", text, re.IGNORECASE):
            if not use.group(0)[0].isupper() or any(start < use.end() and use.start() < end for start, end in taken):
                continue
            span = doc.char_span(*use.span())
            if span is not None:
                yield Mention(party, span.start_char, span.end_char, span.start, span.end)


# "annualised recurring revenue (ARR)", "a bill of materials (BOM)": words in lower case (the first may open the
# sentence), then in brackets the capitals their initials make
_ABBREVIATED = re.compile(r"(?P<words>[A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*){0,6})\s+\((?P<short>[A-Z]{2,6})s?\)")


def _abbreviations(text: str) -> set[str]:
    """The abbreviations the text defines for terms of plain words ("annualised recurring revenue (ARR)"): a
    term, not a name, though the NER takes the capitals for an organisation's."""
    found = set()
    for defined in _ABBREVIATED.finditer(text):
        every = re.split(r"[\s-]+", defined.group("words"))
        content = [w for w in every if w.lower() not in _FILLERS]
        short = defined.group("short")
        # "annualised recurring revenue (ARR)" spells its content words, "bill of materials (BOM)" every word
        if any(
            len(ws) >= len(short) and "".join(w[0] for w in ws[-len(short) :]).upper() == short
            for ws in (content, every)
        ):
            found.add(short.casefold())
    return found


_FILLERS = FUNCTION_WORDS | {"a", "an", "per", "to"}  # words an abbreviation usually takes no letter from


def _term(label: str) -> str:
    """How a label is looked up among the terms: "the Target", "TARGET" and "Target" are one term."""
    return re.sub(r"^the\s+", "", label, flags=re.IGNORECASE).casefold()


def _listed_terms(mentions: list[Mention], text: str) -> tuple[dict[str, Entity], set[str]]:
    """The terms of a definitions list: those meaning a named party (the party a mention opening the meaning
    names, or the party of another term: '"Group" the Company and its subsidiaries'), and the others."""
    lines = list(_LISTED.finditer(text))
    if len(lines) < 3:
        return {}, set()  # a quoted phrase opening a line or two is a quotation, not a list of definitions
    terms = {line.group("term").casefold() for line in lines}
    parties: dict[str, Entity] = {}
    meanings: dict[str, str] = {}
    for line in lines:
        term, start = line.group("term").casefold(), line.start("meaning")
        named = next((m for m in mentions if start <= m.start <= start + 4 and m.entity.type in _PARTY_TYPES), None)
        if named is not None and _term(named.entity.label) not in terms:
            parties[term] = named.entity
        else:
            meanings[term] = line.group("meaning")
    for term, meaning in meanings.items():  # '"Group" the Company and its subsidiaries': the Company's
        other = re.match(r"(?:the\s+)?([A-Z]\w+)", meaning)
        if other is not None and other.group(1).casefold() in parties:
            parties[term] = parties[other.group(1).casefold()]
    return parties, set(meanings) - set(parties)
