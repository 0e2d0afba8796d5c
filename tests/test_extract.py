"""The extractor on small texts written for these tests (never sentences of the corpus): each pattern family
once, in the styles unseen articles use — lists, tables, possessives, hedges, negations, sanctions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimgraph.extract import Extractor
from claimgraph.extract.collective_spending import collective_spending
from claimgraph.extract.comparisons import of_an_unnamed_price
from claimgraph.extract.discover import find_mentions
from claimgraph.extract.document import read_document
from claimgraph.extract.lexicon import load_lexicon
from claimgraph.records import Article, Claim, SourceMetadata


def _claims(extractor: Extractor, text: str, date: str | None = "2026-05-01") -> list[Claim]:
    article = Article(id="t", file="t.txt", text=text, media_type="text/plain", metadata=SourceMetadata(date=date))
    return list(extractor.extract(article).claims)


def _one(claims: list[Claim], claim_type: str, subject: str) -> Claim:
    found = [c for c in claims if c.type == claim_type and c.subject.label == subject]
    assert len(found) == 1, [(c.type, c.subject.label, c.value) for c in claims]
    return found[0]


def test_extract_every_quote_is_the_text_at_its_offsets(extractor: Extractor) -> None:
    text = "Huawei Cloud — 18%: strong in government.\nTencent Cloud — 9%: gaming workloads.\n"
    for claim in _claims(extractor, text):
        for evidence in claim.evidence:
            assert text[evidence.start : evidence.end] == evidence.quote


def test_extract_list_rows_are_shares_of_the_market_above_them(extractor: Extractor) -> None:
    text = (
        "China AI cloud market shares\n"
        "Huawei Cloud — 18%: strong in government.\n"
        "Tencent Cloud — 9%: gaming workloads.\n"
        "Nimbus Compute — 2.5%: a newcomer.\n"
    )
    claims = _claims(extractor, text)
    huawei = _one(claims, "MarketShare", "Huawei Cloud")
    assert huawei.value == Decimal("18") and huawei.unit == "percent"
    assert huawei.object is not None and huawei.object.label == "China AI cloud market"
    newcomer = _one(claims, "MarketShare", "Nimbus Compute")  # unknown to the gazetteer: the list names it
    assert not newcomer.subject.known


def test_extract_money_in_words_and_hedges(extractor: Extractor) -> None:
    text = "Tencent reportedly spends roughly two billion dollars a year on Huawei Cloud capacity."
    spending = _one(_claims(extractor, text), "Spending", "Tencent")
    assert spending.value == Decimal("2000000000") and spending.unit == "USD"
    assert spending.modality == "estimated"


def test_extract_forecast_market_size(extractor: Extractor) -> None:
    text = "Analysts say the China AI cloud market will exceed $40 billion by 2030."
    size = _one(_claims(extractor, text), "MarketSize", "China AI cloud market")
    assert size.value == Decimal("40000000000") and size.modality == "forecast"


def test_extract_price_cut_is_negative_and_states_offers(extractor: Extractor) -> None:
    claims = _claims(extractor, "Baidu cut prices for its ERNIE models by 80% in March.")
    cut = _one(claims, "PriceChange", "Baidu")
    assert cut.value == Decimal("-80") and cut.object is not None and cut.object.label == "ERNIE"
    assert _one(claims, "Offers", "Baidu").object == cut.object


@pytest.mark.parametrize(
    ("text", "claim_type", "subject", "obj"),
    [
        ("Zhipu AI’s GLM models are popular with banks.", "Develops", "Zhipu AI", "GLM"),
        ("Moonshot AI (Kimi) raised money this spring.", "Develops", "Moonshot AI", "Kimi"),
        ("Kuaishou, the parent company of the app, grew fast.", None, None, None),
        ("ByteDance, the parent company of Douyin, expanded its cloud.", "SubsidiaryOf", "Douyin", "ByteDance"),
        ("JD Cloud now offers DeepSeek-R1 to retailers.", "Offers", "JD Cloud", "DeepSeek-R1"),
        ("Meituan uses Alibaba Cloud for its delivery models.", "CustomerOf", "Meituan", "Alibaba Cloud"),
    ],
)
def test_extract_relations(
    extractor: Extractor, text: str, claim_type: str | None, subject: str | None, obj: str | None
) -> None:
    claims = [c for c in _claims(extractor, text) if c.type not in ("MarketShare",)]
    if claim_type is None:
        assert not [c for c in claims if c.type == "SubsidiaryOf"]
        return
    claim = _one(claims, claim_type, subject or "")
    assert claim.object is not None and claim.object.label == obj


def test_extract_negated_presence(extractor: Extractor) -> None:
    claim = _one(_claims(extractor, "Anthropic does not operate in China."), "OperatesIn", "Anthropic")
    assert claim.object is not None and claim.object.label == "China" and claim.modality == "negated"


def test_extract_sanction_effect_but_not_an_intention(extractor: Extractor) -> None:
    effect = _claims(extractor, "US export controls have cut Chinese AI labs off from Nvidia's best chips.")
    assert [c.object.label for c in effect if c.type == "SanctionEffect" and c.object] == ["Chinese AI labs"]
    aim = _claims(extractor, "US export controls were designed to slow Chinese AI labs.")
    assert not [c for c in aim if c.type == "SanctionEffect"]


def test_extract_restatements_are_one_claim_with_several_spans(extractor: Extractor) -> None:
    text = (
        "Shares of the China AI cloud market\nHuawei Cloud — 18%: strong in government.\nTencent Cloud — 9%: games.\n"
        "\nHuawei Cloud — 18%: again.\n"
    )
    claim = _one(_claims(extractor, text), "MarketShare", "Huawei Cloud")
    assert len(claim.evidence) == 2


def test_extract_table_rows_are_read_by_their_column_headers(extractor: Extractor) -> None:
    text = (
        "Cloud league table\n\n"
        "According to Omdia, the table below shows shares of China's AI public cloud market in 2025.\n\n"
        "| Provider | Share | Revenue growth | Model offered |\n"
        "|---|---|---|---|\n"
        "| Huawei Cloud | 17.0% | -8% | Pangu |\n"
        "| Nimbus Compute | 1.2% | +55% | Nimbus-2 |\n"
    )
    claims = _claims(extractor, text)
    share = _one(claims, "MarketShare", "Huawei Cloud")
    assert share.value == Decimal("17.0") and share.time == "2025" and share.modality == "reported"
    assert share.object is not None and share.object.label == "China AI public cloud market"
    assert share.attributed_to is not None and share.attributed_to.label == "Omdia"
    assert share.evidence[0].quote == "| Huawei Cloud | 17.0% | -8% | Pangu |"
    assert _one(claims, "Revenue", "Huawei Cloud").value == Decimal("-8")
    offered = _one(claims, "Offers", "Nimbus Compute")
    assert offered.object is not None and offered.object.label == "Nimbus-2" and not offered.object.known


def test_extract_sales_a_rule_costs_a_company_are_its_effect_not_its_revenue(extractor: Extractor) -> None:
    text = (
        "How the new chip rules hit suppliers\n\n"
        "Marlow Semiconductor said the rules would cost it about $1.5 billion in sales next year.\n"
    )
    claims = _claims(extractor, text)
    assert not [c for c in claims if c.type == "Revenue"]
    assert {c.object.label for c in claims if c.type == "SanctionEffect" and c.object} == {"Marlow Semiconductor"}


def test_extract_no_sanction_effect_in_an_indirect_question(extractor: Extractor) -> None:
    text = (
        "The export curbs: nobody knows yet what they have cost Osk Semiconductor or Tarnwell. "
        "Whether the rules hurt Tarnwell is debated. Under the export controls, Osk Semiconductor lost $2 billion "
        "of sales."
    )
    parties = {c.object.label for c in _claims(extractor, text) if c.type == "SanctionEffect" and c.object}
    assert parties == {"Osk Semiconductor"}


def test_extract_an_effect_denied_on_a_partys_business_is_a_negated_sanction_effect(extractor: Extractor) -> None:
    text = (
        "The US export controls on AI chips took effect in May. Brisco Cloud said the controls had no real effect "
        "on its business."
    )
    effects = [c for c in _claims(extractor, text) if c.type == "SanctionEffect"]
    assert [(c.object.label if c.object else None, c.modality) for c in effects] == [("Brisco Cloud", "negated")]


def test_extract_sanction_effects_on_whom_it_is_harder_for_and_on_the_speakers_revenue(extractor: Extractor) -> None:
    text = (
        "The US export controls on AI chips took effect in May. The curbs made it harder for Tarnwell Labs to buy "
        "GPUs. The export ban raised costs for Brisco Cloud. Osk Semiconductor said the licence requirement would "
        "reduce revenue by $300 million."
    )
    parties = {c.object.label for c in _claims(extractor, text) if c.type == "SanctionEffect" and c.object}
    assert parties == {"Tarnwell Labs", "Brisco Cloud", "Osk Semiconductor"}


def test_extract_who_makes_or_suspends_a_rule_is_not_its_party(extractor: Extractor) -> None:
    text = (
        "The US export controls on AI chips took effect in May. In June the Bureau of Industry and Security "
        "suspended the rule for a year, and later extended the curbs to Tarnwell Labs."
    )
    parties = {c.object.label for c in _claims(extractor, text) if c.type == "SanctionEffect" and c.object}
    assert parties == {"Tarnwell Labs"}


def test_extract_a_figure_restated_in_other_numerals_is_one_claim(extractor: Extractor) -> None:
    text = "Osk Group said it will invest more than RMB 380 billion (3,800 yi yuan) in cloud infrastructure."
    spending = [c for c in _claims(extractor, text) if c.type == "Spending"]
    assert [(c.subject.label, c.value, c.unit) for c in spending] == [("Osk Group", 380000000000, "CNY")]


def test_extract_a_rule_makers_act_falls_on_the_party_it_names_and_listed_members_are_parties(
    extractor: Extractor,
) -> None:
    text = (
        "US export controls tightened again. Since May the US Commerce Department's Bureau of Industry and Security "
        "has required a licence to export the most capable AI chips to Vietnam. In December it added 90 entities "
        "to the Entity List, including Tessel Robotics."
    )
    parties = {c.object.label for c in _claims(extractor, text) if c.type == "SanctionEffect" and c.object}
    assert parties == {"Vietnam", "Tessel Robotics"}


def test_extract_cost_and_performance_compared_with_another_model(extractor: Extractor) -> None:
    text = (
        "Osk AI says Tarn-3 rivals Vela-2 at about a ninth of the cost. "
        "Tarn-4 costs about 5% of what Vela-3 bills, and runs three times as fast. "
        "Its Tarn Coder plan costs a sixth of the price of a similar Vela Code plan. "
        "Brisco cut 60% off the price of Tarn-3 calls in June."
    )
    claims = _claims(extractor, text)
    compared = {
        (c.subject.label, c.object.label if c.object else None, c.value, c.unit)
        for c in claims
        if c.type == "CostPerformance"
    }
    assert compared == {
        ("Tarn-3", "Vela-2", Decimal("11.1"), "percent"),
        ("Tarn-4", "Vela-3", Decimal(5), "percent"),
        ("Tarn-4", "Vela-3", Decimal(3), "times"),
        ("Tarn Coder", "Vela Code", Decimal("16.7"), "percent"),
    }
    assert [c.value for c in claims if c.type == "PriceChange"] == [Decimal(-60)]  # a cut, not a comparison


def test_extract_a_part_of_an_unnamed_price_is_no_claim(extractor: Extractor) -> None:
    text = "Halden says its new model matches rivals at an eighth of the price."
    assert not [c for c in _claims(extractor, text) if c.type in ("PriceChange", "CostPerformance")]


def test_extract_a_price_change_holds_for_every_model_coordinated_and_pricing_is_offering(
    extractor: Extractor,
) -> None:
    text = (
        "Osk AI launched Tarn-2 this spring. In May 2025 Harl Cloud priced Pim-2 pro-32k input at $0.10 per million "
        "tokens, and Osk Cloud made Tarn Speed and Tarn Lite free of charge. Fell Cloud cut prices of Vela-3 and "
        "Vela-4 by 50% in June."
    )
    claims = _claims(extractor, text)
    changes = {
        (c.subject.label, c.object.label if c.object else None, c.value) for c in claims if c.type == "PriceChange"
    }
    assert changes == {
        ("Osk Cloud", "Tarn Speed", Decimal(-100)),
        ("Osk Cloud", "Tarn Lite", Decimal(-100)),
        ("Fell Cloud", "Vela-3", Decimal(-50)),
        ("Fell Cloud", "Vela-4", Decimal(-50)),
    }
    offers = {(c.subject.label, c.object.label if c.object else None) for c in claims if c.type == "Offers"}
    assert ("Harl Cloud", "Pim-2 pro-32k") in offers
    assert {("Osk Cloud", "Tarn Speed"), ("Fell Cloud", "Vela-4")} <= offers


def test_extract_sanction_effects_told_as_responses_charges_and_what_a_rule_applies_to(
    extractor: Extractor,
) -> None:
    text = (
        "The US export controls on AI chips took effect in May. Osk Semiconductor recorded a charge of $300 "
        "million. Brisco Systems said it had been unable to export its $90 million backlog. Tarnwell Labs flagged "
        "a possible charge of $50 million. Halden Chips responded within weeks with a slower part."
    )
    parties = {c.object.label for c in _claims(extractor, text) if c.type == "SanctionEffect" and c.object}
    assert parties == {"Osk Semiconductor", "Brisco Systems", "Tarnwell Labs", "Halden Chips"}


def test_extract_one_sanction_effect_per_party_and_effect_in_a_sentence(extractor: Extractor) -> None:
    text = (
        "The US export controls on AI chips took effect in May. Osk Semiconductor recorded a charge of $300 million "
        "and warned of lower orders."
    )
    effects = {
        (c.object.label if c.object else None, c.effect) for c in _claims(extractor, text) if c.type == "SanctionEffect"
    }
    assert effects == {("Osk Semiconductor", "record"), ("Osk Semiconductor", "warn")}


def test_extract_a_price_change_of_an_offering_a_cloud_rents_out(extractor: Extractor) -> None:
    text = (
        "Marrow Cloud is a Danish provider. Marrow Cloud trimmed list prices on its spot GPU clusters by 15% in "
        "March. Pell Compute raised its bare-metal rental prices by about 6%. In April Quarry Cloud cut prices for "
        "its K7 instances, which run on Osk chips, by up to 30%. The company does not yet sell Osk's newest "
        "accelerators, although it lowered hourly prices for its K5 instances by 10% in May. Osk AI released "
        "Pim-4 in May. Pell Compute raised the price of the batch tier of Pim-4 by 20%."
    )
    claims = _claims(extractor, text)
    changes = {
        (c.subject.label, c.object.label if c.object else None, c.value) for c in claims if c.type == "PriceChange"
    }
    assert changes == {
        ("Marrow Cloud", "spot GPU clusters", Decimal(-15)),
        ("Pell Compute", "bare-metal rental", Decimal(6)),
        ("Quarry Cloud", "K7 instances", Decimal(-30)),
        ("Quarry Cloud", "K5 instances", Decimal(-10)),
        ("Pell Compute", "Pim-4", Decimal(20)),  # the tier of a model: the model's price
    }
    offers = {(c.subject.label, c.object.label if c.object else None) for c in claims if c.type == "Offers"}
    assert {("Marrow Cloud", "spot GPU clusters"), ("Quarry Cloud", "K7 instances")} <= offers


def test_extract_a_price_change_of_an_unnamed_offering_has_no_object(extractor: Extractor) -> None:
    text = "Marrow Cloud raised its hourly prices by 5%. Pell Compute cut prices on its service by a tenth."
    claims = _claims(extractor, text)
    assert {(c.subject.label, c.object) for c in claims if c.type == "PriceChange"} == {
        ("Marrow Cloud", None),
        ("Pell Compute", None),
    }
    assert not [c for c in claims if c.type == "Offers"]


def test_extract_a_sanction_that_hits_a_party(extractor: Extractor) -> None:
    text = (
        "The US export controls on memory chips took effect in May. Analysts expect the curbs to hit Fell Memory "
        "hardest."
    )
    parties = {c.object.label for c in _claims(extractor, text) if c.type == "SanctionEffect" and c.object}
    assert parties == {"Fell Memory"}


def test_extract_a_new_version_priced_against_the_one_it_replaces_is_its_makers_price_cut(
    extractor: Extractor,
) -> None:
    text = (
        "Osk AI released the Tarn-4 family on Monday, and Pell Cloud carries it. Tarn-4 Flash costs $0.05 "
        "per million input tokens, a quarter of the price of Tarn-3 Flash. Tarn-4 Pro costs $2 per million input "
        "tokens, half what Tarn-3 Pro charged. Tarn-4 Pro costs a fifth of the price of Vela-2. Tarn-4 Mini is 40% "
        "cheaper than Tarn-3 Mini."
    )
    older = "Kestrel Labs' Orca-5 costs $5 per million input tokens, two-thirds less than the $15 charged for Orca-4."
    claims = _claims(extractor, text) + _claims(extractor, older)
    changes = {(c.subject.label, c.object.label if c.object else None, c.value) for c in claims
               if c.type == "PriceChange"}  # fmt: skip
    assert changes == {
        ("Osk AI", "Tarn-4 Flash", Decimal(-75)),
        ("Osk AI", "Tarn-4 Pro", Decimal(-50)),
        ("Osk AI", "Tarn-4 Mini", Decimal(-40)),
        ("Kestrel Labs", "Orca-5", Decimal("-66.7")),
    }
    compared = {(c.subject.label, c.object.label if c.object else None) for c in claims if c.type == "CostPerformance"}
    assert compared == {("Tarn-4 Pro", "Vela-2")}  # a rival's model: a comparison, no price change


def test_extract_a_payment_to_it_is_to_the_company_talked_about(extractor: Extractor) -> None:
    text = (
        "Pell Cloud rents GPUs to AI labs. Osk Software has signed a separate $3 billion contract with it. "
        "Tarn Bank plans to spend $2 billion on AI infrastructure, and rivals may undercut it."
    )
    spending = {(c.subject.label, c.object.label if c.object else None) for c in _claims(extractor, text)
                if c.type == "Spending"}  # fmt: skip
    assert spending == {("Osk Software", "Pell Cloud"), ("Tarn Bank", None)}


def test_extract_halving_the_price_of_a_model_is_a_cut_not_a_comparison(extractor: Extractor) -> None:
    text = "In November Pell Cloud halved the price of Tarn 4.5 Turbo, its second cut in a year."
    claims = _claims(extractor, text)
    assert {(c.subject.label, c.object.label if c.object else None, c.value) for c in claims
            if c.type == "PriceChange"} == {("Pell Cloud", "Tarn 4.5 Turbo", Decimal(-50))}  # fmt: skip
    assert not [c for c in claims if c.type == "CostPerformance"]


def test_extract_a_run_of_spending_guidance_gives_each_firm_its_own_and_pays_no_one(extractor: Extractor) -> None:
    text = (
        "Osk Group expects capital expenditure of about $125 billion in 2026, Tarn Systems has guided to $91 "
        "billion to $93 billion, and Fell Data to $70 billion to $72 billion."
    )
    spending = {(c.subject.label, c.object.label if c.object else None, c.value) for c in _claims(extractor, text)
                if c.type == "Spending"}  # fmt: skip
    assert spending == {
        ("Osk Group", None, Decimal(125000000000)),
        ("Tarn Systems", None, Decimal(91000000000)),
        ("Fell Data", None, Decimal(70000000000)),
    }


def test_extract_a_model_made_free_in_a_clause_of_its_own_beside_another_cut(extractor: Extractor) -> None:
    # the 60% belongs to the first clause; the second states a cut of its own, to nothing
    text = "Osk Cloud cut the price of Tarn-Plus by 60%, and Vey Labs made its Vey Speed model free of charge."
    changes = {
        (c.subject.label, c.object.label if c.object else None, c.value)
        for c in _claims(extractor, text)
        if c.type == "PriceChange"
    }
    assert changes == {("Osk Cloud", "Tarn-Plus", Decimal(-60)), ("Vey Labs", "Vey Speed", Decimal(-100))}


def test_extract_a_price_cut_to_a_part_of_its_own_earlier_price_is_a_cut_of_the_rest(extractor: Extractor) -> None:
    text = (
        "Vey Labs cut the price of Vey-2 Air to a tenth of its launch price. "
        "Osk Labs' Osk-3 Mini now costs a quarter of its original list price."
    )
    changes = {
        (c.object.label if c.object else None, c.value) for c in _claims(extractor, text) if c.type == "PriceChange"
    }
    assert changes == {("Vey-2 Air", Decimal(-90)), ("Osk-3 Mini", Decimal(-75))}


def test_extract_a_deal_or_agreement_worth_an_amount_is_spending_not_a_market_size(extractor: Extractor) -> None:
    text = (
        "Tarn Labs will train its models on Vey Compute's cluster under a three-year deal worth $1.1 billion. "
        "Osk Bank signed a two-year agreement worth $90 million with Pell Cloud."
    )
    spending = {(c.subject.label, c.object.label if c.object else None, c.value) for c in _claims(extractor, text)
                if c.type == "Spending"}  # fmt: skip
    assert spending == {
        ("Tarn Labs", "Vey Compute", Decimal(1100000000)),
        ("Osk Bank", "Pell Cloud", Decimal(90000000)),
    }


def test_extract_a_deals_worth_however_the_sentence_gives_it(extractor: Extractor) -> None:
    text = (
        "Brill Labs signed a ten-year lease worth fourteen billion yuan with Pell Cloud. "
        "Vey Cloud keeps growing. Its five-year deal with Tarn Bank is worth $800 million. "
        "Osk Labs signed a lease with Vey Cloud in May, valued at about $410 million."
    )
    spending = {(c.subject.label, c.object.label if c.object else None, c.value) for c in _claims(extractor, text)
                if c.type == "Spending"}  # fmt: skip
    assert spending == {
        ("Brill Labs", "Pell Cloud", Decimal(14000000000)),  # the "with" hangs on "worth"
        ("Tarn Bank", "Vey Cloud", Decimal(800000000)),  # the cloud's deal: its customer pays
        ("Osk Labs", "Vey Cloud", Decimal(410000000)),
    }


def test_extract_the_deal_a_sentence_before_made_is_what_its_worth_is_spent_on(extractor: Extractor) -> None:
    text = (
        "Osk Labs signed a three-year hosting agreement with Pell Cloud in May. "
        "The agreement, worth $700 million in all, also covers storage."
    )
    spending = {(c.subject.label, c.object.label if c.object else None, c.value) for c in _claims(extractor, text)
                if c.type == "Spending"}  # fmt: skip
    assert spending == {("Osk Labs", "Pell Cloud", Decimal(700000000))}


def test_extract_a_price_doubled_is_a_price_change_of_a_hundred_percent(extractor: Extractor) -> None:
    text = "Osk Labs doubled the input price of Osk-2 Flash in June, and its revenue tripled."
    claims = _claims(extractor, text)
    assert {(c.type, c.value, c.unit) for c in claims if c.type in ("PriceChange", "Revenue")} == {
        ("PriceChange", Decimal(100), "percent"),
        ("Revenue", Decimal(3), "times"),
    }


def test_extract_a_price_move_beside_a_clause_stating_its_own_percentage_is_read(extractor: Extractor) -> None:
    text = (
        "From 1 April Pell Cloud's on-demand Tarn-4 price falls from $3.40 to $2.89 per million tokens, and its "
        "reserved Tarn-4 capacity drops 20%, to $2.24 per GPU-hour."
    )
    changes = sorted(c.value for c in _claims(extractor, text) if c.type == "PriceChange")
    assert changes == [Decimal("-20"), Decimal("-15.0")]  # each clause's move, the first worked out from its prices


def test_extract_a_conditions_threshold_and_a_leverage_multiple_are_no_claims(extractor: Extractor) -> None:
    text = (
        "Brill Ratings expects Tarn Cloud's revenue to grow 64% in 2027 and net leverage to ease to 3.1x. "
        "An upgrade could follow if Osk's part of sales drops under 30% and leverage holds under 3.5x, "
        "or a downgrade if capex tops $9 billion in 2027."
    )
    claims = [c for c in _claims(extractor, text) if c.value is not None]
    assert [(c.type, c.subject.label, c.value, c.unit) for c in claims] == [
        ("Revenue", "Tarn Cloud", Decimal("64"), "percent")
    ]


def test_extract_a_bracketed_dollar_conversion_reads_its_amounts_clause_and_yen_is_yen(extractor: Extractor) -> None:
    text = (
        "From the Tarn Shimbun, in English; the dollar figures are ours.\n\n"
        "Osk Internet sees sales of 820億円 (about $547 million) in 2027, a rise of 31%. "
        "Its rival Vey Cloud pledged ¥4 trillion for data centres."
    )
    claims = _claims(extractor, text)
    revenue = [(c.subject.label, c.value, c.unit) for c in claims if c.type == "Revenue"]
    assert ("Osk Internet", Decimal("5.47e8"), "USD") in revenue
    # "¥" in an article that writes yen and no yuan is the yen's sign
    assert [(c.subject.label, c.value, c.unit) for c in claims if c.type == "Spending"] == [
        ("Vey Cloud", Decimal("4e12"), "JPY")
    ]


def test_extract_a_comma_inside_a_number_before_a_conversion_ends_no_clause(extractor: Extractor) -> None:
    """ "is to spend ¥5,200億 [US$3.4 billion] on …": the thousands comma of the amount converted is no clause's
    end, so the conversion is typed by its amount's verb."""
    text = (
        "Tarn Cloud is putting ¥3兆1,500億 [US$20.3 billion] into its Sendai region by 2029, and Vey Cloud will "
        "spend ¥5,200億 [US$3.4 billion] on new halls near Osaka."
    )
    spending = {(c.subject.label, c.value, c.unit) for c in _claims(extractor, text) if c.type == "Spending"}
    assert ("Vey Cloud", Decimal("3.4e9"), "USD") in spending, spending


