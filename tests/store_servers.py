"""Real SPARQL servers for the remote-store tests, each started on free loopback ports in a temporary folder and
stopped after the session: the Oxigraph server (the ``oxigraph`` wheel's binary) and Virtuoso open source
(Debian's ``virtuoso-opensource``, which ``.ci/run`` installs), with its own minimal ini.

``backend`` is the one parametrised fixture through which the backend-agnostic tests get an empty store:
embedded, Oxigraph server, Virtuoso. A server whose program is missing is skipped with the reason, never
silently passed.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from claimgraph.settings import Settings
from claimgraph.store import Store, open_store
from sparql_server import free_socket

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
    """How to reach a running server: the settings that point claimgraph at it."""

    name: str
    settings: Settings
    process: subprocess.Popen[bytes]
    folder: Path | None = None  # Virtuoso's working folder, the one its bulk loader may read (DirsAllowed)
    sql_port: int | None = None  # Virtuoso's SQL port, for isql


def _port() -> int:
    with free_socket() as sock:
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


@pytest.fixture(scope="session")
def oxigraph_server() -> Iterator[Server]:
    if not OXIGRAPH.exists():
        pytest.skip(f"no Oxigraph server at {OXIGRAPH} (pip install oxigraph)")
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
        yield Server("oxigraph", settings, process)
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
        yield Server("virtuoso", settings, process, folder, sql_port)
    finally:
        _stop(process)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def virtuoso_server() -> Iterator[Server]:
    if not Path(VIRTUOSO).exists():
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource; .ci/run does it)")
    with start_virtuoso() as server:
        yield server


def clear(store: Store, settings: Settings) -> None:
    """Drop every graph claimgraph owns on a server (its system graphs stay), so each test starts empty."""
    graphs = {str(row["g"]) for row in store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    owned = [g for g in graphs if g.startswith(settings.base_iri) or g == "https://w3id.org/claimgraph/ontology"]
    if owned:
        store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in owned))


@dataclass(frozen=True)
class Backend:
    name: str
    store: Store
    settings: Settings


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> Iterator[Backend]:
    """An empty store of each kind, with the settings that reach it."""
    if request.param == "embedded":
        settings = Settings(store=None, sparql_workers=1)
        with open_store(None) as store:
            yield Backend("embedded", store, settings)
        return
    server: Server = request.getfixturevalue(f"{request.param}_server")
    with open_store(server.settings.store, settings=server.settings) as store:
        clear(store, server.settings)
        yield Backend(server.name, store, server.settings)
