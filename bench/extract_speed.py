"""Is extraction cheap next to spaCy itself? Tokens per second of the whole ingest (read files, spaCy with our
components, claim extraction, graph building, store writes) against spaCy's own ``nlp.pipe`` with the plain
model, on the same texts, in the same run. Target: the ingest keeps at least 0.8 of spaCy's throughput.

Writes bench/results/extract_speed.json with the machine's details. Run: `.venv/bin/python -m bench.extract_speed`.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

import spacy

from bench.machine import machine
from claimgraph.extract.pipeline import resolve_model_name
from claimgraph.ingest import ingest, make_extractor
from claimgraph.settings import Settings
from claimgraph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "corpus", ROOT / "tests" / "data" / "unseen" / "dev", ROOT / "tests" / "data" / "unseen" / "heldout"]
COPIES = 6  # each article several times, under other names, so that a run lasts long enough to measure
ROUNDS = 3


def corpus_copy(target: Path, copies: int = COPIES) -> list[str]:
    """Each article of SOURCES ``copies`` times under other names in ``target``; their texts, in order."""
    texts = []
    for copy in range(copies):
        for folder in SOURCES:
            for path in sorted(folder.glob("*.txt")):
                text = path.read_text(encoding="utf-8")
                (target / f"c{copy}_{path.name}").write_text(text, encoding="utf-8")
                texts.append(text)
    return texts


def main() -> None:
    settings = Settings(store=None)
    extractor = make_extractor(settings)
    plain = spacy.load(resolve_model_name(settings.spacy_model))
    folder = Path(tempfile.mkdtemp(prefix="claimgraph-bench-"))
    try:
        texts = corpus_copy(folder)
        tokens = sum(len(doc) for doc in plain.pipe(texts))
        spacy_best = ingest_best = float("inf")
        for _ in range(ROUNDS):  # alternate the two so that machine noise falls on both alike
            began = time.perf_counter()
            for _doc in plain.pipe(texts, batch_size=8):
                pass
            spacy_best = min(spacy_best, time.perf_counter() - began)
            with open_store(None) as store:
                began = time.perf_counter()
                report = ingest([folder], store, settings, extractor=extractor)
                ingest_best = min(ingest_best, time.perf_counter() - began)
    finally:
        shutil.rmtree(folder)
    result = {
        "machine": machine(),
        "documents": len(texts),
        "tokens": tokens,
        "claims": report.claims,
        "seconds": {"spacy_nlp_pipe": round(spacy_best, 3), "claimgraph_ingest": round(ingest_best, 3)},
        "tokens_per_second": {
            "spacy_nlp_pipe": round(tokens / spacy_best),
            "claimgraph_ingest": round(tokens / ingest_best),
        },
        "ratio_ingest_over_spacy": round(spacy_best / ingest_best, 3),
        "target": ">= 0.8",
    }
    out = Path(__file__).parent / "results" / "extract_speed.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
