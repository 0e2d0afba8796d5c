"""Who is speaking: the organisation behind "we" and "our".

A transcript labels each turn with its speaker ("Maren Holt, Chief Executive Officer:", "Analyst (Ruth Amsel,
Gantry Securities):", or on a line of its own: "Maren Holt -- Chief Executive Officer"); a quote names its speaker
in its attribution ("…," said Corvane's chief executive). An officer speaks for their company: the one the label
names, else the company the article is about (the one its title names first). First-person words in that stretch of
text then refer to that organisation, and its figures are attributed to it, as the gold format attributes an
officer's words to the firm they speak for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from claimgraph.extract.document import EntityIndex, Sentence
from claimgraph.extract.lexicon import load_lexicon
from claimgraph.extract.places import names_a_place
from claimgraph.records import Entity

# A capital a name begins with, accented too ("Élise", "Łukasz", "Øyvind")
_CAPITAL = "A-ZÀ-ÖØ-ÞĀĆČĐĒĘĞĪŁŃŌŒŘŚŞŠŤŪŮŹŻŽ"
# A turn's label at the start of a line: a name, then a role after a comma or in brackets, then a colon.
_LABEL = re.compile(
    rf"[ \t]*(?P<label>(?P<name>[{_CAPITAL}][\w.&'’-]+(?:[ \t]+(?:&|[{_CAPITAL}][\w.&'’-]+)){{0,3}})"
    r"(?:[ \t]*,[ \t]*(?P<role>[^:\n]{2,80}?)|[ \t]*\((?P<bracketed>[^)\n]{2,80})\))?)[ \t]*:[ \t]+"
)
# A turn's label on a line of its own, the turn's words in the paragraphs below: "Maren Holt -- Chief Executive
# Officer", "Ruth Amsel — Gantry Securities — Analyst", "Maren Holt (CEO)", "Operator". The role is a few words
# with no figure in them, and no sentence's end after them ("Inc." may end it; "… in May." is a sentence).
_LINE_LABEL = re.compile(
    rf"""[ \t]*
    (?P<label>
      (?P<name>[{_CAPITAL}][\w.'’-]+(?:[ \t]+[{_CAPITAL}][\w.'’-]+){{0,3}})
      (?:
        (?:[ \t]*(?:--|—|–|\||,)[ \t]*|[ \t]+-[ \t]+)
        (?P<role>[^\W\d][^\n\d%:;!?]{{1,100}}?)
        |[ \t]*\((?P<bracketed>[^)\n\d]{{2,80}})\)
      )?
    )
    (?<!(?<!Inc)(?<!Ltd)(?<!Corp)(?<!Co)(?<!plc)[.])[ \t]*(?=\n|$)""",
    re.VERBOSE,
)
_ORGANISATIONS = frozenset({"Company", "Cloud", "Lab", "ResearchFirm", "Aggregator", "Organization"})


@dataclass(frozen=True)
class Turn:
    """A labelled turn of a transcript: who speaks (None for an operator or an unnamed analyst) and where its
    label ends."""

    speaker: Entity | None  # the firm the turn speaks for: what "we" and "our" mean in it
    label_end: int
    holds: bool = True  # whether the speaker stays until the next label (an interviewer's question is one line)
    voice: Entity | None = None  # who says it, where that is no firm: a forum's poster, known by their handle
    through_headings: bool = False  # a post or a message: a line that looks like a heading does not end it


# A forum post's header on a line of its own: a post number, the poster's handle and when it was posted ("#4
# osk_fan · 9 Feb 2026, 09:20", "Reply 12 | kestrel_fan | 3h ago"). A handle is one word written as a
# username (lower case, or with an underscore, dot or digit), so a news byline ("Ada Brell · 9 Feb") is none.
_POST_HEADER = re.compile(
    r"[ \t]*(?:(?:post|reply|comment)[ \t]+)?#?\d{1,4}[.:)]?[ \t]+@?(?P<handle>[A-Za-z][\w.-]{1,30}?)"
    r"[ \t]*[·•|—–-][ \t]*[^\n]*(?:\d|\bago\b|\byesterday\b)[^\n]*$",
    re.IGNORECASE,
)
# A social thread's author line: "Dana Brell @dbrell · 18 Feb 2026": the posts below are the author's
_AUTHOR_LINE = re.compile(
    rf"[ \t]*(?P<name>[{_CAPITAL}][\w.'’-]+(?:[ \t]+[{_CAPITAL}][\w.'’-]+){{0,3}})"
    r"[ \t]+\(?@\w{2,30}\)?[ \t]*[·•|—–-][ \t]*[^\n]*(?:\d|\bago\b|\byesterday\b)[^\n]*$"
)
_USERNAME = re.compile(r"[a-z][a-z\d]*|.*[_.\d].*")
# A hearing's or a consultation's statement heading: "PREPARED STATEMENT OF DR. ADA BRELL, SENIOR FELLOW, OSK
# INSTITUTE", "Written evidence submitted by Tarn Analytics". The statement below it is said for the organisation
# named last; the person named first answers for it later ("DR. BRELL: …").
_STATEMENT_HEADING = re.compile(
    r"[ \t]*(?:(?:prepared|written|opening|joint)[ \t]+)?(?:statement|testimony|remarks|submission|evidence)"
    r"(?:[ \t]+submitted)?[ \t]+(?:of|by|from)[ \t]+(?P<who>[^\n]+?)[ \t]*$",
    re.IGNORECASE,
)
# A broadcast script's cue for a recorded clip: "[SOT: ADA BRELL, CHIEF EXECUTIVE, OSK CLOUD | IN: "…" | DUR 0'12"]".
# The clip below it is said for the organisation the cue names last.
_SOUNDBITE = re.compile(
    r"[ \t]*\[(?:SOT|SOUNDBITE|CLIP|ACT|GRAB)\b[ \t]*:[ \t]*(?P<who>[^|\]\n]+?)[ \t]*(?:\|[^\]\n]*)?\][ \t]*",
    re.IGNORECASE,
)
# An e-mail's header lines: who sent it, and the lines naming its addressees, date and subject
_EMAIL_FROM = re.compile(r"[ \t]*From:[ \t]*(?P<who>[^\n<]+?)(?:[ \t]*<[^>\n]*>)?[ \t]*")
_ADDRESS_LINE = re.compile(r"[ \t]*(?:To|Cc|Bcc|Date|Sent|Subject|Classification):", re.IGNORECASE)
_HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|prof|professor|sir|dame)\.?[ \t]+", re.IGNORECASE)
_TITLE_WORDS = frozenset({"fellow", "senior", "professor", "analyst", "economist", "partner", "associate", "member"})
_MINOR_WORDS = frozenset({"for", "of", "and", "the", "on", "in", "at", "to", "de"})


def post_or_statement_at(
    sentence: Sentence, index: EntityIndex, firm_named: Callable[[str], Entity], known: dict[str, Entity | None]
) -> Turn | None:
    """The turn a heading line opens when it heads a forum post (said by the poster) or a witness's statement
    (said for the witness's organisation, whose name ``known`` then learns): the voice of what follows it, until
    the next heading or label. ``firm_named`` gives the entity an organisation's name stands for."""
    line = _own_line(sentence)
    if line is None:
        return None
    text, (line_start, line_end) = sentence.doc_text, line
    post = _POST_HEADER.fullmatch(text, line_start, line_end)
    if post is not None and _USERNAME.fullmatch(post.group("handle")):
        return Turn(None, line_end, voice=index.entity_for(post.group("handle"), "Person"), through_headings=True)
    author = _AUTHOR_LINE.fullmatch(text, line_start, line_end)
    if author is not None:
        return Turn(None, line_end, voice=index.entity_for(author.group("name"), "Person"), through_headings=True)
    entry = _entry_firm(sentence, line_start, line_end)
    if entry is not None:
        return Turn(entry, line_end)
    statement = _STATEMENT_HEADING.fullmatch(text, line_start, line_end) or _SOUNDBITE.fullmatch(
        text, line_start, line_end
    )
    if statement is None:
        return None
    person, organisation = _person_and_firm(statement.group("who"))
    if organisation is None:
        return None  # "Statement of Ada Brell, Senior Fellow": the organisation is not named
    firm = firm_named(organisation)
    if person:  # a firm that submits in its own name introduces no person its labels could name
        known[_HONORIFIC.sub("", person)] = firm
    return Turn(firm, line_end)


def _entry_firm(sentence: Sentence, line_start: int, line_end: int) -> Entity | None:
    """The firm a directory's or a register's entry line names in a field of its own ("Booth A04 | Pell Cloud
    Ltd. (Pell) | Norway", "Osk Research | Equity Research | 12 January 2026"): the text under it is the firm's
    own, as its "we" says, until the next heading. A line of three fields or more, not a table's row, with one
    organisation filling a field. Not the document's masthead ("Osk Review | 2 February 2026 | …", before any
    prose): a publisher's line says who publishes, not who speaks in the body."""
    text = sentence.doc_text
    line = text[line_start:line_end]
    if line.lstrip().startswith("|") or line.count(" | ") < 2:
        return None
    above = text[text.find("\n") + 1 : line_start].splitlines()  # the lines between the title and the entry
    if not any(_PROSE_LINE.fullmatch(prose) for prose in above):
        return None
    firms: set[Entity] = set()
    start = line_start
    for field in line.split(" | "):
        bare = _BRACKETED.sub("", field).strip()
        begin = start + field.find(bare) if bare else start
        filling = [
            m
            for m in sentence.mentions
            if m.entity.type in _ORGANISATIONS and m.start == begin and m.end >= begin + len(bare) - 1
        ]
        firms.update(m.entity for m in filling)
        start += len(field) + len(" | ")
    # a kind of firm the gazetteer or a suffix gave wins over a bare organisation the NER guessed ("Booth A04")
    typed = {firm for firm in firms if firm.type != "Organization"} or firms
    return typed.pop() if len(typed) == 1 else None


_PROSE_LINE = re.compile(r"(?:\S+\s+){5,}\S*[a-z][.!?]\s*")  # a line of prose: six words or more, ending on a stop
_BRACKETED = re.compile(r"\s*\([^)]*\)\s*$")  # "Super Micro Computer, Inc. (Supermicro)": its short name after it


def sender_at(sentence: Sentence) -> tuple[str | None, int] | None:
    """An e-mail's header line the sentence opens: the name of the firm a "From:" line gives ("From: Ada Brell,
    Head of Platform, Pell Cloud", "From: Ada Brell (Pell Cloud)"), or None for the other header lines ("To:",
    "Cc:", "Subject:"), whose names are addresses, not parties to claims; and where the line ends."""
    line = _own_line(sentence)
    if line is None:
        return None
    text, (line_start, line_end) = sentence.doc_text, line
    sender = _EMAIL_FROM.fullmatch(text, line_start, line_end)
    if sender is not None:
        return _person_and_firm(sender.group("who"), sender=True)[1], line_end
    return (None, line_end) if _ADDRESS_LINE.match(text, line_start, line_end) else None


def _own_line(sentence: Sentence) -> tuple[int, int] | None:
    """Where the line a sentence opens starts and ends, if the sentence opens one and does not run past it."""
    text = sentence.doc_text
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.start)
    line_end = len(text) if line_end == -1 else line_end
    if text[line_start : sentence.start].strip() or sentence.end > line_end:
        return None
    return line_start, line_end


