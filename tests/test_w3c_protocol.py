"""The query-side cases of the W3C SPARQL 1.1 Protocol suite (``sparql11/protocol/manifest.ttl``), over HTTP.

The manifest only names the cases; what each sends and expects is the W3C's protocol test description,
transcribed here. Its datasets (``data1.rdf`` … ``data3.rdf``, each describing itself) are named graphs of the
served store (see sparql_server.py). ``update_*`` cases need a writable endpoint and are out of scope; every
``bad_update_*`` case must be refused with a 4xx and leave the store as it was.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from rdflib import Graph
from rdflib.collection import Collection
from rdflib.namespace import Namespace

from sparql_server import DATA1, DATA2, DATA3, Endpoint

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
RESULTS = {"application/sparql-results+xml", "application/sparql-results+json"}
TABLES = RESULTS | {"text/csv", "text/tab-separated-values"}
GRAPHS = {"application/rdf+xml", "text/turtle", "application/n-triples", "application/xhtml+xml"}
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
DIRECT = {"Content-Type": "application/sparql-query"}
UPDATE = {"Content-Type": "application/sparql-update"}

Case = Callable[[str], httpx.Response]


def media(response: httpx.Response) -> str:
    return response.headers["content-type"].split(";")[0].strip()


def boolean(response: httpx.Response) -> bool:
    assert response.status_code == 200, response.text
    assert media(response) in RESULTS
    if media(response) == "application/sparql-results+json":
        return bool(response.json()["boolean"])
    return "<boolean>true</boolean>" in response.text


ASK_EMPTY = "ASK {}"
QUERIES: dict[str, tuple[Case, Callable[[httpx.Response], None]]] = {
    "query_post_form": (
        lambda url: httpx.post(url, content=b"query=ASK%20%7B%7D", headers=FORM),
        lambda r: boolean(r) or pytest.fail("ASK {} is true"),
    ),
    "query_get": (
        lambda url: httpx.get(url, params={"query": ASK_EMPTY}),
        lambda r: boolean(r) or pytest.fail("ASK {} is true"),
    ),
    "query_post_direct": (
        lambda url: httpx.post(url, content=ASK_EMPTY.encode(), headers=DIRECT),
        lambda r: boolean(r) or pytest.fail("ASK {} is true"),
    ),
    "query_dataset_default_graphs_get": (
        lambda url: httpx.get(url, params={"query": f"ASK {{ <{DATA1}> ?p ?o }}", "default-graph-uri": DATA1}),
        lambda r: boolean(r) or pytest.fail("data1 is the default graph"),
    ),
    "query_dataset_default_graphs_post": (
        lambda url: httpx.post(
            url,
            data={"query": f"ASK {{ <{DATA1}> ?p ?o . <{DATA2}> ?p ?o }}", "default-graph-uri": [DATA1, DATA2]},
        ),
        lambda r: boolean(r) or pytest.fail("data1 and data2 are merged into the default graph"),
    ),
    "query_dataset_named_graphs_post": (
        lambda url: httpx.post(url, data={"query": "ASK { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": [DATA1, DATA2]}),
        lambda r: boolean(r) or pytest.fail("named graphs are there"),
    ),
    "query_dataset_named_graphs_get": (
        lambda url: httpx.get(url, params={"query": "ASK { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": DATA1}),
        lambda r: boolean(r) or pytest.fail("a named graph is there"),
    ),
    "query_dataset_full": (
        lambda url: httpx.get(
            url,
            params={
                "query": "SELECT ?g ?x ?s { ?x ?y ?o GRAPH ?g { ?s ?p ?o } }",
                "default-graph-uri": DATA3,
                "named-graph-uri": [DATA1, DATA2],
            },
            headers={"Accept": "application/sparql-results+json"},
        ),
        lambda r: _rows_are(r, {(DATA1, DATA3, DATA1), (DATA2, DATA3, DATA2)}),
    ),
    "query_multiple_dataset": (
        lambda url: httpx.get(
            url, params={"query": f"ASK FROM <{DATA2}> {{ <{DATA1}> ?p ?o }}", "default-graph-uri": DATA1}
        ),
        lambda r: boolean(r) or pytest.fail("the protocol's dataset overrides the query's FROM"),
    ),
    "query_content_type_select": (
        lambda url: httpx.get(url, params={"query": "SELECT (1 AS ?value) {}"}),
        lambda r: _media_in(r, TABLES),
    ),
    "query_content_type_ask": (
        lambda url: httpx.get(url, params={"query": ASK_EMPTY}),
        lambda r: _media_in(r, RESULTS),
    ),
    "query_content_type_describe": (
        lambda url: httpx.get(url, params={"query": "DESCRIBE <http://example.org/>"}),
        lambda r: _media_in(r, GRAPHS),
    ),
    "query_content_type_construct": (
        lambda url: httpx.get(url, params={"query": "CONSTRUCT { <s> <p> 1 } WHERE {}"}),
        lambda r: _media_in(r, GRAPHS),
    ),
}
REFUSALS: dict[str, Case] = {
    "bad_query_method": lambda url: httpx.put(url, params={"query": ASK_EMPTY}),
    "bad_multiple_queries": lambda url: httpx.get(url + "?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D"),
    "bad_query_wrong_media_type": lambda url: httpx.post(
        url, content=b"ASK {}", headers={"Content-Type": "text/plain"}
    ),
    "bad_query_missing_form_type": lambda url: httpx.post(url, content=b"query=ASK%20%7B%7D"),
    "bad_query_missing_direct_type": lambda url: httpx.post(url, content=b"ASK {}"),
    "bad_query_non_utf8": lambda url: httpx.post(
        url, content="ASK {}".encode("utf-16"), headers={"Content-Type": "application/sparql-query; charset=UTF-16"}
    ),
    "bad_query_syntax": lambda url: httpx.get(url, params={"query": "ASK {"}),
    "bad_update_get": lambda url: httpx.get(url, params={"update": "CLEAR ALL"}),
    "bad_multiple_updates": lambda url: httpx.post(
        url, content=b"update=CLEAR%20NAMED&update=CLEAR%20DEFAULT", headers=FORM
    ),
    "bad_update_wrong_media_type": lambda url: httpx.post(
        url, content=b"CLEAR NAMED", headers={"Content-Type": "text/plain"}
    ),
    "bad_update_missing_form_type": lambda url: httpx.post(url, content=b"update=CLEAR%20NAMED"),
    "bad_update_non_utf8": lambda url: httpx.post(
        url, content="CLEAR ALL".encode("utf-16"), headers={"Content-Type": "application/sparql-update; charset=UTF-16"}
    ),
    "bad_update_syntax": lambda url: httpx.post(url, content=b"CLEAR XYZ", headers=UPDATE),
    "bad_update_dataset_conflict": lambda url: httpx.post(
        url,
        data={
            "using-graph-uri": DATA1,
            "update": f"PREFIX dc: <http://purl.org/dc/terms/> DELETE {{ ?s dc:title ?t }} USING <{DATA2}> "
            "WHERE { ?s dc:title ?t }",
        },
    ),
}


def _rows_are(response: httpx.Response, expected: set[tuple[str, ...]]) -> None:
    assert response.status_code == 200, response.text
    rows = {(b["g"]["value"], b["x"]["value"], b["s"]["value"]) for b in response.json()["results"]["bindings"]}
    assert rows == expected


def _media_in(response: httpx.Response, allowed: set[str]) -> None:
    assert response.status_code == 200, response.text
    assert media(response) in allowed


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_w3c_protocol_query_cases(sparql_endpoint: Endpoint, name: str) -> None:
    send, check = QUERIES[name]
    check(send(sparql_endpoint.sparql))


@pytest.mark.parametrize("name", sorted(REFUSALS))
def test_w3c_protocol_bad_requests_are_refused_with_4xx(sparql_endpoint: Endpoint, name: str) -> None:
    before = sparql_endpoint.store.count_quads()
    response = REFUSALS[name](sparql_endpoint.sparql)
    assert 400 <= response.status_code < 500, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert json.loads(response.text)["status"] == response.status_code
    assert sparql_endpoint.store.count_quads() == before


def test_w3c_protocol_every_query_side_case_of_the_manifest_is_covered(w3c_suite: Path) -> None:
    manifest = Graph().parse(w3c_suite / "protocol" / "manifest.ttl", format="turtle")
    names = {
        str(test).rsplit("#", 1)[-1]
        for entries in manifest.objects(None, MF.entries)
        for test in Collection(manifest, entries)  # type: ignore[arg-type]
    }
    query_side = {n for n in names if n.startswith(("query_", "bad_query_", "bad_update_", "bad_multiple_"))}
    assert query_side == set(QUERIES) | set(REFUSALS)
    assert len(names) == 34
