"""Ingest never loses the good files (issue 17, items 4-6): a file name IRIs cannot hold as written, a symbolic link
loop (named on the command line or inside a folder), a dangling link, a file over the size cap and a text over
spaCy's length limit each fail alone, or are read in pieces, with the reason in the summary; the rest land."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimgraph.extract import Extractor
from claimgraph.extract.chunks import parse, pieces
from claimgraph.graph.namespaces import id_segment, source_id_of
from claimgraph.ingest import ingest
from claimgraph.settings import Settings
from claimgraph.store import open_store
from sparql_server import CLAIMGRAPH

pytestmark = pytest.mark.slow
HOSTILE_NAMES = ("a b", "50%", "c#1", 'say "hi"', "{x}", "a>b", "tab\there")


def _claimgraph(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CLAIMGRAPH), *args], capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=600
    )


def test_ingest_hostile_files_fail_alone_and_the_rest_land(corpus_copy: Path, tmp_path: Path) -> None:
    article = next(corpus_copy.glob("*.txt")).read_text(encoding="utf-8")
    for name in HOSTILE_NAMES:
        (corpus_copy / f"{name}.txt").write_text(article + f"\n\nCopy {name}.\n", encoding="utf-8")
    (corpus_copy / "huge.txt").write_text(article * 60, encoding="utf-8")  # ~290 KB, over the cap set below
    (corpus_copy / "loop.txt").symlink_to("loop.txt")
    (corpus_copy / "gone.md").symlink_to("missing.md")
    (corpus_copy / "round").symlink_to("trip")
    (corpus_copy / "trip").symlink_to("round")
    named_loop = tmp_path / "named-loop.txt"
    named_loop.symlink_to(named_loop.name)
    store = str(tmp_path / "store")
    env = {"CLAIMGRAPH_MAX_FILE_BYTES": "200000"}

    first = _claimgraph("ingest", str(corpus_copy), str(named_loop), "--store", store, env=env)
    assert first.returncode == 1, first.stderr
    assert "Traceback" not in first.stderr + first.stdout
    assert f"{5 + len(HOSTILE_NAMES)} new, 0 unchanged, 0 replaced, 6 failed" in first.stdout
    failures = " ".join(first.stderr.split())  # rich wraps long lines
    for expected in ("loop.txt: symbolic link loop", "gone.md: dangling symbolic link to missing.md",
                     "round: symbolic link loop", "trip: symbolic link loop",
                     "named-loop.txt: symbolic link loop", "huge.txt: too large"):  # fmt: skip
        assert expected in failures

    # Each odd name round-trips through its IRI: a second run finds every source unchanged.
    second = _claimgraph("ingest", str(corpus_copy), "--store", store, env=env)
    assert f"0 new, {5 + len(HOSTILE_NAMES)} unchanged" in second.stdout
    listed = _claimgraph("claims", "--source", "50%", "--store", store)
    assert listed.returncode == 0 and "source/50%25" in listed.stdout
    assert _claimgraph("validate", "--store", store).returncode == 0


def test_ingest_hostile_source_ids_map_to_iri_segments_and_back() -> None:
    assert id_segment("000_12e874cc8a214095") == "000_12e874cc8a214095"  # normal names keep their IRIs
    assert id_segment("Überblick-2026") == "Überblick-2026"
    for name in (*HOSTILE_NAMES, "a%20b", "x?y", "[1]", "\x7f", "\udcff"):
        segment = id_segment(name)
        assert not set(segment) & set(' %#?/<>"{}|\\^`[]\t\x7f') - {"%"}
        assert source_id_of(segment) == name


@pytest.fixture
def short_limit(extractor: Extractor) -> Iterator[int]:
    """spaCy's length limit of the shared pipeline lowered, so a text over it costs seconds, not minutes."""
    saved = extractor.nlp.max_length
    extractor.nlp.max_length = 12_000
    try:
        yield extractor.nlp.max_length
    finally:
        extractor.nlp.max_length = saved


def test_ingest_hostile_text_over_the_spacy_limit_is_read_in_pieces(
    corpus_copy: Path, tmp_path: Path, settings: Settings, extractor: Extractor, short_limit: int
) -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(corpus_copy.glob("*.txt"))]
    long_text = "\n\n".join(texts)
    assert len(long_text) > 2 * short_limit
    (corpus_copy / "long.txt").write_text(long_text, encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        report = ingest([corpus_copy], store, settings, extractor=extractor)
        assert report.ok and len(report.new) == 6
        from claimgraph.graph.namespaces import Iris
        from claimgraph.query.claims import read_claims

        claims = read_claims(store, Iris(settings.base_iri), source_id="long")
    assert claims
    for claim in claims:
        for evidence in claim["evidence"]:
            assert long_text[evidence["start"] : evidence["end"]] == evidence["quote"]
    doc = parse(extractor.nlp, long_text)
    assert doc.text == long_text


def test_ingest_hostile_pieces_are_paragraph_aligned_and_exact() -> None:
    text = ("A sentence here. " * 30 + "\n\n") * 40 + "x" * 700
    parts = pieces(text, 1000)
    assert "".join(parts) == text
    assert all(len(part) <= 1000 for part in parts)
    assert all(part.endswith("\n\n") for part in parts[:-2])
