"""The SPARQL 1.1 endpoint over real HTTP (uvicorn on a loopback port, see sparql_server.py): protocol, content
negotiation, the union default graph, read-only refusals, the row cap, error shape and CORS, over each backend.
Where a server cannot give what the embedded store gives, the test says so with ``gap``, naming the server."""

from __future__ import annotations

import csv
import io
import json

import httpx
import pyoxigraph as ox
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

from sparql_server import CLAIMS, DATA1, DATA2, DATA3, Endpoint

pytestmark = pytest.mark.backends  # the store-backed tests run on every backend (store_servers.py)
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
TITLES = "SELECT ?t WHERE { ?s <http://purl.org/dc/terms/title> ?t } ORDER BY ?t"
PROBLEM = "application/problem+json"


def titles(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [row["t"]["value"] for row in response.json()["results"]["bindings"]]


def gap(endpoint: Endpoint, backends: tuple[str, ...], reason: str) -> None:
    """Skip, with the reason, on the backends that cannot do what the test asks: a known gap, never a pass."""
    if endpoint.backend in backends:
        pytest.skip(f"{endpoint.backend}: {reason}")


def assert_problem(response: httpx.Response, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body: dict[str, object] = response.json()
    assert body["status"] == status and body["title"] and body["type"]
    return body


def test_api_sparql_get_answers_json_over_the_union_of_all_graphs(sparql_endpoint: Endpoint) -> None:
    response = httpx.get(sparql_endpoint.sparql, params={"query": TITLES})
    assert response.headers["content-type"] == "application/sparql-results+json"
    assert titles(response) == ["data1", "data2", "data3"]


def test_api_sparql_graph_variable_names_the_source_of_a_triple(sparql_endpoint: Endpoint) -> None:
    query = "SELECT ?g WHERE { GRAPH ?g { ?claim <https://w3id.org/claimgraph/ontology#value> ?v } }"
    response = httpx.get(sparql_endpoint.sparql, params={"query": query})
    assert [row["g"]["value"] for row in response.json()["results"]["bindings"]] == [CLAIMS]


@pytest.mark.parametrize("how", ["get", "form", "direct"])
def test_api_sparql_three_ways_to_send_a_query_give_one_answer(sparql_endpoint: Endpoint, how: str) -> None:
    if how == "get":
        response = httpx.get(sparql_endpoint.sparql, params={"query": TITLES})
    elif how == "form":
        response = httpx.post(sparql_endpoint.sparql, data={"query": TITLES})
    else:
        headers = {"Content-Type": "application/sparql-query"}
        response = httpx.post(sparql_endpoint.sparql, content=TITLES.encode(), headers=headers)
    assert titles(response) == ["data1", "data2", "data3"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"default-graph-uri": [DATA1]}, ["data1"]),
        ({"default-graph-uri": [DATA1, DATA3]}, ["data1", "data3"]),
        ({"named-graph-uri": [DATA2]}, []),  # a protocol dataset without default graphs has an empty one
    ],
)
def test_api_sparql_protocol_dataset_replaces_the_union(
    sparql_endpoint: Endpoint, params: dict[str, list[str]], expected: list[str]
) -> None:
    response = httpx.get(sparql_endpoint.sparql, params={"query": TITLES, **params})
    assert titles(response) == expected


def test_api_sparql_named_graph_uri_limits_graph_patterns(sparql_endpoint: Endpoint) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    response = httpx.post(sparql_endpoint.sparql, data={"query": query, "named-graph-uri": [DATA2, DATA3]})
    assert sorted(row["g"]["value"] for row in response.json()["results"]["bindings"]) == [DATA2, DATA3]


def test_api_sparql_from_in_the_query_replaces_the_union(sparql_endpoint: Endpoint) -> None:
    gap(sparql_endpoint, ("oxigraph",), "`oxigraph serve --union-default-graph` (0.5.13) ignores a query's FROM and "
        "answers over the union; the protocol's default-graph-uri it honours")  # fmt: skip
    query = f"SELECT ?t FROM <{DATA2}> WHERE {{ ?s <http://purl.org/dc/terms/title> ?t }}"
    assert titles(httpx.get(sparql_endpoint.sparql, params={"query": query})) == ["data2"]


