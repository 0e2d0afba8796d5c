"""The one place that maps claimgraph's exception tree to HTTP statuses, and every error to one JSON shape:
RFC 9457 problem details (``application/problem+json``), from our errors, Starlette's (404, 405) and request
validation alike. Internal failures are not caught here: a bug stays a 500, never a fake 400."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.routing import BaseRoute

from claimgraph.errors import (
    AnswerTooLargeError,
    ClaimgraphError,
    ConflictError,
    InputError,
    NotAcceptableError,
    NotFoundError,
    QueryMemoryError,
    QueryRefusedError,
    QuerySyntaxError,
    QueryTimeoutError,
    RequestTooLargeError,
    ServerBusyError,
    StoreError,
    UnsupportedMediaTypeError,
    ValidationFailed,
)

log = logging.getLogger(__name__)
PROBLEM = "application/problem+json"
ERROR_TYPES = "https://w3id.org/claimgraph/errors/"
# Most specific class first: a class's status is that of its nearest listed ancestor.
STATUSES: dict[type[ClaimgraphError], int] = {
    RequestTooLargeError: 413,
    UnsupportedMediaTypeError: 415,
    NotFoundError: 404,
    ConflictError: 409,
    NotAcceptableError: 406,
    InputError: 400,
    QueryRefusedError: 403,
    QueryTimeoutError: 503,
    QueryMemoryError: 507,
    AnswerTooLargeError: 507,
    ServerBusyError: 503,
    StoreError: 503,
    ValidationFailed: 409,
}
RETRY_AFTER_SECONDS = "5"
_POSITION = re.compile(r"error at (\d+):(\d+)")


def status_of(error: ClaimgraphError) -> int:
    return next((STATUSES[cls] for cls in type(error).__mro__ if cls in STATUSES), 500)


def problem(status: int, title: str, detail: str | None, type_: str = "about:blank", **extra: object) -> JSONResponse:
    body: dict[str, object] = {"type": type_, "title": title, "status": status}
    if detail:
        body["detail"] = detail
    body.update({name: value for name, value in extra.items() if value is not None})
    return JSONResponse(body, status_code=status, media_type=PROBLEM)


def _methods_at(request: Request) -> list[str]:
    """Every documented method at the request's path (``app.state.methods``, see ``documented_methods``).
    Starlette's 405 names those of the first route that matched the path only: OPTIONS /sources/{id} said
    ``Allow: GET`` though DELETE is served there too."""
    path = request.scope["path"]
    table: list[tuple[re.Pattern[str], set[str]]] = getattr(request.app.state, "methods", [])
    return sorted({method for pattern, methods in table if pattern.match(path) for method in methods})


def documented_methods(routes: Iterable[BaseRoute]) -> list[tuple[re.Pattern[str], set[str]]]:
    """Each documented route's path pattern and methods, for the Allow header of a 405."""
    return [(route.path_regex, route.methods) for route in routes
            if isinstance(route, APIRoute) and route.include_in_schema and route.methods]  # fmt: skip


def _openapi_with_400(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """FastAPI documents a 422 for every route with parameters, but this app answers a request that fails
    validation 400 problem+json (``validation_error`` below): the schema says so instead."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = build()
            components = schema.get("components", {}).get("schemas", {})
            bad_input: dict[str, Any] = {"description": "Bad input: a parameter of the wrong type or out of range."}
            if "Problem" in components:
                bad_input["content"] = {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}}
            for operations in schema.get("paths", {}).values():
                for operation in operations.values():
                    responses = operation.get("responses", {})
                    if responses.pop("422", None) is not None:
                        responses.setdefault("400", bad_input)
            for name in ("HTTPValidationError", "ValidationError"):
                components.pop(name, None)
        return app.openapi_schema  # type: ignore[return-value]

    return openapi


def install_error_handlers(app: FastAPI) -> None:
    app.openapi = _openapi_with_400(app)  # type: ignore[method-assign]

    @app.exception_handler(ClaimgraphError)
    async def claimgraph_error(request: Request, error: ClaimgraphError) -> JSONResponse:
        status = status_of(error)
        extra: dict[str, object] = {"hint": error.hint}
        if isinstance(error, QuerySyntaxError) and (position := _POSITION.search(error.message)):
            extra.update(line=int(position.group(1)), column=int(position.group(2)))
        response = problem(status, HTTPStatus(status).phrase, error.message, ERROR_TYPES + error.code, **extra)
        if isinstance(error, ServerBusyError):
            response.headers["Retry-After"] = RETRY_AFTER_SECONDS
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        detail = error.detail if error.detail != HTTPStatus(error.status_code).phrase else None
        response = problem(error.status_code, HTTPStatus(error.status_code).phrase, detail)
        for name, value in (error.headers or {}).items():
            response.headers[name] = value
        if error.status_code == 405 and (methods := _methods_at(request)):
            response.headers["Allow"] = ", ".join(methods)
        return response

    @app.exception_handler(ClientDisconnect)
    async def client_gone(request: Request, error: ClientDisconnect) -> Response:
        """A client that hangs up before its whole request arrived is routine on a public endpoint: one line
        in the log, not a traceback; the answer goes nowhere."""
        log.warning("client went away before its request was complete: %s %s", request.method, request.url.path)
        return Response(status_code=400)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> JSONResponse:
        messages = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
        return problem(400, HTTPStatus(400).phrase, messages, ERROR_TYPES + "input")
