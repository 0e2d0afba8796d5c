"""An entity's page: what it is, its claims, its neighbourhood as a graph (drawn by cytoscape when script runs,
a list of links either way), and for a market the shares its sources report, as a server-rendered bar chart."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from claimgraph.api.deps import IrisDep, StoreDep
from claimgraph.api.reads import ReadRoute
from claimgraph.errors import NotFoundError
from claimgraph.query.analysis import neighbours
from claimgraph.query.entities import read_entity
from claimgraph.query.entity_claims import entity_claims
from claimgraph.query.markets import market_shares
from claimgraph.web.chart import share_chart
from claimgraph.web.render import page, with_query

router = APIRouter(include_in_schema=False, route_class=ReadRoute)  # held to the REST reads' limits
PER_PAGE = 50
GRAPH_NODES = 60  # nearest first; a hub's whole neighbourhood would be a hairball on a phone


@router.get("/ui/entities/{key}")
def entity_page(
    request: Request,
    store: StoreDep,
    iris: IrisDep,
    key: str,
    cursor: Annotated[str | None, Query(max_length=4096)] = None,
) -> Response:
    def build() -> dict[str, Any]:
        entity = read_entity(store, iris, key)
        if entity is None:
            raise NotFoundError(f"no entity {key[:80]!r}", hint="search for it from the home page")
        claims = entity_claims(store, iris, key, limit=PER_PAGE, cursor=cursor)
        near = neighbours(store, iris, entity["id"], 1)
        nodes = near["nodes"][:GRAPH_NODES]
        kept = {entity["id"], *(node["id"] for node in nodes)}
        edges = [e for e in near["edges"] if e["subject"] in kept and e["object"] in kept]
        board = market_shares(store, iris, key)
        return {
            "title": entity["label"],
            "entity": entity,
            "claims": claims,
            "next_page": with_query(f"/ui/entities/{key}", {"cursor": claims.next}) if claims and claims.next else None,
            "neighbours": nodes,
            "graph": {"center": entity["id"], "nodes": [_node(entity, 0), *nodes], "edges": edges},
            "board": board if board and board["claims"] else None,
            "chart": share_chart(board) if board and board["claims"] else None,
        }

    return page(request, "entity.html", build, twin=f"/entities/{key}")


def _node(entity: dict[str, Any], distance: int) -> dict[str, Any]:
    return {"id": entity["id"], "key": entity["key"], "label": entity["label"], "types": entity["types"],
            "distance": distance}  # fmt: skip
