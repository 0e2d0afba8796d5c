"""Shared fixtures. Real parts only: an in-memory or on-disk Oxigraph store, the real spaCy pipeline (loaded
once per session, since it takes a second), the shipped corpus and ontology."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimgraph import __version__
from claimgraph.extract import Extractor
from claimgraph.graph.ontology import load_gazetteer, load_parents
from claimgraph.settings import Settings
from claimgraph.store import OxigraphStore, open_store

# ... and of the REST API's tests (the corpus and tests/data/trace ingested by the real pipeline).
from rest_server import rest_api, writable_api  # noqa: E402, F401, I001

# Fixtures of the SPARQL endpoint's tests (a real uvicorn server on a free loopback port), registered here.
from sparql_server import cors_sparql_endpoint, sparql_endpoint, w3c_suite  # noqa: E402, F401, I001

# The backends every store-agnostic test runs on (embedded, Oxigraph server, Virtuoso), started once per session.
from store_servers import BACKENDS, backend, backend_name, cli_stores, servers, virtuoso_server  # noqa: E402, F401, I001

# Fixtures of the web pages' tests (the REST store plus an edited article).
from web_server import web_site  # noqa: E402, F401, I001

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "gold" / "seeds.jsonl"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test of a module marked ``backends`` whose store comes through ``backend_name`` runs once per backend;
    module-scoped, so that pytest groups the module's tests by backend and builds each served store once."""
    if "backend_name" in metafunc.fixturenames and metafunc.definition.get_closest_marker("backends"):
        metafunc.parametrize("backend_name", BACKENDS, indirect=True, scope="module")


@pytest.fixture
def settings() -> Settings:
    return Settings(store=None, base_iri="http://localhost:8000/")


@pytest.fixture
def memory_store() -> Iterator[OxigraphStore]:
    with open_store(None) as store:
        yield store


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    base = "http://localhost:8000/"
    return Extractor(load_gazetteer(base), parents=load_parents(base), software_version=__version__)


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped corpus, for tests that edit or break articles."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target
