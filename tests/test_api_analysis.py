"""/paths, /graph/central, /graph/export and /markets/{id}/shares over real HTTP. The expected numbers are worked
out by hand from the picture in graph_data.py (the arithmetic is in the comments), never by asking networkx."""

from __future__ import annotations

import io
import json

import httpx
import networkx as nx
import pytest

from claimgraph.graph.namespaces import Iris
from claimgraph.query.analysis import build_view
from graph_server import GraphApi, corpus_api, small_api  # noqa: F401

pytestmark = pytest.mark.backends  # the store-backed tests run on every backend (store_servers.py)

PROBLEM = "application/problem+json"


def get(api: GraphApi, path: str, **params: object) -> httpx.Response:
    return httpx.get(api.url + path, params=params, timeout=60)


def scores(api: GraphApi, **params: object) -> dict[str, float]:
    body = get(api, "/graph/central", limit=100, **params).json()
    return {item["key"]: item["score"] for item in body["items"]}


def test_paths_between_two_entities_linked_only_through_a_third(small_api: GraphApi) -> None:  # noqa: F811
    body = get(small_api, "/paths", **{"from": "lumen-ai", "to": "larkspur-cloud", "max_hops": 2}).json()
    assert [[e["key"] for e in path["entities"]] for path in body["paths"]] == [
        ["lumen-ai", "hubble-holdings", "larkspur-cloud"]
    ]
    first, second = body["paths"][0]["hops"]
    # Lumen AI and Hubble are linked by two claims (CustomerOf, Spending): the hop carries both, with evidence.
    assert sorted(claim["type"] for claim in first["claims"]) == ["CustomerOf", "Spending"]
    assert {claim["evidence"][0]["quote"] for claim in first["claims"]} == {
        "Lumen AI is a customer of Hubble Holdings.",
        "Lumen AI spent $5 million with Hubble in 2025.",
    }
    assert [claim["type"] for claim in second["claims"]] == ["CustomerOf"]
    assert second["claims"][0]["subject"]["label"] == "Larkspur Cloud"  # the claim reads against the path


def test_paths_k_shortest_come_shortest_first(small_api: GraphApi) -> None:  # noqa: F811
    body = get(small_api, "/paths", **{"from": "lumen-ai", "to": "larkspur-cloud", "max_hops": 6, "k": 3}).json()
    # 2 hops via Hubble; 4 via Hubble, Lattice, Tessera; 5 via Hubble, Quill, Lattice, Tessera.
    assert [[e["key"] for e in path["entities"]] for path in body["paths"]] == [
        ["lumen-ai", "hubble-holdings", "larkspur-cloud"],
        ["lumen-ai", "hubble-holdings", "lattice-models", "tessera", "larkspur-cloud"],
        ["lumen-ai", "hubble-holdings", "quill-market", "lattice-models", "tessera", "larkspur-cloud"],
    ]
    assert [path["length"] for path in body["paths"]] == [2, 4, 5]


def test_paths_accept_labels_and_answer_empty_when_too_far(small_api: GraphApi) -> None:  # noqa: F811
    body = get(small_api, "/paths", **{"from": "Lumen AI", "to": "Tessera", "max_hops": 2}).json()
    assert body["from"]["key"] == "lumen-ai" and body["paths"] == []  # the shortest is 3 hops
    # Two of 3 hops: through Hubble and then Lattice or Larkspur.
    assert len(get(small_api, "/paths", **{"from": "Lumen AI", "to": "Tessera", "max_hops": 3}).json()["paths"]) == 2


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"from": "nobody", "to": "tessera"}, 404),
        ({"from": "tessera", "to": "nobody"}, 404),
        ({"from": "tessera", "to": "tessera"}, 400),
        ({"from": "tessera", "to": "lumen-ai", "max_hops": 7}, 400),
        ({"from": "tessera", "to": "lumen-ai", "k": 0}, 400),
        ({"from": "tessera"}, 400),
    ],
)
def test_paths_bad_requests_are_problems(small_api: GraphApi, params: dict[str, object], status: int) -> None:  # noqa: F811
    response = get(small_api, "/paths", **params)
    assert response.status_code == status and response.headers["content-type"] == PROBLEM


