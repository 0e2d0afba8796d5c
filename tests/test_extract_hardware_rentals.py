"""Hardware rented out is offered as it is sold: "Tarnwell Cloud rents Nvidia K9 and Osk V4 clusters to model
developers" offers "Nvidia K9 clusters" and "Osk V4 clusters"; "K9 capacity rented from Brisk Cloud or Pellam" is
each renter's offer. Whoever rents from a firm, at someone's site or for its own use rents in and offers nothing.
Invented sentences; the positive cases fail on the extractor before the reader existed."""

from __future__ import annotations

import pytest

from claimgraph.extract import Extractor
from extracted import claims_of, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tarnwell Cloud rents Nvidia H200 and AMD Instinct MI355X clusters from its data centres in Oslo.",
            {("Tarnwell Cloud", "Nvidia H200 clusters"), ("Tarnwell Cloud", "AMD Instinct MI355X clusters")},
        ),
        (
            "Most start-ups train on Nvidia H100 capacity rented from Brisk Cloud or Scaleway in France.",
            {("Brisk Cloud", "Nvidia H100 capacity"), ("Scaleway", "Nvidia H100 capacity")},
        ),
        (
            "Corvale Compute rents GPU and NPU capacity to Chinese model developers.",
            {("Corvale Compute", "GPU capacity"), ("Corvale Compute", "NPU capacity")},
        ),
        (
            "The university rents Nvidia H200 capacity from Lambda under a separate contract.",
            {("Lambda", "Nvidia H200 capacity")},
        ),
    ],
)
def test_extract_hardware_rented_out_is_offered_as_sold(
    extractor: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(claims_of(extractor, text), "Offers") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lambda rents H100 capacity at its Dallas data centre to model developers.",
        "Lambda rents H100 capacity at data centres in Ohio.",
        "Lambda rents H100 capacity at the Tarnby campus to developers.",
        "Lambda: quarterly update\n\nWe grew fast. Lambda rents H100 capacity at our Dallas campus.",
    ],
)
def test_extract_a_cloud_renting_at_its_own_or_unowned_sites_still_rents_out(extractor: Extractor, text: str) -> None:
    assert pairs(claims_of(extractor, text), "Offers") == {("Lambda", "H100 capacity")}


def test_extract_the_chip_rented_is_one_offer_not_two(extractor: Extractor) -> None:
    offers = pairs(claims_of(extractor, "Lambda rents Nvidia H100, H200 and B200 GPUs by the hour."), "Offers")
    assert offers == {("Lambda", "Nvidia H100 GPUs"), ("Lambda", "H200 GPUs"), ("Lambda", "B200 GPUs")}


@pytest.mark.parametrize(
    "text",
    [
        "Mistral AI, which has rented H200 capacity at our Espoo data centre since 2024, is our largest customer.",
        "The carmaker Chiltern Motors, which rents GPU clusters for driver-assistance training, signed in May.",
        "Corvale Compute rents some capacity to developers.",
        "Brisk Cloud raised the rents it charges tenants by 6% in 2025.",
        # a lab renting hardware in, to train or for a while, or with nothing said of whom to
        "Osk Labs rented 512 Nvidia H100 GPUs to train its latest model.",
        "Osk Labs rents K9 clusters for 12 months at a time.",
        "Brisk Labs has rented K9 capacity in Tampere since May 2024.",
        "Osk Labs rents H100 clusters from Oslo data centres.",
        # a cloud renting space at someone else's site is a tenant there
        "Tarnwell Data: annual report\n\nWe run three campuses. Lambda rents GPU capacity at our Kenosha campus.",
        "Lambda rents H100 capacity at Tarn Data's Dallas campus.",
        "Lambda rents H100 capacity at the Tarnby campus.",
    ],
)
def test_extract_renting_in_or_renting_nothing_named_offers_nothing(extractor: Extractor, text: str) -> None:
    assert not pairs(claims_of(extractor, text), "Offers")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Osk Labs plans to rent 10,000 Nvidia H100 GPUs from Tarnwell Cloud next year.",
            {("Tarnwell Cloud", "Nvidia H100 GPUs")},
        ),
        (
            "Osk Labs rents K9 GPUs and K9 servers, mostly from Tarnwell Cloud.",
            {("Tarnwell Cloud", "K9 GPUs"), ("Tarnwell Cloud", "K9 servers")},
        ),
        (
            "Osk Labs rented H100 instances from Lambda and H200 instances from CoreWeave.",
            {("Lambda", "H100 instances")},
        ),
    ],
)
def test_extract_the_firm_rented_from_offers_the_things_as_listed(
    extractor: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    # no count in the name, each listed thing by its own noun, and no chip taken for a renter
    assert pairs(claims_of(extractor, text), "Offers") == expected


@pytest.mark.parametrize("ending", ["to", "at", "from", "for"])
def test_extract_a_text_ending_on_the_renting_preposition_is_read_without_error(
    extractor: Extractor, ending: str
) -> None:
    # a cut-off text: the word after the preposition is not there to look at, and the reading goes on
    claims = claims_of(extractor, f"Brisk Cloud rents H100 GPUs {ending}")
    assert pairs(claims, "Offers") <= {("Brisk Cloud", "H100 GPUs")}


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("On Brisk Cloud's H200 instances the job finished in four hours.", ("Brisk Cloud", "H200 instances")),
        (
            "A test of AMD Instinct MI355X systems on Oracle's MI355X bare-metal instances reached 85% of the B200's "
            "throughput.",
            ("Oracle", "MI355X bare-metal instances"),
        ),
    ],
)
def test_extract_a_clouds_instances_of_a_chip_are_its_offer_not_its_making(
    extractor: Extractor, text: str, offered: tuple[str, str]
) -> None:
    # a possessive on instances names what the cloud rents out; the chip inside is someone else's making
    claims = claims_of(extractor, text)
    assert offered in pairs(claims, "Offers")
    assert not {pair for pair in pairs(claims, "Develops") if pair[0] == offered[0]}


