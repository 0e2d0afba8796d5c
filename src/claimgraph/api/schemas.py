"""The wire contract of the REST API: pydantic models of every response body, from which ``/openapi.json`` is made.

They mirror the dictionaries the read services in ``query/`` return (the claim shape is the one ``claimgraph
claims`` prints), so the pipeline and the wire can change independently while a test holds them together.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Number = int | float


class EntityRef(BaseModel):
    id: str = Field(description="The entity's IRI.")
    label: str


class SourceRef(BaseModel):
    id: str = Field(description="The source's IRI, <base>source/{id}.")
    file: str | None
    title: str | None


class Evidence(BaseModel):
    source: SourceRef
    quote: str = Field(description="Exactly the stored text between start and end.")
    start: int = Field(description="Character offset into the source's stored text.")
    end: int


class Claim(BaseModel):
    """One claim, in the shape shared by `claimgraph claims` and the API."""

    id: str = Field(description="The claim's IRI; its last two segments name it in /claims/{source_id}/{claim_key}.")
    type: str
    subject: EntityRef
    object: EntityRef | None
    value: Number | None
    value_max: Number | None
    unit: str | None
    time: str | None = Field(description="The period the claim is about: 2026, 2026-04, 2025-H1, FY2026.")
    measure: str | None
    effect: str | None
    modality: str
    attributed_to: EntityRef | None
    confidence: Number
    evidence: list[Evidence]


class ClaimPage(BaseModel):
    items: list[Claim]
    total: int = Field(description="Claims matching the filters, on all pages together.")
    next: str | None = Field(description="Cursor of the next page (pass it as `cursor`); null on the last page.")


class EvidenceInContext(Evidence):
    sentence: str = Field(description="The sentence (or list row) holding the quote.")
    sentence_start: int
    sentence_end: int
    before: str = Field(description="Up to 160 characters of stored text before the sentence.")
    after: str = Field(description="Up to 160 characters of stored text after the sentence.")


class ClaimDetail(Claim):
    evidence: list[EvidenceInContext]  # type: ignore[assignment]


class SourceMetadata(BaseModel):
    id: str = Field(description="The source's IRI.")
    key: str = Field(description="The source id used in URLs: /sources/{key}.")
    file: str
    title: str | None
    author: str | None
    publisher: str | None
    date: str | None = Field(description="Publication date as the article or its sidecar states it.")
    language: str | None
    url: str | None
    media_type: str | None
    sha256: str
    ingested: str | None = Field(description="When its claims were extracted (start of the extraction activity).")


class SourcePage(BaseModel):
    items: list[SourceMetadata]
    total: int
    next: str | None


class SourceDetail(SourceMetadata):
    text: str = Field(description="The stored text every evidence offset refers to.")
    claims: list[Claim]


class Submitted(BaseModel):
    status: Literal["new", "replaced", "unchanged"]
    source: SourceDetail


class Difference(BaseModel):
    absolute: float
    relative: float | None
    unit: str | None = Field(description="'percentage points' for percentages, else the claims' unit.")
    tolerance: float = Field(description="The largest absolute difference that still counts as agreement.")


class Appearance(BaseModel):
    claim_id: str
    source: SourceMetadata
    attributed_to: EntityRef | None
    value: Number | None
    value_max: Number | None
    unit: str | None
    time: str | None
    modality: str
    evidence: list[EvidenceInContext]


class RelatedClaim(BaseModel):
    claim: Claim
    source: SourceMetadata
    reasons: list[str] = Field(description="Why the claim is placed where it is.")
    difference: Difference | None


class Origin(BaseModel):
    attributed_to: EntityRef | None = Field(description="The party the sources cite; null: the source itself.")
    label: str
    sources: list[str]
    claims: list[str]


class FirstAppearance(BaseModel):
    source: SourceMetadata
    date: str | None
    basis: Literal["publication date", "ingest time"]
    undated_sources: list[str]


class Tolerance(BaseModel):
    rule: str
    percentage_points: float
    relative: float


class ValueChange(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    from_: Claim = Field(alias="from", description="The claim of the earlier version.")
    to: Claim = Field(description="The claim of the next version: same figure, another value.")


class RevisionChanges(BaseModel):
    added: list[Claim]
    removed: list[Claim]
    changed: list[ValueChange]


class Version(BaseModel):
    id: str = Field(description="IRI of this version: <base>source/{id}/revision/{sha12}, or the source's own.")
    sha256: str
    title: str | None
    date: str | None
    ingested: str | None
    superseded: str | None = Field(description="When a later version replaced it; null for the current one.")
    changes: RevisionChanges | None = Field(description="What the next version changed; null for the current one.")


class Revisions(BaseModel):
    source: str
    versions: list[Version] = Field(description="Oldest first; the last is the current version.")


class ClaimHistory(BaseModel):
    superseded: str | None = Field(description="When a later version of its source dropped or changed the claim.")
    replaced_by: list[Claim] = Field(description="The claims of later versions that give this figure another value.")
    replaces: list[Claim] = Field(description="The claims of earlier versions whose value this one replaced.")


class Trace(BaseModel):
    claim: Claim
    summary: str
    tolerance: Tolerance
    appearances: list[Appearance] = Field(description="The claim and each corroborating claim, with evidence.")
    corroborating: list[RelatedClaim]
    contradicting: list[RelatedClaim]
    measures_other: list[RelatedClaim] = Field(
        description="Claims that only look contradictory: another object or scope, measure, period or unit."
    )
    origins: list[Origin]
    first_appearance: FirstAppearance
    revisions: ClaimHistory


class Stats(BaseModel):
    quads: int
    sources: int
    claims: int
    evidence: int
    entities: int
    claims_by_type: dict[str, int]


class Health(BaseModel):
    status: str
    version: str


class Problem(BaseModel):
    """RFC 9457 problem details, the body of every error response."""

    model_config = ConfigDict(extra="allow")

    type: str
    title: str
    status: int
    detail: str | None = None
    hint: str | None = None


def one_of(values: Iterable[str]) -> dict[str, Any]:
    """The closed vocabulary of a string parameter, for its OpenAPI schema (``json_schema_extra``): the route still
    checks it, with an error that names the choices, but clients and schemathesis see the choices up front."""
    return {"enum": list(values)}


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI descriptions of error responses, all problem+json."""
    return {
        status: {"model": Problem, "content": {"application/problem+json": {}}, "description": _WHY[status]}
        for status in statuses
    }


_WHY = {
    400: "Bad input: an unknown filter value, a malformed cursor or id, an unreadable period.",
    401: "No bearer token, or the wrong one.",
    403: "Writes are disabled: no API token is configured.",
    404: "No such claim or source.",
    409: "A source with this id exists with other content (pass replace=true).",
    413: "The uploaded text is too large.",
    415: "The body is of a media type this endpoint does not read.",
    503: "The store is busy or unavailable.",
}
