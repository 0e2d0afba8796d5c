"""A firm described as another's reseller, distributor or integrator buys from it what it sells on: "Osk is an
authorised reseller of Tarn Cloud and Vey", "Authorised distributor of Osk and Tarn products" (a line of a notice,
said of its issuer), "an Osk-authorised systems integrator". The channel noun names the supplier, its holder is the
customer."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence
from claimgraph.extract.references import pronoun_mentions, stand_in

_CHANNEL_NOUNS = frozenset({"reseller", "distributor", "integrator", "dealer", "wholesaler"})
_AUTHORISING = frozenset({"authorised", "authorized", "certified", "approved", "accredited", "official"})


def channel_suppliers(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """(CustomerOf, holder, supplier, confidence) for each channel noun of the sentence."""
    companies = [m for m in sentence.mentions if m.entity.type in BUSINESS_TYPES]
    for noun in sentence.tokens:
        if noun.pos_ not in ("NOUN", "PROPN") or _singular(noun) not in _CHANNEL_NOUNS:
            continue
        holder = _holder(noun, sentence, companies, context)
        if holder is None:
            continue
        for supplier in _suppliers(noun, sentence, companies):
            if supplier.entity != holder.entity:
                yield "CustomerOf", holder, supplier, 0.6


def _suppliers(noun: Token, sentence: Sentence, companies: list[Mention]) -> list[Mention]:
    """Whose channel it is: the firms named in its "of" phrase ("of Osk, Tarn and Vey products"), before it
    ("Osk's largest distributor", "an Osk distributor"), or hyphened to its authorising word ("Osk-authorised")."""
    doc = sentence.span.doc
    ofs = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    within = {t.i for g in ofs for t in _noun_phrase(g)}
    named = [m for m in companies if m.root(doc).i in within]
    # "Osk's largest distributor", "an Osk distributor": the firm owning or naming the channel
    named += [m for m in companies if m.root(doc).head == noun and m.root(doc).dep_ in ("poss", "compound")]
    for word in (c for c in noun.subtree if c.lower_ in _AUTHORISING and c.i < noun.i):
        dash = word.i - 1
        if dash > 0 and doc[dash].text == "-":
            named += [m for m in companies if m.token_end == dash]
    return named


def _noun_phrase(head: Token) -> list[Token]:
    """A noun with the names that make it up or stand beside it ("Osk, Tarn and Vey data-centre products"), not
    the clauses or phrases describing it ("servers made by Dell", "the kind Osk prefers")."""
    phrase = [head]
    for child in head.children:
        if child.dep_ in ("compound", "nmod", "poss", "conj", "appos", "amod"):
            phrase += _noun_phrase(child)
    return phrase


def _holder(noun: Token, sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Mention | None:
    """Who the channel noun describes: the subject it is said of ("Osk is a reseller of …"), the name it stands
    in apposition to ("Osk, a distributor of …"), or, opening a line of its own, the firm the text is from."""
    head = noun
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    if head.dep_ == "attr" and head.head.lemma_ in ("be", "become", "remain"):
        subjects = [c for c in head.head.children if c.dep_ == "nsubj"]
        found = [m for m in companies for s in subjects if m.token_start <= s.i < m.token_end]
        found += [m for m in pronoun_mentions(sentence, context) for s in subjects if m.token_start == s.i]
        return next((m for m in found if m.entity.type in BUSINESS_TYPES), None)
    if head.dep_ == "appos":
        return next((m for m in companies if m.token_start <= head.head.i < m.token_end), None)
    if _a_letterhead_line(head, sentence):
        own = context.speaker or context.issuer
        return stand_in(own, head) if own is not None and own.type in BUSINESS_TYPES else None
    return None


def _a_letterhead_line(noun: Token, sentence: Sentence) -> bool:
    """ "Authorised distributor of Osk and Tarn products" as a line of its own under a notice's letterhead: one
    channel noun, authorised, opening the line and heading it."""
    text = sentence.doc_text
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.start)
    own_line = not text[line_start : sentence.start].strip() and (line_end == -1 or sentence.end <= line_end)
    authorised = any(c.lower_ in _AUTHORISING and c.i < noun.i for c in noun.children)
    opening = noun.i - sentence.span.start <= 1
    return own_line and authorised and opening and noun.dep_ == "ROOT" and noun.tag_ in ("NN", "NNP")


def _singular(word: Token) -> str:
    """A channel noun's singular, lower case: the tagger may take a letterhead's capitals for a name."""
    lower = word.lower_
    return lower[:-1] if lower.endswith("s") and lower[:-1] in _CHANNEL_NOUNS else lower
