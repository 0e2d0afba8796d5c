"""The REST API's reads, held to the SPARQL endpoint's rules: a few at a time, a bounded wait line, a time limit.

REST reads run in the server process (their SPARQL, then Python over the rows). Left to FastAPI, each took a
thread of the pool that /sparql and every other route share: 45 parallel ``/claims`` on an 85k-quad store
made /health wait 92 s. Every GET of a router built with ``ReadRoute`` now passes through the app's ``ReadGate``:

- at most ``rest_workers`` run at once, so they hold at most that many threads and that share of the GIL;
- at most ``rest_queue`` wait for a place (in the event loop, holding no thread); one more is refused at once
  with 503 and Retry-After, and one that waits past the time limit likewise;
- a read that runs past ``sparql_timeout`` is answered 503 at the limit. A thread cannot be stopped, so its work
  finishes in the background while it keeps its place: the line stays bounded, and what it computed (usually
  the per-generation caches of ``query/cache.py``) serves the next request.

Writes (POST, DELETE) are not gated: they must not be answered 503 while they go on to change the store.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute

from claimgraph.api.schemas import problems
from claimgraph.errors import QueryTimeoutError, ServerBusyError

log = logging.getLogger(__name__)
READ_METHODS = frozenset({"GET", "HEAD"})


class ReadGate:
    """Admission and time limit for REST reads: ``workers`` at once, ``queue`` waiting, ``timeout`` seconds each
    (the wait included, as at /sparql)."""

    def __init__(self, workers: int, queue: int, timeout: float) -> None:
        self.workers = workers
        self.queue = queue
        self.timeout = timeout
        self._running = 0
        self._waiting = 0
        self._free = asyncio.Condition()
        self._releasing: set[asyncio.Task[None]] = set()  # the loop holds tasks weakly: these must not vanish

    async def run(self, start: Callable[[], Awaitable[Response]], what: str) -> Response:
        """``start()``'s response, or ServerBusyError / QueryTimeoutError (both 503) within ``timeout``."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        await self._enter(deadline)
        work = asyncio.ensure_future(start())
        work.add_done_callback(self._leave)
        try:
            return await asyncio.wait_for(asyncio.shield(work), max(0.0, deadline - loop.time()))
        except TimeoutError:
            log.warning("%s passed the %g s time limit: answered 503, finishing in the background", what,
                        self.timeout)  # fmt: skip
            raise QueryTimeoutError(
                f"the request took longer than the {self.timeout:g} s limit",
                hint="retry in a few seconds (what it was computing is kept), or narrow it",
            ) from None

    async def _enter(self, deadline: float) -> None:
        async with self._free:
            if self._running >= self.workers:
                if self._waiting >= self.queue:
                    raise ServerBusyError(
                        f"{self._running} REST reads are running and {self._waiting} are waiting already",
                        hint="retry in a few seconds",
                    )
                self._waiting += 1
                try:
                    async with asyncio.timeout_at(deadline):
                        await self._free.wait_for(lambda: self._running < self.workers)
                except TimeoutError:
                    raise ServerBusyError(
                        f"no REST read finished within the {self.timeout:g} s limit to make room for this one",
                        hint="retry in a few seconds",
                    ) from None
                finally:
                    self._waiting -= 1
            self._running += 1

    def _leave(self, work: asyncio.Future[Response]) -> None:
        """When the work is done, answered or not: free its place (and collect an error nobody awaits)."""
        if not work.cancelled():
            work.exception()

        async def release() -> None:
            async with self._free:
                self._running -= 1
                self._free.notify_all()  # waiters that timed out meanwhile must not swallow the wake-up

        task = asyncio.ensure_future(release())
        self._releasing.add(task)
        task.add_done_callback(self._releasing.discard)


class ReadRoute(APIRoute):
    """An APIRoute whose GETs pass through ``request.app.state.reads`` (a ReadGate); other methods go straight.
    Their OpenAPI description lists the 503 the gate may answer."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        if READ_METHODS & set(kwargs.get("methods") or ()):
            kwargs["responses"] = {**problems(503), **(kwargs.get("responses") or {})}
        super().__init__(path, endpoint, **kwargs)

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def gated(request: Request) -> Response:
            if request.method not in READ_METHODS:
                return await handler(request)
            gate: ReadGate = request.app.state.reads
            return await gate.run(lambda: handler(request), f"{request.method} {request.url.path}")

        return gated