def test_extract_a_names_first_word_opening_a_sentence_in_lower_case_elsewhere_is_a_word(extractor: Extractor) -> None:
    """A heading the NER takes for a firm ("… Capital Resources") lends its first word to no sentence opening with
    it ("Capital spending was …") when the text writes that word in lower case elsewhere."""
    text = (
        "Marlow Semiconductor quarterly report\n\nWe sell accelerators.\n\nLiquidity and Capital Resources\n\n"
        "Capital expenditures were $52.0 million in the quarter. We expect capital expenditures of $210 million "
        "in 2027.\n"
    )
    spending = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "Spending"}
    assert ("Marlow Semiconductor", Decimal("5.2e7")) in spending, spending


def test_extract_a_payer_gapped_after_another_pays_its_own_part_and_is_a_customer(extractor: Extractor) -> None:
    text = (
        "According to Tarn Cloud's annual filing, Osk AI made up 44% of 2026 sales, down from 52% a year earlier, "
        "and Vey Systems for another 12%."
    )
    claims = _claims(extractor, text)
    parts = {(c.subject.label, c.object.label if c.object else None, c.value) for c in claims if c.type == "Revenue"}
    assert ("Tarn Cloud", "Vey Systems", Decimal("12")) in parts
    customers = {(c.subject.label, c.object.label) for c in claims if c.type == "CustomerOf" and c.object}
    assert customers == {("Osk AI", "Tarn Cloud"), ("Vey Systems", "Tarn Cloud")}


