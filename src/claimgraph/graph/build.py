"""Records → triples. Every node is an IRI (no blank nodes), so a graph can be replaced, exported and compared
as is, and every evidence span or claim can be dereferenced later."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS as _DCTERMS
from rdflib.namespace import PROV as _PROV
from rdflib.namespace import RDF as _RDF
from rdflib.namespace import RDFS as _RDFS
from rdflib.namespace import SKOS as _SKOS
from rdflib.namespace import XSD as _XSD
from rdflib.namespace import DefinedNamespace
from rdflib.term import Node

from claimgraph.graph.namespaces import CG as _CG
from claimgraph.graph.namespaces import ENTITY_CLASSES, Iris, modality_iri, unit_iri
from claimgraph.graph.namespaces import OA as _OA
from claimgraph.graph.namespaces import SCHEMA as _SCHEMA
from claimgraph.records import (
    NUMERIC_CLAIM_TYPES,
    RELATION_CLAIM_TYPES,
    Article,
    Claim,
    Entity,
    Evidence,
    Extraction,
)

Triple = tuple[Node, Node, Node]


class _Terms:
    """A namespace whose terms are made once. rdflib makes, and validates, a new URIRef at every ``RDF.type`` or
    ``CG["Claim"]``; an ingest asks for the same few dozen terms some 130,000 times."""

    def __init__(self, namespace: Namespace | type[DefinedNamespace]) -> None:
        self._namespace = namespace
        self._items: dict[str, URIRef] = {}

    def __getattr__(self, name: str) -> URIRef:  # only for names not yet set on the instance
        if name.startswith("_"):
            raise AttributeError(name)
        term: URIRef = getattr(self._namespace, name)
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        term = self._items.get(name)
        if term is None:
            term = self._items[name] = self._namespace[name]
        return term


DCTERMS, PROV, RDF, RDFS, SKOS, XSD = (_Terms(ns) for ns in (_DCTERMS, _PROV, _RDF, _RDFS, _SKOS, _XSD))
CG, OA, SCHEMA = _Terms(_CG), _Terms(_OA), _Terms(_SCHEMA)
CONTEXT_CHARS = 32  # prefix/suffix length of a TextQuoteSelector: enough to re-anchor a quote in edited text


def source_triples(iris: Iris, article: Article) -> Iterator[Triple]:
    """What the sources graph says of one article: its metadata and the stored text every offset refers to."""
    source = iris.source(article.id)
    meta = article.metadata
    yield source, RDF.type, SCHEMA.Article
    yield source, RDF.type, PROV.Entity
    yield source, DCTERMS.identifier, Literal(article.file)
    yield source, DCTERMS.format, Literal(article.media_type)
    yield source, DCTERMS.language, Literal(meta.language)
    yield source, SCHEMA.sha256, Literal(article.sha256)
    yield source, SCHEMA.text, Literal(article.text)
    for predicate, value in (
        (DCTERMS.title, meta.title),
        (DCTERMS.creator, meta.author),
        (DCTERMS.publisher, meta.publisher),
        (DCTERMS.date, meta.date),
    ):
        if value:
            yield source, predicate, Literal(value)
    if meta.url:
        yield source, SCHEMA.url, URIRef(meta.url)


def extraction_triples(iris: Iris, extraction: Extraction) -> Iterator[Triple]:
    """The content of one source's graph: its claims, their evidence, the extraction activity, and the
    entities the gazetteer does not know (so that they leave with the source)."""
    article, run = extraction.article, extraction.run
    source = iris.source(article.id)
    activity = iris.activity(article.id, article.sha256, run.software_version)
    software = iris.agent("claimgraph", run.software_version)
    model = iris.agent(run.model_name, run.model_version)
    yield activity, RDF.type, PROV.Activity
    yield activity, RDF.type, CG.ExtractionActivity
    yield activity, PROV.used, source
    yield activity, PROV.startedAtTime, Literal(run.started, datatype=XSD.dateTime)
    yield activity, PROV.endedAtTime, Literal(run.ended, datatype=XSD.dateTime)
    for agent, name, version in (
        (software, "claimgraph", run.software_version),
        (model, run.model_name, run.model_version),
    ):
        yield activity, PROV.wasAssociatedWith, agent
        yield agent, RDF.type, PROV.SoftwareAgent
        yield agent, SCHEMA.name, Literal(name)
        yield agent, SCHEMA.softwareVersion, Literal(version)
    for entity in extraction.entities:
        if not entity.known:
            yield from entity_triples(iris, entity)
    for claim in extraction.claims:
        yield from claim_triples(iris, article, claim, activity)


def entity_triples(iris: Iris, entity: Entity) -> Iterator[Triple]:
    node = iris.entity(entity.key)
    yield node, RDF.type, CG.Entity
    yield node, RDF.type, ENTITY_CLASSES[entity.type]
    yield node, SKOS.prefLabel, Literal(entity.label)
    yield node, RDFS.label, Literal(entity.label)
    for alias in entity.aliases:
        yield node, SKOS.altLabel, Literal(alias)


def claim_triples(iris: Iris, article: Article, claim: Claim, activity: URIRef) -> Iterator[Triple]:
    node = iris.claim(article.id, claim.identity)
    yield node, RDF.type, CG.Claim
    if claim.type in NUMERIC_CLAIM_TYPES:
        yield node, RDF.type, CG.NumericClaim
    elif claim.type in RELATION_CLAIM_TYPES:
        yield node, RDF.type, CG.RelationClaim
    yield node, RDF.type, CG[claim.type]
    yield node, RDFS.label, Literal(claim_label(claim))
    yield node, CG.subject, iris.entity(claim.subject.key)
    if claim.object is not None:
        yield node, CG.object, iris.entity(claim.object.key)
    if claim.value is not None:
        yield node, CG.value, decimal_literal(claim.value)
    if claim.value_max is not None:
        yield node, CG.valueMax, decimal_literal(claim.value_max)
    if claim.unit is not None:
        yield node, CG.unit, unit_iri(claim.unit)
    if claim.time is not None:
        yield node, DCTERMS.temporal, Literal(claim.time)
    if claim.measure is not None:
        yield node, CG.measure, Literal(claim.measure)
    if claim.effect is not None:
        yield node, CG.effect, Literal(claim.effect)
    yield node, CG.modality, modality_iri(claim.modality)
    if claim.attributed_to is not None:
        yield node, PROV.wasAttributedTo, iris.entity(claim.attributed_to.key)
    yield node, CG.confidence, decimal_literal(Decimal(str(round(claim.confidence, 3))))
    yield node, PROV.wasDerivedFrom, iris.source(article.id)
    yield node, PROV.wasGeneratedBy, activity
    for index, alt in enumerate(claim.alt_values):
        alt_node = URIRef(f"{node}#alt-{index}")
        yield node, CG.altValue, alt_node
        yield alt_node, RDF.type, CG.AltValue
        yield alt_node, CG.value, decimal_literal(alt.value)
        yield alt_node, CG.unit, unit_iri(alt.unit)
    for evidence in claim.evidence:
        yield node, CG.evidence, iris.evidence(article.id, evidence.start, evidence.end)
        yield from evidence_triples(iris, article, evidence)


def evidence_triples(iris: Iris, article: Article, evidence: Evidence) -> Iterator[Triple]:
    """A span as W3C Web Annotation selectors: the quote with its context, and its character offsets."""
    node = iris.evidence(article.id, evidence.start, evidence.end)
    quote, position = URIRef(f"{node}#quote"), URIRef(f"{node}#position")
    text = article.text
    yield node, RDF.type, CG.Evidence
    yield node, RDF.type, OA.SpecificResource
    yield node, OA.hasSource, iris.source(article.id)
    yield node, OA.hasSelector, quote
    yield node, OA.hasSelector, position
    yield quote, RDF.type, OA.TextQuoteSelector
    yield quote, OA.exact, Literal(evidence.quote)
    yield quote, OA.prefix, Literal(text[max(0, evidence.start - CONTEXT_CHARS) : evidence.start])
    yield quote, OA.suffix, Literal(text[evidence.end : evidence.end + CONTEXT_CHARS])
    yield position, RDF.type, OA.TextPositionSelector
    yield position, OA.start, Literal(evidence.start, datatype=XSD.nonNegativeInteger)
    yield position, OA.end, Literal(evidence.end, datatype=XSD.nonNegativeInteger)


def claim_label(claim: Claim) -> str:
    """A one-line human label: 'MarketShare: Alibaba Cloud → China AI cloud market = 35.8 percent'."""
    label = f"{claim.type}: {claim.subject.label}"
    if claim.object is not None:
        label += f" → {claim.object.label}"
    if claim.value is not None:
        value = format(claim.value.normalize(), "f")
        if claim.value_max is not None:
            value += "–" + format(claim.value_max.normalize(), "f")
        label += f" = {value} {claim.unit or ''}".rstrip()
    return label


def decimal_literal(value: Decimal) -> Literal:
    return Literal(format(value.normalize(), "f"), datatype=XSD.decimal)
