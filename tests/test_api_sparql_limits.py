"""The endpoint under hostile queries: the time limit kills the worker process (and the query with it), other
requests are answered meanwhile, a busy pool says 503, and an on-disk store's later writes reach the workers."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from claimgraph.api.errors import status_of
from claimgraph.errors import QueryTimeoutError, ServerBusyError
from claimgraph.settings import Settings
from claimgraph.store import QueryRequest, open_store
from sparql_server import EXAMPLE_NQUADS, Endpoint, serve_in_thread

# A cartesian product counted: no row ever comes out for a cooperative check to act on, whatever the data.
VALUES = " ".join(str(i) for i in range(60))
HOSTILE = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"VALUES ?v{i} {{ {VALUES} }}" for i in range(6)) + " }"
QUICK = "ASK { ?s ?p ?o }"


def worker_pids() -> set[int]:
    """Query workers of this test process: its children running the engine script."""
    pids = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == os.getpid() and b"worker_process.py" in cmdline:
            pids.add(int(entry))
    return pids


@pytest.fixture(scope="module")
def limited_endpoint() -> Iterator[Endpoint]:
    settings = Settings(store=None, sparql_timeout=1.5, sparql_workers=2)
    with open_store(None) as store, serve_in_thread(settings, store) as endpoint:
        store.import_data(EXAMPLE_NQUADS.encode(), "nquads")
        yield endpoint


@pytest.mark.slow
def test_api_sparql_limits_kill_a_runaway_query_and_answer_503(limited_endpoint: Endpoint) -> None:
    before = worker_pids()
    assert len(before) == 2
    began = time.monotonic()
    response = httpx.get(limited_endpoint.sparql, params={"query": HOSTILE}, timeout=30)
    elapsed = time.monotonic() - began
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert "1.5 s" in response.json()["detail"]
    assert 1.4 < elapsed < 4.0
    after = worker_pids()
    assert len(before - after) == 1, "exactly the worker that ran the query is gone (killed, not left running)"
    deadline = time.monotonic() + 10
    while len(worker_pids()) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(worker_pids()) == 2, "the killed worker is replaced"
    assert httpx.get(limited_endpoint.sparql, params={"query": QUICK}).json()["boolean"] is True


@pytest.mark.slow
def test_api_sparql_limits_other_requests_are_served_while_a_query_runs(limited_endpoint: Endpoint) -> None:
    statuses: list[int] = []
    runaway = threading.Thread(
        target=lambda: statuses.append(
            httpx.get(limited_endpoint.sparql, params={"query": HOSTILE}, timeout=30).status_code
        )
    )
    runaway.start()
    time.sleep(0.3)  # the runaway query holds one worker now
    try:
        for _ in range(5):
            began = time.monotonic()
            assert httpx.get(limited_endpoint.url + "/health").status_code == 200
            assert httpx.get(limited_endpoint.sparql, params={"query": QUICK}).json()["boolean"] is True
            assert time.monotonic() - began < 1.0  # behind the runaway it would wait for its 1.5 s limit
    finally:
        runaway.join()
    assert statuses == [503]


@pytest.mark.slow
def test_api_sparql_limits_busy_pool_raises_server_busy() -> None:
    """A query that finds no free worker within its own limit is refused as busy (503 with Retry-After)."""
    with open_store(None) as store:
        store.start_query_workers(1)
        runaway = threading.Thread(
            target=lambda: pytest.raises(QueryTimeoutError, store.query_with_limits, QueryRequest(HOSTILE, timeout=2.0))
        )
        runaway.start()
        time.sleep(0.2)
        with pytest.raises(ServerBusyError):
            store.query_with_limits(QueryRequest(QUICK, timeout=0.5))
        runaway.join()
    assert status_of(ServerBusyError("busy")) == 503


def test_api_sparql_limits_workers_see_later_writes_to_an_on_disk_store(tmp_path: Path) -> None:
    settings = Settings(store=tmp_path / "store", sparql_workers=2)
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    with open_store(settings.store) as store, serve_in_thread(settings, store) as endpoint:
        store.import_data(EXAMPLE_NQUADS.encode(), "nquads")

        def count() -> int:
            response = httpx.get(endpoint.sparql, params={"query": query})
            return int(response.json()["results"]["bindings"][0]["n"]["value"])

        assert [count(), count()] == [9, 9]
        store.update("INSERT DATA { GRAPH <http://e/g> { <http://e/a> <http://e/b> 1, 2 } }")
        assert [count(), count(), count()] == [11, 11, 11]


@pytest.mark.slow
def test_api_sparql_limits_on_disk_store_stays_readable_while_it_is_written(tmp_path: Path) -> None:
    """Workers' read-only views race the serving process's flushes and compactions; no query may fail for it."""
    settings = Settings(store=tmp_path / "store", sparql_workers=2)
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    with open_store(settings.store) as store, serve_in_thread(settings, store) as endpoint:
        done = threading.Event()

        def write() -> None:
            for i in range(150):
                triples = " ".join(f"<http://e/s{i}> <http://e/p> {j} ." for j in range(50))
                store.update(f"INSERT DATA {{ GRAPH <http://e/g{i}> {{ {triples} }} }}")
            done.set()

        writer = threading.Thread(target=write)
        writer.start()
        counts = []
        while not done.is_set():
            response = httpx.get(endpoint.sparql, params={"query": query}, timeout=30)
            assert response.status_code == 200, response.text
            counts.append(int(response.json()["results"]["bindings"][0]["n"]["value"]))
        writer.join()
        final = httpx.get(endpoint.sparql, params={"query": query}).json()["results"]["bindings"][0]["n"]["value"]
    assert counts == sorted(counts)
    assert int(final) == 150 * 50


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv", "csv"])
@pytest.mark.parametrize("cap", [1, 2, 5, 1000])
@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s ?o",
        "SELECT ?s ?x WHERE { ?s ?p ?o OPTIONAL { ?s <http://e/none> ?x } } ORDER BY ?s",  # rows without bindings
    ],
)
def test_api_sparql_limits_answer_file_holds_the_same_answer(fmt: str, cap: int, query: str) -> None:
    """A worker's answer (the first ``keep`` bytes through its answer file, then the reply's body) equals the
    answer built in one piece, with and without truncation, with and without rows that bind nothing."""
    import pyoxigraph as ox

    from claimgraph.store.engine import execute

    store = ox.Store()
    store.load(EXAMPLE_NQUADS.encode(), format=ox.RdfFormat.N_QUADS)
    job = {"sparql": query, "formats": (fmt,), "max_rows": cap}
    whole = execute(store, job)
    pieces: list[bytes] = []
    streamed = execute(store, job, pieces.append)
    assert b"".join(pieces)[: streamed["keep"]] + streamed["body"] == whole["body"]
    assert (streamed["truncated"], streamed["rows"]) == (whole["truncated"], whole["rows"]) == (cap < 9, min(cap, 9))
