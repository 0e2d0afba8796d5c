"""``map_bounded``: results in input order, and the input read only as far as the window ahead of the results,
so that ingest's memory does not grow with the corpus."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

from claimgraph.fanout import map_bounded


def _square(offset: int, item: int) -> int:
    return offset + item * item


def test_fanout_map_bounded_keeps_order_and_reads_at_most_window_ahead() -> None:
    read: list[int] = []

    def items() -> Iterator[int]:
        for item in range(50):
            read.append(item)
            yield item

    with ThreadPoolExecutor(max_workers=3) as pool:
        results = map_bounded(pool, _square, items(), 1, window=4)
        seen = []
        for result in results:
            seen.append(result)
            assert len(read) - len(seen) <= 4  # never more than the window submitted and not yet taken
    assert seen == [1 + i * i for i in range(50)]
