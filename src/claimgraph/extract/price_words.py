"""Which words name a price, so that a change said of one is a price change: "price" and "pricing", fees for
something, and the rates, charges, rents and surcharges of a priced service ("its peak demand charge",
"cage rents", "the hourly rate for H100s", "Rate Q7") — never a growth, interest or utilisation rate, nor a
restructuring charge a firm books. Read for the figure types."""

from __future__ import annotations

from spacy.tokens import Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Mention, Sentence, token_at, verb_over
from claimgraph.extract.lexicon import Lexicon
from claimgraph.extract.normalize import Quantity
from claimgraph.extract.references import owner_named
from claimgraph.records import Entity

# verbs that move what they act on or what they say of their subject ("raised its rates by 6%", "rents rose 9%")
_MOVES = frozenset(
    {"raise", "increase", "lift", "hike", "boost", "rise", "climb", "jump", "double", "cut", "lower", "reduce"}
    | {"slash", "trim", "halve", "drop", "fall", "decrease"}
)
# nouns a figure's change can be ("a 6.2% increase in energy charges", "an 8% cut to its on-demand rate")
_CHANGE_NOUNS = frozenset({"increase", "rise", "cut", "reduction", "hike", "decrease", "drop", "fall", "jump"})


def a_price_moves(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> bool:
    """Whether a change figure moves a price: the subject of its verb is one ("prices for DDR5 modules rose 30%",
    "cage rents rose 9%"), its verb acts on one ("raised its demand charge by 6%"), or the change it is names
    one ("a 6.2% increase in energy charges")."""
    return moved_price(sentence, quantity, lexicon) is not None


def moved_price(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> Token | None:
    """The price noun a change figure moves, as ``a_price_moves`` reads it, or None."""
    doc = sentence.span.doc
    figure = token_at(doc, quantity.start)
    if figure is None:
        return None
    verb = verb_over(doc, quantity.start)
    moved = quantity.change is not None or (verb is not None and verb.lemma_.lower() in _MOVES and _a_move(figure))
    if verb is not None and verb.i < figure.i and moved:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and names_a_price(subject, lexicon):
            return subject
        objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts) if o.i < figure.i]
        acted_on = objects[-1] if objects else None  # "raised residential rates 5% and industrial rates 11%"
        if acted_on is not None and names_a_price(acted_on, lexicon):
            return acted_on  # "raised its peak demand charge by 6%"
    return _price_changed(figure, quantity.end, lexicon)


def _a_move(figure: Token) -> bool:
    """Whether the figure is how far a price moved ("raised its rates by 10%", "raise residential rates 5%"), not
    the level it moved "to" ("raised its rate to 5%")."""
    phrase = figure
    while phrase.dep_ in ("nummod", "quantmod", "compound", "amod", "advmod") and phrase.head != phrase:
        phrase = phrase.head  # "5%": the "%" its number hangs on
    return not (phrase.dep_ == "pobj" and phrase.head.lower_ in ("to", "at"))


