"""A reverse proxy that demands HTTP Basic authentication, in front of a real SPARQL server: how a store is often
published (nginx or Apache with a password file before Oxigraph or Fuseki). Starlette answers, httpx forwards, and
uvicorn serves it on a loopback port (``serve_app``), so claimgraph's Basic credentials cross real HTTP twice."""

from __future__ import annotations

import base64
import secrets
from collections.abc import Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from sparql_server import free_socket, serve_app

# Headers that belong to one connection, or that httpx recomputes for the body it sends or has decoded.
_HOP = {"host", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "authorization"}


def basic_auth_app(upstream: str, user: str, password: str) -> Starlette:
    """Every request with the right ``Authorization: Basic`` is passed to ``upstream`` (same path and query);
    any other gets 401 with a Basic challenge, as nginx's ``auth_basic`` answers."""
    expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()

    @asynccontextmanager
    async def lifespan(app: Starlette) -> Any:
        async with httpx.AsyncClient(base_url=upstream, timeout=60) as client:
            app.state.client = client
            yield

    async def forward(request: Request) -> Response:
        if not secrets.compare_digest(request.headers.get("authorization", ""), expected):
            return Response("authorization required", 401, {"WWW-Authenticate": 'Basic realm="claimgraph-test"'})
        sent = await request.app.state.client.request(
            request.method,
            request.url.path,
            params=request.query_params.multi_items(),
            content=await request.body(),
            headers={k: v for k, v in request.headers.items() if k.lower() not in _HOP},
        )
        headers = {k: v for k, v in sent.headers.items() if k.lower() not in _HOP}
        return Response(sent.content, sent.status_code, headers)

    return Starlette(routes=[Route("/{path:path}", forward, methods=["GET", "POST"])], lifespan=lifespan)


@contextmanager
def basic_auth_proxy(upstream: str, user: str, password: str) -> Iterator[str]:
    """The proxy's base URL, until the block ends."""
    with serve_app(basic_auth_app(upstream, user, password), free_socket()) as url:
        yield url
