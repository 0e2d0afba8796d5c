"""The store interface: everything the rest of claimgraph may ask of wherever the graph lives.

It is deliberately small and speaks SPARQL 1.1 and standard serialisations only, so that a remote SPARQL
server (Query + Update protocols) can implement it without touching extraction or services. Terms crossing it
are rdflib terms; the engine's own term model stays inside its module.
"""

from __future__ import annotations

import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from claimgraph.errors import InputError

Triple = tuple[Node, Node, Node]

# Dataset serialisations for export/import: name → (media type, carries named graphs)
DATASET_FORMATS: dict[str, tuple[str, bool]] = {
    "nquads": ("application/n-quads", True),
    "trig": ("application/trig", True),
    "jsonld": ("application/ld+json", True),
    "turtle": ("text/turtle", False),
    "ntriples": ("application/n-triples", False),
}

_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')


@dataclass(frozen=True)
class GraphEdit:
    """One atomic change to the dataset: drop whole graphs, delete every triple of some subjects inside shared
    graphs, then insert triples into graphs — in that order."""

    drop_graphs: tuple[URIRef, ...] = ()
    delete_subjects: Mapping[URIRef, tuple[URIRef, ...]] = field(default_factory=dict)
    insert: Mapping[URIRef, list[Triple]] = field(default_factory=dict)


@dataclass(frozen=True)
class QueryOutcome:
    """A query's answer serialised by the engine, for callers that pass it on (CLI, SPARQL endpoint)."""

    kind: str  # "solutions", "boolean" or "graph"
    body: bytes
    media_type: str


@dataclass(frozen=True)
class QueryRequest:
    """A query as the SPARQL endpoint runs it, with the protocol's dataset and the endpoint's limits.

    ``formats`` are the result format names the client accepts, best first (json, xml, csv, tsv for solutions,
    json and xml for booleans, turtle, ntriples, jsonld, rdfxml for graphs); the first that fits the kind of
    answer is used. ``default_graphs`` / ``named_graphs`` are the protocol's ``default-graph-uri`` and
    ``named-graph-uri``: None when absent, in which case the default graph is the union of all graphs (unless
    the query has its own FROM). ``base_iri`` resolves relative IRIs of a query without its own BASE."""

    sparql: str
    formats: tuple[str, ...] = ("json", "turtle")
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    max_rows: int = 10_000
    timeout: float = 10.0
    base_iri: str | None = None
    cancel: threading.Event | None = None  # set when the client went away: the query is stopped


@dataclass(frozen=True)
class QueryAnswer:
    """A query's answer serialised, and whether the row cap cut it (``rows`` is how many were kept)."""

    kind: str  # "solutions", "boolean" or "graph"
    body: bytes
    media_type: str
    truncated: bool
    rows: int


@dataclass(frozen=True)
class WorkerLimits:
    """What one query worker may use: address space in bytes and answer bytes (0: no limit for either); and how
    many queries may wait for a free worker before more are refused at once."""

    memory_bytes: int = 2 << 30
    answer_bytes: int = 64 << 20
    queue: int = 8


class QueryRunner(ABC):
    """The public SPARQL endpoint's policy, apart from storage: how a client's query is run under a time limit
    and a row cap. The embedded store runs it in killable worker processes; a remote server enforces its own
    limits, and its runner only passes them on and reads what the server says it cut."""

    @abstractmethod
    def query_with_limits(self, request: QueryRequest) -> QueryAnswer:
        """Run a client's query under a time limit and a row cap, for the public SPARQL endpoint: past
        ``request.timeout`` the query is stopped (not left running) and QueryTimeoutError raised; updates are
        refused with QueryRefusedError."""

    def start_query_workers(self, count: int, limits: WorkerLimits | None = None) -> None:  # noqa: B027
        """Prepare ``count`` concurrent runners for ``query_with_limits`` ahead of the first query, each held to
        ``limits`` (optional hook: nothing to do by default)."""


