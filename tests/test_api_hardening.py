"""The endpoint against hostile requests (issue 17 items 2, 9, 10): a forged Host header, over-deep queries, oversized
bodies and answers. A real uvicorn server over a real store in every test."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from claimgraph.errors import QueryTooDeepError
from claimgraph.settings import Settings
from claimgraph.store import open_store
from claimgraph.store.guard import MAX_QUERY_DEPTH, check_depth, nesting_depth
from sparql_server import CLAIMGRAPH, Endpoint, example_store, serve_in_thread
from test_api_sparql_limits import worker_pids

EVIL = "evil.example"


def test_api_hardening_host_header_is_not_reflected(sparql_endpoint: Endpoint) -> None:
    description = httpx.get(sparql_endpoint.sparql, headers={"Host": EVIL}, timeout=30)
    assert description.status_code == 200
    assert EVIL not in description.text
    assert "<http://localhost:8000/sparql>" in description.text  # the configured base
    answer = httpx.get(
        sparql_endpoint.sparql,
        params={"query": "SELECT ?x WHERE { BIND(<relative> AS ?x) }"},
        headers={"Host": EVIL, "Accept": "application/sparql-results+json"},
        timeout=30,
    )
    assert answer.status_code == 200
    assert answer.json()["results"]["bindings"][0]["x"]["value"] == "http://localhost:8000/relative"


DEEP_BRACES = "SELECT * WHERE " + "{" * 3000 + "}" * 3000
DEEP_PARENS = "SELECT * WHERE { FILTER(" + "(" * 12000 + "1" + ")" * 12000 + ") }"
LONG_NOT = "ASK { FILTER(" + "!" * 20000 + "true) }"  # no bracket, but 10,000 crashed the default stack


@pytest.mark.parametrize("query", [DEEP_BRACES, DEEP_PARENS], ids=["braces", "parens"])
def test_api_hardening_over_deep_query_is_a_400_and_the_worker_lives(sparql_endpoint: Endpoint, query: str) -> None:
    before = worker_pids()
    response = httpx.post(sparql_endpoint.sparql, data={"query": query}, timeout=30)
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"].endswith("/query-too-deep")
    assert worker_pids() == before  # refused before any worker saw it


def test_api_hardening_long_operator_chain_does_not_crash_a_worker(sparql_endpoint: Endpoint) -> None:
    before = worker_pids()
    response = httpx.post(sparql_endpoint.sparql, data={"query": LONG_NOT}, timeout=30)
    assert response.status_code == 200 and response.json()["boolean"] is True
    assert worker_pids() == before


@pytest.mark.parametrize("query", [DEEP_BRACES, LONG_NOT], ids=["braces", "not-chain"])
def test_api_hardening_cli_query_refuses_or_survives_deep_queries(tmp_path: Path, query: str) -> None:
    open_store(tmp_path / "store").close()
    done = subprocess.run(
        [str(CLAIMGRAPH), "query", query, "--store", str(tmp_path / "store"), "--format", "json"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    if query is DEEP_BRACES:
        assert done.returncode == 2, done.stderr
        assert "nests 3000 levels" in " ".join(done.stderr.split())
    else:
        assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_api_hardening_workers_write_no_core_files(sparql_endpoint: Endpoint) -> None:
    for pid in worker_pids():
        limits = Path(f"/proc/{pid}/limits").read_text()
        core = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
        assert core.split()[4:6] == ["0", "0"]


def test_guard_nesting_depth_counts_brackets() -> None:
    assert nesting_depth("SELECT * { ?s ?p ?o FILTER((1)) }") == 3
    assert nesting_depth("}}}{") == 1
    check_depth("{" * MAX_QUERY_DEPTH)
    with pytest.raises(QueryTooDeepError):
        check_depth("[" * (MAX_QUERY_DEPTH + 1))


@pytest.fixture(scope="module")
def capped_endpoint() -> Iterator[Endpoint]:
    """One worker of 1 GiB, answers of at most 5,000 bytes, request bodies of at most 2,000 bytes."""
    settings = Settings(
        store=None, sparql_workers=1, sparql_timeout=30, sparql_worker_memory=1 << 30, sparql_max_answer_bytes=5000,
        max_request_bytes=2000,
    )  # fmt: skip
    with example_store() as store, serve_in_thread(settings, store) as endpoint:
        yield endpoint


def test_api_hardening_request_body_over_the_cap_is_a_413(capped_endpoint: Endpoint) -> None:
    query = "ASK { ?s ?p ?o }" + " " * 3000
    declared = httpx.post(capped_endpoint.sparql, data={"query": query}, timeout=30)
    assert declared.status_code == 413
    assert declared.headers["content-type"] == "application/problem+json"

    def pieces() -> Iterator[bytes]:  # no Content-Length: counted while it is read
        yield b"query=ASK+%7B+%3Fs+%3Fp+%3Fo+%7D"
        for _ in range(100):
            yield b"+" * 100

    chunked = httpx.post(
        capped_endpoint.sparql, content=pieces(), headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert chunked.status_code == 413
    assert chunked.json()["type"].endswith("/request-too-large")
    assert httpx.post(capped_endpoint.sparql, data={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def test_api_hardening_answer_over_the_byte_cap_is_refused(capped_endpoint: Endpoint) -> None:
    rows = " ".join(f'"{"x" * 100}{i}"' for i in range(10))  # ~1 KB: small enough to send
    small = httpx.get(capped_endpoint.sparql, params={"query": f"SELECT ?v WHERE {{ VALUES ?v {{ {rows} }} }}"})
    assert small.status_code == 200
    query = 'SELECT ?v WHERE { VALUES ?long { "%s" } VALUES ?n { 1 2 3 4 5 6 7 8 } BIND(CONCAT(STR(?n), ?long) AS ?v) }'
    big = httpx.get(capped_endpoint.sparql, params={"query": query % ("y" * 1000)}, timeout=30)
    assert big.status_code == 507
    assert big.headers["content-type"] == "application/problem+json"
    assert "5,000-byte limit" in big.json()["detail"]


def test_api_hardening_query_over_the_worker_memory_is_a_507_and_the_worker_is_replaced(
    capped_endpoint: Endpoint,
) -> None:
    values = " ".join(str(i) for i in range(3000))
    query = f"SELECT * WHERE {{ VALUES ?a {{ {values} }} VALUES ?b {{ {values} }} }} ORDER BY DESC(?b) ?a LIMIT 1"
    before = worker_pids()
    response = httpx.get(capped_endpoint.sparql, params={"query": query}, timeout=60)
    assert response.status_code == 507
    assert response.json()["type"].endswith("/query-memory")
    deadline = time.monotonic() + 20
    while (len(worker_pids()) < 1 or worker_pids() == before) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert worker_pids() and worker_pids() != before
    assert httpx.get(capped_endpoint.sparql, params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True
