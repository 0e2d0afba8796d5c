"""Real SPARQL servers for the remote-store tests, each started on free loopback ports in a temporary folder and
stopped after the session: the Oxigraph server (the ``oxigraph`` wheel's binary) and Virtuoso open source
(Debian's ``virtuoso-opensource``, which ``.ci/run`` installs), with its own minimal ini.

``backend_name`` is the one parametrised fixture through which the backend-agnostic tests choose their store: in a
module marked ``backends`` (conftest's ``pytest_generate_tests``) it takes each of BACKENDS in turn, module-scoped
so that a module's served stores are built once per backend; elsewhere it is the embedded store. The store
fixtures (``backend`` here, ``rest_api`` and ``writable_api``, ``small_api`` and ``corpus_api``, the CLI's
``cli_store``) open theirs with ``open_backend``. A server whose program is missing is skipped with the reason,
never silently passed.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from claimgraph.settings import Settings, get_settings
from claimgraph.store import Store, open_store

OXIGRAPH = Path(sys.executable).with_name("oxigraph")
VIRTUOSO = shutil.which("virtuoso-t") or "/usr/bin/virtuoso-t"
VIRTUOSO_VSP = "/var/lib/virtuoso-opensource-7/vsp"
BACKENDS = ("embedded", "oxigraph", "virtuoso")

VIRTUOSO_INI = """\
[Database]
DatabaseFile = ./virtuoso.db
ErrorLogFile = ./virtuoso.log
LockFile = ./virtuoso.lck
TransactionFile = ./virtuoso.trx
xa_persistent_file = ./virtuoso.pxa
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = ./virtuoso-temp.db
TransactionFile = ./virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = .
; without it an ASK answers a table with a column __ASK_RETVAL instead of a boolean
CaseMode = 2
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {vsp}
ServerThreads = 4

