"""A customer's part of revenue in a firm's own document is the firm's revenue, paid by the customer: "Nebius is our
largest tenant and accounted for about 44% of 2025 revenue" in a landlord's report (the period between "of" and
"revenue" changes nothing). Invented names; the test fails on the extractor before the rule existed."""

from __future__ import annotations

from decimal import Decimal

from claimgraph.extract import Extractor
from extracted import claims_of


def test_extract_a_tenants_part_of_dated_revenue_is_the_speaking_firms_revenue(extractor: Extractor) -> None:
    text = (
        "Tarnwell Data Centres: annual letter to tenants\n\n"
        "Tarnwell Data Centres runs a 140 MW campus near Zaragoza. We lease halls to AI companies and our campus "
        "runs on renewable power.\n\n"
        "Nebius is our largest tenant and accounted for about 44% of 2025 revenue."
    )
    claims = claims_of(extractor, text)
    revenue = {(c.subject.label, c.object.label if c.object else None, c.value) for c in claims if c.type == "Revenue"}
    assert revenue == {("Tarnwell Data Centres", "Nebius", Decimal(44))}


def test_extract_a_seller_holding_a_part_of_a_markets_sales_holds_a_share_not_a_payers_revenue(
    extractor: Extractor,
) -> None:
    # a debate transcript: the speaker's firm is no earner of what the market sold
    text = (
        "Transcript: robot-chip debate, 10 February 2026\n\n"
        "For the motion: Anselm Vey, principal analyst, Velin Research\n\n"
        "VEY: Supply is catching up. And Oskar Semi held only about 41% of robot-chip revenue last year."
    )
    claims = claims_of(extractor, text)
    shares = {(c.subject.label, c.value) for c in claims if c.type == "MarketShare"}
    assert ("Oskar Semi", Decimal(41)) in shares
    assert not [c for c in claims if c.type == "Revenue"]


def test_extract_a_customer_taking_a_part_of_bare_sales_in_a_firms_report_is_its_revenue(extractor: Extractor) -> None:
    text = (
        "Kestrel Systems Annual Report 2025\n\n"
        "In fiscal 2025, Orvane took 30% of sales, and Bellhaven took 12% of sales."
    )
    claims = claims_of(extractor, text)
    revenue = {(c.subject.label, c.object.label if c.object else None) for c in claims if c.type == "Revenue"}
    assert {("Kestrel Systems", "Orvane"), ("Kestrel Systems", "Bellhaven")} <= revenue
