"""The pure normalisers: figures, periods and modality cues, on the phrasings articles use (news-wire, lists,
tables, Q&A, numbers in words, hedges), not only those of the corpus."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimgraph.extract.normalize import (
    Quantity,
    find_periods,
    find_quantities,
    modality_cues,
    modality_of,
    parse_number_words,
    parse_period,
)
from claimgraph.records import MODALITIES, UNITS

D = Decimal


def only(text: str) -> Quantity:
    """The one quantity of ``text``, checked to name its own span."""
    found = find_quantities(text)
    assert len(found) == 1, found
    quantity = found[0]
    assert text[quantity.start:quantity.end] == quantity.text
    return quantity


# (text, expected span, value, unit)
SINGLE = [
    # percent
    ("a share of 35.8%", "35.8%", "35.8", "percent"),
    ("a five percent rise", "five percent", "5", "percent"),
    ("up 36 percent", "36 percent", "36", "percent"),
    ("36 per cent of sales", "36 per cent", "36", "percent"),
    ("margins of 36 pct", "36 pct", "36", "percent"),
    ("a 2.5 percentage point gain", "2.5 percentage point", "2.5", "percent"),
    ("four hundred percent", "four hundred percent", "400", "percent"),
    ("roughly one and a half percent", "one and a half percent", "1.5", "percent"),
    ("twenty-seven percent of users", "twenty-seven percent", "27", "percent"),
    ("Ninety-nine per cent uptime", "Ninety-nine per cent", "99", "percent"),
    ("two point five percent", "two point five percent", "2.5", "percent"),
    ("a hundred percent", "a hundred percent", "100", "percent"),
    ("margins fell to -5% last year", "-5%", "-5", "percent"),
    ("99.999% uptime", "99.999%", "99.999", "percent"),
    ("| Huawei Cloud | 13% |", "13%", "13", "percent"),
    ("Alibaba Cloud — 35.8%: decisive leader", "35.8%", "35.8", "percent"),
    ("- Tencent Cloud: 7 %", "7 %", "7", "percent"),
    # fractions as shares
    ("half of all tokens", "half", "50", "percent"),
    ("Chinese models took half the market.", "half", "50", "percent"),
    ("a third of revenue", "a third", "33.3", "percent"),
    ("one-third of the market", "one-third", "33.3", "percent"),
    ("one third of the market", "one third", "33.3", "percent"),
    ("two-thirds of developers", "two-thirds", "66.7", "percent"),
    ("a quarter of the market", "a quarter", "25", "percent"),
    ("its share rose to close to a third last year", "a third", "33.3", "percent"),
    ("Kestrel cut the price by two-thirds in June", "two-thirds", "66.7", "percent"),
    ("Sable held a quarter by December", "a quarter", "25", "percent"),
    # a fraction of a unit
    ("roughly half a gigawatt of capacity", "half a gigawatt", "0.5", "GW"),
    ("three quarters of enterprises", "three quarters", "75", "percent"),
    ("a fifth of its revenue", "a fifth", "20", "percent"),
    # money
    ("At $7.3B growing", "$7.3B", "7300000000", "USD"),
    ("a $7.3 billion market", "$7.3 billion", "7300000000", "USD"),
    ("a $7.3bn market", "$7.3bn", "7300000000", "USD"),
    ("a $7.3 bn market", "$7.3 bn", "7300000000", "USD"),
    ("about US$7.3 billion", "US$7.3 billion", "7300000000", "USD"),
    ("about US $7.3 billion", "US $7.3 billion", "7300000000", "USD"),
    ("USD 7.3 billion in revenue", "USD 7.3 billion", "7300000000", "USD"),
    ("7.3 billion US dollars", "7.3 billion US dollars", "7300000000", "USD"),
    ("exceed $15B within", "$15B", "15000000000", "USD"),
    ("$500 million deal", "$500 million", "500000000", "USD"),
    ("$500M deal", "$500M", "500000000", "USD"),
    ("$500m deal", "$500m", "500000000", "USD"),
    ("$2 trillion market", "$2 trillion", "2000000000000", "USD"),
    ("a $2T market", "$2T", "2000000000000", "USD"),
    ("$1.2 million in fees", "$1.2 million", "1200000", "USD"),
    ("$1,000,000 in fees", "$1,000,000", "1000000", "USD"),
    ("$250,000", "$250,000", "250000", "USD"),
    ("$0.14 per call", "$0.14", "0.14", "USD"),
    ("one billion dollars annually", "one billion dollars", "1000000000", "USD"),
    ("five and a half billion dollars", "five and a half billion dollars", "5500000000", "USD"),
    ("a billion dollars a year", "a billion dollars", "1000000000", "USD"),
    ("half a billion dollars", "half a billion dollars", "500000000", "USD"),
    ("twenty-one billion yuan", "twenty-one billion yuan", "21000000000", "CNY"),
    ("RMB 51.8 billion", "RMB 51.8 billion", "51800000000", "CNY"),
    ("Rmb51.8bn", "Rmb51.8bn", "51800000000", "CNY"),
    ("51.8 billion yuan", "51.8 billion yuan", "51800000000", "CNY"),
    ("¥3.2 billion", "¥3.2 billion", "3200000000", "CNY"),
    ("CNY 5 billion", "CNY 5 billion", "5000000000", "CNY"),
    ("20 billion renminbi", "20 billion renminbi", "20000000000", "CNY"),
    ("5 billion RMB", "5 billion RMB", "5000000000", "CNY"),
    ("€2bn of orders", "€2bn", "2000000000", "EUR"),
    ("2 billion euros", "2 billion euros", "2000000000", "EUR"),
    ("£1.2 billion", "£1.2 billion", "1200000000", "GBP"),
    ("JPY 300 billion", "JPY 300 billion", "300000000000", "JPY"),
    ("300 billion yen", "300 billion yen", "300000000000", "JPY"),
    ("₹1,200 crore of orders", "₹1,200 crore", "12000000000", "INR"),
    ("Rs 45 lakh a year", "Rs 45 lakh", "4500000", "INR"),
    ("5,000 crore rupees", "5,000 crore rupees", "50000000000", "INR"),
    ("₩2 trillion", "₩2 trillion", "2000000000000", "KRW"),
    ("AED 500 million", "AED 500 million", "500000000", "AED"),
    ("1.5 billion riyals", "1.5 billion riyals", "1500000000", "SAR"),
    ("463 yi yuan", "463 yi yuan", "46300000000", "CNY"),
    # multiples
    ("roughly 8x the capacity", "8x", "8", "times"),
    ("an 8X jump", "8X", "8", "times"),
    ("8.5x faster", "8.5x", "8.5", "times"),
    ("8.5 times total US additions", "8.5 times", "8.5", "times"),
    ("three times as large", "three times", "3", "times"),
    ("ten times faster", "ten times", "10", "times"),
    ("8× cheaper", "8×", "8", "times"),
    ("a threefold rise", "threefold", "3", "times"),
    ("a three-fold rise", "three-fold", "3", "times"),
    ("a 3-fold rise", "3-fold", "3", "times"),
    ("a tenfold rise", "tenfold", "10", "times"),
    ("twice as fast", "twice", "2", "times"),
    # capacity
    ("540 GW of capacity", "540 GW", "540", "GW"),
    ("540 gigawatts of capacity", "540 gigawatts", "540", "GW"),
    ("a 1.2GW campus", "1.2GW", "1.2", "GW"),
    ("10 MW", "10 MW", "0.01", "GW"),
    ("a 300-megawatt site", "300-megawatt", "0.3", "GW"),
    ("the 512,000-line source code", "512,000-line", "512000", "lines"),
    ("512,000 lines of code", "512,000 lines of code", "512000", "lines"),
    ("1 million tokens", "1 million tokens", "1000000", "tokens"),
    ("a 128k token window", "128k token", "128000", "tokens"),
    ("128k tokens", "128k tokens", "128000", "tokens"),
    ("a 128K-token window", "128K-token", "128000", "tokens"),
    ("2 trillion tokens", "2 trillion tokens", "2000000000000", "tokens"),
    ("a 1-million-token context window", "1-million-token", "1000000", "tokens"),
    ("1.5bn tokens per day", "1.5bn tokens", "1500000000", "tokens"),
    ("1.5 million lines of code", "1.5 million lines of code", "1500000", "lines"),
    ("a 5-percent stake", "5-percent", "5", "percent"),
    ("Sixty-five per cent", "Sixty-five per cent", "65", "percent"),
    ("one hundred and fifty million dollars", "one hundred and fifty million dollars", "150000000", "USD"),
    ("about one-tenth of the price", "one-tenth", "10", "percent"),
    ("- Share: ~31%", "31%", "31", "percent"),
    ("• 45% of enterprises", "45%", "45", "percent"),
    ("1M tokens", "1M tokens", "1000000", "tokens"),
    # a bare fraction after "in" when a whole follows, or after "from" and words that weigh it
    ("Osk brings in roughly a fifth of our revenue", "a fifth", "20", "percent"),
    ("up from a third in January", "a third", "33.3", "percent"),
    ("up from barely a quarter two years earlier", "a quarter", "25", "percent"),
    # a scaled count with no unit of its own, after the token measure it counts
    ("Tarn's daily token volume passed 60 trillion in May", "60 trillion", "60000000000000", "tokens"),
    ("the token usage of Tarn exceeded 30 trillion (300,000 yi) tokens", "30 trillion", "30000000000000", "tokens"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), SINGLE)
def test_normalize_single_figure(text: str, span: str, value: str, unit: str) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.value, quantity.unit, quantity.value_max) == (span, D(value), unit, None)
    assert quantity.unit in UNITS


def test_normalize_values_are_plain_decimals() -> None:
    assert str(only("$7.3B").value) == "7300000000"
    assert str(only("a third of sales").value) == "33.3"
    assert str(only("half of sales").value) == "50"


# (text, span, low, high, unit)
RANGES = [
    ("delivering 80–90% of flagship", "80–90%", "80", "90", "percent"),
    ("delivering 80-90% of flagship", "80-90%", "80", "90", "percent"),
    ("delivering 80 – 90% of flagship", "80 – 90%", "80", "90", "percent"),
    ("delivering 80%–90% of flagship", "80%–90%", "80", "90", "percent"),
    ("80 to 90 percent", "80 to 90 percent", "80", "90", "percent"),
    ("between 80% and 90%", "80% and 90%", "80", "90", "percent"),
    ("between 80 and 90 per cent", "80 and 90 per cent", "80", "90", "percent"),
    ("cuts of 50% to 87.5%", "50% to 87.5%", "50", "87.5", "percent"),
    ("$5–7 billion", "$5–7 billion", "5000000000", "7000000000", "USD"),
    ("$5 billion to $7 billion", "$5 billion to $7 billion", "5000000000", "7000000000", "USD"),
    ("$500 million to $2 billion", "$500 million to $2 billion", "500000000", "2000000000", "USD"),
    ("5 to 7 billion dollars", "5 to 7 billion dollars", "5000000000", "7000000000", "USD"),
    ("between five and seven billion dollars", "five and seven billion dollars", "5000000000", "7000000000",
     "USD"),
    ("ten to fifteen percent", "ten to fifteen percent", "10", "15", "percent"),
    ("3-4x faster", "3-4x", "3", "4", "times"),
    ("RMB 10-20 billion", "RMB 10-20 billion", "10000000000", "20000000000", "CNY"),
    ("90% to 80%", "90% to 80%", "80", "90", "percent"),
    ("US$1.5bn-2bn in capex", "US$1.5bn-2bn", "1500000000", "2000000000", "USD"),
    ("$1.5 to $2 billion", "$1.5 to $2 billion", "1500000000", "2000000000", "USD"),
    ("between $1.5bn and $2bn", "$1.5bn and $2bn", "1500000000", "2000000000", "USD"),
    ("2-3 times more efficient", "2-3 times", "2", "3", "times"),
    ("a 15-20% discount", "15-20%", "15", "20", "percent"),
    # a range a regulator publishes in brackets for a figure it keeps secret
    ("held [30-40]% of capacity", "30-40]%", "30", "40", "percent"),
    ("worth EUR [2-3] billion", "EUR [2-3] billion", "2000000000", "3000000000", "EUR"),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), RANGES)
def test_normalize_range(text: str, span: str, low: str, high: str, unit: str) -> None:
    quantity = only(text)
    assert (quantity.text, quantity.value, quantity.value_max, quantity.unit) == (span, D(low), D(high), unit)


@pytest.mark.parametrize(("text", "values"), [
    # a scale word of a language that writes a decimal comma says how its number is written
    ("R$ 1.350 milhões (US$ 250 milhões)", [("1350000000", "BRL"), ("250000000", "USD")]),
    ("R$ 14,7 bilhões (US$ 2,7 bilhões)", [("14700000000", "BRL"), ("2700000000", "USD")]),
    ("2,3 Mrd. Euro", [("2300000000", "EUR")]),
    ("a share of 12,5 % in 2025", [("12.5", "percent")]),
    ("revenue rose 9,1 per cent", [("9.1", "percent")]),
    ("in 2023,12% of firms", []),  # a year and a figure run together, no decimal comma
    ("Rp 410 billion (US$25 million), S$ 40 million, HK$2 billion", [
        ("410000000000", "IDR"), ("25000000", "USD"), ("40000000", "SGD"), ("2000000000", "HKD")]),
    # English numbers stay as they were: thousands commas, decimal points
    ("sales of $1.350 billion and $1,234 million", [("1350000000", "USD"), ("1234000000", "USD")]),
])
def test_normalize_continental_numbers_and_more_currencies(text: str, values: list[tuple[str, str | None]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(D(v), unit) for v, unit in values]


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("US$ 2,5–3 bilhões", "2500000000", "3000000000", "USD"),  # the scale after the range's high end
    ("€2,5-3,0 Mrd.", "2500000000", "3000000000", "EUR"),
    ("growth of 1,5–2,5 %", "1.5", "2.5", "percent"),
])
def test_normalize_continental_ranges(text: str, low: str, high: str, unit: str) -> None:
    [found] = find_quantities(text)
    assert (found.value, found.value_max, found.unit) == (D(low), D(high), unit)


@pytest.mark.parametrize(("text", "values"), [
    ("the combined share dropped from 70% to 40% over the same period", [("70", "70%"), ("40", "40%")]),
    ("rose from roughly 10% to 36%", [("10", "10%"), ("36", "36%")]),
    ("up from $5bn to $7bn", [("5000000000", "$5bn"), ("7000000000", "$7bn")]),
    ("revenue rose 5% to $2 billion", [("5", "5%"), ("2000000000", "$2 billion")]),
    ("RMB 51.8 billion (about US$7.3 billion)", [("51800000000", "RMB 51.8 billion"),
                                                ("7300000000", "US$7.3 billion")]),
    ("128k or 1 million tokens", [("128000", "128k"), ("1000000", "1 million tokens")]),
    ("5 or 6 percent", [("5", "5"), ("6", "6 percent")]),
    ("Alibaba 35.8%, Volcano Engine 14.8%, Huawei 13%", [("35.8", "35.8%"), ("14.8", "14.8%"), ("13", "13%")]),
])
def test_normalize_two_figures_are_not_a_range(text: str, values: list[tuple[str, str]]) -> None:
    found = find_quantities(text)
    assert [(q.value, q.text) for q in found] == [(D(v), span) for v, span in values]
    assert all(q.value_max is None for q in found)


@pytest.mark.parametrize(("text", "bound", "approximate"), [
    ("up to 97%", "upper", False),
    ("at most 5%", "upper", False),
    ("less than 10%", "upper", False),
    ("fewer than 1 million tokens", "upper", False),
    ("under $5", "upper", False),
    ("below 10%", "upper", False),
    ("no more than 10%", "upper", False),
    ("as much as 40%", "upper", False),
    ("at least 20%", "lower", False),
    ("more than 3x", "lower", False),
    ("more than doubled", "lower", False),
    ("over 50%", "lower", False),
    ("above 10%", "lower", False),
    ("will exceed $15B", "lower", False),
    ("exceeds $1bn", "lower", False),
    ("exceeding $1bn", "lower", False),
    ("in excess of $2bn", "lower", False),
    ("upwards of $2bn", "lower", False),
    ("10% or more", "lower", False),
    ("10%+ of sales", "lower", False),
    ("nearly 30%", "upper", True),
    ("almost 40%", "upper", True),
    ("just under 40%", "upper", True),
    ("nearly half of all tokens", "upper", True),
    ("roughly 8x", "exact", True),
    ("approximately 8.5 times", "exact", True),
    ("about 5%", "exact", True),
    ("around 6%", "exact", True),
    ("some 7%", "exact", True),
    ("an estimated 540 GW", "exact", True),
    ("estimated at roughly one and a half percent", "exact", True),
    ("~8%", "exact", True),
    ("(~8%)", "exact", True),
    ("circa $9bn", "exact", True),
    ("close to 50%", "exact", True),
    ("in the region of $3bn", "exact", True),
    ("20% or so", "exact", True),
    ("less than estimated 10%", "upper", True),
    ("less than an estimated 10%", "upper", True),
    ("slashed prices by up to 97%", "upper", False),
    ("a 36% market share", "exact", False),
])
def test_normalize_bounds_and_hedges(text: str, bound: str, approximate: bool) -> None:
    quantity = only(text)
    assert (quantity.bound, quantity.approximate) == (bound, approximate)
    assert not quantity.text.lower().startswith(("up", "at", "less", "about", "nearly", "~", "some"))


@pytest.mark.parametrize(("text", "value", "unit", "change"), [
    ("a 400 percent increase", "400", "percent", "increase"),
    ("four hundred percent increase in the prior year", "400", "percent", "increase"),
    ("a 20% year-on-year rise", "20", "percent", "increase"),
    ("revenue rose 20%", "20", "percent", "increase"),
    ("revenue grew by 20%", "20", "percent", "increase"),
    ("shares were up 20%", "20", "percent", "increase"),
    ("prices dropped by 20%", "20", "percent", "decrease"),
    ("prices fell 20%", "20", "percent", "decrease"),
    ("a 20% drop", "20", "percent", "decrease"),
    ("a 30% price cut", "30", "percent", "decrease"),
    ("sales were down 5%", "5", "percent", "decrease"),
    ("cut prices by 97%", "97", "percent", "decrease"),
    ("slashed prices for its Qwen models by up to 97%", "97", "percent", "decrease"),
    ("Compute Value Plummets 80%", "80", "percent", "decrease"),
    ("revenue tripled", "3", "times", "increase"),
    ("revenue figures tripling over the period", "3", "times", "increase"),
    ("expected to triple by 2027", "3", "times", "increase"),
    ("revenue doubled", "2", "times", "increase"),
    ("capacity quadrupled", "4", "times", "increase"),
    ("volume has surged more than 3x", "3", "times", "increase"),
    ("prices halved", "50", "percent", "decrease"),
    ("shrank by a third", "33.3", "percent", "decrease"),
    ("cut costs by half", "50", "percent", "decrease"),
    ("An increase of 25%", "25", "percent", "increase"),
    ("a cut of 20%", "20", "percent", "decrease"),
    ("a 2x improvement", "2", "times", "increase"),
    ("a 35% QoQ decline", "35", "percent", "decrease"),
    ("a two-fold increase", "2", "times", "increase"),
    ("sales fell by as much as 50 per cent", "50", "percent", "decrease"),
    ("Moonshot raised $1bn", "1000000000", "USD", None),
    ("a 35.8% share", "35.8", "percent", None),
    ("growing at 26.8% CAGR", "26.8", "percent", None),
    ("8.5 times total US additions", "8.5", "times", None),
    ("ten times faster", "10", "times", None),
    ("H100 ↓ 20%", "20", "percent", "decrease"),
    ("revenue ↑ 12%", "12", "percent", "increase"),
    ("domestic chips made up 58 per cent of installations", "58", "percent", None),
    ("it took up a third of the floor", "33.3", "percent", None),
])
def test_normalize_change(text: str, value: str, unit: str, change: str | None) -> None:
    quantity = only(text)
    assert (quantity.value, quantity.unit, quantity.change) == (D(value), unit, change)


def test_normalize_plus_sign_is_an_increase() -> None:
    revenue, growth = find_quantities("- Revenue: $4.2B (+12% YoY)")
    assert (revenue.value, revenue.change) == (D("4.2e9"), None)
    assert (growth.text, growth.value, growth.change) == ("+12%", D(12), "increase")


def test_normalize_cut_keeps_value_positive() -> None:
    quantity = only("Alibaba recently slashed prices for its Qwen models by up to 97%.")
    assert (quantity.value, quantity.bound, quantity.change, quantity.text) == (D(97), "upper", "decrease", "97%")


@pytest.mark.parametrize("text", [
    "In 2025, China added capacity.",
    "since 2023",
    "FY2026 and Q2 2024 and 2Q24 and 1H25 and H1 2025",
    "three months",
    "four years",
    "within eighteen months",
    "every twelve months",
    "one of the largest providers",
    "a 70-billion parameter model",
    "an 8-billion parameter model",
    "an 8B model",
    "Qwen 2.5 and GPT-5",
    "H100/B200 clusters",
    "at 10:30 on the 1st",
    "Year 3: Asset Write-Down",
    "tens of billions of dollars",
    "hundreds of millions of users",
    "billions into hardware",
    "millions in subsidized cloud credits",
    "a 3x3 matrix",
    "2024-2025",
    "2025 - 2026",
    "a third-party foundation model",
    "the first half of 2025",
    "in the second quarter",
    "a quarter earlier",
    "the third quarter",
    "double-digit growth",
    "to double down on AI",
    "twice a year",
    "three times a day",
    "ZK$5 billion",
    "5 billion Hong Kong dollars",
    "99 problems",
    "at times",
    "a half-life",
    "half the time",
    "the other half stayed home",
    "in the first half we grew",
    "about half an hour",
    "nearly a quarter earlier",
    "in a quarter",
    "in a quarter of an hour",
    "Token prices fell while revenue reached 3 billion",
    "",
])
def test_normalize_no_quantity(text: str) -> None:
    assert find_quantities(text) == []


def test_normalize_spans_index_the_given_text() -> None:
    text = "Chinese LLMs captured a 36% share in late April 2026, up from roughly 10% in early January."
    found = find_quantities(text)
    assert [(text[q.start:q.end], q.value) for q in found] == [("36%", D(36)), ("10%", D(10))]
    assert found[1].approximate and not found[0].approximate


def test_normalize_corpus_sentence() -> None:
    text = "At $7.3B growing at 26.8% CAGR, this market will exceed $15B within four years."
    assert [(q.text, q.value, q.unit, q.bound) for q in find_quantities(text)] == [
        ("$7.3B", D("7.3e9"), "USD", "exact"), ("26.8%", D("26.8"), "percent", "exact"),
        ("$15B", D("15e9"), "USD", "lower"),
    ]


@pytest.mark.parametrize(("text", "value", "used", "fraction"), [
    ("one", "1", "one", False),
    ("ninety-nine", "99", "ninety-nine", False),
    ("one hundred and twenty", "120", "one hundred and twenty", False),
    ("two million five hundred thousand", "2500000", "two million five hundred thousand", False),
    ("a dozen", "12", "a dozen", False),
    ("two dozen", "24", "two dozen", False),
    ("one and a half", "1.5", "one and a half", False),
    ("two point five", "2.5", "two point five", False),
    ("three point one four", "3.14", "three point one four", False),
    ("a billion", "1000000000", "a billion", False),
    ("half", "0.5", "half", True),
    ("two-thirds", "0.666667", "two-thirds", True),
    ("one and two", "1", "one", False),
    ("seven and a lot", "7", "seven", False),
])
def test_normalize_number_words(text: str, value: str, used: str, fraction: bool) -> None:
    parsed = parse_number_words(text)
    assert parsed is not None
    assert (round(parsed[0], 6), text[:parsed[1]], parsed[2]) == (D(value), used, fraction)


@pytest.mark.parametrize("text", ["million", "and a half", "a", "point five", "third", "quarter"])
def test_normalize_number_words_reject(text: str) -> None:
    assert parse_number_words(text) is None


# (text, anchor, expected first period)
PERIODS = [
    ("the third quarter of fiscal 2026", None, "FY2026-Q3"),
    ("Q3 FY2026", None, "FY2026-Q3"),
    ("its fiscal second quarter of 2025", None, "FY2025-Q2"),
    ("the fourth quarter", "FY2026-Q3", "FY2026-Q4"),
    ("the third quarter of 2025", "FY2026", "2025-Q3"),
    ("in late April 2026", None, "2026-04"),
    ("April 12, 2026", None, "2026-04"),
    ("12 April 2026", None, "2026-04"),
    ("Sept. 2025", None, "2025-09"),
    ("Jan 2026", None, "2026-01"),
    ("2026-04-12", None, "2026-04"),
    ("in early January", "2026-05-02", "2026-01"),
    ("in early January", "2026", "2026-01"),
    ("in April", "2025-10-25", "2025-04"),
    ("April", "2025-10-25", "2025-04"),
    ("mid-March", "2026", "2026-03"),
    ("in May", "2026", "2026-05"),
    ("FY2026", None, "FY2026"),
    ("FY 2026", None, "FY2026"),
    ("FY26", None, "FY2026"),
    ("fiscal 2026", None, "FY2026"),
    ("fiscal year 2026", None, "FY2026"),
    ("the 2026 fiscal period", None, "FY2026"),
    ("its 2026 fiscal year", None, "FY2026"),
    ("fiscal-year 2026", None, "FY2026"),
    ("CY25", None, "2025"),  # a calendar year, said so beside fiscal ones
    ("CY2026", None, "2026"),
    ("calendar 2025", None, "2025"),
    ("the first half of 2025", None, "2025-H1"),
    ("H1 2025", None, "2025-H1"),
    ("H2'25", None, "2025-H2"),
    ("1H25", None, "2025-H1"),
    ("first-half 2025", None, "2025-H1"),
    ("in the second half", "2026-05-02", "2025-H2"),  # told as past: the latest second half that has ended
    ("was 19% in the first half", "2026-03-18", "2025-H1"),
    ("in the first half", "2026-08-02", "2026-H1"),
    ("in the fourth quarter", "2026-03-04", "2025-Q4"),  # reported results: the latest fourth quarter
    ("in the first quarter", "2026-05-02", "2026-Q1"),
    ("in December", "2026-03-04", "2025-12"),
    ("in the October-December period of 2025, then in March", "2026-06-01", "2025-Q4"),
    ("in the October-December period", "2026-02-01", "2025-Q4"),
    ("in the December quarter alone", "2026-02-01", "2025-Q4"),
    ("in the year to August 2025", "2026-02-01", "FY2025"),
    ("Q2 2024", None, "2024-Q2"),
    ("Q2 of 2024", None, "2024-Q2"),
    ("the second quarter of 2024", None, "2024-Q2"),
    ("fourth-quarter 2024", None, "2024-Q4"),
    ("2Q24", None, "2024-Q2"),
    ("Q3", "2025-10-25", "2025-Q3"),
    ("in 2025", None, "2025"),
    ("since 2023", None, "2023"),
    ("by mid-2027", None, "2027"),
    ("rented in 2016", None, "2016"),
    ("last year", "FY2026", "FY2025"),
    ("the prior year", "FY2026", "FY2025"),
    ("the prior year", "2026", "2025"),
    ("the previous year", "2026-04", "2025"),
    ("a year earlier", "2026-05-02", "2025"),
    ("this year", "2026", "2026"),
    ("this year", "2026-05-02", "2026"),
    ("next year", "2026", "2027"),
    ("last fiscal year", "2026", "FY2025"),
    ("2025E revenue", None, "2025"),
    ("the 2030F market", None, "2030"),
    ("~$9.8B 2025e", None, "2025"),
    ("~$27B 2028f", None, "2028"),
    ("2024A: $6.1B", None, "2024"),
    ("on-demand down 45% (Jun-25)", None, "2025-06"),
    ("LOI signed 12-Feb-26", None, "2026-02"),
    ("no period here", None, None),
    ("costs $2026 in total", None, None),
    ("the 2026-line file", None, None),
    ("2026% growth", None, None),
    ("last year", None, None),
    ("in early January", None, None),
    ("May I ask?", "2026", None),
    ("H100 chips", None, None),
]


@pytest.mark.parametrize(("text", "anchor", "expected"), PERIODS)
def test_normalize_parse_period(text: str, anchor: str | None, expected: str | None) -> None:
    assert parse_period(text, anchor) == expected


def test_normalize_find_periods_spans_and_order() -> None:
    text = "Chinese models surged from 10% in January to 36% by late April 2026, after tripling in FY2025."
    periods = find_periods(text, anchor="2026-05-02")
    assert [(p.value, p.text) for p in periods] == [
        ("2026-01", "January"), ("2026-04", "late April 2026"), ("FY2025", "FY2025"),
    ]
    assert all(text[p.start:p.end] == p.text for p in periods)


def test_normalize_find_periods_resolve_against_a_period_the_text_gives() -> None:
    text = "revenue tripled over the 2026 fiscal period, after a 400 percent increase in the prior year"
    assert [p.value for p in find_periods(text)] == ["FY2026", "FY2025"]
    assert [p.value for p in find_periods(text, "2025-10-25")] == ["FY2026", "FY2025"]
    assert [p.value for p in find_periods("36% in late April 2026, up from 10% in early January")] == [
        "2026-04", "2026-01"]
    assert [p.value for p in find_periods("in early January, and in the prior year", "FY2026")] == [
        "2026-01", "FY2025"]


def test_normalize_find_periods_relative_without_anchor_is_dropped() -> None:
    assert find_periods("a 400 percent increase in the prior year") == []
    assert parse_period("the prior year", "FY2026") == "FY2025"


# (text, expected modality)
MODALITY = [
    ("OpenAI doesn’t officially operate in mainland China.", "negated"),
    ("OpenAI doesn't officially operate in mainland China.", "negated"),
    ("Google’s models aren’t readily available there either.", "negated"),
    ("The company has no official presence in China.", "negated"),
    ("It no longer sells there.", "negated"),
    ("Anthropic never entered the market.", "negated"),
    ("The firm lacks a licence.", "negated"),
    ("in the absence of Western competition", "negated"),
    ("Microsoft denied the report.", "negated"),
    ("The claim was refuted by the company.", "negated"),
    ("The model is not available in China.", "negated"),
    ("It cannot be used there.", "negated"),
    ("this market will exceed $15B within four years", "forecast"),
    ("The market is expected to reach $50B.", "forecast"),
    ("Revenues are expected to double.", "forecast"),
    ("IDC forecasts 30% growth.", "forecast"),
    ("a projected $20bn market", "forecast"),
    ("Gartner projects that spending will rise", "forecast"),
    ("Spending is set to rise 20%.", "forecast"),
    ("on track to hit $10bn", "forecast"),
    ("a market of $100bn by 2030", "forecast"),
    ("growth anticipated at 20%", "forecast"),
    ("the market could reach $1 trillion", "forecast"),
    ("Demand is likely to grow 30%.", "forecast"),
    ("capacity should double within three years", "forecast"),
    ("The unit's sales may reach $10bn", "forecast"),
    ("Costs could potentially fall 40%", "forecast"),
    ("Alibaba plans to invest RMB 380 billion", "forecast"),
    ("40 GW by 2030", "forecast"),
    ("reportedly allocating approximately one billion dollars annually", "estimated"),
    ("estimated at roughly one and a half percent", "estimated"),
    ("about 20% of revenue", "estimated"),
    ("around 6% of the market", "estimated"),
    ("some $5bn of orders", "estimated"),
    ("nearly half of all tokens", "estimated"),
    ("almost 40% of sales", "estimated"),
    ("~8% of the market", "estimated"),
    ("circa 2,000 GPUs", "estimated"),
    ("close to 50% of the market", "estimated"),
    ("Analysts estimate the market at $5bn.", "estimated"),
    ("The unit is believed to earn $1bn.", "estimated"),
    ("an estimated 540 GW of new capacity", "estimated"),
    ("According to OpenRouter, Chinese models captured 36%.", "reported"),
    ("Revenue reportedly tripled.", "reported"),
    ("Nvidia said revenue rose 20%.", "reported"),
    ("Sources say the deal is worth $1bn.", "reported"),
    ("The company reported revenue of $5bn.", "reported"),
    ("Per IDC, the market grew 20%.", "reported"),
    ("He told Reuters the figure was 20%.", "reported"),
    ("Internal reporting indicates revenue tripled.", "reported"),
    ("The firm claims a 30% share.", "reported"),
    ("Alibaba announced a 97% price cut.", "reported"),
    ("It disclosed revenue of $2bn.", "reported"),
    ("The CEO stated that margins were 40%.", "reported"),
    ("Alibaba Cloud — 35.8%: decisive leader", "asserted"),
    ("Alibaba recently slashed prices for its Qwen models by up to 97%.", "asserted"),
    ("This arrangement not only satisfies the demand", "asserted"),
    ("Prices were cut by no more than 10%.", "asserted"),
    ("worries about China", "asserted"),
    ("a price of $5 per million tokens", "asserted"),
    ("revenue of 36 per cent", "asserted"),
    ("in the United States", "asserted"),
    ("without Western competition", "asserted"),
    ("It is the No. 1 provider with a 30% share", "asserted"),
    ("Whether or not it sells, the share is 30%.", "asserted"),
]


@pytest.mark.parametrize(("text", "expected"), MODALITY)
def test_normalize_modality_of(text: str, expected: str) -> None:
    assert modality_of(text) == expected
    assert expected in MODALITIES


@pytest.mark.parametrize(("text", "expected"), [
    ("reportedly allocating approximately one billion dollars", {"reported", "estimated"}),
    ("Analysts said it will not exceed $5bn", {"reported", "forecast", "negated"}),
    ("Alibaba Cloud — 35.8%", set()),
])
def test_normalize_modality_cues(text: str, expected: set[str]) -> None:
    assert modality_cues(text) == expected


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("a market of $100bn by 2030", "2026-04-01", "forecast"),
    ("2030F market size: $100bn", "2026-04-01", "forecast"),
    ("2025E revenue: $4bn", "2026-04-01", "estimated"),
    ("captured 36% by 2025", "2026-04-01", "asserted"),
    ("captured 36% by late April 2026", "2026-05-02", "asserted"),
])
def test_normalize_modality_dated_cues_use_the_anchor(text: str, anchor: str, expected: str) -> None:
    assert modality_of(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("three in ten companies use it", "three in ten", "30"),
        ("one dollar in every eight goes to cloud", "one dollar in every eight", "12.5"),
        ("in 2025 one in four firms", "one in four", "25"),
        ("3 of 4 buyers", "3 of 4", "75"),
    ],
)
def test_normalize_proportions_in_words_are_percentages(text: str, span: str, value: str) -> None:
    [quantity] = find_quantities(text)
    assert (quantity.text, quantity.value, quantity.unit) == (span, Decimal(value), "percent")


def test_normalize_a_level_after_a_percentage_is_a_percentage() -> None:
    found = find_quantities("its share went from about 95% to effectively zero, and from 40 percent to nine")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("95%", D(95), "percent"),
        ("zero", D(0), "percent"),
        ("40 percent", D(40), "percent"),
        ("nine", D(9), "percent"),
    ]
    # the level quoted, and hedged with another adverb
    found = find_quantities('its share had gone from 95% to "basically zero"')
    assert [(q.text, q.value, q.unit) for q in found] == [("95%", D(95), "percent"), ("zero", D(0), "percent")]


def test_normalize_a_power_unit_with_its_article_alone_is_one() -> None:
    found = find_quantities("bringing well over a gigawatt online, and half a gigawatt more; a megawatt-scale site")
    assert [(q.text, q.value, q.unit, q.bound) for q in found] == [
        ("a gigawatt", D(1), "GW", "lower"),
        ("half a gigawatt", D("0.5"), "GW", "exact"),
    ]


def test_normalize_a_forecasts_month_or_quarter_is_the_next_one_not_the_last() -> None:
    # said in June 2026: a result "in July" is July 2025, a plan "in July" July 2026; the current quarter stays
    assert [p.value for p in find_periods("in July", anchor="2026-06-03")] == ["2025-07"]
    assert [p.value for p in find_periods("in July", anchor="2026-06-03", ahead=True)] == ["2026-07"]
    assert [p.value for p in find_periods("in March", anchor="2026-06-03", ahead=True)] == ["2027-03"]
    assert [p.value for p in find_periods("in the second quarter", anchor="2026-06-03", ahead=True)] == ["2026-Q2"]
    assert [p.value for p in find_periods("in the second half", anchor="2026-05-02", ahead=True)] == ["2026-H2"]
    assert [p.value for p in find_periods("in the first half", anchor="2026-08-02", ahead=True)] == ["2027-H1"]
    assert [p.value for p in find_periods("in the first quarter", anchor="2026-06-03", ahead=True)] == ["2027-Q1"]
    assert [p.value for p in find_periods("in July 2025", anchor="2026-06-03", ahead=True)] == ["2025-07"]


def test_a_multiple_with_a_fraction_is_no_count_of_events() -> None:
    # "three times a year" counts events; a fraction of a time cannot, so it multiplies
    assert [(q.value, q.unit) for q in find_quantities("Its order book grew 1.7 times over the year.")] == [
        (Decimal("1.7"), "times")
    ]
    assert find_quantities("The board met three times over the year.") == []


def test_last_year_counts_from_the_articles_date_and_the_prior_year_from_the_texts() -> None:
    deictic = find_periods("from 7% in 2023 to about 18% last year", "2026-05-01", today="2026-05-01")
    assert [p.value for p in deictic] == ["2023", "2025"]
    anaphoric = find_periods("sales fell in 2023 after rising the prior year", "2026-05-01", today="2026-05-01")
    assert [p.value for p in anaphoric] == ["2023", "2022"]
    fiscal = find_periods("up from last year", "FY2026-Q2", today="2026-05-01")
    assert [p.value for p in fiscal] == ["2025"]  # the article's calendar, not the fiscal period in force


def test_normalize_the_full_year_is_the_anchors_year_unless_its_own_year_follows() -> None:
    assert [p.value for p in find_periods("capex for the full fiscal year will rise", "FY2026-Q3")] == ["FY2026"]
    assert [p.value for p in find_periods("revenue for the full year", "2026-05-01")] == ["2026"]
    assert [p.value for p in find_periods("revenue for the full year 2025", "2026-05-01")] == ["2025"]


def test_normalize_may_have_done_is_an_estimate_not_an_obligation() -> None:
    assert modality_of("the rules may have cost Osk as much as $2 billion") == "estimated"
    assert modality_of("Tarn's revenue might have doubled last year") == "estimated"
    assert modality_of("Osk may have to cut prices by 10%") == "asserted"  # an obligation, not a hedge


def test_normalize_six_months_to_june_or_december_is_a_calendar_half() -> None:
    assert [p.value for p in find_periods("revenue in the six months to December", "2026-01-15")] == ["2025-H2"]
    assert [p.value for p in find_periods("the six months ended June 2024", None)] == ["2024-H1"]


def test_a_number_written_with_east_asian_numerals_is_no_figure_of_a_range() -> None:
    text = "The market grew 18% to 3兆2,000億円 (about $21.3 billion) in 2026."
    assert [(q.text, q.unit) for q in find_quantities(text)] == [("18%", "percent"), ("$21.3 billion", "USD")]
