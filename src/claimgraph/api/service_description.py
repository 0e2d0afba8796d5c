"""The SPARQL 1.1 Service Description (https://www.w3.org/TR/sparql11-service-description/) that a bare
``GET /sparql`` returns: what the endpoint speaks, produces and limits, so that tools can discover it."""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF

from claimgraph.settings import Settings

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
ENTAILMENT = Namespace("http://www.w3.org/ns/entailment/")
RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}
MEDIA_TYPES = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}


def service_description(endpoint: str, settings: Settings) -> Graph:
    graph = Graph()
    graph.bind("sd", SD)
    graph.bind("formats", FORMATS)
    graph.bind("dcterms", DCTERMS)
    service = URIRef(endpoint)
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, service))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    graph.add((service, SD.defaultEntailmentRegime, ENTAILMENT.Simple))
    for result_format in (
        "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
        "Turtle", "N-Triples", "JSON-LD", "RDF_XML",
    ):  # fmt: skip
        graph.add((service, SD.resultFormat, FORMATS[result_format]))
    dataset, default_graph = BNode(), BNode()
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, SD.defaultGraph, default_graph))
    graph.add((default_graph, RDF.type, SD.Graph))
    graph.add(
        (
            service,
            DCTERMS.description,
            Literal(
                "claimgraph's read-only SPARQL 1.1 endpoint. The default graph is the union of all named graphs "
                "(one per source article, plus sources, entities and the ontology); GRAPH ?g reaches each. "
                f"Queries run at most {settings.sparql_timeout:g} s (then 503) and return at most "
                f"{settings.sparql_max_rows} rows (a cut answer carries X-SPARQL-Truncated: true). "
                "SPARQL Update and SERVICE are refused."
            ),
        )
    )
    return graph


def serialize(graph: Graph, format_name: str) -> tuple[bytes, str]:
    """The description in one of the graph formats (turtle, ntriples, jsonld, rdfxml) and its media type."""
    return graph.serialize(format=RDFLIB_FORMATS[format_name], encoding="utf-8"), MEDIA_TYPES[format_name]