def _person_and_firm(who: str, sender: bool = False) -> tuple[str, str | None]:
    """ "DR. ADA BRELL, SENIOR FELLOW, OSK INSTITUTE" → the person and the organisation named last (or in
    brackets: "Ada Brell (Osk Institute)"); None when only a title follows the person. An e-mail's ``sender`` may
    be the firm alone, named as only a firm is ("Pell Cloud Partners")."""
    bracketed = re.fullmatch(r"(?P<person>[^(]+?)\s*\((?P<firm>[^)]+)\)", who.strip().split(",")[-1].strip())
    if bracketed is not None and _a_role(bracketed.group("firm")):
        person = re.sub(r"\s*\([^)]*\)", "", who.split(",")[0]).strip()
        return person, None  # "Ena Marsh (Partner), Kai Doss (Vice President)": people and their roles
    if bracketed is not None and "," not in who:
        return bracketed.group("person"), _as_name(bracketed.group("firm").strip())
    person, *roles = [part.strip() for part in who.split(",")]
    while roles and names_a_place(roles[-1]):
        roles.pop()  # "From: Pell Cloud Ltd., Montreal, Quebec": where the firm sits, not who it is
    if not roles and (_registered(person) or (sender and _a_firms_suffix(person))):
        return "", _as_name(person)  # the sender is the firm itself ("Pell Cloud Inc.", "Pell Cloud Partners")
    organisation = roles[-1] if roles else ""
    if not organisation or _TITLE_WORDS.intersection(organisation.lower().split()):
        return person, None
    return person, _as_name(organisation)


