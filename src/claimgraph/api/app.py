"""The FastAPI application: one composition root taking its parts as arguments, so tests pass a real
in-memory store and production passes the on-disk one.

Health and the claims listing live here; the SPARQL 1.1 endpoint is ``routes/sparql.py``. Errors of every route
leave as problem+json through ``errors.py``; CORS is off unless the ``cors`` setting allows any origin.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import FastAPI, Query
from fastapi.middleware.cors import CORSMiddleware
from starlette.concurrency import run_in_threadpool

from claimgraph import __version__
from claimgraph.api.errors import install_error_handlers
from claimgraph.api.routes import analysis, entities, resources, sparql
from claimgraph.errors import InputError
from claimgraph.graph.namespaces import Iris
from claimgraph.query.claims import read_claims
from claimgraph.records import CLAIM_TYPES
from claimgraph.settings import Settings
from claimgraph.store import Store


def create_app(settings: Settings, store: Store) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Warm the query workers before the first request, so no query pays for a process start.
        await run_in_threadpool(store.start_query_workers, settings.sparql_workers)
        yield

    app = FastAPI(
        title="claimgraph",
        version=__version__,
        description="Claims about the AI market, with their sources, as a knowledge graph.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store = store
    install_error_handlers(app)
    if settings.cors:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=["*"],
            allow_methods=["GET", "POST"],
            allow_headers=["Accept", "Content-Type"],
            expose_headers=sparql.EXPOSED_HEADERS,
        )
    app.include_router(sparql.router)
    app.include_router(entities.router)
    app.include_router(analysis.router)
    app.include_router(resources.router)
    iris = Iris(settings.base_iri)

    @app.get("/health")
    def health() -> dict[str, object]:
        return {"status": "ok", "version": __version__, "quads": store.count_quads()}

    @app.get("/claims")
    def claims(
        claim_type: Annotated[str | None, Query(alias="type")] = None,
        source: str | None = None,
    ) -> list[dict[str, object]]:
        if claim_type is not None and claim_type not in CLAIM_TYPES:
            raise InputError(f"unknown claim type {claim_type!r}", hint="one of " + ", ".join(CLAIM_TYPES))
        return read_claims(store, iris, claim_type=claim_type, source_id=source)

    return app
