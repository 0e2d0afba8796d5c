"""``/claims/{id}/trace`` and ``/claims/{id}/review`` over real HTTP, on articles written for it (tests/data/trace)
and ingested by the real pipeline:

- t1 (2026-03-12) and t2 (2026-03-19) both cite Omdia: 13% and 13.1% for Huawei Cloud's 2025 share (one origin,
  values within the 0.5-point tolerance);
- t3 cites Canalys: 16.5% (a contradiction, 3.5 points), 11% for 2024 (another period) and 9% of token volume
  (another measure);
- t4 states 13% with no attribution and no date (an origin of its own; first appearance is by date, not by it);
- corpus article 000 gives Huawei Cloud 13% of *another* market (another object).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

from claimgraph.graph.namespaces import CG
from rest_server import Api
from test_api_claims import assert_problem, items, path_of

pytestmark = pytest.mark.backends  # the store-backed tests run on every backend (store_servers.py)

OMDIA = "http://localhost:8000/entity/omdia"
SCHEMA = Namespace("https://schema.org/")  # a plain namespace: pytest's collection trips over rdflib's SDO


def claim_in(api: Api, source: str, value: float) -> dict[str, Any]:
    return next(c for c in items(api, source=source, subject="huawei-cloud") if c["value"] == value)


def trace_of(api: Api, claim: dict[str, Any]) -> dict[str, Any]:
    response = httpx.get(api.url + path_of(claim["id"], api) + "/trace", timeout=30)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


@pytest.fixture(scope="module")
def traced(rest_api: Api) -> dict[str, Any]:
    return trace_of(rest_api, claim_in(rest_api, "t1_omdia_wire", 13))


def by_source(related: list[dict[str, Any]]) -> dict[str, list[float]]:
    found: dict[str, list[float]] = {}
    for entry in related:
        found.setdefault(entry["source"]["key"], []).append(entry["claim"]["value"])
    return found


def test_api_trace_summary_names_origins_variants_and_contradictions(traced: dict[str, Any]) -> None:
    assert traced["summary"] == (
        "stated in 3 sources tracing back to 2 origins, Omdia, Example Daily; 1 source gives 13.1% instead of 13%; "
        "1 source contradicts it (16.5%, Canalys); 3 similar claims measure something else"
    )


def test_api_trace_corroborating_claims_are_within_the_tolerance(traced: dict[str, Any]) -> None:
    assert by_source(traced["corroborating"]) == {"t2_omdia_blog": [13.1], "t4_undated_daily": [13]}
    rounding = next(r for r in traced["corroborating"] if r["source"]["key"] == "t2_omdia_blog")
    difference = rounding["difference"]
    assert (difference["unit"], difference["tolerance"]) == ("percentage points", 0.5)
    assert (difference["absolute"], difference["relative"]) == pytest.approx((0.1, 0.1 / 13), rel=1e-3)


def test_api_trace_contradiction_carries_the_size_of_the_difference(traced: dict[str, Any]) -> None:
    [contradiction] = traced["contradicting"]
    assert contradiction["source"]["key"] == "t3_other_estimate"
    assert contradiction["claim"]["value"] == 16.5
    assert contradiction["difference"]["absolute"] == pytest.approx(3.5)
    assert contradiction["claim"]["attributed_to"]["label"] == "Canalys"


def test_api_trace_claims_measuring_something_else_are_apart_with_the_reason(traced: dict[str, Any]) -> None:
    reasons = {entry["claim"]["value"]: entry["reasons"] for entry in traced["measures_other"]}
    assert reasons == {
        11: ["period: 2025 vs 2024"],
        9: ["measure: unstated vs token volume"],
        13: ["object: China AI cloud market vs cloud infrastructure market"],
    }
    assert all(entry["difference"] is None for entry in traced["measures_other"])


def test_api_trace_sources_citing_one_firm_are_one_origin(traced: dict[str, Any]) -> None:
    origins = {origin["label"]: sorted(origin["sources"]) for origin in traced["origins"]}
    assert origins == {
        "Omdia": ["http://localhost:8000/source/t1_omdia_wire", "http://localhost:8000/source/t2_omdia_blog"],
        "Example Daily": ["http://localhost:8000/source/t4_undated_daily"],
    }
    assert traced["origins"][0]["attributed_to"] == {"id": OMDIA, "label": "Omdia"}


def test_api_trace_first_appearance_is_the_earliest_publication_date(traced: dict[str, Any]) -> None:
    first = traced["first_appearance"]
    assert (first["source"]["key"], first["date"], first["basis"]) == (
        "t1_omdia_wire",
        "2026-03-12",
        "publication date",
    )
    assert first["undated_sources"] == ["http://localhost:8000/source/t4_undated_daily"]


def test_api_trace_from_a_later_source_finds_the_same_first_appearance(rest_api: Api) -> None:
    later = trace_of(rest_api, claim_in(rest_api, "t2_omdia_blog", 13.1))
    assert later["first_appearance"]["source"]["key"] == "t1_omdia_wire"
    assert "; 2 sources give 13% instead of 13.1%;" in later["summary"]


def test_api_trace_without_dates_falls_back_to_ingest_time_and_says_so(rest_api: Api) -> None:
    develops = next(c for c in items(rest_api, type="OperatesIn", subject="openai"))
    trace = trace_of(rest_api, develops)
    assert trace["first_appearance"]["basis"] == "ingest time"
    assert trace["first_appearance"]["date"] == trace["first_appearance"]["source"]["ingested"]
    assert trace["summary"].startswith("stated in 2 sources tracing back to 2 origins")


def test_api_trace_appearances_give_every_span_with_its_source(traced: dict[str, Any]) -> None:
    sources = [a["source"]["key"] for a in traced["appearances"]]
    assert sources == ["t1_omdia_wire", "t2_omdia_blog", "t4_undated_daily"]
    blog = traced["appearances"][1]
    assert blog["source"]["publisher"] == "Example Blog" and blog["source"]["date"] == "2026-03-19"
    assert blog["attributed_to"]["label"] == "Omdia"
    assert blog["evidence"][0]["sentence"].startswith("According to Omdia, Huawei Cloud held 13.1%")


def test_api_review_is_a_claim_review_with_appearances_and_no_rating(rest_api: Api) -> None:
    claim = claim_in(rest_api, "t1_omdia_wire", 13)
    response = httpx.get(rest_api.url + path_of(claim["id"], rest_api) + "/review", timeout=30)
    assert response.status_code == 200 and response.headers["content-type"] == "application/ld+json"
    graph = Graph().parse(data=response.text, format="json-ld")
    item = URIRef(claim["id"])
    review = next(graph.subjects(RDF.type, SCHEMA.ClaimReview))
    assert (review, SCHEMA.itemReviewed, item) in graph
    assert {(item, RDF.type, SCHEMA.Claim), (item, RDF.type, CG.MarketShare)} <= set(graph)
    appearances = {str(s) for s in graph.objects(item, SCHEMA.appearance)}
    assert appearances == {
        f"http://localhost:8000/source/{s}" for s in ("t1_omdia_wire", "t2_omdia_blog", "t4_undated_daily")
    }
    assert str(graph.value(item, SCHEMA.firstAppearance)) == "http://localhost:8000/source/t1_omdia_wire"
    assert len(set(graph.objects(item, CG.corroborates))) == 2
    assert [str(o) for o in graph.objects(item, CG.contradicts)] == [
        r["claim"]["id"] for r in trace_of(rest_api, claim)["contradicting"]
    ]
    rating = graph.value(review, SCHEMA.reviewRating)
    assert rating is not None and graph.value(rating, SCHEMA.ratingValue) is None


def test_api_trace_of_an_unknown_claim_is_404(rest_api: Api) -> None:
    assert_problem(httpx.get(rest_api.url + "/claims/t1_omdia_wire/00000000000000aa/trace"), 404)
