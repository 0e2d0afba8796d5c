"""Which embedded store: pyoxigraph directly, or rdflib over oxrdflib's Oxigraph store?

Loads the same synthetic claims dataset (built with claimgraph's own graph builder) into both, runs the claims
listing query and an aggregate through each, and writes the timings and ratios, with the machine's details, to
bench/results/store_choice.json. Run: `.venv/bin/python bench/store_choice.py`.
"""

from __future__ import annotations

import json
import statistics
import time
from decimal import Decimal
from pathlib import Path

import rdflib

from bench.machine import machine
from claimgraph.graph.build import extraction_triples
from claimgraph.graph.namespaces import Iris
from claimgraph.query.queries import load_query
from claimgraph.records import Article, Claim, Entity, Evidence, Extraction, ExtractionRun
from claimgraph.store import GraphEdit, open_store

IRIS = Iris("http://localhost:8000/")
RUN = ExtractionRun("bench", "en_core_web_sm", "3.8.0", "2026-01-01T00:00:00+00:00", "2026-01-01T00:00:01+00:00")
AGGREGATE = load_query("stats")
REPEAT = 5


def synthetic(sources: int, claims_per_source: int) -> list[tuple[rdflib.URIRef, list]]:
    """Graphs shaped like real ingests: market-share claims with one evidence span each."""
    graphs = []
    market = Entity("china-ai-cloud-market", "China AI cloud market", "Market")
    for s in range(sources):
        text = " ".join(f"Company{c} — {c % 50}.5%." for c in range(claims_per_source))
        article = Article(id=f"s{s}", file=f"s{s}.txt", text=text, media_type="text/plain")
        claims, offset = [], 0
        for c in range(claims_per_source):
            quote = f"Company{c} — {c % 50}.5%."
            start = text.index(quote, offset)
            offset = start + len(quote)
            claims.append(
                Claim(
                    type="MarketShare",
                    subject=Entity(f"company{c}", f"Company{c}", "Company", known=False),
                    object=market,
                    value=Decimal(f"{c % 50}.5"),
                    unit="percent",
                    confidence=0.9,
                    evidence=(Evidence(start, offset, quote),),
                )
            )
        graphs.append(
            (IRIS.source_graph(article.id), list(extraction_triples(IRIS, Extraction(article, tuple(claims), RUN))))
        )
    return graphs


def timed(action) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(REPEAT):
        began = time.perf_counter()
        action()
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def main() -> None:
    graphs = synthetic(sources=40, claims_per_source=100)
    with open_store(None) as direct:
        load_began = time.perf_counter()
        for graph, triples in graphs:
            direct.apply(GraphEdit(insert={graph: triples}))
        direct_load = time.perf_counter() - load_began
        quads = direct.count_quads()
        nquads = direct.export("nquads")
        direct_claims = timed(lambda: direct.select(load_query("claims")))
        direct_aggregate = timed(lambda: direct.select(AGGREGATE))

    dataset = rdflib.Dataset(store="Oxigraph", default_union=True)
    load_began = time.perf_counter()
    dataset.parse(data=nquads, format="nquads")
    wrapped_load = time.perf_counter() - load_began
    wrapped_claims = timed(lambda: list(dataset.query(load_query("claims"))))
    wrapped_aggregate = timed(lambda: list(dataset.query(AGGREGATE)))

    result = {
        "machine": machine(),
        "quads": quads,
        "seconds": {
            "pyoxigraph_load": round(direct_load, 4),
            "oxrdflib_load": round(wrapped_load, 4),
            "pyoxigraph_claims_query": round(direct_claims, 4),
            "oxrdflib_claims_query": round(wrapped_claims, 4),
            "pyoxigraph_aggregate": round(direct_aggregate, 4),
            "oxrdflib_aggregate": round(wrapped_aggregate, 4),
        },
        "ratio_oxrdflib_over_pyoxigraph": {
            "claims_query": round(wrapped_claims / direct_claims, 2),
            "aggregate": round(wrapped_aggregate / direct_aggregate, 2),
        },
    }
    out = Path(__file__).parent / "results" / "store_choice.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
