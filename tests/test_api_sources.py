"""``/sources``, ``/stats``, ``/health`` and the guarded writes (``POST /sources``, ``DELETE /sources/{id}``) over
real HTTP with the real pipeline, plus the OpenAPI document that must describe all of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from claimgraph import __version__
from claimgraph.ingest import ingest
from claimgraph.settings import Settings
from claimgraph.store import open_store
from rest_server import TOKEN, TRACE, Api, serve_api
from test_api_claims import assert_problem

pytestmark = pytest.mark.backends  # the store-backed tests run on every backend (store_servers.py)

AUTH = {"Authorization": f"Bearer {TOKEN}"}
HTML = b"<html><head><title>Cloud shares</title></head><body><p>Huawei Cloud held 13% of the China AI cloud market in 2025, according to Omdia.</p></body></html>"  # noqa: E501


def post(
    api: Api, body: bytes, media_type: str, headers: dict[str, str] | None = None, **params: Any
) -> httpx.Response:
    headers = {**AUTH, "Content-Type": media_type} if headers is None else headers
    return httpx.post(api.url + "/sources", content=body, headers=headers, params=params, timeout=60)


def test_api_sources_pages_list_every_source_once(rest_api: Api) -> None:
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 4} | ({"cursor": cursor} if cursor else {})
        body = httpx.get(rest_api.url + "/sources", params=params).json()
        assert body["total"] == 9
        seen += [item["key"] for item in body["items"]]
        if (cursor := body["next"]) is None:
            break
    assert seen == sorted(seen) and len(set(seen)) == 9 and "t2_omdia_blog" in seen


def test_api_source_has_metadata_text_and_claims_whose_spans_slice_the_text(rest_api: Api) -> None:
    response = httpx.get(rest_api.url + "/sources/t2_omdia_blog")
    assert response.status_code == 200, response.text
    source = response.json()
    assert (source["title"], source["publisher"], source["date"]) == (
        "What the Omdia numbers say about Huawei", "Example Blog", "2026-03-19")  # fmt: skip
    assert source["text"] == (TRACE / "t2_omdia_blog.txt").read_text(encoding="utf-8")
    assert source["claims"]
    for claim in source["claims"]:
        for evidence in claim["evidence"]:
            assert source["text"][evidence["start"] : evidence["end"]] == evidence["quote"]


def test_api_stats_count_the_store_and_health_answers(rest_api: Api) -> None:
    stats = httpx.get(rest_api.url + "/stats").json()
    assert stats["sources"] == 9 and stats["quads"] == rest_api.store.count_quads()
    assert stats["claims"] == sum(stats["claims_by_type"].values()) == len(
        httpx.get(rest_api.url + "/claims", params={"limit": 500}).json()["items"])  # fmt: skip
    health = httpx.get(rest_api.url + "/health").json()
    assert health["status"] == "ok" and health["version"] == __version__


def test_api_post_json_then_same_text_again_then_conflict_then_replace(writable_api: Api) -> None:
    text = (TRACE / "t1_omdia_wire.txt").read_text(encoding="utf-8")
    body = {"text": text, "title": "Wire story", "publisher": "Example Wire", "date": "2026-03-12"}
    first = httpx.post(writable_api.url + "/sources", json=body, params={"id": "wire"}, headers=AUTH, timeout=60)
    assert first.status_code == 201, first.text
    created = first.json()
    assert created["status"] == "new" and created["source"]["key"] == "wire"
    assert created["source"]["title"] == "Wire story" and created["source"]["date"] == "2026-03-12"
    shares = {c["subject"]["label"]: c["value"] for c in created["source"]["claims"] if c["type"] == "MarketShare"}
    assert shares == {"Huawei Cloud": 13, "Alibaba Cloud": 35.8}
    again = httpx.post(writable_api.url + "/sources", json=body, params={"id": "wire"}, headers=AUTH, timeout=60)
    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    edited = {**body, "text": text.replace("13%", "14%")}
    clash = httpx.post(writable_api.url + "/sources", json=edited, params={"id": "wire"}, headers=AUTH, timeout=60)
    assert_problem(clash, 409)
    replaced = httpx.post(writable_api.url + "/sources", json=edited, params={"id": "wire", "replace": "true"},
                          headers=AUTH, timeout=60)  # fmt: skip
    assert replaced.status_code == 201 and replaced.json()["status"] == "replaced"
    claims = replaced.json()["source"]["claims"]
    shares = {c["subject"]["label"]: c["value"] for c in claims if c["type"] == "MarketShare"}
    assert shares == {"Huawei Cloud": 14, "Alibaba Cloud": 35.8}


def test_api_post_raw_html_with_metadata_in_the_query(writable_api: Api) -> None:
    response = post(writable_api, HTML, "text/html", publisher="Example Site", date="2026-05-01")
    assert response.status_code == 201, response.text
    source = response.json()["source"]
    assert source["key"].startswith("upload_") and source["media_type"] == "text/html"
    assert (source["title"], source["publisher"]) == ("Cloud shares", "Example Site")
    [claim] = source["claims"]
    assert claim["attributed_to"]["label"] == "Omdia" and claim["value"] == 13
    listed = httpx.get(writable_api.url + "/claims", params={"source": source["key"]}).json()
    assert listed["items"] == source["claims"]


def test_api_delete_removes_the_source_and_its_claims(writable_api: Api) -> None:
    key = post(writable_api, HTML, "text/html").json()["source"]["key"]
    assert httpx.delete(f"{writable_api.url}/sources/{key}", headers=AUTH).status_code == 204
    assert_problem(httpx.get(f"{writable_api.url}/sources/{key}"), 404)
    assert httpx.get(writable_api.url + "/claims").json()["total"] == 0
    assert_problem(httpx.delete(f"{writable_api.url}/sources/{key}", headers=AUTH), 404)


@pytest.mark.parametrize(
    ("body", "media_type", "params", "status"),
    [
        (b"\xff\xfe\x00broken", "text/plain", {}, 400),  # not UTF-8, no BOM that says otherwise
        (b"   ", "text/plain", {}, 400),  # nothing to ingest
        (b"Some text.", "text/plain", {"id": "../../etc"}, 400),
        (b"Some text.", "text/plain", {"id": "x" * 300}, 400),
        (b"{not json", "application/json", {}, 400),
        (b'{"text": 5}', "application/json", {}, 400),
        (b'{"text": "x", "media_type": "image/png"}', "application/json", {}, 400),
        (b"Some text.", "text/plain", {"url": 'http://example.org/"> } ; DROP ALL ; INSERT DATA {'}, 400),
        (b"%PDF-1.4", "application/pdf", {}, 415),
        (b"Some text.", "", {}, 415),
        (b"x" * 2_000_001, "text/plain", {}, 413),
    ],
)
def test_api_post_bad_uploads_are_4xx(
    writable_api: Api, body: bytes, media_type: str, params: dict[str, str], status: int
) -> None:
    assert_problem(post(writable_api, body, media_type, **params), status)
    assert httpx.get(writable_api.url + "/sources").json()["total"] == 0


@pytest.mark.parametrize("authorization", [None, "Bearer wrong-token", f"Basic {TOKEN}", f"Bearer {TOKEN}x", "Bearer"])
def test_api_writes_need_the_right_bearer_token(writable_api: Api, authorization: str | None) -> None:
    headers = {"Content-Type": "text/plain"} | ({"Authorization": authorization} if authorization else {})
    response = post(writable_api, b"Huawei Cloud held 13% of the market.", "text/plain", headers=headers)
    body = assert_problem(response, 401)
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert TOKEN not in response.text and TOKEN not in str(body)
    assert_problem(httpx.delete(writable_api.url + "/sources/any", headers=headers), 401)


def test_api_writes_are_refused_without_a_configured_token(rest_api: Api) -> None:
    for response in (
        post(rest_api, b"Some text.", "text/plain"),
        httpx.delete(rest_api.url + "/sources/t1_omdia_wire", headers=AUTH),
    ):
        assert_problem(response, 403)
    assert httpx.get(rest_api.url + "/sources/t1_omdia_wire").status_code == 200


def test_api_token_can_come_from_a_file(tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("from-a-file\n", encoding="utf-8")
    settings = Settings(store=None, sparql_workers=1, api_token_file=token_file)
    with open_store(None) as store, serve_api(settings, store) as api:
        headers = {"Authorization": "Bearer from-a-file"}
        assert_problem(httpx.delete(api.url + "/sources/none", headers=headers), 404)  # authorised, nothing there
        assert_problem(httpx.delete(api.url + "/sources/none", headers=AUTH), 401)
        token_file.unlink()  # an unreadable file disables writes
        assert_problem(httpx.delete(api.url + "/sources/none", headers=headers), 403)


def test_api_openapi_documents_every_endpoint_parameter_and_error(rest_api: Api) -> None:
    spec = httpx.get(rest_api.url + "/openapi.json").json()
    paths = spec["paths"]
    expected = {
        ("/claims", "get"): {"400"},
        ("/claims/{source_id}/{claim_key}", "get"): {"400", "404"},
        ("/claims/{source_id}/{claim_key}/trace", "get"): {"400", "404"},
        ("/claims/{source_id}/{claim_key}/review", "get"): {"400", "404"},
        ("/sources", "get"): {"400"},
        ("/sources", "post"): {"400", "401", "403", "409", "413", "415"},
        ("/sources/{source_id}", "get"): {"404"},
        ("/sources/{source_id}", "delete"): {"401", "403", "404"},
        ("/sources/{source_id}/revisions", "get"): {"404"},
        ("/stats", "get"): set(),
        ("/health", "get"): set(),
    }
    for (path, method), errors in expected.items():
        operation = paths[path][method]
        assert errors <= set(operation["responses"]), (path, method)
        for status in errors:
            assert "application/problem+json" in operation["responses"][status]["content"]
    names = {p["name"] for p in paths["/claims"]["get"]["parameters"]}
    assert names == {"type", "entity", "subject", "object", "source", "modality", "attributed_to", "unit", "min",
                     "max", "from", "to", "q", "sort", "limit", "cursor", "include"}  # fmt: skip
    assert "text/html" in paths["/sources"]["post"]["requestBody"]["content"]
    assert "HTTPBearer" in spec["components"]["securitySchemes"]


def test_api_reads_see_a_write_made_straight_to_the_store(writable_api: Api, extractor: Any) -> None:
    """The claims and sources the API caches are read again once the store changes, whoever writes."""
    assert httpx.get(writable_api.url + "/claims").json()["total"] == 0
    assert httpx.get(writable_api.url + "/sources").json()["total"] == 0
    ingest([TRACE / "t2_omdia_blog.txt"], writable_api.store, writable_api.settings, extractor=extractor)
    assert [c["value"] for c in httpx.get(writable_api.url + "/claims").json()["items"]] == [13.1]
    assert [s["key"] for s in httpx.get(writable_api.url + "/sources").json()["items"]] == ["t2_omdia_blog"]
    assert "13.1%" in httpx.get(writable_api.url + "/sources/t2_omdia_blog").json()["text"]
