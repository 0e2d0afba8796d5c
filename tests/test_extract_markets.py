"""One market, one entity per article (``extract/markets.py``), and markets read from tables whose captions,
columns and rows are laid out in other ways; on articles written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimgraph.extract import Extractor
from claimgraph.extract.discover import find_mentions
from claimgraph.extract.markets import market_key
from claimgraph.records import Article, Claim, SourceMetadata
from extracted import claims_of, pairs

PLACES = {"china": "china", "chinese": "china", "southeast asia": "southeast-asia", "southeast asian": "southeast-asia"}


def _claims(extractor: Extractor, text: str) -> list[Claim]:
    metadata = SourceMetadata(date="2026-05-01")
    article = Article(id="t", file="t.txt", text=text, media_type="text/plain", metadata=metadata)
    return list(extractor.extract(article).claims)


def test_market_key_is_geography_and_scope() -> None:
    assert market_key("China's AI cloud market", PLACES) == market_key("the Chinese AI cloud services market", PLACES)
    assert market_key("Southeast Asia AI cloud services", PLACES) == (frozenset({"southeast-asia"}), ("ai", "cloud"))
    assert market_key("the global AI chips market", PLACES) == (frozenset({"global"}), ("ai", "chip"))
    assert market_key("China's AI cloud market", PLACES) != market_key("the global AI cloud market", PLACES)


def test_extract_a_caption_and_the_prose_name_one_market(extractor: Extractor) -> None:
    text = (
        "Tarn Research published its tracker for the Andean AI hosting market this week.\n\n"
        "Table 2. Andean AI hosting services, revenue share by provider, Q1 2026 (source: Tarn Research)\n\n"
        "| Provider | Q1 2026 | Q1 2025 |\n|---|---|---|\n"
        "| Quenta Cloud | 31.5% | 28.0% |\n| Pirwa Data | 12.0% | 15.5% |\n\n"
        "Tarn said the Andean AI hosting market grew 22% to $310 million in the quarter."
    )
    claims = _claims(extractor, text)
    markets = {c.object.label for c in claims if c.type == "MarketShare" and c.object is not None}
    markets |= {c.subject.label for c in claims if c.type in ("MarketSize", "GrowthRate")}
    assert markets == {"Andean AI hosting market"}
    shares = {(c.subject.label, c.time, c.value) for c in claims if c.type == "MarketShare"}
    assert ("Quenta Cloud", "2026-Q1", Decimal("31.5")) in shares
    assert ("Pirwa Data", "2025-Q1", Decimal("15.5")) in shares


def test_extract_a_shorter_name_of_the_one_fuller_market_is_that_market(extractor: Extractor) -> None:
    text = (
        "Baltic speech recognition market\n\n"
        "Osk Analytics sizes the Baltic speech recognition market at $120 million. "
        "In the speech recognition market, Veska Labs held 40% of revenue last year."
    )
    claims = _claims(extractor, text)
    assert {c.object.label for c in claims if c.type == "MarketShare" and c.object} == {
        "Baltic speech recognition market"
    }


def test_extract_markets_of_other_places_stay_apart(extractor: Extractor) -> None:
    text = "The global AI cloud market grew 30% in 2025, while China's AI cloud market grew 41%."
    subjects = {c.subject.label for c in _claims(extractor, text) if c.type == "GrowthRate"}
    assert len(subjects) == 2


def test_extract_a_table_of_periods_by_row_and_companies_by_column(extractor: Extractor) -> None:
    text = (
        "Osk Analytics tracks the Baltic speech recognition market.\n\n"
        "Share of transcription minutes (%), by quarter:\n\n"
        "| Quarter | Veska Labs | Tuul Systems |\n| --- | --- | --- |\n| Q3 2025 | 38 | 17 |\n| Q4 2025 | 41 | 15 |\n"
    )
    shares = {(c.subject.label, c.time, c.value) for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert shares == {
        ("Veska Labs", "2025-Q3", Decimal(38)),
        ("Tuul Systems", "2025-Q3", Decimal(17)),
        ("Veska Labs", "2025-Q4", Decimal(41)),
        ("Tuul Systems", "2025-Q4", Decimal(15)),
    }


def test_extract_a_caption_naming_whose_shares_names_no_market(extractor: Extractor) -> None:
    text = (
        "Osk Analytics puts the Baltic speech recognition market at $120 million. Its vendor shares:\n\n"
        "| Vendor | Share (%) |\n| --- | --- |\n| Veska Labs | 40 |\n| Tuul Systems | 18 |\n"
    )
    markets = {c.object.label for c in _claims(extractor, text) if c.type == "MarketShare" and c.object}
    assert markets == {"Baltic speech recognition market"}


def test_the_total_market_refers_to_the_market_under_discussion(extractor: Extractor) -> None:
    text = (
        "In the Nordic colocation market, Fjellnet took 31% of revenue in 2025.\n\n"
        "Halden Research puts the total market at EUR 900 million for the year.\n\n"
        "| Provider | Share |\n| --- | --- |\n| Fjellnet | 31% |\n| Orlen Data | 12% |\n"
    )
    claims = list(extractor.extract(Article(id="t", file="t.txt", text=text, media_type="text/plain")).claims)
    markets = {c.object.label for c in claims if c.type == "MarketShare" and c.object}
    assert markets == {"Nordic colocation market"}
    assert [c.subject.label for c in claims if c.type == "MarketSize"] == ["Nordic colocation market"]


def test_extract_products_sold_in_a_place_name_its_market_and_a_supplier_holds_a_share(extractor: Extractor) -> None:
    text = (
        "Tarkin Semiconductor supplies nearly half of the accelerators sold in Vietnam. "
        "About a third of the GPUs installed in Kenya come from Osric Devices. "
        "Roughly 40% of Osric's revenue came from Halden Bank."
    )
    shares = {(c.subject.label, c.object.label, c.value) for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert ("Tarkin Semiconductor", "Vietnam accelerator market", Decimal(50)) in shares
    # things installed in a place are a count of their own, named as written, not the place's market
    assert any(s == "Osric Devices" and o == "GPUs installed in Kenya" for s, o, _ in shares)
    assert not any(s == "Halden Bank" for s, _, _ in shares)  # a part of a company's revenue: no market share


def test_extract_a_size_given_to_it_is_the_market_under_discussion(extractor: Extractor) -> None:
    text = "Demand in Chile's robot-arm market picked up in the spring. We size it at roughly $1.2 billion this year."
    sizes = [(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "MarketSize"]
    assert sizes == [("Chile robot-arm market", Decimal(1_200_000_000))]


def test_extract_a_tables_caption_dates_it_not_the_row_of_the_table_above(extractor: Extractor) -> None:
    text = (
        "Share of Chile's GPU rental market, by quarter\n\n"
        "Quarter     Vantor    Skerry\n"
        "Q1 2026     24%       11%\n"
        "Q2 2026     26%       12%\n\n"
        "Market share in Peru's AI cloud market, 2025\n"
        "Provider\tShare\n"
        "Halloway Cloud\t14.5%\n"
        "Marrow Cloud\t9.5%\n"
    )
    peru = [(c.subject.label, c.time) for c in _claims(extractor, text) if c.object and "Peru" in c.object.label]
    assert peru == [("Halloway Cloud", "2025"), ("Marrow Cloud", "2025")]


def test_extract_a_market_named_with_in_and_a_place_is_that_places_market(extractor: Extractor) -> None:
    claims = _claims(extractor, "The enterprise chatbot market in Japan is expected to reach $500 million by 2027.")
    assert {(c.type, c.subject.label) for c in claims} == {("MarketSize", "Japan enterprise chatbot market")}
    claims = _claims(extractor, "Kestrel Cloud holds 12% of the AI cloud market in Saudi Arabia.")
    assert {c.object.label for c in claims if c.type == "MarketShare" and c.object} == {"Saudi Arabia AI cloud market"}


def test_extract_a_clause_about_the_market_is_not_the_earlier_clauses_company(extractor: Extractor) -> None:
    text = (
        "Peru AI cloud market\n\n"
        "Marlow Cloud's revenue roughly tripled last year, to just over two hundred million dollars, and the market "
        "as a whole grew by about sixty per cent to some one point two billion dollars.\n"
    )
    found = {(c.type, c.subject.label, c.value) for c in _claims(extractor, text)}
    assert found == {
        ("Revenue", "Marlow Cloud", Decimal("3")),
        ("Revenue", "Marlow Cloud", Decimal("2e8")),  # the amount its growth reached
        ("GrowthRate", "Peru AI cloud market", Decimal("60")),
        ("MarketSize", "Peru AI cloud market", Decimal("1.2e9")),
    }


def test_extract_the_leader_with_a_figure_holds_it(extractor: Extractor) -> None:
    text = "Peru AI cloud market\n\nTwo years ago Sable Cloud was the leader with close to forty per cent.\n"
    assert {(c.type, c.subject.label, c.value) for c in _claims(extractor, text)} == {
        ("MarketShare", "Sable Cloud", Decimal("40"))
    }


def test_extract_a_price_tables_where_sold_column_names_the_seller_not_the_sheets_publisher(
    extractor: Extractor,
) -> None:
    text = (
        "The Tally Sheet, Issue 12: what model APIs cost this week\n\n"
        "The Tally Sheet is a weekly price sheet for public buyers.\n\n"
        "| Model (developer) | Where sold | Input | Output | Change |\n| --- | --- | --- | --- | --- |\n"
        "| Claude Sonnet 4.5 (Anthropic) | Amazon Bedrock | 3.00 | 15.00 | unchanged |\n"
        "| Gemini 2.5 Flash (Google) | Vertex AI | 0.30 | 2.50 | -10% |\n"
    )
    offers = {(c.subject.label, c.object.label) for c in _claims(extractor, text) if c.type == "Offers" and c.object}
    assert {("Amazon Bedrock", "Claude Sonnet 4.5"), ("Vertex AI", "Gemini 2.5 Flash")} <= offers
    assert not [seller for seller, _ in offers if "Tally" in seller]


def test_extract_a_price_tables_row_is_its_sellers_price_change_in_percent(extractor: Extractor) -> None:
    text = (
        "API price changes:\n\n"
        "| Model | Provider | Old price | New price | Change |\n| --- | --- | --- | --- | --- |\n"
        "| Wrenlet Flash | Marlow AI | $0.50 | $0.30 | -40% |\n\n"
        "| Model | Developer | Old price | New price |\n| --- | --- | --- | --- |\n"
        "| Quill-4 | Tarn Labs | $2.00 | free |\n"
    )
    claims = _claims(extractor, text)
    changes = {
        (c.subject.label, c.object.label if c.object else None, c.value, c.unit)
        for c in claims
        if c.type == "PriceChange"
    }
    assert changes == {
        ("Marlow AI", "Wrenlet Flash", Decimal("-40"), "percent"),
        ("Tarn Labs", "Quill-4", Decimal("-100"), "percent"),
    }
    assert {("Marlow AI", "Wrenlet Flash"), ("Tarn Labs", "Quill-4")} <= {
        (c.subject.label, c.object.label) for c in claims if c.type == "Offers" and c.object
    }


def test_extract_a_price_list_captioned_as_prices_with_a_change_per_price_is_its_issuers(extractor: Extractor) -> None:
    text = (
        "Marlow AI publishes this page for developers. Marlow AI serves its own models and others. "
        "Marlow AI changes its prices today.\n\n"
        "List prices, in US dollars per million tokens:\n\n"
        "| Model | Input (was → now) | Output (was → now) | Change (input / output) |\n|---|---|---|---|\n"
        "| Wrenlet Flash | 0.50 → 0.30 | 2.00 → 1.50 | −40% / −25% |\n"
    )
    claims = _claims(extractor, text)
    assert {
        (c.subject.label, c.object.label if c.object else None, c.value) for c in claims if c.type == "PriceChange"
    } == {  # fmt: skip
        ("Marlow AI", "Wrenlet Flash", Decimal("-40")),
        ("Marlow AI", "Wrenlet Flash", Decimal("-25")),
    }  # no column names the seller: the company the article names most sells what it lists
    assert ("Marlow AI", "Wrenlet Flash") in {(c.subject.label, c.object.label) for c in claims
                                              if c.type == "Offers" and c.object}  # fmt: skip


def test_extract_a_ranking_in_a_named_market_and_shares_in_brackets_before_a_leader_verb(extractor: Extractor) -> None:
    text = (
        "Halden Research puts Kestrel Cloud second in the Peru public cloud market with 12%.\n\n"
        "Osric Cloud (34%) and Marlow Cloud (20%) dominate the Peru public cloud market.\n"
    )
    shares = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Kestrel Cloud", Decimal("12")), ("Osric Cloud", Decimal("34")), ("Marlow Cloud", Decimal("20"))}


def test_extract_the_sellers_of_a_segment_in_a_place_name_its_market(extractor: Extractor) -> None:
    text = "Cloud notes\n\nWith a 27% share, Arvik Cloud remains the largest GPU cloud provider in Poland.\n"
    shares = [(c.subject.label, c.object.label if c.object else None) for c in _claims(extractor, text)]
    assert shares == [("Arvik Cloud", "Poland GPU cloud market")]


def test_extract_a_share_list_under_a_heading_of_measured_shares_takes_its_segment_and_period(
    extractor: Extractor,
) -> None:
    text = (
        "Drone note\nTarrow Securities | 14 January 2026\n\n"
        "2025 unit shipment shares, Brazil harbour drones (Tarrow estimates)\n"
        "- Dunmore (Skua 3): ~38%, up from ~23% in 2024\n"
        "- Osgood Robotics (Petrel): ~13%\n"
    )
    shares = {
        (c.subject.label, c.object.label if c.object else None, c.value, c.time)
        for c in _claims(extractor, text)
        if c.type == "MarketShare"
    }
    market = "Brazil harbour drone market"
    assert shares == {
        ("Dunmore", market, Decimal("38"), "2025"),
        ("Dunmore", market, Decimal("23"), "2024"),
        ("Osgood Robotics", market, Decimal("13"), "2025"),
    }


def test_extract_a_segment_table_in_a_results_release_is_the_issuers_revenue(extractor: Extractor) -> None:
    text = (
        "Corvane Data Holdings Reports Fourth Quarter Results\n\n"
        "OSLO, March 18, 2026 -- Corvane Data Holdings today announced its results.\n\n"
        "Summary of fourth-quarter revenue (USD million)\n\n"
        "| Segment | Q4 2025 | Q4 2024 |\n| --- | --- | --- |\n| GPU rental | 2,710 | 1,290 |\n"
    )
    revenue = {(c.subject.label, c.value, c.unit, c.time) for c in _claims(extractor, text) if c.type == "Revenue"}
    assert revenue == {
        ("Corvane Data Holdings", Decimal("2710000000"), "USD", "2025-Q4"),
        ("Corvane Data Holdings", Decimal("1290000000"), "USD", "2024-Q4"),
    }


def test_extract_a_segment_table_whose_headers_give_period_measure_and_scale(extractor: Extractor) -> None:
    # each header says its period, what it measures and its scale; a geographic segment is where it was earned,
    # the change column is the change over the first period, and the total row has no segment
    text = (
        "Corvane Data Holdings annual report 2025\n\n"
        "Note 4 - Segment information\n\n"
        "| Segment | FY2025 revenue ($m) | FY2024 revenue ($m) | Change |\n| --- | ---: | ---: | ---: |\n"
        "| Japan | 167.3 | 101.9 | +64% |\n| Total | 668.0 | 331.8 | +101% |\n"
    )
    revenue = {
        (c.object.label if c.object else None, c.value, c.unit, c.time)
        for c in _claims(extractor, text)
        if c.type == "Revenue"
    }
    assert revenue == {
        ("Japan", Decimal("167300000"), "USD", "FY2025"),
        ("Japan", Decimal("101900000"), "USD", "FY2024"),
        ("Japan", Decimal("64"), "percent", "FY2025"),
        (None, Decimal("668000000"), "USD", "FY2025"),
        (None, Decimal("331800000"), "USD", "FY2024"),
        (None, Decimal("101"), "percent", "FY2025"),
    }


def test_extract_a_segment_tables_scale_may_be_spelled_out_in_its_caption(extractor: Extractor) -> None:
    text = (
        "Corvane Data Holdings results, fourth quarter 2025\n\n"
        "Sales by business line (in millions of dollars)\n\n"
        "| Segment | Q3 2025 | Q3 2024 |\n| --- | ---: | ---: |\n"
        "| GPU rental | 355.1 | 139.2 |\n"
    )
    revenue = {(c.subject.label, c.value, c.unit, c.time) for c in _claims(extractor, text) if c.type == "Revenue"}
    assert revenue == {
        ("Corvane Data Holdings", Decimal("355100000"), "USD", "2025-Q3"),
        ("Corvane Data Holdings", Decimal("139200000"), "USD", "2024-Q3"),
    }


def test_extract_a_share_said_later_in_the_sentence_is_of_the_held_parts_whole(extractor: Extractor) -> None:
    """ "Osk's chips made up 46% of the accelerators shipped in Peru, while Vey's share fell to 35%": Vey's share is
    of the same whole, not of the market the article is about."""
    text = (
        "The Andean chatbot market grew fast in 2025.\n\n"
        "Osk's Tarn accelerators accounted for about 46% of AI accelerators shipped in Peru in 2025, while Vey "
        "Systems' share fell to 35% from 66%."
    )
    shares = {(c.subject.label, c.object.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert ("Vey Systems", "AI accelerators shipped in Peru", Decimal(35)) in shares, shares


def test_extract_a_corner_giving_the_unit_in_the_plural_scales_the_measure_rows(extractor: Extractor) -> None:
    """ "| US$ millions | 2025A | 2026F |": the corner's currency and scale, written in the plural, are the rows'."""
    text = (
        "Tarn Data: Offering Memorandum\n\nTarn Data owns one campus in Ohio.\n\n"
        "| US$ millions | 2025A | 2026F |\n| --- | --- | --- |\n| Revenue | 96.5 | 140.0 |\n"
    )
    revenue = {(c.subject.label, c.value, c.unit, c.time) for c in claims_of(extractor, text) if c.type == "Revenue"}
    assert revenue == {("Tarn Data", Decimal("9.65e7"), "USD", "2025"), ("Tarn Data", Decimal("1.4e8"), "USD", "2026")}


def test_extract_a_results_tables_measure_rows_take_their_own_units(extractor: Extractor) -> None:
    # an empty corner, a "Full year" period column, a money row scaled by the line above the table, and a power
    # row in the unit its label gives (not in millions of dollars)
    text = (
        "Corvane Data Holdings results, fourth quarter 2025\n\n"
        "Summary figures (in millions of dollars)\n\n"
        "| | Q4 2025 | Full year 2025 |\n| --- | ---: | ---: |\n"
        "| Capital expenditures | 1,071.0 | 3,860.0 |\n"
        "| Live capacity (MW, at year end) | 420 | 420 |\n"
    )
    read = {(c.type, c.value, c.unit, c.time) for c in _claims(extractor, text) if c.type in ("Spending", "Capacity")}
    assert {
        ("Spending", Decimal("1071000000"), "USD", "2025-Q4"),
        ("Spending", Decimal("3860000000"), "USD", "2025"),
        ("Capacity", Decimal("0.42"), "GW", "2025-Q4"),
    } <= read
    assert not any(unit == "GW" and value > 100 for _, value, unit, _ in read)


def test_extract_a_column_headed_in_megawatts_gives_each_named_row_its_capacity(extractor: Extractor) -> None:
    # the header names no capacity ("Contracted demand") but its unit is power; a scenario's row names no party
    text = (
        "Large loads\n\nTable 2 lists the customers with signed agreements.\n\n"
        "| Customer | Site | Contracted demand (MW) | Signed |\n| --- | --- | ---: | --- |\n"
        "| Osk Cloud | Lima | 600 | Oct 2025 |\n| Pell Compute | Cusco | 300 | Sep 2025 |\n\n"
        "| Scenario | Data-centre peak (MW) |\n| --- | ---: |\n| Low | 2,700 |\n"
    )
    read = {(c.subject.label, c.value, c.unit) for c in _claims(extractor, text) if c.type == "Capacity"}
    assert read == {("Osk Cloud", Decimal("0.6"), "GW"), ("Pell Compute", Decimal("0.3"), "GW")}


def test_extract_a_customer_column_in_a_companys_own_document_names_its_customers(extractor: Extractor) -> None:
    text = (
        'Vessa Power Company 2026 Resource Plan\n\nVessa Power Company ("the Company") serves Peru. The Company '
        "lists its large customers below.\n\n"
        "| Customer | Site | Contracted demand (MW) |\n| --- | --- | ---: |\n"
        "| Osk Cloud | Lima | 600 |\n| Pell Compute | Cusco | 300 |\n"
    )
    customers = {(c.subject.label, c.object.label) for c in _claims(extractor, text) if c.type == "CustomerOf"}
    assert customers == {("Osk Cloud", "Vessa Power Company"), ("Pell Compute", "Vessa Power Company")}


def test_extract_a_share_column_of_bracketed_ranges_under_a_caption_naming_the_supply_and_place(
    extractor: Extractor,
) -> None:
    # a competition authority's table: the caption gives the unit and the market, the cells a range each
    text = (
        "Merger inquiry\n\nTable 1: Shares of supply of GPU cloud compute in the UK, 2025 (%)\n"
        "| Supplier | Share |\n|---|---|\n| Osk Cloud | [10-20] |\n| Vey Cloud | 7.5 |\n"
    )
    shares = {
        (c.subject.label, c.object.label, c.value, c.value_max)
        for c in _claims(extractor, text)
        if c.type == "MarketShare" and c.object
    }
    assert shares == {
        ("Osk Cloud", "UK GPU cloud market", Decimal(10), Decimal(20)),
        ("Vey Cloud", "UK GPU cloud market", Decimal("7.5"), None),
    }


def test_extract_a_caption_naming_a_city_places_its_market_there(extractor: Extractor) -> None:
    # a city the place table knows ("in the Lima region") qualifies the caption's market as a country does
    text = (
        "Market review\n\nTable 2: Shares of interconnection revenue in the Lima region\n\n"
        "| Provider | 2024 | 2025 |\n| --- | ---: | ---: |\n| Osk Cloud | 36% | 34% |\n| Vey Cloud | 12% | 15% |\n"
    )
    shares = {
        (c.subject.label, c.object.label, c.value)
        for c in _claims(extractor, text)
        if c.type == "MarketShare" and c.object
    }
    assert shares == {
        ("Osk Cloud", "Lima interconnection market", Decimal(36)),
        ("Osk Cloud", "Lima interconnection market", Decimal(34)),
        ("Vey Cloud", "Lima interconnection market", Decimal(12)),
        ("Vey Cloud", "Lima interconnection market", Decimal(15)),
    }


@pytest.mark.parametrize(
    ("caption", "market"),
    [
        ("Table 3: Shares of GPU cloud revenue in Mobile Gaming", "GPU cloud market"),  # a town's name, a word too
        ("Table 3: Shares of GPU cloud revenue in the Lima Region", "Lima GPU cloud market"),  # one place, one name
        ("Table 3: Shares of GPU cloud revenue in Lima in 2025", "Lima GPU cloud market"),  # a period after it
    ],
)
def test_extract_a_captions_city_ends_its_phrase_and_drops_the_divisions_word(
    extractor: Extractor, caption: str, market: str
) -> None:
    text = f"Market review\n\n{caption}\n\n| Provider | Share |\n| --- | ---: |\n| Osk Cloud | 36% |\n"
    shares = {c.object.label for c in _claims(extractor, text) if c.type == "MarketShare" and c.object}
    assert shares == {market}


def test_extract_a_part_of_its_hourly_price_compares_with_the_thing_whose_measure_was_compared(
    extractor: Extractor,
) -> None:
    # "its" is the thing written with a possessive before ("the H100's throughput"), not the model run on both
    text = (
        "In our tests the MI300X reached about 90% of the H100's throughput on Llama 3.1 8B at 65% of its hourly price."
    )
    compared = {
        (c.subject.label, c.object.label, c.value)
        for c in _claims(extractor, text)
        if c.type == "CostPerformance" and c.object
    }
    assert {("MI300X", "H100", Decimal(90)), ("MI300X", "H100", Decimal(65))} <= compared
    # two things priced alike compare nothing; what both ran on is not what one is compared with
    others = (
        "Vey Cloud rents the H100 and the H200 at 60% of their list price. "
        "Tarn-3 beat Vela-2 on the H100 at 40% of the list price."
    )
    compared = {
        (c.subject.label, c.object.label)
        for c in _claims(extractor, others)
        if c.type == "CostPerformance" and c.object
    }
    assert ("H100", "H200") not in compared and ("Tarn-3", "H100") not in compared


def test_extract_a_share_column_naming_its_whole_holds_shares_of_that_whole(extractor: Extractor) -> None:
    # "Share of adopters" is of the adopters, not of the market under discussion; "Share of revenue" measures it
    text = (
        "The Ruritanian AI cloud market grew 30% in 2025.\n\nTable 2. Providers used by adopting firms\n"
        "| Provider | Share of adopters |\n|---|---|\n| Osk Cloud | 47% |\n| Vey Cloud | 21% |\n\n"
        "Table 3. Vendors\n| Provider | Share of revenue |\n|---|---|\n| Osk Cloud | 30% |\n"
    )
    shares = {(c.subject.label, c.object.label, c.value) for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert {("Osk Cloud", "adopters", Decimal(47)), ("Vey Cloud", "adopters", Decimal(21))} <= shares
    assert ("Osk Cloud", "Ruritanian AI cloud market", Decimal(30)) in shares
    # a measure in other words, the market itself, or a total names no whole of its own
    for column in ("Share of spend", "Share of the market, 2025", "Share of 2025 total", "Share of users"):
        table = (
            f"The Ruritanian AI cloud market grew 30% in 2025.\n\n| Provider | {column} |\n|---|---|\n"
            "| Osk Cloud | 47% |\n"
        )
        wholes = {c.object.label for c in _claims(extractor, table) if c.type == "MarketShare" and c.object}
        assert wholes == {"Ruritanian AI cloud market"}, column


def test_extract_a_supplier_or_customer_column_beside_party_rows_names_their_trading_partners(
    extractor: Extractor,
) -> None:
    # rows of parts ("| Component | Supplier |") buy from no one
    text = (
        "Compute grants, round 3\n\n| Grantee | Project | Provider |\n| --- | --- | --- |\n"
        "| Osk Genomics Inc. | Protein models | Vey Cloud |\n| Pell Robotics | Route planning | Tarn Compute |\n\n"
        "| Operator | Main tenants |\n| --- | --- |\n| Brill Data Centres | Kestrel AI, Orla Labs |\n\n"
        "| Component | Supplier |\n| --- | --- |\n| DDR5 RDIMMs, 2 TB | Skarn Memory |\n\n"
        "| Company | Rival provider |\n| --- | --- |\n| Kestrel AI | Halden Cloud |\n\n"
        "| Exporter of record | Main consignee |\n| --- | --- |\n| Orvik Systems | Marlow Cloud |\n"
    )
    customers = {(c.subject.label, c.object.label) for c in _claims(extractor, text) if c.type == "CustomerOf"}
    assert {
        ("Osk Genomics Inc.", "Vey Cloud"),
        ("Pell Robotics", "Tarn Compute"),
        ("Kestrel AI", "Brill Data Centres"),
        ("Orla Labs", "Brill Data Centres"),
        ("Marlow Cloud", "Orvik Systems"),  # an exporter's consignee buys from it
    } <= customers
    assert not [c for c in customers if c[1] in ("Skarn Memory", "Halden Cloud")]  # parts, rivals: no trade


def test_extract_a_site_column_puts_each_company_row_in_its_places_country(extractor: Extractor) -> None:
    # "Lima" and "Cusco" lie in Peru; an itinerary's day in the first column is no company
    text = (
        "Capacity quotes\n\n| Provider | Offer | Site |\n| --- | --- | --- |\n"
        "| Osk Cloud | K9 cluster | Lima |\n| Pell Compute | K7 cluster | Cusco, Peru |\n\n"
        "| Day | Site | Host |\n| --- | --- | --- |\n| Tue 24 Feb | Lima | Vey Cloud |\n"
    )
    placed = {(c.subject.label, c.object.label) for c in _claims(extractor, text) if c.type == "OperatesIn"}
    assert {("Osk Cloud", "Peru"), ("Pell Compute", "Peru")} <= placed
    assert not any(subject.startswith("Tue") for subject, _ in placed)


def test_extract_each_figure_of_a_compared_run_is_its_fors_share(extractor: Extractor) -> None:
    text = (
        "Tarrow Research estimates that Osk Semi still held 41% of China's AI accelerator shipments in 2025, "
        "against 38% for Pell Chips, 9% for Vey Systems and 12% for all others."
    )
    shares = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert shares == {
        ("Osk Semi", Decimal("41")),
        ("Pell Chips", Decimal("38")),
        ("Vey Systems", Decimal("9")),
        ("Others", Decimal("12")),
    }


def test_extract_a_markets_size_is_no_part_of_its_name(extractor: Extractor) -> None:
    text = "Osk's chief executive has described China as a $50 billion market for AI accelerators."
    markets = {c.object.label for c in _claims(extractor, text) if c.object and c.object.type == "Market"}
    markets |= {c.subject.label for c in _claims(extractor, text) if c.subject.type == "Market"}
    assert not any("billion" in m or "$" in m for m in markets)


def test_extract_an_industry_with_a_scale_is_a_market_but_industries_are_not(extractor: Extractor) -> None:
    text = "The scale of the core AI industry exceeded 900 billion yuan in 2025, an increase of 24 per cent, MIIT said."
    sized = {(c.type, c.subject.label, c.value) for c in _claims(extractor, text) if c.subject.type == "Market"}
    assert sized == {
        ("MarketSize", "core AI industry", Decimal("900000000000")),
        ("GrowthRate", "core AI industry", Decimal("24")),
    }
    text = "Banks and other regulated industries buy it. At $7.3B, this market will exceed $15B within four years."
    assert not any("industries" in c.subject.label for c in _claims(extractor, text))


def test_extract_a_multiple_of_ones_own_capacity_is_growth_not_a_level(extractor: Extractor) -> None:
    for text in (
        "The Tarn cluster in Gansu doubled its capacity during 2025.",
        "Pell Cloud will roughly double our capacity.",
    ):
        claims = [c for c in _claims(extractor, text) if c.value == Decimal("2")]
        assert [(c.type, c.unit) for c in claims] == [("GrowthRate", "times")], text


def test_extract_the_market_is_no_place_named_before(extractor: Extractor) -> None:
    text = (
        "Pell Memory's planner spoke to us in Seoul.\n\n"
        "Pell Memory finished the year with a quarter of the market, and expects its revenue to be above 30% in 2026."
    )
    assert not any(c.object is not None and c.object.label == "Seoul" for c in _claims(extractor, text))


def test_extract_a_ranking_heading_names_no_market_and_keeps_the_one_in_force(extractor: Extractor) -> None:
    text = (
        "We estimate that China's public model API market reached RMB 2 billion in the first quarter of 2026.\n\n"
        "TOP PROVIDERS BY SALES SHARE, Q1 2026\n"
        "1. Pellam Cloud: 34.2%\n"
        "2. Harl Cloud: 21.5%\n"
    )
    markets = {c.object.label for c in _claims(extractor, text) if c.type == "MarketShare" and c.object}
    assert markets and not any(" by " in f" {m.lower()} " or "providers" in m.lower() for m in markets)


def test_extract_a_companys_stock_moving_is_no_market_share(extractor: Extractor) -> None:
    text = (
        "Shares of Quellen slid 7% in Paris trading on Friday. "
        "Market shares of Pellam Cloud and Harl Cloud in China's AI cloud market were 12% and 9% respectively."
    )
    shares = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Pellam Cloud", Decimal(12)), ("Harl Cloud", Decimal(9))}


def test_extract_a_list_item_without_a_period_is_the_same_fact_as_the_tables_dated_row(extractor: Extractor) -> None:
    text = (
        "China's public model API market grew in the first quarter of 2026.\n\n"
        "Top providers:\n"
        "1. Pellam Cloud: 34.2%\n\n"
        "| Provider | Revenue share Q1 2026 |\n"
        "| --- | --- |\n"
        "| Pellam Cloud | 34.2% |\n"
    )
    shares = [c for c in _claims(extractor, text) if c.type == "MarketShare" and c.subject.label == "Pellam Cloud"]
    assert len(shares) == 1 and len(shares[0].evidence) == 2


def test_extract_a_later_clauses_measure_is_not_an_earlier_figures(extractor: Extractor) -> None:
    text = (
        "China's AI cloud market grew quickly in the first half of 2025.\n\n"
        "| Provider | Revenue share H1 2025 |\n"
        "| --- | --- |\n"
        "| Harl Cloud | 6.5% |\n\n"
        "Harl Cloud gained ground in the first half of 2025. Its share rose to 6.5% from 5.2%, and it handled 9.1% "
        "of tokens."
    )
    shares = [c for c in _claims(extractor, text) if c.type == "MarketShare" and c.value == Decimal("6.5")]
    assert len(shares) == 1 and len(shares[0].evidence) == 2  # the table's row and the prose: one fact


def test_extract_a_superlative_ranks_a_market_and_names_none(extractor: Extractor) -> None:
    # "the fastest-growing national market" says how a place ranks; the shares below stay in the market named first
    text = (
        "We size the Andean AI cloud market at $2 billion. Peru is the fastest-growing national market.\n\n"
        "Shares (our estimates):\n- Tarnwell Cloud: 31%\n- Brisco Cloud: 22%\n"
    )
    markets = {c.object.label for c in _claims(extractor, text) if c.type == "MarketShare" and c.object}
    assert markets == {"Andean AI cloud market"}


def test_extract_a_stake_or_a_stock_move_is_no_market_share(extractor: Extractor) -> None:
    text = (
        "Tarnwell Cloud holds 14% of the Andean AI cloud market. Brisco Holdings owns 28%, not a controlling "
        "stake, of Tarnwell Cloud. We rate Tarnwell a buy; the shares have fallen 9% since May."
    )
    shares = [(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "MarketShare"]
    assert shares == [("Tarnwell Cloud", Decimal(14))]


def test_extract_a_part_owned_by_a_firm_is_a_stake_not_a_figure(extractor: Extractor) -> None:
    text = "(Disclosure: Tarnwell Cloud is 58% owned by Brisco Holdings, which has no say over our pricing.)"
    claims = _claims(extractor, text)
    assert not [c for c in claims if c.value is not None]
    assert ("Tarnwell Cloud", "Brisco Holdings") in {
        (c.subject.label, c.object.label) for c in claims if c.type == "SubsidiaryOf" and c.object
    }


def test_extract_a_fields_common_word_before_a_figure_names_no_holder(extractor: Extractor) -> None:
    text = (
        "Osk Pulse: dashboard export\n\n[TILE 1] Ruritanian AI accelerator revenue\nValue: $71.2B (e)\n"
        "Change: +48% YoY | +9% QoQ\nPeriod: Q4 2025\n\n"
        "Shares of the Ruritanian AI accelerator market:\nPell Compute — 12%\nVessa Chips — 8%\n"
    )
    holders = {c.subject.label for c in claims_of(extractor, text) if c.value is not None}
    assert not holders & {"Change", "Value", "Period"}
    assert {"Pell Compute", "Vessa Chips"} <= holders  # a list's unknown names still hold their shares


def test_extract_a_list_item_may_hedge_its_figure_in_words(extractor: Extractor) -> None:
    text = (
        "We size the Andean AI cloud market at $2 billion.\n\n"
        "Shares (our estimates, 2025 revenue):\n- Tarnwell Cloud: ~31%\n- Brisco Cloud: about a fifth\n"
    )
    shares = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Tarnwell Cloud", Decimal(31)), ("Brisco Cloud", Decimal(20))}


def test_extract_a_publications_market_report_label_names_no_market(extractor: Extractor) -> None:
    text = (
        "GPU rentals climb in the Andes\nGrid Ledger - Market Update\n\n"
        "Sales of GPU rental in Peru and Chile came to $2 billion in 2025, Harwell Research said. "
        "Harwell expects the market to reach $3 billion in 2026."
    )
    markets = {c.subject.label for c in _claims(extractor, text) if c.type == "MarketSize"}
    assert not any("Grid Ledger" in label for label in markets)


def test_extract_growth_no_one_owns_is_the_markets_under_discussion(extractor: Extractor) -> None:
    text = "We size the Andean AI cloud market at $2 billion in 2025.\n- This points to growth of about 27% a year.\n"
    growth = [(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "GrowthRate"]
    assert growth == [("Andean AI cloud market", Decimal(27))]


def test_extract_a_share_of_hours_beside_a_share_of_revenue_is_a_share_too(extractor: Extractor) -> None:
    text = "Tarnwell Cloud leads the Andean GPU cloud market. Brisco Cloud took 6.2% of revenue and 9.5% of hours."
    claims = _claims(extractor, text)
    assert {(c.type, c.value) for c in claims if c.subject.label == "Brisco Cloud"} == {
        ("MarketShare", Decimal("6.2")),
        ("MarketShare", Decimal("9.5")),
    }


def test_extract_a_caption_names_the_market_before_the_measures_it_shares(extractor: Extractor) -> None:
    text = (
        "Andean GPU cloud: share of revenue and of GPU-hours delivered (%)\n\n"
        "Brisco Cloud delivered 13.5% of all GPU-hours.\n"
    )
    markets = {c.object.label for c in _claims(extractor, text) if c.type == "MarketShare" and c.object}
    assert markets == {"Andean GPU cloud market"}


def test_extract_companies_coordinated_as_one_shares_subject_hold_it_together(extractor: Extractor) -> None:
    text = (
        "Tarnwell Cloud leads the Andean AI cloud market. Osk Cloud, Brisco Cloud and Halden Cloud hold 70% of the "
        "Andean AI cloud market. Corran Cloud and Fell Cloud hold 2% each."
    )
    shares = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert shares == {
        ("Osk Cloud, Brisco Cloud and Halden Cloud", Decimal(70)),
        ("Corran Cloud", Decimal(2)),
        ("Fell Cloud", Decimal(2)),
    }


@pytest.mark.parametrize("gap", [" ", "   "])  # a list's rows, or an aligned table with no header line
def test_extract_rows_laid_out_with_space_alone_under_a_long_caption(extractor: Extractor, gap: str) -> None:
    text = (
        "Two trackers disagree about the Andean GPU cloud market.\n\n"
        "Table 3: Andean GPU cloud market, share of GPU-hours sold, second half of 2025\n"
        f"Brisco Cloud{gap}27%\nTarnwell Cloud{gap}19.5%\nHalden Cloud{gap}8%\n"
    )
    shares = {(c.subject.label, c.value, c.time) for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert shares == {
        ("Brisco Cloud", Decimal(27), "2025-H2"),
        ("Tarnwell Cloud", Decimal("19.5"), "2025-H2"),
        ("Halden Cloud", Decimal(8), "2025-H2"),
    }


def test_extract_a_name_and_a_figure_in_a_sentence_are_no_row(extractor: Extractor) -> None:
    text = "Brisco Cloud 27% cheaper than last year, said the report.\nTarnwell Cloud is another story."
    assert not [c for c in _claims(extractor, text) if c.type == "MarketShare"]


def test_extract_a_hyphenated_market_and_a_markets_scale_name_the_market(extractor: Extractor) -> None:
    text = (
        "The robot-as-a-service market was worth about $3 billion in 2024, we reckon. "
        "Our model puts the Vietnam AI cloud market scale at $2.4 billion for 2025."
    )
    sizes = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "MarketSize"}
    assert ("robot-as-a-service market", Decimal(3000000000)) in sizes
    assert ("Vietnam AI cloud market", Decimal(2400000000)) in sizes


def test_extract_lists_of_names_and_of_shares_pair_in_order(extractor: Extractor) -> None:
    text = (
        "In the Andean AI cloud market, Tarnwell Cloud led with 41%, while Brisco Cloud and Osk Cloud had 22% and "
        "15% respectively; the three companies together hold over 75% of the market. "
        "By revenue, Halden Cloud holds about 30% and Corran Cloud and Fell Cloud follow with about 11% and 9%."
    )
    shares = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert shares == {
        ("Tarnwell Cloud", Decimal(41)),
        ("Brisco Cloud", Decimal(22)),
        ("Osk Cloud", Decimal(15)),
        ("Tarnwell Cloud, Brisco Cloud and Osk Cloud", Decimal(75)),
        ("Halden Cloud", Decimal(30)),
        ("Corran Cloud", Decimal(11)),
        ("Fell Cloud", Decimal(9)),
    }


def test_extract_whoever_puts_a_company_at_a_share_estimates_it_and_respectively_pairs_a_with_list(
    extractor: Extractor,
) -> None:
    text = (
        "The Andean AI cloud market keeps growing. In a survey, Brisco Ventures put Osk Cloud at 36%, with Tarn "
        "Cloud and Fell Cloud on 22% and 17% respectively."
    )
    claims = [c for c in _claims(extractor, text) if c.type == "MarketShare"]
    assert {(c.subject.label, c.value) for c in claims} == {
        ("Osk Cloud", Decimal(36)),
        ("Tarn Cloud", Decimal(22)),
        ("Fell Cloud", Decimal(17)),
    }
    assert {c.attributed_to.label for c in claims if c.attributed_to} == {"Brisco Ventures"}


def test_extract_a_share_of_all_tokens_on_a_platform_is_measured_there(extractor: Extractor) -> None:
    text = "On RouteHub, Korean open-weight models handled about 9% of all tokens in March."
    shares = [(c.subject.label, c.object.label if c.object else None) for c in _claims(extractor, text)]
    assert shares == [("Korean open-weight models", "RouteHub tokens")]


def test_extract_a_share_that_went_from_one_figure_to_another_and_the_neoclouds_as_a_group(
    extractor: Extractor,
) -> None:
    text = (
        "We count the Andean GPU rental market at about $2 billion for 2024. Within that, the neoclouds moved "
        "from something like 7% of spending in 2023 to about 18% last year."
    )
    shares = {
        (c.subject.label, c.value, c.time, c.modality) for c in _claims(extractor, text) if c.type == "MarketShare"
    }
    assert shares == {("neoclouds", Decimal(7), "2023", "estimated"), ("neoclouds", Decimal(18), "2025", "estimated")}


def test_extract_the_regional_market_is_the_articles_placed_market_and_a_base_takes_its_own_period(
    extractor: Extractor,
) -> None:
    text = (
        "Tessel Cloud said its share of the Andean AI cloud market rose to 14% in 2025 from 9% a year earlier. "
        "Brightline estimates the regional AI cloud market at $2.4 billion in 2025. Rival Fell Cloud still leads "
        "with about 31%."
    )
    claims = _claims(extractor, text)
    assert {c.subject.label for c in claims if c.type == "MarketSize"} == {"Andean AI cloud market"}
    shares = {(c.subject.label, c.value, c.time) for c in claims if c.type == "MarketShare"}
    assert {("Tessel Cloud", Decimal(14), "2025"), ("Tessel Cloud", Decimal(9), "2024")} <= shares
    assert any(label == "Fell Cloud" for label, _, _ in shares)


def test_extract_a_share_held_with_a_hedge_in_words_and_a_parent_in_apposition(extractor: Extractor) -> None:
    text = (
        "We think the Andean AI cloud market could reach $3 billion by 2027. Its closest rival, Fell Cloud, has "
        "perhaps 18% today. Halden Group, Fell Cloud's parent, has not ruled out a sale of the unit."
    )
    claims = _claims(extractor, text)
    shares = {(c.subject.label, c.value, c.modality) for c in claims if c.type == "MarketShare"}
    assert shares == {("Fell Cloud", Decimal(18), "estimated")}
    assert {(c.subject.label, c.object.label if c.object else None) for c in claims if c.type == "SubsidiaryOf"} == {
        ("Fell Cloud", "Halden Group")
    }


def test_extract_a_share_given_to_a_company_is_its_share_whoever_gives_it(extractor: Extractor) -> None:
    text = (
        "Osk Cloud reported revenue of $2 billion for the quarter. Tarn Research sized the Andean AI cloud market "
        "at $9 billion in the quarter, and it gives Pell Cloud a 36% share."
    )
    shares = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Pell Cloud", Decimal(36))}


def test_extract_a_firm_sizing_the_market_states_its_size(extractor: Extractor) -> None:
    text = (
        "The Andean AI cloud market grew 40% in 2025. Tarn Research sizes the segment at $9.8 billion for 2025. "
        "Fell Insights is more cautious, sizing it at about $8 billion."
    )
    sizes = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "MarketSize"}
    assert sizes == {("Andean AI cloud market", Decimal(9800000000)), ("Andean AI cloud market", Decimal(8000000000))}


def test_extract_the_firm_expecting_the_market_to_reach_a_figure_goes_on_with_its_size(extractor: Extractor) -> None:
    text = (
        "The Andean AI cloud market was worth $2 billion in 2025, Tarn Research said. The firm expects it to reach "
        "$5 billion in 2027."
    )
    sizes = {(c.subject.label, c.value, c.time) for c in _claims(extractor, text) if c.type == "MarketSize"}
    assert sizes == {
        ("Andean AI cloud market", Decimal(2000000000), "2025"),
        ("Andean AI cloud market", Decimal(5000000000), "2027"),
    }


def test_extract_a_share_held_by_an_elided_possessive_or_by_they_for_a_group(extractor: Extractor) -> None:
    text = (
        "In the Andean AI chip market, Tarn Research expects Osk Semiconductor's share to recover only to about 15% "
        "in 2026, as Fell Chips's rises to roughly half."
    )
    shares = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Osk Semiconductor", Decimal(15)), ("Fell Chips", Decimal(50))}
    text = (
        "Neoclouds such as Pell Cloud and Fell Data are growing fast. We estimate that they now hold about 11% of "
        "the GPU-as-a-service market."
    )
    shares = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert shares == {("neoclouds", Decimal(11))}


def test_extract_growth_of_requests_to_a_model_is_the_models(extractor: Extractor) -> None:
    text = "Requests to Tarn-3 on Pell Cloud more than doubled in the second half of 2025, Pell Cloud said."
    growth = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "GrowthRate"}
    assert growth == {("Tarn-3", Decimal(2))}


def test_extract_a_models_daily_token_usage_is_its_capacity(extractor: Extractor) -> None:
    text = (
        "Osk AI launched the Tarn model family in 2024. By September the daily average token usage of Tarn "
        "exceeded 30 trillion tokens. Tarn processed 12 trillion tokens a day in June."
    )
    capacity = {(c.subject.label, c.value, c.unit) for c in _claims(extractor, text) if c.type == "Capacity"}
    assert capacity == {("Tarn", Decimal(30000000000000), "tokens"), ("Tarn", Decimal(12000000000000), "tokens")}


def test_extract_a_market_named_only_by_a_comparative_is_the_market_under_discussion(extractor: Extractor) -> None:
    text = (
        "We size the Andean GPU cloud market at $2.1 billion in 2025. Tarn Research, projecting that its narrower "
        "market will exceed $1.5 billion, gives Pell Cloud 24%."
    )
    shares = {c.object.label for c in _claims(extractor, text) if c.type == "MarketShare" and c.object}
    assert shares == {"Andean GPU cloud market"}


def test_extract_a_whole_the_sentence_opens_on_is_what_its_shares_are_of(extractor: Extractor) -> None:
    """ "Of 2025 chip spend by the four hyperscalers, NVDA took ~70%": the fronted whole names the market, a
    ticker names its company, "~" hedges, and "TPU 11%" is a share of the TPU, not a model called "TPU 11"."""
    text = "Of 2025 chip spend by the four hyperscalers, NVDA took ~70%, AMD 6% (TPU 11%, Trainium 5%)."
    shares = {(c.subject.label, c.value, c.modality) for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert {
        ("Nvidia", Decimal(70), "estimated"),
        ("AMD", Decimal(6), "asserted"),
        ("TPU", Decimal(11), "asserted"),
    } <= shares
    markets = {c.object.label for c in _claims(extractor, text) if c.type == "MarketShare" and c.object}
    assert markets == {"chip spend by the four hyperscalers"}


def test_extract_a_share_of_a_payers_bill_is_of_that_bill_and_makes_its_holder_the_payers_supplier(
    extractor: Extractor,
) -> None:
    text = (
        "Pell Digital spent $14.2 million on AI compute in 2025.\n\n"
        "Tarn Cloud took about 58% of the 2025 bill. Vey Cloud took 27%. The remaining 15% went to Osk Cloud.\n\n"
        "Brill Research sizes the Baltic GPU cloud market at $7 billion. On Brill's numbers Tarn Cloud held 31% of "
        "that market.\n"
    )
    claims = _claims(extractor, text)
    shares = {(c.subject.label, c.object.label if c.object else None) for c in claims if c.type == "MarketShare"}
    bill = {(name, "Pell Digital's 2025 bill") for name in ("Tarn Cloud", "Vey Cloud", "Osk Cloud")}
    assert shares == {*bill, ("Tarn Cloud", "Baltic GPU cloud market")}  # a bill holds in its own paragraph only
    suppliers = {
        (c.subject.label, c.object.label if c.object else None, c.modality) for c in claims if c.type == "CustomerOf"
    }
    assert suppliers == {("Pell Digital", name, "asserted") for name in ("Tarn Cloud", "Vey Cloud", "Osk Cloud")}


def test_extract_a_sum_too_small_to_be_a_total_is_a_unit_price(extractor: Extractor) -> None:
    text = "Tarn Cloud took committed capacity from $2.95 to $2.35 in January, and Vey Cloud spent $40 million on GPUs."
    claims = _claims(extractor, text)
    assert {(c.type, c.value) for c in claims if c.type in ("Spending", "Revenue")} == {("Spending", Decimal(40000000))}


def test_extract_a_context_window_is_a_models_capacity_in_tokens(extractor: Extractor) -> None:
    text = (
        "Osk raised Tarn-5's context window to 262,144 tokens in March.\n\n"
        "1. Brill Coder (Pell AI) — $1 / $5\n"
        "Offered through Pell AI's API. Context window: 400,000 tokens.\n\n"
        "Each free account may now send 300,000 tokens daily, up from 100,000."
    )
    windows = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "Capacity"}
    assert windows == {("Tarn-5", Decimal(262144)), ("Brill Coder", Decimal(400000))}


def test_extract_a_cut_of_sales_paid_to_a_government_is_no_share_or_revenue(extractor: Extractor) -> None:
    text = (
        "Tarn Semi held 40% of China's AI accelerator market in 2024. In August Tarn Semi and Osk Semi agreed to "
        "hand the US government 15% of revenue from licensed K7 sales in China. In December Washington said it "
        "would allow K9 exports to approved customers in China, with 25% of the revenue going to the US government."
    )
    figures = {(c.type, c.value) for c in _claims(extractor, text) if c.value is not None}
    assert figures == {("MarketShare", Decimal(40))}


def test_extract_a_holding_of_a_firms_shares_is_no_market_share(extractor: Extractor) -> None:
    text = (
        "Tarn Cloud held 15% of the Malaysian GPU-cloud market in 2025. "
        "Vey Capital, our largest shareholder, holds 28% of our shares. Pell Partners will hold about 61% of the "
        "combined voting power of our common stock, and our founder 9% of our voting power."
    )
    shares = {c.value for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert shares == {Decimal(15)}


def test_extract_the_rest_of_the_field_holds_the_share_no_holder_is_named_for(extractor: Extractor) -> None:
    text = (
        "Vey Research says Tarn Cloud held 40% of the Baltic GPU-cloud market in 2025 and Osk Cloud 28%; "
        "the remaining 12% was split among telcos. Pell Cloud took 20% of the market. "
        "The remaining 15% of the Baltic GPU-cloud market went to Brill Cloud."
    )
    held = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert ("Others", Decimal(12)) in held
    assert not any(holder == "Others" and value == 15 for holder, value in held)


def test_extract_what_a_firm_sizes_at_a_sum_is_a_market(extractor: Extractor) -> None:
    text = (
        "Vey Analytics sizes Baltic GPU-as-a-service at $2.1 billion for 2025 and forecasts $5 billion by 2028. "
        "Tarn Research sizes the segment at $1.9 billion."
    )
    sizes = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "MarketSize"}
    assert ("Baltic GPU-as-a-service market", Decimal(2100000000)) in sizes
    assert ("Baltic GPU-as-a-service market", Decimal(5000000000)) in sizes


def test_extract_what_a_sized_market_noun_is_said_of_is_that_market(extractor: Extractor) -> None:
    text = "Vey Analytics says hosted robotics APIs were a $1.3 billion market in 2025."
    sizes = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "MarketSize"}
    assert sizes == {("hosted robotics API market", Decimal(1300000000))}
    # one word opening its sentence, capitalised, which the parser takes for a name
    text = "Telerobotics was a $900 million market in 2025, Vey Analytics says."
    sizes = {(c.subject.label.lower(), c.value) for c in _claims(extractor, text) if c.type == "MarketSize"}
    assert sizes == {("telerobotics market", Decimal(900000000))}
    # a company's or a pronoun's size names no market
    for text in ("Tarn Cloud is a $3 billion company.", "It was a $2 billion market in 2025."):
        assert not any(c.type == "MarketSize" for c in _claims(extractor, text)), text


def test_extract_spending_a_firm_puts_at_a_sum_names_its_market(extractor: Extractor) -> None:
    text = (
        "Tollmere Research puts spending on AI coding tools and APIs at about $7.4 billion in 2025 "
        "and expects it to grow 38% a year through 2029."
    )
    read = {(c.type, c.subject.label) for c in _claims(extractor, text)}
    assert {("MarketSize", "AI coding tools market"), ("GrowthRate", "AI coding tools market")} <= read


def test_extract_a_tables_shares_are_of_the_whole_a_line_above_it_states(extractor: Extractor) -> None:
    text = (
        "Channel checks, March 2026\n\n"
        "Shares are of harbour drone sensor spending (our estimates).\n\n"
        "| Vendor | 2025 share | 2026E share |\n| --- | ---: | ---: |\n"
        "| Kestrel Labs | 41% | 38% |\n| Osk Vision | 22% | 25% |\n"
    )
    shares = {
        (c.subject.label, c.object.label if c.object else None, c.value, c.time) for c in _claims(extractor, text)
    }
    assert ("Kestrel Labs", "harbour drone sensor spending", Decimal(41), "2025") in shares
    assert ("Osk Vision", "harbour drone sensor spending", Decimal(25), "2026") in shares


def test_extract_a_quarter_on_quarter_column_is_growth(extractor: Extractor) -> None:
    text = (
        "Channel checks, March 2026\n\n"
        "| Vendor | 1Q26 orders q/q | 2025 share |\n| --- | ---: | ---: |\n"
        "| Kestrel Labs | +20% | 41% |\n"
    )
    growth = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "GrowthRate"}
    assert growth == {("Kestrel Labs", Decimal(20))}


def test_extract_a_publication_named_for_a_market_names_it(extractor: Extractor) -> None:
    text = (
        'Vey Research published its "Harbour Drone Market Tracker 2H25" today.\n\n'
        "Unit shares 2H25: Tarn Drones 41%, Osk Robotics 27%, others 32%."
    )
    shares = {(c.subject.label, c.object.label if c.object else None) for c in _claims(extractor, text)}
    assert ("Tarn Drones", "Harbour Drone market") in shares
    # a known firm's report is its own, no market's
    report = "Read the Nvidia Market Report."
    found = find_mentions(extractor.nlp(report), extractor.index, report)
    assert not any(m.entity.type == "Market" for m in found)


def test_extract_a_list_after_a_lead_in_of_shares_is_of_shares(extractor: Extractor) -> None:
    # "Revenue shares" is what the list is of, not a company's stock; the parser ends a sentence at the colon
    text = (
        "Vey Research tracks the Baltic GPU cloud market.\n\n"
        "Revenue shares 2H25: Tarn Cloud 49.4%, Osk Cloud 27.0%, others 23.6%."
    )
    shares = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Tarn Cloud", Decimal("49.4")), ("Osk Cloud", Decimal("27.0")), ("Others", Decimal("23.6"))}
    # a lead-in that does not speak of shares types nothing
    text = "Vey Research tracks the Baltic GPU cloud market.\n\nKey figures 2H25: Tarn Cloud 49.4%, Osk Cloud 27.0%."
    assert not any(c.type == "MarketShare" for c in _claims(extractor, text))


def test_extract_each_unknown_name_in_a_run_of_shares_holds_its_share(extractor: Extractor) -> None:
    text = (
        "Brill Research sized Chile's AI cloud market at $900 million in 2025. "
        "Tarn Cloud took some 31%, Pell Cloud 22%, Vessix 9%, Quarnet 7%, and smaller firms the other 31%."
    )
    shares = {c.subject.label: c.value for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert shares["Vessix"] == Decimal("9") and shares["Quarnet"] == Decimal("7")
    assert shares["Tarn Cloud"] == Decimal("31")  # not the next, unknown, name's


def test_extract_a_markets_hedged_size_and_a_participle_narrowing_it(extractor: Extractor) -> None:
    text = (
        "Brill Research reckons Tarn Cloud has 18% of the nearly $3 billion Nordic market for GPU hours "
        "rented from smaller clouds in 2026."
    )
    shares = [c for c in _claims(extractor, text) if c.type == "MarketShare"]
    # the hedge on the size is no word of the market's name; what the capacity is rented from narrows it
    assert [(c.subject.label, c.object.label) for c in shares] == [
        ("Tarn Cloud", "Nordic market for GPU hours rented from smaller clouds")
    ]


def test_extract_shares_of_a_providers_own_measure_are_of_its_whole(extractor: Extractor) -> None:
    text = (
        "Vessa Cloud changelog, April 2026\n\n"
        "Vessa Cloud added a Lisbon region in March, and Vessa Cloud raised rate limits. "
        "Vessa Cloud also cut prices.\n\n"
        "Usage in March\n\n"
        "- Share of API tokens by model family: Orla 40%, pell-mini 25%, Kestrel 20%, all others 15%.\n"
    )
    shares = {
        (c.subject.label, c.object.label, float(c.value)) for c in _claims(extractor, text) if c.type == "MarketShare"
    }
    whole = "Vessa Cloud API tokens"
    assert {("Orla", whole, 40.0), ("pell-mini", whole, 25.0), ("Kestrel", whole, 20.0)} <= shares


def test_extract_a_compound_growth_rate_after_a_forecast_is_the_markets(extractor: Extractor) -> None:
    text = (
        "Harbour drone sensors: market forecast 2026-2031\n\n"
        "The global harbour drone sensor market reached $4.2 billion in 2026.\n\n"
        "- We forecast $9.9 billion in 2031, a compound annual growth rate (CAGR) of 18.7% from 2026.\n"
        "- Fixed sensors earned 61% of 2026 revenue; we expect 55% by 2031.\n"
    )
    claims = _claims(extractor, text)
    growth = {(c.subject.label, float(c.value)) for c in claims if c.type == "GrowthRate"}
    assert growth == {("global harbour drone sensor market", 18.7)}


def test_extract_a_spend_on_something_bought_is_its_markets_size(extractor: Extractor) -> None:
    text = "Enterprise spend on harbour drone sensors was about $2.4 billion in 2025, per Vessa Research."
    sizes = [c for c in _claims(extractor, text) if c.type == "MarketSize"]
    assert [(c.subject.label, float(c.value)) for c in sizes] == [("harbour drone sensors market", 2.4e9)]


def test_extract_a_market_sized_by_its_market_noun_is_named_once(extractor: Extractor) -> None:
    text = "We size the 2026 market for drone sensors at about $3 billion."
    sizes = {c.subject.label for c in _claims(extractor, text) if c.type == "MarketSize"}
    assert sizes == {"drone sensor market"}  # not "2026 market for drone sensors market"


def test_extract_a_share_of_tokens_on_the_speakers_platform_is_of_its_own_whole(extractor: Extractor) -> None:
    text = (
        "AMA: I'm Ines Brell, chief executive of Vessa Cloud. We serve open-weight models.\n\n"
        "**Q:** Which models matter?\n\n"
        "**Ines:** Orla-3 is the biggest single model on the platform at 40% of tokens, then Kite-2 at 25%."
    )
    shares = {(c.subject.label, c.object.label if c.object else None) for c in _claims(extractor, text)
              if c.type == "MarketShare"}  # fmt: skip
    assert ("Orla-3", "Vessa Cloud tokens") in shares


def test_extract_goods_an_origin_made_are_a_group_holding_a_share(extractor: Extractor) -> None:
    text = "Chips\n\nPeru-designed accelerators accounted for about 55 percent of AI accelerators shipped into Chile."
    holders = {c.subject.label for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert holders == {"Peru-designed accelerators"}


def test_extract_the_amount_a_share_is_of_is_the_markets_size(extractor: Extractor) -> None:
    text = (
        "Title\n\nBy Tarnwell Research's count, Osk took about 82% of the roughly $205 billion spent on AI chips in "
        "2025."
    )
    claims = claims_of(extractor, text)
    sizes = [(c.type, c.subject.label) for c in claims if c.value == Decimal(205_000_000_000)]
    share = next(c for c in claims if c.type == "MarketShare")
    assert sizes == [("MarketSize", share.object.label if share.object else "")]


def test_extract_a_part_that_went_to_a_kind_of_use_is_no_business_share(extractor: Extractor) -> None:
    text = (
        "Title\n\nThe Swedish GPU cloud Pellam Compute says 70% of the GPU-hours it sold in 2025 went to inference. "
        "In the harbour drone market, almost half of all revenue went to Tarnex Cloud."
    )
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Tarnex Cloud", Decimal(50))}


def test_extract_a_fact_boxs_country_field_names_no_market(extractor: Extractor) -> None:
    # a customer story's fact box: "Country: Portugal" is a field of the box, not a heading naming a market
    text = (
        "Pellam Retail answers four in five chats with Tarnex Cloud\n\n"
        "Tarnex Customer Stories | Retail | Published 14 January 2026\n\n"
        "Customer: Pellam Retail\nIndustry: Retail and e-commerce\nCountry: Portugal\n"
        "Organisation size: 2,400 employees\nProducts and services: Tarnex Cloud AI Studio\n\n"
        "At a glance\n- 78% of customer chats resolved without an agent, up from 52%\n\n"
        "Pellam Retail's first assistant struggled with returns, which make up about a third of all contacts. "
        "By December 2025 the Wren assistant was resolving 78% of chats without handing them to an agent.\n"
    )
    objects = {c.object.label for c in claims_of(extractor, text) if c.object is not None}
    assert not any(label.startswith("Country") for label in objects)


def test_extract_growth_of_a_thing_a_company_owns_is_not_its_revenue_growth(extractor: Extractor) -> None:
    text = (
        "Title\n\nPellam Retail is a marketplace. Pellam's customer contacts grew 64% in 2024. "
        "Pellam's business grew 30% in 2025."
    )
    grown = {(c.type, c.value) for c in claims_of(extractor, text) if c.subject.label == "Pellam Retail"}
    assert grown == {("Revenue", Decimal(30))}


def test_extract_arr_is_revenue_and_no_firm(extractor: Extractor) -> None:
    text = (
        "Title\n\nQuorra Labs, a legal-drafting start-up, reached an ARR of $48 million in January 2026. "
        "Pellam AI sells coding agents. ARR reached $14 million in December."
    )
    revenue = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "Revenue"}
    assert revenue == {("Quorra Labs", Decimal(48_000_000)), ("Pellam AI", Decimal(14_000_000))}


def test_extract_a_customers_part_of_bare_revenue_in_minutes_is_the_companys_revenue(extractor: Extractor) -> None:
    text = (
        "Lumera Compute Limited: minutes of the Board meeting of 22 January 2026\n\n"
        "4.1 Revenue for 2025 was $310 million. Pellam Cloud accounted for 58% of revenue.\n"
    )
    revenue = {(c.subject.label, c.object.label if c.object else None, c.value) for c in claims_of(extractor, text)}
    assert ("Lumera Compute Limited", "Pellam Cloud", Decimal(58)) in revenue


def test_extract_the_rest_going_elsewhere_leaves_the_holders_share(extractor: Extractor) -> None:
    text = "Title\n\nIn the harbour drone market, Osk Cloud held 45% in 2025, and the rest went to smaller providers."
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert ("Osk Cloud", Decimal(45)) in shares


def test_extract_a_reference_mark_after_a_sentence_leaves_its_last_word_whole(extractor: Extractor) -> None:
    # an encyclopedia's "[12]" or "[citation needed]" glued to the full stop
    text = (
        "Title\n\nTarnel AI is a Ruritanian model developer. The company is estimated to hold about 10% of "
        "Ruritania's AI coding-assistant market.[citation needed] Pellam Cloud held 30% of the Ruritanian GPU cloud "
        "market in 2025.[12]"
    )
    shares = {(c.subject.label, c.object.label if c.object else None, c.value) for c in claims_of(extractor, text)}
    assert ("Tarnel AI", "Ruritania AI coding-assistant market", Decimal(10)) in shares
    assert ("Pellam Cloud", "Ruritanian GPU cloud market", Decimal(30)) in shares


def test_extract_spending_of_a_class_of_spenders_is_a_markets_size(extractor: Extractor) -> None:
    # the firm that reports the figure is no spender; enterprises as a class spend it
    text = (
        "Title\n\nTarnwick Partners estimated that enterprise spending on harbour drone APIs reached $2.4 billion "
        "in 2025. Osk Research expects total drone-sensor spending to reach $9 billion in 2029."
    )
    claims = claims_of(extractor, text)
    sized = {(c.subject.label, c.value) for c in claims if c.type == "MarketSize"}
    assert sized == {
        ("enterprise spending on harbour drone APIs", Decimal(2_400_000_000)),
        ("total drone-sensor spending", Decimal(9_000_000_000)),
    }
    assert not [c for c in claims if c.type == "Spending"]


def test_extract_a_share_of_money_earned_across_a_market_is_of_that_whole(extractor: Extractor) -> None:
    # the whole after "share of" beats the market under discussion; a share of one firm's revenue is its revenue
    text = (
        "Title\n\nThe Nordic GPU-cloud market grew fast. We estimate Osk Memory's share of global HBM revenue at "
        "57% in 2025. Chile's share of Tarn Systems' revenue was 13% in 2025."
    )
    claims = claims_of(extractor, text)
    shares = {(c.subject.label, c.object.label, c.value) for c in claims if c.type == "MarketShare"}
    assert shares == {("Osk Memory", "global HBM revenue", Decimal(57))}
    text = "Title\n\nWe estimate Osk Memory's share of the world's HBM revenue at 57% in 2025."
    assert {c.type for c in claims_of(extractor, text)} == {"MarketShare"}  # the world owns no firm's revenue
    assert ("Tarn Systems", "Chile", Decimal(13)) in {
        (c.subject.label, c.object.label if c.object else None, c.value) for c in claims if c.type == "Revenue"
    }


def test_extract_revenue_from_a_customer_is_the_reporting_firms_paid_by_it(extractor: Extractor) -> None:
    # the firm after "revenue from" pays it; the firm whose report it is earns it
    text = (
        "Pellam Cloud annual report\n\nPellam Cloud runs GPU clouds in Norway. Osk Labs is our largest customer. "
        "Revenue from Osk Labs was $512 million, or 38% of total revenue, in fiscal 2025."
    )
    earned = {
        (c.subject.label, c.object.label if c.object else None, c.value)
        for c in claims_of(extractor, text)
        if c.type == "Revenue"
    }
    assert earned == {("Pellam Cloud", "Osk Labs", Decimal(512_000_000)), ("Pellam Cloud", "Osk Labs", Decimal(38))}


def test_extract_a_multiple_of_a_rate_of_another_product_is_a_performance_comparison(extractor: Extractor) -> None:
    # "the tokens per second of", "the output tokens per second of an 8x K9 node": a rate compared, not a capacity;
    # the node the clause is about is compared, not the workload named before it
    text = (
        "Title\n\nIn our December tests the Nvidia K11 delivered 2.3x the tokens per second of the Nvidia K9. On "
        "our Tarn-3 workload an 8x AMD V5 node served 1.9x the output tokens per second of an 8x Nvidia K9 node."
    )
    compared = {
        (c.subject.label, c.object.label, c.value) for c in claims_of(extractor, text) if c.type == "CostPerformance"
    }
    assert ("Nvidia K11", "K9", Decimal("2.3")) in compared
    assert ("V5", "K9", Decimal("1.9")) in compared


def test_extract_spending_by_a_class_of_spenders_names_a_narrower_market(extractor: Extractor) -> None:
    # "enterprise spending on X" is the enterprise X market, not all of X's; "capital spending" is no class of spender
    text = (
        "Title\n\nOmdia puts enterprise spending on harbour drone software at $2.4 billion in 2025, and consumer "
        "spending on drone apps at $300 million. It puts capital spending on drone hangars at $90 million."
    )
    sized = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketSize"}
    assert sized == {
        ("enterprise harbour drone software market", Decimal(2_400_000_000)),
        ("consumer drone apps market", Decimal(300_000_000)),
        ("drone hangars market", Decimal(90_000_000)),
    }


def test_extract_a_companys_own_unqualified_spending_stays_its_spending(extractor: Extractor) -> None:
    text = "Title\n\nPellam Cloud expects capital spending to reach $800 million in 2026."
    spent = {(c.type, c.subject.label, c.value) for c in claims_of(extractor, text)}
    assert ("Spending", "Pellam Cloud", Decimal(800_000_000)) in spent


def test_extract_a_conversion_in_brackets_is_read_in_its_amounts_clause(extractor: Extractor) -> None:
    # the Canadian-dollar amount is no unit the graph reports in; its US-dollar conversion carries the claim
    text = "Title\n\nPellam Cloud said revenue in 2025 was C$118 million (US$86 million), up 73% from 2024."
    revenue = {(c.value, c.unit) for c in claims_of(extractor, text) if c.type == "Revenue"}
    assert (Decimal(86_000_000), "USD") in revenue


def test_extract_a_share_of_revenue_a_place_adjective_describes_is_of_that_whole(extractor: Extractor) -> None:
    text = "Title\n\nPellam Cloud estimates that it held about 9% of Norwegian harbour-drone revenue in 2025."
    shares = {(c.subject.label, c.object.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Pellam Cloud", "Norwegian harbour-drone revenue", Decimal(9))}


def test_extract_spending_of_everyone_in_a_place_is_that_markets_size(extractor: Extractor) -> None:
    text = "Title\n\nTarnwick puts Polish harbour-drone spending at US$1.2 billion in 2025."
    sized = {(c.type, c.subject.label, c.value) for c in claims_of(extractor, text)}
    assert sized == {("MarketSize", "Polish harbour-drone spending", Decimal(1_200_000_000))}


def test_extract_a_figure_in_a_clause_on_what_a_firm_is_belongs_to_the_firm(extractor: Extractor) -> None:
    # the relative clause hangs on the noun saying what the firm is; the place inside that noun owns nothing
    text = "Title\n\nPellam Compute is an Oslo-listed GPU cloud that runs 64 MW of IT capacity in Stavanger, Norway."
    capacity = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "Capacity"}
    assert capacity == {("Pellam Compute", Decimal("0.064"))}


def test_extract_a_market_cap_column_sizes_no_market(extractor: Extractor) -> None:
    # a company's market value is no claim; the header's "market" does not make it a market's size
    text = (
        "Index review\n\nThe additions to the index:\n\n"
        "| Company | Ticker | Free-float market cap (US$ bn) | Indicative weight (%) |\n"
        "|---|---|---|---|\n"
        "| Pellam Compute, Inc. | PLLM | 38.5 | 2.95 |\n"
        "| Osk Cloud N.V. | OSKC | 24.8 | 1.90 |\n"
    )
    assert not [c for c in claims_of(extractor, text) if c.type == "MarketSize"]


def test_extract_a_fleet_mix_gives_each_chip_its_share_of_the_fleet_and_the_fleet_built_on_it(
    extractor: Extractor,
) -> None:
    text = (
        "Title\n\nPellam Cloud leases 62 MW of capacity in Norway. About 70% of its GPU capacity is Osk K9, "
        "20% is Osk K11 and the remaining 10% is Osk K12."
    )
    claims = claims_of(extractor, text)
    shares = {(c.subject.label, c.object.label, c.value) for c in claims if c.type == "MarketShare"}
    assert shares == {
        ("Osk K9", "Pellam Cloud GPU capacity", Decimal(70)),
        ("Osk K11", "Pellam Cloud GPU capacity", Decimal(20)),
        ("Osk K12", "Pellam Cloud GPU capacity", Decimal(10)),
    }
    assert {o for s, o in pairs(claims, "BuiltOn") if s == "Pellam Cloud"} == {"Osk K9", "Osk K11", "Osk K12"}


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Title\n\nBrindle Compute, a GPU cloud in Leeds, opened a hall in March. Brindle now runs 40 MW. "
            "About 70% of its fleet is Nvidia H200.",
            "Brindle fleet",
        ),
        (
            "Title\n\nBrindle Compute, a GPU cloud in Leeds, opened a hall in March. It now runs 40 MW. "
            "About 70% of its fleet is Nvidia H200.",
            "Brindle Compute fleet",  # the article never shortens the name: the name as it is
        ),
    ],
)
def test_extract_a_firms_whole_is_named_by_the_short_name_the_article_uses(
    extractor: Extractor, text: str, whole: str
) -> None:
    shares = {(c.subject.label, c.object.label) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("H200", whole)}


def test_extract_a_fleet_shared_out_in_any_wording_is_built_on_each_part(extractor: Extractor) -> None:
    # the chip before its figure, a later part named only with its figure, a label line, an adverb after "is";
    # a capacity no one owns, and a rental offer, give nothing
    text = (
        "Pellam Cloud quarterly update\n\nPellam Cloud runs GPU clouds in Norway and Chile. Osk Systems makes the "
        "X7 and X9 accelerators. As at 31 March, A100s made up 55% of our GPU capacity and H100s 45%."
        "\n\nPellam Cloud also rents Nvidia GPUs.\nFleet mix by GPU-hours sold: H200 62%, B200 38%."
        "\n\nAbout 61% of Brill Cloud's fleet is still H100s.\n\nRegional capacity grew 40% in 2025 as GB200 "
        "prices fell, and our on-demand H200 price fell 20%."
    )
    built = pairs(claims_of(extractor, text), "BuiltOn")
    assert {("Pellam Cloud", p) for p in ("A100", "H100", "H200", "B200")} <= built
    assert ("Brill Cloud", "H100") in built
    assert not {b for b in built if b[1] == "GB200" or b[1].startswith("on-demand")}
    assert not {b for b in built if b[0] in ("A100", "H100", "H200")}  # a part is no owner of the others
    # a comparison, a product the capacity serves, a chip of a clause of its own: no part of the fleet
    others = (
        "Pellam Cloud annual report\n\nPellam Cloud runs GPU clouds in Norway. Our K9 chips are 30% faster than "
        "the H100. About 40% of our GPU capacity now serves Osk Copilot. Our fleet is now 20% B200, up from 10% "
        "when Nvidia shipped the first GB200 to Brill Cloud."
    )
    built = pairs(claims_of(extractor, others), "BuiltOn")
    assert ("Pellam Cloud", "B200") in built
    assert not {o for s, o in built if s == "Pellam Cloud"} & {"H100", "Osk Copilot", "GB200"}
    hedged = "Pellam Cloud runs GPU clouds. More than 60% of Pellam Cloud's GPU capacity is now H200, the rest H100."
    assert {("Pellam Cloud", "H200"), ("Pellam Cloud", "H100")} <= pairs(claims_of(extractor, hedged), "BuiltOn")


def test_extract_a_part_of_a_companys_fleet_is_a_share_of_that_fleet_not_the_market_in_force(
    extractor: Extractor,
) -> None:
    text = (
        "Title\n\nThe Ruritanian AI accelerator market grew 40% in 2025. Pellam Cloud ran about 60 megawatts of GPU "
        "capacity, and Osk parts made up some 85 per cent of the fleet. Vessa expects its K9 racks to make up "
        "roughly a third of the Brill Cloud fleet by the end of 2026. Tarn Semiconductor holds 12% of the market."
    )
    shares = {(c.subject.label, c.object.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert ("Osk", "Pellam Cloud fleet", Decimal(85)) in shares
    assert {o for _, o, v in shares if v == Decimal("33.3")} == {"Brill Cloud fleet"}  # a fleet that names its owner
    assert ("Tarn Semiconductor", "Ruritanian AI accelerator market", Decimal(12)) in shares  # no fleet after


def test_extract_a_makers_share_of_a_fleet_and_a_share_of_a_firms_own_accelerators(extractor: Extractor) -> None:
    # the maker named for its listed chips holds the part; "our accelerators" are the reporting firm's own,
    # while "the accelerators shipped in Chile" are a count of their own, named as written
    text = (
        "Pellam Cloud annual report\n\nPellam Cloud runs GPU clouds in Norway. Osk Systems makes the X7 and X9 "
        "accelerators. About three-quarters of our capacity is Osk Systems, X7 and X9 racks. Tarn Semiconductor "
        "GPUs made up about 94% of our installed accelerators at year-end. Vessa Systems supplied 32% of the AI "
        "accelerators shipped in Chile in 2025."
    )
    claims = claims_of(extractor, text)
    shares = {(c.subject.label, c.object.label, c.value) for c in claims if c.type == "MarketShare"}
    assert ("Osk Systems", "Pellam Cloud capacity", Decimal(75)) in shares
    assert ("Tarn Semiconductor", "Pellam Cloud installed accelerators", Decimal(94)) in shares
    assert [o for s, o, _ in shares if s == "Vessa Systems"] == ["AI accelerators shipped in Chile"]
    # a guard on the maker's share: the fleet is built on its chips, never on the maker itself
    assert ("Pellam Cloud", "Osk Systems") not in pairs(claims, "BuiltOn")


def test_extract_the_rest_of_a_fleet_is_held_by_the_chip_named_as_the_rest(extractor: Extractor) -> None:
    # what the figures leave of a company's own fleet; a market's rest is every other seller's, no one chip's
    text = (
        "Pellam Cloud annual report\n\nPellam Cloud runs GPU clouds in Norway. Nvidia GPUs made up about 94% of "
        "our installed accelerators at year-end, with AMD V5 accelerators the remainder. Nvidia held 80% of the "
        "Ruritanian accelerator market, and the rest was AMD."
    )
    shares = {(c.subject.label, c.object.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert ("V5", "Pellam Cloud installed accelerators", Decimal(6)) in shares
    assert not [v for s, _, v in shares if s == "AMD" and v == Decimal(20)]


def test_extract_what_a_leader_leads_with_its_share_is_the_whole_and_all_others_hold_the_rest(
    extractor: Extractor,
) -> None:
    text = (
        "Figure 3. Ruritanian model API market, 2025\n\nOsk Labs led enterprise API spending with 40%, ahead of "
        "Tarn AI at 27% and Vessa at 21%; all other developers shared the remaining 12%."
    )
    shares = {(c.subject.label, c.object.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    whole = "enterprise API spending"
    assert shares == {
        ("Osk Labs", whole, Decimal(40)),
        ("Tarn AI", whole, Decimal(27)),
        ("Vessa", whole, Decimal(21)),
        ("Others", whole, Decimal(12)),
    }
    text = "Figure 3. Model APIs, 2025\n\nOsk Labs led Norway's enterprise API spending with 40%."
    shares = {c.object.label for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {"Norway's enterprise API spending"}  # the possessive's owner stays with its "'s"


def test_extract_an_hourly_rental_price_cut_is_not_the_chip_makers(extractor: Extractor) -> None:
    # the maker of the chip sets no cloud's on-demand price for it; no one in the clause says who cut it
    text = (
        "Board minutes\n\nOsk Systems makes the K9 accelerator. "
        "Mr Brill proposed cutting on-demand K9 prices by 18% from 1 March to keep the older fleet let."
    )
    assert not [c for c in claims_of(extractor, text) if c.type == "PriceChange" and c.subject.label == "Osk Systems"]


def test_extract_a_suppliers_part_of_what_a_named_buyer_uses_is_its_share_of_that(extractor: Extractor) -> None:
    text = "Title\n\nPublished 2026-03-01.\n\nPell Memory supplies about 60% of Osk's HBM."
    shares = {(c.subject.label, c.object.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Pell Memory", "Osk's HBM", Decimal(60))}


def test_extract_doubling_a_models_named_price_is_a_price_change_not_revenue(extractor: Extractor) -> None:
    text = (
        "Title\n\nPublished 2026-03-01.\n\n"
        "Osk doubled Tarn-3 Flash's input price, from $0.15 to $0.30 per million tokens, in June."
    )
    claims = claims_of(extractor, text)
    assert not [c for c in claims if c.type == "Revenue"]
    assert {(c.subject.label, c.value) for c in claims if c.type == "PriceChange"} == {("Osk", Decimal(100))}


def test_extract_the_name_with_introduces_before_at_holds_the_figure(extractor: Extractor) -> None:
    text = (
        "Title\n\nPellam Ventures estimated that the Ruritanian harbour-drone market reached $2 billion in 2025, "
        "with Osk Cloud at 32% of the market, Pell Cloud at 25% and Vey Cloud at 20%."
    )
    shares = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Osk Cloud", Decimal(32)), ("Pell Cloud", Decimal(25)), ("Vey Cloud", Decimal(20))}


def test_extract_a_companys_own_total_capex_and_a_revenue_share_stay_its_own(extractor: Extractor) -> None:
    text = (
        "Title\n\nPublished 2026-03-01.\n\nPellam Cloud expects total capex of $800 million in 2026. "
        "Pellam Cloud revenue doubled since last year's price cut. About 30% of revenue is Osk K11."
    )
    claims = claims_of(extractor, text)
    assert ("Spending", "Pellam Cloud") in {(c.type, c.subject.label) for c in claims}
    assert not [c for c in claims if c.type in ("MarketSize", "PriceChange")]
    assert not [c for c in claims if c.type == "MarketShare" and c.subject.label == "Osk K11"]


def test_extract_a_field_of_sellers_taking_in_money_sizes_its_market_for_the_shares_after(extractor: Extractor) -> None:
    text = (
        "We estimate that independent harbour drone clouds took in about $3.1 billion of revenue in 2025, and that "
        "Vessa's share fell to 4.2%. On our numbers Osk Cloud's share rose to 17%."
    )
    claims = _claims(extractor, text)
    [size] = [c for c in claims if c.type == "MarketSize"]
    assert (size.subject.label, size.value) == ("independent harbour drone cloud market", Decimal("3100000000"))
    shares = {(c.subject.label, c.object.label if c.object else None) for c in claims if c.type == "MarketShare"}
    assert shares == {("Vessa", size.subject.label), ("Osk Cloud", size.subject.label)}
    assert not any(c.type == "Revenue" for c in claims)


def test_extract_a_share_of_electricity_is_held_by_its_source_or_its_consumers(extractor: Extractor) -> None:
    # a source's share of a consumer's electricity, a figure before its source, a share joined to another, and a
    # class of consumers' share of a place's or a utility's electricity
    text = (
        "Pellam Cloud sustainability report 2025\n\nPellam Cloud runs GPU clouds in Norway and Chile. Wind power "
        "covered 64% of our consumption in 2025, up from 52% in 2024, and we aim to match 90% of consumption "
        "with carbon-free power by 2029. The Osk campus is supplied with 100% hydropower by Tarn Energi.\n\n"
        "Chilean data centres used about 3.1% of the country's electricity in 2025 and could use 5% to 8% by 2030. "
        "Data-centre customers accounted for 11% of Andes Power's retail energy sales."
    )
    shares = {(c.subject.label, c.object.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert {
        ("Wind power", "Pellam Cloud electricity consumption", Decimal(64)),
        ("Wind power", "Pellam Cloud electricity consumption", Decimal(52)),
        ("carbon-free power", "Pellam Cloud electricity consumption", Decimal(90)),
        ("hydropower", "Osk campus electricity consumption", Decimal(100)),
        ("Chilean data centres", "Chile electricity consumption", Decimal("3.1")),
        ("Chilean data centres", "Chile electricity consumption", Decimal(5)),
        ("Data-centre customers", "Andes Power retail energy sales", Decimal(11)),
    } <= shares
    # no source, no consumers, no whole of electricity: none of these is a share of electricity
    others = (
        "Pellam Cloud update\n\nPellam Cloud runs GPU clouds in Norway. Enterprises covered 64% of our revenue. "
        "Our K9 chips use 30% less power than the H100. Wind power covered 40% of the total demand for GPUs."
    )
    wholes = {c.object.label for c in claims_of(extractor, others) if c.type == "MarketShare" and c.object}
    assert not {w for w in wholes if "electricity" in w}


def test_extract_a_vendors_share_of_a_surveys_respondents(extractor: Extractor) -> None:
    # the passive's subject, what the respondents say they use, the subject a figure is said of
    text = (
        "Tarn Research CIO survey 2026\n\nTarn Research asked 400 CIOs about their AI vendors. Pell Cloud was named "
        "by 41% of the CIOs we surveyed. Some 62% of respondents said they use Osk Cloud for model hosting. "
        "Brill AI remains the most widely used model developer, at 70% of respondents, and Tarn's Pim models are "
        "used by 18% of Andean respondents."
    )
    shares = {(c.subject.label, c.object.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert {
        ("Pell Cloud", "CIOs we surveyed", Decimal(41)),
        ("Osk Cloud", "respondents", Decimal(62)),
        ("Brill AI", "respondents", Decimal(70)),
        ("Pim", "Andean respondents", Decimal(18)),
    } <= shares
    # people no survey asked are no respondents
    others = "Pell Cloud update\n\nPell Cloud was used by 41% of the engineers in Chile. 62% of staff use Osk Cloud."
    wholes = {c.object.label for c in claims_of(extractor, others) if c.type == "MarketShare" and c.object}
    assert not wholes & {"engineers in Chile", "staff"}


def test_extract_a_part_of_a_budget_is_held_by_what_it_goes_to_or_who_puts_it_in(extractor: Extractor) -> None:
    # a party it goes to, lines of spending no name names (one figure joined to another), a body that puts it in
    text = (
        "Tarnland AI compute programme\n\nThe programme runs from 2026 to 2030. We estimate that about 70% of the "
        "2026 budget will go to Osk Systems. Of the budget, 55% is reserved for compute, 30% for joint models and "
        "the remaining 15% for training. The Government of Tarnland will contribute 40% of the Fund. Compute "
        "accounts for roughly half of the total request."
    )
    shares = {(c.subject.label, c.object.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert {
        ("Osk Systems", "2026 budget", Decimal(70)),
        ("compute", "budget", Decimal(55)),
        ("joint models", "budget", Decimal(30)),
        ("training", "budget", Decimal(15)),
        ("Government of Tarnland", "Fund", Decimal(40)),
        ("Compute", "total request", Decimal(50)),
    } <= shares
    # a thing merely described, and requests to a model, are no budget's parts
    others = (
        "Pell Cloud update\n\nMore than a third of the 2026 budget is for a 150 MW campus in Chile. Our router "
        "sends about 70% of requests to Osk-4."
    )
    holders = {c.subject.label for c in claims_of(extractor, others) if c.type == "MarketShare"}
    assert not holders & {"campus", "MW campus", "router"}


def test_extract_a_share_of_that_market_is_of_the_market_last_named(extractor: Extractor) -> None:
    text = (
        "Pell Data credit note\n\nAbout 60% of Pell Data's operating capacity is leased to Osk Cloud. Tarn "
        "Research sizes the Andean colocation market at about $3 billion in 2025. We estimate that Pell Data "
        "held about 2% of that market in 2025."
    )
    shares = {(c.subject.label, c.object.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert ("Pell Data", "Andean colocation market", Decimal(2)) in shares


def test_extract_a_table_of_the_issuers_suppliers_reads_purchases_spending_and_shares_of_its_use(
    extractor: Extractor,
) -> None:
    text = (
        "Osk Systems Lab: Annual Report 2025\n\nOsk Systems Lab is a unit of Tarnby University.\n\n"
        "GPU-hours by provider, 2025\n\n| Provider | Hardware | GPU-hours | Share | Spend (US$) |\n"
        "|---|---|---|---|---|\n| Pell Cloud | K9 | 612,000 | 32% | 1,310,000 |\n"
        "| Brill Compute | K7 | 418,000 | 22% | 760,000 |\n\nTarn Research's table of the Andean GPU cloud market, "
        "by revenue:\n\n| Provider | 2024 | 2025 |\n|---|---|---|\n| Vey Cloud | 31% | 33% |"
    )
    claims = claims_of(extractor, text)
    assert {("Osk Systems Lab", "Pell Cloud"), ("Osk Systems Lab", "Brill Compute")} <= pairs(claims, "CustomerOf")
    assert ("Osk Systems Lab", "Vey Cloud") not in pairs(claims, "CustomerOf")  # a market's shares: no purchase
    spent = {(c.subject.label, c.object.label, c.value, c.unit) for c in claims if c.type == "Spending" and c.object}
    assert ("Osk Systems Lab", "Pell Cloud", Decimal(1310000), "USD") in spent
    shares = {(c.subject.label, c.object.label.lower(), c.value) for c in claims if c.type == "MarketShare"}
    assert ("Pell Cloud", "osk systems lab gpu-hours", Decimal(32)) in shares


def test_extract_a_table_of_the_issuers_customers_reads_payments_parts_of_its_earnings_and_power(
    extractor: Extractor,
) -> None:
    """ "| Tenant | Critical IT load | Contracted rent | Share of rent |" in an operator's own document: each tenant
    pays the issuer its rent, is that part of the issuer's revenue, and holds the power its row gives."""
    text = (
        "Pell Data Centres: Offering Summary\n\nPell Data Centres owns one campus in Chile.\n\n"
        "Tenants at 31 March 2026\n\n| Tenant | Critical IT load | Contracted rent | Share of rent |\n"
        "|---|---|---|---|\n| Osk Cloud | 60 MW | US$1.20 billion | 62.5% |\n"
        "| Vey Labs | 30 MW | US$0.72 billion | 37.5% |\n"
    )
    claims = claims_of(extractor, text)
    spent = {(c.subject.label, c.object.label, c.value) for c in claims if c.type == "Spending" and c.object}
    assert {
        ("Osk Cloud", "Pell Data Centres", Decimal("1.2e9")),
        ("Vey Labs", "Pell Data Centres", Decimal("7.2e8")),
    } <= (spent)
    earned = {(c.subject.label, c.object.label, c.value) for c in claims if c.type == "Revenue" and c.object}
    assert ("Pell Data Centres", "Osk Cloud", Decimal("62.5")) in earned
    assert not [c for c in claims if c.type == "MarketShare"]  # a part of the issuer's rent, no market's share
    power = {(c.subject.label, c.value, c.unit) for c in claims if c.type == "Capacity"}
    assert ("Osk Cloud", Decimal("0.06"), "GW") in power


