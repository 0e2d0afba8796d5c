"""Claims named by IRI, in the claims listing's JSON shape: what each hop of a path shows as its evidence.

A path needs a handful of known claims, at any store size. The listing's query (``read_claims``) scans every
claim whatever it is bound to (Oxigraph joins a trailing VALUES, and each OPTIONAL, after evaluating them
unbound: 0.4 s a call at 1,000 sources, growing with the store), so this reads the claims' own triples, their
evidence and their sources' titles with three queries that start from the named IRIs and use no OPTIONAL.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF
from rdflib.term import Node

from claimgraph.graph.namespaces import CG, MODALITY, UNIT, Iris
from claimgraph.query.claims import ClaimJson
from claimgraph.query.entities import EntityIndex, entity_index
from claimgraph.query.queries import load_query
from claimgraph.store import Store
from claimgraph.store.base import sparql_term

FAMILIES = {CG.Claim, CG.NumericClaim, CG.RelationClaim}


def read_named_claims(store: Store, iris: Iris, claim_iris: set[str]) -> dict[str, ClaimJson]:
    """Claim IRI → claim JSON with every evidence span, for those of ``claim_iris`` the store holds."""
    if not claim_iris:
        return {}
    slots: dict[str, dict[Node, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for row in _select(store, "named_claim_slots", claim_iris):
        slots[str(row["claim"])][row["p"]].append(row["o"])
    evidence_rows = _select(store, "named_claim_evidence", set(slots))
    sources: dict[str, dict[str, str | None]] = {
        source: {"id": source, "file": None, "title": None} for source in {str(r["source"]) for r in evidence_rows}
    }
    for row in _select(store, "named_source_titles", set(sources)):
        name = "file" if row["p"] == DCTERMS.identifier else "title"
        sources[str(row["source"])][name] = str(row["o"])
    index = entity_index(store, iris)
    claims = {iri: _claim(iri, values, index) for iri, values in slots.items() if CG.subject in values}
    for row in evidence_rows:
        claim = claims.get(str(row["claim"]))
        if claim is None:
            continue
        evidence = {
            "source": sources[str(row["source"])],
            "quote": str(row["quote"]),
            "start": int(str(row["start"])),
            "end": int(str(row["end"])),
        }
        if evidence not in claim["evidence"]:
            claim["evidence"].append(evidence)
    for claim in claims.values():
        claim["evidence"].sort(key=lambda e: (e["source"]["file"] or "", e["start"], e["end"]))
    return claims


def _select(store: Store, name: str, iris: set[str]) -> list[dict[str, Node]]:
    if not iris:
        return []
    values = " ".join(sparql_term(URIRef(iri)) for iri in sorted(iris))
    return store.select(load_query(name).replace("#VALUES#", values))


def _claim(iri: str, values: dict[Node, list[Node]], index: EntityIndex) -> ClaimJson:
    def one(predicate: URIRef) -> Node | None:
        return values[predicate][0] if values.get(predicate) else None

    claim_type = next((t for t in values.get(RDF.type, []) if t not in FAMILIES), None)
    unit, modality = one(CG.unit), one(CG.modality)
    return {
        "id": iri,
        "type": str(claim_type).removeprefix(str(CG)) if claim_type else None,
        "subject": _entity(one(CG.subject), index),
        "object": _entity(one(CG.object), index),
        "value": _number(one(CG.value)),
        "value_max": _number(one(CG.valueMax)),
        "unit": str(unit).removeprefix(str(UNIT)) if unit else None,
        "time": _text(one(DCTERMS.temporal)),
        "measure": _text(one(CG.measure)),
        "effect": _text(one(CG.effect)),
        "modality": str(modality).removeprefix(str(MODALITY)) if modality else None,
        "attributed_to": _entity(one(PROV.wasAttributedTo), index),
        "confidence": _number(one(CG.confidence)),
        "evidence": [],
    }


def _entity(node: Node | None, index: EntityIndex) -> dict[str, Any] | None:
    if not isinstance(node, URIRef):
        return None
    record = index.by_iri.get(str(node))
    return {"id": str(node), "label": record.label if record else str(node).rsplit("/", 1)[-1]}


def _number(node: Node | None) -> float | int | None:
    if not isinstance(node, Literal):
        return None
    value = float(node)
    return int(value) if value.is_integer() else value


def _text(node: Node | None) -> str | None:
    return str(node) if node is not None else None
