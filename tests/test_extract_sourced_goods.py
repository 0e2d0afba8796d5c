"""Goods said to come from a supplier make their owner its customer ("Our servers come from Supermicro", "the bulk
of the HBM comes from SK hynix"); what comes from a customer (revenue), goods whose owner the words leave open, and a
denied source state no purchase. Invented sentences; the positive cases fail on the extractor before the reader
existed."""

from __future__ import annotations

import pytest

from claimgraph.extract import Extractor
from extracted import claims_of, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the speaker's goods, a supplier's plants named by their owner
            "Pellam Cloud annual review\n\nPellam Cloud rents GPUs in Oslo. Our servers come from Supermicro, and all "
            "of our electricity comes from Statkraft's hydro plants.",
            {("Pellam Cloud", "Supermicro"), ("Pellam Cloud", "Statkraft")},
        ),
        (  # goods no name qualifies belong to the firm the piece is about; an amount word before the goods
            "Tarn Labs profile\n\nTarn Labs designs the K9 accelerator. The bulk of the memory comes from SK hynix.",
            {("Tarn Labs", "SK hynix")},
        ),
        (  # the firm that says where its capacity will come from, suppliers joined
            "Orrin Compute says new capacity will come from Dell and Supermicro.",
            {("Orrin Compute", "Dell"), ("Orrin Compute", "Supermicro")},
        ),
    ],
)
def test_extract_goods_that_come_from_a_supplier_make_their_owner_its_customer(
    extractor: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    found = {(s.lower(), o.lower()) for s, o in pairs(claims_of(extractor, text), "CustomerOf")}
    assert {(s.lower(), o.lower()) for s, o in expected} <= found  # the gazetteer spells "SK Hynix"


@pytest.mark.parametrize(
    "text",
    [
        "Tarn Labs profile\n\nTarn Labs designs the K9 accelerator. Most of its revenue comes from Orrin Compute.",
        "Tarn Labs profile\n\nTarn Labs designs the K9 accelerator. Nvidia servers come from Supermicro.",
        "Tarn Labs profile\n\nTarn Labs designs the K9 accelerator. Its memory does not come from SK hynix.",
        # power and memory in other senses, and a relation's possessor
        "Tarn Labs profile\n\nTarn Labs designs the K9 accelerator. Its pricing power comes from SK hynix's cuts.",
        "Tarn Labs profile\n\nTarn Labs designs the K9 accelerator. Its chips come from Supermicro's rivals.",
        # goods of no one in particular, stolen goods
        "Tarn Labs profile\n\nTarn Labs designs the K9 accelerator. Most AI servers come from Supermicro.",
        "Tarn Labs profile\n\nTarn Labs designs the K9 accelerator. The stolen servers came from Supermicro.",
        # asked, supposed, only possible
        "Tarn Labs profile\n\nTarn Labs designs the K9 accelerator. Do its servers come from Supermicro?",
        "Tarn Labs profile\n\nTarn Labs designs the K9 accelerator. If its servers came from Supermicro, costs would "
        "fall.",
        "Tarn Labs profile\n\nTarn Labs designs the K9 accelerator. Its memory could come from SK hynix next year.",
    ],
)
def test_extract_revenue_unowned_goods_or_a_denied_source_make_no_goods_customer(
    extractor: Extractor, text: str
) -> None:
    suppliers = {o.lower() for _, o in pairs(claims_of(extractor, text), "CustomerOf")}
    assert not suppliers & {"supermicro", "sk hynix"}
