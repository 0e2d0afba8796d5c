"""``read_ahead``: what plain iteration gives, in order, with the producer's errors in their place, a bounded
number of items read ahead, and no thread left behind; and ``Extractor.extract_all`` through it gives what
``extract`` gives one article at a time."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claimgraph.extract import Extractor
from claimgraph.extract.readahead import read_ahead
from claimgraph.ingest import _extract_each
from claimgraph.records import Article, Extraction, SourceFailure


def _producers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "claimgraph-read-ahead"]


def test_read_ahead_gives_every_item_in_order_and_leaves_no_thread() -> None:
    assert list(read_ahead(iter(range(500)), depth=3)) == list(range(500))
    assert list(read_ahead([], depth=3)) == []
    assert _producers() == []


def test_read_ahead_raises_the_producers_error_after_the_items_before_it() -> None:
    def failing() -> Iterator[int]:
        yield 1
        yield 2
        raise ValueError("E088: text too long")

    got: list[int] = []
    with pytest.raises(ValueError, match="E088"):
        for item in read_ahead(failing(), depth=8):
            got.append(item)
    assert got == [1, 2]  # the ingest counts what was done before the error, and reads the rest one by one
    assert _producers() == []


def test_read_ahead_reads_at_most_depth_ahead_and_stops_when_the_reader_does() -> None:
    pulled: list[int] = []

    def counted() -> Iterator[int]:
        for item in range(1000):
            pulled.append(item)
            yield item

    items = read_ahead(counted(), depth=4)
    first = [next(items) for _ in range(3)]
    threading.Event().wait(0.3)  # time for the producer to fill its queue; were it unbounded, it would read on
    assert first == [0, 1, 2]
    assert len(pulled) <= 3 + 4 + 1  # taken, queued, and the one waiting for room
    items.close()
    assert _producers() == []
    assert len(pulled) <= 3 + 4 + 1


def test_read_ahead_extract_all_equals_extract_one_by_one(extractor: Extractor) -> None:
    texts = [
        "Northwind holds 31% of the cloud market in Brazil, according to Sable Research.",
        "Kestrel Labs develops the Falcon-2 model. Falcon-2 runs on Northwind Cloud.",
        "Revenue at Northwind rose 12% in 2025.",
    ]
    articles = [Article(id=f"a{i}", file=f"a{i}.txt", text=t, media_type="text/plain") for i, t in enumerate(texts)]
    together = [e.claims for e in extractor.extract_all(articles, batch_size=2)]
    alone = [extractor.extract(article).claims for article in articles]
    assert together == alone
    assert any(together)


@Language.component("test_refuses_marked_texts")
def _refuses_marked_texts(doc: Doc) -> Doc:
    if "REFUSED" in doc.text:
        raise ValueError("this text is refused")
    return doc


def test_read_ahead_ingest_stream_fails_only_the_refused_article(extractor: Extractor) -> None:
    texts = [f"Northwind holds {n}% of the cloud market in Brazil." for n in range(10, 30)]
    texts[11] = "REFUSED " + texts[11]
    articles = [Article(id=f"a{i}", file=f"a{i}.txt", text=t, media_type="text/plain") for i, t in enumerate(texts)]
    extractor.nlp.add_pipe("test_refuses_marked_texts", first=True)
    try:
        outcomes = list(_extract_each(extractor, iter(articles)))
    finally:
        extractor.nlp.remove_pipe("test_refuses_marked_texts")
    failed = [o for o in outcomes if isinstance(o, SourceFailure)]
    assert [f.file for f in failed] == ["a11.txt"] and "refused" in failed[0].reason
    extracted = [o for o in outcomes if isinstance(o, Extraction)]
    assert [e.article.id for e in extracted] == [a.id for a in articles if a.id != "a11"]  # each once, in order
    assert all(e.claims for e in extracted)