def employer_disclosed(sentence: Sentence) -> Entity | None:
    """The firm a poster says they work for ("Disclosure: I run infrastructure at Pell Cloud", "I work for Osk"):
    from then on their post speaks for it, as an officer's words are their company's."""
    for token in sentence.tokens:
        if token.lower_ != "i" or token.dep_ != "nsubj" or token.head.lemma_ not in _WORKING_VERBS:
            continue
        for place in (c for c in token.head.rights if c.dep_ == "prep" and c.lower_ in ("at", "for")):
            for firm in (c for c in place.children if c.dep_ == "pobj"):
                named = next((m.entity for m in sentence.mentions if m.start <= firm.idx < m.end), None)
                if named is not None and named.type in _ORGANISATIONS:
                    return named
    return None


_WORKING_VERBS = frozenset({"work", "run", "lead", "head", "manage", "be"})


def _registered(name: str) -> bool:
    """Whether a name ends in a legal form ("Pell Cloud Inc.", "Osk Data GmbH"): a company's, no person's."""
    return name.rstrip(".").rsplit(" ", 1)[-1] in {form.rstrip(".") for form in load_lexicon().discovery.legal_forms}


def _a_firms_suffix(name: str) -> bool:
    """Whether a name of three words or more ends in a word organisations' names end in ("Pell Cloud Partners"):
    a person's two-word name may end in one too ("Ruth Steel", "Jordan Partners")."""
    words = name.split()
    suffixes = {word.casefold(): kind for word, kind in load_lexicon().discovery.name_suffixes.items()}
    return len(words) > 2 and suffixes.get(words[-1].casefold()) not in (None, "Product")


