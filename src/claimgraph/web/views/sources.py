"""The sources: a list, one source's full text with every extracted claim marked in place (coloured and tagged
by type, its statement on hover and focus), and the revisions of an edited source."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from claimgraph.api.deps import IrisDep, StoreDep
from claimgraph.api.reads import ReadRoute
from claimgraph.query.revisions import read_revisions
from claimgraph.query.sources import list_sources, read_source, read_source_text, source_id_of
from claimgraph.web.highlight import runs, types_present
from claimgraph.web.render import page, with_query
from claimgraph.web.textdiff import line_changes

router = APIRouter(include_in_schema=False, route_class=ReadRoute)  # held to the REST reads' limits
PER_PAGE = 50


@router.get("/ui/sources")
def sources_list(
    request: Request, store: StoreDep, iris: IrisDep, cursor: Annotated[str | None, Query(max_length=4096)] = None
) -> Response:
    def build() -> dict[str, Any]:
        found = list_sources(store, iris, limit=PER_PAGE, cursor=cursor)
        next_page = with_query("/ui/sources", {"cursor": found.next}) if found.next else None
        return {"sources": found, "next_page": next_page}

    return page(request, "sources.html", build, twin=with_query("/sources", {"cursor": cursor}), title="Sources")


@router.get("/ui/sources/{source_id}")
def source_page(request: Request, store: StoreDep, iris: IrisDep, source_id: str) -> Response:
    def build() -> dict[str, Any]:
        source = read_source(store, iris, source_id)
        versions = read_revisions(store, iris, source_id)["versions"]
        return {
            "title": source["title"] or source["file"],
            "source": source,
            "runs": runs(source["text"], source["claims"], source["id"]),
            "legend": types_present(source["claims"]),
            "versions": len(versions),
            "source_id": source_id,
        }

    return page(request, "source.html", build, twin=f"/sources/{source_id}")


@router.get("/ui/sources/{source_id}/revisions")
def revisions_page(request: Request, store: StoreDep, iris: IrisDep, source_id: str) -> Response:
    def build() -> dict[str, Any]:
        source = read_source(store, iris, source_id)
        versions = read_revisions(store, iris, source_id)["versions"]
        texts = [read_source_text(store, iris, source_id_of(v["id"], iris)) or "" for v in versions]
        diffs = [line_changes(old, new) for old, new in zip(texts, texts[1:], strict=False)] + [[]]
        return {
            "title": f"Revisions of {source['title'] or source['file']}",
            "source": source,
            "versions": [{**version, "text_changes": diff} for version, diff in zip(versions, diffs, strict=True)],
            "source_id": source_id,
        }

    return page(request, "revisions.html", build, twin=f"/sources/{source_id}/revisions")
