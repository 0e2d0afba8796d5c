"""The query worker process: its limits, its tie to the serving process, and its loop (one job in, one reply out).

Started by ``workers.py`` as ``python -P worker_process.py JOBS ANSWERS LIFELINE MEMORY`` (file descriptors and a
byte count). It imports only the standard library, pyoxigraph and ``engine.py`` (loaded from beside this file:
``-P`` keeps this folder off ``sys.path``, so nothing here can shadow a library module), so it starts in tens of
milliseconds. Before its first job the process
- drops the right to open internet sockets (``engine.deny_network``: SERVICE cannot reach the network);
- writes no core files (a crash must not fill the disk with a copy of the store's pages);
- limits its address space (``RLIMIT_AS``, ``CLAIMGRAPH_SPARQL_WORKER_MEMORY``): a query that needs more fails
  here, alone, instead of taking the machine's memory; the server answers 507 and starts a successor;
- dies with the server: ``LIFELINE`` is the read end of a pipe whose only write end the server holds. When the
  server dies, even by SIGKILL, the kernel closes that end and sends this process SIGIO (``O_ASYNC``), whose
  default action terminates it. No Python code has to run for that, so it works while pyoxigraph holds the GIL
  in a query that would otherwise run on forever with nobody left to kill it. (``PR_SET_PDEATHSIG`` would fire
  when the server's *thread* that started the worker exits, and successors are started from short-lived
  threads.)
Queries run on a thread with a large stack: the engine's parser and evaluator recurse (see ``guard.py``).
"""

from __future__ import annotations

import fcntl
import importlib.util
import os
import re
import resource
import select
import signal
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path
from types import ModuleType
from typing import Any

import pyoxigraph as ox

QUERY_STACK_BYTES = 256 << 20  # as guard.QUERY_STACK_BYTES, which this process cannot import
OPEN_ATTEMPTS = 8
# RocksDB files whose change means new data; LOG* is the engine's own diary and LOCK never changes.
_DATA_FILE = re.compile(r"^(?:\d+\.(?:log|sst)|MANIFEST-\d+|CURRENT)$")