def _a_role(words: str) -> bool:
    """Whether bracketed words after a person are a job title ("Vice President", "Partner"), not a firm."""
    titles = _TITLE_WORDS | load_lexicon().attribution_speakers
    return bool(titles.intersection(re.split(r"[\s-]+", words.lower())))


def _as_name(words: str) -> str:
    """A name written in capitals, as a name is written: "OSK INSTITUTE FOR POLICY" → "Osk Institute for Policy"."""
    if not words.isupper():
        return words
    cased = (w.lower() if i and w.lower() in _MINOR_WORDS else w.capitalize() for i, w in enumerate(words.split()))
    return " ".join(cased)


def turn_at(
    sentence: Sentence, issuer: Entity | None, officer_words: frozenset[str], known: dict[str, Entity | None]
) -> Turn | None:
    """The turn a sentence opens, if it starts a line with a speaker's label. A label names a person with a
    role ("Maren Holt, Chief Executive Officer:") or one already introduced so ("Maren Holt:"); a bold lead
    ("The Energy Edge: …") is no label. ``known`` maps the names introduced so far to their firms, and learns."""
    text = sentence.doc_text
    line_start = text.rfind("\n", 0, sentence.start) + 1
    if text[line_start : sentence.start].strip():
        return None
    label = _LABEL.match(text, line_start) or _LINE_LABEL.match(text, line_start)
    if label is None or (label.end("label") > sentence.end + 1 and not _split_by_a_title(label, sentence.end)):
        return None
    name = label.group("name")
    if name.lower() in ("operator", "moderator", "host"):
        return Turn(None, label.end())
    if name.split()[0].lower() in _NOT_A_NAME:
        return None
    role_start = label.end("name")
    in_role = [m for m in sentence.mentions if role_start <= m.start and m.end <= label.end("label")]
    firms = [  # "Mara Lind, CFO:": a title the NER took for an organisation is no firm
        m.entity
        for m in in_role
        if m.entity.type in _ORGANISATIONS and not officer_words.intersection(m.entity.label.lower().split())
    ]
    role = (label.group("role") or label.groupdict().get("bracketed") or "").lower()
    introduced = _known_as(name, known)
    if firms:
        known[name] = firms[-1]  # "Analyst (Ruth Amsel, Gantry Securities):" speaks for Gantry Securities
    elif any(word in officer_words for word in re.findall(r"[a-z-]+", role)):
        known[name] = issuer  # "Maren Holt, Chief Executive Officer:" speaks for the company the article is about
    elif not role and introduced is None and _introduced_as_officer(name, text, officer_words):
        known[name] = issuer  # "With us are chief executive Lena Voss and …", then "Lena Voss: …" or "Voss: …"
    elif not role and introduced is None and (_labels_turns(name, text) or _asks(name, text, line_start, label.end())):
        # "F&F: …", a magazine's questions: no firm's "we", and the answers after may be unlabelled
        return Turn(None, label.end(), holds=False)
    elif introduced is None or (role and not label.groupdict().get("bracketed")):
        return None  # a role of its own names someone new ("Ada Brell, analyst:"); a side in brackets does not
    else:
        known.setdefault(name, known[introduced])  # "DR. BRELL" is the "ADA BRELL" introduced before
    return Turn(known[name], label.end())


