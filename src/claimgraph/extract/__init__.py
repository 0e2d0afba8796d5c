"""Text → claim records: the only package that imports spaCy.

``Extractor`` owns the loaded pipeline and the gazetteer index; ``extract`` reads one article, ``extract_all``
streams many through ``nlp.pipe`` (batching is most of spaCy's speed).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime

from spacy.language import Language
from spacy.tokens import Doc

from claimgraph.extract.calibration import Calibration, load_calibration
from claimgraph.extract.chunks import parse, parse_all
from claimgraph.extract.context import ReadingContext
from claimgraph.extract.discover import find_mentions
from claimgraph.extract.document import EntityIndex, read_document
from claimgraph.extract.explain import Explanation, FigureOutcome, SentenceClaims
from claimgraph.extract.fact_rows import field_value
from claimgraph.extract.lexicon import load_lexicon
from claimgraph.extract.markets import one_entity_per_market, place_names
from claimgraph.extract.merge import merge_claims
from claimgraph.extract.normalize import find_periods
from claimgraph.extract.numbers import currency_codes
from claimgraph.extract.numeric import numeric_claims
from claimgraph.extract.pipeline import build_nlp, english_words, model_version, resolve_model_name
from claimgraph.extract.price_moves import stays_put
from claimgraph.extract.readahead import read_ahead
from claimgraph.extract.relations import relation_claims
from claimgraph.extract.sanctions import sanction_claims
from claimgraph.extract.site_names import note_sites
from claimgraph.extract.table_layout import find_rows, lists_fields
from claimgraph.extract.tables import row_claims
from claimgraph.records import CLAIM_KINDS, UNITS, Article, Claim, Entity, Extraction, ExtractionRun

__all__ = ["Extractor"]


class Extractor:
    """Reads articles into claims; build once, use for many articles (loading spaCy takes a second)."""

    def __init__(
        self,
        gazetteer: Sequence[Entity],
        *,
        software_version: str,
        parents: Mapping[str, str] | None = None,
        model: str = "",
        min_confidence: float = 0.0,
        calibrated: bool = True,
    ) -> None:
        """``calibrated=False`` keeps the rules' own confidence: what ``tools/train_calibration.py`` learns from."""
        self.nlp: Language = build_nlp(resolve_model_name(model), gazetteer)
        not_names = (*load_lexicon().not_names, *currency_codes())
        self.index = EntityIndex(gazetteer, not_names, english_words(self.nlp))
        self.parents = dict(parents or {})  # unit key → parent key, as the gazetteer records them
        self.software_version = software_version
        self.model_name, self.model_version = model_version(self.nlp)
        self.min_confidence = min_confidence
        self.calibration: Calibration | None = load_calibration() if calibrated else None

    def extract(self, article: Article) -> Extraction:
        started = _now()
        return self._read(article, parse(self.nlp, article.text), started)

    def extract_all(self, articles: Iterable[Article], batch_size: int = 8) -> Iterator[Extraction]:
        """The articles' extractions in order; spaCy parses the next batch in a thread while this one reads
        the last (``readahead.py``)."""
        pairs = ((article.text, article) for article in articles)
        parsed = parse_all(self.nlp, pairs, batch_size=batch_size)
        for doc, article in read_ahead(parsed, depth=2 * batch_size):
            yield self._read(article, doc, _now())

    def explain(self, article: Article) -> Explanation:
        """What became of every figure of the article, and the relation claims of each sentence (see
        ``explain.py``); ``claimgraph explain`` prints it."""
        outcomes: list[FigureOutcome] = []
        relations: list[SentenceClaims] = []
        extraction = self._read(article, parse(self.nlp, article.text), _now(), outcomes, relations)
        return Explanation(tuple(outcomes), tuple(relations), extraction.claims)

    def _read(
        self,
        article: Article,
        doc: Doc,
        started: str,
        outcomes: list[FigureOutcome] | None = None,
        relations: list[SentenceClaims] | None = None,
    ) -> Extraction:
        text = article.text  # the doc's text character for character (chunks.py); spaCy's doc.text rebuilds it
        sentences = read_document(doc, text, find_mentions(doc, self.index, text))
        anchor = article.metadata.date or dateline(text)
        context = ReadingContext.for_document(sentences, load_lexicon(), anchor, self.index, self.parents)
        context.outcomes = outcomes
        candidates: list[Claim] = []
        rows = find_rows(text)
        fields = [row for row in rows if lists_fields(row)]  # a table of labelled facts reads as a fact sheet
        rows = [row for row in rows if row not in fields]
        for sentence in sentences:
            if any(r.table_start <= sentence.start < r.end for r in fields):
                sentence = field_value(sentence, header=any(r.table_start == sentence.start for r in fields))
            row = next((r for r in rows if r.start <= sentence.start < r.end + 1), None)
            if row is not None or any(r.table_start <= sentence.start < r.end for r in rows):
                # a table continues the report and the market its introduction named: no observe
                if row is not None and row.start >= sentence.start - 1:
                    cells = row_claims(row, text, sentences, context, self.index)
                    candidates.extend(cells)
                    if relations is not None and cells:
                        relations.append(SentenceClaims(row.start, row.end, tuple(cells)))
                continue
            context.observe(sentence)
            candidates.extend(numeric_claims(sentence, context))
            linked = [*relation_claims(sentence, context), *sanction_claims(sentence, context)]
            candidates.extend(linked)
            if relations is not None and linked:
                relations.append(SentenceClaims(sentence.start, sentence.end, tuple(linked)))
            context.after(sentence)
            note_sites(sentence, context)
        candidates = [c for c in candidates if not stays_put(c) and _measured_as_its_type_is(c)]
        places = place_names(self.index, context.in_article, context.lexicon)
        written = {m.entity.key for s in sentences for m in s.mentions}
        candidates = one_entity_per_market(candidates, places, written)
        claims = merge_claims(candidates)
        if self.calibration is not None:
            claims = self.calibration.apply(claims, text)
        claims = [c for c in claims if c.confidence >= self.min_confidence]
        run = ExtractionRun(self.software_version, self.model_name, self.model_version, started, _now())
        return Extraction(article=article, claims=tuple(claims), run=run)


def _measured_as_its_type_is(claim: Claim) -> bool:
    """Whether a figure's unit is one its type takes ("60% of an enterprise's revenue" read as a market's size is
    no size): a reader that retypes a figure does not always see its unit, and a claim of a kind the ontology
    cannot hold is a wrong reading, whatever found it. Currencies the unit list does not name pass."""
    units = CLAIM_KINDS[claim.type].units
    return claim.unit is None or claim.unit not in UNITS or not units or claim.unit in units


def dateline(text: str) -> str | None:
    """The date an article gives near its top ("LISBON, March 12, 2026 -", "Weekly briefing, April 9, 2026"), as the
    anchor of its relative periods when no metadata states one."""
    head = text[:400]
    found = [p for p in find_periods(head) if len(p.value) >= 7 and p.value[:4].isdigit() and p.value[4] == "-"]
    return found[0].value if found else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
