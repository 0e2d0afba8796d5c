"""The store interface itself on every backend (``backend``: embedded store, Oxigraph server, Virtuoso), with the
real pipeline: ingest, replacement and removal, export and import, bound values in every query form, the SPARQL
endpoint's row cap, and what only Virtuoso does (cutting answers). The REST and CLI suites run on every backend
too, through the same ``backend_name`` (modules marked ``backends``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from rdflib import Graph, URIRef

from auth_proxy import basic_auth_proxy
from claimgraph.api.app import create_app
from claimgraph.errors import QueryRefusedError, StoreError
from claimgraph.extract import Extractor
from claimgraph.graph.namespaces import Iris
from claimgraph.ingest import ingest, remove_sources
from claimgraph.query.claims import read_claims
from claimgraph.query.listing import ClaimFilter, list_claims
from claimgraph.query.trace import trace
from claimgraph.settings import Settings, get_settings
from claimgraph.store import QueryRequest, open_store
from sparql_server import free_socket, serve_app
from store_servers import VIRTUOSO_MAX_ROWS, Backend, Server, Servers, clear
from test_query_claim_index import TRACE
from test_query_claim_index import reference as plain_listing

pytestmark = [pytest.mark.slow, pytest.mark.backends]
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PROXY_PASSWORD = "basic-proxy-test-only"  # the proxy listens on loopback, for one test


@pytest.fixture(scope="module")
def reference(extractor: Extractor) -> tuple[list[dict[str, Any]], int]:
    """The corpus's claims and quad count on the embedded store: what every backend must give back."""
    settings = get_settings().model_copy(update={"store": None})
    with open_store(None) as store:
        report = ingest([CORPUS], store, settings, extractor=extractor)
        return read_claims(store, Iris(settings.base_iri)), report.triples


def test_backend_ingest_reads_back_the_embedded_stores_claims(
    backend: Backend, extractor: Extractor, reference: tuple[list[dict[str, Any]], int]
) -> None:
    claims, triples = reference
    first = ingest([CORPUS], backend.store, backend.settings, extractor=extractor)
    assert len(first.new) == 5 and first.ok and first.triples == triples
    assert read_claims(backend.store, Iris(backend.settings.base_iri)) == claims
    second = ingest([CORPUS], backend.store, backend.settings, extractor=extractor)
    assert len(second.unchanged) == 5 and not second.new and second.triples == triples


def test_backend_replaces_an_edited_source_and_removes_one(
    backend: Backend, corpus_copy: Path, extractor: Extractor
) -> None:
    iris = Iris(backend.settings.base_iri)
    ingest([corpus_copy], backend.store, backend.settings, extractor=extractor)
    edited = corpus_copy / "000_12e874cc8a214095.txt"
    row = "Others — 23.4%: Fragmented tail of smaller and specialized providers\n"
    edited.write_text(edited.read_text(encoding="utf-8").replace(row, row + "Acme Cloud — 2.5%: a newcomer\n"), "utf-8")
    report = ingest([corpus_copy], backend.store, backend.settings, extractor=extractor)
    assert report.replaced == [edited.name] and len(report.unchanged) == 4
    quotes = [e["quote"] for c in read_claims(backend.store, iris, source_id=edited.stem) for e in c["evidence"]]
    assert any("Acme Cloud — 2.5%" in quote for quote in quotes)
    revisions = backend.store.select(
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?c ?p ?o } FILTER(CONTAINS(STR(?g), '/revision/')) }"
    )
    assert len(revisions) == 1  # the earlier version's claims, superseded
    assert remove_sources([edited.stem], backend.store, backend.settings) == [edited.stem]
    assert read_claims(backend.store, iris, source_id=edited.stem) == []


