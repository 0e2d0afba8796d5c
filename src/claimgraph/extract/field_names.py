"""Names a fact sheet's products field lists: "Products: Quill language models, Wrenway API platform, Tarnel
Chat", "- Models: Tarn-3, Tarn-3 Mini". The label says what each item of the value is, so a capitalised item is a
product (or, said with "model", a model) whatever the NER made of it; the kind word after the name ("language
models", "platform") is no part of the name. ``fact_rows.py`` then ties each to the page's subject."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from claimgraph.extract.document import EntityIndex, Mention

# a labelled line of products or models, bulleted or not: "Products: …", "- Models: …"
_PRODUCTS_FIELD = re.compile(
    r"^[ \t]*(?:[-•*][ \t]*)?(?:[Kk]ey[ \t]+|[Mm]ain[ \t]+|[Ff]lagship[ \t]+)?"
    r"(?P<label>[Pp]roducts|[Mm]odels|[Bb]rands)[ \t]*:[ \t]*(?P<value>[^\n|]+)",
    re.MULTILINE,
)
# the kind of thing an item is, written in lower case after its name: "Quill language models", "Wrenway API
# platform" (a capitalised kind word is the name's own: "Osk Assistant"); each word follows one run of spaces, so
# the pattern cannot backtrack
_KIND_WORDS = re.compile(
    r"(?:\s+(?:large|language|foundation|open-weight|reasoning|coding))*\s+(?:models?|family|series|platform)$"
)
_ITEM = re.compile(r"[^,;]+")


def product_field_names(doc: Doc, text: str, index: EntityIndex) -> Iterable[Mention]:
    """Each capitalised item of a products or models field, as a product or model mention."""
    for field in _PRODUCTS_FIELD.finditer(text):
        for item in _ITEM.finditer(text, field.start("value"), field.end("value")):
            words = re.sub(r"\([^)]*\)?", "", item.group()).strip()
            words = re.sub(r"^(?:and|or)\s+", "", words)
            name = _KIND_WORDS.sub("", words).strip()
            if not name or not name[0].isupper() or len(name.split()) > 4 or name.casefold() in index.not_names:
                continue
            start = text.find(name, item.start(), item.end())
            span = doc.char_span(start, start + len(name)) if start != -1 else None
            if span is None:
                continue
            said_a_model = field.group("label").lower() == "models" or "model" in words[len(name) :].lower()
            entity = index.named(name) or index.entity_for(name, "Model" if said_a_model else "Product")
            yield Mention(entity, span.start_char, span.end_char, span.start, span.end)
