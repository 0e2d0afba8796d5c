"""How a claim reads to a person: its statement in words, its figure, its type's short tag, and the page of
each thing it names. The wording per type is data (one phrase each); the figures come from ``compare.py``'s
``format_value``, the same the trace's summary uses, so a page and the JSON's summary never disagree."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from claimgraph.query.compare import format_value

# {s} subject, {o} object, {v} figure; a phrase without {o} ignores the object, one without {v} has no figure.
PHRASES: dict[str, str] = {
    "MarketShare": "{s} holds {v} of {o}",
    "MarketSize": "{s} is worth {v}",
    "GrowthRate": "{s} grows by {v}",
    "Revenue": "{s} has revenue of {v}",
    "Spending": "{s} spends {v} on {o}",
    "PriceChange": "{s} changes the price of {o} by {v}",
    "CostPerformance": "{s} delivers {v} of {o}",
    "Capacity": "{s} has a capacity of {v}",
    "SanctionEffect": "{s} affects {o} ({e})",
    "Develops": "{s} develops {o}",
    "Offers": "{s} offers {o}",
    "CustomerOf": "{s} is a customer of {o}",
    "SubsidiaryOf": "{s} is a subsidiary of {o}",
    "BuiltOn": "{s} is built on {o}",
    "OperatesIn": "{s} operates in {o}",
}
# A tag per type, printed beside every highlight so that the type never rests on colour alone.
TYPE_ABBREVIATIONS: dict[str, str] = {
    "MarketShare": "SH", "MarketSize": "SZ", "GrowthRate": "GR", "Revenue": "RV", "Spending": "SP",
    "PriceChange": "PC", "CostPerformance": "CP", "Capacity": "CA", "SanctionEffect": "SE", "Develops": "DV",
    "Offers": "OF", "CustomerOf": "CU", "SubsidiaryOf": "SU", "BuiltOn": "BO", "OperatesIn": "OI",
}  # fmt: skip


def figure(claim: dict[str, Any]) -> str:
    """The value as a reader writes it (13%, 16.5–18%, 3x), with what it measures; empty for relations."""
    if claim.get("value") is None:
        return ""
    text = format_value(claim)
    return f"{text} ({claim['measure']})" if claim.get("measure") else text


def statement(claim: dict[str, Any]) -> str:
    """The claim in words: "Alibaba Cloud holds 35.8% of China AI cloud market, in 2025 — negated" etc."""
    phrase = PHRASES.get(claim["type"], "{s} " + claim["type"] + " {o}")
    subject = (claim.get("subject") or {}).get("label") or "something"
    target = (claim.get("object") or {}).get("label")
    if "{o}" in phrase and not target:
        phrase = phrase.replace(" of {o}", "").replace(" on {o}", "").replace(" {o}", "")
    text = phrase.format(s=subject, o=target or "", v=figure(claim) or "an unstated figure", e=claim.get("effect"))
    if claim.get("time"):
        text += f", in {claim['time']}"
    if claim.get("modality") == "negated":
        text = f"Not so: {text}"
    return text


def key_of(iri: str) -> str:
    """The last path segment of an IRI: an entity's key, a source's id."""
    return iri.rstrip("/").rsplit("/", 1)[-1]


def claim_page(claim_id: str) -> str:
    """The page of a claim, from its IRI ``<base>claim/{source}/{key}``."""
    source_id, key = claim_id.rstrip("/").rsplit("/", 2)[-2:]
    return f"/ui/claims/{source_id}/{key}"


def entity_page(entity: dict[str, Any] | str | None) -> str:
    iri = entity if isinstance(entity, str) else (entity or {}).get("id", "")
    return "/ui/entities/" + quote(key_of(iri), safe="")


def source_page(source: dict[str, Any] | str) -> str:
    """A source's page; its id keeps the percent escapes its IRI has (``source/50%25``)."""
    iri = source if isinstance(source, str) else source["id"]
    return "/ui/sources/" + key_of(iri)


def page_for_iri(iri: str, base: str) -> str:
    """Where a person should go for an IRI: our page for a claim, entity or source of this graph, else the IRI."""
    path = iri.removeprefix(base) if iri.startswith(base) else None
    if path is None:
        return iri
    kind, _, rest = path.partition("/")
    if kind == "claim" and rest.count("/") == 1:
        return "/ui/claims/" + rest
    if kind in ("entity", "source") and rest and "/" not in rest:
        return f"/ui/{kind.replace('entity', 'entities').replace('source', 'sources')}/{rest}"
    return iri
