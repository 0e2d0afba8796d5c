"""``/sources``: the articles in the store (paged), one with its stored text and claims, and the guarded writes
(``POST`` a text, ``DELETE`` a source). Sources are named by id, the last segment of ``<base>source/{id}``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from claimgraph.api.auth import WriteAccess
from claimgraph.api.deps import IrisDep, StoreDep, WriterDep
from claimgraph.api.reads import ReadRoute
from claimgraph.api.schemas import Revisions, SourceDetail, SourcePage, Submitted, problems
from claimgraph.errors import InputError, RequestTooLargeError, UnsupportedMediaTypeError
from claimgraph.query.revisions import read_revisions
from claimgraph.query.sources import list_sources, read_source
from claimgraph.records import SourceMetadata
from claimgraph.uploads import EXTENSIONS, Upload

router = APIRouter(tags=["Sources"], route_class=ReadRoute)
MAX_LIMIT = 500
MAX_UPLOAD_BYTES = 2_000_000
JSON = "application/json"
# A raw body is the article itself: any bytes on the wire are a text of that media type (a body reading "null" or
# "0.15" is a short article, not a JSON null or number), so its schema constrains nothing.
RAW_TEXT = {"description": "The article, as text of this media type."}


class SourceIn(BaseModel):
    """A text to ingest, sent as JSON; the same metadata may instead come as query parameters beside a raw body."""

    text: str = Field(description="The article's text (plain, Markdown or HTML as `media_type` says).")
    media_type: str = Field(default="text/plain", description="text/plain, text/markdown or text/html.")
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    date: str | None = Field(default=None, description="Publication date, ISO 8601 (2026-03-12) or a year.")
    url: str | None = None
    language: str = "en"


@router.get("/sources", response_model=SourcePage, responses=problems(400, 503), summary="Sources, paged")
def get_sources(
    store: StoreDep,
    iris: IrisDep,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    cursor: Annotated[str | None, Query(description="The `next` value of the previous page.")] = None,
) -> Any:
    page = list_sources(store, iris, limit=limit, cursor=cursor)
    return {"items": page.items, "total": page.total, "next": page.next}


@router.get(
    "/sources/{source_id}",
    response_model=SourceDetail,
    responses=problems(400, 404, 503),
    summary="One source: metadata, stored text and its claims with their spans",
)
def get_source(store: StoreDep, iris: IrisDep, source_id: str) -> Any:
    return read_source(store, iris, source_id)


@router.get(
    "/sources/{source_id}/revisions",
    response_model=Revisions,
    responses=problems(400, 404, 503),
    summary="Versions of an edited source, oldest first, each with what the next version changed",
)
def get_revisions(store: StoreDep, iris: IrisDep, source_id: str) -> Any:
    return read_revisions(store, iris, source_id)


@router.post(
    "/sources",
    response_model=Submitted,
    status_code=201,
    dependencies=[WriteAccess],
    responses={200: {"model": Submitted, "description": "The same text was already stored: nothing changed."},
               **problems(400, 401, 403, 409, 413, 415, 503)},
    openapi_extra={"requestBody": {"content": {
        JSON: {"schema": SourceIn.model_json_schema()},
        **{media_type: {"schema": RAW_TEXT} for media_type in EXTENSIONS},
    }}},
    summary="Ingest a text (JSON, or a raw text/plain, text/markdown or text/html body); returns it with its claims",
)  # fmt: skip
async def post_source(
    request: Request,
    response: Response,
    store: StoreDep,
    iris: IrisDep,
    writer: WriterDep,
    source_id: Annotated[
        str | None, Query(alias="id", description="Source id; default: from the text's digest.")
    ] = None,
    replace: Annotated[bool, Query(description="Replace a source of this id whose text differs.")] = False,
    title: str | None = None,
    author: str | None = None,
    publisher: str | None = None,
    date: str | None = None,
    url: str | None = None,
    language: str = "en",
) -> Any:
    upload = await _read_upload(
        request, source_id, replace, SourceMetadata(title, author, publisher, date, language, url)
    )
    status, stored_id = await run_in_threadpool(writer.submit, upload)
    response.status_code = 200 if status == "unchanged" else 201
    return {"status": status, "source": await run_in_threadpool(read_source, store, iris, stored_id)}


@router.delete(
    "/sources/{source_id}",
    status_code=204,
    dependencies=[WriteAccess],
    responses=problems(400, 401, 403, 404, 503),
    summary="Remove a source and every claim drawn from it",
)
def delete_source(writer: WriterDep, source_id: str) -> Response:
    writer.remove(source_id)
    return Response(status_code=204)


async def _read_upload(request: Request, source_id: str | None, replace: bool, metadata: SourceMetadata) -> Upload:
    """The body as an Upload: size checked before and while reading, media type by Content-Type."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES:
        raise RequestTooLargeError(f"the body is larger than {MAX_UPLOAD_BYTES} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_UPLOAD_BYTES:
            raise RequestTooLargeError(f"the body is larger than {MAX_UPLOAD_BYTES} bytes")
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type == JSON:
        try:
            sent = SourceIn.model_validate_json(bytes(body))
        except ValueError as error:
            raise InputError(f"the JSON body is not a source: {str(error)[:500]}") from error
        fields = sent.model_dump(exclude={"text", "media_type"})
        return Upload(sent.text.encode("utf-8"), sent.media_type, source_id, SourceMetadata(**fields), replace)
    if media_type not in EXTENSIONS:
        raise UnsupportedMediaTypeError(
            f"cannot read a body of type {media_type or 'none'!r}", hint="send JSON or " + ", ".join(EXTENSIONS)
        )
    return Upload(bytes(body), media_type, source_id, metadata, replace)
