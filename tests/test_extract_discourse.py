"""Mechanisms that read past one clause, on sentences written for these tests: shares continued by gapping
("Microsoft 21% and Google 14%"), shares of a market's whole ("4% of worldwide revenue"), and sanction effects
told as narrative while a sanction named in the title or lately is in force."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimgraph.extract import Extractor
from claimgraph.extract.discover import _in_a_speaker_label, find_mentions
from claimgraph.extract.organisations import suffixed_names
from claimgraph.extract.table_layout import find_rows
from claimgraph.records import Article, Claim, Entity, SourceMetadata
from extracted import claims_of, pairs


def _shares(claims: list[Claim]) -> dict[str, Decimal | None]:
    return {c.subject.label: c.value for c in claims if c.type == "MarketShare"}


def test_extract_a_share_continues_to_the_names_after_it(extractor: Extractor) -> None:
    text = (
        "In the European cloud market, Northwind took 31% of the market, Sable Systems 12% and Kestrel Labs about 9%."
    )
    claims = claims_of(extractor, text)
    shares = _shares(claims)
    assert shares.get("Northwind") == Decimal(31)
    assert shares.get("Sable Systems") == Decimal(12)
    assert shares.get("Kestrel Labs") == Decimal(9)
    kestrel = next(c for c in claims if c.type == "MarketShare" and c.subject.label == "Kestrel Labs")
    assert kestrel.modality == "estimated"  # its own hedge, not its neighbour's
    assert {c.object.label for c in claims if c.type == "MarketShare" and c.object} == {"European cloud market"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a remainder's holder, and a pair's share "together"
            "Pell Research puts the Tarnish HBM market at $30 billion in 2025. SK hynix took 64% of it, Samsung 11%, "
            "Micron and Kioxia together 21%, and Intel the remaining 4%.",
            {"SK Hynix": 64, "Samsung": 11, "Micron and Kioxia": 21, "Intel": 4},
        ),
        (  # a possessive whose noun ("share") is left out
            "In the Tarnish AI chip market, Nvidia's share fell from 62% in 2024 to 58% in 2025, while AMD's rose "
            "from 3% to 7%.",
            {"Nvidia": {62, 58}, "AMD": {3, 7}},
        ),
        (
            "Alibaba Cloud held 35% of China's AI cloud market in 2025, against Huawei Cloud's 12%.",
            {"Alibaba Cloud": 35, "Huawei Cloud": 12},
        ),
    ],
)
def test_extract_a_continued_share_past_a_pair_a_remainder_or_a_left_out_noun(
    extractor: Extractor, text: str, expected: dict[str, int | set[int]]
) -> None:
    shares: dict[str, set[int]] = {}
    for claim in claims_of(extractor, text):
        if claim.type == "MarketShare" and claim.value is not None:
            shares.setdefault(claim.subject.label, set()).add(int(claim.value))
    assert shares == {holder: value if isinstance(value, set) else {value} for holder, value in expected.items()}


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia held 70% of the Tarnish AI chip market in 2025, while AMD's revenue rose 12%.",
        "Nvidia held 70% of the Tarnish AI chip market in 2025, while AMD's rose by 3 points.",
        "Nvidia held 70% of the Tarnish AI chip market in 2025, while AMD's 4% stake in Osk was sold.",
    ],
)
def test_extract_a_left_out_noun_continues_no_change_by_so_much(extractor: Extractor, text: str) -> None:
    shares = _shares(claims_of(extractor, text))
    assert "AMD" not in shares


def test_extract_a_percentage_of_the_markets_whole_is_a_share(extractor: Extractor) -> None:
    text = "In the Indian cloud market, Tata Communications had roughly 6% of the year's spending."
    shares = _shares(claims_of(extractor, text))
    assert shares == {"Tata Communications": Decimal(6)}


def test_extract_a_part_a_holder_has_of_a_whole_is_its_share_whatever_the_verb(extractor: Extractor) -> None:
    text = (
        "Vey Semi sold about 62% of the accelerators installed in Tarn's data centres in the second half of 2025. "
        "Local providers won two in five of the GPU contracts signed in Peru last year, up from one in five in 2024. "
        "Osk Cloud cut 10% of its staff. Brill Labs spent 40% of its budget on Vey Semi chips."
    )
    claims = claims_of(extractor, text)
    held = {
        (c.subject.label, c.object.label if c.object else None, c.value, c.time)
        for c in claims
        if c.type == "MarketShare"
    }
    assert held == {
        ("Vey Semi", "accelerators installed in Tarn's data centres", Decimal(62), "2025-H2"),
        ("Local providers", "GPU contracts signed in Peru", Decimal(40), "2025"),
        ("Local providers", "GPU contracts signed in Peru", Decimal(20), "2024"),
    }  # neither the staff cut nor the budget spent is anyone's share


def test_extract_a_part_of_a_whole_referred_back_to_names_no_whole(extractor: Extractor) -> None:
    text = "Vey Semi shipped 41,000 K9 cards in 2025. Osk Cloud took roughly a quarter of them."
    assert _shares(claims_of(extractor, text)) == {}  # "them" names no whole a share could be of


def test_extract_a_percentage_of_a_companys_own_revenue_is_not_a_share(extractor: Extractor) -> None:
    text = "Europe made up 13% of Nvidia's revenue in fiscal 2025."
    assert _shares(claims_of(extractor, text)) == {}


def test_extract_sanction_effects_told_as_narrative_under_a_titled_sanction(extractor: Extractor) -> None:
    text = (
        "US export controls on advanced AI chips: what they did\n\n"
        "Regulators told Kestrel Semiconductor that its K9 accelerator needs a licence. "
        "Northwind Devices booked a $300 million charge for stranded stock. "
        "Sable Systems could not ship its older parts. "
        "Is anyone exempt?\n"
    )
    effects = {c.object.label for c in claims_of(extractor, text) if c.type == "SanctionEffect" and c.object}
    assert {"Kestrel Semiconductor", "Northwind Devices", "Sable Systems"} <= effects


def test_extract_no_sanction_in_force_no_narrative_effect(extractor: Extractor) -> None:
    text = "Northwind Devices booked a $300 million charge for stranded stock. Sable Systems could not ship its parts."
    assert [c for c in claims_of(extractor, text) if c.type == "SanctionEffect"] == []


def test_extract_a_party_is_affected_once_per_sentence(extractor: Extractor) -> None:
    text = (
        "US export controls on advanced AI chips: a primer\n\n"
        "In March, Northwind Devices warned that it would need a licence and would lose sales.\n"
    )
    effects = [c for c in claims_of(extractor, text) if c.type == "SanctionEffect"]
    assert [c.object.label for c in effects if c.object] == ["Northwind Devices"]


def test_extract_an_aligned_table_with_period_columns(extractor: Extractor) -> None:
    text = (
        "Our view of the robot vision chip business follows.\n\n"
        "Table 2: Robot vision chip revenue share (%)\n"
        "Supplier                 2024    2026e\n"
        "Kestrel Labs (K-series)    41       35\n"
        "Sable Systems              22       27\n"
        "Other vendors (mixed)      37       38\n"
        "Source: our estimates\n"
    )
    claims = [c for c in claims_of(extractor, text) if c.type == "MarketShare"]
    found = {(c.subject.label, c.time, c.value, c.modality) for c in claims}
    assert ("Kestrel Labs", "2024", Decimal(41), "asserted") in found
    assert ("Sable Systems", "2026", Decimal(27), "estimated") in found
    assert ("Other vendors", "2024", Decimal(37), "asserted") in found
    assert {c.object.label for c in claims if c.object} == {"Robot vision chip market"}
    assert all(c.unit == "percent" for c in claims)


def test_extract_a_comma_separated_table_is_read_like_any_other(extractor: Extractor) -> None:
    # a data file's header in abbreviations, an empty cell kept in its column, shares without a "%", revenue in
    # the unit the caption writes in words
    text = (
        "Table 3: Robot vision chip market by supplier (USD billion of revenue; shares in per cent)\n\n"
        "supplier,rev_2024,note,rev_2025,share_2025\n"
        "Kestrel Labs,1.2,,1.8,45.0\n"
        "Sable Systems,0.9,E,1.1,27.5\n"
        "Osk Vision,0.4,E,0.5,12.5\n"
        "Others,0.5,E,0.6,15.0\n"
        "Total,3.0,E,4.0,100.0\n"
        "Source: our estimates, 2026. Figures are rounded, and shares may not add up.\n"
    )
    claims = claims_of(extractor, text)
    revenue = {(c.subject.label, c.time, c.value, c.unit) for c in claims if c.type == "Revenue"}
    assert ("Kestrel Labs", "2024", Decimal("1200000000"), "USD") in revenue
    assert ("Kestrel Labs", "2025", Decimal("1800000000"), "USD") in revenue
    shares = {(c.subject.label, c.time, c.value, c.unit) for c in claims if c.type == "MarketShare"}
    assert {
        ("Kestrel Labs", "2025", Decimal(45), "percent"),
        ("Osk Vision", "2025", Decimal("12.5"), "percent"),
    } <= shares
    # the "Others" row holds the rest of the field's share (not its revenue); the "Total" row is the market's size
    assert ("Others", "2025", Decimal(15), "percent") in shares
    assert not any(c.subject.label == "Others" for c in claims if c.type == "Revenue")
    sizes = {(c.subject.label, c.time, c.value) for c in claims if c.type == "MarketSize"}
    market = "Robot vision chip market"
    assert sizes == {(market, "2024", Decimal("3000000000")), (market, "2025", Decimal("4000000000"))}
    assert not any(c.value == 100 for c in claims)
    # prose with commas, and a line whose commas are followed by spaces, is no such table
    assert not find_rows("Kestrel, Sable and Osk grew 1,200 units, 900 units and 400 units.\nA, B, C\nD, E, F\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "¥" writes yen as well as yuan; a dollar figure implying 150 to the dollar says which
        (
            "Kestrel Labs said revenue was ¥120 billion ($800 million) in 2025.",
            (Decimal("800000000"), "USD", ((Decimal("120000000000"), "JPY"),)),
        ),
        (
            "Kestrel Labs said revenue was ¥7.2 billion ($1.0 billion) in 2025.",
            (Decimal("7200000000"), "CNY", ((Decimal("1000000000"), "USD"),)),
        ),
        (  # yuan written out is yuan, whatever rate the dollars imply
            "Kestrel Labs said revenue was 120 billion yuan ($800 million) in 2025.",
            (Decimal("120000000000"), "CNY", ((Decimal("800000000"), "USD"),)),
        ),
    ],
)
def test_extract_a_yen_sign_is_told_from_a_yuan_sign_by_the_dollar_figure(
    extractor: Extractor, text: str, expected: tuple[object, ...]
) -> None:
    claims = claims_of(extractor, text)
    revenue = {(c.value, c.unit, tuple((a.value, a.unit) for a in c.alt_values)) for c in claims if c.type == "Revenue"}
    assert revenue == {expected}


def test_extract_a_translated_article_writes_decimal_commas_and_its_dollars_are_the_value(
    extractor: Extractor,
) -> None:
    # "12,5" is twelve and a half and "10.000" ten thousand where the article writes numbers the continental way;
    # "Mrd." ends no sentence; the euro amount's dollar conversion is the value, the euros an alternative
    text = (
        "Kestrel Labs lifted revenue by 12,5 per cent to 1,2 Mrd. Euro (1,4 Mrd. Dollar) in 2025, the company said. "
        "It runs some 10.000 GPUs."
    )
    claims = claims_of(extractor, text)
    revenue = {(c.value, c.unit, tuple((a.value, a.unit) for a in c.alt_values)) for c in claims if c.type == "Revenue"}
    assert revenue == {
        (Decimal("12.5"), "percent", ()),
        (Decimal("1400000000"), "USD", ((Decimal("1200000000"), "EUR"),)),
    }
    # an article that writes "1,200" the English way keeps its thousands
    english = claims_of(extractor, "Kestrel Labs lifted revenue by 12.5% to $1,200 million in 2025.")
    assert {c.value for c in english if c.type == "Revenue"} == {Decimal("12.5"), Decimal("1200000000")}


def test_extract_a_translators_bracketed_dollars_keep_their_decimal_point_in_a_continental_article(
    extractor: Extractor,
) -> None:
    # the article writes "2.960 MW" and "12,5 per cent" the continental way, but the translator's "[US$3.7 billion]"
    # the English way: a point before anything but three digits is a decimal point, and the brackets a conversion
    text = (
        "Kestrel Labs lifted revenue by 12,5 per cent in 2025. It runs 2.960 MW and some 10.000 GPUs. Kestrel Labs "
        "is investing 3,2 Mrd. Euro [US$3.7 billion] in German data centres through 2026."
    )
    spending = {(c.value, c.unit) for c in claims_of(extractor, text) if c.type == "Spending"}
    assert spending == {(Decimal("3700000000"), "USD")}
    # the translator's dollars keep their English separators, whatever the article's
    for dollars in ("[US$3.725 billion]", "[US$3,725 million]"):
        revenue = claims_of(extractor, f"{text} Kestrel Labs' revenue rose to 3,2 Mrd. Euro {dollars} in 2025.")
        assert (Decimal("3725000000"), "USD") in {(c.value, c.unit) for c in revenue if c.type == "Revenue"}


def test_extract_a_change_after_an_amount_is_its_growth(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Kestrel Labs said its revenue totalled $2.1 billion in 2025, up 18%.")
    revenue = {(c.value, c.unit) for c in claims if c.type == "Revenue" and c.subject.label == "Kestrel Labs"}
    assert revenue == {(Decimal("2100000000"), "USD"), (Decimal(18), "percent")}


def test_extract_spending_on_a_thing_names_a_market(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Worldwide spending on robot vision chips reached $4 billion in 2025, up 12%.")
    size = next(c for c in claims if c.type == "MarketSize")
    assert size.subject.label == "global robot vision chips market" and size.value == Decimal("4000000000")
    growth = next(c for c in claims if c.type == "GrowthRate")
    assert growth.subject == size.subject and growth.value == Decimal(12)


def test_extract_spending_on_spending_names_no_market(extractor: Extractor) -> None:
    # so a share of "the market" after it has no market to be of
    text = "Vessa Cloud spent $2.2 billion on capital expenditure in 2025. Its share of the market rose to 4%."
    claims = claims_of(extractor, text)
    assert [c.type for c in claims] == ["Spending"]


def test_extract_makers_of_products_by_brand_possessive_apposition_and_list(extractor: Extractor) -> None:
    text = (
        "Kestrel Labs, the developer of the Falcon models, bought Nvidia H100 chips. "
        "Huawei's Ascend 910B and Ascend 910C are in short supply. "
        "The same holds for Kestrel Copilot, and ChatGPT."
    )
    claims = claims_of(extractor, text)
    develops = {(c.subject.label, c.object.label) for c in claims if c.type == "Develops" and c.object}
    assert {("Nvidia", "H100"), ("Huawei", "Ascend 910B"), ("Huawei", "Ascend 910C")} <= develops
    assert not any(obj == "ChatGPT" and subject != "OpenAI" for subject, obj in develops)


def test_extract_a_name_in_apposition_with_a_role_is_an_organisation(extractor: Extractor) -> None:
    text = "Brightwave, the largest Dutch provider, is small. Its revenue rose 7% to about $400 million in 2025."
    revenue = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "Revenue"}
    assert revenue == {("Brightwave", Decimal(7)), ("Brightwave", Decimal("400000000"))}


def test_extract_a_bare_name_that_speaks_of_its_own_is_a_firm(extractor: Extractor) -> None:
    text = "Arvidsen said its new GPU data centre in Astana opened in December."
    mentions = find_mentions(extractor.nlp(text), extractor.index, text)
    assert {m.entity.label: m.entity.type for m in mentions}["Arvidsen"] == "Organization"  # not a person: "its"


def test_extract_a_change_said_of_the_amount_before_is_its_growth(extractor: Extractor) -> None:
    text = (
        "The Iberian GPU cloud market was worth about $1.4 billion in 2025. That's up roughly seventy percent on "
        "2024.\n\nOsk Labs had revenue of $2 billion in 2025. That was down 10% from 2024."
    )
    claims = claims_of(extractor, text)
    assert {(c.type, c.subject.label, c.value, c.time) for c in claims if c.unit == "percent"} == {
        ("GrowthRate", "Iberian GPU cloud market", Decimal(70), "2025"),
        ("Revenue", "Osk Labs", Decimal(-10), "2025"),
    }


def test_extract_a_name_placed_at_a_figure_with_no_verb_continues_a_run_of_shares(extractor: Extractor) -> None:
    text = "In the Iberian GPU cloud market Pell Cloud had 30% last year. Then Osk Cloud at about five percent."
    assert _shares(claims_of(extractor, text)) == {"Pell Cloud": Decimal(30), "Osk Cloud": Decimal(5)}


def test_extract_a_country_the_gazetteer_does_not_list_is_a_country(extractor: Extractor) -> None:
    text = "Pell Cloud runs sites in Finland, Norway and Portugal."
    mentions = find_mentions(extractor.nlp(text), extractor.index, text)
    assert {m.entity.label: m.entity.type for m in mentions if m.entity.label != "Pell Cloud"} == {
        "Finland": "Country",
        "Norway": "Country",
        "Portugal": "Country",
    }


def test_extract_a_one_word_place_no_table_lists_is_an_organisation_unless_placed(extractor: Extractor) -> None:
    text = (
        "Customers such as Tokopedia and Grab pay. Tokopedia signed a deal with Microsoft. It is building a campus "
        "in Narvik. Brill is a Frankfurt operator."
    )
    mentions = find_mentions(extractor.nlp(text), extractor.index, text)
    types = {m.entity.label: m.entity.type for m in mentions}
    assert types["Tokopedia"] == "Organization"  # the NER's "place", acting, that no table of places lists
    assert types.get("Narvik", "Region") == "Region"  # after "in": a place, listed or not
    assert types.get("Frankfurt", "Region") == "Region"  # qualifying a noun, and "Frankfurt am Main" is listed
    text = "Pell Cloud's customers include Tokopedia and Grab. Tarn Cloud opened sites in Lima, Quito and Cusco."
    types = {m.entity.label: m.entity.type for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert types["Grab"] == "Organization"  # listed after a name that is no place
    assert types["Quito"] == types["Cusco"] == "Region"  # listed after a place


def test_extract_the_first_words_of_an_unknown_companys_name_are_that_company(extractor: Extractor) -> None:
    text = "Vellum Precision Industry, the contract manufacturer, said revenue rose. Vellum Precision said so too."
    mentions = find_mentions(extractor.nlp(text), extractor.index, text)
    assert {m.entity.label for m in mentions} == {"Vellum Precision Industry"}


def test_extract_an_article_in_a_companys_first_person_speaks_for_it(extractor: Extractor) -> None:
    text = (
        "Marlow AI price changes: questions and answers\n\n"
        "Marlow AI publishes this page for developers. Marlow AI runs the Wren API.\n\n"
        "We bought our K9 systems from Vey Systems and expect to spend about $120 million with it this year. "
        "Our revenue rose 60% in 2025. Marlow AI thanks its customers."
    )
    claims = claims_of(extractor, text)
    assert ("Marlow AI", "Vey Systems", Decimal(120_000_000)) in {
        (c.subject.label, c.object.label if c.object else None, c.value) for c in claims if c.type == "Spending"
    }  # "we": the company the page names most, which names no research firm that could be writing


def test_extract_a_place_that_says_where_a_firm_is_from_is_no_source_of_its_revenue(extractor: Extractor) -> None:
    text = "Osk Technology listed in Hong Kong. The Shanghai GPU designer said 2025 revenue was about 620 million yuan."
    revenue = [c for c in claims_of(extractor, text) if c.type == "Revenue"]
    assert [(c.subject.label, c.object) for c in revenue] == [("Osk Technology", None)]


def test_extract_a_company_whose_shares_moved_is_the_one_under_discussion(extractor: Extractor) -> None:
    text = (
        "Pell Cloud sells GPU time.\n\n"
        "Shares of Osk Technology rose 76% on their debut. The Shanghai chip designer said 2025 revenue was about "
        "620 million yuan."
    )
    assert {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "Revenue"} == {
        ("Osk Technology", Decimal(620_000_000))
    }


def test_extract_model_names_by_family_tier_and_version(extractor: Extractor) -> None:
    text = "Moonshot AI released Kimi K2 Thinking. Claude Sonnet 4.5, Opus 4.1 and Haiku 4.5 are available on AWS."
    claims = claims_of(extractor, text)
    develops = {(c.subject.label, c.object.label) for c in claims if c.type == "Develops" and c.object}
    assert ("Moonshot AI", "Kimi K2 Thinking") in develops
    offered = {c.object.label for c in claims if c.type == "Offers" and c.object}
    assert {"Claude Sonnet 4.5", "Claude Opus 4.1", "Claude Haiku 4.5"} <= offered


def test_extract_a_figure_gapped_after_another_continues_its_report(extractor: Extractor) -> None:
    text = "Microsoft will invest up to $4 billion and Nvidia up to $7 billion in Kestrel Labs."
    claims = claims_of(extractor, text)
    spending = {
        (c.subject.label, c.object.label if c.object else None, c.value) for c in claims if c.type == "Spending"
    }
    assert spending == {
        ("Microsoft", "Kestrel Labs", Decimal("4000000000")),
        ("Nvidia", "Kestrel Labs", Decimal("7000000000")),
    }
    assert not [c for c in claims if c.type == "CustomerOf"]  # investors are not customers


def test_extract_a_customer_noun_in_apposition(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Kestrel Labs, an AWS customer, trains its models in Ireland.")
    assert {(c.subject.label, c.object.label) for c in claims if c.type == "CustomerOf" and c.object} == {
        ("Kestrel Labs", "AWS")
    }


def test_extract_commitments_are_spending(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Amazon Web Services has committed $9 billion to cloud infrastructure in Chile.")
    spending = [c for c in claims if c.type == "Spending"]
    assert [(c.subject.label, c.value) for c in spending] == [("AWS", Decimal("9000000000"))]


def test_extract_a_research_firms_revenue_figure_is_the_markets_size(extractor: Extractor) -> None:
    text = (
        "The robot vision chip market keeps growing. "
        "Gartner put fourth-quarter revenue at $3.2 billion. We forecast revenue of $5 billion for 2027."
    )
    sizes = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketSize"}
    assert sizes == {("robot vision chip market", Decimal("3200000000")), ("robot vision chip market", Decimal("5e9"))}


def test_extract_a_companys_growth_of_no_other_measure_is_revenue_growth(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Kestrel Labs grew 41% in the quarter, while its token volume grew 90%.")
    assert {(c.type, c.value) for c in claims if c.subject.label == "Kestrel Labs"} == {
        ("Revenue", Decimal(41)),
        ("GrowthRate", Decimal(90)),
    }


def test_extract_the_claim_type_table_agrees_with_how_figures_are_typed() -> None:
    """Every type a figure of some unit may take allows that unit, in the one table of claim types."""
    from claimgraph.extract.figure_types import TYPES_BY_UNIT
    from claimgraph.extract.subjects import PHYSICAL
    from claimgraph.extract.table_cells import COLUMN_TYPES
    from claimgraph.records import CLAIM_KINDS, MONEY_UNITS, NUMERIC_CLAIM_TYPES

    units = {"percent": {"percent"}, "times": {"times"}, "money": set(MONEY_UNITS), "physical": set(PHYSICAL)}
    for kind, types in TYPES_BY_UNIT.items():
        for claim_type in types:
            assert units[kind] & CLAIM_KINDS[claim_type].units, (kind, claim_type)
    assert set(COLUMN_TYPES) <= set(NUMERIC_CLAIM_TYPES)


def test_extract_a_cut_is_negative_in_prose_and_in_tables_alike(extractor: Extractor) -> None:
    prose = claims_of(extractor, "Kestrel Labs cut the price of Kestrel-7 by 40% in May.")
    table = claims_of(
        extractor,
        "Price changes in May\n| Provider | Model | Price change |\n| --- | --- | --- |\n"
        "| Kestrel Labs | Kestrel-7 | cut 40% |\n",
    )
    for claims in (prose, table):
        cuts = [c.value for c in claims if c.type == "PriceChange"]
        assert cuts == [Decimal(-40)]


def test_extract_a_clause_naming_the_sanction_by_its_own_word_is_about_it(extractor: Extractor) -> None:
    text = (
        "US export controls on advanced AI chips: a timeline\n\n"
        "- March 2025 - Kestrel Semiconductor and Sable Systems remain on the Entity List.\n"
        "- April 2025 - Northwind Devices said the rules were tough but fair.\n"
    )
    claims = claims_of(extractor, text)
    parties = {c.object.label for c in claims if c.type == "SanctionEffect" and c.object}
    assert parties == {"Kestrel Semiconductor", "Sable Systems"}


def test_extract_a_market_for_a_thing_is_named_by_the_thing(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Kestrel Labs holds 40% of Japan's market for industrial robot arms.")
    share = next(c for c in claims if c.type == "MarketShare")
    # the thing's own words as a noun before "market" is written: singular, but "services" stays plural
    assert share.object is not None and share.object.label == "Japan industrial robot arm market"
    claims = claims_of(extractor, "Osk Cloud holds 20% of the Gulf's market for AI cloud services.")
    assert {c.object.label for c in claims if c.type == "MarketShare" and c.object} == {"Gulf AI cloud services market"}


def test_extract_a_price_per_unit_is_not_an_amount_spent(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Kestrel Labs spends heavily: its Falcon-9 model costs $4 per million input tokens.")
    assert [c for c in claims if c.unit == "USD"] == []


def test_extract_a_name_coordinated_with_the_subject_is_not_the_object(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Nvidia and AMD agreed to hand Vey Capital 15% of their revenue.")
    revenue = [c for c in claims if c.type == "Revenue"]
    assert revenue and all(c.object is None or c.object.label not in ("Nvidia", "AMD") for c in revenue)


def test_extract_where_a_company_works_by_fronted_place_apposition_and_demonym(extractor: Extractor) -> None:
    text = (
        "In Saudi Arabia, Kestrel Labs, a company owned by the Public Investment Fund, has ordered 900 servers. "
        "Sable Systems, the leader in India, is growing. "
        "Northwind Devices has committed $2 billion to Japanese data centres."
    )
    claims = claims_of(extractor, text)
    places = {(c.subject.label, c.object.label) for c in claims if c.type == "OperatesIn" and c.object}
    assert {("Kestrel Labs", "Saudi Arabia"), ("Sable Systems", "India"), ("Northwind Devices", "Japan")} <= places
    owned = {(c.subject.label, c.object.label) for c in claims if c.type == "SubsidiaryOf" and c.object}
    assert ("Kestrel Labs", "Public Investment Fund") in owned
    assert not [c for c in claims if c.type == "CustomerOf" and c.subject.label == "Public Investment Fund"]


def test_extract_a_language_and_a_rules_maker_are_no_place_a_company_works(extractor: Extractor) -> None:
    text = (
        "Vessly AI is now available in Brazil and Mexico, with Portuguese voices. Because of US export "
        "regulations, Vessly AI is not offered in Cuba. Osk Systems moved its workloads to Chilean data centres."
    )
    places = {(c.subject.label, c.object.label) for c in claims_of(extractor, text) if c.type == "OperatesIn"}
    assert {("Vessly AI", "Brazil"), ("Vessly AI", "Mexico"), ("Osk Systems", "Chile")} <= places
    assert not {p for p in places if p[1] in ("Portugal", "US")}


def test_extract_a_relation_holds_for_every_name_listed_on_its_side(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Claude Opus 4.5 is available on AWS, Google Cloud and Microsoft Azure.")
    offers = {c.subject.label for c in claims if c.type == "Offers"}
    assert offers == {"AWS", "Google Cloud", "Microsoft Azure"}


def test_extract_buying_or_running_on_a_product_makes_its_maker_the_supplier(extractor: Extractor) -> None:
    text = (
        "Kestrel Labs agreed to deploy 2 GW of AMD Instinct GPUs. "
        "Sable Systems trains on Amazon's Trainium chips. "
        "Northwind Devices ordered 900 Falcon boards."
    )
    claims = claims_of(extractor, text)
    customers = {(c.subject.label, c.object.label) for c in claims if c.type == "CustomerOf" and c.object}
    assert {("Kestrel Labs", "AMD"), ("Sable Systems", "Amazon")} <= customers
    assert not any(subject == "Northwind Devices" for subject, _ in customers)  # a maker nobody names


def test_extract_ownership_by_unit_noun_and_by_purchase(extractor: Extractor) -> None:
    text = (
        "SAP runs the platform through its German subsidiary Delos Cloud. "
        "Kestrel Labs agreed to buy Sable Systems for $900 million. "
        "After the deal, Brightwave, a data company, will become a wholly owned IBM subsidiary."
    )
    claims = claims_of(extractor, text)
    owned = {(c.subject.label, c.object.label) for c in claims if c.type == "SubsidiaryOf" and c.object}
    assert {("Delos Cloud", "SAP"), ("Sable Systems", "Kestrel Labs"), ("Brightwave", "IBM")} <= owned


def test_extract_a_datelines_day_does_not_date_the_figures_after_it(extractor: Extractor) -> None:
    text = (
        "LONDON, March 4, 2026 (Newswire) - Kestrel Labs said revenue rose 20% in the fourth quarter, Omdia said.\n\n"
        "Sable Systems held 12% of the European cloud market, according to Omdia.\n"
    )
    times = {c.subject.label: c.time for c in claims_of(extractor, text) if c.value is not None}
    assert times.get("Kestrel Labs") == "2025-Q4"
    assert times.get("Sable Systems") != "2026-03"


def test_extract_attribution_runs_down_a_list_but_not_to_another_companys_news(extractor: Extractor) -> None:
    text = (
        "Robot vision chip market shares in 2025, according to Canalys:\n"
        "Kestrel Labs: 34%\n"
        "Sable Systems: 18%\n\n"
        "Northwind Devices said it would invest $3 billion in Chile. Brightwave is spending $1 billion in Peru.\n"
    )
    claims = claims_of(extractor, text)
    sources = {c.subject.label: c.attributed_to.label if c.attributed_to else None for c in claims if c.value}
    assert sources.get("Kestrel Labs") == sources.get("Sable Systems") == "Canalys"
    assert sources.get("Northwind Devices") == "Northwind Devices" and sources.get("Brightwave") is None


def test_extract_the_unit_is_the_company_under_discussion_and_a_share_column_lends_its_unit(
    extractor: Extractor,
) -> None:
    text = (
        "Kestrel AI Cloud is the cloud unit of Kestrel Group. The unit's revenue rose 18% in the first quarter, "
        "the research firm said.\n\n"
        "Shares of the robot cloud market, 2025\n| Provider | Share (%) |\n| --- | --- |\n| Sable Cloud | 7.5 |\n"
    )
    claims = claims_of(extractor, text)
    revenue = [(c.subject.label, c.value) for c in claims if c.type == "Revenue"]
    assert revenue == [("Kestrel AI Cloud", Decimal(18))]
    shares = [(c.subject.label, c.value, c.unit) for c in claims if c.type == "MarketShare"]
    assert shares == [("Sable Cloud", Decimal("7.5"), "percent")]


def test_extract_a_fraction_of_a_group_is_not_a_comparison(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Roughly a third of Chinese enterprises use a public AI cloud.")
    assert [c for c in claims if c.type == "CostPerformance"] == []


def test_extract_an_unknown_name_before_a_product_noun_is_a_product(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Baidu trains part of its models on its own Kunming chips.")
    develops = {(c.subject.label, c.object.label) for c in claims if c.type == "Develops" and c.object}
    assert ("Baidu", "Kunming") in develops


def test_extract_the_cue_nearest_a_figure_types_it(extractor: Extractor) -> None:
    text = "In the robot cloud market, Kestrel Cloud held a 22% share after its strong annual revenue rose 39%."
    types = {c.value: c.type for c in claims_of(extractor, text) if c.value is not None}
    assert types == {Decimal(22): "MarketShare", Decimal(39): "Revenue"}


def test_extract_a_comparisons_period_dates_only_the_base(extractor: Extractor) -> None:
    text = (
        "In the first quarter of 2026, Kestrel Labs said its revenue rose 18% to $2.1 billion, "
        "up from $1.8 billion a year earlier."
    )
    times = {c.value: c.time for c in claims_of(extractor, text) if c.type == "Revenue"}
    assert times[Decimal(18)] == times[Decimal("2100000000")] == "2026-Q1"
    assert times[Decimal("1800000000")] == "2025"


def test_extract_a_firm_introducing_a_table_is_its_source(extractor: Extractor) -> None:
    text = (
        "The robot API market, measured two ways.\n\n"
        "Canalys estimates of robot API revenue share, 2025:\n\n"
        "| Vendor | Share of revenue |\n| --- | --- |\n| Kestrel Labs | 34% |\n"
    )
    [share] = [c for c in claims_of(extractor, text) if c.type == "MarketShare"]
    assert share.attributed_to is not None and share.attributed_to.label == "Canalys"
    assert share.modality in ("reported", "estimated")


def test_extract_what_a_research_firm_puts_with_a_share_holds_it(extractor: Extractor) -> None:
    text = (
        "In the robot API market, Sable Systems leads on calls, while Canalys puts Kestrel Labs ahead with 34% of "
        "revenue."
    )
    shares = {c.subject.label: c.value for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {"Kestrel Labs": Decimal(34)}


def test_extract_a_name_suffix_types_an_unknown_name(extractor: Extractor) -> None:
    text = "Harwell Research said Dunmore Robotics had 14% of the warehouse robot market in 2025."
    [share] = [c for c in claims_of(extractor, text) if c.type == "MarketShare"]
    assert share.subject.label == "Dunmore Robotics"
    assert share.attributed_to is not None and share.attributed_to.label == "Harwell Research"
    assert share.attributed_to.type == "ResearchFirm"


def test_extract_a_trust_or_data_centres_ends_a_name_but_suffixes_alone_name_no_one(extractor: Extractor) -> None:
    text = "Corrin Harbor Data Trust reported revenue of $612 million for 2025. Brellow Data Centres spent $80 million."
    subjects = {c.subject.label for c in claims_of(extractor, text) if c.type in ("Revenue", "Spending")}
    assert subjects == {"Corrin Harbor Data Trust", "Brellow Data Centres"}
    bare = "Vey Cloud rents halls from Digital Data Centres across Ohio."
    assert not [m for m in suffixed_names(extractor.nlp(bare), bare, extractor.index) if "Data" in m.entity.label]


def test_extract_a_company_suffix_keeps_a_name_that_opens_on_a_place_whole(extractor: Extractor) -> None:
    # the NER misses a utility named after a parish; "Company" ends the name, which the defined term then stands for
    text = (
        'Plan\n\nOuachita Electric Company ("the Company"), a subsidiary of Pell Energy Group, Inc., serves '
        "Arkansas.\n\nVessa Cloud has told the Company that its campus will run on K9 chips."
    )
    claims = claims_of(extractor, text)
    assert ("Ouachita Electric Company", "Pell Energy Group, Inc.") in pairs(claims, "SubsidiaryOf")
    assert all(c.subject.label != "Company" for c in claims)


def test_extract_a_tracker_table_under_a_heading_names_market_period_and_measure(extractor: Extractor) -> None:
    text = (
        "Harwell Research tracks the quayside crane software market every quarter.\n\n"
        "Shares of the quayside crane software market by revenue:\n\n"
        "| Vendor | Q1 2026 | Q2 2026 |\n|---|---|---|\n| Dunmore Systems | 41% | 44% |\n\n"
        "By installations the order is reversed:\n\n"
        "| Vendor | Share of installations, Q2 2026 |\n|---|---|\n| Dunmore Systems | 19% |\n"
    )
    shares = {(c.value, c.time, c.measure): c for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert set(shares) == {
        (Decimal(41), "2026-Q1", "revenue"),
        (Decimal(44), "2026-Q2", "revenue"),
        (Decimal(19), "2026-Q2", "installations"),
    }
    assert {c.object.label for c in shares.values() if c.object} == {"quayside crane software market"}
    assert shares[Decimal(41), "2026-Q1", "revenue"].attributed_to is not None


def test_extract_one_name_is_one_entity_throughout_an_article(extractor: Extractor) -> None:
    text = (
        "Brisk demand lifted Dunmore in 2025.\n\n"
        "Dunmore took 22% of the harbour drone market, said Harwell Research.\n\n"
        "Osgood's share of the harbour drone market was 9%."
    )
    claims = [c for c in claims_of(extractor, text) if c.type == "MarketShare"]
    subjects = {c.subject.label: c.subject.type for c in claims}
    assert subjects == {"Dunmore": subjects["Dunmore"], "Osgood": "Organization"}  # one word: not a person
    assert subjects["Dunmore"] != "Person"


def test_extract_a_ranking_types_its_figures_as_shares(extractor: Extractor) -> None:
    text = "In the harbour drone market, Dunmore Systems came first with 41%, followed by Osgood Labs at 17%."
    assert _shares(claims_of(extractor, text)) == {"Dunmore Systems": Decimal(41), "Osgood Labs": Decimal(17)}


def test_extract_figures_said_to_belong_respectively(extractor: Extractor) -> None:
    named_here = (
        "Dunmore Systems, Osgood Labs and Pellow Robotics held 41%, 17% and 8% of the harbour drone market "
        "respectively."
    )
    expected = {"Dunmore Systems": Decimal(41), "Osgood Labs": Decimal(17), "Pellow Robotics": Decimal(8)}
    assert _shares(claims_of(extractor, named_here)) == expected
    named_before = (
        "Dunmore Systems, Osgood Labs and Pellow Robotics build harbour drones. "
        "Their shares of the harbour drone market were 41%, 17% and 8% respectively."
    )
    assert _shares(claims_of(extractor, named_before)) == expected
    too_few = "Dunmore Systems and Osgood Labs had shares of 41%, 17% and 8% respectively in the harbour drone market."
    assert Decimal(8) not in _shares(claims_of(extractor, too_few)).values()  # no pairing is guessed


def test_extract_a_part_of_the_whole_that_goes_to_a_company_is_its_share(extractor: Extractor) -> None:
    text = "In the harbour drone market, almost half of all revenue went to Dunmore Systems and a fifth to Osgood Labs."
    assert _shares(claims_of(extractor, text)) == {"Dunmore Systems": Decimal(50), "Osgood Labs": Decimal(20)}


def test_extract_a_share_going_to_an_owners_named_unit_is_the_units(extractor: Extractor) -> None:
    text = "In the harbour drone market, almost half of all revenue went to Osgood Group's Dunmore Systems."
    assert _shares(claims_of(extractor, text)) == {"Dunmore Systems": Decimal(50)}


def test_extract_an_owners_unit_noun_holding_a_share_is_the_unit_the_article_names(extractor: Extractor) -> None:
    text = (
        "Pell Cloud is growing fast. Osk Group's cloud arm held 31% of the Peruvian AI cloud market in 2025. "
        "Baidu launched a model in May. The ByteDance unit held 12% of China's AI cloud market in 2025."
    )
    # "cloud arm" ends the name "Pell Cloud"; Baidu, under discussion, is known to be no unit of ByteDance
    shares = _shares(claims_of(extractor, text))
    assert shares["Pell Cloud"] == Decimal(31)
    assert "Baidu" not in shares


def test_extract_an_officer_speaking_reports_for_their_company(extractor: Extractor) -> None:
    text = '"Our revenue rose 18% in 2025," Dunmore Systems\' chief financial officer said.'
    [revenue] = [c for c in claims_of(extractor, text) if c.type == "Revenue"]
    assert revenue.attributed_to is not None and revenue.attributed_to.label == "Dunmore Systems"
    assert revenue.modality == "reported"


def test_extract_a_name_with_an_all_capitals_variant_still_matches_in_its_own_case() -> None:
    gazetteer = [Entity(key="quillon", label="Quillon", type="Company", aliases=("QUILLON",))]
    small = Extractor(gazetteer, software_version="test")
    doc = small.nlp("- May 2026 - Quillon starts selling the Q5 accelerator; QUILLON stock rose.")
    assert [(e.text, e.ent_id_) for e in doc.ents if e.ent_id_] == [("Quillon", "quillon"), ("QUILLON", "quillon")]


def test_extract_customers_of_its_in_a_list_item_and_of_a_customer_noun(extractor: Extractor) -> None:
    item = "- May 2026 - Kestrel Systems starts selling the K9. Dunmore, Pellow and Harwood become its biggest buyers."
    claims = claims_of(extractor, item)
    customers = {(c.subject.label, c.object.label) for c in claims if c.type == "CustomerOf" and c.object}
    assert customers == {(name, "Kestrel Systems") for name in ("Dunmore", "Pellow", "Harwood")}
    noun = "Pellow Labs became a Kestrel Systems customer in 2025."
    [customer] = [c for c in claims_of(extractor, noun) if c.type == "CustomerOf"]
    assert (customer.subject.label, customer.object and customer.object.label) == ("Pellow Labs", "Kestrel Systems")


def test_extract_a_place_in_a_hyphenated_modifier_is_no_place_of_business(extractor: Extractor) -> None:
    text = "Kestrel Systems sells the K9, a Norway-specific accelerator, and operates in Denmark."
    places = {c.object.label for c in claims_of(extractor, text) if c.type == "OperatesIn" and c.object}
    assert places == {"Denmark"}


def test_extract_makers_by_possessive_over_a_list_and_by_brand_word(extractor: Extractor) -> None:
    text = "Kestrel Systems builds chips.\n\nKestrel Systems' K7 and K8 chips sold out. Dunmore runs Kestrel K9 chips."
    develops = pairs(claims_of(extractor, text), "Develops")
    assert {("Kestrel Systems", "K7"), ("Kestrel Systems", "K8")} <= develops
    assert any(subject == "Kestrel Systems" and "K9" in obj for subject, obj in develops)


def test_extract_a_description_in_apposition_relates_its_name(extractor: Extractor) -> None:
    text = (
        "Sable Systems launched Wren 2, a model built on Wren 1.5. "
        "Osgood Cloud offers Orca 2.5, a model developed by Larkspur AI."
    )
    claims = claims_of(extractor, text)
    assert ("Wren 2", "Wren 1.5") in pairs(claims, "BuiltOn")
    assert ("Larkspur AI", "Orca 2.5") in pairs(claims, "Develops")


def test_extract_a_platform_named_by_brand_offers_what_is_offered_in_it(extractor: Extractor) -> None:
    text = "Wren-2 and Wren-3 are now offered in Microsoft Tidepool, a new developer platform."
    claims = claims_of(extractor, text)
    assert ("Microsoft", "Microsoft Tidepool") in pairs(claims, "Develops")
    assert pairs(claims, "Offers") == {("Microsoft Tidepool", "Wren-2"), ("Microsoft Tidepool", "Wren-3")}


def test_extract_a_named_model_inside_a_possessive_is_offered_itself(extractor: Extractor) -> None:
    text = "Larkspur Cloud now hosts Kestrel Systems' open-weight Wren-2 models."
    assert pairs(claims_of(extractor, text), "Offers") == {("Larkspur Cloud", "Wren-2")}


def test_extract_a_ranked_table_names_its_rows_after_the_rank(extractor: Extractor) -> None:
    text = (
        "Harwell Research's tracker covers the harbour drone market.\n\n"
        "Table 1: Harbour drone market share by shipments, Q1 2026\n\n"
        "| Rank | Vendor | Share (%) | Change (pts) |\n|---|---|---|---|\n"
        "| 1 | Dunmore Systems | 38.5 | +2.1 |\n| 2 | Osgood Labs | 21.0 | -1.4 |\n"
    )
    shares = [c for c in claims_of(extractor, text) if c.type == "MarketShare"]
    assert {(c.subject.label, c.value, c.time, c.measure) for c in shares} == {
        ("Dunmore Systems", Decimal("38.5"), "2026-Q1", "shipments"),
        ("Osgood Labs", Decimal("21.0"), "2026-Q1", "shipments"),
    }
    assert all(c.attributed_to is not None and c.attributed_to.label == "Harwell Research" for c in shares)


def test_extract_an_unowned_measure_growing_is_the_market_growing(extractor: Extractor) -> None:
    text = "The harbour drone market is crowded. Shipments grew 12% in 2025, while Dunmore Systems' shipments rose 30%."
    growth = {(c.type, c.subject.label, c.value) for c in claims_of(extractor, text) if c.value is not None}
    assert ("GrowthRate", "harbour drone market", Decimal(12)) in growth
    assert ("GrowthRate", "harbour drone market", Decimal(30)) not in growth


def test_extract_revenue_comes_from_what_its_own_clause_names(extractor: Extractor) -> None:
    text = "Dunmore Systems' revenue rose by a quarter, while Osgood Labs' sales fell by a third."
    revenue = {(c.subject.label, c.object.label if c.object else None, c.value) for c in claims_of(extractor, text)}
    assert ("Dunmore Systems", None, Decimal(25)) in revenue
    assert not any(obj == "Osgood Labs" for _, obj, _ in revenue)


def test_extract_what_a_company_could_hold_is_a_forecast(extractor: Extractor) -> None:
    text = "Osgood Labs could hold a third of the harbour drone market."
    [share] = [c for c in claims_of(extractor, text) if c.type == "MarketShare"]
    assert share.modality == "forecast"


def test_extract_ownership_by_verb_relative_clause_and_parent_noun(extractor: Extractor) -> None:
    text = (
        "Kestrel Systems owns Osgood Labs. Harwood Data, which Dunmore Systems acquired in 2023, runs data "
        "centres. Dunmore Systems bought Quarry Networks for $2 billion. Kestrel Systems' parent, Northgate Group, "
        "reported results."
    )
    claims = claims_of(extractor, text)
    owned = pairs(claims, "SubsidiaryOf")
    assert {
        ("Osgood Labs", "Kestrel Systems"),
        ("Harwood Data", "Dunmore Systems"),
        ("Quarry Networks", "Dunmore Systems"),
    } <= owned
    assert any(child == "Kestrel Systems" and parent.startswith("Northgate") for child, parent in owned)
    assert ("Dunmore Systems", "Quarry Networks") not in pairs(claims, "CustomerOf")  # bought, not supplied


def test_extract_a_price_change_of_a_model_someone_was_said_to_offer(extractor: Extractor) -> None:
    text = "Kestrel Cloud lowered prices for its Orca-3 API by half. Output pricing for Orca-3 falls 25% next month."
    changes = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "PriceChange"}
    assert ("Kestrel Cloud", Decimal(-25)) in changes


def test_extract_a_change_beside_a_unit_price_is_the_prices(extractor: Extractor) -> None:
    text = "Larkspur AI launched Wren-3 at $2 per million input tokens, a 60% increase on Wren-2's $1.25."
    [change] = [c for c in claims_of(extractor, text) if c.type == "PriceChange"]
    assert (change.subject.label, change.object and change.object.label, change.value) == (
        "Larkspur AI",
        "Wren-3",
        Decimal(60),
    )


def test_extract_a_catalogue_that_includes_a_model_and_the_model_referred_back_to(extractor: Extractor) -> None:
    text = (
        "Larkspur Cloud's catalogue includes Orca-3. Larkspur AI released Heron-5 as open weights. "
        "The model is also offered on Pellow Cloud."
    )
    offers = pairs(claims_of(extractor, text), "Offers")
    assert {("Larkspur Cloud", "Orca-3"), ("Pellow Cloud", "Heron-5")} <= offers


def test_extract_makers_by_from_by_role_noun_and_by_apposition_to_a_possessed_noun(extractor: Extractor) -> None:
    text = (
        "Falcon-4, from Sable Systems, tops benchmarks. The Puffin-3 developer Quarry Networks filed for an IPO. "
        "Osgood Labs' latest model, Gull-7, is open."
    )
    develops = pairs(claims_of(extractor, text), "Develops")
    assert {("Sable Systems", "Falcon-4"), ("Quarry Networks", "Puffin-3"), ("Osgood Labs", "Gull-7")} <= develops


def test_extract_share_levels_rankings_and_brackets(extractor: Extractor) -> None:
    text = (
        "Dunmore Systems' share of the harbour drone market rose to 41% from 38%. "
        "Osgood Labs was second, at 19%. Pellow Robotics (8%) trails, behind Quarry Networks (9%). "
        "Dunmore Systems' market share slipped 3 percentage points to 38%. Meanwhile, Harwood Data captured 5 per cent."
    )
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert {
        ("Dunmore Systems", Decimal(41)),
        ("Dunmore Systems", Decimal(38)),
        ("Osgood Labs", Decimal(19)),
        ("Pellow Robotics", Decimal(8)),
        ("Quarry Networks", Decimal(9)),
        ("Harwood Data", Decimal(5)),
    } == shares  # and no share of 3: percentage points are a difference


def test_extract_an_unowned_measure_is_the_companys_after_its_news_else_the_markets(extractor: Extractor) -> None:
    company = "Dunmore Systems reported results on Monday. Revenue rose 20% to $5 billion."
    revenue = {(c.type, c.subject.label, c.value) for c in claims_of(extractor, company)}
    assert ("Revenue", "Dunmore Systems", Decimal(20)) in revenue
    market = (
        "The harbour drone market is crowded.\n\nSpending had reached $4.2 billion in 2025, when growth was 25%, "
        "Harwell Research said."
    )
    sized = {(c.type, c.subject.label, c.value) for c in claims_of(extractor, market)}
    assert ("MarketSize", "harbour drone market", Decimal("4200000000")) in sized
    assert ("GrowthRate", "harbour drone market", Decimal(25)) in sized


def test_extract_a_growth_after_a_comma_reads_the_clause_before(extractor: Extractor) -> None:
    text = (
        "Kestrel Cloud held a 22% share of the harbour drone market after expanding 39%, while Sable Cloud grew "
        "fastest, at 50%."
    )
    claims = {(c.type, c.subject.label, c.value) for c in claims_of(extractor, text)}
    assert {("Revenue", "Kestrel Cloud", Decimal(39)), ("Revenue", "Sable Cloud", Decimal(50))} <= claims
    assert ("MarketShare", "Kestrel Cloud", Decimal(39)) not in claims


def test_extract_its_prefers_the_subject_and_which_is_its_noun(extractor: Extractor) -> None:
    text = (
        "Osgood Labs, a smaller designer, has won business the curbs took from Dunmore Systems: its revenue "
        "rose 40% in 2025."
    )
    assert {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "Revenue"} == {
        ("Osgood Labs", Decimal(40))
    }
    relative = (
        "Kestrel Systems will invest $2 billion in Pellow Labs, which in turn committed to spend $9 billion on "
        "Sable Cloud."
    )
    spending = {(c.subject.label, c.value) for c in claims_of(extractor, relative) if c.type == "Spending"}
    assert ("Pellow Labs", Decimal("9000000000")) in spending


def test_extract_pledges_in_two_clauses_pay_no_one_in_the_other(extractor: Extractor) -> None:
    text = "Kestrel Systems has promised $15 billion for a hub in Oslo, and Sable Cloud has committed $12 billion."
    assert not pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_a_share_restated_in_a_measured_table_is_one_claim(extractor: Extractor) -> None:
    text = (
        "Dunmore Systems kept an estimated 41% of the harbour drone market in 2025.\n\n"
        "Table 1: Harbour drone revenue share (%)\n"
        "Vendor            2024    2025e\n"
        "Dunmore Systems   44      41\n"
        "Osgood Labs       19      20\n"
    )
    shares = [c for c in claims_of(extractor, text) if c.type == "MarketShare" and c.value == Decimal(41)]
    assert len(shares) == 1 and len(shares[0].evidence) == 2
    assert shares[0].measure == "revenue"


def test_extract_a_share_of_revenue_is_a_share(extractor: Extractor) -> None:
    text = "In the harbour drone market, we estimate Osgood Labs' share of global drone revenue at 3% in 2025."
    assert {(c.type, c.subject.label, c.value) for c in claims_of(extractor, text) if c.value is not None} == {
        ("MarketShare", "Osgood Labs", Decimal(3))
    }


def test_extract_shares_held_jointly_each_and_expected_later(extractor: Extractor) -> None:
    text = (
        "In the harbour drone market, Dunmore Systems, Osgood Labs and Pellow Robotics took 70% between them. "
        "Quarry Networks and Harwood Data, the largest local players, hold 2% each.\n\n"
        "- Brightline Robotics rose to about 11% of the harbour drone market; we expect 15% in 2027."
    )
    claims = claims_of(extractor, text)
    shares = {(c.subject.label, c.value) for c in claims if c.type == "MarketShare"}
    assert {
        ("Dunmore Systems, Osgood Labs and Pellow Robotics", Decimal(70)),
        ("Quarry Networks", Decimal(2)),
        ("Harwood Data", Decimal(2)),
        ("Brightline Robotics", Decimal(11)),
        ("Brightline Robotics", Decimal(15)),
    } == shares
    [later] = [c for c in claims if c.value == Decimal(15)]
    assert (later.time, later.modality) == ("2027", "forecast")


def test_extract_names_that_each_hold_a_range_and_one_gapped_after_them(extractor: Extractor) -> None:
    # "each" before the verb gives the range to every name; ", and Vey between 5% and 10%" gaps the verb; the place
    # before "spending" places the market
    text = (
        "The regulator found that Osk Cloud and Pell Cloud each held between 30% and 40% of Peruvian spending on "
        "harbour drone services in 2024, and Vey Cloud between 5% and 10%."
    )
    shares = {(c.subject.label, c.value, c.object.label if c.object else None) for c in claims_of(extractor, text)}
    market = "Peruvian harbour drone services market"
    assert shares == {("Osk Cloud", 30, market), ("Pell Cloud", 30, market), ("Vey Cloud", 5, market)}


def test_extract_money_lost_is_no_revenue_and_buying_into_is_no_custom(extractor: Extractor) -> None:
    text = (
        "Dunmore Systems expects to lose about $3 billion of K9 sales in 2026. "
        "K9 sales were $4.6 billion in 2025. Kestrel Systems and Osgood Labs buy into Pellow Robotics."
    )
    claims = claims_of(extractor, text)
    assert {c.value for c in claims if c.type == "Revenue"} == {Decimal("4600000000")}
    assert not pairs(claims, "CustomerOf")


def test_extract_a_share_tracker_names_its_market_by_what_is_shared(extractor: Extractor) -> None:
    text = (
        "Harbour drone share tracker: Q1 2026\n\n"
        "1. Dunmore Systems — 38.5%\n2. Osgood Labs — 21.0%\n\n"
        "Share of harbour drone shipments, by vendor\n\n"
        "| | Q4 2025 | Q1 2026 | Change |\n|---|---|---|---|\n| Dunmore Systems | 36.0% | 38.5% | +2.5 pts |\n"
    )
    shares = {(c.subject.label, c.value, c.time) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert {("Dunmore Systems", Decimal("36.0"), "2025-Q4"), ("Dunmore Systems", Decimal("38.5"), "2026-Q1")} <= shares
    assert ("Osgood Labs", Decimal("21.0")) in {(s, v) for s, v, _ in shares}
    markets = {c.object.label for c in claims_of(extractor, text) if c.type == "MarketShare" and c.object}
    assert markets == {"harbour drone market"}


def test_extract_a_list_led_by_what_is_shared_holds_shares_of_it(extractor: Extractor) -> None:
    text = (
        "The Peru GPU cloud market grew fast. The broader colocation market is larger.\n\n"
        "Shares of 2025 MaaS revenue, as ranked in the report:\n\n"
        "- Pell Cloud (佩尔云), Osk Group's cloud arm: 44.8%\n- Vey Cloud: 25.6%\n"
    )
    shares = {(c.subject.label, c.value, c.object.label) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Pell Cloud", Decimal("44.8"), "MaaS market"), ("Vey Cloud", Decimal("25.6"), "MaaS market")}


def test_extract_an_estimate_that_places_a_company_is_its_share(extractor: Extractor) -> None:
    text = (
        "In the harbour drone market, Quayside Analytics counts units differently and puts Dunmore Systems at 35% "
        "and Osgood Labs at 24%."
    )
    shares = [c for c in claims_of(extractor, text) if c.type == "MarketShare"]
    assert {(c.subject.label, c.value) for c in shares} == {
        ("Dunmore Systems", Decimal(35)),
        ("Osgood Labs", Decimal(24)),
    }
    assert all(c.attributed_to is not None and c.attributed_to.label == "Quayside Analytics" for c in shares)


def test_extract_a_hedged_fraction_continues_a_share_report(extractor: Extractor) -> None:
    text = (
        "In the Nordic AI cloud market, Vantor held about one in ten dollars of spending last year, "
        "and Pellam a little under a fifth."
    )
    shares = _shares(claims_of(extractor, text))
    assert shares == {"Vantor": Decimal(10), "Pellam": Decimal(20)}


def test_extract_a_multiplying_verb_alone_states_growth(extractor: Extractor) -> None:
    text = "The Iberian AI inference market was worth $3 billion in 2025, and Quarry Partners expects it to triple."
    claims = claims_of(extractor, text)
    growth = [c for c in claims if c.type == "GrowthRate"]
    found = [(c.subject.label, c.value, c.unit) for c in growth]
    assert found == [("Iberian AI inference market", Decimal(3), "times")]
    assert growth[0].modality == "forecast"


def test_extract_a_company_is_later_called_by_its_first_word(extractor: Extractor) -> None:
    text = (
        "Vellum Robotics builds warehouse arms. Last spring Ostrander Holdings bought Vellum Robotics for $90 million. "
        "Vellum now operates as a subsidiary of Ostrander Holdings."
    )
    claims = claims_of(extractor, text)
    owned = pairs(claims, "SubsidiaryOf")
    assert [parent for child, parent in owned if child == "Vellum Robotics"] in (["Ostrander Holdings"], ["Ostrander"])
    quotes = {e.quote for c in claims if c.type == "SubsidiaryOf" for e in c.evidence}
    assert any(q.startswith("Vellum now operates") for q in quotes)


def test_extract_a_short_name_needs_one_owner_and_no_ordinary_word(extractor: Extractor) -> None:
    text = "Global Data Systems sells storage. Global demand for storage rose. Pellam AI and Pellam Cloud compete."
    claims = claims_of(extractor, text)
    assert not any(e.quote.startswith("Global demand") for c in claims for e in c.evidence)


def test_extract_controlling_stakes_and_relative_clauses_make_subsidiaries(extractor: Extractor) -> None:
    text = (
        "Brannock Group is a Danish conglomerate. Its retail arm is run separately. "
        "The group also holds a 70% stake in Kittering Data and a 20% stake in Sollis Software. "
        "Harwell Capital, which also controls the chip designer Tamsin Semiconductor, is based in Oslo."
    )
    owned = pairs(claims_of(extractor, text), "SubsidiaryOf")
    assert ("Kittering Data", "Brannock Group") in owned or ("Kittering Data", "Brannock") in owned
    assert not any(child == "Sollis Software" for child, _ in owned)  # a minority stake owns nothing
    assert any(child == "Tamsin Semiconductor" and parent.startswith("Harwell") for child, parent in owned)


def test_extract_a_family_of_models_and_its_versioned_member(extractor: Extractor) -> None:
    text = (
        "Ostrander's research arm, Ostrander AI Lab, develops the Skerry family of language models. "
        "Skerry 4, released in May, is available on Pellam Cloud."
    )
    claims = claims_of(extractor, text)
    develops = pairs(claims, "Develops")
    assert ("Ostrander AI Lab", "Skerry") in develops
    assert ("Pellam Cloud", "Skerry 4") in pairs(claims, "Offers")


def test_extract_the_family_a_company_launched_is_what_the_family_refers_to(extractor: Extractor) -> None:
    text = (
        "Quessa Labs launched the Vela-9 family on Tuesday. The whole family is available from today on "
        "Pellam Cloud and on Harrow Cloud's Anvil platform."
    )
    offers = pairs(claims_of(extractor, text), "Offers")
    assert {("Pellam Cloud", "Vela-9"), ("Harrow Cloud", "Vela-9")} <= offers


def test_extract_a_price_list_item_names_the_model_its_maker_prices(extractor: Extractor) -> None:
    text = (
        "Harrow today announced lower prices for its Linnet family of models.\n\n"
        "- Linnet 3: input tokens now cost $2.00 per million, down from $5.00 (a 60% reduction).\n"
        "- Linnet 3 Swift costs $0.20 per million input tokens.\n"
    )
    changes = {(c.subject.label, c.object.label if c.object else None, c.value) for c in claims_of(extractor, text)
               if c.type == "PriceChange"}  # fmt: skip
    assert changes == {("Harrow", "Linnet 3", Decimal(-60))}


def test_extract_a_model_named_by_its_maker_makes_the_maker_a_company(extractor: Extractor) -> None:
    text = "Harrow cut its prices in May. Its rival Quessa reduced prices for its Quessa Large model by 30% in April."
    claims = claims_of(extractor, text)
    changes = {(c.subject.label, c.object.label if c.object else None, c.value) for c in claims
               if c.type == "PriceChange"}  # fmt: skip
    assert changes == {("Quessa", "Quessa Large", Decimal(-30))}


def test_extract_a_versioned_name_swallows_what_the_ner_took_for_a_person(extractor: Extractor) -> None:
    text = (
        "Harrow develops the Linnet family of language models. Linnet 3 Swift is also available through "
        "Pellam Cloud. Harrow said Linnet 3 Swift matches Linnet 3 on most benchmarks."
    )
    offers = pairs(claims_of(extractor, text), "Offers")
    assert ("Pellam Cloud", "Linnet 3 Swift") in offers


CALL = (
    "Tamsin Networks Q2 FY2026 earnings call\n\n"
    "Operator: Welcome to Tamsin Networks' second quarter fiscal 2026 call.\n\n"
    "Ada Brell, Chief Financial Officer: Revenue for the quarter was $3.1 billion. Our services business "
    "contributed $800 million. For the third quarter we expect revenue of about $3.3 billion.\n\n"
    "Analyst (Piet Varga, Harwell Research): What about pricing?\n\n"
    "Ada Brell: We plan capital expenditures of $2 billion in fiscal 2027.\n"
)


def test_extract_a_transcript_turn_speaks_for_the_officers_company(extractor: Extractor) -> None:
    claims = [c for c in claims_of(extractor, CALL) if c.type in ("Revenue", "Spending")]
    found = {(c.type, c.subject.label, c.value, c.time) for c in claims}
    assert ("Revenue", "Tamsin Networks", Decimal("3.1e9"), "FY2026-Q2") in found
    assert ("Revenue", "Tamsin Networks", Decimal("8e8"), "FY2026-Q2") in found  # "our services business"
    assert ("Revenue", "Tamsin Networks", Decimal("3.3e9"), "FY2026-Q3") in found  # "we expect", resolved fiscally
    assert ("Spending", "Tamsin Networks", Decimal("2e9"), "FY2027") in found  # "Ada Brell:" is known by now
    assert {c.attributed_to.label for c in claims if c.attributed_to} == {"Tamsin Networks"}


def test_extract_a_bold_lead_is_no_speaker(extractor: Extractor) -> None:
    text = "Key points\n\nThe Power Gap: Osk Analytics says the Baltic AI hosting market grew 40% in 2025.\n"
    claims = claims_of(extractor, text)
    assert {c.attributed_to.label for c in claims if c.attributed_to} <= {"Osk Analytics"}


def test_extract_companies_signed_as_customers_of_a_service(extractor: Extractor) -> None:
    text = (
        "Ada Brell, Chief Executive Officer of Tamsin Networks: We signed Harrow Freight and Osk Bank as new "
        "customers for our Tamsin Cloud service."
    )
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert customers == {("Harrow Freight", "Tamsin Cloud"), ("Osk Bank", "Tamsin Cloud")}


def test_extract_a_sanction_that_cost_the_speaker_and_what_it_no_longer_ships(extractor: Extractor) -> None:
    text = (
        "Tamsin Networks Q2 FY2026 earnings call\n\n"
        "Ada Brell, Chief Executive Officer: The new licensing requirement on our T7 accelerator cost us about "
        "$200 million in sales this quarter, and we expect a similar hit next quarter. "
        "We no longer ship the T7 to Norvian customers.\n"
    )
    effects = {(c.object.label if c.object else None, c.effect, c.modality) for c in claims_of(extractor, text)
               if c.type == "SanctionEffect"}  # fmt: skip
    # its own clause is no forecast; the officer speaks for the firm, so the call reports it
    assert ("Tamsin Networks", "cost", "reported") in effects
    assert ("Tamsin Networks", "ship", "reported") in effects  # the denial is the effect, not its negation


def test_extract_a_cloud_s_first_word_is_the_cloud_and_a_bare_subject_a_company(extractor: Extractor) -> None:
    text = (
        "Everyone says Pellam Cloud leads the Iberian AI cloud market. Vantor, for its part, probably holds around "
        "18% of the market. Pellam reportedly cut the price of its Skerry model by 40% in June, and Vantor is said "
        "to be planning a cut of its own."
    )
    claims = claims_of(extractor, text)
    assert _shares(claims).get("Vantor") == Decimal(18)
    change = next(c for c in claims if c.type == "PriceChange")
    assert (change.subject.label, change.object.label if change.object else None) == ("Pellam Cloud", "Skerry")
    assert change.attributed_to is None  # "Vantor is said to …" reports nothing of Vantor's


def test_extract_a_share_said_again_of_the_same_subject(extractor: Extractor) -> None:
    text = (
        "Pellam Cloud's share of the Iberian AI cloud market may be closer to 25% than the 34% Osk Analytics quotes, "
        "and it could slip below a fifth by 2027."
    )
    shares = {(c.value, c.time, c.modality) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert (Decimal(20), "2027", "forecast") in shares


def test_extract_a_feature_in_number_words(extractor: Extractor) -> None:
    text = (
        "For most of the past decade, three American companies sold four of every five dollars that Nordic "
        "businesses spent on cloud computing.\n\n"
        "Consider Tarsk Data, a Danish provider. Its revenue last year was a little over six hundred million "
        "euros, up by about a quarter on the year before. "
        "Its peer Velo Cloud says it has doubled its customer base.\n\n"
        "The American hyperscalers still hold about seven in ten euros of the Nordic cloud computing market, "
        "according to the consultancy Pemberly Partners, down from four in five in 2020."
    )
    claims = claims_of(extractor, text)
    found = {(c.type, c.subject.label, c.value, c.unit) for c in claims}
    assert ("Revenue", "Tarsk Data", Decimal("6e8"), "EUR") in found  # no "Consider" in the name
    assert ("Revenue", "Tarsk Data", Decimal(25), "percent") in found  # "up by about a quarter"
    assert ("GrowthRate", "Velo Cloud", Decimal(2), "times") in found  # "says it has doubled": itself, customers
    shares = {(c.subject.label, c.value, c.time) for c in claims if c.type == "MarketShare"}
    assert ("American companies", Decimal(80), None) in shares  # four of every five dollars spent
    seventy = next(c for c in claims if c.type == "MarketShare" and c.value == Decimal(70))
    assert seventy.time is None  # 2020 dates the comparison, not the current share
    assert seventy.attributed_to is not None and seventy.attributed_to.label == "Pemberly Partners"


def test_extract_products_named_after_their_maker(extractor: Extractor) -> None:
    text = (
        "The order covers Nvidia QX500 chips and AMD Meridian GPUs. Regulators told buyers to stop ordering "
        "Nvidia's RTX Lumen 7000X, and Meta's MTX2 now runs most of its ranking work. "
        "A chip that Sophgo ordered later turned up in Huawei's Ascend 990Z."
    )
    develops = pairs(claims_of(extractor, text), "Develops")
    assert {("Nvidia", "QX500"), ("AMD", "Meridian"), ("Nvidia", "RTX Lumen 7000X"), ("Meta", "MTX2")} <= develops
    assert ("Huawei", "Ascend 990Z") in develops


def test_extract_money_moved_by_its_verb(extractor: Extractor) -> None:
    text = (
        "Pellam AI took about $900 million from Harrow Capital in May 2025. Osk Bank, which put a modest "
        "$12 million into Pellam AI in 2024, is a smaller backer. Tamsin Networks agreed to buy Vellum Robotics "
        "for $40 a share in cash, or about $2 billion. Harrow Capital said that it would invest $3 billion in Norway."
    )
    claims = claims_of(extractor, text)
    spending = {(c.subject.label, c.object.label if c.object else None, c.value) for c in claims
                if c.type == "Spending"}  # fmt: skip
    assert ("Harrow Capital", "Pellam AI", Decimal("9e8")) in spending  # taken from: the giver pays
    assert ("Osk Bank", "Pellam AI", Decimal("1.2e7")) in spending  # put into, through "which"
    assert ("Tamsin Networks", "Vellum Robotics", Decimal("2e9")) in spending  # the price, not the price a share
    assert ("Harrow Capital", None, Decimal("3e9")) in spending  # "it" is the company that said so; a place is paid
    assert not any(c.type == "CustomerOf" for c in claims)  # an investor or a buyer is no customer


def test_extract_a_part_number_ending_a_sentence_ends_it(extractor: Extractor) -> None:
    text = (
        "Regulators told Pellam to stop buying Nvidia's RTX Lumen 7000X. "
        "Huawei plans to double output of its Ascend 990Z."
    )
    claims = claims_of(extractor, text)
    assert ("Huawei", "Ascend 990Z") in pairs(claims, "Develops")
    assert all(len(e.quote) < 70 for c in claims for e in c.evidence)  # two sentences, not one


def test_extract_a_unit_is_no_company(extractor: Extractor) -> None:
    text = "Stargate Norvia, a 1 GW cluster built by Pellam Cloud, will open its first 200 MW in 2026."
    assert all(c.subject.label not in ("MW", "GW") for c in claims_of(extractor, text))


def test_extract_the_maker_of_a_named_model(extractor: Extractor) -> None:
    text = "Harrow develops the Linnet models. The Linnet developer also trains on Pellam's Osprey chips."
    assert ("Harrow", "Pellam") in pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_an_analyst_note_carries_its_measure_into_its_forecast(extractor: Extractor) -> None:
    text = (
        "Our bottom-up model puts robot vision chip revenue in the Nordic robot vision chip market at about "
        "$4 billion in 2025, against $3 billion in 2024. We forecast $6 billion for 2027."
    )
    sizes = {(c.value, c.time, c.modality) for c in claims_of(extractor, text) if c.type == "MarketSize"}
    assert {(Decimal("4e9"), "2025"), (Decimal("3e9"), "2024"), (Decimal("6e9"), "2027")} <= {
        (value, time) for value, time, _ in sizes
    }
    assert (Decimal("6e9"), "2027", "forecast") in sizes


def test_extract_a_sanction_effect_on_it_or_the_company(extractor: Extractor) -> None:
    text = (
        "Norvia's chip export rules tightened again in May. Tamsin Networks said the rules would cost it up to "
        "$300 million. Weeks later Harrow Labs warned that the company could not ship a further $1 billion."
    )
    parties = {c.object.label for c in claims_of(extractor, text) if c.type == "SanctionEffect" and c.object}
    assert {"Tamsin Networks", "Harrow Labs"} <= parties


def test_extract_a_part_of_a_company_s_revenue_is_paid_by_its_customers(extractor: Extractor) -> None:
    text = "Korean carriers accounted for about a third of Tamsin Networks' hardware revenue last year."
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert {supplier for _, supplier in customers} == {"Tamsin Networks"}
    assert len(customers) == 1


def test_extract_a_place_s_revenue_is_its_market_s_size(extractor: Extractor) -> None:
    text = "Osk Analytics projected Norvia's public cloud revenue at $2.5 billion for 2026."
    sizes = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketSize"}
    assert sizes == {("Norvia public cloud market", Decimal("2.5e9"))}


def test_extract_a_run_of_parallel_reports_keeps_its_measure(extractor: Extractor) -> None:
    text = (
        "Oracle expects capital expenditure of about $90 billion in 2026. "
        "Meta guided to between $70 billion and $75 billion for 2026, against $41.5 billion in 2025.\n\n"
        "Meta said the total would reach $12 billion."
    )
    spending = {(c.subject.label, c.value, c.value_max, c.modality) for c in claims_of(extractor, text)}
    assert ("Meta", Decimal(70_000_000_000), Decimal(75_000_000_000), "forecast") in spending
    assert ("Meta", Decimal(41_500_000_000), None, "asserted") in spending
    # a new paragraph is a new report: its cue-less figure is not spending carried over
    assert not any(value == Decimal(12_000_000_000) for _, value, _, _ in spending)


def test_extract_a_run_of_shares_in_one_sentence_gives_each_holder_its_own(extractor: Extractor) -> None:
    text = (
        "Pellam Cloud led China's AI cloud market with 31.2% in 2025. In 2024 Ostery Cloud had 12% of the "
        "market and Harl Cloud 8%, and Gessel Cloud has fallen from 6.4%, while Tarrow Cloud, the quickest "
        "riser, is up from 1.9%."
    )
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert {("Gessel Cloud", Decimal("6.4")), ("Tarrow Cloud", Decimal("1.9"))} <= shares
    # the compared figure is Tarrow Cloud's: it is no earlier share of the holder named before it
    assert ("Gessel Cloud", Decimal("1.9")) not in shares


def test_extract_customers_among_its_customers(extractor: Extractor) -> None:
    text = "Oracle Cloud opened its Frankfurt region last month. Siemens and Mistral AI are among its first customers."
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert customers == {("Siemens", "Oracle Cloud"), ("Mistral AI", "Oracle Cloud")}


def test_extract_the_subject_of_a_joined_clause_is_no_object(extractor: Extractor) -> None:
    text = "Meta uses Microsoft Azure, while Apple relies on Amazon Web Services."
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert ("Meta", "Apple") not in customers
    assert {("Meta", "Microsoft Azure"), ("Apple", "AWS")} <= customers


def test_extract_a_company_s_named_group_is_its_unit(extractor: Extractor) -> None:
    text = "Baidu's Orbital Division lifted revenue 20% to $3 billion in the quarter."
    claims = claims_of(extractor, text)
    assert pairs(claims, "SubsidiaryOf") == {("Orbital Division", "Baidu")}
    revenue = [c for c in claims if c.type == "Revenue"]
    assert revenue and all(c.subject.label == "Orbital Division" and c.object is None for c in revenue)


def test_extract_a_name_that_speaks_is_no_product(extractor: Extractor) -> None:
    text = "Google's Sundar Pichai said demand was strong."
    assert pairs(claims_of(extractor, text), "Develops") == set()


def test_extract_a_common_word_opening_a_unit_s_name_names_no_one(extractor: Extractor) -> None:
    text = (
        "Alibaba Group's Cloud Intelligence Group grew revenue 34% in the quarter. "
        "Tencent's Cloud and Smart Industries Group grew sales 12% in the quarter."
    )
    claims = claims_of(extractor, text)
    units = {"Cloud Intelligence Group", "Cloud and Smart Industries Group"}  # a group's name keeps its "Group"
    assert {c.subject.label for c in claims if c.type == "Revenue"} == units
    assert ("Cloud and Smart Industries Group", "Tencent") in pairs(claims, "SubsidiaryOf")


def test_extract_two_trackers_each_the_source_of_its_own_figures(extractor: Extractor) -> None:
    text = (
        "Rivals in China's AI cloud market\n\n"
        "Omdia's latest quarterly tally puts Alibaba Cloud on top with 35.8% of the market. "
        "The research firm gives Huawei Cloud 13.1%.\n\n"
        "Counting calls instead, IDC gives Volcano Engine 46.4% of token usage. "
        "Tencent Cloud holds roughly 8%, according to Omdia, while IDC puts it nearer 5%. "
        "Zhipu AI accounts for less than 3%.\n\n"
        "Canalys estimates that the top three providers together control about 64% of the market."
    )
    shares = {
        (c.subject.label, c.value, c.attributed_to.label if c.attributed_to else None)
        for c in claims_of(extractor, text)
        if c.type == "MarketShare"
    }
    assert ("Alibaba Cloud", Decimal("35.8"), "Omdia") in shares
    assert ("Huawei Cloud", Decimal("13.1"), "Omdia") in shares  # the firm is the source, not the company
    assert ("Volcano Engine", Decimal("46.4"), "IDC") in shares  # the one given the figure
    assert ("Tencent Cloud", Decimal(8), "Omdia") in shares
    assert ("Tencent Cloud", Decimal(5), "IDC") in shares  # its own clause names its source
    assert any(s == "Zhipu AI" and v == Decimal(3) for s, v, _ in shares)
    # "the top three providers" are not the last company named: they are the ranking's leaders as a group
    assert {s for s, v, _ in shares if v == Decimal(64)} == {"top three providers"}


def test_extract_no_sentence_ends_on_a_plain_word(extractor: Extractor) -> None:
    text = (
        "Hengyu Digital Q3 2026: cloud growth picks up\n\nPublished: 2026-11-19 | Earnings summary\n\n"
        "Hengyu Digital reported third-quarter results after the Hong Kong close on Wednesday.\n\n"
        "Capital spending\n\nCapex reached 11.3 billion yuan in the quarter.\n"
    )
    sentences = [s.text.strip() for s in extractor.nlp(text).sents if s.text.strip()]
    assert sentences == [part.strip() for part in text.split("\n\n")]


def test_extract_a_full_stop_standing_alone_ends_a_sentence(extractor: Extractor) -> None:
    text = "Pell Cloud carries Tarn-4 Pro. Tarn-4 Flash costs $0.05 per million input tokens."
    sentences = [s.text.strip() for s in extractor.nlp(text).sents]
    assert sentences == ["Pell Cloud carries Tarn-4 Pro.", "Tarn-4 Flash costs $0.05 per million input tokens."]


def test_extract_a_person_s_employer_is_not_the_firm_they_speak_of(extractor: Extractor) -> None:
    text = (
        "Qianlan Cloud grew revenue 40% in the quarter. Kenji Hollis, who covers Chinese internet stocks for "
        "Tamsett Securities, said the firm's cloud revenue rose to $2 billion."
    )
    revenue = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "Revenue"}
    assert ("Qianlan Cloud", Decimal(2_000_000_000)) in revenue
    assert not any(subject == "Tamsett Securities" for subject, _ in revenue)


def test_extract_a_margin_is_no_claim(extractor: Extractor) -> None:
    text = "Baidu said its gross margin had slipped to 21% from 26% a year earlier because servers cost more per token."
    assert [c for c in claims_of(extractor, text) if c.value is not None] == []


def test_extract_each_section_is_about_the_company_the_title_opens_with(extractor: Extractor) -> None:
    text = (
        "Corvane Data Q3 2026: cloud growth picks up\n\n"
        "Group\n\n"
        "Its revenue came in at 38.4 billion yuan.\n\n"
        "Capital spending\n\n"
        "Capex reached 11.3 billion yuan in the quarter, and capex guidance rose.\n"
    )
    claims = claims_of(extractor, text)
    assert {(c.type, c.subject.label) for c in claims if c.value is not None} == {
        ("Revenue", "Corvane Data"),
        ("Spending", "Corvane Data"),
    }
    assert "Capex" not in {c.subject.label for c in claims}  # a common word capitalised, not a company


def test_extract_a_conjunct_with_an_owner_of_its_own(extractor: Extractor) -> None:
    text = "The unit also offers DeepSeek's V4 and Zhipu's GLM-5 to its customers."
    assert ("DeepSeek", "GLM-5") not in pairs(claims_of(extractor, text), "Develops")


def test_extract_a_stock_move_is_no_share(extractor: Extractor) -> None:
    text = "In China's AI cloud market, Mingyue shares closed 6.3% higher in Hong Kong."
    assert [c for c in claims_of(extractor, text) if c.type == "MarketShare"] == []


def test_extract_customers_a_customer_noun_lists(extractor: Extractor) -> None:
    text = (
        "Corvane Data grew revenue 20% in the quarter. New cloud customers in the quarter included Xiangtu Motors "
        "and Lumora AI. The biggest tenant of its campus is Volcano Engine. Its clients include DeepSeek."
    )
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert {("Xiangtu Motors", "Corvane Data"), ("Volcano Engine", "Corvane Data"), ("DeepSeek", "Corvane Data")} <= (
        customers
    )


def test_extract_a_capitalised_measure_is_no_company(extractor: Extractor) -> None:
    text = "Corvane Data grew revenue 20% in the quarter.\n\nTokens processed through its models rose fivefold."
    assert "Tokens" not in {c.subject.label for c in claims_of(extractor, text)}


def test_extract_units_by_apposition_and_no_word_that_is_never_a_name(extractor: Extractor) -> None:
    text = "Volcano Engine, the cloud business of ByteDance, signed a lease. Baidu's AI cloud division grew."
    claims = claims_of(extractor, text)
    assert ("Volcano Engine", "ByteDance") in pairs(claims, "SubsidiaryOf")
    assert pairs(claims, "Develops") == set()  # "AI" is no product of Baidu's


def test_extract_places_a_unit_operates_in(extractor: Extractor) -> None:
    text = (
        "Corvane Data Q3 2026: results\n\n"
        "Corvane Cloud, its cloud arm, grew 20%. The cloud unit opened a region in Riyadh, Saudi Arabia, and now "
        "operates in Singapore and Indonesia outside China. Corvane has no data centres in Europe."
    )
    claims = claims_of(extractor, text)
    places = {(c.subject.label, c.object.label, c.modality) for c in claims if c.type == "OperatesIn"}
    assert {("Corvane Cloud", "Saudi Arabia", "asserted"), ("Corvane Cloud", "Singapore", "asserted")} <= places
    assert ("Corvane Data", "Europe", "negated") in places  # the bare name is the title's company
    assert not any(place in ("China", "Riyadh") for _, place, _ in places)  # excluded; a city its country follows


def test_extract_a_one_word_name_the_ner_typed_alone_is_the_company_it_begins(extractor: Extractor) -> None:
    text = (
        "Lumora Compute's cloud sales jump\n\n"
        "Lumora Compute said its revenue rose 20%. Its models are available on the Lumora platform. "
        "Lumora cut the price of its Lumora-3 Turbo API by 45% in October."
    )
    claims = claims_of(extractor, text)
    assert {c.subject.label for c in claims if c.type == "PriceChange"} == {"Lumora Compute"}
    assert "Lumora" not in {c.subject.label for c in claims}


def test_extract_a_profile_s_company_owned_by_its_parent_and_its_customers(extractor: Extractor) -> None:
    text = (
        "Company profile: Tessaly Intelligence\n\n"
        "Tessaly Intelligence builds language models. It is majority-owned by Jinlu Holdings.\n\n"
        "Customers\n\n"
        "Its customers include Ping An Insurance.\n\n"
        "Where it operates\n\n"
        "Tessaly operates data centres in Guizhou and Indonesia.\n"
    )
    claims = claims_of(extractor, text)
    assert ("Tessaly Intelligence", "Jinlu Holdings") in pairs(claims, "SubsidiaryOf")
    assert ("Ping An Insurance", "Tessaly Intelligence") in pairs(claims, "CustomerOf")
    assert ("Tessaly Intelligence", "Indonesia") in pairs(claims, "OperatesIn")  # "Tessaly", typed a place alone


def test_extract_sanction_effects_under_a_titled_sanction_in_a_later_answer(extractor: Extractor) -> None:
    text = (
        "US export controls on AI chips: your questions answered\n\n"
        "What changed?\nThe Commerce Department told Nvidia that its H20 needs a licence.\n\n"
        "Why does it matter?\nIt matters for many firms.\n\n"
        "Is anything else new?\nNot much.\n\n"
        "Who has been hurt?\nTencent said the curbs slowed its rollout of new AI services, and Baidu had to "
        "stretch its stockpile of older chips.\n"
    )
    claims = claims_of(extractor, text)
    assert {"Tencent", "Baidu"} <= {c.object.label for c in claims if c.type == "SanctionEffect" and c.object}
    assert ("Nvidia", "H20") in pairs(claims, "Develops")  # "told Nvidia that its H20": the one told
    assert not any(s == "US Department of Commerce" for s, _ in pairs(claims, "Develops"))


def test_extract_a_research_note_s_bullets(extractor: Extractor) -> None:
    text = (
        "Research note: China GPU cloud\n\n"
        "Market\n"
        "- China's GPU cloud market reached RMB 24 billion in Q2.\n"
        "- Alibaba Cloud led with 29% of revenue; Volcano Engine followed at 21%, Huawei Cloud at 15%.\n\n"
        "Company moves\n"
        "- Baidu: launched ERNIE 5 Turbo; cut ERNIE 4.5 API prices by 60%.\n"
    )
    claims = claims_of(extractor, text)
    assert _shares(claims) == {"Alibaba Cloud": Decimal(29), "Volcano Engine": Decimal(21), "Huawei Cloud": Decimal(15)}
    assert {(c.object.label, c.value) for c in claims if c.type == "PriceChange" and c.object} == {
        ("ERNIE 4.5", Decimal(-60))
    }  # the model priced in the figure's own clause, not the one launched before it


def test_extract_lower_case_model_names_and_no_unit_as_a_name(extractor: Extractor) -> None:
    text = (
        "MiniMax halved the price of its abab-7 API. AWS hosts OpenAI's open-weight gpt-oss models. "
        "China Telecom switched on a 400 MW AI campus. The state-of-the-art model is new."
    )
    claims = claims_of(extractor, text)
    assert {c.object.label for c in claims if c.type == "PriceChange" and c.object} == {"abab-7"}
    assert ("OpenAI", "gpt-oss") in pairs(claims, "Develops")
    labels = {c.subject.label for c in claims} | {c.object.label for c in claims if c.object}
    assert "MW AI" not in labels and "state-of-the-art" not in labels


def test_extract_a_bare_version_a_company_s_possessive_introduces_is_its_model(extractor: Extractor) -> None:
    text = (
        "DeepSeek's V4 delivers most of the performance of GPT-5 at a fraction of the price. "
        "Earlier, DeepSeek released V3.2-Exp, an experimental model."
    )
    made = pairs(claims_of(extractor, text), "Develops")
    assert {("DeepSeek", "DeepSeek V4"), ("DeepSeek", "DeepSeek V3.2-Exp")} <= made


def test_extract_a_part_of_the_price_after_a_comparison_is_relative_to_the_other_model(extractor: Extractor) -> None:
    text = "DeepSeek's V4 delivers most of the benchmark performance of OpenAI's GPT-5 at a fifth of the price."
    claims = claims_of(extractor, text)
    compared = {(c.subject.label, c.object.label, c.value) for c in claims if c.type == "CostPerformance" and c.object}
    assert ("DeepSeek V4", "GPT-5", Decimal(20)) in compared
    assert not [c for c in claims if c.type == "PriceChange"]


def test_extract_a_model_priced_by_the_unit_is_offered_by_its_owner(extractor: Extractor) -> None:
    text = "Anthropic's Claude Opus 4.5 costs $5 per million input tokens and $25 per million output tokens."
    assert ("Anthropic", "Claude Opus 4.5") in pairs(claims_of(extractor, text), "Offers")


def test_extract_money_lost_under_a_sanction_is_its_effect(extractor: Extractor) -> None:
    text = (
        "US export controls on AI chips: a timeline\n\n"
        "April 2025 - AMD puts its possible charge at about $800 million. "
        "Nvidia says the company could not ship a further $2.5 billion.\n"
    )
    effects = [c.object.label for c in claims_of(extractor, text) if c.type == "SanctionEffect" and c.object]
    assert sorted(effects) == ["AMD", "Nvidia"]


def test_extract_a_capacity_describing_a_named_facility_is_its(extractor: Extractor) -> None:
    text = (
        "Khazna is building Stargate Gulf, a 1 GW cluster in Abu Dhabi. "
        "Anthropic plans to use up to one million TPUs, well over 1 GW of capacity coming online in 2026."
    )
    capacities = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "Capacity"}
    assert ("Stargate Gulf", Decimal(1)) in capacities
    assert ("Anthropic", Decimal(1)) in capacities  # the amount in apposition restates; it names nothing


def test_extract_units_a_unit_noun_describes_or_lists(extractor: Extractor) -> None:
    text = (
        "Company profile: Tessaly Intelligence\n\n"
        "Tessaly Intelligence builds language models.\n\n"
        "Businesses\n\n"
        "- Lingbo Robotics: a wholly owned subsidiary that makes warehouse robots.\n"
        "- Harbin Data: a unit of Jinlu Holdings that rents servers.\n\n"
        "Its subsidiaries include Qiao Networks and Fenghe Systems.\n"
    )
    units = pairs(claims_of(extractor, text), "SubsidiaryOf")
    parent = "Tessaly Intelligence"
    assert {("Lingbo Robotics", parent), ("Qiao Networks", parent), ("Fenghe Systems", parent)} <= units
    assert ("Harbin Data", parent) not in units  # its parent is named: Jinlu's


def test_extract_a_name_in_apposition_with_a_product_noun_and_a_speaker_by_surname(extractor: Extractor) -> None:
    text = "Lin said Tianmu, the company's training cluster, is built on Huawei's Ascend 910C processors."
    claims = claims_of(extractor, text)
    assert ("Tianmu", "Ascend 910C") in pairs(claims, "BuiltOn")
    assert not any(c.subject.label == "Lin" for c in claims)  # "Lin said": a person, not a company


def test_extract_a_figure_commas_cut_off_from_its_measure_noun_takes_its_type(extractor: Extractor) -> None:
    text = (
        "Kestrel Labs' share of Europe's AI chip market, once close to four in five, has since slipped to about a "
        "third, Tidewell Research reckons."
    )
    claims = claims_of(extractor, text)
    shares = {c.value for c in claims if c.type == "MarketShare" and c.subject.label == "Kestrel Labs"}
    assert shares == {Decimal(80), Decimal("33.3")}


def test_extract_a_firm_described_as_a_consultancy_is_a_source_not_the_company(extractor: Extractor) -> None:
    text = (
        "Orlen Robotics sold 4,000 arms last year, according to Marwick Partners, a London consultancy. "
        "Brisco's share of the European robot arm market has climbed to about a fifth, Marwick reckons. "
        "The company's revenue rose 40% in 2025."
    )
    claims = claims_of(extractor, text)
    assert not any(c.subject.label == "Marwick Partners" for c in claims)
    share = next(c for c in claims if c.type == "MarketShare")
    assert (share.subject.label, share.value) == ("Brisco", Decimal(20))
    assert share.attributed_to is not None and share.attributed_to.label == "Marwick Partners"
    assert share.attributed_to.type == "ResearchFirm"


def test_extract_a_bare_from_after_a_figure_gives_the_comparisons_base(extractor: Extractor) -> None:
    text = "In the Nordic cloud market, Brisco's share fell to about 17% in 2025, from 21% a year earlier."
    claims = [c for c in claims_of(extractor, text) if c.type == "MarketShare"]
    assert {(c.value, c.time) for c in claims} == {(Decimal(17), "2025"), (Decimal(21), "2024")}


def test_extract_a_sanction_on_a_companys_chip_affects_the_company_once(extractor: Extractor) -> None:
    text = (
        "US export controls on advanced AI chips\n\n"
        "Under the export controls, Harwick Semiconductor's HX-9 accelerator now needs a licence before it can ship."
    )
    parties = [c.object.label for c in claims_of(extractor, text) if c.type == "SanctionEffect" and c.object]
    assert parties == ["Harwick Semiconductor"]


def test_extract_a_research_firms_ranking_leaves_the_article_subject_under_discussion(extractor: Extractor) -> None:
    text = (
        "Harlow Data said on Monday its GPU rental revenue rose 41% in the quarter.\n\n"
        "According to Pemberly Research, Brisco Cloud led the European GPU cloud market in 2025 with 30%, followed "
        "by Orlen Cloud at 18% and Harlow Data (9%).\n\n"
        "The company also said it will open a 90-megawatt data centre in Portugal next year."
    )
    claims = claims_of(extractor, text)
    assert ("Harlow Data", "Portugal") in pairs(claims, "OperatesIn")
    assert [c.subject.label for c in claims if c.type == "Capacity"] == ["Harlow Data"]


def test_extract_blank_lines_do_not_put_paragraphs_further_apart(extractor: Extractor) -> None:
    text = (
        "Orlen Robotics Q2 2026: robot sales climb\n\n"
        "Orlen Robotics reported second-quarter results on Tuesday.\n\n"
        "Highlights\n\n"
        "Revenue came in at 2.4 billion euros, up 11% year on year.\n"
    )
    revenue = {c.value: c.subject.label for c in claims_of(extractor, text) if c.type == "Revenue"}
    assert revenue == {Decimal("2400000000"): "Orlen Robotics", Decimal(11): "Orlen Robotics"}


def test_extract_stakes_group_revenue_and_a_places_revenue(extractor: Extractor) -> None:
    text = (
        "Orlen Cloud now accounts for 43% of group revenue. "
        "Orlen Cloud also supplies compute to Pekko Robotics, a start-up in which the group holds a 30% stake. "
        "Local providers, led by Yotta, captured almost half of India's GPU rental revenue in 2025."
    )
    claims = claims_of(extractor, text)
    assert [(c.type, c.value) for c in claims if c.value == Decimal(43)] == [("Revenue", Decimal(43))]
    assert not any(c.value == Decimal(30) for c in claims)
    half = next(c for c in claims if c.value == Decimal(50))
    assert half.type == "MarketShare" and half.object is not None and "India" in half.object.label


def test_extract_a_part_of_a_companys_shares_or_of_the_company_is_a_stake_not_a_share(extractor: Extractor) -> None:
    text = (
        "Tarnel AI held 6.8% of the Ruritanian model API market in 2025. After the spin-out Osk Holdings kept 38% of "
        "the shares. Pell Capital, a director's firm, holds 62% of the Company's shares. Vessa Group owns 12% of the "
        "company."
    )
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Tarnel AI", Decimal("6.8"))}


def test_extract_a_part_of_a_firm_or_a_stake_named_before_its_size_is_no_share(extractor: Extractor) -> None:
    text = (
        "Tarnel AI held 6.8% of the Ruritanian model API market in 2025. Pell Capital holds 14% of Vessa Cloud, "
        "not a controlling stake. Osk Holdings has held a minority stake of [10-20]% in Brill Labs since 2024. "
        "Quarry Digital agreed to acquire 75% of the Lisbon GPU cloud Halden Compute. The Vendor sells the Sale "
        "Shares, representing 70% of the issued share capital of Halden Compute."
    )
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Tarnel AI", Decimal("6.8"))}
    revenue = "Tarnel AI said Orrin Bank accounted for 38% of its 2025 revenue and Pell Capital for 14%."
    assert {c.value for c in claims_of(extractor, revenue) if c.type == "Revenue"} == {Decimal(38), Decimal(14)}


def test_extract_a_titles_rule_is_the_sanction_its_lede_names_for_the_whole_story(extractor: Extractor) -> None:
    text = (
        "New chip rule halts GPU shipments to Ruritania\n"
        "OSLO, May 4, 2026 - US export controls on advanced AI chips that took effect on Monday have stopped "
        "shipments of several accelerators to Ruritania.\n\n"
        "The rule also requires a licence for older parts. It also added Pellam Microsystems to the Entity List.\n\n"
        "Harwick Semiconductor has halted shipments of its HX-9 accelerators, a spokesperson said.\n\n"
        "Fjordline Cloud said it had paused the build-out of a 200-megawatt campus.\n"
    )
    parties = {c.object.label for c in claims_of(extractor, text) if c.type == "SanctionEffect" and c.object}
    assert {"Pellam Microsystems", "Harwick Semiconductor", "Fjordline Cloud"} <= parties


def test_extract_a_share_of_a_named_market_and_places_in_a_ranking(extractor: Extractor) -> None:
    text = (
        "On our count Brisco Cloud still leads, with 31.4% of Europe's GPU cloud market in 2025. "
        "Orlen Cloud, Dunmore's cloud arm, is second at 19.2%, and Fjordline Cloud is third at 16.5%."
    )
    shares = _shares(claims_of(extractor, text))
    expected = {"Brisco Cloud": Decimal("31.4"), "Orlen Cloud": Decimal("19.2"), "Fjordline Cloud": Decimal("16.5")}
    assert shares == expected


def test_extract_a_name_in_a_parenthesis_before_the_figure_is_an_example_not_its_owner(extractor: Extractor) -> None:
    text = (
        "Orlen Digital reported third-quarter results.\n\n"
        "- AI products inside Orlen Cloud (GPU rental, model APIs, the Skerry agent platform) brought in EUR 2.2 "
        "billion.\n"
    )
    owners = {c.subject.label for c in claims_of(extractor, text) if c.value == Decimal("2200000000")}
    assert owners == {"Orlen Cloud"}


def test_extract_a_group_of_local_providers_holds_the_share_not_the_one_leading_it(extractor: Extractor) -> None:
    text = "Local providers, led by Yotta and Nilgiri, captured almost half of India's GPU rental revenue in 2025."
    shares = [c for c in claims_of(extractor, text) if c.type == "MarketShare"]
    assert [(c.subject.label, c.value) for c in shares] == [("Local providers", Decimal(50))]


def test_extract_groups_named_by_kind_or_by_where_they_are_made_hold_shares(extractor: Extractor) -> None:
    text = (
        "Domestically produced accelerators made up 58 per cent of the accelerators installed in Tarn's data "
        "centres in 2025. Smaller providers hold about 9% of the Pell GPU cloud market. Custom chips rose to about "
        "11% of the accelerator market in 2025."
    )
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {
        ("domestic accelerators", Decimal(58)),
        ("Smaller providers", Decimal(9)),
        ("Custom chips", Decimal(11)),
    }


def test_extract_orders_that_double_are_growth_not_revenue(extractor: Extractor) -> None:
    text = "Harwick Semiconductor said orders for its HX-9 accelerators had doubled since May."
    figures = [(c.type, c.subject.label, c.value) for c in claims_of(extractor, text) if c.value is not None]
    assert figures == [("GrowthRate", "Harwick Semiconductor", Decimal(2))]


def test_extract_an_interviews_unlabelled_answers_speak_for_the_interviewees_firm(extractor: Extractor) -> None:
    text = (
        "Three questions for Pemberly Research's Ines Carrow on Nordic clouds\n\n"
        "Ines Carrow covers cloud infrastructure at Pemberly Research.\n\n"
        "Who leads the market?\n\n"
        "On our count Brisco Cloud still leads, with 31% of the Nordic GPU cloud market in 2025.\n\n"
        "How big is it?\n\n"
        "We size it at roughly EUR 900 million for the year.\n"
    )
    share = next(c for c in claims_of(extractor, text) if c.type == "MarketShare")
    assert share.attributed_to is not None and share.attributed_to.label == "Pemberly Research"


def test_extract_a_forecast_is_dated_ahead_of_the_article_a_result_behind_it(extractor: Extractor) -> None:
    article = Article(
        id="t",
        file="t.txt",
        text="Wrenfield Cloud will cut prices for its Tamsin-2 model by 40% in July. "
        "Osric Cloud cut prices for its Pell-3 model by 30% in July.",
        media_type="text/plain",
        metadata=SourceMetadata(date="2026-06-03"),
    )
    cuts = {(c.subject.label, c.time) for c in extractor.extract(article).claims if c.type == "PriceChange"}
    assert cuts == {("Wrenfield Cloud", "2026-07"), ("Osric Cloud", "2025-07")}


def test_extract_an_answers_figure_takes_the_type_its_question_asks_for(extractor: Extractor) -> None:
    text = (
        "Peru's AI cloud market: five questions for Halloway Research\n\n"
        "Q: How big is the market?\n\n"
        "A: We put it at about $1.4 billion this year.\n\n"
        "Q: Who is hiring?\n\n"
        "A: Osric Cloud added $2 billion of orders, we hear.\n"
    )
    typed = {(c.type, c.value) for c in claims_of(extractor, text) if c.unit == "USD"}
    assert ("MarketSize", Decimal(1_400_000_000)) in typed
    assert not any(t == "MarketSize" and v == Decimal(2_000_000_000) for t, v in typed)  # not asked about size


def test_extract_a_leaders_with_figure_and_an_elided_possessives_figure_are_shares(extractor: Extractor) -> None:
    text = (
        "Wrenfield Cloud leads Peru's AI cloud market with roughly 31%, according to Halloway Research. "
        "Tarnwick Analytics puts Wrenfield Cloud's share at 29% and Osric Cloud's at 24%."
    )
    shares = {
        (c.subject.label, c.value, c.attributed_to.label if c.attributed_to else None)
        for c in claims_of(extractor, text)
        if c.type == "MarketShare"
    }
    assert shares == {
        ("Wrenfield Cloud", Decimal(31), "Halloway Research"),
        ("Wrenfield Cloud", Decimal(29), "Tarnwick Analytics"),
        ("Osric Cloud", Decimal(24), "Tarnwick Analytics"),
    }


def test_extract_a_labelled_fact_row_naming_a_company_leaves_the_profiles_company_in_discussion(
    extractor: Extractor,
) -> None:
    text = (
        "Company profile: Wrenfield Cloud\n\n"
        "Wrenfield Cloud sells GPU capacity across Latin America.\n\n"
        "Key facts\n"
        "- Parent: Andes Holdings\n"
        "- Flagship model: Tamsin-2, fine-tuned from Meta's Llama 3.1\n"
        "- Customers include Banco Sol and Ferrovia Digital\n"
    )
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert customers == {("Banco Sol", "Wrenfield Cloud"), ("Ferrovia Digital", "Wrenfield Cloud")}


def test_extract_a_period_after_a_joined_clause_of_its_own_dates_only_that_clause(extractor: Extractor) -> None:
    text = "Osric Cloud tripled its GPU capacity to 300 megawatts and said it would double it again next year."
    times = {(c.value, c.unit, c.time) for c in claims_of(extractor, text) if c.type == "Capacity"}
    assert (Decimal("0.3"), "GW", None) in times
    assert (Decimal(2), "times", "2027") in times


def test_extract_a_call_whose_officer_the_ner_took_for_a_firm_speaks_for_the_issuer(extractor: Extractor) -> None:
    text = (
        "Osric Cloud Q3 2026 earnings call: highlights\n\n"
        "Operator: Our first question comes from Dana Whitt of Pemberton Securities.\n\n"
        "Dana Whitt: And capacity?\n\n"
        "Mara Lind, CFO: We added two hundred megawatts in the quarter.\n"
    )
    claims = [c for c in claims_of(extractor, text) if c.type == "Capacity"]
    assert [(c.subject.label, c.attributed_to.label if c.attributed_to else None) for c in claims] == [
        ("Osric Cloud", "Osric Cloud")
    ]
    assert not any(c.subject.label == "CFO" for c in claims_of(extractor, text))


def test_extract_a_company_reporting_under_its_full_name_is_the_source(extractor: Extractor) -> None:
    text = "Varnholt Digital Holdings reported third-quarter revenue of RMB 18.4 billion on Tuesday."
    claims = [c for c in claims_of(extractor, text) if c.type == "Revenue"]
    assert [(c.subject.label, c.attributed_to.label if c.attributed_to else None) for c in claims] == [
        ("Varnholt Digital Holdings", "Varnholt Digital Holdings")
    ]


LINE_LABELLED_CALL = """Orlen Compute Q3 2026 earnings call

