"""The write path in one place: corpus → extract → graph → store.

Each article is committed atomically (its claims graph and its metadata in the same update, with a few other
articles'), so a file that fails is reported and skipped while everything else lands, and the store is consistent
at every moment. Extraction may run in other processes or on a Dask cluster; writing stays here, in one writer.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from claimgraph import __version__
from claimgraph.corpus import discover, read_article
from claimgraph.errors import InputError, SourceReadError
from claimgraph.fanout import Submitter, map_bounded, process_pool, usable_cores
from claimgraph.graph.build import extraction_triples, source_triples
from claimgraph.graph.namespaces import ONTOLOGY_GRAPH, SCHEMA, Iris, source_id_of
from claimgraph.graph.ontology import GAZETTEER, VOCABULARY, load_gazetteer, load_graph, load_parents, text_digest
from claimgraph.records import Article, Extraction, IngestReport, SourceFailure
from claimgraph.revisions import revision_graphs, with_revision
from claimgraph.settings import Settings
from claimgraph.store import GraphEdit, Store
from claimgraph.store.base import Triple

if TYPE_CHECKING:  # spaCy is imported by the processes that extract, not by a pool's parent, which only writes
    from claimgraph.extract import Extractor

Progress = Callable[[str], None]


def make_extractor(settings: Settings) -> Extractor:
    """The extractor for these settings. Its import (spaCy, about 0.8 s) happens here: a parent that hands the
    articles to a pool never extracts, and its workers start only once it has imported what it needs."""
    from claimgraph.extract import Extractor

    return Extractor(
        load_gazetteer(settings.base_iri),
        parents=load_parents(settings.base_iri),
        software_version=__version__,
        model=settings.spacy_model,
        min_confidence=settings.min_confidence,
    )


def ingest(
    paths: Iterable[Path],
    store: Store,
    settings: Settings,
    *,
    extractor: Extractor | None = None,
    progress: Progress | None = None,
    workers: int | None = 1,
    executor: Submitter | None = None,
) -> IngestReport:
    """Ingest files and folders; returns what was new, unchanged, replaced and failed.

    Articles stream through: read, skipped when unchanged, extracted (in this process as one stream through
    spaCy, or CHUNK at a time in ``workers`` processes or on ``executor``, e.g. a Dask client), written
    WRITE_BATCH at a time by this process alone, so memory stays bounded whatever the corpus size and each
    source is still replaced atomically. ``workers=None`` chooses: one process per usable core when at least
    POOL_MINIMUM articles are new, else this process alone."""
    began = time.perf_counter()
    iris = Iris(settings.base_iri)
    report = IngestReport()
    ensure_reference_graphs(store, iris)
    known = stored_digests(store, iris)
    articles = _changed_articles(paths, settings, known, report, progress)
    writer = _Writer(store, iris, known, report, progress)
    with ExitStack() as stack:
        if executor is None:
            ahead = list(islice(articles, POOL_MINIMUM))  # enough to know whether a pool repays its start
            articles = chain(ahead, articles)
            report.processes = _processes(workers, len(ahead))
            if report.processes > 1:
                executor = stack.enter_context(process_pool(report.processes))
            elif ahead:  # an ingest with nothing new never loads spaCy
                writer.write_all(_extract_each(extractor or make_extractor(settings), articles))
        else:
            report.processes = max(workers or 1, 1)
        if executor is not None:
            chunks = _chunked(articles, CHUNK)
            outcomes = map_bounded(executor, extract_chunk, chunks, settings, window=2 * report.processes)
            writer.write_all(outcome for chunk in outcomes for outcome in chunk)
    report.triples = store.count_quads()
    report.seconds = time.perf_counter() - began
    return report


def _processes(workers: int | None, new_articles: int) -> int:
    """The processes that run the NLP pass: as asked, or (``None``) one per usable core for a corpus big enough
    that the pool's start (each process loads spaCy) is repaid."""
    if workers is not None:
        return workers
    return usable_cores() if new_articles >= POOL_MINIMUM else 1


CHUNK = 8  # articles per spaCy batch and per task sent to a worker
# Fewer new articles than this are extracted in this process when the caller lets ingest choose: a pool of N
# fresh processes costs N model loads running side by side, about 2 s here, which two chunks of articles repay.
POOL_MINIMUM = 2 * CHUNK
WRITE_BATCH = 32  # articles per store update: fewer, larger transactions (one request each on a remote store)


