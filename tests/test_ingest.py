"""The write path end to end on the shipped corpus, with the real spaCy pipeline and an on-disk store: the
acceptance of the foundation (idempotent re-ingest, atomic replacement, removal, bad files skipped, quotes that
are exactly the stored text, SHACL-valid, N-Quads round trip)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from claimgraph.extract import Extractor
from claimgraph.fanout import usable_cores
from claimgraph.graph.namespaces import Iris
from claimgraph.graph.shapes import validate_ntriples
from claimgraph.ingest import POOL_MINIMUM, ingest, remove_sources
from claimgraph.query.claims import read_claims
from claimgraph.settings import Settings
from claimgraph.store import OxigraphStore, open_store

pytestmark = pytest.mark.slow


@pytest.fixture
def disk_store(tmp_path: Path) -> OxigraphStore:
    with open_store(tmp_path / "store") as store:
        yield store


def _graph_dump(store: OxigraphStore, graph: str) -> set[str]:
    rows = store.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return {f"{r['s'].n3()} {r['p'].n3()} {r['o'].n3()}" for r in rows}


def test_ingest_corpus_then_reingest_is_a_no_op(
    disk_store: OxigraphStore, corpus_copy: Path, settings: Settings, extractor: Extractor
) -> None:
    first = ingest([corpus_copy], disk_store, settings, extractor=extractor)
    assert len(first.new) == 5 and first.ok and first.claims > 0
    second = ingest([corpus_copy], disk_store, settings, extractor=extractor)
    assert len(second.unchanged) == 5 and not second.new and not second.replaced
    assert second.triples == first.triples


def test_ingest_replaces_only_the_edited_article(
    disk_store: OxigraphStore, corpus_copy: Path, settings: Settings, extractor: Extractor
) -> None:
    ingest([corpus_copy], disk_store, settings, extractor=extractor)
    iris = Iris(settings.base_iri)
    untouched = {p.stem: _graph_dump(disk_store, str(iris.source_graph(p.stem))) for p in corpus_copy.glob("*.txt")}
    edited = corpus_copy / "000_12e874cc8a214095.txt"
    text = edited.read_text(encoding="utf-8")
    row = "Others — 23.4%: Fragmented tail of smaller and specialized providers\n"
    edited.write_text(text.replace(row, row + "Acme Cloud — 2.5%: a newcomer\n", 1), encoding="utf-8")
    report = ingest([corpus_copy], disk_store, settings, extractor=extractor)
    assert report.replaced == [edited.name] and len(report.unchanged) == 4
    for stem, before in untouched.items():
        after = _graph_dump(disk_store, str(iris.source_graph(stem)))
        assert (after == before) == (stem != edited.stem)
    quotes = [e["quote"] for c in read_claims(disk_store, iris, source_id=edited.stem) for e in c["evidence"]]
    assert any("Acme Cloud — 2.5%" in q for q in quotes)


def test_ingest_removing_a_source_removes_its_claims(
    memory_store: OxigraphStore, settings: Settings, extractor: Extractor
) -> None:
    ingest([Path(__file__).parent.parent / "corpus"], memory_store, settings, extractor=extractor)
    iris = Iris(settings.base_iri)
    assert read_claims(memory_store, iris, source_id="004_a0bd6cb38c237c2d")
    assert remove_sources(["004_a0bd6cb38c237c2d", "nope"], memory_store, settings) == ["004_a0bd6cb38c237c2d"]
    assert not read_claims(memory_store, iris, source_id="004_a0bd6cb38c237c2d")
    assert not _graph_dump(memory_store, str(iris.source_graph("004_a0bd6cb38c237c2d")))
    assert (
        memory_store.select("SELECT ?s WHERE { ?s <http://purl.org/dc/terms/identifier> '004_a0bd6cb38c237c2d.txt' }")
        == []
    )


def test_ingest_reports_and_skips_broken_files(
    memory_store: OxigraphStore, corpus_copy: Path, settings: Settings, extractor: Extractor
) -> None:
    (corpus_copy / "broken.txt").write_bytes(b"caf\xe9 \xff\xfe not utf-8")
    (corpus_copy / "empty.md").write_text("   \n", encoding="utf-8")
    report = ingest([corpus_copy, corpus_copy / "missing.txt"], memory_store, settings, extractor=extractor)
    assert len(report.new) == 5
    assert sorted(Path(f.file).name for f in report.failed) == ["broken.txt", "empty.md", "missing.txt"]
    assert all(f.reason for f in report.failed)


def test_ingest_every_quote_is_the_stored_text_at_its_offsets(
    memory_store: OxigraphStore, settings: Settings, extractor: Extractor
) -> None:
    corpus = Path(__file__).parent.parent / "corpus"
    ingest([corpus], memory_store, settings, extractor=extractor)
    texts = {p.name: p.read_text(encoding="utf-8") for p in corpus.glob("*.txt")}
    claims = read_claims(memory_store, Iris(settings.base_iri))
    assert claims
    for claim in claims:
        assert claim["evidence"]
        for evidence in claim["evidence"]:
            assert texts[evidence["source"]["file"]][evidence["start"] : evidence["end"]] == evidence["quote"]


def test_ingest_result_conforms_to_the_shapes(
    memory_store: OxigraphStore, settings: Settings, extractor: Extractor
) -> None:
    ingest([Path(__file__).parent.parent / "corpus"], memory_store, settings, extractor=extractor)
    report = validate_ntriples(memory_store.export("ntriples"))
    assert report.conforms, report.text


def test_ingest_nquads_export_reimports_isomorphic(
    memory_store: OxigraphStore, settings: Settings, extractor: Extractor
) -> None:
    ingest([Path(__file__).parent.parent / "corpus"], memory_store, settings, extractor=extractor)
    exported = memory_store.export("nquads")
    with open_store(None) as copy:
        copy.import_data(exported, "nquads")
        assert copy.count_quads() == memory_store.count_quads()
        assert _canonical(copy.export("nquads")) == _canonical(exported)


def _canonical(nquads: bytes) -> ox.Dataset:
    dataset = ox.Dataset(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return dataset


def test_ingest_with_two_worker_processes_writes_what_one_process_writes(
    memory_store: OxigraphStore, corpus_copy: Path, settings: Settings, extractor: Extractor
) -> None:
    (corpus_copy / "broken.txt").write_bytes(b"caf\xe9 \xff\xfe not utf-8")
    report = ingest([corpus_copy], memory_store, settings, workers=2)
    assert sorted(report.new) == sorted(p.name for p in corpus_copy.glob("*.txt") if p.name != "broken.txt")
    assert [f.file for f in report.failed] == [str(corpus_copy / "broken.txt")]
    with open_store(None) as serial:
        expected = ingest([corpus_copy], serial, settings, extractor=extractor)
        iris = Iris(settings.base_iri)
        for path in corpus_copy.glob("0*.txt"):
            graph = str(iris.source_graph(path.stem))
            assert _claim_iris(memory_store, graph) == _claim_iris(serial, graph)
    assert report.claims == expected.claims and report.triples == expected.triples


def test_ingest_left_to_choose_uses_every_core_for_a_big_corpus_and_one_process_for_a_small_one(
    memory_store: OxigraphStore, corpus_copy: Path, tmp_path: Path, settings: Settings
) -> None:
    small = ingest([corpus_copy], memory_store, settings, workers=None)
    assert small.processes == 1 and len(small.new) == len(list(corpus_copy.glob("*.txt")))
    big = tmp_path / "big"
    big.mkdir()
    texts = [path.read_text(encoding="utf-8") for path in sorted(corpus_copy.glob("*.txt"))]
    for number in range(POOL_MINIMUM):
        (big / f"copy{number:02}.txt").write_text(texts[number % len(texts)], encoding="utf-8")
    with open_store(None) as store:
        report = ingest([big], store, settings, workers=None)
    assert report.processes == usable_cores() and len(report.new) == POOL_MINIMUM and not report.failed


def _claim_iris(store: OxigraphStore, graph: str) -> set[str]:
    claim = "<https://w3id.org/claimgraph/ontology#Claim>"
    rows = store.select(f"SELECT ?c WHERE {{ GRAPH <{graph}> {{ ?c a {claim} }} }}")
    return {str(r["c"]) for r in rows}


def test_ingest_module_leaves_spacy_to_the_processes_that_extract() -> None:
    """A pool's parent only writes: importing the ingest (as ``claimgraph ingest`` does before it starts its
    workers) must not import spaCy, which would hold back every worker's start by the time it takes."""
    probe = "import sys, claimgraph.ingest; print('spacy' in sys.modules, 'claimgraph.extract' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
