"""How much do the networkx view and /paths cost, at the corpus's size and at 10,000 synthetic sources?

For each size: the time to build the entity index and the view from the store (best of 3, nothing cached), the
memory the view keeps (tracemalloc, in a separate build so that tracing does not slow the timed ones), and
``GET /paths`` latency against ``claimgraph serve`` in its own process (the first request, which builds the view,
then REQUESTS requests between random pairs of connected entities: p50, p95, p99). Synthetic sources are written
by the real graph builder: CLAIMS claims each between entities drawn from a pool of ENTITIES, types and values at
random (seeded). Results and the machine go to bench/results/graph_view.json.
Run: `.venv/bin/python -m bench.graph_view [--sources 10000]`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx

from bench.machine import machine
from claimgraph.graph.build import extraction_triples, source_triples
from claimgraph.graph.namespaces import Iris
from claimgraph.ingest import ensure_reference_graphs, ingest, make_extractor
from claimgraph.query.analysis import build_view
from claimgraph.query.entities import _build_index
from claimgraph.records import (
    CLAIM_TYPES,
    NUMERIC_CLAIM_TYPES,
    Article,
    Claim,
    Entity,
    Evidence,
    Extraction,
    ExtractionRun,
)
from claimgraph.settings import Settings
from claimgraph.store import OxigraphStore, open_store

ROOT = Path(__file__).resolve().parent.parent
CLAIMGRAPH = Path(sys.executable).with_name("claimgraph")
BASE = "http://localhost:8000/"
ENTITIES = 2_000
CLAIMS = 5
REQUESTS = 300
RUN = ExtractionRun("0.1.0", "synthetic", "1", "2026-12-01T00:00:00Z", "2026-12-01T00:00:01Z")
TYPES = [t for t in CLAIM_TYPES if t != "SanctionEffect"]


def synthetic_nquads(sources: int, seed: int = 14) -> bytes:
    """``sources`` articles of CLAIMS claims each, as N-Quads written by the real graph builder."""
    rng = random.Random(seed)
    iris = Iris(BASE)
    pool = [Entity(f"synthetic-{n}", f"Synthetic Company {n}", "Company", known=False) for n in range(ENTITIES)]
    lines: list[str] = []
    for number in range(sources):
        sentences = [f"Sentence {i} of synthetic source {number}." for i in range(CLAIMS)]
        text = " ".join(sentences)
        claims = []
        for i, sentence in enumerate(sentences):
            subject, obj = rng.sample(pool, 2)
            claim_type = rng.choice(TYPES)
            numeric = claim_type in NUMERIC_CLAIM_TYPES
            start = text.index(sentence)
            claims.append(
                Claim(
                    type=claim_type,
                    subject=subject,
                    object=obj,
                    value=Decimal(rng.randint(1, 99)) if numeric else None,
                    unit="percent" if numeric else None,
                    evidence=(Evidence(start, start + len(sentence), sentence),),
                    confidence=0.9,
                    time=str(2020 + i),
                )
            )
        article = Article(id=f"syn{number:05d}", file=f"syn{number:05d}.txt", text=text, media_type="text/plain")
        extraction = Extraction(article=article, claims=tuple(claims), run=RUN)
        graph = f"<{iris.source_graph(article.id)}>"
        lines.extend(f"{s.n3()} {p.n3()} {o.n3()} {graph} ." for s, p, o in extraction_triples(iris, extraction))
        lines.extend(
            f"{s.n3()} {p.n3()} {o.n3()} <{iris.sources_graph}> ." for s, p, o in source_triples(iris, article)
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


def measure_build(store: OxigraphStore) -> dict[str, Any]:
    iris = Iris(BASE)
    index_times, view_times = [], []
    for _ in range(3):
        began = time.perf_counter()
        _build_index(store, iris)
        index_times.append(time.perf_counter() - began)
        began = time.perf_counter()
        view = build_view(store, iris)  # builds its own index through the (per-generation) cache
        view_times.append(time.perf_counter() - began)
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    kept = build_view(store, iris)
    after = tracemalloc.take_snapshot()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    retained = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    return {
        "quads": store.count_quads(),
        "nodes": view.number_of_nodes(),
        "edges": kept.number_of_edges(),
        "index_build_seconds_best": round(min(index_times), 4),
        "view_build_seconds_best": round(min(view_times), 4),
        "view_retained_mb": round(retained / 2**20, 2),
        "view_build_peak_mb": round(peak / 2**20, 2),
    }


@contextmanager
def serve(store_dir: Path, log: Path) -> Iterator[str]:
    """``claimgraph serve`` in its own process. Readiness is polled on /context.jsonld, not /health: /health
    counts the store's quads, which takes seconds on a million of them on disk."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [str(CLAIMGRAPH), "serve", "--store", str(store_dir), "--host", "127.0.0.1", "--port", str(port)],
        env={**os.environ, "CLAIMGRAPH_BASE_IRI": BASE},
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 600
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"claimgraph serve exited: {log.read_text()}")
            try:
                if httpx.get(url + "/context.jsonld", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("claimgraph serve did not start")
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def measure_paths(store_dir: Path, log: Path, keys: list[str], requests: int) -> dict[str, Any]:
    rng = random.Random(7)
    with serve(store_dir, log) as url, httpx.Client(base_url=url) as client:
        began = time.perf_counter()
        first = client.get("/paths", params={"from": keys[0], "to": keys[1]}, timeout=600)
        cold = time.perf_counter() - began
        assert first.status_code == 200, first.text
        latencies, found = [], 0
        for _ in range(requests):
            source, target = rng.sample(keys, 2)
            began = time.perf_counter()
            response = client.get("/paths", params={"from": source, "to": target}, timeout=600)
            latencies.append(time.perf_counter() - began)
            assert response.status_code == 200, response.text
            found += bool(response.json()["paths"])
    latencies.sort()
    return {
        "first_request_seconds": round(cold, 3),
        "requests": requests,
        "pairs_with_a_path": found,
        "p50_ms": round(1000 * statistics.median(latencies), 2),
        "p95_ms": round(1000 * latencies[int(0.95 * len(latencies)) - 1], 2),
        "p99_ms": round(1000 * latencies[int(0.99 * len(latencies)) - 1], 2),
        "max_ms": round(1000 * latencies[-1], 2),
    }


def connected_keys(store: OxigraphStore) -> list[str]:
    view = build_view(store, Iris(BASE))
    return sorted(data["key"] for node, data in view.nodes(data=True) if view.degree(node))


def run_size(name: str, load: Any, work: Path, requests: int) -> dict[str, Any]:
    store_dir = work / name
    with open_store(store_dir) as store:
        began = time.perf_counter()
        load(store)
        loaded = time.perf_counter() - began
        result = {"load_seconds": round(loaded, 2), **measure_build(store)}
        print(name, json.dumps(result), flush=True)
        keys = connected_keys(store)
    result["paths"] = measure_paths(store_dir, work / f"{name}.log", keys, requests)
    print(name, json.dumps(result), flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sources", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=REQUESTS)
    args = parser.parse_args()
    settings = Settings(store=None, base_iri=BASE)
    results: dict[str, Any] = {"machine": machine(), "entities_pool": ENTITIES, "claims_per_source": CLAIMS}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)

        def corpus(store: OxigraphStore) -> None:
            ingest([ROOT / "corpus"], store, settings, extractor=make_extractor(settings))

        def synthetic(store: OxigraphStore) -> None:
            ensure_reference_graphs(store, Iris(BASE))
            store.import_data(synthetic_nquads(args.sources), "nquads")

        results["corpus"] = run_size("corpus", corpus, work, args.requests)
        results[f"synthetic_{args.sources}_sources"] = run_size("synthetic", synthetic, work, args.requests)
    out = ROOT / "bench" / "results" / "graph_view.json"
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written to {out}")


if __name__ == "__main__":
    main()
