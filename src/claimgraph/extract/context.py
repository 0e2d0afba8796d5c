"""What a reader carries from sentence to sentence: the market under discussion, who the current report is
attributed to, and the company last talked about (for "its", "the company")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from claimgraph.extract.attribution import TOPIC_TYPES as TOPIC_TYPES
from claimgraph.extract.attribution import attribution_in, bracketed_source
from claimgraph.extract.document import BARE_ROW, EntityIndex, Mention, Sentence, clean_name, normalise_name
from claimgraph.extract.document_frame import document_frame
from claimgraph.extract.explain import FigureOutcome
from claimgraph.extract.heading_markets import (
    HEADING_MARKET,
    NOT_A_NAME,
    after_function_words,
    heading_market,
    shared_market,
)
from claimgraph.extract.lexicon import Lexicon
from claimgraph.extract.normalize import find_periods
from claimgraph.extract.periods import names_a_comparison, names_a_day
from claimgraph.extract.places import country_of
from claimgraph.extract.speakers import (
    asks,
    employer_disclosed,
    post_or_statement_at,
    sender_at,
    turn_at,
)
from claimgraph.extract.table_layout import in_a_fact_box
from claimgraph.records import Claim, Entity

THING_TYPES = frozenset({"Model", "Product"})
PLACE_TYPES = frozenset({"Country", "Region"})


@dataclass
class ReadingContext:
    """Mutable state of one pass over one article, updated by ``observe`` before each sentence is read."""

    lexicon: Lexicon
    anchor: str | None  # the article's date, against which relative periods resolve
    main_market: Entity | None = None  # the market the article talks about most
    main_company: Entity | None = None  # the company named most: three times at least, half as often again as any other
    market: Entity | None = None
    attribution: Entity | None = None
    attribution_paragraph: int = -1
    topic: Entity | None = None  # the company last talked about as a subject: "its", "the company", "the firm"
    opening_topic: Entity | None = None  # the topic as the sentence being read began, before its own claims moved it
    thing: Entity | None = None  # the model or product last talked about as a subject: "it"
    entry: tuple[Entity, int] | None = None  # the model a list entry opens on ("2. Tarn-5 (Osk) — $3"), its paragraph
    thing_is_latest: bool = False  # whether "it" more likely means the thing than the company
    place: Entity | None = None  # the country or region last named: "there", "the region"
    group: Entity | None = None  # the group last named: "this segment"
    policy: Entity | None = None  # the sanction or export control under discussion
    policy_paragraph: int = -1
    sanction_list: tuple[Entity, str] | None = None  # a sanction whose list of parties is being read, and its act
    title_policy: Entity | None = None  # a sanction the article's title names: it is in force throughout
    period: str | None = None  # the period last stated: figures without one of their own share it under its
    # heading or while its report goes on
    period_from_heading: bool = False
    period_sentence: int = -1  # where the sentence that stated ``period`` starts
    period_is_base: bool = False  # whether that period dates a comparison ("down from 80% in 2020")
    period_at: int = -1  # where that period stands in the text
    fiscal: str | None = None  # the last fiscal period the text named: it anchors "the fourth quarter" after it
    supplier: Entity | None = None  # the supplier of the last CustomerOf, for "… similarly use …"
    customer: Entity | None = None  # its customer: who pays for "the agreement, worth …" in the sentence after
    vague_object: bool = False  # set while one figure is read: its object was named only generically
    last_numeric: Claim | None = None  # the last figure claimed before this sentence: a note's estimate goes on
    last_numeric_paragraph: int = -1  # the paragraph of the sentence that claimed it
    last_figures: tuple[Claim, ...] = ()  # every figure that sentence claimed
    share_market: Entity | None = None  # what the last share was a share of, for restatements of one report
    whole_paragraph: int | None = None  # the paragraph that last named a whole a share was of ("share of X rentals")
    held_whole: tuple[int, Entity] | None = None  # a held part's whole and its sentence's start (figure_objects.py)
    recounted: tuple[int, Entity | None] | None = None  # "46% of those tokens": its whole, for the rest of its sentence
    named_together: tuple[Entity, ...] = ()  # the companies the last sentence naming several named, in order
    things_together: tuple[Entity, ...] = ()  # the models the last sentence naming several named: "both models"
    together_paragraph: int = -1  # the paragraph of the last sentence naming several companies or models
    numbered_questions: dict[str, tuple[Entity | None, str, int]] = field(default_factory=dict)  # a quiz's, by number
    in_article: dict[str, Entity] = field(default_factory=dict)  # every name the article uses, normalised
    short_names: dict[str, str] = field(default_factory=dict)  # firm key → the shortening of its name the article uses
    offered_by: dict[str, Entity] = field(default_factory=dict)  # model key → who the article says offers or makes it
    made_by: dict[str, Entity] = field(default_factory=dict)  # model key → who the article says makes it
    latest_made: dict[str, Entity] = field(default_factory=dict)  # maker key → the last thing it was said to make
    sanctioned: dict[str, tuple[Entity, ...]] = field(default_factory=dict)  # measure key → the parties it last
    # acted on (sanctions.py), which its lifting acts on too (sanction_lifts.py)
    name_heads: dict[str, Entity] = field(default_factory=dict)  # "group" → the one company called "… Group"
    sites: dict[tuple[str, bool], tuple[Entity, int]] = field(default_factory=dict)  # (site noun, named by its own
    # words) → the site last named so, and that sentence's paragraph; ("", …) → the last site so named with any noun:
    # what "the campus" and "the site" refer back to (site_names.py)
    issuer: Entity | None = None  # the company the article is about: whom its officers speak for
    title_subject: Entity | None = None  # the company the title opens with: each section is about it by default
    operator: Entity | None = None  # the firm a title about its sites names ("a tour of Osk's campus"): a landlord
    title_model: Entity | None = None  # the model the title names: what a model card's rows are about
    speaker: Entity | None = None  # the organisation speaking now: what "we" and "our" refer to
    voice: Entity | None = None  # who says a turn that speaks for no firm: a forum post's poster
    self_report: bool = False  # a company's own report ("… annual report 2025"): its "we" is the issuer
    summarised: Entity | None = None  # the research firm whose report a summary's title names: the default voice
    writer: Entity | None = None  # the company an article in the first person is by: its "we" outside quotes
    in_turn: bool = False  # whether a transcript turn's label set the speaker (it lasts until the next label)
    answering: bool = False  # whether this sentence is an interview's answer, said for the interviewee's firm
    section: str = ""  # the last heading's words ("Pricing"): what the lines below it are about
    bill_payers: dict[str, Entity] = field(default_factory=dict)  # a bill's market key → who pays it
    spender: tuple[Entity, int] | None = None  # the subject of the last Spending figure, and its paragraph
    item_period: str | None = None  # the date a dated item opens with ("Mar 3 — …"): when its events happened
    item_paragraph: int = -1
    interviewee: Entity | None = None  # the firm of the person an interview's unlabelled answers come from
    _asked: bool = field(default=False, repr=False)  # whether an interview's first question has been read
    question: tuple[int, str] | None = None  # the last question standing as a paragraph: its paragraph, its text
    speakers: dict[str, Entity | None] = field(default_factory=dict)  # transcript names → the firms they speak for
    drop_reason: str = ""  # why the figure just read made no claim, for explanations
    outcomes: list[FigureOutcome] | None = None  # what became of each figure, kept only when explaining
    index: EntityIndex = field(default_factory=lambda: EntityIndex(()), repr=False)
    parents: dict[str, str] = field(default_factory=dict)  # gazetteer: unit key → parent key
    owners: dict[str, Entity] = field(default_factory=dict)  # the article's own: unit key → its parent
    _topic_paragraph: int = field(default=-1, repr=False)
    _label_end: int = field(default=-1, repr=False)  # where the last turn's label ends
    _sent: bool = field(default=False, repr=False)  # whether an e-mail's sender has been read (the writer)
    _through_headings: bool = field(default=False, repr=False)  # a forwarded message's turn: headings don't end it

    @classmethod
    def for_document(
        cls,
        sentences: list[Sentence],
        lexicon: Lexicon,
        anchor: str | None,
        index: EntityIndex,
        parents: dict[str, str],
    ) -> ReadingContext:
        frame = document_frame(sentences, lexicon)
        return cls(
            speakers=frame.speakers,
            summarised=frame.summarised,
            self_report=frame.self_report,
            writer=frame.writer,
            lexicon=lexicon,
            anchor=anchor,
            name_heads=frame.name_heads,
            issuer=frame.issuer,
            title_subject=frame.title_subject,
            title_model=frame.title_model,
            operator=frame.operator,
            interviewee=frame.interviewee,
            topic=frame.title_subject,
            in_article=frame.in_article,
            short_names=frame.short_names,
            main_market=frame.main_market,
            main_company=frame.main_company,
            title_policy=frame.title_policy,
            index=index,
            parents=parents,
        )

    def observe(self, sentence: Sentence) -> None:
        """Update the state with a sentence, before its claims are read."""
        self.opening_topic = self.topic
        markets = [m.entity for m in sentence.mentions if m.entity.type == "Market"]
        named = HEADING_MARKET.match(sentence.text) if sentence.is_heading else None
        phrase = named.group("label") if named is not None else ""
        if named is not None:
            phrase = after_function_words(sentence, sentence.start + named.start("label"), phrase)
        if len(phrase.split()) >= 3 and not NOT_A_NAME.intersection(phrase.lower().split()):
            # "Nordic data centre colocation market, Q3 2025" heads the section below it; a parser reads
            # headings badly, so the heading's own words name the market
            label = clean_name(re.sub(r"[’']s\b", "", phrase))
            self.market = self.index.entity_for(label, "Market")
        elif markets:
            self.market = markets[0]
        elif (sentence.is_heading or _leads_a_list(sentence)) and (
            shared := shared_market(sentence.text, self.lexicon, self.index)
        ) is not None:
            # "Harbour drone share tracker", "Share of harbour drone shipments, by vendor", "Shares of 2025 harbour
            # drone revenue, as ranked:"
            self.market = shared
        elif (
            sentence.is_heading
            and _heads_a_list(sentence)
            and any(m.entity.type in PLACE_TYPES for m in sentence.mentions)
            and not in_a_fact_box(sentence.doc_text, sentence.doc_text.rfind("\n", 0, sentence.start) + 1)
            # "Country: Portugal" in a fact box is a field, no heading naming a market
        ):
            self.market = heading_market(sentence)  # "Robot vision chips, Brazil, full-year 2024" heads a list
        if asks(sentence):
            self.question = (sentence.paragraph, sentence.text)
        self._answer_key(sentence)
        if sentence.is_heading:
            self.section = sentence.text
        source = attribution_in(sentence, self.lexicon, self.topic)
        sentence.mentions[:] = [m for m in sentence.mentions if not bracketed_source(sentence, m)]
        self._note_speaker(sentence, source)
        self.answering = False
        if self.interviewee is not None and source is None:
            source = self._answered_by(sentence)
            self.answering = source is not None
            if source is not None and not self.in_turn:
                self.speaker = source  # the interviewee's "we" and "our" are their firm
        if source is None and self.in_turn and (self.speaker or self.voice) is not None:
            source = self.speaker or self.voice  # a transcript's turn or a post: its speaker's firm says all of it
        if source is not None:
            self.attribution, self.attribution_paragraph = source, sentence.paragraph
        elif not self.continues_report(sentence) or self._turns_to_another_party(sentence):
            self.attribution = None
        else:
            self.attribution_paragraph = sentence.paragraph
        if self.attribution is None and self.summarised is not None and not self.in_turn:
            self.attribution = self.summarised  # a summary says what the report it summarises says
        if sentence.paragraph != self._topic_paragraph and sentence.is_heading:
            # a new section is about the company the title opens with ("Hengyu Digital Q3: …"), if it does
            self.topic, self._topic_paragraph = self.title_subject, sentence.paragraph
        for mention in sentence.mentions:
            if mention.entity.type in PLACE_TYPES:
                self.place = mention.entity
            elif mention.entity.type == "Policy":
                self.policy, self.policy_paragraph = mention.entity, sentence.paragraph
            elif mention.entity.type in TOPIC_TYPES and _its_shares(sentence, mention):
                # "Shares of Osk rose 76% on their debut. The designer said …": a stock's move names no claim,
                # but the company is now the one under discussion
                self.topic, self._topic_paragraph = mention.entity, sentence.paragraph
        stated = [
            p
            for p in find_periods(sentence.text, self.period_anchor(), today=self.anchor)
            if not STATEMENT_DAY.search(p.text) and not names_a_comparison(p)
        ]
        self.fiscal = next((p.value for p in reversed(stated) if p.value.startswith("FY")), self.fiscal)
        list_heading = sentence.is_heading and _heads_a_list(sentence)
        if stated and _DATE_LABEL.match(sentence.text[stated[0].end :]) and stated[0].start <= 2:
            self.item_period, self.item_paragraph = stated[0].value, sentence.paragraph  # "Mar 3 — …", "- June 2025 -"
        about = [p for p in stated if not names_a_day(p)] or stated  # a dateline's day says when it was told
        at = sentence.start + about[0].start if about else -1  # periods are found in the sentence's own text
        base = _COMPARISON_BEFORE.search(sentence.doc_text, max(sentence.start, at - 40), at) if about else None
        # "- Dunmore: 31%, up from 22% in 2024": a list item's comparison base leaves the heading's period in force
        keeps_heading = base is not None and self.period_from_heading and not sentence.is_heading
        if about and not keeps_heading:
            self.period = about[0].value
            self.period_from_heading = list_heading
            self.period_sentence = sentence.start
            self.period_is_base = base is not None
            self.period_at = at
        elif list_heading:
            self.period = None  # a new list under a heading that states no period

    def item_date(self, sentence: Sentence) -> str | None:
        """The date of the dated item (a newsletter's or a timeline's paragraph) the sentence belongs to."""
        return self.item_period if sentence.paragraph == self.item_paragraph else None

    def period_anchor(self) -> str | None:
        """What a period without its year resolves against: once the text counts in fiscal periods ("Q3
        FY2026"), the last fiscal period it named ("the fourth quarter" is FY2026-Q4), else the article's date."""
        return self.fiscal or self.anchor

    def period_for(self, sentence: Sentence, at: int = -1) -> str | None:
        """The period a figure (at ``at``) without one of its own is about, where the text has set one for it."""
        if self.period is None:
            return None
        if self.period_from_heading:
            return self.period
        if self.period_sentence == sentence.start and (self.period_is_base or self._owned_by_another(sentence, at)):
            return None  # "… down from 80% in 2020", "…, and Orvane will spend €1bn by 2028": another figure's
        return self.period if self.attribution is not None and self.continues_report(sentence) else None

    def _owned_by_another(self, sentence: Sentence, at: int) -> bool:
        """Whether another figure stands between the one at ``at`` and the sentence's period: it dates that one."""
        low, high = sorted((at, self.period_at))
        own = next((q for q in sentence.quantities if q.start == at), None)
        if own is None:
            return False
        text = sentence.doc_text
        return any(
            low < q.start < high and q.start != at and not _CONVERTED.fullmatch(text, own.end, q.start)
            for q in sentence.quantities
        )  # "$70 billion (€61 billion) in 2024": a conversion is the same figure

    def after(self, sentence: Sentence) -> None:
        """Update the state once a sentence is read: its grammatical subject becomes what "its", "it" and
        "the company" refer to next; a fragment naming one company ("Kestrel, above all.") makes it the topic."""
        doc = sentence.span.doc
        companies = [m.entity for m in sentence.mentions if m.entity.type in TOPIC_TYPES]
        fragment = not any(t.dep_ in ("nsubj", "nsubjpass") for t in sentence.tokens)
        if len(set(companies)) == 1 and fragment and not LABELLED_ROW.match(sentence.text):
            self.note_subject(companies[0], sentence)  # but "- Parent: Andes Holdings" is a fact of the topic
        framed = _framed_by(sentence, doc)
        for mention in sentence.mentions:
            root = mention.root(doc)
            presented = root.dep_ == "attr" and root.head.lemma_ == "be" and self._presents(root.head, sentence)
            if root.dep_ not in ("nsubj", "nsubjpass") and not presented and mention is not framed:
                continue
            if mention.entity.type in TOPIC_TYPES:
                self.note_subject(mention.entity, sentence)
            elif mention.entity.type in THING_TYPES:
                self.thing, self.thing_is_latest = mention.entity, True
        for mention in sentence.mentions:  # "It built its Orca 2.5 vision model …", "… the Orca family": made
            root = mention.root(doc)
            made = root.head if root.dep_ in ("compound", "nummod", "nmod", "amod") else root
            if mention.entity.type in THING_TYPES and made.dep_ == "dobj":
                self.thing = mention.entity
        opening = sentence.mentions[0] if sentence.mentions else None
        if fragment and opening is not None and _opens_an_entry(sentence, opening):
            self.thing, self.thing_is_latest = opening.entity, True  # "2. Tarn-5 (Osk) — $3": an entry's model
            self.entry = (opening.entity, sentence.paragraph)
        if len(set(companies)) >= 2:
            self.named_together = tuple(dict.fromkeys(companies))
            self.together_paragraph = sentence.paragraph
        models = [m.entity for m in sentence.mentions if m.entity.type == "Model"]
        if len(set(models)) >= 2:
            self.things_together = tuple(dict.fromkeys(models))
            self.together_paragraph = sentence.paragraph
        groups = [m.entity for m in sentence.mentions if m.entity.type == "Group"]
        if groups:
            self.group = groups[0]

    def _presents(self, copula: Token, sentence: Sentence) -> bool:
        """ "The clearest example is X", "The surprise is X": a copula whose subject is a bare noun of its own (no
        owner, no "of", no customer or unit noun relating X to someone else) presents X as what comes next."""
        subject = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or any(m.token_start <= subject.i < m.token_end for m in sentence.mentions):
            return False
        relating = {*self.lexicon.customer_nouns, *self.lexicon.unit_nouns, *self.lexicon.parent_nouns}
        owned = any(c.dep_ in ("poss", "prep") for c in subject.children)
        return subject.pos_ == "NOUN" and not owned and subject.lower_ not in relating

    def note_subject(self, entity: Entity, sentence: Sentence) -> None:
        """The entity becomes the company under discussion — unless the sentence is a research firm's ranking of
        several companies ("According to Harborline, Alibaba Cloud led the market, followed by …"), which cites
        them while the article's own subject stays under discussion."""
        companies = {m.entity for m in sentence.mentions if m.entity.type in TOPIC_TYPES}
        if len(companies) >= 2 and self.attribution is not None and self.attribution.type == "ResearchFirm":
            return
        if entity.type in TOPIC_TYPES:
            self.topic, self._topic_paragraph = entity, sentence.paragraph
            self.thing_is_latest = False

    def _answer_key(self, sentence: Sentence) -> None:
        """A quiz or an exam and its answer key: "12. True or false: Osk held half of the Peru GPU market?" and,
        sections later, "12. False. …". A numbered answer is about what its numbered question asked, so the
        question's market is the one in force, and the question is the one the answer's figures answer."""
        text = sentence.doc_text
        line_start = text.rfind("\n", 0, sentence.start) + 1
        numbered = _NUMBERED.match(text, line_start)
        if numbered is None:
            return
        number = numbered.group(1)
        asked = self.numbered_questions.get(number)
        if "?" in sentence.text or _TRUE_OR_FALSE.search(sentence.text):
            if asked is None:
                markets = [m.entity for m in sentence.mentions if m.entity.type == "Market"]
                self.numbered_questions[number] = (markets[0] if markets else None, sentence.text, line_start)
        elif asked is not None and asked[2] != line_start and not text[line_start : sentence.start].strip():
            market, question, _ = asked  # the answer's line opens: its question's market holds until the next
            self.market = market or self.market
            self.share_market = market or self.share_market
            self.question = (sentence.paragraph, question)

    def named_lately(self, sentence: Sentence) -> bool:
        """Whether the last sentence naming several companies or models stands in this paragraph or the one
        before: "both", "the two" reach no further back."""
        return 0 <= sentence.paragraph - self.together_paragraph <= 1

    def recent_topic(self, sentence: Sentence) -> Entity | None:
        """The company under discussion, if it was talked about in this paragraph or the one before: "Revenue
        rose 20%" right after a company's news is its revenue, in a market overview the market's."""
        return self.topic if 0 <= sentence.paragraph - self._topic_paragraph <= 1 else None

    def _answered_by(self, sentence: Sentence) -> Entity | None:
        """In an interview whose answers carry no labels ("Who is winning? — On our count X leads …"), every answer
        after the first question is the interviewee's, and so their firm's."""
        if asks(sentence):
            self._asked = True
            return None
        return self.interviewee if self._asked and not sentence.is_heading else None

    def asked_before(self, sentence: Sentence) -> str:
        """The question the sentence's paragraph answers ("How big is the market?"), or ""."""
        if self.question is None or sentence.paragraph != self.question[0] + 1:
            return ""
        return self.question[1]

    def _note_speaker(self, sentence: Sentence, source: Entity | None) -> None:
        """Who speaks from this sentence on: a transcript turn's firm until the next turn, a quote's
        attributed organisation for that sentence."""
        if sentence.start < self._label_end:  # the rest of a label the parser split ("… OF DR." | "ADA BRELL, …")
            sentence.mentions[:] = [m for m in sentence.mentions if m.start >= self._label_end]
            return
        sender = sender_at(sentence)
        if sender is not None:  # an e-mail's header: the first sender is the writer, a later one's message a turn
            name, self._label_end = sender
            firm = self._firm_named(name) if name else None
            if firm is not None and firm.type in PLACE_TYPES:
                firm = None  # "From: Ada Brell, Vice-President, Sales, Asia-Pacific": the title's territory
            sentence.mentions[:] = []
            if firm is not None and self._sent:
                self.speaker, self.voice, self.in_turn, self._through_headings = firm, None, True, True
            elif firm is not None:
                self.writer, self._sent = firm, True
            return
        turn = post_or_statement_at(sentence, self.index, self._firm_named, self.speakers) or turn_at(
            sentence, self.issuer, self.lexicon.attribution_speakers, self.speakers
        )
        if turn is not None:
            self.speaker, self.voice, self.in_turn = turn.speaker, turn.voice, turn.holds
            self._label_end, self._through_headings = turn.label_end, turn.through_headings
            # "Foundry & Fabric: Osk puts …": the label says who speaks; it is no party to what is said
            sentence.mentions[:] = [m for m in sentence.mentions if m.start >= turn.label_end]
        elif sentence.is_heading and not self._through_headings:
            self.speaker, self.voice, self.in_turn = None, None, False
        elif self.in_turn and self.voice is not None and self.speaker is None:
            self.speaker = employer_disclosed(sentence)  # a poster who works for a firm speaks for it
        elif not self.in_turn:
            quoted = source if source is not None and source.type in TOPIC_TYPES else None
            self.speaker = quoted or (self.issuer if self.self_report else self.writer)

    def _firm_named(self, name: str) -> Entity:
        """The entity an organisation's name in a label stands for: the article's own of that name, if it has one
        (and did not take its name from a heading in capitals)."""
        own = self.in_article.get(normalise_name(name))
        return own if own is not None and not own.label.isupper() else self.index.entity_for(name, "Organization")

    def described(self, noun: str, modifiers: tuple[str, ...] = ()) -> Entity | None:
        """What "the group", "the bank" or "the company" refers to: the one company of the article whose name
        ends in that noun ("Halden Group") or in a word qualifying it ("the cloud unit": "Hengyu Cloud"), else
        the company under discussion — or, for "the group" or "the parent", that company's parent."""
        named = [self.name_heads[w.lower()] for w in (noun, *modifiers) if w.lower() in self.name_heads]
        if named:
            return named[0]
        parent = self.parent_of(self.topic) if self.topic is not None else None
        if noun.lower() in (*self.lexicon.parent_nouns, "group", "conglomerate") and parent is not None:
            return parent  # "ByteDance's unit Volcano Engine cut the price of the group's model": the unit's parent
        return self.topic

    def parent_of(self, unit: Entity) -> Entity | None:
        """The unit's parent as the article has said it, else as the gazetteer records it."""
        return self.owners.get(unit.key) or self.index.get(self.parents.get(unit.key, ""))

    def it(self) -> Entity | None:
        """What a subject "it" refers to: the company or the model talked about last."""
        return self.thing if self.thing_is_latest and self.thing is not None else self.topic or self.thing

    def named(self, name: str) -> Entity | None:
        """The entity a name stands for: the gazetteer's, else the one the article itself introduced."""
        return self.index.named(name) or self.in_article.get(normalise_name(name))

    def short_name(self, entity: Entity) -> str:
        """What the article calls a firm for short ("Sorrel" for Sorrel Compute), else its name: the words a
        whole the firm owns is named by ("Sorrel fleet")."""
        return self.short_names.get(entity.key, entity.label)

    def brand(self, word: str) -> Entity | None:
        """The company a brand word stands for: a name of its own, else the one company of the article whose
        name it begins ("Kestrel" in "Kestrel K9 chips", after "Kestrel Systems")."""
        named = self.named(word)
        if named is not None:
            return named
        key = normalise_name(word)
        owners = {e for name, e in self.in_article.items() if name.split()[0] == key and e.type in TOPIC_TYPES}
        return owners.pop() if len(owners) == 1 else None

    def note_offer(self, provider: Entity, thing: Entity, made: bool = False) -> None:
        self.offered_by.setdefault(thing.key, provider)
        if made:
            self.made_by.setdefault(thing.key, provider)
            self.latest_made[provider.key] = thing

    def entry_model(self, sentence: Sentence) -> Entity | None:
        """The model or product a list entry opens on ("2. Tarn-5 (Osk) — $3"), for the lines right under it
        ("Offered through …", "Context window: 200,000 tokens."), which name nothing themselves."""
        if self.entry is None:
            return None
        entry, paragraph = self.entry
        return entry if 0 <= sentence.paragraph - paragraph <= 1 else None

    def provider_of(self, thing: Entity) -> Entity | None:
        """Who the article has said offers or makes a model or product: its own, else its family's ("Wren-2 Mini"
        is offered by whoever offers Wren-2, "Wren-2" by whoever offers the "Wren-2 API")."""
        return _of_it_or_its_family(self.offered_by, thing)

    def maker_of(self, thing: Entity) -> Entity | None:
        """Who the article has said makes a model or product (or its family), not merely sells it."""
        return _of_it_or_its_family(self.made_by, thing)

    def current_market(self) -> Entity | None:
        return self.market or self.main_market

    def country_entity(self, place: Entity) -> Entity | None:
        """The country a city or US state lies in ("sites in Tarnby and Osk City": their country), as the entity
        of the article's index: where a company there operates, which is what a reader asks of it."""
        country = country_of(place.label) if place.type == "Region" and not place.known else None
        return self.index.entity_for(country, "Country") if country is not None else None

    def _turns_to_another_party(self, sentence: Sentence) -> bool:
        """A company speaking for itself ("Kestrel said …") is not the source of what the next sentence says of
        another company; a research firm's report may go on about many."""
        if self.attribution is None or self.attribution.type not in TOPIC_TYPES:
            return False
        doc = sentence.span.doc
        subjects = [  # "Fell Cloud said …", "Fell Cloud's revenue was …"
            m.entity
            for m in sentence.mentions
            if m.root(doc).dep_ in ("nsubj", "nsubjpass")
            or (m.root(doc).dep_ == "poss" and m.root(doc).head.dep_ in ("nsubj", "nsubjpass"))
        ]
        return any(e.type in TOPIC_TYPES and e != self.attribution for e in subjects)

    def continues_report(self, sentence: Sentence) -> bool:
        """A report's attribution carries on within its paragraph, and into the next one only when that
        paragraph opens by continuing it ("Conversely, ...", "Over the same period, ...")."""
        if self.attribution is None:
            return False
        if sentence.paragraph == self.attribution_paragraph:
            return True
        if _LIST_ROW.match(sentence.text) and 0 < sentence.paragraph - self.attribution_paragraph <= 1:
            return True  # the rows of a list continue the report that introduces it, row after row
        opening = sentence.text.lower().lstrip()
        return any(opening.startswith(opener) for opener in self.lexicon.continuation_openers)


LABELLED_ROW = re.compile(r"\s*[-•*]\s*(?P<label>[A-Z][\w -]{0,30}?)\s*:\s")  # "- Parent: …", "• Flagship model: …"
_CONVERTED = re.compile(r"\s*(?:\(|,|or)\s*(?:[a-z]+\s+)?")
_NUMBERED = re.compile(r"\s*(\d{1,3})[.)]\s")  # "12. " opening a quiz's question or its answer
_TRUE_OR_FALSE = re.compile(r"\btrue or false\b", re.IGNORECASE)
_DATE_LABEL = re.compile(r"\s*(?:[—–:]|-\s)")  # after an item's opening date: "Mar 3 — ", "June 2025 - "
_COMPARISON_BEFORE = re.compile(r"\b(?:from|than|compared (?:with|to)|versus|vs\.?)\b")
# A day names when something was said, not the period a figure is about ("Tidewell said on Tuesday").
STATEMENT_DAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\btoday\b|\byesterday\b", re.IGNORECASE)
_LIST_ROW = re.compile(
    rf"[ \t]*(?:(?:[-•*|]|\d+[.)])[ \t]+|[A-Z][^:\n—–|]{{0,60}}[:—–|][ \t]*[-+~$€£¥]?\d|{BARE_ROW})", re.MULTILINE
)


def _its_shares(sentence: Sentence, mention: Mention) -> bool:
    """Whether the sentence is about the company's shares ("Shares of Osk rose …", "Osk shares fell …")."""
    text = sentence.doc_text
    before = _SHARES_OF.search(text, max(sentence.start, mention.start - 20), mention.start)
    return before is not None or _SHARES_AFTER.match(text, mention.end) is not None


_SHARES_OF = re.compile(r"\bshares\s+(?:of|in)\s+$", re.IGNORECASE)
_SHARES_AFTER = re.compile(r"(?:[’']s)?\s+shares\s+(?:rose|fell|jumped|surged|slid|dropped|climbed|gained|lost|sank)\b")


def _opens_an_entry(sentence: Sentence, mention: Mention) -> bool:
    """Whether a model or product opens the sentence, after a list's number or mark at most."""
    lead = sentence.doc_text[sentence.start : mention.start]
    return mention.entity.type in THING_TYPES and not lead.strip(" \t-•*#.0123456789")


def _heads_a_list(sentence: Sentence) -> bool:
    """Whether the line after the heading is a list item or table row."""
    text = sentence.doc_text
    next_line = text.find("\n", sentence.end)
    return next_line != -1 and bool(_LIST_ROW.match(text, next_line + 1))


def _leads_a_list(sentence: Sentence) -> bool:
    """Whether a line ending in a colon is followed (past blank lines) by a list item or table row."""
    text = sentence.doc_text
    if not text[sentence.start : sentence.end].rstrip().endswith(":"):
        return False
    after = sentence.end
    while after < len(text) and text[after] in " \t\n":
        after += 1
    return bool(_LIST_ROW.match(text, after))


def _of_it_or_its_family(by_key: dict[str, Entity], thing: Entity) -> Entity | None:
    if thing.key in by_key:
        return by_key[thing.key]
    related = [k for k in by_key if thing.key.startswith(k + "-") or k.startswith(thing.key + "-")]
    return by_key[min(related, key=len)] if related else None


def _framed_by(sentence: Sentence, doc: Doc) -> Mention | None:
    """ "For Osk Semiconductor the damage is more direct": a company a sentence opens on, framing what
    follows, is what the next "the company" and "its" refer to, though it is not the subject."""
    first = sentence.tokens[0] if sentence.tokens else None
    if first is None or first.lower_ != "for" or first.dep_ != "prep":
        return None
    objects = {c.i for c in first.children if c.dep_ == "pobj"}
    return next((m for m in sentence.mentions if m.entity.type in TOPIC_TYPES and m.root(doc).i in objects), None)
