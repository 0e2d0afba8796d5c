"""SanctionEffect claims a measure makes beyond an effect verb: its lifting, its caps faced or not, and the export
licence that stands for the control requiring it. Invented sentences. Each positive case fails on the extractor
before these readers existed; the negative cases (headlines, market caps, building permits, software licences, a
firm's own cap lifted) guard the readers against ordinary text."""

from __future__ import annotations

from claimgraph.extract import Extractor
from extracted import claims_of


def _effects(extractor: Extractor, text: str) -> set[tuple[str, str, str | None, str]]:
    return {
        (c.subject.label, c.object.label, c.time, c.modality)
        for c in claims_of(extractor, text)
        if c.type == "SanctionEffect" and c.object
    }


def test_extract_a_lifted_measure_acts_on_the_parties_it_last_acted_on(extractor: Extractor) -> None:
    text = (
        "Under the AI diffusion rule of January 2025, Chile and Peru were placed in the second tier, with national "
        "caps. The rule was rescinded in May 2025 before the caps applied."
    )
    lifted = {(party, time) for _, party, time, _ in _effects(extractor, text) if time == "2025-05"}
    assert lifted == {("Chile", "2025-05"), ("Peru", "2025-05")}
    quotes = [e.quote for c in claims_of(extractor, text) if c.time == "2025-05" for e in c.evidence]
    assert all(q.startswith("The rule was rescinded") for q in quotes)


def test_extract_a_lift_names_no_party_the_article_has_not_named(extractor: Extractor) -> None:
    # nothing said before whom the rule touched: the lift is no claim (the party is not guessed)
    assert not _effects(extractor, "Under the AI diffusion rule of January 2025 the rule was rescinded in May 2025.")
    # a lift told beside the measure's own effect on the party is part of that effect, no second claim
    text = "Chile was placed in the second tier of the AI diffusion rule of January 2025, but the rule was rescinded."
    assert {party for _, party, _, _ in _effects(extractor, text)} == {"Chile"}
    assert len(_effects(extractor, text)) == 1


def test_extract_a_measure_lifted_through_a_relative_clause_or_by_its_name(extractor: Extractor) -> None:
    lead = "In March 2025 the Commerce Department added Dalmore Robotics to the Entity List. "
    text = lead + "Washington revoked the listing in 2026."
    assert ("Entity List", "Dalmore Robotics", "2026", "asserted") in _effects(extractor, text)
    text = "Chile was placed in the second tier of the AI diffusion rule. "
    text += "The rule, which Washington rescinded in 2025, never bit."
    assert ("AI Diffusion Rule", "Chile", "2025", "asserted") in _effects(extractor, text)
    # a "lift" of something that is no measure is no effect: "lifted Tarn's share"
    text = lead + "Strong demand lifted Dalmore Robotics' revenue by 20% in 2026."
    assert {time for _, _, time, _ in _effects(extractor, text)} == {"2025-03"}


def test_extract_a_cap_faced_or_not_is_the_measures_effect(extractor: Extractor) -> None:
    text = (
        "Orrin Cloud runs GPUs in Chile. Chile was in the second tier of the US AI diffusion rule. Orrin Cloud "
        "submitted that the country cap never limited its purchases."
    )
    assert ("AI Diffusion Rule", "Orrin Cloud", None, "negated") in _effects(extractor, text)


def test_extract_an_export_licence_stands_for_the_control_requiring_it(extractor: Extractor) -> None:
    cases = {
        "Vey Cloud's GPUs in Finland needed no US export licence.": ("US export licence requirement", "Vey Cloud"),
        "Licences granted in 2025 let Osk Labs ship its K9 racks to Pell Cloud.": (
            "export licence requirement",
            "Pell Cloud",
        ),
        "The Commerce Department granted licences to Tarn Systems in January.": (
            "export licence requirement",
            "Tarn Systems",
        ),
    }
    for text, (measure, party) in cases.items():
        assert (measure, party) in {(m, p) for m, p, _, _ in _effects(extractor, text)}, text
    # a licence to use a model or software is no export control's
    for text in (
        "Orrin licensed its Tarn model to Vey Cloud under an open licence.",
        "The licence lets Vey Cloud sell the Tarn model to banks.",
        "Orrin's Finnish software licence lets Vey Cloud ship the model to banks.",
    ):
        assert not _effects(extractor, text), text


