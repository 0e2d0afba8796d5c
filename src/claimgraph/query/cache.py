"""Values derived from a whole store (the entity index, the networkx view, centrality scores), kept until the
store's data changes.

Deriving them costs one or two full scans of the claims; reading them costs nothing. The store's ``generation``
says when they are stale: it is read *before* the value is built, so a write racing the build leaves an older
generation on the value and the next reader rebuilds. A store that cannot tell (generation None) gets a fresh
value on every call. Values are kept per store object and leave with it (weak keys).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from claimgraph.store import Store

T = TypeVar("T")

_values: weakref.WeakKeyDictionary[Store, dict[Hashable, tuple[int, Any]]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()
_building: dict[tuple[int, Hashable], threading.Lock] = {}
_PER_KIND = 256  # values of one kind kept per store: kinds × base IRIs are few, per-source values are many


def derived(store: Store, name: Hashable, build: Callable[[Store], T]) -> T:
    """``build(store)``, computed once per store generation; concurrent callers wait for one build."""
    generation = store.generation
    if generation is None:
        return build(store)
    with _lock:
        cached = _values.get(store, {}).get(name)
        if cached is not None and cached[0] == generation:
            return cached[1]  # type: ignore[no-any-return]
        builder = _building.setdefault((id(store), name), threading.Lock())
    with builder:
        with _lock:
            cached = _values.get(store, {}).get(name)
            if cached is not None and cached[0] == generation:
                return cached[1]  # type: ignore[no-any-return]
        value = build(store)
        with _lock:
            entries = _values.setdefault(store, {})
            _make_room(store, entries, _kind(name))
            entries[name] = (generation, value)
        return value


def _kind(name: Hashable) -> Hashable:
    return name[0] if isinstance(name, tuple) and name else name


def _make_room(store: Store, entries: dict[Hashable, tuple[int, Any]], kind: Hashable) -> None:
    """Kinds named per source (a text, a source's metadata) are bounded one kind at a time, so that reading many
    sources never evicts the claims index of a large store (a minute to rebuild at 100k sources)."""
    same = [name for name in entries if _kind(name) == kind]
    if len(same) >= _PER_KIND:
        for name in same:
            del entries[name]
            _building.pop((id(store), name), None)
