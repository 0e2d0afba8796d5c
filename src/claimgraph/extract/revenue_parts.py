"""A part of the revenue just stated, told with no revenue word of its own: "Revenue was $210 million, with customers
in Pellia contributing 21% of it", "About a quarter of that came from customers in Tarnland, and 12% from Veyland",
"Orrin Bank provided about 14%." The part is the earner's revenue from whoever pays it: a customer, or the place its
customers are in. Read for ``numeric.py`` after the clause's own reading finds no claim."""

from __future__ import annotations

import re

from claimgraph.extract.context import PLACE_TYPES
from claimgraph.extract.document import BUSINESS_TYPES, Mention, Sentence, verb_over
from claimgraph.extract.lexicon import load_lexicon
from claimgraph.extract.normalize import Quantity
from claimgraph.records import MONEY_UNITS, Claim

# "21% of it", "a quarter of that", "60% of the total"
_OF_IT = re.compile(r"\s+of\s+(?:it|that|this|the\s+total\b(?!\s+\w))\b", re.IGNORECASE)  # not "the total votes"
# "… came from customers in Tarnland", "and 12% from Veyland": who a part comes from
_FROM = re.compile(
    r"\s+(?:(?:of\s+(?:it|that|this)\s+)?(?:came|comes|come)\s+)?from\s+(?:(?:the\s+)?customers\s+in\s+)?"
)
# verbs whose subject is the part's payer: "customers in Pellia contributed 21%", "Orrin Bank provided 14%"
_PAYING_VERBS = frozenset({"contribute", "account", "provide", "represent", "make", "generate", "bring"})
_PAYERS = frozenset({*BUSINESS_TYPES, *PLACE_TYPES})


def stated_revenue(claims: list[Claim]) -> Claim | None:
    """The revenue in money, from no one in particular, that the last amount of ``claims`` (the paragraph's, in
    order) states; none when the last amount is another measure ("Its revenue was $50m. It spent $80m on compute,
    and Brill provided 70%": the spending's part, not the revenue's)."""
    last = next((c for c in reversed(claims) if c.unit in MONEY_UNITS), None)
    return last if last is not None and last.type == "Revenue" and last.object is None else None


def revenue_part(sentence: Sentence, quantity: Quantity, last: Claim) -> Mention | None:
    """Who pays the part of ``last`` (the revenue just stated) this percentage is, if it is one."""
    if quantity.unit != "percent" or quantity.change is not None:
        return None
    if any(q.unit in MONEY_UNITS and q.end <= quantity.start and q.value != last.value for q in sentence.quantities):
        return None  # "It borrowed $100 million: Kestle Bank provided 60%": a part of the amount just before it
    text = sentence.doc_text
    after = _FROM.match(text, quantity.end)
    if after is not None and (
        _OF_IT.match(text, quantity.end) or any(_OF_IT.match(text, q.end) for q in sentence.quantities)
    ):
        # "a quarter of that came from customers in Tarnland, and 12% from Veyland"
        payer = next((m for m in sentence.mentions if m.start == after.end()), None)
        return payer if payer is not None and payer.entity.type in _PAYERS else None
    verb = verb_over(sentence.span.doc, quantity.start)
    if verb is None or verb.lemma_.lower() not in _PAYING_VERBS or verb.idx > quantity.start:
        return None
    if not _OF_IT.match(text, quantity.end) and not _a_bare_part(text, quantity):
        return None
    if any(verb.idx < m.start < quantity.start for m in sentence.mentions):
        return None  # "Pellia accounted for 36% of sales, Tarnland for 21%": a gapped figure is another's
    # the verb's subject, or the place its customers are in: "customers in Pellia contributing 21% of it"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    doc = sentence.span.doc
    customers = subject.lemma_.lower() in load_lexicon().customer_nouns
    payer = next(
        (
            m
            for m in sentence.mentions
            if m.entity.type in _PAYERS
            and (
                m.root(doc) == subject  # "Orrin Bank provided 14%", not "Orrin products made up 64%"
                or (customers and m.root(doc).dep_ == "pobj" and m.root(doc).head.head == subject)
            )
        ),
        None,
    )
    if payer is None or payer.entity == last.subject or _same_family(payer.entity.label, last.subject.label):
        return None  # "Vey Group's revenue …; Vey Cloud made up 60%": a unit's part, not a customer's
    return payer


def _a_bare_part(text: str, quantity: Quantity) -> bool:
    """ "Orrin Bank provided about 14%.": a percentage that ends its clause, a part of nothing named."""
    return _CLAUSE_END.match(text, quantity.end) is not None


_CLAUSE_END = re.compile(r"\s*(?:[.;]|,\s+(?:and|while|with)\b|$)")


def _same_family(one: str, other: str) -> bool:
    """Whether two names open on the same word ("Vey Group", "Vey Cloud"): a group and its unit."""
    return one.split()[0].casefold() == other.split()[0].casefold()
