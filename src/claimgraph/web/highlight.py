"""A source's text cut into runs at every evidence boundary, each run with the claims whose evidence covers it,
so a template can mark every extracted claim in place even where spans overlap (a figure inside a relation's
sentence). Pure: text and claims in, runs out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Run:
    text: str
    start: int
    claims: tuple[dict[str, Any], ...] = ()  # the covering claims, the one this run links to first
    anchors: tuple[str, ...] = ()  # ids of the evidence spans that begin here: "ev-1306-1327"


def runs(text: str, claims: list[dict[str, Any]], source_id: str) -> list[Run]:
    """``text`` as consecutive runs; evidence of other sources (a claim stated across versions) is ignored."""
    spans = [
        (e["start"], e["end"], claim)
        for claim in claims
        for e in claim["evidence"]
        if e["source"]["id"] == source_id and 0 <= e["start"] < e["end"] <= len(text)
    ]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    found: list[Run] = []
    linked: set[str] = set()
    for begin, end in zip(cuts, cuts[1:], strict=False):
        # A run links to one claim: the shortest covering one not linked yet, so that a figure inside a
        # relation's sentence and the relation both get a link somewhere.
        covering = sorted(
            (claim["id"] in linked, e - s, claim["id"], claim) for s, e, claim in spans if s <= begin and end <= e
        )
        unique = {claim_id: claim for _, _, claim_id, claim in covering}
        if unique:
            linked.add(next(iter(unique)))
        anchors = tuple(sorted({f"ev-{s}-{e}" for s, e, _ in spans if s == begin}))
        found.append(Run(text[begin:end], begin, tuple(unique.values()), anchors))
    return found


def types_present(claims: list[dict[str, Any]]) -> list[str]:
    """The claim types of a text in a stable order, for its legend."""
    return sorted({claim["type"] for claim in claims})
