"""What is in a store, in numbers: for `claimgraph stats` and, later, the API's front page."""

from __future__ import annotations

from dataclasses import dataclass, field

from claimgraph.graph.namespaces import CG
from claimgraph.query.queries import load_query
from claimgraph.store import Store


@dataclass(frozen=True)
class StoreStats:
    quads: int
    sources: int
    claims: int
    evidence: int
    entities: int
    claims_by_type: dict[str, int] = field(default_factory=dict)


def read_stats(store: Store) -> StoreStats:
    counts = store.select(load_query("counts"))[0]
    by_type = {
        str(row["type"]).removeprefix(str(CG)): int(row["claims"])  # type: ignore[call-overload]
        for row in store.select(load_query("stats"))
    }
    return StoreStats(
        quads=store.count_quads(),
        sources=int(counts["sources"]),  # type: ignore[call-overload]
        claims=int(counts["claims"]),  # type: ignore[call-overload]
        evidence=int(counts["evidence"]),  # type: ignore[call-overload]
        entities=int(counts["entities"]),  # type: ignore[call-overload]
        claims_by_type=by_type,
    )
