"""Sites named once and referred to after ("the Graz campus … the campus", "a GPU hall in Brno … the hall"): the
figures and the hardware their clauses give belong to the site, on sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimgraph.extract import Extractor
from extracted import claims_of, pairs


def _capacities(extractor: Extractor, text: str) -> set[tuple[str, Decimal | None]]:
    return {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "Capacity"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Osk Data Centres runs the Graz campus in Austria. The Graz campus has 86 MW energised today, and the "
            "campus will reach 120 MW by 2028.",
            {("Graz campus", Decimal("0.086")), ("Graz campus", Decimal("0.12"))},
        ),
        (
            "Vey Power opened the Linz Ridge AI Campus in May. A second phase would bring the site to 240 MW by 2029.",
            {("Linz Ridge AI Campus", Decimal("0.24"))},
        ),
        (  # named by the town it stands in
            "Pell Compute opened a new campus in Gdansk last year. The campus will reach 120 MW by 2028.",
            {("Gdansk campus", Decimal("0.12"))},
        ),
    ],
)
def test_extract_a_sites_capacity_belongs_to_the_site_named_or_referred_to(
    extractor: Extractor, text: str, expected: set[tuple[str, Decimal]]
) -> None:
    assert _capacities(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tarn Telecom is building the Osk AI Factory in Graz. The factory runs on Nvidia GB300 NVL72 racks.",
            {("Osk AI Factory", "GB300 NVL72")},
        ),
        (  # "the halls": the site named last, whatever its noun
            "Osk Data Centres opened the Linz Ridge AI Campus in 2025. The halls are designed for liquid-cooled Nvidia "
            "GB300 NVL72 racks.",
            {("Linz Ridge AI Campus", "GB300 NVL72")},
        ),
        (  # hardware the site runs, and a site a company runs on hardware
            "Microsoft's Bilbao campus runs Nvidia GB200 NVL72 racks.",
            {("Bilbao campus", "Nvidia GB200 NVL72")},
        ),
        ("Osk ran the Brno campus on Nvidia H200 GPUs.", {("Brno campus", "H200")}),
    ],
)
def test_extract_a_site_named_or_referred_to_is_built_on_its_hardware(
    extractor: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(claims_of(extractor, text), "BuiltOn") == expected


def test_extract_a_site_named_in_passing_does_not_take_the_one_the_text_is_about(extractor: Extractor) -> None:
    text = (
        "Osk Data Centres runs the Linz Ridge AI Campus in Austria. Unlike a campus in Gdansk, the campus will reach "
        "120 MW by 2028."
    )
    assert _capacities(extractor, text) == {("Linz Ridge AI Campus", Decimal("0.12"))}


@pytest.mark.parametrize(
    "text",
    [
        "The campus will run on Nvidia GB200 NVL72 systems.",  # no site named before it
        "Osk Data Centres opened the Graz campus in 2025. The site will host Tarn Compute, Osk's model platform.",
        "Osk Data Centres opened the Graz campus in 2025. The halls of Block C are designed for Nvidia GB300 "
        "NVL72 racks.",
    ],
)
def test_extract_no_site_is_built_on_what_it_does_not_run(extractor: Extractor, text: str) -> None:
    assert not {s for s, _ in pairs(claims_of(extractor, text), "BuiltOn") if "campus" in s.lower()}


def test_extract_a_countrys_data_centres_are_its_own_not_a_site(extractor: Extractor) -> None:
    text = "Austria's AI data centres used about nine gigawatts of power in 2025."
    assert _capacities(extractor, text) == {("Austria", Decimal(9))}


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("The Graz campus signed a power purchase agreement for 200 MW of wind energy from Alpwind.", "Graz campus"),
        ("Osk Cloud opened the Graz campus in 2024. The campus will add 40 MW next year.", "Graz campus"),
        ("Chief executive Stuart Hall said the site will have 40 MW by 2026.", "Stuart Hall"),
    ],
)
def test_extract_a_figure_that_is_no_sites_own_load_is_not_its_capacity(
    extractor: Extractor, text: str, site: str
) -> None:
    assert site not in {holder for holder, _ in _capacities(extractor, text)}


def test_extract_a_site_named_by_its_own_place_is_not_one_referred_to(extractor: Extractor) -> None:
    text = (
        "Tarn Cloud opened the Brno campus last year. Nvidia said the facility in Santa Clara runs on Nvidia GB200 "
        "NVL72 racks."
    )
    assert not {s for s, _ in pairs(claims_of(extractor, text), "BuiltOn") if s == "Brno campus"}