def test_central_degree_on_the_whole_graph(small_api: GraphApi) -> None:  # noqa: F811
    # 6 entities; degree / (6 - 1): Hubble links Lumen, Larkspur, Lattice, Quill; Lattice links Hubble, Tessera,
    # Quill; Larkspur, Tessera and Quill two each; Lumen one.
    assert scores(small_api, measure="degree") == pytest.approx(
        {
            "hubble-holdings": 0.8,
            "lattice-models": 0.6,
            "larkspur-cloud": 0.4,
            "tessera": 0.4,
            "quill-market": 0.4,
            "lumen-ai": 0.2,
        }  # fmt: skip
    )


def test_central_betweenness_of_one_claim_type(small_api: GraphApi) -> None:  # noqa: F811
    # CustomerOf is a star: every path between two of its three leaves runs through Hubble → 3/3 = 1.
    assert scores(small_api, measure="betweenness", type="CustomerOf") == pytest.approx(
        {"hubble-holdings": 1.0, "lumen-ai": 0.0, "larkspur-cloud": 0.0, "lattice-models": 0.0}
    )
    # Develops is the chain Lattice – Tessera – Larkspur: its one path between ends runs through Tessera.
    assert scores(small_api, measure="betweenness", type="Develops") == pytest.approx(
        {"tessera": 1.0, "lattice-models": 0.0, "larkspur-cloud": 0.0}
    )


def test_central_pagerank_of_the_star(small_api: GraphApi) -> None:  # noqa: F811
    # Star, 4 nodes, α = 0.85: hub h = 0.15/4 + 0.85·3l, leaf l = 0.15/4 + 0.85·h/3 → h = 0.47973, l = 0.17342.
    body = get(small_api, "/graph/central", measure="pagerank", type="CustomerOf").json()
    assert body["items"][0]["key"] == "hubble-holdings" and body["items"][0]["rank"] == 1
    assert {i["key"]: i["score"] for i in body["items"]} == pytest.approx(
        {"hubble-holdings": 0.47973, "lumen-ai": 0.17342, "larkspur-cloud": 0.17342, "lattice-models": 0.17342},
        abs=1e-4,
    )
    assert (body["nodes"], body["edges"], body["approximate"]) == (4, 3, False)


@pytest.mark.parametrize("params", [{"measure": "closeness"}, {"type": "Friendship"}, {"limit": 0}])
def test_central_bad_parameters_are_400(small_api: GraphApi, params: dict[str, object]) -> None:  # noqa: F811
    response = get(small_api, "/graph/central", **params)
    assert response.status_code == 400 and response.headers["content-type"] == PROBLEM


def _edges(graph: nx.MultiDiGraph) -> list[tuple[str, str, str, dict[str, object]]]:
    return sorted((str(u), str(v), str(k), dict(d)) for u, v, k, d in graph.edges(keys=True, data=True))


def test_export_graphml_reads_back_identical(small_api: GraphApi) -> None:  # noqa: F811
    response = get(small_api, "/graph/export", format="graphml")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/graphml+xml")
    read = nx.read_graphml(io.BytesIO(response.content), edge_key_type=str, force_multigraph=True)
    view = build_view(small_api.store, Iris(small_api.base))
    assert sorted(read.nodes(data=True)) == sorted(view.nodes(data=True))
    assert _edges(read) == _edges(view)
    # The claim IRIs are the edge ids, and 10 claims have an object: every one is an edge.
    assert len(_edges(read)) == 10 and all(k.startswith(small_api.base + "claim/s") for _, _, k, _ in _edges(read))


