"""The FastAPI application: one composition root taking its parts as arguments, so tests pass a real
in-memory store and production passes the on-disk one.

Routes live in ``routes/``, one module per resource: the SPARQL 1.1 endpoint (``sparql.py``), the REST API's
claims (with trace and ClaimReview), sources and stats/health. Errors of every route leave as problem+json through
``errors.py``; CORS is off unless the ``cors`` setting allows any origin.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.concurrency import run_in_threadpool

from claimgraph import __version__
from claimgraph.api.errors import install_error_handlers
from claimgraph.api.limits import BodyLimit
from claimgraph.api.routes import analysis, claims, entities, resources, sources, sparql, stats
from claimgraph.extract import Extractor
from claimgraph.graph.namespaces import Iris
from claimgraph.settings import Settings
from claimgraph.store import Store
from claimgraph.store.base import WorkerLimits
from claimgraph.uploads import SourceWriter


def create_app(settings: Settings, store: Store, *, extractor: Extractor | None = None) -> FastAPI:
    """The app over ``store``; ``extractor`` serves POST /sources (loaded on the first write when not given)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Warm the query workers before the first request, so no query pays for a process start.
        limits = WorkerLimits(settings.sparql_worker_memory, settings.sparql_max_answer_bytes, settings.sparql_queue)
        await run_in_threadpool(store.runner.start_query_workers, settings.sparql_workers, limits)
        # Everything loaded so far (rdflib, the vocabularies, the extractor's modules) lives as long as the server:
        # out of the collector's sight, a full collection no longer walks it, which cut the REST routes' p99 (README).
        gc.freeze()
        yield

    app = FastAPI(
        title="claimgraph",
        version=__version__,
        description="Claims about the AI market, with their sources, as a knowledge graph.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.iris = Iris(settings.base_iri)
    app.state.writer = SourceWriter(settings, store, extractor)
    install_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=settings.max_request_bytes)
    if settings.cors:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=["*"],
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Accept", "Content-Type", "Authorization"],
            expose_headers=sparql.EXPOSED_HEADERS,
        )
    for module in (claims, sources, stats, sparql, entities, analysis, resources):
        app.include_router(module.router)
    return app
