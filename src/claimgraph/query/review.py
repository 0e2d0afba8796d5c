"""A claim's trace as a schema.org ``ClaimReview`` in JSON-LD, the format fact-check aggregators read.

The claim is a ``schema:Claim`` (and an instance of its claimgraph class), each source stating it a
``schema:appearance``, the earliest one ``schema:firstAppearance``, the cited party the claim's ``author``.
``reviewRating`` is left empty: the verdict is the fact-checker's. schema.org has no relation between two claims,
so corroborating and contradicting claims use ``cg:corroborates`` and ``cg:contradicts`` from our ontology (both
symmetric; the trace's tolerance rules decide them, they are not stored in the graph).
"""

from __future__ import annotations

from typing import Any

from claimgraph.graph.namespaces import CG, Iris
from claimgraph.query.trace import TraceJson, trace
from claimgraph.store import Store

CORROBORATES = CG.corroborates
CONTRADICTS = CG.contradicts
CONTEXT: dict[str, Any] = {
    "@vocab": "https://schema.org/",
    "cg": str(CG),
    "corroborates": {"@id": str(CORROBORATES), "@type": "@id"},
    "contradicts": {"@id": str(CONTRADICTS), "@type": "@id"},
}


def review_claim(store: Store, iris: Iris, iri: str) -> dict[str, Any]:
    """The ClaimReview of one claim, from its trace."""
    return claim_review(trace(store, iris, iri))


def claim_review(trace: TraceJson) -> dict[str, Any]:
    claim = trace["claim"]
    appearances = [_creative_work(appearance["source"]) for appearance in trace["appearances"]]
    quote = claim["evidence"][0]["quote"] if claim["evidence"] else ""
    reviewed: dict[str, Any] = {
        "@id": claim["id"],
        "@type": ["Claim", f"cg:{claim['type']}"],
        "name": quote,
        "appearance": appearances,
        "firstAppearance": _creative_work(trace["first_appearance"]["source"]),
        "corroborates": [related["claim"]["id"] for related in trace["corroborating"]],
        "contradicts": [related["claim"]["id"] for related in trace["contradicting"]],
    }
    if claim["attributed_to"]:
        reviewed["author"] = {"@id": claim["attributed_to"]["id"], "@type": "Organization",
                              "name": claim["attributed_to"]["label"]}  # fmt: skip
    if claim["time"]:
        reviewed["temporalCoverage"] = claim["time"]
    return {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "claimReviewed": quote,
        "itemReviewed": reviewed,
        "reviewBody": trace["summary"],
        "reviewRating": {"@type": "Rating"},  # left for the fact-checker: ratingValue, alternateName, ...
    }


def _creative_work(source: dict[str, Any]) -> dict[str, Any]:
    work: dict[str, Any] = {"@id": source["id"], "@type": "Article"}
    for key, name in (("title", "headline"), ("date", "datePublished"), ("url", "url"), ("author", "author")):
        if source.get(key):
            work[name] = source[key]
    if source.get("publisher"):
        work["publisher"] = {"@type": "Organization", "name": source["publisher"]}
    return work
