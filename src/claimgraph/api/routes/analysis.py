"""Analytics over the networkx view: paths between two entities, central entities, the whole graph for Gephi or
Cytoscape, and a market's share board."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import Response

from claimgraph.api.deps import SettingsDep, StoreDep
from claimgraph.api.graph_schemas import Centrality, Paths, ShareBoard
from claimgraph.api.reads import ReadRoute
from claimgraph.api.schemas import one_of
from claimgraph.graph.namespaces import Iris
from claimgraph.query.analysis import EXPORT_FORMATS, MEASURES, centrality, export_graph, find_paths
from claimgraph.query.entities import entity_index, entity_summary, resolve_entity
from claimgraph.query.markets import market_shares
from claimgraph.records import CLAIM_TYPES

router = APIRouter(tags=["Analytics"], route_class=ReadRoute)
PROBLEM: dict[str, Any] = {"content": {"application/problem+json": {}}}
EXTENSIONS = {"graphml": "graphml", "gexf": "gexf", "node-link": "json"}


@router.get(
    "/paths",
    response_model=Paths,
    responses={400: PROBLEM, 404: PROBLEM},
    summary="Shortest and k-shortest paths between two entities, each hop a claim with its evidence",
)
def get_paths(
    store: StoreDep,
    settings: SettingsDep,
    source: Annotated[str, Query(alias="from", max_length=200, description="Entity key, IRI or unique label.")],
    target: Annotated[str, Query(alias="to", max_length=200, description="Entity key, IRI or unique label.")],
    max_hops: Annotated[int, Query(ge=1, le=6)] = 4,
    k: Annotated[int, Query(ge=1, le=10, description="How many paths, shortest first.")] = 3,
) -> Any:
    iris = Iris(settings.base_iri)
    index = entity_index(store, iris)
    ends = []
    for name in (source, target):
        record = resolve_entity(index, iris, name)
        if record is None:
            raise HTTPException(404, detail=f"no entity {name[:80]!r}")
        ends.append(record)
    paths = find_paths(store, iris, ends[0].iri, ends[1].iri, max_hops=max_hops, k=k)
    return {
        "from": entity_summary(ends[0]),
        "to": entity_summary(ends[1]),
        "max_hops": max_hops,
        "k": k,
        "paths": paths,
    }


@router.get("/graph/central", response_model=Centrality, responses={400: PROBLEM}, summary="Central entities")
def get_central(
    store: StoreDep,
    settings: SettingsDep,
    measure: Annotated[
        str, Query(description="pagerank, degree or betweenness.", json_schema_extra=one_of(MEASURES))
    ] = "pagerank",
    claim_type: Annotated[
        str | None, Query(alias="type", description="Only claims of this type.", json_schema_extra=one_of(CLAIM_TYPES))
    ] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 20,
) -> Any:
    return centrality(store, Iris(settings.base_iri), measure, claim_type=claim_type, limit=limit)


@router.get(
    "/graph/export",
    response_class=Response,
    responses={200: {"content": {media: {} for media in EXPORT_FORMATS.values()}}, 400: PROBLEM},
    summary="The claims network as GraphML, GEXF or node-link JSON, claim IRIs on the edges",
)
def get_export(
    store: StoreDep,
    settings: SettingsDep,
    output_format: Annotated[
        str, Query(alias="format", description="graphml, gexf or node-link.", json_schema_extra=one_of(EXPORT_FORMATS))
    ] = "graphml",
    claim_type: Annotated[
        str | None, Query(alias="type", description="Only claims of this type.", json_schema_extra=one_of(CLAIM_TYPES))
    ] = None,
) -> Response:
    body = export_graph(store, Iris(settings.base_iri), output_format, claim_type=claim_type)
    filename = f"claimgraph.{EXTENSIONS[output_format]}"
    return Response(
        body,
        media_type=EXPORT_FORMATS[output_format],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get(
    "/markets/{key}/shares",
    response_model=ShareBoard,
    responses={404: PROBLEM},
    summary="Every market share claimed for one market, by company, source and period, with the spread",
)
def get_market_shares(store: StoreDep, settings: SettingsDep, key: str) -> Any:
    board = market_shares(store, Iris(settings.base_iri), key)
    if board is None:
        raise HTTPException(404, detail=f"no entity {key[:80]!r}")
    return board
