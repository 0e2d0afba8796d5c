"""Rates, charges, rents and surcharges of a priced service are prices: a change said of one is a price change by
whoever sets it ("Tarn Power raised its large-load demand charge by 6%", "a 4% rise in Osk Grid's energy charges",
"colocation rents rose 9%"); a growth, interest or utilisation rate, a restructuring charge, and a price the
possessive only pays are not. Invented sentences; the positive cases fail on the extractor before these words were
read as prices."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimgraph.extract import Extractor
from extracted import claims_of


def _moves(extractor: Extractor, text: str) -> set[tuple[str, Decimal | None]]:
    return {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "PriceChange"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a utility's charge a priced service qualifies, moved by its subject
            "Tarn Energy Corp raised its large-load demand charge by 7% in April 2025.",
            ("Tarn Energy Corp", Decimal(7)),
        ),
        (  # rents, with no price word at all
            "Pell Data Centres raised colocation rents by about 8% in 2025.",
            ("Pell Data Centres", Decimal(8)),
        ),
        (  # a rate "on" what is priced, cut
            "Orrin Insurance cut rates on data-centre property by 12% at the January renewals.",
            ("Orrin Insurance", Decimal(-12)),
        ),
        (  # a named rate class
            "Tarn Energy Corp raised Rate L by 3% on 1 April 2025.",
            ("Tarn Energy Corp", Decimal(3)),
        ),
        (  # the change is a noun, and another body approves it: the possessive sets the price
            "The regulator approved a 4.2% rise in Tarn Energy Corp's large-customer demand charge from April 2026.",
            ("Tarn Energy Corp", Decimal("4.2")),
        ),
        (  # the firm's own rates
            "Quenby Insurance Group raised its rates by about 10% at the same renewals.",
            ("Quenby Insurance Group", Decimal(10)),
        ),
    ],
)
def test_extract_a_moved_rate_charge_or_rent_is_a_price_change_of_its_setter(
    extractor: Extractor, text: str, expected: tuple[str, Decimal]
) -> None:
    assert expected in _moves(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # rates and charges that are no price
        "Tarn Energy Corp's growth rate rose 12% in 2025.",
        "Tarn Energy Corp said interest rates on its loans rose 2% last year.",
        "Tarn Energy Corp's utilisation rate climbed 9% in the quarter.",
        "Tarn Energy Corp's restructuring charge rose 15% in 2025.",
        # a central bank's or a lender's rates, a measure's rate, a level a rate is raised to, lawyers' fees
        "Bank of Veyland raised its key rate by 0.25%, and Osk Bank followed by lifting its lending rates by 0.25%.",
        "Tarn Power was allowed to raise its rate of return by 0.5%.",
        "The hourly rate at which Osk Cloud's fleet fails fell 30% in 2025.",
        "Osk Bank raised its rate to 5% for three-year deposits.",
        "Osk Systems said its legal fees for the antitrust case rose 30%.",
    ],
)
def test_extract_rates_of_no_priced_service_booked_charges_and_legal_fees_are_no_price_change(
    extractor: Extractor, text: str
) -> None:
    assert _moves(extractor, text) == set()


def test_extract_a_price_the_possessive_pays_is_set_by_the_firm_that_moves_it(extractor: Extractor) -> None:
    text = (
        "Osk Cloud annual report\n\nOsk Cloud rents GPUs in Sweden. Vey Power, which supplies electricity to our "
        "Sundsvall site, raised our contracted rate by 14% from 1 January 2026."
    )
    assert _moves(extractor, text) == {("Vey Power", Decimal(14))}


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Tarn Data raised its list colocation charges by 11% in January 2026.", "list colocation charges"),
        (
            "Tarn Cargo raised its own handling charge for high-value electronics shipments by 7% from 1 April 2026.",
            "handling charge for high-value electronics shipments",
        ),
    ],
)
def test_extract_a_moved_charge_names_the_service_its_setter_offers(
    extractor: Extractor, text: str, service: str
) -> None:
    claims = claims_of(extractor, text)
    assert {c.object.label for c in claims if c.type == "PriceChange" and c.object} == {service}
    assert {c.object.label for c in claims if c.type == "Offers" and c.object} == {service}


def test_extract_a_bare_rate_names_no_service(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Quenby Insurance Group raised its rates by about 10% at the same renewals.")
    assert [c.object for c in claims if c.type == "PriceChange"] == [None]
    assert not [c for c in claims if c.type == "Offers"]


def test_extract_a_charge_from_a_supplier_is_the_suppliers_price(extractor: Extractor) -> None:
    text = "Brill Cloud said its electricity charges from Orrin Energy rose 22% last year."
    assert _moves(extractor, text) == {("Orrin Energy", Decimal(22))}


def test_extract_a_rise_keeps_its_sign_when_something_else_in_the_clause_falls(extractor: Extractor) -> None:
    text = "Sable Data Centres said renewal rents climbed 14% in 2025 as vacancy fell below 2%."
    assert {value for _, value in _moves(extractor, text)} == {Decimal(14)}