class Store(ABC):
    """A dataset of named graphs queried as one: the default graph of a query is the union of all graphs."""

    @abstractmethod
    def select(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> list[dict[str, Node]]:
        """Rows of a SELECT query; ``bindings`` fix variables without building query strings by hand."""

    @abstractmethod
    def ask(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> bool: ...

    @abstractmethod
    def serialize_query(
        self, sparql: str, result_format: str, bindings: Mapping[str, Node] | None = None
    ) -> QueryOutcome:
        """Run any query and serialise its answer: ``result_format`` is json, xml, csv or tsv for solutions
        and booleans, turtle, ntriples, jsonld or rdfxml for graphs. ``bindings`` fix variables as in
        ``select``, for every query form (Virtuoso refuses a trailing VALUES after CONSTRUCT)."""

    @property
    @abstractmethod
    def runner(self) -> QueryRunner:
        """What runs the public endpoint's queries under its limits over this store."""

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run one SPARQL Update request, as one transaction where the engine offers them."""

    @abstractmethod
    def export(self, format_name: str, prefixes: Mapping[str, str] | None = None) -> bytes:
        """The whole dataset in one of DATASET_FORMATS (the union of graphs for triple-only formats); prefixes
        abbreviate IRIs where the format can."""

    @abstractmethod
    def import_data(self, data: bytes, format_name: str) -> None: ...

    @abstractmethod
    def count_quads(self) -> int: ...

    @property
    def generation(self) -> int | None:
        """A number that changes after every write through this object, so readers may cache what they derive
        from the data (the claims listing, the networkx view; read it *before* querying); None when writes can
        happen elsewhere, and then nothing derived from it is cached."""
        return None

    @abstractmethod
    def close(self) -> None: ...

    def apply(self, edit: GraphEdit) -> None:
        """Apply an edit as one SPARQL Update, so that readers see either the old state or the new one."""
        text = update_text(edit)
        if text:
            self.update(text)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def update_text(edit: GraphEdit, *, blank_template: bool = False) -> str:
    """An edit as one SPARQL Update request ("" when it changes nothing). ``blank_template`` writes the triples
    with blank nodes as ``INSERT { ... } WHERE {}``, the form servers that refuse blank nodes in INSERT DATA
    (Virtuoso) accept; the others stay in INSERT DATA, which such servers run with far less work."""
    parts: list[str] = []
    for graph, subjects in edit.delete_subjects.items():
        for subject in subjects:
            parts.append(f"DELETE WHERE {{ GRAPH {sparql_term(graph)} {{ {sparql_term(subject)} ?p ?o }} }}")
    for graph in edit.drop_graphs:
        parts.append(f"DROP SILENT GRAPH {sparql_term(graph)}")
    ground: list[str] = []
    blank: list[str] = []
    for graph, triples in edit.insert.items():
        if blank_template:
            with_blank = [t for t in triples if any(isinstance(term, BNode) for term in t)]
            ground.extend(_graph_block(graph, [t for t in triples if t not in with_blank]))
            blank.extend(_graph_block(graph, with_blank))
        else:
            ground.extend(_graph_block(graph, triples))
    if ground:
        parts.append("INSERT DATA {\n" + "\n".join(ground) + "\n}")
    if blank:
        parts.append("INSERT {\n" + "\n".join(blank) + "\n} WHERE {}")
    return " ;\n".join(parts)


def _graph_block(graph: URIRef, triples: list[Triple]) -> list[str]:
    body = "\n".join(" ".join(sparql_term(term) for term in triple) + " ." for triple in triples)
    return [f"GRAPH {sparql_term(graph)} {{\n{body}\n}}"] if body else []


def sparql_term(term: Node) -> str:
    """A term in SPARQL syntax; IRIs that could break out of ``<...>`` are refused, which closes injection."""
    if isinstance(term, URIRef):
        if _IRI_FORBIDDEN.search(str(term)):
            raise InputError(f"not a valid IRI: {str(term)!r}")
        return f"<{term}>"
    if isinstance(term, Literal | BNode):
        return term.n3()
    raise TypeError(f"cannot write {term!r} in SPARQL")


def values_clause(bindings: Mapping[str, Node]) -> str:
    """A trailing VALUES block that fixes variables; SPARQL joins it before projection, so the variables need
    not be selected, and every engine understands it."""
    names = " ".join(f"?{name}" for name in bindings)
    row = " ".join(sparql_term(term) for term in bindings.values())
    return f"\nVALUES ({names}) {{ ({row}) }}"