def _load_engine() -> ModuleType:
    spec = importlib.util.spec_from_file_location("claimgraph_query_engine", Path(__file__).with_name("engine.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def fingerprint(path: str) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and times of the store's data files: any committed write changes the write-ahead log. A file
    the serving process's compaction deletes between the listing and its stat is left out: it is gone, and the
    next fingerprint, without it, is what the reopened view will see."""
    entries = []
    with os.scandir(path) as scan:
        for entry in scan:
            if _DATA_FILE.match(entry.name):
                try:
                    stat = entry.stat()
                except FileNotFoundError:
                    continue
                entries.append((entry.name, stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(entries))


class WorkerDataset:
    """What a worker queries. An on-disk store is opened read-only beside the serving process (which holds the
    write lock); a read-only view is a snapshot, so it is reopened whenever the data files changed (checked
    before every query, ~25 µs; a reopen costs ~10-30 ms). An in-memory store cannot be shared, so the worker
    gets it as N-Quads, again whenever the serving process's copy changed (its ``generation``)."""

    def __init__(self, store_failures: tuple[str, ...]) -> None:
        self.store = ox.Store()
        self.path: str | None = None
        self.seen: tuple[tuple[str, int, int], ...] = ()
        self.generation = -1
        self.store_failures = store_failures

    def open_path(self, path: str) -> None:
        """Open (again) a read-only view. The serving process may delete files (compaction) between this
        view reading the list of files and opening them; trying again a moment later sees the new list."""
        self.path = path
        for attempt in range(OPEN_ATTEMPTS):
            self.seen = fingerprint(path)  # before opening: a write in between only causes one extra reopen
            try:
                self.store = ox.Store.read_only(path)
                return
            except (OSError, RuntimeError) as exc:
                if attempt == OPEN_ATTEMPTS - 1 or not any(mark in str(exc) for mark in self.store_failures):
                    raise
                time.sleep(0.02 * (attempt + 1))

    def load(self, generation: int, nquads: bytes) -> None:
        self.store = ox.Store()  # the old copy goes first: two copies would double the memory a load needs
        store = ox.Store()
        store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
        self.store, self.generation = store, generation

    def refresh(self) -> bool:
        if self.path is not None and fingerprint(self.path) != self.seen:
            self.open_path(self.path)
            return True
        return False


class AnswerFile:
    """Where a worker puts the bytes of an answer: a memory file it shares with the serving process, written
    from the front for each query. The bytes cross the process boundary as one copy in (here, piece by piece
    while pyoxigraph produces them) and one copy out, instead of being joined, pickled and pushed through the
    pipe in 64 KiB round trips after the query. Explicit offsets (pwrite): the two processes share the offset."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.sent = 0

    def __call__(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written = os.pwrite(self.fd, view, self.sent)
            self.sent += written
            view = view[written:]


def serve(engine: ModuleType, conn: Connection, answers: AnswerFile) -> None:
    """The worker's loop: one message in, one reply out, until the pipe closes. A reply's ``keep`` first bytes
    of the answer are in ``answers``, the rest in its ``body``."""
    dataset = WorkerDataset(engine.STORE_FAILURES)
    while True:
        try:
            message: dict[str, Any] = conn.recv()
        except EOFError:
            return
        if message["op"] == "open":
            began = time.perf_counter()
            if message.get("path"):
                dataset.open_path(message["path"])
            conn.send({"ok": True, "seconds": time.perf_counter() - began, "network_denied": engine.network_denied})
            continue
        try:
            reply = _answer(engine, dataset, message, answers)
        except MemoryError:
            dataset.store = ox.Store()  # an in-memory copy may be half loaded; the server sends it again
            dataset.generation = -1
            reply = engine.error("memory", "the query needed more memory than a query worker may use")
        conn.send(reply)


def _answer(engine: ModuleType, dataset: WorkerDataset, message: dict[str, Any], answers: AnswerFile) -> Any:
    if "nquads" in message:
        dataset.load(message["generation"], message["nquads"])
    reopened = dataset.refresh()
    answers.sent = 0
    reply = engine.execute(dataset.store, message, answers)
    if reply.get("code") == "store" and dataset.path is not None:
        # A read-only view does not stop the serving process from compacting away files the view still
        # lists; a fresh view of the current files answers.
        dataset.open_path(dataset.path)
        answers.sent = 0
        reopened, reply = True, engine.execute(dataset.store, message, answers)
    reply["reopened"] = reopened
    return reply


def hold_lifeline(fd: int) -> None:
    """Die (SIGIO, default action) as soon as the write end of the lifeline pipe is closed, i.e. the server is
    gone; if it already is, exit now."""
    signal.signal(signal.SIGIO, signal.SIG_DFL)
    fcntl.fcntl(fd, fcntl.F_SETOWN, os.getpid())
    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_ASYNC | os.O_NONBLOCK)
    if select.select([fd], [], [], 0)[0]:  # the server died before O_ASYNC was set: no signal will come
        os._exit(1)


def limit_resources(memory_bytes: int) -> None:
    """No core files; at most ``memory_bytes`` of address space (0: no limit)."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if memory_bytes > 0:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))


def main(argv: list[str]) -> None:
    jobs, answers, lifeline, memory = (int(arg) for arg in argv[1:5])
    hold_lifeline(lifeline)
    engine = _load_engine()
    engine.deny_network()
    limit_resources(memory)
    threading.stack_size(QUERY_STACK_BYTES)
    loop = threading.Thread(target=serve, args=(engine, Connection(jobs), AnswerFile(answers)), name="queries")
    loop.start()
    loop.join()


if __name__ == "__main__":
    main(sys.argv)
