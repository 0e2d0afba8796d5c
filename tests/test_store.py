"""The embedded store behind the store interface: atomic edits, bindings, errors, export and import."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from claimgraph.errors import InputError, QueryRefusedError, QuerySyntaxError, StoreLockedError, UnknownFormatError
from claimgraph.store import GraphEdit, OxigraphStore, open_store, worker_process
from claimgraph.store import oxigraph as oxigraph_store
from claimgraph.store.base import sparql_term

EX = "http://example.org/"
G1, G2 = URIRef(EX + "g1"), URIRef(EX + "g2")
S, P = URIRef(EX + "s"), URIRef(EX + "p")


def _fill(store: OxigraphStore) -> None:
    store.apply(GraphEdit(insert={G1: [(S, P, Literal("one"))], G2: [(S, P, Literal("two"))]}))


def test_store_apply_inserts_into_named_graphs_and_queries_their_union(memory_store: OxigraphStore) -> None:
    _fill(memory_store)
    rows = memory_store.select("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o")
    assert [str(r["o"]) for r in rows] == ["one", "two"]
    assert memory_store.count_quads() == 2


def test_store_apply_drops_graphs_and_deletes_subjects_in_one_update(memory_store: OxigraphStore) -> None:
    _fill(memory_store)
    memory_store.apply(
        GraphEdit(drop_graphs=(G1,), delete_subjects={G2: (S,)}, insert={G1: [(S, P, Literal("three"))]})
    )
    rows = memory_store.select("SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert [(str(r["g"]), str(r["o"])) for r in rows] == [(str(G1), "three")]


def test_store_select_binds_variables_without_projecting_them(memory_store: OxigraphStore) -> None:
    _fill(memory_store)
    rows = memory_store.select("SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": G2})
    assert [str(r["o"]) for r in rows] == ["two"]


def test_store_refuses_an_iri_that_would_break_out_of_its_brackets() -> None:
    with pytest.raises(InputError):
        sparql_term(URIRef(EX + "x> } ; DROP ALL ; INSERT DATA { <a"))


def test_store_reports_syntax_errors_with_their_position(memory_store: OxigraphStore) -> None:
    with pytest.raises(QuerySyntaxError, match="1:"):
        memory_store.select("SELEC ?x WHERE { ?x ?y ?z }")


def test_store_read_only_view_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with open_store(path) as writer:
        _fill(writer)
    with open_store(path, read_only=True) as reader:
        assert reader.count_quads() == 2
        with pytest.raises(QueryRefusedError):
            reader.update("CLEAR ALL")


def test_store_second_writer_gets_a_clear_lock_error(tmp_path: Path) -> None:
    with open_store(tmp_path / "store"), pytest.raises(StoreLockedError, match="another process"):
        open_store(tmp_path / "store")


@pytest.mark.parametrize("format_name", ["nquads", "trig", "jsonld"])
def test_store_export_and_import_round_trip_named_graphs(memory_store: OxigraphStore, format_name: str) -> None:
    _fill(memory_store)
    data = memory_store.export(format_name)
    with open_store(None) as copy:
        copy.import_data(data, format_name)
        assert _canonical(copy) == _canonical(memory_store)


def test_store_exports_the_union_for_triple_formats(memory_store: OxigraphStore) -> None:
    _fill(memory_store)
    assert memory_store.export("ntriples").count(b"\n") == 2


def test_store_rejects_an_unknown_format(memory_store: OxigraphStore) -> None:
    with pytest.raises(UnknownFormatError):
        memory_store.export("yaml")


def test_store_serializes_solutions_booleans_and_graphs(memory_store: OxigraphStore) -> None:
    _fill(memory_store)
    assert memory_store.serialize_query("SELECT ?o WHERE { ?s ?p ?o }", "csv").body.startswith(b"o\r\n")
    assert memory_store.serialize_query("ASK { ?s ?p 'one' }", "json").kind == "boolean"
    graph = memory_store.serialize_query("CONSTRUCT WHERE { ?s ?p ?o }", "ntriples")
    assert graph.kind == "graph" and graph.body.count(b"\n") == 2


def _canonical(store: OxigraphStore) -> ox.Dataset:
    dataset = ox.Dataset(ox.parse(store.export("nquads"), format=ox.RdfFormat.N_QUADS))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return dataset


def test_store_a_store_killed_while_being_created_still_opens_for_reading(tmp_path: Path) -> None:
    """A process SIGKILLed while Oxigraph creates its store leaves it unfinished (no column families, no version
    marker); a read-only open of such a store failed, which made `claimgraph validate` fail after a crash."""
    create_then_die = (
        "import os, signal, sys, threading, time, pyoxigraph as ox\n"
        "threading.Timer(float(sys.argv[2]), lambda: os.kill(os.getpid(), signal.SIGKILL)).start()\n"
        "ox.Store(sys.argv[1]); time.sleep(5)\n"
    )
    for attempt, delay in enumerate((0.004, 0.006, 0.008, 0.01, 0.012, 0.015, 0.02, 0.03, 0.05) * 2):
        path = tmp_path / f"store-{attempt}"
        subprocess.run([sys.executable, "-c", create_then_die, str(path), str(delay)], check=False, timeout=30)
        try:
            ox.Store.read_only(str(path))
        except (RuntimeError, FileNotFoundError):
            if path.is_dir():
                with OxigraphStore(path, read_only=True) as store:
                    assert store.export("nquads") == b""
                return
    pytest.skip("no kill landed while the store was being created on this machine (timing)")


def test_store_on_disk_flushes_its_write_buffers_as_data_comes_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written data reaches new table files while the store stays open, every FLUSH_AFTER_BYTES (here 40 KiB): left
    in RocksDB's write buffers until close, it grew ingest's memory with the corpus (bench/ingest_memory.py)."""
    monkeypatch.setattr(oxigraph_store, "FLUSH_AFTER_BYTES", 40 << 10)

    def tables() -> int:
        return len(list((tmp_path / "store").glob("*.sst")))

    with open_store(tmp_path / "store") as store:
        created = tables()
        for batch in range(2):
            quad = '<urn:s{}-{}> <urn:p> "a value long enough to count" <urn:g> .\n'
            store.import_data("".join(quad.format(batch, i) for i in range(500)).encode(), "nquads")
            assert (tables() > created) == (batch == 1)  # about 30 KB, then 60 KB written: flushed once
        assert store.count_quads() == 1000


_SCANDIR = os.scandir  # the real one, which the patched name wraps


class _CompactedWhileListed:
    """``os.scandir`` over a real folder whose .sst files are deleted after being listed, before their stat: what
    the serving process's compaction does to a worker scanning the store's files."""

    def __init__(self, path: str) -> None:
        self.scan = _SCANDIR(path)

    def __enter__(self) -> _CompactedWhileListed:
        return self

    def __exit__(self, *exc: object) -> None:
        self.scan.close()

    def __iter__(self) -> Iterator[os.DirEntry[str]]:
        for entry in self.scan:
            if entry.name.endswith(".sst"):
                os.remove(entry.path)
            yield entry


def test_store_fingerprint_leaves_out_a_file_compaction_deleted_mid_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("CURRENT", "000052.log", "000051.sst"):
        (tmp_path / name).write_text("x")
    monkeypatch.setattr(worker_process.os, "scandir", _CompactedWhileListed)
    assert [name for name, _, _ in worker_process.fingerprint(str(tmp_path))] == ["000052.log", "CURRENT"]