def test_extract_a_law_named_by_its_title_is_a_policy(extractor: Extractor) -> None:
    from claimgraph.extract.discover import find_mentions

    cases = {
        "Exports have needed permits under Ruritania's Strategic Goods Act 2019 since May.": "Strategic Goods Act 2019",
        "Two firms were charged under the Dual-Use Items (Control) Act.": "Dual-Use Items (Control) Act",
        "It is cited as the Export (Restricted End-Users) (Amendment) Order 2026.": (
            "Export (Restricted End-Users) (Amendment) Order 2026"
        ),
    }
    for text, name in cases.items():
        doc = extractor.nlp(text)
        policies = {m.entity.label for m in find_mentions(doc, extractor.index, text) if m.entity.type == "Policy"}
        assert policies == {name}, text
    for text in ("How Vendors Should Act", "Moore's Law still holds for memory."):
        doc = extractor.nlp(text)
        assert not [m for m in find_mentions(doc, extractor.index, text) if m.entity.type == "Policy"], text


def test_extract_a_permit_under_a_named_law_is_its_effect(extractor: Extractor) -> None:
    text = "Orrin Data's racks have been held at the border since May pending permits under Peru's Strategic Goods Act."
    assert ("Strategic Goods Act", "Orrin Data") in {(m, p) for m, p, _, _ in _effects(extractor, text)}
    # the country owning the law issued it: the goods shipped are the party, not it
    text = "Shipments of US-origin AI chips have required permits under Peru's Strategic Goods Act."
    assert {p for _, p, _, _ in _effects(extractor, text)} == {"US-origin AI chips"}


def test_extract_where_goods_go_is_the_party_when_the_issuer_qualifies_the_licence(extractor: Extractor) -> None:
    text = "Shipments of the most advanced US accelerators to Chile still require a US export licence."
    assert {p for _, p, _, _ in _effects(extractor, text)} == {"Chile"}
    text = "Shipments of K9 accelerators to Chilean data centres need no US export licence."
    assert {p for _, p, _, _ in _effects(extractor, text)} == {"Chile"}


def test_extract_ordinary_words_are_no_measures(extractor: Extractor) -> None:
    lead = "Chile was placed in the second tier of the US AI diffusion rule. "
    for text in (
        "Nvidia's market cap rose to $4 trillion in 2026.",
        "Vey Cloud received building permits for its Oslo campus in 2026.",
        "Strong demand lifted exports in 2026.",
        "Osk Labs lifted its cap on capital spending in 2026.",
        "Osk Labs lifted the cap on capital spending in 2026.",
        "Osk Labs scrapped the requirement for staff to work in the office in 2026.",
    ):
        found = {(m, p) for m, p, _, _ in _effects(extractor, lead + text)}
        assert found == {("AI Diffusion Rule", "Chile")}, text


def test_extract_a_headline_or_a_common_noun_before_order_or_act_is_no_law(extractor: Extractor) -> None:
    from claimgraph.extract.discover import find_mentions

    for text in (
        "Oracle Wins Record Order From OpenAI",
        "The firm received a Purchase Order from Vey Cloud.",
        "Hyperscalers Act on Capacity, the report says.",
        "It is a Balancing Act for Vey Cloud.",
    ):
        doc = extractor.nlp(text)
        assert not [m for m in find_mentions(doc, extractor.index, text) if m.entity.type == "Policy"], text
    # names around a law's title in prose make no headline of it
    text = "Kestrel Robotics and Osk Labs Group cited Malaysia's Strategic Goods Act."
    doc = extractor.nlp(text)
    assert {m.entity.label for m in find_mentions(doc, extractor.index, text) if m.entity.type == "Policy"} == {
        "Strategic Goods Act"
    }


def test_extract_an_effect_keeps_its_sentences_date_a_lift_its_own(extractor: Extractor) -> None:
    text = "In January 2025, the AI diffusion rule forced Osk Labs to cut its 2026 forecast."
    assert {t for _, p, t, _ in _effects(extractor, text) if p == "Osk Labs"} == {"2025-01"}


