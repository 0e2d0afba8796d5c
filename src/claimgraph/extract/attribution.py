"""Who a sentence cites: "according to X", "X said", "X's latest tally", an officer speaking for their company
("Kestrel's chief financial officer said"), or the company itself ("…, the company said"). The reading context
keeps the attribution in force from sentence to sentence; this module only reads one sentence."""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimgraph.extract.document import Mention, Sentence
from claimgraph.extract.lexicon import Lexicon, words_pattern
from claimgraph.records import Entity

ATTRIBUTABLE_TYPES = frozenset({"ResearchFirm", "Aggregator", "Company", "Cloud", "Lab", "Organization", "Person"})
TOPIC_TYPES = frozenset({"Company", "Cloud", "Lab", "Organization"})
# A role described before a source's name: "the consultancy", "the research firm", "analysts at".
# A cited work and who made it: "according to a report released on Tuesday by", "per new estimates from".
_CITED_WORK_BY = re.compile(
    r"\b(?:according to|per|citing)\s+(?:[\w-]+\s+){0,3}?(?:report|study|survey|tally|analysis|estimates?|data|"
    r"figures|note|tracker|research)(?:\s+[\w-]+){0,4}?\s+(?:by|from)$"
)
_DESCRIPTOR = re.compile(r"\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}[a-z-]+$|\s+[a-z-]+\s+at$")


def attribution_in(sentence: Sentence, lexicon: Lexicon, topic: Entity | None) -> Entity | None:
    """The party a sentence cites: "according to X", "X said", "X's report"; ``topic`` is the company under
    discussion, which "its" and "the company" mean."""
    sources = [m for m in sentence.mentions if m.entity.type in ATTRIBUTABLE_TYPES]
    cited = next((m for m in sources if bracketed_source(sentence, m)), None)
    if cited is not None:
        return cited.entity  # "… cancel orders for the K7 [Tarn Times]": a source named in brackets
    for mention in sources:  # "according to Tidewell Research" outranks "Sable, which ranked fifth …, said"
        before = sentence.doc_text[sentence.start : mention.start].lower().rstrip()
        described = _DESCRIPTOR.sub("", before)  # "according to the consultancy Pemberly Partners"
        if any(text.endswith(lexicon.attribution_prepositions) for text in (before, described)):
            return mention.entity
        if _CITED_WORK_BY.search(before):  # "according to a study published in May by Tarrow Research"
            return mention.entity
    for mention in sources:
        if _reports(sentence, mention, lexicon):
            return mention.entity
        after = sentence.doc_text[mention.end : sentence.end].lower()
        report = after.lstrip("’'s ")
        while (qualifier := words_pattern(lexicon.possessed_qualifiers).match(report)) is not None:
            report = report[qualifier.end() :].lstrip()  # "Omdia's latest quarterly tally"
        if words_pattern(lexicon.attribution_possessed).match(report) and after[:2] in ("’s", "'s"):
            return mention.entity
    return _speaker_for(sentence, lexicon, topic)


def bracketed_source(sentence: Sentence, mention: Mention) -> bool:
    """Whether a name stands alone in square brackets ("[Reuters]", "[Tarn filing]"), as a timeline or a digest
    names the source of an entry: it says who reported it, it is no party to it."""
    text = sentence.doc_text
    opened = text[sentence.start : mention.start].rstrip(" \t").endswith("[")
    return opened and bool(_CLOSE_BRACKET.match(text, mention.end))


_CLOSE_BRACKET = re.compile(r"(?:[ \t]+[\w’'-]+){0,2}[ \t]*\]")


def _speaker_for(sentence: Sentence, lexicon: Lexicon, topic: Entity | None) -> Entity | None:
    """ "Kestrel's chief financial officer said", "a Kestrel spokesperson said", "the company's CEO told
    analysts": an officer reporting speaks for the company that has them (the company under discussion
    for "its", "the company's")."""
    for token in sentence.tokens:
        if token.text.lower() not in lexicon.attribution_verbs:
            continue
        for speaker in (c for c in token.children if c.dep_ == "nsubj"):
            if token.dep_ == "ROOT" and _company_said(speaker, lexicon):
                return _company_meant(sentence, topic)  # "…, the company said": the whole sentence, not a clause
            if speaker.lemma_.lower() not in lexicon.attribution_speakers:
                continue
            for owner in (c for c in speaker.children if c.dep_ in ("poss", "compound")):
                named = next((m.entity for m in sentence.mentions if m.start <= owner.idx < m.end), None)
                if named is not None and named.type in TOPIC_TYPES:
                    return named
                if owner.dep_ == "poss" and topic is not None and _refers_to_company(owner, lexicon):
                    return topic
    return None


def _company_meant(sentence: Sentence, topic: Entity | None) -> Entity | None:
    """The company "the company" or "it" means in a sentence's attribution: the one the sentence is about (its
    subject, or a subject's owner), else the company under discussion."""
    doc = sentence.span.doc
    for mention in sentence.mentions:
        root = mention.root(doc)
        subject = root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "poss" and root.head.dep_ == "nsubj")
        if subject and mention.entity.type in TOPIC_TYPES:
            return mention.entity
    return topic


def _refers_to_company(owner: Token, lexicon: Lexicon) -> bool:
    """ "its", "their", or a generic company noun ("the company's", "the group's")."""
    return owner.pos_ == "PRON" or owner.lemma_.lower() in lexicon.company_nouns


def _company_said(speaker: Token, lexicon: Lexicon) -> bool:
    """ "the company said", "the group claims", "it said": a company speaking of itself by a pronoun or plain
    noun ("the research firm said" is a research firm, and "the firm" as often one as a company)."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in speaker.children)
    plain = all(c.dep_ == "det" for c in speaker.children)
    noun = speaker.lemma_.lower()
    return speaker.lower_ == "it" or (definite and plain and noun in lexicon.company_nouns and noun != "firm")


def _reports(sentence: Sentence, mention: Mention, lexicon: Lexicon) -> bool:
    """Whether the mention is the subject of a reporting verb ("Tidewell estimates", "Kestrel said"), or stands in
    apposition to it ("A third firm, Tidewell, estimates …")."""
    root = mention.root(sentence.span.doc)
    while root.dep_ == "compound" and root.head.pos_ == "PROPN":
        root = root.head  # "Qiantang Digital Holdings reported": a name the mention leaves its suffix out of
    if root.dep_ == "appos":
        root = root.head
    return root.dep_ == "nsubj" and root.head.text.lower() in lexicon.attribution_verbs  # not "X is said to"
