"""Relations stated by a fact sheet's labelled rows: "- Parent: Andes Holdings", "- Markets: Peru, Chile",
"- Customers: Banco Sol, Ferrovia Digital", "- Flagship model: Tamsin-2", and the two-cell rows of a field table
("| Developed by | Tamsin Labs |", "| Base model | Orca-7 |"), as a model card or an infobox lays them out. A
profile lists what is true of what it is about as label and value; the label (``fact_labels`` in
``patterns/claims.json``: the whole label, else its last word) says which relation ties that to each name of the
value. Most labels are facts of the company under discussion; a few ("Developed by", "Base model") are facts of
the model or product the page is about. A model page's availability rows, labelled with a platform ("- Tarn
Studio: available since launch"), are that platform's offers of the page's model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from claimgraph.extract.context import LABELLED_ROW, PLACE_TYPES, THING_TYPES, ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Sentence
from claimgraph.extract.references import stand_in
from claimgraph.extract.table_layout import FACT_BOX_LINE, in_a_fact_box


@dataclass(frozen=True)
class FactLabel:
    """What a row's label says: the claim type, what its value may name, whether what the page is about is the
    claim's subject (else its object), and whether that is the company under discussion or the thing."""

    claim_type: str
    value_types: frozenset[str]
    about_is_subject: bool
    about_thing: bool = False


_THINGS = THING_TYPES
# The relations a label may name (``fact_labels``' values), by name.
VALUE_TYPES = {
    "SubsidiaryOf": FactLabel("SubsidiaryOf", frozenset(BUSINESS_TYPES), True),
    "ParentOf": FactLabel("SubsidiaryOf", frozenset(BUSINESS_TYPES), False),  # "Subsidiaries: X, Y"
    "CustomerOf": FactLabel("CustomerOf", frozenset(BUSINESS_TYPES), False),
    "SuppliedBy": FactLabel("CustomerOf", frozenset(BUSINESS_TYPES), True),  # "Compute provider: X"
    "OperatesIn": FactLabel("OperatesIn", frozenset(PLACE_TYPES), True),
    "Develops": FactLabel("Develops", _THINGS, True),
    "Offers": FactLabel("Offers", _THINGS, True),
    "DevelopedBy": FactLabel("Develops", frozenset(BUSINESS_TYPES), False, about_thing=True),  # "Developed by"
    "BuiltOn": FactLabel("BuiltOn", _THINGS, True, about_thing=True),  # "Base model: Orca-7"
}
CONFIDENCE = 0.6  # the row names the relation; what it is of is what the page is about

# "| Developed by | Tamsin Labs |": a row of exactly two cells, a capitalised label and its value
_FIELD_ROW = re.compile(r"\s*\|\s*(?P<label>[A-Z][\w -]{0,30}?)\s*\|(?=[^|\n]+\|\s*$)")


def field_value(sentence: Sentence, header: bool = False) -> Sentence:
    """A field table's row with the names in its label cell dropped: "| Developed by | …", "| Context window | …"
    name no party ("Developed", "Context" are the NER's guesses), and would hide the one the value names; its
    header ("| Field | Value |") names nothing at all."""
    if header:
        return replace(sentence, mentions=[])
    row = _FIELD_ROW.match(sentence.text)
    if row is None:
        return sentence
    value_start = sentence.start + row.end()
    return replace(sentence, mentions=[m for m in sentence.mentions if m.start >= value_start])


def fact_row_relations(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """Each name of a labelled row's value, tied by the label's relation to what the page is about."""
    row = LABELLED_ROW.match(sentence.text) or _FIELD_ROW.match(sentence.text) or _fact_box_row(sentence)
    if row is None:
        return
    label = _label(row.group("label").lower(), context)
    if label is None:
        return
    about = context.thing if label.about_thing else context.topic
    allowed_about = _THINGS if label.about_thing else frozenset(BUSINESS_TYPES)
    if about is None or about.type not in allowed_about:
        return
    value_start = sentence.start + row.end()
    doc = sentence.span.doc
    for mention in sentence.mentions:
        if mention.start < value_start or mention.entity.type not in label.value_types or mention.entity == about:
            continue
        head = mention.root(doc).head
        if head.lower_ in ("from", "on", "by", "of") and head.idx >= value_start:
            continue  # "Tamsin-2, fine-tuned from Meta's Llama 3.1": what the value was made from, not the value
        subject = stand_in(about, doc[mention.token_start])
        found = (subject, mention) if label.about_is_subject else (mention, subject)
        yield label.claim_type, *found, CONFIDENCE
        if label is VALUE_TYPES["DevelopedBy"]:
            context.note_subject(mention.entity, sentence)  # the maker is the company the next rows are of
            if about == context.title_model and context.title_subject is None:
                context.title_subject = mention.entity  # and, on the model's own page, each section's company
        if label.about_thing or label is VALUE_TYPES["SubsidiaryOf"]:
            return  # one maker, one base, one parent: the value's first name; the rest describes it


def _fact_box_row(sentence: Sentence) -> re.Match[str] | None:
    """The label of a fact box's line ("Products: Quill models, Tarnel Chat" among "Type: Private", "Founded:
    2021", …): an infobox lays out what is true of its subject as labelled lines without bullets."""
    text = sentence.doc_text
    line_start = text.rfind("\n", 0, sentence.start) + 1
    if text[line_start : sentence.start].strip() or not in_a_fact_box(text, line_start):
        return None
    return FACT_BOX_LINE.match(sentence.text)


def availability_rows(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "- **Pell Cloud:** available since launch day", "- Tarn Studio: planned for April": a row labelled with a
    platform, saying the model the page is about is available there, is that platform's offer of it."""
    row = _PLATFORM_ROW.match(sentence.text)
    thing = context.title_model or context.thing
    if row is None or thing is None or thing.type != "Model" or not _AVAILABLE.search(sentence.text, row.end()):
        return
    label_end = sentence.start + row.end("label")
    doc = sentence.span.doc
    platforms = [m for m in sentence.mentions if m.end <= label_end and m.entity.type in _PLATFORMS]
    if platforms:  # "Tarn Cloud Orla Studio": the last, most specific name
        yield "Offers", platforms[-1], stand_in(thing, doc[platforms[-1].token_start]), CONFIDENCE


# "- **Pell Cloud Model Garden:** …", "- Tarn Studio: …": a bulleted row led by a name, in bold or not
_PLATFORM_ROW = re.compile(r"\s*[-•*]\s*(?:\*\*)?(?P<label>[A-Z][\w -]{0,50}?)\s*(?::\s*\*\*|\*\*\s*:|:)\s")
_AVAILABLE = re.compile(
    r"\b(?:available|availability|offered|hosted|listed|served|planned|launch(?:ed)?)\b", re.IGNORECASE
)
_PLATFORMS = frozenset({"Cloud", "Aggregator", "Product"})


def _label(words: str, context: ReadingContext) -> FactLabel | None:
    """The relation a label names: the whole label ("developed by", "base model"), else its last word."""
    labels = context.lexicon.fact_labels
    name = labels.get(words) or (labels.get(words.split()[-1]) if words.split() else None)
    return VALUE_TYPES[name] if name is not None else None
