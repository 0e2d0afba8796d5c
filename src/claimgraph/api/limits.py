"""A cap on request bodies, enforced while they are read: a 200 MB POST once cost the server 772 MB because the
body was read whole before anything looked at its size.

A declared ``Content-Length`` over the cap is answered 413 before a byte of the body is read; a body without
one (chunked) is counted as it arrives, and the first piece past the cap ends the request with 413 (the error
is raised inside the route's read, so it leaves through the app's problem+json handlers).
"""

from __future__ import annotations

from http import HTTPStatus

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from claimgraph.api.errors import ERROR_TYPES, problem
from claimgraph.errors import RequestTooLargeError


class BodyLimit:
    """Pure ASGI middleware: no request body longer than ``max_bytes`` reaches a route."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            error = self._error()
            response = problem(413, HTTPStatus(413).phrase, error.message, ERROR_TYPES + error.code, hint=error.hint)
            response.headers["Connection"] = "close"  # the unread body must not be taken for the next request
            await response(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise self._error()
            return message

        await self.app(scope, counted, send)

    def _error(self) -> RequestTooLargeError:
        return RequestTooLargeError(
            f"the request body is larger than this server's {self.max_bytes:,}-byte limit",
            hint="send a shorter query",
        )


def _content_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