def test_extract_a_customer_table_the_issuer_captions_as_a_markets_and_a_threshold_cell_pay_nothing(
    extractor: Extractor,
) -> None:
    """A table the issuer's report captions as a market's names no customers of the issuer; "above 75 MW" is a
    threshold, no capacity of its row."""
    text = (
        "Pell Data Centres: Annual Report\n\nPell Data Centres owns one campus in Chile.\n\n"
        "The Andean GPU cloud market's largest customers, by 2025 spend:\n\n| Customer | Contracted rent | Tariff |\n"
        "|---|---|---|\n| Osk Cloud | US$1.20 billion | above 75 MW |\n"
    )
    claims = claims_of(extractor, text)
    assert not [c for c in claims if c.type == "Spending" and c.object and c.object.label == "Pell Data Centres"]
    assert not [c for c in claims if c.type == "Capacity" and c.value == Decimal("0.075")]


def test_extract_shares_no_market_reading_finds_are_read_only_where_their_wording_says_so(
    extractor: Extractor,
) -> None:
    # electricity no company uses, a source qualifying another noun, power that is no electricity, a "with" of no
    # supplying; a vendor the respondents do not use; a budget's part no one spends; a whole named by the next
    # figure itself
    text = (
        "Pell Cloud update\n\nPell Cloud runs GPU clouds in Chile. Renewables accounted for 30% of global "
        "electricity supply in 2024, the IEA said. Pell Cloud qualifies for a 25% solar tax credit. Hyperscale "
        "data centres hold 60% of Chile's computing power. Pell Cloud cut 35% of its energy use with wind power. "
        "Osk Cloud was criticised by 41% of the CIOs we surveyed. Some 45% of respondents plan to drop Brill AI. "
        "About 40% of the 2026 budget depends on Vey Systems. Wind power covered 64% of the campus's consumption, "
        "and Osk Cloud held 33% of the Andean GPU cloud market."
    )
    shares = {(c.subject.label, c.object.label, c.value) for c in claims_of(extractor, text) if c.type == "MarketShare"}
    assert not {s for s in shares if s[1].endswith("electricity consumption") and s[2] != 64}
    assert not {s for s in shares if s[0] in ("Osk Cloud", "Brill AI") and "respondents" in s[1] or "CIOs" in s[1]}
    assert not {s for s in shares if s[0] == "Vey Systems"}
    assert ("Osk Cloud", "Andean GPU cloud market", Decimal(33)) in shares
    # a budget keeps its owner's name; a rate is no spending; a market's table in a firm's own report is no purchase
    capex = claims_of(extractor, "Title\n\nOsk Systems accounted for 40% of Pell Cloud's capex in 2025.")
    assert ("Osk Systems", "Pell Cloud's capex") in pairs(capex, "MarketShare")
    table = (
        "Osk Systems Lab: Annual Report 2025\n\nOsk Systems Lab is a unit of Tarnby University.\n\n"
        "| Provider | GPU-hours | Cost per GPU-hour (US$) |\n|---|---|---|\n| Pell Cloud | 612,000 | 2.10 |\n\n"
        "The market's leading providers, by spend:\n\n| Provider | Spend (US$ m) | Share |\n|---|---|---|\n"
        "| Brill Compute | 280 | 22% |"
    )
    claims = claims_of(extractor, table)
    assert not pairs(claims, "CustomerOf") & {("Osk Systems Lab", "Pell Cloud"), ("Osk Systems Lab", "Brill Compute")}
    assert not [c for c in claims if c.type == "Spending" and c.subject.label == "Osk Systems Lab"]


