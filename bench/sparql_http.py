"""What does the SPARQL endpoint's HTTP layer cost over querying the store directly?

Ingests the shipped corpus (the real extractor), replicates its source graphs to a realistic size, then runs the
same five queries — a selective lookup, a join over claims and evidence, an aggregate, a CONTAINS filter, a 2-hop
path — against ``claimgraph serve`` over HTTP (a separate process, keep-alive connections, JSON results; once with
``http.client``, once with httpx) and directly against the store in this process (``serialize_query``, also JSON),
interleaved in one run. Also times a
query worker's start. Writes medians, ratios and the machine to bench/results/sparql_http.json.
Run: `.venv/bin/python bench/sparql_http.py [--copies N]`.
"""

from __future__ import annotations

import argparse
import http.client
import json
import re
import statistics
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

import httpx

from bench.machine import machine
from claimgraph.ingest import ingest, make_extractor
from claimgraph.settings import Settings
from claimgraph.store import open_store
from claimgraph.store.workers import WorkerPool

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from sparql_server import LOOPBACK, serve_cli  # noqa: E402  (the tests' way of starting `claimgraph serve`)

BASE = "http://localhost:8000/"
PREFIXES = """PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
QUERIES = {
    "selective_lookup": "SELECT ?p ?o WHERE { <{claim}> ?p ?o }",
    "join_claims_evidence": """SELECT ?claim ?value ?quote ?start WHERE {
  ?claim a cg:MarketShare ; cg:value ?value ; cg:evidence ?ev .
  ?ev oa:hasSelector ?q, ?pos . ?q oa:exact ?quote . ?pos oa:start ?start }""",
    "aggregate": """SELECT ?type (COUNT(DISTINCT ?claim) AS ?claims) WHERE {
  GRAPH ?g { ?claim a cg:Claim ; a ?type } } GROUP BY ?type ORDER BY DESC(?claims)""",
    "contains_filter": """SELECT ?ev ?quote WHERE { ?ev oa:hasSelector ?q . ?q oa:exact ?quote
  FILTER(CONTAINS(LCASE(?quote), "cloud")) }""",
    "two_hop_path": """SELECT ?claim ?label WHERE { ?claim cg:subject/skos:prefLabel ?label }""",
}
REPEAT = 41


def build_store(path: Path, copies: int) -> tuple[int, str]:
    """The corpus ingested, then its per-source graphs copied ``copies`` times under new IRIs; returns the
    quad count and one claim IRI for the selective lookup."""
    settings = Settings(store=path, base_iri=BASE)
    with open_store(path) as store:
        ingest([ROOT / "corpus"], store, settings, extractor=make_extractor(settings))
        claim = str(store.select(PREFIXES + "SELECT ?c WHERE { ?c a cg:Claim } LIMIT 1")[0]["c"])
        source_graph = re.compile(rf"<{re.escape(BASE)}graph/source/[^>]*> \.$")
        lines = store.export("nquads").decode().splitlines(keepends=True)
        nquads = "".join(line for line in lines if source_graph.search(line.rstrip()))
        for copy in range(1, copies):
            renamed = (
                nquads.replace(BASE + "claim/", f"{BASE}claim/c{copy}-")
                .replace(BASE + "evidence/", f"{BASE}evidence/c{copy}-")
                .replace(BASE + "graph/source/", f"{BASE}graph/source/c{copy}-")
            )
            store.import_data(renamed.encode(), "nquads")
        return store.count_quads(), claim


def interleaved_ms(*actions: Callable[[], object]) -> list[float]:
    """Median milliseconds of actions run in turn, so drift (caches, CPU clock) hits all alike."""
    samples: list[list[float]] = [[] for _ in actions]
    for _ in range(REPEAT):
        for action, times in zip(actions, samples, strict=True):
            began = time.perf_counter()
            action()
            times.append(time.perf_counter() - began)
    return [statistics.median(times) * 1000 for times in samples]


class StdlibClient:
    """One keep-alive connection through ``http.client``, the stack under urllib and so under SPARQLWrapper,
    rdflib's SPARQLStore and pandas: what most Python SPARQL clients pay per request and per byte."""

    def __init__(self, url: str) -> None:
        parts = urllib.parse.urlsplit(url)
        self.path = parts.path
        self.connection = http.client.HTTPConnection(parts.hostname or LOOPBACK, parts.port)

    def post(self, query: str) -> bytes:
        body = urllib.parse.urlencode({"query": query})
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"}
        self.connection.request("POST", self.path, body, headers)
        response = self.connection.getresponse()
        data = response.read()
        if response.status != 200:
            raise RuntimeError(f"HTTP {response.status}: {data[:200]!r}")
        return data

    def close(self) -> None:
        self.connection.close()


def worker_start_ms(path: Path | None) -> float:
    """Time until a fresh worker process has opened the store and is ready for a query."""
    samples = []
    for _ in range(5):
        began = time.perf_counter()
        pool = WorkerPool(1, path=path, generation=lambda: 0, snapshot=lambda: (0, b""))
        samples.append(time.perf_counter() - began)
        pool.close()
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=60, help="Copies of the corpus's source graphs.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "store"
        quads, claim = build_store(path, args.copies)
        queries = {name: PREFIXES + q.replace("{claim}", claim) for name, q in QUERIES.items()}
        with serve_cli(path, Path(folder) / "serve.log") as url, open_store(path, read_only=True) as direct:
            endpoint = url + "/sparql"
            results: dict[str, dict[str, object]] = {}
            stdlib = StdlibClient(endpoint)
            with httpx.Client(headers={"Accept": "application/sparql-results+json"}, timeout=60) as client:
                for name, query in queries.items():
                    http_body = client.post(endpoint, data={"query": query})
                    http_body.raise_for_status()
                    rows = len(http_body.json()["results"]["bindings"])
                    assert not http_body.headers.get("x-sparql-truncated"), f"{name} hit the row cap"
                    assert json.loads(stdlib.post(query)) == http_body.json()
                    direct.serialize_query(query, "json")  # warm both sides alike
                    direct_ms, http_ms, httpx_ms = interleaved_ms(
                        lambda q=query: direct.serialize_query(q, "json"),  # type: ignore[misc]
                        lambda q=query: stdlib.post(q),  # type: ignore[misc]
                        lambda q=query: client.post(endpoint, data={"query": q}).raise_for_status(),  # type: ignore[misc]
                    )
                    results[name] = {
                        "rows": rows,
                        "direct_ms": round(direct_ms, 3),
                        "http_ms": round(http_ms, 3),
                        "added_ms": round(http_ms - direct_ms, 3),
                        "ratio": round(http_ms / direct_ms, 3),
                        "httpx_ms": round(httpx_ms, 3),
                        "httpx_ratio": round(httpx_ms / direct_ms, 3),
                        "over_5_ms": direct_ms > 5,
                    }
            stdlib.close()
            over = [r["ratio"] for r in results.values() if r["over_5_ms"]]
            over_httpx = [r["httpx_ratio"] for r in results.values() if r["over_5_ms"]]
            result = {
                "machine": machine(),
                "quads": quads,
                "copies": args.copies,
                "repeat": REPEAT,
                "queries": results,
                "max_ratio_over_5_ms": max(over) if over else None,  # type: ignore[type-var]
                "max_httpx_ratio_over_5_ms": max(over_httpx) if over_httpx else None,  # type: ignore[type-var]
                "worker_start_ms": {
                    "on_disk": round(worker_start_ms(path), 1),
                    "in_memory": round(worker_start_ms(None), 1),
                },
            }
    out = Path(__file__).parent / "results" / "sparql_http.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
