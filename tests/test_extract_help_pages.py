"""A firm's help page speaks for the firm its breadcrumb names ("Tarnwell Cloud Help Centre › Billing"), so a price
table on it is the firm's own; "FAQ" in a title is a kind of page, never a firm; a price left where it was moves
nothing (no price-change claim, the offer stands); and a price "left unchanged" still says who sells the thing.
Invented texts; the positive cases fail on the extractor before these readings existed."""

from __future__ import annotations

from claimgraph.extract import Extractor
from extracted import claims_of, pairs

PAGE = (
    "Serverless price changes from 1 May 2026: billing FAQ\n\n"
    "Tarnwell Cloud Help Centre › Billing › Serverless\n\n"
    "From 1 May 2026 we are changing the per-token prices of two models on our serverless service. We list prices "
    "in US dollars per million tokens, and Tarnwell Cloud customers on committed contracts keep their prices.\n\n"
    "| Model | Input today | Input from 1 May | Change |\n"
    "| --- | --- | --- | --- |\n"
    "| Orvik-4 | $0.40 | $0.30 | -25.0% |\n"
    "| Brisa-2 | $0.20 | $0.20 | 0.0% |\n"
)


def test_extract_a_help_pages_table_is_its_owners_price_list(extractor: Extractor) -> None:
    claims = claims_of(extractor, PAGE)
    assert {("Tarnwell Cloud", "Orvik-4"), ("Tarnwell Cloud", "Brisa-2")} <= pairs(claims, "Offers")
    assert "FAQ" not in {c.subject.label for c in claims}
    moves = {(c.object.label if c.object else None, c.value) for c in claims if c.type == "PriceChange"}
    assert moves == {("Orvik-4", -25)}  # the unchanged price is no change


def test_extract_a_price_left_unchanged_names_its_seller(extractor: Extractor) -> None:
    text = "Vellmark left the price of Gemini 2.5 Pro unchanged in March."
    assert ("Vellmark", "Gemini 2.5 Pro") in pairs(claims_of(extractor, text), "Offers")


def test_extract_hardware_rented_on_a_cloud_is_the_clouds_offer(extractor: Extractor) -> None:
    text = "For comparison we also rented an Nvidia RTX Pro 6000 instance on RunPod; it cost us $212."
    assert pairs(claims_of(extractor, text), "Offers") == {("RunPod", "Nvidia RTX Pro 6000 instance")}


def test_extract_the_country_us_is_no_first_person(extractor: Extractor) -> None:
    # "US" three times is no "we": a note naming Nvidia's docs above it does not speak for Nvidia
    text = (
        "Chip export rules: what changed\n\nImage: Nvidia Docs / Export\n\n"
        "The US tightened its rules in April. US officials said US buyers need licences.\n\n"
        "| Chip | Price before | Price after | Change |\n| --- | --- | --- | --- |\n"
        "| K9 | $10 | $9 | -10% |\n"
    )
    assert not any(c.subject.label == "Nvidia" for c in claims_of(extractor, text) if c.type == "PriceChange")


def test_extract_a_price_range_from_zero_still_moves(extractor: Extractor) -> None:
    text = "Tarnwell Cloud raised prices 0% to 5% across its GPU range."
    moves = [c for c in claims_of(extractor, text) if c.type == "PriceChange"]
    assert moves and all(c.value_max == 5 for c in moves)


def test_extract_a_price_found_attractive_names_no_seller(extractor: Extractor) -> None:
    text = "Customers of Tarnwell Cloud found the price of Gemini 2.5 Pro attractive."
    assert ("Tarnwell Cloud", "Gemini 2.5 Pro") not in pairs(claims_of(extractor, text), "Offers")