def test_extract_a_makers_shipments_of_its_chip_stay_its_making(extractor: Extractor) -> None:
    assert ("Huawei", "Ascend") in pairs(
        claims_of(extractor, "Huawei's Ascend shipments rose 40% last year."), "Develops"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia's H100 rental prices fell 30% in 2025.",  # a maker's own chip, rented out by others
        "Nvidia's Blackwell chips power most cloud rentals.",  # a clause, not a noun the chip qualifies
    ],
)
def test_extract_a_makers_chip_before_rentals_stays_its_making(extractor: Extractor, text: str) -> None:
    claims = claims_of(extractor, text)
    assert {pair[0] for pair in pairs(claims, "Develops")} == {"Nvidia"}
    assert not {pair for pair in pairs(claims, "Offers") if "instances" in pair[1] or "power" in pair[1]}


def test_extract_rentals_that_only_describe_prices_name_no_instances(extractor: Extractor) -> None:
    offered = pairs(claims_of(extractor, "Brisk Cloud's H100 rental prices fell 20% this year."), "Offers")
    assert not {pair for pair in offered if "rental" in pair[1]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brisk Cloud offers P5 instances in Lima.", ("Brisk Cloud", "P5 instances")),  # a maker's code, no name
        ("Brisk Cloud sells GPU capacity by the hour.", ("Brisk Cloud", "GPU capacity")),
        # a reseller sells on what the owner rents out: both offer it
        ("Orvane Technologies resells Brisk Cloud's H200 capacity to its clients.", ("Brisk Cloud", "H200 capacity")),
        (
            "Orvane Technologies resells Brisk Cloud's H200 capacity to its clients.",
            ("Orvane Technologies", "H200 capacity"),
        ),
        # a cloud the sentence says something is: what it rents from unowned data centres it rents out
        (
            "Brisk Cloud is a GPU cloud that rents Nvidia GPU capacity from data centres in Peru.",
            ("Brisk Cloud", "Nvidia GPU capacity"),
        ),
    ],
)
def test_extract_capacity_offered_or_sold_by_the_hour_is_an_offer(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(claims_of(extractor, text), "Offers")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Tarn Semi sells its K9 chips to Brisk Cloud.", ("Tarn Semi", "K9 chips")),  # goods sold, not capacity
        ("Brisk Cloud does not sell GPU capacity to firms in Peru.", ("Brisk Cloud", "GPU capacity")),  # ruled out
        ("Brisk Cloud offered Vell Labs H200 capacity in Lima.", ("Brisk Cloud", "Vell Labs H200 capacity")),
        ("Brisk Cloud offers its customers H100 capacity.", ("Brisk Cloud", "customers H100 capacity")),
        ("Brisk Cloud sells its Q4 2025 capacity in advance.", ("Brisk Cloud", "Q4 2025 capacity")),  # a period
        ("Tarn Semi sells H100 servers to Vell Labs.", ("Tarn Semi", "H100 servers")),  # servers sold are goods
        ("Tarn Foundry sells N3 capacity to Osk Labs.", ("Tarn Foundry", "N3 capacity")),  # a foundry's output
        ("Tarn Foundry sells SF2 capacity to Osk Labs.", ("Tarn Foundry", "SF2 capacity")),
        # a landlord named before its sites rents no chips out; a chip's owner offers no capacity resold
        ("Vey Cloud rents K9 capacity from Equinix's data centres in Frankfurt.", ("Equinix", "K9 capacity")),
        ("Vey Cloud sells Osk Labs's K9 capacity to developers.", ("Osk Labs", "K9 capacity")),
        ("Osk Labs' H100 capacity doubled in 2025.", ("Osk Labs", "H100 capacity")),  # a lab's, no cloud's offer
        # sites another runs: no renting out
        ("Fenn Cloud rents H100 GPUs from data centers in Ohio owned by Vantage.", ("Fenn Cloud", "H100 GPUs")),
    ],
)
def test_extract_goods_a_sale_ruled_out_or_a_recipient_name_no_capacity_offer(
    extractor: Extractor, text: str, absent: tuple[str, str]
) -> None:
    assert absent not in pairs(claims_of(extractor, text), "Offers")