def test_extract_a_payer_or_a_place_gapped_after_and_with_no_comma_continues_the_report(extractor: Extractor) -> None:
    """ "Osk AI made up 40% of sales in the year and Vey Systems for 15%": a gap after a plain "and"; "buyers in Peru
    made up 58% of sales, buyers in Chile 30%": a place's part, its words repeated before it."""
    paid = "Tarn Cloud annual report. Osk AI made up about 40% of sales in the year and Vey Systems for 15%."
    parts = {(c.subject.label, c.object.label if c.object else None, c.value) for c in _claims(extractor, paid)}
    assert ("Tarn Cloud", "Vey Systems", Decimal("15")) in parts
    assert ("Osk AI", "Vey Systems", Decimal("15")) not in parts
    placed = "Tarn Cloud annual report. Buyers in Peru made up 58% of sales in the year, buyers in Chile for 30%."
    revenue = {(c.subject.label, c.object.label if c.object else None, c.value) for c in _claims(extractor, placed)}
    assert {("Tarn Cloud", "Peru", Decimal("58")), ("Tarn Cloud", "Chile", Decimal("30"))} <= revenue
    # a firm after a place's part is the firm's own part there; other words before a place are no gapped report;
    # a plain "and" inside a list of names gaps nothing
    firm = "Osk Cloud earned 58% of its revenue in Peru, and Vey Systems 30%."
    assert ("Vey Systems", "Peru", Decimal("30")) in {
        (c.subject.label, c.object.label if c.object else None, c.value) for c in _claims(extractor, firm)
    }
    staff = "Osk Cloud earned 58% of its revenue in Peru, and staff in Chile 30%."
    assert not [c for c in _claims(extractor, staff) if c.value == Decimal("30")]
    listed = "Osk Cloud will pay $2 billion to Vey Systems and Tarn Labs for $1 billion of chips."
    assert ("Tarn Labs", "Vey Systems") not in {
        (c.subject.label, c.object.label) for c in _claims(extractor, listed) if c.object is not None
    }


