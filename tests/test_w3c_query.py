"""The W3C SPARQL 1.1 query-evaluation suite, through HTTP, against a real uvicorn server.

The suite ships in rdflib's source distribution; it is fetched once with ``pip download`` into pytest's cache
(``.pytest_cache/d/w3c-rdflib-7.6.0``), never committed. For each ``mf:QueryEvaluationTest`` (and
``mf:CSVResultFormatTest``) of the query folders, the test's data goes into the served store, its query goes over
HTTP, and the answer is compared with the expected result: solutions as bags with blank nodes up to isomorphism
(rows and terms encoded as an RDF dataset and canonicalised), row order too under ORDER BY, graphs up to
isomorphism, CSV as rows.

How the suite's dataset maps onto an endpoint whose default graph is the union of all graphs:
- no ``qt:graphData``: ``qt:data`` is loaded into the default graph, and the query is sent with no protocol
  dataset, so the union default graph is exercised (with no named graphs it equals the suite's default graph);
- ``qt:graphData``: ``qt:data`` goes into a named graph of its own and the query is sent with
  ``default-graph-uri`` (that graph) and ``named-graph-uri`` (each graphData), the Protocol's way of naming
  exactly the suite's dataset;
- FROM / FROM NAMED in the query: the files it names are loaded as graphs of those names, and the query's own
  dataset applies (the endpoint only uses the union when the query names no dataset).
The same test is run directly on a pyoxigraph store with the suite's plain semantics (data in the default graph),
and the assertion is the set relation: every test pyoxigraph passes also passes through the endpoint.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from urllib.parse import urljoin, urlparse
from urllib.request import url2pathname

import httpx
import pyoxigraph as ox
import pytest
from rdflib import Graph, Namespace
from rdflib.collection import Collection
from rdflib.namespace import RDF

from claimgraph.settings import Settings
from claimgraph.store import OxigraphStore, open_store
from claimgraph.store.engine import has_dataset_clause
from sparql_server import Endpoint, serve_in_thread

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
TEST_TYPES = (MF.QueryEvaluationTest, MF.CSVResultFormatTest)
FOLDERS = [
    "aggregates", "bind", "bindings", "construct", "csv-tsv-res", "exists", "functions", "grouping", "json-res",
    "negation", "project-expression", "property-path", "subquery",
]  # fmt: skip
SKIPPED_FOLDERS = {
    "entailment": "needs an entailment regime (RDFS, OWL, D); the endpoint does simple entailment only",
    "service": "SERVICE is refused by this endpoint (and needs remote endpoints)",
}
SUITE_DEFAULT_GRAPH = "urn:claimgraph:w3c-suite:default-graph"
RDF_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".rdf": ox.RdfFormat.RDF_XML, ".nt": ox.RdfFormat.N_TRIPLES}
RESULT_FORMATS = {
    ".srx": ox.QueryResultsFormat.XML,
    ".srj": ox.QueryResultsFormat.JSON,
    ".tsv": ox.QueryResultsFormat.TSV,
}
ACCEPT = {".csv": "text/csv", ".tsv": "text/tab-separated-values", ".srj": "application/sparql-results+json"}
DEFAULT_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC: dict[str, type] = {XSD + "double": float, XSD + "float": float, XSD + "decimal": Decimal, XSD + "integer": int}
_FROM = re.compile(r"FROM\s+(NAMED\s+)?<([^>]*)>", re.IGNORECASE)
_ORDER_BY = re.compile(r"ORDER\s+BY", re.IGNORECASE)


@dataclass(frozen=True)
class SuiteTest:
    name: str
    query: str  # file URIs, as the manifest resolves them
    data: tuple[str, ...]
    graph_data: tuple[str, ...]
    result: str


def path_of(uri: str) -> Path:
    return Path(url2pathname(urlparse(uri).path))


def read_manifest(folder: Path) -> list[SuiteTest]:
    manifest = Graph().parse(folder / "manifest.ttl", format="turtle")
    tests = []
    for entries in manifest.objects(None, MF.entries):
        for test in Collection(manifest, entries):  # type: ignore[arg-type]
            if manifest.value(test, RDF.type) not in TEST_TYPES:
                continue
            action = manifest.value(test, MF.action)
            tests.append(
                SuiteTest(
                    name=str(test).rsplit("#", 1)[-1],
                    query=str(manifest.value(action, QT.query)),
                    data=tuple(sorted(str(d) for d in manifest.objects(action, QT.data))),
                    graph_data=tuple(sorted(str(d) for d in manifest.objects(action, QT.graphData))),
                    result=str(manifest.value(test, MF.result)),
                )
            )
    return tests


def quads(uri: str, graph: str | None) -> list[ox.Quad]:
    path = path_of(uri)
    target = ox.NamedNode(graph) if graph else ox.DefaultGraph()
    parsed = ox.parse(path=str(path), format=RDF_FORMATS[path.suffix], base_iri=uri)
    return [ox.Quad(q.subject, q.predicate, q.object, target) for q in parsed]


@dataclass(frozen=True)
class Prepared:
    """What to load where for one test, and the protocol dataset to send."""

    query: str
    endpoint_quads: list[ox.Quad]
    reference_quads: list[ox.Quad]
    params: dict[str, list[str]]


def prepare(test: SuiteTest) -> Prepared:
    text = path_of(test.query).read_text(encoding="utf-8")
    query = f"BASE <{test.query}>\n{text}"  # relative IRIs resolve against the query file, as in the suite
    named = [(uri, uri) for uri in test.graph_data]
    if has_dataset_clause(text):
        named += [(urljoin(test.query, iri), urljoin(test.query, iri)) for _, iri in _FROM.findall(text)]
    reference = [q for uri in test.data for q in quads(uri, None)] + [q for uri, g in named for q in quads(uri, g)]
    if test.graph_data and not has_dataset_clause(text):
        data = [q for uri in test.data for q in quads(uri, SUITE_DEFAULT_GRAPH)]
        params = {"default-graph-uri": [SUITE_DEFAULT_GRAPH], "named-graph-uri": list(test.graph_data)}
        return Prepared(query, data + [q for uri, g in named for q in quads(uri, g)], reference, params)
    return Prepared(query, reference, reference, {})


# --- comparison ---------------------------------------------------------------------------------------------


def value_term(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> object:
    """Numeric literals by value ("3.0E4" and "30000" are the same double), as the suite's peers compare them."""
    if isinstance(term, ox.Literal) and term.datatype.value in NUMERIC:
        kind = NUMERIC[term.datatype.value]
        try:
            number = Decimal(term.value) if kind is Decimal else kind(term.value)
        except (ArithmeticError, ValueError):
            return term
        if isinstance(number, Decimal):
            number = number.normalize()
        return ox.Literal(str(number), datatype=term.datatype)
    return term


