"""A small graph whose paths, neighbourhoods and centralities can be worked out by hand, written through the real
graph builder (so it has exactly the shape ingest writes) into any store, under any base IRI.

    lumen-ai ──CustomerOf, Spending── hubble-holdings ──CustomerOf── larkspur-cloud (unit of hubble-holdings)
                                         │  │                              │
                          CustomerOf ────┘  └── MarketShare ── quill-market│
                                         │                       │         │ Develops
                                    lattice-models ──MarketShare─┘         │
                                         └──────────Develops────── tessera ┘

Edges by type: CustomerOf is a star around hubble-holdings (lumen-ai, larkspur-cloud, lattice-models);
Develops is the chain lattice-models – tessera – larkspur-cloud; MarketShare joins hubble-holdings and
lattice-models to quill-market, as told by two sources that disagree about Hubble's 2025 share (30 vs 34).
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import URIRef
from rdflib.namespace import OWL

from claimgraph.graph.build import entity_triples, extraction_triples, source_triples
from claimgraph.graph.namespaces import SCHEMA, Iris
from claimgraph.records import Article, Claim, Entity, Evidence, Extraction, ExtractionRun, SourceMetadata
from claimgraph.store import GraphEdit, Store

HUBBLE = Entity("hubble-holdings", "Hubble Holdings", "Company", aliases=("Hubble",))
LUMEN = Entity("lumen-ai", "Lumen AI", "Lab")
LARKSPUR = Entity("larkspur-cloud", "Larkspur Cloud", "Cloud")
LATTICE = Entity("lattice-models", "Lattice Models", "Company")
TESSERA = Entity("tessera", "Tessera", "Model")
QUILL = Entity("quill-market", "Quill market", "Market")
ENTITIES = (HUBBLE, LUMEN, LARKSPUR, LATTICE, TESSERA, QUILL)
# A made-up identifier in Wikidata's form, for this test graph only (the gazetteer's are checked by hand).
HUBBLE_WIKIDATA = "http://www.wikidata.org/entity/Q999999991"
RUN = ExtractionRun("0.1.0", "hand", "1", "2026-12-01T00:00:00Z", "2026-12-01T00:00:01Z")

# (source id, date, [(type, subject, object, value, unit, period, sentence)])
SOURCES: list[tuple[str, str, list[tuple[str, Entity, Entity, str | None, str | None, str | None, str]]]] = [
    (
        "s1",
        "2026-01-10",
        [
            ("CustomerOf", LUMEN, HUBBLE, None, None, None, "Lumen AI is a customer of Hubble Holdings."),
            ("Spending", LUMEN, HUBBLE, "5000000", "USD", "2025", "Lumen AI spent $5 million with Hubble in 2025."),
            ("CustomerOf", LARKSPUR, HUBBLE, None, None, None, "Larkspur Cloud buys its servers from Hubble."),
            ("CustomerOf", LATTICE, HUBBLE, None, None, None, "Lattice Models rents compute from Hubble."),
            ("Develops", LATTICE, TESSERA, None, None, None, "Lattice Models develops Tessera."),
            ("Develops", LARKSPUR, TESSERA, None, None, None, "Larkspur Cloud co-develops Tessera."),
            ("MarketShare", HUBBLE, QUILL, "30", "percent", "2025", "Hubble held 30% of the Quill market in 2025."),
            ("MarketShare", LATTICE, QUILL, "20", "percent", "2025", "Lattice held 20% of the Quill market in 2025."),
        ],
    ),
    (
        "s2",
        "2026-02-20",
        [
            ("MarketShare", HUBBLE, QUILL, "34", "percent", "2025", "Hubble had a 34% share of the Quill market."),
            ("MarketShare", LATTICE, QUILL, "20", "percent", "2024", "Lattice had 20% of the Quill market in 2024."),
        ],
    ),
]


def articles_and_extractions() -> list[Extraction]:
    extractions = []
    for source_id, date, rows in SOURCES:
        text = " ".join(row[-1] for row in rows)
        claims = []
        for claim_type, subject, obj, value, unit, period, sentence in rows:
            start = text.index(sentence)
            claims.append(
                Claim(
                    type=claim_type,
                    subject=subject,
                    object=obj,
                    value=Decimal(value) if value else None,
                    unit=unit,
                    time=period,
                    evidence=(Evidence(start, start + len(sentence), sentence),),
                    confidence=0.9,
                )
            )
        article = Article(
            id=source_id,
            file=f"{source_id}.txt",
            text=text,
            media_type="text/plain",
            metadata=SourceMetadata(title=f"Report {source_id}", publisher="Hand Press", date=date),
        )
        extractions.append(Extraction(article=article, claims=tuple(claims), run=RUN))
    return extractions


def load_small_graph(store: Store, base_iri: str) -> None:
    """Write the graph above into ``store`` with IRIs under ``base_iri``: entities (with a parent organisation and
    an owl:sameAs) in the entities graph, each source's claims in its own graph, metadata in the sources graph."""
    iris = Iris(base_iri)
    known = [triple for entity in ENTITIES for triple in entity_triples(iris, entity)]
    known.append((iris.entity(LARKSPUR.key), SCHEMA.parentOrganization, iris.entity(HUBBLE.key)))
    known.append((iris.entity(HUBBLE.key), OWL.sameAs, URIRef(HUBBLE_WIKIDATA)))
    insert = {iris.entities_graph: known}
    sources = []
    for extraction in articles_and_extractions():
        insert[iris.source_graph(extraction.article.id)] = list(extraction_triples(iris, extraction))
        sources.extend(source_triples(iris, extraction.article))
    insert[iris.sources_graph] = sources
    store.apply(GraphEdit(insert=insert))
