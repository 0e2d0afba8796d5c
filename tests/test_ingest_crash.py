"""Crash during ingest (issue 17, faults): ``claimgraph ingest`` SIGKILLed at random moments, over a bounded number of
trials. Each time the store opens, ``claimgraph validate`` passes, no source is half present (its metadata without
its claims graph, or the reverse), and a rerun ends with exactly the quads of a clean run (times of day aside)."""

from __future__ import annotations

import random
import re
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from claimgraph.graph.namespaces import Iris
from claimgraph.store import open_store
from sparql_server import CLAIMGRAPH

pytestmark = pytest.mark.slow
TRIALS = 4
BASE = "http://localhost:8000/"
_BLANK = re.compile(r"_:\w+")  # the ontology's OWL lists: their labels differ from store to store
_TIME = re.compile(r'"[0-9T:.+\-Z]+"\^\^<http://www\.w3\.org/2001/XMLSchema#dateTime>')


def _ingest(corpus: Path, store: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(CLAIMGRAPH), "ingest", str(corpus), "--store", str(store)], capture_output=True,
                          text=True, timeout=300)  # fmt: skip


def _quads(store: Path) -> Counter[str]:
    """The store's N-Quads with every xsd:dateTime (extraction start and end) and blank node label blanked."""
    with open_store(store, read_only=True) as db:
        lines = db.export("nquads").decode().splitlines()
    return Counter(_BLANK.sub("_:b", _TIME.sub('"T"', line)) for line in lines if line)


def _sources(store: Path) -> tuple[set[str], set[str]]:
    """Sources with metadata in the sources graph, and source graphs that hold anything."""
    iris = Iris(BASE)
    with open_store(store, read_only=True) as db:
        described = {str(r["s"]) for r in db.select("SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s a ?t } }",
                                                    {"g": iris.sources_graph}) if "/source/" in str(r["s"])}
        graphs = {str(r["g"]) for r in db.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    prefix = f"{BASE}graph/source/"
    having = {g.replace(prefix, f"{BASE}source/") for g in graphs if g.startswith(prefix)}
    return described, having


def test_ingest_crash_sigkill_at_random_points_leaves_a_valid_store(corpus_copy: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    assert _ingest(corpus_copy, clean).returncode == 0
    expected = _quads(clean)
    chance = random.Random(17)
    for trial in range(TRIALS):
        store = tmp_path / f"trial-{trial}"
        process = subprocess.Popen([str(CLAIMGRAPH), "ingest", str(corpus_copy), "--store", str(store)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(chance.uniform(1.0, 6.0))  # spaCy loads in ~2 s, then the five articles are written one by one
        process.send_signal(signal.SIGKILL)
        process.wait()
        if not store.exists():
            continue  # killed before it created the store: nothing to check
        validate = subprocess.run([str(CLAIMGRAPH), "validate", "--store", str(store)], capture_output=True,
                                  text=True, timeout=300)  # fmt: skip
        assert validate.returncode == 0, validate.stdout + validate.stderr
        described, having = _sources(store)
        assert described == having, f"trial {trial}: a source is half present"
        assert _ingest(corpus_copy, store).returncode == 0
        assert _quads(store) == expected, f"trial {trial}: the rerun differs from a clean run"
