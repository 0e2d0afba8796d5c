"""A mixed load on one ``claimgraph serve`` (issue 17): do reads stay fast and error-free while a write and a
runaway query run beside them?

Ingests the shipped corpus and ``tests/data/trace`` (the real extractor) into a store on disk and starts
``claimgraph serve`` on it (its own process, loopback only, a write token set). Then, for ``--seconds`` (60 by
default), ``--connections`` (64) keep-alive connections from one httpx AsyncClient loop over four routes, a
quarter of the connections each:

- a small SPARQL query (POST /sparql, the MarketShare claims with their values, LIMIT 20);
- ``/claims`` filtered (``modality=asserted&limit=50``);
- a claim's trace (``/claims/{id}/trace``);
- ``/health``.

Beside them, one more connection ingests the ``tests/data/dev12`` articles one after another (POST /sources,
spaCy in the server), so the claims the reads see keep changing; and one sends a heavy SPARQL query (a 6-way
cartesian COUNT) again and again, each expected to end at the 10 s time limit with 503.

An *error* is a transport failure or any status other than 200 on the four routes (a 503 shed by a full wait
line counts), other than 200/201 on an ingest, other than 200/503 on the heavy query. Reports per route the
requests, p50/p99/max latency and statuses, the ingests and heavy queries, and whether errors were zero, with the
machine and the CPU time the client itself used (it runs on the same machine as the server, on uvloop), in
bench/results/load_mixed.json.
Run: `.venv/bin/python -m bench.load_mixed [--seconds S] [--connections C] [--sparql-queue N]`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import secrets
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import uvloop

from bench.machine import machine
from claimgraph.ingest import ingest, make_extractor
from claimgraph.settings import Settings
from claimgraph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from sparql_server import LOOPBACK, serve_cli  # noqa: E402  (the tests' way of starting `claimgraph serve`)
from test_api_sparql_limits import HOSTILE  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "load_mixed.json"
UPLOADS = sorted((ROOT / "tests" / "data" / "dev12").glob("*/*.txt"))
SMALL_SPARQL = """PREFIX cg: <https://w3id.org/claimgraph/ontology#>
SELECT ?claim ?value WHERE { ?claim a cg:MarketShare ; cg:value ?value } LIMIT 20"""
ROUTES = ("sparql_small", "claims_filtered", "claim_trace", "health")


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile of ``values`` (milliseconds), rounded for the report."""
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))], 2)


class Recorder:
    """Latencies and statuses per route; transport failures count as status 0."""

    def __init__(self) -> None:
        self.latencies: dict[str, list[float]] = {name: [] for name in ROUTES}
        self.statuses: dict[str, Counter[int]] = {name: Counter() for name in ROUTES}

    def add(self, route: str, status: int, seconds: float) -> None:
        self.latencies[route].append(seconds * 1000)
        self.statuses[route][status] += 1

    def report(self, seconds: float) -> dict[str, dict[str, Any]]:
        return {
            route: {
                "requests": len(values),
                "requests_per_s": round(len(values) / seconds, 1),
                "p50_ms": percentile(values, 0.50),
                "p99_ms": percentile(values, 0.99),
                "max_ms": round(max(values), 1),
                "statuses": {str(status): n for status, n in sorted(self.statuses[route].items())},
                "errors": sum(n for status, n in self.statuses[route].items() if status != 200),
            }
            for route, values in self.latencies.items()
            if values
        }


async def timed(client: httpx.AsyncClient, method: str, url: str, **kwargs: Any) -> tuple[int, float]:
    began = time.perf_counter()
    try:
        status = (await client.request(method, url, **kwargs)).status_code
    except httpx.TransportError:
        status = 0
    return status, time.perf_counter() - began


async def reader(client: httpx.AsyncClient, route: str, url: str, end: float, record: Recorder) -> None:
    while time.monotonic() < end:
        if route == "sparql_small":
            status, seconds = await timed(client, "POST", url, data={"query": SMALL_SPARQL},
                                          headers={"Accept": "application/sparql-results+json"})  # fmt: skip
        else:
            status, seconds = await timed(client, "GET", url)
        record.add(route, status, seconds)


async def ingester(client: httpx.AsyncClient, url: str, token: str, end: float) -> list[dict[str, Any]]:
    done = []
    for path in UPLOADS:
        if time.monotonic() >= end:
            break
        status, seconds = await timed(client, "POST", url + "/sources", params={"id": "load_" + path.stem},
                                      content=path.read_bytes(), headers={"Authorization": f"Bearer {token}",
                                                                          "Content-Type": "text/plain"})  # fmt: skip
        done.append({"file": path.name, "status": status, "seconds": round(seconds, 2)})
    return done


