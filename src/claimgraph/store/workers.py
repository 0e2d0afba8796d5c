"""A small pool of warm worker processes that run SPARQL queries under a time limit.

A query past its limit is stopped by killing its process (SIGKILL): pyoxigraph has no cancellation, and an
aggregate over a cartesian product never yields a row at which a cooperative check could act. The killed worker
is replaced in the background, so the next query does not pay for a process start (~50 ms, measured by
``bench/sparql_http.py``). Callers wait on a pipe with a timeout, from a thread: the HTTP event loop never blocks.

Workers speak plain dicts (see ``engine.py``) and put an answer's bytes into a memory file shared with this
process (one copy each way, no pickling); this module turns their error codes into claimgraph's exceptions.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing import Pipe
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from claimgraph.errors import (
    AnswerTooLargeError,
    ClaimgraphError,
    InputError,
    NotAcceptableError,
    QueryCancelledError,
    QueryEvaluationError,
    QueryMemoryError,
    QueryRefusedError,
    QuerySyntaxError,
    QueryTimeoutError,
    QueryWorkerError,
    ServerBusyError,
)
from claimgraph.store.base import WorkerLimits

log = logging.getLogger(__name__)
WORKER = Path(__file__).with_name("worker_process.py")
START_TIMEOUT = 60.0  # seconds a new worker may take to open the store
CANCEL_POLL = 0.1  # seconds between looks at a query's cancel flag while it waits or runs
KEEP_ANSWER_FILE = 64 << 20  # bytes; an answer file that grew past this is emptied once read
_ERRORS: dict[str, type[ClaimgraphError]] = {
    "syntax": QuerySyntaxError,
    "update": QueryRefusedError,
    "refused": QueryRefusedError,
    "not-acceptable": NotAcceptableError,
    "input": InputError,
    "evaluation": QueryEvaluationError,
    "store": QueryWorkerError,
    "memory": QueryMemoryError,
    "too-large": AnswerTooLargeError,
}
# How a worker that dies in a query by itself died of its limits: allocation failed under RLIMIT_AS (Rust aborts,
# the stack cannot grow) rather than of the server's hand.
_OUT_OF_MEMORY = (-signal.SIGABRT, -signal.SIGSEGV, -signal.SIGBUS)


@dataclass(eq=False)
class _Worker:
    process: subprocess.Popen[bytes]
    conn: Connection
    answers: int  # the memory file it writes answers into (worker_process.AnswerFile), shared with this process
    lifeline: int  # the write end of the pipe whose closing (this process gone) makes the worker die
    generation: int = -1  # the in-memory dataset version it holds; unused for on-disk stores
    # kill() may run in two threads at once (close() and a timed-out query's replacement): only one may close
    # the file descriptors, or the other closes whatever file has since been given the same number.
    _killing: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def read_answer(self, size: int) -> bytes:
        """The first ``size`` bytes the worker wrote for its last answer."""
        data = os.pread(self.answers, size, 0)
        while len(data) < size:
            more = os.pread(self.answers, size - len(data), len(data))
            if not more:
                raise OSError(f"the answer file holds {len(data)} bytes, not {size}")
            data += more
        if size > KEEP_ANSWER_FILE:
            os.ftruncate(self.answers, 0)  # give a rare huge answer's memory back
        return data

    def kill(self) -> None:
        """Stop the process and release its pipe and files; safe to call again, from any thread."""
        with self._killing:
            self.conn.close()
            if self.process.poll() is None:
                self.process.kill()
            self.process.wait()
            for fd in (self.answers, self.lifeline):
                if fd >= 0:
                    os.close(fd)
            self.answers = self.lifeline = -1


def _answer_file() -> int:
    """A file in memory (or, without memfd, an unlinked temporary file) for a worker's answers."""
    if hasattr(os, "memfd_create"):
        return os.memfd_create("claimgraph-sparql-answer")
    fd, name = tempfile.mkstemp(prefix="claimgraph-sparql-answer-")
    os.unlink(name)
    return fd