def test_extract_a_figure_opening_its_line_is_typed_by_the_gloss_after_its_dash(extractor: Extractor) -> None:
    text = "The Andean cloud year in figures\n\n5. $840 million — Osk Labs' hosting revenue for 2026.\n"
    revenue = [(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "Revenue"]
    assert revenue == [("Osk Labs", Decimal("8.4e8"))]


def test_extract_a_holders_share_of_a_companys_revenue_is_that_companys_revenue(extractor: Extractor) -> None:
    text = "Chile's share of Osk Labs' revenue was 13% in 2025. Vey Systems' share of Tarn Cloud's sales was 62%."
    parts = {(c.subject.label, c.object.label if c.object else None, c.value) for c in _claims(extractor, text)}
    assert {("Osk Labs", "Chile", Decimal("13")), ("Tarn Cloud", "Vey Systems", Decimal("62"))} <= parts


def test_extract_a_share_of_revenue_told_further_from_its_figure_or_by_of_which_is_revenue(
    extractor: Extractor,
) -> None:
    text = (
        "Vey Systems' share of Tarn Cloud's revenue had been shrinking, from about 38% in 2025. "
        "Osk Labs sells GPU servers. Its 2025 revenue was about $610 million, of which Pell Cloud accounted for "
        "about a quarter."
    )
    claims = _claims(extractor, text)
    parts = {(c.subject.label, c.object.label if c.object else None, c.value) for c in claims if c.type == "Revenue"}
    assert {("Tarn Cloud", "Vey Systems", Decimal("38")), ("Osk Labs", "Pell Cloud", Decimal("25"))} <= parts
    assert not any(c.type == "MarketShare" for c in claims)
    # a year between the phrase and its figure is no other amount; a decimal revenue is still the one "of which"
    # takes a part of; a later "of which" takes a part of something else
    text = (
        "Vey Systems' share of Tarn Cloud's revenue in 2025 was 38%. Osk Labs sells GPU servers. Its 2025 revenue "
        "was about $6.1 billion, of which Pell Cloud accounted for about a quarter. Brill Labs' revenue was about "
        "$610 million, and it shipped 40,000 servers, of which Kell Cloud took 30%."
    )
    parts = {
        (c.subject.label, c.object.label if c.object else None, c.value)
        for c in _claims(extractor, text)
        if c.type == "Revenue" and c.unit == "percent"
    }
    assert parts == {("Tarn Cloud", "Vey Systems", Decimal("38")), ("Osk Labs", "Pell Cloud", Decimal("25"))}


def test_extract_a_hedge_or_an_aside_is_no_condition_and_a_place_is_no_gapped_payer(extractor: Extractor) -> None:
    text = (
        "Even if demand slows, Osk Labs' revenue will stay above $2 billion in 2026. "
        "Tarn Cloud made 40% of its sales in Chile, and Vey Systems 25%."
    )
    claims = _claims(extractor, text)
    assert ("Osk Labs", Decimal("2e9")) in {(c.subject.label, c.value) for c in claims if c.type == "Revenue"}
    # the place a company earned in is not a payer the next name gaps after
    assert not any(c.type == "Revenue" and c.object and c.object.label == "Vey Systems" for c in claims)


def test_extract_sites_listed_after_a_capacity_are_the_same_holders(extractor: Extractor) -> None:
    text = (
        "Vessa Compute — Annual Report 2026 (excerpt)\n\n"
        "At the end of 2026 we ran three halls: Tarnby, Ohio (50 MW), Osk, Texas (35 MW) and Pell, Utah (20 MW)."
    )
    capacity = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "Capacity"}
    assert capacity == {
        ("Vessa Compute", Decimal("0.05")),
        ("Vessa Compute", Decimal("0.035")),
        ("Vessa Compute", Decimal("0.02")),
    }


