"""The shipped ontology: the vocabulary declares every cg: term the code uses, the unit and modality schemes
match records, the gazetteer keeps its rules and names every gold entity, and the SHACL shapes accept what the
graph builder writes and reject what it must not. Fast: rdflib and pySHACL only, no spaCy."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as rdfns
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS

from claimgraph import records
from claimgraph.graph.namespaces import CG, ENTITY_CLASSES, MODALITY, OA, UNIT, Iris, slugify
from claimgraph.graph.ontology import load_gazetteer

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology"
SOURCES = ROOT / "src"
GOLD = Path(__file__).resolve().parent / "data" / "gold" / "seeds.jsonl"
BASE = "http://localhost:8000/"
DECLARATIONS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)

# A parent and its unit are separate entities: the parent is never a label of the unit, nor the unit of the
# parent (the gold format allows the parent's name as an alias of the unit in numeric claims only).
PARENTS = [
    ("Alibaba Cloud", "Alibaba"),
    ("Volcano Engine", "ByteDance"),
    ("TikTok", "ByteDance"),
    ("Microsoft Azure", "Microsoft"),
    ("AWS", "Amazon"),
    ("Google Cloud", "Google"),
    ("Tencent Cloud", "Tencent"),
    ("Baidu AI Cloud", "Baidu"),
    ("Huawei Cloud", "Huawei"),
]


@cache
def _load(name: str) -> Graph:
    return Graph().parse(ONTOLOGY / name, format="turtle", publicID=BASE)


def _vocabulary() -> Graph:
    return _load("claimgraph.ttl")


def _gazetteer() -> Graph:
    return _load("entities.ttl")


def _entities() -> list[URIRef]:
    return sorted(set(_gazetteer().subjects(RDF.type, CG.Entity)))


def _labels(entity: URIRef) -> set[str]:
    graph = _gazetteer()
    return {str(label) for p in (SKOS.prefLabel, SKOS.altLabel) for label in graph.objects(entity, p)}


@lru_cache(maxsize=1)
def _entity_by_label() -> dict[str, set[URIRef]]:
    index: dict[str, set[URIRef]] = defaultdict(set)
    for entity in _entities():
        for label in _labels(entity):
            index[label.casefold()].add(entity)
    return dict(index)


def _entity_by_pref_label(name: str) -> list[URIRef]:
    return [e for e in _gazetteer().subjects(SKOS.prefLabel, Literal(name)) if (e, RDF.type, CG.Entity) in _gazetteer()]


def _gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _gold_names() -> list[str]:
    names = {claim[field] for claim in _gold() for field in ("subject", "object", "attributed_to")}
    return sorted(name for name in names if name)


def _cg_terms_in_code() -> set[str]:
    """Every cg: term the Python sources name literally (CG.Name, CG["Name"]), plus every claim type."""
    pattern = re.compile(r"\bCG\.([A-Za-z_]\w*)\b(?!\s*\()|\bCG\[\s*[\"']([^\"']+)[\"']\s*\]")
    names = set(records.CLAIM_TYPES)
    for path in SOURCES.rglob("*.py"):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            names.add(match.group(1) or match.group(2))
    return names


# --- parsing and the vocabulary -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["claimgraph.ttl", "shapes.ttl", "entities.ttl"])
def test_ontology_files_parse(name: str) -> None:
    assert len(_load(name)) > 0


def test_ontology_declares_every_cg_term_the_code_uses() -> None:
    terms = _cg_terms_in_code()
    assert {"Claim", "Company", "Evidence"} <= terms, "the source scan found nothing: has the layout changed?"
    vocabulary = _vocabulary()
    undeclared = sorted(t for t in terms if not any((CG[t], RDF.type, d) in vocabulary for d in DECLARATIONS))
    assert not undeclared, f"used in src/ but not declared in ontology/claimgraph.ttl: {undeclared}"


def test_ontology_declares_each_cg_term_with_label_and_comment() -> None:
    vocabulary = _vocabulary()
    for declaration in DECLARATIONS:
        for term in vocabulary.subjects(RDF.type, declaration):
            if isinstance(term, URIRef) and str(term).startswith(str(CG)):
                assert vocabulary.value(term, RDFS.label), f"{term} has no rdfs:label"
                assert vocabulary.value(term, RDFS.comment), f"{term} has no rdfs:comment"


def test_ontology_places_each_claim_type_under_its_family() -> None:
    vocabulary = _vocabulary()
    assert (CG.Claim, RDFS.subClassOf, PROV.Entity) in vocabulary
    for family in (CG.NumericClaim, CG.RelationClaim, CG.SanctionEffect):
        assert (family, RDFS.subClassOf, CG.Claim) in vocabulary
    for name in records.CLAIM_TYPES:
        family = (
            CG.NumericClaim
            if name in records.NUMERIC_CLAIM_TYPES
            else CG.RelationClaim
            if name in records.RELATION_CLAIM_TYPES
            else CG.Claim
        )
        assert (CG[name], RDFS.subClassOf, family) in vocabulary, f"cg:{name} is not a subclass of {family}"


def test_ontology_declares_every_entity_class_under_cg_entity() -> None:
    vocabulary = _vocabulary()
    for cls in ENTITY_CLASSES.values():
        if str(cls).startswith(str(CG)):
            assert (cls, RDFS.subClassOf, CG.Entity) in vocabulary, f"{cls} is not a subclass of cg:Entity"


@pytest.mark.parametrize(
    ("namespace", "strings"), [(UNIT, records.UNITS), (MODALITY, records.MODALITIES)], ids=["units", "modalities"]
)
def test_ontology_concept_scheme_matches_records(namespace, strings: tuple[str, ...]) -> None:
    vocabulary = _vocabulary()
    scheme = URIRef(str(namespace))
    assert (scheme, RDF.type, SKOS.ConceptScheme) in vocabulary
    for string in strings:
        concept = namespace[string]
        assert (concept, RDF.type, SKOS.Concept) in vocabulary, f"{concept} is not a skos:Concept"
        assert (concept, SKOS.inScheme, scheme) in vocabulary
        assert list(vocabulary.objects(concept, SKOS.notation)) == [Literal(string)]
        assert vocabulary.value(concept, SKOS.prefLabel)
    in_scheme = {str(c)[len(str(namespace)) :] for c in vocabulary.subjects(SKOS.inScheme, scheme)}
    assert in_scheme == set(strings), "the scheme and records disagree"


def test_ontology_defines_every_modality() -> None:
    vocabulary = _vocabulary()
    for modality in records.MODALITIES:
        assert vocabulary.value(MODALITY[modality], SKOS.definition), f"modality:{modality} has no definition"


# --- the gazetteer --------------------------------------------------------------------------------------------


def test_ontology_gazetteer_is_broad() -> None:
    assert len(_entities()) >= 600


@pytest.mark.parametrize(
    ("name", "entity_type"),
    [
        ("RunPod", "Company"),  # GPU clouds beyond the hyperscalers
        ("Fluidstack", "Company"),
        ("Equinix", "Company"),  # data-centre operators
        ("Cerebras", "Company"),  # chip designers
        ("Quanta", "Company"),  # server makers
        ("Mixtral", "Model"),
        ("gpt-oss-120b", "Model"),
        ("Trainium2", "Product"),
        ("Dell'Oro Group", "ResearchFirm"),
        ("Moody's", "ResearchFirm"),
        ("Technology Innovation Institute", "Lab"),
    ],
)
def test_ontology_gazetteer_knows_the_markets_players_beyond_china(name: str, entity_type: str) -> None:
    # names articles on the whole AI market use; unknown, the entity ruler leaves them to NER's guesses (a person,
    # a place), and a rule that needs a company or a model never sees them
    known = [e for e in load_gazetteer(BASE) if name.casefold() in {n.casefold() for n in (e.label, *e.aliases)}]
    assert [e.type for e in known] == [entity_type]


def test_ontology_gazetteer_uses_relative_iris_minted_from_the_pref_label() -> None:
    text = (ONTOLOGY / "entities.ttl").read_text(encoding="utf-8")
    assert not re.search(r"^\s*@base|^\s*BASE", text, re.MULTILINE | re.IGNORECASE), "entities.ttl must not set a base"
    iris = Iris(BASE)
    for entity in _entities():
        label = str(_gazetteer().value(entity, SKOS.prefLabel))
        assert entity == iris.entity(slugify(label)), f"{entity} should be <entity/{slugify(label)}>"


def test_ontology_gazetteer_entities_have_one_pref_label_and_one_class() -> None:
    graph, classes = _gazetteer(), set(ENTITY_CLASSES.values())
    for entity in _entities():
        pref = list(graph.objects(entity, SKOS.prefLabel))
        assert len(pref) == 1, f"{entity} has {len(pref)} skos:prefLabel"
        assert list(graph.objects(entity, RDFS.label)) == pref, f"{entity}: rdfs:label must equal skos:prefLabel"
        types = [t for t in graph.objects(entity, RDF.type) if t in classes]
        assert len(types) == 1, f"{entity} has entity classes {types}, expected exactly one of ENTITY_CLASSES"
    assert set(graph.subjects(SKOS.prefLabel, None)) == set(_entities()), "a labelled node is not a cg:Entity"


def test_ontology_gazetteer_labels_are_plain_strings() -> None:
    graph = _gazetteer()
    for predicate in (SKOS.prefLabel, SKOS.altLabel, RDFS.label):
        for entity, label in graph.subject_objects(predicate):
            assert isinstance(label, Literal) and label.language is None and label.datatype is None, (entity, label)
            assert label.strip() == str(label) and label, (entity, label)


def test_ontology_gazetteer_has_no_label_on_two_entities() -> None:
    collisions = {label: sorted(map(str, es)) for label, es in _entity_by_label().items() if len(es) > 1}
    assert not collisions, f"labels naming several entities (case-insensitively): {collisions}"


def test_ontology_gazetteer_parents_are_organisations_in_the_gazetteer() -> None:
    graph = _gazetteer()
    organisations = {
        CG.Company,
        CG.CloudPlatform,
        CG.ResearchLab,
        CG.ResearchFirm,
        CG.Aggregator,
        rdfns.SDO.Organization,
    }
    for child, parent in graph.subject_objects(rdfns.SDO.parentOrganization):
        assert (parent, RDF.type, CG.Entity) in graph, f"{child}: parent {parent} is not in the gazetteer"
        for node in (child, parent):
            assert set(graph.objects(node, RDF.type)) & organisations, f"{node} is not an organisation"


@pytest.mark.parametrize(("unit", "parent"), PARENTS)
def test_ontology_gazetteer_keeps_parent_and_unit_apart(unit: str, parent: str) -> None:
    [unit_node], [parent_node] = _entity_by_pref_label(unit), _entity_by_pref_label(parent)
    assert (unit_node, rdfns.SDO.parentOrganization, parent_node) in _gazetteer()
    assert parent.casefold() not in {label.casefold() for label in _labels(unit_node)}
    assert unit.casefold() not in {label.casefold() for label in _labels(parent_node)}


@pytest.mark.parametrize("name", _gold_names())
def test_ontology_gazetteer_names_every_gold_entity(name: str) -> None:
    # the corpus's own name for an entity ("Baidu Cloud") may be an older one the gazetteer keeps as an altLabel
    named = _entity_by_pref_label(name) or sorted(_entity_by_label().get(name.casefold(), set()))
    assert len(named) == 1, f"gold name {name!r} is not the skos:prefLabel or altLabel of one entity"


# --- the shapes -----------------------------------------------------------------------------------------------

IRIS = Iris(BASE)
SOURCE_ID = "000_example"
TEXT = "Market shares. Alibaba Cloud — 35.8%: leader. Alibaba Cloud holds 35.8% of the market. Qwen runs there."
SOURCE = IRIS.source(SOURCE_ID)
ACTIVITY = IRIS.activity(SOURCE_ID, "0" * 64, "0.1.0")
AGENTS = (IRIS.agent("claimgraph", "0.1.0"), IRIS.agent("en_core_web_sm", "3.8.0"))
ALIBABA_CLOUD, MARKET = IRIS.entity("alibaba-cloud"), IRIS.entity("china-ai-cloud-market")
QWEN, IDC = IRIS.entity("qwen"), IRIS.entity("idc")
POLICY, LABS = IRIS.entity("us-export-controls-on-advanced-ai-chips"), IRIS.entity("chinese-ai-labs")
SHARE = IRIS.claim(SOURCE_ID, ("MarketShare", "alibaba-cloud"))
OFFERS = IRIS.claim(SOURCE_ID, ("Offers", "alibaba-cloud", "qwen"))
SANCTION = IRIS.claim(SOURCE_ID, ("SanctionEffect", "policy"))


def _span(quote: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(quote, start + 1)
    return start, start + len(quote)


def _add_evidence(graph: Graph, claim: URIRef, start: int, end: int) -> None:
    node = IRIS.evidence(SOURCE_ID, start, end)
    quote, position = URIRef(f"{node}#quote"), URIRef(f"{node}#position")
    graph.add((claim, CG.evidence, node))
    for triple in [
        (node, RDF.type, CG.Evidence),
        (node, RDF.type, OA.SpecificResource),
        (node, OA.hasSource, SOURCE),
        (node, OA.hasSelector, quote),
        (node, OA.hasSelector, position),
        (quote, RDF.type, OA.TextQuoteSelector),
        (quote, OA.exact, Literal(TEXT[start:end])),
        (quote, OA.prefix, Literal(TEXT[max(0, start - 32) : start])),
        (quote, OA.suffix, Literal(TEXT[end : end + 32])),
        (position, RDF.type, OA.TextPositionSelector),
        (position, OA.start, Literal(start, datatype=rdfns.XSD.nonNegativeInteger)),
        (position, OA.end, Literal(end, datatype=rdfns.XSD.nonNegativeInteger)),
    ]:
        graph.add(triple)


def _add_claim(
    graph: Graph,
    claim: URIRef,
    types: tuple[URIRef, ...],
    label: str,
    subject: URIRef,
    obj: URIRef | None,
    spans: list[tuple[int, int]],
) -> None:
    for cls in types:
        graph.add((claim, RDF.type, cls))
    graph.add((claim, RDFS.label, Literal(label)))
    graph.add((claim, CG.subject, subject))
    if obj is not None:
        graph.add((claim, CG.object, obj))
    graph.add((claim, CG.modality, MODALITY.asserted))
    graph.add((claim, CG.confidence, Literal("0.9", datatype=rdfns.XSD.decimal)))
    graph.add((claim, PROV.wasDerivedFrom, SOURCE))
    graph.add((claim, PROV.wasGeneratedBy, ACTIVITY))
    for start, end in spans:
        _add_evidence(graph, claim, start, end)


def _valid_graph() -> Graph:
    """The union of an entities graph, a sources graph and one source's claims, as the graph builder writes them."""
    graph = Graph()
    for node, cls, label, aliases in [
        (ALIBABA_CLOUD, CG.CloudPlatform, "Alibaba Cloud", ["Aliyun"]),
        (MARKET, CG.Market, "China AI cloud market", ["AI cloud market"]),
        (QWEN, CG.AIModel, "Qwen", []),
        (IDC, CG.ResearchFirm, "IDC", []),
        (POLICY, CG.Policy, "US export controls on advanced AI chips", []),
        (LABS, CG.EntityGroup, "Chinese AI labs", []),
    ]:
        graph.add((node, RDF.type, CG.Entity))
        graph.add((node, RDF.type, cls))
        graph.add((node, SKOS.prefLabel, Literal(label)))
        graph.add((node, RDFS.label, Literal(label)))
        for alias in aliases:
            graph.add((node, SKOS.altLabel, Literal(alias)))
    for triple in [
        (SOURCE, RDF.type, rdfns.SDO.Article),
        (SOURCE, RDF.type, PROV.Entity),
        (SOURCE, DCTERMS.identifier, Literal(f"{SOURCE_ID}.txt")),
        (SOURCE, DCTERMS.title, Literal("Market shares")),
        (SOURCE, DCTERMS.date, Literal("2026")),
        (SOURCE, DCTERMS.language, Literal("en")),
        (SOURCE, DCTERMS.format, Literal("text/plain")),
        (SOURCE, rdfns.SDO.sha256, Literal("ab" * 32)),
        (SOURCE, rdfns.SDO.text, Literal(TEXT)),
        (SOURCE, rdfns.SDO.url, URIRef("https://example.org/article")),
        (ACTIVITY, RDF.type, PROV.Activity),
        (ACTIVITY, RDF.type, CG.ExtractionActivity),
        (ACTIVITY, PROV.used, SOURCE),
        (ACTIVITY, PROV.startedAtTime, Literal("2026-11-25T15:00:00+00:00", datatype=rdfns.XSD.dateTime)),
        (ACTIVITY, PROV.endedAtTime, Literal("2026-11-25T15:00:01+00:00", datatype=rdfns.XSD.dateTime)),
    ]:
        graph.add(triple)
    for agent, name, version in zip(AGENTS, ("claimgraph", "en_core_web_sm"), ("0.1.0", "3.8.0"), strict=True):
        graph.add((ACTIVITY, PROV.wasAssociatedWith, agent))
        graph.add((agent, RDF.type, PROV.SoftwareAgent))
        graph.add((agent, rdfns.SDO.name, Literal(name)))
        graph.add((agent, rdfns.SDO.softwareVersion, Literal(version)))

    _add_claim(
        graph,
        SHARE,
        (CG.Claim, CG.NumericClaim, CG.MarketShare),
        "MarketShare: Alibaba Cloud → China AI cloud market = 35.8 percent",
        ALIBABA_CLOUD,
        MARKET,
        [_span("Alibaba Cloud — 35.8%"), _span("Alibaba Cloud holds 35.8%")],
    )
    graph.add((SHARE, CG.value, Literal("35.8", datatype=rdfns.XSD.decimal)))
    graph.add((SHARE, CG.valueMax, Literal("36", datatype=rdfns.XSD.decimal)))
    graph.add((SHARE, CG.unit, UNIT.percent))
    graph.add((SHARE, DCTERMS.temporal, Literal("2025-H1")))
    graph.add((SHARE, CG.measure, Literal("revenue")))
    graph.add((SHARE, PROV.wasAttributedTo, IDC))
    alt = URIRef(f"{SHARE}#alt-0")
    graph.add((SHARE, CG.altValue, alt))
    graph.add((alt, RDF.type, CG.AltValue))
    graph.add((alt, CG.value, Literal("36", datatype=rdfns.XSD.decimal)))
    graph.add((alt, CG.unit, UNIT.percent))

    _add_claim(
        graph,
        OFFERS,
        (CG.Claim, CG.RelationClaim, CG.Offers),
        "Offers: Alibaba Cloud → Qwen",
        ALIBABA_CLOUD,
        QWEN,
        [_span("Qwen runs there")],
    )
    _add_claim(
        graph,
        SANCTION,
        (CG.Claim, CG.SanctionEffect),
        "SanctionEffect: US export controls on advanced AI chips → Chinese AI labs",
        POLICY,
        LABS,
        [_span("Market shares")],
    )
    return graph