class WorkerPool:
    """``size`` workers over one dataset: the store directory ``path`` (opened read-only by each worker), or, for
    an in-memory store (``path`` None), a ``snapshot()`` returning ``(generation, N-Quads)`` that is sent again
    whenever ``generation()`` moves on."""

    def __init__(
        self,
        size: int,
        *,
        path: Path | None,
        generation: Callable[[], int],
        snapshot: Callable[[], tuple[int, bytes]],
        limits: WorkerLimits | None = None,
    ) -> None:
        self.path = path
        self.limits = limits or WorkerLimits()
        self.max_waiting = self.limits.queue
        self._waiting = 0
        self._generation = generation
        self._snapshot = snapshot
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()  # the warmest worker (caches) first
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._warned_network = False
        started = [self._launch() for _ in range(size)]
        for worker in started:
            self._ready(worker)
            self._idle.put(worker)

    def run(self, job: dict[str, Any], timeout: float, cancel: threading.Event | None = None) -> dict[str, Any]:
        """Run one query job and return the worker's successful reply; ``timeout`` covers the wait for a free
        worker and the query itself. Raises the claimgraph error a failed reply stands for.

        At most ``max_waiting`` callers wait for a free worker; one more is refused at once (ServerBusyError),
        so a burst of heavy queries cannot queue everyone behind it for the whole time limit. Setting ``cancel``
        (the client hung up) stops the wait, or kills the worker running the query, within ``CANCEL_POLL``."""
        deadline = time.monotonic() + timeout
        worker = self._take(deadline, timeout, cancel)
        try:
            message = {"op": "query", "max_bytes": self.limits.answer_bytes, **job}
            if self.path is None:
                generation = self._generation()
                if worker.generation != generation:
                    worker.generation, message["nquads"] = self._snapshot()
                    message["generation"] = worker.generation
            worker.conn.send(message)
            if not self._wait_reply(worker, deadline, cancel):
                self._replace(worker)
                if cancel is not None and cancel.is_set():
                    raise QueryCancelledError("the client went away; its query was stopped")
                raise QueryTimeoutError(
                    f"the query ran longer than the {timeout:g} s limit and was stopped",
                    hint="narrow it (more selective patterns, LIMIT) or ask the operator for a longer limit",
                )
            reply: dict[str, Any] = worker.conn.recv()
            if reply["ok"] and reply["keep"]:  # before the worker is free to overwrite its answer file
                head = worker.read_answer(reply["keep"])
                reply["body"] = head + reply["body"] if reply["body"] else head
        except (EOFError, OSError) as exc:
            self._replace(worker)
            if worker.process.returncode in _OUT_OF_MEMORY and self.limits.memory_bytes:
                raise QueryMemoryError(
                    f"the query needed more than the {self.limits.memory_bytes:,} bytes a query worker may use",
                    hint="narrow it (fewer rows to sort or group, LIMIT); the worker has been replaced",
                ) from exc
            raise QueryWorkerError("the query worker died while answering", hint="retry; it has been replaced") from exc
        self._idle.put(worker)
        if not reply["ok"]:
            raise _ERRORS.get(reply["code"], QueryWorkerError)(reply["message"])
        return reply

    def _take(self, deadline: float, timeout: float, cancel: threading.Event | None) -> _Worker:
        """A free worker, waiting in line (bounded) until ``deadline``."""
        with self._lock:
            if self._waiting >= self.max_waiting and self._idle.empty():
                raise ServerBusyError(
                    f"every query worker is busy and {self._waiting} queries are waiting already",
                    hint="retry in a few seconds",
                )
            self._waiting += 1
        try:
            while True:
                try:
                    return self._idle.get(timeout=max(0.0, min(CANCEL_POLL, deadline - time.monotonic())))
                except queue.Empty:
                    if cancel is not None and cancel.is_set():
                        raise QueryCancelledError("the client went away before its query started") from None
                    if time.monotonic() >= deadline:
                        raise ServerBusyError(
                            f"every query worker stayed busy for {timeout:g} s",
                            hint="retry later, or send a cheaper query",
                        ) from None
        finally:
            with self._lock:
                self._waiting -= 1

    def _wait_reply(self, worker: _Worker, deadline: float, cancel: threading.Event | None) -> bool:
        """Whether the worker answered before ``deadline`` and before ``cancel`` was set."""
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            if worker.conn.poll(min(left, CANCEL_POLL) if cancel is not None else left):
                return True
            if cancel is not None and cancel.is_set():
                return False

    def close(self) -> None:
        """Stop every worker, busy ones included."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()

    def _launch(self) -> _Worker:
        ours, theirs = Pipe(duplex=True)
        answers = _answer_file()
        held, lifeline = os.pipe()  # this process keeps the write end only: its death closes it
        try:
            # -P: the engine's folder is not put on sys.path, so nothing there can shadow a library module.
            process = subprocess.Popen(
                [sys.executable, "-P", str(WORKER), str(theirs.fileno()), str(answers), str(held),
                 str(self.limits.memory_bytes)],
                pass_fds=(theirs.fileno(), answers, held),
                stdin=subprocess.DEVNULL,
            )  # fmt: skip
        except OSError:
            os.close(answers)
            os.close(lifeline)
            ours.close()
            raise
        finally:
            theirs.close()
            os.close(held)
        worker = _Worker(process, ours, answers, lifeline)
        with self._lock:
            if self._closed:
                worker.kill()
                raise QueryWorkerError("the query workers are shut down")
            self._all.add(worker)
        worker.conn.send({"op": "open", "path": str(self.path) if self.path is not None else None})
        return worker

    def _ready(self, worker: _Worker) -> None:
        try:  # the pool may be closed meanwhile (its pipe then is too): that is a failed start, like a crash
            started = worker.conn.poll(START_TIMEOUT)
            reply = worker.conn.recv() if started else None
        except (EOFError, OSError) as exc:
            self._discard(worker)
            raise QueryWorkerError("a query worker failed to open the store") from exc
        if reply is None:
            self._discard(worker)
            raise QueryWorkerError(f"a query worker did not start within {START_TIMEOUT:g} s")
        if not reply.get("network_denied") and not self._warned_network:
            self._warned_network = True
            log.warning(
                "query workers could not drop network access (seccomp unavailable): SERVICE is refused by the "
                "query text alone, and any query naming 'service' anywhere is refused"
            )

    def _discard(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.kill()

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker now and start its successor in the background, so the caller answers at once."""
        self._discard(worker)

        def start() -> None:
            with contextlib.suppress(QueryWorkerError):
                successor = self._launch()
                self._ready(successor)
                self._idle.put(successor)

        threading.Thread(target=start, name="sparql-worker-start", daemon=True).start()