Operator

Welcome to the call. I will hand over to our chief executive.

Saskia Moor -- Chief Executive Officer

Thanks. Revenue in the quarter was $610 million. We opened data centres in Chile and Peru, \
and we signed a $2 billion contract with Tarrow Labs.

Ivo Brandt -- Pellam Securities -- Analyst

How much power do you have?

Saskia Moor -- Chief Executive Officer

We have 300 megawatts of active power.
"""


def test_extract_a_turn_labelled_on_a_line_of_its_own_speaks_for_the_officers_company(extractor: Extractor) -> None:
    claims = claims_of(extractor, LINE_LABELLED_CALL)
    revenue = {
        (c.subject.label, c.value, c.time, c.attributed_to.label if c.attributed_to else None)
        for c in claims
        if c.type == "Revenue"
    }
    assert revenue == {("Orlen Compute", Decimal("6.1e8"), "2026-Q3", "Orlen Compute")}
    assert {("Orlen Compute", "Chile"), ("Orlen Compute", "Peru")} <= pairs(claims, "OperatesIn")  # "we": the speaker
    assert {c.subject.label for c in claims if c.type == "Capacity"} == {"Orlen Compute"}
    # whether the speaker buys from the lab or sells to it, "a contract with" does not say
    assert not pairs(claims, "CustomerOf")


MAGAZINE_INTERVIEW = """"We are not chasing share": Pellam Memory's planner on HBM4

