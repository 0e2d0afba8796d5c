"""The command line, run in-process through its real entry point against each backend (an on-disk store, or a
server named by URL with the rest in the environment), and the README kept honest about it (every command and
every setting documented)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.main import get_command

from claimgraph import cli
from claimgraph.settings import Settings
from store_servers import CliStores

pytestmark = pytest.mark.backends  # the store-backed tests run on every backend (store_servers.py)

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(get_command(cli.app).commands)  # type: ignore[attr-defined]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run `claimgraph ARGS...` through `cli.main`, as the console script does."""
    import sys

    argv, sys.argv = sys.argv, ["claimgraph", *args]
    try:
        with pytest.raises(SystemExit) as exited:
            cli.main()
    finally:
        sys.argv = argv
    captured = capsys.readouterr()
    return int(exited.value.code or 0), captured.out, captured.err


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_help_and_is_in_the_readme(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, _ = run(capsys, command, "--help")
    assert code == 0 and "Usage" in out
    assert re.search(rf"`claimgraph {command}\b", README), f"README does not document `claimgraph {command}`"


def test_cli_every_setting_is_in_the_readme() -> None:
    for name in Settings.model_fields:
        assert f"CLAIMGRAPH_{name.upper()}" in README


@pytest.mark.slow
def test_cli_ingest_claims_query_validate_export_import(
    capsys: pytest.CaptureFixture[str], cli_stores: CliStores, tmp_path: Path
) -> None:
    store = cli_stores.location()
    code, out, _ = run(capsys, "ingest", str(ROOT / "corpus"), "--store", store)
    assert code == 0 and "5 new" in out
    code, out, _ = run(capsys, "ingest", str(ROOT / "corpus"), "--store", store)
    assert code == 0 and "5 unchanged" in out

    code, out, _ = run(capsys, "claims", "--store", store, "--format", "jsonl")
    claims = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and claims
    assert set(claims[0]) == {
        "id",
        "type",
        "subject",
        "object",
        "value",
        "value_max",
        "unit",
        "time",
        "measure",
        "effect",
        "modality",
        "attributed_to",
        "confidence",
        "evidence",
    }
    code, out, _ = run(capsys, "claims", "--store", store, "--type", "MarketShare", "--format", "json")
    assert code == 0 and {c["type"] for c in json.loads(out)} == {"MarketShare"}

    code, out, _ = run(
        capsys,
        "query",
        "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://schema.org/Article> }",
        "--store",
        store,
        "--format",
        "csv",
    )
    assert code == 0 and list(csv.reader(io.StringIO(out))) == [["n"], ["5"]]  # Virtuoso quotes the header

    code, out, _ = run(capsys, "validate", "--store", store)
    assert code == 0 and "conforms" in out
    code, out, _ = run(capsys, "stats", "--store", store)
    assert code == 0 and "claims" in out

    exported = tmp_path / "dump.nq"
    assert run(capsys, "export", "--store", store, "--format", "nquads", "-o", str(exported))[0] == 0
    copy = cli_stores.location("copy")
    code, out, _ = run(capsys, "import", str(exported), "--store", copy)
    quads = [line for line in exported.read_bytes().splitlines() if line.strip()]
    assert code == 0 and f"triples in store: {len(quads)}" in out


def test_cli_reading_a_store_that_was_never_written_is_a_store_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "query", "SELEC nothing", "--store", str(tmp_path / "store"))
    assert code == 3 and "no store" in err  # nothing ingested yet: said plainly, before the query is read


def test_cli_bad_input_gets_a_message_and_exit_code_2(
    capsys: pytest.CaptureFixture[str], cli_stores: CliStores
) -> None:
    store = cli_stores.location()
    assert run(capsys, "import", str(ROOT / "tests" / "data" / "tiny.nq"), "--store", store)[0] == 0
    code, _, err = run(capsys, "query", "SELEC nothing", "--store", store)
    assert code == 2 and ("syntax error" in err or "not a SPARQL query" in err)  # a server: refused before sending
    code, _, err = run(capsys, "claims", "--store", store, "--type", "Nonsense")
    assert code == 2 and "unknown claim type" in err
    code, _, err = run(capsys, "export", "--store", store, "--format", "yaml")
    assert code == 2 and "unknown dataset format" in err


def test_cli_ingest_reports_a_broken_file_and_exits_1(
    capsys: pytest.CaptureFixture[str], cli_stores: CliStores, tmp_path: Path
) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00garbage")
    code, out, err = run(capsys, "ingest", str(tmp_path / "bad.txt"), "--store", cli_stores.location())
    assert code == 1 and "1 failed" in out and "bad.txt" in err


def test_cli_explain_says_what_each_figure_became_or_why_it_was_dropped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "note.txt"
    article.write_text(
        "Kestrel Labs grew 41% in the quarter to $2 billion, while 900 units shipped and 17% is a number.\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "explain", str(article), "--json")
    assert code == 0
    figures = {f["text"]: f for f in json.loads(out)["figures"]}
    assert figures["41%"]["claims"][0].startswith("Revenue Kestrel Labs = 41 percent")
    assert figures["$2 billion"]["claims"][0].startswith("Revenue Kestrel Labs = 2000000000 USD")
    assert "amount a growth just before it reached" in figures["$2 billion"]["reason"]
    assert figures["17%"]["claims"] == [] and figures["17%"]["reason"].startswith("dropped: ")
    code, out, _ = run(capsys, "explain", str(article))
    assert code == 0 and "4 figures" not in out and "'41%': Revenue Kestrel Labs" in out
