"""A vendor's share of a survey's respondents: "Pell Cloud was named by 41% of the CIOs we surveyed", "62% of
respondents said they use Osk Cloud", "Tarn remains the most used provider, at 70% of respondents". The whole is the
people or firms asked, which no market reading takes for a whole, and the vendor is whom they use or name: the
passive's subject, the object of what the respondents do, or the subject the figure is said of, with a verb of
using or naming (lexicon ``vendor_use_verbs``): "was criticised by 41%", "plan to drop Osk" tell no use."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimgraph.extract.context import TOPIC_TYPES, ReadingContext
from claimgraph.extract.document import Mention, Sentence, clean_name
from claimgraph.extract.normalize import Quantity
from claimgraph.extract.read_shares import ReadShare, percentage

_HOLDER_TYPES = TOPIC_TYPES | {"Model", "Product"}


def survey_share(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> ReadShare | None:
    """The vendor and the respondents a percentage of respondents measures, or None."""
    figure = percentage(sentence, quantity)
    if figure is None:
        return None
    respondents = _respondents(figure.root, context)
    if respondents is None:
        return None
    vendor = _vendor(figure.root, sentence, context)
    if vendor is None:
        return None
    return ReadShare(vendor.entity, clean_name(respondents.text), (vendor.start, vendor.end), "Group")


def _respondents(share: Token, context: ReadingContext) -> Span | None:
    """The people or firms asked, after the figure's "of": "of respondents", "of Asia-Pacific respondents", "of the
    CIOs we surveyed", "of firms polled"; without its article."""
    of = next((c for c in share.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None:
        return None
    asked = noun.lemma_.lower() in context.lexicon.respondent_nouns or any(
        c.lemma_.lower() in context.lexicon.survey_verbs for c in noun.children if c.dep_ in ("relcl", "acl", "amod")
    )
    if not asked:
        return None
    # the noun, the words qualifying it, and a clause of asking ("the CIOs we surveyed"), no other phrase after it
    # ("respondents in favour of regulation", "firms we surveyed in 2025")
    qualifiers = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod")]
    start = min((t.left_edge.i for t in qualifiers), default=noun.i)
    asking = next(
        (c for c in noun.rights if c.dep_ in ("relcl", "acl") and c.lemma_ in context.lexicon.survey_verbs), None
    )
    end = asking.i + 1 if asking is not None else noun.i + 1
    return noun.doc[start:end]


def _vendor(share: Token, sentence: Sentence, context: ReadingContext) -> Mention | None:
    """Whom the respondents use or name: the subject of "was named by 41% of …", the object of what "62% of
    respondents" do (or say they do), or the subject of the clause the figure qualifies ("Tarn …, at 70% of …")."""
    head = share.head
    using = context.lexicon.vendor_use_verbs
    if head.dep_ == "agent" or (head.dep_ == "prep" and head.lower_ == "by"):
        verb = head.head  # "was named by 41% of …" (not "was criticised by")
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return _named(subject, sentence) if subject is not None and verb.lemma_ in using else None
    if head.dep_ == "prep" and head.lower_ == "at":
        verb = head.head  # "remains the most widely used provider, at 70% of …": a use the clause itself tells
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        told = any(t.lemma_ in using for t in verb.subtree if t.i < head.i)
        return _named(subject, sentence) if subject is not None and told else None
    if share.dep_ == "nsubj":  # "62% of respondents use Osk", "… said they use Osk" (not "plan to drop Osk")
        verbs = [share.head, *(c for c in share.head.children if c.dep_ in ("ccomp", "xcomp"))]
        objects = (c for verb in verbs if verb.lemma_ in using for c in verb.children if c.dep_ == "dobj")
        return next((m for o in objects if (m := _named(o, sentence)) is not None), None)
    return None


def _named(token: Token, sentence: Sentence) -> Mention | None:
    """The vendor, model or product a noun phrase names ("Osk Cloud", "Tarn's Pim models": the models, not their
    maker's possessive)."""
    doc = token.doc
    named = [
        m
        for m in sentence.mentions
        if token.left_edge.i <= m.token_start and m.token_end <= token.i + 1
        and m.entity.type in _HOLDER_TYPES
    ]  # fmt: skip
    owned = [m for m in named if doc[m.token_end - 1].dep_ != "poss"]
    return (owned or named)[-1] if named else None
