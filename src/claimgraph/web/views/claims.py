"""The claims table (the filters of ``GET /claims``, cursor pages) and one claim's page: its statement, its
trace (every source stating it, the evidence marked in its paragraph), the claims that corroborate and
contradict it side by side, and its ClaimReview embedded as JSON-LD."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from claimgraph.api.deps import IrisDep, StoreDep
from claimgraph.api.reads import ReadRoute
from claimgraph.query.entities import entity_index, resolve_entity
from claimgraph.query.listing import ClaimFilter, list_claims
from claimgraph.query.review import claim_review
from claimgraph.query.sources import read_source_metadata
from claimgraph.query.trace import claim_iri, trace
from claimgraph.web.render import page, with_query

router = APIRouter(include_in_schema=False, route_class=ReadRoute)  # held to the REST reads' limits
PER_PAGE = 25
Text = Annotated[str | None, Query(max_length=200)]


@router.get("/ui/claims")
def claims_table(
    request: Request,
    store: StoreDep,
    iris: IrisDep,
    claim_type: Annotated[str | None, Query(alias="type", max_length=40)] = None,
    entity: Text = None,
    source: Text = None,
    modality: Annotated[str | None, Query(max_length=20)] = None,
    min_value: Annotated[float | None, Query(alias="min")] = None,
    max_value: Annotated[float | None, Query(alias="max")] = None,
    q: Text = None,
    cursor: Annotated[str | None, Query(max_length=4096)] = None,
) -> Response:
    """Empty form fields arrive as empty strings and mean "any"; an entity may be named by key, IRI or label
    (the twin gets its key, which is what ``/claims`` takes)."""
    if entity and (record := resolve_entity(entity_index(store, iris), iris, entity)) is not None:
        entity = record.key
    params: dict[str, Any] = {"type": claim_type, "entity": entity, "source": source, "modality": modality,
                              "min": min_value, "max": max_value, "q": q}  # fmt: skip
    params = {name: value for name, value in params.items() if value not in (None, "")}

    def build() -> dict[str, Any]:
        claim_filter = ClaimFilter(
            type=claim_type or None, entity=entity or None, source=source or None, modality=modality or None,
            min=min_value, max=max_value, q=q or None,
        )  # fmt: skip
        found = list_claims(store, iris, claim_filter, sort="source", limit=PER_PAGE, cursor=cursor)
        sources = sorted(read_source_metadata(store, iris).values(), key=lambda s: s["file"])
        return {
            "claims": found,
            "filters": params,
            "sources": sources,
            "cursor": cursor,
            "next_page": with_query("/ui/claims", {**params, "cursor": found.next}) if found.next else None,
            "first_page": with_query("/ui/claims", params) if cursor else None,
        }

    twin = with_query("/claims", {**params, "cursor": cursor, "limit": PER_PAGE})
    return page(request, "claims.html", build, twin=twin, title="Claims")


@router.get("/ui/claims/{source_id}/{claim_key}")
def claim_page(request: Request, store: StoreDep, iris: IrisDep, source_id: str, claim_key: str) -> Response:
    rest = f"/claims/{source_id}/{claim_key}"

    def build() -> dict[str, Any]:
        traced = trace(store, iris, claim_iri(iris, source_id, claim_key))
        claim = traced["claim"]
        appearances = [{**a, "evidence": [_marked(e) for e in a["evidence"]]} for a in traced["appearances"]]
        return {
            "title": f"{claim['type']}: {claim['subject']['label'] if claim['subject'] else 'claim'}",
            "claim": claim,
            "trace": traced,
            "appearances": appearances,
            "review": claim_review(traced),
            "review_url": rest + "/review",
            "detail_url": rest,
        }

    return page(request, "claim.html", build, twin=rest + "/trace")


def _marked(evidence: dict[str, Any]) -> dict[str, Any]:
    """An evidence in its paragraph, cut for the template: text before the quote, the quote, text after."""
    sentence, offset = evidence["sentence"], evidence["sentence_start"]
    head = sentence[: max(0, evidence["start"] - offset)]
    tail = sentence[max(0, evidence["end"] - offset) :]
    return {**evidence, "pre": evidence["before"] + head, "post": tail + evidence["after"]}
