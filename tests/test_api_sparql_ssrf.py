"""No query makes the server fetch a URL (server-side request forgery through SERVICE).

A listener on loopback stands for every address a client might name (a cloud metadata service, an admin port): it
must receive nothing, whatever the spelling of SERVICE — plain, with escapes, after a prefixed name, behind a
variable, in a subquery, SILENT — and for spellings a fuzzer draws from the grammar. The answer is a refusal (403)
or, for SERVICE SILENT, an answer without the remote part; never a 5xx.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from collections.abc import Iterator

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.store import engine
from sparql_server import Endpoint


class Listener:
    """A TCP server on a free loopback port that records every connection made to it."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.connections: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                peer, _ = self.socket.accept()
            except TimeoutError:
                continue
            with peer:
                peer.settimeout(1)
                try:
                    self.connections.append(peer.recv(200))
                except OSError:
                    self.connections.append(b"")

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.socket.close()


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


def spellings(port: int) -> list[str]:
    url = f"http://127.0.0.1:{port}/x"
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o .SERVICE <{url}> {{ ?a ?b ?c }} }}",
        f"PREFIX ex: <http://e/> SELECT * WHERE {{ ?s ex:a\\#b ?o .SERVICE <{url}> {{ ?a ?b ?c }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?a ?b ?c }} }}",
        f"SELECT * WHERE {{ sErViCe#comment\n<{url}> {{ ?a ?b ?c }} }}",
        f"PREFIX svc: <http://127.0.0.1:{port}/> SELECT * WHERE {{ SERVICE svc:x {{ ?a ?b ?c }} }}",
        f"BASE <http://127.0.0.1:{port}/> SELECT * WHERE {{ SERVICE <x> {{ ?a ?b ?c }} }}",
        f"SELECT * WHERE {{ VALUES ?u {{ <{url}> }} SERVICE ?u {{ ?a ?b ?c }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?a ?b ?c }} }}",
        f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }} }} }}",
        f"SELECT * WHERE {{ OPTIONAL {{ SERVICE <{url}> {{ ?a ?b ?c }} }} }}",
        f"ASK {{ FILTER EXISTS {{ SERVICE <{url}> {{ ?a ?b ?c }} }} }}",
        f"CONSTRUCT {{ ?a ?b ?c }} WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }}",
    ]


def assert_nothing_left(endpoint: Endpoint, listener: Listener, query: str) -> None:
    before = len(listener.connections)
    response = httpx.get(endpoint.sparql, params={"query": query}, timeout=30)
    assert response.status_code < 500, response.text
    assert response.status_code in (200, 400, 403), response.text
    assert len(listener.connections) == before, f"the server connected out for {query!r}"


def test_api_sparql_ssrf_the_listener_itself_is_reachable(listener: Listener) -> None:
    """The guard for the tests below: a plain connection does reach the listener."""
    before = len(listener.connections)
    with socket.create_connection(("127.0.0.1", listener.port)) as client:
        client.sendall(b"ping")
    for _ in range(50):
        if len(listener.connections) > before:
            break
        threading.Event().wait(0.02)
    assert len(listener.connections) == before + 1


@pytest.mark.parametrize("index", range(len(spellings(0))))
def test_api_sparql_ssrf_no_spelling_of_service_connects_out(
    sparql_endpoint: Endpoint, listener: Listener, index: int
) -> None:
    assert_nothing_left(sparql_endpoint, listener, spellings(listener.port)[index])


def test_api_sparql_ssrf_a_service_past_the_textual_check_is_still_refused(
    sparql_endpoint: Endpoint, listener: Listener
) -> None:
    """This spelling is not seen by the text check (the '.' before SERVICE reads as part of a name there): the
    worker's missing network refuses it."""
    query = f"SELECT * WHERE {{ ?s ?p ?o .SERVICE <http://127.0.0.1:{listener.port}/x> {{ ?a ?b ?c }} }}"
    assert engine.network_denied is False  # this process is the test, not a worker
    response = httpx.get(sparql_endpoint.sparql, params={"query": query}, timeout=30)
    assert response.status_code == 403, response.text
    assert "SERVICE" in response.json()["detail"]


_blank = st.sampled_from([" ", "\n", "\t", "  ", " #note\n", "\r\n"])
_case = st.sampled_from(["SERVICE", "service", "Service", "sErVIce", "\\u0053ERVICE", "SERV\\u0049CE"])


@st.composite
def fuzzed_service_query(draw: st.DrawFn, port: int) -> str:
    """A query with SERVICE placed where the grammar allows a GroupGraphPatternSub element."""
    target = draw(
        st.sampled_from(
            [f"<http://127.0.0.1:{port}/f>", "svc:f", "?u"],
        )
    )
    silent = draw(st.sampled_from(["", "SILENT", "silent"]))
    service = f"{draw(_case)}{draw(_blank)}{silent}{draw(_blank)}{target}{draw(_blank)}{{ ?a ?b ?c }}"
    before = draw(st.sampled_from(["", "?s ?p ?o .", "?s ?p ?o ;", "?s svc:p\\#x ?o .", "BIND(1 AS ?one)"]))
    wrap = draw(
        st.sampled_from(["{}", "OPTIONAL {{ {} }}", "{{ {} }} UNION {{ }}", "MINUS {{ {} }}", "FILTER EXISTS {{ {} }}"])
    )
    values = f"VALUES ?u {{ <http://127.0.0.1:{port}/f> }}" if target == "?u" else ""
    body = wrap.format(service)
    return (
        f"PREFIX svc: <http://127.0.0.1:{port}/>{draw(_blank)}"
        f"SELECT * WHERE {{{draw(_blank)}{values} {before}{draw(_blank)}{body}{draw(_blank)}}}"
    )


def test_api_sparql_ssrf_fuzzed_spellings_never_connect_out(sparql_endpoint: Endpoint, listener: Listener) -> None:
    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(fuzzed_service_query(listener.port))
    def check(query: str) -> None:
        assert_nothing_left(sparql_endpoint, listener, query)

    check()


SANDBOXED = """
import sys
import pyoxigraph as ox
from claimgraph.store import engine
assert engine.deny_network()
store = ox.Store()
store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("o")))
url = sys.argv[1]
try:
    list(store.query("SELECT * WHERE { SERVICE <" + url + "> { ?a ?b ?c } }"))
except PermissionError:
    print("raw: denied")
job = {"sparql": "SELECT * WHERE { ?s ?p ?o .SERVICE <" + url + "> { ?a ?b ?c } }", "formats": ["json"],
       "max_rows": 10}
print("engine:", engine.execute(store, job)["code"])
"""


def test_engine_deny_network_stops_even_an_unchecked_service(listener: Listener) -> None:
    """The defence itself, without the textual check: pyoxigraph called directly in a process that dropped its
    network fails to connect, and the engine answers such a failure as a refusal."""
    before = len(listener.connections)
    url = f"http://127.0.0.1:{listener.port}/x"
    done = subprocess.run([sys.executable, "-c", SANDBOXED, url], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["raw: denied", "engine: refused"]
    assert len(listener.connections) == before
