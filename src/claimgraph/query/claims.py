"""Claims as JSON: the one shape the CLI prints and the REST API serves.

```
{"id", "type", "subject": {"id", "label"}, "object": {"id", "label"} | null, "value", "value_max", "unit",
 "time", "measure", "effect", "modality", "attributed_to": {"id", "label"} | null, "confidence",
 "evidence": [{"source": {"id", "file", "title"}, "quote", "start", "end"}]}
```
``type``, ``unit`` and ``modality`` take the gold format's values; ``start``/``end`` are character offsets into
the source's stored text, and ``quote`` is that slice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.term import Node

from claimgraph.graph.namespaces import CG, MODALITY, UNIT, Iris
from claimgraph.query.cache import derived
from claimgraph.query.claim_candidates import candidate_claims, restrict
from claimgraph.query.claim_index import ClaimIndex, ClaimJson
from claimgraph.query.queries import load_query
from claimgraph.store import Store

_ENTITIES = ("subject", "object", "attributed")
_CHUNK = 200  # IRIs per VALUES block: a request stays small for any server


def read_claims(
    store: Store,
    iris: Iris,
    *,
    claim_type: str | None = None,
    source_id: str | None = None,
    claim_iri: str | None = None,
    include_superseded: bool = False,
) -> list[ClaimJson]:
    """Every current claim (optionally of one type, from one source, or the one claim named), ordered by source
    and first evidence. Claims an edited version of their source no longer states are left out unless
    ``include_superseded``. The restrictions are looked up in an index of every claim, read once per state of
    the store (see ``cache.py``), so no argument ever reaches a query string. The dictionaries are shared: do not
    mutate them."""
    source_iri = str(iris.source(source_id)) if source_id else None
    wanted = {
        field: value
        for field, value in (("type", claim_type), ("source", source_iri), ("id", claim_iri))
        if value is not None
    }
    index = claim_index(store, iris, include_superseded=include_superseded, wanted=wanted)
    found = index.matching(wanted)
    return list(index.claims) if found is None else index.claims_at(found)


def claim_index(
    store: Store, iris: Iris, *, include_superseded: bool = False, wanted: Mapping[str, str] | None = None
) -> ClaimIndex:
    """The current claims (or all, with the superseded copies) and their index, built once per state of the
    store: the listing and the trace look claims up in it rather than walking them. A store that cannot say
    when it changed (a remote server) keeps nothing, so there only the claims that may hold ``wanted``'s values
    (field → value, as ``ClaimIndex.matching`` takes) are read, per call; callers filter the index with
    ``wanted`` either way."""
    if store.generation is None:
        snapshot = _read(store, iris, candidate_claims(store, wanted or {}))
        return ClaimIndex(snapshot.everything if include_superseded else snapshot.current)

    def build(_store: Store) -> ClaimIndex:
        snapshot = _snapshot(store, iris)
        return ClaimIndex(snapshot.everything if include_superseded else snapshot.current)

    return derived(store, ("claim-index", iris.base, include_superseded), build)


@dataclass(frozen=True)
class _Snapshot:
    current: tuple[ClaimJson, ...]
    everything: tuple[ClaimJson, ...]  # also the superseded copies: a claim an edit dropped (or dropped and
    # restored) appears once per version that holds it, each with its own evidence


def _snapshot(store: Store, iris: Iris) -> _Snapshot:
    """All claims, read again only when the store has changed (see ``cache.py``)."""
    return derived(store, ("claims", iris.base), lambda _store: _read(store, iris, None))


def _read(store: Store, iris: Iris, claim_iris: list[str] | None) -> _Snapshot:
    """The claims named (None: every claim), with the labels of their entities and their sources' titles."""
    if claim_iris is None:
        rows = store.select(load_query("claims"))
        label_rows = store.select(load_query("labels"))
        source_rows = store.select(load_query("sources"), {"g": iris.sources_graph})
        return _assemble(rows, label_rows, source_rows)
    rows = _select_among(store, "claims", "claim", claim_iris)
    entities = {str(row[name]) for row in rows for name in _ENTITIES if isinstance(row.get(name), URIRef)}
    label_rows = _select_among(store, "labels", "entity", entities)
    source_rows = _select_among(store, "sources", "source", {str(row["source"]) for row in rows}, iris.sources_graph)
    return _assemble(rows, label_rows, source_rows)


