"""A chip "made by" a firm "on its N3 process" for a client the article names or implies is a foundry's work to
another's design: the foundry develops neither the chip nor the memory the sentence goes on to name, and the client
buys the making. With no client to tell, and in a maker's own words, the maker's make stands. Invented names; the
positive case fails on the extractor before the rule existed."""

from __future__ import annotations

import pytest

from claimgraph.extract import Extractor
from extracted import claims_of, pairs


def test_extract_a_chip_made_on_a_foundrys_process_is_the_speaking_firms_purchase(extractor: Extractor) -> None:
    text = (
        "Pellam Systems annual report 2025\n\n"
        "We design inference chips. The Tarn-9 is made by TSMC on its N3P process and uses HBM3E memory supplied by "
        "SK hynix."
    )
    claims = claims_of(extractor, text)
    assert not any(subject == "TSMC" for subject, _ in pairs(claims, "Develops"))
    assert ("Pellam Systems", "TSMC") in pairs(claims, "CustomerOf")


@pytest.mark.parametrize(
    "text",
    [
        "The Tarn-9 is made by TSMC and uses HBM3E memory supplied by SK hynix.",  # no process: its make
        # a buyer under discussion designs nothing: no client to tell
        "Microsoft has ordered 200,000 Tarn-9 accelerators for Azure. The Tarn-9 is made by TSMC on its N3P process.",
        "Samsung makes the Exynos 2400 chip on its 4nm process.",  # a maker's own process, active voice
    ],
)
def test_extract_a_chip_with_no_client_to_tell_stays_its_makers(extractor: Extractor, text: str) -> None:
    made = pairs(claims_of(extractor, text), "Develops")
    assert made & {("TSMC", "Tarn-9"), ("Samsung", "Exynos 2400")}
    assert ("Microsoft", "TSMC") not in pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_memory_named_beside_a_foundrys_making_is_not_its_make(extractor: Extractor) -> None:
    text = "The Tarn-9 ships in March. Made by TSMC on its N3P process, with HBM3E supplied by SK hynix."
    assert not {o for s, o in pairs(claims_of(extractor, text), "Develops") if s == "TSMC"} & {"HBM3E"}
