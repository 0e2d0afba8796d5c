"""The one place that maps claimgraph's exception tree to HTTP statuses, and every error to one JSON shape:
RFC 9457 problem details (``application/problem+json``), from our errors, Starlette's (404, 405) and request
validation alike. Internal failures are not caught here: a bug stays a 500, never a fake 400."""

from __future__ import annotations

import logging
import re
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.routing import Match, Route

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
    """Every method some route serves at the request's path. Starlette's 405 names those of the first route that
    matched the path only: OPTIONS /sources/{id} said ``Allow: GET`` though DELETE is served there too."""
    methods: set[str] = set()
    for route in request.app.router.routes:
        if isinstance(route, Route) and route.methods and route.matches(request.scope)[0] != Match.NONE:
            methods |= route.methods
    return sorted(methods)


def install_error_handlers(app: FastAPI) -> None:
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
        if error.status_code == 405 and "allow" not in (error.headers or {}):
            response.headers["Allow"] = ", ".join(_methods_at(request))
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
