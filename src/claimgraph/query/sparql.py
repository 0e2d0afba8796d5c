"""The read service behind /sparql: a client's query, with the endpoint's limits from the settings applied.

The store runs it (the embedded store in a killable worker process); this layer decides the policy — how long a
query may run and how many rows it may return — so that transports stay thin and every caller gets the same.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from claimgraph.settings import Settings
from claimgraph.store import QueryAnswer, QueryRequest, Store


@dataclass(frozen=True)
class ClientQuery:
    """A query as a SPARQL 1.1 Protocol request carries it: the text and the optional protocol dataset
    (``default-graph-uri`` / ``named-graph-uri``; None when the request names none)."""

    sparql: str
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    base_iri: str | None = None  # the Protocol lets a service resolve relative IRIs against its own address


def run_client_query(
    store: Store,
    settings: Settings,
    query: ClientQuery,
    formats: tuple[str, ...],
    cancel: threading.Event | None = None,
) -> QueryAnswer:
    """Answer ``query`` in the first of ``formats`` that fits, within ``sparql_timeout`` and ``sparql_max_rows``.
    Blocks until the answer or the time limit: call it from a thread, never from an event loop. Setting
    ``cancel`` (the client went away) stops the query."""
    return store.runner.query_with_limits(
        QueryRequest(
            sparql=query.sparql,
            formats=formats,
            default_graphs=query.default_graphs,
            named_graphs=query.named_graphs,
            max_rows=settings.sparql_max_rows,
            timeout=settings.sparql_timeout,
            base_iri=query.base_iri,
            cancel=cancel,
        )
    )
