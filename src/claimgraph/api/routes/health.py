"""``/health``: whether the server is up. Async and touching no store, so it answers from the event loop at once
however many reads or queries are running: it once counted the quads on a thread shared with the REST reads, and
waited 92 s behind 45 of them (the counts are at ``/stats``)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from claimgraph import __version__
from claimgraph.api.schemas import Health

router = APIRouter(tags=["Store"])


@router.get("/health", response_model=Health, summary="Liveness and version")
async def get_health() -> Any:
    return {"status": "ok", "version": __version__}
