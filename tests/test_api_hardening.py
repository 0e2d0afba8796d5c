"""The endpoint against hostile requests (issue 17 items 2, 9, 10): a forged Host header, over-deep queries, oversized
bodies and answers. A real uvicorn server over a real store in every test."""

from __future__ import annotations

import httpx

from sparql_server import Endpoint

EVIL = "evil.example"


def test_api_hardening_host_header_is_not_reflected(sparql_endpoint: Endpoint) -> None:
    description = httpx.get(sparql_endpoint.sparql, headers={"Host": EVIL}, timeout=30)
    assert description.status_code == 200
    assert EVIL not in description.text
    assert "<http://localhost:8000/sparql>" in description.text  # the configured base
    answer = httpx.get(
        sparql_endpoint.sparql,
        params={"query": "SELECT ?x WHERE { BIND(<relative> AS ?x) }"},
        headers={"Host": EVIL, "Accept": "application/sparql-results+json"},
        timeout=30,
    )
    assert answer.status_code == 200
    assert answer.json()["results"]["bindings"][0]["x"]["value"] == "http://localhost:8000/relative"
