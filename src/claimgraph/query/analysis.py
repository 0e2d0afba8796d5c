"""The claims as a network, for questions SPARQL answers badly: how two companies are connected, which entities
are central, and the whole graph for Gephi or Cytoscape. The only module that imports networkx.

The view is a ``MultiDiGraph``: entities that take part in a claim are nodes (keyed by IRI, with label, key and
types), every claim with an object is an edge subject → object keyed by the claim's IRI, carrying its type,
value, unit, period, source article and confidence. It is built from a few SELECTs once per store generation
(``cache.derived``) and shared by every request until the store changes; paths and centrality run on an
undirected simple projection (one edge per pair of entities, ``weight`` = the number of claims linking them),
because a connection is a connection whichever way the claim reads, and networkx's k-shortest-paths needs a
simple graph.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from itertools import islice
from typing import Any

import networkx as nx

from claimgraph.errors import InputError
from claimgraph.graph.namespaces import CG, UNIT, Iris
from claimgraph.query.cache import derived
from claimgraph.query.claims_named import read_named_claims
from claimgraph.query.entities import EntityIndex, entity_index
from claimgraph.query.graph_formats import EXPORT_FORMATS
from claimgraph.query.queries import load_query
from claimgraph.query.rows import plain_rows
from claimgraph.records import CLAIM_TYPES
from claimgraph.store import Store

MEASURES = ("pagerank", "degree", "betweenness")
# Exact betweenness is O(nodes × edges); past this many nodes it is estimated from this many sampled sources
# (fixed seed, so the same store always gives the same ranking) and the answer says it is approximate.
BETWEENNESS_EXACT_MAX = 2_000
BETWEENNESS_SAMPLES = 500
MAX_NEIGHBOURS = 2_000


def graph_view(store: Store, iris: Iris) -> nx.MultiDiGraph:
    """The claims network of the store, rebuilt only after the store has changed. Callers must not modify it."""
    return derived(store, ("graph-view", iris.base), lambda s: build_view(s, iris))


def build_view(store: Store, iris: Iris) -> nx.MultiDiGraph:
    index = entity_index(store, iris)
    view = nx.MultiDiGraph()
    for row in plain_rows(store, load_query("graph_edges")):
        subject = str(row["subject"])
        _add_node(view, index, subject)
        view.nodes[subject]["claims"] += 1
        if "object" not in row or str(row["object"]) == subject:
            continue
        target = str(row["object"])
        _add_node(view, index, target)
        view.nodes[target]["claims"] += 1
        claim = str(row["claim"])
        edge: dict[str, Any] = {
            "claim": claim,
            "type": str(row["type"]).removeprefix(str(CG)),
            "article": str(row["source"]),  # not "source": node-link JSON names an edge's first end so
            "confidence": float(row["confidence"]),
        }
        if "value" in row:
            edge["value"] = float(row["value"])
        if "unit" in row:
            edge["unit"] = str(row["unit"]).removeprefix(str(UNIT))
        if "time" in row:
            edge["time"] = str(row["time"])
        view.add_edge(subject, target, key=claim, **edge)
    return view


def _add_node(view: nx.MultiDiGraph, index: EntityIndex, iri: str) -> None:
    if iri in view:
        return
    record = index.by_iri.get(iri)
    label = record.label if record else iri.rsplit("/", 1)[-1]
    key = record.key if record else iri
    view.add_node(iri, label=label, key=key, types=" ".join(record.types) if record else "", claims=0)


def projection(store: Store, iris: Iris, claim_type: str | None = None) -> nx.Graph:
    """The undirected simple graph of entity pairs (``weight`` = claims linking them), of one claim type or all."""
    _check_type(claim_type)

    def build(s: Store) -> nx.Graph:
        view = graph_view(s, iris)
        simple = nx.Graph()
        simple.add_nodes_from(view.nodes(data=True))
        for subject, target, data in view.edges(data=True):
            if claim_type is not None and data["type"] != claim_type:
                continue
            if simple.has_edge(subject, target):
                simple[subject][target]["weight"] += 1
            else:
                simple.add_edge(subject, target, weight=1)
        if claim_type is not None:
            simple.remove_nodes_from([n for n in list(simple) if simple.degree(n) == 0])
        return simple

    return derived(store, ("projection", iris.base, claim_type), build)


def neighbours(store: Store, iris: Iris, iri: str, depth: int = 1) -> dict[str, Any]:
    """Entities within ``depth`` hops (1..3) of ``iri`` through claims, nearest first, and the claims among them."""
    if not 1 <= depth <= 3:
        raise InputError("depth must be 1, 2 or 3")
    view, simple = graph_view(store, iris), projection(store, iris)
    distances = nx.single_source_shortest_path_length(simple, iri, cutoff=depth) if iri in simple else {iri: 0}
    ranked = sorted(distances.items(), key=lambda item: (item[1], _label(simple, item[0]), item[0]))
    kept = dict(ranked[: MAX_NEIGHBOURS + 1])
    nodes = [{**_node(view, node), "distance": distance} for node, distance in kept.items() if node != iri]
    edges = [
        _edge(subject, target, data)
        for subject, target, data in view.subgraph(kept).edges(data=True)
        if min(kept[subject], kept[target]) < depth
    ]
    edges.sort(key=lambda e: (kept[e["subject"]] + kept[e["object"]], e["type"], e["claim"]))
    return {"depth": depth, "nodes": nodes, "edges": edges, "truncated": len(distances) > len(kept)}


def find_paths(
    store: Store, iris: Iris, source: str, target: str, *, max_hops: int = 4, k: int = 3
) -> list[dict[str, Any]]:
    """Up to ``k`` shortest simple paths of at most ``max_hops`` claims between two entity IRIs, shortest first
    (Yen's algorithm, ``nx.shortest_simple_paths``); each hop lists every claim linking its two entities, with
    evidence, best-supported first. No path is an empty list, not an error."""
    if source == target:
        raise InputError("a path needs two different entities")
    if not 1 <= max_hops <= 6 or not 1 <= k <= 10:
        raise InputError("max_hops must be 1..6 and k 1..10")
    view, simple = graph_view(store, iris), projection(store, iris)
    if source not in simple or target not in simple:
        return []
    found = list(islice(_within(nx.shortest_simple_paths(simple, source, target), max_hops), k))
    linking_edges = {key: data for path in found for u, v in zip(path, path[1:], strict=False)
                     for key, data in _linking(view, u, v)}  # fmt: skip
    claims = read_named_claims(store, iris, set(linking_edges))
    results = []
    for path in found:
        hops = []
        for u, v in zip(path, path[1:], strict=False):
            linking = [claims[key] for key, _ in _linking(view, u, v) if key in claims]
            linking.sort(key=lambda c: (-(c["confidence"] or 0), -len(c["evidence"]), c["id"]))
            hops.append({"from": _node(view, u), "to": _node(view, v), "claims": linking})
        results.append({"length": len(path) - 1, "entities": [_node(view, n) for n in path], "hops": hops})
    return results


def _within(paths: Iterator[list[str]], max_hops: int) -> Iterator[list[str]]:
    """Paths come shortest first, so the first one too long ends the search (Yen's would go on for ever)."""
    try:
        for path in paths:
            if len(path) - 1 > max_hops:
                return
            yield path
    except nx.NetworkXNoPath:
        return


def _linking(view: nx.MultiDiGraph, u: str, v: str) -> list[tuple[str, dict[str, Any]]]:
    """The claims between two entities, either way round, as (claim IRI, edge data)."""
    both = [*view.get_edge_data(u, v, default={}).items(), *view.get_edge_data(v, u, default={}).items()]
    return sorted(both, key=lambda item: item[0])


def centrality(
    store: Store, iris: Iris, measure: str = "pagerank", *, claim_type: str | None = None, limit: int = 20
) -> dict[str, Any]:
    """Entities ranked by ``measure`` on the undirected projection (of one claim type, or all): ``degree`` is the
    share of other entities linked to, ``betweenness`` the share of shortest paths through the entity (both
    normalised as networkx does), ``pagerank`` weights each link by its number of claims."""
    if measure not in MEASURES:
        raise InputError(f"unknown measure {measure[:40]!r}", hint="one of " + ", ".join(MEASURES))
    simple = projection(store, iris, claim_type)
    scores, approximate = derived(
        store, ("centrality", iris.base, measure, claim_type), lambda _: _scores(simple, measure)
    )
    ranked = sorted(scores.items(), key=lambda item: (-item[1], simple.nodes[item[0]]["label"], item[0]))[:limit]
    items = [{"rank": rank, "score": score, **_node(simple, iri)} for rank, (iri, score) in enumerate(ranked, 1)]
    return {
        "measure": measure,
        "type": claim_type,
        "nodes": simple.number_of_nodes(),
        "edges": simple.number_of_edges(),
        "approximate": approximate,
        "items": items,
    }


def _scores(simple: nx.Graph, measure: str) -> tuple[dict[str, float], bool]:
    if measure == "degree":
        return nx.degree_centrality(simple), False
    if measure == "betweenness":
        n = simple.number_of_nodes()
        sample = BETWEENNESS_SAMPLES if n > BETWEENNESS_EXACT_MAX else None
        return nx.betweenness_centrality(simple, k=sample, seed=0 if sample else None), sample is not None
    return (nx.pagerank(simple, weight="weight") if simple.number_of_nodes() else {}), False


def export_graph(store: Store, iris: Iris, output_format: str, *, claim_type: str | None = None) -> bytes:
    """The view (or its edges of one claim type) as GraphML, GEXF 1.2 or node-link JSON; edges keep their claim
    IRIs (as GraphML edge ids and as a ``claim`` attribute in every format)."""
    if output_format not in EXPORT_FORMATS:
        raise InputError(f"unknown graph format {output_format[:40]!r}", hint="one of " + ", ".join(EXPORT_FORMATS))
    _check_type(claim_type)
    view = graph_view(store, iris)
    if claim_type is not None:
        view = view.edge_subgraph([(u, v, k) for u, v, k, t in view.edges(keys=True, data="type") if t == claim_type])
    if output_format == "graphml":
        buffer = io.BytesIO()
        nx.write_graphml(view, buffer, encoding="utf-8")
        return buffer.getvalue()
    if output_format == "gexf":
        buffer = io.BytesIO()
        nx.write_gexf(view, buffer, encoding="utf-8")
        return buffer.getvalue()
    return json.dumps(nx.node_link_data(view, edges="edges"), ensure_ascii=False).encode("utf-8")


def view_size(store: Store, iris: Iris) -> dict[str, int]:
    view = graph_view(store, iris)
    return {"nodes": view.number_of_nodes(), "edges": view.number_of_edges()}


def _label(graph: nx.Graph, iri: str) -> str:
    return str(graph.nodes[iri]["label"]) if iri in graph else ""


def _node(graph: nx.Graph, iri: str) -> dict[str, Any]:
    data = graph.nodes[iri]
    return {"id": iri, "key": data["key"], "label": data["label"], "types": data["types"].split()}


def _edge(subject: str, target: str, data: dict[str, Any]) -> dict[str, Any]:
    return {
        "claim": data["claim"],
        "type": data["type"],
        "subject": subject,
        "object": target,
        "value": data.get("value"),
        "unit": data.get("unit"),
        "time": data.get("time"),
        "source": data["article"],
    }


def _check_type(claim_type: str | None) -> None:
    if claim_type is not None and claim_type not in CLAIM_TYPES:
        raise InputError(f"unknown claim type {claim_type[:80]!r}", hint="one of " + ", ".join(CLAIM_TYPES))