def test_extract_a_measure_table_under_a_heading_word_is_the_figures_of_the_firm_the_text_is_about(
    extractor: Extractor,
) -> None:
    # the corner's "Metric" names no one; the table is the rated firm's, not the agency's that writes the note
    text = (
        "Tarn Ratings affirms Osk Data at BB; outlook stable\n\nTarn Ratings has affirmed the BB rating of Osk Data, "
        "a US data-centre operator. Osk Data leases capacity to cloud providers, and Osk Data's leverage is "
        "falling.\n\n| Metric | 2024A | 2025A |\n|---|---|---|\n| Revenue ($ million) | 512 | 798 |\n"
        "| Capital expenditure ($ million) | 1,250 | 2,340 |"
    )
    claims = claims_of(extractor, text)
    figures = {(c.type, c.subject.label, c.value) for c in claims if c.type in ("Revenue", "Spending")}
    assert {("Revenue", "Osk Data", Decimal(798000000)), ("Spending", "Osk Data", Decimal(2340000000))} <= figures
    assert not {f for f in figures if f[1] in ("Metric", "Tarn Ratings")}
    # in a firm's own report, its own figures, however often it names a supplier
    own = (
        "Osk Data: Annual Report 2025\n\nWe buy Pell Systems servers. Pell Systems ships them from Taiwan, and Pell "
        "Systems supports them; Pell Systems is our largest supplier.\n\n| | 2024A | 2025A |\n|---|---|---|\n"
        "| Revenue (US$m) | 410 | 520 |"
    )
    revenue = {(c.subject.label, c.value) for c in claims_of(extractor, own) if c.type == "Revenue"}
    assert ("Osk Data", Decimal(520000000)) in revenue and not {r for r in revenue if r[0] == "Pell Systems"}


