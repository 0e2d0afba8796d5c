"""/entities over real HTTP: search by alias, prefix and misspelling (on the hand graph and on the shipped corpus
with the real gazetteer), pages, one entity with its units, parents, counts and external identifiers, its claims,
and its neighbourhood at depth 1-3, which the hand graph's picture in graph_data.py lets one check by eye."""

from __future__ import annotations

import httpx
import pytest

from graph_data import ENTITIES, HUBBLE_WIKIDATA
from graph_server import GraphApi, corpus_api, small_api  # noqa: F401

pytestmark = pytest.mark.backends  # the store-backed tests run on every backend (store_servers.py)

PROBLEM = "application/problem+json"


def get(api: GraphApi, path: str, **params: object) -> httpx.Response:
    return httpx.get(api.url + path, params=params, timeout=30)


def keys(response: httpx.Response) -> list[str]:
    return [item["key"] for item in response.json()["items"]]


@pytest.mark.parametrize(
    ("query", "expected", "match"),
    [
        ("Hubble", "hubble-holdings", "exact"),  # an alias
        ("hubble holdings", "hubble-holdings", "exact"),  # any case
        ("Hubbel Holdngs", "hubble-holdings", "fuzzy"),  # two typos
        ("Lat", "lattice-models", "prefix"),
        ("cloud", "larkspur-cloud", "word"),  # the prefix of a word inside the name
        ("Tesera", "tessera", "fuzzy"),
    ],
)
def test_entities_search_finds_by_alias_prefix_and_misspelling(
    small_api: GraphApi,  # noqa: F811
    query: str,
    expected: str,
    match: str,
) -> None:
    response = get(small_api, "/entities", q=query)
    assert response.status_code == 200
    first = response.json()["items"][0]
    assert (first["key"], first["match"]) == (expected, match)


def test_entities_search_ranks_exact_before_fuzzy_and_filters_by_type(small_api: GraphApi) -> None:  # noqa: F811
    assert keys(get(small_api, "/entities", q="Tessera"))[0] == "tessera"
    assert keys(get(small_api, "/entities", type="Cloud")) == ["larkspur-cloud"]
    assert keys(get(small_api, "/entities", q="Hubble", type="Model")) == []
    assert get(small_api, "/entities", q="zzzzqqqq").json() == {"items": [], "total": 0, "next": None}


def test_entities_pages_cover_every_entity_once(small_api: GraphApi) -> None:  # noqa: F811
    seen: list[str] = []
    cursor = None
    for _ in range(10):
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = get(small_api, "/entities", **params).json()
        assert page["total"] == 6
        seen.extend(item["key"] for item in page["items"])
        cursor = page["next"]
        if cursor is None:
            break
    assert sorted(seen) == sorted(entity.key for entity in ENTITIES)
    # Without a query the entity with most claims comes first: Hubble takes part in 6.
    assert seen[0] == "hubble-holdings"


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"type": "Spaceship"}, 400),
        ({"cursor": "not-a-cursor"}, 400),
        ({"limit": 0}, 400),
        ({"limit": 101}, 400),
    ],
)
def test_entities_search_bad_parameters_are_problems(
    small_api: GraphApi,  # noqa: F811
    params: dict[str, object],
    status: int,
) -> None:
    response = get(small_api, "/entities", **params)
    assert response.status_code == status
    assert response.headers["content-type"] == PROBLEM and response.json()["status"] == status


def test_entities_cursor_of_another_query_is_refused(small_api: GraphApi) -> None:  # noqa: F811
    cursor = get(small_api, "/entities", limit=1).json()["next"]
    assert get(small_api, "/entities", q="Hubble", cursor=cursor).status_code == 400


def test_entity_detail_has_units_parents_counts_and_external_ids(small_api: GraphApi) -> None:  # noqa: F811
    hubble = get(small_api, "/entities/hubble-holdings").json()
    assert hubble["id"] == small_api.base + "entity/hubble-holdings"
    assert hubble["aliases"] == ["Hubble"] and hubble["types"] == ["Company"]
    assert [unit["key"] for unit in hubble["units"]] == ["larkspur-cloud"]
    assert hubble["claims"] == {
        "total": 6,
        "by_type": {"CustomerOf": 3, "MarketShare": 2, "Spending": 1},
        "by_role": {"subject": 2, "object": 4, "attributed_to": 0},
    }
    assert hubble["external_ids"] == [
        {"scheme": "wikidata", "id": HUBBLE_WIKIDATA.rsplit("/", 1)[-1], "iri": HUBBLE_WIKIDATA}
    ]
    larkspur = get(small_api, "/entities/larkspur-cloud").json()
    assert [parent["key"] for parent in larkspur["parents"]] == ["hubble-holdings"]
    assert larkspur["external_ids"] == []


