"""Keyset pagination with opaque cursors, shared by every listing of the REST API.

A cursor encodes the sort order and the sort key of the last item served (which ends with the item's IRI, so keys
are unique). The next page starts strictly after that key, so adding or removing other items between two
requests neither repeats nor skips an item that was there all along: offsets would shift, keys do not.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from claimgraph.errors import InputError

T = TypeVar("T")
# A sort key made of JSON scalars, so that it survives a trip through a cursor and compares the same afterwards.
SortKey = tuple[str | int | float, ...]

CURSOR_MAX_CHARS = 4096


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    total: int  # items matching the filters, on every page
    next: str | None  # cursor of the following page; None on the last one


def paginate(items: Sequence[T], key: Callable[[T], SortKey], *, order: str, limit: int, cursor: str | None) -> Page[T]:
    """One page of ``items`` in ``key`` order, starting after the item the cursor names."""
    ordered = sorted(items, key=key)
    if cursor is not None and ordered:
        after = decode_cursor(cursor, order)
        check_shape(after, comparable_key(key(ordered[0])))
        ordered = [item for item in ordered if comparable_key(key(item)) > after]
    page = ordered[:limit]
    more = len(ordered) > limit
    return Page(items=list(page), total=len(items), next=encode_cursor(order, key(page[-1])) if more else None)


def encode_cursor(order: str, key: SortKey) -> str:
    raw = json.dumps({"o": order, "k": list(key)}, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, order: str) -> SortKey:
    """The key a cursor carries; a cursor that was not made by us, or for another sort order, is bad input."""
    if len(cursor) > CURSOR_MAX_CHARS:
        raise InputError("cursor too long", hint="pass the `next` value of the previous page unchanged")
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        key = data["k"]
        made_for = data["o"]
        if not isinstance(key, list) or not all(isinstance(part, str | int | float) for part in key):
            raise ValueError("not a key")
    except (binascii.Error, ValueError, TypeError, KeyError, UnicodeDecodeError) as error:
        raise InputError("malformed cursor", hint="pass the `next` value of the previous page unchanged") from error
    if made_for != order:
        raise InputError(f"this cursor belongs to sort order {made_for!r}, not {order!r}")
    return comparable_key(tuple(key))


def check_shape(after: SortKey, sample: SortKey) -> None:
    """A forged cursor whose key has other parts than ours would make tuple comparison raise (a 500): refuse it."""
    if len(after) != len(sample) or any(type(a) is not type(b) for a, b in zip(after, sample, strict=True)):
        raise InputError("malformed cursor", hint="pass the `next` value of the previous page unchanged")


def comparable_key(key: SortKey) -> SortKey:
    """Ints and floats are both numbers: after a JSON round trip 2.0 may come back as 2, so both become floats."""
    return tuple(float(part) if isinstance(part, int | float) and not isinstance(part, bool) else part for part in key)
