"""Sources as JSON: their metadata, stored text and claims, and each evidence span set in its sentence.

A source is named in URLs by its id (the file name without extension, e.g. ``000_12e874cc8a214095``), the last
segment of its IRI ``<base>source/{id}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rdflib.term import Node

from claimgraph.errors import NotFoundError
from claimgraph.graph.namespaces import Iris
from claimgraph.query.cache import derived
from claimgraph.query.claim_candidates import restrict
from claimgraph.query.claims import ClaimJson, read_claims
from claimgraph.query.pages import Page, paginate
from claimgraph.query.queries import load_query
from claimgraph.store import Store

SourceJson = dict[str, Any]
_CHUNK = 200  # sources per VALUES block
CONTEXT_CHARS = 160  # text shown before and after an evidence's sentence
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s)|\n")


def read_source_metadata(
    store: Store, iris: Iris, source_id: str | None = None, *, earlier_versions: bool = False
) -> dict[str, SourceJson]:
    """Source IRI → metadata of every current source (or of the one named). With ``earlier_versions`` the one
    named may also be an earlier version, whose metadata lives in its revision graph (claimgraph.revisions).
    Read once per state of the store (``cache.py``); the dictionaries are shared: do not mutate them."""
    key = ("source_metadata", iris.base, source_id, earlier_versions)
    return derived(store, key, lambda _store: _read_source_metadata(store, iris, source_id, earlier_versions))


def read_sources_metadata(store: Store, iris: Iris, source_iris: Iterable[str]) -> dict[str, SourceJson]:
    """Source IRI → metadata of at least the current sources among ``source_iris``: all of them, cached, where
    the store keeps values (``read_source_metadata``); on a remote store, which keeps nothing, only those named,
    a chunk per request, rather than every source's metadata on each call."""
    if store.generation is not None:
        return read_source_metadata(store, iris)
    ordered = sorted(set(source_iris))
    found: dict[str, SourceJson] = {}
    for start in range(0, len(ordered), _CHUNK):
        query = restrict(load_query("source_metadata"), "source", ordered[start : start + _CHUNK])
        found.update(_metadata(store.select(query, {"g": iris.sources_graph}), iris))
    return found


def _read_source_metadata(
    store: Store, iris: Iris, source_id: str | None, earlier_versions: bool
) -> dict[str, SourceJson]:
    bindings = {} if earlier_versions else {"g": iris.sources_graph}
    if source_id is not None:
        bindings["source"] = iris.source(source_id)
    return _metadata(store.select(load_query("source_metadata"), bindings), iris)


def _metadata(rows: list[dict[str, Node]], iris: Iris) -> dict[str, SourceJson]:
    prefix = str(iris.source(""))
    found: dict[str, SourceJson] = {}
    for row in rows:
        iri = str(row["source"])
        found[iri] = {
            "id": iri,
            "key": iri.removeprefix(prefix),
            "file": str(row["file"]),
            "title": _text(row.get("title")),
            "author": _text(row.get("author")),
            "publisher": _text(row.get("publisher")),
            "date": _text(row.get("date")),
            "language": _text(row.get("language")),
            "url": _text(row.get("url")),
            "media_type": _text(row.get("format")),
            "sha256": str(row["sha"]),
            "ingested": _text(row.get("ingested")),
        }
    return found


def list_sources(store: Store, iris: Iris, *, limit: int, cursor: str | None) -> Page[SourceJson]:
    """One page of sources in file-name order; the cursor keeps its place when sources come and go."""
    sources = list(read_source_metadata(store, iris).values())
    return paginate(sources, lambda s: (s["file"], s["id"]), order="file", limit=limit, cursor=cursor)


def read_source(store: Store, iris: Iris, source_id: str) -> SourceJson:
    """A source's metadata, its stored text and its claims (whose spans are offsets into that text)."""
    metadata = read_source_metadata(store, iris, source_id).get(str(iris.source(source_id)))
    if metadata is None:
        raise NotFoundError(f"no source {source_id[:200]!r}", hint="GET /sources lists them")
    return {
        **metadata,
        "text": read_source_text(store, iris, source_id) or "",
        "claims": read_claims(store, iris, source_id=source_id),
    }


def read_source_text(store: Store, iris: Iris, source_id: str) -> str | None:
    """The stored text of a source, or of an earlier version (its text lives in its revision graph)."""

    def read() -> str | None:
        rows = store.select(load_query("source_text"), {"source": iris.source(source_id)})
        return str(rows[0]["text"]) if rows else None

    return derived(store, ("source_text", iris.base, source_id), lambda _store: read())


def source_id_of(source_iri: str, iris: Iris) -> str:
    return source_iri.removeprefix(str(iris.source("")))


def evidence_in_context(claim: ClaimJson, texts: dict[str, str]) -> list[dict[str, Any]]:
    """Each evidence of a claim with the sentence around it and some text before and after that sentence;
    ``texts`` maps source IRIs to stored texts."""
    placed = []
    for evidence in claim["evidence"]:
        text = texts.get(evidence["source"]["id"], "")
        start, end = sentence_bounds(text, evidence["start"], evidence["end"])
        placed.append({
            **evidence,
            "sentence": text[start:end],
            "sentence_start": start,
            "sentence_end": end,
            "before": text[max(0, start - CONTEXT_CHARS) : start],
            "after": text[end : end + CONTEXT_CHARS],
        })  # fmt: skip
    return placed


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or list row, or line) holding ``text[start:end]``: from after the last sentence end before
    the span to the first one after it. Plain punctuation rules: no NLP at read time."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    while begin < start and text[begin].isspace():
        begin += 1
    stop = _SENTENCE_END.search(text, max(end - 1, begin))
    finish = stop.end() if stop is not None and stop.group() != "\n" else (stop.start() if stop else len(text))
    return begin, max(finish, end)


def _text(node: object) -> str | None:
    return str(node) if node is not None else None