def introduced_firms(sentences: list[Sentence], officer_words: frozenset[str]) -> dict[str, Entity | None]:
    """The firm each person is introduced with, name, role, firm, as a panel's or a call's list of speakers gives
    them ("Panellists: Maren Holt, head of research, Osk Analytics; Ade Vey, Chief Executive, Tarn Cloud"), or in
    brackets ("Guests: Maya Lind (principal analyst, Osk Research)"): the labels of their turns ("HOLT:", "MAYA:")
    then speak for those firms. The role is words in lower case or an officer's
    title, and may hold a comma of its own ("Vice-President, Europe")."""
    firms: dict[str, Entity | None] = {}
    for sentence in sentences:
        text = sentence.doc_text
        # "Dr Ada Brell", whatever the NER took her for
        people = (m for m in sentence.mentions if m.entity.type == "Person" or _HONORIFIC.match(m.entity.label))
        for person in people:
            bracketed = text.startswith(" (", person.end)  # "Maya Lind (principal analyst, Osk Research)"
            if not text.startswith(",", person.end) and not bracketed:
                continue
            closers = ")" if bracketed else ";\n"
            entry_end = min(i for i in (*(text.find(c, person.end) for c in closers), len(text)) if i >= 0)
            firm = next(  # the entry's last firm: "Vice-President, Nordics, Tarnby Compute AB"
                (
                    m
                    for m in reversed(sentence.mentions)
                    if person.end < m.start < entry_end
                    and m.entity.type in _ORGANISATIONS
                    and not officer_words.intersection(m.entity.label.lower().split())
                    and re.search(r",[ \t]+$", text[person.end : m.start])
                ),
                None,
            )
            role = text[person.end : firm.start].strip(",( \t") if firm is not None else ""
            words = re.findall(r"[\w-]+", role)
            titled = any(w.lower() in officer_words or w[0].islower() for w in words)
            if firm is not None and 2 <= len(role) <= 60 and titled:
                firms.setdefault(text[person.start : person.end], firm.entity)
    return firms


