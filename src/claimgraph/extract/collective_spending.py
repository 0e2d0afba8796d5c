"""Spending no one in particular does: "enterprise spending on model APIs reached $8.4 billion", "Gartner forecasts
worldwide generative-AI spending of $644 billion", "IDC expects total AI spending to reach $1.3 trillion". The
spending noun is qualified by a class of spenders ("enterprise", "worldwide", "total") and owned by no one, so the
figure is the size of the market the phrase describes, not a payment of the firm that reports it (which the
parser offers as the subject of "estimated", "forecasts" or "expects")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimgraph.extract.context import PLACE_TYPES, TOPIC_TYPES
from claimgraph.extract.document import Sentence, clean_name
from claimgraph.extract.lexicon import Lexicon
from claimgraph.extract.normalize import Quantity

# the ways a spending noun governs its amount: "spending reached $X", "puts spending at $X", "spending of $X"
_HOLDING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def collective_spending(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> str | None:
    """The phrase naming spending by a class of spenders that the figure measures ("enterprise spending on model
    APIs"), or None when the spending has an owner ("Osk's spending", "capex of the four hyperscalers") or names no
    class (a company's "capital spending", which its own report means)."""
    doc = sentence.span.doc
    amount = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if amount is None:
        return None
    noun = _spending_noun(amount.root, lexicon.discovery.spending_nouns)
    if noun is None:
        return _spent_by_a_class(amount.root, sentence, lexicon)
    if not _a_class_spends(noun, sentence, lexicon):
        return None
    # its qualifiers, without an article or a year ("the 2026 data-centre AI accelerator spending")
    named = [t.i for t in noun.subtree if t.i < noun.i and t.pos_ not in ("DET", "NUM")]
    start = min(named, default=noun.i)
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    # what the spending is on, wherever the parser attached it ("puts spending on AI at $37 billion")
    on = after if after is not None and after.lower_ == "on" and after.dep_ == "prep" else None
    end = on.right_edge.i + 1 if on is not None and on.right_edge.idx < quantity.start else noun.i + 1
    return clean_name(doc[start:end].text)


def _spent_by_a_class(amount: Token, sentence: Sentence, lexicon: Lexicon) -> str | None:
    """ "Organisations worldwide spent $41 billion on GPU cloud", "Indian enterprises spent $2 billion on model APIs":
    a class of spenders, a plural noun no name covers, qualified by a class word or a place, spending on a thing: the
    market of what it is spent on ("GPU cloud market"), else None."""
    verb = amount.head
    if amount.dep_ != "dobj" or verb.lemma_ not in _SPENDING_VERBS:
        return None
    spender = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        spender is None
        or spender.tag_ != "NNS"
        or any(c.dep_ == "poss" for c in spender.children)  # "our enterprise customers" are a firm's
        # a name covering it makes a spender of its own; a group of firms ("German manufacturers") is a class
        or any(m.token_start <= spender.i < m.token_end and m.entity.type != "Group" for m in sentence.mentions)
    ):
        return None
    words = [*spender.children, *verb.children]
    classed = any(
        t.lower_ in lexicon.spender_classes or t.text in lexicon.demonyms
        for t in words
        if t.dep_ in ("advmod", "npadvmod", "amod", "compound")
    )
    # what it is spent on, after the amount ("On our estimate, …" before it is no purchase)
    on = next(
        (c for c in (*verb.children, *amount.children) if c.dep_ == "prep" and c.lower_ == "on" and c.i > amount.i),
        None,
    )
    thing = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
    if not classed or thing is None or any(c.dep_ == "poss" for c in thing.children):
        return None
    if any(m.entity.type in TOPIC_TYPES and thing.left_edge.i <= m.token_start <= thing.i for m in sentence.mentions):
        return None  # "spent $2 billion on Nvidia chips": one firm's goods, no market's
    doc = sentence.span.doc
    # the thing with its conjuncts ("software, models and services"), without what a preposition adds ("in 2025")
    added = {t.i for c in thing.children if c.dep_ == "prep" for t in c.subtree}
    bought = [t.i for t in thing.subtree if t.i not in added]
    return clean_name(doc[thing.left_edge.i : max(bought) + 1].text + " market")


_SPENDING_VERBS = frozenset({"spend", "invest"})


def _spending_noun(amount: Token, nouns: frozenset[str]) -> Token | None:
    """The spending noun that holds the amount: the noun of its "of", or the subject or object of its verb."""
    head = amount.head
    if head.dep_ == "prep" and head.lower_ == "of" and head.head.lower_ in nouns:
        return head.head  # "spending of $644 billion"
    verb = next((t for t in amount.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    held = [c for c in verb.children if c.dep_ in _HOLDING_DEPS and c.lower_ in nouns and c != amount]
    if not held and verb.dep_ in ("xcomp", "ccomp"):
        held = [c for c in verb.head.children if c.dep_ == "dobj" and c.lower_ in nouns]  # "expects X to reach"
    return held[0] if held else None


def _names_someone(preposition: Token) -> bool:
    """Whether a preposition names a spender, not an amount ("of the hyperscalers", not "of $9 billion")."""
    return any(c.dep_ == "pobj" and not c.like_num and c.ent_type_ != "MONEY" for c in preposition.children)


def _a_class_spends(noun: Token, sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether the noun's qualifiers name a class of spenders and nothing owns it (no possessive, no name)."""
    if any(c.dep_ == "poss" for c in noun.children):
        return False  # "Osk's spending", "their spending"
    if any(c.dep_ == "prep" and c.lower_ in ("of", "by") and _names_someone(c) for c in noun.children):
        return False  # "combined capex of the four hyperscalers", "spending by Osk"
    qualifiers = [t for t in noun.subtree if t.i < noun.i]
    doc = sentence.span.doc
    named = [m for m in sentence.mentions if any(m.token_start <= t.i < m.token_end for t in qualifiers)]
    places = [m for m in named if m.entity.type in PLACE_TYPES and m.root(doc).dep_ == "amod"]
    if any(m.entity.type != "Market" and m not in places for m in named):
        return False  # "Nvidia accelerator spending": a name owns or qualifies it
    # "enterprise spending", or everyone's in a place: "Canadian public-cloud spending"
    if places or any(t.lower_ in lexicon.spender_classes or t.text in lexicon.demonyms for t in qualifiers):
        return True
    # "spending on X reached $2 billion worldwide": the class said of the verb, after the amount, of spending on a
    # thing no one owns ("spending at Pell Cloud", "spending on its own data centres" are a firm's)
    on = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    thing = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
    owned = any(c.dep_ == "prep" and c.lower_ in ("at", "for") for c in noun.children) or (
        thing is not None and any(c.dep_ == "poss" for c in thing.children)
    )
    # "… reached $2 billion worldwide", or said of what it is spent on: "spending on inference services worldwide"
    said_of = [*noun.children, *noun.head.children, *(thing.children if thing is not None else ())]
    said = any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in lexicon.spender_classes for c in said_of)
    if said and thing is not None and not owned and noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    # "IDC expects total AI spending to reach …": "total" is a class's only where no company is what spends
    # ("Pell Cloud expects total capex of $800 million" is its own)
    summed = any(t.lower_ in lexicon.spender_totals for t in qualifiers)
    return summed and not _a_company_governs(noun, sentence, doc)


def _a_company_governs(noun: Token, sentence: Sentence, doc: Doc) -> bool:
    """Whether a company (not a research firm) is the subject of a verb the spending noun hangs on."""
    subjects = [c for verb in noun.ancestors for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        m.token_start <= s.i < m.token_end and m.entity.type in TOPIC_TYPES and m.entity.type != "ResearchFirm"
        for s in subjects
        for m in sentence.mentions
    )
