"""A chip "made by" a firm "on its N3 process" is a foundry's work to another's design: the foundry develops neither
the chip nor the memory the sentence goes on to name, and the firm whose chip it is buys the making. Invented
names; the positive cases fail on the extractor before the rule existed."""

from __future__ import annotations

from claimgraph.extract import Extractor
from extracted import claims_of, pairs


def test_extract_a_chip_made_on_a_foundrys_process_is_the_designers_purchase(extractor: Extractor) -> None:
    text = (
        "Pellam Systems, a Boston start-up, sells the Tarn-9 accelerator. "
        "The Tarn-9 is made by TSMC on its N3P process and uses HBM3E memory supplied by SK hynix."
    )
    claims = claims_of(extractor, text)
    assert not any(subject == "TSMC" for subject, _ in pairs(claims, "Develops"))
    assert ("Pellam Systems", "TSMC") in pairs(claims, "CustomerOf")


def test_extract_a_chip_made_by_a_firm_with_no_process_named_stays_its_make(extractor: Extractor) -> None:
    text = "The Tarn-9 is made by TSMC and uses HBM3E memory supplied by SK hynix."
    assert ("TSMC", "Tarn-9") in pairs(claims_of(extractor, text), "Develops")
