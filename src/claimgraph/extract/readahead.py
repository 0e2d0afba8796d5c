"""An iterator's items produced by a background thread, a bounded number ahead of the reader.

Why: spaCy's parser and its matrix products release the GIL, so while one thread parses the next batch of
articles, the reading thread can turn the last parsed ones into claims. On this project's 2-core machine a whole
ingest of 66 articles went from 0.71 to 0.81 of a plain spaCy process's speed with it (16.8 s → 14.9 s, see
``bench/results/extract_speed.json`` and the README).

The reader sees exactly what plain iteration would give, in order: an exception the producer raises is raised at
its place in the sequence, after every item produced before it. A reader that stops early (``close()``, or an
exception of its own) stops the producer at its next item.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import TypeVar

Item = TypeVar("Item")
_POLL_SECONDS = 0.1  # how often a producer blocked on a full queue looks whether the reader has gone


class _End:
    """The producer's last message: plain exhaustion (``error`` None) or the exception that ended it."""

    def __init__(self, error: BaseException | None) -> None:
        self.error = error


def read_ahead(items: Iterable[Item], depth: int) -> Iterator[Item]:
    """The items of ``items``, produced in a daemon thread at most ``depth`` ahead of this iterator."""
    handoff: queue.Queue[Item | _End] = queue.Queue(maxsize=max(1, depth))
    gone = threading.Event()

    def offer(message: Item | _End) -> bool:
        while not gone.is_set():
            try:
                handoff.put(message, timeout=_POLL_SECONDS)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not offer(item):
                    return
        except BaseException as error:  # noqa: BLE001 - handed to the reader, who raises it in its own thread
            offer(_End(error))
            return
        offer(_End(None))

    producer = threading.Thread(target=produce, name="claimgraph-read-ahead", daemon=True)
    producer.start()
    try:
        while not isinstance(message := handoff.get(), _End):
            yield message
        if message.error is not None:
            raise message.error
    finally:
        gone.set()
        producer.join()
