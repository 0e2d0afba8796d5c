"""The FastAPI application: one composition root taking its parts as arguments, so tests pass a real
in-memory store and production passes the on-disk one.

This first cut serves health, the claims listing and a read-only SPARQL query route; the full SPARQL 1.1
Protocol (content negotiation, service description, time limits) is the SPARQL endpoint's issue.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import FastAPI, Query, Request
from fastapi.responses import JSONResponse, Response

from claimgraph import __version__
from claimgraph.errors import ClaimgraphError, InputError, QueryRefusedError
from claimgraph.graph.namespaces import Iris
from claimgraph.query.claims import read_claims
from claimgraph.records import CLAIM_TYPES
from claimgraph.settings import Settings
from claimgraph.store import Store

RESULT_FORMATS = {
    "json": "json",
    "xml": "xml",
    "csv": "csv",
    "tsv": "tsv",
    "turtle": "turtle",
    "ntriples": "ntriples",
    "jsonld": "jsonld",
    "rdfxml": "rdfxml",
}


def create_app(settings: Settings, store: Store) -> FastAPI:
    app = FastAPI(
        title="claimgraph",
        version=__version__,
        description="Claims about the AI market, with their sources, as a knowledge graph.",
    )
    iris = Iris(settings.base_iri)

    @app.exception_handler(ClaimgraphError)
    async def claimgraph_error(request: Request, error: ClaimgraphError) -> JSONResponse:
        status = 400 if isinstance(error, InputError) else 403 if isinstance(error, QueryRefusedError) else 503
        return JSONResponse(
            {
                "type": f"https://w3id.org/claimgraph/errors/{error.code}",
                "title": error.message,
                "status": status,
                "detail": error.hint,
            },
            status_code=status,
            media_type="application/problem+json",
        )

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

    @app.get("/sparql")
    def sparql(query: str, format: str = "json") -> Response:  # noqa: A002 - the parameter's public name
        if format not in RESULT_FORMATS:
            raise InputError(f"unknown result format {format!r}", hint=", ".join(RESULT_FORMATS))
        outcome = store.serialize_query(query, RESULT_FORMATS[format])
        return Response(outcome.body, media_type=outcome.media_type)

    return app
