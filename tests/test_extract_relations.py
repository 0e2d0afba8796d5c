"""Relations between two named things told in prose, on sentences written for these tests: what a model or system
is built on, who is whose customer, which company owns which unit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.tokens import Doc

from claimgraph.extract import Extractor
from claimgraph.extract.discover import find_mentions
from claimgraph.extract.document import glued_subject
from claimgraph.extract.fact_rows import VALUE_TYPES
from claimgraph.extract.lexicon import load_lexicon
from extracted import claims_of, pairs


def test_extract_a_participle_read_as_an_adjective_still_links(extractor: Extractor) -> None:
    # the parser tags "tuned" in "fine-tuned" as an adjective, whose lemma is itself
    text = "Brackwater Labs said its Pellan-4 model is fine-tuned from Meta's open-weight Llama 3.1."
    built_on = pairs(claims_of(extractor, text), "BuiltOn")
    assert [subject for subject, obj in built_on if obj.startswith("Llama")] == ["Pellan-4"]


def test_extract_a_place_the_ner_guessed_yields_to_the_product_the_text_calls_it(extractor: Extractor) -> None:
    text = (
        "Orrin Data said two labs now rent time on Saltmarsh, the firm's inference cluster, and more are coming. "
        "Saltmarsh is built on Nvidia's H20 accelerators."
    )
    claims = claims_of(extractor, text)
    assert ("Saltmarsh", "H20") in pairs(claims, "BuiltOn")
    assert not any(c.type == "OperatesIn" and c.object and c.object.label == "Saltmarsh" for c in claims)


def test_extract_a_company_signed_as_a_customer_is_the_customer(extractor: Extractor) -> None:
    text = (
        "Brisco Cloud, the cloud business of Tessaly Group, raised prices in May. "
        "The Tessaly unit also signed Orlen Robotics as a customer."
    )
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert customers == {("Orlen Robotics", "Brisco Cloud")}


def test_extract_a_unit_noun_owned_by_a_company_refers_back_to_its_unit(extractor: Extractor) -> None:
    text = (
        "Brisco Cloud raised its GPU rental prices by 8% in May. "
        "The Dunmore unit also signed Orlen Robotics as a customer."
    )
    assert ("Brisco Cloud", "Dunmore") in pairs(claims_of(extractor, text), "SubsidiaryOf")


def test_extract_customers_said_with_of_among_or_a_deal(extractor: Extractor) -> None:
    text = (
        "Brightwater Systems counts Halden Bank among its clients. "
        "Halden Bank is also a customer of Marlow Cloud, and Corran Insurance signed a three-year deal with Marlow "
        "Cloud in July. Orlen Robotics, a long-time client of Marlow Cloud, plans to renew."
    )
    assert pairs(claims_of(extractor, text), "CustomerOf") == {
        ("Halden Bank", "Brightwater Systems"),
        ("Halden Bank", "Marlow Cloud"),
        ("Corran Insurance", "Marlow Cloud"),
        ("Orlen Robotics", "Marlow Cloud"),
    }


def test_extract_makers_told_by_behind_from_and_a_plural_possessive(extractor: Extractor) -> None:
    text = (
        "Ravelin AI is behind Tern-3, an open-weight model. "
        "The Pellan-2 model from Brackwater Labs launched in May. "
        "Brightwater Systems, the company behind the Argo chatbot, hired 40 engineers. "
        "Argo is powered by Osprey Labs' Kite-2."
    )
    claims = claims_of(extractor, text)
    assert {
        ("Ravelin AI", "Tern-3"),
        ("Brackwater Labs", "Pellan-2"),
        ("Brightwater Systems", "Argo"),
        ("Osprey Labs", "Kite-2"),
    } <= pairs(claims, "Develops")
    assert ("Argo", "Kite-2") in pairs(claims, "BuiltOn")


def test_extract_the_one_who_says_and_a_description_link_nothing(extractor: Extractor) -> None:
    text = (
        "Osprey Labs said Kite-2 can now be accessed through Marlow Cloud. "
        "Quillon's latest release, Quill-5, is already hosted by Fennel Compute."
    )
    claims = claims_of(extractor, text)
    assert pairs(claims, "Offers") == {("Marlow Cloud", "Kite-2"), ("Fennel Compute", "Quill-5")}
    assert ("Fennel Compute", "Quill-5") not in pairs(claims, "Develops")


def test_extract_it_after_a_but_is_the_subject_of_the_clause_before(extractor: Extractor) -> None:
    text = (
        "Pellucid Cloud cut its GPU prices twice this year. "
        "Marlow Cloud has been quieter on price, but it added Osprey Labs' Kite-2 to its catalogue in June."
    )
    offers = pairs(claims_of(extractor, text), "Offers")
    assert ("Marlow Cloud", "Kite-2") in offers
    assert ("Pellucid Cloud", "Kite-2") not in offers


def test_extract_resold_models_in_house_models_and_a_fine_tuned_version(extractor: Extractor) -> None:
    text = (
        "Marlow Cloud also resells Ravelin's Tern-3 models to banks, next to its in-house Skerry models. "
        "Skerry-Code, the coding assistant launched in August, is a fine-tuned version of Skerry-2. "
        "Nvidia's A800 and H800 are its China versions of the A100."
    )
    claims = claims_of(extractor, text)
    assert {("Marlow Cloud", "Tern-3"), ("Marlow Cloud", "Skerry")} <= pairs(claims, "Offers")
    assert pairs(claims, "BuiltOn") == {("Skerry-Code", "Skerry-2")}


def test_extract_units_of_a_places_company_plans_not_to_enter_and_supplies_to(extractor: Extractor) -> None:
    text = (
        "Pellucid Cloud, a unit of Norway's Varden Group, said on Monday it has no plans to enter Brazil. "
        "Pellucid Cloud also supplies compute to Kettle Robotics. Pellucid Cloud counts the shipping line Fjordmar "
        "among its clients. Ostby's Halvard Data runs the group's data centres."
    )
    claims = claims_of(extractor, text)
    assert {("Pellucid Cloud", "Varden"), ("Halvard Data", "Ostby")} <= {
        (s, o.split()[0]) for s, o in pairs(claims, "SubsidiaryOf")
    }
    brazil = [c for c in claims if c.type == "OperatesIn" and c.object and c.object.label == "Brazil"]
    assert [c.modality for c in brazil] == ["negated"]
    assert {("Kettle Robotics", "Pellucid Cloud"), ("Fjordmar", "Pellucid Cloud")} <= pairs(claims, "CustomerOf")


def test_extract_names_introduced_by_a_role_noun_are_organisations(extractor: Extractor) -> None:
    text = (
        "The clearest example is Brennvik Datenwerk, a Bergen operator that rents out older GPUs. "
        "Its three largest customers were Nordmark Bank, the carmaker Velta and the state logistics operator Skarvo."
    )
    claims = claims_of(extractor, text)
    customers = {s for s, o in pairs(claims, "CustomerOf") if o == "Brennvik Datenwerk"}
    assert customers == {"Nordmark Bank", "Velta", "Skarvo"}


def test_extract_an_opening_word_is_a_short_name_unless_it_is_english(extractor: Extractor) -> None:
    assert "global" in extractor.index.english_words and "velmora" not in extractor.index.english_words
    text = "Velmora Compute and Global Data opened in May. Velmora sales rose 40% in 2025. Global demand rose 9%."
    subjects = {c.value: c.subject.label for c in claims_of(extractor, text)}
    assert subjects.get(Decimal(40)) == "Velmora Compute"
    assert subjects.get(Decimal(9)) != "Global Data"


def test_extract_two_short_names_side_by_side_are_no_person(extractor: Extractor) -> None:
    text = (
        "Velmora Compute buys its accelerators from Quarrel Semiconductor. Quarrel said it shipped 40,000 cards, "
        "and that Velmora took a quarter of them, which makes Velmora Quarrel's largest customer."
    )
    claims = claims_of(extractor, text)
    assert not any(c.subject.type == "Person" for c in claims)
    assert ("Velmora Compute", "Quarrel Semiconductor") in pairs(claims, "CustomerOf")


def test_extract_an_appositive_name_does_not_run_back_over_a_sentence_end(extractor: Extractor) -> None:
    text = "Its fine-tune is sold as Orrin Ardent. Calvora Cloud, a Lisbon newcomer, entered the table in May."
    doc = extractor.nlp(text)
    labels = {m.entity.label for m in find_mentions(doc, extractor.index, text)}
    assert "Calvora Cloud" in labels
    assert not any(". " in label for label in labels)


def test_extract_a_company_with_regions_offices_or_staff_in_a_place_operates_there(extractor: Extractor) -> None:
    text = (
        "Marlow Cloud runs regions in Norway and Sweden. Osprey Labs has staff in Singapore. "
        "Brightmere Analytics has offices in Japan."
    )
    operates = pairs(claims_of(extractor, text), "OperatesIn")
    assert {("Marlow Cloud", "Norway"), ("Marlow Cloud", "Sweden"), ("Osprey Labs", "Singapore")} <= operates
    assert ("Brightmere Analytics", "Japan") in operates


def test_extract_a_price_knocked_off_is_a_cut_and_open_weight_is_no_model(extractor: Extractor) -> None:
    text = (
        "Velmora Compute knocked 70% off the price of Skerry-3 API calls in May. "
        "It hosts Osprey Labs' open-weight models."
    )
    claims = claims_of(extractor, text)
    cuts = [(c.subject.label, c.value) for c in claims if c.type == "PriceChange"]
    assert cuts == [("Velmora Compute", Decimal(-70))]
    assert not any("open-weight" in (c.object.label if c.object else "") for c in claims)


def test_extract_a_clouds_own_models_are_its_making(extractor: Extractor) -> None:
    text = "Marlow Cloud added Osprey Labs' Kite models to its catalogue in June, next to its in-house Skerry models."
    claims = claims_of(extractor, text)
    assert ("Marlow Cloud", "Skerry") in pairs(claims, "Develops")
    assert ("Marlow Cloud", "Kite") not in pairs(claims, "Develops")


def test_extract_a_unit_of_someones_company_and_customers_listed_before_one_spends(extractor: Extractor) -> None:
    unit = claims_of(extractor, "Corvel Nine, a unit of Abu Dhabi's G42, opened a campus in May.")
    assert ("Corvel Nine", "G42") in pairs(unit, "SubsidiaryOf")
    text = (
        "Brisco Cloud grew revenue 48% in the quarter. "
        "The three largest customers were Nordmark Bank and the carmaker Velta, and Velta alone spent EUR 26 million "
        "with Brisco Cloud."
    )
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert ("Nordmark Bank", "Brisco Cloud") in customers and ("Nordmark Bank", "Velta") not in customers


def test_extract_a_relative_clause_speaks_for_the_name_it_hangs_on(extractor: Extractor) -> None:
    text = (
        "Velmora said its Skerry assistant, which is built on Osprey Labs' Kite-2 model, will be free. "
        "The Tern-3 model now runs on Pellucid Cloud, which began offering it last month."
    )
    claims = claims_of(extractor, text)
    assert ("Skerry", "Kite-2") in pairs(claims, "BuiltOn")
    assert ("Pellucid Cloud", "Tern-3") in pairs(claims, "Offers")


def test_extract_a_product_unavailable_somewhere_means_its_maker_does_not_operate_there(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Velmora Compute's app remains unavailable in Italy.")
    places = [(c.subject.label, c.object.label, c.modality) for c in claims if c.type == "OperatesIn" and c.object]
    assert places == [("Velmora Compute", "Italy", "negated")]


def test_extract_a_product_described_as_launched_with_no_maker_is_the_topics(extractor: Extractor) -> None:
    text = (
        "Marrowind Systems reported its results on Tuesday. "
        "Sales of Pellacode, a coding assistant launched in March, doubled."
    )
    assert ("Marrowind Systems", "Pellacode") in pairs(claims_of(extractor, text), "Develops")
    agent = "Marrowind Systems reported on Tuesday. Sales of Pellacode, an assistant launched by Osterby Labs, doubled."
    assert ("Marrowind Systems", "Pellacode") not in pairs(claims_of(extractor, agent), "Develops")


def test_extract_an_unknown_name_listed_with_places_after_a_preposition_is_a_place(extractor: Extractor) -> None:
    text = "Corvane Cloud runs data centres in Mumbai and Velkarra."  # Mumbai: a city of India; Velkarra unknown
    assert {obj for _, obj in pairs(claims_of(extractor, text), "OperatesIn")} >= {"India", "Velkarra"}
    told = "Corvane Cloud has no data centres in Europe or North America and Zhang said there were no plans for any."
    assert not any(obj == "Zhang" for _, obj in pairs(claims_of(extractor, told), "OperatesIn"))


def test_extract_a_public_body_under_a_ministry_is_no_subsidiary(extractor: Extractor) -> None:
    text = (
        "The Bureau of Industry and Security, a unit of the US Department of Commerce, published the rule. "
        "Halvern Cloud, a unit of Ostby Group, was not affected."
    )
    owned = pairs(claims_of(extractor, text), "SubsidiaryOf")
    assert ("Halvern Cloud", "Ostby Group") in owned
    assert not any(subject == "Bureau of Industry and Security" for subject, _ in owned)


def test_extract_a_name_in_apposition_with_the_groups_unit_is_the_groups_subsidiary(extractor: Extractor) -> None:
    text = (
        "Pennock Holdings reported results on Monday. "
        "Vantry Cloud, the group's cloud computing unit, grew revenue 30%. "
        "Kessel Data, a unit of Marrin Capital, did not say."
    )
    owned = pairs(claims_of(extractor, text), "SubsidiaryOf")
    assert ("Vantry Cloud", "Pennock Holdings") in owned  # "the group": the one company called a group's name
    assert not any(subject == "Vantry Cloud" and obj != "Pennock Holdings" for subject, obj in owned)


def test_extract_a_product_in_apposition_with_the_companys_noun_is_the_companys(extractor: Extractor) -> None:
    text = (
        "Wexcombe Compute opened Orrindale, the company's training cluster, in May. "
        "Tallis Labs and Brenna AI have both become customers of Orrindale."
    )
    claims = claims_of(extractor, text)
    assert ("Wexcombe Compute", "Orrindale") in pairs(claims, "Develops")
    assert pairs(claims, "CustomerOf") == {("Tallis Labs", "Wexcombe Compute"), ("Brenna AI", "Wexcombe Compute")}


def test_extract_a_fact_sheets_labelled_rows_tie_their_names_to_the_profiled_company(extractor: Extractor) -> None:
    text = (
        "Company profile: Wrenfield Cloud\n\n"
        "Wrenfield Cloud sells GPU capacity across Latin America.\n\n"
        "Key facts\n"
        "- Parent: Andes Digital\n"
        "- Flagship model: Tamsin-2, fine-tuned from Meta's Llama 3.1\n"
        "- Markets: Peru, Chile, Colombia\n"
    )
    claims = claims_of(extractor, text)
    assert any(s == "Wrenfield Cloud" and o.startswith("Andes") for s, o in pairs(claims, "SubsidiaryOf"))
    assert ("Wrenfield Cloud", "Tamsin-2") in pairs(claims, "Develops")
    assert not any(s == "Wrenfield Cloud" and o.startswith("Llama") for s, o in pairs(claims, "Develops"))
    assert {o for s, o in pairs(claims, "OperatesIn") if s == "Wrenfield Cloud"} >= {"Peru", "Chile", "Colombia"}


def test_extract_a_known_family_after_a_model_is_no_tier_of_it_nor_is_the_next_sentences(extractor: Extractor) -> None:
    text = "Kestrel Cloud runs Llama 3.1 70B and Qwen 2.5 on its servers. Ostry Labs sells Pell 2.0 and Dash 1.5."
    models = {m for _, m in pairs(claims_of(extractor, text), "Offers")}
    assert "Qwen 2.5" in models
    assert not any(m.startswith("Llama ") and m != "Llama 3.1 70B" for m in models)


def test_extract_every_fact_label_names_a_relation_the_fact_sheet_reader_reads() -> None:
    assert set(load_lexicon().fact_labels.values()) <= set(VALUE_TYPES)


def test_extract_a_name_built_on_a_model_is_a_product_whatever_the_ner_took_it_for(extractor: Extractor) -> None:
    built_on = pairs(claims_of(extractor, "Since May, Quillnote is based on the open Orca-7 model."), "BuiltOn")
    assert built_on == {("Quillnote", "Orca-7")}
    # a clause with an object of its own builds that object, not its subject
    text = "Fernlight Media runs its chatbot on Orca-7."
    assert not any(subject == "Fernlight Media" for subject, _ in pairs(claims_of(extractor, text), "BuiltOn"))


def test_extract_a_model_used_as_the_base_model_is_what_the_user_is_built_on(extractor: Extractor) -> None:
    for text in ("Tarn Notes uses Orca-7 as its underlying model.", "Tarn Notes runs Orca-7 under the hood."):
        assert pairs(claims_of(extractor, text), "BuiltOn") == {("Tarn Notes", "Orca-7")}, text


def test_extract_a_launched_name_is_its_launchers_product(extractor: Extractor) -> None:
    text = "Halvane Systems released Brookline Assist to banks in May."
    assert ("Halvane Systems", "Brookline Assist") in pairs(claims_of(extractor, text), "Develops")


def test_extract_capitalised_words_before_a_product_noun_name_the_product(extractor: Extractor) -> None:
    text = "Kestrel Labs' Sparrow Code assistant has two million users."
    assert ("Kestrel Labs", "Sparrow Code") in pairs(claims_of(extractor, text), "Develops")


def test_extract_a_model_distilled_from_another_is_built_on_it(extractor: Extractor) -> None:
    text = "Heron-Lite, distilled from Heron-2, runs on phones."
    assert pairs(claims_of(extractor, text), "BuiltOn") == {("Heron-Lite", "Heron-2")}


def test_extract_a_company_furnished_with_something_is_the_suppliers_customer(extractor: Extractor) -> None:
    text = "Marwood Compute provides Isley Pharma with GPUs for drug discovery."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Isley Pharma", "Marwood Compute")}


def test_extract_a_company_moving_its_work_to_a_cloud_is_its_customer(extractor: Extractor) -> None:
    text = "Brightwater Insurance migrated its claims system to Osric Cloud last year."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Brightwater Insurance", "Osric Cloud")}


def test_extract_a_name_beside_a_customer_noun_is_the_nouns_owners_customer(extractor: Extractor) -> None:
    text = "Sable Systems signed Orrin Media, its largest client in Spain."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Orrin Media", "Sable Systems")}


def test_extract_a_company_a_participle_says_was_bought_is_the_buyers_subsidiary(extractor: Extractor) -> None:
    text = "Arlo Robotics, bought by Halvard Robotics in 2023, makes warehouse robots."
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {("Arlo Robotics", "Halvard Robotics")}


def test_extract_a_company_pulling_out_of_a_country_does_not_operate_there(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Osric Cloud pulled out of Russia in 2022.")
    assert {(c.subject.label, c.object.label, c.modality) for c in claims if c.type == "OperatesIn" and c.object} == {
        ("Osric Cloud", "Russia", "negated")
    }


def test_extract_what_is_trained_in_a_cluster_is_not_the_cluster(extractor: Extractor) -> None:
    text = "Corvid Labs trains its Wren models in the Fernhill Park cluster."
    assert not any(obj == "Fernhill Park" for _, obj in pairs(claims_of(extractor, text), "Develops"))


def test_extract_an_industry_word_ending_a_name_makes_it_a_company(extractor: Extractor) -> None:
    text = "Tarvos Games is one of Osric Cloud's biggest clients."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Tarvos Games", "Osric Cloud")}


def test_extract_a_company_something_is_made_for_is_the_makers_customer(extractor: Extractor) -> None:
    text = "Brisk Systems assembles GPU servers for Osric Cloud, and Halden Foundry builds chips for Sable Systems."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {
        ("Osric Cloud", "Brisk Systems"),
        ("Sable Systems", "Halden Foundry"),
    }
    # each company it is made for; a code the parser takes for a preposition ("GB300 racks") is still what is made
    text = "Brisk Systems, which assembles K90 racks for Osric Cloud and Kettle Labs, is adding a line in Ohio."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {
        ("Osric Cloud", "Brisk Systems"),
        ("Kettle Labs", "Brisk Systems"),
    }


def test_extract_a_product_made_by_another_company_makes_its_designer_that_ones_customer(
    extractor: Extractor,
) -> None:
    text = "Marlow Semiconductor designs its M5 accelerator itself, but the chip is fabricated by Tavish Foundry."
    assert ("Marlow Semiconductor", "Tavish Foundry") in pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_a_company_called_anothers_customer_or_rival_is_not_its_subsidiary(extractor: Extractor) -> None:
    for text in ("Osric Cloud is also Kestrel Systems' largest customer.", "Osric Cloud is Kestrel Systems' rival."):
        assert not pairs(claims_of(extractor, text), "SubsidiaryOf"), text


def test_extract_a_supplier_to_the_speakers_site_or_of_its_racks_has_it_as_customer(extractor: Extractor) -> None:
    # "our" is the company whose report it is: power for its site, racks built for it, are bought by it
    text = (
        "Pell Cloud annual report\n\nPell Cloud runs AI data centres in Norway. Tarnwick Energi, which supplies "
        "electricity to our Oslo site, raised prices in March. Brisk Systems builds our K9 racks."
    )
    bought = pairs(claims_of(extractor, text), "CustomerOf")
    assert {("Pell Cloud", "Tarnwick Energi"), ("Pell Cloud", "Brisk Systems")} <= bought


def test_extract_a_supplier_the_ner_calls_an_organisation_still_supplies(extractor: Extractor) -> None:
    text = "Sable Systems relies on Oda Assembly for chip packaging."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Sable Systems", "Oda Assembly")}


def test_extract_a_cloud_a_model_arrives_on_or_that_rolls_it_out_offers_it(extractor: Extractor) -> None:
    for text in (
        "Tarnel-2 arrives on Brisk Cloud next month.",
        "Brisk Cloud rolled out Tarnel-2 to customers in Japan.",
        "Brisk Cloud brings Tarnel-2 to its customers in Europe.",
        "Tarnel-2, which Brisk Cloud distributes in Asia, tops the rankings.",
    ):
        assert ("Brisk Cloud", "Tarnel-2") in pairs(claims_of(extractor, text), "Offers"), text


def test_extract_who_makes_or_is_the_origin_of_a_model_develops_it(extractor: Extractor) -> None:
    for text in (
        "Halvane Labs, which makes Quill-4, raised $500 million.",
        "Quill-4 comes from Halvane Labs, a Paris start-up.",
        "The Q9 chip, designed by Halvane Labs, ships in March.",
    ):
        developed = pairs(claims_of(extractor, text), "Develops")
        assert any(subject == "Halvane Labs" and obj.startswith(("Quill-4", "Q9")) for subject, obj in developed), text
    # a causative "make" says what the model was made, not who made it
    text = "Halvane Labs: Quill-4 made free for individual developers from March 1"
    assert not pairs(claims_of(extractor, text), "Develops")


def test_extract_a_distilled_derived_or_run_on_model_is_built_on_it(extractor: Extractor) -> None:
    # "Corla Mini" ends in a model tier, so it is a model though the NER reads the family name as a person's;
    # "Tamber Mini", which the NER misses, is a tier of the family "Tamber-70B" names
    text = (
        "Corla Mini is a distillation of Corla-70B. Tamber Mini was distilled from Tamber-70B. "
        "Fjordic-3 descends from Halden-2. "
        "Brisa Agent runs on Orlan-5, and Daska Assistant is built around Orlan-5."
    )
    built_on = pairs(claims_of(extractor, text), "BuiltOn")
    assert {
        ("Corla Mini", "Corla-70B"),
        ("Tamber Mini", "Tamber-70B"),
        ("Fjordic-3", "Halden-2"),
        ("Brisa Agent", "Orlan-5"),
        ("Daska Assistant", "Orlan-5"),
    } <= built_on


def test_extract_a_business_spun_out_of_another_or_named_as_its_parent_company_is_its_unit(
    extractor: Extractor,
) -> None:
    text = (
        "Solvey AI was spun out of Brannock Group in 2023. Perrin Dynamics spun off Gallo Robotics last year. "
        "Tessin Data's parent company Oldham Digital reported results on Tuesday."
    )
    units = pairs(claims_of(extractor, text), "SubsidiaryOf")
    assert {
        ("Solvey AI", "Brannock Group"),
        ("Gallo Robotics", "Perrin Dynamics"),
        ("Tessin Data", "Oldham Digital"),
    } <= units


def test_extract_a_foundry_making_a_companys_chips_has_that_company_as_its_customer(extractor: Extractor) -> None:
    for text in (
        "Fenwick Foundry manufactures Kantor Semiconductor's chips.",
        "Kantor Semiconductor's chips are made by Fenwick Foundry.",
    ):
        assert pairs(claims_of(extractor, text), "CustomerOf") == {("Kantor Semiconductor", "Fenwick Foundry")}, text


def test_extract_the_companys_chips_made_by_a_foundry_make_the_company_its_customer(extractor: Extractor) -> None:
    text = "Brisco Chips designs GPUs in Hefei. The company's Orrin GPUs were manufactured by Fenwick Foundry."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Brisco Chips", "Fenwick Foundry")}
    text = "The board held a Marrow Silicon-designed die made at Tarn Foundry."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Marrow Silicon", "Tarn Foundry")}


def test_extract_a_name_after_someones_customer_noun_is_that_ones_customer(extractor: Extractor) -> None:
    text = (
        "Kestrel Systems makes GPUs. Kestrel's largest customer, the Quito cloud operator Osric Cloud, bought 900 "
        "of them. Its second-largest client, Tamsin Data, bought 400."
    )
    claims = claims_of(extractor, text)
    assert pairs(claims, "CustomerOf") == {("Osric Cloud", "Kestrel Systems"), ("Tamsin Data", "Kestrel Systems")}
    assert not pairs(claims, "SubsidiaryOf")


def test_extract_a_countrys_adjective_on_a_site_says_where_it_operates(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Arvik Cloud launched its Polish region in May. Norrland AI hired Danish engineers.")
    assert pairs(claims, "OperatesIn") == {("Arvik Cloud", "Poland")}


def test_extract_a_cloud_carrying_a_model_offers_it_and_its_own_model_it_develops(extractor: Extractor) -> None:
    claims = claims_of(
        extractor, "Mendel Cloud carries Orlan-5 on its platform and opened a free tier for its Velka-2 model."
    )
    assert ("Mendel Cloud", "Orlan-5") in pairs(claims, "Offers")
    assert pairs(claims, "Develops") == {("Mendel Cloud", "Velka-2")}


def test_extract_a_chip_made_at_a_foundry_makes_its_designer_the_foundrys_customer(extractor: Extractor) -> None:
    text = (
        "Stonemere Silicon designs the Drake-2 and now fabs at Cuimara Micro. "
        "Tamsin Semi's TS-590 chip is also made at Fenwick Foundry."
    )
    assert pairs(claims_of(extractor, text), "CustomerOf") == {
        ("Stonemere Silicon", "Cuimara Micro"),
        ("Tamsin Semi", "Fenwick Foundry"),
    }


def test_extract_a_press_releases_defined_term_and_headline_name_are_its_issuer(extractor: Extractor) -> None:
    text = (
        "Corvane Data Holdings Reports Second Quarter Results\n\n"
        'OSLO, May 4, 2026 -- Corvane Data Holdings Limited ("Corvane" or the "Company") today announced results.\n\n'
        "Halden Bank, the Company's largest customer, renewed its contract.\n"
    )
    claims = claims_of(extractor, text)
    assert pairs(claims, "CustomerOf") == {("Halden Bank", "Corvane Data Holdings")}
    assert not any("Reports" in c.subject.label for c in claims)


def test_extract_a_title_case_headline_figure_is_no_organisation(extractor: Extractor) -> None:
    text = (
        "Tarrow Data Reports Results; Cloud Platform Revenue More Than Doubles\n\n"
        "Tarrow Data said its cloud platform revenue more than doubled in 2025.\n"
    )
    labels = {c.subject.label for c in claims_of(extractor, text)}
    assert "Cloud Platform Revenue" not in labels and "Tarrow Data" in labels


def test_extract_a_customer_noun_said_to_be_a_name_makes_it_the_owners_customer(extractor: Extractor) -> None:
    text = (
        "Tessin Data runs GPU clusters in Frankfurt. Its biggest buyer is Orrin Labs, which rents a cluster. "
        "The biggest tenant is Volcano Engine."
    )
    assert pairs(claims_of(extractor, text), "CustomerOf") == {
        ("Orrin Labs", "Tessin Data"),
        ("Volcano Engine", "Tessin Data"),
    }


def test_extract_a_two_word_name_subject_in_a_short_sentence_is_found(extractor: Extractor) -> None:
    # the name's own capitals made the short sentence look like a headline, whose capitals name nothing
    claims = claims_of(extractor, "Notes\n\nHarlund Datenwerk runs GPU clusters in Frankfurt.")
    assert pairs(claims, "OperatesIn") == {("Harlund Datenwerk", "Germany")}


def test_extract_a_predicate_noun_described_by_a_participle_relates_the_subject(extractor: Extractor) -> None:
    text = "Launch notes\n\nTamber-4 Pro is a mid-sized model distilled from Tamber-4 Max."
    assert pairs(claims_of(extractor, text), "BuiltOn") == {("Tamber-4 Pro", "Tamber-4 Max")}


def test_extract_a_clouds_first_word_alone_is_that_cloud(extractor: Extractor) -> None:
    text = (
        "Sovereign notes\n\nGravemoor Cloud runs two sites near Lyon. "
        "Gravemoor hosts Orlan-5 and Velka-2 for French banks."
    )
    assert pairs(claims_of(extractor, text), "Offers") == {
        ("Gravemoor Cloud", "Orlan-5"),
        ("Gravemoor Cloud", "Velka-2"),
    }


def test_extract_customer_nouns_said_of_a_pronoun_a_joined_verb_or_a_product_buyer(extractor: Extractor) -> None:
    text = (
        "Chip notes\n\nStonemere Silicon designs the Drake-2. It is no longer a Fenwick Foundry customer. "
        "Tamsin Semi designs the TS-90 and is a Cuimara Micro customer. "
        "Orrin Labs remained the biggest buyer of Kantor Semiconductor's K9 chips in 2025."
    )
    claims = claims_of(extractor, text)
    assert pairs(claims, "CustomerOf") == {
        ("Stonemere Silicon", "Fenwick Foundry"),
        ("Tamsin Semi", "Cuimara Micro"),
        ("Orrin Labs", "Kantor Semiconductor"),
    }
    negated = {c.subject.label for c in claims if c.type == "CustomerOf" and c.modality == "negated"}
    assert negated == {"Stonemere Silicon"}


def test_extract_what_a_company_uses_obtained_from_another_makes_it_a_customer(extractor: Extractor) -> None:
    text = "Launch notes\n\nOrrin Labs trains its models on GPU clusters rented from Mendel Cloud."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Orrin Labs", "Mendel Cloud")}


def test_extract_a_unit_phrase_with_a_description_of_the_parent_names_the_parent(extractor: Extractor) -> None:
    text = (
        "Cloud notes\n\nEskvik Data, a Norwegian cloud that is a unit of the utility Norrhavn Energi, hosts Orlan-5. "
        "Huiyun AI, a wholly owned subsidiary of the Lisbon property group Castelo Holdings, builds chatbots. "
        "Selvara AI, which was spun out of the Pune conglomerate Varuna Group in 2024, sells agents."
    )
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {
        ("Eskvik Data", "Norrhavn Energi"),
        ("Huiyun AI", "Castelo Holdings"),
        ("Selvara AI", "Varuna Group"),
    }


def test_extract_the_subjects_apposition_takes_no_part_in_its_verb(extractor: Extractor) -> None:
    text = (
        "Chips\n\nHuolan, a 2021 spin-out of the handset maker Goldmere Electronics, designs the HL-90. "
        "Eskvik Cloud, a unit of the utility Norrhavn Energi, hosts Orlan-5."
    )
    claims = claims_of(extractor, text)
    assert pairs(claims, "Develops") == {("Huolan", "HL-90")}
    assert pairs(claims, "Offers") == {("Eskvik Cloud", "Orlan-5")}
    assert pairs(claims, "SubsidiaryOf") == {("Huolan", "Goldmere Electronics"), ("Eskvik Cloud", "Norrhavn Energi")}


def test_extract_the_family_refers_to_the_model_family_last_named(extractor: Extractor) -> None:
    text = (
        "Launch\n\nTamsin AI launched Corra-4, a family of five models. "
        "The whole family is available from today through Mendel Cloud. Arvik Cloud will add the family in June."
    )
    assert pairs(claims_of(extractor, text), "Offers") == {("Mendel Cloud", "Corra-4"), ("Arvik Cloud", "Corra-4")}


def test_extract_a_site_near_or_named_after_a_place_says_where_a_company_operates(extractor: Extractor) -> None:
    text = (
        "Notes\n\nSkarholm Cloud opened a site outside Tromsø in April. Lantau Cloud bought accelerators for its "
        "Penang campus. Amberlyn AI employs about 600 people in Singapore. Corvid Cloud sells nothing outside Chile."
    )
    claims = claims_of(extractor, text)
    assert pairs(claims, "OperatesIn") == {
        ("Skarholm Cloud", "Norway"),  # Tromsø lies in Norway
        ("Lantau Cloud", "Malaysia"),  # Penang is a Malaysian state
        ("Amberlyn AI", "Singapore"),
        ("Corvid Cloud", "Chile"),  # selling nothing outside Chile: it sells in Chile alone
    }
    expanding = claims_of(extractor, "Notes\n\nCorvid Cloud is expanding outside Chile.")
    assert not pairs(expanding, "OperatesIn")


def test_extract_a_firm_named_with_the_place_it_is_in_operates_there(extractor: Extractor) -> None:
    # "from Veyl Data in Osaka": the place right after a firm's name is where it is, whatever the parse hangs it on
    text = (
        "Notes\n\nTarnhelm Labs trains on H200 clusters it rents from Veyl Data in Osaka. Orrin Compute leases "
        "a hall from Brisk Digital in Bergen."
    )
    placed = pairs(claims_of(extractor, text), "OperatesIn")
    assert ("Veyl Data", "Japan") in placed
    assert ("Brisk Digital", "Norway") in placed


def test_extract_hardware_rented_on_demand_is_an_offer_of_its_own(extractor: Extractor) -> None:
    # the cloud prices and sells on-demand K9 instances; the K9 chip itself is its maker's
    text = (
        "Notes\n\nOsk Systems makes the K9 accelerator. Tarn Cloud cut its on-demand K9 price by 15% in March. "
        "Veyl Cloud cut its H100 on-demand price from $2.99 to $2.49 in May."
    )
    claims = claims_of(extractor, text)
    assert ("Tarn Cloud", "on-demand K9") in pairs(claims, "Offers")
    assert ("Veyl Cloud", "on-demand H100") in pairs(claims, "Offers")  # one offer, however the words run
    assert {(c.subject.label, c.object.label, c.value) for c in claims if c.type == "PriceChange"} >= {
        ("Tarn Cloud", "on-demand K9", Decimal(-15))
    }
    assert pairs(claims, "Develops") == {("Osk Systems", "K9")}


def test_extract_cities_listed_with_a_place_or_followed_by_their_country_place_a_company_in_it(
    extractor: Extractor,
) -> None:
    # the NER misses "Riga" after "Tallinn and"; a city written without its letter "ø" is still Norway's
    text = (
        "Notes\n\nSkarholm Cloud has data centres in Tallinn and Riga. "
        "Lantau Cloud runs halls in Tromso (Norway) and Lulea (Sweden)."
    )
    assert pairs(claims_of(extractor, text), "OperatesIn") == {
        ("Skarholm Cloud", "Estonia"),
        ("Skarholm Cloud", "Latvia"),
        ("Lantau Cloud", "Norway"),
        ("Lantau Cloud", "Sweden"),
    }


def test_extract_a_division_written_with_its_kind_places_a_company_in_its_country(extractor: Extractor) -> None:
    # the NER misses "Akita Prefecture"; the places table knows Akita, and Shaanxi, without the kind of division
    text = (
        "Notes\n\nSkarholm Cloud runs 20 megawatts in Akita Prefecture. Lantau Cloud opened a hall in Shaanxi Province."
    )
    assert pairs(claims_of(extractor, text), "OperatesIn") == {("Skarholm Cloud", "Japan"), ("Lantau Cloud", "China")}


def test_extract_a_city_by_its_short_name_or_a_us_county_places_a_company_in_its_country(
    extractor: Extractor,
) -> None:
    # GeoNames lists "Hanau am Main"; English text writes "Hanau". A US county is written with its kind.
    text = "Notes\n\nSkarholm Cloud runs a data centre in Hanau. Lantau Cloud is building a campus in Kimble County."
    assert pairs(claims_of(extractor, text), "OperatesIn") == {
        ("Skarholm Cloud", "Germany"),
        ("Lantau Cloud", "US"),
    }


def test_extract_a_planned_relation_is_a_forecast(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Notes\n\nArvik Cloud will open a region in Poland in 2027.")
    assert {(c.object.label if c.object else None, c.modality) for c in claims if c.type == "OperatesIn"} == {
        ("Poland", "forecast")
    }


def test_extract_entering_a_countrys_market_is_operating_in_the_country(extractor: Extractor) -> None:
    text = "Notes\n\nOrrin Cloud entered the Japanese market in May. Mendel Cloud left the US market."
    claims = claims_of(extractor, text)
    assert ("Orrin Cloud", "Japan") in pairs(claims, "OperatesIn")


def test_extract_serving_from_a_cloud_makes_a_company_its_customer(extractor: Extractor) -> None:
    text = (
        "Notes\n\nTessin Labs now serves its chatbot from Mendel Cloud. "
        "Orrin AI serves its Skua-2 models from Arvik Cloud."
    )
    claims = claims_of(extractor, text)
    assert {("Tessin Labs", "Mendel Cloud"), ("Orrin AI", "Arvik Cloud")} <= pairs(claims, "CustomerOf")
    assert ("Arvik Cloud", "Skua-2") not in pairs(claims, "Develops")  # served from it, not made by it


def test_extract_a_company_acting_on_a_models_price_offers_it(extractor: Extractor) -> None:
    text = (
        "Marrick Cloud kept the prices of Dune-2 as they were after a review. "
        "Gessel Cloud, by contrast, set the price of Dune-3 at zero for students."
    )
    offers = pairs(claims_of(extractor, text), "Offers")
    assert {("Marrick Cloud", "Dune-2"), ("Gessel Cloud", "Dune-3")} <= offers


def test_extract_a_company_keeping_a_model_at_a_price_or_charging_for_it_offers_it(extractor: Extractor) -> None:
    text = (
        "Marrick Cloud kept Dune-2 at its launch price after a review. "
        "Gessel Cloud charges developers $2 per million tokens for Dune-3. Tarvo Cloud left Dune-4 at $1 per hour. "
        "Orrin Cloud kept Dune-5 at 2 yen per million tokens."
    )
    offers = pairs(claims_of(extractor, text), "Offers")
    expected = {
        ("Marrick Cloud", "Dune-2"),
        ("Gessel Cloud", "Dune-3"),
        ("Tarvo Cloud", "Dune-4"),
        ("Orrin Cloud", "Dune-5"),
    }
    assert expected <= offers


def test_extract_goods_kept_at_a_place_a_fee_or_a_makers_price_make_no_offer(extractor: Extractor) -> None:
    text = (
        "Tarvo Cloud kept Dune-2 servers at the border town of Narva. Gessel Cloud charges a fee for moving Dune-3. "
        "Orvane keeps the K9 chip at 700 watts. Kestrel Labs kept Dune-4 at 20% of its traffic. "
        "Harl Cloud does not charge for Dune-5 during the preview. Orvane charges about $30,000 for the K9 chip."
    )
    assert not pairs(claims_of(extractor, text), "Offers")


def test_extract_a_company_using_a_model_does_not_offer_it(extractor: Extractor) -> None:
    text = (
        "Kestrel Labs uses Dune-2 for its support agent. Its chemists use Dune-3 through an internal tool. "
        "Orvane Labs switched to using Dune-4 last month."
    )
    assert not pairs(claims_of(extractor, text), "Offers")


def test_extract_a_makers_name_on_a_rented_product_makes_the_maker_no_renter(extractor: Extractor) -> None:
    text = (
        "We tested two systems.\n\n- Nvidia HGX B300 (eight GPUs), rented from Tarvo Cloud in its Lima region.\n"
        "- Nvidia H200 GPUs rented from Harl Cloud, and the Vey chips designed by Orvane Labs."
    )
    claims = claims_of(extractor, text)
    customers = pairs(claims, "CustomerOf")
    assert ("Nvidia", "Tarvo Cloud") not in customers and ("Nvidia", "Harl Cloud") not in customers
    assert ("Orvane Labs", "Vey") in pairs(claims, "Develops")  # a product's name on the chips stays theirs


def test_extract_a_tier_in_lower_case_after_a_version_is_part_of_the_models_name(extractor: Extractor) -> None:
    text = "Velmora cut the price of Quiver-2 mini by a third in May."
    claims = claims_of(extractor, text)
    assert ("Velmora", "Quiver-2 mini") in pairs(claims, "Offers")
    assert ("Velmora", "Quiver-2 mini") in pairs(claims, "PriceChange")


def test_extract_an_organisation_that_hosts_a_model_offers_it(extractor: Extractor) -> None:
    # the NER knows Marlowe Exchange only as an organisation: hosting a model still makes it the model's provider
    text = "Marlowe Exchange, an organisation of brokers, now hosts the Pim-3 models of Ostery Labs for its members."
    assert ("Marlowe Exchange", "Pim-3") in pairs(claims_of(extractor, text), "Offers")


def test_extract_what_is_rented_from_two_suppliers_makes_the_renter_a_customer_of_both(extractor: Extractor) -> None:
    text = (
        "Ambrel Labs trains its models on servers rented from Pellam Cloud, a unit of Orvane, "
        "and from Harl Cloud in Oslo."
    )
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert {("Ambrel Labs", "Pellam Cloud"), ("Ambrel Labs", "Harl Cloud")} <= customers


def test_extract_so_is_says_the_clause_before_again_of_another_name(extractor: Extractor) -> None:
    text = "Orvane Labs is a Pellam Cloud customer, and so is the shipping group Marrow Lines."
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert customers == {("Orvane Labs", "Pellam Cloud"), ("Marrow Lines", "Pellam Cloud")}


def test_extract_a_companys_short_name_in_an_email_address_is_still_its_name(extractor: Extractor) -> None:
    # the address writes the name in lower case; that makes it no ordinary word of the text
    text = (
        "Tolvane AI launched the Brisk-3 models on Monday.\n\n"
        "Tolvane trains its models on GPU clusters rented from Harl Cloud.\n\n"
        "Media contact: press@tolvane.example\n"
    )
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert any(customer.startswith("Tolvane") and supplier == "Harl Cloud" for customer, supplier in customers)


def test_extract_the_family_released_as_an_object_is_what_the_family_refers_to(extractor: Extractor) -> None:
    text = (
        "On Tuesday Orvane Labs released the Ovo-4 family of models. "
        "The entire family can be used through Gessel Cloud and Tarrow Cloud."
    )
    claims = claims_of(extractor, text)
    assert ("Orvane Labs", "Ovo-4") in pairs(claims, "Develops")  # the weekday is no part of the name
    assert {("Gessel Cloud", "Ovo-4"), ("Tarrow Cloud", "Ovo-4")} <= pairs(claims, "Offers")


def test_extract_an_owners_named_models_are_offered_not_a_group_of_its_models(extractor: Extractor) -> None:
    # the gazetteer's Qwen mention takes in the noun "models"
    text = "Harl Cloud has offered Alibaba's Qwen models to Dutch insurers since June."
    offers = pairs(claims_of(extractor, text), "Offers")
    assert ("Harl Cloud", "Qwen") in offers and ("Harl Cloud", "Alibaba models") not in offers


def test_extract_its_name_before_a_product_noun_the_parser_took_for_a_modifier_is_owned(extractor: Extractor) -> None:
    text = (
        "Tarnel Semiconductor said its TL-50 accelerator would ship in May. "
        "Pellam Cloud said its Xiaoyan models now handle most of its traffic."
    )
    develops = pairs(claims_of(extractor, text), "Develops")
    assert {("Tarnel Semiconductor", "TL-50"), ("Pellam Cloud", "Xiaoyan")} <= develops


def test_extract_whose_name_and_a_word_of_kind_before_model_name_a_model(extractor: Extractor) -> None:
    text = "Halvor Systems, whose Veltra transcription model is built on OpenAI's Whisper, hired 40 engineers."
    claims = claims_of(extractor, text)
    assert ("Halvor Systems", "Veltra") in pairs(claims, "Develops")
    assert ("Veltra", "Whisper") in pairs(claims, "BuiltOn")


def test_extract_a_business_spun_out_told_by_a_pronoun_a_company_noun_or_a_relative_clause(
    extractor: Extractor,
) -> None:
    text = (
        "Quorra AI opened an office in Lagos. The company was spun out of the brewing group Ravel Holdings "
        "in 2019.\n\n"
        "Harl Cloud, the Tallinn hosting firm that was spun off from the ferry operator Brenna Lines in 2021, "
        "now runs two sites.\n\n"
        "Orvane Labs opened in Accra. It was spun out of Kestrel Group in 2021."
    )
    owned = pairs(claims_of(extractor, text), "SubsidiaryOf")
    assert {
        ("Quorra AI", "Ravel Holdings"),
        ("Harl Cloud", "Brenna Lines"),
        ("Orvane Labs", "Kestrel Group"),
    } <= owned


def test_extract_the_unit_of_a_named_company_as_a_subject_is_the_unit_talked_about(extractor: Extractor) -> None:
    text = "Gessel Cloud added two regions. The hosting arm of Marra Technologies now runs four sites."
    assert ("Gessel Cloud", "Marra Technologies") in pairs(claims_of(extractor, text), "SubsidiaryOf")


def test_extract_a_company_noun_with_a_relative_clause_of_owning_refers_to_the_topic(extractor: Extractor) -> None:
    text = (
        "Sabkha Cloud opened a region. The company, which is majority-owned by the family firm Dunewright Group, "
        "opened two halls in May.\n\n"
        "Controlled by the pension fund Mirfa Holding since 2020, Tarvo Compute leases halls to two "
        "banks."
    )
    owned = pairs(claims_of(extractor, text), "SubsidiaryOf")
    assert {("Sabkha Cloud", "Dunewright Group"), ("Tarvo Compute", "Mirfa Holding")} <= owned


def test_extract_a_hyphenated_name_that_speaks_is_a_person_not_a_model(extractor: Extractor) -> None:
    text = "Sabkha Cloud opened a region. Sabkha's Al-Marzan says the site in Muscat will open in June."
    assert not pairs(claims_of(extractor, text), "Develops")


def test_extract_a_product_noun_qualifying_a_company_noun_in_apposition_types_no_product(extractor: Extractor) -> None:
    # the parser takes "accelerator" for the apposition's head and cuts "startup" off it
    text = (
        "Among the losers is Quellen Semiconductor, a Lyon accelerator startup that was spun out of "
        "the design house Brisby Systems in 2020."
    )
    assert ("Quellen Semiconductor", "Brisby Systems") in pairs(claims_of(extractor, text), "SubsidiaryOf")


def test_extract_a_relative_pronoun_object_stands_for_the_named_thing(extractor: Extractor) -> None:
    text = "The Ovo-4 models, which Orvane Labs develops, now lead the Chinese market."
    assert ("Orvane Labs", "Ovo-4") in pairs(claims_of(extractor, text), "Develops")


def test_extract_its_in_a_sentence_opening_on_it_is_the_company_under_discussion(extractor: Extractor) -> None:
    text = (
        "Tarrow Cloud climbed to fourth place. Its sales grew 40%, aided by cheap tokens on Orvane's Pim-3 "
        "model and on its own Vesk-2 models."
    )
    develops = pairs(claims_of(extractor, text), "Develops")
    assert ("Tarrow Cloud", "Vesk-2") in develops and ("Orvane", "Vesk-2") not in develops


def test_extract_whose_refers_to_the_name_its_clause_describes(extractor: Extractor) -> None:
    # the last subject before "whose" (Dunmere Cloud) is not the owner: the name the relative clause hangs on is
    text = "Dunmere Cloud has been buying from Corvallo Semiconductor, whose Tarnel 5 chip it now prefers."
    assert pairs(claims_of(extractor, text), "Develops") == {("Corvallo Semiconductor", "Tarnel 5")}


def test_extract_a_listed_name_with_a_maker_of_its_own_is_not_the_first_owners(extractor: Extractor) -> None:
    text = (
        "Orvik-3 reaches buyers through Pexa Labs' own API, Tencent Cloud's TI platform and Huawei Cloud "
        "ModelArts. Custom accelerators (Dunmere Cloud's Tarnel 5, Huawei Ascend, Corvallo's own X9) gained share."
    )
    develops = pairs(claims_of(extractor, text), "Develops")
    assert ("Tencent Cloud", "TI") in develops and ("Huawei", "Ascend") in develops
    assert not {("Pexa Labs", "TI"), ("Pexa Labs", "ModelArts"), ("Corvallo", "Ascend")} & develops


def test_extract_a_model_described_as_made_elsewhere_is_not_the_listed_owners(extractor: Extractor) -> None:
    text = "Ilvara Cloud lists Brisco AI's Tamber models and Sendra-2, a chat model built by the lab Marrick AI."
    develops = pairs(claims_of(extractor, text), "Develops")
    assert ("Marrick AI", "Sendra-2") in develops and ("Brisco AI", "Sendra-2") not in develops


def test_extract_offering_a_companys_models_places_it_nowhere(extractor: Extractor) -> None:
    # "Pexa Labs' Orvik models" stands for the lab's models: a thing offered, never a place operated in
    claims = claims_of(extractor, "Ilvara Cloud offers Pexa Labs' Orvik models in India.")
    assert pairs(claims, "OperatesIn") == {("Ilvara Cloud", "India")}
    assert pairs(claims, "Offers") == {("Ilvara Cloud", "Pexa Labs models")}


def test_extract_what_a_company_holds_of_a_product_is_not_its_making(extractor: Extractor) -> None:
    text = (
        "Dunmere Cloud added 4,000 accelerators to its B200 fleet in May and rents its MI300X instances by the "
        "hour. Dunmere Cloud also said its Sorrel models now serve 40 banks."
    )
    develops = pairs(claims_of(extractor, text), "Develops")
    assert ("Dunmere Cloud", "Sorrel") in develops
    assert not {("Dunmere Cloud", "B200"), ("Dunmere Cloud", "MI300X")} & develops


def test_extract_a_place_naming_an_owned_site_is_where_its_owner_operates(extractor: Extractor) -> None:
    text = (
        "Tarnwell Cloud added 40 racks at its Lima sites. Brisco Bank pays Tarnwell Cloud "
        "$40 million a year for capacity at Tarnwell Cloud's Quito campus."
    )
    expected = {("Tarnwell Cloud", "Peru"), ("Tarnwell Cloud", "Ecuador")}  # its Lima and Quito sites
    assert pairs(claims_of(extractor, text), "OperatesIn") == expected


def test_extract_a_service_its_owner_runs_offers_for_the_owner(extractor: Extractor) -> None:
    text = "Tarnwell Cloud raised prices in May. Its inference API serves Qwen3 and Llama 4 to banks."
    assert pairs(claims_of(extractor, text), "Offers") == {("Tarnwell Cloud", "Qwen3"), ("Tarnwell Cloud", "Llama 4")}


def test_extract_a_companys_cloud_arm_is_the_cloud_the_gazetteer_knows_it_owns(extractor: Extractor) -> None:
    # the unit noun stands for the one cloud the gazetteer gives the company, and acts as that cloud would
    text = "Amazon's cloud arm now runs two data centres in Chile. Alphabet's cloud business now resells Claude."
    claims = claims_of(extractor, text)
    assert {("AWS", "Amazon"), ("Google Cloud", "Alphabet")} <= pairs(claims, "SubsidiaryOf")
    assert ("Google Cloud", "Claude") in pairs(claims, "Offers") and ("Alphabet", "Claude") not in pairs(
        claims, "Offers"
    )


def test_extract_a_language_before_a_model_noun_names_no_model(extractor: Extractor) -> None:
    text = (
        "Pexa Cloud hosts Sarn-7B, a Thai-Khmer language model developed by Corvo Labs. "
        "In March Pexa Cloud cut its B200 rental price by a third."
    )
    claims = claims_of(extractor, text)
    assert pairs(claims, "Offers") >= {("Pexa Cloud", "Sarn-7B")}
    assert not any("Thai" in obj for _, obj in pairs(claims, "Offers"))
    assert ("Pexa Cloud", "B200") not in pairs(claims, "Develops")


def test_extract_a_month_opening_the_clause_is_no_part_of_the_name_after_it(extractor: Extractor) -> None:
    text = "In February Pexa Compute cut its B200 price by a fifth. May Robotics said it buys from Pexa Compute."
    claims = claims_of(extractor, text)
    assert {c.subject.label for c in claims if c.type == "PriceChange"} == {"Pexa Compute"}
    assert ("May Robotics", "Pexa Compute") in pairs(claims, "CustomerOf")


def test_extract_a_name_before_a_model_marketplace_names_the_marketplace(extractor: Extractor) -> None:
    text = "The Group's Tessel model marketplace brought in $61 million. Tessel now hosts Qwen3 and Llama 4."
    assert pairs(claims_of(extractor, text), "Offers") == {("Tessel", "Qwen3"), ("Tessel", "Llama 4")}


def test_extract_its_in_a_fronted_phrase_is_the_main_subjects(extractor: Extractor) -> None:
    text = "Thanks to price cuts on its own Tarn-2 models, Brisco Cloud gained share in May."
    develops = pairs(claims_of(extractor, text), "Develops")
    assert ("Brisco Cloud", "Tarn-2") in develops


def test_extract_a_supplier_named_outright_is_who_one_buys_from_not_the_chips_maker(extractor: Extractor) -> None:
    text = (
        "Kestrel Systems makes chips. Halden Labs signed up to buy compute from Osk Cloud, running on thousands of "
        "Kestrel K9 chips."
    )
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Halden Labs", "Osk Cloud")}


def test_extract_a_provider_running_on_or_built_around_hardware_is_built_on_it(extractor: Extractor) -> None:
    text = "Pexa Cloud runs on Nvidia H200 systems. Corvo Cloud's clusters are built around AMD MI300X chips."
    built_on = pairs(claims_of(extractor, text), "BuiltOn")
    assert {("Pexa Cloud", "H200"), ("Corvo Cloud", "MI300X")} <= built_on


def test_extract_a_makers_possessive_part_number_before_a_hardware_noun_is_hardware_it_runs_on(
    extractor: Extractor,
) -> None:
    # the code after "AMD's" names a chip, not a model, because "accelerators" follows it
    text = "Corvo Cloud's fleet runs on AMD's MX90 accelerators."
    claims = claims_of(extractor, text)
    assert ("Corvo Cloud", "AMD MX90") in pairs(claims, "BuiltOn")
    assert {c.object.type for c in claims if c.object and c.object.label == "AMD MX90"} == {"Product"}


def test_extract_a_version_code_after_its_owners_its_is_the_owners_model_even_before_api(extractor: Extractor) -> None:
    # the NER takes "K4.1 API" for an organisation; "its" after "Osk Labs" in the sentence makes K4.1 Osk's model
    text = "Osk Labs halved the price of its K4.1 API in May. Tarn AI cut the price of its T3 model by a third."
    claims = claims_of(extractor, text)
    assert pairs(claims, "Develops") == {("Osk Labs", "Osk Labs K4.1"), ("Tarn AI", "Tarn AI T3")}
    assert {c.object.label for c in claims if c.type == "PriceChange" and c.object} == {"Osk Labs K4.1", "Tarn AI T3"}


def test_extract_a_named_model_built_on_top_of_another_through_its_noun_phrase(extractor: Extractor) -> None:
    # "Tarn-Vision" only qualifies "speech model", the object of "built … on top of"
    text = "Osk Labs built its Tarn-Vision speech model on top of Qwen3."
    assert ("Tarn-Vision", "Qwen3") in pairs(claims_of(extractor, text), "BuiltOn")


def test_extract_an_order_or_contract_won_from_a_company_makes_it_the_winners_customer(extractor: Extractor) -> None:
    text = "Osk Data landed an order from Corran Bank in May, and Brisco Cloud won a contract from Halden Telecom."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {
        ("Corran Bank", "Osk Data"),
        ("Halden Telecom", "Brisco Cloud"),
    }


def test_extract_paying_a_company_or_naming_its_client_after_a_copula(extractor: Extractor) -> None:
    text = (
        "Halden Bank paid Tarn Cloud about $40 million last year. "
        "Brisco Cloud's largest client remains Corran Insurance."
    )
    assert pairs(claims_of(extractor, text), "CustomerOf") == {
        ("Halden Bank", "Tarn Cloud"),
        ("Corran Insurance", "Brisco Cloud"),
    }


def test_extract_a_customer_noun_taken_on_as_or_qualified_by_the_supplier(extractor: Extractor) -> None:
    text = (
        "Halden Bank has signed up as a client of Marlow Cloud. "
        "Norvia Rail became a Tessel Cloud customer in March. "
        "Kettle Robotics joined Orrin Compute as a tenant last year. "
        "Orrin Compute signed Pellam Foods as a customer."
    )
    assert pairs(claims_of(extractor, text), "CustomerOf") == {
        ("Halden Bank", "Marlow Cloud"),
        ("Norvia Rail", "Tessel Cloud"),
        ("Kettle Robotics", "Orrin Compute"),
        ("Pellam Foods", "Orrin Compute"),
    }


def test_extract_a_company_bought_is_a_subsidiary_not_a_supplier(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Brisco Data was bought by Fenwick Group in 2024.")
    assert pairs(claims, "SubsidiaryOf") == {("Brisco Data", "Fenwick Group")}
    assert pairs(claims, "CustomerOf") == set()


def test_extract_part_of_something_else_between_two_names_is_no_ownership(extractor: Extractor) -> None:
    text = (
        "Clients included Kettle Robotics, which moved part of its training work to Orrin Compute. "
        "Tessel Cloud, the cloud arm of Nordic retail group Fenwick Group, grew fast."
    )
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {("Tessel Cloud", "Fenwick Group")}


def test_extract_a_name_ending_in_an_industry_word_is_a_company_not_a_person(extractor: Extractor) -> None:
    text = "Dunmore Freight became a Tessel Cloud customer in March, and Carrow Energy followed in May."
    mentions = {m.entity.label: m.entity.type for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert mentions["Dunmore Freight"] == "Company"
    assert mentions["Carrow Energy"] == "Company"


def test_extract_what_a_model_powers_or_is_the_backbone_of_is_built_on_it(extractor: Extractor) -> None:
    text = (
        "Osk AI's Tarn-4 powers the Brisco Copilot. The backbone of Fenwick Studio is Tarn-4. "
        "Halden Labs builds its assistant, Halden Chat, on top of Osk AI's Tarn-3 model."
    )
    assert pairs(claims_of(extractor, text), "BuiltOn") == {
        ("Brisco Copilot", "Tarn-4"),
        ("Fenwick Studio", "Tarn-4"),
        ("Halden Chat", "Tarn-3"),
    }


def test_extract_a_model_made_out_of_another_is_built_on_it(extractor: Extractor) -> None:
    text = "Halden Labs fine-tuned Mistral 7B to create its Halden-Law model. Osk AI distilled Tarn-4 into Tarn-Mini."
    claims = claims_of(extractor, text)
    assert pairs(claims, "BuiltOn") == {("Halden-Law", "Mistral 7B"), ("Tarn-Mini", "Tarn-4")}
    assert ("Mistral AI", "Halden-Law") not in pairs(claims, "Develops")  # the size names the model, not its maker


def test_extract_pulling_out_of_a_place_is_leaving_it_and_pulling_away_is_not(extractor: Extractor) -> None:
    text = "Osk Cloud pulls away from its rivals in Japan. Tarnwell Cloud pulled out of Peru in 2024."
    claims = [c for c in claims_of(extractor, text) if c.type == "OperatesIn"]
    assert {(c.subject.label, c.object.label if c.object else None, c.modality) for c in claims} == {
        ("Tarnwell Cloud", "Peru", "negated")
    }


def test_extract_customers_by_whose_tenant_on_one_of_made_for_by_and_a_deal_to_supply(extractor: Extractor) -> None:
    text = (
        "Tessel Cloud, whose biggest client is Orrin Motors, grew 30%. "
        "Halden AI has been a tenant on Tessel Cloud, on Brisco Cloud and on Osk Cloud since 2024. "
        "Fenwick Data, one of Kettle Systems' three largest clients, expanded. "
        "Its accelerators are produced for Kettle Systems by Pellam Foundry. "
        "Corran Compute agreed a contract to supply Norvia Rail with servers."
    )
    assert pairs(claims_of(extractor, text), "CustomerOf") == {
        ("Orrin Motors", "Tessel Cloud"),
        ("Halden AI", "Tessel Cloud"),
        ("Halden AI", "Brisco Cloud"),
        ("Halden AI", "Osk Cloud"),
        ("Fenwick Data", "Kettle Systems"),
        ("Kettle Systems", "Pellam Foundry"),
        ("Norvia Rail", "Corran Compute"),
    }


def test_extract_whose_unit_a_company_is_and_the_same_said_again_with_the_noun_left_out(
    extractor: Extractor,
) -> None:
    text = "For newcomers: Tessel Cloud is Osk Group's hosting arm, and Fell Cloud is Halden Group's."
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {
        ("Tessel Cloud", "Osk Group"),
        ("Fell Cloud", "Halden Group"),
    }


def test_extract_a_peoples_word_on_a_site_is_its_country_whatever_the_ner_took_it_for(extractor: Extractor) -> None:
    text = "Regulators allowed Tessel Cloud to send the accelerators to its Emirati server halls."
    assert ("Tessel Cloud", "UAE") in pairs(claims_of(extractor, text), "OperatesIn")


def test_extract_the_noun_a_single_name_ends_in_refers_to_it(extractor: Extractor) -> None:
    text = (
        "The national compute plan is run by the Harbour Authority. The authority hires GPU time from two private "
        "firms, Tessel Data and Osk Compute."
    )
    assert pairs(claims_of(extractor, text), "CustomerOf") == {
        ("Harbour Authority", "Tessel Data"),
        ("Harbour Authority", "Osk Compute"),
    }


def test_extract_built_on_with_the_parser_hanging_on_top_of_on_the_object_and_a_relative_runs_on(
    extractor: Extractor,
) -> None:
    text = (
        "Osk Labs builds its Fenno models on top of Brisco's open-weight Vela-2.5. "
        "Its Tarn Copilot, which runs on Tarn-5.1, starts at $3 a month."
    )
    assert pairs(claims_of(extractor, text), "BuiltOn") == {("Fenno", "Vela-2.5"), ("Tarn Copilot", "Tarn-5.1")}


def test_extract_that_model_refers_to_the_model_named_last(extractor: Extractor) -> None:
    text = "Halden Labs released Tarn-3 in May. That model was fine-tuned from Brisco's Vela-2."
    assert pairs(claims_of(extractor, text), "BuiltOn") == {("Tarn-3", "Vela-2")}


def test_extract_whose_product_is_the_named_company_s_however_the_parser_hangs_whose(extractor: Extractor) -> None:
    text = "We also own shares in Kettle Systems, whose K9 accelerator powers most of Tessel Cloud's fleet."
    assert ("Kettle Systems", "K9") in pairs(claims_of(extractor, text), "Develops")


def test_extract_its_after_a_semicolon_is_its_own_clauses_company(extractor: Extractor) -> None:
    text = (
        "On 2 September Tessel Cloud cut the input price of Tarn-3 from $2 to $1 per million tokens; at the end of "
        "September "
        "Osk AI halved the API price of its new Vela-2 model."
    )
    develops = pairs(claims_of(extractor, text), "Develops")
    assert ("Osk AI", "Vela-2") in develops
    assert ("Tessel Cloud", "Vela-2") not in develops


def test_extract_capacity_in_a_place_places_its_holder_there_not_another_firms_place(extractor: Extractor) -> None:
    text = (
        "Pell Cloud has about 1.2 gigawatts of capacity under construction in Chile, and Peru's Osk Data says it "
        "will pass 2 gigawatts by 2030."
    )
    assert ("Pell Cloud", "Peru") not in pairs(claims_of(extractor, text), "OperatesIn")
    held = claims_of(extractor, "Pell Cloud has 300 megawatts in Chile.")
    assert ("Pell Cloud", "Chile") in pairs(held, "OperatesIn")


def test_extract_a_relative_clause_on_what_a_company_is_said_to_be_is_the_companys(extractor: Extractor) -> None:
    text = (
        "Fell Data is a provider that runs data centres in Peru. Tarn Cloud is the only one of the four that runs "
        "cloud regions in Chile, Bolivia and Ecuador. Harl Cloud, a newcomer that runs two halls in Uruguay, grew."
    )
    assert pairs(claims_of(extractor, text), "OperatesIn") == {
        ("Harl Cloud", "Uruguay"),
        ("Fell Data", "Peru"),
        ("Tarn Cloud", "Chile"),
        ("Tarn Cloud", "Bolivia"),
        ("Tarn Cloud", "Ecuador"),
    }


def test_extract_the_named_groups_unit_is_the_unit_not_the_group(extractor: Extractor) -> None:
    text = (
        "Osk Cloud opened a region in Lima in March. The Osk Holdings unit is the only one of the four that runs "
        "cloud regions in Chile and Bolivia."
    )
    placed = pairs(claims_of(extractor, text), "OperatesIn")
    assert {("Osk Cloud", "Chile"), ("Osk Cloud", "Bolivia")} <= placed
    assert not [subject for subject, _ in placed if subject.startswith("Osk Holdings")]


def test_extract_running_on_a_makers_product_is_no_deal_with_the_maker(extractor: Extractor) -> None:
    for text, customers in (
        ("Pell Cloud runs on Nvidia B300 systems at its Lima site.", set()),
        ("Fell Labs trains its models on Nvidia B300s it rents from Quarry Cloud.", {("Fell Labs", "Quarry Cloud")}),
        ("Harl Data runs its inference on Tarn Semiconductor hardware.", {("Harl Data", "Tarn Semiconductor")}),
    ):
        assert pairs(claims_of(extractor, text), "CustomerOf") == customers, text


def test_extract_a_product_code_in_the_plural_names_the_product(extractor: Extractor) -> None:
    text = "Fell Labs trains its models on KX400s and TB300s rented from Quarry Cloud."
    doc = extractor.nlp(text)
    found = {(m.entity.label, m.entity.type) for m in find_mentions(doc, extractor.index, text)}
    assert {("KX400", "Product"), ("TB300", "Product")} <= found


def test_extract_a_cloud_renting_out_chips_is_not_their_makers_customer(extractor: Extractor) -> None:
    for text in ("Pell Cloud rents out Nvidia B300s in Lima.", "Pell Cloud, which rents out Nvidia processors, grew."):
        assert not pairs(claims_of(extractor, text), "CustomerOf"), text
    # what a company leases to others it lets, whoever the others are: it buys from none of them
    for text in (
        "Pell Data also rents rack space to other firms, among them the model lab Osk Cloud and Vey AI.",
        "Pell Data also leases rack space to third parties, among them the GPU cloud Osk Cloud and Vey AI.",
    ):
        assert ("Pell Data", "Osk Cloud") not in pairs(claims_of(extractor, text), "CustomerOf"), text


def test_extract_a_tenant_on_a_list_of_clouds_is_each_ones_customer(extractor: Extractor) -> None:
    text = "Halden AI is a tenant on Pell Cloud, on Fell Cloud, on Harl Cloud, and now on Quarry Cloud too."
    suppliers = {supplier for _, supplier in pairs(claims_of(extractor, text), "CustomerOf")}
    assert suppliers == {"Pell Cloud", "Fell Cloud", "Harl Cloud", "Quarry Cloud"}


def test_extract_a_name_beside_someones_supplier_noun_supplies_them(extractor: Extractor) -> None:
    for text in (
        "Tarn Foundry, Kestrel Systems' main foundry supplier, makes the chips.",
        "Kestrel Systems' largest supplier, Tarn Foundry, grew 20%.",
        "Tarn Foundry is Kestrel Systems' supplier.",
        "Kestrel Systems' largest supplier is Tarn Foundry.",
        "Tarn Foundry is a supplier to Kestrel Systems.",
        "Kestrel Systems named Tarn Foundry as its wafer supplier.",
        # "its" cannot be the supplier's own: the company named before it
        "Kestrel Systems said Tarn Foundry remains its only wafer supplier.",
    ):
        assert pairs(claims_of(extractor, text), "CustomerOf") == {("Kestrel Systems", "Tarn Foundry")}, text
    assert not pairs(claims_of(extractor, "Tarn Foundry remains its own supplier."), "CustomerOf")


def test_extract_a_year_after_a_makers_possessive_names_no_product(extractor: Extractor) -> None:
    text = "Nvidia's 2026 revenue may fall, and Huawei's 2025 Ascend shipments rose."
    doc = extractor.nlp(text)
    labels = {m.entity.label for m in find_mentions(doc, extractor.index, text)}
    assert "2026" not in labels
    assert not any(label.startswith("2025") for label in labels)


def test_extract_a_minority_stake_or_a_brand_after_a_possessive_owns_no_unit(extractor: Extractor) -> None:
    for text in (
        "The licence rule held up G42's Nvidia shipments for months.",
        "Nvidia, which owns roughly 7% of CoreWeave, agreed to buy capacity.",
    ):
        assert not pairs(claims_of(extractor, text), "SubsidiaryOf"), text
    owned = pairs(claims_of(extractor, "Osk Group, which owns 80% of Pell Cloud, grew."), "SubsidiaryOf")
    assert owned == {("Pell Cloud", "Osk Group")}


def test_extract_a_companys_fleet_or_service_acts_for_it(extractor: Extractor) -> None:
    built = pairs(claims_of(extractor, "Pell Cloud's fleet runs almost entirely on Nvidia H200s."), "BuiltOn")
    assert built == {("Pell Cloud", "H200")}
    text = "Osk Labs released Tarn-3 in May. It is sold through Pell Cloud, whose marketplace lists Tarn-3 beside Vela."
    assert ("Pell Cloud", "Tarn-3") in pairs(claims_of(extractor, text), "Offers")


def test_extract_a_platform_that_sells_a_model_offers_it_once(extractor: Extractor) -> None:
    text = "Amazon Bedrock serves Tarn-4 and Vela-2 to developers."
    sold = pairs(claims_of(extractor, text), "Offers")
    assert sold == {("Amazon Bedrock", "Tarn-4"), ("Amazon Bedrock", "Vela-2")}
    # the cloud and the platform it owns are one seller: the owner stands for it, unless the platform's name
    # carries the owner's and so names both
    text = "Pell Cloud grew in 2025. Its Lumen platform offers Osk Labs' Tarn-4 alongside Vela-2."
    assert pairs(claims_of(extractor, text), "Offers") == {("Pell Cloud", "Tarn-4"), ("Pell Cloud", "Vela-2")}
    text = "Pell Cloud grew in 2025. Its Pell Cloud Studio platform offers Osk Labs' Tarn-4."
    assert pairs(claims_of(extractor, text), "Offers") == {("Pell Cloud Studio", "Tarn-4")}


def test_extract_a_seller_acting_on_a_price_sells_even_when_the_price_stays(extractor: Extractor) -> None:
    kept = claims_of(extractor, "Pell Cloud keeps Tarn-lite free.")
    assert pairs(kept, "Offers") == {("Pell Cloud", "Tarn-lite")}
    # the "not" is the price's: it still sells the model
    kept_on = claims_of(extractor, "Pell Cloud did not cut the price of Tarn-Turbo.")
    (offer,) = [c for c in kept_on if c.type == "Offers"]
    assert (offer.subject.label, offer.modality) == ("Pell Cloud", "asserted")
    denied = claims_of(extractor, "Pell Cloud does not sell Tarn-4 and has not cut its price.")
    assert [c.modality for c in denied if c.type == "Offers"] == ["negated"]


def test_extract_a_places_abbreviation_is_no_legal_form(extractor: Extractor) -> None:
    # "Reno, NV", "Calgary, AB": a state or province after a city, not "SE"/"NV"/"AB" companies
    text = "Pell Cloud opened sites in Reno, NV and Calgary, AB last year."
    labels = {m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert not any(label.endswith((", NV", ", AB", " NV", " AB")) for label in labels)


def test_extract_names_ending_in_a_legal_form_are_companies_and_end_no_sentence(extractor: Extractor) -> None:
    # the NER takes "Tarn Cloud Sdn" for a person and "Europe" for the region; "Sdn." is no full stop
    text = (
        "Tarn Compute Holdings Ltd. operates through its subsidiaries Tarn Cloud Sdn. Bhd., Tarn KK and "
        "Tarn Europe SAS."
    )
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {
        ("Tarn Cloud Sdn. Bhd.", "Tarn Compute Holdings Ltd."),
        ("Tarn KK", "Tarn Compute Holdings Ltd."),
        ("Tarn Europe SAS", "Tarn Compute Holdings Ltd."),
    }


def test_extract_a_customer_noun_after_among_or_one_of_still_names_the_customer(extractor: Extractor) -> None:
    for text in (
        "Osk Labs was among the largest customers of Pell Cloud.",
        "Osk Labs is one of the biggest buyers of Pell Cloud's chips.",
        "Nvidia designed the H20 for China. Osk Labs was among the largest buyers of the H20.",
    ):
        supplier = "Nvidia" if "H20" in text else "Pell Cloud"
        assert ("Osk Labs", supplier) in pairs(claims_of(extractor, text), "CustomerOf"), text


def test_extract_the_customers_of_a_site_are_its_operators(extractor: Extractor) -> None:
    # "whose" describes the site (or the city it is in): the company running it has the customers, not the city
    for text in (
        "Pell Cloud operates a site in Lyon, whose customers include Osk Labs.",
        "Pell Cloud operates our Saclay site, whose customers include Osk Labs.",
    ):
        assert pairs(claims_of(extractor, text), "CustomerOf") == {("Osk Labs", "Pell Cloud")}, text


def test_extract_who_awards_a_contract_buys_from_whom_it_goes_to(extractor: Extractor) -> None:
    for text in (
        "Osk Labs awarded Pell Cloud a contract to build its cluster.",
        "Osk Labs awarded the tender to Pell Cloud in May.",
        "Pell Cloud was awarded the contract by Osk Labs.",
        "The contract was awarded to Pell Cloud by Osk Labs.",
    ):
        assert pairs(claims_of(extractor, text), "CustomerOf") == {("Osk Labs", "Pell Cloud")}, text
    # the one picked over another is the supplier; the other is not
    assert pairs(claims_of(extractor, "Osk Labs picked Pell Cloud over Vey Cloud."), "CustomerOf") == {
        ("Osk Labs", "Pell Cloud")
    }


def test_extract_the_foundry_that_makes_a_chip_is_its_owners_supplier_not_its_developer(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Tarn Semi is growing fast. Its TS-910C chip is made by SMIC.")
    assert pairs(claims, "Develops") == {("Tarn Semi", "TS-910C")}
    assert pairs(claims, "CustomerOf") == {("Tarn Semi", "SMIC")}
    # a version of a chip the gazetteer knows as another's ("Ascend 910C", after Huawei's Ascend) is its maker's
    claims = claims_of(extractor, "Huawei is growing fast. Its Ascend 910C is made by SMIC.")
    assert pairs(claims, "Develops") == {("Huawei", "Ascend 910C")}


def test_extract_a_unit_its_owner_controls_is_its_subsidiary(extractor: Extractor) -> None:
    for text in (
        "Pell Semi is the chip unit Tarn Group controls.",
        "Pell Semi, the chip unit that Tarn Group owns, grew.",
    ):
        assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {("Pell Semi", "Tarn Group")}, text
    # in a turn, "our own chip unit" is the speaking firm's
    text = (
        "Tarn Group Q3 2026 earnings call\n\n"
        "Mara Lind, Chief Executive Officer: Our own chip unit, Pell Semi, designs accelerators."
    )
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {("Pell Semi", "Tarn Group")}


def test_extract_a_wholly_owned_subsidiary_in_a_companys_own_report_is_the_issuers(extractor: Extractor) -> None:
    text = "Tarn Group annual report 2025\n\nTarn Compute (Guizhou) Co., a wholly owned subsidiary, runs our sites."
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {("Tarn Compute (Guizhou) Co.", "Tarn Group")}
    call = (
        "Tarn Group Q3 2026 earnings call\n\n"
        "Mara Lind, Chief Executive Officer: Revenue at Pell Cloud, the wholly owned cloud subsidiary, rose 40%."
    )
    assert pairs(claims_of(extractor, call), "SubsidiaryOf") == {("Pell Cloud", "Tarn Group")}


def test_extract_a_company_bought_under_its_role_noun_is_the_buyers(extractor: Extractor) -> None:
    text = "Halvardi Group acquired the data-centre operator Kuldvere Data in January."
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {("Kuldvere Data", "Halvardi Group")}


def test_extract_a_model_described_as_another_further_trained_is_built_on_it(extractor: Extractor) -> None:
    for text in (
        "Tarn-4 Coder is Tarn-4 Pro further trained on 40 billion lines of code.",
        "Tarn-4 Coder adds code completion on top of Tarn-4 Pro.",
    ):
        assert pairs(claims_of(extractor, text), "BuiltOn") == {("Tarn-4 Coder", "Tarn-4 Pro")}, text
    text = "Pell Cloud hosts its own fine-tune of Tarn-4 Pro, sold as Vela-2 Lite."
    assert ("Vela-2 Lite", "Tarn-4 Pro") in pairs(claims_of(extractor, text), "BuiltOn")


def test_extract_a_party_added_along_with_another_is_also_sanctioned(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Commerce added Pell Semi to the Entity List, along with Osk Labs.")
    parties = {c.object.label for c in claims if c.type == "SanctionEffect" and c.object}
    assert parties == {"Pell Semi", "Osk Labs"}


def test_extract_a_fleet_the_parser_mangles_still_runs_on_its_chips(extractor: Extractor) -> None:
    # the small parser takes "runs" for a noun here, or hangs the chips off a clause of their own
    for text, built in (
        ("Pell Cloud's MaaS service runs on Osk's own Ascend 910C accelerators.", ("Pell Cloud", "Ascend 910C")),
        ("Pell Cloud's newest 30,000-chip cluster runs on MI300X accelerators.", ("Pell Cloud", "MI300X")),
        ("Tarn Data is a Norwegian cloud. Its platform runs on MI300X accelerators.", ("Tarn Data", "MI300X")),
    ):
        assert built in pairs(claims_of(extractor, text), "BuiltOn"), text
    # what a company's customers run on is theirs to build on, not the company's
    text = "Pell Cloud's customers run on MI300X accelerators."
    assert not pairs(claims_of(extractor, text), "BuiltOn")


def test_extract_a_fleet_runs_on_a_list_of_makers_codes(extractor: Extractor) -> None:
    # a known maker's name before a numbered code names its product, with no product noun after it; each item of
    # the list, its maker written before it or not, is what the fleet runs on
    text = "Tarn Data is a Norwegian cloud. Its cluster runs on Nvidia K9 and AMD Instinct MX90, and on Nvidia K7."
    claims = claims_of(extractor, text)
    assert pairs(claims, "Develops") == {("Nvidia", "K9"), ("AMD", "Instinct MX90"), ("Nvidia", "K7")}
    assert {("Tarn Data", "K9"), ("Tarn Data", "Instinct MX90")} <= pairs(claims, "BuiltOn")
    # a period written like a part number names no product
    text = "Dell filled the Dell PO Q2 order."
    assert not any(m.entity.type == "Product" for m in find_mentions(extractor.nlp(text), extractor.index, text))


def test_extract_the_service_under_discussion_runs_on_its_chips(extractor: Extractor) -> None:
    text = "Vessa Cloud rents GPUs to banks. The platform is built on Nvidia K9 and K11 GPUs."
    assert {("Vessa Cloud", "Nvidia K9"), ("Vessa Cloud", "K11")} <= pairs(claims_of(extractor, text), "BuiltOn")
    # a platform "running" a share of something is not built on it
    text = "Tarn Cloud is a cloud. Buyers choose the platform running most of the country's banks."
    assert not pairs(claims_of(extractor, text), "BuiltOn")


def test_extract_a_bracketed_unit_noun_describes_only_the_name_before_it(extractor: Extractor) -> None:
    # the parser hangs "(Osk Group's chip unit)" on the list's first name; it describes the one right before it
    text = "The others are Pell Semi, Tarn Chips (Osk Group's chip unit), Vey Silicon and Brill Devices."
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {("Tarn Chips", "Osk Group")}


def test_extract_a_hyphened_name_before_a_product_noun_is_one_name(extractor: Extractor) -> None:
    # one name, hyphen and all; "its" after Osk Labs makes the bare version Osk Labs' model
    text = "Osk Labs said its V4.1-Exp model was tuned to run on domestic chips."
    assert pairs(claims_of(extractor, text), "Develops") == {("Osk Labs", "Osk Labs V4.1-Exp")}


def test_extract_a_figure_after_a_name_is_no_part_of_it(extractor: Extractor) -> None:
    # the NER runs "Ningxia 1.5" together as one name; the figure is the name's capacity
    text = "Inner Mongolia reached 2.4 gigawatts, Guizhou 1.9 gigawatts, Ningxia 1.5 gigawatts and Gansu 1.1 gigawatts."
    labels = {m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert {"Ningxia", "Gansu"} <= labels and not any(any(c.isdigit() for c in label) for label in labels)


def test_extract_a_point_release_is_a_model_of_its_own(extractor: Extractor) -> None:
    text = "Pell Cloud serves DeepSeek-V3.1 and Llama 3.1, not DeepSeek-V3 or Llama 3."
    labels = [m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)]
    models = [label for label in labels if label != "Pell Cloud"]
    assert models == ["DeepSeek-V3.1", "Llama 3.1", "DeepSeek-V3", "Llama 3"]


def test_extract_a_capitalised_measure_opening_a_sentence_is_no_name(extractor: Extractor) -> None:
    for text in ("Token volume on Tarn-3 rose fivefold from a year earlier.", "Token volumes on Tarn-3 rose sixfold."):
        doc = extractor.nlp(text)
        assert "Token" not in {m.entity.label for m in find_mentions(doc, extractor.index, text)}


def test_extract_a_list_of_outlets_mixes_clouds_and_platforms_and_takes_an_owners_platform(
    extractor: Extractor,
) -> None:
    text = "Tarn-4 is now available on Pell Cloud, Amazon Bedrock and Google Cloud's Vertex AI."
    # an owner's platform stands for its owner, one seller per offer
    assert {("Pell Cloud", "Tarn-4"), ("Amazon Bedrock", "Tarn-4"), ("Google Cloud", "Tarn-4")} <= pairs(
        claims_of(extractor, text), "Offers"
    )


def test_extract_a_makers_new_model_is_the_model_it_made(extractor: Extractor) -> None:
    text = (
        "Osk Labs released Tarn-4 on Monday, at a third of what Tarn-3 cost. "
        "Osk's new model is also sold on Amazon Bedrock."
    )
    assert ("Amazon Bedrock", "Tarn-4") in pairs(claims_of(extractor, text), "Offers")


def test_extract_a_name_in_a_customers_role_is_a_firm_not_a_person(extractor: Extractor) -> None:
    # the small model reads "Aleph Alpha" as a person's name; a buyer of GPU time is a firm
    text = "Pell Cloud sells GPU time in Berlin. Its largest client is Aleph Alpha, which leases a private cluster."
    assert ("Aleph Alpha", "Pell Cloud") in pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_a_fleet_named_without_its_owner_is_the_company_under_discussions(extractor: Extractor) -> None:
    text = (
        "Pell Cloud rents GPUs to model makers in Oslo. Its fleet is built on Nvidia B200 and B300 GPUs. "
        "The halls are built around Nvidia's GB200 NVL72 rack-scale systems."
    )
    claims = claims_of(extractor, text)
    assert {("Pell Cloud", "B200"), ("Pell Cloud", "B300"), ("Pell Cloud", "GB200 NVL72")} <= pairs(claims, "BuiltOn")
    assert not any("rack-scale" in c.subject.label + (c.object.label if c.object else "") for c in claims)


def test_extract_a_known_companys_name_and_cloud_is_its_cloud_not_a_product(extractor: Extractor) -> None:
    text = "Lenovo Cloud, the cloud unit of Lenovo, said it signed a deal with Osk Labs. Lenovo Cloud trains models."
    claims = claims_of(extractor, text)
    assert {c.subject.type for c in claims if c.subject.label == "Lenovo Cloud"} == {"Cloud"}
    assert ("Lenovo Cloud", "Lenovo") in pairs(claims, "SubsidiaryOf")


def test_extract_a_name_after_a_datelines_dash_in_apposition_with_a_role_is_an_organisation(
    extractor: Extractor,
) -> None:
    text = (
        "OSLO, May 3 (Tarn Wire) - Vellum Precision Industry, the contract manufacturer better known as Vell, said "
        "fourth-quarter revenue rose 22% to about $8 billion.\n\n"
        "BERGEN, May 3 (Tarn Wire) - Lintavo, the data-centre unit of Osk Group, said it signed a lease."
    )
    claims = claims_of(extractor, text)
    assert {(c.subject.label, c.value) for c in claims if c.type == "Revenue"} == {
        ("Vellum Precision Industry", Decimal(22)),
        ("Vellum Precision Industry", Decimal(8_000_000_000)),
    }  # the apposition closes with a comma before "said": it describes the name, it does not speak
    assert ("Lintavo", "Osk Group") in pairs(claims, "SubsidiaryOf")


def test_extract_units_named_in_capitals_or_after_a_possessive_and_their_parents(extractor: Extractor) -> None:
    text = (
        "VTX Smart Cloud, the AI cloud unit of Vietnam's VTX Corporation, said token volume doubled. "
        "Osklet, Brill Group's international cloud business, cut prices."
    )
    claims = claims_of(extractor, text)
    assert {("VTX Smart Cloud", "VTX Corporation"), ("Osklet", "Brill Group")} <= pairs(claims, "SubsidiaryOf")
    # "VTX Corporation" names the parent: it is no short form of the cloud's name


def test_extract_a_possessed_site_in_a_place_puts_its_owner_there(extractor: Extractor) -> None:
    text = (
        "Osk Labs said its plant in Guadalajara, Mexico, began shipping racks. "
        "Pell Cloud will buy servers for its data centres in Chuncheon and Sejong. "
        "Brill Cloud's sovereign regions in Germany are run by Vey Systems."
    )
    operates = pairs(claims_of(extractor, text), "OperatesIn")
    assert {("Osk Labs", "Mexico"), ("Pell Cloud", "South Korea"), ("Brill Cloud", "Germany")} <= operates
    assert ("Vey Systems", "Germany") in operates  # who runs the owner's site is there too


def test_extract_the_singled_out_customer_is_the_company_under_discussions(extractor: Extractor) -> None:
    text = "Pell Cloud rents GPUs in Oslo. Osk Labs is the anchor tenant. Vey Bank is a customer of Tarn Cloud."
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert customers == {("Osk Labs", "Pell Cloud"), ("Vey Bank", "Tarn Cloud")}


def test_extract_things_supplied_by_a_firm_went_to_the_firm_under_discussion(extractor: Extractor) -> None:
    text = "Osk Telecom said its Sakai data centre will house Nvidia GB200 NVL72 racks supplied by Supermicro."
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert customers == {("Osk Telecom", "Supermicro")}  # not Nvidia, who designed the racks


def test_extract_a_bidder_winning_part_of_a_tender_supplies_its_buyer(extractor: Extractor) -> None:
    text = (
        "Osk Telecom ran a tender for inference servers. Osk Telecom said four lots were awarded, and Osk Telecom "
        "will pay in May. Vey Systems, a server maker, ranked first and won 45% of the lot. "
        "Brill Compute bid for the lot but won no share."
    )
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Osk Telecom", "Vey Systems")}


def test_extract_a_part_number_in_apposition_with_a_product_noun_is_a_product(extractor: Extractor) -> None:
    text = (
        "Osk Bank bought the K9 Pro, a chip designed by Pell Semi for the Chinese market. "
        "Tarn Data bought the RTX Pro 6000D, a chip Nvidia designed for China."
    )
    claims = claims_of(extractor, text)
    assert {("Pell Semi", "K9 Pro"), ("Nvidia", "RTX Pro 6000D")} <= pairs(claims, "Develops")


def test_extract_a_unit_said_in_a_relative_clause_is_a_subsidiary(extractor: Extractor) -> None:
    text = (
        "Osk Systems, which is Pell Group's IT services arm, runs the site. The local clouds, so Tarn Cloud, Vey "
        "Cloud and Brill Systems, which is Halden Group's IT arm, hold 11%."
    )
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {
        ("Osk Systems", "Pell Group"),
        ("Brill Systems", "Halden Group"),  # the name right before "which", not the list it ends
    }


def test_extract_an_owner_titled_by_what_it_owns_is_its_parent(extractor: Extractor) -> None:
    text = "Pell Cloud sold capacity to Vellum owner Osk Group."
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {("Vellum", "Osk Group")}


def test_extract_a_product_in_apposition_with_what_its_owner_calls_it_is_the_owners(extractor: Extractor) -> None:
    # "our own router, Sluice": the firm whose review it is made it; "its scheduler, Tiller": the firm named before
    text = (
        "Pell Cloud Q4 2025 business review\n\nPrepared by the Pell Cloud finance team. Our own router, Sluice, "
        "sends requests to three models. Osk Labs said its platform, Wendle, doubled its users. Veyl Studio, our "
        "serverless platform, grew fast."
    )
    made = pairs(claims_of(extractor, text), "Develops")
    assert {("Pell Cloud", "Sluice"), ("Osk Labs", "Wendle"), ("Pell Cloud", "Veyl Studio")} <= made


def test_extract_a_makers_product_in_a_run_of_shares_is_its_product_without_the_figure(extractor: Extractor) -> None:
    # "Nvidia K90 62%": the share after the name is no version of it, and the name is the maker's, no holder firm's
    text = "Notes\n\nFleet mix at year-end: Nvidia K90 62%, Nvidia K95 26%, AMD Z300 12%."
    claims = claims_of(extractor, text)
    assert {("Nvidia", "K90"), ("AMD", "Z300")} <= pairs(claims, "Develops")
    assert not [o for _, o in pairs(claims, "Develops") if o.endswith(("62", "12"))]


def test_extract_a_firm_in_apposition_with_what_its_owner_calls_it_is_the_owners_unit(extractor: Extractor) -> None:
    # "our UK subsidiary", "its Norwegian operating subsidiary"; but in "Through Tarnwick, its data-centre arm, Osk
    # Group …" the arm is Tarnwick's description, not Osk Group's
    text = (
        "Pell Cloud annual report\n\nPell Cloud runs GPU clouds in Norway. Our Edinburgh team is employed by Brisk "
        "Compute Ltd, our UK subsidiary. Velkor Group runs GPU data centres for AI training through Halden Data AS, "
        "its Norwegian operating subsidiary, and Osk Iberia S.L.U., its Spanish one. Through Tarnwick, its "
        "data-centre arm, Osk Group is building a campus."
    )
    units = pairs(claims_of(extractor, text), "SubsidiaryOf")
    assert {("Brisk Compute Ltd", "Pell Cloud"), ("Halden Data AS", "Velkor Group")} <= units
    assert ("Osk Group", "Tarnwick") not in units


def test_extract_a_country_the_ner_took_for_an_organisation_is_a_country(extractor: Extractor) -> None:
    # "Kokkola, Finland," in a company's address: the country is no company, so the description after it is the firm's
    text = "Notes\n\nProvider: Tarnby Compute Oy, Kokkola, Finland, a wholly owned subsidiary of Velkor Energia Oyj."
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {("Tarnby Compute Oy", "Velkor Energia Oyj")}


def test_extract_we_controlled_by_a_company_makes_the_speaking_firm_its_unit(extractor: Extractor) -> None:
    # "we" is the firm whose prospectus it is; a child phrase after it names the parent
    text = (
        "Tarnby Compute prospectus summary\n\nTarnby Compute, Inc. runs GPU clouds in Norway. We are controlled by "
        "Velkor Energy Partners, which will hold about 61% of the combined voting power."
    )
    assert ("Tarnby Compute", "Velkor Energy Partners") in pairs(claims_of(extractor, text), "SubsidiaryOf")


def test_extract_a_unit_described_in_or_after_brackets_is_its_owners(extractor: Extractor) -> None:
    # "X (Y's cloud unit)", "X (XC), Y's cloud unit": the description stands in or after the brackets
    text = (
        "Notes\n\nTessel Cloud (Osk Group's cloud unit) opened a region. The agency signed contracts in March with "
        "Amazon Web Services (AWS), Amazon's cloud unit; Oracle; and Lambda."
    )
    units = pairs(claims_of(extractor, text), "SubsidiaryOf")
    assert {("Tessel Cloud", "Osk Group"), ("AWS", "Amazon")} <= units


def test_extract_a_parent_whose_name_opens_its_units_stays_the_parent(extractor: Extractor) -> None:
    # "Orsa XL, the specialty unit of Orsa": the bare name after the unit phrase is the parent, not the unit again
    text = (
        "Notes\n\nOrsa XL, the specialty insurance unit of Orsa, led the programme. Tarnby Cloud, the cloud unit of "
        "Tarnby, grew."
    )
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {("Orsa XL", "Orsa"), ("Tarnby Cloud", "Tarnby")}


def test_extract_a_price_of_a_product_it_owns_is_no_making_of_it(extractor: Extractor) -> None:
    text = "Pell Cloud cut its on-demand H200 price by 20% in January."
    claims = claims_of(extractor, text)
    assert not pairs(claims, "Develops")  # what it owns is the price, not the chip
    assert ("Pell Cloud", "on-demand H200") in pairs(claims, "Offers")


def test_extract_a_year_before_a_product_noun_names_no_product(extractor: Extractor) -> None:
    text = "Osk Telecom published its 2026 AI inference server tender in March."
    assert not pairs(claims_of(extractor, text), "Develops")


def test_extract_a_fields_acronym_before_a_unit_noun_is_no_company(extractor: Extractor) -> None:
    text = "Lintavo, the ICT unit of Osk Group, said revenue rose 10%."
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {("Lintavo", "Osk Group")}


def test_extract_instances_and_data_centres_stand_for_their_owner_like_a_fleet(extractor: Extractor) -> None:
    text = (
        "Pell Cloud rents GPUs in Oslo. Its instances run on Vey K9 GPUs. "
        "Osk Cloud says its data centres run on Vey K7 GPUs."
    )
    assert {("Pell Cloud", "Vey K9"), ("Osk Cloud", "Vey K7")} <= pairs(claims_of(extractor, text), "BuiltOn")


def test_extract_its_after_a_units_description_is_the_units_not_the_parents(extractor: Extractor) -> None:
    text = "2. Pell Cloud — 21%. The hosting arm of Osk Group mainly sells its own Tarn-3 models."
    assert ("Pell Cloud", "Tarn-3") in pairs(claims_of(extractor, text), "Develops")


def test_extract_an_infinitive_of_purpose_takes_the_main_verbs_subject(extractor: Extractor) -> None:
    text = "Vey Labs will use the capacity to host and serve its Tarn-3 models."
    assert ("Vey Labs", "Tarn-3") in pairs(claims_of(extractor, text), "Offers")


def test_extract_a_deal_to_supply_a_party_is_that_partys_spending_and_it_is_the_customer(extractor: Extractor) -> None:
    text = "Pell Compute announced a seven-year deal worth $1.2 billion to provide GPU capacity to Osk Labs."
    claims = claims_of(extractor, text)
    assert [(c.subject.label, c.object.label if c.object else None) for c in claims if c.type == "Spending"] == [
        ("Osk Labs", "Pell Compute")
    ]
    assert pairs(claims, "CustomerOf") == {("Osk Labs", "Pell Compute")}


def test_extract_words_hyphened_onto_a_number_name_no_one(extractor: Extractor) -> None:
    text = "Vey Power Inks 250-Megawatt AI Hosting Deal with Osk Labs"
    doc = extractor.nlp(text)
    assert "Megawatt AI" not in {m.entity.label for m in find_mentions(doc, extractor.index, text)}


def test_extract_an_apposition_owned_by_a_parent_makes_the_named_one_its_unit(extractor: Extractor) -> None:
    text = "Pell Compute signed a deal with Osk AI, the robotics company owned by Brisco Holdings."
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {("Osk AI", "Brisco Holdings")}


def test_extract_a_company_operating_in_cities_operates_in_their_country(extractor: Extractor) -> None:
    text = "Pell Cloud runs sites in Abha, Buraydah and Tabuk, and has no data centres in Asia."
    claims = [c for c in claims_of(extractor, text) if c.type == "OperatesIn"]
    assert {(c.subject.label, c.object.label, c.modality) for c in claims if c.object} == {
        ("Pell Cloud", "Saudi Arabia", "asserted"),
        ("Pell Cloud", "Asia", "negated"),
    }
    saudi = next(c for c in claims if c.object and c.object.label == "Saudi Arabia")
    assert saudi.object is not None and saudi.object.known  # the gazetteer's country, not a new name


def test_extract_orders_from_listed_firms_make_them_customers_and_a_named_ones_apposition_too(
    extractor: Extractor,
) -> None:
    orders = "Pell Chips lost orders from Orrin Bank, Osk Labs and Vey Data, its three largest customers."
    assert pairs(claims_of(extractor, orders), "CustomerOf") == {
        ("Orrin Bank", "Pell Chips"),
        ("Osk Labs", "Pell Chips"),
        ("Vey Data", "Pell Chips"),
    }
    text = "Inspur Group, one of Nvidia's biggest customers in the country, was added to the list."
    assert ("Inspur", "Nvidia") in pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_names_a_verb_has_with_it_as_customers_are_its_subjects_customers(extractor: Extractor) -> None:
    text = "Pell Cloud opened its Oslo campus in March, with Osk Labs and Orrin Bank as anchor tenants."
    assert {("Osk Labs", "Pell Cloud"), ("Orrin Bank", "Pell Cloud")} <= pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_a_hyphened_brand_in_a_listed_name_gives_it_another_maker(extractor: Extractor) -> None:
    text = "Pell Cloud sells its own Tarn-3 models and DeepSeek-V3.2 to banks."
    claims = claims_of(extractor, text)
    assert ("Pell Cloud", "Tarn-3") in pairs(claims, "Develops")
    assert ("Pell Cloud", "DeepSeek-V3.2") not in pairs(claims, "Develops")
    assert ("Pell Cloud", "DeepSeek-V3.2") in pairs(claims, "Offers")


def test_extract_a_firm_saying_a_rule_had_no_impact_denies_the_effect_on_itself(extractor: Extractor) -> None:
    for text in (
        'Washington tightened the memory export rule last week. Pell Cloud said the rule had "no material impact" '
        "on its expansion plans.",
        "Osk AI was added to the Entity List in January. Osk AI told investors in May that the listing has had no "
        "real effect on home sales.",
    ):
        effects = [c for c in claims_of(extractor, text) if c.type == "SanctionEffect" and c.modality == "negated"]
        assert [c.object.label for c in effects if c.object] in (["Pell Cloud"], ["Osk AI"]), text


def test_extract_a_name_in_apposition_to_an_owned_product_noun_is_that_product(extractor: Extractor) -> None:
    # the NER takes "Brisa Voice" for an organisation; "its in-car assistant, Brisa Voice" says it is a product
    text = (
        "Brisa Motors picked Pell Cloud to host its in-car assistant, Brisa Voice, which is built on Osk Labs' Osk-4.1."
    )
    claims = claims_of(extractor, text)
    assert ("Brisa Motors", "Brisa Voice") in pairs(claims, "Develops")
    assert ("Brisa Voice", "Osk-4.1") in pairs(claims, "BuiltOn")
    assert ("Brisa Motors", "Brisa Voice") not in pairs(claims, "CustomerOf")


def test_extract_a_reseller_of_a_model_in_a_country_offers_it_and_operates_there(extractor: Extractor) -> None:
    text = "Halden Telecom became a reseller of Pell Labs' Vey-3 models in Norway."
    claims = claims_of(extractor, text)
    assert ("Halden Telecom", "Vey-3") in pairs(claims, "Offers")
    assert ("Halden Telecom", "Norway") in pairs(claims, "OperatesIn")


def test_extract_a_known_platform_named_after_its_owner_company_is_its_development(extractor: Extractor) -> None:
    # "Amazon Bedrock" is Amazon's, as "Nvidia H100" is Nvidia's; a service named after a cloud's brand ("Azure
    # OpenAI Service") is not the cloud's making
    text = "Pell Labs' Vey-3 is sold on Amazon Bedrock and Azure OpenAI Service. Osk Cloud buys Nvidia H100 chips."
    develops = pairs(claims_of(extractor, text), "Develops")
    assert ("Amazon", "Amazon Bedrock") in develops
    assert not any(maker.startswith("Microsoft Azure") for maker, _ in develops)
    assert any(maker == "Nvidia" and "H100" in thing for maker, thing in develops)


def test_extract_it_after_a_preposition_is_not_its_own_clauses_subject(extractor: Extractor) -> None:
    text = "Osk Labs' Tarn-5 is an open-weight model; Tarn-5 Thinking, a reasoning variant, is built on it."
    assert pairs(claims_of(extractor, text), "BuiltOn") == {("Tarn-5 Thinking", "Tarn-5")}


def test_extract_a_relative_clauses_which_signing_customers_is_the_noun_it_describes(extractor: Extractor) -> None:
    text = "Pell Compute, which signed up Osk Labs as its anchor customer, opened a second hall in May."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Osk Labs", "Pell Compute")}


def test_extract_a_company_a_part_of_anothers_revenue_comes_from_is_its_customer(extractor: Extractor) -> None:
    text = (
        "Almost all of Tarn Cloud's revenue came from one customer, Vey AI. "
        "A third of Osk Data's sales came from Pell Bank."
    )
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Vey AI", "Tarn Cloud"), ("Pell Bank", "Osk Data")}


def test_extract_a_quarter_after_a_makers_possessive_is_no_product(extractor: Extractor) -> None:
    text = "Our last edition put Osk Devices' Q3 2025 share at 81%. Osk Devices' Q4 revenue rose 12%."
    claims = claims_of(extractor, text)
    assert not pairs(claims, "Develops")
    doc = extractor.nlp(text)
    assert not {m.entity.label for m in find_mentions(doc, extractor.index, text)} & {"Q3 2025", "Osk Devices Q4"}


def test_extract_what_runs_on_a_makers_chips_is_built_on_them(extractor: Extractor) -> None:
    text = "Tarn Labs said its Tarn-4 model runs on Cambricon and Moore Threads chips."
    claims = claims_of(extractor, text)
    assert pairs(claims, "BuiltOn") == {("Tarn-4", "Cambricon chips"), ("Tarn-4", "Moore Threads chips")}
    assert not pairs(claims, "Offers")  # the chips' makers sell nothing by it
    text = "Tarn Labs said its Tarn-5 model was tuned to run on Huawei Ascend and Cambricon chips."
    claims = claims_of(extractor, text)
    assert ("Tarn-5", "Ascend") in pairs(claims, "BuiltOn") and not pairs(claims, "Offers")
    built = pairs(claims_of(extractor, "Pell Cloud's fleet runs almost entirely on Nvidia GPUs."), "BuiltOn")
    assert built == {("Pell Cloud", "Nvidia GPUs")}


def test_extract_a_firms_named_models_on_chips_are_built_on_them_and_sold_by_no_chip(extractor: Extractor) -> None:
    text = "Vessa Labs' Tarn-4 models run on TPUs, Osk Trainers and Pell GPUs."
    claims = claims_of(extractor, text)
    assert pairs(claims, "BuiltOn") == {("Tarn-4", "TPU")}  # the models are, not Vessa Labs itself
    assert not pairs(claims, "Offers")  # a chip named by its common noun sells nothing
    text = "Our GPU cloud runs on Nvidia GB200 NVL72 and H200 systems."
    assert (
        len(pairs(claims_of(extractor, "Title\n\nPublished 2026-03-01.\n\nPell Cloud said: " + text), "BuiltOn")) == 2
    )


def test_extract_an_unnamed_application_a_company_builds_stands_for_it(extractor: Extractor) -> None:
    assert pairs(claims_of(extractor, "Vey Motors has built its in-car assistant on Tarn-4."), "BuiltOn") == {
        ("Vey Motors", "Tarn-4")
    }
    text = "Pell Cloud said its customer-service agent runs on Tarn-4."
    assert pairs(claims_of(extractor, text), "BuiltOn") == {("Pell Cloud", "Tarn-4")}


def test_extract_hardware_a_thing_is_moved_onto_or_fitted_with_is_what_it_is_built_on(extractor: Extractor) -> None:
    text = "Since March we moved Tarn-4 and Tarn-4 Mini onto Nvidia B200 systems."
    assert pairs(claims_of(extractor, text), "BuiltOn") == {("Tarn-4", "B200"), ("Tarn-4 Mini", "B200")}
    text = "Inspur sells its NF5468 servers fitted with Kunlunxin's P800 accelerators."
    assert ("Inspur NF5468", "Kunlunxin P800") in pairs(claims_of(extractor, text), "BuiltOn")


def test_extract_what_a_thing_is_built_around_or_a_holders_branded_chips_are_not_its_making(
    extractor: Extractor,
) -> None:
    text = "Pell Cloud rents racks. Its racks are built around Osk's K7 accelerators."
    claims = claims_of(extractor, text)
    assert pairs(claims, "Develops") == {("Osk", "K7")}
    assert ("Pell Cloud", "K7") in pairs(claims, "BuiltOn")
    text = "Pell Data said its Nvidia H200 chips arrived late."
    assert pairs(claims_of(extractor, text), "Develops") == {("Nvidia", "H200")}


def test_extract_the_company_a_deal_is_made_with_is_the_one_under_discussion(extractor: Extractor) -> None:
    text = "Pell Cloud has grown fast. Vey Labs signed a five-year contract with the company in May."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Vey Labs", "Pell Cloud")}


def test_extract_a_part_of_a_buyers_procurement_won_makes_the_buyer_a_customer(extractor: Extractor) -> None:
    text = "Osk Semiconductor's chip unit Tarn Chips won part of Pell Telecom's 2025 AI server procurement."
    claims = claims_of(extractor, text)
    assert ("Pell Telecom", "Tarn Chips") in pairs(claims, "CustomerOf")
    assert ("Tarn Chips", "Pell Telecom") not in pairs(claims, "SubsidiaryOf")  # a part of its procurement, not of it
    text = "Tarn Chips won Pell Telecom's AI server tender."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Pell Telecom", "Tarn Chips")}


def test_extract_the_owner_of_a_site_supplied_is_the_customer(extractor: Extractor) -> None:
    text = "Tarn Chips supplies its K9 accelerators to Pell Telecom's Lima data centre."
    assert ("Pell Telecom", "Tarn Chips") in pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_whom_a_product_is_shipped_to_is_a_customer_of_its_maker(extractor: Extractor) -> None:
    assert pairs(claims_of(extractor, "Osk Semiconductor's K9 shipments to Pell Cloud fell."), "CustomerOf") == {
        ("Pell Cloud", "Osk Semiconductor")
    }
    text = "Osk Semiconductor's K9 chips sell well. Analysts got better data on K9 shipments to Vey Labs."
    assert ("Vey Labs", "Osk Semiconductor") in pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_a_name_spoken_of_as_a_thing_is_no_person(extractor: Extractor) -> None:
    """Names a parser takes for people ("Ingrid Solberg") that the text refers to by "which" or "its", or sets in
    apposition with a firm's noun, are firms: they can be customers, and operate in places."""
    text = (
        "Ingrid Solberg, which rents GPU capacity from Pell Cloud, doubled its revenue in 2025.\n\n"
        "Marit Haugen moved its customer-service agents to Tarn Cloud in October.\n\n"
        "Pell Cloud opened a region in Estonia. Henrik Dahl, our public-sector subsidiary, opened an office "
        "in Latvia.\n"
    )
    claims = claims_of(extractor, text)
    assert {("Ingrid Solberg", "Pell Cloud"), ("Marit Haugen", "Tarn Cloud")} <= pairs(claims, "CustomerOf")
    assert ("Henrik Dahl", "Latvia") in pairs(claims, "OperatesIn")


