"""Revisions over real HTTP: an edited article posted again keeps the earlier version's claims as superseded
(one figure changed, one dropped, one added), the listings show current claims unless asked, the history says
what changed, the trace knows, the store still satisfies the SHACL shapes, and deleting the source removes it all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from claimgraph.extract import Extractor
from claimgraph.graph.namespaces import Iris
from claimgraph.graph.shapes import validate_ntriples
from claimgraph.ingest import ingest
from claimgraph.query.claims import read_claims
from claimgraph.query.revisions import read_revisions
from claimgraph.settings import Settings
from claimgraph.store import open_store
from rest_server import TOKEN, Api
from test_api_claims import assert_problem, path_of
from web_server import FIRST, SECOND

pytestmark = pytest.mark.backends  # the store-backed tests run on every backend (store_servers.py)

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def submit(api: Api, text: str, **params: Any) -> httpx.Response:
    headers = {**AUTH, "Content-Type": "text/plain"}
    return httpx.post(api.url + "/sources", content=text.encode(), params={"id": "shares", **params},
                      headers=headers, timeout=60)  # fmt: skip


def shares(claims: list[dict[str, Any]]) -> dict[str, float]:
    return {c["subject"]["label"]: c["value"] for c in claims}


@pytest.fixture
def edited(writable_api: Api) -> Api:
    assert submit(writable_api, FIRST).status_code == 201
    response = submit(writable_api, SECOND, replace="true")
    assert response.status_code == 201 and response.json()["status"] == "replaced", response.text
    return writable_api


def test_api_revision_listings_show_current_claims_unless_superseded_are_asked_for(edited: Api) -> None:
    current = httpx.get(edited.url + "/claims").json()
    assert shares(current["items"]) == {"Huawei Cloud": 14, "Tencent Cloud": 7}
    everything = httpx.get(edited.url + "/claims", params={"include": "superseded"}).json()["items"]
    assert sorted(c["value"] for c in everything) == [6, 7, 13, 14]
    assert httpx.get(edited.url + "/stats").json()["claims"] == 2
    assert_problem(httpx.get(edited.url + "/claims", params={"include": "everything"}), 400)


def test_api_revision_history_says_what_changed(edited: Api) -> None:
    response = httpx.get(edited.url + "/sources/shares/revisions")
    assert response.status_code == 200, response.text
    first, current = response.json()["versions"]
    assert first["id"].startswith("http://localhost:8000/source/shares/revision/")
    assert first["superseded"] and first["title"] == "Cloud shares in 2025"
    assert current["superseded"] is None and current["changes"] is None
    assert current["title"] == "Cloud shares in 2025 (corrected)"
    changes = first["changes"]
    assert [(c["from"]["value"], c["to"]["value"]) for c in changes["changed"]] == [(13, 14)]
    assert shares(changes["removed"]) == {"Baidu AI Cloud": 6}
    assert shares(changes["added"]) == {"Tencent Cloud": 7}
    # An old claim's evidence points into the old text, which the revision keeps.
    old = changes["changed"][0]["from"]
    detail = httpx.get(edited.url + path_of(old["id"], edited)).json()
    assert detail["evidence"][0]["sentence"].startswith("Huawei Cloud held 13%")


def test_api_revision_trace_links_the_changed_figure_both_ways(edited: Api) -> None:
    everything = httpx.get(edited.url + "/claims", params={"include": "superseded", "subject": "huawei-cloud"})
    by_value = {c["value"]: c for c in everything.json()["items"]}
    new = httpx.get(edited.url + path_of(by_value[14]["id"], edited) + "/trace").json()["revisions"]
    assert new["superseded"] is None and [c["value"] for c in new["replaces"]] == [13]
    old = httpx.get(edited.url + path_of(by_value[13]["id"], edited) + "/trace").json()["revisions"]
    assert old["superseded"] and [c["value"] for c in old["replaced_by"]] == [14]


def test_api_revision_keeps_the_store_valid_and_leaves_with_its_source(edited: Api) -> None:
    report = validate_ntriples(edited.store.export("ntriples"))
    assert report.conforms, report.text
    assert httpx.delete(edited.url + "/sources/shares", headers=AUTH).status_code == 204
    graphs = edited.store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert not [row for row in graphs if "/graph/source/" in str(row["g"])]
    assert_problem(httpx.get(edited.url + "/sources/shares/revisions"), 404)


def test_api_revisions_of_an_unedited_source_is_just_the_current_version(writable_api: Api) -> None:
    assert submit(writable_api, FIRST).status_code == 201
    versions = httpx.get(writable_api.url + "/sources/shares/revisions").json()["versions"]
    assert len(versions) == 1 and versions[0]["superseded"] is None


def test_revision_ingest_of_an_edited_file_keeps_the_old_figure_superseded(
    tmp_path: Path, extractor: Extractor
) -> None:
    """The CLI's path (``ingest`` of a changed file) records the same history as POST replace=true."""
    article = tmp_path / "shares.txt"
    settings = Settings(store=None)
    with open_store(None) as store:
        article.write_text(FIRST, encoding="utf-8")
        ingest([article], store, settings, extractor=extractor)
        article.write_text(SECOND, encoding="utf-8")
        report = ingest([article], store, settings, extractor=extractor)
        assert report.replaced == ["shares.txt"]
        iris = Iris(settings.base_iri)
        assert shares(read_claims(store, iris)) == {"Huawei Cloud": 14, "Tencent Cloud": 7}
        assert len(read_claims(store, iris, include_superseded=True)) == 4
        [old, current] = read_revisions(store, iris, "shares")["versions"]
        assert shares(old["changes"]["removed"]) == {"Baidu AI Cloud": 6} and current["superseded"] is None
        article.write_text(FIRST, encoding="utf-8")  # and back: a second revision, chained to the first
        ingest([article], store, settings, extractor=extractor)
        versions = read_revisions(store, iris, "shares")["versions"]
        assert len(versions) == 3 and shares(read_claims(store, iris)) == {"Huawei Cloud": 13, "Baidu AI Cloud": 6}
        assert [(c["from"]["value"], c["to"]["value"]) for c in versions[1]["changes"]["changed"]] == [(14, 13)]


def test_api_revision_entity_and_market_views_leave_out_superseded_claims(edited: Api) -> None:
    baidu = httpx.get(edited.url + "/entities/baidu-ai-cloud/claims").json()
    assert [c["value"] for c in baidu["items"]] == []  # its 6% was dropped by the edit
    huawei = httpx.get(edited.url + "/entities/huawei-cloud/claims").json()
    assert [c["value"] for c in huawei["items"]] == [14]
    market = httpx.get(edited.url + "/markets/china-ai-cloud-market/shares").json()
    values = {c["company"]["label"]: [s["value"] for s in c["shares"]] for c in market["companies"]}
    assert values.get("Huawei Cloud") == [14] and "Baidu AI Cloud" not in values
