"""``/claims`` over real HTTP: filters, sort orders, cursor pages that survive writes, one claim in context, the
shape shared with the CLI, and hostile input answered with 4xx problem+json, never a 500."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx
import pytest

from claimgraph.graph.namespaces import Iris
from claimgraph.query.claims import read_claims
from rest_server import TRACE, Api

pytestmark = pytest.mark.backends  # the store-backed tests run on every backend (store_servers.py)

PROBLEM = "application/problem+json"
CLAIM_FIELDS = {
    "id", "type", "subject", "object", "value", "value_max", "unit", "time", "measure", "effect", "modality",
    "attributed_to", "confidence", "evidence",
}  # fmt: skip


def get(api: Api, path: str, **params: Any) -> httpx.Response:
    return httpx.get(api.url + path, params=params, timeout=30)


def items(api: Api, **params: Any) -> list[dict[str, Any]]:
    response = get(api, "/claims", limit=500, **params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == len(body["items"]) and body["next"] is None
    return list(body["items"])


def assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body: dict[str, Any] = response.json()
    assert body["status"] == status and body["title"] and body["type"]
    return body


def path_of(claim_id: str, api: Api) -> str:
    return "/claims/" + claim_id.removeprefix(Iris(api.settings.base_iri).base + "claim/")


def test_api_claims_items_have_exactly_the_cli_shape(rest_api: Api) -> None:
    listed = items(rest_api)
    assert all(set(claim) == CLAIM_FIELDS for claim in listed)
    assert listed == read_claims(rest_api.store, Iris(rest_api.settings.base_iri))


def _quote(claim: dict[str, Any]) -> str:
    return " ".join(e["quote"] for e in claim["evidence"]).lower()


def _sides(claim: dict[str, Any]) -> tuple[str | None, ...]:
    return claim["subject"]["id"], (claim["object"] or {}).get("id")


QWEN = "http://localhost:8000/entity/qwen"
EARLY_2026 = ("2026-01", "2026-02", "2026-03", "2026", "FY2026", "2026-Q1", "2026-H1")


# Each check restates its filter exactly, so that the listing must return every claim it accepts, in order.
@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"type": "MarketShare"}, lambda c: c["type"] == "MarketShare"),
        ({"source": "t1_omdia_wire"}, lambda c: c["evidence"][0]["source"]["file"] == "t1_omdia_wire.txt"),
        ({"subject": "huawei-cloud"}, lambda c: c["subject"]["label"] == "Huawei Cloud"),
        ({"object": "qwen"}, lambda c: _sides(c)[1] == QWEN),
        ({"entity": "qwen"}, lambda c: QWEN in _sides(c)),
        ({"entity": QWEN}, lambda c: QWEN in _sides(c)),
        ({"modality": "negated"}, lambda c: c["modality"] == "negated"),
        ({"attributed_to": "omdia"}, lambda c: (c["attributed_to"] or {}).get("label") == "Omdia"),
        ({"unit": "USD"}, lambda c: c["unit"] == "USD"),
        (
            {"min": 30, "unit": "percent"},
            lambda c: c["unit"] == "percent" and max(c["value"], c["value_max"] or 0) >= 30,
        ),  # noqa: E501
        ({"max": 10, "unit": "percent"}, lambda c: c["unit"] == "percent" and c["value"] <= 10),
        ({"from": "2026-01", "to": "2026-03"}, lambda c: c["time"] in EARLY_2026),
        ({"to": "2024"}, lambda c: c["time"] is not None and c["time"] <= "2024"),
        ({"q": "according OMDIA"}, lambda c: "according" in _quote(c) and "omdia" in _quote(c)),
    ],
)
def test_api_claims_filters_keep_exactly_the_matching_claims(rest_api: Api, params: dict[str, Any], check: Any) -> None:
    everything = items(rest_api)
    kept = items(rest_api, **params)
    assert kept and len(kept) < len(everything)
    assert [c for c in everything if check(c)] == kept


def test_api_claims_filters_combine(rest_api: Api) -> None:
    kept = items(rest_api, subject="huawei-cloud", attributed_to="canalys", min=10)
    assert sorted(c["value"] for c in kept) == [11, 16.5]


@pytest.mark.parametrize("sort", ["source", "type", "value", "-value", "confidence", "-confidence", "time"])
def test_api_claims_cursor_pages_walk_every_claim_once_in_order(rest_api: Api, sort: str) -> None:
    expected = items(rest_api, sort=sort)
    seen: list[dict[str, Any]] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"sort": sort, "limit": 7}
        if cursor:
            params["cursor"] = cursor
        body = get(rest_api, "/claims", **params).json()
        assert body["total"] == len(expected) and len(body["items"]) <= 7
        seen += body["items"]
        cursor = body["next"]
        if cursor is None:
            break
    assert seen == expected


def test_api_claims_sort_by_value_descending(rest_api: Api) -> None:
    values = [c["value"] for c in items(rest_api, sort="-value", unit="percent")]
    assert values == sorted(values, reverse=True)


def test_api_claims_cursor_is_stable_while_sources_come_and_go(writable_api: Api) -> None:
    headers = {"Authorization": "Bearer " + writable_api.settings.api_token.get_secret_value()}  # type: ignore[union-attr]
    for name in ("t1_omdia_wire", "t3_other_estimate"):
        text = (TRACE / f"{name}.txt").read_text(encoding="utf-8")
        response = httpx.post(writable_api.url + "/sources", params={"id": name}, content=text.encode(),
                              headers={**headers, "Content-Type": "text/plain"}, timeout=60)  # fmt: skip
        assert response.status_code == 201, response.text
    first = get(writable_api, "/claims", sort="value", limit=2).json()
    assert [c["value"] for c in first["items"]] == [9, 11]
    # Removing a source whose claims sort before the cursor, and adding one whose claims sort before and after it,
    # must not shift the next page: it starts after the last claim served.
    assert httpx.delete(writable_api.url + "/sources/t1_omdia_wire", headers=headers).status_code == 204
    text = (TRACE / "t2_omdia_blog.txt").read_text(encoding="utf-8")
    response = httpx.post(writable_api.url + "/sources", params={"id": "t2"}, content=text.encode(),
                          headers={**headers, "Content-Type": "text/plain"}, timeout=60)  # fmt: skip
    assert response.status_code == 201
    second = get(writable_api, "/claims", sort="value", limit=2, cursor=first["next"]).json()
    assert [c["value"] for c in second["items"]] == [13.1, 16.5]
    assert second["total"] == 4


def test_api_claim_by_id_sets_each_evidence_in_its_sentence(rest_api: Api) -> None:
    claim = items(rest_api, source="t1_omdia_wire")[0]
    response = get(rest_api, path_of(claim["id"], rest_api))
    assert response.status_code == 200, response.text
    detail = response.json()
    assert {k: v for k, v in detail.items() if k != "evidence"} == {k: v for k, v in claim.items() if k != "evidence"}
    evidence = detail["evidence"][0]
    assert evidence["sentence"] == "Huawei Cloud held 13% of the China AI cloud market in 2025, according to Omdia."
    assert evidence["before"].endswith("Beijing, 12 March 2026. ")
    assert evidence["after"].startswith(" The research firm said demand")
    assert evidence["sentence_start"] <= evidence["start"] < evidence["end"] <= evidence["sentence_end"]


@pytest.mark.parametrize(
    "path",
    ["/claims/t1_omdia_wire/0123456789abcdef", "/claims/nope/zz", "/claims/t1_omdia_wire/0123456789abcdef/trace",
     "/claims/x/0123456789abcdef/review", "/sources/no-such-source"],
)  # fmt: skip
def test_api_unknown_claims_and_sources_are_404(rest_api: Api, path: str) -> None:
    assert_problem(get(rest_api, path), 404)


HOSTILE = [
    '"',
    "'",
    "}",
    "{ ?s ?p ?o }",
    "} ; DROP ALL ; SELECT * WHERE {",
    '"> } ; DROP ALL #',
    "line\nbreak\r\n",
    "\u00e9\u4e2d\u6587\U0001f600",
    "\\u0022",
    "x" * 10_000,
]


@pytest.mark.parametrize("value", HOSTILE, ids=range(len(HOSTILE)))
@pytest.mark.parametrize(
    "name", ["type", "entity", "subject", "object", "source", "modality", "attributed_to", "unit", "from", "to",
             "q", "sort", "cursor", "min", "include"],
)  # fmt: skip
def test_api_claims_hostile_parameters_are_answered_never_500(rest_api: Api, name: str, value: str) -> None:
    before = rest_api.store.count_quads()
    response = get(rest_api, "/claims", **{name: value})
    assert response.status_code in (200, 400), response.text
    if response.status_code == 200:
        assert response.json()["items"] == [] or name == "q"
    else:
        assert_problem(response, 400)
    assert rest_api.store.count_quads() == before


@pytest.mark.parametrize("value", HOSTILE[:-1], ids=range(len(HOSTILE) - 1))
@pytest.mark.parametrize("template", ["/claims/{}/0123456789abcdef", "/claims/t1/{}", "/claims/{}/{}/trace",
                                      "/sources/{}"])  # fmt: skip
def test_api_hostile_ids_in_paths_are_4xx(rest_api: Api, template: str, value: str) -> None:
    response = httpx.get(rest_api.url + template.format(*[quote(value, safe="")] * 2), timeout=30)
    assert 400 <= response.status_code < 500, response.text
    assert response.headers["content-type"] == PROBLEM


@pytest.mark.parametrize(
    ("params", "status"),
    [({"limit": 0}, 400), ({"limit": 501}, 400), ({"limit": "ten"}, 400), ({"min": 5, "max": 1}, 400),
     ({"type": "NoSuchType"}, 400), ({"sort": "value", "cursor": "bm90IGEgY3Vyc29y"}, 400)],
)  # fmt: skip
def test_api_claims_bad_parameters_are_400(rest_api: Api, params: dict[str, Any], status: int) -> None:
    body = assert_problem(get(rest_api, "/claims", **params), status)
    assert body["detail"]


def test_api_claims_cursor_of_another_sort_is_refused(rest_api: Api) -> None:
    cursor = get(rest_api, "/claims", limit=2, sort="value").json()["next"]
    assert "sort order" in assert_problem(get(rest_api, "/claims", sort="time", cursor=cursor), 400)["detail"]
