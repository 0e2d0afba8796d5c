"""Query workers die with their server (issue 17 item 11): a SIGKILLed ``claimgraph serve`` used to leave its busy
worker running at 100 % CPU under PID 1. A real server, a real runaway query, a real SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest

from claimgraph.store import open_store
from sparql_server import CLAIMGRAPH, LOOPBACK, free_socket
from test_api_sparql_limits import HOSTILE

pytestmark = pytest.mark.slow


def _children(parent: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == parent:
                found.add(int(entry))
    return found


def _alive(pid: int) -> bool:
    """Running, not merely a zombie waiting for whoever adopted it to reap it."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def test_api_worker_lifetime_workers_die_with_a_sigkilled_server(tmp_path: Path) -> None:
    open_store(tmp_path / "store").close()
    sock = free_socket()
    port = sock.getsockname()[1]
    sock.close()
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen(
        [str(CLAIMGRAPH), "serve", "--store", str(tmp_path / "store"), "--host", LOOPBACK, "--port", str(port)],
        env={**os.environ, "CLAIMGRAPH_SPARQL_TIMEOUT": "300"}, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://{LOOPBACK}:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
            assert time.monotonic() < deadline and server.poll() is None, "claimgraph serve did not start"
        workers = {pid for pid in _children(server.pid) if b"worker" in Path(f"/proc/{pid}/cmdline").read_bytes()}
        assert len(workers) == 2
        runaway = threading.Thread(
            target=lambda: pytest.raises(httpx.TransportError, httpx.get, url + "/sparql", params={"query": HOSTILE},
                                         timeout=60),
            daemon=True,
        )  # fmt: skip
        runaway.start()
        ticks = {pid: _cpu_ticks(pid) for pid in workers}
        deadline = time.monotonic() + 10
        while not any(_cpu_ticks(pid) - ticks[pid] > 50 for pid in workers):  # one worker is busy with it
            assert time.monotonic() < deadline, "no worker took the query"
            time.sleep(0.1)
        os.kill(server.pid, signal.SIGKILL)
        server.wait()
        deadline = time.monotonic() + 5
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        survivors = [pid for pid in workers if _alive(pid)]
        for pid in survivors:  # leave nothing behind, then fail
            os.kill(pid, signal.SIGKILL)
        assert not survivors, "a query worker outlived its server"
        runaway.join(timeout=10)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        log.close()
