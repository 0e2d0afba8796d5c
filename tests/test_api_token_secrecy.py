"""The write token stays secret (issue 17 item 3): a real ``claimgraph serve`` never writes it to its log or its
stderr, whether the token offered is right, wrong or malformed, the write succeeds or fails; the app's own log
records, down to DEBUG, never hold it either; and the check compares with ``hmac.compare_digest``."""

from __future__ import annotations

import hmac
import logging
from pathlib import Path

import httpx
import pytest

from claimgraph.api import auth
from claimgraph.store import open_store
from rest_server import TOKEN, TRACE, Api
from sparql_server import serve_cli
from test_api_claims import assert_problem

SECRET = "s3cr3t-write-token-7c1d0e9a"  # distinctive, so that any leak, even inside a longer string, is found
TEXT = (TRACE / "t1_omdia_wire.txt").read_bytes()


def writes(url: str, token: str) -> list[int]:
    """Every kind of write with the right token, wrong ones and malformed headers; the statuses seen."""
    right = {"Authorization": f"Bearer {token}"}
    offered = [
        {"Authorization": f"Bearer {token}x"},
        {"Authorization": f"Bearer {token[:-1]}"},
        {"Authorization": f"Basic {token}"},
        {"Authorization": f"{token}"},
        {"Authorization": f"Bearer {token} {token}"},
        {"X-Api-Token": token},
    ]
    statuses = []
    with httpx.Client(base_url=url, timeout=120) as client:
        for headers in offered:
            for response in (
                client.post("/sources", content=TEXT, headers={**headers, "Content-Type": "text/plain"}),
                client.delete("/sources/t1_omdia_wire", headers=headers),
            ):
                statuses.append(response.status_code)
                assert token not in response.text and token not in str(response.headers)
        for response in (
            client.post("/sources", params={"id": "t1"}, content=TEXT, headers={**right, "Content-Type": "text/plain"}),
            client.post("/sources", params={"id": "t1"}, content=b"Other text.",
                        headers={**right, "Content-Type": "text/plain"}),  # 409: another text under the id
            client.post("/sources", content=b"%PDF", headers={**right, "Content-Type": "application/pdf"}),
            client.post("/sources", content=b"{", headers={**right, "Content-Type": "application/json"}),
            client.delete("/sources/t1", headers=right),
            client.delete("/sources/t1", headers=right),  # 404 the second time
        ):  # fmt: skip
            statuses.append(response.status_code)
            assert token not in response.text and token not in str(response.headers)
    return statuses


@pytest.mark.slow
def test_api_token_never_reaches_the_log_or_stderr_of_claimgraph_serve(tmp_path: Path) -> None:
    open_store(tmp_path / "store").close()
    log = tmp_path / "serve.log"  # the server's stdout and stderr, uvicorn's access and error logs included
    with serve_cli(tmp_path / "store", log, env={"CLAIMGRAPH_API_TOKEN": SECRET}) as url:
        statuses = writes(url, SECRET)
    assert statuses == [401] * 12 + [201, 409, 415, 400, 204, 404]
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "POST /sources" in text and "DELETE /sources/t1" in text  # the log was captured
    assert SECRET not in text
    assert SECRET[:12] not in text and SECRET[-12:] not in text  # nor a piece of it


def test_api_token_is_in_no_log_record_of_the_app(writable_api: Api, caplog: pytest.LogCaptureFixture) -> None:
    """In the same process, every server-side logger at DEBUG (the client's own, httpx and httpcore, aside)."""
    caplog.set_level(logging.DEBUG)
    statuses = writes(writable_api.url, TOKEN)
    assert 201 in statuses and 401 in statuses
    server_side = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    for record in server_side:
        assert TOKEN not in record.getMessage() and TOKEN not in str(record.args), record.name


def test_api_token_check_compares_in_constant_time(writable_api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    """The offered token meets the configured one only inside ``hmac.compare_digest`` (which takes as long
    whatever prefix matches), for right and wrong tokens alike; ``==`` would leak the length of a match."""
    seen: list[tuple[bytes, bytes]] = []
    compare = hmac.compare_digest

    def spy(offered: bytes, expected: bytes) -> bool:
        seen.append((offered, expected))
        return compare(offered, expected)

    monkeypatch.setattr(auth.hmac, "compare_digest", spy)
    for offered, status in ((TOKEN, 404), (TOKEN + "x", 401), (TOKEN[:-1], 401)):
        response = httpx.delete(writable_api.url + "/sources/none", headers={"Authorization": f"Bearer {offered}"})
        assert_problem(response, status)
    assert seen == [(t.encode(), TOKEN.encode()) for t in (TOKEN, TOKEN + "x", TOKEN[:-1])]
