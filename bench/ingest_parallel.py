"""Does ``claimgraph ingest --workers 2`` use the second core? Whole ingests (spaCy loaded inside the timing, an
in-memory store) with one and with two worker processes on the same articles, in the same run, beside spaCy's own
``nlp.pipe`` with one process and with ``n_process=2`` on the plain model (loaded outside the timing, as spaCy's
users measure it). Targets: two workers >= 1.5x one (goal 1.8x; spaCy alone gets about 1.6x on two cores); one
worker >= 0.8x a plain spaCy process (also measured by extract_speed.py).

Writes bench/results/ingest_parallel.json. Run: `.venv/bin/python -m bench.ingest_parallel [COPIES]`.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import spacy

from bench.extract_speed import corpus_copy
from bench.machine import machine
from claimgraph.extract.pipeline import resolve_model_name
from claimgraph.ingest import ingest
from claimgraph.settings import Settings
from claimgraph.store import open_store


def cpu_seconds() -> tuple[float, float]:
    """CPU time (user + system) of this process, and of its children that have ended (pool workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def timed_ingest(folder: Path, settings: Settings, workers: int) -> tuple[float, int, tuple[float, float]]:
    with open_store(None) as store:
        own, children = cpu_seconds()
        began = time.perf_counter()
        report = ingest([folder], store, settings, workers=workers)
        wall = time.perf_counter() - began
        own_after, children_after = cpu_seconds()
        return wall, len(report.new), (own_after - own, children_after - children)


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    settings = Settings(store=None)
    plain = spacy.load(resolve_model_name(settings.spacy_model))
    folder = Path(tempfile.mkdtemp(prefix="claimgraph-bench-"))
    try:
        texts = corpus_copy(folder, copies)
        tokens = sum(len(doc) for doc in plain.pipe(texts))
        seconds: dict[str, float] = {}
        cpu: dict[str, dict[str, float]] = {}
        for processes in (1, 2):
            began = time.perf_counter()
            for _doc in plain.pipe(texts, batch_size=8, n_process=processes):
                pass
            seconds[f"spacy_n_process_{processes}"] = time.perf_counter() - began
        for workers in (1, 2):
            seconds[f"ingest_workers_{workers}"], written, (own, children) = timed_ingest(folder, settings, workers)
            cpu[f"ingest_workers_{workers}"] = {"main_process": round(own, 2), "worker_processes": round(children, 2)}
            assert written == len(texts)
    finally:
        shutil.rmtree(folder)
    result = {
        "machine": machine(),
        "note": "2 cores shared with other sessions: compare ratios within one run",
        "documents": len(texts),
        "tokens": tokens,
        "seconds": {name: round(value, 2) for name, value in seconds.items()},
        # CPU seconds per run: with two workers the main process only reads files and writes the store, so
        # wall time on two free cores is bounded below by the larger of (main, workers / 2).
        "cpu_seconds": cpu,
        "load_average_after": os.getloadavg()[0],
        "tokens_per_second": {name: round(tokens / value) for name, value in seconds.items()},
        "ratios": {
            "ingest_workers_2_over_1": round(seconds["ingest_workers_1"] / seconds["ingest_workers_2"], 3),
            "spacy_n_process_2_over_1": round(seconds["spacy_n_process_1"] / seconds["spacy_n_process_2"], 3),
            "ingest_workers_1_over_spacy": round(seconds["spacy_n_process_1"] / seconds["ingest_workers_1"], 3),
        },
        "targets": {"ingest_workers_2_over_1": ">= 1.5 (goal 1.8)", "ingest_workers_1_over_spacy": ">= 0.8"},
    }
    out = Path(__file__).parent / "results" / "ingest_parallel.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
