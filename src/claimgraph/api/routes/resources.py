"""Dereferenceable IRIs: ``<base>claim/…``, ``<base>entity/…``, ``<base>source/…`` and ``<base>evidence/…``
answer on this server with the resource's RDF (``Accept: application/ld+json``, ``text/turtle``,
``application/n-triples``, ``application/rdf+xml``) or, for browsers and plain clients, its JSON.

The paths are the IRIs' own (singular: ``/claim/…``), so they never clash with the REST collections
(``/claims/…``, ``/sources/…``); the IRI looked up is the base IRI followed by the path exactly as requested
(percent escapes kept), which is how it was minted. The JSON-LD context is published at ``/context.jsonld``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from claimgraph.api.deps import SettingsDep, StoreDep
from claimgraph.api.negotiation import parse_accept
from claimgraph.api.reads import ReadRoute
from claimgraph.api.schemas import one_of
from claimgraph.errors import NotAcceptableError, UnknownFormatError
from claimgraph.graph.namespaces import Iris
from claimgraph.query.resources import CONTEXT_PATH, RDF_FORMATS, context_document, describe, resource_json, serialize

router = APIRouter(tags=["Linked data"], route_class=ReadRoute)
PROBLEM: dict[str, Any] = {"content": {"application/problem+json": {}}}
RDF_CONTENT: dict[str, Any] = {media: {} for _, media in RDF_FORMATS.values()}
# A representation nobody can produce is a 406; an unknown ``format`` a 400.
RESOURCE_RESPONSES: dict[int | str, Any] = {200: {"content": RDF_CONTENT}, 400: PROBLEM, 404: PROBLEM, 406: PROBLEM}
# Every representation and the media types that ask for it; on equal preference the earlier one wins, so that
# browsers (text/html) and clients without an Accept header (*/*) get JSON.
REPRESENTATIONS: dict[str, tuple[str, ...]] = {
    "json": ("application/json", "text/html"),
    "jsonld": ("application/ld+json",),
    "turtle": ("text/turtle", "application/x-turtle"),
    "ntriples": ("application/n-triples",),
    "rdfxml": ("application/rdf+xml",),
}
FormatParam = Annotated[
    str | None,
    Query(
        alias="format",
        description="json, jsonld, turtle, ntriples or rdfxml; wins over Accept.",
        json_schema_extra=one_of(REPRESENTATIONS),
    ),
]


def choose_representation(accept: str | None, format_param: str | None) -> str:
    """The representation to send: ``format`` if given, else the best match of ``Accept`` (q-values, wildcards)."""
    if format_param is not None:
        if format_param not in REPRESENTATIONS:
            raise UnknownFormatError(f"unknown format {format_param[:40]!r}", hint=", ".join(REPRESENTATIONS))
        return format_param
    if not accept or not accept.strip():
        return "json"
    ranges = parse_accept(accept)
    best, best_q = "", 0.0
    for name, media_types in REPRESENTATIONS.items():
        q = max(_quality(media, ranges) for media in media_types)
        if q > best_q:
            best, best_q = name, q
    if not best:
        offered = ", ".join(media for types in REPRESENTATIONS.values() for media in types)
        raise NotAcceptableError(f"none of the accepted media types can be produced here: {accept[:200]!r}",
                                 hint=offered)  # fmt: skip
    return best


def _quality(media_type: str, ranges: list[tuple[str, str, float]]) -> float:
    """The q of the most specific range that matches (exact beats type/* beats */*)."""
    main, sub = media_type.split("/")
    best: tuple[int, float] = (-1, 0.0)
    for range_main, range_sub, q in ranges:
        specificity = (
            2 if (range_main, range_sub) == (main, sub) else 1 if (range_main, range_sub) == (main, "*")
            else 0 if range_main == "*" else -1
        )  # fmt: skip
        if specificity > best[0]:
            best = (specificity, q)
    return best[1]


@router.get(
    "/context.jsonld",
    responses={200: {"content": {"application/ld+json": {}}}},
    summary="The JSON-LD context of every described resource",
)
def get_context() -> JSONResponse:
    return JSONResponse(context_document(), media_type="application/ld+json")


async def _dereference(
    request: Request, store: StoreDep, settings: SettingsDep, kind: str, fmt: str | None
) -> Response:
    representation = choose_representation(request.headers.get("accept"), fmt)
    raw_path = request.scope.get("raw_path") or request.url.path.encode("utf-8")
    iris = Iris(settings.base_iri)
    iri = iris.base + raw_path.decode("latin-1").lstrip("/")
    graph = await run_in_threadpool(describe, store, kind, iri)
    if graph is None:
        raise HTTPException(404, detail=f"no {kind} {iri[:200]!r} in this graph")
    headers = {"Vary": "Accept"}
    if representation == "json":
        body = await run_in_threadpool(resource_json, store, iris, kind, iri, graph)
        return JSONResponse(body, headers=headers)
    data = serialize(graph, representation, iris.base + CONTEXT_PATH)
    return Response(data, media_type=RDF_FORMATS[representation][1], headers=headers)


@router.get("/claim/{source_id}/{claim_key}", responses=RESOURCE_RESPONSES)
async def get_claim_resource(
    request: Request, store: StoreDep, settings: SettingsDep, source_id: str, claim_key: str, fmt: FormatParam = None
) -> Response:
    """A claim with its evidence spans and selectors."""
    return await _dereference(request, store, settings, "claim", fmt)


@router.get("/entity/{key}", responses=RESOURCE_RESPONSES)
async def get_entity_resource(
    request: Request, store: StoreDep, settings: SettingsDep, key: str, fmt: FormatParam = None
) -> Response:
    """An entity: labels, types, parent organisation, external identifiers."""
    return await _dereference(request, store, settings, "entity", fmt)


@router.get("/source/{source_id}", responses=RESOURCE_RESPONSES)
async def get_source_resource(
    request: Request, store: StoreDep, settings: SettingsDep, source_id: str, fmt: FormatParam = None
) -> Response:
    """A source article's metadata and stored text."""
    return await _dereference(request, store, settings, "source", fmt)


@router.get("/evidence/{source_id}/{span}", responses=RESOURCE_RESPONSES)
async def get_evidence_resource(
    request: Request, store: StoreDep, settings: SettingsDep, source_id: str, span: str, fmt: FormatParam = None
) -> Response:
    """An evidence span with its quote and position selectors."""
    return await _dereference(request, store, settings, "evidence", fmt)
