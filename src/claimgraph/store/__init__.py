"""Where the graph lives: one small interface (``base.Store``), filled by the embedded Oxigraph store today and by
a remote SPARQL 1.1 server later, so that extraction and services never learn which one they talk to."""

from claimgraph.store.base import DATASET_FORMATS, GraphEdit, QueryAnswer, QueryOutcome, QueryRequest, Store
from claimgraph.store.oxigraph import OxigraphStore, open_store

__all__ = [
    "DATASET_FORMATS",
    "GraphEdit",
    "OxigraphStore",
    "QueryAnswer",
    "QueryOutcome",
    "QueryRequest",
    "Store",
    "open_store",
]
