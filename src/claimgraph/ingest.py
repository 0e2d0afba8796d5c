"""The write path in one place: corpus → extract → graph → store.

Each article is committed on its own, atomically (its claims graph and its metadata in one update), so a file
that fails is reported and skipped while everything else lands, and the store is consistent at every moment.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from rdflib import Literal
from rdflib.namespace import RDF

from claimgraph import __version__
from claimgraph.corpus import discover, read_article
from claimgraph.errors import InputError, SourceReadError
from claimgraph.extract import Extractor
from claimgraph.graph.build import extraction_triples, source_triples
from claimgraph.graph.namespaces import ONTOLOGY_GRAPH, SCHEMA, Iris, source_id_of
from claimgraph.graph.ontology import GAZETTEER, VOCABULARY, load_gazetteer, load_graph, load_parents, text_digest
from claimgraph.records import Article, Extraction, IngestReport, SourceFailure
from claimgraph.revisions import revision_graphs, with_revision
from claimgraph.settings import Settings
from claimgraph.store import GraphEdit, Store

Progress = Callable[[str], None]


def make_extractor(settings: Settings) -> Extractor:
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
) -> IngestReport:
    """Ingest files and folders; returns what was new, unchanged, replaced and failed."""
    began = time.perf_counter()
    iris = Iris(settings.base_iri)
    report = IngestReport()
    ensure_reference_graphs(store, iris)
    known = stored_digests(store, iris)
    pending: list[tuple[Article, bool]] = []
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
        previous = known.get(article.id)
        if previous == article.sha256:
            report.unchanged.append(article.file)
            _tell(progress, article.file)
        else:
            pending.append((article, previous is not None))
    if pending:
        extractor = extractor or make_extractor(settings)
        replaced = {article.id: was_known for article, was_known in pending}
        for extraction in _extract_each(extractor, [article for article, _ in pending], report):
            article = extraction.article
            edit = GraphEdit(
                drop_graphs=(iris.source_graph(article.id),),
                delete_subjects={iris.sources_graph: (iris.source(article.id),)},
                insert={
                    iris.source_graph(article.id): list(extraction_triples(iris, extraction)),
                    iris.sources_graph: list(source_triples(iris, article)),
                },
            )
            try:
                if replaced[article.id]:  # keep the earlier version's claims, superseded (revisions.py)
                    edit = with_revision(store, iris, extraction, edit)
                store.apply(edit)
            except InputError as error:  # the update did not parse: nothing of this article was written
                report.failed.append(SourceFailure(file=article.file, reason=f"{article.file}: not stored: {error}"))
            else:
                (report.replaced if replaced[article.id] else report.new).append(article.file)
                report.claims += len(extraction.claims)
            _tell(progress, article.file)
    report.triples = store.count_quads()
    report.seconds = time.perf_counter() - began
    return report


def _extract_each(extractor: Extractor, articles: list[Article], report: IngestReport) -> Iterator[Extraction]:
    """The articles' extractions, batched through spaCy; an article spaCy refuses (ValueError) would end its
    batch, so after one the rest are read one at a time and each refusal is that article's failure."""
    done = 0
    try:
        for extraction in extractor.extract_all(articles):
            done += 1
            yield extraction
        return
    except ValueError:
        pass
    for article in articles[done:]:
        try:
            extraction = extractor.extract(article)
        except ValueError as error:
            report.failed.append(SourceFailure(file=article.file, reason=f"{article.file}: extraction failed: {error}"))
            continue
        yield extraction


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