def test_extract_a_country_owning_a_licence_issued_it(extractor: Extractor) -> None:
    text = "Osk Labs needed China's export licences to ship K9 racks to Vey Cloud in 2025."
    assert "China" not in {p for _, p, _, _ in _effects(extractor, text)}


def test_extract_every_firm_a_licence_is_granted_to_is_a_party(extractor: Extractor) -> None:
    text = "The Commerce Department granted licences to Tarn Systems, Osk Labs and Vey Cloud in January."
    assert {p for _, p, _, _ in _effects(extractor, text)} == {"Tarn Systems", "Osk Labs", "Vey Cloud"}
    text = (
        "Export controls tightened. The ministry granted export permits to Vantor Systems and to Brisk Cloud last week."
    )
    assert {"Vantor Systems", "Brisk Cloud"} <= {p for _, p, _, _ in _effects(extractor, text)}


def test_extract_a_party_seeking_leave_or_getting_nothing_under_a_control(extractor: Extractor) -> None:
    lead = "The US export controls were eased in December. "
    effects = _effects(extractor, lead + "Tarn Cloud has applied for approval but has received no K9 chips.")
    # both its acts are the control's effect on it, and neither is denied: the "no" is the receiving's own
    assert {(p, m) for _, p, _, m in effects} == {("Tarn Cloud", "asserted")}
    assert len([c for c in claims_of(extractor, lead + "Tarn Cloud has received no K9 chips since then.")
                if c.type == "SanctionEffect"]) == 1  # fmt: skip
    # an application only intended has befallen no one; an application with no control in force is no effect
    assert not _effects(extractor, lead + "Tarn Cloud says it will apply for a permit next year.")
    assert not _effects(extractor, "Osk Labs applied for a research grant from the city in May.")


def test_extract_a_measure_named_as_on_a_firm_or_its_product_acts_on_the_firm(extractor: Extractor) -> None:
    text = "The US licence requirement on Tarnwell Semiconductor's K9 took effect in April 2025."
    assert "Tarnwell Semiconductor" in {p for _, p, _, _ in _effects(extractor, text)}
    text = "The export ban imposed on Vey Systems and Brisk Labs in May 2024 remains in force."
    assert {"Vey Systems", "Brisk Labs"} <= {p for _, p, _, _ in _effects(extractor, text)}
    # a measure on goods no one is named as owning targets no one; one proposed, hedged or lifted is not in force
    for text in (
        "Export controls on advanced AI chips took effect in May 2025.",
        "Lawmakers called for an export ban on Brisk Labs.",
        "Washington may impose an export ban on Tarnwell Cloud later this year.",
        "Washington lifted the export ban on Vey Systems in March 2026.",
    ):
        assert not any(p in ("Brisk Labs", "Tarnwell Cloud") for _, p, _, _ in _effects(extractor, text)), text


def test_extract_every_name_joined_to_the_subject_under_a_measure_is_a_party(extractor: Extractor) -> None:
    text = "Under the AI diffusion rule, Chile and Peru sit in the second tier, with national caps."
    assert {p for _, p, _, _ in _effects(extractor, text)} == {"Chile", "Peru"}


def test_extract_leave_sought_and_goods_not_received_are_read_narrowly(extractor: Extractor) -> None:
    lead = "The US export controls took effect in April. "
    # a negation over the effect still denies it; one only in a joined clause does not
    assert _effects(extractor, lead + "Micron does not expect the controls to affect its outlook.") == {
        ("US export controls on advanced AI chips", "Micron", None, "negated")
    }
    # seeking no leave, receiving nothing controlled, or a licence for something else is no effect
    for text in (
        "Osk Semiconductor applied for a research grant from Ohio last year.",
        "Vey Systems has received no complaints from customers.",
        "The regulator granted spectrum licences to Vey Telecom and Brisk Mobile.",
        "The state regulator granted a permit to Tarnwell Cloud to build a 300 MW data centre.",
    ):
        assert not _effects(extractor, lead + text), text
    # selling nothing there is not an effect in itself; what the text says of the controls is
    text = lead + "Vantor Systems sells no servers to buyers in Chile, so the controls do not affect it."
    assert {(p, m) for _, p, _, m in _effects(extractor, text)} == {("Vantor Systems", "negated")}
