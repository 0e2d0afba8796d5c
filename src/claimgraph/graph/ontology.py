"""The shipped ontology files (``ontology/`` in the repository, ``claimgraph.ontology`` once installed), and the
gazetteer read from them as plain ``Entity`` records for the extractor."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib.resources import files

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from claimgraph.graph.namespaces import ENTITY_TYPES_BY_CLASS, SCHEMA, Iris
from claimgraph.records import Entity

VOCABULARY = "claimgraph.ttl"
SHAPES = "shapes.ttl"
GAZETTEER = "entities.ttl"


def read_text(name: str) -> str:
    return files("claimgraph.ontology").joinpath(name).read_text(encoding="utf-8")


def text_digest(name: str) -> str:
    return hashlib.sha256(read_text(name).encode("utf-8")).hexdigest()


@lru_cache(maxsize=8)
def load_graph(name: str, base_iri: str) -> Graph:
    """One ontology file as a graph; relative IRIs (the gazetteer's ``<entity/...>``) resolve against the base."""
    from claimgraph.store.oxigraph import parse_turtle  # Oxigraph's parser: rdflib's takes several times longer

    graph = Graph()
    graph.addN((s, p, o, graph) for s, p, o in parse_turtle(read_text(name), base_iri))
    return graph


def load_gazetteer(base_iri: str) -> tuple[Entity, ...]:
    """Every known entity with its type, preferred label and aliases, as the extractor's entity ruler needs."""
    graph = load_graph(GAZETTEER, base_iri)
    iris = Iris(base_iri)
    entities: list[Entity] = []
    for subject in sorted(set(graph.subjects(SKOS.prefLabel, None)), key=str):
        key = iris.key_of_entity(str(subject))
        if key is None:
            continue
        types = [
            ENTITY_TYPES_BY_CLASS[c]
            for c in graph.objects(subject, RDF.type)
            if isinstance(c, URIRef) and c in ENTITY_TYPES_BY_CLASS
        ]
        label = str(graph.value(subject, SKOS.prefLabel))
        # a stock ticker ("TSLA") is a name analysts write for the company, matched as written
        names = (*graph.objects(subject, SKOS.altLabel), *graph.objects(subject, SCHEMA.tickerSymbol))
        aliases = tuple(sorted(str(alias) for alias in names))
        entities.append(Entity(key=key, label=label, type=types[0] if types else "Organization", aliases=aliases))
    return tuple(entities)


def load_parents(base_iri: str) -> dict[str, str]:
    """Child entity key → parent entity key, from ``schema:parentOrganization`` in the gazetteer."""
    graph = load_graph(GAZETTEER, base_iri)
    iris = Iris(base_iri)
    parents: dict[str, str] = {}
    for child, parent in graph.subject_objects(SCHEMA.parentOrganization):
        child_key, parent_key = iris.key_of_entity(str(child)), iris.key_of_entity(str(parent))
        if child_key and parent_key and isinstance(parent, URIRef):
            parents[child_key] = parent_key
    return parents