def test_extract_an_ask_me_anything_label_is_no_name(extractor: Extractor) -> None:
    text = (
        "AMA: I'm Ada Brill, co-founder of Vessa Compute. We rent out GPUs in Ohio. Ask me anything.\n\n"
        "**Q:** How big is the business?\n\n"
        "**Ada:** We made $12 million of revenue in 2025."
    )
    assert not any(c.subject.label == "AMA" for c in _claims(extractor, text))


def test_extract_how_much_cheaper_than_a_rival_is_the_part_of_its_cost(extractor: Extractor) -> None:
    text = (
        "Vessa's K7 racks deliver about 30% lower cost per million tokens than an Osk M9 rack. "
        "Kite-4 is 25% cheaper than Orla-2."
    )
    compared = {
        (c.subject.label, c.object.label if c.object else None, c.value)
        for c in _claims(extractor, text)
        if c.type == "CostPerformance"
    }
    assert ("Kite-4", "Orla-2", Decimal(75)) in compared
    assert not any(value == Decimal(25) for _, _, value in compared)


def test_extract_how_much_cheaper_or_dearer_per_unit_than_a_rival_is_the_part_of_its_cost(extractor: Extractor) -> None:
    text = (
        "A Tarn-9 cluster costs about 40% less per token than the H20 clusters it replaces. "
        "Kite-4 capacity costs roughly 30% more per token than comparable Orla-2 clusters."
    )
    compared = {
        (c.subject.label, c.object.label if c.object else None, c.value)
        for c in _claims(extractor, text)
        if c.type == "CostPerformance"
    }
    assert {("Tarn-9", "H20", Decimal(60)), ("Kite-4", "Orla-2", Decimal(130))} <= compared
    assert not [c for c in _claims(extractor, text) if c.type == "PriceChange"]  # a comparison, no price moved