def test_extract_a_fleet_that_is_or_runs_named_chips_makes_its_owner_built_on_each(extractor: Extractor) -> None:
    text = (
        "Brill Cloud is large. Its fleet is Nvidia H100 and H200 GPUs and Osk's K9 accelerators.\n\n"
        "Vey Cloud opened in May. Its fleet runs Osk K7 accelerators.\n"
    )
    built = pairs(claims_of(extractor, text), "BuiltOn")
    assert {("Brill Cloud", "H100"), ("Brill Cloud", "H200"), ("Brill Cloud", "K9"), ("Vey Cloud", "Osk K7")} <= built


def test_extract_its_in_a_with_phrase_is_the_name_it_hangs_on(extractor: Extractor) -> None:
    text = (
        "Three teams advanced: Vey Labs, the Pell Group's research arm, with its Orca-7 model; Tarn Telecom with its "
        "Brill-2; and Osk with its Lumen Open model."
    )
    developed = pairs(claims_of(extractor, text), "Develops")
    assert {("Vey Labs", "Orca-7"), ("Tarn Telecom", "Brill-2"), ("Osk", "Lumen Open")} <= developed
    assert ("Vey Labs", "Brill-2") not in developed  # the name right before "with", however the parser hung it
    research = "Three teams advanced: Vey AI Research, the Pell Group's research arm, with its Orca-7 model."
    # a research lab's "its" is its own, not the group's whose arm it is
    assert ("Pell Group", "Orca-7") not in pairs(claims_of(extractor, research), "Develops")


