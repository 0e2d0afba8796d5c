"""The reliability table's measured results: each hostile request, bad file and fault of issue 17 against a real
``claimgraph serve`` (or ``claimgraph ingest``), what came back and how long it took.

Writes bench/results/reliability.json. Run: `.venv/bin/python -m bench.reliability [--long-chars N]`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from bench.machine import machine
from claimgraph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from sparql_server import CLAIMGRAPH, LOOPBACK, serve_cli  # noqa: E402
from test_api_sparql_limits import HOSTILE  # noqa: E402

VALUES = " ".join(str(i) for i in range(3000))
ROWS = " ".join(str(i) for i in range(10000))
LONG = "x" * 7000
CASES = {
    "3,000 nested braces": ("GET", "SELECT * WHERE " + "{" * 3000 + "}" * 3000),
    "12,000 nested parentheses": ("POST", "SELECT * WHERE { FILTER(" + "(" * 12000 + "1" + ")" * 12000 + ") }"),
    "20,000 ! in a row": ("POST", "ASK { FILTER(" + "!" * 20000 + "true) }"),
    "2-way cartesian of 3,000 under ORDER BY": (
        "GET", f"SELECT * WHERE {{ VALUES ?a {{ {VALUES} }} VALUES ?b {{ {VALUES} }} }} ORDER BY DESC(?b) ?a LIMIT 1"),
    "2-way cartesian of 6,000 under ORDER BY": ("POST", "SELECT * WHERE { VALUES ?a { %s } VALUES ?b { %s } } "
        "ORDER BY DESC(?b) ?a LIMIT 1" % ((" ".join(str(i) for i in range(6000)),) * 2)),
    "10,000 rows of 7 KB (70 MB answer)": ("GET", f'SELECT ?v WHERE {{ VALUES ?long {{ "{LONG}" }} '
        f"VALUES ?n {{ {ROWS} }} BIND(CONCAT(STR(?n), ?long) AS ?v) }}"),
    "one-row GROUP_CONCAT answer of ~100 MB": ("GET", 'SELECT (GROUP_CONCAT(?x) AS ?c) WHERE { VALUES ?a { ' + VALUES
        + ' } VALUES ?b { ' + " ".join(str(i) for i in range(1000)) + ' } BIND(CONCAT(STR(?a), "-", STR(?b), '
        '"-padding-padding-padding-padding") AS ?x) }'),
    "6-way cartesian COUNT (time limit)": ("GET", HOSTILE),
}  # fmt: skip


def timed(send: object) -> tuple[float, object]:
    began = time.perf_counter()
    result = send()  # type: ignore[operator]
    return time.perf_counter() - began, result


def queries(url: str) -> dict[str, dict[str, object]]:
    found: dict[str, dict[str, object]] = {}
    for name, (method, query) in CASES.items():
        if method == "GET":
            seconds, response = timed(lambda q=query: httpx.get(url + "/sparql", params={"query": q}, timeout=60))
        else:
            seconds, response = timed(lambda q=query: httpx.post(url + "/sparql", data={"query": q}, timeout=60))
        assert isinstance(response, httpx.Response)
        found[name] = {"status": response.status_code, "seconds": round(seconds, 3), "bytes": len(response.content),
                       "detail": response.json().get("detail") if response.status_code >= 400 else None}  # fmt: skip
    seconds, response = timed(lambda: httpx.post(url + "/sparql", content=b"ASK {}" + b" " * (200 << 20),
                                                 headers={"Content-Type": "application/sparql-query"}, timeout=60))
    assert isinstance(response, httpx.Response)
    found["200 MB POST body"] = {"status": response.status_code, "seconds": round(seconds, 3)}
    return found


def abandoned(url: str) -> dict[str, object]:
    """A heavy query whose client gives up after 1 s: how soon does a cheap query get through again?"""
    with contextlib.suppress(httpx.ReadTimeout):
        httpx.get(url + "/sparql", params={"query": HOSTILE}, timeout=1.0)
    seconds, response = timed(lambda: httpx.get(url + "/sparql", params={"query": "ASK {}"}, timeout=30))
    assert isinstance(response, httpx.Response)
    return {"status_of_next_cheap_query": response.status_code, "its_seconds": round(seconds, 3)}


def held_connections(port: int, count: int = 200) -> dict[str, object]:
    socks = []
    for _ in range(count):
        sock = socket.create_connection((LOOPBACK, port))
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n")
        socks.append(sock)
    began = time.perf_counter()
    for sock in socks:
        sock.settimeout(30)
        try:
            while sock.recv(4096):
                pass
        except OSError:
            pass
    seconds = time.perf_counter() - began
    for sock in socks:
        sock.close()
    return {"connections": count, "all_closed_after_seconds": round(seconds, 2)}


def killed_server(store: Path, log: Path) -> dict[str, object]:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([str(CLAIMGRAPH), "serve", "--store", str(store), "--port", str(port)],
                              env={**os.environ, "CLAIMGRAPH_SPARQL_TIMEOUT": "300"}, stdout=log.open("ab"),
                              stderr=subprocess.STDOUT)  # fmt: skip
    url = f"http://{LOOPBACK}:{port}"
    while True:
        try:
            httpx.get(url + "/health", timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.05)
    children = [int(p) for p in os.listdir("/proc") if p.isdigit() and _parent(int(p)) == server.pid]
    threading.Thread(target=lambda: _swallow(url), daemon=True).start()
    time.sleep(1.5)
    server.send_signal(signal.SIGKILL)
    server.wait()
    began = time.perf_counter()
    while any(_alive(pid) for pid in children) and time.perf_counter() - began < 30:
        time.sleep(0.01)
    return {"workers": len(children), "all_gone_after_seconds": round(time.perf_counter() - began, 3),
            "survivors": [pid for pid in children if _alive(pid)]}  # fmt: skip


def _swallow(url: str) -> None:
    with contextlib.suppress(httpx.TransportError):
        httpx.get(url + "/sparql", params={"query": HOSTILE}, timeout=60)


def _parent(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except OSError:
        return -1


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def long_article(chars: int, work: Path) -> dict[str, object]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    body = "\n\n".join(texts) + "\n\n"
    folder = work / "long"
    folder.mkdir()
    (folder / "long.txt").write_text((body * (chars // len(body) + 1))[:chars], encoding="utf-8")
    began = time.perf_counter()
    done = subprocess.run([str(CLAIMGRAPH), "ingest", str(folder), "--store", str(work / "long-store")],
                          capture_output=True, text=True)  # fmt: skip
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"chars": chars, "exit_code": done.returncode, "seconds": round(time.perf_counter() - began, 1),
            "max_rss_mb": usage.ru_maxrss // 1024, "summary": " ".join(done.stdout.split())}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--long-chars", type=int, default=1_200_000)
    args = parser.parse_args()
    results: dict[str, object] = {"machine": machine()}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        open_store(work / "store").close()
        log = work / "serve.log"
        with serve_cli(work / "store", log, env={"CLAIMGRAPH_REQUEST_TIMEOUT": "10"}) as url:
            results["queries"] = queries(url)
            results["abandoned_heavy_query"] = abandoned(url)
            results["half_sent_requests"] = held_connections(int(url.rsplit(":", 1)[1]))
        results["tracebacks_in_server_log"] = log.read_text().count("Traceback")
        results["sigkilled_server"] = killed_server(work / "store", log)
        if args.long_chars:
            results["long_article"] = long_article(args.long_chars, work)
    out = ROOT / "bench" / "results" / "reliability.json"
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
