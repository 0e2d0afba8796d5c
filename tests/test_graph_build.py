"""Records → RDF: stable IRIs, evidence as Web Annotation selectors, and SHACL-valid output."""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal
from rdflib.namespace import RDF

from claimgraph.graph.build import claim_label, extraction_triples, source_triples
from claimgraph.graph.namespaces import CG, OA, Iris
from claimgraph.graph.ontology import GAZETTEER, load_graph
from claimgraph.graph.shapes import validate_ntriples
from claimgraph.records import Article, Claim, Entity, Evidence, Extraction, ExtractionRun, SourceMetadata

IRIS = Iris("http://localhost:8000/")
TEXT = "Market Landscape\nAlibaba Cloud — 35.8%: leader.\nAlibaba Cloud — 35.8% again."
ARTICLE = Article(id="a1", file="a1.txt", text=TEXT, media_type="text/plain", metadata=SourceMetadata(title="T"))
ALIBABA_CLOUD = Entity("alibaba-cloud", "Alibaba Cloud", "Cloud")
MARKET = Entity("china-ai-cloud-market", "China AI cloud market", "Market")
RUN = ExtractionRun("0.1.0", "en_core_web_sm", "3.8.0", "2026-11-25T10:00:00+00:00", "2026-11-25T10:00:01+00:00")


def _evidence(quote: str, occurrence: int = 0) -> Evidence:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(quote, start + 1)
    return Evidence(start, start + len(quote), quote)


def _share(*evidence: Evidence, subject: Entity = ALIBABA_CLOUD) -> Claim:
    return Claim(
        type="MarketShare",
        subject=subject,
        object=MARKET,
        value=Decimal("35.8"),
        unit="percent",
        evidence=evidence,
        confidence=0.9,
    )


def _graph(*claims: Claim) -> Graph:
    graph = Graph()
    for triple in extraction_triples(IRIS, Extraction(ARTICLE, claims, RUN)):
        graph.add(triple)
    return graph


def test_graph_build_claim_iri_depends_on_content_not_on_wording() -> None:
    once = _share(_evidence("Alibaba Cloud — 35.8%"))
    again = _share(_evidence("Alibaba Cloud — 35.8%", 1))
    assert IRIS.claim("a1", once.identity) == IRIS.claim("a1", again.identity)
    other = _share(_evidence("Alibaba Cloud — 35.8%"), subject=Entity("huawei-cloud", "Huawei Cloud", "Cloud"))
    assert IRIS.claim("a1", other.identity) != IRIS.claim("a1", once.identity)


def test_graph_build_evidence_carries_quote_context_and_offsets() -> None:
    evidence = _evidence("Alibaba Cloud — 35.8%", 1)
    graph = _graph(_share(evidence))
    node = IRIS.evidence("a1", evidence.start, evidence.end)
    selectors = set(graph.objects(node, OA.hasSelector))
    quote = next(s for s in selectors if (s, RDF.type, OA.TextQuoteSelector) in graph)
    position = next(s for s in selectors if (s, RDF.type, OA.TextPositionSelector) in graph)
    assert str(graph.value(quote, OA.exact)) == TEXT[evidence.start : evidence.end]
    assert TEXT[: evidence.start].endswith(str(graph.value(quote, OA.prefix)))
    assert TEXT[evidence.end :].startswith(str(graph.value(quote, OA.suffix)))
    assert int(graph.value(position, OA.start)) == evidence.start  # type: ignore[arg-type]
    assert int(graph.value(position, OA.end)) == evidence.end  # type: ignore[arg-type]


def test_graph_build_values_are_decimals_and_types_are_asserted_at_every_level() -> None:
    graph = _graph(_share(_evidence("Alibaba Cloud — 35.8%")))
    claim = next(graph.subjects(RDF.type, CG.MarketShare))
    assert {CG.Claim, CG.NumericClaim, CG.MarketShare} <= set(graph.objects(claim, RDF.type))
    value = graph.value(claim, CG.value)
    assert isinstance(value, Literal) and value.datatype is not None and str(value) == "35.8"


def test_graph_build_label_reads_like_the_claim() -> None:
    assert claim_label(_share(_evidence("Alibaba Cloud — 35.8%"))) == (
        "MarketShare: Alibaba Cloud → China AI cloud market = 35.8 percent"
    )


def test_graph_build_new_entities_travel_with_their_source_graph() -> None:
    startup = Entity("acme-ai", "Acme AI", "Organization", known=False)
    graph = _graph(_share(_evidence("Alibaba Cloud — 35.8%"), subject=startup))
    assert (IRIS.entity("acme-ai"), RDF.type, CG.Entity) in graph
    assert (IRIS.entity("alibaba-cloud"), RDF.type, CG.Entity) not in graph  # known: lives in the gazetteer graph


def test_graph_build_output_conforms_to_the_shapes() -> None:
    graph = _graph(_share(_evidence("Alibaba Cloud — 35.8%"), _evidence("Alibaba Cloud — 35.8%", 1)))
    for triple in source_triples(IRIS, ARTICLE):
        graph.add(triple)
    graph += load_graph(GAZETTEER, IRIS.base)
    report = validate_ntriples(graph.serialize(format="nt", encoding="utf-8"))
    assert report.conforms, report.text


def test_graph_build_shapes_catch_a_claim_without_evidence() -> None:
    graph = _graph(_share(_evidence("Alibaba Cloud — 35.8%")))
    for triple in source_triples(IRIS, ARTICLE):
        graph.add(triple)
    graph += load_graph(GAZETTEER, IRIS.base)
    graph.remove((None, CG.evidence, None))
    report = validate_ntriples(graph.serialize(format="nt", encoding="utf-8"))
    assert not report.conforms and report.violations >= 1