def test_extract_a_known_numbered_models_variant_word_is_part_of_its_name(extractor: Extractor) -> None:
    """ "Llama 4 Maverick": a capitalised word after a known family's numbered name names a variant of it (the
    NER took the word for a firm), but a month after it does not ("Llama 4 May" is no model)."""
    text = "Pell Cloud offers Llama 4 Maverick and Qwen3 Coder. It added Llama 4 in May."
    offered = pairs(claims_of(extractor, text), "Offers")
    assert {("Pell Cloud", "Llama 4 Maverick"), ("Pell Cloud", "Qwen3 Coder")} <= offered
    assert not any(obj.endswith("May") for _, obj in offered)


def test_extract_a_public_bodys_guidance_and_memory_controls_are_policies_that_keep_firms(extractor: Extractor) -> None:
    """ "Trade Bureau guidance" (a public body's name before a policy noun) and "the HBM restrictions" (a memory word
    before one) name policies; a policy that "kept" firms somewhere acted on them."""
    text = (
        "Trade Bureau guidance has kept Pell Cloud, Tarn AI and Vey Labs mostly on domestic silicon.\n\n"
        "The new HBM restrictions hit Osk Memory.\n"
    )
    effects = pairs(claims_of(extractor, text), "SanctionEffect")
    guided = {("Trade Bureau guidance", firm) for firm in ("Pell Cloud", "Tarn AI", "Vey Labs")}
    assert guided <= effects
    assert ("new HBM restrictions", "Osk Memory") in effects or ("HBM restrictions", "Osk Memory") in effects


