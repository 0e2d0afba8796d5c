"""The embedded store: Oxigraph (RocksDB on disk, or in memory), through pyoxigraph directly.

The only module that imports pyoxigraph. Chosen over rdflib+oxrdflib by measurement (bench/store_choice.py,
numbers in the README): pyoxigraph serialises results natively and avoids converting every term to rdflib.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from claimgraph.errors import (
    QueryRefusedError,
    QuerySyntaxError,
    StoreError,
    StoreLockedError,
    UnknownFormatError,
)
from claimgraph.store.base import (
    DATASET_FORMATS,
    GraphEdit,
    QueryAnswer,
    QueryOutcome,
    QueryRequest,
    QueryRunner,
    Store,
    WorkerLimits,
    sparql_term,
    values_clause,
)
from claimgraph.store.engine import GRAPH_FORMATS, SOLUTION_FORMATS
from claimgraph.store.guard import check_depth, on_large_stack
from claimgraph.store.workers import WorkerPool

DEFAULT_QUERY_WORKERS = 2
# Bytes of update and import text an on-disk store takes between two flushes of its write buffers. RocksDB keeps
# what was written in memory until then; left to itself it kept growing with the data written (+190 MiB per 800
# synthetic sources, linearly, bench/ingest_memory.py), so ingest's memory grew with the corpus. Flushed every
# 8 MiB (about 250 sources), it stays flat.
FLUSH_AFTER_BYTES = 8 << 20

# The engine's names for answers, plus the two dataset formats that keep named graphs.
_RDF_FORMATS: dict[str, ox.RdfFormat] = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG, **GRAPH_FORMATS}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class OxigraphStore(Store, QueryRunner):
    """An Oxigraph store; ``path=None`` keeps it in memory (unit tests, eval's throwaway store)."""

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._generation = 0  # bumped by every write; in-memory query workers reload when it moves
        self._unflushed = 0  # bytes written since the write buffers were last flushed to disk
        self._snapshot: tuple[int, bytes] | None = None
        self._workers: WorkerPool | None = None
        self._workers_lock = threading.Lock()
        self._snapshot_lock = threading.Lock()
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = _read_only(path)
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as error:
            if "lock" in str(error).lower():
                raise StoreLockedError(
                    f"the store at {path} is open in another process",
                    hint="stop the other claimgraph (e.g. a running `claimgraph serve`) or use another --store",
                ) from error
            raise StoreError(f"cannot open the store at {path}: {error}") from error

    def _run(self, sparql: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        try:
            return self._store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise QuerySyntaxError(f"SPARQL syntax error: {error}") from error

    def select(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> list[dict[str, Node]]:
        result = self._run(sparql + values_clause(bindings) if bindings else sparql)
        if not isinstance(result, ox.QuerySolutions):
            raise QuerySyntaxError("expected a SELECT query")
        names = [variable.value for variable in result.variables]
        rows: list[dict[str, Node]] = []
        for solution in result:
            row = {}
            for name in names:
                term = solution[name]
                if term is not None:
                    row[name] = to_rdflib(term)
            rows.append(row)
        return rows

    def ask(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> bool:
        result = self._run(sparql + values_clause(bindings) if bindings else sparql)
        if not isinstance(result, ox.QueryBoolean):
            raise QuerySyntaxError("expected an ASK query")
        return bool(result)

    def serialize_query(
        self, sparql: str, result_format: str, bindings: Mapping[str, Node] | None = None
    ) -> QueryOutcome:
        """Any query, as ``claimgraph query`` runs it: refused when nested too deep, parsed and run on a large
        stack (see ``guard.py``), so no query text can crash this process."""
        check_depth(sparql)
        if bindings:
            sparql += values_clause(bindings)
        return on_large_stack(lambda: self._serialize(sparql, result_format))

    def _serialize(self, sparql: str, result_format: str) -> QueryOutcome:
        result = self._run(sparql)
        if isinstance(result, ox.QueryTriples):
            fmt = _RDF_FORMATS.get(result_format)
            if fmt is None or result_format in ("nquads", "trig"):
                raise UnknownFormatError(f"a graph result cannot be written as {result_format!r}")
            return QueryOutcome("graph", _bytes(result.serialize(format=fmt)), fmt.media_type)
        results_format = SOLUTION_FORMATS.get(result_format)
        if results_format is None:
            raise UnknownFormatError(f"solutions cannot be written as {result_format!r}")
        kind = "boolean" if isinstance(result, ox.QueryBoolean) else "solutions"
        return QueryOutcome(kind, _bytes(result.serialize(format=results_format)), results_format.media_type)

    @property
    def runner(self) -> QueryRunner:
        """Itself: the worker pool that enforces the limits needs the store's path and its snapshots."""
        return self

    def query_with_limits(self, request: QueryRequest) -> QueryAnswer:
        """Runs in a worker process from a warm pool (see ``workers.py``), killed at the time limit; a query
        nested deeper than the engine survives is refused here, before it reaches a worker."""
        check_depth(request.sparql)
        job = {
            "sparql": request.sparql,
            "formats": request.formats,
            "default_graphs": request.default_graphs,
            "named_graphs": request.named_graphs,
            "max_rows": request.max_rows,
            "base_iri": request.base_iri,
        }
        reply = self._pool(DEFAULT_QUERY_WORKERS).run(job, request.timeout, request.cancel)
        return QueryAnswer(reply["kind"], reply["body"], reply["media_type"], reply["truncated"], reply["rows"])

    def start_query_workers(self, count: int, limits: WorkerLimits | None = None) -> None:
        self._pool(count, limits)

    def _pool(self, size: int, limits: WorkerLimits | None = None) -> WorkerPool:
        with self._workers_lock:
            if self._workers is None:
                self._workers = WorkerPool(
                    size,
                    path=self.path,
                    generation=lambda: self._generation,
                    snapshot=self._nquads_snapshot,
                    limits=limits,
                )
            return self._workers

    def _nquads_snapshot(self) -> tuple[int, bytes]:
        """The in-memory dataset as N-Quads for the workers, serialised once per generation."""
        with self._snapshot_lock:
            generation = self._generation
            if self._snapshot is None or self._snapshot[0] != generation:
                self._snapshot = (generation, _bytes(self._store.dump(format=ox.RdfFormat.N_QUADS)))
            return self._snapshot

    def update(self, sparql: str) -> None:
        if self.read_only:
            raise QueryRefusedError("this store is open read-only")
        try:
            self._store.update(sparql)
        except SyntaxError as error:
            raise QuerySyntaxError(f"SPARQL Update syntax error: {error}") from error
        finally:
            self._generation += 1
        self._wrote(len(sparql))

    def apply(self, edit: GraphEdit) -> None:
        """As one transaction, like every store. When the edit's drops and deletes find nothing to remove (a new
        source, the common case of an ingest) and no triple holds a blank node, its triples go in through
        ``extend``, which is one transaction too, without being written as SPARQL and parsed again (the 26,000
        triples of bench/extract_speed.py's 66 articles: 1.29 s → 0.99 s); otherwise as one SPARQL Update. An IRI
        the update would refuse is refused alike (``sparql_term``), and anything ``extend`` cannot take goes the
        SPARQL way, so both ways accept and refuse the same edits."""
        inserts = None if self.read_only else self._plain_inserts(edit)
        if inserts is None:
            super().apply(edit)
            return
        quads, size = inserts
        try:
            self._store.extend(quads)
        finally:
            self._generation += 1
        self._wrote(size)

    def _plain_inserts(self, edit: GraphEdit) -> tuple[list[ox.Quad], int] | None:
        """The edit's triples as quads and their size in bytes (as SPARQL, roughly), when inserting them is the
        whole edit; None when it drops or deletes something present, or holds what only SPARQL can write."""
        try:
            for graph in edit.drop_graphs:
                if self._store.contains_named_graph(_named(graph)):
                    return None
            for graph, subjects in edit.delete_subjects.items():
                named = _named(graph)
                for subject in subjects:
                    if next(iter(self._store.quads_for_pattern(_named(subject), None, None, named)), None) is not None:
                        return None
            quads: list[ox.Quad] = []
            append = quads.append
            size = 0
            for graph, triples in edit.insert.items():
                named = _named(graph)
                per_triple = len(graph) + 12
                for s, p, o in triples:
                    if not (isinstance(s, URIRef) and isinstance(p, URIRef)):
                        return None  # a literal subject or predicate: let the update refuse it
                    append(ox.Quad(_named(s), _named(p), _plain_term(o), named))
                    # an IRI is a str of itself (len(s) is len(str(s))), the object may be a literal
                    size += len(s) + len(p) + len(str(o)) + per_triple
            return quads, size
        except _NeedsSparql:
            return None

    def export(self, format_name: str, prefixes: Mapping[str, str] | None = None) -> bytes:
        fmt = _dataset_format(format_name)
        named = dict(prefixes) if prefixes and format_name in ("turtle", "trig") else None
        if DATASET_FORMATS[format_name][1]:
            return _bytes(self._store.dump(format=fmt, prefixes=named))
        union = self._store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert isinstance(union, ox.QueryTriples)
        return _bytes(ox.serialize(union, format=fmt, prefixes=named))

    def import_data(self, data: bytes, format_name: str) -> None:
        if self.read_only:
            raise QueryRefusedError("this store is open read-only")
        try:
            self._store.load(data, format=_dataset_format(format_name))
        except SyntaxError as error:
            raise QuerySyntaxError(f"cannot parse the {format_name} data: {error}") from error
        finally:
            self._generation += 1
        self._wrote(len(data))

    def _wrote(self, size: int) -> None:
        """Flush the write buffers of an on-disk store once FLUSH_AFTER_BYTES have been written, so that memory
        does not grow with the data (a store in memory has nothing to flush)."""
        if self.path is None:
            return
        self._unflushed += size
        if self._unflushed >= FLUSH_AFTER_BYTES:
            self._unflushed = 0
            self._store.flush()

    def count_quads(self) -> int:
        return len(self._store)

    @property
    def generation(self) -> int | None:
        """Writes bump it; an on-disk store is locked by this process, so no one else writes meanwhile. A
        read-only view sees another process's writes, so it offers no generation."""
        return None if self.read_only else self._generation

    def close(self) -> None:
        with self._workers_lock:
            workers, self._workers = self._workers, None
        if workers is not None:
            workers.close()
        if not self.read_only and self.path is not None:
            self._store.flush()
        del self._store


class _NeedsSparql(Exception):
    """A term ``extend`` cannot take as the SPARQL Update would (a blank node, an IRI Oxigraph refuses)."""


# An ingest names the same predicates, classes and graphs thousands of times. Keyed by the IRI as a plain str:
# rdflib's own __hash__ and __eq__ are Python code, several times slower than a str's.
_NAMED_CACHE: dict[str, ox.NamedNode] = {}
_NAMED_CACHE_SIZE = 65_536


def _named(term: Node) -> ox.NamedNode:
    if not isinstance(term, URIRef):
        raise _NeedsSparql
    iri = str(term)
    node = _NAMED_CACHE.get(iri)
    if node is not None:
        return node
    sparql_term(term)  # raises InputError where the update would
    try:
        node = ox.NamedNode(iri)
    except ValueError:
        raise _NeedsSparql from None
    if len(_NAMED_CACHE) >= _NAMED_CACHE_SIZE:
        _NAMED_CACHE.clear()
    _NAMED_CACHE[iri] = node
    return node


def _plain_term(term: Node) -> ox.NamedNode | ox.Literal:
    """An rdflib term as the SPARQL Update would store it: an IRI, or a literal with its lexical form, its
    language or its datatype (none: xsd:string)."""
    if isinstance(term, Literal):
        try:
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
            return ox.Literal(str(term))
        except ValueError:
            raise _NeedsSparql from None
    return _named(term)


def _read_only(path: Path) -> ox.Store:
    """The store at ``path`` for reading. A process killed while creating it can leave it unfinished (no column
    families, no version marker), which only a read-write open completes: done once here, so that a store a crash
    left behind opens like any other (as the crash tests require)."""
    try:
        return ox.Store.read_only(str(path))
    except (RuntimeError, FileNotFoundError) as error:
        if not path.is_dir():
            raise StoreError(f"cannot open the store at {path}: {error}") from error
    completed = ox.Store(str(path))  # raises OSError naming the lock when another process has it open
    del completed
    gc.collect()  # drop the instance now, releasing the store's lock before it is opened again
    return ox.Store.read_only(str(path))


def _dataset_format(format_name: str) -> ox.RdfFormat:
    if format_name not in DATASET_FORMATS:
        raise UnknownFormatError(f"unknown dataset format {format_name!r}", hint="one of " + ", ".join(DATASET_FORMATS))
    return _RDF_FORMATS[format_name]


def _bytes(data: bytes | None) -> bytes:
    """pyoxigraph returns the serialisation when given no output file; the type says it may not."""
    assert data is not None
    return data


def parse_turtle(text: str, base_iri: str) -> list[tuple[Node, Node, Node]]:
    """Turtle as rdflib triples, relative IRIs resolved against ``base_iri``: Oxigraph's parser, several times
    faster than rdflib's (the shipped gazetteer and vocabulary, parsed by every ingest: 0.09 s → 0.02 s)."""
    return [
        (to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object))
        for quad in ox.parse(text, format=ox.RdfFormat.TURTLE, base_iri=base_iri)
    ]


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Node:
    """The one place that converts Oxigraph's term model to rdflib's."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)  # RDF 1.1: a simple literal *is* an xsd:string; rdflib keeps them apart
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise StoreError(f"unsupported term in a result: {term!r}")
