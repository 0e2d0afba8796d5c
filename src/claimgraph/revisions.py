"""Revisions: when an edited article replaces the stored one, the earlier version's claims are kept, superseded.

Replacing source ``{id}`` whose stored text has digest S archives the old version in its own graph,
``<base>graph/source/{id}/revision/{S[:12]}``, in the same atomic update that writes the new version:

- the revision ``<base>source/{id}/revision/{S[:12]}``: an article (``schema:Article``, ``prov:Entity``) and
  ``prov:specializationOf`` the source,
  with the old metadata and stored text (which the old offsets refer to), ``prov:generatedAtTime`` (when the old
  version was ingested), ``prov:invalidatedAtTime`` (now) and ``prov:wasRevisionOf`` the revision before it;
- every old claim the new version no longer states (removed, or changed: a changed value is another claim), with
  its evidence (IRIs moved under ``evidence/{id}/revision/{S[:12]}/``), ``prov:wasDerivedFrom`` the revision and
  ``prov:invalidatedAtTime`` now. Claims the new version still states stay where they are, current;
- what changed: ``new prov:wasRevisionOf old`` between a changed claim and the claim it replaces (same type,
  subject, object, period, measure, unit and effect, another value), and ``cg:introducedClaim`` from the revision
  to each claim the new version added;
- and the source itself says ``prov:wasRevisionOf`` its latest revision (in the sources graph).

Current listings skip claims with ``prov:invalidatedAtTime``; ``GET /sources/{id}/revisions`` reads the history.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, SKOS, XSD
from rdflib.term import Node

from claimgraph.graph.namespaces import CG, OA, SCHEMA, Iris
from claimgraph.records import Extraction
from claimgraph.store import GraphEdit, Store

Triple = tuple[Node, Node, Node]
# What a claim is about, apart from its value: two claims of consecutive versions alike in all this are one
# figure whose value changed.
_SLOT = (CG.subject, CG.object, CG.unit, CG.measure, CG.effect, URIRef("http://purl.org/dc/terms/temporal"))


def revision_iri(iris: Iris, source_id: str, sha256: str) -> URIRef:
    return URIRef(f"{iris.source(source_id)}/revision/{sha256[:12]}")


def revision_graph(iris: Iris, source_id: str, sha256: str) -> URIRef:
    return URIRef(f"{iris.source_graph(source_id)}/revision/{sha256[:12]}")


def with_revision(store: Store, iris: Iris, extraction: Extraction, edit: GraphEdit) -> GraphEdit:
    """``edit`` (which replaces a stored source by ``extraction``) extended to archive the stored version."""
    source_id = extraction.article.id
    source = iris.source(source_id)
    old_meta = _triples_of(store, iris.sources_graph, source)
    old_sha = next((str(o) for p, o in old_meta if p == SCHEMA.sha256), None)
    if old_sha is None or old_sha == extraction.article.sha256:
        return edit
    now = Literal(datetime.now(UTC).isoformat(), datatype=XSD.dateTime)
    revision, graph = revision_iri(iris, source_id, old_sha), revision_graph(iris, source_id, old_sha)
    old_graph = _graph_triples(store, iris.source_graph(source_id))
    new_triples = edit.insert.get(iris.source_graph(source_id), [])
    old_claims, new_claims = _claims(old_graph), _claims(new_triples)
    gone = old_claims.keys() - new_claims.keys()
    moved = _claim_closure(old_graph, gone)
    evidence_prefix = f"{iris.base}evidence/{source_id}/"

    def rename(term: Node) -> Node:
        if term == source:
            return revision
        if isinstance(term, URIRef) and str(term).startswith(evidence_prefix):
            return URIRef(evidence_prefix + f"revision/{old_sha[:12]}/" + str(term)[len(evidence_prefix) :])
        return term

    archived: list[Triple] = [(rename(s), p, rename(o)) for s, p, o in old_graph if s in moved]
    archived += [(claim, PROV.invalidatedAtTime, now) for claim in gone]
    # Still a schema:Article (the shapes want every claim's source to be one), with the old text and metadata.
    archived += [(revision, p, o) for p, o in old_meta if p != PROV.wasRevisionOf]
    archived += [(revision, PROV.specializationOf, source), (revision, PROV.invalidatedAtTime, now)]
    ingested = next((o for s, p, o in old_graph if p == PROV.startedAtTime), None)
    if ingested is not None:
        archived.append((revision, PROV.generatedAtTime, ingested))
    previous = next((o for p, o in old_meta if p == PROV.wasRevisionOf), None)
    if previous is not None:
        archived.append((revision, PROV.wasRevisionOf, previous))
    changed = _value_changes(old_claims, new_claims, gone)
    archived += [(new, PROV.wasRevisionOf, old) for old, new in changed]
    revised = {new for _, new in changed}
    archived += [(revision, CG.introducedClaim, c) for c in new_claims.keys() - old_claims.keys() - revised]
    inserts = dict(edit.insert)
    inserts[graph] = archived
    inserts[iris.sources_graph] = [*inserts.get(iris.sources_graph, []), (source, PROV.wasRevisionOf, revision)]
    return replace(edit, insert=inserts)


def revision_graphs(store: Store, iris: Iris, source_ids: Iterable[str]) -> tuple[URIRef, ...]:
    """Graphs holding earlier versions of these sources, to drop with them."""
    found: list[URIRef] = []
    for source_id in source_ids:
        rows = store.select(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?revision <http://www.w3.org/ns/prov#specializationOf> ?source } }",
            {"source": iris.source(source_id)},
        )
        found += [URIRef(str(row["g"])) for row in rows]
    return tuple(found)


def _triples_of(store: Store, graph: URIRef, subject: URIRef) -> list[tuple[Node, Node]]:
    rows = store.select("SELECT ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": graph, "s": subject})
    return [(row["p"], row["o"]) for row in rows]


def _graph_triples(store: Store, graph: URIRef) -> list[Triple]:
    rows = store.select("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": graph})
    return [(row["s"], row["p"], row["o"]) for row in rows]


def _claims(triples: Iterable[Triple]) -> dict[Node, dict[Node, set[Node]]]:
    """Claim IRI → its slots and type (predicate → objects), from a graph's triples."""
    triples = list(triples)
    claims = {s for s, p, o in triples if p == RDF.type and o == CG.Claim}
    found: dict[Node, dict[Node, set[Node]]] = {claim: {} for claim in claims}
    for s, p, o in triples:
        if s in found and (p in _SLOT or p == RDF.type):
            found[s].setdefault(p, set()).add(o)
    return found


