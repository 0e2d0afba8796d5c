"""A site said to be leased "to" a tenant makes the tenant a customer of whoever holds the site: the company a
possessive or "whose" names, the subject of the verb that runs or makes the site, or, in a data-centre firm's own
report, that firm. A denied lease, a site some other possessive holds, and a quoted firm's word about a hall name no
landlord. Invented sentences; the positive cases fail on the extractor before the reader existed."""

from __future__ import annotations

import pytest

from claimgraph.extract import Extractor
from extracted import claims_of, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tarn Data operates a 60 MW campus in Sunderland, which is leased to Osk Cloud.",
            {("Osk Cloud", "Tarn Data")},
        ),
        (
            "Vey Holdings, whose 300 MW campus in Ashburn is leased to Osk Cloud and Pell AI, plans a second site.",
            {("Osk Cloud", "Vey Holdings"), ("Pell AI", "Vey Holdings")},
        ),
        (
            "Tarn Data converted its mining site into an AI campus leased to Osk Cloud.",
            {("Osk Cloud", "Tarn Data")},
        ),
        (
            "Tarn Data Centres annual report 2025\n\nHall A is leased to Osk Cloud. Hall B is leased to Pell AI.",
            {("Osk Cloud", "Tarn Data Centres"), ("Pell AI", "Tarn Data Centres")},
        ),
    ],
)
def test_extract_a_site_leased_to_a_tenant_makes_it_its_holders_customer(
    extractor: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= pairs(claims_of(extractor, text), "CustomerOf")


@pytest.mark.parametrize(
    "text",
    [
        "Tarn Data operates a 60 MW campus in Sunderland, which is not leased to Osk Cloud.",
        "Osk Cloud said Hall A is leased to Pell AI.",
        "Tarn Data Centres annual report 2025\n\nThe university's hall is leased to Pell AI.",
    ],
)
def test_extract_a_denied_lease_or_a_site_of_no_named_holder_names_no_landlord(extractor: Extractor, text: str) -> None:
    stated = [c for c in claims_of(extractor, text) if c.modality != "negated"]  # a denial is told as one
    assert not {p for p in pairs(stated, "CustomerOf") if p[0] in ("Osk Cloud", "Pell AI")}


@pytest.mark.parametrize(
    "text",
    [
        "Osk Cloud annual report 2025\n\nThe Stavanger halls are leased from Vey Data.",
        "Osk Cloud annual report 2025\n\nSites:\n- Hamar, Norway: 90 MW, leased from Vey Data\n- Falun: 24 MW, owned",
    ],
)
def test_extract_a_site_leased_from_a_landlord_in_a_firms_report_is_the_firms_tenancy(
    extractor: Extractor, text: str
) -> None:
    assert ("Osk Cloud", "Vey Data") in pairs(claims_of(extractor, text), "CustomerOf")
