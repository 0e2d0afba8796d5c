"""Parts of a whole said with a verb of composition: "Quebec accounts for about 38% of Canada's operating data-centre
capacity", "Open-weight models made up 62% of the tokens served in February", "AI workloads represent a fifth of
the country's IT load". The part is held by whatever the verb's subject names, a place or a kind of thing as much as
a company, and the whole is named by the words after the figure's "of"; the ordinary reading of a share, which
wants a named holder and a market, finds neither. Parts of money a firm earns are its revenue, not a share, and
are left to the revenue readers."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimgraph.extract.budget_shares import holder_entity
from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import Sentence, clean_name
from claimgraph.extract.normalize import Quantity
from claimgraph.extract.read_shares import ReadShare, percentage
from claimgraph.extract.references import owner_named
from claimgraph.records import Entity

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_RELATIVES = frozenset({"which", "that", "who"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_QUALIFIERS = frozenset({"compound", "amod", "poss", "nmod", "prep", "relcl", "acl"})


def composed_share(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> ReadShare | None:
    """The holder and the whole of a percentage a verb of composition says the subject is of a whole, or None."""
    figure = percentage(sentence, quantity)
    if figure is None:
        return None
    share = figure.root
    verb = _composing_verb(share, context)
    if verb is None:
        return None
    whole = _whole_of(share, context)
    holder = _holder_of(verb)
    if whole is None or holder is None:
        return None
    label = _whole_label(whole, sentence, context)
    if label is None:
        return None
    phrase = _holder_words(holder, verb)
    if any(m.entity.type == "Person" and phrase.start_char <= m.start < phrase.end_char for m in sentence.mentions):
        return None  # "John Smith accounts for 10% of the votes": a person's part is no market's
    maker = _maker_of_the_goods(phrase, sentence, context)
    entity = maker if maker is not None else holder_entity(phrase, sentence, context)
    possessive = next((t for t in whole.subtree if t.dep_ == "poss" and t.pos_ == "PRON"), None)
    owner = owner_named(possessive, sentence, context) if possessive is not None else None
    if owner is not None and owner.entity == entity:
        return None  # "Orla Compute holds about two-thirds of its capacity in Lima": a part of its own, no share
    return ReadShare(entity, label, (phrase.start_char, phrase.end_char))


def _maker_of_the_goods(phrase: Span, sentence: Sentence, context: ReadingContext) -> Entity | None:
    """The firm whose goods the subject names with nothing but its name or possessive and a noun of goods ("its
    products made up about 44% of imports", "Nvidia chips made up 70% of …"): the firm holds the part."""
    head = phrase.root
    if head.lemma_.lower() != "product" and head.text not in context.lexicon.product_nouns:
        return None
    owner = next((t for t in phrase if t.dep_ in ("poss", "compound") and t.head == head), None)
    named = owner_named(owner, sentence, context) if owner is not None else None
    if named is None:
        return None
    others = [t for t in phrase if t != head and t.dep_ != "case" and not named.token_start <= t.i < named.token_end]
    return named.entity if not others or others == [owner] else None


def _holder_words(holder: Token, verb: Token) -> Span:
    """The subject's words, whole but for its article, a word like "together" and what follows a comma or a
    bracket: "Wind and solar power", "items now controlled", "systems built on Nvidia accelerators"."""
    doc = holder.doc
    start, end = holder.left_edge.i, holder.right_edge.i + 1
    while start < holder.i and (doc[start].dep_ in ("det", "predet", "advmod") or doc[start].is_punct):
        start += 1
    stop = next((t.i for t in doc[holder.i + 1 : end] if t.text in (",", "(", ";", "—", "–")), None)
    end = stop if stop is not None else end
    end = min(end, verb.i) if verb.i > holder.i else end  # "racks made up 58%": the verb misparsed under its noun
    before = doc[start - 1] if start > 0 else None
    if (
        before is not None
        and before.i == holder.head.i
        and before.tag_ in ("VBD", "VBN")
        and before.lower_.endswith("ed")
    ):
        start -= 1  # "that accelerated servers made up …": a participle misparsed as the verb over its noun
    while end - 1 > holder.i and doc[end - 1].dep_ == "advmod":
        end -= 1  # "Amazon Web Services alone"
    return doc[start:end]


def _composing_verb(share: Token, context: ReadingContext) -> Token | None:
    """The verb of composition the figure is the object of: "make up 62%", "represent a fifth", "account for 38%"
    (where the figure hangs on the "for")."""
    if share.dep_ == "dobj":
        verb = share.head
    elif share.dep_ == "pobj" and share.head.dep_ == "prep" and share.head.lower_ == "for":
        verb = share.head.head
    else:
        return None
    lemma = verb.lemma_.lower()
    if lemma == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None  # "made 62% of its sales abroad": no composition without "up"
    return verb if lemma in context.lexicon.composition_verbs else None


def _holder_of(verb: Token) -> Token | None:
    """The verb's subject, through a relative pronoun ("GB200 racks, which make up 70% of …"), through a verb it
    is joined to, or the noun a finite verb is misparsed as qualifying; a personal pronoun, a word for a figure
    ("the figure represents 5% of …") or a noun any one thing may be ("any model that takes 10% of …") holds
    nothing."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None and verb.dep_ in ("conj", "xcomp"):
        subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None and verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ", "VBP"):
        subject = verb.head  # "Liquid-cooled racks made up 58% of …", parsed as a clause on the noun
    if subject is None or subject.pos_ in ("PRON", "NUM") or subject.like_num:
        return None
    if subject.lemma_.lower() in _FIGURE_WORDS:
        return None
    if any(c.dep_ == "det" and c.lower_ in ("any", "every", "each", "no") for c in subject.children):
        return None  # "any model that takes more than 10% of a region's tokens": a rule's condition, no holder
    return subject


# Nouns that name a figure, a remainder, a deal or a holding rather than a thing that holds a part of a market
# ("the figure represents 5%", "the deal would account for 15%", "Osk's stake represents 5%").
_FIGURE_WORDS = frozenset({
    "figure", "number", "amount", "total", "share", "percentage", "proportion", "portion", "rest", "remainder", "sum",
    "value", "level", "estimate", "increase", "decline", "rise", "fall", "growth", "drop", "jump", "gain", "stake",
    "stock", "deal", "plan", "contract", "debt", "equity", "fine",
})  # fmt: skip


# Nouns after "of" that name no whole a market share is of: a figure ("36% of the total"), a change ("40% of the
# decline"), a firm's costs or finances ("60% of Osk's operating costs", "5% of Ardent's outstanding shares"), an
# index or a portfolio's weights, time or votes.
_NO_WHOLES = frozenset({
    "total", "rest", "remainder", "figure", "sum", "decline", "rise", "increase", "growth", "fall", "drop", "gain",
    "jump", "change", "reduction", "cut", "cost", "costs", "expense", "expenses", "turnover", "backlog", "margin",
    "profit", "profits", "income", "earnings", "share", "shares", "stock", "equity", "capital", "structure", "index",
    "portfolio", "time", "vote", "votes", "debt", "assets",
})  # fmt: skip


def _whole_of(share: Token, context: ReadingContext) -> Token | None:
    """The noun after the figure's "of": not a pronoun or a demonstrative's noun ("of them", "of those tokens",
    whose whole is said elsewhere), nor money a firm earns ("of Osk's revenue": a part of revenue is revenue)."""
    prep = next((c for c in share.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if noun is None or noun.pos_ in ("PRON", "NUM", "PROPN") or noun.like_num:
        return None
    if any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in noun.children):
        return None
    if noun.lemma_.lower() in context.lexicon.money_wholes or noun.lemma_.lower() in _NO_WHOLES:
        return None  # "36% of total", "of the remainder": a figure, not a whole
    if not any(c.dep_ in _QUALIFIERS for c in noun.children):
        return None  # "62% of the tokens": whose tokens is said elsewhere
    if any(t.dep_ == "cc" and t.head.pos_ == "NOUN" for t in noun.subtree if t.i < noun.i):
        # "81% of 2025 revenue and open-weight models 19%": two parts run together, no one whole (but "of US and
        # Canadian hydro-powered capacity" is one)
        return None
    if any(t.lower_ in ("voting", "stock", "shares") for t in noun.subtree):
        return None  # "will hold about 61% of the combined voting power of our common stock": a stake
    return noun


def _whole_label(whole: Token, sentence: Sentence, context: ReadingContext) -> str | None:
    """The whole as written, from its first qualifying word to the end of what follows it in its clause ("Canada's
    operating data-centre capacity", "accelerators Baidu AI Cloud added in 2025"), without its article; a
    pronoun's possessive is replaced by the name it stands for ("our capacity": the speaker's), or the whole is
    not read when it stands for no one known."""
    doc = whole.doc
    start = whole.left_edge.i
    while start < whole.i and doc[start].dep_ in ("det", "predet"):
        start += 1
    end = whole.right_edge.i + 1
    stop = next((t.i for t in doc[whole.i + 1 : end] if t.is_punct and t.text not in ("-", "–", "/")), None)
    end = stop if stop is not None else end
    words = doc[start:end]
    possessive = next((t for t in words if t.dep_ == "poss" and t.pos_ == "PRON"), None)
    if possessive is None:
        return _label(words)
    named = owner_named(possessive, sentence, context)
    if named is None:
        return None
    owner = context.short_name(named.entity)
    return _label(doc[possessive.i + 1 : end], owner)


def _label(words: Span, owner: str | None = None) -> str | None:
    """The words as a name; too long a run is a clause, not a whole."""
    text = clean_name(words.text)
    if not text or len(words) > 12:
        return None
    return f"{owner} {text}" if owner else text
