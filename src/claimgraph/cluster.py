"""Extraction on the workers of a Dask distributed cluster (``claimgraph ingest --dask tcp://scheduler:8786``).

The only module that imports ``distributed``. The cluster runs the NLP pass only; results come back to the
client, whose one writer puts them in the store, so every source is still replaced atomically and a cluster
never needs access to the store. Workers need claimgraph installed (the same version) and should run one thread
each (``dask worker --nthreads 1``): spaCy holds the GIL, so more threads per process only add contention.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from distributed import Client

from claimgraph.errors import StoreError
from claimgraph.fanout import Pending


class DaskSubmitter:
    """A Dask client as ``fanout.Submitter``: each task is impure (``pure=False``), so that Dask neither
    hashes an article's text into a key nor hands back a cached result for a file that was edited."""

    def __init__(self, client: Client) -> None:
        self.client = client

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Pending[Any]:
        future: Pending[Any] = self.client.submit(fn, *args, pure=False)
        return future


@contextmanager
def dask_cluster(address: str, timeout: float = 30.0) -> Iterator[tuple[DaskSubmitter, int]]:
    """A submitter on the cluster at ``address`` and how many tasks its workers run at once (their threads)."""
    try:
        client = Client(address, timeout=timeout)
    except OSError as error:
        raise StoreError(f"cannot reach the Dask scheduler at {address}: {error}") from error
    with client:
        yield DaskSubmitter(client), max(1, sum(client.nthreads().values()))
