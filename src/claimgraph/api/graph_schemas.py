"""The JSON contract of the entity, analytics and market routes (``routes/entities.py``, ``routes/analysis.py``).

Kept apart from ``schemas.py`` (the claims and sources contract) so that the two evolve without touching one
another; claims inside these answers keep the claims listing's shape, described there, and are typed loosely
here (``ClaimJson``) for that reason.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

ClaimJson = dict[str, Any]


class EntityRef(BaseModel):
    id: str = Field(description="The entity's IRI (dereferenceable on this server).")
    key: str | None = Field(description="The last segment of the IRI, used in URLs: /entities/{key}.")
    label: str | None
    types: list[str] = Field(description="Entity types: Company, Cloud, Lab, Model, Market, ...")


class EntityHit(EntityRef):
    matched: str = Field(description="The label or alias that matched the query.")
    match: str = Field(description="exact, prefix, word (prefix of a word) or fuzzy.")
    score: float = Field(description="Within a kind of match: the share of the name matched, or the fuzzy ratio.")


class EntityPage(BaseModel):
    items: list[EntityHit]
    total: int
    next: str | None = Field(description="Cursor of the next page (pass it as `cursor`); null on the last page.")


class ExternalId(BaseModel):
    scheme: str | None = Field(description="'wikidata' for Wikidata items, else null.")
    id: str | None = Field(description="The identifier within its scheme, e.g. a Wikidata Q-number.")
    iri: str = Field(description="The owl:sameAs target.")


class ClaimCounts(BaseModel):
    total: int
    by_type: dict[str, int]
    by_role: dict[str, int] = Field(description="As subject, object, or the party a claim is attributed to.")


class EntityDetail(EntityRef):
    aliases: list[str]
    parents: list[EntityRef] = Field(description="schema:parentOrganization in the gazetteer.")
    units: list[EntityRef] = Field(description="Entities whose parent organisation this is.")
    claims: ClaimCounts
    external_ids: list[ExternalId]


class ClaimPage(BaseModel):
    items: list[ClaimJson]
    total: int
    next: str | None


class NeighbourNode(EntityRef):
    distance: int = Field(description="Claims between this entity and the one asked about.")


class GraphEdge(BaseModel):
    claim: str
    type: str
    subject: str
    object: str
    value: float | None
    unit: str | None
    time: str | None
    source: str


class Neighbourhood(BaseModel):
    entity: EntityRef
    depth: int
    nodes: list[NeighbourNode]
    edges: list[GraphEdge]
    truncated: bool


class Hop(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    from_: EntityRef = Field(alias="from")
    to: EntityRef
    claims: list[ClaimJson] = Field(description="Every claim linking the two entities, with its evidence.")


class Path(BaseModel):
    length: int = Field(description="Number of hops.")
    entities: list[EntityRef]
    hops: list[Hop]


class Paths(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    from_: EntityRef = Field(alias="from")
    to: EntityRef
    max_hops: int
    k: int
    paths: list[Path]


class RankedEntity(EntityRef):
    rank: int
    score: float


class Centrality(BaseModel):
    measure: str
    type: str | None
    nodes: int
    edges: int
    approximate: bool = Field(description="True when betweenness was estimated from sampled sources.")
    items: list[RankedEntity]


class ShareSource(BaseModel):
    id: str
    title: str | None
    date: str | None
    publisher: str | None


class Share(BaseModel):
    claim: str
    value: float | None
    value_max: float | None
    unit: str | None
    period: str | None
    measure: str | None
    modality: str
    attributed_to: str | None
    confidence: float | None
    source: ShareSource


class PeriodSpread(BaseModel):
    period: str | None
    measure: str | None = Field(default=None, description="What the shares measure (revenue, tokens…), if said.")
    min: float
    max: float
    sources: int
    spread: float | None = Field(description="max − min when at least two sources give a value for the period.")


class CompanyShares(BaseModel):
    company: EntityRef
    shares: list[Share]
    periods: list[PeriodSpread]
    spread: float | None = Field(description="The largest spread over the company's periods.")


class ShareBoard(BaseModel):
    market: EntityRef
    claims: int
    companies: list[CompanyShares]
