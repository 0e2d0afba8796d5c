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
| Dell Nvidia H200 | 4A090 | Yes |
| Others | — | No |
"""


def test_extract_a_makers_name_opening_a_products_cell_made_it(extractor: Extractor) -> None:
    made = pairs(claims_of(extractor, TABLE), "Develops")
    assert ("Nvidia", "K9") in made
    assert all(maker not in ("Others", "Dell") for maker, _ in made)  # Dell sells Nvidia's: the gazetteer says whose


def test_extract_a_unit_header_and_a_share_of_a_named_region(extractor: Extractor) -> None:
    text = (
        "Andean capacity\n\nTable 2. Operational data-centre capacity at end-2025 (our estimates)\n\n"
        "| Country | MW | Share of SACU |\n|---|---|---|\n| South Africa | 420 | 60.0% |\n| Botswana | 280 | 40.0% |\n"
    )
    claims = claims_of(extractor, text)
    capacity = {(c.subject.label, float(c.value or 0), c.unit) for c in claims if c.type == "Capacity"}
    assert ("South Africa", 0.42, "GW") in capacity
    shares = {(c.subject.label, c.object.label if c.object else None) for c in claims if c.type == "MarketShare"}
    assert ("Botswana", "SACU operational data-centre capacity") in shares


def test_extract_a_bare_share_column_shares_the_whole_the_caption_breaks_down(extractor: Extractor) -> None:
    text = (
        "Trade bulletin\n\nTABLE 4. EXPORTS OF GPU SERVERS BY DESTINATION (US$ million)\n\n"
        "| Destination | 2026 | Share (%) |\n| --- | ---: | ---: |\n| Chile | 410.0 | 61.2 |\n| Peru | 260.0 | 38.8 |\n"
    )
    shares = {
        (c.subject.label, c.object.label if c.object else None, float(c.value or 0))
        for c in claims_of(extractor, text)
        if c.type == "MarketShare"
    }
    assert ("Chile", "exports of GPU servers", 61.2) in shares


def test_extract_a_line_of_prose_above_a_table_is_no_caption(extractor: Extractor) -> None:
    text = (
        "GPU cloud market\n\nThe GPU cloud market grew fast in 2025.\n\nDemand was driven by hyperscalers.\n\n"
        "| Provider | Share (%) |\n| --- | ---: |\n| Orrin Cloud | 61.2 |\n| Vey Cloud | 38.8 |\n"
    )
    wholes = {c.object.label for c in claims_of(extractor, text) if c.type == "MarketShare" and c.object}
    assert not any("driven" in label for label in wholes)
