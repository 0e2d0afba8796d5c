"""Long texts through spaCy in bounded pieces, joined back into one Doc with exact offsets.

spaCy refuses a text longer than ``nlp.max_length`` (E088: 1,000,000 characters), and below that the parser's
time and memory grow faster than the text (an article just under the limit took 221 s and 3.7 GB). So a text
longer than ``PIECE_CHARS`` is cut at paragraph breaks (else line breaks, sentence ends, spaces), each piece is
parsed on its own, and the pieces are joined with ``Doc.from_docs`` without inserting anything: the joined
Doc's text is the article's text character for character, so every offset the extractors compute is exact.
A piece always starts a sentence, which at a paragraph break it does anyway.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

Context = TypeVar("Context")
PIECE_CHARS = 100_000  # a piece's most characters: a few hundred sentences, parsed in well under a second
# Where a cut may go, best first: after a blank line, a line break, a sentence end, any space.
_BREAKS = ("\n\n", "\n", ". ", " ")


def pieces(text: str, limit: int) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters whose concatenation is ``text``, each ending
    at the latest break of the best kind in its second half (a hard cut only in text with no space at all)."""
    found: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = -1
        for mark in _BREAKS:
            at = text.rfind(mark, start + limit // 2, end - len(mark) + 1)
            if at != -1:
                cut = at + len(mark)
                break
        cut = cut if cut > start else end
        found.append(text[start:cut])
        start = cut
    found.append(text[start:])
    return found


def piece_limit(nlp: Language) -> int:
    return max(1, min(PIECE_CHARS, nlp.max_length))


def parse(nlp: Language, text: str) -> Doc:
    """``nlp(text)``, for a text of any length."""
    return next(parse_all(nlp, [(text, None)]))[0]


def parse_all(
    nlp: Language, items: Iterable[tuple[str, Context]], batch_size: int = 8
) -> Iterator[tuple[Doc, Context]]:
    """``nlp.pipe(items, as_tuples=True)`` for texts of any length: the pieces of every text stream through one
    ``nlp.pipe`` (batching is most of spaCy's speed), and each text's Doc is joined as its last piece is done."""
    limit = piece_limit(nlp)

    def split() -> Iterator[tuple[str, tuple[int, int, Context]]]:
        for text, context in items:
            parts = pieces(text, limit)
            for index, part in enumerate(parts):
                yield part, (index, len(parts), context)

    done: list[Doc] = []
    for doc, (index, count, context) in nlp.pipe(split(), as_tuples=True, batch_size=batch_size):
        done.append(doc)
        if index == count - 1:
            joined = done[0] if count == 1 else Doc.from_docs(done, ensure_whitespace=False)
            done = []
            yield joined, context
