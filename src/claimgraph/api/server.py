"""uvicorn with limits for a public endpoint: how long a request may take to arrive, how large its head may be,
how many connections and requests are served at once, how long an idle connection is kept.

uvicorn times out idle keep-alive connections only: a client that opens a connection and sends half a request
(or nothing) holds it forever, and 1,000 of them were held for a minute. ``TimedHttpToolsProtocol`` gives each
request ``request_timeout`` seconds from its first byte (or from the connection, for the first one) to its last
byte, then closes the connection; a request head over ``MAX_HEAD_BYTES`` is answered 431 and closed.
"""

from __future__ import annotations

import asyncio
import logging

import uvicorn
from fastapi import FastAPI
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from claimgraph.settings import Settings

log = logging.getLogger(__name__)
MAX_HEAD_BYTES = 64 << 10  # request line and headers; the query of a GET rides in it
KEEP_ALIVE_SECONDS = 5


class TimedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, with a deadline for each request to arrive and a cap on its head."""

    request_timeout = 10.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._head_bytes = 0
        self._head_too_large = False
        self._deadline: asyncio.TimerHandle | None = None
        self._arm()

    def on_url(self, url: bytes) -> None:
        self._count_head(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count_head(len(name) + len(value))
        super().on_header(name, value)

    def _count_head(self, size: int) -> None:
        """Counted as the parser hands the pieces over (a whole head can arrive in one read); past the cap the
        parse is stopped, and uvicorn's answer to a parse error becomes 431."""
        self._head_bytes += size
        if self._head_bytes > MAX_HEAD_BYTES:
            self._head_too_large = True
            raise ValueError("request head too large")

    def send_400_response(self, msg: str) -> None:
        if not self._head_too_large:
            super().send_400_response(msg)
            return
        self._disarm()
        self._reply_and_close(b"HTTP/1.1 431 Request Header Fields Too Large\r\n")

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_bytes = 0
        self._arm()

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._disarm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(self.request_timeout, self._expire)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expire(self) -> None:
        """The request did not arrive in time: drop the connection (one log line, no traceback)."""
        self._deadline = None
        if self.transport.is_closing():
            return
        client = f"{self.client[0]}:{self.client[1]}" if self.client else "a client"
        log.warning("closed the connection of %s: its request was not complete within %g s", client,
                    self.request_timeout)  # fmt: skip
        if self.cycle is not None and not self.cycle.response_complete:
            self.cycle.disconnected = True
            self.cycle.message_event.set()
        self.transport.close()

    def _reply_and_close(self, status_line: bytes) -> None:
        self.transport.write(status_line + b"content-length: 0\r\nconnection: close\r\n\r\n")
        self.transport.close()


def server_config(app: FastAPI, settings: Settings, *, host: str, port: int) -> uvicorn.Config:
    protocol = type("Protocol", (TimedHttpToolsProtocol,), {"request_timeout": settings.request_timeout})
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=protocol,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        limit_concurrency=settings.max_connections,
        h11_max_incomplete_event_size=MAX_HEAD_BYTES,  # the same cap, should the pure-Python parser be chosen
        timeout_graceful_shutdown=5,
    )


def run_server(app: FastAPI, settings: Settings, *, host: str, port: int) -> None:
    """Serve ``app`` until interrupted."""
    uvicorn.Server(server_config(app, settings, host=host, port=port)).run()