def _validate(graph: Graph) -> tuple[bool, Graph, str]:
    conforms, results, text = validate(
        graph, shacl_graph=_load("shapes.ttl"), ont_graph=_vocabulary(), inference="none", allow_warnings=False
    )
    return bool(conforms), results, str(text)


def _violations(results: Graph) -> set[tuple[str, str, str]]:
    """(focus node, path, message) of every validation result."""
    found = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        path = results.value(result, SH.resultPath)
        found.add(
            (
                str(results.value(result, SH.focusNode)),
                str(path) if path is not None else "",
                str(results.value(result, SH.resultMessage)),
            )
        )
    return found


def _set(subject: URIRef, predicate: URIRef, value) -> Callable[[Graph], None]:
    def mutate(graph: Graph) -> None:
        graph.remove((subject, predicate, None))
        graph.add((subject, predicate, value))

    return mutate


def _drop(subject: URIRef, predicate: URIRef) -> Callable[[Graph], None]:
    def mutate(graph: Graph) -> None:
        graph.remove((subject, predicate, None))

    return mutate


def _drop_position_selector(graph: Graph) -> None:
    evidence = IRIS.evidence(SOURCE_ID, *_span("Qwen runs there"))
    graph.remove((evidence, OA.hasSelector, URIRef(f"{evidence}#position")))


