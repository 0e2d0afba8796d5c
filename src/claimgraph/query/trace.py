"""The fact-checker's view of one claim: where it is stated, who else says the same or otherwise, how many
independent origins stand behind it, and where it appeared first.

``trace`` compares the claim with every claim of the same type and subject in *other* sources (rules in
``compare.py``), looked up in the claims' index (``claim_index.py``) rather than found among all claims. Sources
that attribute the figure to the same party (``prov:wasAttributedTo``, e.g. three articles citing Omdia) are one
origin; a source that attributes it to nobody is an origin of its own. The first appearance is the earliest
source stating the claim by publication date (the ``date`` of its metadata, from the article or its sidecar)
when any of them has one, else by ingest time; ``basis`` says which was used.
``revisions`` says whether a later version of the source changed or dropped the claim (a superseded claim can
be traced too; it is compared with the current claims of other sources).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from claimgraph.errors import NotFoundError
from claimgraph.graph.namespaces import Iris
from claimgraph.query.claims import ClaimJson, claim_index, read_claims
from claimgraph.query.compare import (
    CONTRADICTS,
    CORROBORATES,
    MEASURES_OTHER,
    PERCENT_POINTS_TOLERANCE,
    RELATIVE_TOLERANCE,
    TOLERANCE_RULE,
    Comparison,
    comparable,
    compare,
    format_value,
)
from claimgraph.query.periods import period_bounds
from claimgraph.query.revisions import claim_history
from claimgraph.query.sources import (
    SourceJson,
    evidence_in_context,
    read_source_metadata,
    read_source_text,
    read_sources_metadata,
)
from claimgraph.store import Store

TraceJson = dict[str, Any]
PUBLICATION_DATE = "publication date"
INGEST_TIME = "ingest time"


def claim_iri(iris: Iris, source_id: str, claim_key: str) -> str:
    """A claim's IRI from the two path segments that name it in the API: ``/claims/{source_id}/{claim_key}``."""
    return f"{iris.base}claim/{source_id}/{claim_key}"


def read_claim(store: Store, iris: Iris, iri: str) -> ClaimJson:
    # The current claim if there is one; else the superseded one: an IRI keeps dereferencing after an edit.
    found = read_claims(store, iris, claim_iri=iri) or read_claims(store, iris, claim_iri=iri, include_superseded=True)
    if not found:
        raise NotFoundError(
            f"no claim {iri[:300]!r}", hint="GET /claims lists them; ids are the claim IRI's last two segments"
        )
    return found[0]


def read_claim_in_context(store: Store, iris: Iris, iri: str) -> ClaimJson:
    """One claim whose evidence carries the sentence around each span and text before and after it."""
    claim = read_claim(store, iris, iri)
    return {**claim, "evidence": evidence_in_context(claim, _texts(store, iris, [claim]))}


def trace(store: Store, iris: Iris, iri: str) -> TraceJson:
    traced = read_claim(store, iris, iri)
    same = {"type": traced["type"], "subject": traced["subject"]["id"]}
    index = claim_index(store, iris, wanted=same)
    neighbours = index.claims_at(index.matching(same) or ())
    home = _source_of(traced)
    wanted = {home, *(_source_of(claim) for claim in neighbours)}
    sources = read_sources_metadata(store, iris, wanted)  # current versions only: superseded claims are not compared
    if home not in sources:  # the traced claim is itself superseded: its source is an earlier version
        version = home.removeprefix(str(iris.source("")))
        sources = {**sources, **read_source_metadata(store, iris, version, earlier_versions=True)}
    related: dict[str, list[tuple[ClaimJson, Comparison]]] = defaultdict(list)
    for other in neighbours:
        if _source_of(other) != home and _source_of(other) in sources and comparable(traced, other):
            comparison = compare(traced, other)
            related[comparison.relation].append((other, comparison))
    stating = [traced] + [claim for claim, _ in related[CORROBORATES]]
    texts = _texts(store, iris, stating)
    origins = _origins(stating, sources)
    return {
        "claim": traced,
        "summary": _summary(traced, stating, origins, related),
        "tolerance": {
            "rule": TOLERANCE_RULE,
            "percentage_points": PERCENT_POINTS_TOLERANCE,
            "relative": RELATIVE_TOLERANCE,
        },
        "appearances": [_appearance(claim, sources, texts) for claim in stating],
        "corroborating": [_related(c, comparison, sources) for c, comparison in related[CORROBORATES]],
        "contradicting": [_related(c, comparison, sources) for c, comparison in related[CONTRADICTS]],
        "measures_other": [_related(c, comparison, sources) for c, comparison in related[MEASURES_OTHER]],
        "origins": origins,
        "first_appearance": _first_appearance(stating, sources),
        "revisions": claim_history(store, iris, iri),
    }


