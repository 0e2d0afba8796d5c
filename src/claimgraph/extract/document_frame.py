"""What a whole article says of itself before any of its sentences is read: the market and the company it is mostly
about, the sanction its title names, whose document it is (an issuer's own report, a summary of a research firm's,
a company's notice in the first person), whom an interview's answers speak for and whom the people its speaker
lists introduce speak for. ``ReadingContext.for_document`` starts the reading from it."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from claimgraph.extract.attribution import TOPIC_TYPES
from claimgraph.extract.document import Sentence, normalise_name
from claimgraph.extract.lexicon import Lexicon, words_pattern
from claimgraph.extract.speakers import interviewee_of, introduced_firms, issuer_of, title_begins_with, title_of
from claimgraph.records import Entity


@dataclass(frozen=True)
class DocumentFrame:
    """The article-wide facts a reading starts from (see ``ReadingContext`` for what each one is used for)."""

    main_market: Entity | None
    main_company: Entity | None
    title_policy: Entity | None
    name_heads: dict[str, Entity]
    in_article: dict[str, Entity]
    short_names: dict[str, str]
    issuer: Entity | None
    title_subject: Entity | None
    interviewee: Entity | None
    self_report: bool
    writer: Entity | None
    summarised: Entity | None
    speakers: dict[str, Entity | None]
    title_model: Entity | None  # the model the title names first: a model card's, a launch's
    operator: Entity | None  # the firm a title about its sites or capacity names: the landlord of tenancies told


def document_frame(sentences: list[Sentence], lexicon: Lexicon) -> DocumentFrame:
    """Read the frame of an article from all its sentences, its title first."""
    markets = Counter(m.entity for s in sentences for m in s.mentions if m.entity.type == "Market")
    main = markets.most_common(1)[0][0] if markets else None
    companies = Counter(m.entity for s in sentences for m in s.mentions if m.entity.type in TOPIC_TYPES)
    ranked = companies.most_common(2) + [(None, 0)]
    main_company = ranked[0][0] if ranked[0][1] >= 3 and 2 * ranked[0][1] >= 3 * ranked[1][1] else None
    title = [s for s in sentences if s.paragraph == sentences[0].paragraph] if sentences else []
    policies = [m.entity for s in title for m in s.mentions if m.entity.type == "Policy"]
    if not policies and _names_a_rule(title, lexicon):
        # "US memory rule halts shipments …": a title about a rule the parser does not name is about the
        # sanction its opening paragraph names (a news story's lede states its subject)
        lede = [s for s in sentences if not s.is_heading and s.paragraph > sentences[0].paragraph][:2]
        policies = [m.entity for s in lede for m in s.mentions if m.entity.type == "Policy"]
    heads: dict[str, set[Entity]] = {}
    for sentence in sentences:
        for m in sentence.mentions:
            words = sentence.doc_text[m.start : m.end].split()
            if len(words) > 1 and m.entity.type in TOPIC_TYPES:
                heads.setdefault(words[-1].lower(), set()).add(m.entity)
    issuer = issuer_of(sentences) or _help_pages_owner(sentences)
    letterhead = _letterhead_firm(sentences) if issuer is None else None  # a title naming no firm
    if issuer is not None and lexicon.names_a_publication(issuer.label):
        issuer = None  # "Tarnby Ledger | 9 May 2026 |": a masthead, whose publisher is no party to the story
    interviewee = interviewee_of(sentences)
    heading = title_of(sentences) or sentences[0]
    # a title that names no firm ("Pell Cloud Inference Platform – release notes") may begin with the issuer's name
    begun = bool(sentences) and title_begins_with(sentences[0], issuer)
    titled = sentences[0] if begun else heading
    opener = issuer if issuer is not None and (_opens(heading, issuer) or begun) else None
    own_title = words_pattern(lexicon.self_report_titles).search(_line_of(titled)) is not None
    # "Letter to shareholders from the chief executive, Tarn Cloud Berhad, Annual Report 2025": a title naming
    # one firm and a report of that firm's own, wherever in the title the firm stands
    firms = {m.entity for m in heading.mentions if m.entity.type in TOPIC_TYPES}
    own_report = own_title and (opener is not None or (issuer is not None and firms == {issuer}))
    voiced = words_pattern(lexicon.own_voice_titles).search(_line_of(titled)) is not None
    own_voice = voiced and (opener is not None or (issuer is not None and firms == {issuer}))
    return DocumentFrame(
        main_market=main,
        main_company=main_company,
        title_policy=policies[0] if policies else None,
        name_heads={head: entities.pop() for head, entities in heads.items() if len(entities) == 1},
        in_article={normalise_name(m.entity.label): m.entity for s in sentences for m in s.mentions},
        short_names=_short_names(sentences),
        issuer=issuer,
        title_subject=opener,
        interviewee=interviewee,
        self_report=own_report,
        writer=(
            (issuer if own_voice else None)  # "Sunda Components: Q2 allocation letter": the firm writes it
            or _blog_owner(sentences, lexicon)
            or _first_person_company(sentences, main_company)
            or _self_introduced(sentences, lexicon)
            or _first_person_company(sentences, _own_document_firm(heading, opener, lexicon))
            or letterhead
        )
        if interviewee is None
        else None,
        summarised=_summarised_firm(title, lexicon),
        speakers=introduced_firms(sentences, lexicon.attribution_speakers),
        title_model=next((m.entity for s in title for m in s.mentions if m.entity.type == "Model"), None),
        operator=(opener or issuer) if words_pattern(lexicon.operator_title_words).search(heading.text) else None,
    )


def _short_names(sentences: list[Sentence]) -> dict[str, str]:
    """Each firm's shortest name in the article, when the article shortens its full name to its first words
    ("Sorrel Compute" → "Sorrel"): what a whole the firm owns is called by ("the Sorrel fleet"), as a reader of the
    article would call it. Only a shortening of the name itself, and one no other name of the article begins with;
    an acronym or another name is a name of its own."""
    shortest: dict[str, str] = {}
    starts: dict[str, set[str]] = {}  # a first word → the entities whose names begin with it
    for sentence in sentences:
        for m in sentence.mentions:
            said = sentence.doc_text[m.start : m.end].split()
            full = m.entity.label.split()
            if m.entity.type in TOPIC_TYPES:  # a firm's models named after it ("Veloran Large") are its own
                starts.setdefault(full[0], set()).add(m.entity.key)
            if m.entity.type in TOPIC_TYPES and 0 < len(said) < len(full) and full[: len(said)] == said:
                known = shortest.get(m.entity.key)
                if known is None or len(said) < len(known.split()):
                    shortest[m.entity.key] = " ".join(said)
    # "Vessa" beside Vessa Systems and Vessa Bank says neither
    return {key: short for key, short in shortest.items() if len(starts.get(short.split()[0], ())) == 1}


def _own_document_firm(title: Sentence, opener: Entity | None, lexicon: Lexicon) -> Entity | None:
    """The firm a title opens with, when the title says the document is the firm's own ("Osk: Series A investor
    deck", "Osk invoice and billing statement") and the firm is one the gazetteer or a company word types (a
    publication, an index or a fund the NER guessed at says "we" as an analyst)."""
    firms = set(TOPIC_TYPES) - {"Organization"}
    own = words_pattern(lexicon.own_document_titles).search(_line_of(title)) is not None  # "Osk:" split off
    return opener if own and opener is not None and opener.type in firms else None


_TITLE_LABEL = re.compile(r"[A-Z][\w ]{0,30}:\s*")  # "Company profile: " before a title's only name


def _first_person_company(sentences: list[Sentence], company: Entity | None) -> Entity | None:
    """The company an article speaks for when it says "we" and "our" on its own account (a company's FAQ or
    notice, "We are cutting the prices of our models"; a deck or an invoice its title names, "Osk: investor deck"):
    the company it names most, or else the one its title opens with, named in its title or first paragraph, which
    name no research firm (whose "we" a note's would be), when it says "we" or "our" outside quotes at least
    twice."""
    opening = [s for s in sentences if s.paragraph <= sentences[0].paragraph + 1] if sentences else []
    named = {m.entity for s in opening for m in s.mentions}
    if company is None or company not in named or any(e.type == "ResearchFirm" for e in named):
        return None
    return company if _first_person(sentences) >= 2 else None


def _letterhead_firm(sentences: list[Sentence]) -> Entity | None:
    """The firm named on a line of its own under the title, over the document's date or reference ("Request for
    Proposals …" / "Osk Therapeutics, Inc." / "Issue date: …"), as a letterhead names the sender, when the text
    says "we" and "our" on its own account: the document is that firm's, and so are its "we" and "our". A name
    over "Attn:" or a department is an addressee's or a desk's, not a sender's."""
    if not sentences:
        return None
    text = sentences[0].doc_text
    opening = [s for s in sentences[1:] if s.paragraph <= sentences[0].paragraph + 1]
    for sentence in opening:
        for m in sentence.mentions:
            line_start = text.rfind("\n", 0, m.start) + 1
            line_end = text.find("\n", m.end) % (len(text) + 1)  # the text's end for its last line
            alone = not text[line_start : m.start].strip() and not text[m.end : line_end].strip(" .")
            dated = _DOCUMENT_DETAILS.match(text, line_end + 1) is not None
            if alone and dated and m.entity.type in TOPIC_TYPES:
                return m.entity if _first_person(sentences) >= 3 else None
    return None


# the line under a letterhead: "Issue date: …", "Date: …", "Ref: …", "3 March 2031"
_DOCUMENT_DETAILS = re.compile(
    r"[ \t]*(?:(?:issue\s+)?date[ds]?\b|ref(?:erence)?\b|our\s+ref\b|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b|"
    r"[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\b)",
    re.IGNORECASE,
)


def _blog_owner(sentences: list[Sentence], lexicon: Lexicon) -> Entity | None:
    """The firm whose blog the text is, named at the start of a line at the top as its owner ("Osk Labs blog | 4
    March 2026 | Posted by …", "Osk Engineering Blog"), when the post says "we" and "our" on its own account: a
    firm's blog speaks for the firm, whatever firms its title names. Not a guest's post on it, nor a publication's
    blog (whose "we" is the writer's)."""
    opening = [s for s in sentences if s.paragraph <= sentences[0].paragraph + 2] if sentences else []
    for sentence in opening:
        text = sentence.doc_text
        for m in sentence.mentions:
            line_start = text.rfind("\n", 0, m.start) + 1
            line = text[line_start : text.find("\n", m.end) % (len(text) + 1)]
            owned = _BLOG.match(text, m.end) is not None and not text[line_start : m.start].strip()
            if not owned or m.entity.type not in TOPIC_TYPES or _GUEST.search(line):
                continue
            if lexicon.names_a_publication(m.entity.label):
                return None
            return m.entity if _first_person(sentences) >= 3 else None
    return None


_BLOG = re.compile(
    r"\s+(?:(?:engineering|tech|research|AI|company|official)\s+)?blog\b\s*(?:[›>»/|:·—–-]|$)", re.I | re.M
)
_GUEST = re.compile(r"\bguest\b", re.IGNORECASE)  # "Guest post by Lena Ruiz of Vessa Bank": the guest's "we"


def _help_pages_owner(sentences: list[Sentence]) -> Entity | None:
    """The firm whose help pages the text is, named at the top as their owner ("Osk Cloud Help Centre › Billing",
    "Osk Docs / Pricing"), when the page says "we" and "our" on its own account: a help article speaks for the firm
    that publishes it, whatever the firm it names most."""
    opening = [s for s in sentences if s.paragraph <= sentences[0].paragraph + 2] if sentences else []
    owners = (
        m.entity
        for s in opening
        for m in s.mentions
        if m.entity.type in TOPIC_TYPES and _HELP_PAGES.match(s.doc_text, m.end)
    )
    owner = next(owners, None)
    return owner if owner is not None and _first_person(sentences) >= 3 else None


_HELP_PAGES = re.compile(r"\s+(?:Help\s+Cent(?:re|er)|Support\s+Cent(?:re|er)|Help|Support|Docs|Documentation|"
                         r"Knowledge\s+Base|Developer\s+Docs)\s*(?:[›>»/|:]|$)", re.MULTILINE)  # fmt: skip


def _self_introduced(sentences: list[Sentence], lexicon: Lexicon) -> Entity | None:
    """The firm the writer says, at the top, that they are an officer of ("I'm Ada Brill, co-founder and chief
    executive of Vessa Compute. Ask me anything.", or a byline "Ada Brill · CTO, Vessa" over an article that says
    "we" and "our" on its own account): their "we" and "our" are that firm's."""
    opening = [s for s in sentences if s.paragraph <= sentences[0].paragraph + 2] if sentences else []
    titles = lexicon.attribution_speakers
    for sentence in opening:
        for mention in (m for m in sentence.mentions if m.entity.type in TOPIC_TYPES):
            introduced = _INTRODUCED.search(sentence.doc_text, sentence.start, mention.start)
            if introduced is not None and any(word in titles for word in introduced.group("title").lower().split()):
                return mention.entity
            line_start = sentence.doc_text.rfind("\n", 0, mention.start) + 1
            byline = _BYLINE.fullmatch(sentence.doc_text, line_start, mention.start) or _headline_under_a_name(
                sentence.doc_text, line_start, mention.start
            )
            if (
                byline is not None
                and any(word in titles for word in byline.group("title").lower().split())
                and _first_person(sentences) >= 3
            ):
                return mention.entity  # "Ada Brill · CTO, Vessa · 3 May 2026", then "we moved our pipeline …"
    return None


# a byline's author and title before their firm: "Ada Brill · CTO, ", "By Per Vey, head of AI at "
_BYLINE = re.compile(
    r"(?:By\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+\s*[·|,—–-]\s*(?P<title>[^,·|\n]{2,40}?)\s*(?:,|of|at)\s+"
)


def _headline_under_a_name(text: str, line_start: int, at: int) -> re.Match[str] | None:
    """A post's headline of its author's current title and firm on its own line right under the author's name
    ("Ada Brill • 1st" over "Chief Technology Officer at Vessa | …"): the title before the firm, as a byline's. The
    name line is a short name alone (or with the network's marks after it), and the headline ends at the firm's
    name, a separator or the line's end; a line that goes on in a sentence ("Chief Executive of Osk Ada Brill told
    …") or a former title is none."""
    previous_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    named = _AUTHOR_LINE.fullmatch(text, previous_start, max(previous_start, line_start - 1))
    headline = _HEADLINE.fullmatch(text, line_start, at) if named is not None else None
    line_end = text.find("\n", at)
    rest = text[at : line_end if line_end != -1 else len(text)]
    return headline if headline is not None and _ENDS_A_HEADLINE.match(rest) else None


# "Ada Brill", "Ada Brill • 1st", "Per Vey · 2nd · Follow": two to four capitalised words, then the network's marks
_AUTHOR_LINE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*(?:[·•|]\s*[^\n]{0,30})?")
_HEADLINE = re.compile(r"(?!(?:Former|Ex-?|Previously)\b)(?P<title>[A-Z][^,·|\n]{1,40}?)\s+(?:of|at)\s+")
# the firm's name ends the headline: its line ends, or a separator ("| GPUs on hydro") follows
_ENDS_A_HEADLINE = re.compile(r"[^\n·•|]{0,40}?[\w.)]\s*(?:[·•|].*)?$")


def _first_person(sentences: list[Sentence]) -> int:
    """How often the article says "we", "our" or "us" outside quotes ("US", the country, is none of them)."""
    return sum(
        1
        for s in sentences
        for t in s.tokens
        if t.lower_ in ("we", "our", "us") and t.text != "US" and not _quoted(s, t.idx)
    )


# "I'm Ada Brill, co-founder and CEO of ", "I am Per Vey, the head of AI at ": a name, a title, then the firm
_INTRODUCED = re.compile(
    r"\bI(?:['’]m|\s+am)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s+(?P<title>[^,.;:]{2,60}?)\s+(?:of|at)\s+$"
)


def _quoted(sentence: Sentence, at: int) -> bool:
    """Whether the character at ``at`` stands inside quotation marks opened earlier in its sentence."""
    before = sentence.doc_text[sentence.start : at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _summarised_firm(title: list[Sentence], lexicon: Lexicon) -> Entity | None:
    """The research firm or institute a title names when the title says the text summarises a report ("English
    summary: Tarn Research, 2025 cloud report"), else None."""
    words = words_pattern(lexicon.summary_titles)
    if not any(words.search(s.text) for s in title):
        return None
    return next(
        (m.entity for s in title for m in s.mentions if m.entity.type in ("ResearchFirm", "Organization")), None
    )


def _names_a_rule(title: list[Sentence], lexicon: Lexicon) -> bool:
    """Whether a title speaks of a sanction by one of the sanction words ("rule", "curbs", "export controls")."""
    words = " ".join(s.text for s in title).lower()
    return any(re.search(rf"\b{re.escape(w)}\b", words) for w in lexicon.sanction.sanction_words)


def _line_of(sentence: Sentence) -> str:
    """The whole line a sentence opens: a title the parser split at a colon ("Osk Lab, Tarn University: Annual
    Report 2025") is one title."""
    text = sentence.doc_text
    end = text.find("\n", sentence.start)
    return text[sentence.start : end if end != -1 else len(text)]


def _opens(title: Sentence, entity: Entity) -> bool:
    """Whether the title's first words name the entity ("Hengyu Digital Q3 2026: …", "Company profile: Tessaly
    Intelligence") and it names no market (a
    market's story may open with its leader: "Larkspur Cloud outgrows rivals as cloud spending hits …")."""
    if any(m.entity.type == "Market" for m in title.mentions) or not title.mentions:
        return False
    first = title.mentions[0]
    label = title.doc_text[title.start : first.start]
    named_alone = _TITLE_LABEL.fullmatch(label) is not None and not title.doc_text[first.end : title.end].strip()
    return first.entity == entity and (first.start == title.start or named_alone)
