"""The history of an edited source: its earlier versions and, for each, what the next version changed.

Written by ``claimgraph.revisions`` when an edited article replaces the stored one; read here for
``GET /sources/{id}/revisions`` and the trace. Versions are listed oldest first; the last is the current one.
"""

from __future__ import annotations

from typing import Any

from rdflib import URIRef

from claimgraph.errors import NotFoundError
from claimgraph.graph.namespaces import Iris
from claimgraph.query.claims import ClaimJson, read_claims
from claimgraph.query.queries import load_query
from claimgraph.query.sources import read_source_metadata
from claimgraph.store import Store

RevisionsJson = dict[str, Any]


def read_revisions(store: Store, iris: Iris, source_id: str) -> RevisionsJson:
    current = read_source_metadata(store, iris, source_id).get(str(iris.source(source_id)))
    if current is None:
        raise NotFoundError(f"no source {source_id[:200]!r}", hint="GET /sources lists them")
    rows = store.select(load_query("revisions"), {"source": iris.source(source_id)})
    rows.sort(key=lambda row: str(row["invalidated"]))
    versions: list[dict[str, Any]] = []
    for row in rows:
        revision_id = str(row["revision"]).removeprefix(str(iris.source("")))
        versions.append({
            "id": str(row["revision"]),
            "sha256": str(row["sha"]),
            "title": _text(row.get("title")),
            "date": _text(row.get("date")),
            "ingested": _text(row.get("generated")),
            "superseded": str(row["invalidated"]),
            "changes": _changes(store, iris, revision_id, row["g"]),
        })  # fmt: skip
    versions.append({
        "id": current["id"], "sha256": current["sha256"], "title": current["title"], "date": current["date"],
        "ingested": current["ingested"], "superseded": None, "changes": None,
    })  # fmt: skip
    return {"source": current["id"], "versions": versions}


def _changes(store: Store, iris: Iris, revision_id: str, graph: Any) -> dict[str, list[Any]]:
    """What the version after this revision changed: added, removed, and (old → new) changed values."""
    dropped = read_claims(store, iris, source_id=revision_id, include_superseded=True)
    changed_pairs: list[tuple[str, str]] = []
    added: list[str] = []
    for row in store.select(load_query("revision_changes"), {"g": graph}):
        if "added" in row:
            added.append(str(row["added"]))
        else:
            changed_pairs.append((str(row["old"]), str(row["new"])))
    replaced = {old for old, _ in changed_pairs}
    by_id = {claim["id"]: claim for claim in dropped}
    return {
        "added": [c for iri in sorted(added) if (c := _claim(store, iris, iri))],
        "removed": [claim for claim in dropped if claim["id"] not in replaced],
        "changed": [
            {"from": by_id[old], "to": new_claim}
            for old, new in sorted(changed_pairs)
            if old in by_id and (new_claim := _claim(store, iris, new))
        ],
    }


def _claim(store: Store, iris: Iris, iri: str) -> ClaimJson | None:
    """The claim as it stands now, else its last superseded copy."""
    found = read_claims(store, iris, claim_iri=iri) or read_claims(store, iris, claim_iri=iri, include_superseded=True)
    return found[-1] if found else None


def _text(node: object) -> str | None:
    return str(node) if node is not None else None


def claim_history(store: Store, iris: Iris, claim_iri: str) -> dict[str, Any]:
    """For the trace: whether a later version of the claim's source dropped or changed it, and which earlier
    value it replaced."""
    superseded: str | None = None
    later: list[ClaimJson] = []
    earlier: list[ClaimJson] = []
    current = bool(read_claims(store, iris, claim_iri=claim_iri))  # an edit may restore a dropped claim
    for row in store.select(load_query("claim_revisions"), {"claim": URIRef(claim_iri)}):
        if "invalidated" in row and not current:
            superseded = max(superseded or "", str(row["invalidated"]))
        for name, found in (("later", later), ("earlier", earlier)):
            if name in row and (claim := _claim(store, iris, str(row[name]))):
                found.append(claim)
    return {"superseded": superseded, "replaced_by": later, "replaces": earlier}
