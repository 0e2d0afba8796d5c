"""Reading short texts written for the extraction tests: an article of one text, its claims, and the pairs a
relation type links."""

from __future__ import annotations

from decimal import Decimal

from spacy.tokens import Doc

from claimgraph.extract import Extractor
from claimgraph.extract.document import Mention
from claimgraph.records import Article, Claim, SourceMetadata


def claims_of(extractor: Extractor, text: str) -> list[Claim]:
    """The claims of a one-text article dated 2026-05-01 (relative periods resolve against that date)."""
    metadata = SourceMetadata(date="2026-05-01")
    article = Article(id="t", file="t.txt", text=text, media_type="text/plain", metadata=metadata)
    return list(extractor.extract(article).claims)


def pairs(claims: list[Claim], claim_type: str) -> set[tuple[str, str]]:
    """(subject, object) labels of the claims of one type."""
    return {(c.subject.label, c.object.label) for c in claims if c.type == claim_type and c.object}


Share = tuple[str, str | None, Decimal | None]


def shares_of(extractor: Extractor, text: str) -> set[Share]:
    """(holder, whole, value) of the market shares of a one-text article."""
    return {
        (c.subject.label, c.object.label if c.object else None, c.value)
        for c in claims_of(extractor, text)
        if c.type == "MarketShare"
    }


def guessed_mention(extractor: Extractor, doc: Doc, words: str, kind: str, at: int) -> Mention:
    """A mention of ``words`` at character ``at`` typed ``kind``, as the NER might have guessed it: for tests of
    what the readers after discovery make of such guesses."""
    span = doc.char_span(at, at + len(words))
    assert span is not None, words
    return Mention(extractor.index.entity_for(words, kind), span.start_char, span.end_char, span.start, span.end)