async def heavy(client: httpx.AsyncClient, url: str, end: float) -> list[dict[str, Any]]:
    done = []
    while time.monotonic() < end:
        status, seconds = await timed(client, "GET", url + "/sparql", params={"query": HOSTILE})
        done.append({"status": status, "seconds": round(seconds, 2)})
    return done


async def drive(url: str, seconds: float, connections: int, token: str, trace: str) -> dict[str, Any]:
    targets = {
        "sparql_small": url + "/sparql",
        "claims_filtered": url + "/claims?modality=asserted&limit=50",
        "claim_trace": url + trace,
        "health": url + "/health",
    }
    record = Recorder()
    limits = httpx.Limits(max_connections=connections + 2, max_keepalive_connections=connections + 2)
    async with httpx.AsyncClient(limits=limits, timeout=120) as client:
        began = time.monotonic()
        end = began + seconds
        readers = [reader(client, ROUTES[i % len(ROUTES)], targets[ROUTES[i % len(ROUTES)]], end, record)
                   for i in range(connections)]  # fmt: skip
        writing = asyncio.ensure_future(ingester(client, url, token, end))
        hogging = asyncio.ensure_future(heavy(client, url, end))
        await asyncio.gather(*readers)
        ingests, heavies = await writing, await hogging
        elapsed = time.monotonic() - began
    routes = record.report(elapsed)
    write_errors = sum(1 for i in ingests if i["status"] not in (200, 201))
    heavy_errors = sum(1 for h in heavies if h["status"] not in (200, 503))
    errors = sum(r["errors"] for r in routes.values()) + write_errors + heavy_errors
    return {
        "seconds": round(elapsed, 1),
        "routes": routes,
        "ingests": ingests,
        "heavy_queries": heavies,
        "errors": errors,
        "zero_errors": errors == 0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="How long the load runs.")
    parser.add_argument("--connections", type=int, default=64, help="Connections on the four read routes.")
    parser.add_argument("--sparql-queue", type=int, default=64,
                        help="CLAIMGRAPH_SPARQL_QUEUE of the server: with its default, 8, what 16 connections send "
                        "beyond 2 running and 8 waiting is refused with 503, by design.")  # fmt: skip
    args = parser.parse_args()
    token = secrets.token_urlsafe(24)
    env = {"CLAIMGRAPH_API_TOKEN": token, "CLAIMGRAPH_SPARQL_QUEUE": str(args.sparql_queue)}
    with tempfile.TemporaryDirectory() as folder:
        store_dir = Path(folder) / "store"
        settings = Settings(store=store_dir)
        with open_store(store_dir) as store:
            report = ingest([ROOT / "corpus", ROOT / "tests" / "data" / "trace"], store, settings,
                            extractor=make_extractor(settings))  # fmt: skip
            quads = store.count_quads()
        with serve_cli(store_dir, Path(folder) / "serve.log", env=env) as url:
            assert url.startswith(f"http://{LOOPBACK}:"), url  # loopback only
            claim = httpx.get(url + "/claims", params={"source": "t1_omdia_wire"}).json()["items"][0]["id"]
            trace = "/claims/" + claim.split("/claim/", 1)[1] + "/trace"
            for path in ("/claims?modality=asserted&limit=50", trace, "/health"):  # warm the caches
                assert httpx.get(url + path, timeout=60).status_code == 200, path
            cpu = time.process_time()
            run = uvloop.run(drive(url, args.seconds, args.connections, token, trace))
            cpu = time.process_time() - cpu
            log = (Path(folder) / "serve.log").read_text(encoding="utf-8", errors="replace")
    document = {
        "machine": machine(),
        "load_average_at_end": Path("/proc/loadavg").read_text(encoding="ascii").split()[:3],
        "tool": f"httpx.AsyncClient, {args.connections} keep-alive connections on loopback (a quarter per route), "
        "one ingesting, one sending the heavy query",
        "server": {"sparql_queue": args.sparql_queue, "other_settings": "defaults"},
        "store_at_start": {"sources": len(report.new), "claims": report.claims, "quads": quads},
        "server_log_tracebacks": log.count("Traceback"),
        "client_cpu_seconds": round(cpu, 1),  # the load generator's own share of the two cores
        **run,
    }
    RESULTS.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in document.items() if k not in ("heavy_queries",)}, indent=2))


if __name__ == "__main__":
    main()