def _changed_articles(
    paths: Iterable[Path], settings: Settings, known: dict[str, str], report: IngestReport, progress: Progress | None
) -> Iterator[Article]:
    """The articles to extract, read one by one; unreadable and unchanged files are reported here."""
    seen: dict[str, str] = {}
    for path in discover(paths):
        try:
            article = read_article(path, max_bytes=settings.max_file_bytes)
            if article.id in seen:
                raise SourceReadError(
                    f"{path}: same source id {article.id!r} as {seen[article.id]}", hint="rename one of the files"
                )
        except SourceReadError as error:
            report.failed.append(SourceFailure(file=str(path), reason=str(error)))
            _tell(progress, path.name)
            continue
        seen[article.id] = str(path)
        if known.get(article.id) == article.sha256:
            report.unchanged.append(article.file)
            _tell(progress, article.file)
        else:
            yield article


class _Writer:
    """The one writer: turns extractions into edits and applies WRITE_BATCH of them per update."""

    def __init__(
        self, store: Store, iris: Iris, known: dict[str, str], report: IngestReport, progress: Progress | None
    ) -> None:
        self.store, self.iris, self.known, self.report, self.progress = store, iris, known, report, progress
        self.batch: list[tuple[Extraction, GraphEdit]] = []

    def write_all(self, outcomes: Iterable[Extraction | SourceFailure]) -> None:
        for outcome in outcomes:
            if isinstance(outcome, SourceFailure):
                self.report.failed.append(outcome)
                _tell(self.progress, outcome.file)
                continue
            self.batch.append((outcome, self._edit(outcome)))
            if len(self.batch) >= WRITE_BATCH:
                self.flush()
        self.flush()

    def _edit(self, extraction: Extraction) -> GraphEdit:
        article = extraction.article
        return GraphEdit(
            drop_graphs=(self.iris.source_graph(article.id),),
            delete_subjects={self.iris.sources_graph: (self.iris.source(article.id),)},
            insert={
                self.iris.source_graph(article.id): list(extraction_triples(self.iris, extraction)),
                self.iris.sources_graph: list(source_triples(self.iris, article)),
            },
        )

    def flush(self) -> None:
        """One update for the batch; if it does not parse, each article alone, so only the culprit fails."""
        batch, self.batch = self.batch, []
        if not batch:
            return
        try:
            self.store.apply(merge_edits([self._revised(extraction, edit) for extraction, edit in batch]))
        except InputError:
            for extraction, edit in batch:
                self._apply_one(extraction, edit)
            return
        for extraction, _ in batch:
            self._done(extraction)

    def _revised(self, extraction: Extraction, edit: GraphEdit) -> GraphEdit:
        """A replaced source keeps the earlier version's claims, superseded (revisions.py)."""
        return with_revision(self.store, self.iris, extraction, edit) if self._replaces(extraction) else edit

    def _replaces(self, extraction: Extraction) -> bool:
        return extraction.article.id in self.known

    def _apply_one(self, extraction: Extraction, edit: GraphEdit) -> None:
        article = extraction.article
        try:
            self.store.apply(self._revised(extraction, edit))
        except InputError as error:  # the update did not parse: nothing of this article was written
            self.report.failed.append(SourceFailure(file=article.file, reason=f"{article.file}: not stored: {error}"))
            _tell(self.progress, article.file)
        else:
            self._done(extraction)

    def _done(self, extraction: Extraction) -> None:
        article = extraction.article
        (self.report.replaced if self._replaces(extraction) else self.report.new).append(article.file)
        self.report.claims += len(extraction.claims)
        _tell(self.progress, article.file)