def test_export_gexf_and_node_link_keep_claim_ids(small_api: GraphApi) -> None:  # noqa: F811
    view = build_view(small_api.store, Iris(small_api.base))
    claims = {k for _, _, k in view.edges(keys=True)}
    gexf = nx.read_gexf(io.BytesIO(get(small_api, "/graph/export", format="gexf").content))
    assert {d["claim"] for *_, d in gexf.edges(data=True)} == claims
    assert {d["label"] for _, d in gexf.nodes(data=True)} >= {"Hubble Holdings", "Tessera"}
    data = json.loads(get(small_api, "/graph/export", format="node-link").content)
    linked = nx.node_link_graph(data, edges="edges")
    assert _edges(linked) == _edges(view)
    only = nx.read_graphml(io.BytesIO(get(small_api, "/graph/export", format="graphml", type="Develops").content))
    assert sorted(d["type"] for *_, d in only.edges(data=True)) == ["Develops", "Develops"]
    assert get(small_api, "/graph/export", format="dot").status_code == 400


def test_market_shares_board_by_company_source_and_period(small_api: GraphApi) -> None:  # noqa: F811
    board = get(small_api, "/markets/quill-market/shares").json()
    assert board["claims"] == 4
    hubble, lattice = board["companies"]
    assert hubble["company"]["key"] == "hubble-holdings"
    assert [(s["value"], s["period"], s["source"]["title"]) for s in hubble["shares"]] == [
        (30, "2025", "Report s1"),
        (34, "2025", "Report s2"),
    ]
    # Two sources for Hubble in 2025 disagree by 4 points; Lattice's two figures are for different years.
    assert hubble["spread"] == pytest.approx(4.0) and hubble["periods"][0]["sources"] == 2
    assert lattice["spread"] is None and [p["period"] for p in lattice["periods"]] == ["2024", "2025"]
    assert get(small_api, "/markets/tessera/shares").json()["companies"] == []
    missing = get(small_api, "/markets/nowhere/shares")
    assert missing.status_code == 404 and missing.headers["content-type"] == PROBLEM


def test_view_follows_the_store_generation(small_api: GraphApi) -> None:  # noqa: F811
    from claimgraph.query.analysis import graph_view

    iris = Iris(small_api.base)
    first = graph_view(small_api.store, iris)
    # Built once while nothing changes; a remote store can be written by others, so nothing is kept from it.
    kept = small_api.store.generation is not None
    assert kept == (small_api.backend == "embedded")
    assert (graph_view(small_api.store, iris) is first) == kept
    small_api.store.update("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }")
    try:
        assert graph_view(small_api.store, iris) is not first  # any write makes it stale
    finally:
        small_api.store.update("DROP SILENT GRAPH <urn:x>")


@pytest.mark.slow
def test_paths_on_the_corpus_bytedance_to_openai(corpus_api: GraphApi) -> None:  # noqa: F811
    body = get(corpus_api, "/paths", **{"from": "ByteDance", "to": "OpenAI", "max_hops": 4}).json()
    assert body["paths"], "the corpus links ByteDance to OpenAI through Microsoft Azure and China"
    path = body["paths"][0]
    assert path["entities"][1]["key"] == "microsoft-azure"
    assert all(hop["claims"] and hop["claims"][0]["evidence"] for hop in path["hops"])


def test_named_claims_read_exactly_what_the_listing_shows(small_api: GraphApi) -> None:  # noqa: F811
    from claimgraph.query.claims import read_claims
    from claimgraph.query.claims_named import read_named_claims

    iris = Iris(small_api.base)
    listing = {claim["id"]: claim for claim in read_claims(small_api.store, iris)}
    assert len(listing) == 10
    assert read_named_claims(small_api.store, iris, set(listing) | {small_api.base + "claim/s1/none"}) == listing


def test_store_generation_moves_with_every_write() -> None:
    from claimgraph.store import open_store

    with open_store(None) as store:
        start = store.generation
        store.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
        after_update = store.generation
        store.import_data(b"<urn:a> <urn:b> <urn:d> <urn:g> .\n", "nquads")
        assert start < after_update < store.generation
        store.select("SELECT * WHERE { ?s ?p ?o }")
        assert store.generation == after_update + 1  # reading changes nothing
