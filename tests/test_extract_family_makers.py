"""A developer named like its model family ("Orrin AI, the developer of the Orrin family of models"): the bare name
standing alone is the company's short name. Invented names; fails on the extractor before the rule existed."""

from __future__ import annotations

from claimgraph.extract import Extractor
from claimgraph.extract.discover import find_mentions
from extracted import claims_of


def _typed(extractor: Extractor, text: str) -> list[tuple[str, str, str]]:
    doc = extractor.nlp(text)
    return [(text[m.start : m.end], m.entity.label, m.entity.type) for m in find_mentions(doc, extractor.index, text)]


def test_extract_a_bare_name_is_the_developer_the_family_name_only_where_the_text_says(extractor: Extractor) -> None:
    text = (
        "Orrin AI, the Lisbon developer of the Orrin family of language models, signed a deal with Oracle. "
        "Orrin will rent 40 MW of capacity. Orrin's revenue doubled. The Orrin models run on H100s."
    )
    bare = [(label, kind) for said, label, kind in _typed(extractor, text) if said == "Orrin"]
    assert bare == [("Orrin", "Model"), ("Orrin AI", "Company"), ("Orrin AI", "Company"), ("Orrin", "Model")]
    capacity = [c for c in claims_of(extractor, text) if c.type == "Capacity"]
    assert [c.subject.label for c in capacity] == ["Orrin AI"]


def test_extract_a_name_saying_what_kind_of_capacity_is_not_its_holder(extractor: Extractor) -> None:
    text = "Last year Pell reserved 36 MW of Nvidia GB200 NVL72 capacity at Vey Cloud's Oslo campus."
    capacity = [c for c in claims_of(extractor, text) if c.type == "Capacity"]
    assert [c.subject.label for c in capacity] == ["Pell"]
    text = "Last year Pell reserved 36 MW of Nvidia next-generation racks at Vey Cloud's Oslo campus."
    assert all("Nvidia" not in c.subject.label for c in claims_of(extractor, text) if c.type == "Capacity")
