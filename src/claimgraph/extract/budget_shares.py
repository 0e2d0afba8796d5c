"""Parts of a budget: "about 70% of the 2026 budget will go to Osk", "Of the budget, 60% is reserved for compute,
25% for joint models and the rest for training", "Tarnland will contribute 40% of the Fund", "compute accounts for
roughly half of the total request". What the part goes to, or who puts it in, holds a share of the budget: a named
party, or a line of spending no name names ("compute", "joint models"), which the ordinary reading of a share never
takes for a holder. The budget is named as written ("2026 budget", "Fund")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import Sentence, clean_name
from claimgraph.extract.normalize import Quantity
from claimgraph.extract.read_shares import ReadShare, percentage
from claimgraph.records import Entity

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_TO = frozenset({"to", "for", "towards"})  # "goes to Osk", "is reserved for compute"


def budget_share(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> ReadShare | None:
    """The holder and the budget of a percentage of a budget, or None."""
    figure = percentage(sentence, quantity)
    if figure is None:
        return None
    share = figure.root
    budget = _budget_of(share, sentence, context)
    if budget is None:
        return None
    holder = _what_it_goes_to(share, context) or _who_puts_it_in(share, context)
    if holder is None:
        return None
    label = _budget_label(budget)
    return ReadShare(holder_entity(holder, sentence, context), label, (holder.start_char, holder.end_char), "Group")


def _budget_of(share: Token, sentence: Sentence, context: ReadingContext) -> Token | None:
    """The budget the figure is a part of: after its "of" ("70% of the 2026 budget"), the one the sentence opens on
    ("Of the budget, 60% is …"), or, for a figure joined to an earlier one ("…, 25% for joint models"), the
    earlier figure's."""
    own = _budget_named_after(share, context)
    if own is None and not any(c.dep_ == "prep" and c.lower_ == "of" for c in share.children):
        own = _budget_fronted(sentence, context)  # "Of the fund, … 20% of its revenue …": the figure's own whole
    if own is not None or share.dep_ not in ("conj", "appos"):
        return own
    earlier = [t for t in sentence.tokens if t.lower_ in ("%", "percent") and t.i < share.i]
    return next((b for t in earlier if (b := _budget_named_after(t, context)) is not None), None)


def _budget_named_after(share: Token, context: ReadingContext) -> Token | None:
    for prep in (c for c in share.children if c.dep_ == "prep" and c.lower_ == "of"):
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.lower_ in context.lexicon.budget_nouns:
            return noun
    return None


def _budget_fronted(sentence: Sentence, context: ReadingContext) -> Token | None:
    opening = sentence.span[0]
    if opening.lower_ != "of" or opening.dep_ != "prep":
        return None
    noun = next((c for c in opening.children if c.dep_ == "pobj"), None)
    return noun if noun is not None and noun.lower_ in context.lexicon.budget_nouns else None


def _what_it_goes_to(share: Token, context: ReadingContext) -> Span | None:
    """What the part goes to: the "to"/"for" of its own words ("25% for joint models"), or of the verb the figure
    is the subject of ("70% … will go to Osk", "60% is reserved for compute", "a third … is for a campus")."""
    own = next((c for c in share.children if c.dep_ == "prep" and c.lower_ in _TO), None)
    if own is not None:
        return _object_of(own)
    if share.dep_ not in _SUBJECTS:
        return None
    verb = share.head
    # "is spent on X", but not "depends on X"
    targets = _TO | {"on"} if verb.lemma_ in context.lexicon.budget_use_verbs else _TO
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in targets), None)
    return _object_of(prep) if prep is not None else None


def _who_puts_it_in(share: Token, context: ReadingContext) -> Span | None:
    """Who puts the part in or takes it: the subject of "Tarnland will contribute 40% of the Fund", "compute
    accounts for roughly half of the request", "training will take three-quarters of the budget"."""
    verb = share.head.head if share.dep_ == "pobj" and share.head.dep_ == "prep" else share.head
    if share.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in context.lexicon.budget_part_verbs:
        return None  # "Brill spent 40% of its budget on chips": a spender's use of its own budget, no part held
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    return _phrase(subject)


def _object_of(prep: Token) -> Span | None:
    """What a "to" or "for" names, unless a pronoun or a thing merely described ("for a 150 MW campus")."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ == "PRON" or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    return _phrase(noun)


def _phrase(noun: Token) -> Span:
    """The noun with the words before it that qualify it, no article, figure or possessive ("joint models", "the
    Government of Tarnland" whole, as a name runs on through its "of")."""
    doc = noun.doc
    words = [t for t in noun.lefts if t.dep_ in ("compound", "amod") and not any(w.like_num for w in t.subtree)]
    start = min((t.left_edge.i for t in words), default=noun.i)
    while start < noun.i and doc[start].is_punct:
        start += 1  # "- Model APIs": a list's dash
    end = noun.i + 1
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if noun.pos_ == "PROPN" and of is not None and of.i == end:
        end = of.right_edge.i + 1  # "the Government of Tarnland"
    return doc[start:end]


def holder_entity(holder: Span, sentence: Sentence, context: ReadingContext) -> Entity:
    """The name a holder's words are, else a line of spending ("compute") as a group of its own."""
    head = holder.root
    named = next((m for m in sentence.mentions if m.token_start <= head.i < m.token_end), None)
    if named is not None:
        return named.entity
    # "the Government of Tarnland": a body no gazetteer lists; "joint models": a line of spending
    kind = "Organization" if head.pos_ == "PROPN" else "Group"
    return context.index.entity_for(clean_name(holder.text), kind)


def _budget_label(budget: Token) -> str:
    """The budget as written, without its article or a pronoun's possessive: "2026 budget", "Fund", "total
    request", but "Osk's capex" (whose budget it is stays in its name)."""
    words = [t for t in budget.lefts if t.dep_ not in ("det", "predet") and not (t.dep_ == "poss" and t.pos_ == "PRON")]
    start = min((t.left_edge.i for t in words), default=budget.i)
    return clean_name(budget.doc[start : budget.i + 1].text)
