"""Queries during an ingest (issue 17, faults): the endpoint's workers read an on-disk store while ingest writes it,
and every answer sees each source whole or not at all (its metadata and its claims graph together), since each
source is one SPARQL Update and the workers read snapshots."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from claimgraph.extract import Extractor
from claimgraph.ingest import ingest
from claimgraph.settings import Settings
from claimgraph.store import QueryRequest, open_store

pytestmark = pytest.mark.slow
SOURCES = "http://localhost:8000/graph/sources"
CHECK = f"""
SELECT ?src ?described ?extracted WHERE {{
  {{ SELECT DISTINCT ?src WHERE {{
      {{ GRAPH <{SOURCES}> {{ ?src a <https://schema.org/Article> }} }}
      UNION {{ GRAPH ?g {{ ?activity <http://www.w3.org/ns/prov#used> ?src }} }} }} }}
  BIND(EXISTS {{ GRAPH <{SOURCES}> {{ ?src a <https://schema.org/Article> }} }} AS ?described)
  BIND(EXISTS {{ GRAPH ?h {{ ?a <http://www.w3.org/ns/prov#used> ?src }} }} AS ?extracted)
}}"""


def test_ingest_concurrent_reads_see_each_source_whole(
    corpus_copy: Path, tmp_path: Path, settings: Settings, extractor: Extractor
) -> None:
    with open_store(tmp_path / "store") as store:
        store.start_query_workers(1)
        finished = threading.Event()
        writer = threading.Thread(
            target=lambda: (ingest([corpus_copy], store, settings, extractor=extractor), finished.set())
        )
        writer.start()
        counts: list[int] = []
        try:
            while not finished.is_set() or len(counts) < 2:
                answer = store.query_with_limits(QueryRequest(CHECK, formats=("json",), timeout=30))
                rows = json.loads(answer.body)["results"]["bindings"]
                for row in rows:
                    assert row["described"]["value"] == row["extracted"]["value"] == "true", row["src"]["value"]
                counts.append(len(rows))
        finally:
            writer.join()
    assert counts == sorted(counts) and counts[-1] == 5  # sources only ever appear, each whole
