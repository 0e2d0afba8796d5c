"""The claims listing of the REST API: filters, sort orders and keyset pages over the claims ``read_claims`` holds.

The claims of the store's current state are read once per write (``cache.py``) and indexed (``claim_index.py``):
filters on a field's exact value (type, source, entity, subject, object, attributed_to, modality, unit) intersect
the index's postings, and ``q``'s words are looked up in an index of the quotes; value bounds and periods test
the claims that are left; a page is the lowest sort ranks after the cursor's. A remote store keeps no snapshot:
there the claims holding the exact values are read per request (``claim_candidates.py``) and indexed the same
way. Request values reach a query only as bound terms, never as query text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from claimgraph.errors import InputError
from claimgraph.graph.namespaces import Iris
from claimgraph.query.claim_pages import page_of
from claimgraph.query.claims import ClaimJson, claim_index
from claimgraph.query.pages import Page, SortKey
from claimgraph.query.periods import Bounds, overlaps, period_bounds, request_bounds
from claimgraph.records import CLAIM_TYPES, MODALITIES, UNITS
from claimgraph.store import Store

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ClaimFilter:
    """What a client may ask of the listing; every field is optional and they combine with AND.

    Entities (``entity``, ``subject``, ``object``, ``attributed_to``) are given by key (``alibaba-cloud``) or IRI;
    ``entity`` matches either side of a claim. ``min``/``max`` bound the value (a range matches when it reaches
    into the bounds); ``from``/``to`` are periods and match claims whose period overlaps the window; ``q`` keeps
    claims whose quote contains every word of it, ignoring case."""

    type: str | None = None
    source: str | None = None
    entity: str | None = None
    subject: str | None = None
    object: str | None = None
    modality: str | None = None
    attributed_to: str | None = None
    unit: str | None = None
    min: float | None = None
    max: float | None = None
    time_from: str | None = None
    time_to: str | None = None
    q: str | None = None
    include_superseded: bool = False  # also claims an edited version of their source no longer states

    def validate(self) -> None:
        """Closed vocabularies are checked so that a typo is a 400 that names the choices, not an empty page."""
        for name, value, allowed in (
            ("type", self.type, CLAIM_TYPES),
            ("modality", self.modality, MODALITIES),
            ("unit", self.unit, UNITS),
        ):
            if value is not None and value not in allowed:
                raise InputError(f"unknown {name} {value[:80]!r}", hint="one of " + ", ".join(allowed))
        if self.min is not None and self.max is not None and self.min > self.max:
            raise InputError("min is greater than max")


def _claim_sort_keys() -> dict[str, Callable[[ClaimJson], SortKey]]:
    def first(claim: ClaimJson) -> tuple[str, int]:
        evidence = claim["evidence"][0]
        return evidence["source"]["file"] or "", evidence["start"]

    def value(claim: ClaimJson, sign: int) -> SortKey:
        number = claim["value"]
        return (1, 0.0, claim["id"]) if number is None else (0, sign * float(number), claim["id"])

    def period(claim: ClaimJson) -> SortKey:
        bounds = period_bounds(claim["time"])
        return (1, "", claim["id"]) if bounds is None else (0, bounds[0], claim["id"])

    return {
        "source": lambda c: (*first(c), c["type"], c["id"]),
        "type": lambda c: (c["type"], *first(c), c["id"]),
        "value": lambda c: value(c, 1),
        "-value": lambda c: value(c, -1),
        "confidence": lambda c: (float(c["confidence"]), c["id"]),
        "-confidence": lambda c: (-float(c["confidence"]), c["id"]),
        "time": period,
    }


CLAIM_SORTS = _claim_sort_keys()
CLAIM_SORT_NAMES: tuple[str, ...] = tuple(CLAIM_SORTS)


def list_claims(
    store: Store, iris: Iris, claim_filter: ClaimFilter, *, sort: str, limit: int, cursor: str | None
) -> Page[ClaimJson]:
    """One page of the claims matching ``claim_filter`` in ``sort`` order (see CLAIM_SORTS)."""
    claim_filter.validate()
    if sort not in CLAIM_SORTS:
        raise InputError(f"unknown sort {sort[:80]!r}", hint="one of " + ", ".join(CLAIM_SORT_NAMES))
    wanted = _exact_values(claim_filter, iris)
    window = _window(claim_filter)
    words = [w.casefold() for w in _WORD.findall(claim_filter.q or "")]
    index = claim_index(store, iris, include_superseded=claim_filter.include_superseded, wanted=wanted)
    found = index.matching(wanted)
    with_words = index.with_words(words) if words else None
    if with_words is not None:
        found = with_words if found is None else found & with_words
    test = _matcher(claim_filter, window, [] if with_words is not None else words)
    if test is not None:
        found = frozenset(p for p in (range(len(index)) if found is None else found) if test(index.claims[p]))
    return page_of(index, found, sort=sort, key=CLAIM_SORTS[sort], limit=limit, cursor=cursor)


def entity_iri(reference: str, iris: Iris) -> str:
    """An entity named by key or by IRI, as its IRI."""
    return reference if "://" in reference else str(iris.entity(reference))


def _exact_values(f: ClaimFilter, iris: Iris) -> dict[str, str]:
    """The filters the index answers: field → the value a claim must hold."""
    values = {
        "type": f.type,
        "source": str(iris.source(f.source)) if f.source else None,
        "entity": entity_iri(f.entity, iris) if f.entity else None,
        "subject": entity_iri(f.subject, iris) if f.subject else None,
        "object": entity_iri(f.object, iris) if f.object else None,
        "attributed_to": entity_iri(f.attributed_to, iris) if f.attributed_to else None,
        "modality": f.modality,
        "unit": f.unit,
    }
    return {field: value for field, value in values.items() if value is not None}


def _window(f: ClaimFilter) -> Bounds | None:
    """The period window of ``from``/``to``, checked before anything is read (an unreadable period is a 400)."""
    window_from = request_bounds(f.time_from, "from") if f.time_from else None
    window_to = request_bounds(f.time_to, "to") if f.time_to else None
    if not window_from and not window_to:
        return None
    return window_from[0] if window_from else "0000", window_to[1] if window_to else "9999-12-31"


def _matcher(f: ClaimFilter, window: Bounds | None, words: list[str]) -> Callable[[ClaimJson], bool] | None:
    """A test for the filters the index does not answer (value bounds, the period window, and ``words`` unless
    the index found them); None when there are none."""
    if f.min is None and f.max is None and window is None and not words:
        return None

    def test(claim: ClaimJson) -> bool:
        if (f.min is not None or f.max is not None) and not _value_within(claim, f.min, f.max):
            return False
        if window is not None:
            bounds = period_bounds(claim["time"])
            if bounds is None or not overlaps(bounds, window):
                return False
        if words:
            quotes = " ".join(e["quote"] for e in claim["evidence"]).casefold()
            return all(word in quotes for word in words)
        return True

    return test


def _value_within(claim: ClaimJson, low: float | None, high: float | None) -> bool:
    if claim["value"] is None:
        return False
    start = float(claim["value"])
    end = float(claim["value_max"]) if claim["value_max"] is not None else start
    return (low is None or end >= low) and (high is None or start <= high)