def merge_edits(edits: Sequence[GraphEdit]) -> GraphEdit:
    """Several sources' edits as one: they touch disjoint graphs and subjects, so their union applied in
    GraphEdit's order (deletes, drops, inserts) is each of them applied in turn."""
    if len(edits) == 1:
        return edits[0]
    drops: list[URIRef] = []
    deletes: dict[URIRef, list[URIRef]] = {}
    inserts: dict[URIRef, list[Triple]] = {}
    for edit in edits:
        drops.extend(edit.drop_graphs)
        for graph, subjects in edit.delete_subjects.items():
            deletes.setdefault(graph, []).extend(subjects)
        for graph, triples in edit.insert.items():
            inserts.setdefault(graph, []).extend(triples)
    return GraphEdit(
        drop_graphs=tuple(drops), delete_subjects={g: tuple(s) for g, s in deletes.items()}, insert=inserts
    )


def extract_chunk(settings: Settings, articles: list[Article]) -> list[Extraction | SourceFailure]:
    """A worker's task (process pool or Dask): the chunk's extractions, with the extractor this process built for
    these settings on its first task (loading spaCy takes seconds; a task takes about one)."""
    extractor = _worker_extractor(settings.spacy_model, settings.base_iri, settings.min_confidence)
    return list(_extract_each(extractor, articles))


@lru_cache(maxsize=1)
def _worker_extractor(model: str, base_iri: str, min_confidence: float) -> Extractor:
    return make_extractor(Settings(store=None, spacy_model=model, base_iri=base_iri, min_confidence=min_confidence))


def _chunked(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _extract_each(extractor: Extractor, articles: Iterable[Article]) -> Iterator[Extraction | SourceFailure]:
    """The articles' extractions, streamed through spaCy in batches. An article spaCy refuses (ValueError) ends
    the stream: the articles it had taken and not yet given back are then read one at a time, each refusal that
    article's failure, and the stream resumes after them."""
    remaining = iter(articles)
    while True:
        taken: deque[Article] = deque()  # filled by spaCy's reading thread, emptied here: deque is thread-safe
        try:
            for extraction in extractor.extract_all(_noted(remaining, taken), batch_size=CHUNK):
                taken.popleft()
                yield extraction
            return
        except ValueError:
            pass
        for article in taken:
            try:
                yield extractor.extract(article)
            except ValueError as error:
                yield SourceFailure(file=article.file, reason=f"{article.file}: extraction failed: {error}")


def _noted(articles: Iterator[Article], taken: deque[Article]) -> Iterator[Article]:
    """``articles``, each noted in ``taken`` as it is handed on."""
    for article in articles:
        taken.append(article)
        yield article


def remove_sources(source_ids: Iterable[str], store: Store, settings: Settings) -> list[str]:
    """Remove sources with their claims; returns the ids that were in the store."""
    iris = Iris(settings.base_iri)
    present = stored_digests(store, iris)
    removed = [source_id for source_id in source_ids if source_id in present]
    if removed:
        store.apply(
            GraphEdit(
                drop_graphs=tuple(iris.source_graph(s) for s in removed) + revision_graphs(store, iris, removed),
                delete_subjects={iris.sources_graph: tuple(iris.source(s) for s in removed)},
            )
        )
    return removed


def stored_digests(store: Store, iris: Iris) -> dict[str, str]:
    """Source id → sha256 of the text stored for it."""
    rows = store.select(
        "SELECT ?source ?sha WHERE { GRAPH ?g { ?source <https://schema.org/sha256> ?sha } }",
        {"g": iris.sources_graph},
    )
    prefix = iris.source("")
    return {
        source_id_of(str(row["source"])[len(prefix) :]): str(row["sha"])
        for row in rows
        if str(row["source"]).startswith(prefix)
    }


def ensure_reference_graphs(store: Store, iris: Iris) -> None:
    """Load the vocabulary and the gazetteer into their graphs when they are missing or have changed."""
    for graph, name in ((ONTOLOGY_GRAPH, VOCABULARY), (iris.entities_graph, GAZETTEER)):
        digest = text_digest(name)
        if store.ask("ASK { GRAPH ?g { ?g <https://schema.org/sha256> ?sha } }", {"g": graph, "sha": Literal(digest)}):
            continue
        triples = list(load_graph(name, iris.base))
        triples.append((graph, SCHEMA.sha256, Literal(digest)))
        triples.append((graph, RDF.type, SCHEMA.Dataset))
        store.apply(GraphEdit(drop_graphs=(graph,), insert={graph: triples}))


def _tell(progress: Progress | None, name: str) -> None:
    if progress is not None:
        progress(name)
