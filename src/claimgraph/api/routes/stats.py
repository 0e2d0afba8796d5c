"""``/stats``: what is in the store, in numbers (a REST read, see ``reads.py``; ``/health`` is in ``health.py``)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter

from claimgraph.api.deps import StoreDep
from claimgraph.api.reads import ReadRoute
from claimgraph.api.schemas import Stats, problems
from claimgraph.query.stats import read_stats

router = APIRouter(tags=["Store"], route_class=ReadRoute)


@router.get("/stats", response_model=Stats, responses=problems(503), summary="Counts of sources, claims, ...")
def get_stats(store: StoreDep) -> Any:
    return asdict(read_stats(store))