Pellam Memory trailed its rival Osk Semi in high-bandwidth memory. Ren Dae-hyun, executive vice president for \
memory planning at Pellam Memory, spoke to Gauge & Grid magazine in Seoul.

Gauge & Grid: Tarrow Research puts Osk Semi at 57% of HBM revenue in 2025. Is that right?

Ren: I won't argue with a third party's model. Vey's Tarn-9 accelerator already uses our HBM3E.

G&G: Lumen Computing signed a deal with you in July 2025.

Ren: The $16.5 billion contract Lumen Computing signed with us in July 2025 runs to 2033.
"""


def test_extract_an_interviewees_short_label_speaks_for_their_firm_and_the_interviewer_for_none(
    extractor: Extractor,
) -> None:
    claims = claims_of(extractor, MAGAZINE_INTERVIEW)
    # "Ren:" is Ren Dae-hyun, introduced with a title: "our" and "us" are Pellam Memory's
    assert {("Vey", "Pellam Memory"), ("Lumen Computing", "Pellam Memory")} <= pairs(claims, "CustomerOf")
    # the magazine's labels ("Gauge & Grid:", "G&G:") say who asks; they are no party to any claim
    assert not any("Gauge" in c.subject.label or "G&G" in c.subject.label for c in claims)


def test_extract_our_product_in_a_turn_is_the_speaking_firms(extractor: Extractor) -> None:
    text = MAGAZINE_INTERVIEW + "\nRen: Our HBM4 is now in mass production. We cut our H200 price in May.\n"
    developed = pairs(claims_of(extractor, text), "Develops")
    assert ("Pellam Memory", "HBM4") in developed
    assert not any(obj == "H200" for _, obj in developed)  # "our H200 price": the price is ours, not the chip


def test_extract_what_an_earlier_version_of_the_article_said_is_retracted(extractor: Extractor) -> None:
    text = (
        "Correction: An earlier version of this article said Tarn Semi's revenue rose 40-fold. "
        "The correct figure is about 24-fold."
    )
    modality = {c.value: c.modality for c in claims_of(extractor, text) if c.type == "Revenue"}
    assert modality[Decimal("40")] == "negated"


def test_extract_a_customers_share_with_no_whole_named_is_its_part_of_the_suppliers_revenue(
    extractor: Extractor,
) -> None:
    text = (
        "Tarn Group annual report 2025\n\n"
        "Our largest customer, Pell Labs, accounted for 38% of total revenue. "
        "Our second-largest customer, Osk AI, accounted for 14%."
    )
    revenue = {(c.subject.label, c.object.label, c.value) for c in claims_of(extractor, text) if c.type == "Revenue"}
    assert ("Tarn Group", "Osk AI", Decimal("14")) in revenue
    assert not [c for c in claims_of(extractor, text) if c.type == "MarketShare"]


def test_extract_a_digests_repeated_company_leads_are_no_interviewers_labels(extractor: Extractor) -> None:
    text = (
        "Quarterly digest\n\n"
        "Pell Cloud: revenue rose 30% to $2 billion in the quarter.\n\n"
        "Osk Data: revenue fell 5% in the quarter.\n\n"
        "Pell Cloud: the company expects revenue growth of 20% in 2026.\n"
    )
    forecast = [c for c in claims_of(extractor, text) if c.type == "Revenue" and c.time == "2026"]
    assert [c.subject.label for c in forecast] == ["Pell Cloud"]


def test_extract_a_one_line_sentence_is_no_speakers_label(extractor: Extractor) -> None:
    text = "Pell Compute, which signed up Osk Labs as its anchor customer, opened a second hall in May."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Osk Labs", "Pell Compute")}


def test_extract_a_bare_name_label_speaks_for_the_issuer_once_introduced_with_a_title(extractor: Extractor) -> None:
    text = (
        "Corran Data Q3 2026 earnings call\n\n"
        "Operator: With us today are chief executive Lena Voss and chief financial officer Pablo Reyes.\n\n"
        "Lena Voss: Revenue for the quarter was $820 million. We entered Poland this quarter.\n\n"
        "Pablo Reyes: Capital expenditure for the year will be roughly $4 billion.\n"
    )
    claims = claims_of(extractor, text)
    assert {(c.type, c.subject.label) for c in claims if c.value is not None} == {
        ("Revenue", "Corran Data"),
        ("Spending", "Corran Data"),
    }
    assert {c.attributed_to.label for c in claims if c.attributed_to} == {"Corran Data"}
    assert ("Corran Data", "Poland") in pairs(claims, "OperatesIn")


def test_extract_a_line_that_is_a_sentence_is_no_speakers_label(extractor: Extractor) -> None:
    text = (
        "According to Halden Research, Kestrel Cloud held 31% of the Brazil cloud market in 2025.\n"
        "Conversely, the share of Sable Cloud fell to 12% over the same period.\n"
    )
    claims = claims_of(extractor, text)
    assert {c.attributed_to.label for c in claims if c.attributed_to} == {"Halden Research"}
    assert {c.subject.label for c in claims if c.type == "MarketShare"} == {"Kestrel Cloud", "Sable Cloud"}


def test_extract_the_company_saying_so_reports_the_sentence_it_ends(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Marlow Cloud's revenue rose 20% in 2025, the company said.")
    assert {(c.subject.label, c.modality, c.attributed_to.label if c.attributed_to else None) for c in claims} == {
        ("Marlow Cloud", "reported", "Marlow Cloud")
    }
    # a clause of its own reports only itself; "the research firm" is no company speaking
    text = "Tarn Data's campus has grown to 310 megawatts, and the company says its revenue tripled last year."
    capacity = [c for c in claims_of(extractor, text) if c.type == "Capacity"]
    assert [c.attributed_to for c in capacity] == [None]
    text = (
        "Peru AI cloud market\n\n"
        "The market grew 41% in 2025, Halden Research said. It grew 30% in 2024, the research firm said."
    )
    assert {c.attributed_to.label for c in claims_of(extractor, text) if c.attributed_to} == {"Halden Research"}


def test_extract_a_fraction_as_much_as_another_model_compares_their_cost(extractor: Extractor) -> None:
    text = "Marlow's new Wren-9 costs a third as much as Wren-8, the company claims."
    compared = {(c.subject.label, c.object.label if c.object else None, c.value) for c in claims_of(extractor, text)
                if c.type == "CostPerformance"}  # fmt: skip
    assert compared == {("Wren-9", "Wren-8", Decimal("33.3"))}


def test_extract_a_bare_percent_beside_a_market_and_a_business_is_its_share(extractor: Extractor) -> None:
    text = (
        "Cloud notes\n\nThe Polish AI cloud market is led by Arvik Cloud, with 27%. "
        "Mendel Cloud's Polish AI cloud market revenue was up 12%."
    )
    claims = claims_of(extractor, text)
    assert _shares(claims) == {"Arvik Cloud": Decimal("27")}
    assert not any(c.value == Decimal("12") and c.type == "MarketShare" for c in claims)


def test_extract_a_price_moved_from_one_level_to_another_is_a_change_in_percent(extractor: Extractor) -> None:
    text = (
        "Pricing notes\n\nArvik Cloud lowered Orlan-5's price from $5 to $2 per million tokens. "
        "Mendel Cloud cut the price of Velka-2 from $4 to free. "
        "Arvik Cloud's revenue rose from $5 billion to $7 billion."
    )
    claims = claims_of(extractor, text)
    moved = [c for c in claims if c.type == "PriceChange"]
    changes = {(c.subject.label, c.object.label if c.object else None, c.value) for c in moved}
    assert changes == {("Arvik Cloud", "Orlan-5", Decimal("-60.0")), ("Mendel Cloud", "Velka-2", Decimal("-100.0"))}


def test_extract_an_executives_interview_answers_speak_for_the_company_it_opens_on(extractor: Extractor) -> None:
    text = (
        "Power first: Tollan Cloud's chief on growth\n\n"
        "Tollan Cloud runs data centres in Chile and Peru. We spoke to its chief executive, Ines Marr.\n\n"
        "Q: How big is Tollan today?\n\n"
        "A: We ended 2025 with 210 megawatts of live capacity.\n\n"
        "Q: Where is the money going?\n\n"
        "A: Our capex budget for this year is $900 million.\n\n"
        "Q: And financially?\n\n"
        "A: Revenue was $412 million last year.\n"
    )
    claims = claims_of(extractor, text)
    said = {(c.type, c.subject.label, c.attributed_to.label if c.attributed_to else None) for c in claims}
    assert ("Capacity", "Tollan Cloud", "Tollan Cloud") in said
    assert ("Spending", "Tollan Cloud", "Tollan Cloud") in said
    assert ("Revenue", "Tollan Cloud", "Tollan Cloud") in said  # an executive's unowned revenue is the firm's


def test_extract_an_interviewee_titled_after_their_name_is_a_person_speaking_for_the_firm(extractor: Extractor) -> None:
    # in a title-case headline the NER takes "Marta Ilves" for an organisation; the officer's title after the
    # comma says she is a person, so the answers' "we" is the firm she runs
    text = (
        "Five questions for Marta Ilves, chief executive of Pell Cloud\n\n"
        "Pell Cloud is a GPU cloud in Tallinn.\n\n"
        "Q: How big is Pell Cloud today?\n\n"
        "A: We closed 2025 with revenue of about forty-two million euros.\n\n"
        "Q: And next year?\n\n"
        "A: We expect to double it.\n"
    )
    [revenue] = [c for c in claims_of(extractor, text) if c.type == "Revenue" and c.unit == "EUR"]
    assert revenue.subject.label == "Pell Cloud"


def test_extract_a_rule_on_traded_goods_is_a_sanction_whose_effects_follow(extractor: Extractor) -> None:
    text = (
        "Chip week\n\nA new rule on AI accelerators landed on Monday, and the casualties were named within days. "
        "Orrin Devices halted shipments of its K7 to Chinese buyers, while Sable Systems wrote down "
        "$300 million of inventory."
    )
    hit = {c.object.label for c in claims_of(extractor, text) if c.type == "SanctionEffect" and c.object is not None}
    assert hit == {"Orrin Devices", "Sable Systems"}


def test_extract_rules_on_the_trade_in_goods_are_a_sanction_whose_effects_follow(extractor: Extractor) -> None:
    text = (
        "Chip week\n\nShares fell after Washington tightened the rules on sales of AI accelerators to Peru. "
        "Orrin Devices has not shipped any K7 chips to Peruvian buyers since the first curbs in March."
    )
    hit = {c.object.label for c in claims_of(extractor, text) if c.type == "SanctionEffect" and c.object is not None}
    assert hit == {"Orrin Devices"}


def test_extract_an_amounts_comparison_base_after_its_growth_is_an_amount(extractor: Extractor) -> None:
    text = "Results\n\nOrrin Cloud's revenue reached $22.9 billion in 2025, up 27% from $18.0 billion in 2024."
    revenue = {(c.value, c.unit, c.time) for c in claims_of(extractor, text) if c.type == "Revenue"}
    assert (Decimal("18000000000"), "USD", "2024") in revenue
    assert not any(unit == "percent" and value > 100 for value, unit, _ in revenue)


def test_extract_a_compared_figure_for_another_holder_is_that_holders_share(extractor: Extractor) -> None:
    text = (
        "Token notes\n\nIn the Iberian AI cloud market, Pellam Cloud held 38.5% of tokens in 2025, "
        "against 24.9% for Osk Cloud."
    )
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Pellam Cloud", Decimal("38.5")), ("Osk Cloud", Decimal("24.9"))}


def test_extract_a_relation_in_an_interview_answer_is_reported_for_the_interviewees_firm(extractor: Extractor) -> None:
    text = (
        "Five questions for Tarrow Research\n\nWe spoke to Tarrow Research's lead analyst, Ines Marr.\n\n"
        "Q: Who is expanding?\n\n"
        "A: Orrin Cloud opened a region in Chile, and Mendel Cloud does not operate in Peru.\n\n"
        "Q: And next year?\n\nA: More of the same.\n"
    )
    told = {
        (c.object.label, c.modality, c.attributed_to.label if c.attributed_to else None)
        for c in claims_of(extractor, text)
        if c.type == "OperatesIn" and c.object is not None
    }
    assert told == {("Chile", "reported", "Tarrow Research"), ("Peru", "negated", "Tarrow Research")}


def test_extract_a_figure_from_a_cited_report_by_a_firm_is_reported_by_it(extractor: Extractor) -> None:
    text = (
        "Share notes\n\nOrrin Cloud led Chile's AI cloud market in 2025 with 31.4% of revenue, according to a report "
        "released on Tuesday by Tarrow Research. Mendel Cloud came second with 22.7%."
    )
    told = {(c.value, c.attributed_to.label if c.attributed_to else None, c.time) for c in claims_of(extractor, text)}
    assert told == {(Decimal("31.4"), "Tarrow Research", "2025"), (Decimal("22.7"), "Tarrow Research", "2025")}


def test_extract_a_dated_items_effects_take_its_date(extractor: Extractor) -> None:
    text = (
        "Chip Courier\n\n"
        "Aug 19 — A new rule on AI accelerators landed. Orrin Devices halted shipments of its K7 to Chinese buyers, "
        "while Sable Systems wrote down $300 million of inventory.\n"
    )
    dated = {c.object.label: c.time for c in claims_of(extractor, text) if c.type == "SanctionEffect" and c.object}
    assert dated == {"Orrin Devices": "2025-08", "Sable Systems": "2025-08"}  # the August before 1 May 2026


def test_extract_a_part_of_a_companys_revenue_is_its_revenue_from_that_payer_or_place(extractor: Extractor) -> None:
    text = (
        "Results\n\nOrrin Cloud said Brazil made up about 30% of its revenue in 2025. "
        "Tessin Labs contributed 11% of Orrin Cloud's revenue."
    )
    revenue = {
        (c.subject.label, c.object.label if c.object else None, c.value)
        for c in claims_of(extractor, text)
        if c.type == "Revenue"
    }
    assert revenue == {("Orrin Cloud", "Brazil", Decimal("30")), ("Orrin Cloud", "Tessin Labs", Decimal("11"))}


def test_extract_a_verb_of_change_after_a_gapped_report_heads_its_own_clause(extractor: Extractor) -> None:
    text = "Pricing\n\nOrrin AI cut Skua-3 input prices by 40%, and Tessin Labs halved what it charges for Corra-2."
    changes = {
        (c.subject.label, c.object.label if c.object else None, c.value)
        for c in claims_of(extractor, text)
        if c.type == "PriceChange"
    }
    assert changes == {("Orrin AI", "Skua-3", Decimal("-40")), ("Tessin Labs", "Corra-2", Decimal("-50"))}


def test_extract_respectively_pairs_the_figures_before_it_not_a_later_one(extractor: Extractor) -> None:
    text = (
        "Pellam Cloud led China's AI cloud market with 31.2% in 2025. Harl Cloud and Tarrow Cloud came third and "
        "fourth with 9.5% and 7.2% respectively, while the long tail took 14%."
    )
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert {("Harl Cloud", Decimal("9.5")), ("Tarrow Cloud", Decimal("7.2"))} <= shares
    assert ("Harl Cloud", Decimal("7.2")) not in shares


def test_extract_money_a_company_buys_or_orders_with_is_its_spending(extractor: Extractor) -> None:
    text = (
        "Pellam Cloud agreed to buy $120 million of Nvidia B200 servers for its Lisbon site. "
        "Harl Cloud placed a $95 million order for AMD MI300X boards in June."
    )
    claims = claims_of(extractor, text)
    spending = {(c.subject.label, c.value) for c in claims if c.type == "Spending"}
    assert {("Pellam Cloud", Decimal(120_000_000)), ("Harl Cloud", Decimal(95_000_000))} <= spending


def test_extract_orders_a_seller_could_not_ship_are_no_ones_spending(extractor: Extractor) -> None:
    text = "After the rule, Orvane Semiconductor said $600 million of orders could not be shipped."
    assert not [c for c in claims_of(extractor, text) if c.type == "Spending"]


def test_extract_a_customers_part_of_bare_revenue_is_its_suppliers_revenue(extractor: Extractor) -> None:
    text = "Pellam Cloud's revenue rose 30% in 2024. Orvane Labs, its biggest client, accounted for 9% of 2024 revenue."
    revenue = {(c.subject.label, c.object.label if c.object else None, c.value) for c in claims_of(extractor, text)}
    assert ("Pellam Cloud", "Orvane Labs", Decimal(9)) in revenue
    text = (
        "Figure 4. The Ruritanian GPU cloud market, 2025\n\nNotes: Pellam Cloud put its own 2025 revenue at about "
        "$5.1 billion, which gives it about a fifth of the market; Orvane Labs was its largest customer, at 62% of "
        "revenue in 2024."
    )
    revenue = {(c.type, c.subject.label, c.value) for c in claims_of(extractor, text) if c.value == 62}
    assert revenue == {("Revenue", "Pellam Cloud", Decimal(62))}  # the copula's subject is the customer, not "its"


def test_extract_where_a_part_of_revenue_moved_to_is_the_same_part_later(extractor: Extractor) -> None:
    text = (
        "Figure 6. The Ruritanian GPU cloud market, 2025\n\nNotes: Peru's share of Osk Semiconductor's revenue fell "
        "from 13% in fiscal 2025 (the year to January 2025) to an estimated 5% in fiscal 2026."
    )
    claims = {
        (c.type, c.subject.label, c.object.label if c.object else None, c.value) for c in claims_of(extractor, text)
    }
    assert claims == {
        ("Revenue", "Osk Semiconductor", "Peru", Decimal(13)),
        ("Revenue", "Osk Semiconductor", "Peru", Decimal(5)),
    }


def test_extract_a_releases_unowned_capacity_is_the_issuers(extractor: Extractor) -> None:
    text = (
        "Pellam Cloud Holdings Reports Fourth Quarter 2025 Results\n\n"
        'HANGZHOU, March 3, 2026 -- Pellam Cloud Holdings ("Pellam" or the "Company") today announced results.\n\n'
        "Installed capacity was 95 MW at the end of June. "
        "Polish server farms added about 2 GW of capacity last year."
    )
    capacity = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "Capacity"}
    assert ("Pellam Cloud Holdings", Decimal("0.095")) in capacity
    # capacity some other thing added is not the issuer's
    assert ("Pellam Cloud Holdings", Decimal("2")) not in capacity


def test_extract_the_company_a_release_defines_after_its_ticker_is_the_issuer(extractor: Extractor) -> None:
    text = (
        "Pellam Cloud Reports Fourth Quarter 2025 Results\n\n"
        'HANGZHOU, March 3, 2026 -- Pellam Cloud Holdings, Inc. (Nasdaq: PLCH) ("Pellam" or "the Company") today '
        "announced results.\n\n"
        "In July, the Company lowered reserved K9 prices by 12%."
    )
    cuts = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "PriceChange"}
    assert cuts == {("Pellam Cloud Holdings, Inc.", Decimal(-12))}


def test_extract_a_label_above_a_releases_title_is_not_its_title(extractor: Extractor) -> None:
    text = (
        "NEWS RELEASE\n\n"
        "Brannock Group posts second-quarter 2025 results\n\n"
        "BERGEN, 14 August 2025 - Brannock Group ASA today published results for the second quarter.\n\n"
        "- Revenue of $212 million, up 40%\n\n"
        "Brannock Cloud Services added 300 customers. In July Brannock lowered hourly prices for its B200 "
        "servers by 12%."
    )
    claims = claims_of(extractor, text)
    revenue = {(c.subject.label, c.value) for c in claims if c.type == "Revenue"}
    assert ("Brannock Group", Decimal(212_000_000)) in revenue
    assert ("Brannock Group", Decimal(-12)) in {(c.subject.label, c.value) for c in claims if c.type == "PriceChange"}


def test_extract_unowned_spending_in_a_release_is_the_issuers_not_the_last_segments(extractor: Extractor) -> None:
    text = (
        "Brannock Group posts second-quarter 2025 results\n\n"
        "BERGEN, 14 August 2025 - Brannock Group ASA today published results for the second quarter.\n\n"
        "- Edge Hosting revenue of $61 million, up 20%\n"
        "- Capex of $75 million\n"
    )
    spending = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "Spending"}
    assert spending == {("Brannock Group", Decimal(75_000_000))}


def test_extract_who_issues_a_rule_is_not_a_party_it_affects(extractor: Extractor) -> None:
    text = (
        "US export rule on AI chips hurts Quellen Semiconductor\n\n"
        "The U.S. Commerce Department published a rule on Monday that requires a licence for chip sales to "
        "China. Quellen said it had stopped shipping its Pim-9 boards to Chinese buyers."
    )
    affected = {c.object.label for c in claims_of(extractor, text) if c.type == "SanctionEffect" and c.object}
    assert "Quellen Semiconductor" in affected
    assert not affected & {"US Department of Commerce", "US"}


def test_extract_a_price_cut_to_a_new_level_from_an_old_one_is_its_percent_change(extractor: Extractor) -> None:
    text = "Harl Cloud stayed second. In May it lowered the price of its Pim-4 model to $1.50 per million, from $2."
    prices = {(c.subject.label, c.object.label, c.value) for c in claims_of(extractor, text) if c.type == "PriceChange"}
    assert prices == {("Harl Cloud", "Pim-4", Decimal("-25.0"))}


def test_extract_a_part_of_that_revenue_coming_from_a_payer_is_revenue_from_it(extractor: Extractor) -> None:
    text = "Sabkha Cloud grew fast. Its revenue doubled. About a quarter of that revenue still comes from Orlo Bank."
    revenue = {(c.subject.label, c.object.label if c.object else None, c.value) for c in claims_of(extractor, text)}
    assert ("Sabkha Cloud", "Orlo Bank", Decimal(25)) in revenue


def test_extract_a_part_of_that_revenue_after_a_markets_size_is_a_share_of_the_market(extractor: Extractor) -> None:
    text = (
        "Kestrel Test Labs benchmarks robot chips for buyers. "
        "Velin Research puts the 2025 robot-chip market at $12 billion, up 30% on 2024. "
        "On its figures Oskar Semi held 41% of that revenue and Tarvo Devices 19%."
    )
    claims = claims_of(extractor, text)
    shares = {(c.subject.label, c.value) for c in claims if c.type == "MarketShare"}
    assert {("Oskar Semi", Decimal(41)), ("Tarvo Devices", Decimal(19))} <= shares
    assert not [c for c in claims if c.type == "Revenue"]


def test_extract_a_part_of_that_revenue_after_a_paragraph_on_a_firm_is_the_firms_revenue(extractor: Extractor) -> None:
    text = (
        "Velin Research puts the robot-chip market at $12 billion in 2025.\n\n"
        "Oskar Semi makes robot chips in Lima. Halden Bank accounts for 30% of that revenue."
    )
    revenue = {
        (c.subject.label, c.object.label if c.object else None)
        for c in claims_of(extractor, text)
        if c.type == "Revenue"
    }
    assert ("Oskar Semi", "Halden Bank") in revenue


def test_extract_a_multiple_beside_an_amount_of_power_is_its_growth_not_revenue(extractor: Extractor) -> None:
    text = (
        "Tarvo Data had 1.9 GW in operation at the end of 2025, more than five times the 0.35 GW of 2020. "
        "Harl Cloud said its revenue more than doubled in 2025, and it plans to add 100 MW in 2026. "
        "Osk Labs, which runs 300 MW of data centres, grew fourfold in 2025. "
        "Vessa Compute grew fivefold in 2025, to 220 MW of contracted power."
    )
    claims = claims_of(extractor, text)
    multiples = {(c.type, c.subject.label) for c in claims if c.unit == "times"}
    assert ("GrowthRate", "Tarvo Data") in multiples and ("Revenue", "Tarvo Data") not in multiples
    assert ("GrowthRate", "Vessa Compute") in multiples  # grown to an amount of power
    assert {("Revenue", "Harl Cloud"), ("Revenue", "Osk Labs")} <= multiples  # a firm that grew grew its revenue


def test_extract_customers_in_a_place_paying_part_of_revenue_is_revenue_from_the_place(extractor: Extractor) -> None:
    text = (
        "Brannock Group posts second-quarter 2025 results\n\n"
        "BERGEN, 14 August 2025 - Brannock Group ASA today published results for the second quarter.\n\n"
        "Customers in Germany contributed 18% of revenue in the quarter, up from 10% a year earlier."
    )
    claims = claims_of(extractor, text)
    revenue = {(c.type, c.subject.label, c.object.label if c.object else None, c.value) for c in claims}
    assert ("Revenue", "Brannock Group", "Germany", Decimal(18)) in revenue


def test_extract_a_caption_saying_shares_in_percent_types_bare_columns_by_measure(extractor: Extractor) -> None:
    # the columns name only a measure and a period; the caption says they are shares, in percent, and of what
    text = (
        "Harwell Research also counts what each vendor delivers.\n\n"
        "Nordic crane software: share of revenue and of installations (%)\n\n"
        "| Vendor | Revenue 2025 | Installations 2025 |\n|---|---|---|\n| Dunmore Systems | 38.5 | 22.0 |\n"
    )
    shares = {(c.value, c.time, c.measure): c for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert set(shares) == {(Decimal("38.5"), "2025", "revenue"), (Decimal(22), "2025", "installations")}
    assert {c.object.label for c in shares.values() if c.object} == {"Nordic crane software market"}
    assert {c.unit for c in shares.values()} == {"percent"}


def test_extract_a_call_where_a_customer_pays_us_and_rents_in_our_halls(extractor: Extractor) -> None:
    # "us" and "our" are the issuer speaking; what a customer pays for or rents in a place is the issuer's place
    text = (
        "Tarnwell Cloud Q2 2026 earnings call: transcript excerpt\nPublished 2 August 2026\n\n"
        "Tarnwell Cloud, the Lima-listed GPU cloud provider, reported second-quarter results on 1 August.\n\n"
        "Rosa Quispe, chief executive officer: Thank you. Brisco Bank has agreed to pay us $300 million over three "
        "years for compute in Peru. Corran Labs now rents GPU time in our Lima halls.\n"
    )
    claims = claims_of(extractor, text)
    spending = [c for c in claims if c.type == "Spending"]
    assert [(c.subject.label, c.object.label if c.object else None) for c in spending] == [
        ("Brisco Bank", "Tarnwell Cloud")
    ]
    assert {("Brisco Bank", "Tarnwell Cloud"), ("Corran Labs", "Tarnwell Cloud")} <= pairs(claims, "CustomerOf")
    assert pairs(claims, "OperatesIn") == {("Tarnwell Cloud", "Peru")}  # Lima lies in Peru


def test_extract_a_call_names_the_speaker_as_the_other_party_of_customers_and_suppliers(extractor: Extractor) -> None:
    text = (
        "Tarnwell Cloud Q2 2026 earnings call: transcript excerpt\nPublished 2 August 2026\n\n"
        "Tarnwell Cloud, the Lima-listed GPU cloud provider, reported second-quarter results on 1 August.\n\n"
        "Rosa Quispe, chief executive officer: Thank you. Kestrel Systems is still our sole chip supplier. Brisco "
        "Bank made up 21% of our sales. Halden Robotics is not a customer any more. Orlen Insurance became an "
        "Alibaba Cloud customer in May.\n"
    )
    claims = claims_of(extractor, text)
    customers = {(c.subject.label, c.object.label, c.modality) for c in claims if c.type == "CustomerOf" and c.object}
    assert customers == {
        ("Tarnwell Cloud", "Kestrel Systems", "reported"),
        ("Brisco Bank", "Tarnwell Cloud", "reported"),
        ("Halden Robotics", "Tarnwell Cloud", "negated"),
        ("Orlen Insurance", "Alibaba Cloud", "reported"),
    }


def test_extract_a_units_sales_make_it_no_customer_of_its_parent(extractor: Extractor) -> None:
    text = "Ostby Group said sales at its Halvard Data unit rose to $3.5 billion; Brisco Bank contributed 12%."
    assert ("Halvard Data", "Ostby Group") not in pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_a_segments_revenue_in_a_release_is_the_issuers(extractor: Extractor) -> None:
    # "Hosting revenue" names a segment, not a company: the release's issuer, not the segment named before
    text = (
        "Tarnwell Group reports third-quarter 2026 results\n\n"
        "LIMA, Peru, October 28, 2026 - Tarnwell Group today reported results for the quarter.\n\n"
        "Inference & Tools revenue rose 40% to $90 million. Hosting revenue slipped 3% to $77 million.\n"
    )
    revenue = {c.value: c.subject.label for c in claims_of(extractor, text) if c.type == "Revenue"}
    assert revenue[Decimal(77000000)] == "Tarnwell Group" and revenue[Decimal(-3)] == "Tarnwell Group"


def test_extract_capacity_no_name_owns_in_a_release_is_the_issuers(extractor: Extractor) -> None:
    text = (
        "Tarnwell Group reports third-quarter 2026 results\n\n"
        "LIMA, Peru, October 28, 2026 - Tarnwell Group today reported results for the quarter.\n\n"
        "Installed capacity stood at 95 MW on 30 September, spread over sites in Arequipa and Cusco.\n"
    )
    capacity = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "Capacity"}
    assert capacity == {("Tarnwell Group", Decimal("0.095"))}


def test_extract_a_multiple_of_an_earlier_amount_after_it_is_its_growth(extractor: Extractor) -> None:
    # an officer's turn names no company: the multiple is the growth of the amount just before it
    text = (
        "Tarnwell Cloud Q2 2026 earnings call: transcript excerpt\nPublished 2 August 2026\n\n"
        "Rosa Quispe, chief financial officer: Thank you. Sales came to $410 million last year, more than double "
        "the total for 2024.\n"
    )
    revenue = {(c.value, c.unit) for c in claims_of(extractor, text) if c.type == "Revenue"}
    assert revenue == {(Decimal(410000000), "USD"), (Decimal(2), "times")}


def test_extract_a_part_of_the_figure_before_it_is_the_same_holders(extractor: Extractor) -> None:
    text = (
        "Tarnwell Cloud Q2 2026 earnings call: transcript excerpt\nPublished 2 August 2026\n\n"
        "Rosa Quispe, chief financial officer: Thank you. Signed grid capacity stands at 300 megawatts, of which "
        "120 megawatts is already live.\n"
    )
    capacity = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "Capacity"}
    assert capacity == {("Tarnwell Cloud", Decimal("0.3")), ("Tarnwell Cloud", Decimal("0.12"))}


def test_extract_a_contracts_value_is_the_buyers_spending_with_the_seller(extractor: Extractor) -> None:
    text = (
        "Halden AI signed two contracts with Tessel Cloud worth as much as $9.4 billion. "
        "In March Kettle Robotics also signed up for $3.1 billion of GPU time. "
        "Fell Cloud signed a five-year deal with Orrin Bank worth $2 billion."
    )
    claims = claims_of(extractor, text)
    spending = {
        (c.subject.label, c.object.label if c.object else None, c.value) for c in claims if c.type == "Spending"
    }
    assert spending == {
        ("Halden AI", "Tessel Cloud", Decimal(9400000000)),
        ("Kettle Robotics", "Tessel Cloud", Decimal(3100000000)),
        ("Orrin Bank", "Fell Cloud", Decimal(2000000000)),
    }
    assert pairs(claims, "CustomerOf") == {
        ("Halden AI", "Tessel Cloud"),
        ("Kettle Robotics", "Tessel Cloud"),
        ("Orrin Bank", "Fell Cloud"),
    }


def test_a_speaker_label_in_capitals_is_no_name_but_a_list_rows_one_word_is() -> None:
    text = "Intro line.\nMIRA OSTEN: Welcome back.\nAWS: 31%\n"
    assert _in_a_speaker_label(text, text.index("OSTEN"))
    assert not _in_a_speaker_label(text, text.index("AWS"))
    assert not _in_a_speaker_label(text, text.index("Welcome"))


def test_extract_customers_signed_up_in_a_call_are_the_speaking_firms(extractor: Extractor) -> None:
    text = (
        "Orvane Cloud Q1 FY2026 earnings call\n\n"
        "Operator: Welcome to Orvane Cloud's first quarter call.\n\n"
        "Lio Marsh, Chief Executive Officer: Kettle Robotics and Pellam Bank signed up as customers in the quarter.\n"
    )
    assert pairs(claims_of(extractor, text), "CustomerOf") == {
        ("Kettle Robotics", "Orvane Cloud"),
        ("Pellam Bank", "Orvane Cloud"),
    }


def test_extract_a_companys_own_report_speaks_for_it(extractor: Extractor) -> None:
    text = (
        "Orvane Cloud annual report 2025\n\n"
        "Substantially all of our GPUs are purchased from Kettle Systems. "
        "We operate data centres in Chile and Peru.\n"
    )
    claims = claims_of(extractor, text)
    assert pairs(claims, "CustomerOf") == {("Orvane Cloud", "Kettle Systems")}
    assert pairs(claims, "OperatesIn") == {("Orvane Cloud", "Chile"), ("Orvane Cloud", "Peru")}


def test_extract_a_column_titled_with_a_company_does_not_speak_for_it(extractor: Extractor) -> None:
    text = "Orvane Cloud is winning\n\nWe operate no data centres ourselves, but we watch Chile closely.\n"
    assert pairs(claims_of(extractor, text), "OperatesIn") == set()


def test_extract_the_companys_or_the_groups_product_is_theirs(extractor: Extractor) -> None:
    text = (
        "Marrow Silicon is a GPU designer in Wuhan. The company's Jinghong GPUs sold out. "
        "Osk Holdings owns Pell Cloud. Pell Cloud cut the price of the group's Vela-2 model by 60% in May. "
        "Management said Vela-2 Pro had become the unit's best-selling API."
    )
    develops = pairs(claims_of(extractor, text), "Develops")
    assert {("Marrow Silicon", "Jinghong"), ("Osk Holdings", "Vela-2")} <= develops
    assert not [thing for _, thing in develops if thing == "best-selling"]


def test_extract_an_apposition_naming_the_developer_of_several_things(extractor: Extractor) -> None:
    text = "Kestrel Labs, the Lisbon-based developer of the Orca models and the Vela assistant, raised $90 million."
    assert {("Kestrel Labs", "Orca"), ("Kestrel Labs", "Vela")} <= pairs(claims_of(extractor, text), "Develops")


def test_extract_a_company_reporting_its_own_figure_is_no_source_of_anothers(extractor: Extractor) -> None:
    text = (
        "Results\n\nPell Cloud reported revenue of $2.6 billion in the third quarter. Fell Cloud's revenue was "
        "$3 billion in the second half."
    )
    sources = {
        (c.subject.label, c.attributed_to.label if c.attributed_to else None)
        for c in claims_of(extractor, text)
        if c.type == "Revenue"
    }
    assert sources == {("Pell Cloud", "Pell Cloud"), ("Fell Cloud", None)}


def test_extract_a_pipe_tables_singular_measure_column_and_its_caption_period(extractor: Extractor) -> None:
    text = (
        "Harbour drones sold for $2 billion in the year to June, and the firm expects sales to double in 2028.\n\n"
        "Table 2. Harbour drone market, H1 2026: share of revenue and share of flight hours (source: Tidewell)\n\n"
        "| Vendor | Revenue share | Unit share |\n"
        "|---|---|---|\n"
        "| Dunmore Systems | 38.5% | 52.0% |\n"
        "| Osgood Labs | 21.0% | 12.5% |\n\n"
        "Dunmore Systems shipped 52.0% of all units but took far less of the money."
    )
    shares = {
        (c.subject.label, c.value, c.measure, c.time, c.modality)
        for c in claims_of(extractor, text)
        if c.type == "MarketShare"
    }
    assert ("Dunmore Systems", Decimal("38.5"), "revenue", "2026-H1", "reported") in shares
    assert ("Osgood Labs", Decimal("12.5"), "units", "2026-H1", "reported") in shares
    assert len([s for s in shares if s[1] == Decimal("52.0")]) == 1  # the prose restates the table


def test_extract_a_company_a_sentence_opens_on_is_the_company_referred_to_next(extractor: Extractor) -> None:
    text = (
        "Pell Cloud said it had stockpiled chips. For Osk Semiconductor, a GPU designer, the blow is "
        "harder. The company's Tarn GPUs were made by TSMC."
    )
    assert ("Osk Semiconductor", "TSMC") in pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_a_named_measure_multiplying_is_growth_not_revenue(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Pell Cloud's token volumes more than tripled in 2025.")
    assert {(c.type, c.subject.label, c.value) for c in claims} == {("GrowthRate", "Pell Cloud", Decimal(3))}


def test_extract_a_multiple_of_an_earlier_level_is_growth(extractor: Extractor) -> None:
    text = "The harbour drone market reached $9 billion in 2025, nearly triple the year before."
    growth = [c for c in claims_of(extractor, text) if c.type == "GrowthRate"]
    assert [(g.subject.label, g.value, g.time) for g in growth] == [("harbour drone market", Decimal(3), "2025")]


def test_extract_a_firms_own_measure_growing_in_its_officers_words_is_its_growth(extractor: Extractor) -> None:
    text = (
        "Pell Cloud reports first-quarter results\n\n"
        'Osk Varga, chief financial officer of Pell Cloud, said: "Bookings more than tripled year on year. '
        'Capital expenditure was $2 billion, 3.4 times the level a year before."'
    )
    growth = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "GrowthRate"}
    assert growth == {("Pell Cloud", Decimal(3)), ("Pell Cloud", Decimal("3.4"))}


def test_extract_a_share_of_a_named_whole_is_of_that_whole(extractor: Extractor) -> None:
    text = (
        "Osk Research said Pell Compute held 12% of Norway's colocation capacity at the end of 2025. "
        "Tarn Systems runs about two in five megawatts of capacity across the Gulf."
    )
    shares = {(c.subject.label, c.object.label, c.value) for c in claims_of(extractor, text) if c.object}
    assert ("Pell Compute", "Norway's colocation capacity", Decimal(12)) in shares
    assert ("Tarn Systems", "capacity across the Gulf", Decimal(40)) in shares


def test_extract_the_owner_of_a_share_holds_it_not_the_place_of_what_it_is_of(extractor: Extractor) -> None:
    text = (
        "We put Pell Cloud's share of Nordic GPU rentals in 2025 at 38%.\n\n"
        "Osk Compute Reports 2025 Results\n\n"
        '"Our share of AI hosting spending in Peru rose to about 23% this year," said Tarn Vey, '
        "chief executive of Osk Compute."
    )
    shares = {(c.subject.label, c.object.label, c.value) for c in claims_of(extractor, text) if c.object}
    assert ("Pell Cloud", "Nordic GPU rentals", Decimal(38)) in shares
    assert any(s == "Osk Compute" and v == Decimal(23) for s, _, v in shares), shares


def test_extract_a_company_placed_at_a_figure_after_a_share_continues_the_report(extractor: Extractor) -> None:
    text = (
        "Pell Cloud held 15% of the Nordic cloud market in 2025. "
        "Osk Cloud and Tarn Cloud are the biggest domestic firms, at roughly 4% each."
    )
    shares = {(c.subject.label, c.object.label, c.value, c.time) for c in claims_of(extractor, text) if c.object}
    assert {
        ("Osk Cloud", "Nordic cloud market", Decimal(4), "2025"),
        ("Tarn Cloud", "Nordic cloud market", Decimal(4), "2025"),
    } <= shares


def test_extract_a_share_for_names_listed_after_it_combined_is_the_groups(extractor: Extractor) -> None:
    text = (
        "Pell Cloud held 15% of the Nordic cloud market in 2025, "
        "against roughly 70% for Osk Cloud, Tarn Cloud and Vey Cloud combined."
    )
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Pell Cloud", Decimal(15)), ("Osk Cloud, Tarn Cloud and Vey Cloud", Decimal(70))}


def test_extract_a_figure_of_an_owned_things_cost_or_compute_compares_with_the_thing(extractor: Extractor) -> None:
    text = (
        "Osk Labs sells its Tarn-3 model at about 6% of the per-token cost of Anthropic's Claude Opus 4.1. "
        "Osk says its Tarn Pod will deliver five times the computing power of Nvidia's NVL72 system."
    )
    claims = claims_of(extractor, text)
    found = {(c.type, c.subject.label, c.object.label if c.object else None, c.value) for c in claims}
    assert ("CostPerformance", "Tarn-3", "Claude Opus 4.1", Decimal(6)) in found
    assert ("Capacity", "Tarn Pod", None, Decimal(5)) in found
    assert not any(t == "PriceChange" for t, *_ in found)


def test_extract_spending_for_names_listed_combined_is_the_groups(extractor: Extractor) -> None:
    text = (
        "The Compute Letter, issue 12\n\n"
        "Brokers now model some $90 billion of combined capex for Pell Cloud, Osk Cloud and Vey Cloud next year."
    )
    spending = [(c.subject.label, c.object, c.value) for c in claims_of(extractor, text) if c.type == "Spending"]
    assert spending == [("Pell Cloud, Osk Cloud and Vey Cloud", None, Decimal(90000000000))]


def test_extract_the_top_n_of_a_ranking_hold_a_share_as_a_group(extractor: Extractor) -> None:
    text = (
        "In the Nordic cloud market, Pell Cloud ranked first with 46.4%. "
        "The top three together held 68.2% of the market, up from 64.9% a year earlier."
    )
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert {("top three providers", Decimal("68.2")), ("top three providers", Decimal("64.9"))} <= shares


def test_extract_a_public_body_holds_no_market_share(extractor: Extractor) -> None:
    text = (
        "Pell Cloud held 31% of the Nordic cloud market in 2025. The Trade Ministry began issuing export licences, "
        "with 20% of the sales going to the state."
    )
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Pell Cloud", Decimal(31))}


def test_extract_the_name_a_rank_follows_holds_the_figure_it_places(extractor: Extractor) -> None:
    text = (
        "In the Nordic cloud market, Vey Research put Pell Cloud's share of tokens served at 44.1% in 2025, "
        "with Osk Cloud second at 23%."
    )
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert ("Osk Cloud", Decimal(23)) in shares and ("Pell Cloud", Decimal(23)) not in shares


def test_extract_the_name_given_the_lead_at_a_figure_holds_it(extractor: Extractor) -> None:
    # "the lead" is a place in a ranking, as "second" is
    text = "In the Nordic cloud market, Vey Research gives Pell Cloud the lead at 31%, with Osk Cloud second on 29%."
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Pell Cloud", Decimal(31)), ("Osk Cloud", Decimal(29))}


def test_extract_a_firm_in_apposition_to_the_subject_of_a_reporting_verb_reports(extractor: Extractor) -> None:
    text = (
        "Tarn Research sizes the Nordic cloud market at $2.1 billion. A second firm, Vey Research, estimates "
        "that Pell Cloud holds 31% of the market."
    )
    [share] = [c for c in claims_of(extractor, text) if c.type == "MarketShare"]
    assert share.attributed_to is not None and share.attributed_to.label == "Vey Research"


def test_extract_a_figure_the_article_attributes_is_reported_not_asserted(extractor: Extractor) -> None:
    text = "In the Nordic cloud market, Vey Research gives Pell Cloud the lead at 31%."
    [share] = [c for c in claims_of(extractor, text) if c.type == "MarketShare"]
    assert share.attributed_to is not None and share.attributed_to.label == "Vey Research"
    assert share.modality == "reported"


def test_extract_a_datelines_news_agency_is_no_party_to_the_story(extractor: Extractor) -> None:
    text = (
        "Chip rules widen\n\nWASHINGTON, Feb 10, 2026 (Reuters) - The Commerce Department added 14 Chinese "
        "companies to its Entity List on Tuesday, barring them from buying U.S. chipmaking tools.\n"
    )
    doc = extractor.nlp(text)
    assert "Reuters" not in {m.entity.label for m in find_mentions(doc, extractor.index, text)}


def test_extract_names_next_at_a_figure_each_hold_it_of_the_whole_the_paragraph_named(extractor: Extractor) -> None:
    # the whole ("US GPU-cloud rentals") is more recent than the market in force (the Nordic one)
    text = (
        "The Nordic AI cloud market grew 30% in 2025.\n\n"
        "In our last issue we put Pell Cloud's share of US GPU-cloud rentals at 41%. "
        "In fact Vey Compute leads with 34%, with Osk and Tarn next at about a tenth each.\n"
    )
    shares = {
        (c.subject.label, c.object.label if c.object else None, c.value)
        for c in claims_of(extractor, text)
        if c.type == "MarketShare"
    }
    rentals = "US GPU-cloud rentals"
    expected = {("Osk", rentals, Decimal(10)), ("Tarn", rentals, Decimal(10)), ("Vey Compute", rentals, Decimal(34))}
    assert expected <= shares


def test_extract_a_cloud_and_a_company_holding_a_figure_each_both_hold_it(extractor: Extractor) -> None:
    text = "In the Iberian cloud market, Osk Cloud and Tarn Telecom are the largest local players, at about 2% each."
    assert _shares(claims_of(extractor, text)) == {"Osk Cloud": Decimal(2), "Tarn Telecom": Decimal(2)}


def test_extract_a_wholes_name_leaves_out_the_year_which_is_the_claims_time(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Pell Cloud took 20% of Osk's 2025 K9 shipments.")
    [share] = [c for c in claims if c.type == "MarketShare"]
    assert (share.object.label if share.object else None, share.time) == ("Osk's K9 shipments", "2025")


def test_extract_a_deal_with_us_on_a_call_is_spending_with_the_speaking_firm(extractor: Extractor) -> None:
    text = (
        "Tarnwell Cloud Q2 2026 earnings call: transcript excerpt\n\n"
        "Rosa Quispe, chief executive officer: Brisco Bank signed a five-year, $300 million contract with us "
        "in July.\n"
    )
    spending = [c for c in claims_of(extractor, text) if c.type == "Spending"]
    assert [(c.subject.label, c.object.label if c.object else None) for c in spending] == [
        ("Brisco Bank", "Tarnwell Cloud")
    ]


def test_extract_that_being_more_than_an_earlier_period_is_growth_of_the_last_figures_subject(
    extractor: Extractor,
) -> None:
    text = (
        "Tarn Research sized Peru's AI cloud market at $2.1 billion in the second half of 2025. "
        "That was 42% more than in the first half, when the market stood at $1.5 billion."
    )
    claims = claims_of(extractor, text)
    growth = [(c.subject.label, c.value, c.time) for c in claims if c.type == "GrowthRate"]
    sizes = {(c.value, c.time) for c in claims if c.type == "MarketSize"}
    assert growth == [("Peru AI cloud market", Decimal(42), "2025-H2")]
    assert (Decimal(1_500_000_000), "2025-H1") in sizes  # the figure after "than in the first half" is of that half


def test_extract_services_traded_in_a_place_name_that_places_market(extractor: Extractor) -> None:
    text = (
        "Pell Cloud now sells roughly three in every ten dollars of AI cloud services bought in Chile. "
        "Osk Cloud is second with about a fifth of the market."
    )
    shares = {(c.subject.label, c.object.label if c.object else None) for c in claims_of(extractor, text)
              if c.type == "MarketShare"}  # fmt: skip
    assert shares == {("Pell Cloud", "Chile AI cloud market"), ("Osk Cloud", "Chile AI cloud market")}


def test_extract_a_reports_owner_is_its_source_and_it_given_a_figure_is_the_one_given_before(
    extractor: Extractor,
) -> None:
    text = (
        "We size the Andean GPU cloud market at $2.1 billion. Velin, with its larger total, gives Pell Cloud 24%; "
        "Tarn, with the smallest, gives it 41%.\n\nA correction: our October note put Pell Cloud's share at 38%."
    )
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Pell Cloud", Decimal(24)), ("Pell Cloud", Decimal(41)), ("Pell Cloud", Decimal(38))}


def test_extract_no_share_exceeds_the_whole_and_a_place_is_no_unit_in_apposition(extractor: Extractor) -> None:
    text = (
        "Pell Cloud held 31% of the Andean GPU cloud market in 2025. Vey Research reports growth of 150%; "
        "Tarn Research has 118%. In the Middle East, Osk Telecom's cloud unit resells Vey-3."
    )
    claims = claims_of(extractor, text)
    assert all(c.value is not None and c.value <= 100 for c in claims if c.type == "MarketShare")
    assert not [c for c in claims if c.type == "SubsidiaryOf" and c.subject.label == "Middle East"]


def test_extract_another_firms_amount_after_a_market_size_is_its_estimate_of_that_size(extractor: Extractor) -> None:
    text = (
        "We expect the Andean GPU cloud market to reach $48 billion in 2028. Vey Analytics forecasts $70 billion "
        "for the same year. Pell Cloud expects revenue of $2 billion."
    )
    sizes = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketSize"}
    market = "Andean GPU cloud market"
    assert sizes == {(market, Decimal(48_000_000_000)), (market, Decimal(70_000_000_000))}


def test_extract_a_hedged_comparison_base_is_the_same_measure_earlier(extractor: Extractor) -> None:
    text = (
        "We estimate that local clouds will account for about 40% of the GPUs rented in Peru in 2026, "
        "up from less than 20% in 2024."
    )
    shares = {(c.value, c.time) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {(Decimal(40), "2026"), (Decimal(20), "2024")}


def test_extract_the_remaining_part_a_holder_takes_is_its_share(extractor: Extractor) -> None:
    text = "In Peru's GPU cloud market, Pell Cloud had 40% in 2025. Smaller providers shared the remaining 11.2%."
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Pell Cloud", Decimal(40)), ("Smaller providers", Decimal("11.2"))}


def test_extract_a_unit_price_moved_by_an_arrow_is_a_price_change(extractor: Extractor) -> None:
    text = "Pell Cloud: H200 on-demand $3.50 → $2.80/hr in October."
    claims = claims_of(extractor, text)
    changes = [(c.subject.label, c.object, c.value) for c in claims if c.type == "PriceChange"]
    assert [(s, o.label if o else None, v) for s, o, v in changes] == [
        ("Pell Cloud", "on-demand H200", Decimal("-20.0"))
    ]


def test_extract_a_share_of_a_described_whole_is_named_by_the_words_describing_it(extractor: Extractor) -> None:
    text = (
        "The thread is about the AI chip market. Tarn Research puts Osk at 86% of data-centre AI accelerator "
        "revenue in 2025, with Vey Semiconductor on 6%."
    )
    shares = {(c.subject.label, c.object.label) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    whole = "data-centre AI accelerator revenue"
    assert shares == {("Osk", whole), ("Vey Semiconductor", whole)}
    text = "The thread is about model APIs. Osk Labs took about 32% of enterprise API spend, Vey 25%."
    shares = {(c.subject.label, c.object.label) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Osk Labs", "enterprise API spend"), ("Vey", "enterprise API spend")}
    text = "The thread is about drone sensors. Pell Cloud now holds 40% of harbour capacity."
    assert {c.object.label for c in claims_of(extractor, text) if c.type == "MarketShare"} == {"harbour capacity"}
    text = "The thread is about the GPU cloud market. Osk Cloud says Vey Data took 30% of our enterprise GPU hours."
    shares = {(c.subject.label, c.object.label) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Vey Data", "Osk Cloud enterprise GPU hours")}  # "our": the speaker's, named
    text = "The thread is about the GPU cloud market. Osk Labs took 40% of new orders in FY2025."
    shares = {(c.subject.label, c.object.label) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Osk Labs", "GPU cloud market")}  # "new" says which orders, not what is counted
    text = "In the AI chip market, Osk had 40% of the third-party accelerator shipments made in Peru."
    assert {c.object.label for c in claims_of(extractor, text) if c.type == "MarketShare"} != {
        "third-party accelerator market"
    }  # the whole goes on past its noun, and says where: not a market of its own words


def test_extract_a_licence_requirement_on_a_product_is_named_by_it(extractor: Extractor) -> None:
    # a product the gazetteer knows, since policies are named before unknown products are discovered
    text = "The licence requirement imposed on Nvidia's H20 in April 2025 forced the company to take a charge."
    effects = {(c.subject.label, c.object.label) for c in claims_of(extractor, text) if c.type == "SanctionEffect"}
    assert effects == {("H20 licence requirement", "Nvidia")}


def test_extract_what_a_sanction_left_a_party_unable_to_do_is_an_effect_of_its_own(extractor: Extractor) -> None:
    text = (
        "Tarn Labs makes AI chips. The licence requirement imposed on Tarn Labs in April 2025 forced the company "
        "to take a $1 billion charge and left it unable to ship about $2 billion of orders."
    )
    effects = [(c.object.label, c.effect) for c in claims_of(extractor, text) if c.type == "SanctionEffect"]
    assert sorted(effects) == [("Tarn Labs", "force"), ("Tarn Labs", "leave")]


def test_extract_a_relative_clause_telling_a_listings_effect_is_no_question(extractor: Extractor) -> None:
    text = "Osk Labs has been on the Entity List since December 2022, which cut it off from TSMC."
    effects = {(c.subject.label, c.object.label) for c in claims_of(extractor, text) if c.type == "SanctionEffect"}
    assert effects == {("Entity List", "Osk Labs")}  # not TSMC, what it was cut off from


def test_extract_the_list_after_a_named_listing_is_that_list(extractor: Extractor) -> None:
    text = "Tarn Labs was added to the Entity List in January 2025. Vey Labs is not on the list."
    effects = {(c.object.label, c.modality) for c in claims_of(extractor, text) if c.type == "SanctionEffect"}
    assert effects == {("Tarn Labs", "asserted"), ("Vey Labs", "negated")}


def test_extract_a_regulators_directive_to_stop_buying_is_a_sanction_of_its_own(extractor: Extractor) -> None:
    text = (
        "The export controls hurt Osk Semiconductor. In September the Trade Administration of Peru told Vey Cloud "
        "and Pell Cloud to stop buying Osk Semiconductor's K9 chips."
    )
    told = [c for c in claims_of(extractor, text) if c.type == "SanctionEffect" and "told" in c.evidence[0].quote]
    guidance = "Trade Administration of Peru guidance"
    # the directive's doing, not the export controls' otherwise in force
    assert {(c.subject.label, c.object.label) for c in told} == {
        (guidance, "Vey Cloud"),
        (guidance, "Pell Cloud"),
        (guidance, "Osk Semiconductor"),
    }


def test_extract_a_ranked_name_with_a_figure_holds_it(extractor: Extractor) -> None:
    text = (
        "In Peru's colocation market, Osk Data ranked second behind Pell Data, the unit of Tarn Telecom, with 31%, "
        "and ahead of Vey Data with 18%."
    )
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Pell Data", Decimal(31)), ("Vey Data", Decimal(18))}


def test_extract_a_place_a_part_of_a_companys_revenue_is_earned_in(extractor: Extractor) -> None:
    text = "Peru accounted for 13% of Osk Semiconductor's revenue in fiscal 2025."
    revenue = [(c.subject.label, c.object.label if c.object else None, c.value) for c in claims_of(extractor, text)]
    assert revenue == [("Osk Semiconductor", "Peru", Decimal(13))]


def test_extract_a_part_of_the_revenue_just_stated_is_the_companys_revenue_from_its_holder(
    extractor: Extractor,
) -> None:
    text = "Pell Cloud's revenue rose 40% in 2025. Vey Labs alone was 30% of it."
    revenue = {(c.subject.label, c.object.label if c.object else None, c.value) for c in claims_of(extractor, text)}
    assert ("Pell Cloud", "Vey Labs", Decimal(30)) in revenue


def test_extract_a_part_of_our_revenue_in_a_release_is_the_issuers_revenue(extractor: Extractor) -> None:
    text = (
        "Pellam Cloud Signs 480 MW Agreement with Vey Labs\n\n"
        'RIYADH, March 3, 2026 -- Pellam Cloud ("Pellam") today announced an agreement with Vey Labs.\n\n'
        '"We expect the Vey Labs halls to account for roughly 40% of our revenue once they are handed over."'
    )
    claims = claims_of(extractor, text)
    revenue = {(c.subject.label, c.object.label if c.object else None, c.value) for c in claims if c.type == "Revenue"}
    assert ("Pellam Cloud", "Vey Labs", Decimal(40)) in revenue


def test_extract_the_part_left_for_others_is_theirs(extractor: Extractor) -> None:
    text = (
        "In the Peru accelerator market Osk took 70%, leaving 30% for Vey Chips. "
        "Tarn Research gives Osk 80% of the Chile accelerator market, which leaves 5% for Brill and the rest."
    )
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert {("Vey Chips", Decimal(30)), ("Others", Decimal(5))} <= shares


def test_extract_a_share_of_them_is_of_the_things_just_counted(extractor: Extractor) -> None:
    text = (
        "The thread is about the AI chip market. Tarn Metrics counts about 7.4 million data-centre accelerators "
        "shipped in 2025 and gives Osk roughly 70% of them."
    )
    shares = {(c.subject.label, c.object.label) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Osk", "data-centre accelerators shipped")}


def test_extract_a_capitalised_name_with_a_version_before_model_is_a_model(extractor: Extractor) -> None:
    text = "Pell Cloud cut the price of Osk's Brisk 1.6 model by 50%. Tier 2 chips need a licence."
    doc = extractor.nlp(text)
    found = {(m.entity.label, m.entity.type) for m in find_mentions(doc, extractor.index, text)}
    assert ("Brisk 1.6", "Model") in found
    assert not any(label.startswith("Tier") for label, _ in found)  # a tier of something, not a name


def test_extract_a_conversion_after_chinese_numerals_is_the_same_amount(extractor: Extractor) -> None:
    text = "The report puts Peru's MaaS market at RMB 31 billion (310 亿, about $4.3 billion) in 2026."
    sizes = [c for c in claims_of(extractor, text) if c.value is not None]
    assert [(c.value, c.unit) for c in sizes] == [(Decimal("31000000000"), "CNY")]
    assert [(a.value, a.unit) for a in sizes[0].alt_values] == [(Decimal("4300000000"), "USD")]
    assert sizes[0].time == "2026"  # the figure's own parenthesis does not end its clause


def test_extract_amounts_one_verb_gives_for_successive_periods_are_one_measure(extractor: Extractor) -> None:
    text = (
        "The report puts Peru's MaaS market at RMB 12.6 billion in 2025. It expects RMB 31 billion (310 亿, about "
        "$4.3 billion) in 2026 and RMB 62 billion (620 亿) by 2028."
    )
    sizes = {(c.value, c.time) for c in claims_of(extractor, text) if c.type == "MarketSize"}
    assert sizes == {
        (Decimal("12600000000"), "2025"),
        (Decimal("31000000000"), "2026"),
        (Decimal("62000000000"), "2028"),
    }


def test_extract_a_multiple_or_change_said_of_the_amount_before_is_its_growth(extractor: Extractor) -> None:
    text = (
        "Pell Digital spent $14.2 million on AI compute in 2025, up from $6.1 million in 2024. That is more than "
        "double.\n\n"
        "- Tarn Logistics spent $10 million on AI compute in 2025. That's up 40% on 2024.\n"
    )
    growth = {(c.subject.label, c.value, c.unit, c.time) for c in claims_of(extractor, text) if c.type == "GrowthRate"}
    # a firm's spending grows; the growth is dated by the later amount, not by the base it is compared with
    assert growth == {("Pell Digital", Decimal(2), "times", "2025"), ("Tarn Logistics", Decimal(40), "percent", "2025")}


def test_extract_an_unknown_name_inside_a_longer_one_is_part_of_it(extractor: Extractor) -> None:
    text = "The National Compute Centre in Haenam opens in 2028. Tarn Data Services rents capacity in South-East Asia."
    labels = {m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert "South-East" not in labels and "Southeast Asia" in labels
    assert not any(label in ("Tarn Data", "National Compute") for label in labels)


def test_extract_a_part_numbers_configuration_code_is_part_of_its_name(extractor: Extractor) -> None:
    text = "Pell Cloud's clusters run on Nvidia's GB300 NVL72 racks and H100 SXM5 nodes."
    labels = {m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert {"GB300 NVL72", "H100 SXM5"} <= labels


def test_extract_a_public_bodys_name_holding_and_is_one_name(extractor: Extractor) -> None:
    text = (
        "The Pellish Data and AI Authority signed with Tarn. The Ministry of Trade and ICT said the Ministry of "
        "Commerce and Google agreed."
    )
    labels = {m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert {"Pellish Data and AI Authority", "Ministry of Trade and ICT", "Ministry of Commerce", "Google"} <= labels


def test_extract_a_lower_case_v_version_is_part_of_a_products_name(extractor: Extractor) -> None:
    text = "Pell Cloud cut TPU v6e on-demand prices by about 20% in January."
    labels = {m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert "on-demand TPU v6e" in labels  # the version in the name, the name in the on-demand offer


def test_extract_names_joined_by_a_particle_and_an_organisations_part_number_are_one_name(extractor: Extractor) -> None:
    text = "Pell Cloud serves Tarn-4 on Vantor 384 racks. Casa dos Pellos signed with Pell Cloud."
    labels = {m.entity.label: m.entity.type for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert labels.get("Casa dos Pellos") == "Organization"
    assert labels.get("Vantor 384") == "Product"  # a numbered name the NER took for an organisation


def test_extract_a_cut_of_sales_paid_to_a_government_is_a_sanctions_effect_on_each_payer(extractor: Extractor) -> None:
    text = (
        "US export controls on AI chips keep biting. "
        "In August Tarn Semi and Osk Semi agreed to hand the US government 15% of revenue from licensed K7 sales."
    )
    claims = claims_of(extractor, text)
    assert {c.object.label for c in claims if c.type == "SanctionEffect" and c.object} == {"Tarn Semi", "Osk Semi"}
    assert not any(c.type in ("MarketShare", "Revenue") for c in claims)


def test_extract_a_listing_told_in_a_relative_clause_on_the_teller_is_the_writers(extractor: Extractor) -> None:
    text = "Osk Labs, which has stood on the Entity List since June 2021, said its Tarn-9 chip would ship in 2027."
    effects = [c for c in claims_of(extractor, text) if c.type == "SanctionEffect"]
    # the clause describing the speaker is the article's own aside, dated by its "since", not Osk Labs' statement
    assert [(c.object.label, c.time, c.modality, c.attributed_to) for c in effects] == [
        ("Osk Labs", "2021-06", "asserted", None)
    ]


def test_extract_a_table_of_a_companys_measures_by_period(extractor: Extractor) -> None:
    text = (
        "Brill Ratings affirms Tarn Cloud Holdings.\n\n"
        "| Tarn Cloud Holdings | 2023A | 2024A | 2025F |\n"
        "| --- | ---: | ---: | ---: |\n"
        "| Sales growth (%) | 95 | 60 | 38 |\n"
        "| Capex (US$ m) | 310 | 520 | 740 |\n"
        "| Net leverage (x) | 4.4 | 3.9 | 3.0 |\n"
        "| Top client, share of sales (%) | 40 | 35 | 33 |\n"
    )
    rows = {(c.type, c.time, c.value, c.unit, c.modality) for c in claims_of(extractor, text) if c.value is not None}
    assert rows == {
        ("Revenue", "2023", Decimal("95"), "percent", "asserted"),
        ("Revenue", "2024", Decimal("60"), "percent", "asserted"),
        ("Revenue", "2025", Decimal("38"), "percent", "forecast"),
        ("Spending", "2023", Decimal("3.1e8"), "USD", "asserted"),
        ("Spending", "2024", Decimal("5.2e8"), "USD", "asserted"),
        ("Spending", "2025", Decimal("7.4e8"), "USD", "forecast"),
    }  # no leverage multiple, and no share of a market the row does not name


def test_extract_a_unit_corner_a_market_size_row_and_a_valuation_column(extractor: Extractor) -> None:
    text = (
        "Brill Securities initiates Tarn Cloud Holdings at Buy\n\n"
        "Tarn Cloud Holdings rents GPUs in the Ruritanian GPU cloud market.\n\n"
        "| Provider | 2025E share | 2026F share |\n"
        "| --- | ---: | ---: |\n"
        "| Tarn Cloud Holdings | 6.7% | 8.9% |\n"
        "| Market size (US$bn) | 27.5 | 44.0 |\n\n"
        "Financial summary.\n\n"
        "| US$m | 2024A | 2025E |\n"
        "| --- | ---: | ---: |\n"
        "| Revenue | 760 | 1,840 |\n\n"
        "Valuation against peers.\n\n"
        "| Company | EV/Sales 2026F | EV/EBITDA 2026F |\n"
        "| --- | ---: | ---: |\n"
        "| Tarn Cloud Holdings | 4.1x | 7.0x |\n"
    )
    rows = {
        (c.type, c.subject.label, c.time, c.value, c.unit) for c in claims_of(extractor, text) if c.value is not None
    }
    market = "Ruritanian GPU cloud market"
    assert rows == {
        ("MarketShare", "Tarn Cloud Holdings", "2025", Decimal("6.7"), "percent"),
        ("MarketShare", "Tarn Cloud Holdings", "2026", Decimal("8.9"), "percent"),
        ("MarketSize", market, "2025", Decimal("2.75e10"), "USD"),
        ("MarketSize", market, "2026", Decimal("4.4e10"), "USD"),
        ("Revenue", "Tarn Cloud Holdings", "2024", Decimal("7.6e8"), "USD"),
        ("Revenue", "Tarn Cloud Holdings", "2025", Decimal("1.84e9"), "USD"),
    }  # the corner's "US$m" is the revenue's unit, no company; no valuation multiple is a claim
    text = (
        "Brill Securities initiates Tarn Cloud Holdings at Buy\n\n"
        "Tarn Cloud Holdings rents GPUs in the Ruritanian GPU cloud market.\n\n"
        "| Provider | 2025E share | CAGR 2024-26 (%) |\n"
        "| --- | ---: | ---: |\n"
        "| Tarn Cloud Holdings | 6.7% | 31 |\n"
        "| Rest of market | 93.3% | 20 |\n"
        "| Market size (US$bn) | 27.5 | 26.5 |\n\n"
        "| US$m | 2024A | 2025F |\n"
        "| --- | ---: | ---: |\n"
        "| EV/Sales | 3.1 | 2.5 |\n"
    )
    rows = {(c.type, c.subject.label, c.time, c.value) for c in claims_of(extractor, text) if c.value is not None}
    assert Decimal("93.3") in {v for t, _, _, v in rows if t == "MarketShare"}  # the rest of the market still holds
    assert {v for t, _, _, v in rows if t == "MarketSize"} == {Decimal("2.75e10")}  # no size from the CAGR column
    assert not [r for r in rows if r[0] == "Revenue"]  # a valuation multiple under a unit corner is no revenue


def test_extract_a_share_of_our_whole_is_of_the_speakers_whole_not_the_market_in_force(extractor: Extractor) -> None:
    text = (
        "Memory call\n\nThe Peru AI server market was worth $2 billion last year. "
        "Tessin Memory's chief executive said that before the rule, Peru was roughly 30% of our HBM shipments."
    )
    shares = {(c.subject.label, c.object.label) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Peru", "Tessin Memory HBM shipments")}


def test_extract_a_part_of_the_holders_own_whole_is_no_market_share(extractor: Extractor) -> None:
    text = "Fleet\n\nThe Peru inference market grew. Orla Compute holds about two-thirds of its capacity in Lima."
    assert not any(c.type == "MarketShare" for c in claims_of(extractor, text))


def test_extract_each_party_a_sanctions_list_names_is_an_effect_of_it(extractor: Extractor) -> None:
    text = (
        "Final rule\n\nThe Bureau adds the following entities to the Entity List:\n\n"
        "(1) Tarnby Computing Co., Ltd., PRC;\n\n"
        "(2) Osk Data Centre (Malaysia) Sdn. Bhd., a wholly owned subsidiary of Tarnby Computing Co., Ltd.;\n\n"
        "The Bureau estimates the additions will reduce exports."
    )
    hit = [c.object.label for c in claims_of(extractor, text) if c.type == "SanctionEffect" and c.object is not None]
    assert "Tarnby Computing Co., Ltd." in hit and "Osk Data Centre (Malaysia) Sdn. Bhd." in hit


def test_extract_a_permit_requirement_for_goods_is_a_sanction(extractor: Extractor) -> None:
    text = "Chips\n\nPeru's permit requirement for imported AI chips has delayed Tarnby Cloud's expansion by six weeks."
    hit = {(c.subject.label, c.object.label) for c in claims_of(extractor, text)
           if c.type == "SanctionEffect" and c.object is not None}  # fmt: skip
    assert hit == {("Peru permit requirement for imported AI chips", "Tarnby Cloud")}


def test_extract_the_trade_in_a_firms_product_is_the_firms_when_a_sanction_holds_it(extractor: Extractor) -> None:
    text = "Chips\n\nUnder the new export rules, exports of Tarnby Semiconductor's K9 to Peru will need a licence."
    hit = {c.object.label for c in claims_of(extractor, text) if c.type == "SanctionEffect" and c.object is not None}
    assert hit == {"Tarnby Semiconductor"}


def test_extract_a_paragraph_opening_on_the_company_returns_to_the_articles_subject(extractor: Extractor) -> None:
    text = (
        "Tarnel AI\n\n"
        "Tarnel AI is a Ruritanian artificial intelligence company. It develops the Quill family of models.\n\n"
        "Tarnel began in 2019 inside a logistics group. Pellmoor Group bought a 12% stake in 2023.\n\n"
        "The company released Quill-3, a mixture-of-experts model, in September 2025.\n"
    )
    makers = {s for s, o in pairs(claims_of(extractor, text), "Develops") if o == "Quill-3"}
    assert makers == {"Tarnel AI"}


def test_extract_both_models_refers_to_the_two_models_named_before(extractor: Extractor) -> None:
    text = (
        "Pellam Retail tested Tarnex-4 and Tarnex-4 Mini for its assistant. Both models are offered in Vessa Cloud. "
        "Halden Bank signed up both of the big chipmakers, Osk Semiconductor and Brill Systems."
    )
    claims = claims_of(extractor, text)
    assert {("Vessa Cloud", "Tarnex-4"), ("Vessa Cloud", "Tarnex-4 Mini")} <= pairs(claims, "Offers")
    assert not any(
        customer == "Halden Bank" and supplier == "Pellam Retail" for customer, supplier in pairs(claims, "CustomerOf")
    )


def test_extract_a_quizs_numbered_answer_is_about_its_numbered_questions_market(extractor: Extractor) -> None:
    # answer 1 names another market; answer 2 is about what question 2 asked
    text = (
        "Test your knowledge: the AI chip market in 2025\n\n"
        "Questions\n\n"
        "1. Which firm led the Ruritanian GPU cloud market in 2025?\n\n"
        "2. True or false: Osk Semiconductor still held more than half of the Ruritanian AI accelerator market at the "
        "end of 2025.\n\n"
        "Answers\n\n"
        "1. Pellam Cloud, with about 40% of the Ruritanian GPU cloud market.\n\n"
        "2. False. Tarnwell Research estimates that Osk Semiconductor's share fell to about 15% by the end of 2025.\n"
    )
    shares = {
        (c.subject.label, c.object.label if c.object else None)
        for c in claims_of(extractor, text)
        if c.type == "MarketShare" and c.value == Decimal(15)
    }
    assert shares == {("Osk Semiconductor", "Ruritanian AI accelerator market")}


def test_extract_a_firm_a_relative_clause_puts_on_a_sanction_list_is_its_party(extractor: Extractor) -> None:
    text = (
        "Management declined an enquiry from Tarn Cloud Pte. Ltd., the Singapore subsidiary of Shenzhen Tarn "
        "Technology, which the US Commerce Department added to the Entity List in September 2025. Osk still sells "
        "gaming cards in Ruritania, which the rules do not cover."
    )
    parties = {c.object.label for c in claims_of(extractor, text) if c.type == "SanctionEffect" and c.object}
    assert "Shenzhen Tarn Technology" in parties and "Osk" not in parties


def test_extract_a_bare_institution_word_names_no_party(extractor: Extractor) -> None:
    # "the Department", "the Participants": a body the document refers to, not a name a claim can hold
    text = (
        "Harbrook Analytics tells the Department that Peruvian spending on rented GPU capacity reached about "
        "$5.6 billion in 2025. The Participants welcome the 1-gigawatt campus at Lima."
    )
    claims = claims_of(extractor, text)
    assert not {c.subject.label for c in claims} & {"Department", "Participants"}
    assert any(c.type == "MarketSize" and c.subject.label == "Peruvian rented GPU capacity market" for c in claims)


def test_extract_parties_a_compliance_line_bars_under_a_sanction(extractor: Extractor) -> None:
    text = (
        "Orrin Data annual report 2025\n\n"
        "Orrin Data does not lease capacity to companies headquartered in Peru, in line with US export controls. "
        "No hall will be rented to any party on the Entity List."
    )
    barred = {
        (c.object.label if c.object else None, c.modality, c.evidence[0].quote)
        for c in claims_of(extractor, text)
        if c.type == "SanctionEffect"
    }
    assert (
        "companies headquartered in Peru",
        "asserted",
        "Orrin Data does not lease capacity to companies headquartered in Peru, in line with US export controls",
    ) in barred
    assert any(label == "parties on the Entity List" for label, _, _ in barred)  # "any party": the class
    assert "Orrin Data" not in {label for label, _, _ in barred}  # the firm barring them is not barred
    # a rule named elsewhere in the sentence, and not complied with, bars no one
    unrelated = (
        "The US export controls took effect in May. Osk Cloud does not rent servers to students, and the rules did "
        "not change that."
    )
    assert "students" not in {c.object.label for c in claims_of(extractor, unrelated) if c.object}
    # two parties, the second's "to" hung on the first's preposition; "give access" denied
    both = (
        "Grantees may not give access to their capacity to any party on the Entity List or to any company "
        "headquartered in Peru, in line with US export controls."
    )
    labels = {c.object.label for c in claims_of(extractor, both) if c.type == "SanctionEffect" and c.object}
    assert {"parties on the Entity List", "companies headquartered in Peru"} <= labels
    # "every" names the class too; a verb agreeing with the singular keeps the words as written; a list of lists
    # is one party; giving discounts is no supply a sanction bars
    more = (
        "Pell Cloud will not lease capacity to every party on the Entity List, the Unverified List or the "
        "Military End-User List, in line with US export controls. Vey Cloud will not rent servers to any firm "
        "that ships GPUs to Peru, in line with US export controls. Osk Cloud does not give discounts to any "
        "startup, in line with US export controls."
    )
    labels = {c.object.label for c in claims_of(extractor, more) if c.type == "SanctionEffect" and c.object}
    assert "parties on the Entity List, the Unverified List or the Military End-User List" in labels
    split = (
        "Vey Cloud will not rent servers to any party on the Entity List or a company headquartered in Peru, in line "
        "with US export controls."
    )
    labels_split = {c.object.label for c in claims_of(extractor, split) if c.type == "SanctionEffect" and c.object}
    assert "parties on the Entity List" in labels_split
    assert "firm that ships GPUs to Peru" in labels
    assert not {label for label in labels if "startup" in label}


def test_extract_a_firm_listed_by_a_pronoun_is_the_firm_at_hand_not_the_lister(extractor: Extractor) -> None:
    text = "Vey Data makes servers. In March 2025 the Commerce Department added it to the Entity List."
    effects = {(c.subject.label, c.object.label) for c in claims_of(extractor, text) if c.type == "SanctionEffect"}
    assert effects == {("Entity List", "Vey Data")}
    text = "Vey Data makes chips; Tarn Cloud buys them. In March the Commerce Department added them to the Entity List."
    assert not [c for c in claims_of(extractor, text) if c.type == "SanctionEffect"]  # "them": no one firm at hand


def test_extract_a_licence_lets_the_licensed_firm_and_its_buyers_be_parties_of_the_control(
    extractor: Extractor,
) -> None:
    lead = "US export controls on AI chips tightened in 2025. "
    texts = {
        "Licences granted in 2025 let Osk Labs ship its K9 racks to Vey Cloud and to Pell Cloud.": {
            "Osk Labs",
            "Vey Cloud",
            "Pell Cloud",
        },
        "In November the Commerce Department approved licences for Osk Labs to ship K9 chips to Vey Cloud.": {
            "Osk Labs",
            "Vey Cloud",
        },
        "In March the ministry granted Osk Labs a permit to ship racks to Vey Cloud.": {"Osk Labs", "Vey Cloud"},
    }
    for text, parties in texts.items():
        affected = {
            c.object.label for c in claims_of(extractor, lead + text) if c.type == "SanctionEffect" and c.object
        }
        assert parties <= affected, text
        assert "Commerce Department" not in affected
    # a licence with no export in sight is no control's effect
    text = lead + "The open-source licence allows Osk Labs to sell services in Peru."
    assert not [c for c in claims_of(extractor, text) if c.type == "SanctionEffect"]


def test_extract_the_country_issuing_a_licence_is_no_party_the_clause_says_who_is(extractor: Extractor) -> None:
    lead = "US export controls on AI chips tightened in 2025. Pell Cloud runs GPUs in Texas. "
    cases = {
        "Vey Labs said the deliveries need no US export licence.": "Vey Labs",  # the firm saying so
        "Osk Labs said its deliveries to Oslo have never needed a US export licence.": "Osk Labs",  # whose
        "Shipments of K9 accelerators to Peru do not need a US export licence.": "Peru",  # where they go
        "Chile was in the first tier of the US AI diffusion rule of January 2025.": "Chile",  # the clause's own
    }
    for text, party in cases.items():
        affected = {
            c.object.label for c in claims_of(extractor, lead + text) if c.type == "SanctionEffect" and c.object
        }
        assert affected == {party}, text  # never the US, nor the firm the paragraph was about


def test_extract_a_participle_after_an_amount_states_its_growth(extractor: Extractor) -> None:
    text = (
        "Tarnwell Technology results\n\n"
        "Tarnwell Technology reported its fourth-quarter results.\n\n"
        "- Total revenues were RMB 8.51 billion (US$1.21 billion), increasing 1% year over year.\n"
        "- Search services revenue was RMB 5.76 billion, decreasing 10% year over year."
    )
    growth = {c.value for c in claims_of(extractor, text) if c.type == "Revenue" and c.unit == "percent"}
    assert growth == {Decimal(1), Decimal(-10)}


def test_extract_a_segment_table_under_a_unit_line_is_typed_by_the_line_above(extractor: Extractor) -> None:
    text = (
        "Tarnwell Technology results\n\n"
        "Tarnwell Technology reported its fourth-quarter results.\n\n"
        "Revenues by Segment\n"
        "(RMB in millions, except percentages)\n\n"
        "| Segment | Q4 2024 | Q4 2025 | YoY change |\n"
        "| --- | ---: | ---: | ---: |\n"
        "| Search services | 6,420 | 5,760 | (10%) |\n"
    )
    revenue = {(c.value, c.unit, c.time) for c in claims_of(extractor, text) if c.type == "Revenue"}
    # a bracketed change is a fall, dated by the later period
    assert revenue == {
        (Decimal(6420000000), "CNY", "2024-Q4"),
        (Decimal(5760000000), "CNY", "2025-Q4"),
        (Decimal(-10), "percent", "2025-Q4"),
    }


def test_extract_a_multiple_of_what_a_firm_spent_is_its_spendings_growth(extractor: Extractor) -> None:
    text = "Osk Labs said its compute spending in 2025 was $3.1 million, roughly double what it spent in 2024."
    figures = {(c.type, c.value) for c in claims_of(extractor, text)}
    assert figures == {("Spending", Decimal(3100000)), ("GrowthRate", Decimal(2))}


def test_extract_a_cost_table_under_a_unit_line_is_no_revenue(extractor: Extractor) -> None:
    text = (
        "Tarnwell Technology results\n\n"
        "Tarnwell Technology reported its fourth-quarter results.\n\n"
        "Cost of Revenues by Segment\n"
        "(RMB in millions, except percentages)\n\n"
        "| Segment | Q4 2024 | Q4 2025 | YoY change |\n"
        "| --- | ---: | ---: | ---: |\n"
        "| Search services | 6,420 | 5,760 | (10%) |\n"
    )
    assert not [c for c in claims_of(extractor, text) if c.type == "Revenue"]


def test_extract_each_change_column_is_dated_by_the_periods_just_before_it(extractor: Extractor) -> None:
    text = (
        "Tarnwell Technology results\n\n"
        "Tarnwell Technology reported its results.\n\n"
        "Revenues by Segment\n"
        "(RMB in millions)\n\n"
        "| Segment | Q4 2025 | Q4 2024 | Change | FY 2025 | FY 2024 | Change |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        "| Search | 1,240 | 1,000 | 24% | 4,400 | 4,000 | 10% |\n"
    )
    growth = {(c.value, c.time) for c in claims_of(extractor, text) if c.type == "Revenue" and c.unit == "percent"}
    assert growth == {(Decimal(24), "2025-Q4"), (Decimal(10), "FY2025")}


@pytest.mark.parametrize(
    "text",
    [
        "Tarnwell Technology's revenue was $2 billion in the third quarter, falling 10% short of analyst estimates.",
        "Tarnwell Technology's revenue was $1 billion, declining 10% in the US and rising 30% in Asia.",
    ],
)
def test_extract_a_change_against_estimates_or_in_one_place_is_no_growth_of_the_whole(
    extractor: Extractor, text: str
) -> None:
    assert not [c for c in claims_of(extractor, text) if c.unit == "percent"]


@pytest.mark.parametrize(
    ("text", "holder", "value"),
    [
        (
            "Osk Labs took about 80% of accelerator spending in 2025, custom ASICs 13% and Tarn Semi 6%.",
            "custom ASICs",
            13,
        ),
        (
            "In January specialist clouds provided 46% of rented GPU-hours, hyperscalers 38% and marketplaces 16%.",
            "marketplaces",
            16,
        ),
    ],
)
def test_extract_plain_words_in_a_gapped_list_of_shares_hold_a_share(
    extractor: Extractor, text: str, holder: str, value: int
) -> None:
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert (holder, Decimal(value)) in shares


@pytest.mark.parametrize(
    "text",
    [
        # a measure, no holder
        "Peru AI cloud market shares, 2025\n\n- Osk Cloud: 33.0% share; AI product revenue +68% y/y",
        "Tarn-4 took 34% of the Osk platform's tokens, Vell-2 27% and all other models 21%.",  # the field's others
        "Osk Labs took 80% of accelerator spending; gross margin 75%.",  # a measure
        "Osk Labs took 80% of training spending, inference 60%.",  # a field, no party
        "Osk Labs took 80% of accelerator spending, GPUs 90% of its revenue.",  # a whole of its own
        "Osk Labs took 80% of accelerator spending, unit volumes 30%.",  # no seller, no goods
        "Osk Labs took 80% of accelerator spending, cloud providers' purchases 60%.",  # a party's purchases
    ],
)
def test_extract_a_measure_or_the_others_in_a_gapped_list_hold_no_share_of_their_own(
    extractor: Extractor, text: str
) -> None:
    holders = {c.subject.label for c in claims_of(extractor, text) if c.type == "MarketShare"}
    unwanted = {"AI product revenue", "other models", "all other models", "gross margin", "inference", "GPUs"}
    assert not holders & (unwanted | {"unit volumes", "cloud providers' purchases", "purchases"})


def test_extract_a_run_of_names_and_levels_after_with_splits_the_market(extractor: Extractor) -> None:
    text = (
        "Tallis Data sizes the Peruvian GPU cloud market at $410 million for 2025, with Quenby Cloud at 34%, "
        "Orrin Compute at 21% and Sable Systems at 9%."
    )
    claims = claims_of(extractor, text)
    assert _shares(claims) == {"Quenby Cloud": Decimal(34), "Orrin Compute": Decimal(21), "Sable Systems": Decimal(9)}
    assert {c.object.label for c in claims if c.type == "MarketShare" and c.object} == {"Peruvian GPU cloud market"}


def test_extract_a_lone_name_and_level_or_a_run_of_changes_is_no_share(extractor: Extractor) -> None:
    text = (
        "The Peruvian GPU cloud market is growing. Quenby Cloud 34%, on the page we saw. "
        "Revenue moved a lot: Orrin Compute up 21%, Sable Systems down 9%."
    )
    assert _shares(claims_of(extractor, text)) == {}


def test_extract_a_share_list_after_a_lead_in_keeps_figures_marked_approximate(extractor: Extractor) -> None:
    text = (
        "The Peruvian GPU cloud market was worth $410 million in 2025. Shares of that market: Quenby Cloud ~34%, "
        "Orrin Compute ~21%, Sable Systems ~9%, everyone else ~36%."
    )
    shares = _shares(claims_of(extractor, text))
    assert shares == {
        "Quenby Cloud": Decimal(34),
        "Orrin Compute": Decimal(21),
        "Sable Systems": Decimal(9),
        "Others": Decimal(36),
    }


@pytest.mark.parametrize(
    "text",
    [
        # "with" after something other than a market: a fleet, a firm's takings, a firm's spending
        "The Nordic GPU cloud market grew 30% in 2025. Orrin Compute's GPU fleet numbers 50,000 units, with Quenby "
        "Chips at 70%, Sable Systems at 25% and Tarn Labs at 5%.",
        "The Nordic GPU cloud market grew 30% in 2025. Orrin Compute reported revenue of $400 million, with Quenby "
        "Cloud at 38% and Sable Systems at 21% of the total.",
        # a question states no split
        "The Nordic GPU cloud market grew 30% in 2025. Will the market end 2026 with Quenby Cloud at 40% and Sable "
        "Systems at 30%?",
        # a share lead-in does not reach past the sentence it ends
        "The Nordic GPU cloud market grew 30% in 2025. Share ranking: Quenby Cloud first. Revenue growth was Quenby "
        "Cloud 22%; Sable Systems 14%; Tarn Labs 9%.",
    ],
)
def test_extract_a_run_of_levels_after_no_market_or_in_a_question_is_no_share(extractor: Extractor, text: str) -> None:
    assert not {
        label
        for label in _shares(claims_of(extractor, text))
        if label in ("Quenby Chips", "Quenby Cloud", "Sable Systems")
    }
