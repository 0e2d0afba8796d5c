"""Reading a SPARQL 1.1 Protocol query request (https://www.w3.org/TR/sparql11-protocol/#query-operation).

Three ways to send a query: ``GET ?query=``, ``POST`` form-encoded (``query=`` in the body), ``POST`` with
``Content-Type: application/sparql-query`` (the query is the body); ``default-graph-uri`` and
``named-graph-uri`` may repeat. Everything else the Protocol forbids is refused here with a 4xx naming the rule:
two queries, a body of another media type or not in UTF-8, and any update (the endpoint is read-only).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import parse_qsl

from claimgraph.errors import ProtocolError, QueryRefusedError, UnsupportedMediaTypeError
from claimgraph.query.sparql import ClientQuery

FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"
READ_ONLY = "this endpoint is read-only: SPARQL Update is refused"
READ_ONLY_HINT = "writes go through claimgraph's ingest, not through /sparql"

Params = Mapping[str, Sequence[str]]


@dataclass(frozen=True)
class ParsedRequest:
    """A query request, or ``query`` None for a bare ``GET /sparql`` (the service description)."""

    query: ClientQuery | None
    format: str | None


def params_from_pairs(pairs: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for name, value in pairs:
        params.setdefault(name, []).append(value)
    return params


def read_get(params: Params) -> ParsedRequest:
    if "update" in params:
        raise QueryRefusedError(READ_ONLY, hint=READ_ONLY_HINT)
    fmt = _single(params, "format")
    if "query" not in params:
        extra = sorted(set(params) - {"format"})
        if extra:
            raise ProtocolError(f"parameters {', '.join(extra)} need a query", hint="add query=…")
        return ParsedRequest(None, fmt)
    return ParsedRequest(_query(params, _required(params, "query")), fmt)


def read_post(content_type: str | None, body: bytes, url_params: Params) -> ParsedRequest:
    media, charset = _media_type(content_type)
    if media == UPDATE_BODY:
        raise QueryRefusedError(READ_ONLY, hint=READ_ONLY_HINT)
    if media not in (FORM, QUERY_BODY):
        raise UnsupportedMediaTypeError(
            f"a POST to /sparql needs Content-Type {FORM} or {QUERY_BODY}, not {content_type or 'none'}",
            hint="see the SPARQL 1.1 Protocol, section 2.1",
        )
    if charset not in (None, "utf-8", "utf8"):
        raise UnsupportedMediaTypeError(f"the body must be UTF-8, not {charset}")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProtocolError(f"the body is not valid UTF-8: {error}") from error
    if media == QUERY_BODY:
        if "query" in url_params or "update" in url_params:
            raise ProtocolError("with Content-Type application/sparql-query the query is the body, not a parameter")
        return ParsedRequest(_query(url_params, text), _single(url_params, "format"))
    try:
        form = params_from_pairs(parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict"))
    except UnicodeDecodeError as error:
        raise ProtocolError(f"the form is not valid UTF-8 once decoded: {error}") from error
    if "update" in form:
        raise QueryRefusedError(READ_ONLY, hint=READ_ONLY_HINT)
    fmt = _single(form, "format") or _single(url_params, "format")
    return ParsedRequest(_query(form, _required(form, "query")), fmt)


def _query(params: Params, sparql: str) -> ClientQuery:
    default_graphs = params.get("default-graph-uri")
    named_graphs = params.get("named-graph-uri")
    return ClientQuery(
        sparql,
        tuple(default_graphs) if default_graphs is not None else None,
        tuple(named_graphs) if named_graphs is not None else None,
    )


def _required(params: Params, name: str) -> str:
    value = _single(params, name)
    if value is None:
        raise ProtocolError(f"the request has no {name} parameter")
    return value


def _single(params: Params, name: str) -> str | None:
    values = params.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise ProtocolError(f"the request has {len(values)} {name} parameters; the protocol allows one")
    return values[0]


def _media_type(content_type: str | None) -> tuple[str | None, str | None]:
    if not content_type:
        return None, None
    media, *parameters = (part.strip() for part in content_type.split(";"))
    charset = None
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.lower(), charset
