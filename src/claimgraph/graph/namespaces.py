"""Vocabularies and the minting of every IRI claimgraph writes.

Terms come from standard vocabularies wherever one exists (PROV-O, W3C Web Annotation, schema.org, SKOS,
Dublin Core); ``cg:`` only names what they lack: the claim classes, a claim's slots, the entity classes.
Every ``cg:`` term used here is declared in ``ontology/claimgraph.ttl`` (a test keeps that true).
"""

from __future__ import annotations

import hashlib
from collections.abc import Hashable
from functools import lru_cache
from urllib.parse import unquote

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

from claimgraph.records import slugify

CG = Namespace("https://w3id.org/claimgraph/ontology#")
UNIT = Namespace("https://w3id.org/claimgraph/unit/")
MODALITY = Namespace("https://w3id.org/claimgraph/modality/")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = SDO  # https://schema.org/
ONTOLOGY_GRAPH = URIRef("https://w3id.org/claimgraph/ontology")

# Prefixes for readable Turtle and TriG exports.
PREFIXES: dict[str, str] = {
    name: str(namespace)
    for name, namespace in {
        "cg": CG,
        "unit": UNIT,
        "modality": MODALITY,
        "oa": OA,
        "prov": PROV,
        "schema": SCHEMA,
        "skos": SKOS,
        "dcterms": DCTERMS,
        "rdf": RDF,
        "rdfs": RDFS,
        "xsd": XSD,
        "owl": OWL,
    }.items()
}

# Entity types of records.ENTITY_TYPES → their RDF class (schema.org's where it has one).
ENTITY_CLASSES: dict[str, URIRef] = {
    "Company": CG.Company,
    "Cloud": CG.CloudPlatform,
    "Lab": CG.ResearchLab,
    "Model": CG.AIModel,
    "Product": CG.Product,
    "Country": SCHEMA.Country,
    "Region": CG.Region,
    "Market": CG.Market,
    "Policy": CG.Policy,
    "ResearchFirm": CG.ResearchFirm,
    "Aggregator": CG.Aggregator,
    "Group": CG.EntityGroup,
    "Organization": SCHEMA.Organization,
    "Person": SCHEMA.Person,  # whom an article quotes: an executive, an analyst
}
ENTITY_TYPES_BY_CLASS: dict[URIRef, str] = {cls: name for name, cls in ENTITY_CLASSES.items()}


def digest(*parts: object, length: int = 16) -> str:
    """Content hash for IRIs that must stay the same for the same content."""
    text = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


# Characters a source id (a file name) may hold that an IRI path segment may not, or where they would change its
# meaning (a fragment, a query, a percent escape, another segment): each is percent-encoded as UTF-8.
# "/" never occurs in a source id (file names cannot hold it; POSTed ids are checked) but joins a source's id to
# the path of one of its revisions ("shares/revision/3f0c…"), which must stay a path.
_UNSAFE_IN_SEGMENT = frozenset('%#?<>"{}|\\^`[]') | frozenset(map(chr, [*range(0x21), 0x7F]))


@lru_cache(maxsize=4096)  # a source's id is minted into every claim's and evidence span's IRI
def id_segment(source_id: str) -> str:
    """A source id as one IRI path segment. Ids made of the characters file names usually hold (letters of any
    script, digits, ``-_.~`` and the like) stay as they are, so existing IRIs do not change; a space, ``%``,
    ``#``, ``"``, ``{``, ``>`` and the other characters an IRI forbids or reads as syntax are percent-encoded,
    so that any file name gives a valid IRI (and a valid SPARQL Update), and ``source_id_of`` reverses it."""
    return "".join(ch if _fits_segment(ch) else _percent(ch) for ch in source_id)


def _fits_segment(ch: str) -> bool:
    """ASCII outside the unsafe set, or a character of RFC 3987's ``ucschar`` (no C1 controls, private use or
    non-characters)."""
    code = ord(ch)
    if code < 0x80:
        return ch not in _UNSAFE_IN_SEGMENT
    return (
        0xA0 <= code <= 0xD7FF
        or 0xF900 <= code <= 0xFDCF
        or 0xFDF0 <= code <= 0xFFEF
        or (0x10000 <= code <= 0xEFFFD and code & 0xFFFF < 0xFFFE)
    )


def _percent(ch: str) -> str:
    return "".join(f"%{byte:02X}" for byte in ch.encode("utf-8", "surrogateescape"))


def source_id_of(segment: str) -> str:
    """The source id an IRI segment minted by ``id_segment`` stands for (every ``%`` in an id is encoded)."""
    return unquote(segment, errors="surrogateescape")


class Iris:
    """Mints the IRIs of one deployment under its configurable base.

    All data IRIs sit under ``base`` so that, with the base pointed at the REST API, each dereferences.
    """

    def __init__(self, base: str) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.sources_graph = URIRef(self.base + "graph/sources")
        self.entities_graph = URIRef(self.base + "graph/entities")

    def source(self, source_id: str) -> URIRef:
        return URIRef(f"{self.base}source/{id_segment(source_id)}")

    def source_graph(self, source_id: str) -> URIRef:
        return URIRef(f"{self.base}graph/source/{id_segment(source_id)}")

    def claim(self, source_id: str, identity: tuple[Hashable, ...]) -> URIRef:
        return URIRef(f"{self.base}claim/{id_segment(source_id)}/{digest(*identity)}")

    def evidence(self, source_id: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.base}evidence/{id_segment(source_id)}/{start}-{end}")

    def entity(self, key: str) -> URIRef:
        return URIRef(f"{self.base}entity/{key}")

    def key_of_entity(self, iri: str) -> str | None:
        prefix = f"{self.base}entity/"
        return iri[len(prefix) :] if iri.startswith(prefix) else None

    def activity(self, source_id: str, sha256: str, software_version: str) -> URIRef:
        segment = id_segment(source_id)
        return URIRef(f"{self.base}activity/{segment}/{digest(sha256, software_version, length=12)}")

    def agent(self, name: str, version: str) -> URIRef:
        return URIRef(f"{self.base}agent/{slugify(name)}/{slugify(version)}")


@lru_cache(maxsize=1024)
def unit_iri(unit: str) -> URIRef:
    return UNIT[unit]


@lru_cache(maxsize=64)
def modality_iri(modality: str) -> URIRef:
    return MODALITY[modality]
