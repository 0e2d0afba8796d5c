"""Wikidata links of the gazetteer (``owl:sameAs`` in ontology/entities.ttl): each is a Wikidata item IRI of the
canonical form and no two entities share one. The identifiers are entered only after a hand check (there is no
network here), so the checker itself is tested on bad examples too, and the SHACL shape that guards the store."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from pyshacl import validate
from rdflib import Graph, URIRef
from rdflib.namespace import OWL

from claimgraph.graph.ontology import GAZETTEER, SHAPES, read_text

BASE = "http://localhost:8000/"
WIKIDATA_ITEM = re.compile(r"http://www\.wikidata\.org/entity/Q[1-9]\d*")
PREFIXES = """
@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
"""


def entity(slug: str, same_as: str) -> str:
    name = slug.title()
    return (
        f'<entity/{slug}> a cg:Entity, cg:Company ; skos:prefLabel "{name}" ; rdfs:label "{name}" ; '
        f"owl:sameAs {same_as} .\n"
    )


def problems(graph: Graph) -> list[str]:
    """What is wrong with the owl:sameAs links of ``graph``: a malformed item, or an item on two entities."""
    found: list[str] = []
    owners: dict[str, set[str]] = defaultdict(set)
    for subject, target in graph.subject_objects(OWL.sameAs):
        if not isinstance(target, URIRef) or not WIKIDATA_ITEM.fullmatch(str(target)):
            found.append(f"{subject}: {target!r} is not a Wikidata item IRI")
        owners[str(target)].add(str(subject))
    found.extend(f"{item} is shared by {sorted(subjects)}" for item, subjects in owners.items() if len(subjects) > 1)
    return found


def test_wikidata_gazetteer_items_have_the_canonical_form_and_are_unique() -> None:
    gazetteer = Graph().parse(data=read_text(GAZETTEER), format="turtle", publicID=BASE)
    assert problems(gazetteer) == []


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (entity("a", "<https://www.wikidata.org/wiki/Q42>"), "not a Wikidata item"),  # the page, not the item
        (entity("a", "<http://www.wikidata.org/entity/P31>"), "not a Wikidata item"),  # a property
        (entity("a", "<http://www.wikidata.org/entity/Q042>"), "not a Wikidata item"),
        (entity("a", '"Q42"'), "not a Wikidata item"),  # a string, not a link
        (entity("a", "<http://www.wikidata.org/entity/Q42>") + entity("b", "<http://www.wikidata.org/entity/Q42>"),
         "shared by"),
    ],
)  # fmt: skip
def test_wikidata_checker_catches_bad_and_shared_items(data: str, expected: str) -> None:
    graph = Graph().parse(data=PREFIXES + data, format="turtle", publicID=BASE)
    found = problems(graph)
    assert len(found) == 1 and expected in found[0]


@pytest.mark.parametrize(
    ("same_as", "conforms"),
    [
        ("<http://www.wikidata.org/entity/Q42>", True),
        ("<https://www.wikidata.org/wiki/Q42>", False),
        ("<http://www.wikidata.org/entity/P31>", False),
        ('"Q42"', False),
    ],
)
def test_wikidata_shape_guards_the_form_in_the_store(same_as: str, conforms: bool) -> None:
    data = Graph().parse(data=PREFIXES + entity("a", same_as), format="turtle", publicID=BASE)
    shapes = Graph().parse(data=read_text(SHAPES), format="turtle")
    result, _, text = validate(data, shacl_graph=shapes, inference="none", advanced=True)
    assert result is conforms, text