[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryExecutionTime = 30
"""
VIRTUOSO_MAX_ROWS = 10_000  # small, so that a test can pass it


@dataclass(frozen=True)
class Server:
    """How to reach a running server: the settings that point claimgraph at it, and the graphs its new database
    already held (Virtuoso's system graphs), which clearing leaves alone."""

    name: str
    settings: Settings
    process: subprocess.Popen[bytes]
    system_graphs: frozenset[str] = frozenset()
    folder: Path | None = None  # Virtuoso's working folder, the one its bulk loader may read (DirsAllowed)
    sql_port: int | None = None  # Virtuoso's SQL port, for isql


def _port() -> int:
    """A free loopback port for a server to bind (the servers take a port number, not a socket)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait(url: str, process: subprocess.Popen[bytes], seconds: float, auth: httpx.Auth | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server for {url} exited with {process.returncode}")
        try:
            response = httpx.get(url, params={"query": "ASK {}"}, auth=auth, timeout=2)
            if response.status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"no answer from {url} within {seconds} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _graphs(store: Store) -> frozenset[str]:
    return frozenset(str(row["g"]) for row in store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"))


def _started(
    name: str, settings: Settings, process: subprocess.Popen[bytes], folder: Path | None = None,
    sql_port: int | None = None,
) -> Server:
    with open_store(settings.store, settings=settings) as store:
        return Server(name, settings, process, _graphs(store), folder, sql_port)


@contextmanager
def start_oxigraph() -> Iterator[Server]:
    """The Oxigraph server on a free loopback port over a new database in a temporary folder, until the block
    ends."""
    folder = Path(tempfile.mkdtemp(prefix="claimgraph-oxigraph-"))
    port = _port()
    # --union-default-graph: a query's default graph is the union of the named graphs, as in the embedded store
    process = subprocess.Popen(
        [str(OXIGRAPH), "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}",
         "--union-default-graph"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        _wait(f"http://127.0.0.1:{port}/query", process, 30)
        settings = Settings(
            store=f"http://127.0.0.1:{port}/query", update_endpoint=f"http://127.0.0.1:{port}/update", sparql_workers=1
        )
        yield _started("oxigraph", settings, process)
    finally:
        _stop(process)
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def start_virtuoso(max_rows: int = VIRTUOSO_MAX_ROWS) -> Iterator[Server]:
    """Virtuoso on two free loopback ports with its own ini and database in a temporary folder, until the block
    ends (the benchmarks start it this way too)."""
    folder = Path(tempfile.mkdtemp(prefix="claimgraph-virtuoso-"))
    http_port, sql_port = _port(), _port()
    ini = VIRTUOSO_INI.format(sql_port=sql_port, http_port=http_port, vsp=VIRTUOSO_VSP, max_rows=max_rows)
    (folder / "virtuoso.ini").write_text(ini, encoding="utf-8")
    process = subprocess.Popen(
        [VIRTUOSO, "+foreground", "+configfile", "virtuoso.ini"],
        cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        _wait(f"http://127.0.0.1:{http_port}/sparql", process, 120)  # a new database takes a while under load
        settings = Settings(
            store=f"http://127.0.0.1:{http_port}/sparql",
            update_endpoint=f"http://127.0.0.1:{http_port}/sparql-auth",
            store_user="dba",
            store_password="dba",  # a fresh database's own; the server listens on loopback only, for this session
            store_auth="digest",
            sparql_workers=1,
        )
        yield _started("virtuoso", settings, process, folder=folder, sql_port=sql_port)
    finally:
        _stop(process)
        shutil.rmtree(folder, ignore_errors=True)


def _missing(kind: str) -> str | None:
    """Why a server of ``kind`` cannot run here, or None."""
    if kind == "oxigraph" and not OXIGRAPH.exists():
        return f"no Oxigraph server at {OXIGRAPH} (pip install oxigraph)"
    if kind == "virtuoso" and not Path(VIRTUOSO).exists():
        return "Virtuoso is not installed (apt-get install virtuoso-opensource; .ci/run does it)"
    return None


START: dict[str, Callable[[], AbstractContextManager[Server]]] = {
    "oxigraph": start_oxigraph,
    "virtuoso": start_virtuoso,
}


class Servers:
    """Servers started on first use and kept until the session ends, one per (kind, slot): stores alive at the
    same time (a module's served store and a test's writable one, or the CLI's store and its copy) each get a
    database of their own (which open_backend and CliStores clear for each user)."""

    def __init__(self) -> None:
        self._stack = ExitStack()
        self._running: dict[tuple[str, str], Server] = {}

    def get(self, kind: str, slot: str) -> Server:
        if (reason := _missing(kind)) is not None:
            pytest.skip(reason)
        if (kind, slot) not in self._running:
            self._running[kind, slot] = self._stack.enter_context(START[kind]())
        return self._running[kind, slot]

    def close(self) -> None:
        self._stack.close()


@pytest.fixture(scope="session")
def servers() -> Iterator[Servers]:
    pool = Servers()
    try:
        yield pool
    finally:
        pool.close()


@pytest.fixture(scope="session")
def virtuoso_server(servers: Servers) -> Server:
    return servers.get("virtuoso", "backend")


def clear(store: Store, keep: frozenset[str] = frozenset()) -> None:
    """Drop every graph but ``keep`` (a server's system graphs), so that each user of a slot starts empty whatever
    base IRI the previous one wrote under."""
    graphs = _graphs(store) - keep
    if graphs:
        store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in sorted(graphs)))


@dataclass(frozen=True)
class Backend:
    name: str
    store: Store
    settings: Settings
    system_graphs: frozenset[str] = frozenset()

    def clear(self) -> None:
        clear(self.store, self.system_graphs)


@contextmanager
def open_backend(kind: str, slot: str, servers: Servers, **settings: Any) -> Iterator[Backend]:
    """An empty store of ``kind`` (embedded: in memory; a server: the slot's database, cleared) with ``settings``
    over those that reach it."""
    if kind == "embedded":
        with open_store(None) as store:
            yield Backend(kind, store, Settings(store=None, **{"sparql_workers": 1, **settings}))
        return
    server = servers.get(kind, slot)
    reach = {name: getattr(server.settings, name) for name in server.settings.model_fields_set}
    merged = Settings(**{**reach, **settings})
    with open_store(merged.store, settings=merged) as store:
        clear(store, server.system_graphs)
        yield Backend(kind, store, merged, server.system_graphs)


@pytest.fixture(scope="module")
def backend_name(request: pytest.FixtureRequest) -> str:
    """The kind of store a module's tests run on: each of BACKENDS in a module marked ``backends``, else the
    embedded store."""
    return str(getattr(request, "param", "embedded"))


@pytest.fixture
def backend(backend_name: str, servers: Servers) -> Iterator[Backend]:
    """An empty store of the module's kind, with the settings that reach it."""
    with open_backend(backend_name, "backend", servers) as opened:
        yield opened


@dataclass(frozen=True)
class CliStores:
    """``--store`` values for the command line's tests, as a user gives them: a folder for the embedded store; a
    server's URL, with what else reaches it (update endpoint, credentials) in CLAIMGRAPH_* variables."""

    kind: str
    servers: Servers
    folder: Path
    monkeypatch: pytest.MonkeyPatch

    def location(self, slot: str = "cli") -> str:
        """The slot's store, empty; on a server, the environment now points at it, so the commands that follow
        write there (call it again to go back to another slot)."""
        if self.kind == "embedded":
            return str(self.folder / slot)
        server = self.servers.get(self.kind, slot)
        with open_store(server.settings.store, settings=server.settings) as store:
            clear(store, server.system_graphs)
        for name in ("update_endpoint", "store_user", "store_password", "store_auth"):
            value = getattr(server.settings, name)
            if hasattr(value, "get_secret_value"):
                value = value.get_secret_value()
            if value is None:
                self.monkeypatch.delenv(f"CLAIMGRAPH_{name.upper()}", raising=False)
            else:
                self.monkeypatch.setenv(f"CLAIMGRAPH_{name.upper()}", str(value))
        get_settings.cache_clear()
        return str(server.settings.store)


@pytest.fixture
def cli_stores(
    backend_name: str, servers: Servers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[CliStores]:
    yield CliStores(backend_name, servers, tmp_path, monkeypatch)
    get_settings.cache_clear()  # no settings built from this test's environment may outlive it
