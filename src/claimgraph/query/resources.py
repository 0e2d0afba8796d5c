"""Linked data: the RDF description of one claim, entity, source or evidence span, as its IRI dereferences to.

Each kind has a CONSTRUCT in ``queries/describe_*.rq`` with the resource bound as ``?this`` (a bound value,
never text pasted into the query); a claim's and an evidence span's descriptions take along the nodes only they
point to (evidence, selectors, values in other units), so each document stands on its own. The JSON-LD form
refers to a published context (``context_document``) by URL instead of repeating it in every document.
"""

from __future__ import annotations

import json
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS

from claimgraph.errors import InputError
from claimgraph.graph.namespaces import OA, PREFIXES, SCHEMA, Iris
from claimgraph.query.claims import ClaimJson
from claimgraph.query.claims_named import read_named_claims
from claimgraph.query.entities import read_entity
from claimgraph.query.queries import load_query
from claimgraph.store import Store
from claimgraph.store.base import sparql_term

KINDS = ("claim", "entity", "source", "evidence")
CONTEXT_PATH = "context.jsonld"
RDF_FORMATS: dict[str, tuple[str, str]] = {  # name → (rdflib serializer, media type)
    "jsonld": ("json-ld", "application/ld+json"),
    "turtle": ("turtle", "text/turtle"),
    "ntriples": ("nt", "application/n-triples"),
    "rdfxml": ("xml", "application/rdf+xml"),
}


def context_document() -> dict[str, Any]:
    """The JSON-LD context every described resource refers to: claimgraph's prefixes, and owl: for sameAs."""
    return {"@context": dict(sorted(PREFIXES.items()))}


def describe(store: Store, kind: str, iri: str) -> Graph | None:
    """The resource's triples, or None when the store says nothing of it (or the text cannot be an IRI)."""
    this = URIRef(iri)
    try:  # apart from the query: a syntax error the server reports is an InputError too, and no 404
        sparql_term(this)
    except InputError:
        return None  # characters no IRI may hold: nothing in the store can bear that name
    outcome = store.serialize_query(load_query(f"describe_{kind}"), "ntriples", {"this": this})
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.parse(data=outcome.body.decode("utf-8"), format="nt")
    return graph if len(graph) else None


def serialize(graph: Graph, format_name: str, context_url: str) -> bytes:
    """The description in an RDF format; JSON-LD is compacted against the published context, then names it by
    URL, so that clients fetch (and cache) the context once."""
    serializer, _ = RDF_FORMATS[format_name]
    if format_name != "jsonld":
        return graph.serialize(format=serializer, encoding="utf-8")
    document = json.loads(graph.serialize(format="json-ld", context=context_document()["@context"]))
    document["@context"] = context_url
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def resource_json(store: Store, iris: Iris, kind: str, iri: str, graph: Graph) -> dict[str, Any]:
    """The plain-JSON view of a resource: the REST shapes for entities and claims, a flat record otherwise."""
    node = URIRef(iri)
    if kind == "entity":
        key = iris.key_of_entity(iri)
        entity = read_entity(store, iris, key) if key else None
        if entity is not None:
            return entity
    if kind == "claim":
        claim = _claim(store, iris, iri)
        if claim is not None:
            return claim
    if kind == "evidence":
        quote, position = URIRef(f"{iri}#quote"), URIRef(f"{iri}#position")
        return {
            "id": iri,
            "source": _text(graph.value(node, OA.hasSource)),
            "quote": _text(graph.value(quote, OA.exact)),
            "start": _int(graph.value(position, OA.start)),
            "end": _int(graph.value(position, OA.end)),
        }
    if kind == "source":
        fields = {
            "file": DCTERMS.identifier,
            "title": DCTERMS.title,
            "author": DCTERMS.creator,
            "publisher": DCTERMS.publisher,
            "date": DCTERMS.date,
            "language": DCTERMS.language,
            "sha256": SCHEMA.sha256,
            "url": SCHEMA.url,
        }
        return {"id": iri, **{name: _text(graph.value(node, predicate)) for name, predicate in fields.items()}}
    return {"id": iri}


def _claim(store: Store, iris: Iris, iri: str) -> ClaimJson | None:
    return read_named_claims(store, iris, {iri}).get(iri)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _int(value: object) -> int | None:
    return None if value is None else int(str(value))
