"""Run a function over a stream of work items on other processes (or machines), with a bounded number in flight.

``concurrent.futures`` executors and Dask's ``Client`` both take ``submit(fn, *args)`` and give futures with
``result()``; neither bounds its input (``Executor.map`` and ``Pool.imap`` read the whole iterable ahead), so a
million-article corpus would sit in memory at once. ``map_bounded`` keeps at most ``window`` items submitted and
yields results in input order, which keeps ingest's output deterministic and its memory flat.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
Answer = TypeVar("Answer", covariant=True)


class Pending(Protocol[Answer]):
    def result(self) -> Answer: ...


class Submitter(Protocol):
    """What ``map_bounded`` needs of an executor: ``submit(fn, *args)`` returning a future."""

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Pending[Any]: ...


def map_bounded(
    submitter: Submitter,
    fn: Callable[..., Result],
    items: Iterable[Item],
    *args: Any,
    window: int,
) -> Iterator[Result]:
    """``fn(*args, item)`` for every item, in input order, with at most ``window`` submitted and not yet
    yielded: the input is read only as results are taken."""
    flight: deque[Pending[Result]] = deque()
    for item in items:
        flight.append(submitter.submit(fn, *args, item))
        if len(flight) >= window:
            yield flight.popleft().result()
    while flight:
        yield flight.popleft().result()


def process_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of fresh interpreters ("spawn"): forking a parent that holds an open store and a progress thread
    would copy both into every child."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, which a container or ``taskset`` may narrow), not
    the machine's count."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
