"""A keyset page of indexed claims: the page ``pages.paginate`` would cut from the sorted matches, found from
the sort order's ranks instead of by sorting every match on each request.

A cursor's key is located in the sort order by bisection; the page is then the matches of lowest rank from
there. When the matches are dense in the order, walking the order from the cursor finds them in a few steps; when
they are sparse (or the walk runs long), the lowest ranks among the matches are taken directly.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable
from itertools import islice

from claimgraph.query.claim_index import ClaimIndex, ClaimJson, Positions, SortOrder
from claimgraph.query.pages import Page, SortKey, check_shape, comparable_key, decode_cursor, encode_cursor

_WALK_SLACK = 8  # steps of the walk allowed per expected step before taking the lowest ranks directly


def page_of(
    index: ClaimIndex,
    matches: Positions | None,
    *,
    sort: str,
    key: Callable[[ClaimJson], SortKey],
    limit: int,
    cursor: str | None,
) -> Page[ClaimJson]:
    """One page of the claims at ``matches`` (None: every claim) in ``key`` order, after ``cursor``'s key;
    ``total`` counts every match, as ``paginate`` does."""
    total = len(index) if matches is None else len(matches)
    if total == 0:  # nothing to page through: the cursor is not even read, as paginate does
        return Page(items=[], total=0, next=None)
    order = index.order(sort, key)
    start = 0
    if cursor is not None:
        after = decode_cursor(cursor, sort)
        sample = index.claims[0] if matches is None else index.claims[next(iter(matches))]
        check_shape(after, comparable_key(key(sample)))  # every key of one sort order has the same shape
        if any(isinstance(part, float) and math.isnan(part) for part in after):
            # a forged NaN orders nothing: compare each match with it, exactly as paginate does
            return _compared(index, matches, order, key, after, total, sort=sort, limit=limit)
        start = order.first_rank_after(after)
    picked = _lowest(order, matches, start, limit + 1)
    items = [index.claims[position] for position in picked[:limit]]
    more = len(picked) > limit
    return Page(items=items, total=total, next=encode_cursor(sort, key(items[-1])) if more else None)


def _lowest(order: SortOrder, matches: Positions | None, start: int, count: int) -> list[int]:
    """Positions of the ``count`` matches of lowest rank from ``start`` on, in rank order."""
    if matches is None:
        return list(order.positions[start : start + count])
    expected_steps = count * len(order.positions) // len(matches)
    if expected_steps * _WALK_SLACK < len(matches):  # dense: walk the order from the cursor
        picked: list[int] = []
        end = start + expected_steps * _WALK_SLACK
        for position in islice(order.positions, start, end):
            if position in matches:
                picked.append(position)
                if len(picked) == count:
                    return picked
        if end >= len(order.positions):
            return picked  # the walk reached the end of the order
    ranks = order.ranks
    lowest = heapq.nsmallest(count, (rank for p in matches if (rank := ranks[p]) >= start))
    return [order.positions[rank] for rank in lowest]


def _compared(
    index: ClaimIndex,
    matches: Positions | None,
    order: SortOrder,
    key: Callable[[ClaimJson], SortKey],
    after: SortKey,
    total: int,
    *,
    sort: str,
    limit: int,
) -> Page[ClaimJson]:
    ranked = order.positions if matches is None else [p for p in order.positions if p in matches]
    later = [index.claims[p] for p in ranked if comparable_key(key(index.claims[p])) > after]
    items = later[:limit]
    more = len(later) > limit
    return Page(items=items, total=total, next=encode_cursor(sort, key(items[-1])) if more else None)