def test_ontology_shapes_accept_what_the_builder_writes() -> None:
    conforms, results, text = _validate(_valid_graph())
    assert conforms, text
    assert not _violations(results)


def test_ontology_shapes_accept_the_gazetteer() -> None:
    conforms, _, text = _validate(_gazetteer())
    assert conforms, text


INVALID = {
    "claim without evidence": (_drop(OFFERS, CG.evidence), OFFERS, CG.evidence, "cg:evidence"),
    "numeric claim without value": (_drop(SHARE, CG.value), SHARE, CG.value, "cg:value"),
    "bad modality": (_set(SHARE, CG.modality, MODALITY.maybe), SHARE, CG.modality, "cg:modality"),
    "relation claim without object": (_drop(OFFERS, CG.object), OFFERS, CG.object, "cg:object"),
    "market share without object": (_drop(SHARE, CG.object), SHARE, CG.object, "cg:MarketShare"),
    "numeric claim without unit": (_drop(SHARE, CG.unit), SHARE, CG.unit, "cg:unit"),
    "unknown unit": (_set(SHARE, CG.unit, UNIT.furlongs), SHARE, CG.unit, "cg:unit"),
    "confidence above one": (
        _set(SHARE, CG.confidence, Literal("1.5", datatype=rdfns.XSD.decimal)),
        SHARE,
        CG.confidence,
        "cg:confidence",
    ),
    "confidence as a double": (_set(SHARE, CG.confidence, Literal(0.9)), SHARE, CG.confidence, "xsd:decimal"),
    "free-text period": (
        _set(SHARE, DCTERMS.temporal, Literal("April 2026")),
        SHARE,
        DCTERMS.temporal,
        "dcterms:temporal",
    ),
    "range upside down": (
        _set(SHARE, CG.valueMax, Literal("10", datatype=rdfns.XSD.decimal)),
        SHARE,
        CG.value,
        "cg:valueMax",
    ),
    "subject is no entity": (_set(OFFERS, CG.subject, IRIS.entity("nowhere")), OFFERS, CG.subject, "cg:Entity"),
    "subject is its own object": (_set(OFFERS, CG.object, ALIBABA_CLOUD), OFFERS, CG.subject, "different"),
    "no specific claim type": (lambda g: g.remove((OFFERS, RDF.type, CG.Offers)), OFFERS, RDF.type, "claim type"),
    "relation claim with a value": (
        _set(OFFERS, CG.value, Literal("1", datatype=rdfns.XSD.decimal)),
        OFFERS,
        CG.value,
        "no cg:value",
    ),
    "sanction effect typed numeric": (
        lambda g: g.add((SANCTION, RDF.type, CG.NumericClaim)),
        SANCTION,
        RDF.type,
        "cg:SanctionEffect",
    ),
    "no source": (_drop(SHARE, PROV.wasDerivedFrom), SHARE, PROV.wasDerivedFrom, "prov:wasDerivedFrom"),
    "evidence without position selector": (
        _drop_position_selector,
        str(IRIS.evidence(SOURCE_ID, *_span("Qwen runs there"))),
        OA.hasSelector,
        "oa:TextPositionSelector",
    ),
    "bad sha256": (_set(SOURCE, rdfns.SDO.sha256, Literal("XYZ")), SOURCE, rdfns.SDO.sha256, "sha256"),
    "entity with two preferred labels": (
        lambda g: g.add((QWEN, SKOS.prefLabel, Literal("Tongyi Qianwen"))),
        QWEN,
        SKOS.prefLabel,
        "skos:prefLabel",
    ),
    "alternative value without unit": (
        _drop(URIRef(f"{SHARE}#alt-0"), CG.unit),
        URIRef(f"{SHARE}#alt-0"),
        CG.unit,
        "cg:unit",
    ),
}


@pytest.mark.parametrize("case", list(INVALID), ids=list(INVALID))
def test_ontology_shapes_reject_invalid_claim_graphs(case: str) -> None:
    mutate, focus, path, message = INVALID[case]
    graph = _valid_graph()
    mutate(graph)
    conforms, results, text = _validate(graph)
    assert not conforms, f"{case}: expected a violation"
    hits = [v for v in _violations(results) if v[0] == str(focus) and v[1] == str(path)]
    assert hits, f"{case}: no violation on {path} of {focus}:\n{text}"
    assert any(message in hit[2] for hit in hits), f"{case}: messages {[h[2] for h in hits]} lack {message!r}"
