"""The home page (counts, search, recent sources, central entities) and search over entities and claims."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from claimgraph.api.deps import IrisDep, StoreDep
from claimgraph.api.reads import ReadRoute
from claimgraph.query.analysis import centrality
from claimgraph.query.entities import search_entities
from claimgraph.query.listing import ClaimFilter, list_claims
from claimgraph.query.sources import read_source_metadata
from claimgraph.query.stats import read_stats
from claimgraph.web.render import page, with_query

router = APIRouter(include_in_schema=False, route_class=ReadRoute)  # held to the REST reads' limits
RECENT = 6
FOUND = 20


@router.get("/")
def home(request: Request, store: StoreDep, iris: IrisDep) -> Response:
    def build() -> dict[str, Any]:
        sources = sorted(
            read_source_metadata(store, iris).values(),
            key=lambda s: (s.get("date") or "", s.get("ingested") or "", s["file"]),
            reverse=True,
        )
        return {
            "stats": read_stats(store),
            "recent": sources[:RECENT],
            "central": centrality(store, iris, "pagerank", limit=8)["items"],
        }

    return page(request, "home.html", build, twin="/stats", title="Claims about the AI market")


@router.get("/ui/search")
def search(request: Request, store: StoreDep, iris: IrisDep, q: Annotated[str, Query(max_length=200)] = "") -> Response:
    """Entities whose names match (typos allowed, as ``/entities?q=``) and claims whose quote holds the words."""

    def build() -> dict[str, Any]:
        words = q.strip()
        if not words:
            return {"q": "", "entities": [], "claims": None}
        entities = search_entities(store, iris, words, limit=FOUND)
        claims = list_claims(store, iris, ClaimFilter(q=words), sort="source", limit=FOUND, cursor=None)
        return {"q": words, "entities": entities.items, "entities_total": entities.total, "claims": claims}

    return page(request, "search.html", build, twin=with_query("/entities", {"q": q}), title=f"Search: {q}")
