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
from claimgraph.store import OxigraphStore, open_store
from sparql_server import free_socket, serve_app

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA.parent.parent / "corpus"
TRACE = DATA / "trace"
TOKEN = "test-token-3f9a-not-a-secret"


@dataclass(frozen=True)
class Api:
    url: str
    store: OxigraphStore
    settings: Settings


@contextmanager
def serve_api(settings: Settings, store: OxigraphStore, extractor: Extractor | None = None) -> Iterator[Api]:
    with serve_app(create_app(settings, store, extractor=extractor), free_socket()) as url:
        yield Api(url, store, settings)


@pytest.fixture(scope="module")
def rest_api(extractor: Extractor) -> Iterator[Api]:
    """Read-only server over the corpus and the trace articles, ingested by the real pipeline; no write token.
    Per module, so that its query worker is gone before test_api_sparql_limits counts the workers."""
    settings = Settings(store=None, sparql_workers=1)
    with open_store(None) as store:
        report = ingest([CORPUS, TRACE], store, settings, extractor=extractor)
        assert report.ok and len(report.new) == 9
        with serve_api(settings, store) as api:
            yield api


@pytest.fixture
def writable_api(extractor: Extractor) -> Iterator[Api]:
    """An empty store behind a server that accepts writes with TOKEN."""
    settings = Settings(store=None, sparql_workers=1, api_token=TOKEN)
    with open_store(None) as store, serve_api(settings, store, extractor) as api:
        yield api