def test_backend_export_then_import_round_trips(backend: Backend, extractor: Extractor) -> None:
    ingest([CORPUS / "001_2896172d90bffb52.txt"], backend.store, backend.settings, extractor=extractor)
    before = backend.store.count_quads()
    data = backend.store.export("nquads")
    assert len([line for line in data.decode().splitlines() if line.strip()]) == before
    backend.clear()  # every graph: re-imported blank nodes (OWL lists) are new nodes
    assert backend.store.count_quads() == 0
    backend.store.import_data(data, "nquads")
    assert backend.store.count_quads() == before


def test_backend_binds_values_in_every_query_form(backend: Backend) -> None:
    """Bound values reach the WHERE group of every form; a CONSTRUCT's template (with a blank node's brackets) is
    stepped over, since Virtuoso refuses VALUES after a CONSTRUCT and VALUES inside a template is no SPARQL."""
    backend.store.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:p> 'one' . <urn:b> <urn:p> 'two' } }")
    this = {"this": URIRef("urn:a")}
    select = backend.store.select("SELECT ?o WHERE { GRAPH ?g { ?this <urn:p> ?o } }", this)
    assert [str(row["o"]) for row in select] == ["one"]
    assert backend.store.ask("ASK { GRAPH ?g { ?this <urn:p> 'one' } }", this)
    assert not backend.store.ask("ASK { GRAPH ?g { ?this <urn:p> 'two' } }", this)
    construct = "# a { in a comment\nCONSTRUCT { ?this <urn:q> [ <urn:r> ?o ] } { GRAPH ?g { ?this <urn:p> ?o } }"
    answer = backend.store.serialize_query(construct, "ntriples", this)
    graph = Graph().parse(data=answer.body.decode(), format="nt")
    assert len(graph) == 2 and {str(o) for o in graph.objects(None, URIRef("urn:r"))} == {"one"}


def test_backend_serves_the_rest_api_and_sparql(backend: Backend, extractor: Extractor) -> None:
    ingest([CORPUS], backend.store, backend.settings, extractor=extractor)
    settings = backend.settings.model_copy(update={"sparql_max_rows": 3})
    with serve_app(create_app(settings, backend.store), free_socket()) as url:
        listed = httpx.get(f"{url}/claims", params={"type": "MarketShare", "limit": 500}, timeout=60)
        assert listed.status_code == 200, listed.text
        shares = listed.json()["items"]
        assert shares and {claim["type"] for claim in shares} == {"MarketShare"}
        assert shares == [c for c in read_claims(backend.store, Iris(settings.base_iri)) if c["type"] == "MarketShare"]
        query = "SELECT ?c WHERE { GRAPH ?g { ?c a <https://w3id.org/claimgraph/ontology#MarketShare> } }"
        answer = httpx.get(f"{url}/sparql", params={"query": query},
                           headers={"Accept": "application/sparql-results+json"}, timeout=60)  # fmt: skip
        assert answer.status_code == 200, answer.text
        assert len(answer.json()["results"]["bindings"]) == 3 and answer.headers["X-SPARQL-Truncated"] == "true"
        ask = httpx.get(f"{url}/sparql", params={"query": "ASK { GRAPH ?g { ?s ?p ?o } }"},
                        headers={"Accept": "application/sparql-results+json"}, timeout=60)  # fmt: skip
        assert ask.status_code == 200 and ask.json()["boolean"] is True
        refused = httpx.post(f"{url}/sparql", data={"update": "DROP ALL"}, timeout=60)
        assert refused.status_code >= 400


