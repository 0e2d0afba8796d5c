"""A table of a company's measures by period ("| (USD million) | 2024A | 2025A |"): each row is typed and scaled by
its own label, and a label that gives its unit as a percent ("Revenue growth (%)") is no money, whatever the corner
says. Invented text; fails on the extractor before the reading existed."""

from __future__ import annotations

from decimal import Decimal

from claimgraph.extract import Extractor
from extracted import claims_of


def test_extract_a_percent_row_under_a_money_corner_is_a_percent(extractor: Extractor) -> None:
    text = (
        "Vessa Data Centres AB upgraded to BB\n\n"
        "Vessa Data Centres AB runs three campuses in the Nordics.\n\n"
        "| (USD million) | 2024A | 2025A |\n|---|---|---|\n"
        "| Revenue | 196 | 318 |\n| Revenue growth (%) | 88.5 | 62.2 |\n"
    )
    revenue = {(c.value, c.unit, c.time) for c in claims_of(extractor, text) if c.type == "Revenue"}
    assert revenue == {
        (Decimal("196000000"), "USD", "2024"),
        (Decimal("318000000"), "USD", "2025"),
        (Decimal("88.5"), "percent", "2024"),
        (Decimal("62.2"), "percent", "2025"),
    }


def test_extract_a_row_of_parts_in_percent_is_no_measure_of_the_company(extractor: Extractor) -> None:
    text = (
        "Vessa Data Centres AB upgraded to BB\n\n"
        "Vessa Data Centres AB runs three campuses in the Nordics.\n\n"
        "| (USD million) | 2024A | 2025A |\n|---|---|---|\n"
        "| Revenue growth (% y/y) | 88.5 | 62.2 |\n| Capex / revenue (%) | 40 | 45 |\n"
        "| Capacity utilisation (%) | 80 | 85 |\n"
    )
    figures = {(c.type, c.value) for c in claims_of(extractor, text) if c.value is not None}
    assert figures == {("Revenue", Decimal("88.5")), ("Revenue", Decimal("62.2"))}
