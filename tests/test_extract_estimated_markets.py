"""The takings of a whole field, named by what is sold, that a firm only estimates or reports are that field's
market size, the firm their source ("Tarn Research puts 2025 sales of AI accelerators at $214 billion"); a firm's
own revenue, or takings from customers it has named, stay its own. Invented sentences; the positive cases fail on
the extractor before the reading existed."""

from __future__ import annotations

import pytest

from claimgraph.extract import Extractor
from extracted import claims_of


@pytest.mark.parametrize(
    ("text", "market"),
    [
        (
            "Tarn Research puts 2025 sales of data-centre AI accelerators at $214 billion.",
            "data-centre AI accelerator market",
        ),
        (
            "According to Vell Metrics, revenue from inference chips reached about $21 billion in 2025.",
            "inference chip market",
        ),
        (
            "Vell Metrics estimates that revenue from GPU rental services reached $3 billion in 2025.",
            "GPU rental service market",
        ),
    ],
)
def test_extract_a_fields_takings_an_estimator_reports_size_the_field(
    extractor: Extractor, text: str, market: str
) -> None:
    claims = claims_of(extractor, text)
    sizes = {
        (c.subject.label, c.attributed_to.label if c.attributed_to else None) for c in claims if c.type == "MarketSize"
    }
    assert any(label == market for label, _ in sizes)
    assert not any(c.type == "Revenue" and c.subject.label in ("Tarn Research", "Vell Metrics") for c in claims)


@pytest.mark.parametrize(
    ("text", "earner"),
    [
        ("Osk Cloud expects revenue of $2 billion in 2026.", "Osk Cloud"),
        ("Osk Cloud forecasts revenue from these customers of about $1.1 billion in 2029.", "Osk Cloud"),
        ("Osk Labs expects revenue from AI chips of $3 billion in 2026.", "Osk Labs"),  # a seller's own segment
        ("According to Osk Cloud, revenue from GPU rental reached $3 billion in 2025.", "Osk Cloud"),
    ],
)
def test_extract_a_firms_own_takings_stay_its_revenue(extractor: Extractor, text: str, earner: str) -> None:
    claims = claims_of(extractor, text)
    assert not any(c.type == "MarketSize" for c in claims)
    assert any(c.type == "Revenue" and c.subject.label == earner for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Tarn Research estimates that revenue from enterprise customers reached $900 million.",  # a party's
        "Tarn Research estimates that revenue from its GPU rental business reached $640 million.",  # its own
        "Tarn Research estimates that sales of K9 chips reached $3 billion.",  # a product's maker's
    ],
)
def test_extract_takings_of_a_party_a_firm_or_a_product_size_no_market(extractor: Extractor, text: str) -> None:
    assert not any(c.type == "MarketSize" for c in claims_of(extractor, text))


def test_extract_total_takings_an_analyst_puts_size_the_market_under_discussion(extractor: Extractor) -> None:
    text = "The GPU cloud market is growing fast. Tidewell Research puts total revenue at $36 billion for 2025."
    sizes = {c.subject.label for c in claims_of(extractor, text) if c.type == "MarketSize"}
    assert sizes == {"GPU cloud market"}