def test_extract_a_model_an_entry_opens_on_from_a_firm_is_its_making(extractor: Extractor) -> None:
    text = "- Orca-9 from Osk Labs. $0.60 / $2.20.\n- Pell moved its triage from Orca-9 to Tarn-4.\n"
    developed = pairs(claims_of(extractor, text), "Develops")
    assert ("Osk Labs", "Orca-9") in developed
    assert not any(obj == "Tarn-4" for _, obj in developed)  # a model moved "from", no maker


def test_extract_a_city_written_with_a_plain_apostrophe_is_found_in_its_country(extractor: Extractor) -> None:
    text = "Pell Semi's plant in Xi'an opened in 2014."
    assert ("Pell Semi", "China") in pairs(claims_of(extractor, text), "OperatesIn")


def test_extract_each_buyer_of_a_supply_split_after_a_colon_is_a_customer(extractor: Extractor) -> None:
    text = "Osk Semi will supply 9,000 chips to Peru: 3,000 to the state and the rest to Tarn Group and Vey Cloud."
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert customers == {("Tarn Group", "Osk Semi"), ("Vey Cloud", "Osk Semi")}


def test_extract_a_platforms_calls_to_models_offer_each_model(extractor: Extractor) -> None:
    text = "Our bill was $4 million last year, almost all of it Tarn Studio calls to Vey-3 and Vey-3 Mini."
    offers = pairs(claims_of(extractor, text), "Offers")
    assert {("Tarn Studio", "Vey-3"), ("Tarn Studio", "Vey-3 Mini")} <= offers