def test_entity_claims_filter_by_type_and_role_and_page(small_api: GraphApi) -> None:  # noqa: F811
    every = get(small_api, "/entities/hubble-holdings/claims").json()
    assert every["total"] == 6
    shares = get(small_api, "/entities/hubble-holdings/claims", type="MarketShare").json()
    assert sorted(claim["value"] for claim in shares["items"]) == [30, 34]
    assert all(claim["evidence"][0]["quote"].startswith("Hubble") for claim in shares["items"])
    as_object = get(small_api, "/entities/hubble-holdings/claims", role="object").json()
    assert as_object["total"] == 4
    first = get(small_api, "/entities/hubble-holdings/claims", limit=4).json()
    rest = get(small_api, "/entities/hubble-holdings/claims", limit=4, cursor=first["next"]).json()
    assert len(first["items"]) == 4 and len(rest["items"]) == 2 and rest["next"] is None
    assert {c["id"] for c in first["items"] + rest["items"]} == {c["id"] for c in every["items"]}


@pytest.mark.parametrize(
    ("depth", "expected"),
    [
        (1, {"lattice-models": 1, "larkspur-cloud": 1}),
        (2, {"lattice-models": 1, "larkspur-cloud": 1, "hubble-holdings": 2, "quill-market": 2}),
        (3, {"lattice-models": 1, "larkspur-cloud": 1, "hubble-holdings": 2, "quill-market": 2, "lumen-ai": 3}),
    ],
)
def test_entity_neighbours_by_depth(small_api: GraphApi, depth: int, expected: dict[str, int]) -> None:  # noqa: F811
    body = get(small_api, "/entities/tessera/neighbors", depth=depth).json()
    assert {node["key"]: node["distance"] for node in body["nodes"]} == expected
    # Each edge is a claim between entities of the neighbourhood, one end nearer than the depth.
    keys_in = {small_api.base + "entity/" + key for key in [*expected, "tessera"]}
    assert body["edges"] and all({e["subject"], e["object"]} <= keys_in for e in body["edges"])
    if depth == 1:
        assert sorted(e["type"] for e in body["edges"]) == ["Develops", "Develops"]


@pytest.mark.parametrize(
    "path",
    ["/entities/nobody", "/entities/nobody/claims", "/entities/nobody/neighbors", "/entities/..%2F..%2Fetc"],
)
def test_entities_unknown_is_404_problem(small_api: GraphApi, path: str) -> None:  # noqa: F811
    response = httpx.get(small_api.url + path, timeout=30)
    assert response.status_code == 404 and response.headers["content-type"] == PROBLEM


@pytest.mark.parametrize("depth", [0, 4, "two"])
def test_entity_neighbours_bad_depth_is_400(small_api: GraphApi, depth: object) -> None:  # noqa: F811
    response = get(small_api, "/entities/tessera/neighbors", depth=depth)
    assert response.status_code == 400 and response.headers["content-type"] == PROBLEM


@pytest.mark.slow
@pytest.mark.parametrize(
    ("query", "expected"),
    [("Alibaba Group", "alibaba"), ("Bytedanse", "bytedance"), ("Tencnet", "tencent"), ("deepsek", "deepseek")],
)
def test_entities_search_on_the_corpus_by_alias_and_misspelling(
    corpus_api: GraphApi,  # noqa: F811
    query: str,
    expected: str,
) -> None:
    assert keys(get(corpus_api, "/entities", q=query))[0] == expected


@pytest.mark.slow
def test_entity_on_the_corpus_bytedance_has_its_units_and_claims(corpus_api: GraphApi) -> None:  # noqa: F811
    body = get(corpus_api, "/entities/bytedance").json()
    assert {"tiktok", "volcano-engine"} <= {unit["key"] for unit in body["units"]}
    assert body["claims"]["by_type"].get("CustomerOf", 0) >= 1
    neighbours = get(corpus_api, "/entities/bytedance/neighbors").json()
    assert "microsoft-azure" in {node["key"] for node in neighbours["nodes"]}


def test_entity_claims_are_the_listing_s_claims_of_that_entity_in_its_order(small_api: GraphApi) -> None:  # noqa: F811
    from claimgraph.graph.namespaces import Iris
    from claimgraph.query.claims import read_claims

    iri = small_api.base + "entity/lattice-models"
    expected = [
        claim
        for claim in read_claims(small_api.store, Iris(small_api.base))
        if iri in {(claim[role] or {}).get("id") for role in ("subject", "object", "attributed_to")}
    ]
    assert len(expected) == 4  # CustomerOf, Develops, a share in s1 and one in s2
    assert get(small_api, "/entities/lattice-models/claims").json()["items"] == expected
    only_s2 = get(small_api, "/entities/lattice-models/claims", source="s2").json()["items"]
    assert [claim["time"] for claim in only_s2] == ["2024"]
