"""Capacity under heavy queries (issue 17 item 8): a query whose client hung up is stopped at once (its worker
killed and replaced) instead of holding the worker until the time limit, and when every worker is busy and the
wait line is full, one more query is refused at once with 503 and Retry-After."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from claimgraph.settings import Settings
from sparql_server import Endpoint, example_store, serve_in_thread
from test_api_sparql_limits import HOSTILE, QUICK, worker_pids

pytestmark = pytest.mark.slow


@pytest.fixture
def one_worker() -> Iterator[Endpoint]:
    """One worker, a 60 s limit, one place in the wait line."""
    settings = Settings(store=None, sparql_workers=1, sparql_timeout=60, sparql_queue=1)
    with example_store() as store, serve_in_thread(settings, store) as endpoint:
        yield endpoint


def test_api_sparql_cancel_a_query_whose_client_left_frees_its_worker(one_worker: Endpoint) -> None:
    [before] = worker_pids()
    with pytest.raises(httpx.ReadTimeout):  # the client gives up after 1 s and closes its connection
        httpx.get(one_worker.sparql, params={"query": HOSTILE}, timeout=1.0)
    # Without cancellation the only worker stays busy for the whole 60 s limit and this waits for it.
    answer = httpx.get(one_worker.sparql, params={"query": QUICK}, timeout=20)
    assert answer.status_code == 200 and answer.json()["boolean"] is True
    assert before not in worker_pids(), "the abandoned query's worker was killed"


def test_api_sparql_cancel_a_full_wait_line_is_refused_at_once(one_worker: Endpoint) -> None:
    clients = [httpx.Client(timeout=2.0) for _ in range(2)]
    holders = [
        threading.Thread(target=lambda c=c: pytest.raises(httpx.ReadTimeout, c.get, one_worker.sparql,
                                                           params={"query": HOSTILE}))
        for c in clients
    ]  # fmt: skip
    holders[0].start()
    time.sleep(0.5)  # the first holds the worker, the second takes the one place in line
    holders[1].start()
    time.sleep(0.5)
    refused = httpx.get(one_worker.sparql, params={"query": QUICK}, timeout=1.5)
    assert refused.status_code == 503
    assert refused.headers["retry-after"]
    assert refused.headers["content-type"] == "application/problem+json"
    assert "waiting already" in refused.json()["detail"]
    for holder in holders:
        holder.join()
    for client in clients:
        client.close()
    answer = httpx.get(one_worker.sparql, params={"query": QUICK}, timeout=20)
    assert answer.status_code == 200
