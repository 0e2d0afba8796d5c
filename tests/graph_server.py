"""Real uvicorn servers for the entity, analytics and linked-data tests, whose base IRI is their own address, so
that every IRI in their data dereferences on them (as it would in production with CLAIMGRAPH_BASE_IRI set).

The socket is bound first (a free loopback port), the base IRI made from it, the data written under that base,
and then the socket handed to uvicorn, as ``sparql_server.py`` does.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimgraph.api.app import create_app
from claimgraph.extract import Extractor
from claimgraph.ingest import ingest
from claimgraph.settings import Settings
from claimgraph.store import OxigraphStore, open_store
from graph_data import load_small_graph
from sparql_server import free_socket, serve_app

CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus"


@dataclass(frozen=True)
class GraphApi:
    url: str  # http://127.0.0.1:PORT, which is also the base IRI without its trailing slash
    store: OxigraphStore
    settings: Settings

    @property
    def base(self) -> str:
        return self.settings.base_iri


@contextmanager
def serve_on(sock: socket.socket, settings: Settings, store: OxigraphStore) -> Iterator[str]:
    with serve_app(create_app(settings, store), sock) as url:
        yield url


@contextmanager
def graph_api(load: object) -> Iterator[GraphApi]:
    sock = free_socket()
    host, port = sock.getsockname()
    settings = Settings(store=None, base_iri=f"http://{host}:{port}/", sparql_workers=1)
    with open_store(None) as store:
        load(store, settings)  # type: ignore[operator]
        with serve_on(sock, settings, store) as url:
            yield GraphApi(url, store, settings)


@pytest.fixture(scope="module")
def small_api() -> Iterator[GraphApi]:
    """The hand-checkable graph of ``graph_data.py``, served."""
    with graph_api(lambda store, settings: load_small_graph(store, settings.base_iri)) as api:
        yield api


@pytest.fixture(scope="module")
def corpus_api(extractor: Extractor) -> Iterator[GraphApi]:
    """The shipped corpus ingested by the real spaCy pipeline (with the gazetteer), served."""

    def load(store: OxigraphStore, settings: Settings) -> None:
        report = ingest([CORPUS_DIR], store, settings, extractor=extractor)
        assert report.ok and report.claims > 0

    with graph_api(load) as api:
        yield api
