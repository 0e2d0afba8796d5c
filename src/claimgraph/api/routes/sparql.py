"""``/sparql``: the SPARQL 1.1 Protocol query operation, read-only, over the whole dataset.

GET and POST only (anything else is a 405); a bare GET returns the Service Description. The query runs through
``run_client_query`` in a thread, which waits on a worker process: the event loop stays free for other requests
while a query runs, and a query past the time limit is killed with its worker (503).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from claimgraph.api import service_description
from claimgraph.api.deps import SettingsDep, StoreDep
from claimgraph.api.negotiation import GRAPH_FORMATS, MEDIA_TYPES, negotiate
from claimgraph.api.protocol import ParsedRequest, params_from_pairs, read_get, read_post
from claimgraph.api.schemas import Problem
from claimgraph.graph.namespaces import Iris
from claimgraph.query.sparql import ClientQuery, run_client_query
from claimgraph.settings import Settings
from claimgraph.store import QueryAnswer

router = APIRouter(tags=["SPARQL"])
TRUNCATED = "X-SPARQL-Truncated"
MAX_ROWS = "X-SPARQL-MaxRows"
EXPOSED_HEADERS = [TRUNCATED, MAX_ROWS]
QUERY_DOC = (
    "A SPARQL 1.1 query (`query`), optionally with `default-graph-uri` / `named-graph-uri` (repeatable). Without a "
    "protocol dataset the default graph is the union of all named graphs. Results by `Accept` (q-values honoured) or "
    "`format` (json, xml, csv, tsv, turtle, ntriples, jsonld, rdfxml, or a media type)."
)


def _problem(why: str) -> dict[str, Any]:
    return {"model": Problem, "content": {"application/problem+json": {}}, "description": why}


_GRAPHS: dict[str, Any] = {"type": "array", "items": {"type": "string"}}
_PARAMETERS: dict[str, dict[str, Any]] = {
    "query": {"type": "string", "description": "The SPARQL query; without one, GET returns the service description."},
    "default-graph-uri": {**_GRAPHS, "description": "A graph of the default graph (repeatable)."},
    "named-graph-uri": {**_GRAPHS, "description": "A named graph of the dataset (repeatable)."},
    "format": {
        "type": "string",
        "description": "json, xml, csv, tsv, turtle, ntriples, jsonld, rdfxml or a media type.",
    },
}
# What /sparql answers, for /openapi.json: the Protocol's parameters, the result media types, and every error.
ANSWERS: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Results (solutions, a boolean or a graph) in the negotiated format, or the description.",
        "content": {media: {} for types in MEDIA_TYPES.values() for media in types},
    },
    400: _problem("A query that does not parse, nests too deep or fails, or a request the Protocol forbids."),
    403: _problem("A refused query: an update, or SERVICE."),
    406: _problem("No format the client accepts fits this kind of answer."),
    413: _problem("The request body is over the size cap."),
    503: _problem("The query ran past the time limit, or every worker is busy and the wait line full."),
    507: _problem("The query needed more memory, or its answer more bytes, than a worker may use."),
}
GET_DOC: dict[str, Any] = {
    "parameters": [
        {"name": name, "in": "query", "required": False, "schema": schema, "style": "form", "explode": True}
        for name, schema in _PARAMETERS.items()
    ]
}
POST_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {"type": "object", "properties": _PARAMETERS, "required": ["query"]},
                "encoding": {name: {"style": "form", "explode": True} for name in _PARAMETERS},
            },
            "application/sparql-query": {"schema": {"description": "The query text, unencoded."}},
        },
    }
}


@router.get(
    "/sparql",
    summary="Query (GET), or the service description without a query",
    description=QUERY_DOC,
    responses=ANSWERS,
    openapi_extra=GET_DOC,
)
async def sparql_get(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    parsed = read_get(params_from_pairs(request.query_params.multi_items()))
    return await _respond(request, parsed, store, settings)


@router.post(
    "/sparql",
    summary="Query (POST form-encoded or application/sparql-query)",
    description=QUERY_DOC,
    responses={**ANSWERS, 415: _problem("A body that is neither form-encoded nor application/sparql-query.")},
    openapi_extra=POST_DOC,
)
async def sparql_post(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    body = await request.body()
    url_params = params_from_pairs(request.query_params.multi_items())
    parsed = read_post(request.headers.get("content-type"), body, url_params)
    return await _respond(request, parsed, store, settings)


async def _respond(request: Request, parsed: ParsedRequest, store: StoreDep, settings: SettingsDep) -> Response:
    accept = request.headers.get("accept")
    if parsed.query is None:
        name = negotiate(parsed.format, accept, GRAPH_FORMATS)[0]
        body, media_type = service_description.serialize(
            service_description.service_description(endpoint_iri(settings), settings), name
        )
        return Response(body, media_type=media_type, headers={"Vary": "Accept"})
    formats = negotiate(parsed.format, accept)
    query = replace(parsed.query, base_iri=endpoint_iri(settings))
    answer = await _unless_client_leaves(request, run_client_query, store, settings, query, formats)
    headers = {"Vary": "Accept"}
    if answer.truncated:
        headers[TRUNCATED] = "true"
        headers[MAX_ROWS] = str(settings.sparql_max_rows)
    return Response(answer.body, media_type=answer.media_type, headers=headers)


async def _unless_client_leaves(
    request: Request,
    run: Callable[[StoreDep, Settings, ClientQuery, tuple[str, ...], threading.Event], QueryAnswer],
    store: StoreDep,
    settings: Settings,
    query: ClientQuery,
    formats: tuple[str, ...],
) -> QueryAnswer:
    """Run the query in a thread while listening for the client to hang up; if it does, the query is cancelled
    (its worker killed and replaced) instead of holding a worker for nobody until the time limit."""
    cancel = threading.Event()
    running = asyncio.ensure_future(run_in_threadpool(run, store, settings, query, formats, cancel))
    listening = asyncio.ensure_future(_disconnected(request))
    try:
        await asyncio.wait({running, listening}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        listening.cancel()
        if not running.done():
            cancel.set()
    return await running


async def _disconnected(request: Request) -> None:
    """Returns when the client closes the connection (the request's body has been read already)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


def endpoint_iri(settings: Settings) -> str:
    """The endpoint's own IRI, from the configured base: never from the request's Host header, which a client
    chooses (reflecting it would let anyone mint IRIs under any name in the description and in query answers)."""
    return Iris(settings.base_iri).base + "sparql"


@router.api_route("/sparql", methods=["PUT", "DELETE", "PATCH"], include_in_schema=False)
async def sparql_other_methods() -> Response:
    """The Protocol's query operation is GET or POST; without this, the 405 would name only the GET route."""
    raise HTTPException(405, headers={"Allow": "GET, POST"})
