"""`claimgraph paths`, `central` and `graph` in-process through the real entry point, on a store of each backend
holding the hand-checkable graph of graph_data.py."""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
import pytest

from claimgraph import cli
from claimgraph.store import open_store
from graph_data import load_small_graph
from store_servers import CliStores
from test_cli import run

pytestmark = pytest.mark.backends  # the store-backed tests run on every backend (store_servers.py)

BASE = "http://localhost:8000/"


@pytest.fixture
def store_dir(cli_stores: CliStores, monkeypatch: pytest.MonkeyPatch) -> str:
    """The small graph in a store of the module's backend; its ``--store`` value."""
    monkeypatch.setenv("CLAIMGRAPH_BASE_IRI", BASE)
    location = cli_stores.location()
    with open_store(location, settings=cli.get_settings()) as store:
        load_small_graph(store, BASE)
    return location


def test_cli_paths_prints_each_hop_with_its_evidence(capsys: pytest.CaptureFixture[str], store_dir: str) -> None:
    code, out, _ = run(capsys, "paths", "Lumen AI", "larkspur-cloud", "--store", store_dir, "--max-hops", "2")
    out = " ".join(out.split())  # rich wraps long lines at the terminal's width
    assert code == 0
    assert "path 1 (2 hops): Lumen AI → Hubble Holdings → Larkspur Cloud" in out
    assert "Larkspur Cloud —CustomerOf→ Hubble Holdings: 'Larkspur Cloud buys its servers from Hubble.' (s1.txt)" in out
    code, out, _ = run(capsys, "paths", "lumen-ai", "tessera", "--store", store_dir, "-k", "5", "--json")
    # Every simple path there is: through Hubble and Lattice or Larkspur (3), through Hubble, Quill, Lattice (4).
    assert code == 0 and [p["length"] for p in json.loads(out)] == [3, 3, 4]


def test_cli_paths_unknown_entity_is_bad_input(capsys: pytest.CaptureFixture[str], store_dir: str) -> None:
    code, _, err = run(capsys, "paths", "Nobody", "tessera", "--store", store_dir)
    assert code == 2 and "no entity 'Nobody'" in err


def test_cli_central_ranks_the_hub_first(capsys: pytest.CaptureFixture[str], store_dir: str) -> None:
    code, out, _ = run(capsys, "central", "--store", store_dir, "--measure", "degree", "--json")
    assert code == 0
    ranking = json.loads(out)
    assert ranking["items"][0]["key"] == "hubble-holdings" and ranking["items"][0]["score"] == pytest.approx(0.8)
    code, _, err = run(capsys, "central", "--store", store_dir, "--measure", "closeness")
    assert code == 2 and "unknown measure" in err


def test_cli_graph_writes_graphml_networkx_reads(
    capsys: pytest.CaptureFixture[str], store_dir: str, tmp_path: Path
) -> None:
    target = tmp_path / "claims.graphml"
    code, _, _ = run(capsys, "graph", "--store", store_dir, "--format", "graphml", "-o", str(target))
    assert code == 0
    graph = nx.read_graphml(target, force_multigraph=True, edge_key_type=str)
    assert graph.number_of_nodes() == 6 and graph.number_of_edges() == 10
    code, out, _ = run(capsys, "graph", "--store", store_dir, "--format", "gexf", "--type", "Develops")
    assert code == 0 and nx.read_gexf(io.BytesIO(out.encode())).number_of_edges() == 2
