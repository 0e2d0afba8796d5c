"""Hardware bought through a reseller is two sales: the buyer is a customer of the reseller and of the maker, and
the reseller a customer of the maker ("Nvidia H100 systems, which Kestrel Compute buys through Dell"). A model
bought through a cloud is the cloud's sale alone, and a purchase denied is none. Invented sentences; the positive
cases fail on the extractor before the reader existed."""

from __future__ import annotations

import pytest

from claimgraph.extract import Extractor
from extracted import claims_of, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a relative clause on the goods, the maker named in their words
            "Kestrel Compute runs Nvidia HGX B200 systems that it buys through Dell Technologies.",
            {("Kestrel Compute", "Dell"), ("Kestrel Compute", "Nvidia"), ("Dell", "Nvidia")},
        ),
        (  # the maker named "from", the "from" hung on a predicate adjective
            "Tallow Compute bought the servers new from Supermicro through Arrow Electronics in 2023.",
            {
                ("Tallow Compute", "Arrow Electronics"),
                ("Tallow Compute", "Supermicro"),
                ("Arrow Electronics", "Supermicro"),
            },
        ),
        (  # the reseller named beside a role noun, two resellers joined
            "Its customers buy mainly Nvidia systems through the distributors Dell Technologies or Supermicro.",
            {("Dell", "Nvidia"), ("Supermicro", "Nvidia")},
        ),
        (  # a participle on the goods: the reseller buys from the maker, the buyer is not named
            "The new halls run on Nvidia GB300 NVL72 racks, bought through Supermicro.",
            {("Supermicro", "Nvidia")},
        ),
    ],
)
def test_extract_goods_bought_through_a_reseller_are_the_makers_sales(
    extractor: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= pairs(claims_of(extractor, text), "CustomerOf")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a model bought through a cloud: the cloud sells it, its maker sells nothing to the cloud here
        ("Sellwood Labs buys Qwen3-235B through Amazon Bedrock.", ("Amazon", "Alibaba")),
        # a purchase denied
        ("Kestrel Compute no longer buys Nvidia systems through Dell Technologies.", ("Dell", "Nvidia")),
        # goods a pronoun stands for name no maker
        ("Kestrel Compute bought them through Dell Technologies in 2024.", ("Dell", "Kestrel Compute")),
        # a purchase someone denies, a maker the text rules out as the seller
        ("Kestrel Compute denied that it buys Nvidia GPUs through Dell.", ("Dell", "Nvidia")),
        ("Kestrel Compute buys Nvidia GPUs not through Dell but directly.", ("Dell", "Nvidia")),
        # a purchase asked about or only planned; capacity rented through a cloud is the cloud's sale
        ("Kestrel Compute would not say whether it buys Nvidia chips through Dell.", ("Dell", "Nvidia")),
        ("Kestrel Compute plans to buy Nvidia servers through Dell next year.", ("Dell", "Nvidia")),
        ("Kestrel Compute buys H100 instances through Brisk Compute.", ("Brisk Compute", "Nvidia")),
    ],
)
def test_extract_no_makers_sale_without_hardware_bought_through_a_reseller(
    extractor: Extractor, text: str, absent: tuple[str, str]
) -> None:
    assert absent not in pairs(claims_of(extractor, text), "CustomerOf")
