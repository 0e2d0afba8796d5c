"""A firm served is the server's customer: "Tarnwell Cloud serves Osk Labs", "Pellam's capacity in Lima will serve
Vessa", "Brisk will use its halls to serve Osk Labs"; a model served is an offer, and a firm served in a purpose
clause is no supplier of the one using something to serve it. Invented sentences; the positive cases fail on the
extractor before the reader existed."""

from __future__ import annotations

import pytest

from claimgraph.extract import Extractor
from extracted import claims_of, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tarnwell Cloud serves Osk Labs and Vessa Bank from Lima.",
            {("Osk Labs", "Tarnwell Cloud"), ("Vessa Bank", "Tarnwell Cloud")},
        ),
        ("Brisk Cloud will use its new halls to serve Osk Labs.", {("Osk Labs", "Brisk Cloud")}),
        ("Pellam Cloud's capacity in Lima will serve Vessa Bank.", {("Vessa Bank", "Pellam Cloud")}),
        ("Tarnwell Cloud stopped serving Osk Labs in 2024.", {("Osk Labs", "Tarnwell Cloud")}),  # a customer it had
        # what else the sentence says of the server is no recipient of what is served
        ("Brisk Cloud serves Osk Labs and sells capacity to developers.", {("Osk Labs", "Brisk Cloud")}),
        ("Brisk Cloud serves Osk Labs at its Lima campus.", {("Osk Labs", "Brisk Cloud")}),
        ("Brisk Cloud tripled its Lima capacity to serve Osk Labs.", {("Osk Labs", "Brisk Cloud")}),
        ("Brisk Cloud's servers serve Osk Labs in Lima.", {("Osk Labs", "Brisk Cloud")}),
    ],
)
def test_extract_a_firm_served_is_the_servers_customer(
    extractor: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(claims_of(extractor, text), "CustomerOf") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tarnwell Cloud serves Llama 4 and Qwen3 from Lima.",  # models served are offers
        "Tarnwell Cloud serves customers in Peru.",  # no customer named
        "Building 2 serves its contract with Osk Labs.",  # a contract served: no server named
        # asked about, imagined, hoped for: no service stated
        "Does Tarnwell Cloud serve Osk Labs?",
        "If Tarnwell Cloud served Osk Labs, margins would rise.",
        "Tarnwell Cloud hopes to serve Osk Labs.",
        # a model maker's name for what is served to others, a town, a chip maker's hardware
        "Brisk Cloud serves Mistral to enterprise customers in Europe.",
        "Tarnwell Cloud serves Amarillo and the surrounding region.",
        "Nvidia's GPUs will serve Osk Labs at the Lima site.",
    ],
)
def test_extract_serving_no_named_firm_makes_no_customer(extractor: Extractor, text: str) -> None:
    assert not pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_a_firm_served_for_a_purpose_buys_nothing_from_the_user(extractor: Extractor) -> None:
    # the one using Nebius is Nebius's customer; Osk Labs, served, sells nothing to it
    customers = pairs(claims_of(extractor, "Brisk Cloud uses Nebius to serve Osk Labs."), "CustomerOf")
    assert customers == {("Brisk Cloud", "Nebius"), ("Osk Labs", "Brisk Cloud")}  # the one using Nebius serves


@pytest.mark.parametrize(
    "text",
    ["Osk Labs uses Brisk Cloud, replacing Tarnwell Cloud.", "Osk Labs uses Brisk Cloud and sued Tarnwell Cloud."],
)
def test_extract_a_firm_a_further_act_is_done_to_is_no_supplier(extractor: Extractor, text: str) -> None:
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Osk Labs", "Brisk Cloud")}


def test_extract_a_firm_added_or_kept_beside_the_first_is_a_supplier_too(extractor: Extractor) -> None:
    text = "Osk Labs signed a deal with Tarnwell Cloud, adding Brisk Cloud as a backup."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {
        ("Osk Labs", "Tarnwell Cloud"),
        ("Osk Labs", "Brisk Cloud"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarn Memory supplies roughly 60% of the memory that Nvidia buys.", ("Nvidia", "Tarn Memory")),
        (
            "Osk Cloud runs on Vey chips, which it buys from Pell Distribution Ltd.",
            ("Osk Cloud", "Pell Distribution Ltd."),
        ),
    ],
)
def test_extract_a_relative_clause_of_buying_names_the_customer(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    """ "the HBM that Vey buys": the clause's subject buys from whom the clause or the sentence's supplying verb
    names."""
    assert expected in pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_a_relative_clause_of_buying_denied_names_no_customer(extractor: Extractor) -> None:
    text = "Tarn Memory supplies roughly 60% of the memory that Nvidia no longer buys."
    assert ("Nvidia", "Tarn Memory") not in pairs(claims_of(extractor, text), "CustomerOf")
