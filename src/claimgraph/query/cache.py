"""Read results kept until the store changes: the API reads the same claims and sources on every request, and
converting a few thousand terms costs tens of milliseconds, more than a listing's whole 20 ms budget.

A value is keyed by the store object, a name and the store's ``generation`` (which every write moves; a store
that cannot tell offers None, and nothing is cached). The generation is read *before* computing, so a write that
lands meanwhile makes the next call compute again. Cached values are shared between requests: never mutate them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from claimgraph.store import Store

T = TypeVar("T")
_values: WeakKeyDictionary[Store, dict[Hashable, tuple[int, Any]]] = WeakKeyDictionary()
_lock = threading.Lock()


def per_generation(store: Store, key: Hashable, compute: Callable[[], T]) -> T:
    generation = store.generation
    if generation is None:
        return compute()
    with _lock:
        cached = _values.get(store, {}).get(key)
    if cached is not None and cached[0] == generation:
        value: T = cached[1]
        return value
    value = compute()
    with _lock:
        entries = _values.setdefault(store, {})
        if len(entries) > 256:  # keys are few (names × base IRIs × sources); a bound all the same
            entries.clear()
        entries[key] = (generation, value)
    return value