def _source_of(claim: ClaimJson) -> str:
    return str(claim["evidence"][0]["source"]["id"])


def _texts(store: Store, iris: Iris, claims: list[ClaimJson]) -> dict[str, str]:
    prefix = str(iris.source(""))
    wanted = {e["source"]["id"] for claim in claims for e in claim["evidence"]}
    return {iri: read_source_text(store, iris, iri.removeprefix(prefix)) or "" for iri in wanted}


def _source(claim: ClaimJson, sources: dict[str, SourceJson]) -> SourceJson:
    iri = _source_of(claim)
    return sources.get(iri) or {"id": iri, "file": claim["evidence"][0]["source"]["file"]}


def _appearance(claim: ClaimJson, sources: dict[str, SourceJson], texts: dict[str, str]) -> dict[str, Any]:
    return {
        "claim_id": claim["id"],
        "source": _source(claim, sources),
        "attributed_to": claim["attributed_to"],
        "value": claim["value"],
        "value_max": claim["value_max"],
        "unit": claim["unit"],
        "time": claim["time"],
        "modality": claim["modality"],
        "evidence": evidence_in_context(claim, texts),
    }


def _related(claim: ClaimJson, comparison: Comparison, sources: dict[str, SourceJson]) -> dict[str, Any]:
    return {
        "claim": claim,
        "source": _source(claim, sources),
        "reasons": list(comparison.reasons),
        "difference": comparison.difference,
    }


def _origins(stating: list[ClaimJson], sources: dict[str, SourceJson]) -> list[dict[str, Any]]:
    """Claims grouped by whom they are attributed to; an unattributed source stands for itself."""
    groups: dict[str, dict[str, Any]] = {}
    for claim in stating:
        source = _source(claim, sources)
        party = claim["attributed_to"]
        key = party["id"] if party else source["id"]
        label = party["label"] if party else (source.get("publisher") or source.get("title") or source["file"])
        group = groups.setdefault(key, {"attributed_to": party, "label": label, "sources": [], "claims": []})
        if source["id"] not in group["sources"]:
            group["sources"].append(source["id"])
        group["claims"].append(claim["id"])
    return list(groups.values())


def _first_appearance(stating: list[ClaimJson], sources: dict[str, SourceJson]) -> dict[str, Any]:
    unique = {s["id"]: s for s in (_source(claim, sources) for claim in stating)}.values()
    dated = [(bounds[0], s) for s in unique if (bounds := period_bounds(s.get("date")))]
    undated = [s["id"] for s in unique if not period_bounds(s.get("date"))]
    if dated:
        _, first = min(dated, key=lambda pair: (pair[0], pair[1]["file"]))
        return {"source": first, "date": first["date"], "basis": PUBLICATION_DATE, "undated_sources": undated}
    first = min(unique, key=lambda s: (s.get("ingested") or "", s["file"]))
    return {"source": first, "date": first.get("ingested"), "basis": INGEST_TIME, "undated_sources": undated}


def _summary(
    traced: ClaimJson,
    stating: list[ClaimJson],
    origins: list[dict[str, Any]],
    related: dict[str, list[tuple[ClaimJson, Comparison]]],
) -> str:
    """One line: "stated in 2 sources tracing back to 1 origin, Omdia; 1 source gives 13.1% instead of 13%; …"."""
    sources = len({_source_of(claim) for claim in stating})
    names = ", ".join(origin["label"] for origin in origins)
    parts = [f"stated in {_count(sources, 'source')} tracing back to {_count(len(origins), 'origin')}, {names}"]
    variants: dict[str, set[str]] = defaultdict(set)
    for claim, comparison in related[CORROBORATES]:
        if comparison.difference and comparison.difference["absolute"]:
            variants[format_value(claim)].add(_source_of(claim))
    for value, where in sorted(variants.items()):
        parts.append(f"{_count(len(where), 'source')} {_verb(len(where))} {value} instead of {format_value(traced)}")
    contradicting = related[CONTRADICTS]
    if contradicting:
        details = ", ".join(sorted({_contradiction(claim) for claim, _ in contradicting}))
        n = len({_source_of(claim) for claim, _ in contradicting})
        parts.append(f"{_count(n, 'source')} {'contradicts' if n == 1 else 'contradict'} it ({details})")
    if related[MEASURES_OTHER]:
        n = len(related[MEASURES_OTHER])
        parts.append(f"{_count(n, 'similar claim')} {'measures' if n == 1 else 'measure'} something else")
    return "; ".join(parts)


def _contradiction(claim: ClaimJson) -> str:
    text = "negated" if claim["modality"] == "negated" else format_value(claim)
    return f"{text}, {claim['attributed_to']['label']}" if claim["attributed_to"] else text


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _verb(n: int) -> str:
    return "gives" if n == 1 else "give"