def _split_by_a_title(label: re.Match[str], sentence_end: int) -> bool:
    """Whether the parser ended the sentence inside the label's name, at a title's period ("DR." of "DR. BRELL:")."""
    return sentence_end < label.end("name") and label.string[sentence_end - 1] == "."


def _known_as(name: str, known: dict[str, Entity | None]) -> str | None:
    """The introduced name a label stands for: the same name, or the same surname after a title ("DR. BRELL" for
    "ADA BRELL", introduced by her statement's heading)."""
    if name in known:
        return name
    surname = name.split()[-1].casefold()
    people = [k for k in known if _HONORIFIC.sub("", k).split()]  # no empty or bare-title names
    matches = [k for k in people if k.split()[-1].casefold() == surname]
    if not matches and " " not in name:  # "LIN:" for "Dr Lin Meihua": a family name written first
        matches = [k for k in people if _HONORIFIC.sub("", k).split()[0].casefold() == surname]
    return matches[0] if len(matches) == 1 else None


@lru_cache(maxsize=256)
def _introduced_as_officer(name: str, text: str, officer_words: frozenset[str]) -> bool:
    """Whether the text names the person with an officer's title: "chief executive Lena Voss", "Lena Voss, our
    chief financial officer". Asked once per name and article (a transcript labels the same names again)."""
    titles = _titles(officer_words)
    # the full name, or a label giving only its first or last word ("Voss" for "Lena Voss", "Han" for "Han Seo-yeon")
    word, named = rf"[{_CAPITAL}][\w'’-]+", re.escape(name)
    person = named if " " in name else rf"(?:{named}(?:[ \t]+{word}){{1,2}}|{word}[ \t]+{named})"
    before = rf"\b(?:{titles})\b(?:[ \t]+[\w-]+){{0,2}}?,?[ \t]+{person}\b"  # "its spokesperson, Ada Brell"
    after = rf"\b{person},[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?(?:{titles})\b"
    return re.search(f"{before}|{after}", text, re.IGNORECASE) is not None


@lru_cache(maxsize=256)
def _labels_turns(name: str, text: str) -> bool:
    """Whether the name labels an interviewer's turns: it opens at least two lines as "Name: …", one of them a
    question, as an interview's labels do (a one-off "Note: …", or a digest's "Pell Cloud: revenue rose …" lines,
    do not)."""
    lines = re.findall(rf"^[ \t]*{re.escape(name)}[ \t]*:[ \t][^\n]*", text, re.MULTILINE)
    return len(lines) >= 2 and any(line.rstrip().endswith("?") for line in lines)


def _asks(name: str, text: str, line_start: int, start: int) -> bool:
    """Whether the line from ``start`` on is a question put by someone the text has named before ("… spoke to
    Gauge & Grid magazine", then "Gauge & Grid: … Is that right?"): the interviewer's turn."""
    end = text.find("\n", start)
    asked = text[start : end if end != -1 else len(text)].rstrip().endswith("?")
    return asked and re.search(rf"\b{re.escape(name)}\b", text[:line_start]) is not None


