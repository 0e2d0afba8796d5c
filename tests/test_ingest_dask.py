"""``claimgraph ingest --dask ADDRESS``: the NLP pass on a real Dask cluster (a local scheduler and two worker
processes started by the test), the store written by the client; the result is what a plain ingest writes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

from claimgraph.extract import Extractor
from claimgraph.graph.namespaces import Iris
from claimgraph.ingest import _worker_extractor, ingest
from claimgraph.query.claims import read_claims
from claimgraph.settings import Settings
from claimgraph.store import open_store
from test_cli import run

pytestmark = pytest.mark.slow
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:
        yield local


def _extractors_built(client: Client) -> dict[str, int]:
    """Per worker, whether it built an extractor: proof that the NLP pass ran there."""

    def built() -> int:
        from claimgraph.ingest import _worker_extractor

        return _worker_extractor.cache_info().currsize

    return dict(client.run(built))


def test_ingest_dask_cli_extracts_on_the_cluster_and_writes_what_a_plain_ingest_writes(
    cluster: LocalCluster, capsys: pytest.CaptureFixture[str], tmp_path: Path, extractor: Extractor
) -> None:
    store = tmp_path / "store"
    code, out, err = run(capsys, "ingest", str(CORPUS), "--store", str(store), "--dask", cluster.scheduler_address)
    assert code == 0 and "5 new" in out, err
    with Client(cluster.scheduler_address) as client:
        assert sum(_extractors_built(client).values()) >= 1  # the five articles are one task: on one worker
    assert _worker_extractor.cache_info().currsize == 0  # and none of them in this process
    settings = Settings(store=None)
    iris = Iris(settings.base_iri)
    with open_store(None) as plain:
        expected = ingest([CORPUS], plain, settings, extractor=extractor)
        plain_claims = read_claims(plain, iris)
    with open_store(store, read_only=True) as db:
        assert read_claims(db, iris) == plain_claims and db.count_quads() == expected.triples


def test_ingest_dask_unreachable_scheduler_is_a_store_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "ingest", str(CORPUS), "--store", str(tmp_path / "s"), "--dask", "tcp://127.0.0.1:9")
    assert code == 3 and "Dask scheduler" in err