def test_extract_price_changes_listed_under_a_firms_lead_are_its_own(extractor: Extractor) -> None:
    text = (
        "Vessa Cloud price update\n\n"
        "Vessa Cloud cut prices on Monday:\n"
        "- Osk-3 output: $1.20 → $0.80 per million tokens\n"
        "- Kite-2 input: $0.40 -> $0.30 per million tokens\n"
        "- Support plans: $900 → $700 a month\n"
    )
    changes = {
        (c.subject.label, c.object.label if c.object else None, c.value)
        for c in _claims(extractor, text)
        if c.type == "PriceChange"
    }
    assert changes == {("Vessa Cloud", "Osk-3", Decimal("-33.3")), ("Vessa Cloud", "Kite-2", Decimal(-25))}


def test_extract_an_arrow_between_prices_a_cut_moved_is_a_price_change(extractor: Extractor) -> None:
    text = "Osk AI cut Tarn-4 input from $0.50 → $0.30 in Mar-26. Vessa revenue fell from $2.1bn → $1.9bn."
    changes = {
        (c.subject.label, c.object.label if c.object else None, c.value)
        for c in _claims(extractor, text)
        if c.type == "PriceChange"
    }
    assert changes == {("Osk AI", "Tarn-4", Decimal(-40))}


def test_extract_a_multiple_of_an_earlier_periods_volume_is_growth(extractor: Extractor) -> None:
    text = (
        "Vessa Cloud served 900 billion tokens a day in March, about 3.5x the daily volume of June 2025. "
        "Osk's K9 delivers 2.5 times the throughput of the K7. "
        'Tarn Cloud served "about 2 trillion tokens a day", she says, '
        '"roughly four times the 500 billion we did a year earlier".'
    )
    claims = _claims(extractor, text)
    growth = {(c.subject.label, c.value) for c in claims if c.type == "GrowthRate"}
    assert growth == {("Vessa Cloud", Decimal("3.5")), ("Tarn Cloud", Decimal(4))}
    assert not any(c.type == "Capacity" and c.unit == "times" for c in claims)
    # the period it grew from dates no figure
    assert all(c.time != "2025-06" for c in claims if c.type == "GrowthRate")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vessa Cloud handled about 60 million tokens a day in November, about twice its volume in May.",
            ("GrowthRate", "Vessa Cloud", Decimal(2)),
        ),
        (
            "Pell Research says spending on AI chips in Tarnland reached $10 billion in 2024, four times the $2.5 "
            "billion of 2023.",
            ("GrowthRate", "AI chip market", Decimal(4)),
        ),
        (
            "Vessa Cloud's AI revenue was $0.9 billion in 2025, some six times as much as a year before.",
            ("Revenue", "Vessa Cloud", Decimal(6)),
        ),
    ],
)
def test_extract_a_multiple_of_an_earlier_amount_however_worded_is_growth(
    extractor: Extractor, text: str, expected: tuple[str, str, Decimal]
) -> None:
    claims = _claims(extractor, text)
    assert expected in {(c.type, c.subject.label, c.value) for c in claims if c.unit == "times"}


