"""What a tenant leases from a landlord stands in the landlord's building and is used by the tenant, so both operate
where it stands ("leases two halls from Equinix in Hamar, Norway", "rents 12 MW from Digital Realty at its campus
outside Lyon", "a campus in Lille, which is leased to CoreWeave"); with several "from" phrases a place is its own
phrase's. Invented sentences; the positive cases fail on the extractor before the rule existed."""

from __future__ import annotations

import pytest

from claimgraph.extract import Extractor
from extracted import claims_of, pairs


@pytest.mark.parametrize(
    ("text", "landlord", "country"),
    [
        ("Copperline Digital leases two halls from Equinix in Hamar, Norway.", "Equinix", "Norway"),
        (
            "Tarnwell Cloud rents 12 MW from Digital Realty at its campus outside Lyon, France.",
            "Digital Realty",
            "France",
        ),
    ],
)
def test_extract_a_landlord_operates_where_the_leased_space_stands(
    extractor: Extractor, text: str, landlord: str, country: str
) -> None:
    assert (landlord, country) in pairs(claims_of(extractor, text), "OperatesIn")


def test_extract_a_place_on_one_from_phrase_is_its_landlords_alone(extractor: Extractor) -> None:
    text = "Most firms run on H100 capacity rented from OVHcloud or Scaleway in France or from Hetzner in Germany."
    placed = pairs(claims_of(extractor, text), "OperatesIn")
    assert {("OVHcloud", "France"), ("Scaleway", "France"), ("Hetzner", "Germany")} <= placed
    assert not {("OVHcloud", "Germany"), ("Hetzner", "France")} & placed


def test_extract_a_place_of_the_tenants_customers_is_not_the_landlords(extractor: Extractor) -> None:
    text = "Vessa rents capacity from Nebius for its customers in Peru."
    assert ("Nebius", "Peru") not in pairs(claims_of(extractor, text), "OperatesIn")


@pytest.mark.parametrize(
    "text",
    [
        "Tarnwell Data already runs a 60 MW campus in Lille, which is leased to CoreWeave.",
        "Tarnwell Data owns two halls in Lille, France, which are leased to CoreWeave.",
    ],
)
def test_extract_a_tenant_a_passive_names_operates_where_the_leased_site_stands(
    extractor: Extractor, text: str
) -> None:
    assert ("CoreWeave", "France") in pairs(claims_of(extractor, text), "OperatesIn")


@pytest.mark.parametrize(
    ("text", "not_placed"),
    [
        (
            "In Brazil, Osk leases GPUs from CoreWeave, whose data centres are all in the United States.",
            ("CoreWeave", "Brazil"),
        ),
        (
            "The hall in Lille, which was leased to CoreWeave until last year, now stands empty.",
            ("CoreWeave", "France"),
        ),
    ],
)
def test_extract_a_lease_placed_elsewhere_or_over_places_no_one(
    extractor: Extractor, text: str, not_placed: tuple[str, str]
) -> None:
    assert not_placed not in pairs(claims_of(extractor, text), "OperatesIn")


def test_extract_a_tenant_an_active_lease_names_operates_where_the_leased_site_stands(extractor: Extractor) -> None:
    assert ("CoreWeave", "Italy") in pairs(
        claims_of(extractor, "Osk has leased a hall in Milan to CoreWeave."), "OperatesIn"
    )


@pytest.mark.parametrize(
    ("text", "tenant", "country"),
    [
        ("Mistral AI has rented 20 MW at the Tarnby campus in Wales since 2024.", "Mistral AI", "UK"),
        ("Kelvane Cloud, which leases 16 MW in Slough, is the campus's largest tenant.", "Kelvane Cloud", "UK"),
    ],
)
def test_extract_whoever_leases_space_in_a_place_operates_there(
    extractor: Extractor, text: str, tenant: str, country: str
) -> None:
    assert (tenant, country) in pairs(claims_of(extractor, text), "OperatesIn")


def test_extract_a_landlord_named_in_unusual_letters_is_a_firm(extractor: Extractor) -> None:
    # a name the NER takes for a product code ("ezLoft"), leased from: a landlord, so a customer's supplier and placed
    claims = claims_of(extractor, "Kelvane Cloud leases two halls from ezLoft in Tampere, Finland.")
    assert ("Kelvane Cloud", "ezLoft") in pairs(claims, "CustomerOf")
    assert ("ezLoft", "Finland") in pairs(claims, "OperatesIn")


@pytest.mark.parametrize(
    "text",
    [
        "Osk Labs used to rent 12 MW at the Tarn campus in Lima.",
        "Osk Labs formerly rented 12 MW at the Tarn campus in Lima.",
        "Osk Labs declined to rent capacity at the Tarn campus in Lima.",
        "Osk Labs could rent 12 MW at the Tarn campus in Lima, sources said.",
        "Osk Labs rents a flat in Lima for its chief executive.",
    ],
)
def test_extract_a_lease_imagined_over_or_of_no_space_places_no_one(extractor: Extractor, text: str) -> None:
    assert ("Osk Labs", "Peru") not in pairs(claims_of(extractor, text), "OperatesIn")
