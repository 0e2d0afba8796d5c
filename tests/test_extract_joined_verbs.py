"""A verb joined to another by "and" shares its subject: "Tarnwell Chips designs the accelerators and supplies them
to Osk Labs" makes Osk Labs Tarnwell's customer, as "Tarnwell Chips supplies them to Osk Labs" does. A name the
parser joins to a verb in a gapped clause ("…, and Pellam a permit to ship …") is no verb and shares nothing, and
whoever is granted a permit to ship is the one who ships, not the granter. Invented sentences; the positive cases
fail on the extractor before verbs shared their subject, the granter's case before the grantee was read."""

from __future__ import annotations

import pytest

from claimgraph.extract import Extractor
from extracted import claims_of, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Broadcom designs the accelerators and supplies them to Google.",
            ("Google", "Broadcom"),
        ),
        (
            "Lambda operates data centres in Texas and rents GPUs to OpenAI.",
            ("OpenAI", "Lambda"),
        ),
        (
            "Nebius builds its own servers and sells GPU hours to Mistral AI.",
            ("Mistral AI", "Nebius"),
        ),
        (  # a time or a place after the "and" is no subject of its own
            "Tarn Systems designs the chips and last year supplied them to Vey Labs.",
            ("Vey Labs", "Tarn Systems"),
        ),
        (  # a contract awarded is work the awardee does
            "Osk Labs awarded Tarn Systems a contract to supply GPUs to Vey Labs.",
            ("Vey Labs", "Tarn Systems"),
        ),
    ],
)
def test_extract_a_joined_verb_shares_its_subject(extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_a_gapped_clause_lends_no_subject_and_the_grantee_ships(extractor: Extractor) -> None:
    text = (
        "In March the KTA granted Tarnwell Systems a permit to ship Nvidia racks to Osk Labs in Norway, "
        "and Pellam Systems a permit to ship the same racks to Vey Cloud in Chile."
    )
    found = pairs(claims_of(extractor, text), "CustomerOf")
    assert ("Osk Labs", "Tarnwell Systems") in found
    assert not {pair for pair in found if pair[1] == "KTA"}


@pytest.mark.parametrize(
    "text",
    [
        # the second clause's own subject, which the parser hangs on the first clause's object
        "Lumen Foundry builds the boards and Tarn Systems sells them to Vey Labs.",
        "Nvidia designs the GPUs and Foxconn assembles them and ships them to Microsoft.",
    ],
)
def test_extract_a_joined_verb_with_a_subject_of_its_own_borrows_none(extractor: Extractor, text: str) -> None:
    found = pairs(claims_of(extractor, text), "CustomerOf")
    assert not {pair for pair in found if pair[1] in ("Lumen Foundry", "Nvidia")}


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia offered Microsoft a deal to supply Blackwell GPUs to OpenAI.",
        "Nvidia sent Oracle a proposal to ship GB300 racks to OpenAI.",
    ],
)
def test_extract_an_offer_sent_to_a_firm_leaves_the_sender_supplying(extractor: Extractor, text: str) -> None:
    assert ("OpenAI", "Nvidia") in pairs(claims_of(extractor, text), "CustomerOf")
