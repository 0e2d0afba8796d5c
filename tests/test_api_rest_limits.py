"""REST reads under load (issue 17 item 7): dozens of slow ``/claims`` at once get the SPARQL endpoint's time
limit and a bounded line (clean 503 problem+json, never a 500 or a hang), and ``/health`` never waits behind them.

The store is the corpus and the trace articles, ingested by the real pipeline, with their source graphs copied
until building the claims listing (once per state of the store) takes seconds: before the fix, 45 parallel
``/claims`` took every thread of the pool /health needed, and /health waited for the whole build.
"""

from __future__ import annotations

import re
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from claimgraph.extract import Extractor
from claimgraph.ingest import ingest
from claimgraph.settings import Settings
from claimgraph.store import OxigraphStore, open_store
from rest_server import CORPUS, TRACE
from sparql_server import serve_cli

pytestmark = pytest.mark.slow
COPIES = 120  # ~230,000 quads, 7,500 claims: building the listing takes seconds on this machine
PARALLEL = 45
LIMIT = 1.0  # seconds: the time limit of the server under test, below the listing's build time


def copy_sources(store: OxigraphStore, base: str, copies: int) -> None:
    """Every source graph copied ``copies - 1`` times under new claim, evidence and graph IRIs."""
    source_graph = re.compile(rf"<{re.escape(base)}graph/source/[^>]*> \.$")
    lines = store.export("nquads").decode().splitlines(keepends=True)
    nquads = "".join(line for line in lines if source_graph.search(line.rstrip()))
    for copy in range(1, copies):
        store.import_data(
            nquads.replace(base + "claim/", f"{base}claim/c{copy}-")
            .replace(base + "evidence/", f"{base}evidence/c{copy}-")
            .replace(base + "graph/source/", f"{base}graph/source/c{copy}-")
            .encode(),
            "nquads",
        )


@pytest.fixture(scope="module")
def big_store(extractor: Extractor, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An on-disk store for ``claimgraph serve``, which runs in its own process: the clients here share no GIL
    with it."""
    path = tmp_path_factory.mktemp("big") / "store"
    settings = Settings(store=path)
    with open_store(path) as store:
        assert ingest([CORPUS, TRACE], store, settings, extractor=extractor).ok
        copy_sources(store, settings.base_iri, COPIES)
    return path


def test_api_rest_limits_health_answers_at_once_while_dozens_of_slow_claims_wait(
    big_store: Path, tmp_path: Path
) -> None:
    env = {"CLAIMGRAPH_SPARQL_TIMEOUT": str(LIMIT), "CLAIMGRAPH_SPARQL_WORKERS": "1"}
    with serve_cli(big_store, tmp_path / "serve.log", env=env) as url, httpx.Client(
        base_url=url, timeout=60, limits=httpx.Limits(max_connections=PARALLEL + 1)
    ) as client:

        def claims(i: int) -> httpx.Response:
            # Each with other filters, and a client that would wait far longer than the server may take.
            return client.get("/claims", params={"limit": 50 + i, "modality": "asserted"})

        with ThreadPoolExecutor(PARALLEL) as pool:
            pending = [pool.submit(claims, i) for i in range(PARALLEL)]
            time.sleep(0.3)  # every /claims has arrived and one is building the listing
            began = time.monotonic()
            health = client.get("/health")
            health_seconds = time.monotonic() - began
            answers = [future.result() for future in pending]
        # What the timed-out read was building is kept: once it is done, the same request is answered.
        deadline = time.monotonic() + 120
        while (later := claims(0)).status_code == 503 and time.monotonic() < deadline:
            time.sleep(0.5)
    log = (tmp_path / "serve.log").read_text()

    assert health.status_code == 200 and health.json()["status"] == "ok"
    assert health_seconds < 2.0, f"/health waited {health_seconds:.1f} s behind the REST reads"
    statuses = sorted({answer.status_code for answer in answers})
    assert set(statuses) <= {200, 503}, statuses
    refused = [answer for answer in answers if answer.status_code == 503]
    assert refused, "the listing builds for longer than the limit: some reads must have been answered 503"
    for answer in refused:
        assert answer.headers["content-type"] == "application/problem+json"
        problem = answer.json()
        assert problem["status"] == 503 and problem["type"].endswith(("/query-timeout", "/server-busy"))
        if problem["type"].endswith("/server-busy"):
            assert answer.headers["retry-after"]
    assert later.status_code == 200 and later.json()["total"] > 1000
    assert "Traceback" not in log and "passed the 1 s time limit" in log


def test_api_rest_limits_a_full_line_is_refused_at_once(big_store: Path, tmp_path: Path) -> None:
    """One place running, none in line: while a slow read holds it, the next read is refused with Retry-After."""
    env = {"CLAIMGRAPH_REST_WORKERS": "1", "CLAIMGRAPH_REST_QUEUE": "0", "CLAIMGRAPH_SPARQL_WORKERS": "1",
           "CLAIMGRAPH_SPARQL_TIMEOUT": "300"}  # fmt: skip  (however slow the machine, the slow read ends in 200)
    with serve_cli(big_store, tmp_path / "serve.log", env=env) as url, ThreadPoolExecutor(1) as pool:
        slow = pool.submit(httpx.get, url + "/claims", timeout=300)
        time.sleep(1.0)  # it has arrived and is building the listing, which takes seconds
        refused = httpx.get(url + "/sources", timeout=10)
        assert refused.status_code == 503 and refused.headers["retry-after"]
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["type"].endswith("/server-busy")
        assert httpx.get(url + "/health", timeout=10).status_code == 200
        assert slow.result().status_code == 200
        assert httpx.get(url + "/sources", timeout=10).status_code == 200