@pytest.mark.parametrize(
    ("query", "accept", "media_type"),
    [
        (TITLES, None, "application/sparql-results+json"),
        (TITLES, "*/*", "application/sparql-results+json"),
        (TITLES, "application/sparql-results+xml", "application/sparql-results+xml"),
        (TITLES, "text/csv;q=0.5, text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
        (TITLES, "text/csv, text/tab-separated-values;q=0.5", "text/csv; charset=utf-8"),
        (TITLES, "text/*;q=0.9, application/sparql-results+xml;q=0.2", "text/csv; charset=utf-8"),
        (TITLES, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/sparql-results+xml"),
        ("ASK { ?s ?p ?o }", "text/csv, application/sparql-results+xml;q=0.1", "application/sparql-results+xml"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", None, "text/turtle; charset=utf-8"),
        (
            "CONSTRUCT WHERE { ?s ?p ?o }",
            "application/sparql-results+json, text/turtle;q=0.1",
            "text/turtle; charset=utf-8",
        ),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples", "application/n-triples"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "application/ld+json", "application/ld+json"),
        ("DESCRIBE <http://localhost:8000/claim/s1/1>", "application/rdf+xml", "application/rdf+xml"),
    ],
)
def test_api_sparql_content_negotiation_honours_q_values(
    sparql_endpoint: Endpoint, query: str, accept: str | None, media_type: str
) -> None:
    headers = {"Accept": accept} if accept else {}
    response = httpx.get(sparql_endpoint.sparql, params={"query": query}, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == media_type
    assert "Accept" in response.headers["vary"]


@pytest.mark.parametrize(("fmt", "media_type"), [("csv", "text/csv"), ("xml", "application/sparql-results+xml")])
def test_api_sparql_format_parameter_wins_over_accept(sparql_endpoint: Endpoint, fmt: str, media_type: str) -> None:
    response = httpx.get(
        sparql_endpoint.sparql, params={"query": TITLES, "format": fmt}, headers={"Accept": "text/html"}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type


def test_api_sparql_csv_reads_into_rows(sparql_endpoint: Endpoint) -> None:
    response = httpx.get(sparql_endpoint.sparql, params={"query": TITLES, "format": "csv"})
    assert list(csv.DictReader(io.StringIO(response.text))) == [{"t": "data1"}, {"t": "data2"}, {"t": "data3"}]


@pytest.mark.parametrize(
    ("query", "accept"),
    [
        (TITLES, "image/png"),
        (TITLES, "text/turtle"),  # a SELECT has no Turtle form
        ("ASK {}", "text/csv"),  # CSV defines no boolean
        ("CONSTRUCT WHERE { ?s ?p ?o }", "application/sparql-results+json"),
        (TITLES, "application/sparql-results+json;q=0"),
    ],
)
def test_api_sparql_answers_406_when_no_acceptable_format_fits(
    sparql_endpoint: Endpoint, query: str, accept: str
) -> None:
    response = httpx.get(sparql_endpoint.sparql, params={"query": query}, headers={"Accept": accept})
    assert_problem(response, 406)


def test_api_sparql_unknown_format_parameter_is_a_400(sparql_endpoint: Endpoint) -> None:
    assert_problem(httpx.get(sparql_endpoint.sparql, params={"query": TITLES, "format": "yaml"}), 400)


@pytest.mark.parametrize(("accept", "rdflib_format"), [(None, "turtle"), ("application/ld+json", "json-ld")])
def test_api_sparql_bare_get_returns_the_service_description(
    sparql_endpoint: Endpoint, accept: str | None, rdflib_format: str
) -> None:
    response = httpx.get(sparql_endpoint.sparql, headers={"Accept": accept} if accept else {})
    assert response.status_code == 200
    description = Graph().parse(data=response.text, format=rdflib_format)
    service = URIRef(sparql_endpoint.settings.base_iri + "sparql")  # the configured address, not the Host header
    assert (service, RDF.type, SD.Service) in description
    assert (service, SD.endpoint, service) in description
    assert (service, SD.feature, SD.UnionDefaultGraph) in description
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in description


@pytest.mark.parametrize(
    "send",
    [
        lambda url: httpx.post(url, content=b"CLEAR ALL", headers={"Content-Type": "application/sparql-update"}),
        lambda url: httpx.post(url, data={"update": "DROP ALL"}),
        lambda url: httpx.get(url, params={"update": "DROP ALL"}),
        lambda url: httpx.get(url, params={"query": "DELETE WHERE { ?s ?p ?o }"}),
        lambda url: httpx.post(url, data={"query": "PREFIX ex: <http://e/> INSERT DATA { ex:a ex:b ex:c }"}),
    ],
    ids=["update-body", "update-form", "update-get", "update-as-query-get", "update-as-query-form"],
)
def test_api_sparql_refuses_every_update_with_403(sparql_endpoint: Endpoint, send: object) -> None:
    before = sparql_endpoint.store.count_quads()
    body = assert_problem(send(sparql_endpoint.sparql), 403)  # type: ignore[operator]
    assert "read-only" in str(body["detail"])
    assert sparql_endpoint.store.count_quads() == before


def test_api_sparql_syntax_error_is_a_400_with_the_parser_position(sparql_endpoint: Endpoint) -> None:
    gap(sparql_endpoint, ("virtuoso",), "its syntax errors name a line, never a column")
    response = httpx.get(sparql_endpoint.sparql, params={"query": "SELECT * WHERE {\n  ?s ?p ?o \n  FILTER( }"})
    body = assert_problem(response, 400)
    assert body["type"] == "https://w3id.org/claimgraph/errors/query-syntax"
    assert body["line"] == 3  # the parser's own position, as its message gives it
    assert f"error at 3:{body['column']}" in str(body["detail"])


def test_api_sparql_service_is_refused_before_any_request_leaves(sparql_endpoint: Endpoint) -> None:
    query = "SELECT * WHERE { SERVICE <http://169.254.169.254/latest/meta-data> { ?s ?p ?o } }"
    assert_problem(httpx.get(sparql_endpoint.sparql, params={"query": query}), 403)


def test_api_sparql_literals_and_iris_named_like_keywords_are_not_refused(sparql_endpoint: Endpoint) -> None:
    gap(sparql_endpoint, ("oxigraph", "virtuoso"), "a server runs SERVICE itself, and claimgraph cannot take the "
        "network from it as from its own workers: any query naming SERVICE, even in a literal, is refused")  # fmt: skip
    query = 'SELECT ?x WHERE { BIND("SERVICE FROM" AS ?x) FILTER(?x != <http://e/SERVICE>) } # SERVICE'
    response = httpx.get(sparql_endpoint.sparql, params={"query": query})
    assert response.json()["results"]["bindings"] == [{"x": {"type": "literal", "value": "SERVICE FROM"}}]


@pytest.mark.parametrize(
    ("query", "rows"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", 3),
        ("CONSTRUCT WHERE { ?s ?p ?o }", 3),
    ],
)
def test_api_sparql_row_cap_cuts_and_says_so(sparql_endpoint: Endpoint, query: str, rows: int) -> None:
    response = httpx.get(
        sparql_endpoint.sparql, params={"query": query, "format": "json" if "SELECT" in query else "nt"}
    )
    assert response.status_code == 200
    assert response.headers["x-sparql-truncated"] == "true"
    assert response.headers["x-sparql-maxrows"] == "3"
    if "SELECT" in query:
        assert len(response.json()["results"]["bindings"]) == rows
    else:
        assert len(response.text.strip().splitlines()) == rows


def test_api_sparql_answer_within_the_cap_is_not_marked(sparql_endpoint: Endpoint) -> None:
    response = httpx.get(sparql_endpoint.sparql, params={"query": TITLES})
    assert len(titles(response)) == 3
    assert "x-sparql-truncated" not in response.headers


@pytest.mark.parametrize(
    ("method", "status"),
    [("PUT", 405), ("DELETE", 405), ("PATCH", 405)],
)
def test_api_sparql_other_methods_get_405_with_allow(sparql_endpoint: Endpoint, method: str, status: int) -> None:
    response = httpx.request(method, sparql_endpoint.sparql, params={"query": "ASK {}"})
    assert_problem(response, status)
    assert set(response.headers["allow"].replace(" ", "").split(",")) >= {"GET", "POST"}


@pytest.mark.parametrize(
    ("content_type", "body", "status"),
    [
        ("text/plain", b"ASK {}", 415),
        (None, b"ASK {}", 415),
        ("application/sparql-query; charset=UTF-16", "ASK {}".encode("utf-16"), 415),
        ("application/sparql-query", b"ASK { \xff }", 400),
        ("application/x-www-form-urlencoded", b"format=json", 400),
        ("application/x-www-form-urlencoded", b"query=ASK%20%7B%7D&query=ASK%20%7B%7D", 400),
    ],
)
def test_api_sparql_bad_post_bodies_are_4xx(
    sparql_endpoint: Endpoint, content_type: str | None, body: bytes, status: int
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    assert_problem(httpx.post(sparql_endpoint.sparql, content=body, headers=headers), status)


def test_api_sparql_sees_writes_made_after_start_to_an_in_memory_store(sparql_endpoint: Endpoint) -> None:
    query = "ASK { <http://e/late> ?p ?o }"
    assert httpx.get(sparql_endpoint.sparql, params={"query": query}).json()["boolean"] is False
    sparql_endpoint.store.update("INSERT DATA { GRAPH <http://e/g> { <http://e/late> <http://e/p> 1 } }")
    try:
        for _ in range(2):  # each worker reloads once
            assert httpx.get(sparql_endpoint.sparql, params={"query": query}).json()["boolean"] is True
    finally:
        sparql_endpoint.store.update("DROP SILENT GRAPH <http://e/g>")


@pytest.mark.parametrize(
    "send",
    [
        lambda url: httpx.get(url.replace("/sparql", "/claims"), params={"type": "NoSuchType"}),
        lambda url: httpx.get(url.replace("/sparql", "/nowhere")),
        lambda url: httpx.get(url, params={"query": "ASK {}", "default-graph-uri": "not an iri"}),
        lambda url: httpx.get(url, params={"default-graph-uri": DATA1}),
    ],
    ids=["claims-bad-type", "not-found", "bad-graph-iri", "dataset-without-query"],
)
def test_api_sparql_every_error_is_problem_json(sparql_endpoint: Endpoint, send: object) -> None:
    response = send(sparql_endpoint.sparql)  # type: ignore[operator]
    assert 400 <= response.status_code < 500
    assert_problem(response, response.status_code)


def test_api_sparql_cors_is_off_by_default(sparql_endpoint: Endpoint) -> None:
    response = httpx.get(sparql_endpoint.sparql, params={"query": "ASK {}"}, headers={"Origin": "https://yasgui.org"})
    assert "access-control-allow-origin" not in response.headers


def test_api_sparql_cors_setting_allows_any_origin(cors_sparql_endpoint: Endpoint) -> None:
    origin = {"Origin": "https://yasgui.org"}
    preflight = httpx.options(
        cors_sparql_endpoint.sparql,
        headers={**origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"},
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "*"
    response = httpx.get(cors_sparql_endpoint.sparql, params={"query": "ASK {}"}, headers=origin)
    assert response.headers["access-control-allow-origin"] == "*"
    assert "x-sparql-truncated" in response.headers["access-control-expose-headers"].lower()
    assert json.loads(response.text)["boolean"] is True


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv", "csv"])
@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s ?o",
        "SELECT ?unbound WHERE { ?s ?p ?o }",  # rows without bindings: the JSON cut goes through TSV
        'SELECT ?s (",{\\"<result>\\t\\n" AS ?tricky) WHERE { ?s ?p ?o }',  # row markers inside a literal
    ],
)
def test_api_sparql_row_cap_keeps_exactly_the_first_rows_in_every_format(
    sparql_endpoint: Endpoint, fmt: str, query: str
) -> None:
    response = httpx.get(sparql_endpoint.sparql, params={"query": query, "format": fmt})
    assert response.status_code == 200, response.text
    assert response.headers["x-sparql-truncated"] == "true"
    if fmt == "csv":
        assert response.text.count("\r\n") == 1 + 3  # the header, then rows (even empty ones) end in CRLF
        return
    formats = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML, "tsv": ox.QueryResultsFormat.TSV}
    rows = list(ox.parse_query_results(response.content, formats[fmt]))  # type: ignore[arg-type]
    assert len(rows) == 3
    if "ORDER BY" in query:
        full = httpx.get(sparql_endpoint.sparql, params={"query": query + " LIMIT 3", "format": fmt})
        assert list(ox.parse_query_results(full.content, formats[fmt])) == rows  # type: ignore[arg-type]
