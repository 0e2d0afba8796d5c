"""Dereferencing: every kind of IRI the graph mints (claim, entity, source, evidence) is fetched *as it is* from
a server whose base IRI is its own address, in each RDF format and as JSON, and the RDF parsed back with rdflib
(JSON-LD through its published remote context) and compared with what the store holds."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, SKOS, XSD

from claimgraph.graph.namespaces import CG, OA
from claimgraph.query.resources import describe
from graph_data import HUBBLE_WIKIDATA
from graph_server import GraphApi, corpus_api, small_api  # noqa: F401

pytestmark = pytest.mark.backends  # the store-backed tests run on every backend (store_servers.py)

FORMATS = {  # Accept → rdflib parser
    "application/ld+json": "json-ld",
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
}
PROBLEM = "application/problem+json"


def canonical(graph: Graph) -> Graph:
    """Decimals by value: Turtle has no shorthand for the decimal 30 other than 30.0, which is the same number."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype == XSD.decimal:
            o = Literal(format(Decimal(str(o)).normalize(), "f"), datatype=XSD.decimal)
        out.add((s, p, o))
    return out


def iris_of(api: GraphApi) -> dict[str, str]:
    """One IRI of each kind, as the store holds them."""
    claim = api.store.select(
        "SELECT ?c ?e WHERE { GRAPH ?g { ?c a <https://w3id.org/claimgraph/ontology#MarketShare> ; "
        "<https://w3id.org/claimgraph/ontology#evidence> ?e } } ORDER BY ?c LIMIT 1"
    )[0]
    return {
        "claim": str(claim["c"]),
        "evidence": str(claim["e"]),
        "entity": api.base + "entity/hubble-holdings",
        "source": api.base + "source/s1",
    }


@pytest.mark.parametrize("kind", ["claim", "entity", "source", "evidence"])
@pytest.mark.parametrize("accept", list(FORMATS))
def test_resources_every_iri_kind_dereferences_in_every_format(
    small_api: GraphApi,  # noqa: F811
    kind: str,
    accept: str,
) -> None:
    iri = iris_of(small_api)[kind]
    assert iri.startswith(small_api.url + "/")
    response = httpx.get(iri, headers={"Accept": accept}, timeout=30)  # the IRI itself is the URL
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(accept) and response.headers["vary"] == "Accept"
    parsed = Graph().parse(data=response.content, format=FORMATS[accept], publicID=iri)
    expected = describe(small_api.store, kind, iri)
    assert expected is not None and (URIRef(iri), None, None) in parsed
    assert isomorphic(canonical(parsed), canonical(expected))


def test_resources_claim_document_is_complete_on_its_own(small_api: GraphApi) -> None:  # noqa: F811
    iri = iris_of(small_api)["claim"]
    graph = Graph().parse(data=httpx.get(iri, headers={"Accept": "text/turtle"}).content, format="turtle")
    evidence = graph.value(URIRef(iri), CG.evidence)
    quote = next(s for s in graph.objects(evidence, OA.hasSelector) if (s, RDF.type, OA.TextQuoteSelector) in graph)
    assert str(graph.value(quote, OA.exact)).startswith("Hubble")


def test_resources_jsonld_names_the_published_context(small_api: GraphApi) -> None:  # noqa: F811
    iri = small_api.base + "entity/hubble-holdings"
    document = httpx.get(iri, headers={"Accept": "application/ld+json"}).json()
    assert document["@context"] == small_api.base + "context.jsonld"
    context = httpx.get(document["@context"])
    assert context.status_code == 200 and context.headers["content-type"].startswith("application/ld+json")
    assert context.json()["@context"]["skos"] == str(SKOS)
    graph = Graph().parse(data=httpx.get(iri, headers={"Accept": "application/ld+json"}).content, format="json-ld")
    assert (URIRef(iri), SKOS.prefLabel, Literal("Hubble Holdings")) in graph
    assert (URIRef(iri), OWL.sameAs, URIRef(HUBBLE_WIKIDATA)) in graph


@pytest.mark.parametrize("accept", [None, "text/html,application/xhtml+xml,*/*;q=0.8", "application/json", "*/*"])
def test_resources_browsers_and_plain_clients_get_json(small_api: GraphApi, accept: str | None) -> None:  # noqa: F811
    headers = {"Accept": accept} if accept else {}
    found = iris_of(small_api)
    claim = httpx.get(found["claim"], headers=headers)
    assert claim.headers["content-type"] == "application/json"
    assert claim.json()["id"] == found["claim"] and claim.json()["evidence"][0]["quote"].startswith("Hubble")
    entity = httpx.get(found["entity"], headers=headers).json()
    assert entity["label"] == "Hubble Holdings" and entity["claims"]["total"] == 6
    source = httpx.get(found["source"], headers=headers).json()
    assert (source["title"], source["file"]) == ("Report s1", "s1.txt")
    evidence = httpx.get(found["evidence"], headers=headers).json()
    assert evidence["quote"].startswith("Hubble") and evidence["end"] > evidence["start"]


def test_resources_format_parameter_wins_over_accept(small_api: GraphApi) -> None:  # noqa: F811
    iri = iris_of(small_api)["entity"]
    response = httpx.get(iri, params={"format": "turtle"}, headers={"Accept": "application/json"})
    assert response.headers["content-type"].startswith("text/turtle")
    assert httpx.get(iri, params={"format": "dot"}).status_code == 400


@pytest.mark.parametrize(
    "path",
    ["claim/s1/0000000000000000", "entity/nobody", "source/s9", "evidence/s1/0-1", "claim/s1/%3E%20%3Cx"],
)
def test_resources_unknown_iris_are_404(small_api: GraphApi, path: str) -> None:  # noqa: F811
    response = httpx.get(small_api.url + "/" + path, headers={"Accept": "text/turtle"})
    assert response.status_code == 404 and response.headers["content-type"] == PROBLEM


def test_resources_unacceptable_media_type_is_406(small_api: GraphApi) -> None:  # noqa: F811
    response = httpx.get(iris_of(small_api)["entity"], headers={"Accept": "image/png"})
    assert response.status_code == 406 and response.headers["content-type"] == PROBLEM


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["claim", "entity", "source", "evidence"])
def test_resources_corpus_iris_dereference_as_turtle_and_jsonld(corpus_api: GraphApi, kind: str) -> None:  # noqa: F811
    rows = corpus_api.store.select(
        "PREFIX cg: <https://w3id.org/claimgraph/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
        "SELECT ?claim ?entity ?source ?evidence WHERE { GRAPH ?g { ?claim a cg:MarketShare ; cg:subject ?entity ; "
        "prov:wasDerivedFrom ?source ; cg:evidence ?evidence } } ORDER BY ?claim LIMIT 1"
    )
    iri = str(rows[0][kind])
    graphs = [
        Graph().parse(data=httpx.get(iri, headers={"Accept": accept}, timeout=30).content, format=FORMATS[accept])
        for accept in ("text/turtle", "application/ld+json")
    ]
    assert len(graphs[0]) > 0 and isomorphic(canonical(graphs[0]), canonical(graphs[1]))