def test_extract_each_platform_a_model_is_available_on_offers_it(extractor: Extractor) -> None:
    text = "Tarn-5 is available on Osk's own console, Pell Forge and Vey Cloud's Brill Studio."
    offers = pairs(claims_of(extractor, text), "Offers")
    assert {("Osk", "Tarn-5"), ("Vey Cloud", "Tarn-5")} <= offers


def test_extract_a_line_with_no_subject_under_an_entry_is_about_the_entrys_model(extractor: Extractor) -> None:
    text = (
        "1. Brill Coder (Pell AI) — $1 / $5\n"
        "Offered through Pell AI's console and Vey Cloud's Brill Studio.\n\n"
        "2. Osk-3 (Osk Labs) — $2 / $8\n"
        "Fine-tuned from Tarn-2 and hosted in Osk's own data centres."
    )
    offers = pairs(claims_of(extractor, text), "Offers")
    assert {("Pell AI", "Brill Coder"), ("Vey Cloud", "Brill Coder")} <= offers
    assert not any(model == "Tarn-2" for _, model in offers)


def test_extract_a_firms_lab_in_apposition_is_its_unit(extractor: Extractor) -> None:
    text = "Tarn DeepLab, Osk Group's AI lab, built the Vey-3 model."
    assert ("Tarn DeepLab", "Osk Group") in pairs(claims_of(extractor, text), "SubsidiaryOf")


def test_extract_each_firm_listed_after_a_possessed_customer_noun_and_a_colon_is_a_customer(
    extractor: Extractor,
) -> None:
    text = "Osk Semi's chip customers: Tarn Cloud (it builds the K7 for Tarn Cloud), Vey Labs (the V9) and Brill AI."
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert {("Tarn Cloud", "Osk Semi"), ("Vey Labs", "Osk Semi"), ("Brill AI", "Osk Semi")} <= customers


def test_extract_a_province_puts_a_company_in_its_country(extractor: Extractor) -> None:
    text = "Tarn Compute switched on a 150 MW campus in Ulanqab, Inner Mongolia, and Pell Cloud runs halls in Johor."
    places = pairs(claims_of(extractor, text), "OperatesIn")
    assert {("Tarn Compute", "China"), ("Pell Cloud", "Malaysia")} <= places


def test_extract_a_name_in_lower_case_with_a_capital_inside_is_a_product_built_on(extractor: Extractor) -> None:
    text = "Pell Labs said its assistant, Skjold, is built on tarnRT. The battery in each rack holds 12 kWh."
    claims = claims_of(extractor, text)
    assert ("Skjold", "tarnRT") in pairs(claims, "BuiltOn")
    assert not any("kWh" in (c.subject.label, c.object.label if c.object else "") for c in claims)


def test_extract_a_name_in_apposition_with_an_owned_product_noun_is_that_product(extractor: Extractor) -> None:
    text = (
        "Osk Cloud opened Vessa, its hosted model platform, in April. "
        "Vessa is built on the free tarnRT engine and offers Brill-3 and Pell-2 to banks."
    )
    claims = claims_of(extractor, text)
    assert ("Vessa", "tarnRT") in pairs(claims, "BuiltOn")
    # the "on" is the building's: the engine the platform is built on offers nothing
    assert pairs(claims, "Offers") == {("Vessa", "Brill-3"), ("Vessa", "Pell-2")}


def test_extract_our_fleet_running_on_listed_chips_makes_the_reporting_firm_built_on_each(extractor: Extractor) -> None:
    text = (
        "Vey Cloud, annual report 2025\n\n"
        'The following excerpt is from the annual report of Vey Cloud ("Vey", the "Company" or "we").\n\n'
        "Our rental nodes run on Nvidia's L60 and L70 chips."
    )
    built_on = pairs(claims_of(extractor, text), "BuiltOn")
    # "our" is the reporting firm's, and each chip of the list is one it runs on
    assert {("Vey Cloud", "Nvidia L60"), ("Vey Cloud", "L70")} <= built_on


