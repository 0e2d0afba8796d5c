"""The cost curve of reads: how ``/claims`` filtered, a claim's trace, a SPARQL join and the networkx view grow
with the number of sources, on the embedded store (on disk) and on Virtuoso.

Datasets come from ``bench/synth.py`` (claimgraph's own model, no NLP). For each size the embedded store is bulk
loaded; Virtuoso, when installed, is started on loopback (as the tests do) and loaded by its bulk loader (isql).
Each read runs REPEAT times through the same library functions the REST routes call (so HTTP is not in the
figures; ``rest_http.py`` measures that layer): the first call (cold) is reported apart from p50/p99 of the rest.
``first_read_seconds`` is the listing's first call on the store, which reads every claim (and, on this revision,
indexes them): what the first read after each write pays. Peak Python memory of building the networkx view is
measured with tracemalloc.

Writes bench/results/cost_curve.json and one PNG per curve. Run:
`.venv/bin/python -m bench.cost_curve [SIZES...]` (default 1000 10000). Options: ``--data DIR`` keeps each size's
N-Quads and loaded embedded store in DIR and reuses them (100k sources are 22M quads: minutes to write and to
load); ``--as NAME`` files the embedded figures under NAME instead of ``embedded``, so that another revision's
code can be measured on the same stores (``PYTHONPATH=../other/src .venv/bin/python -m bench.cost_curve --data
DIR --as embedded_before 10000``); ``--no-view`` skips the networkx view; ``--no-virtuoso`` skips Virtuoso.
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from bench.machine import machine
from bench.synth import BASE, write_claims
from claimgraph.graph.namespaces import Iris
from claimgraph.query.analysis import build_view
from claimgraph.query.listing import ClaimFilter, list_claims
from claimgraph.query.trace import trace
from claimgraph.settings import Settings
from claimgraph.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
REPEAT = 30
# Virtuoso is loaded by its own bulk loader through isql (claimgraph's remote store, INSERT DATA of 20k quads a
# request, took ~12 min for 1k sources on the shared VM).
ISQL = "isql-vt"
VIRTUOSO_MAX_SOURCES = 10_000
JOIN = """
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?company ?share ?g WHERE {
  GRAPH ?g { ?c a cg:MarketShare ; cg:subject ?s ; cg:value ?share }
  GRAPH ?e { ?s skos:prefLabel ?company }
  FILTER(?share > 40)
} ORDER BY DESC(?share) LIMIT 50"""


def timed(run: Callable[[], object], repeat: int = REPEAT) -> dict[str, float]:
    began = time.perf_counter()
    run()
    cold = time.perf_counter() - began
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    times.sort()
    return {
        "cold_ms": round(cold * 1000, 2),
        "p50_ms": round(statistics.median(times) * 1000, 2),
        "p99_ms": round(times[min(len(times) - 1, int(len(times) * 0.99))] * 1000, 2),
    }


def reads(store: Store, repeat: int = REPEAT, *, view: bool = True) -> dict[str, Any]:
    iris = Iris(BASE)
    began = time.perf_counter()  # the first read pays for reading (and indexing) every claim: once per write
    sample = list_claims(store, iris, ClaimFilter(type="MarketShare"), sort="source", limit=1, cursor=None)
    first_read = time.perf_counter() - began
    claim_id = sample.items[0]["id"]
    entity = sample.items[0]["subject"]["id"]
    result: dict[str, Any] = {
        "first_read_seconds": round(first_read, 2),
        "claims_filtered": timed(lambda: list_claims(store, iris, ClaimFilter(type="MarketShare", entity=entity,
                                                                            modality="reported"),
                                                     sort="source", limit=50, cursor=None), repeat),  # fmt: skip
        "trace": timed(lambda: trace(store, iris, claim_id), repeat),
        "sparql_join": timed(lambda: store.select(JOIN), repeat),
    }
    if not view:
        return result
    gc.collect()
    tracemalloc.start()
    began = time.perf_counter()
    graph = build_view(store, iris)
    seconds = time.perf_counter() - began
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    result["networkx_view"] = {"seconds": round(seconds, 2), "peak_mib": round(peak / 2**20, 1),
                               "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}  # fmt: skip
    return result


def dataset(folder: Path, size: int) -> tuple[Path, dict[str, Any]]:
    """The N-Quads of ``size`` sources in ``folder``, written unless already there (synth is seeded)."""
    data = folder / f"claims-{size}.nq"
    if data.exists():
        return data, {"quads": sum(1 for _ in data.open("rb"))}
    began = time.perf_counter()
    partial = data.with_suffix(".part")
    quads = write_claims(partial, size)
    partial.rename(data)
    return data, {"quads": quads, "generate_seconds": round(time.perf_counter() - began, 1)}


def embedded(data: Path, path: Path, *, view: bool) -> dict[str, Any]:
    """Reads on the embedded store at ``path``, bulk-loaded from ``data`` unless a finished load is there."""
    entry: dict[str, Any] = {}
    done = path / ".loaded"
    if not done.exists():
        shutil.rmtree(path, ignore_errors=True)
        began = time.perf_counter()
        raw = ox.Store(str(path))
        raw.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
        raw.flush()
        del raw
        entry["load_seconds"] = round(time.perf_counter() - began, 1)
        done.touch()
    with open_store(path) as store:
        return {**entry, "quads": store.count_quads(), **reads(store, view=view)}


def virtuoso(data: Path) -> dict[str, Any] | None:
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        import store_servers  # the tests' way of starting Virtuoso on loopback with its own ini
    except ImportError:
        return None
    if not Path(store_servers.VIRTUOSO).exists() or shutil.which(ISQL) is None:
        return None
    with store_servers.start_virtuoso(max_rows=10_000_000) as server:
        assert server.folder is not None and server.sql_port is not None
        settings: Settings = server.settings.model_copy(update={"store_timeout": 600.0})
        began = time.perf_counter()
        shutil.copy(data, server.folder / "claims.nq")  # the loader reads only folders its ini allows: its own
        load = f"ld_dir('.', 'claims.nq', '{BASE}'); rdf_loader_run(); checkpoint;"
        subprocess.run([ISQL, f"127.0.0.1:{server.sql_port}", "dba", "dba", f"exec={load}"],
                       check=True, capture_output=True, timeout=7200)  # fmt: skip
        seconds = time.perf_counter() - began
        with open_store(settings.store, settings=settings) as store:
            return {"load_seconds": round(seconds, 1), "loader": "Virtuoso's bulk loader (ld_dir, rdf_loader_run)",
                    "quads": store.count_quads(), **reads(store, view=False)}  # fmt: skip


def plot(results: dict[str, Any]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = sorted(int(n) for n in results["sizes"])
    for read in ("claims_filtered", "trace", "sparql_join"):
        figure, axes = plt.subplots(figsize=(6, 4))
        for backend in ("embedded_before", "embedded", "virtuoso_before", "virtuoso"):
            points = [(n, results["sizes"][str(n)].get(backend)) for n in sizes]
            points = [(n, r[read]) for n, r in points if r]
            if not points:
                continue
            for percentile, style in (("p50_ms", "-o"), ("p99_ms", "--o")):
                axes.plot([n for n, _ in points], [r[percentile] for _, r in points], style,
                          label=f"{backend} {percentile[:3]}")  # fmt: skip
        axes.set(xscale="log", yscale="log", xlabel="sources", ylabel="ms", title=f"{read} latency")
        axes.legend()
        figure.tight_layout()
        figure.savefig(RESULTS / f"cost_curve_{read}.png", dpi=100)
        plt.close(figure)
    figure, axes = plt.subplots(figsize=(6, 4))
    views = [(n, results["sizes"][str(n)].get("embedded", {}).get("networkx_view")) for n in sizes]
    points = [(n, view) for n, view in views if view]
    axes.plot([n for n, _ in points], [v["seconds"] for _, v in points], "-o", label="build seconds")
    axes.plot([n for n, _ in points], [v["peak_mib"] for _, v in points], "--o", label="peak MiB")
    axes.set(xscale="log", yscale="log", xlabel="sources", title="networkx view (embedded)")
    axes.legend()
    figure.tight_layout()
    figure.savefig(RESULTS / "cost_curve_networkx_view.png", dpi=100)
    plt.close(figure)


def main() -> None:
    parser = argparse.ArgumentParser(description="The cost curve of reads against the number of sources.")
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10_000])
    parser.add_argument("--data", type=Path, help="keep and reuse datasets and loaded stores here")
    parser.add_argument("--as", dest="name", default="embedded", help="results key of the embedded figures")
    parser.add_argument("--no-view", dest="view", action="store_false", help="skip the networkx view")
    parser.add_argument("--no-virtuoso", dest="virtuoso", action="store_false", help="skip Virtuoso")
    args = parser.parse_args()
    out = RESULTS / "cost_curve.json"
    results: dict[str, Any] = json.loads(out.read_text()) if out.exists() else {"sizes": {}}
    results["machine"] = machine()
    results["note"] = "2 cores shared with other sessions; library calls, no HTTP; cold = first call"
    for size in args.sizes:
        folder = args.data or Path(tempfile.mkdtemp(prefix="claimgraph-curve-"))
        folder.mkdir(parents=True, exist_ok=True)
        try:
            data, entry = dataset(folder, size)
            entry = {**results["sizes"].get(str(size), {}), **entry}
            # merged, so that a run without the view keeps the view an earlier run measured
            entry[args.name] = {**entry.get(args.name, {}), **embedded(data, folder / f"store-{size}", view=args.view)}
            print(json.dumps({size: entry}, indent=1), flush=True)
            if args.virtuoso and size <= VIRTUOSO_MAX_SOURCES:
                entry["virtuoso"] = virtuoso(data)
            results["sizes"][str(size)] = entry
            out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
            print(json.dumps({size: entry}, indent=1), flush=True)
        finally:
            if args.data is None:
                shutil.rmtree(folder, ignore_errors=True)
    plot(results)


if __name__ == "__main__":
    main()