def test_extract_a_change_is_dated_by_its_own_period_not_its_bases(extractor: Extractor) -> None:
    text = "Vessa Cloud's revenue reached $4 billion in 2025, up 62% from $2.5 billion in 2024."
    growth = [c for c in _claims(extractor, text) if c.unit == "percent"]
    assert [(c.value, c.time) for c in growth] == [(Decimal(62), "2025")]


def test_extract_a_model_cut_by_a_percentage_is_its_price_cut(extractor: Extractor) -> None:
    text = "Osk AI slashed Tarn-4 by 50% in March. Osk AI cut its workforce by 10% in March."
    changes = {(c.subject.label, c.object.label if c.object else None, c.value) for c in _claims(extractor, text)
               if c.type == "PriceChange"}  # fmt: skip
    assert changes == {("Osk AI", "Tarn-4", Decimal(-50))}


def test_extract_an_abbreviation_a_text_defines_for_plain_words_is_a_term_not_a_firm(extractor: Extractor) -> None:
    # "(ARR)" spells the words before it: a measure's short name, which the NER takes for an organisation's
    text = (
        "Quillon Compute runs an inference cloud. Annualised recurring revenue (ARR) reached $48 million in "
        "December 2025, up from $11 million a year earlier. ARR grew again in January."
    )
    claims = _claims(extractor, text)
    revenue = [c for c in claims if c.type == "Revenue" and c.value == Decimal(48_000_000)]
    assert [c.subject.label for c in revenue] == ["Quillon Compute"]
    assert not any(c.subject.label == "ARR" for c in claims)


def test_extract_an_abbreviation_of_every_word_is_a_term_too(extractor: Extractor) -> None:
    text = "Quillon Compute builds servers. We estimate the bill of materials (BOM) at $152,000; the BOM has grown."
    assert not any(c.subject.label == "BOM" for c in _claims(extractor, text))


def test_extract_a_part_of_a_rate_is_no_share(extractor: Extractor) -> None:
    text = "Tarn capacity costs a lab roughly 60% of the on-demand rate for K9 capacity."
    [sentence] = read_document(extractor.nlp(text), text, [])
    assert of_an_unnamed_price(sentence, sentence.quantities[0])


def test_extract_a_multiple_of_our_or_an_others_rate_is_a_comparison(extractor: Extractor) -> None:
    # "of our K7 halls", "of an H200's throughput": a possessive or an article before the thing compared with
    text = (
        "Our Osk K9 clusters deliver roughly 2.5 times the throughput per megawatt of our Osk K7 clusters. "
        "Each Osk K9 reaches about 62% of an H200's throughput on long prompts."
    )
    compared = {(c.object.label, c.value) for c in _claims(extractor, text) if c.type == "CostPerformance" and c.object}
    assert compared == {("K7", Decimal("2.5")), ("H200", Decimal(62))}


def test_extract_a_rows_label_types_every_sum_in_the_row(extractor: Extractor) -> None:
    text = (
        "Tessaly Voice: seed update\n\n"
        "Tessaly Voice Ltd. | 2 March 2026\n\n"
        "TRACTION\n"
        "- Revenue: $3.2M in February 2026, three times the $1.05M of February 2025\n"
        "- 14 enterprise customers\n"
    )
    revenue = {(c.value, c.time) for c in _claims(extractor, text) if c.type == "Revenue"}
    assert {(Decimal("3200000"), "2026-02"), (Decimal("1050000"), "2025-02")} <= revenue
    other_measures = text.replace("three times the $1.05M of February 2025", "with $1.4M of costs")
    revenue = {c.value for c in _claims(extractor, other_measures) if c.type == "Revenue"}
    assert revenue == {Decimal("3200000")}


def test_extract_a_currency_code_heading_a_column_names_no_one(extractor: Extractor) -> None:
    # the NER takes "EUR" and "USD" heading a budget's columns for organisations
    text = (
        "5. BUDGET\n"
        "| Item | EUR | USD | Share |\n"
        "| --- | --- | --- | --- |\n"
        "| Cloud compute (Vessa Cloud) | 3.33 million | 3.90 million | 81.3% |\n"
    )
    doc = extractor.nlp(text)
    assert {"EUR", "USD"} <= {ent.text for ent in doc.ents}
    assert not {"EUR", "USD"} & {text[m.start : m.end] for m in find_mentions(doc, extractor.index, text)}


def test_extract_fractions_past_a_tenth_compare_costs(extractor: Extractor) -> None:
    text = (
        "On output tokens Tarn-4 now costs about a twentieth of what Vela-5 does. Osk-2 runs at a twelfth of "
        "the cost per query of Vela-5."
    )
    compared = {
        (c.subject.label, c.object.label if c.object else None, c.value)
        for c in _claims(extractor, text)
        if c.type == "CostPerformance"
    }
    assert ("Tarn-4", "Vela-5", Decimal("5")) in compared
    assert any(s == "Osk-2" and o == "Vela-5" and round(v, 1) == Decimal("8.3") for s, o, v in compared)


def test_extract_spending_said_to_reach_an_amount_worldwide_is_a_class_of_spenders(extractor: Extractor) -> None:
    # the class of spenders said of the verb, after the amount, as well as before the noun; no class, no market
    for text, spent_by_a_class in (
        ("Spending on robot vision chips reached $4 billion worldwide in 2025.", True),
        ("Worldwide spending on robot vision chips reached $4 billion in 2025.", True),
        ("Spending on robot vision chips reached $4 billion in 2025.", False),
        ("Spending at Pell Cloud reached $4 billion worldwide in 2025.", False),  # a firm's own
        ("Spending on its own data centres reached $4 billion worldwide in 2025.", False),
    ):
        [sentence] = read_document(extractor.nlp(text), text, [])
        found = collective_spending(sentence, sentence.quantities[0], load_lexicon())
        assert (found is not None) == spent_by_a_class, text


def test_extract_a_figure_read_inside_a_token_loses_no_article(extractor: Extractor) -> None:
    # "~+58%YoY": no token begins where the figure does; the fleet reader once looked for one and crashed
    claims = _claims(extractor, "Pell Cloud news\n\nOur fleet: K9 ~+58%YoY.\n")
    assert [c.value for c in claims if c.unit == "percent"] == [Decimal(58)]