def test_extract_a_model_lists_maker_and_platform_columns_relate_each_row(extractor: Extractor) -> None:
    """ "| Model | Maker | Platforms |": the maker develops the row's model and each platform offers it; a
    footnote's mark after the model's name ("Quill-4 [2]") is no part of it."""
    text = (
        "Open and closed models, March 2026:\n\n"
        "| Model | Maker | Released | Platforms |\n| --- | --- | --- | --- |\n"
        "| Wrenlet Flash | Marlow AI | Jan 2026 | Osric Cloud; Pellam Studio |\n"
        "| Quill-4 [2] | Tarn Labs | Feb 2026 | Osric Cloud |\n"
    )
    claims = _claims(extractor, text)
    assert {("Marlow AI", "Wrenlet Flash"), ("Tarn Labs", "Quill-4")} <= pairs(claims, "Develops")
    assert {("Osric Cloud", "Wrenlet Flash"), ("Pellam Studio", "Wrenlet Flash"), ("Osric Cloud", "Quill-4")} <= pairs(
        claims, "Offers"
    )


def test_extract_which_side_of_a_relation_column_offers_or_makes_is_decided_by_the_kinds(extractor: Extractor) -> None:
    """ "| Cloud | Hosted models |": the cloud row offers the models; "| Model | Available on |": the platform offers
    the model row; "| Cloud | Accelerator | Maker |": the maker made no cloud."""
    hosted = "Clouds in Norway:\n\n| Cloud | Hosted models |\n| --- | --- |\n| Osric Cloud | Quill-4, Brill-9 |\n"
    assert {("Osric Cloud", "Quill-4"), ("Osric Cloud", "Brill-9")} <= pairs(_claims(extractor, hosted), "Offers")
    available = "Models in Norway:\n\n| Model | Available on |\n| --- | --- |\n| Quill-4 | Osric Cloud |\n"
    assert ("Osric Cloud", "Quill-4") in pairs(_claims(extractor, available), "Offers")
    makers = (
        "Fleets in Norway:\n\n| Cloud | Accelerator | Maker |\n| --- | --- | --- |\n| Osric Cloud | K9 | Tarn Chips |\n"
    )
    assert ("Tarn Chips", "Osric Cloud") not in pairs(_claims(extractor, makers), "Develops")


