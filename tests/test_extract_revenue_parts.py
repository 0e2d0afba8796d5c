"""A part of the revenue just stated, told with no revenue word of its own, is the earner's revenue from whoever
pays it: a customer, or the place its customers are in ("…, with customers in Pellia contributing 21% of it",
"About a quarter of that came from customers in Tarnland, and 12% from Veyland", "Orrin Bank provided about 14%").
What a product line makes up, and a figure gapped after another name, are no payer's. Invented sentences; the
positive cases fail on the extractor before the reader existed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimgraph.extract import Extractor
from extracted import claims_of

_REVIEW = "Osk Micro annual review\n\n"


def _parts(extractor: Extractor, text: str) -> set[tuple[str, str, Decimal | None]]:
    return {
        (c.subject.label, c.object.label, c.value)
        for c in claims_of(extractor, _REVIEW + text)
        if c.type == "Revenue" and c.object is not None and c.unit == "percent"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Revenue reached $210 million in 2025, with customers in China contributing 21% of it.",
            {("Osk Micro", "China", Decimal(21))},
        ),
        (
            "Osk Micro's revenue was $22.6 million in 2025. About a quarter of that came from customers in Colombia "
            "and 12% from Peru, she said.",
            {("Osk Micro", "Colombia", Decimal(25)), ("Osk Micro", "Peru", Decimal(12))},
        ),
        (
            "Osk Micro's revenue was $84.2 million in 2025. Tarn Cloud provided about 14%.",
            {("Osk Micro", "Tarn Cloud", Decimal(14))},
        ),
    ],
)
def test_extract_a_part_of_the_revenue_just_stated_is_revenue_from_its_payer(
    extractor: Extractor, text: str, expected: set[tuple[str, str, Decimal]]
) -> None:
    assert expected <= _parts(extractor, text)


def test_extract_a_product_lines_part_or_a_gapped_figure_names_no_payer(extractor: Extractor) -> None:
    text = (
        "Osk Micro's revenue was $84.2 million in 2025. Tarn products made up about 64% of it. Japan accounted for "
        "36% of the marketplace's volume, Tarn Cloud for 21%."
    )
    assert not {p for p in _parts(extractor, text) if p[1] == "Tarn" or p[2] == Decimal(21)}


@pytest.mark.parametrize(
    "text",
    [
        # the last amount was another measure: spending, funding, a loan
        "Tarn Labs' revenue was $50 million. Tarn Labs spent $80 million on compute, and Brill Cloud provided about "
        "70%.",
        "Tarn Labs' revenue was $50 million. It borrowed $100 million: Kestle Bank provided about 60%.",
        # a unit of the earner, and a total of something else
        "Vey Group's revenue was $10 billion in 2025. Vey Cloud made up 60%.",
        "Tarn Labs' revenue was $500 million. At the meeting, Vey Capital represented 20% of the total votes.",
    ],
)
def test_extract_a_part_of_another_amount_or_of_a_unit_is_no_revenue_from_a_payer(
    extractor: Extractor, text: str
) -> None:
    assert _parts(extractor, text) == set()