def test_extract_hardware_the_article_brands_as_anothers_is_no_owners_making(extractor: Extractor) -> None:
    text = (
        "Osk Semiconductor makes the K9 and K11 chips. "
        "Vessa Compute runs 140 megawatts. Its fleet runs on Osk K9 and Osk K11 systems. "
        "Vessa claims its K11 racks serve twice the queries per watt of its K9 rooms."
    )
    claims = claims_of(extractor, text)
    # the possessive is what Vessa owns: Osk makes the chips, and no "Vessa K9" model is born of "its K9"
    assert not {obj for subject, obj in pairs(claims, "Develops") if subject == "Vessa Compute"}
    assert not any(c.object and c.object.label.startswith("Vessa Compute K") for c in claims)


def test_extract_a_subsidiary_named_after_its_owners_unit_noun_or_in_capitals(extractor: Extractor) -> None:
    text = (
        "Pell Cloud will spend $4.3 billion on data centres. Its subsidiary VX Intuitions trains the Tarnel models. "
        "Pell Cloud runs a 25-megawatt hall by Bergen, Norway, through its subsidiary Pell Norge AS, and a "
        "hall in Sines through Pell Compute Portugal, Unipessoal Lda. OSKA, a Vey Group subsidiary, sells chips."
    )
    owned = pairs(claims_of(extractor, text), "SubsidiaryOf")
    assert {
        ("VX Intuitions", "Pell Cloud"),
        ("Pell Norge AS", "Pell Cloud"),
        ("OSKA", "Vey Group"),
    } <= owned


def test_extract_names_joined_after_a_preposition_share_it(extractor: Extractor) -> None:
    text = "Vessa Compute has 420 megawatts. Vessa's fleet is built around Osk K9, K11 and K12 systems."
    claims = claims_of(extractor, text)
    assert not {obj for subject, obj in pairs(claims, "Develops") if subject == "Vessa Compute"}
    assert {"Osk K9", "K11", "K12"} <= {obj for subject, obj in pairs(claims, "BuiltOn") if subject == "Vessa Compute"}


def test_extract_a_server_maker_before_a_chip_the_article_credits_to_another_does_not_make_it(
    extractor: Extractor,
) -> None:
    text = "Vessa Cloud rents out AMD MI390X chips. Its Tarnby hall runs Lenovo MI390X servers."
    develops = pairs(claims_of(extractor, text), "Develops")
    assert ("AMD", "MI390X") in develops and ("Lenovo", "MI390X") not in develops


def test_extract_a_cloud_region_code_with_its_place_in_brackets_places_its_provider(extractor: Extractor) -> None:
    text = (
        "Vessa Cloud changelog, April 2026\n\n"
        "## v2026.04.1\n\n"
        "- New region me-central-2 (Doha, Qatar) is generally available with K7 instances.\n"
        "- Osk Data's eu-south-3 (Milan, Italy) now hosts our serverless endpoints.\n"
    )
    placed = pairs(claims_of(extractor, text), "OperatesIn")
    assert {("Vessa Cloud", "Qatar"), ("Osk Data", "Italy")} <= placed
    assert ("Vessa Cloud", "Italy") not in placed


def test_extract_a_payers_part_of_revenue_after_a_plural_possessive_is_the_earners(extractor: Extractor) -> None:
    text = "Pell Bank accounted for about 12% of Osprey Labs' revenue in 2025."
    revenue = [c for c in claims_of(extractor, text) if c.type == "Revenue"]
    assert [(c.subject.label, c.object.label if c.object else None) for c in revenue] == [("Osprey Labs", "Pell Bank")]


def test_extract_a_described_model_fine_tuned_from_another_is_built_on_it(extractor: Extractor) -> None:
    text = (
        "Vessa Cloud changelog, May 2026\n\n"
        "- vs-write-3, our long-context writing model, distilled from Osk-5 with our own tuning. $0.20 / $0.80.\n"
        "- vs-write-3 is served from our K7 fleet."
    )
    claims = claims_of(extractor, text)
    assert ("vs-write-3", "Osk-5") in pairs(claims, "BuiltOn")


def test_extract_a_model_made_by_training_another_further_is_built_on_it(extractor: Extractor) -> None:
    # a relative clause after an apposition, "built by continued pre-training of", a maker of two words
    text = (
        "Ferrel Bio trained TarnGPT, its crop model, which is fine-tuned from Osk Labs' Vela-4. "
        "Our main model, Brill-2-32B, will be built by continued pre-training of Osk Labs' Vela-4 on 60 billion "
        "tokens. We will build Kest-Text-8B by continued pre-training of Meta's Llama 3.1 8B on Welsh text. "
        "Our earlier model, Brill-1, built on Corvid AI's Tern-7, was released in 2025."
    )
    built = pairs(claims_of(extractor, text), "BuiltOn")
    assert {
        ("TarnGPT", "Vela-4"),
        ("Brill-2-32B", "Vela-4"),
        ("Kest-Text-8B", "Llama 3.1 8B"),
        ("Brill-1", "Tern-7"),
    } <= built


def test_extract_what_a_firm_runs_on_a_base_is_built_on_it(extractor: Extractor) -> None:
    text = (
        "Osk Labs runs its Tarn models on a cluster of 20,000 Nvidia H200 chips in the Vessa Hub. "
        "Pell Code, the editor made by Vey Labs, runs its agent on a mix of Kite-2, GPT-5 and its own Orla model. "
        "Brill Cloud serves its own Wren models and Kite-2 on CloudMatrix 384."
    )
    built = pairs(claims_of(extractor, text), "BuiltOn")
    assert {("Tarn", "H200"), ("Pell Code", "Kite-2"), ("Pell Code", "GPT-5")} <= built
    assert ("Brill Cloud", "CloudMatrix 384") in built and ("Wren", "CloudMatrix 384") not in built
    assert not {base for _, base in built} & {"Vessa Hub"}


def test_extract_a_firm_that_agreed_to_develop_capacity_for_another_supplies_it(extractor: Extractor) -> None:
    text = (
        "In May Pell Cloud agreed to develop 2 gigawatts of capacity for Vessa Labs. "
        "Tarn Grid will operate the site for Osk AI."
    )
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert {("Vessa Labs", "Pell Cloud"), ("Osk AI", "Tarn Grid")} <= customers


def test_extract_the_one_chosen_in_a_passive_sells_to_the_one_choosing(extractor: Extractor) -> None:
    text = (
        "Brill Power was selected by Vessa Cloud to supply electricity. Osk Semi was picked by Pell AI to supply chips."
    )
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert customers == {("Vessa Cloud", "Brill Power"), ("Pell AI", "Osk Semi")}


def test_extract_a_platform_that_added_models_offers_them(extractor: Extractor) -> None:
    text = (
        "Vessa Studio, the company's model-serving platform, processed 2 trillion tokens a day. "
        "During the quarter it added Osk's Tarn-4 Pro and Kite-3."
    )
    offers = pairs(claims_of(extractor, text), "Offers")
    assert {("Vessa Studio", "Tarn-4 Pro"), ("Vessa Studio", "Kite-3")} <= offers


def test_extract_a_maker_that_builds_anothers_named_product_supplies_it(extractor: Extractor) -> None:
    text = "Since 2024 Osk Semi has made Alphabet's TPUs at its Hsinchu plant."
    assert ("Alphabet", "Osk Semi") in pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_a_supplier_shipping_a_coded_part_to_a_firm_supplies_it(extractor: Extractor) -> None:
    text = "Osk Semiconductor began shipping HBM3E 12-high to Vessa Systems in May."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Vessa Systems", "Osk Semiconductor")}


def test_extract_its_revenue_a_payer_accounts_for_is_not_the_payers_own(extractor: Extractor) -> None:
    text = "Tarnby Cloud says Osk Labs accounted for 31% of its 2025 revenue."
    revenue = {(c.subject.label, c.object.label if c.object else None) for c in claims_of(extractor, text)
               if c.type == "Revenue"}  # fmt: skip
    assert revenue == {("Tarnby Cloud", "Osk Labs")}


def test_extract_megawatts_a_firm_has_across_places_put_it_there(extractor: Extractor) -> None:
    text = "Vessa Cloud has 120 MW live today across Ohio and Utah."
    assert ("Vessa Cloud", "US") in pairs(claims_of(extractor, text), "OperatesIn")


def test_extract_not_selling_to_customers_based_in_a_country_is_not_operating_there(extractor: Extractor) -> None:
    text = "Vessa Cloud does not sell capacity to customers headquartered in Russia."
    placed = [c for c in claims_of(extractor, text) if c.type == "OperatesIn"]
    assert [(c.subject.label, c.object.label if c.object else None, c.modality) for c in placed] == [
        ("Vessa Cloud", "Russia", "negated")
    ]


def test_extract_se_asia_is_south_east_asia(extractor: Extractor) -> None:
    text = "Vessa Cloud sells its Orla models in SE Asia."
    assert ("Vessa Cloud", "Southeast Asia") in pairs(claims_of(extractor, text), "OperatesIn")


