"""Real SPARQL clients against a live ``claimgraph serve`` (a child process over an on-disk store, started
exactly as a user starts it): SPARQLWrapper and rdflib's SPARQLStore."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, N3, POST, TURTLE, XML, SPARQLWrapper

from claimgraph.store import open_store
from sparql_server import CLAIMS, DATA1, DATA2, DATA3, EXAMPLE_NQUADS, serve_cli

TITLES = "SELECT ?t WHERE { ?s <http://purl.org/dc/terms/title> ?t } ORDER BY ?t"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``claimgraph serve --store DIR`` over the example dataset; yields the SPARQL endpoint's URL."""
    folder = tmp_path_factory.mktemp("served")
    with open_store(folder / "store") as store:
        store.import_data(EXAMPLE_NQUADS.encode(), "nquads")
    with serve_cli(folder / "store", folder / "serve.log") as url:
        yield url + "/sparql"


def wrapper(endpoint: str, query: str, return_format: str, *, post: bool = False) -> SPARQLWrapper:
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(return_format)
    if post:
        client.setMethod(POST)
    return client


@pytest.mark.slow
@pytest.mark.parametrize("post", [False, True], ids=["get", "post"])
def test_api_sparql_clients_sparqlwrapper_select_json(served: str, post: bool) -> None:
    result = wrapper(served, TITLES, JSON, post=post).queryAndConvert()
    assert [row["t"]["value"] for row in result["results"]["bindings"]] == ["data1", "data2", "data3"]  # type: ignore[index]


@pytest.mark.slow
def test_api_sparql_clients_sparqlwrapper_select_xml_and_csv(served: str) -> None:
    xml = wrapper(served, TITLES, XML).queryAndConvert()
    assert [node.firstChild.data for node in xml.getElementsByTagName("literal")] == ["data1", "data2", "data3"]  # type: ignore[union-attr]
    table = wrapper(served, TITLES, CSV).queryAndConvert()
    assert list(csv.DictReader(io.StringIO(table.decode()))) == [{"t": "data1"}, {"t": "data2"}, {"t": "data3"}]  # type: ignore[union-attr]


@pytest.mark.slow
def test_api_sparql_clients_sparqlwrapper_ask_and_construct(served: str) -> None:
    assert wrapper(served, f"ASK {{ GRAPH <{DATA1}> {{ ?s ?p ?o }} }}", JSON).queryAndConvert()["boolean"] is True  # type: ignore[index]
    for return_format in (TURTLE, N3):
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{DATA2}> {{ ?s ?p ?o }} }}"
        result = wrapper(served, query, return_format).queryAndConvert()
        graph = result if isinstance(result, Graph) else Graph().parse(data=result, format="turtle")  # type: ignore[arg-type]
        assert (URIRef(DATA2), URIRef("http://purl.org/dc/terms/title"), Literal("data2")) in graph


@pytest.mark.slow
def test_api_sparql_clients_sparqlwrapper_sees_the_source_graph(served: str) -> None:
    query = "SELECT ?g WHERE { GRAPH ?g { ?c <https://w3id.org/claimgraph/ontology#value> ?v } }"
    result = wrapper(served, query, JSON).queryAndConvert()
    assert [row["g"]["value"] for row in result["results"]["bindings"]] == [CLAIMS]  # type: ignore[index]


@pytest.mark.slow
@pytest.mark.parametrize("return_format", ["xml", "json"])
def test_api_sparql_clients_rdflib_sparqlstore_queries_the_union(served: str, return_format: str) -> None:
    store = SPARQLStore(query_endpoint=served, returnFormat=return_format)
    graph = Graph(store=store)
    titles = [str(row[0]) for row in graph.query(TITLES)]  # type: ignore[index]
    assert titles == ["data1", "data2", "data3"]
    graphs = {str(row[0]) for row in graph.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}  # type: ignore[index]
    assert graphs == {DATA1, DATA2, DATA3, CLAIMS}
    assert graph.query("ASK { ?s ?p ?o }").askAnswer is True
    store.close()
