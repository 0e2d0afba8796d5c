"""The web pages' test server: the REST test server's store (the corpus and the trace articles, ingested by the
real pipeline) plus one article ingested twice with an edit, so that the revisions page has something to show.
Module-scoped like ``rest_api``: its query worker is gone before test_api_sparql_limits counts workers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from claimgraph.extract import Extractor
from claimgraph.ingest import ingest
from claimgraph.settings import Settings
from claimgraph.store import open_store
from rest_server import CORPUS, TRACE, Api, serve_api

EDITED_ID = "shares"
FIRST = """Cloud shares in 2025

Huawei Cloud held 13% of the China AI cloud market in 2025, according to Omdia.

Baidu Cloud held 6% of the China AI cloud market in 2025, according to Omdia.
"""
SECOND = """Cloud shares in 2025 (corrected)

Huawei Cloud held 14% of the China AI cloud market in 2025, according to Omdia.

Tencent Cloud held 7% of the China AI cloud market in 2025, according to Omdia.
"""


@pytest.fixture(scope="module")
def web_site(extractor: Extractor, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    settings = Settings(store=None, sparql_workers=1)
    edited = tmp_path_factory.mktemp("edited") / f"{EDITED_ID}.txt"
    with open_store(None) as store:
        assert ingest([CORPUS, TRACE], store, settings, extractor=extractor).ok
        for text in (FIRST, SECOND):
            edited.write_text(text, encoding="utf-8")
            assert ingest([edited], store, settings, extractor=extractor).ok
        with serve_api(settings, store) as api:
            yield api


def artifacts_dir() -> Path:
    """Where the browser tests leave their screenshots (git-ignored; CI can keep them as artefacts)."""
    folder = Path(__file__).resolve().parent / "artifacts" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