def test_extract_a_corner_cell_of_plain_heading_words_names_no_company(extractor: Extractor) -> None:
    text = (
        "Osk Cloud annual report 2025\n\nThe year in numbers\n\n"
        "| Main figure | 2025 | 2024 | Change |\n|---|---|---|---|\n"
        "| Osk Cloud revenue (US$ million) | 205 | 140 | +46% |\n"
        "| Installed power at December (MW) | 51 | 33 | +55% |\n"
    )
    figures = {(c.type, c.subject.label) for c in claims_of(extractor, text) if c.value is not None}
    assert figures == {("Revenue", "Osk Cloud"), ("Capacity", "Osk Cloud")}
    # a firm's name in the corner is whose figures the rows are
    text = (
        "Tarn Cloud annual report 2025\n\nPeers at a glance\n\n"
        "| Harbour Power | 2025 | 2024 |\n|---|---|---|\n| Revenue (US$ million) | 410 | 290 |\n"
    )
    assert {c.subject.label for c in claims_of(extractor, text) if c.type == "Revenue"} == {"Harbour Power"}


def test_extract_a_market_the_gazetteer_knows_under_another_name_keeps_its_own(extractor: Extractor) -> None:
    # an accelerator market is not the chip market, nor cloud infrastructure the whole cloud market
    text = (
        "Title\n\nVessa Research said Osk held 90% of the AI accelerator market in 2025. Tarn Cloud held 20% of the "
        "global cloud infrastructure market."
    )
    shares = {(c.subject.label, c.object.label) for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert shares == {("Osk", "AI accelerator market"), ("Tarn Cloud", "global cloud infrastructure market")}


def test_extract_the_maker_of_the_racks_a_building_is_for_holds_none_of_its_power(extractor: Extractor) -> None:
    text = "Notes\n\nThe first 120 MW building there is designed for Osk K9 racks and should be energised in 2027."
    assert not [c for c in _claims(extractor, text) if c.type == "Capacity" and c.subject.label.startswith("Osk")]


def test_extract_prices_that_move_are_a_price_change_whatever_verb_moves_them(extractor: Extractor) -> None:
    # "rose" is a growth cue nearer the figure than "prices", but what rose is a price
    text = "Contract prices for DDR5 modules charged to Tarnwell by Osk Memory rose by 30% in the fourth quarter."
    moves = [(c.type, c.subject.label, c.value) for c in claims_of(extractor, text) if c.value is not None]
    assert moves == [("PriceChange", "Osk Memory", Decimal(30))]


@pytest.mark.parametrize(
    "text", ["Osk Labs' legal fees rose 40% in 2025.", "Electricity tariffs for Tarnwell Cloud's Lima campus rose 30%."]
)
def test_extract_fees_and_tariffs_that_move_are_no_price_change(extractor: Extractor, text: str) -> None:
    assert not [c for c in claims_of(extractor, text) if c.type == "PriceChange"]


def test_extract_a_short_name_two_firms_begin_with_names_neither(extractor: Extractor) -> None:
    text = (
        "Fleet note\n\nVessa Systems said Nvidia H200 systems make up 60% of its fleet. Vessa Bank is one of its "
        "customers. Vessa declined to comment."
    )
    wholes = {c.object.label for c in claims_of(extractor, text) if c.type == "MarketShare" and c.object}
    assert wholes == {"Vessa Systems fleet"}


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Analysts estimate that SK hynix took 36% of global DRAM revenue in 2025.", "global DRAM revenue"),
    ],
)
def test_extract_a_whole_a_technology_word_describes(extractor: Extractor, text: str, whole: str) -> None:
    # a technology's acronym ("DRAM", which the NER takes for a place) says what is counted, as any word does
    shares = {(c.object.label, c.value) for c in _claims(extractor, text) if c.type == "MarketShare" and c.object}
    assert {label for label, _ in shares} == {whole}


