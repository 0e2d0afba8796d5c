"""Real uvicorn servers for the entity, analytics and linked-data tests, whose base IRI is their own address, so
that every IRI in their data dereferences on them (as it would in production with CLAIMGRAPH_BASE_IRI set).

The socket is bound first (a free loopback port), the base IRI made from it, the data written under that base,
and then the socket handed to uvicorn, as ``sparql_server.py`` does.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimgraph.api.app import create_app
from claimgraph.extract import Extractor
from claimgraph.ingest import ingest
from claimgraph.settings import Settings
from claimgraph.store import Store
from graph_data import load_small_graph
from sparql_server import free_socket, serve_app
from store_servers import Servers, open_backend

CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus"


@dataclass(frozen=True)
class GraphApi:
    url: str  # http://127.0.0.1:PORT, which is also the base IRI without its trailing slash
    store: Store
    settings: Settings
    backend: str

    @property
    def base(self) -> str:
        return self.settings.base_iri


@contextmanager
def serve_on(sock: socket.socket, settings: Settings, store: Store) -> Iterator[str]:
    with serve_app(create_app(settings, store), sock) as url:
        yield url


@contextmanager
def graph_api(
    load: Callable[[Store, Settings], None], backend_name: str, slot: str, servers: Servers
) -> Iterator[GraphApi]:
    sock = free_socket()
    host, port = sock.getsockname()
    with open_backend(backend_name, slot, servers, base_iri=f"http://{host}:{port}/") as opened:
        load(opened.store, opened.settings)
        with serve_on(sock, opened.settings, opened.store) as url:
            yield GraphApi(url, opened.store, opened.settings, backend_name)


@pytest.fixture(scope="module")
def small_api(backend_name: str, servers: Servers) -> Iterator[GraphApi]:
    """The hand-checkable graph of ``graph_data.py``, served from the module's backend."""
    with graph_api(
        lambda store, settings: load_small_graph(store, settings.base_iri), backend_name, "small_api", servers
    ) as api:
        yield api


@pytest.fixture(scope="module")
def corpus_api(extractor: Extractor, backend_name: str, servers: Servers) -> Iterator[GraphApi]:
    """The shipped corpus ingested by the real spaCy pipeline (with the gazetteer), served from the module's
    backend."""

    def load(store: Store, settings: Settings) -> None:
        report = ingest([CORPUS_DIR], store, settings, extractor=extractor)
        assert report.ok and report.claims > 0

    with graph_api(load, backend_name, "corpus_api", servers) as api:
        yield api
