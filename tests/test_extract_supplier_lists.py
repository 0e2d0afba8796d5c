"""A firm's supplier noun lists its suppliers ("Its suppliers include Dell and Supermicro"): the owner is each one's
customer. A supplier noun nobody owns ("cloud providers include …") names a field's members, no one's vendors.
Invented sentences; the positive cases fail on the extractor before the reader existed."""

from __future__ import annotations

import pytest

from claimgraph.extract import Extractor
from extracted import claims_of, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "its", the firm under discussion; "include" with joined names
            "Tarn Cloud profile\n\nTarn Cloud rents GPUs in Lima. Its suppliers include Dell and Pell Systems.",
            {("Tarn Cloud", "Dell"), ("Tarn Cloud", "Pell Systems")},
        ),
        (  # a named owner, a qualified noun
            "Tarn Cloud's foundry suppliers include Quenby Semiconductor and Orrin Fabs.",
            {("Tarn Cloud", "Quenby Semiconductor"), ("Tarn Cloud", "Orrin Fabs")},
        ),
        (  # "our" in a firm's own report: the firm
            "Tarn Cloud annual report 2025\n\nTarn Cloud rents GPUs in Lima. Our hardware vendors include Dell and "
            "Pell Systems.",
            {("Tarn Cloud", "Dell"), ("Tarn Cloud", "Pell Systems")},
        ),
    ],
)
def test_extract_an_owned_supplier_noun_lists_its_owners_suppliers(
    extractor: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_an_unowned_supplier_noun_lists_no_ones_suppliers(extractor: Extractor) -> None:
    text = "Cloud market\n\nTarn Cloud rents GPUs. The largest cloud providers include Orrin Compute and Sable Systems."
    assert not pairs(claims_of(extractor, text), "CustomerOf")
