"""``/entities``: search, one entity, its claims and its neighbourhood. Entities are named in URLs by their key,
the last segment of their IRI (``/entities/alibaba-cloud`` is ``<base>entity/alibaba-cloud``)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from claimgraph.api.deps import SettingsDep, StoreDep
from claimgraph.api.graph_schemas import ClaimPage, EntityDetail, EntityPage, Neighbourhood
from claimgraph.api.reads import ReadRoute
from claimgraph.api.schemas import one_of
from claimgraph.graph.namespaces import Iris
from claimgraph.query.analysis import neighbours
from claimgraph.query.entities import ROLES, entity_index, entity_summary, read_entity, search_entities
from claimgraph.query.entity_claims import entity_claims
from claimgraph.records import CLAIM_TYPES, ENTITY_TYPES

router = APIRouter(tags=["Entities"], route_class=ReadRoute)
PROBLEM: dict[str, Any] = {"content": {"application/problem+json": {}}}


def not_found(key: str) -> HTTPException:
    return HTTPException(404, detail=f"no entity {key[:80]!r}")


@router.get("/entities", response_model=EntityPage, responses={400: PROBLEM}, summary="Search entities")
def get_entities(
    store: StoreDep,
    settings: SettingsDep,
    q: Annotated[str | None, Query(max_length=200, description="Words of a label or alias; typos allowed.")] = None,
    entity_type: Annotated[
        str | None,
        Query(alias="type", description="Company, Cloud, Lab, Model, ...", json_schema_extra=one_of(ENTITY_TYPES)),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[str | None, Query(max_length=4096, description="`next` of the previous page.")] = None,
) -> Any:
    page = search_entities(store, Iris(settings.base_iri), q, entity_type=entity_type, limit=limit, cursor=cursor)
    return {"items": page.items, "total": page.total, "next": page.next}


@router.get("/entities/{key}", response_model=EntityDetail, responses={404: PROBLEM}, summary="One entity")
def get_entity(store: StoreDep, settings: SettingsDep, key: str) -> Any:
    entity = read_entity(store, Iris(settings.base_iri), key)
    if entity is None:
        raise not_found(key)
    return entity


@router.get(
    "/entities/{key}/claims", response_model=ClaimPage, responses={400: PROBLEM, 404: PROBLEM}, summary="Its claims"
)
def get_entity_claims(
    store: StoreDep,
    settings: SettingsDep,
    key: str,
    claim_type: Annotated[
        str | None,
        Query(alias="type", description="A claim type, e.g. MarketShare.", json_schema_extra=one_of(CLAIM_TYPES)),
    ] = None,
    role: Annotated[
        str | None,
        Query(description="subject, object or attributed_to; any when absent.", json_schema_extra=one_of(ROLES)),
    ] = None,
    source: Annotated[str | None, Query(max_length=400, description="Only claims of this source id.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(max_length=4096)] = None,
) -> Any:
    iris = Iris(settings.base_iri)
    page = entity_claims(
        store, iris, key, claim_type=claim_type, role=role, source_id=source, limit=limit, cursor=cursor
    )
    if page is None:
        raise not_found(key)
    return {"items": page.items, "total": page.total, "next": page.next}


@router.get(
    "/entities/{key}/neighbors",
    response_model=Neighbourhood,
    responses={400: PROBLEM, 404: PROBLEM},
    summary="Entities within 1-3 claims of this one",
)
def get_neighbours(
    store: StoreDep, settings: SettingsDep, key: str, depth: Annotated[int, Query(ge=1, le=3)] = 1
) -> Any:
    iris = Iris(settings.base_iri)
    record = entity_index(store, iris).by_iri.get(f"{iris.base}entity/{key}")
    if record is None:
        raise not_found(key)
    return {"entity": entity_summary(record), **neighbours(store, iris, record.iri, depth)}
