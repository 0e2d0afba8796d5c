"""What a reader carries from sentence to sentence: the market under discussion, who the current report is
attributed to, and the company last talked about (for "its", "the company")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from claimgraph.extract.document import EntityIndex, Mention, Sentence
from claimgraph.extract.lexicon import Lexicon, words_pattern
from claimgraph.records import Entity

ATTRIBUTABLE_TYPES = frozenset({"ResearchFirm", "Aggregator", "Company", "Cloud", "Lab", "Organization"})
TOPIC_TYPES = frozenset({"Company", "Cloud", "Lab", "Organization"})


@dataclass
class ReadingContext:
    """Mutable state of one pass over one article, updated by ``observe`` before each sentence is read."""

    lexicon: Lexicon
    anchor: str | None  # the article's date, against which relative periods resolve
    main_market: Entity | None = None  # the market the article talks about most
    market: Entity | None = None
    attribution: Entity | None = None
    attribution_paragraph: int = -1
    topic: Entity | None = None
    vague_object: bool = False  # set while one figure is read: its object was named only generically
    share_market: Entity | None = None  # what the last share was a share of, for restatements of one report
    index_named: Callable[[str], Entity | None] = field(default=lambda name: None, repr=False)
    _topic_paragraph: int = field(default=-1, repr=False)

    @classmethod
    def for_document(
        cls, sentences: list[Sentence], lexicon: Lexicon, anchor: str | None, index: EntityIndex
    ) -> ReadingContext:
        markets = Counter(m.entity for s in sentences for m in s.mentions if m.entity.type == "Market")
        main = markets.most_common(1)[0][0] if markets else None
        return cls(lexicon=lexicon, anchor=anchor, main_market=main, index_named=index.named)

    def observe(self, sentence: Sentence) -> None:
        """Update the state with a sentence, before its claims are read."""
        markets = [m.entity for m in sentence.mentions if m.entity.type == "Market"]
        if markets:
            self.market = markets[0]
        source = self.attribution_in(sentence)
        if source is not None:
            self.attribution, self.attribution_paragraph = source, sentence.paragraph
        elif not self.continues_report(sentence):
            self.attribution = None
        else:
            self.attribution_paragraph = sentence.paragraph
        if sentence.paragraph != self._topic_paragraph and sentence.is_heading:
            self.topic = None

    def note_subject(self, entity: Entity, sentence: Sentence) -> None:
        if entity.type in TOPIC_TYPES:
            self.topic, self._topic_paragraph = entity, sentence.paragraph

    def current_market(self) -> Entity | None:
        return self.market or self.main_market

    def continues_report(self, sentence: Sentence) -> bool:
        """A report's attribution carries on within its paragraph, and into the next one only when that
        paragraph opens by continuing it ("Conversely, ...", "Over the same period, ...")."""
        if self.attribution is None:
            return False
        if sentence.paragraph == self.attribution_paragraph:
            return True
        opening = sentence.text.lower().lstrip()
        return any(opening.startswith(opener) for opener in self.lexicon.continuation_openers)

    def attribution_in(self, sentence: Sentence) -> Entity | None:
        """The party a sentence cites: "according to X", "X said", "X's report"."""
        lexicon = self.lexicon
        for mention in sentence.mentions:
            if mention.entity.type not in ATTRIBUTABLE_TYPES:
                continue
            before = sentence.span.doc.text[sentence.start : mention.start].lower().rstrip()
            if before.endswith(lexicon.attribution_prepositions):
                return mention.entity
            if _reports(sentence, mention, lexicon):
                return mention.entity
            after = sentence.span.doc.text[mention.end : sentence.end].lower()
            if words_pattern(lexicon.attribution_possessed).match(after.lstrip("’'s ")) and after[:2] in ("’s", "'s"):
                return mention.entity
        return None


def _reports(sentence: Sentence, mention: Mention, lexicon: Lexicon) -> bool:
    """Whether the mention is the subject of a reporting verb ("IDC estimates", "Nvidia said")."""
    root = mention.root(sentence.span.doc)
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.text.lower() in lexicon.attribution_verbs
