"""Relations stated by a fact sheet's labelled rows: "- Parent: Andes Holdings", "- Markets: Peru, Chile",
"- Customers: Banco Sol, Ferrovia Digital", "- Flagship model: Tamsin-2". A profile lists what is true of the
company under discussion as label and value; the label's last word (``fact_labels`` in ``patterns/claims.json``)
says which relation ties that company to each name of the value."""

from __future__ import annotations

from collections.abc import Iterator

from claimgraph.extract.context import LABELLED_ROW, ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Sentence
from claimgraph.extract.references import stand_in

# What each relation's value may name, and whether the company under discussion is the relation's subject.
VALUE_TYPES = {
    "SubsidiaryOf": (frozenset(BUSINESS_TYPES), True),
    "CustomerOf": (frozenset(BUSINESS_TYPES), False),
    "OperatesIn": (frozenset({"Country", "Region"}), True),
    "Develops": (frozenset({"Model", "Product"}), True),
    "Offers": (frozenset({"Model", "Product"}), True),
}
CONFIDENCE = 0.6  # the row names the relation; the company it is of is the one under discussion


def fact_row_relations(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """Each name of a labelled row's value, tied to the company under discussion by the label's relation."""
    row = LABELLED_ROW.match(sentence.text)
    topic = context.topic
    if row is None or topic is None or topic.type not in BUSINESS_TYPES:
        return
    words = row.group("label").lower().split()
    relation = context.lexicon.fact_labels.get(words[-1]) if words else None
    if relation is None:
        return
    allowed, topic_is_subject = VALUE_TYPES[relation]
    value_start = sentence.start + row.end()
    doc = sentence.span.doc
    for mention in sentence.mentions:
        if mention.start < value_start or mention.entity.type not in allowed or mention.entity == topic:
            continue
        if mention.root(doc).head.lower_ in ("from", "on", "by", "of"):
            continue  # "Tamsin-2, fine-tuned from Meta's Llama 3.1": what the value was made from, not the value
        company = stand_in(topic, doc[mention.token_start])
        yield (relation, company, mention, CONFIDENCE) if topic_is_subject else (relation, mention, company, CONFIDENCE)
