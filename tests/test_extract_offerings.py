"""What a provider offers, and what it only hosts: its own product served from a site is no offer; a chip's hours
priced are the offering. Invented names; each case fails on the extractor before these readings existed."""

from __future__ import annotations

from claimgraph.extract import Extractor
from extracted import claims_of, pairs


def test_extract_a_firm_serving_its_own_product_on_hardware_offers_nothing(extractor: Extractor) -> None:
    text = "Osk Labs serves its Tarn models largely on K9 chips."
    claims = claims_of(extractor, text)
    assert ("Osk Labs", "Tarn") not in pairs(claims, "Offers")
    assert ("Osk Labs", "Tarn") in pairs(claims, "Develops")


def test_extract_a_chips_hour_priced_is_the_offering(extractor: Extractor) -> None:
    text = "Vey Cloud cut the price of its K9 GPU-hour by 15% in October 2025."
    assert ("Vey Cloud", "K9 GPU-hour") in pairs(claims_of(extractor, text), "Offers")