def test_extract_a_name_the_parser_glued_into_a_fronted_phrase_is_the_verbs_subject(extractor: Extractor) -> None:
    # the parse the pipeline sometimes gives when no comma follows the fronted phrase: "its reply Tarnby" as one
    # noun phrase, and "says" without a subject
    words = ["In", "its", "reply", "Tarnby", "says", "Osk", "broke", "the", "deal", "."]
    heads = [4, 3, 3, 0, 4, 6, 4, 8, 6, 4]
    deps = ["prep", "poss", "amod", "pobj", "ROOT", "nsubj", "ccomp", "det", "dobj", "punct"]
    pos = ["ADP", "PRON", "NOUN", "PROPN", "VERB", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert glued_subject(doc[4]).text == "Tarnby"
    assert glued_subject(doc[6]) is None  # "broke" has its own subject


def test_extract_its_revenue_of_an_amount_is_the_owners_not_the_payers(extractor: Extractor) -> None:
    text = "Tarnby Cloud says Osk Labs accounted for 31% of its 2025 revenue of about $420 million."
    revenue = {(c.subject.label, c.object.label if c.object else None, c.value) for c in claims_of(extractor, text)
               if c.type == "Revenue"}  # fmt: skip
    assert revenue == {("Tarnby Cloud", "Osk Labs", 31), ("Tarnby Cloud", None, 420_000_000)}


def test_extract_anothers_product_a_maker_builds_makes_the_owner_its_customer(extractor: Extractor) -> None:
    text = "The total counts Vessa Systems' Orla chips and Tarnby Cloud's Pell-9 chips, which Osk Semiconductor builds."
    claims = claims_of(extractor, text)
    assert pairs(claims, "CustomerOf") == {
        ("Vessa Systems", "Osk Semiconductor"),
        ("Tarnby Cloud", "Osk Semiconductor"),
    }
    assert not any(c.subject.label == "Osk Semiconductor" for c in claims if c.type == "Develops")


def test_extract_a_field_table_reads_as_a_fact_sheet_of_the_model_and_its_maker(extractor: Extractor) -> None:
    text = (
        "Model card: Pellin-2-14B\n\n"
        "Pellin-2-14B is an open-weight model for contract review.\n\n"
        "| Field | Value |\n"
        "| --- | --- |\n"
        "| Developed by | Tarnwick Labs Ltd (Leeds) |\n"
        "| Parent company | Osgrave Holdings GmbH |\n"
        "| Base model | Orca-7 (Vessa AI) |\n"
    )
    claims = claims_of(extractor, text)
    assert ("Tarnwick Labs Ltd", "Pellin-2-14B") in pairs(claims, "Develops")
    assert pairs(claims, "BuiltOn") == {("Pellin-2-14B", "Orca-7")}
    assert pairs(claims, "SubsidiaryOf") == {("Tarnwick Labs Ltd", "Osgrave Holdings GmbH")}


def test_extract_an_app_maker_running_on_models_is_built_on_them(extractor: Extractor) -> None:
    assert pairs(claims_of(extractor, "Quillane Labs now runs on Tarn-4 and Vela-2."), "BuiltOn") == {
        ("Quillane Labs", "Tarn-4"),
        ("Quillane Labs", "Vela-2"),
    }
    # what it builds on a model is built on it, not the builder
    built = pairs(claims_of(extractor, "Quillane Labs builds the Pell models on top of Tarn-4."), "BuiltOn")
    assert ("Quillane Labs", "Tarn-4") not in built


def test_extract_each_model_goes_through_its_own_channel(extractor: Extractor) -> None:
    text = (
        "We called Osk-3 through the Pellam API, the two Vela-2 models through Tarnby Cloud and Orla-5 through "
        "Kestrel AI."
    )
    offers = pairs(claims_of(extractor, text), "Offers")
    assert ("Tarnby Cloud", "Osk-3") not in offers and ("Kestrel AI", "Osk-3") not in offers


def test_extract_halls_designed_for_a_product_do_not_develop_it(extractor: Extractor) -> None:
    text = "Tarnby Data designed its halls for Vessa K9 racks."
    assert not any(c.subject.label == "Tarnby Data" for c in claims_of(extractor, text) if c.type == "Develops")


def test_extract_a_model_pages_availability_rows_are_the_platforms_offers(extractor: Extractor) -> None:
    text = (
        "Model card: Pellin-2-14B\n\n"
        "## Availability\n\n"
        "- **Amazon Bedrock:** available as an imported model since launch day.\n"
        "- **Microsoft Azure AI Foundry:** planned for April 2026.\n"
    )
    offers = pairs(claims_of(extractor, text), "Offers")
    assert {("Amazon Bedrock", "Pellin-2-14B"), ("Microsoft Azure", "Pellin-2-14B")} <= offers


def test_extract_orders_for_a_product_the_article_gave_a_maker_buy_from_that_maker(extractor: Extractor) -> None:
    text = "Vessa Systems makes the K9 accelerator. Tarnby Cloud and Osk AI have both placed K9 orders."
    assert {("Tarnby Cloud", "Vessa Systems"), ("Osk AI", "Vessa Systems")} <= pairs(
        claims_of(extractor, text), "CustomerOf"
    )


def test_extract_a_firm_serving_clients_in_places_operates_there(extractor: Extractor) -> None:
    text = "Quillane Labs summarises contracts and drafts redlines for about 140 law firms in Ireland and Peru."
    assert {("Quillane Labs", "Ireland"), ("Quillane Labs", "Peru")} <= pairs(claims_of(extractor, text), "OperatesIn")
    # who permits sales to buyers somewhere serves no one there
    permitting = "In May the Vessa Trade Office said it would license sales of K9 chips to approved customers in Peru."
    assert pairs(claims_of(extractor, permitting), "OperatesIn") == set()


def test_extract_a_tenant_leasing_megawatts_somewhere_operates_there(extractor: Extractor) -> None:
    text = "Vey Labs has leased 24 MW in Madrid since May 2025."
    assert pairs(claims_of(extractor, text), "OperatesIn") == {("Vey Labs", "Spain")}
    text = "Vey Labs leased 24 MW from Tarn Data, a Madrid operator, for its Ohio cluster."
    assert pairs(claims_of(extractor, text), "OperatesIn") == {("Vey Labs", "US")}  # Madrid is the lessor's
    text = "Vey Labs leases 18 MW from Tarn Data in Wichita, Kansas."
    assert ("Vey Labs", "US") in pairs(claims_of(extractor, text), "OperatesIn")  # where the leased space stands
    text = "Vey Labs leased 24 MW from a Tarn Data campus outside Madrid."
    assert ("Vey Labs", "Spain") in pairs(claims_of(extractor, text), "OperatesIn")


def test_extract_a_firm_serving_clients_seated_somewhere_operates_there(extractor: Extractor) -> None:
    text = "Quillane Labs drafts redlines for law firms headquartered in Peru."
    assert pairs(claims_of(extractor, text), "OperatesIn") == {("Quillane Labs", "Peru")}
    text = "Quillane Labs drafts redlines for law firms registered in Delaware."
    assert pairs(claims_of(extractor, text), "OperatesIn") == set()  # a legal seat places no client
    text = "Vey Data does not lease capacity to companies headquartered in Peru."
    refused = [c for c in claims_of(extractor, text) if c.type == "OperatesIn"]
    assert [(c.object.label, c.modality) for c in refused if c.object] == [("Peru", "negated")]


def test_extract_a_company_built_on_a_model_only_as_the_clause_subject(extractor: Extractor) -> None:
    # a list entry led by a firm's name in bold: the firm is what is built on the model
    text = (
        "Who builds on which model:\n\n"
        "- **Harlow Labs** — app builder built mainly on Tarnex-4.\n"
        "- **Quillon AI** — legal drafting; built on Vessa AI's Orca-7.\n\n"
        "Pellmoor Inc.'s assistant, Wren Chat, is built on Orca-7. Dunmore Ltd built its Fenn app on top of Tarnex-4."
    )
    built_on = pairs(claims_of(extractor, text), "BuiltOn")
    assert {("Harlow Labs", "Tarnex-4"), ("Quillon AI", "Orca-7")} <= built_on
    assert not any(subject.startswith(("Pellmoor", "Dunmore")) for subject, _ in built_on)


def test_extract_a_makers_name_on_a_thing_bought_is_not_the_buyer(extractor: Extractor) -> None:
    # the maker's name qualifies the systems; the one running them bought them
    text = "Notes\n\nHalvik Compute runs Nvidia H200 systems bought from Pellmoor Systems Inc. in 2025."
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert ("Halvik Compute", "Pellmoor Systems Inc.") in customers
    assert not any(buyer == "Nvidia" for buyer, _ in customers)


def test_extract_an_owner_column_of_people_names_no_parent(extractor: Extractor) -> None:
    # an action list's "Owner" is the person who does it, not a parent company
    text = (
        "Minutes\n\n"
        "Actions\n"
        "| No. | Action | Owner | Due |\n"
        "| --- | --- | --- | --- |\n"
        "| 1 | Sign heads of terms with Pellam Cloud (30 MW) | D. Okonjo | 28 Feb 2026 |\n"
        "| 2 | Renew the Tarnex Labs contract | K. Brekke | 27 Feb 2026 |\n"
    )
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == set()


def test_extract_a_regulator_granting_licences_to_sell_sells_nothing(extractor: Extractor) -> None:
    text = (
        "Notes\n\nThe US Commerce Department has granted Pellam Semiconductor licences to sell its K9 accelerators "
        "to Tarnex Cloud and Vessa AI."
    )
    claims = claims_of(extractor, text)
    assert not any(
        "Commerce" in c.subject.label or (c.object is not None and "Commerce" in c.object.label)
        for c in claims
        if c.type in ("CustomerOf", "Offers", "Develops")
    )


def test_extract_an_infoboxs_unbulleted_labelled_lines_are_facts_of_its_subject(extractor: Extractor) -> None:
    text = (
        "Tarnel AI\n\n"
        "From Openpedia, the free encyclopedia\n\n"
        "Tarnel AI\n"
        "Type: Private\n"
        "Industry: Artificial intelligence\n"
        "Area served: China, Singapore, Malaysia\n"
        "Parent: Pellmoor Holdings\n\n"
        "Tarnel AI is an artificial intelligence company.\n"
    )
    claims = claims_of(extractor, text)
    assert pairs(claims, "SubsidiaryOf") == {("Tarnel AI", "Pellmoor Holdings")}
    assert pairs(claims, "OperatesIn") == {
        ("Tarnel AI", "China"),
        ("Tarnel AI", "Singapore"),
        ("Tarnel AI", "Malaysia"),
    }


def test_extract_two_labelled_lines_of_prose_are_no_fact_box(extractor: Extractor) -> None:
    text = "Notes\n\nTarnel AI is a model developer.\nParent: Pellmoor Holdings\n\nIt sells models.\n"
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == set()


def test_extract_a_majority_of_a_companys_shares_makes_it_a_subsidiary(extractor: Extractor) -> None:
    text = (
        "Notes\n\nBrill Capital holds 55% of Kestrel Data's shares. Osk Holdings owns 62% of Vessa Cloud. "
        "Tarn Group owns 30% of Pell Cloud."
    )
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {
        ("Kestrel Data", "Brill Capital"),
        ("Vessa Cloud", "Osk Holdings"),
    }


def test_extract_minutes_call_the_company_their_titles_company_even_undefined(extractor: Extractor) -> None:
    # the title's registered name is whole (no run-on into a shorter name below), and "the Company" is it
    text = (
        "Lumera Compute Limited: minutes of the Board meeting of 22 January 2026\n\n"
        "1.1 Ms Vale declared her interest as a partner of Fenway Capital, which holds 62% of the Company's shares.\n"
        "3.3 Pellam Cloud, the Company's largest tenant, asked for a further 30 MW.\n"
        "3.4 Lumera Cloud Limited, the Company's GPU-cloud subsidiary, renewed its contract with Tarnex Robotics.\n"
        "7.3 The Board noted that Lumera does not sell capacity to customers in Ruritania.\n"
    )
    claims = claims_of(extractor, text)
    assert ("Lumera Compute Limited", "Fenway Capital") in pairs(claims, "SubsidiaryOf")
    assert ("Pellam Cloud", "Lumera Compute Limited") in pairs(claims, "CustomerOf")


def test_extract_supplying_or_making_part_of_a_companys_things_makes_it_a_customer(extractor: Extractor) -> None:
    text = (
        "Notes\n\nPellix Memory still supplies roughly sixty per cent of Nvidia's HBM, according to brokers. "
        "Tarnfab Foundry makes all of AMD's accelerators."
    )
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert {("Nvidia", "Pellix Memory"), ("AMD", "Tarnfab Foundry")} <= customers


def test_extract_the_platform_offering_models_is_the_company_under_discussion(extractor: Extractor) -> None:
    text = (
        "Notes\n\nPellam Compute runs an inference cloud for open-weight models. "
        "The platform offers Tarnex-4, Vessa AI's Orca-7 and Brill Labs' Wren-2."
    )
    offered = {o for s, o in pairs(claims_of(extractor, text), "Offers") if s == "Pellam Compute"}
    assert {"Tarnex-4", "Orca-7", "Wren-2"} <= offered


def test_extract_a_spender_listed_with_others_pays_none_of_them(extractor: Extractor) -> None:
    # the parser may chain the list through an apposition; the one named again after "of which" spends its part
    text = (
        "Title\n\nExample: Pellam, Osk Systems, Tarnel and Vessa have guided to about $90 billion of combined "
        "capital spending for 2026, of which Tarnel alone expects about $30 billion."
    )
    claims = claims_of(extractor, text)
    assert not [c for c in claims if c.type == "CustomerOf"]
    assert not [c for c in claims if c.type == "Spending" and c.object is not None]


def test_extract_a_firm_called_a_gpu_cloud_that_signs_with_a_company_is_paid_by_it(extractor: Extractor) -> None:
    # the apposition makes the unknown firm a cloud; a cloud signing a contract "with" a company sells to it
    text = (
        "Title\n\nPellam Compute, an Oslo-listed GPU cloud, runs 64 MW in Norway. "
        "In November, Pellam Compute signed a five-year, $3.1 billion contract with Osk Retail."
    )
    claims = claims_of(extractor, text)
    assert {(c.subject.label, c.object.label) for c in claims if c.type == "Spending" and c.object} == {
        ("Osk Retail", "Pellam Compute")
    }
    assert ("Osk Retail", "Pellam Compute") in pairs(claims, "CustomerOf")


def test_extract_a_makers_name_before_a_list_of_part_numbers_makes_each_of_them(extractor: Extractor) -> None:
    text = "Title\n\nOsk Systems sells accelerators. Pellam's fleet runs on Osk K9, K11 and K12 NVL72 systems."
    made = {o for s, o in pairs(claims_of(extractor, text), "Develops") if s == "Osk Systems"}
    assert {"K11", "K12 NVL72"} <= made


def test_extract_a_firm_the_copula_calls_the_arm_of_another_is_its_subsidiary(extractor: Extractor) -> None:
    # the NER takes the unit's name for a person's; the unit noun after "is" says it is a firm
    text = "Title\n\nPublished 2026-03-01.\n\nPell Finance is the cloud arm of Pell Group."
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {("Pell Finance", "Pell Group")}


def test_extract_the_units_a_colon_lists_after_a_unit_noun_are_the_subjects(extractor: Extractor) -> None:
    text = (
        "Title\n\nPellam Compute is the parent of three wholly owned operating subsidiaries: Pellam Dakota LLC, "
        "Pellam Georgia LLC, and Pellam Asia Pte. Ltd., which holds the Malaysian lease."
    )
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {
        ("Pellam Dakota LLC", "Pellam Compute"),
        ("Pellam Georgia LLC", "Pellam Compute"),
        ("Pellam Asia Pte. Ltd.", "Pellam Compute"),
    }


def test_extract_a_cloud_that_signs_with_a_customer_stays_what_its_article_is_about(extractor: Extractor) -> None:
    # the customer pays; "it" in the next sentence is still the cloud the paragraph is about
    text = (
        "Title\n\nPellam Cloud reported revenue of $529 million. In September it signed a five-year contract "
        "with Osk Retail worth $17.4 billion. It operates data centres in Finland and Iceland."
    )
    claims = claims_of(extractor, text)
    assert ("Osk Retail", "Pellam Cloud") in pairs(claims, "CustomerOf")
    assert {("Pellam Cloud", "Finland"), ("Pellam Cloud", "Iceland")} <= pairs(claims, "OperatesIn")


def test_extract_a_model_named_on_a_platform_is_offered_there_but_not_on_a_chip(extractor: Extractor) -> None:
    text = (
        "Title\n\nPublished 2026-03-01.\n\n"
        "We tested two candidates: Tarn-4 on Pell Cloud and Vela-2 through Osk Group's Vey Studio. "
        "Tarn-4 on H200s was faster."
    )
    offered = pairs(claims_of(extractor, text), "Offers")
    assert {("Pell Cloud", "Tarn-4"), ("Vey Studio", "Vela-2")} <= offered
    assert not [s for s, o in offered if s == "H200"]


def test_extract_a_model_on_chips_a_hardware_noun_names_is_offered_by_no_one(extractor: Extractor) -> None:
    text = "Title\n\nPublished 2026-03-01.\n\nTarn-3 on Trainium chips was cheaper. Vela-2 on Pell Cloud was faster."
    assert pairs(claims_of(extractor, text), "Offers") == {("Pell Cloud", "Vela-2")}


def test_extract_a_model_host_serving_on_hardware_is_built_on_it(extractor: Extractor) -> None:
    # a model-hosting platform (an aggregator in the gazetteer) serves models on chips as a cloud does
    text = "Fireworks AI serves Tarn-4 models on Nvidia K9 GPUs."
    assert ("Fireworks AI", "K9") in pairs(claims_of(extractor, text), "BuiltOn")


def test_extract_a_name_qualifying_a_described_noun_stands_for_it(extractor: Extractor) -> None:
    # "system" heads the phrase (the parser hangs the name on it as a modifier, "384" as a number); the participle
    # describing the system relates the name to what it is built on
    text = "Huawei's CloudMatrix 384 system, built on the Pell P800, ships this year."
    assert ("CloudMatrix 384", "Pell P800") in pairs(claims_of(extractor, text), "BuiltOn")


def test_extract_a_cloud_selling_a_product_offers_it_but_not_the_channel_or_a_maker_its_own(
    extractor: Extractor,
) -> None:
    text = (
        "Vessa Cloud and Pell Cloud both sell Nvidia K9 NVL72 capacity at scale. "
        "Tarn Cloud sells its models through Tarn Studio. Nvidia may sell the K7 to approved buyers."
    )
    offers = pairs(claims_of(extractor, text), "Offers")
    # sold as capacity: the offering names the chip it is of
    assert {("Vessa Cloud", "K9 NVL72 capacity"), ("Pell Cloud", "K9 NVL72 capacity")} <= offers
    assert not {("Tarn Cloud", "Tarn Studio"), ("Nvidia", "K7")} & offers


def test_extract_a_name_hyphened_to_owned_owns_the_name_described(extractor: Extractor) -> None:
    text = "Tarn AI, the Nvidia-owned lab, will run the evaluation. The Nvidia-controlled Vessa Cloud grew."
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {("Tarn AI", "Nvidia"), ("Vessa Cloud", "Nvidia")}


def test_extract_an_owners_name_before_a_place_names_a_unit_or_site_not_a_product(extractor: Extractor) -> None:
    text = (
        "Kestrel Systems designs the K9 accelerator. "
        "Kestrel Norway, which Kestrel bought in 2025, now sells K9 servers to Brisco Bank. "
        "Orrin Data writes its contracts through the Orrin Lisbon platform."
    )
    made = pairs(claims_of(extractor, text), "Develops")
    assert ("Kestrel Systems", "K9") in made
    line = "Kestrel Systems designs the K9 accelerator. Pell Cloud rents out Kestrel Genoa servers."
    assert ("Kestrel Systems", "Kestrel Genoa") in pairs(claims_of(extractor, line), "Develops")  # named for a city
    assert not [pair for pair in made if pair[1] in ("Kestrel Norway", "Lisbon", "Orrin Lisbon")]


def test_extract_customers_counted_in_a_list_with_a_bracketed_short_name(extractor: Extractor) -> None:
    # "among" hangs on the list's last name, and a fronted description is a second subject of the verb
    text = (
        "Orrin Data opened its second hall in May. A unit of Tessaly Group, it counts Brisco Bank, the Vessa "
        "Health Authority (VHA) and Kestrel Robotics among its customers."
    )
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert {
        ("Brisco Bank", "Orrin Data"),
        ("Vessa Health Authority", "Orrin Data"),
        ("Kestrel Robotics", "Orrin Data"),
    } <= customers
    assert not [pair for pair in customers if "Tessaly Group" in pair]


def test_extract_tenants_an_operators_own_report_tells_of_are_its_customers(extractor: Extractor) -> None:
    text = (
        "Orrin Data Centres annual report 2025\n\n"
        "Orrin Data Centres runs two campuses in Ohio. Vessa Labs signed a ten-year lease for 60 MW in January. "
        "Brisco AI has rented 20 MW at the Columbus campus since 2024. Other tenants include Kestrel Robotics and "
        "Tamsin Bank. Yarrow Health did not sign a lease. Orrin Data Centres also runs a small cluster in a leased "
        "hall on a Pellam Infrastructure campus in Dublin."
    )
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    landlord = "Orrin Data Centres"
    tenants = {"Vessa Labs", "Brisco AI", "Kestrel Robotics", "Tamsin Bank"}
    assert {(tenant, landlord) for tenant in tenants} <= customers
    assert (landlord, "Pellam Infrastructure") in customers
    assert ("Yarrow Health", landlord) not in customers


def test_extract_a_buyers_release_on_a_data_centre_firm_makes_the_target_the_landlord(extractor: Extractor) -> None:
    text = (
        "Harlow Capital to acquire Orrin Data Centres from Vessmark for $1.2 billion\n\n"
        "Highlights\n"
        "- Harlow Infrastructure Fund IV to buy 100% of Orrin, a colocation provider with 140 MW in operation\n"
        "- Harlow plans to invest about $1.1 billion to take Orrin to 400 MW by 2030\n\n"
        'LONDON, 3 March 2026 - Harlow Capital Partners LLP ("Harlow") today announced that Harlow Infrastructure '
        'Fund IV has agreed to acquire Orrin Data Centres GmbH ("Orrin") from Vessmark AG. Orrin runs campuses in '
        "Frankfurt and Stockholm. Brisco AI has leased 20 MW at Stockholm since September 2024 and accounted for "
        "about 21% of 2025 revenue. Orrin had revenue of $210 million in 2025. Orrin plans to add 40 MW."
    )
    customers = {(s, o) for s, o in pairs(claims_of(extractor, text), "CustomerOf") if s == "Brisco AI"}
    assert customers == {("Brisco AI", "Orrin Data Centres GmbH")}
    # a firm speaking of "our" site, or one whose name says it holds sites, is its own landlord
    ours = text.replace("has leased 20 MW at Stockholm", "has leased 20 MW at our Stockholm office")
    assert ("Brisco AI", "Orrin Data Centres GmbH") not in pairs(claims_of(extractor, ours), "CustomerOf")


def test_extract_a_news_storys_lease_is_no_tenancy_of_the_company_in_its_title(extractor: Extractor) -> None:
    text = (
        "Kestrel Systems earnings: data-centre chip sales climb\n\n"
        "Kestrel Systems sold more accelerators than expected. Vessa Labs signed a 15-year lease for 150 MW in "
        "Ohio, and Brisco AI rented 40 MW in Virginia. Other tenants at the Dallas site include Tamsin Bank."
    )
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert not [pair for pair in customers if pair[1] == "Kestrel Systems"]


def test_extract_a_chip_named_before_what_a_cloud_sells_by_the_hour_is_offered_as_that(extractor: Extractor) -> None:
    text = (
        "Vessa Cloud plans to offer MI450 instances to customers from the fourth quarter of 2026. "
        "Brill Cloud offers access to Nvidia H100 clusters in Oslo."
    )
    offers = pairs(claims_of(extractor, text), "Offers")
    assert {("Vessa Cloud", "MI450 instances"), ("Brill Cloud", "Nvidia H100 clusters")} <= offers
    # a subscription to a product is no hardware: the product itself is offered
    subscribed = pairs(claims_of(extractor, "Vessa Cloud offers Microsoft Copilot subscriptions to banks."), "Offers")
    assert not [o for _, o in subscribed if o.endswith("subscriptions")]


def test_extract_a_renters_possessive_of_a_chip_the_gazetteer_names_by_its_maker_is_no_making(
    extractor: Extractor,
) -> None:
    text = (
        "Halberd Cloud's B200s give its tenants twice the speed of last year's fleet. "
        "Nvidia's B200 shipped in volume in March. "
        "Amazon's Trainium chips cost less per token."
    )
    made = pairs(claims_of(extractor, text), "Develops")
    assert ("Halberd Cloud", "B200") not in made
    assert {("Nvidia", "B200"), ("Amazon", "Trainium")} <= made


def test_extract_a_deals_value_before_its_noun_is_paid_by_the_buyer_to_the_seller(extractor: Extractor) -> None:
    # not the maker of what the deal buys, named after it
    text = (
        "Orrin AI annual report 2025\n\nOrrin AI builds language models. In November 2025 we signed a five-year, $1.4 "
        "billion agreement with Tessel Cloud for 120 MW of Nvidia GB300 NVL72 capacity."
    )
    spent = {(c.subject.label, c.object.label) for c in claims_of(extractor, text) if c.type == "Spending" and c.object}
    assert spent == {("Orrin AI", "Tessel Cloud")}


def test_extract_a_clouds_own_priced_deal_or_an_announced_commitment_says_not_who_pays(extractor: Extractor) -> None:
    text = (
        "Title\n\nTessel Cloud announced a $10 billion commitment with Chile to build data centres there by 2030. "
        "Tessel Cloud signed a 15-year, $3 billion lease with Pell Properties for a campus in Texas."
    )
    claims = claims_of(extractor, text)
    assert not [c for c in claims if c.type == "Spending" and c.object is not None and c.object.label == "Tessel Cloud"]
    assert not {s for s, o in pairs(claims, "CustomerOf") if o == "Tessel Cloud"}


def test_extract_a_supplier_of_a_site_or_of_hardware_sells_to_its_owner(extractor: Extractor) -> None:
    """ "supplies the Bergen site", "the accelerators in Pell's data centres", "the dies for Kettle's K9": the site's
    or the hardware's owner buys; a definite site is the company under discussion's."""
    site = "Vellmar Cloud runs two campuses in Norway. Fjordline Power supplies the Bergen site."
    assert pairs(claims_of(extractor, site), "CustomerOf") == {("Vellmar Cloud", "Fjordline Power")}
    inside = "Tarn Chips now supplies most of the accelerators in Pell Telecom's own data centres."
    assert pairs(claims_of(extractor, inside), "CustomerOf") == {("Pell Telecom", "Tarn Chips")}
    part = "Osk Foundry supplies the dies for Kettle Systems' K9 accelerator."
    assert pairs(claims_of(extractor, part), "CustomerOf") == {("Kettle Systems", "Osk Foundry")}


def test_extract_what_is_provided_or_leased_at_a_site_names_no_customer(extractor: Extractor) -> None:
    """Providing gives the object away, and leasing may be buying: neither makes the site's owner a customer (the
    tenant leasing at the campus is the owner's customer)."""
    provided = "Vellmar Cloud runs two campuses in Norway. Osk Foundry will provide the cluster from July."
    assert pairs(claims_of(extractor, provided), "CustomerOf") == set()
    leased = "Vellmar Cloud runs two campuses. Osk Cloud, which has leased 40 MW at the campus since May, pays rent."
    assert pairs(claims_of(extractor, leased), "CustomerOf") == {("Osk Cloud", "Vellmar Cloud")}
    elsewhere = "Vellmar Cloud runs two campuses in Norway. Tarn Chips also sells its accelerators in the region."
    assert pairs(claims_of(extractor, elsewhere), "CustomerOf") == set()
    another = (
        "Vellmar Cloud runs two campuses in Norway. Its rival Brekke Cloud runs a campus in Bergen, and Fjordline "
        "Power supplies the Bergen site."
    )
    assert ("Vellmar Cloud", "Fjordline Power") not in pairs(claims_of(extractor, another), "CustomerOf")
    of = "Vellmar Cloud runs two campuses. Tarn Chips sells accelerators for the Bergen campus of Brekke Cloud."
    assert pairs(claims_of(extractor, of), "CustomerOf") == {("Brekke Cloud", "Tarn Chips")}


def test_extract_it_supplied_with_something_is_the_company_under_discussion(extractor: Extractor) -> None:
    text = (
        "Vellmar Cloud plans a campus near Bergen. "
        "Tarn Chips has agreed to supply it with 300 megawatts of capacity from 2027."
    )
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Vellmar Cloud", "Tarn Chips")}
    named = "Vellmar Cloud plans a campus near Bergen. Brekke Cloud has asked Tarn Chips to supply it with 20,000 GPUs."
    assert ("Brekke Cloud", "Tarn Chips") in pairs(claims_of(extractor, named), "CustomerOf")
    assert ("Vellmar Cloud", "Tarn Chips") not in pairs(claims_of(extractor, named), "CustomerOf")


def test_extract_a_unit_noun_describing_the_name_before_it_owns_not_the_name_after(extractor: Extractor) -> None:
    """ "Marlow Cloud (MC), Osk Group's cloud unit, Tarn Compute, …": the unit is Marlow Cloud; Tarn Compute and the
    names after it are the list's next members, no units of Osk Group."""
    text = (
        "Marlow Cloud (MC), Osk Group's cloud unit, Tarn Compute, Vey Systems and Pell Labs all run large campuses "
        "in Norway."
    )
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {("Marlow Cloud", "Osk Group")}
    # a name in a fronted phrase is no company the unit phrase after it describes
    fronted = "After Pell Labs, Osk Group's cloud unit, Marlow Cloud, is the largest buyer."
    assert pairs(claims_of(extractor, fronted), "SubsidiaryOf") == {("Marlow Cloud", "Osk Group")}


def test_extract_a_foundry_making_a_product_the_gazetteer_brands_is_its_makers_supplier(extractor: Extractor) -> None:
    """ "Blackwell is made by TSMC": the gazetteer writes "Nvidia Blackwell", so the foundry makes it for Nvidia —
    a supplier, no developer; a unit the sentence names of the brand's company may still develop it."""
    made = "Blackwell is now made by TSMC at its Arizona plant."
    claims = claims_of(extractor, made)
    assert ("Nvidia", "TSMC") in pairs(claims, "CustomerOf")
    assert ("TSMC", "Blackwell") not in pairs(claims, "Develops")
    unit = "HiSilicon, Huawei's chip design unit, develops the Ascend line."
    assert ("HiSilicon", "Ascend") in pairs(claims_of(extractor, unit), "Develops")


def test_extract_a_name_the_ner_ran_across_a_titles_colon_ends_at_the_colon(extractor: Extractor) -> None:
    text = "Marlow Data Centres: Offering Summary\n\nMarlow Data Centres owns one campus in Chile."
    labels = {m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert "Marlow Data Centres" in labels
    assert not [label for label in labels if ":" in label]


def test_extract_a_cloud_signing_a_lease_with_a_landlord_rents_from_it_not_from_the_town(extractor: Extractor) -> None:
    # a cloud that signs a deal "with" a firm sells to it; one that signs a lease with a firm rents from it
    for tenant in ("Lambda", "Pell Cloud"):
        text = f"{tenant} signed a lease for 30 MW with Tarn Data Centers in Pellston in May."
        assert pairs(claims_of(extractor, text), "CustomerOf") == {(tenant, "Tarn Data Centers")}


def test_extract_a_chip_the_article_says_one_firm_designs_and_another_makes_is_bought_from_the_maker(
    extractor: Extractor,
) -> None:
    # the versioned name reads as a model's until the noun after it says it is an accelerator
    text = "Corvell Microsystems designs the Arlo-3 inference accelerator.\n\nArlo-3 is made by TSMC on its N3P node."
    claims = claims_of(extractor, text)
    assert pairs(claims, "CustomerOf") == {("Corvell Microsystems", "TSMC")}
    assert pairs(claims, "Develops") == {("Corvell Microsystems", "Arlo-3")}
    # a model the article calls a model stays one, whatever noun a later mention qualifies
    text = "Osk Labs released the Tarn-3 language model in May. Osk Labs said Tarn-3 GPU costs fell after the launch."
    labels = {m.entity.label: m.entity.type for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert labels["Tarn-3"] == "Model"


def test_extract_the_agent_of_a_passive_verb_is_not_the_subject_of_the_verb_joined_to_it(
    extractor: Extractor,
) -> None:
    text = (
        "Corvell Microsystems designs the Arlo-3 chip.\n\n"
        "The Arlo-3 chip is made by TSMC on its N3P process and uses HBM3E memory supplied by SK hynix."
    )
    claims = claims_of(extractor, text)
    assert ("Corvell Microsystems", "TSMC") in pairs(claims, "CustomerOf")
    assert not {("TSMC", "SK Hynix"), ("TSMC", "SK hynix")} & pairs(claims, "CustomerOf")
    assert ("TSMC", "HBM3E") not in pairs(claims, "Develops")


def test_extract_a_customer_said_to_be_a_part_of_a_companys_revenue_pays_it(extractor: Extractor) -> None:
    text = "Pell Cloud sells GPU capacity.\n\nVessa Labs was about two-thirds of its third-quarter revenue."
    claims = claims_of(extractor, text)
    revenue = [(c.subject.label, c.object.label if c.object else None, c.value) for c in claims if c.type == "Revenue"]
    assert revenue == [("Pell Cloud", "Vessa Labs", Decimal("66.7"))]
    assert ("Vessa Labs", "Pell Cloud") in pairs(claims, "CustomerOf")


def test_extract_a_company_supplied_as_the_verbs_object_or_sold_to_is_a_customer(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Kestrel Memory no longer supplies Pell Systems.")
    assert [(c.subject.label, c.object.label, c.modality) for c in claims if c.type == "CustomerOf"] == [
        ("Pell Systems", "Kestrel Memory", "negated")
    ]
    text = "Osk Systems said it sold the GPUs in question to Tarn Computing and Vey Servers."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {
        ("Tarn Computing", "Osk Systems"),
        ("Vey Servers", "Osk Systems"),
    }


def test_extract_an_owners_bare_api_priced_is_the_owners_api_which_it_offers(extractor: Extractor) -> None:
    text = "When Tarn Labs cut its API prices by half in September 2025, Osk Cloud matched the cut."
    claims = claims_of(extractor, text)
    assert ("Tarn Labs", "Tarn Labs API") in pairs(claims, "Offers")
    priced = [(c.subject.label, c.object.label if c.object else None) for c in claims if c.type == "PriceChange"]
    assert priced == [("Tarn Labs", "Tarn Labs API")]
    # a model named as what the price is for is what is priced
    claims = claims_of(extractor, "Osk Cloud cut its API prices for Tarn-3 by 40% in May.")
    assert [c.object.label for c in claims if c.type == "PriceChange" and c.object] == ["Tarn-3"]


def test_extract_a_cut_of_sales_owed_to_a_government_is_an_export_arrangements_effect_named_or_not(
    extractor: Extractor,
) -> None:
    text = (
        "The December decision lets Osk Systems sell its K9 to approved buyers in Chile, with 25% of the revenue"
        " going to the government."
    )
    effects = [c for c in claims_of(extractor, text) if c.type == "SanctionEffect"]
    assert [c.object.label for c in effects if c.object] == ["Osk Systems"]
    assert effects[0].subject.type == "Policy"
    # a fee owed under a concession is no export arrangement's effect
    text = "Under its spectrum concession, Pell Telecom pays the national government 5% of revenue each year."
    assert not [c for c in claims_of(extractor, text) if c.type == "SanctionEffect"]


def test_extract_a_lab_serving_its_named_models_on_chips_builds_the_models_on_them(extractor: Extractor) -> None:
    # a cloud serving models on hardware is itself built on it; a lab's own named models are what run there
    claims = claims_of(extractor, "Anthropic serves its Claude models largely on Trainium2 and Google TPUs.")
    built = pairs(claims, "BuiltOn")
    assert ("Claude", "Trainium2") in built
    assert not {pair for pair in built if pair[0] == "Anthropic"}


def test_extract_a_charge_taken_after_sales_stopped_is_no_revenue(extractor: Extractor) -> None:
    text = (
        "Osk Systems built the K9 for buyers in Peru, but a new rule halted its sales there, "
        "and Osk Systems booked a $2.1 billion charge in the quarter to May 2025."
    )
    assert not [c for c in claims_of(extractor, text) if c.type == "Revenue"]
    # a loss word elsewhere in the clause leaves a revenue figure alone
    text = "Tarn Cloud's revenue rose sharply; it came to $3.1 billion in 2025 despite a charge on its Vey site."
    assert [c.value for c in claims_of(extractor, text) if c.type == "Revenue"] == [Decimal("3100000000")]


def test_extract_a_model_whose_price_is_compared_with_is_not_what_was_released(extractor: Extractor) -> None:
    for text in (
        "Osk Labs launched Pell-2 in March, priced at a fifth of Gemini Pro's cost per token.",
        "Osk Labs released Pell-2 in March at half of GPT-4o's input price.",
    ):
        assert pairs(claims_of(extractor, text), "Develops") == {("Osk Labs", "Pell-2")}
    # no comparison, no yardstick: a cloud offering a model's throughput offers the model
    assert ("Pell Cloud", "Vey-3") in pairs(
        claims_of(extractor, "Pell Cloud offers customers a cheaper tier of Vey-3's throughput."), "Offers"
    )


def test_extract_a_price_tables_seller_column_offers_and_a_bracketed_developer_makes(extractor: Extractor) -> None:
    text = (
        "Price watch\n\nList prices per million tokens.\n\n"
        "| Model (developer) | Where sold | Input | Output |\n|---|---|---|---|\n"
        "| Orca-7 (Osk Labs) | Tarn Cloud | 1.25 → 1.00 | 10.00 |\n"
        "| Vell-2 (Vey AI) | Pellam Cloud | 0.30 | 1.20 |\n"
    )
    claims = claims_of(extractor, text)
    assert pairs(claims, "Develops") == {("Osk Labs", "Orca-7"), ("Vey AI", "Vell-2")}
    assert pairs(claims, "Offers") == {("Tarn Cloud", "Orca-7"), ("Pellam Cloud", "Vell-2")}
    buyers = "Sales\n\n| Model | Sold to |\n|---|---|\n| Orca-7 | Vey Bank |\n"
    assert pairs(claims_of(extractor, buyers), "Offers") == set()  # a buyer sells nothing
    regions = "Sales\n\n| Company | Where sold |\n|---|---|\n| Tarn Cloud | EMEA, APAC |\n"
    assert pairs(claims_of(extractor, regions), "Offers") == set()  # a company's markets are no offerings
    # the column may say it in the writer's words; its platform, not the writer's firm, sells the row's model
    ours = (
        "Pell Partners newsletter\n\nModel prices this quarter.\n\n"
        "| Model (developer) | Where we sell it | Price per million tokens |\n|---|---|---|\n"
        "| Orca-7 (Osk Labs) | Amazon Bedrock | $3.00 |\n"
    )
    assert pairs(claims_of(extractor, ours), "Offers") == {("Amazon Bedrock", "Orca-7")}


def test_extract_a_machine_serving_a_model_offers_nothing(extractor: Extractor) -> None:
    text = "In our March tests a Kestrel K9 node served Orca-3 at twice the throughput of a K8 node."
    assert pairs(claims_of(extractor, text), "Offers") == set()


def test_extract_a_data_centre_landlord_signing_a_lease_with_a_firm_has_it_as_tenant(extractor: Extractor) -> None:
    text = "Notes\n\nTarn Data Centres signed a ten-year lease with Osk Cloud for 60 MW."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Osk Cloud", "Tarn Data Centres")}
    text = "Notes\n\nIn January Osk Cloud signed a ten-year lease with Tarn Data Centres for 60 MW."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Osk Cloud", "Tarn Data Centres")}
    text = (
        "Notes\n\nTarn Data Centres, which competes with Vey Cloud, signed a ten-year lease with Osk Cloud for 60 MW."
    )
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Osk Cloud", "Tarn Data Centres")}
    text = "Notes\n\nTarn Data Centres signed a ground lease with Vey Properties for a 40-acre site in Ohio."
    assert pairs(claims_of(extractor, text), "CustomerOf") == {("Tarn Data Centres", "Vey Properties")}  # land


def test_extract_a_time_zone_is_no_party(extractor: Extractor) -> None:
    text = "Tarn Cloud outage report\n\nTimeline (UTC)\n\n09:52 Traffic fails over to a hall we lease from Vey Data."
    assert "UTC" not in {c.subject.label for c in claims_of(extractor, text)}


def test_extract_a_maker_working_to_anothers_order_does_not_develop_what_it_makes(extractor: Extractor) -> None:
    # the writer's own chip, a chip made for someone, a chip made on a fabrication process: the foundry's work,
    # not its design; nor does a maker "offer" what it is only said to make
    texts = (
        "Pellam Silicon designs inference chips. Our Corra-2 accelerator is made by Tavish Foundry in Taiwan.",
        "Tavish Foundry manufactures the Corra-2 for it on its N4 process.",
        "Pellam Silicon designs the Corra-2. The Corra-2 is made by Tavish Foundry on its N3P process.",
        "Tavish Foundry makes the K9 chip for Pell Cloud.",
        'Halvorsen said: "Brisk Systems builds our K9 racks."',
    )
    makers = {"Tavish Foundry", "Brisk Systems"}
    for text in texts:
        claims = claims_of(extractor, text)
        assert not {(s, o) for s, o in pairs(claims, "Develops") if s in makers and o in ("Corra-2", "K9")}, text
        assert not {s for s, _ in pairs(claims, "Offers")} & makers, text
    # a maker making its own product develops it, on its own process or for itself
    for text in (
        "Tavish Foundry makes the Corra-2.",
        "Tavish Foundry makes the Corra-2 on its own 18A process.",
        "Tavish Foundry makes the Corra-2 for itself.",
    ):
        assert ("Tavish Foundry", "Corra-2") in pairs(claims_of(extractor, text), "Develops"), text


def test_extract_a_foundry_named_before_a_relative_clauses_verb_makes_for_the_products_owner(
    extractor: Extractor,
) -> None:
    # "which Tavish manufactures": the parser may hang the clause's subject on its verb as a compound
    for text, maker in (
        ("Pellam Silicon sells its Corra 690 accelerators, which SMIC manufactures in Shanghai.", "SMIC"),
        # a two-word name, the verb tagged as a plural noun
        (
            "Pellam Silicon sells its Corra 690 accelerators, which Tavish Foundry manufactures in Shanghai.",
            "Tavish Foundry",
        ),
    ):
        assert ("Pellam Silicon", maker) in pairs(claims_of(extractor, text), "CustomerOf"), text


def test_extract_a_firm_only_allowed_to_sell_somewhere_is_not_placed_there(extractor: Extractor) -> None:
    for text in (
        "In December Washington said it would allow Kestrel to sell the H200 to approved customers in Peru.",
        "Washington decided in December to let Kestrel sell the H200 to approved customers in Peru.",
    ):
        assert not pairs(claims_of(extractor, text), "OperatesIn"), text
    # a hall "fully let" lets no one do anything: the firm running sites there is there
    text = "Pell Cloud runs data centres in Peru and Chile, and its Lima campus is fully let."
    assert {("Pell Cloud", "Peru"), ("Pell Cloud", "Chile")} <= pairs(claims_of(extractor, text), "OperatesIn")


def test_extract_a_site_the_ner_took_for_a_firm_operates_nowhere(extractor: Extractor) -> None:
    text = (
        "Oracle is building the Stargate campus in Abilene, Texas, and runs the Tarn AI Campus in Reeves County, Texas."
    )
    subjects = {s for s, _ in pairs(claims_of(extractor, text), "OperatesIn")}
    assert "Tarn AI Campus" not in subjects and "Stargate" not in subjects


def test_extract_a_reseller_distributor_or_integrator_buys_from_whose_channel_it_is(extractor: Extractor) -> None:
    text = (
        "Pell Partners is an authorised reseller of Microsoft Azure and Google Cloud. "
        "Halden Systems is an Nvidia-authorised systems integrator with a plant in Penang."
    )
    bought = pairs(claims_of(extractor, text), "CustomerOf")
    assert {
        ("Pell Partners", "Microsoft Azure"),
        ("Pell Partners", "Google Cloud"),
        ("Halden Systems", "Nvidia"),
    } <= bought
    # a notice's own line says it of the firm the notice is from
    notice = (
        "Brisk Components Pte. Ltd.: allocation notice\n\nBRISK COMPONENTS PTE. LTD.\n"
        "Authorised distributor of Nvidia and AMD data-centre products\n\nAllocations are monthly.\n"
    )
    assert {("Brisk Components Pte. Ltd.", "Nvidia"), ("Brisk Components Pte. Ltd.", "AMD")} <= pairs(
        claims_of(extractor, notice), "CustomerOf"
    )
    # the firm owning or naming the channel before it
    for text, supplier in (
        ("Pell Partners is AMD's largest distributor in Asia.", "AMD"),
        ("Pell Partners, an Nvidia distributor, grew fast.", "Nvidia"),
    ):
        assert ("Pell Partners", supplier) in pairs(claims_of(extractor, text), "CustomerOf"), text
    assert not pairs(claims_of(extractor, "Pell Partners is the region's largest distributor."), "CustomerOf")
    # only the names of what it resells, not those of the clauses describing it; a heading is no letterhead
    for text in (
        "Pell Partners is the integrator of the two networks that Nvidia and AMD built.",
        "Pell Partners is a reseller of servers made by Dell.",
        "Pell Partners is an authorised distributor of chips made by AMD's rival Nvidia.",
        "Tarn Cloud results\n\nDistributors of Nvidia chips\n\nTarn Cloud grew in 2025.\n",
    ):
        assert not pairs(claims_of(extractor, text), "CustomerOf"), text


def test_extract_a_mail_sent_by_a_firm_speaks_for_it_and_a_makers_name_buys_nothing(extractor: Extractor) -> None:
    # a sender whose name ends as only a firm's does is the firm; the maker's name on the servers a relative clause
    # with its own subject describes is no party to the buying
    text = (
        "Zone news\n\nFrom: Pell Cloud Partners <desk@example.com>\n\n"
        "The zone runs Nvidia H200 servers we have bought from Dell Technologies. We rent capacity from Lambda.\n"
    )
    sellers = {o for s, o in pairs(claims_of(extractor, text), "CustomerOf") if s == "Pell Cloud Partners"}
    buyers = {s for s, _ in pairs(claims_of(extractor, text), "CustomerOf")}
    assert "Lambda" in sellers and any(o.startswith("Dell") for o in sellers)  # the gazetteer calls it "Dell"
    assert buyers == {"Pell Cloud Partners"}
    # a person's two-word name is no firm whatever its last word; nor is a passive relative clause's maker a buyer
    person = "Zone news\n\nFrom: Ruth Steel <ruth@example.com>\n\nWe have bought servers from Dell Technologies.\n"
    assert not {s for s, _ in pairs(claims_of(extractor, person), "CustomerOf")} & {"Ruth Steel"}
    passive = "Pell Partners runs Nvidia servers which were bought from Dell Technologies."
    assert not {s for s, _ in pairs(claims_of(extractor, passive), "CustomerOf")} & {"Nvidia"}


def test_extract_a_cloud_written_as_its_owners_name_before_its_brand_is_developed_by_it(extractor: Extractor) -> None:
    # the gazetteer knows Microsoft Azure as "Azure" too: a brand; "Google Cloud" is a company's name for its cloud
    text = "Pell Partners resells Microsoft Azure, Google Cloud and Huawei Cloud."
    assert pairs(claims_of(extractor, text), "Develops") == {("Microsoft", "Microsoft Azure")}


def test_extract_a_group_and_its_own_cloud_trade_with_no_one(extractor: Extractor) -> None:
    # the gazetteer records Microsoft Azure as Microsoft's: one business, which buys nothing from itself
    text = "Microsoft signed a 15-year lease for 60 MW to expand Microsoft Azure's Jakarta region."
    assert not pairs(claims_of(extractor, text), "CustomerOf")
    # a firm the article says was spun out of another may still sell to it
    text = "Brelland Cloud was spun out of Vostra Shipping in 2023. Vostra Shipping is still a Brelland Cloud customer."
    assert ("Vostra Shipping", "Brelland Cloud") in pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_a_group_called_its_own_units_customer_is_one(extractor: Extractor) -> None:
    text = "ByteDance is Volcano Engine's biggest customer."
    assert ("ByteDance", "Volcano Engine") in pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_each_dated_item_of_a_gapped_list_is_an_object(extractor: Extractor) -> None:
    text = "Orvane Labs released Orvik-2 in March, Orvik-3 in June and Orvik-4 in October."
    assert {o for s, o in pairs(claims_of(extractor, text), "Develops")} == {"Orvik-2", "Orvik-3", "Orvik-4"}
    # a new clause after the date is no item of the list
    text = "Osk Labs bought chips from Vey Systems in March, and Tarnwell Cloud sold servers to Brisk Bank."
    assert ("Osk Labs", "Tarnwell Cloud") not in pairs(claims_of(extractor, text), "CustomerOf")
    # a gapped subject with its own complement is no object of the first clause
    text = "Osk Labs was acquired by Vey Systems in 2023, Brisk Labs by Tarnwell Cloud in 2024."
    assert ("Osk Labs", "Brisk Labs") not in pairs(claims_of(extractor, text), "SubsidiaryOf")


def test_extract_the_owner_of_a_product_supplied_for_buys_the_supply(extractor: Extractor) -> None:
    # "supplying HBM4 for Vey's platform": the platform's owner receives what is supplied, though no "to" names it
    for text in (
        "SK hynix started supplying HBM4 in March for Nvidia's Vera Rubin platform.",
        "SK hynix supplies HBM4 in large volumes for Nvidia's Vera Rubin platform.",
    ):
        assert ("Nvidia", "SK Hynix") in pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_a_for_phrase_of_a_comparison_names_no_buyer(extractor: Extractor) -> None:
    # "as an alternative for Nvidia's B200": a rival's product compared with, not one supplied for
    text = "AMD sells the MI355X as an alternative for Nvidia's B200."
    assert not pairs(claims_of(extractor, text), "CustomerOf")


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "Foxconn assembles GB300 racks in Kaohsiung, in Guadalajara and in Houston, Texas.",
            {"Taiwan", "Mexico", "US"},
        ),
        ("Tarn Foundry manufactures the chips in Hsinchu, Taiwan.", {"Taiwan"}),
    ],
)
def test_extract_where_a_firm_makes_things_it_operates(extractor: Extractor, text: str, countries: set[str]) -> None:
    found = pairs(claims_of(extractor, text), "OperatesIn")
    assert {country for _, country in found} == countries


def test_extract_things_made_for_a_firm_elsewhere_place_the_maker_not_the_firm(extractor: Extractor) -> None:
    text = "Lumenark Systems said its racks are assembled by Wiwynn in Taiwan."
    assert pairs(claims_of(extractor, text), "OperatesIn") == {("Wiwynn", "Taiwan")}


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("Foxconn hosted a conference for investors in Paris last week.", set()),  # an event, no operation
        ("Osk Cloud's racks are assembled in Peru.", set()),  # made for Osk, by whoever works there
        ("Osk Cloud's data center was built in Japan by Tarn Construction.", {("Osk Cloud", "Japan")}),
    ],
)
def test_extract_only_the_maker_is_placed_where_things_are_made(
    extractor: Extractor, text: str, placed: set[tuple[str, str]]
) -> None:
    assert {
        pair for pair in pairs(claims_of(extractor, text), "OperatesIn") if pair[0] != "Tarn Construction"
    } == placed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kestrel Pay runs its customer-service agent on Vela-2.",
            ("Kestrel Pay customer-service agent", "Vela-2"),
        ),
        ("Brisco Labs serves its models on Nvidia H100 capacity.", ("Brisco Labs models", "H100")),
    ],
)
def test_extract_a_companys_unnamed_thing_run_on_a_base_is_built_on_it(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    """ "runs its customer-service agent on Vela-2": the company's thing, named by its owner and its words, is built
    on the base; not the company itself."""
    assert expected in pairs(claims_of(extractor, text), "BuiltOn")


def test_extract_a_cloud_running_hardware_as_its_object_is_built_on_it(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Kestrel AI Cloud, which runs Nvidia GB200 systems at its campus, rents GPUs.")
    assert ("Kestrel AI Cloud", "GB200") in pairs(claims, "BuiltOn")
    # software a cloud runs for its customers is no hardware it is built on
    assert not pairs(claims_of(extractor, "Kestrel AI Cloud runs Tarn Studio for its customers."), "BuiltOn")


def test_extract_a_multiple_of_anothers_performance_is_cost_performance(extractor: Extractor) -> None:
    """ "twice the performance per watt of Trillium": a multiple compared on performance, not growth or capacity."""
    text = "Google says Ironwood delivers about twice the performance per watt of its sixth-generation Trillium TPU."
    claims = [c for c in claims_of(extractor, text) if c.type == "CostPerformance"]
    assert [(c.subject.label, c.object.label if c.object else None, c.value) for c in claims] == [
        ("Ironwood", "Trillium", 2)
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("After 1 March, Parlance Pro will cost about 35% more than ChatGPT Plus.", 135),
        ("After 1 March, Parlance Pro will cost about 20% less per seat than ChatGPT Plus.", 80),
    ],
)
def test_extract_costing_more_or_less_than_another_is_cost_performance(
    extractor: Extractor, text: str, value: int
) -> None:
    """ "will cost about 35% more than ChatGPT Plus": a verb of costing before the figure and a bare "more" or
    "less … than" after it say what one costs as a part of the other."""
    claims = [c for c in claims_of(extractor, text) if c.type == "CostPerformance"]
    assert [(c.object.label if c.object else None, c.value) for c in claims] == [("ChatGPT Plus", value)]


def test_extract_more_than_another_without_a_verb_of_costing_is_no_cost_performance(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Parlance Pro's revenue grew 35% more than ChatGPT Plus's revenue.")
    assert not [c for c in claims if c.type == "CostPerformance"]


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Pay does not run its customer-service agent on Vela-2.",  # denied
        "Brisco Labs runs its operations on Vela-2.",  # work it does, not a product
        "Miro Health runs its first three pilots on Vela-2.",
    ],
)
def test_extract_no_unnamed_thing_built_on_a_base_when_denied_or_no_product(extractor: Extractor, text: str) -> None:
    assert not [
        s for s, _ in pairs(claims_of(extractor, text), "BuiltOn") if s.endswith(("agent", "operations", "pilots"))
    ]


