"""uvicorn's limits as ``claimgraph serve`` sets them (issue 17 item 12): a request that does not arrive whole in
time is dropped, an oversized request head is refused, and a client that leaves mid-request costs one log line,
not a traceback. A real ``claimgraph serve`` and raw sockets: no HTTP client would send half a request."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import httpx
import pytest

from claimgraph.store import open_store
from sparql_server import LOOPBACK, serve_cli

pytestmark = pytest.mark.slow


def _closed_by_server(sock: socket.socket, within: float) -> bool:
    """Whether the server closes the connection within ``within`` seconds (anything it sends first is read)."""
    sock.settimeout(within)
    try:
        while sock.recv(4096):
            pass
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True
    return True


def test_api_server_limits_incomplete_requests_are_dropped_and_logged_in_one_line(tmp_path: Path) -> None:
    open_store(tmp_path / "store").close()
    log = tmp_path / "serve.log"
    with serve_cli(tmp_path / "store", log, env={"CLAIMGRAPH_REQUEST_TIMEOUT": "1"}) as url:
        port = int(url.rsplit(":", 1)[1])
        silent = socket.create_connection((LOOPBACK, port))
        half_head = socket.create_connection((LOOPBACK, port))
        half_head.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n")
        half_body = socket.create_connection((LOOPBACK, port))
        half_body.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                          b"Content-Length: 1000\r\n\r\nASK {")  # fmt: skip
        try:
            for sock in (silent, half_head, half_body):  # each would be held open for ever without the limit
                assert _closed_by_server(sock, within=10)
        finally:
            for sock in (silent, half_head, half_body):
                sock.close()

        huge_head = socket.create_connection((LOOPBACK, port))
        huge_head.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Filler: " + b"a" * (100 << 10) + b"\r\n\r\n")
        assert huge_head.recv(100).startswith(b"HTTP/1.1 431")
        huge_head.close()
        big_body = httpx.post(url + "/sparql", content=b"ASK {}" + b" " * (4 << 20),
                              headers={"Content-Type": "application/sparql-query"}, timeout=30)  # fmt: skip
        assert big_body.status_code == 413  # the body is not taken for a long head

        abandoned = socket.create_connection((LOOPBACK, port))
        abandoned.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                          b"Content-Length: 1000\r\n\r\nASK {")  # fmt: skip
        time.sleep(0.3)
        abandoned.close()
        time.sleep(0.5)
    text = log.read_text()
    assert "Traceback" not in text
    assert "was not complete within 1 s" in text
