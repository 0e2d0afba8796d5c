"""Parties a compliance line bars, however the parser hangs them: a "to" on the thing supplied ("rents capacity to
firms in Peru"), the served themselves as the object ("does not serve customers headquartered in Peru"), a verb of
reselling, and a party placed "there". Invented sentences; each positive case fails on the extractor before these
readings existed."""

from __future__ import annotations

import pytest

from claimgraph.extract import Extractor
from extracted import claims_of


def _barred(extractor: Extractor, text: str) -> set[str]:
    return {c.object.label for c in claims_of(extractor, text) if c.type == "SanctionEffect" and c.object}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "We do not rent capacity to companies headquartered in Peru, in line with US export controls.",
            "companies headquartered in Peru",
        ),
        (
            "In line with US export controls, Tarnwell Cloud does not serve customers headquartered in Peru.",
            "customers headquartered in Peru",
        ),
        (
            "In line with US export controls, partners may not resell Tarnwell capacity to companies headquartered in "
            "Peru.",
            "companies headquartered in Peru",
        ),
        (
            "Tarnwell Cloud has no region in Peru and does not serve customers headquartered there, in line with US "
            "export controls.",
            "customers headquartered in Peru",
        ),
    ],
)
def test_extract_a_compliance_line_bars_the_parties_it_names(extractor: Extractor, text: str, party: str) -> None:
    barred = _barred(extractor, text)
    assert party in barred
    assert "Tarnwell Cloud" not in barred  # the firm barring them is not barred


def test_extract_what_is_supplied_is_no_party(extractor: Extractor) -> None:
    text = "Tarnwell Cloud does not sell chips or servers, in line with US export controls."
    assert not {label for label in _barred(extractor, text) if "chips" in label or "servers" in label}


def test_extract_a_joined_clause_with_its_own_subject_and_a_bare_object_bar_no_one_new(extractor: Extractor) -> None:
    listed = (
        "SMIC was added to the Entity List in 2020, and Tarn Cloud does not serve SMIC, in line with US export "
        "controls."
    )
    assert "SMIC" in _barred(extractor, listed)  # its own subject bars SMIC; SMIC is no barring firm
    bare = "Tarn Cloud does not serve customers in China, in line with US export controls."
    assert "customers" not in _barred(extractor, bare)  # the place hangs on the verb: no class named
    models = "We do not offer Qwen or DeepSeek, in line with US export controls."
    assert not [
        c for c in claims_of(extractor, models) if c.type == "SanctionEffect" and c.modality == "asserted"
    ]  # a model offered is no party served
