"""``/claims``: the claims listing with filters and cursor pages, one claim with its evidence in context, its
trace and its ClaimReview. A claim is named by the last two segments of its IRI, ``<base>claim/{source_id}/
{claim_key}``, so ``/claims/{source_id}/{claim_key}`` is the claim's IRI with the API's base in front."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from claimgraph.api.deps import IrisDep, StoreDep
from claimgraph.api.reads import ReadRoute
from claimgraph.api.schemas import ClaimDetail, ClaimPage, Trace, one_of, problems
from claimgraph.errors import NotFoundError
from claimgraph.query.listing import CLAIM_SORT_NAMES, ClaimFilter, list_claims
from claimgraph.query.review import review_claim
from claimgraph.query.trace import claim_iri, read_claim_in_context, trace
from claimgraph.records import CLAIM_TYPES, MODALITIES, UNITS

router = APIRouter(tags=["Claims"], route_class=ReadRoute)
MAX_LIMIT = 500
_CLAIM_KEY = re.compile(r"[0-9a-f]{8,64}")

Text = Annotated[str | None, Query(max_length=20_000)]


@router.get("/claims", response_model=ClaimPage, responses=problems(400, 503), summary="Claims, filtered and paged")
def get_claims(
    store: StoreDep,
    iris: IrisDep,
    claim_type: Annotated[
        str | None,
        Query(alias="type", description="A claim type, e.g. MarketShare.", json_schema_extra=one_of(CLAIM_TYPES)),
    ] = None,
    entity: Annotated[str | None, Query(description="Entity key or IRI, as subject or object.")] = None,
    subject: Annotated[str | None, Query(description="Entity key (alibaba-cloud) or IRI.")] = None,
    object_: Annotated[str | None, Query(alias="object", description="Entity key or IRI.")] = None,
    source: Annotated[str | None, Query(description="Source id, e.g. 000_12e874cc8a214095.")] = None,
    modality: Annotated[
        str | None,
        Query(description="asserted, reported, estimated, forecast or negated.", json_schema_extra=one_of(MODALITIES)),
    ] = None,
    attributed_to: Annotated[str | None, Query(description="Entity key or IRI of the party cited.")] = None,
    unit: Annotated[
        str | None, Query(description="percent, USD, CNY, times, GW, ...", json_schema_extra=one_of(UNITS))
    ] = None,
    min_value: Annotated[
        float | None, Query(alias="min", description="Lowest value (ranges that reach it count).")
    ] = None,
    max_value: Annotated[float | None, Query(alias="max", description="Highest value.")] = None,
    time_from: Annotated[
        str | None, Query(alias="from", description="Period the claim's period overlaps from: 2025, 2025-H1, 2025-06.")
    ] = None,
    time_to: Annotated[str | None, Query(alias="to", description="Period the claim's period overlaps up to.")] = None,
    q: Annotated[str | None, Query(description="Words that must all appear in the claim's quote (any case).")] = None,
    sort: Annotated[
        str,
        Query(description="One of " + ", ".join(CLAIM_SORT_NAMES) + ".", json_schema_extra=one_of(CLAIM_SORT_NAMES)),
    ] = "source",
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Claims per page.")] = 50,
    cursor: Annotated[str | None, Query(description="The `next` value of the previous page.")] = None,
    include: Annotated[
        Literal["superseded"] | None,
        Query(description="`superseded`: also claims that an edited version of their source no longer states."),
    ] = None,
) -> Any:
    claim_filter = ClaimFilter(
        type=claim_type, source=source, entity=entity, subject=subject, object=object_, modality=modality,
        attributed_to=attributed_to, unit=unit, min=min_value, max=max_value, time_from=time_from, time_to=time_to,
        q=q, include_superseded=include == "superseded",
    )  # fmt: skip
    page = list_claims(store, iris, claim_filter, sort=sort, limit=limit, cursor=cursor)
    return {"items": page.items, "total": page.total, "next": page.next}


@router.get(
    "/claims/{source_id}/{claim_key}",
    response_model=ClaimDetail,
    responses=problems(400, 404, 503),
    summary="One claim, each evidence in its sentence with context",
)
def get_claim(store: StoreDep, iris: IrisDep, source_id: str, claim_key: str) -> Any:
    return read_claim_in_context(store, iris, _claim(iris, source_id, claim_key))


@router.get(
    "/claims/{source_id}/{claim_key}/trace",
    response_model=Trace,
    responses=problems(400, 404, 503),
    summary="The claim's trace: sources, corroboration, contradiction, origins, first appearance",
)
def get_trace(store: StoreDep, iris: IrisDep, source_id: str, claim_key: str) -> Any:
    return trace(store, iris, _claim(iris, source_id, claim_key))


@router.get(
    "/claims/{source_id}/{claim_key}/review",
    response_class=JSONResponse,
    responses={200: {"content": {"application/ld+json": {}}, "description": "schema.org ClaimReview, JSON-LD"},
               **problems(400, 404, 503)},
    summary="The trace as a schema.org ClaimReview (JSON-LD) with the rating left to the fact-checker",
)  # fmt: skip
def get_review(store: StoreDep, iris: IrisDep, source_id: str, claim_key: str) -> JSONResponse:
    document = review_claim(store, iris, _claim(iris, source_id, claim_key))
    return JSONResponse(document, media_type="application/ld+json")


def _claim(iris: IrisDep, source_id: str, claim_key: str) -> str:
    """Claim keys are content digests (hex); anything else names no claim, whatever it contains."""
    if not _CLAIM_KEY.fullmatch(claim_key):
        raise NotFoundError(f"no claim {claim_key[:80]!r} in source {source_id[:80]!r}")
    return claim_iri(iris, source_id, claim_key)
