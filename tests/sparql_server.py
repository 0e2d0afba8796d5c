"""Real HTTP servers for the SPARQL endpoint's tests: uvicorn on a free loopback port (127.0.0.1 only), in a thread
of the test process over ``create_app(settings, store)``, or as a ``claimgraph serve`` child process.

The socket is bound here and handed to uvicorn, so there is no window in which another process could take the
port between choosing it and listening on it.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tarfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from claimgraph.api.app import create_app
from claimgraph.settings import Settings
from claimgraph.store import OxigraphStore, Store, open_store
from store_servers import Servers, open_backend

LOOPBACK = "127.0.0.1"
RDFLIB = "7.6.0"  # the source distribution that carries the W3C SPARQL 1.1 test suites
SUITE_IN_SDIST = f"rdflib-{RDFLIB}/test/data/suites/w3c/sparql11/"
START_TIMEOUT = 30.0
CLAIMGRAPH = Path(sys.executable).with_name("claimgraph")  # the console script installed beside this Python
# Three small named graphs, named like the W3C protocol tests' data files (which describe themselves), plus one
# graph shaped like claimgraph's: a claim with its evidence.
DATA1 = "http://kasei.us/2009/09/sparql/data/data1.rdf"
DATA2 = "http://kasei.us/2009/09/sparql/data/data2.rdf"
DATA3 = "http://kasei.us/2009/09/sparql/data/data3.rdf"
CLAIMS = "http://localhost:8000/graph/source/s1"
EXAMPLE_NQUADS = f"""
<{DATA1}> <http://purl.org/dc/terms/title> "data1" <{DATA1}> .
<{DATA1}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://xmlns.com/foaf/0.1/Document> <{DATA1}> .
<{DATA2}> <http://purl.org/dc/terms/title> "data2" <{DATA2}> .
<{DATA2}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://xmlns.com/foaf/0.1/Document> <{DATA2}> .
<{DATA3}> <http://purl.org/dc/terms/title> "data3" <{DATA3}> .
<{DATA3}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://xmlns.com/foaf/0.1/Document> <{DATA3}> .
<http://localhost:8000/claim/s1/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/claimgraph/ontology#MarketShare> <{CLAIMS}> .
<http://localhost:8000/claim/s1/1> <https://w3id.org/claimgraph/ontology#value> "35.8"^^<http://www.w3.org/2001/XMLSchema#decimal> <{CLAIMS}> .
<http://localhost:8000/claim/s1/1> <https://w3id.org/claimgraph/ontology#evidence> <http://localhost:8000/evidence/s1/1-9> <{CLAIMS}> .
"""  # noqa: E501


@dataclass(frozen=True)
class Endpoint:
    """A running server: its base URL and the store and settings it serves."""

    url: str
    store: Store
    settings: Settings
    backend: str = "embedded"

    @property
    def sparql(self) -> str:
        return self.url + "/sparql"


def free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((LOOPBACK, 0))
    return sock


@contextmanager
def serve_app(app: Any, sock: socket.socket) -> Iterator[str]:
    """``app`` served by uvicorn on ``sock`` in a daemon thread until the block ends; yields its base URL. Every
    test server (SPARQL, REST, graph) starts this way."""
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    try:
        host, port = sock.getsockname()[:2]
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@contextmanager
def serve_in_thread(settings: Settings, store: Store, backend: str = "embedded") -> Iterator[Endpoint]:
    """``create_app(settings, store)`` served by uvicorn in a daemon thread until the block ends."""
    with serve_app(create_app(settings, store), free_socket()) as url:
        yield Endpoint(url, store, settings, backend)


@contextmanager
def serve_cli(store_dir: Path, log: Path, *extra: str, env: dict[str, str] | None = None) -> Iterator[str]:
    """``claimgraph serve --store DIR`` as a child process, exactly as a user starts it; yields its base URL.
    Its output goes to ``log`` (a pipe nobody reads would fill up and stall the server)."""
    sock = free_socket()
    port = sock.getsockname()[1]
    sock.close()  # the child binds it; a clash would show as a failed start below
    process = subprocess.Popen(
        [str(CLAIMGRAPH), "serve", "--store", str(store_dir), "--host", LOOPBACK, "--port", str(port), *extra],
        env={**os.environ, **(env or {})},
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    url = f"http://{LOOPBACK}:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"claimgraph serve exited with {process.returncode}: {log.read_text()}")
            try:
                if httpx.get(url + "/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("claimgraph serve did not start")
            time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def example_store() -> OxigraphStore:
    store = open_store(None)
    store.import_data(EXAMPLE_NQUADS.encode(), "nquads")
    return store


@contextmanager
def example_endpoint(backend_name: str, slot: str, servers: Servers, **settings: Any) -> Iterator[Endpoint]:
    with open_backend(backend_name, slot, servers, **settings) as opened:
        opened.store.import_data(EXAMPLE_NQUADS.encode(), "nquads")
        with serve_in_thread(opened.settings, opened.store, backend_name) as endpoint:
            yield endpoint


@pytest.fixture(scope="module")
def sparql_endpoint(backend_name: str, servers: Servers) -> Iterator[Endpoint]:
    """The endpoint over a small dataset (four named graphs) in the module's backend, row cap 3, time limit 2 s,
    CORS off."""
    settings = {"sparql_timeout": 2.0, "sparql_max_rows": 3, "sparql_workers": 2}
    with example_endpoint(backend_name, "sparql_endpoint", servers, **settings) as endpoint:
        yield endpoint


@pytest.fixture(scope="module")
def cors_sparql_endpoint(backend_name: str, servers: Servers) -> Iterator[Endpoint]:
    """The same with the one CORS setting on."""
    with example_endpoint(backend_name, "cors_sparql_endpoint", servers, cors=True) as endpoint:
        yield endpoint


@pytest.fixture(scope="session")
def w3c_suite(request: pytest.FixtureRequest) -> Path:
    """The unpacked ``sparql11`` folder, downloaded on first use into pytest's cache."""
    cache = Path(request.config.cache.mkdir(f"w3c-rdflib-{RDFLIB}"))
    suite = cache / "sparql11"
    if not (suite / "manifest-all.ttl").exists():
        download = cache / "sdist"
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-binary", ":all:", "--no-deps", f"rdflib=={RDFLIB}",
             "-d", str(download), "--quiet"],
            check=True,
        )  # fmt: skip
        with tarfile.open(next(download.glob("rdflib-*.tar.gz"))) as archive:
            for member in archive.getmembers():
                if member.name.startswith(SUITE_IN_SDIST) and member.isfile():
                    member.name = "sparql11/" + member.name[len(SUITE_IN_SDIST) :]
                    archive.extract(member, cache, filter="data")
    return suite
