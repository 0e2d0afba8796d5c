"""A remote store: any SPARQL 1.1 server, through the SPARQL 1.1 Protocol (query and update), over httpx.

The only module that talks HTTP to a store. Written against the Oxigraph server and Virtuoso open source, whose
traps (``shared/notes/sparql-servers.md``) shape it:
- queries go as form POSTs (``query=``): Virtuoso never answers a POST of ``application/sparql-query``;
- ``Accept`` names one media type, because Virtuoso honours only the first;
- a 200 can be incomplete: Virtuoso says so only in ``X-SQL-State`` (a time limit hit: partial rows) and
  ``X-SPARQL-MaxRows`` (its row cap). Both are read; claimgraph's own reads then fail instead of trusting a part,
  and the public endpoint answers a timeout or marks the answer truncated;
- updates may need their own endpoint (Oxigraph's ``/update``, Virtuoso's ``/sparql-auth``) and Digest auth.

Atomicity: an edit (a batch of sources, each one's graphs dropped and written again) is one update request,
which Oxigraph runs as one transaction. Every write is a replacement, so retrying one after a transient failure
(connection refused or reset, 502/503/504) is safe, which is why writes are retried like reads.

The dataset claimgraph owns on a shared server is its graphs: those under its base IRI and its vocabulary graph.
Counting and export look at those only (a new Virtuoso holds thousands of system triples of its own).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from claimgraph.errors import (
    NotAcceptableError,
    QueryRefusedError,
    QuerySyntaxError,
    QueryTimeoutError,
    StoreError,
    UnknownFormatError,
)
from claimgraph.graph.namespaces import ONTOLOGY_GRAPH
from claimgraph.settings import Settings
from claimgraph.store.base import (
    DATASET_FORMATS,
    GraphEdit,
    QueryAnswer,
    QueryOutcome,
    QueryRequest,
    QueryRunner,
    Store,
    Triple,
    update_text,
    values_clause,
)
from claimgraph.store.engine import looks_like_update, query_form, solutions_as, uses_service, where_group_start

SOLUTION_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
_JSON = "application/sparql-results+json"
_ASK = re.compile(r"\bASK\b", re.IGNORECASE)
_TRANSIENT = {502, 503, 504}
_TIMED_OUT = "S1TAT"  # Virtuoso's X-SQL-State when its time limit cut the answer
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class SparqlStore(Store):
    """The graph on a SPARQL 1.1 server at ``endpoint`` (its query URL); settings give the update URL,
    credentials, request time limit and retries."""

    def __init__(self, endpoint: str, settings: Settings) -> None:
        self.endpoint = endpoint
        self.update_endpoint = settings.update_endpoint or endpoint
        self.retries = settings.store_retries
        self._owned = (settings.base_iri, str(ONTOLOGY_GRAPH))
        auth: httpx.Auth | None = None
        if settings.store_user is not None:
            password = settings.store_password.get_secret_value() if settings.store_password else ""
            auth = (httpx.DigestAuth if settings.store_auth == "digest" else httpx.BasicAuth)(
                settings.store_user, password
            )
        self._http = httpx.Client(auth=auth, timeout=settings.store_timeout)
        self._runner = ServerQueries(self)

    # -- reads -------------------------------------------------------------------------------------------------

    def select(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> list[dict[str, Node]]:
        body = self._complete(self.post_query(_bound(sparql, bindings) if bindings else sparql, _JSON))
        answer = json.loads(body)
        if "results" not in answer:
            raise QuerySyntaxError("expected a SELECT query")
        return [{name: to_rdflib(cell) for name, cell in row.items()} for row in answer["results"]["bindings"]]

    def ask(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> bool:
        if bindings:  # Virtuoso refuses VALUES after ASK (not after SELECT): ask whether one row exists instead
            return bool(self.select(_ASK.sub("SELECT * ", sparql, count=1) + " LIMIT 1", bindings))
        answer = json.loads(self._complete(self.post_query(sparql, _JSON)))
        if "boolean" not in answer:
            raise QuerySyntaxError("expected an ASK query")
        return bool(answer["boolean"])

    def serialize_query(
        self, sparql: str, result_format: str, bindings: Mapping[str, Node] | None = None
    ) -> QueryOutcome:
        kind = _kind(sparql)
        types = GRAPH_TYPES if kind == "graph" else SOLUTION_TYPES
        if result_format not in types or (kind == "boolean" and result_format not in ("json", "xml")):
            raise UnknownFormatError(f"a {kind} answer cannot be written as {result_format!r}")
        response = self.post_query(_bound(sparql, bindings) if bindings else sparql, types[result_format])
        return QueryOutcome(kind, self._complete(response), types[result_format])

    @property
    def runner(self) -> QueryRunner:
        return self._runner

    def count_quads(self) -> int:
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._owned_filter()} }}")
        return int(str(rows[0]["n"]))

    def export(self, format_name: str, prefixes: Mapping[str, str] | None = None) -> bytes:
        if format_name not in DATASET_FORMATS:
            raise UnknownFormatError(f"unknown dataset format {format_name!r}", hint=", ".join(DATASET_FORMATS))
        dataset = Dataset()
        for prefix, namespace in (prefixes or {}).items():
            dataset.bind(prefix, namespace)
        for quad in self._quads():
            dataset.graph(quad[3]).add(quad[:3])
        if format_name in ("turtle", "ntriples"):
            union = Graph()
            for s, p, o, _g in dataset.quads():
                union.add((s, p, o))
            for prefix, namespace in (prefixes or {}).items():
                union.bind(prefix, namespace)
            return union.serialize(format="nt" if format_name == "ntriples" else "turtle", encoding="utf-8")
        names = {"nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}
        return dataset.serialize(format=names[format_name], encoding="utf-8")

    def _quads(self) -> Iterator[tuple[Node, Node, Node, URIRef]]:
        sparql = f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._owned_filter()} }}"
        for row in self.select(sparql):
            yield row["s"], row["p"], row["o"], URIRef(str(row["g"]))

    def _owned_filter(self) -> str:
        base, vocabulary = (json.dumps(iri) for iri in self._owned)
        return f"FILTER(STRSTARTS(STR(?g), {base}) || STR(?g) = {vocabulary})"

    # -- writes ------------------------------------------------------------------------------------------------

    def update(self, sparql: str) -> None:
        self._send(self.update_endpoint, {"update": sparql}, "*/*")

    def apply(self, edit: GraphEdit) -> None:
        """One update request; triples with blank nodes (the vocabulary's OWL lists) go in a template."""
        text = update_text(edit, blank_template=True)
        if text:
            self.update(text)

    def import_data(self, data: bytes, format_name: str) -> None:
        """Parsed here and sent as INSERT DATA per graph, in one update: works on any server, atomic where the
        server's updates are. Only formats with named graphs: a remote default graph is not claimgraph's."""
        names = {"nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}
        if format_name not in names:
            raise UnknownFormatError(f"a remote store imports {', '.join(names)}, not {format_name!r}")
        dataset = Dataset()
        try:
            dataset.parse(data=data, format=names[format_name])
        except Exception as error:  # rdflib's parsers raise many types for bad input; all mean "does not parse"
            raise QuerySyntaxError(f"cannot parse the {format_name} data: {error}") from error
        inserts: dict[URIRef, list[Triple]] = {}
        for s, p, o, g in dataset.quads():
            if g is None or str(g) == str(DATASET_DEFAULT_GRAPH_ID):
                raise UnknownFormatError("the data has triples outside named graphs", hint="name their graph")
            inserts.setdefault(URIRef(str(g)), []).append((s, p, o))
        self.apply(GraphEdit(insert=inserts))

    def close(self) -> None:
        self._http.close()

    # -- HTTP --------------------------------------------------------------------------------------------------

    def post_query(
        self, sparql: str, accept: str, extra: Mapping[str, Any] | None = None, timeout: float | None = None
    ) -> httpx.Response:
        """The server's raw answer to a query sent as a form POST (the one form Virtuoso always answers)."""
        return self._send(self.endpoint, {"query": sparql, **(extra or {})}, accept, timeout)

    def _send(self, url: str, form: Mapping[str, Any], accept: str, timeout: float | None = None) -> httpx.Response:
        """POST a form with retries and backoff on transient failures; errors become claimgraph's."""
        delay = 0.25
        for attempt in range(self.retries + 1):
            try:
                response = self._http.post(
                    url,
                    data=dict(form),
                    headers={"Accept": accept},
                    timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
                )
            except httpx.TimeoutException as error:
                raise QueryTimeoutError(f"the SPARQL server at {url} did not answer in time") from error
            except httpx.TransportError as error:
                if attempt < self.retries:
                    time.sleep(delay)
                    delay *= 2
                    continue
                raise StoreError(f"cannot reach the SPARQL server at {url}: {error}") from error
            if response.status_code in _TRANSIENT and attempt < self.retries:
                time.sleep(delay)
                delay *= 2
                continue
            return _checked(response, url)
        raise AssertionError("unreachable")  # the loop returns or raises

    def _complete(self, response: httpx.Response) -> bytes:
        """The body of an answer the server says is whole; a cut one is an error for claimgraph's own reads."""
        if response.headers.get("X-SQL-State") == _TIMED_OUT:
            raise QueryTimeoutError("the SPARQL server stopped the query at its time limit and sent part of it")
        if "X-SPARQL-MaxRows" in response.headers:
            raise StoreError(
                f"the SPARQL server cut the answer at {response.headers['X-SPARQL-MaxRows']} rows",
                hint="raise the server's row cap (Virtuoso: ResultSetMaxRows)",
            )
        return response.content


class ServerQueries(QueryRunner):
    """The endpoint's policy on a remote store: the server runs the query under its own limits; this passes the
    client's time limit on as the request's, keeps at most ``max_rows`` rows, and reads the server's truncation
    headers so that a cut answer is never passed on as whole."""

    def __init__(self, store: SparqlStore) -> None:
        self.store = store

    def query_with_limits(self, request: QueryRequest) -> QueryAnswer:
        if looks_like_update(request.sparql):
            raise QueryRefusedError("this endpoint is read-only: SPARQL Update is refused")
        if uses_service(request.sparql):
            raise QueryRefusedError("federated queries (SERVICE) are disabled on this endpoint")
        kind = _kind(request.sparql)
        types = GRAPH_TYPES if kind == "graph" else SOLUTION_TYPES
        usable = [f for f in request.formats if f in types and (kind != "boolean" or f in ("json", "xml"))]
        if not usable:
            raise NotAcceptableError(f"no acceptable format for a {kind} answer")
        media_type = types[usable[0]]
        extra: dict[str, Any] = {}
        if request.default_graphs is not None:
            extra["default-graph-uri"] = list(request.default_graphs)
        if request.named_graphs is not None:
            extra["named-graph-uri"] = list(request.named_graphs)
        # Solutions always come as JSON, the one format cut here without guessing at rows (an unbound row is an
        # empty line in CSV and TSV, a value may hold a line break, Virtuoso's TSV is CSV with tabs), and are
        # written in the client's format afterwards.
        asked = _JSON if kind == "solutions" else media_type
        response = self.store.post_query(request.sparql, asked, extra, timeout=request.timeout)
        if response.headers.get("X-SQL-State") == _TIMED_OUT:
            raise QueryTimeoutError(f"the query ran past its time limit of {request.timeout:g} s")
        if kind == "solutions":
            body, rows, cut = _cap_solutions(response.content, usable[0], request.max_rows)
        else:
            body, rows, cut = _cap_graph(kind, usable[0], response.content, request.max_rows)
        return QueryAnswer(kind, body, media_type, cut or "X-SPARQL-MaxRows" in response.headers, rows)


def _bound(sparql: str, bindings: Mapping[str, Node]) -> str:
    """The query with ``bindings`` as a VALUES block at the start of its WHERE group (see where_group_start)."""
    at = where_group_start(sparql)
    if at < 0:
        raise QuerySyntaxError("cannot bind variables of a query without a WHERE group")
    return f"{sparql[:at]} {values_clause(bindings).strip()} {sparql[at:]}"


def _kind(sparql: str) -> str:
    form = query_form(sparql)
    if form is None:
        if looks_like_update(sparql):
            raise QueryRefusedError("updates are not accepted here")
        raise QuerySyntaxError("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE")
    return {"SELECT": "solutions", "ASK": "boolean"}.get(form, "graph")


def _cap_solutions(body: bytes, format_name: str, max_rows: int) -> tuple[bytes, int, bool]:
    """A JSON solutions answer with at most ``max_rows`` rows, in ``format_name``; how many rows it keeps, and
    whether any were cut. Terms in Virtuoso's older JSON (``typed-literal``, ``nodeID://`` labels) are written in
    the standard form first, so that any format can be made from them."""
    answer = json.loads(body)
    bindings = answer["results"]["bindings"]
    cut = len(bindings) > max_rows
    if format_name == "json" and not cut:
        return body, len(bindings), False
    answer["results"]["bindings"] = [
        {name: _standard(cell) for name, cell in row.items()} for row in bindings[:max_rows]
    ]
    kept = json.dumps(answer).encode()
    if format_name != "json":
        try:
            kept = solutions_as(kept, format_name)
        except (SyntaxError, ValueError) as error:
            raise StoreError(f"the SPARQL server's JSON results do not parse: {error}") from error
    return kept, min(len(bindings), max_rows), cut


def _standard(cell: dict[str, str]) -> dict[str, str]:
    if cell["type"] == "typed-literal":
        return {**cell, "type": "literal"}
    if cell["type"] == "bnode":
        return {**cell, "value": re.sub(r"[^A-Za-z0-9]", "_", cell["value"])}
    return cell


def _cap_graph(kind: str, format_name: str, body: bytes, max_rows: int) -> tuple[bytes, int, bool]:
    """A graph answer with at most ``max_rows`` triples when it is N-Triples (a triple a line), how many it keeps,
    and whether any were cut; Turtle, JSON-LD and RDF/XML are passed whole (cutting them needs a parser, and the
    server's own cap, read from its headers, still applies). A boolean is passed as it is."""
    if kind == "boolean":
        return body, 1, False
    if format_name != "ntriples":
        return body, 0, False
    lines = [line for line in body.decode("utf-8").splitlines(keepends=True) if line.strip()]
    if len(lines) <= max_rows:
        return body, len(lines), False
    return "".join(lines[:max_rows]).encode(), max_rows, True


def _checked(response: httpx.Response, url: str) -> httpx.Response:
    if response.is_success:
        return response
    text = response.text[:500]
    if response.status_code == 400:
        raise QuerySyntaxError(f"the SPARQL server refused the request: {text}")
    if response.status_code in (401, 403):
        raise QueryRefusedError(
            f"the SPARQL server at {url} refused access ({response.status_code})",
            hint="set CLAIMGRAPH_STORE_USER, CLAIMGRAPH_STORE_PASSWORD and CLAIMGRAPH_STORE_AUTH",
        )
    if re.search(r"SP030|syntax error|Parse error|parser", text, re.IGNORECASE):  # Virtuoso answers these 500
        raise QuerySyntaxError(f"the SPARQL server refused the request: {text}")
    raise StoreError(f"the SPARQL server at {url} answered {response.status_code}: {text}")


def to_rdflib(cell: Mapping[str, str]) -> Node:
    """A term of the SPARQL JSON results format (and Virtuoso's older ``typed-literal``) as an rdflib term."""
    kind, value = cell["type"], cell["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":  # Virtuoso's labels ("nodeID://b10016") are not valid in N-Quads or Turtle
        return BNode(re.sub(r"[^A-Za-z0-9]", "_", value))
    if "xml:lang" in cell:
        return Literal(value, lang=cell["xml:lang"])
    datatype = cell.get("datatype")
    if datatype and datatype != _XSD_STRING:
        return Literal(value, datatype=URIRef(datatype))
    return Literal(value)