def solutions_dataset(solutions: ox.QuerySolutions) -> list[str]:
    """Rows as blank nodes carrying their bindings, canonicalised: equal lists mean equal bags of solutions
    up to a renaming of blank nodes."""
    dataset = ox.Dataset()
    names = [v.value for v in solutions.variables]
    for index, row in enumerate(solutions):
        node = ox.BlankNode(f"row{index}")
        dataset.add(ox.Quad(node, ox.NamedNode("urn:row"), ox.Literal("row")))
        for name in names:
            if row[name] is not None:
                dataset.add(ox.Quad(node, ox.NamedNode(f"urn:var:{name}"), value_term(row[name])))
    return canonical(dataset)


def graph_dataset(triples: Iterable[ox.Triple | ox.Quad]) -> list[str]:
    return canonical(ox.Dataset(ox.Quad(t.subject, t.predicate, value_term(t.object)) for t in triples))


def canonical(dataset: ox.Dataset) -> list[str]:
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return sorted(str(q) for q in dataset)


def row_sequence(solutions: ox.QuerySolutions) -> list[tuple[str, ...]]:
    """Rows in order, variables in name order, blank nodes blurred: what ORDER BY fixes."""
    names = sorted(v.value for v in solutions.variables)
    return [tuple("_:" if isinstance(row[n], ox.BlankNode) else str(row[n]) for n in names) for row in solutions]


def csv_rows(text: str) -> list[tuple[tuple[str, str], ...]]:
    """CSV rows as sorted (column, cell) pairs, blank node labels blurred, in a stable order."""
    rows = csv.DictReader(io.StringIO(text))
    return sorted(
        tuple(sorted((name, "_:" if cell.startswith("_:") else cell) for name, cell in row.items())) for row in rows
    )


