"""The claims listing of the REST API: filters, sort orders and keyset pages over ``read_claims``.

Every filter is applied in Python to the claims ``read_claims`` holds for the store's current state (read once
per write, see ``cache.py``), so no request parameter is ever written into a query string. At the corpus's size
(tens to thousands of claims) a pass over them takes a fraction of a millisecond.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from claimgraph.errors import InputError
from claimgraph.graph.namespaces import Iris
from claimgraph.query.claims import ClaimJson, read_claims
from claimgraph.query.pages import Page, SortKey, paginate
from claimgraph.query.periods import overlaps, period_bounds, request_bounds
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
    claims = read_claims(
        store,
        iris,
        claim_type=claim_filter.type,
        source_id=claim_filter.source,
        include_superseded=claim_filter.include_superseded,
    )
    test = _matcher(claim_filter, iris)
    return paginate([c for c in claims if test(c)], CLAIM_SORTS[sort], order=sort, limit=limit, cursor=cursor)


def entity_iri(reference: str, iris: Iris) -> str:
    """An entity named by key or by IRI, as its IRI."""
    return reference if "://" in reference else str(iris.entity(reference))


def _matcher(f: ClaimFilter, iris: Iris) -> Callable[[ClaimJson], bool]:
    window_from = request_bounds(f.time_from, "from") if f.time_from else None
    window_to = request_bounds(f.time_to, "to") if f.time_to else None
    words = [w.casefold() for w in _WORD.findall(f.q or "")]
    wanted = {
        name: entity_iri(reference, iris)
        for name, reference in (("subject", f.subject), ("object", f.object), ("attributed_to", f.attributed_to))
        if reference
    }
    either = entity_iri(f.entity, iris) if f.entity else None

    def test(claim: ClaimJson) -> bool:
        for name, iri in wanted.items():
            if (claim[name] or {}).get("id") != iri:
                return False
        if either is not None and either not in {(claim[side] or {}).get("id") for side in ("subject", "object")}:
            return False
        if f.modality is not None and claim["modality"] != f.modality:
            return False
        if f.unit is not None and claim["unit"] != f.unit:
            return False
        if (f.min is not None or f.max is not None) and not _value_within(claim, f.min, f.max):
            return False
        if window_from or window_to:
            bounds = period_bounds(claim["time"])
            window = (window_from[0] if window_from else "0000", window_to[1] if window_to else "9999-12-31")
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