def test_extract_a_rival_owned_or_a_score_compared_is_read_as_such(extractor: Extractor) -> None:
    owned = "Osk says Tarn-3 costs 30% more per token than our H100 clusters."
    compared = [(c.subject.label, c.value) for c in _claims(extractor, owned) if c.type == "CostPerformance"]
    assert compared == [("Tarn-3", Decimal(130))]
    assert not [c for c in _claims(extractor, owned) if c.type == "PriceChange"]
    scored = "Tarn-3 scored 12% higher than Llama 3 on MMLU."  # a score, of no cost
    assert not [c for c in _claims(extractor, scored) if c.type == "CostPerformance"]


def test_extract_the_tokens_a_model_marketplace_handles_are_its_capacity(extractor: Extractor) -> None:
    """An aggregator (OpenRouter, a marketplace of models) handles traffic of its own, as a cloud serves it."""
    claims = _claims(extractor, "OpenRouter says it handled about 2 trillion tokens a day in January.")
    capacity = {(c.subject.label, c.value, c.unit, c.time) for c in claims if c.type == "Capacity"}
    assert capacity == {("OpenRouter", Decimal(2_000_000_000_000), "tokens", "2026-01")}


def test_extract_growth_the_writer_expects_of_a_market_is_no_share_carried_on(extractor: Extractor) -> None:
    """ "… 80% of accelerator spending in 2025. We expect that market to grow about 45% in 2026": growth, not the
    share the note stated last, carried into 2026."""
    text = "Osk took about 80% of data-centre accelerator spending in 2025. We expect that market to grow 45% in 2026."
    shares = {c.value for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert shares == {Decimal(80)}


def test_extract_a_multiple_of_a_replaced_versions_throughput_is_no_price_cut(extractor: Extractor) -> None:
    """ "the H200 instances delivered 1.7 times the throughput of the H100 instances": a new version compared on
    performance, not its maker's price cut of 9,730%."""
    text = (
        "In 1Q 2026, two respondents replaced Nvidia H100-based instances with Nvidia H200-based instances. In "
        "their February benchmarks, the H200 instances delivered on average 1.7 times the inference throughput of "
        "the H100 instances at 1.25 times the hourly price."
    )
    claims = _claims(extractor, text)
    assert not [c for c in claims if c.type == "PriceChange"]
    assert {(c.subject.label, c.value, c.unit) for c in claims if c.type == "CostPerformance"} == {
        ("H200", Decimal("1.7"), "times")
    }


@pytest.mark.parametrize(
    "text",
    [
        "China's core computing-power industry grew. The 15% rate applies where at least 60% of an enterprise's "
        "revenue comes from an encouraged activity.",
        "Tarn Research: GPU cloud market forecast\n\n| Year | Market ($bn) | YoY |\n|---|---|---|\n"
        "| 2025E | 85 | +215% |\n| 2026F | 213 | +151% |",
    ],
)
def test_extract_every_figure_is_in_a_unit_its_type_takes(extractor: Extractor, text: str) -> None:
    """A percentage is never a market's size nor a spending, whichever reader retyped it."""
    kinds = {c.type: c.unit for c in _claims(extractor, text) if c.unit in ("percent", "times")}
    assert not {"MarketSize", "Spending"} & set(kinds)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarn Energy raised its tariff for large data-centre users by 8% on 1 January 2026.", ("Tarn Energy", 8)),
        (
            "Pellgrid, the transmission utility at the campus, raised its charges by about 11% in 2025.",
            ("Pellgrid", 11),
        ),
    ],
)
def test_extract_a_tariff_or_charges_moved_is_a_price_change(
    extractor: Extractor, text: str, expected: tuple[str, int]
) -> None:
    """A utility's tariff and a provider's charges are prices: a move in them is a price change."""
    changes = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "PriceChange"}
    assert expected in changes


def test_extract_an_amount_estimated_for_an_owner_is_the_owners_and_so_is_its_base(extractor: Extractor) -> None:
    """ "The authority estimates Tarnland's operational data-centre capacity at about 1.45 GW at end-2025, up from
    about 1.3 GW a year earlier": both figures are Tarnland's; the one who estimates them is their source."""
    text = (
        "The Tarnland Digital Development Authority estimates Malaysia's operational data-centre capacity at "
        "about 1.45 GW at end-2025, up from about 1.3 GW a year earlier."
    )
    capacity = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "Capacity"}
    assert capacity == {("Malaysia", Decimal("1.45")), ("Malaysia", Decimal("1.3"))}


@pytest.mark.parametrize(
    "text",
    [
        "Huawei held 23% of China's AI accelerator market in 2024. We expect that share to grow to 35% by 2026.",
        "Huawei held 23% of China's AI accelerator market in 2024. Despite slower market growth, we forecast 35% "
        "in 2026.",
    ],
)
def test_extract_a_share_the_writer_expects_to_grow_is_carried_on(extractor: Extractor, text: str) -> None:
    """A share growing to a level, or growth the clause only mentions, leaves the share carried into 2026."""
    shares = {(c.value, c.time) for c in _claims(extractor, text) if c.type == "MarketShare"}
    assert (Decimal(35), "2026") in shares


def test_extract_a_revenue_no_clause_gives_a_firm_is_not_the_ministrys_under_discussion(extractor: Extractor) -> None:
    """In a ministry's determination, "Sales revenue of the domestic industry fell …" is no revenue of the ministry."""
    text = (
        "Ministry of Commerce: preliminary determination\n\nThe Ministry of Commerce has found dumping.\n\n"
        "Sales revenue of the domestic industry from the like product fell from RMB 6.1 billion in 2022 to "
        "RMB 5.3 billion in 2024."
    )
    assert not [c for c in _claims(extractor, text) if c.type == "Revenue" and "Ministry" in c.subject.label]


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia's H20 chips now face a 15% tariff in the US.",
        "Equinix said power charges made up 40% of its operating costs.",
    ],
)
def test_extract_a_levy_or_a_charge_at_a_level_is_no_price_change(extractor: Extractor, text: str) -> None:
    assert not [c for c in _claims(extractor, text) if c.type == "PriceChange"]


def test_extract_a_base_another_holder_is_named_for_stays_that_holders(extractor: Extractor) -> None:
    """ "… $4 billion on GPUs, compared with $3 billion Brill Cloud spent": Brill Cloud's, not Osk Cloud's, earlier."""
    text = "Osk Cloud spent $4 billion on GPUs in 2025, compared with $3 billion Brill Cloud spent."
    spending = {(c.subject.label, c.value) for c in _claims(extractor, text) if c.type == "Spending"}
    assert ("Osk Cloud", Decimal(3_000_000_000)) not in spending