def same_answer(test: SuiteTest, query: str, body: bytes, media_type: str) -> bool:
    """Whether an answer (as bytes of the given media type) equals the expected result file."""
    expected_path = path_of(test.result)
    suffix = expected_path.suffix
    if suffix == ".csv":
        return media_type.startswith("text/csv") and csv_rows(body.decode()) == csv_rows(expected_path.read_text())
    if suffix in RDF_FORMATS:
        if not media_type.startswith("application/n-triples"):
            return False
        actual = ox.parse(body, format=ox.RdfFormat.N_TRIPLES)
        expected = ox.parse(path=str(expected_path), format=RDF_FORMATS[suffix], base_iri=test.result)
        return graph_dataset(actual) == graph_dataset(expected)
    actual_format = {
        "application/sparql-results+json": ox.QueryResultsFormat.JSON,
        "application/sparql-results+xml": ox.QueryResultsFormat.XML,
        "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    }.get(media_type.split(";")[0].strip())
    if actual_format is None:
        return False

    def load(source: bytes | Path, fmt: ox.QueryResultsFormat) -> ox.QuerySolutions | ox.QueryBoolean:
        return ox.parse_query_results(source if isinstance(source, bytes) else source.read_bytes(), fmt)

    actual, expected = load(body, actual_format), load(expected_path, RESULT_FORMATS[suffix])
    if isinstance(expected, ox.QueryBoolean) or isinstance(actual, ox.QueryBoolean):
        return (
            isinstance(actual, ox.QueryBoolean)
            and isinstance(expected, ox.QueryBoolean)
            and bool(actual) == bool(expected)
        )
    if solutions_dataset(actual) != solutions_dataset(expected):
        return False
    if _ORDER_BY.search(query):
        reload_actual, reload_expected = load(body, actual_format), load(expected_path, RESULT_FORMATS[suffix])
        assert not isinstance(reload_actual, ox.QueryBoolean) and not isinstance(reload_expected, ox.QueryBoolean)
        return row_sequence(reload_actual) == row_sequence(reload_expected)
    return True


# --- running --------------------------------------------------------------------------------------------------


def run_through_endpoint(endpoint: Endpoint, test: SuiteTest, prepared: Prepared) -> bool:
    store = endpoint.store
    store.update("DROP ALL")
    if prepared.endpoint_quads:
        store.import_data(ox.serialize(prepared.endpoint_quads, format=ox.RdfFormat.N_QUADS), "nquads")
    accept = ACCEPT.get(path_of(test.result).suffix, DEFAULT_ACCEPT)
    response = httpx.post(
        endpoint.sparql, data={"query": prepared.query, **prepared.params}, headers={"Accept": accept}, timeout=30
    )
    if response.status_code != 200:
        return False
    return same_answer(test, prepared.query, response.content, response.headers["content-type"])


def run_directly(test: SuiteTest, prepared: Prepared) -> bool:
    """pyoxigraph on its own, the suite's plain semantics: the reference the endpoint must not fall below."""
    store = ox.Store()
    store.extend(prepared.reference_quads)
    try:
        result = store.query(prepared.query)
    except SyntaxError:
        return False
    suffix = path_of(test.result).suffix
    if isinstance(result, ox.QueryTriples):
        return same_answer(
            test, prepared.query, ox.serialize(result, format=ox.RdfFormat.N_TRIPLES), "application/n-triples"
        )
    fmt, media_type = {
        ".csv": (ox.QueryResultsFormat.CSV, "text/csv"),
        ".tsv": (ox.QueryResultsFormat.TSV, "text/tab-separated-values"),
    }.get(suffix, (ox.QueryResultsFormat.JSON, "application/sparql-results+json"))
    body = result.serialize(format=fmt)
    assert body is not None
    return same_answer(test, prepared.query, body, media_type)


@pytest.fixture(scope="module")
def suite_endpoint() -> Iterator[Endpoint]:
    settings = Settings(store=None, sparql_timeout=20.0, sparql_max_rows=1_000_000, sparql_workers=2)
    store: OxigraphStore
    with open_store(None) as store, serve_in_thread(settings, store) as endpoint:
        yield endpoint


def record(cache: pytest.Cache, folder: str, outcome: dict[str, object]) -> None:
    """Pass rates per folder, kept in pytest's cache (``w3c/report``) for the README."""
    report = cache.get("w3c/report", {})
    report[folder] = outcome
    cache.set("w3c/report", report)


@pytest.mark.slow
@pytest.mark.parametrize("folder", FOLDERS)
def test_w3c_query_endpoint_passes_whatever_pyoxigraph_passes(
    folder: str, w3c_suite: Path, suite_endpoint: Endpoint, request: pytest.FixtureRequest
) -> None:
    tests = read_manifest(w3c_suite / folder)
    assert tests, f"no query evaluation tests found in {folder}"
    through_http, direct = set(), set()
    for test in tests:
        prepared = prepare(test)
        if run_through_endpoint(suite_endpoint, test, prepared):
            through_http.add(test.name)
        if run_directly(test, prepared):
            direct.add(test.name)
    record(
        request.config.cache,
        folder,
        {"tests": len(tests), "http_passed": len(through_http), "direct_passed": len(direct),
         "http_failed": sorted({t.name for t in tests} - through_http)},
    )  # fmt: skip
    lost = sorted(direct - through_http)
    assert not lost, f"{folder}: pyoxigraph passes these directly but not through the endpoint: {lost}"


@pytest.mark.parametrize("folder", sorted(SKIPPED_FOLDERS))
def test_w3c_query_out_of_scope_folders_are_skipped(folder: str) -> None:
    pytest.skip(SKIPPED_FOLDERS[folder])
