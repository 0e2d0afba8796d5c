"""The party a measure's own name targets: "the US licence requirement on Osk's K9", "a ban on Osk Labs",
"the curbs imposed on Tarn's K9 chips". A measure named as being "on" a firm, or on a firm's product, acts on that
firm wherever the sentence names it, whatever else the sentence says it did; a measure on goods no one is named as
owning ("export controls on advanced chips") targets no one in particular. Only a measure the sentence states as in
force counts: one proposed, weighed, lifted or hedged ("may impose a ban on Osk") is left to the other readers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Mention, Sentence
from claimgraph.extract.references import possessive_owner

_TARGETING = frozenset({"on", "against"})
# a measure proposed, weighed, threatened, dropped, rejected or lifted: no measure in force on its target
_UNSETTLED = re.compile(
    r"\b(?:propos\w*|plan(?:s|ned)?|call(?:s|ed)?\s+for|consider\w*|weigh\w*|threat\w*|reject\w*|vot\w*\s+down|"
    r"drop\w*|decid\w*\s+against|withdr[ae]w\w*|lift\w*|rescind\w*|revok\w*|repeal\w*|struck|strike|scrap\w*|"
    r"end(?:s|ed)?|expect\w*|if|would|could|might|(?-i:may)|unless|not|n't|never|no)\b",
    re.IGNORECASE,
)
_IMPOSING = frozenset({"impose", "place", "put", "apply", "slap", "level"})


def named_targets(sentence: Sentence, context: ReadingContext) -> Iterator[tuple[Token, Mention, Mention]]:
    """(the measure's noun, the measure, the firm it is on) for each measure the sentence names with a target."""
    if _UNSETTLED.search(sentence.text):
        return  # "called for an export ban on Osk", "may impose", "lifted the ban on Osk", "did not": nothing settled
    doc = sentence.span.doc
    for measure in (m for m in sentence.mentions if m.entity.type == "Policy"):
        head = measure.root(doc)
        imposed = [c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in _IMPOSING]
        preps = [c for h in (head, *imposed) for c in h.children if c.dep_ == "prep" and c.lower_ in _TARGETING]
        objects = {g.i for p in preps for c in p.children if c.dep_ == "pobj" for g in (c, *c.conjuncts)}
        for target in (m for m in sentence.mentions if m.root(doc).i in objects):
            firm = _firm_of(sentence, target, context)
            if firm is not None and firm.entity != measure.entity:
                yield head, measure, firm


def _firm_of(sentence: Sentence, target: Mention, context: ReadingContext) -> Mention | None:
    """The firm a target is: itself, or for a product the firm owning it in the text ("Osk's K9")."""
    if target.entity.type in BUSINESS_TYPES:
        return target
    if target.entity.type not in ("Product", "Model"):
        return None
    doc = sentence.span.doc
    named = [c.i for c in target.root(doc).children if c.dep_ == "poss"]  # "Osk's K9"
    firm = next((m for m in sentence.mentions if m.root(doc).i in named and m.entity.type in BUSINESS_TYPES), None)
    owner = possessive_owner(sentence, target, context) if firm is None else None  # "its K9", "whose K9"
    return firm or next((m for m in sentence.mentions if owner is not None and m.entity == owner), None)