@lru_cache(maxsize=4)
def _titles(officer_words: frozenset[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(officer_words, key=len, reverse=True))


_NOT_A_NAME = frozenset({"the", "a", "an", "our", "its", "their", "this", "that", "why", "what", "how", "q", "a."})


def title_of(sentences: list[Sentence]) -> Sentence | None:
    """The article's title: its first sentence naming anything (a label such as "PRESS RELEASE" above it is none)."""
    return next((s for s in sentences if s.mentions), None)


def issuer_of(sentences: list[Sentence]) -> Entity | None:
    """The company an article is about: the first organisation its title's paragraph names — or, for a title that
    names none ("Pell Cloud Inference Platform – release notes"), the firm of the opening paragraphs whose name the
    title's first words begin ("Pell Cloud K.K. runs …")."""
    if not sentences:
        return None
    heading = sentences[0]
    if not any(m.entity.type in _ORGANISATIONS for m in heading.mentions):
        opening = [m.entity for s in sentences[:12] for m in s.mentions if s.paragraph <= heading.paragraph + 2]
        firms = (e for e in opening if e.type in _ORGANISATIONS and e.type != "ResearchFirm")
        begun = next((e for e in firms if title_begins_with(heading, e)), None)
        if begun is not None:
            return begun
    title = title_of(sentences)
    if title is None:
        return None
    first = title.paragraph
    named = [s for s in sentences if s.mentions]
    for sentence in named:
        if sentence.paragraph != first:
            break
        crumbs = _BREADCRUMB.search(sentence.text)  # "Pell Forums › Hardware › Osk cuts prices": the page's own site
        after = sentence.start + crumbs.end() if crumbs else sentence.start
        for mention in (m for m in sentence.mentions if m.start >= after):
            if mention.entity.type in _ORGANISATIONS and mention.entity.type != "ResearchFirm":
                return mention.entity
    return None


def title_begins_with(title: Sentence, entity: Entity | None) -> bool:
    """Whether the title's first two words (or one, for a one-word name) are the first words of the entity's name."""
    if entity is None:
        return False
    named = [word.rstrip(",") for word in entity.label.split()[:2]]  # "Pell Cloud, Inc.": its words, no comma
    return len(named[0]) > 2 and [word.rstrip(",:") for word in title.text.split()[: len(named)]] == named


_BREADCRUMB = re.compile(r".*[›»]")


def asks(sentence: Sentence) -> bool:
    """Whether the sentence is a question standing as a paragraph of its own (an interview's question)."""
    text = sentence.doc_text
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    line = text[line_start : line_end if line_end != -1 else len(text)].strip()
    return line.endswith("?") and line.startswith(sentence.text.strip()[:20])


def interviewee_of(sentences: list[Sentence]) -> Entity | None:
    """The firm an interview's answers speak for: an article with at least two questions standing as paragraphs
    of their own, whose title or opening paragraphs say it is an interview ("Five questions for …", "We spoke to
    her …") and name the research firm the interviewee works for, else the first organisation they name (an
    executive speaks for the company the piece opens on). A FAQ, or an article's own analyst answering
    readers ("Our analyst answers readers' questions"), speaks for no other firm."""
    if sum(1 for s in sentences if asks(s)) < 2:
        return None
    paragraphs = sorted({s.paragraph for s in sentences})[:3]
    opening = [s for s in sentences if s.paragraph in paragraphs]
    if not _INTERVIEW.search(" ".join(s.text for s in opening)):
        return None  # a FAQ or a reader's Q&A answered by the publication itself
    firms = [m.entity for s in opening for m in s.mentions if m.entity.type == "ResearchFirm"]
    companies = [m.entity for s in opening for m in s.mentions if m.entity.type in _ORGANISATIONS]
    return firms[0] if firms else companies[0] if companies else None  # "We spoke to its chief executive …"


_INTERVIEW = re.compile(
    r"\b(?:questions for|interview(?:ed|s)?|q&a with|in conversation with|spoke (?:to|with)|talks? (?:to|with)|"
    r"speaks? (?:to|with)|we asked)\b",
    re.IGNORECASE,
)