def test_extract_no_hardware_run_from_a_clause_after_the_hardware(extractor: Extractor) -> None:
    claims = claims_of(extractor, "Kestrel AI Cloud runs the servers that power OpenAI's ChatGPT.")
    assert ("Kestrel AI Cloud", "ChatGPT") not in pairs(claims, "BuiltOn")


@pytest.mark.parametrize(
    "text",
    [
        "The Vela-3 upgrade will cost about 20% more than last year.",  # another time, not another thing
        "Prices for Vela-2 rose 10% more than GPT-4o.",  # a rise compared, no cost
        "The Vela-2 costs 20% more than a year ago.",
    ],
)
def test_extract_costing_more_than_another_time_or_a_rise_is_no_cost_performance(
    extractor: Extractor, text: str
) -> None:
    assert not [c for c in claims_of(extractor, text) if c.type == "CostPerformance"]


@pytest.mark.parametrize(
    ("text", "expected", "reversed_pair"),
    [
        (
            "Nordvig Labs moved its workloads from AWS, which it no longer uses.",
            ("Nordvig Labs", "AWS"),
            ("AWS", "Nordvig Labs"),
        ),
        (
            "Nordvig Labs buys chips from Osk Systems, which it has used since 2021.",
            ("Nordvig Labs", "Osk Systems"),
            ("Osk Systems", "Nordvig Labs"),
        ),
    ],
)
def test_extract_a_relative_clauses_subject_is_the_customer(
    extractor: Extractor, text: str, expected: tuple[str, str], reversed_pair: tuple[str, str]
) -> None:
    """ "AWS, which it no longer uses": the clause's subject uses AWS; AWS uses no one."""
    found = pairs(claims_of(extractor, text), "CustomerOf")
    assert expected in found and reversed_pair not in found


@pytest.mark.parametrize(
    "text",
    [
        "Its Helix models will run on Arvenna Cloud's GB200 NVL72 capacity at Luleå.",
        "Arvenna Cloud says its GB200 NVL72 racks deliver three times the tokens per megawatt of its H200 halls.",
    ],
)
def test_extract_a_system_of_a_known_chip_is_its_makers_not_the_holders(extractor: Extractor, text: str) -> None:
    """ "GB200 NVL72" opens on Nvidia's GB200: a cloud's possessive on it names what it holds, not what it makes;
    and hardware offers no model that runs on it."""
    claims = claims_of(extractor, text)
    assert ("Arvenna Cloud", "GB200 NVL72") not in pairs(claims, "Develops")
    assert not {s for s, _ in pairs(claims, "Offers")} & {"GB200 NVL72"}


def test_extract_a_makers_possessive_on_a_system_of_its_chip_is_its_making(extractor: Extractor) -> None:
    assert ("Nvidia", "GB200 NVL72") in pairs(
        claims_of(extractor, "Nvidia's GB200 NVL72 racks ship in May."), "Develops"
    )


def test_extract_a_multiple_of_anothers_output_per_megawatt_is_cost_performance(extractor: Extractor) -> None:
    """ "50 times the output per megawatt of": a rate compared, as performance; "five times the output of" would
    be how much it can do."""
    text = "On Nvidia's figures, an Nvidia GB300 NVL72 rack delivers about 50 times the output per megawatt of Hopper."
    claims = claims_of(extractor, text)
    assert {(c.subject.label, c.value) for c in claims if c.type == "CostPerformance"} == {("GB300 NVL72", 50)}
    assert not [c for c in claims if c.type == "Capacity"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "IMDA allocated 80 MW to four operators: Equinix, Digital Realty, Microsoft and Nxera, Singtel's "
            "data-centre arm.",
            "Nxera",
        ),
        (
            "Quanta builds racks for Microsoft and Google, and Wiwynn, Wistron's cloud-server subsidiary, builds "
            "racks for Meta.",
            "Wiwynn",
        ),
    ],
)
def test_extract_an_apposition_of_one_unit_after_a_list_is_the_last_names(
    extractor: Extractor, text: str, unit: str
) -> None:
    """A singular unit noun in apposition after a list describes the name right before it, not the whole list the
    parser hangs it on."""
    assert {child for child, _ in pairs(claims_of(extractor, text), "SubsidiaryOf")} == {unit}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Amazon Bedrock capacity now serves Claude Opus 4 to enterprise customers.",
            ("Offers", ("Amazon Bedrock", "Claude Opus 4")),
        ),
        (
            "Customers include Verily, Waymo and Calico, each an Alphabet subsidiary.",
            ("SubsidiaryOf", ("Waymo", "Alphabet")),
        ),
        ("Nvidia's Llama Nemotron Super model tops the leaderboard.", ("Develops", ("Nvidia", "Llama Nemotron Super"))),
    ],
)
def test_extract_platforms_distributed_units_and_named_after_models_keep_their_readings(
    extractor: Extractor, text: str, expected: tuple[str, tuple[str, str]]
) -> None:
    """A platform's capacity is no hardware; "each an Alphabet subsidiary" describes every name listed; a model
    named after another's ("Llama Nemotron Super") is its possessor's making, no version of Llama."""
    kind, pair = expected
    assert pair in pairs(claims_of(extractor, text), kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amazon Web Services opened its Hyderabad cloud region in November 2022.", ("AWS", "India")),
    ],
)
def test_extract_a_region_an_owner_opens_places_the_owner(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    """A known city naming a cloud region ("its Hyderabad cloud region") is a place, whatever the NER took it for."""
    assert expected in pairs(claims_of(extractor, text), "OperatesIn")


def test_extract_a_firm_naming_a_plant_stays_a_firm(extractor: Extractor) -> None:
    text = "KDDI opened its Osaka Sakai data centre in January 2026 inside a former Sharp LCD panel plant."
    assert not {place for _, place in pairs(claims_of(extractor, text), "OperatesIn")} & {"Sharp"}


def test_extract_names_among_our_customers_are_the_speaking_firms_customers(extractor: Extractor) -> None:
    text = (
        "Pell Systems annual report 2025\n\nPell Systems designs chips. Quenby Labs and Orrin Compute are among our "
        "largest customers."
    )
    assert {("Quenby Labs", "Pell Systems"), ("Orrin Compute", "Pell Systems")} <= pairs(
        claims_of(extractor, text), "CustomerOf"
    )