def _select_among(
    store: Store, name: str, variable: str, iris: Iterable[str], graph: URIRef | None = None
) -> list[dict[str, Node]]:
    """Rows of the named query with ``variable`` restricted to ``iris``, a chunk of them per request."""
    ordered = sorted(iris)
    rows: list[dict[str, Node]] = []
    for start in range(0, len(ordered), _CHUNK):
        query = restrict(load_query(name), variable, ordered[start : start + _CHUNK])
        rows.extend(store.select(query, {"g": graph} if graph is not None else None))
    return rows


def _assemble(
    rows: list[dict[str, Node]], label_rows: list[dict[str, Node]], source_rows: list[dict[str, Node]]
) -> _Snapshot:
    labels = {str(r["entity"]): str(r["label"]) for r in label_rows}
    sources = {
        str(r["source"]): {"id": str(r["source"]), "file": str(r["file"]), "title": _text(r.get("title"))}
        for r in source_rows
    }
    claims: dict[tuple[str, bool], ClaimJson] = {}
    for row in rows:
        key = (str(row["claim"]), "invalidated" in row)
        claim = claims.get(key)
        if claim is None:
            claim = claims[key] = _claim(row, labels)
        evidence = {
            "source": sources.get(str(row["source"]), {"id": str(row["source"]), "file": None, "title": None}),
            "quote": str(row["quote"]),
            "start": int(row["start"]),  # type: ignore[call-overload]
            "end": int(row["end"]),  # type: ignore[call-overload]
        }
        if evidence not in claim["evidence"]:
            claim["evidence"].append(evidence)
    for claim in claims.values():
        claim["evidence"].sort(key=lambda e: (e["source"]["file"] or "", e["start"], e["end"]))
    ordered = sorted(
        claims.items(),
        key=lambda item: (
            item[1]["evidence"][0]["source"]["file"] or "",
            item[1]["evidence"][0]["start"],
            item[1]["type"],
            item[1]["id"],
            item[0][1],
        ),
    )
    return _Snapshot(
        current=tuple(claim for (_, superseded), claim in ordered if not superseded),
        everything=tuple(claim for _, claim in ordered),
    )


def _claim(row: dict[str, Node], labels: dict[str, str]) -> ClaimJson:
    return {
        "id": str(row["claim"]),
        "type": str(row["type"]).removeprefix(str(CG)),
        "subject": _entity(row["subject"], labels),
        "object": _entity(row.get("object"), labels),
        "value": _number(row.get("value")),
        "value_max": _number(row.get("valueMax")),
        "unit": str(row["unit"]).removeprefix(str(UNIT)) if "unit" in row else None,
        "time": _text(row.get("time")),
        "measure": _text(row.get("measure")),
        "effect": _text(row.get("effect")),
        "modality": str(row["modality"]).removeprefix(str(MODALITY)),
        "attributed_to": _entity(row.get("attributed"), labels),
        "confidence": _number(row["confidence"]),
        "evidence": [],
    }


def _entity(node: Node | None, labels: dict[str, str]) -> dict[str, str] | None:
    if not isinstance(node, URIRef):
        return None
    return {"id": str(node), "label": labels.get(str(node), str(node).rsplit("/", 1)[-1])}


def _number(node: Node | None) -> float | int | None:
    if not isinstance(node, Literal):
        return None
    value = float(node)
    return int(value) if value.is_integer() else value


def _text(node: Node | None) -> str | None:
    return str(node) if node is not None else None
