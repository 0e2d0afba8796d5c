"""Names the small NER misses or mistypes, read from their own shape or the words around them, on sentences written
for these tests: a lower-case model name with its parameter count, a lab whose name ends "AI Research", a product
code the NER took for a person's name, and a chip a model runs on, which sells nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimgraph.extract import Extractor
from claimgraph.extract.consistency import one_entity_per_name
from claimgraph.extract.discover import find_mentions
from extracted import claims_of, guessed_mention, pairs


def test_extract_a_lower_case_name_with_a_parameter_count_is_a_model(extractor: Extractor) -> None:
    text = "Pell Cloud added tarn-oss-90b, Tarn's open-weight model, to its catalogue in May."
    claims = claims_of(extractor, text)
    assert ("Pell Cloud", "tarn-oss-90b") in pairs(claims, "Offers")
    assert ("Tarn", "tarn-oss-90b") in pairs(claims, "Develops")
    # the description names the model it stands beside, not a group of all Tarn's models
    assert {obj for _, obj in pairs(claims, "Offers")} == {"tarn-oss-90b"}


def test_extract_a_name_ending_in_ai_research_is_a_lab_that_can_be_a_unit(extractor: Extractor) -> None:
    text = "Vey AI Research, the Vey Group's research arm, released its Vey-K2 model in March."
    claims = claims_of(extractor, text)
    assert ("Vey AI Research", "Vey Group") in pairs(claims, "SubsidiaryOf")


def test_extract_a_name_with_a_number_is_no_persons_name(extractor: Extractor) -> None:
    text = "Two teams were picked: Pell AI Research with its K-ORCA model and Tarn Telecom with its T.X K2."
    assert ("Tarn Telecom", "T.X K2") in pairs(claims_of(extractor, text), "Develops")


def test_extract_the_chips_a_model_runs_on_do_not_offer_it(extractor: Extractor) -> None:
    text = "Osk runs its Brill models on Ascend 910C chips."
    claims = claims_of(extractor, text)
    assert not any(c.type == "Offers" and c.subject.label.startswith("Ascend") for c in claims)


def test_extract_a_name_before_a_place_names_a_thing_of_its_own(extractor: Extractor) -> None:
    text = "Brightgate UAE's first 200 MW came online in January."
    claims = claims_of(extractor, text)
    assert not any(c.subject.label == "UAE" for c in claims)
    assert any(c.type == "Capacity" and c.subject.label == "Brightgate UAE" for c in claims)


def test_extract_a_capitalised_word_the_text_writes_in_the_plural_is_no_name(extractor: Extractor) -> None:
    text = (
        "Buyer's guide: the best model APIs for coding, spring 2026\n\n"
        "Tollmere Research expects spending on coding APIs to grow 38% a year, which matters to EU buyers."
    )
    labels = {m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert "Buyer" not in labels and "Tollmere Research" in labels


def test_extract_a_power_unit_and_a_deal_abbreviation_are_no_names(extractor: Extractor) -> None:
    text = "- Build option: own 12 MW Tampere hall, K9 racks via Vey Systems (LOI signed 12-Feb-26), capex ~$640M"
    labels = {m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert "LOI" not in labels and not any(label.startswith("MW") for label in labels)


def test_extract_a_part_number_on_its_own_is_a_product_and_a_fiscal_year_is_none(extractor: Extractor) -> None:
    text = (
        "In FY2025 and CY26 our site in Tarnby, Norway, runs TK355X, and we buy those from Osk with VX300 NVL36 racks."
    )
    labels = {m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert "TK355X" in labels
    assert not {"FY2025", "CY26", "NVL36"} & labels  # periods, and a code that is part of a longer name


def test_extract_a_name_with_an_iberian_legal_form_is_one_company_its_short_name_stands_for(
    extractor: Extractor,
) -> None:
    text = (
        'Pell Digital, Inc. ("Pell") will acquire 75% of Tarnaza Compute, S.L. ("Tarnaza") from Grupo Vey, S.A. '
        "Tarnaza's sales grew 40% to $91 million in 2026; its Lisbon unit Tarnaza Portugal, Lda runs two halls."
    )
    labels = {m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert {"Tarnaza Compute, S.L.", "Tarnaza Portugal, Lda"} <= labels and "S.L." not in labels
    revenue = [c for c in claims_of(extractor, text) if c.type == "Revenue" and c.unit == "USD"]
    assert [c.subject.label for c in revenue] == ["Tarnaza Compute, S.L."]


def test_extract_names_the_new_readers_must_not_make(extractor: Extractor) -> None:
    text = (
        'Pell Digital, Inc. ("Pell" or the "Company") sold the Class C Preferred Notes ("Class C Notes"). '
        "Its group CEO Lars Holm left in March, our new platform, Vessa, said. The G20 met; power costs 12 kWh."
    )
    labels = {m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert not {"Class C Notes", "CEO Lars Holm", "March", "G20", "kWh"} & labels
    assert "Pell Digital, Inc." in labels


def test_extract_a_name_before_boards_is_a_product(extractor: Extractor) -> None:
    text = "Vessa Compute runs Kestrel boards it bought from Osk Systems."
    found = {(m.entity.label, m.entity.type) for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert ("Kestrel", "Product") in found


def test_extract_a_place_before_a_site_noun_says_where_the_site_is(extractor: Extractor) -> None:
    text = "Vessa's Corra API runs on Tarnby Cloud's Oregon cluster, and its Saxony campus opens in May."
    claims = claims_of(extractor, text)
    assert not {o for _, o in pairs(claims, "Develops")} & {"Oregon", "Saxony"}
    assert ("Tarnby Cloud", "US") in pairs(claims, "OperatesIn")


def test_extract_a_month_after_a_company_and_a_registered_name_are_no_products(extractor: Extractor) -> None:
    text = (
        'It is a deal by which Oracle Group N.V. ("Oracle", the Netherlands) would buy Vessa Compute AS. '
        "@kbrandt: Baidu Sept-qtr: cloud revenue +12% y/y."
    )
    found = {(m.entity.label, m.entity.type) for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert ("Oracle Group N.V.", "Company") in found
    assert not {label for label, kind in found if kind == "Product"} & {"Oracle Group N.V.", "Baidu Sept"}


def test_extract_a_code_the_ner_guesses_at_differently_is_a_product(extractor: Extractor) -> None:
    text = "Vessa's K7 ships in May. Osk buys the K7 too. Racks of K7 reach Oman."
    doc = extractor.nlp(text)
    guesses = ("Person", "Organization", "Region")  # what the NER made of each "K7", as a live blog's parse did
    starts = [i for i in range(len(text)) if text.startswith("K7", i)]
    mentions = [guessed_mention(extractor, doc, "K7", kind, at) for at, kind in zip(starts, guesses, strict=True)]
    assert {m.entity.type for m in one_entity_per_name(mentions, doc, text, extractor.index)} == {"Product"}


def test_extract_a_nationality_before_a_product_noun_names_no_product(extractor: Extractor) -> None:
    text = "Vessnett, the Danish transmission system operator, raised its tariff. Osk runs the Danish grid."
    found = {(m.entity.label, m.entity.type) for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert ("Danish", "Product") not in found


def test_extract_a_name_before_a_compiler_switch_or_router_is_a_product(extractor: Extractor) -> None:
    text = "Osk Labs said its Pell compiler and its Vey router ship in May."
    found = {(m.entity.label, m.entity.type) for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert {("Pell", "Product"), ("Vey", "Product")} <= found


_FILING = (
    "Notice of a share purchase\n\n"
    "The Buyer has agreed to acquire the Sale Shares from the Seller. Upon Completion the Business will become a "
    "subsidiary of the Parent. The Business runs 30 MW in Perth.\n\n"
    "DEFINITIONS\n\n"
    '"Buyer" Ostrel Holdings Limited, a company incorporated in Jersey\n'
    '"Business" Varrow Data Centres Pty Ltd, a company incorporated in Australia\n'
    '"Completion" completion of the sale in accordance with the agreement\n'
    '"Parent" the Buyer and its subsidiaries\n'
    '"Seller" Kelling Infrastructure Fund III L.P., a fund managed by Kelling Capital\n'
)


def test_extract_a_term_defined_on_its_labelled_line_is_the_party_the_label_introduces(extractor: Extractor) -> None:
    # the term closes the description of the party the label names, whose parent is named last
    text = (
        "Term sheet\n\nProvider: Tarnby Compute Oy, Kokkola, Finland, a wholly owned subsidiary of Velkor Energia Oyj "
        '("Provider").\nCustomer: Osk Labs GmbH, Freiburg, Germany ("Customer").\n\nProvider operates 36 MW of GPU '
        "capacity at its Kokkola campus."
    )
    sized = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "Capacity"}
    assert sized == {("Tarnby Compute Oy", Decimal("0.036"))}


def test_extract_a_definitions_list_makes_each_term_the_party_it_defines(extractor: Extractor) -> None:
    by_text = {_FILING[m.start : m.end]: m.entity.label
               for m in find_mentions(extractor.nlp(_FILING), extractor.index, _FILING)}  # fmt: skip
    assert by_text["Business"] == "Varrow Data Centres Pty Ltd"
    assert by_text["Seller"] == "Kelling Infrastructure Fund III L.P."
    assert by_text["Parent"] == by_text["Buyer"] == "Ostrel Holdings Limited"  # a term defined by another term


def test_extract_a_filings_capitalised_terms_of_plain_words_are_no_names(extractor: Extractor) -> None:
    labels = {m.entity.label for m in find_mentions(extractor.nlp(_FILING), extractor.index, _FILING)}
    assert not labels & {"Completion", "Sale Shares"}
    subjects = {(c.type, c.subject.label) for c in claims_of(extractor, _FILING)}
    assert ("Capacity", "Varrow Data Centres Pty Ltd") in subjects


def test_extract_a_list_entrys_bold_lead_is_the_company_its_clauses_are_about(extractor: Extractor) -> None:
    text = (
        "Who builds what\n\n"
        "- **Quillane** — legal agents; sold only to insurers in Japan. Revenue passed $40 million in May 2025.\n"
        "- **Marrowby Health** (P) — triage agents; sells to hospitals across Canada.\n"
    )
    claims = claims_of(extractor, text)
    assert ("Quillane", "Japan") in pairs(claims, "OperatesIn")
    assert ("Marrowby Health", "Canada") in pairs(claims, "OperatesIn")
    assert any(c.type == "Revenue" and c.subject.label == "Quillane" for c in claims)


def test_extract_a_header_role_makes_the_role_noun_that_party(extractor: Extractor) -> None:
    text = (
        "Planning report: Land at Orrel Farm\n\n"
        "Applicant: Varnby Data Centres Ltd. Agent: Hollis Pike Planning LLP.\n"
        "The applicant is a wholly owned subsidiary of Tessaly Infrastructure Inc.\n"
    )
    assert pairs(claims_of(extractor, text), "SubsidiaryOf") == {
        ("Varnby Data Centres Ltd.", "Tessaly Infrastructure Inc.")
    }


def test_extract_a_speakers_label_gives_no_role(extractor: Extractor) -> None:
    text = "Call transcript\n\nAnalyst: Tarnby Cloud's margin grew. The analyst said Vessa Labs is a unit of Osk AI.\n"
    labels = {m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)
              if text[m.start : m.end] == "analyst"}  # fmt: skip
    assert labels == set()


def test_extract_a_products_field_names_products_whatever_the_ner_made_of_them(extractor: Extractor) -> None:
    text = (
        "Tarnel AI\n\n"
        "Type: Private\n"
        "Industry: Artificial intelligence\n"
        "Products: Quill language models, Wrenway API platform, Tarnel Chat\n\n"
        "Tarnel AI is an artificial intelligence company.\n"
    )
    made = {o for s, o in pairs(claims_of(extractor, text), "Develops") if s == "Tarnel AI"}
    assert {"Quill", "Wrenway API", "Tarnel Chat"} <= made


def test_extract_a_products_fields_capitalised_kind_word_is_part_of_the_name(extractor: Extractor) -> None:
    text = (
        "Tarnel AI\n\n"
        "Type: Private\n"
        "Industry: Artificial intelligence\n"
        "Products: Wren Assistant, Quill language models\n\n"
        "Tarnel AI is an artificial intelligence company.\n"
    )
    made = {o for s, o in pairs(claims_of(extractor, text), "Develops") if s == "Tarnel AI"}
    assert {"Wren Assistant", "Quill"} <= made and "Wren" not in made


def test_a_name_the_tables_know_as_a_place_after_at_is_a_place(extractor: Extractor) -> None:
    # the NER takes the city for an organisation; standing after "at", a name the places table has is the place
    text = "We have not yet met our goal of zero freshwater use for cooling at Zaragoza, and we do not expect to."
    types = {m.entity.label: m.entity.type for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert types.get("Zaragoza") == "Region"


def test_extract_a_term_for_a_company_with_its_affiliates_is_the_company_however_common_its_word(
    extractor: Extractor,
) -> None:
    # the filing also writes "debtors in possession": the defined "Debtors" are still the company
    text = (
        "Declaration in support of first day motions\n\n"
        '1. I am the officer of Pellam Compute, Inc. ("Pellam" and, with its debtor affiliates, the "Debtors").\n\n'
        "2. The Debtors continue to operate their business as debtors in possession.\n\n"
        "3. The Debtors lease 41 MW of data-centre capacity: 18 MW at Osk Digital's campus in Tarnby.\n"
    )
    capacity = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "Capacity"}
    assert ("Pellam Compute, Inc.", Decimal("0.041")) in capacity


def test_extract_a_term_for_the_company_with_its_subsidiaries_after_its_own_term_is_the_company(
    extractor: Extractor,
) -> None:
    text = (
        "Pellam Digital Holdings Limited - Profit Warning\n\n"
        'This announcement is made by Pellam Digital Holdings Limited (the "Company", together with its '
        'subsidiaries, the "Group") under the listing rules.\n\n'
        "The Group wrote down inventories of approximately RMB640 million in 2025.\n\n"
        "The Group runs 40 MW of data-centre capacity in Guizhou."
    )
    capacity = {(c.subject.label, c.value) for c in claims_of(extractor, text) if c.type == "Capacity"}
    assert capacity == {("Pellam Digital Holdings Limited", Decimal("0.04"))}


def test_extract_a_rate_per_unit_is_no_ones_unit(extractor: Extractor) -> None:
    text = "Ascend-based servers cost Tarnwell roughly 25% more per unit of computing power than H20-based servers."
    assert not pairs(claims_of(extractor, text), "SubsidiaryOf")


def test_extract_arm_capitalised_names_the_chip_designer_but_a_cloud_arm_does_not(extractor: Extractor) -> None:
    text = "Arm, which is owned by Pell Group, reported revenue of $4.0 billion in 2025."
    revenue = [c for c in claims_of(extractor, text) if c.type == "Revenue"]
    assert [c.subject.label for c in revenue] == ["Arm Holdings"]
    text = "The cloud arm of Tarn Group reported revenue of $2.0 billion in 2025."
    assert not any(c.subject.label == "Arm Holdings" for c in claims_of(extractor, text))


def test_extract_an_indian_private_limited_company_is_one_name(extractor: Extractor) -> None:
    text = "- Tarnby Compute Pvt. Ltd., a subsidiary of Vessa Infra Holdings: will take 20 MW of capacity from 2027."
    assert ("Tarnby Compute Pvt. Ltd.", "Vessa Infra Holdings") in pairs(claims_of(extractor, text), "SubsidiaryOf")


def test_extract_a_share_written_after_a_models_name_leaves_its_version_and_variant_whole(
    extractor: Extractor,
) -> None:
    # a token-mix line: "Name NN%" runs, where the share's number is no part of the name before it
    text = "Token mix in March: Meta's Llama 4 Scout 21% | Mistral AI's Magistral Medium 1.2 12% | all others 9%."
    developed = {o for s, o in pairs(claims_of(extractor, text), "Develops")}
    assert {"Llama 4 Scout", "Magistral Medium 1.2"} <= developed
    assert not {"Llama 4", "Magistral", "Magistral Medium"} & developed


def test_extract_a_configuration_code_belongs_to_each_listed_part_number(extractor: Extractor) -> None:
    listed = ("Tenants may bring Nvidia GB200 NVL72 or GB300 NVL72 systems.", "Nvidia makes H200 or GB300 NVL72 racks.")
    for text in listed:
        labels = {m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)}
        assert "GB300 NVL72" in labels
        assert "GB300" not in labels


def test_extract_a_month_opening_the_sentence_is_no_part_of_the_name_after_it(extractor: Extractor) -> None:
    text = "Since May Vessa Labs has rented 20 MW in Tarn Data's Lisbon hall."
    assert ("Vessa Labs", "Tarn Data") in pairs(claims_of(extractor, text), "CustomerOf")
    # but after "that" a month's word may open a name
    text = "Osk Cloud said that May Robotics Labs buys GPUs from it."
    assert "May Robotics Labs" in {m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)}


def test_extract_a_filings_form_after_a_makers_name_is_no_product_of_it(extractor: Extractor) -> None:
    text = "References\n\n1. Nvidia Form 10-Q, November 2025."
    labels = {m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert labels == {"Nvidia"}


def test_extract_a_public_bodys_name_the_ner_missed_keeps_all_its_words_but_the_country(extractor: Extractor) -> None:
    text = "In May the US General Harbour Administration signed a contract with Osk Cloud."
    customers = {
        (c.subject.label, c.object.label) for c in claims_of(extractor, text) if c.type == "CustomerOf" and c.object
    }
    assert customers == {("General Harbour Administration", "Osk Cloud")}
    for text in (
        "In May Harbour Transit Authority signed a contract with Osk Cloud.",
        "In March Harbour Transit Authority signed a contract with Osk Cloud.",
    ):
        customers = {(c.subject.label, c.object.label) for c in claims_of(extractor, text) if c.type == "CustomerOf"}
        assert customers == {("Harbour Transit Authority", "Osk Cloud")}  # a month before it is no word of it


def test_extract_a_name_after_a_personal_title_is_a_person(extractor: Extractor) -> None:
    text = "Ms Varga announced a Tarnwell Cloud region in Lyon, France, opening in June with 40 MW."
    typed = {text[m.start : m.end]: m.entity.type for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert typed["Ms Varga"] == "Person"
    assert [c.subject.label for c in claims_of(extractor, text) if c.type == "Capacity"] == ["Tarnwell Cloud"]


def test_extract_a_name_before_in_and_a_country_after_a_preposition_of_place_is_a_town(extractor: Extractor) -> None:
    text = "Velto Cloud ended February with 31 MW of GPU capacity across Tarnby in Norway and Kajaani in Finland."
    typed = {text[m.start : m.end]: m.entity.type for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert typed.get("Tarnby") == "Region"
    assert not any(c.subject.label == "Tarnby" for c in claims_of(extractor, text) if c.type == "OperatesIn")


def test_extract_a_firm_named_after_a_title_or_invested_in_keeps_its_kind(extractor: Extractor) -> None:
    text = "Dr. Reddy's Laboratories signed a cloud deal with Microsoft Azure. SoftBank invested in Tarnova in Japan."
    typed = {text[m.start : m.end]: m.entity.type for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert typed.get("Dr. Reddy's Laboratories") != "Person"
    assert typed.get("Tarnova") != "Region"


def test_extract_a_clouds_marketplace_is_a_platform_of_its_own(extractor: Extractor) -> None:
    text = "Pellam Chat is available on the Google Cloud Marketplace and on Microsoft's Azure Marketplace."
    typed = {m.entity.label: m.entity.type for m in find_mentions(extractor.nlp(text), extractor.index, text)}
    assert typed.get("Google Cloud Marketplace") == "Product"
    assert typed.get("Microsoft Azure Marketplace") == "Product"
    assert ("Google Cloud Marketplace", "Pellam Chat") in pairs(claims_of(extractor, text), "Offers")


def test_extract_a_headlines_verb_splits_the_names_around_it(extractor: Extractor) -> None:
    cases = {
        "Tarnby Ratings Upgrades Vessa Data Centres to 'BB'; Outlook Stable\n\nBody.": {
            "Tarnby Ratings",
            "Vessa Data Centres",
        },
        "Cobaltline Reports Fourth Quarter and Full Year 2025 Results\n\nBody.": {"Cobaltline"},
        "Orlith AI Launches Sundew-4 Model Family\n\nBody.": {"Orlith AI"},
    }
    for text, names in cases.items():
        labels = {m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)}
        assert names <= labels, text
        assert not any(" Upgrades " in label or " Reports " in label or " Launches" in label for label in labels)
    # a credit rating is no place and no firm
    text = "Tarnby Ratings rates Vessa Data Centres BB, up from B."
    assert "BB" not in {m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)}


def test_extract_a_headline_verb_in_running_text_is_part_of_a_name(extractor: Extractor) -> None:
    # only a title-case headline line cuts a name at such a word; in a sentence the NER's name stands
    for text, name in {
        "Osk Labs' customers include Consumer Reports and a national broadcaster.": "Consumer Reports",
        "Energy Capital Partners will invest $5 billion in data centres.": "Energy Capital Partners",
    }.items():
        assert name in {m.entity.label for m in find_mentions(extractor.nlp(text), extractor.index, text)}, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Microsoft leases fibre from Zayo.", ("Microsoft", "Zayo")),  # the NER's place
        ("Helixor Compute runs two halls that it leases from Yondr.", ("Helixor Compute", "Yondr")),
        ("AWS buys dark fibre between its sites from enet and Zayo.", ("AWS", "Zayo")),  # the NER's person
    ],
)
def test_extract_whom_a_thing_is_leased_or_bought_from_is_a_firm(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(claims_of(extractor, text), "CustomerOf")


@pytest.mark.parametrize(
    "text",
    [
        "Osk Cloud buys its chips from Taiwan.",  # a place the table knows stays a place
        "Osk Cloud buys power from John Smith.",  # a person's two-word name stays a person's
        "Ventra bought the building from Lisbon.",  # a place no table knows: bought from a place, maybe
    ],
)
def test_extract_a_known_place_or_a_persons_name_is_no_seller(extractor: Extractor, text: str) -> None:
    assert not pairs(claims_of(extractor, text), "CustomerOf")


@pytest.mark.parametrize(
    "text",
    [
        "Nordvig Bio ApS, a Copenhagen protein-design company, signed a US$18 million contract through Tietoevry.",
        "Vaanee Labs, a Chennai speech-technology company, signed a contract with Tietoevry.",
    ],
)
def test_extract_a_known_place_qualifying_an_indefinite_noun_is_no_party(extractor: Extractor, text: str) -> None:
    customers = {subject for subject, _ in pairs(claims_of(extractor, text), "CustomerOf")}
    assert customers and not customers & {"Copenhagen", "Chennai"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orrin Robotics, a Ford subsidiary, uses Nvidia chips.", ("SubsidiaryOf", ("Orrin Robotics", "Ford"))),
        ("Brightwave, a Hitachi unit, buys chips from Nvidia.", ("SubsidiaryOf", ("Brightwave", "Hitachi"))),
    ],
)
def test_extract_a_firm_qualifying_a_unit_noun_stays_a_firm(
    extractor: Extractor, text: str, expected: tuple[str, tuple[str, str]]
) -> None:
    """A name that is also a place's, before a noun of a unit ("a Ford subsidiary"), names the parent firm: only a
    noun for a firm ("a Copenhagen company") makes it the place the firm is from."""
    kind, pair = expected
    assert pair in pairs(claims_of(extractor, text), kind)
