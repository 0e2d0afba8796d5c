"""Ingest throughput and peak memory against corpus size: ``claimgraph ingest --workers N`` (a real process, on
an on-disk store) over synthetic corpora (``bench/synth.py``) of each size, with 1 and 2 workers. Target: peak
memory flat (within 20 %) from the smallest size to the largest, since articles stream through.

Peak memory is the largest resident set of any process of the run (the ingest or one of its workers), read from
``getrusage(RUSAGE_CHILDREN)`` in a fresh wrapper process per run. Writes bench/results/ingest_memory.json and
ingest_memory.png. Run: `.venv/bin/python -m bench.ingest_memory [SIZES...]` (default 1000 5000).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.machine import machine
from bench.synth import write_corpus

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
CLAIMGRAPH = Path(sys.executable).with_name("claimgraph")
WRAPPER = """
import json, resource, subprocess, sys, time
began = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
print(json.dumps({"seconds": time.perf_counter() - began, "code": done.returncode, "out": done.stdout.strip(),
                  "max_rss_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def measured_ingest(corpus: Path, store: Path, workers: int) -> dict[str, Any]:
    command = [str(CLAIMGRAPH), "ingest", str(corpus), "--store", str(store), "--workers", str(workers)]
    done = subprocess.run([sys.executable, "-c", WRAPPER, *command], capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    assert result["code"] == 0, result
    return result


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or [1000, 5000]
    results: dict[str, Any] = {"machine": machine(), "note": "2 cores shared with other sessions", "runs": []}
    folder = Path(tempfile.mkdtemp(prefix="claimgraph-ingest-memory-"))
    try:
        for size in sizes:
            corpus = folder / f"corpus-{size}"
            write_corpus(corpus, size)
            for workers in (1, 2):
                store = folder / f"store-{size}-{workers}"
                run = measured_ingest(corpus, store, workers)
                shutil.rmtree(store)
                entry = {
                    "documents": size,
                    "workers": workers,
                    "seconds": round(run["seconds"], 1),
                    "documents_per_second": round(size / run["seconds"], 2),
                    "peak_rss_mib": round(run["max_rss_kib"] / 1024, 1),
                    "summary": run["out"],
                }
                results["runs"].append(entry)
                print(json.dumps(entry), flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for workers in (1, 2):
        runs = [r for r in results["runs"] if r["workers"] == workers]
        results[f"peak_ratio_largest_over_smallest_workers_{workers}"] = round(
            runs[-1]["peak_rss_mib"] / runs[0]["peak_rss_mib"], 3
        )
    (RESULTS / "ingest_memory.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    plot(results)


def plot(results: dict[str, Any]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, (rate, memory) = plt.subplots(1, 2, figsize=(10, 4))
    for workers in (1, 2):
        runs = [r for r in results["runs"] if r["workers"] == workers]
        sizes = [r["documents"] for r in runs]
        rate.plot(sizes, [r["documents_per_second"] for r in runs], "-o", label=f"{workers} worker(s)")
        memory.plot(sizes, [r["peak_rss_mib"] for r in runs], "-o", label=f"{workers} worker(s)")
    rate.set(xscale="log", xlabel="documents", ylabel="documents/s", title="ingest throughput")
    memory.set(xscale="log", xlabel="documents", ylabel="MiB", title="peak RSS (largest process)", ylim=(0, None))
    rate.legend()
    memory.legend()
    figure.tight_layout()
    figure.savefig(RESULTS / "ingest_memory.png", dpi=100)
    plt.close(figure)


if __name__ == "__main__":
    main()
