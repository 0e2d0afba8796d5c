"""SHACL validation of a dataset against ``ontology/shapes.ttl``, with pySHACL.

The data graph is the union of every graph (claims point at entities in the gazetteer graph and at sources in
the sources graph, so shapes that check classes need all of them); the vocabulary is the ontology graph.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyshacl import validate
from rdflib import Graph
from rdflib.namespace import RDF, SH

from claimgraph.graph.ontology import SHAPES, VOCABULARY, read_text


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: int
    text: str


def validate_ntriples(data: bytes) -> ValidationReport:
    """Validate a dataset given as N-Triples of the union of its graphs."""
    data_graph = Graph().parse(data=data, format="nt")
    shapes = Graph().parse(data=read_text(SHAPES), format="turtle")
    ontology = Graph().parse(data=read_text(VOCABULARY), format="turtle")
    conforms, results, text = validate(
        data_graph, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=True, allow_warnings=True
    )
    violations = len(set(results.subjects(RDF.type, SH.ValidationResult)))
    return ValidationReport(conforms=bool(conforms), violations=violations, text=str(text))
