"""``/stats`` and ``/health``: what is in the store, and whether the server is up."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter

from claimgraph import __version__
from claimgraph.api.deps import StoreDep
from claimgraph.api.schemas import Health, Stats, problems
from claimgraph.query.stats import read_stats

router = APIRouter(tags=["Store"])


@router.get("/stats", response_model=Stats, responses=problems(503), summary="Counts of sources, claims, ...")
def get_stats(store: StoreDep) -> Any:
    return asdict(read_stats(store))


@router.get("/health", response_model=Health, summary="Liveness, version and the number of quads")
def get_health(store: StoreDep) -> Any:
    return {"status": "ok", "version": __version__, "quads": store.count_quads()}
