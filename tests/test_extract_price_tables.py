"""Price tables beyond a model's row: a code in small letters under a column of things sold names a product
("| o9.k200 |" under "| Instance |"); a firm's own price list is its prices, whoever develops what it lists; and a
seller's row in a table of price changes is that seller's change ("| Vey Reinsurance AG | 14% | +9% |" under
"| Insurer | Share | Rate change |"). A maker's name opening a product's, a fee's name and a region's code are
no sellers or products. Invented tables; the positive cases fail on the extractor before these rows were read."""

from __future__ import annotations

from decimal import Decimal

from claimgraph.extract import Extractor
from claimgraph.records import Claim
from extracted import claims_of, pairs


def _moves(claims: list[Claim]) -> set[tuple[str, str | None, Decimal | None]]:
    return {(c.subject.label, c.object.label if c.object else None, c.value) for c in claims if c.type == "PriceChange"}


def test_extract_instance_codes_in_a_price_list_are_products_the_issuer_prices(extractor: Extractor) -> None:
    text = (
        "Osk Cloud price update, March 2026\n\nOsk Cloud changes its on-demand GPU prices from 1 March 2026.\n\n"
        "| Instance | GPU | Old price ($/hr) | New price ($/hr) | Change |\n|---|---|---|---|---|\n"
        "| o9.k200 | Tarn K200 | $3.29 | $2.79 | -15.2% |\n| g7x | Tarn K300 | $4.99 | $4.49 | -10.0% |\n"
    )
    claims = claims_of(extractor, text)
    assert {("Osk Cloud", "o9.k200", Decimal("-15.2")), ("Osk Cloud", "g7x", Decimal(-10))} <= _moves(claims)
    assert {("Osk Cloud", "o9.k200"), ("Osk Cloud", "g7x")} <= pairs(claims, "Offers")


def test_extract_a_firms_own_price_list_sets_the_prices_of_models_others_develop(extractor: Extractor) -> None:
    text = (
        "Osk Cloud release notes, March 2026\n\nOsk Cloud changes its model prices from 1 April 2026, per million "
        "tokens.\n\n| Model | Developer | Old price | New price |\n|---|---|---|---|\n"
        "| Tarn-3 Flash | Tarn AI | $0.50 | $0.30 |\n"
    )
    claims = claims_of(extractor, text)
    assert ("Osk Cloud", "Tarn-3 Flash", Decimal(-40)) in _moves(claims)
    assert ("Tarn AI", "Tarn-3 Flash") not in pairs(claims, "Offers")


def test_extract_a_sellers_row_in_a_table_of_rate_changes_is_its_price_change(extractor: Extractor) -> None:
    text = (
        "Tarn Insurance market report, January 2026\n\n"
        "| Insurer | Share of premium | Rate change at January renewals |\n|---|---|---|\n"
        "| Vey Reinsurance AG | 14% | +9% |\n| Pell Mutual Insurance Company | 12% | -5% |\n"
    )
    moves = {(subject, value) for subject, _, value in _moves(claims_of(extractor, text))}
    assert {("Vey Reinsurance AG", Decimal(9)), ("Pell Mutual Insurance Company", Decimal(-5))} <= moves


def test_extract_makers_fees_and_regions_in_a_table_of_changes_set_no_price(extractor: Extractor) -> None:
    text = (
        "Orrin Distribution allocation letter, April 2026\n\n"
        "| Product | Maker | Allocation | Price change |\n|---|---|---|---|\n"
        "| Tarn Micro K9 boards | Tarn Micro | 55% | +6% |\n\n"
        "Listing fees on the Orrin marketplace change on 1 April.\n\n"
        "| Fee | Old rate | New rate | Change |\n|---|---|---|---|\n| Standard public listing | 20% | 15% | -25% |\n\n"
        "| Region | Old price | New price | Change |\n|---|---|---|---|\n| eu-west-3 | $2.00 | $1.80 | -10% |\n"
    )
    moves = _moves(claims_of(extractor, text))
    assert not {m for m in moves if m[0] in ("Tarn Micro", "Standard public listing") and m[1] is None}
    assert not {m for m in moves if m[1] == "eu-west-3"}


def test_extract_payers_rows_and_changes_of_no_price_set_no_price(extractor: Extractor) -> None:
    text = (
        "Tarn Power tariff review, 2026\n\n"
        "| Customer | Rate ($/MWh) | Rate change |\n|---|---|---|\n| Osk Cloud | 72 | +7% |\n\n"
        "Cloud market shares and price changes\n\n"
        "| Provider | Share | Share change |\n|---|---|---|\n| Brill Cloud | 22% | +2% |\n\n"
        "Currency moves affecting cloud prices\n\n"
        "| Provider | Exchange rate change |\n|---|---|\n| Pell Cloud | -4% |\n"
    )
    moves = {subject for subject, _, _ in _moves(claims_of(extractor, text))}
    assert not moves & {"Osk Cloud", "Brill Cloud", "Pell Cloud"}


def test_extract_a_header_is_no_seller_and_codes_in_a_table_of_no_prices_are_no_products(
    extractor: Extractor,
) -> None:
    text = (
        "Storage price update\n\n| SKU | Price per TB | Change |\n|---|---|---|\n| s3.cold2 | $4.00 | -10% |\n\n"
        "Osk Cloud also reported how its instances sold in 2025.\n\n"
        "| Instance | Revenue | Change |\n|---|---|---|\n| o9.k200 | $400 million | +20% |\n"
    )
    claims = claims_of(extractor, text)
    assert not [c for c in claims if c.subject.label == "SKU"]
    assert not [c for c in claims if c.type == "Revenue" and c.subject.label == "o9.k200"]
