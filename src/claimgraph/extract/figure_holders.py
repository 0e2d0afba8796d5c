"""Who holds a figure when its clause alone does not say: a segment's revenue in a release is the issuer's, and a
company said to make up part of another's revenue is that company's customer. ``numeric`` asks these after it has
read a figure's subject."""

from __future__ import annotations

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import Sentence, verb_over
from claimgraph.extract.normalize import Quantity
from claimgraph.records import Entity

_PAYERS = frozenset({"Company", "Cloud", "Lab", "Organization"})


def a_segments_revenue(sentence: Sentence, left: int, right: int, context: ReadingContext) -> bool:
    """ "Hosting revenue slipped 2%", "Advertising sales rose": revenue a word of no name qualifies is a segment's,
    so in a release it is the issuer's, not the company (or segment) the sentence before was about; but "Cloud
    revenue" after "Hengda Cloud" is that unit's."""
    named = {i for m in sentence.mentions for i in range(m.token_start, m.token_end)}
    return any(
        t.lemma_.lower() in ("revenue", "sale")
        and left <= t.idx < right
        and not any(c.dep_ == "poss" for c in t.children)  # "the unit's external revenue": whose it is
        and any(c.dep_ == "compound" and c.i not in named and c.lower_ not in context.name_heads for c in t.children)
        for t in sentence.tokens
    )


_CONTRIBUTING = frozenset({"account", "contribute", "represent", "make", "be"})  # "Osk was 21% of its sales"


def paid_part_of(sentence: Sentence, quantity: Quantity, payer: Entity) -> bool:
    """Whether a company is said to make up part of another's revenue ("Osk made up 21% of sales",
    "Osk contributed a fifth of sales", "Osk was 21% of its sales"), as its customer; not a unit whose sales are
    counted ("sales at its X unit")."""
    verb = verb_over(sentence.span.doc, quantity.start)
    if payer.type not in _PAYERS or verb is None or verb.lemma_.lower() not in _CONTRIBUTING:
        return False
    doc = sentence.span.doc
    return any(
        m.entity == payer and m.root(doc).head == verb and m.root(doc).dep_ == "nsubj" for m in sentence.mentions
    )
