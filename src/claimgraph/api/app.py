"""The FastAPI application: one composition root taking its parts as arguments, so tests pass a real
in-memory store and production passes the on-disk one.

Routes live in ``routes/``, one module per resource: the SPARQL 1.1 endpoint (``sparql.py``), the REST API's
claims (with trace and ClaimReview), sources, stats and health. REST reads pass through ``reads.py`` (a few at a
time, a bounded wait line, the SPARQL time limit). Errors of every route leave as problem+json through
``errors.py``; CORS is off unless the ``cors`` setting allows any origin. The pages for people (``claimgraph.web``)
sit beside them over the same read services.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.concurrency import run_in_threadpool

from claimgraph import __version__
from claimgraph.api.errors import documented_methods, install_error_handlers
from claimgraph.api.limits import BodyLimit
from claimgraph.api.reads import ReadGate
from claimgraph.api.routes import analysis, claims, entities, health, resources, sources, sparql, stats
from claimgraph.extract import Extractor
from claimgraph.graph.namespaces import Iris
from claimgraph.settings import Settings
from claimgraph.store import Store
from claimgraph.store.base import WorkerLimits
from claimgraph.uploads import SourceWriter
from claimgraph.web import install as install_web_pages


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
    app.state.reads = ReadGate(settings.rest_workers, settings.rest_queue, settings.sparql_timeout)
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
    modules = (health, claims, sources, stats, sparql, entities, analysis, resources)
    for module in modules:
        app.include_router(module.router)
    app.state.methods = documented_methods(route for module in modules for route in module.router.routes)
    install_web_pages(app)  # the pages for people, under /ui/ and at /, over the same read services
    return app
