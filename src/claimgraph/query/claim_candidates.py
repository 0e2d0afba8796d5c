"""Which claims a request needs, asked of the store, for stores that keep nothing between requests.

A remote SPARQL server can change behind claimgraph's back (its ``generation`` is None), so no snapshot of the
claims is kept for it, and reading every claim per request took 15 s at 1k sources on Virtuoso. Instead the
filters that compare a field with one value (the index's ``FIELDS``) select the IRIs of the claims holding those
values, in one query; ``claims.py`` then reads just those claims with the listing's own query, restricted by a
VALUES block, and filters, sorts and pages them exactly as it does a snapshot. The query is assembled from
fixed fragments; request values travel only as bound terms (``sparql_term``), never as text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rdflib import URIRef

from claimgraph.errors import InputError
from claimgraph.graph.namespaces import CG, MODALITY, UNIT
from claimgraph.store import Store
from claimgraph.store.base import sparql_term
from claimgraph.store.engine import where_group_start

_PREFIXES = """PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
# field → (the pattern that holds its value, the variable bound to it, the IRI of a value)
_PATTERNS: dict[str, tuple[str, str, str]] = {
    "type": ("?claim a ?type .", "type", str(CG)),
    "source": ("?claim prov:wasDerivedFrom ?source .", "source", ""),
    "subject": ("?claim cg:subject ?subject .", "subject", ""),
    "object": ("?claim cg:object ?object .", "object", ""),
    "entity": ("{ ?claim cg:subject ?entity } UNION { ?claim cg:object ?entity }", "entity", ""),
    "attributed_to": ("?claim prov:wasAttributedTo ?attributed .", "attributed", ""),
    "modality": ("?claim cg:modality ?modality .", "modality", str(MODALITY)),
    "unit": ("?claim cg:unit ?unit .", "unit", str(UNIT)),
}


def candidate_claims(store: Store, wanted: Mapping[str, str]) -> list[str] | None:
    """IRIs of every claim (current or superseded) holding all of ``wanted``'s values (a superset of the
    claims the index will keep: the caller filters again); None when ``wanted`` restricts nothing the store
    can look up, meaning every claim."""
    if "id" in wanted:
        return [wanted["id"]] if _valid(wanted["id"]) else []
    restricted = {field: value for field, value in wanted.items() if field in _PATTERNS}
    if not restricted:
        return None
    bindings: dict[str, URIRef] = {}
    patterns = []
    for field, value in restricted.items():
        pattern, variable, prefix = _PATTERNS[field]
        iri = prefix + value
        if not _valid(iri):
            return []  # no claim holds an IRI that cannot be written
        patterns.append(pattern)
        bindings[variable] = URIRef(iri)
    body = "\n    ".join(patterns)
    query = f"{_PREFIXES}SELECT DISTINCT ?claim WHERE {{\n  GRAPH ?g {{\n    {body}\n  }}\n}}"
    return sorted(str(row["claim"]) for row in store.select(query, bindings))


def restrict(query: str, variable: str, iris: Iterable[str]) -> str:
    """``query`` with ``VALUES ?variable { ... }`` at the start of its WHERE group (where every server joins it
    first); the IRIs are written by ``sparql_term``."""
    at = where_group_start(query)
    values = " ".join(sparql_term(URIRef(iri)) for iri in iris)
    return f"{query[:at]}\n  VALUES ?{variable} {{ {values} }}{query[at:]}"


def _valid(iri: str) -> bool:
    try:
        sparql_term(URIRef(iri))
    except InputError:
        return False
    return True
