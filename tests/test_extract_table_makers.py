"""A maker's name opening a product's in a table row's name cell made it, as in prose. Invented names; fails on the
extractor before the reading existed."""

from __future__ import annotations

from claimgraph.extract import Extractor
from extracted import claims_of, pairs

TABLE = """Export classifications

| Product | ECCN | Licence needed |
|---|---|---|
| Nvidia K9 | 3A090 | Yes; case-by-case review |
| Osk Labs Tarn-7 | 3A090 | Yes |
| Others | — | No |
"""


def test_extract_a_makers_name_opening_a_products_cell_made_it(extractor: Extractor) -> None:
    made = pairs(claims_of(extractor, TABLE), "Develops")
    assert ("Nvidia", "K9") in made
    assert all(maker != "Others" for maker, _ in made)
