"""What a provider offers, and what it only hosts; what a named site runs on; whose customer a firm described as one
is. Invented names; each positive case fails on the extractor before these readings existed."""

from __future__ import annotations

from claimgraph.extract import Extractor
from extracted import claims_of, pairs


def test_extract_a_firm_serving_its_own_product_on_hardware_offers_nothing(extractor: Extractor) -> None:
    text = "Osk Labs serves its Tarn models largely on K9 chips."
    claims = claims_of(extractor, text)
    assert ("Osk Labs", "Tarn") not in pairs(claims, "Offers")
    assert ("Osk Labs", "Tarn") in pairs(claims, "Develops")
    # served to someone, it is offered
    text = "Osk Labs serves its Tarn models to banks through an API."
    assert ("Osk Labs", "Tarn") in pairs(claims_of(extractor, text), "Offers")


def test_extract_a_named_site_or_offering_runs_on_its_hardware(extractor: Extractor) -> None:
    cases = {
        "The Lima data centre runs on K9 GPUs.": ("Lima data centre", "K9"),
        "Hall 4, due to be energised in 2026, will run on Nvidia GB300 NVL72 racks.": ("Hall 4", "GB300 NVL72"),
        "Vey Cloud's P7 instances, which run on K9 systems, launched in May.": ("P7 instances", "K9"),
    }
    for text, built in cases.items():
        assert built in pairs(claims_of(extractor, text), "BuiltOn"), text
    # a site with no name of its own is none to relate, nor a count of sites
    for text in (
        "The new data centre runs on K9 GPUs.",
        "Two data centres run on K9 GPUs.",
    ):
        assert not pairs(claims_of(extractor, text), "BuiltOn"), text


def test_extract_a_campus_owner_is_no_hardware_a_cloud_runs_on(extractor: Extractor) -> None:
    # a brand written in lower case first ("atPell") the tagger takes for a product, as it does real ones of that shape
    text = "Orrin Cloud runs the region in a leased hall on atPell's Lima campus."
    assert not pairs(claims_of(extractor, text), "BuiltOn")


def test_extract_its_in_apposition_to_a_customer_means_the_firm_before(extractor: Extractor) -> None:
    text = "Orrin Cloud said Pell Robotics, its largest customer, renewed its contract."
    assert ("Pell Robotics", "Orrin Cloud") in pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_a_site_named_by_a_word_the_tagger_took_for_an_adjective_runs_on_an_owners_chips(
    extractor: Extractor,
) -> None:
    text = (
        "The Tarnby campus will run on Nvidia GB300 NVL72 systems. "
        "The Vell Ridge campus runs largely on AWS's Trainium2 chips. "
        "Osk Compute switched on a 35 MW hall near Lima that runs on Huawei's Ascend 910C."
    )
    built = pairs(claims_of(extractor, text), "BuiltOn")
    assert {("Tarnby campus", "GB300 NVL72"), ("Vell Ridge campus", "Trainium2")} <= built
    assert not {s for s, _ in built if "MW" in s}  # a campus's size is no name


def test_extract_a_describing_word_before_a_site_noun_names_no_site(extractor: Extractor) -> None:
    text = (
        "The Ruritanian campus will run on GB300 NVL72 systems, Osk Cloud said. "
        '"Large clusters now run on GB200 NVL72 racks," said Ada Brill. '
        "A 300MW campus outside Dallas will run on GB300 NVL72 systems."
    )
    assert not pairs(claims_of(extractor, text), "BuiltOn")