def test_extract_a_column_of_shares_of_spend_is_no_spending_with_the_rows_firms(extractor: Extractor) -> None:
    """ "| Provider | Share of panel GPU spend |" in a data firm's own sheet: each row is a provider's part of what a
    panel spends, not a purchase the firm made from it."""
    text = (
        "Osk Data: panel sheet\n\nOsk Data's GPU Spend Panel records what organisations pay for GPU compute.\n\n"
        "GPU compute spend by provider, 2025\n\n| Provider | Share of panel GPU spend |\n| --- | ---: |\n"
        "| Pell Cloud | 27.8% |\n| Brill Compute | 20.4% |\n"
    )
    assert not pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_a_column_of_shares_of_the_issuers_spend_names_its_suppliers(extractor: Extractor) -> None:
    """ "| Provider | Share of GPU spend |" in a lab's own report: the providers are the lab's suppliers."""
    text = (
        "Tamsin AI: Annual Report 2025\n\nTamsin AI trains language models.\n\nGPU compute by provider, 2025\n\n"
        "| Provider | Share of GPU spend |\n|---|---|\n| Pell Cloud | 61% |\n| Brill Compute | 39% |\n"
    )
    assert {("Tamsin AI", "Pell Cloud"), ("Tamsin AI", "Brill Compute")} <= pairs(
        claims_of(extractor, text), "CustomerOf"
    )


def test_extract_a_class_of_spenders_spending_on_a_thing_is_its_markets_size(extractor: Extractor) -> None:
    # a firm's own benchmark: what organisations worldwide spent is the market's size, not the firm's spending
    text = (
        "Ledgerhill Q1 2026 benchmark\n\n"
        "Ledgerhill tracks what its clients spend on harbour drones. "
        "On our estimate, organisations worldwide spent about $41 billion on harbour drones and drone software in "
        "Q1 2026. Velin Research expects spending on drone docks worldwide to reach $9 billion in 2026."
    )
    claims = claims_of(extractor, text)
    sizes = {c.value for c in claims if c.type == "MarketSize"}
    assert {Decimal(41_000_000_000), Decimal(9_000_000_000)} <= sizes
    assert not [c for c in claims if c.type == "Spending"]


def test_extract_a_firms_clients_spending_on_its_own_service_is_no_markets_size(extractor: Extractor) -> None:
    text = (
        "Title\n\nTarn Cloud's clients worldwide spent $4 million on its GPU cloud in 2025. "
        "Our enterprise customers spent $3 million on drone docks."
    )
    assert not [c for c in claims_of(extractor, text) if c.type == "MarketSize"]