def price_setter(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> Mention | None:
    """Who sets a moved price its possessive names, where the clause's subject may be another ("the regulator
    approved a 4% rise in Tarn Power's demand charge", "our own handling charge will rise 6%")."""
    price = moved_price(sentence, quantity, context.lexicon)
    if price is None:
        return None
    sellers = [p for c in price.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children]
    named = next((m for m in sentence.mentions for p in sellers if m.token_start <= p.i < m.token_end), None)
    if named is not None and named.entity.type in BUSINESS_TYPES:
        return named  # "its electricity charges from Orrin Energy rose 22%": the seller's price, which it pays
    if price.dep_ == "dobj":
        return None  # "Osk raised our contracted price": who acts on a price sets it, the possessive pays it
    owner = next((c for c in price.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ in ("its", "their"):
        return None  # "its charges rose 4%": whom "its" refers to ``figure_subject`` reads
    return owner_named(owner, sentence, context)


def priced_service(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> Entity | None:
    """What a moved rate, charge, rent or fee is the price of, named by the words of its phrase, where no model or
    product is named ("raised its list colocation charges by 11%": list colocation charges, which the firm
    offers): a bare "prices" or "rates" names nothing."""
    price = moved_price(sentence, quantity, context.lexicon)
    if price is None or price.lemma_.lower() not in context.lexicon.charged_nouns.lemmas | {"fee"}:
        return None
    words = [t for t in price.subtree if not _outside_the_name(t, price)]
    while words and not words[0].is_alpha and not words[0].like_num:
        words.pop(0)  # what a stray mark leaves before the name
    if len(words) < 2:
        return None
    return context.index.entity_for("".join(t.text_with_ws for t in words).strip(), "Product")


def _outside_the_name(token: Token, price: Token) -> bool:
    """Words of a price's phrase that are no part of what it prices: articles and possessives ("its own"), figures,
    and clauses and phrases other than a "for" or "on" what ("rates for data centres at the Pell site")."""
    if token.i < price.i:
        kept_mark = token.text == "-"  # "on-demand"
        return (
            token.dep_ in ("det", "poss", "case", "nummod", "punct")
            and not kept_mark
            or token.lower_ == "own"
            or any(a.dep_ == "poss" for a in token.ancestors if a.i < price.i)
        )
    if token == price:
        return False
    if token.dep_ in ("det", "poss", "case"):
        return True  # "the on-demand rate for its P5 instances": the instances' words, not whose
    top = next(a for a in (token, *token.ancestors) if a.head == price)
    return not (top.dep_ == "prep" and top.lower_ in ("for", "on") and top.i == price.i + 1)


def _price_changed(figure: Token, end: int, lexicon: Lexicon) -> Token | None:
    """ "a 6.2% increase in GS-4 energy charges", "an 8% cut to its H100 on-demand rate": the change noun the figure
    (ending at ``end``) measures is of a price."""
    change = next((t for t in figure.ancestors if t.pos_ == "NOUN" and t.idx >= end), None)
    if change is None or change.lemma_.lower() not in _CHANGE_NOUNS:
        return None
    priced = (
        p
        for prep in change.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "to", "on", "of")
        for p in prep.children
        if p.dep_ == "pobj"
    )
    return next((p for p in priced if names_a_price(p, lexicon)), None)


def names_a_price(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names a price: "price", "pricing", a fee for something, or a rate, charge, rent or surcharge
    a priced service qualifies, that is "for" or "on" something, or that is a firm's own ("its rates")."""
    lemma = noun.lemma_.lower()
    if lemma in ("price", "pricing"):
        return True
    charged = lexicon.charged_nouns
    words = {part for t in _qualifying(noun) for part in (t.lower_, *t.lower_.split("-"))}
    if lemma == "fee":  # "subscription fees for Osk Chat", not "legal fees for the case"
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children) and not words & charged.unpriced
    if any(c.dep_ == "compound" and c.text == "Rate" for c in noun.children):
        return True  # "raised Rate Q7 by 3%": a utility's named rate class
    if lemma not in charged.lemmas:
        return False
    if words & charged.unpriced:
        return False  # "its growth rate", "a restructuring charge"
    if lemma == "rate" and any(
        c.dep_ in ("prep", "relcl") and c.lower_ != "for" and c.lower_ != "on" for c in noun.children
    ):
        return False  # "its rate of return", "the hourly rate at which the fleet fails": a measure's rate
    if lemma in ("rent", "surcharge") or words & charged.qualifiers:
        return True  # "cage rents", "its peak demand charge"
    if any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in noun.children):
        return True  # "rates for large industrial users", "rates on data-centre property"
    return lemma == "rate" and any(c.dep_ == "poss" for c in noun.children)  # "Orrin Insurance raised its rates"


def _qualifying(noun: Token) -> list[Token]:
    """The words before a noun in its phrase, and the objects of its prepositions ("the rate for growth")."""
    before = [t for left in noun.lefts for t in left.subtree]
    after = [p for prep in noun.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"]
    return before + after