def test_backend_listing_and_trace_read_only_the_claims_they_need(backend: Backend, extractor: Extractor) -> None:
    """On a remote store (nothing cached) the filters select the claims to read; the pages, cursors and traces
    must be those of the whole list filtered, on every backend."""
    ingest([CORPUS, TRACE], backend.store, backend.settings, extractor=extractor)
    iris = Iris(backend.settings.base_iri)
    everything = read_claims(backend.store, iris)
    filters = [
        ClaimFilter(type="MarketShare", modality="reported"),
        ClaimFilter(entity="qwen"),
        ClaimFilter(source="t1_omdia_wire"),
        ClaimFilter(subject="huawei-cloud", attributed_to="canalys", min=10),
        ClaimFilter(unit="percent", time_from="2025"),
        ClaimFilter(entity="not an IRI {}"),
    ]
    for claim_filter in filters:
        cursor: str | None = None
        for _ in range(len(everything)):
            page = list_claims(backend.store, iris, claim_filter, sort="-value", limit=4, cursor=cursor)
            assert page == plain_listing(everything, claim_filter, sort="-value", limit=4, cursor=cursor)
            if (cursor := page.next) is None:
                break
    for traced in everything[::9]:
        assert read_claims(backend.store, iris, claim_iri=traced["id"]) == [traced]
        answer = trace(backend.store, iris, traced["id"])
        compared = [
            item["claim"] for key in ("corroborating", "contradicting", "measures_other") for item in answer[key]
        ]
        home = traced["evidence"][0]["source"]["id"]
        assert sorted(c["id"] for c in compared) == sorted(
            c["id"]
            for c in everything
            if (c["type"], c["subject"]["id"]) == (traced["type"], traced["subject"]["id"])
            and c["evidence"][0]["source"]["id"] != home
        )


def test_virtuoso_cut_answers_are_never_taken_as_whole(virtuoso_server: Server) -> None:
    """Past ResultSetMaxRows Virtuoso answers 200 with part of the rows and X-SPARQL-MaxRows: claimgraph's own
    reads fail, and the endpoint marks the answer truncated."""
    over = "SELECT ?s ?x WHERE { ?s ?p ?o VALUES ?x { " + " ".join(str(i) for i in range(6)) + " } }"
    with open_store(virtuoso_server.settings.store, settings=virtuoso_server.settings) as store:
        with pytest.raises(StoreError, match="cut the answer"):
            store.select(over)
        answer = store.runner.query_with_limits(QueryRequest(over, formats=("json",), max_rows=VIRTUOSO_MAX_ROWS * 2))
        assert answer.truncated and answer.rows <= VIRTUOSO_MAX_ROWS


def test_remote_store_behind_basic_auth_works_with_its_credentials_only(servers: Servers, extractor: Extractor) -> None:
    """The Oxigraph server behind a reverse proxy that demands Basic auth: with CLAIMGRAPH_STORE_AUTH=basic and the
    right password, ingest and reads go through; a wrong password or none is refused, reads and writes alike, with
    the settings to check in the hint."""
    server = servers.get("oxigraph", "basic")
    with open_store(server.settings.store, settings=server.settings) as direct:
        clear(direct, server.system_graphs)
    upstream = str(server.settings.store).removesuffix("/query")
    with basic_auth_proxy(upstream, "claimgraph", PROXY_PASSWORD) as proxy:
        reach = {"store": f"{proxy}/query", "update_endpoint": f"{proxy}/update", "sparql_workers": 1}
        settings = Settings(**reach, store_user="claimgraph", store_password=PROXY_PASSWORD, store_auth="basic")
        with open_store(settings.store, settings=settings) as store:
            report = ingest([CORPUS / "002_b79b9e2e83c930c3.txt"], store, settings, extractor=extractor)
            assert report.ok and len(report.new) == 1
            assert read_claims(store, Iris(settings.base_iri))
            with open_store(server.settings.store, settings=server.settings) as direct:
                assert store.count_quads() == direct.count_quads() == report.triples
        for credentials in ({"store_user": "claimgraph", "store_password": "wrong"}, {}):
            refused = Settings(**reach, **credentials, store_auth="basic")
            with open_store(refused.store, settings=refused) as store:
                with pytest.raises(QueryRefusedError, match="401") as read:
                    store.count_quads()
                assert "CLAIMGRAPH_STORE_PASSWORD" in str(read.value.hint)
                with pytest.raises(QueryRefusedError, match="401"):
                    store.update("DROP ALL")
    with open_store(server.settings.store, settings=server.settings) as direct:
        assert direct.count_quads() == report.triples  # the refused DROP ALL never reached the server
