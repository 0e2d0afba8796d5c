"""Where the graph lives: one small storage interface (``base.Store``), filled by the embedded Oxigraph store or by
any SPARQL 1.1 server (``sparql.py``), so that extraction and services never learn which one they talk to; the
public endpoint's query policy (``base.QueryRunner``: time limits, row caps, workers) is apart from it."""

from __future__ import annotations

from pathlib import Path

from claimgraph.settings import Settings, get_settings
from claimgraph.store.base import (
    DATASET_FORMATS,
    GraphEdit,
    QueryAnswer,
    QueryOutcome,
    QueryRequest,
    QueryRunner,
    Store,
)
from claimgraph.store.oxigraph import OxigraphStore

__all__ = [
    "DATASET_FORMATS",
    "GraphEdit",
    "OxigraphStore",
    "QueryAnswer",
    "QueryOutcome",
    "QueryRequest",
    "QueryRunner",
    "Store",
    "open_store",
]


def open_store(location: Path | str | None, *, read_only: bool = False, settings: Settings | None = None) -> Store:
    """The one place a backend is chosen: an http(s) URL is a remote SPARQL 1.1 server (its update endpoint,
    credentials and limits from ``settings``), a path the embedded store on disk, None an in-memory one."""
    if isinstance(location, str) and location.startswith(("http://", "https://")):
        from claimgraph.store.sparql import SparqlStore  # httpx is loaded only for a remote store

        return SparqlStore(location, settings or get_settings())
    return OxigraphStore(Path(location) if location is not None else None, read_only=read_only)