def _claim_closure(triples: list[Triple], claims: set[Node]) -> set[Node]:
    """The claims and the nodes only they describe: evidence, selectors, alternative values, the activity, and
    entities the gazetteer does not know (so an archived claim keeps its labels)."""
    nodes = set(claims)
    for s, p, o in triples:
        if s in claims and p in (CG.evidence, CG.altValue, PROV.wasGeneratedBy):
            nodes.add(o)
    for s, p, o in triples:
        if s in nodes and p in (OA.hasSelector, PROV.wasAssociatedWith):
            nodes.add(o)
    nodes |= {s for s, p, _ in triples if p == SKOS.prefLabel}
    return nodes


def _value_changes(
    old: dict[Node, dict[Node, set[Node]]], new: dict[Node, dict[Node, set[Node]]], gone: set[Node]
) -> list[tuple[Node, Node]]:
    """(old claim, new claim) pairs about the same slot with another value: the figure changed."""
    added = {claim: slots for claim, slots in new.items() if claim not in old}
    pairs: list[tuple[Node, Node]] = []
    for claim in sorted(gone, key=str):
        match = next((c for c, slots in sorted(added.items(), key=lambda i: str(i[0])) if slots == old[claim]), None)
        if match is not None:
            pairs.append((claim, match))
            del added[match]
    return pairs
