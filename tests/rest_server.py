"""Real servers for the REST API's tests: uvicorn on a loopback port over ``create_app`` (see sparql_server.py),
with stores filled by the real pipeline from the shipped corpus and the trace articles of ``tests/data/trace``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimgraph.api.app import create_app
from claimgraph.extract import Extractor
from claimgraph.ingest import ingest
from claimgraph.settings import Settings
from claimgraph.store import Store
from sparql_server import free_socket, serve_app
from store_servers import Servers, open_backend

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA.parent.parent / "corpus"
TRACE = DATA / "trace"
TOKEN = "test-token-3f9a-not-a-secret"


@dataclass(frozen=True)
class Api:
    url: str
    store: Store
    settings: Settings
    backend: str = "embedded"


@contextmanager
def serve_api(
    settings: Settings, store: Store, extractor: Extractor | None = None, backend: str = "embedded"
) -> Iterator[Api]:
    with serve_app(create_app(settings, store, extractor=extractor), free_socket()) as url:
        yield Api(url, store, settings, backend)


@pytest.fixture(scope="module")
def rest_api(extractor: Extractor, backend_name: str, servers: Servers) -> Iterator[Api]:
    """Read-only server over the corpus and the trace articles, ingested by the real pipeline into the module's
    backend; no write token. Per module, so that its query worker is gone before test_api_sparql_limits counts the
    workers."""
    with open_backend(backend_name, "rest_api", servers) as opened:
        report = ingest([CORPUS, TRACE], opened.store, opened.settings, extractor=extractor)
        assert report.ok and len(report.new) == 9
        with serve_api(opened.settings, opened.store, backend=backend_name) as api:
            yield api


@pytest.fixture
def writable_api(extractor: Extractor, backend_name: str, servers: Servers) -> Iterator[Api]:
    """An empty store of the module's backend behind a server that accepts writes with TOKEN."""
    with (
        open_backend(backend_name, "writable_api", servers, api_token=TOKEN) as opened,
        serve_api(opened.settings, opened.store, extractor, backend_name) as api,
    ):
        yield api
