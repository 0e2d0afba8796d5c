"""Lookups over the claims read for one state of the store, so that a filtered page, one claim by IRI and the
trace's neighbours cost what they return rather than a walk over every claim.

``read_claims`` keeps every claim of the store in memory (``claims.py``); at 100k sources that is about 700k
claims, and a Python pass over them takes tenths of a second per request. A ``ClaimIndex`` is built with them:
for each field a filter compares for equality, the positions of the claims holding each value (postings), and,
on first use of a sort order, every claim's rank in that order. A filter then intersects postings, starting
with the smallest, and a page is the lowest ranks after the cursor's. Positions index the claims tuple, which is
in source order, so sorting positions gives the order ``read_claims`` has always returned.
"""

from __future__ import annotations

import re
import threading
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from claimgraph.query.pages import SortKey, comparable_key

ClaimJson = dict[str, Any]
Positions = frozenset[int]

# field → the value of a claim it is looked up by (None: the claim has none, and no filter asks for None)
_FIELDS: dict[str, Callable[[ClaimJson], str | None]] = {
    "id": lambda c: c["id"],
    "type": lambda c: c["type"],
    "source": lambda c: c["evidence"][0]["source"]["id"],
    "subject": lambda c: (c["subject"] or {}).get("id"),
    "object": lambda c: (c["object"] or {}).get("id"),
    "attributed_to": lambda c: (c["attributed_to"] or {}).get("id"),
    "modality": lambda c: c["modality"],
    "unit": lambda c: c["unit"],
}
FIELDS = (*_FIELDS, "entity")  # entity: subject or object
_NONE: Positions = frozenset()
_WORD = re.compile(r"\w+")  # what the listing's q splits into words


class SortOrder:
    """Claims in one sort order: ``positions[rank]`` is a claim's position, ``ranks[position]`` its rank."""

    def __init__(self, claims: tuple[ClaimJson, ...], key: Callable[[ClaimJson], SortKey]) -> None:
        self._claims = claims
        self._key = key
        # sorted() is stable: claims of equal keys keep their source order, as paginate leaves them
        ordered = sorted(range(len(claims)), key=lambda position: key(claims[position]))
        self.positions = array("l", ordered)
        self.ranks = array("l", bytes(array("l").itemsize * len(claims)))
        for rank, position in enumerate(ordered):
            self.ranks[position] = rank

    def first_rank_after(self, after: SortKey) -> int:
        """The rank of the first claim whose key is greater than ``after`` (keys are in non-decreasing order)."""
        claims, key = self._claims, self._key
        return bisect_right(self.positions, after, key=lambda position: comparable_key(key(claims[position])))


class ClaimIndex:
    """Postings and sort orders over a tuple of claims; built once per state of the store, then read-only (the
    sort orders are added under a lock on first use)."""

    def __init__(self, claims: tuple[ClaimJson, ...]) -> None:
        self.claims = claims
        postings: dict[str, dict[str, list[int]]] = {field: {} for field in FIELDS}
        for position, claim in enumerate(claims):
            for field, value_of in _FIELDS.items():
                value = value_of(claim)
                if value is not None:
                    postings[field].setdefault(value, []).append(position)
            for side in ("subject", "object"):
                value = _FIELDS[side](claim)
                if value is not None:
                    entity = postings["entity"].setdefault(value, [])
                    if not entity or entity[-1] != position:
                        entity.append(position)
        self._postings = {
            field: {value: frozenset(found) for value, found in values.items()} for field, values in postings.items()
        }
        self._orders: dict[str, SortOrder] = {}
        self._words: dict[str, list[int]] | None = None
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.claims)

    def matching(self, wanted: Mapping[str, str]) -> Positions | None:
        """Positions of the claims whose fields (``FIELDS``) equal every value of ``wanted``; None when nothing is
        wanted, meaning every claim."""
        if not wanted:
            return None
        found = sorted((self._postings[field].get(value, _NONE) for field, value in wanted.items()), key=len)
        return found[0].intersection(*found[1:]) if len(found) > 1 else found[0]

    def with_words(self, words: list[str]) -> Positions | None:
        """Positions of the claims whose quotes (joined, casefolded) contain every one of ``words`` (casefolded)
        as a substring, as the listing's ``q`` asks; None when a word is not made of word characters alone, and
        the caller must test the claims itself. A word of word characters occurs in a text only inside one of the
        text's runs of word characters, so the claims holding it are those of every indexed run containing it."""
        if not all(_WORD.fullmatch(word) for word in words):
            return None
        runs = self._word_runs()
        found = sorted((frozenset().union(*(runs[run] for run in runs if word in run)) for word in set(words)), key=len)
        return found[0].intersection(*found[1:])

    def claims_at(self, positions: Iterable[int]) -> list[ClaimJson]:
        """The claims at ``positions``, in source order."""
        return [self.claims[position] for position in sorted(positions)]

    def order(self, name: str, key: Callable[[ClaimJson], SortKey]) -> SortOrder:
        """The claims in ``key`` order, computed on first use of ``name``."""
        with self._lock:
            order = self._orders.get(name)
            if order is None:
                order = self._orders[name] = SortOrder(self.claims, key)
            return order

    def _word_runs(self) -> dict[str, list[int]]:
        """Each run of word characters in the claims' casefolded quotes → the positions of the claims holding it;
        built on the first search, since most listings never search."""
        with self._lock:
            if self._words is None:
                runs: dict[str, list[int]] = {}
                for position, claim in enumerate(self.claims):
                    text = " ".join(evidence["quote"] for evidence in claim["evidence"]).casefold()
                    for run in set(_WORD.findall(text)):
                        runs.setdefault(run, []).append(position)
                self._words = runs
            return self._words
