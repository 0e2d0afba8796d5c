"""Who says what in texts with several voices and no narrator, on texts written for these tests: a forum thread,
where each post is its poster's (or, once they say whom they work for, that firm's), and a hearing's record, where a
witness's prepared statement and her answers are said for the organisation her statement's heading names."""

from __future__ import annotations

from decimal import Decimal

from claimgraph.extract import Extractor
from claimgraph.extract.consistency import one_entity_per_name
from claimgraph.records import Claim
from extracted import claims_of, guessed_mention, pairs

THREAD = (
    "Pellboard Forums › Hardware › Who really leads Baltic GPU rentals?\n\n"
    "#1 osk_fan · 3 Mar 2026, 08:10\n"
    "Tarn Cloud cut its on-demand rental price by 20% in February.\n\n"
    "#2 brill.ops · 3 Mar 2026, 09:45\n"
    "Vey Analytics puts Tarn Cloud at 31% of the Baltic GPU rental market in 2025.\n\n"
    "#3 marit_k · 3 Mar 2026, 10:02\n"
    "Disclosure: I work for Pell Compute. Our revenue doubled in 2025.\n"
)


def _said(claims: list[Claim], claim_type: str) -> dict[str, tuple[str | None, str]]:
    return {
        c.subject.label: (c.attributed_to.label if c.attributed_to else None, c.modality)
        for c in claims
        if c.type == claim_type
    }


def test_extract_each_post_of_a_thread_is_said_by_its_poster(extractor: Extractor) -> None:
    claims = claims_of(extractor, THREAD)
    assert _said(claims, "PriceChange") == {"Tarn Cloud": ("osk_fan", "reported")}
    # a source the poster relays is the attribution; the forum the page belongs to speaks for nobody
    assert _said(claims, "MarketShare") == {"Tarn Cloud": ("Vey Analytics", "reported")}
    revenue = [c for c in claims if c.type == "Revenue"]
    # a poster who says whom they work for speaks for that firm: "our revenue" is its revenue
    assert [(c.subject.label, c.value, c.attributed_to and c.attributed_to.label) for c in revenue] == [
        ("Pell Compute", Decimal(2), "Pell Compute")
    ]
    assert not any("Pellboard" in (c.attributed_to.label if c.attributed_to else "") for c in claims)


HEARING = (
    "Hearing on cloud exports (record, 2 April 2026)\n\n"
    "PREPARED STATEMENT OF DR. ADA BRELL, SENIOR FELLOW, VEY INSTITUTE FOR COMPUTE POLICY\n\n"
    "Chair Osk, members of the committee: thank you.\n\n"
    "By our estimate, the Baltic AI cloud market was worth about $4 billion in 2025. Tarn Cloud opened a region "
    "in Latvia last year.\n\n"
    "QUESTIONS FROM MEMBERS\n\n"
    "SENATOR OSK: Is the market growing?\n\n"
    "DR. BRELL: Yes. Pell Cloud opened a region in Estonia in January.\n"
)


def test_extract_a_witness_statement_and_answers_speak_for_her_institute(extractor: Extractor) -> None:
    claims = claims_of(extractor, HEARING)
    institute = "Vey Institute for Compute Policy"
    sizes = [c for c in claims if c.type == "MarketSize"]
    assert [(c.value, c.modality, c.attributed_to and c.attributed_to.label) for c in sizes] == [
        (Decimal("4e9"), "estimated", institute)
    ]
    # a relation in the statement, and one in her answer under the label that gives only her surname
    assert _said(claims, "OperatesIn") == {"Tarn Cloud": (institute, "reported"), "Pell Cloud": (institute, "reported")}
    # the heading names no subject of any claim
    assert not any(c.subject.label.startswith(("Ada Brell", "Vey Institute")) for c in claims)


MEMO = (
    "Renewal of our GPU contract\n\n"
    "From: Ada Brell, Head of Platform, Osk Logistics\n"
    "To: Per Vey, Chief Financial Officer, Osk Group\n"
    "Subject: GPU renewal\n\n"
    "Per,\n\n"
    "Our team spent $14 million on AI compute in 2025. I want to sign with Tarn Cloud.\n\n"
    "---------- Forwarded message ----------\n"
    "From: Lena Holt, Enterprise Sales, Tarn Cloud\n"
    "To: Ada Brell\n\n"
    "As promised, the key points:\n\n"
    "We opened a region in Latvia in January.\n"
)


def test_extract_an_emails_sender_is_its_we_and_a_forwarded_message_is_its_senders_report(
    extractor: Extractor,
) -> None:
    claims = claims_of(extractor, MEMO)
    spending = [c for c in claims if c.type == "Spending"]
    # the memo's own "our" is its sender's firm, and the memo asserts what it says
    expected = [("Osk Logistics", Decimal("1.4e7"), None)]
    assert [(c.subject.label, c.value, c.attributed_to) for c in spending] == expected
    # the forwarded message speaks for its sender's firm, past the heading-like line that opens it
    assert _said(claims, "OperatesIn") == {"Tarn Cloud": ("Tarn Cloud", "reported")}
    # the address lines name no party to any claim
    assert not any(c.subject.label in ("Per Vey", "Osk Group") for c in claims)


def test_extract_a_senders_territory_after_her_title_is_no_firm_speaking(extractor: Extractor) -> None:
    text = (
        "Osk Components: Q2 2026 allocation\n\n"
        "From: Ada Brell, Vice-President, Sales, Asia-Pacific\n"
        "Re: Q2 2026 allocation\n\n"
        "Our AI-infrastructure sales more than doubled in 2025, to $2.6 billion.\n"
    )
    assert not any(c.subject.label == "Asia-Pacific" for c in claims_of(extractor, text))


def test_extract_a_directory_entrys_text_is_its_firms_own_word(extractor: Extractor) -> None:
    text = (
        "Ruritania AI Expo 2026: Exhibitor Directory\n\n"
        "Osk Review | 2 February 2026 | the official directory\n\n"
        "Entries are supplied by the exhibitors. Figures are their own.\n\n"
        "Booth A04 | Pell Systems Ltd. (Pell) | Norway\n"
        "Pell assembles servers. Our revenue rose 40% in 2025 to $610 million.\n\n"
        "Booth B09 | Vessa Cloud Pte. Ltd. | Singapore\n"
        "We cut the price of Tarn-4 by 25% on 1 March.\n"
    )
    claims = claims_of(extractor, text)
    revenue = {(c.subject.label, c.value, c.attributed_to) for c in claims if c.type == "Revenue"}
    assert ("Pell Systems Ltd.", Decimal("6.1e8"), "Pell Systems Ltd.") in {
        (s, v, a.label if a else None) for s, v, a in revenue
    }
    assert {c.subject.label for c in claims if c.type == "PriceChange"} == {"Vessa Cloud Pte. Ltd."}
    assert not any(c.subject.label == "Osk Review" for c in claims)  # the masthead names the publisher, no speaker


def test_extract_a_social_threads_posts_are_said_by_its_author(extractor: Extractor) -> None:
    text = (
        "Who wins the Baltic GPU market? A thread\n\n"
        "Dana Brell @dbrell · 18 Feb 2026\n"
        "Independent analyst. Views my own\n\n"
        "1/3 Pell Cloud cut its H100 price by 20% in January.\n"
    )
    assert _said(claims_of(extractor, text), "PriceChange") == {"Pell Cloud": ("Dana Brell", "reported")}


def test_extract_a_spokesperson_introduced_after_a_comma_speaks_for_the_body(extractor: Extractor) -> None:
    text = (
        "Tarn Cloud – regular press briefing, 3 March 2026\n\n"
        "Briefing by the company's spokesperson, Ada Brell.\n\n"
        "BRELL: Pell Cloud opened a region in Latvia in January.\n"
    )
    assert _said(claims_of(extractor, text), "OperatesIn") == {"Pell Cloud": ("Tarn Cloud", "reported")}


def test_extract_a_release_notes_title_the_ner_reads_no_name_in_is_the_firm_whose_name_it_begins(
    extractor: Extractor,
) -> None:
    text = (
        "Pell Cloud Inference Platform – release notes (January to March 2026)\n\n"
        "Last updated 2 March 2026. Newest entries first. Pell Cloud K.K. is a subsidiary of Osk Holdings.\n\n"
        "## v4.1.0 — 2026-03-01\n\n"
        "- We now offer Tarn-4 in Tokyo.\n"
    )
    offers = {(c.subject.label, c.object.label, c.modality) for c in claims_of(extractor, text) if c.type == "Offers"}
    assert offers == {("Pell Cloud K.K.", "Tarn-4", "asserted")}  # the release notes' "we": their own, asserted


def test_extract_price_lines_in_a_firms_own_release_notes_are_its_price_moves(extractor: Extractor) -> None:
    text = (
        "Pell Cloud K.K. release notes\n\n"
        "Pricing\n"
        "- Tarn-4: input $0.56 → $0.28 (−50%). Output unchanged at $0.42.\n"
        "- Osk's Vey-2: $0.40 / $1.00 → $0.30 / $0.80 (−25% input, −20% output).\n"
    )
    moves = {
        (c.subject.label, c.object.label if c.object else None, c.value)
        for c in claims_of(extractor, text)
        if c.type == "PriceChange"
    }
    # the firm publishing the notes sets the prices, whoever made the model; input and output prices each moved
    assert moves == {
        ("Pell Cloud K.K.", "Tarn-4", Decimal("-50.0")),
        ("Pell Cloud K.K.", "Vey-2", Decimal("-25.0")),
        ("Pell Cloud K.K.", "Vey-2", Decimal("-20.0")),
    }


def test_extract_a_model_a_firms_release_notes_list_is_one_it_offers(extractor: Extractor) -> None:
    text = (
        "Pell Cloud K.K. release notes\n\n"
        "Added\n"
        "- Tarn-4 from Osk Labs, in the serverless catalogue.\n"
        "- Osk's Vey-2 is deprecated and will be removed in May.\n"
    )
    offers = {(c.subject.label, c.object.label) for c in claims_of(extractor, text) if c.type == "Offers"}
    assert {("Pell Cloud K.K.", "Tarn-4"), ("Pell Cloud K.K.", "Vey-2")} <= offers


def test_extract_a_places_capacity_in_a_firms_own_release_notes_is_the_firms(extractor: Extractor) -> None:
    text = (
        "Pell Cloud K.K. release notes\n\n"
        "## v4.2.0 — 2026-03-01\n\n"
        "- New region in Jakarta, Indonesia, is generally available. The region starts with 6 MW of GPU capacity.\n"
    )
    capacity = {(c.subject.label, c.value, c.unit) for c in claims_of(extractor, text) if c.type == "Capacity"}
    assert capacity == {("Pell Cloud K.K.", Decimal("0.006"), "GW")}


def test_extract_a_summary_of_a_research_firms_report_speaks_for_the_firm(extractor: Extractor) -> None:
    text = (
        'English summary: Vey Research, "Baltic GPU Cloud Market Report, 2025"\n\n'
        "The Baltic GPU cloud market reached $2.1 billion in 2025.\n\n"
        "Tarn Cloud held 31% of the Baltic GPU cloud market in 2025."
    )
    claims = claims_of(extractor, text)
    said = {c.type: (c.attributed_to.label if c.attributed_to else None, c.modality) for c in claims}
    assert said["MarketSize"] == ("Vey Research", "reported")
    assert said["MarketShare"] == ("Vey Research", "reported")


def test_extract_a_shareholder_letter_speaks_for_the_firm_its_title_names(extractor: Extractor) -> None:
    text = (
        "Tarnwick Cloud Berhad, Annual Report 2025: our chief executive writes to shareholders\n\n"
        "Dear shareholders,\n\n"
        "We cut our on-demand GPU price by 18% in October. Our board has approved capital expenditure of "
        "$1.6 billion for 2026."
    )
    claims = claims_of(extractor, text)
    assert {c.type for c in claims if c.subject.label == "Tarnwick Cloud Berhad"} >= {"PriceChange", "Spending"}


def test_extract_a_panellist_introduced_with_a_firm_speaks_for_it_in_a_surname_label(extractor: Extractor) -> None:
    text = (
        "Panel transcript: Who will own Baltic GPU clouds?\n\n"
        "Panellists: Mara Lindqvist, head of research, Vey Analytics; Oskar Tamm, chief executive, Brill Compute.\n\n"
        "LINDQVIST: Tarn Cloud held 31% of the Baltic GPU cloud market in 2025.\n\n"
        "TAMM: We cut our on-demand GPU price by 20% in January."
    )
    claims = claims_of(extractor, text)
    (share,) = [c for c in claims if c.type == "MarketShare"]
    assert share.attributed_to is not None and share.attributed_to.label == "Vey Analytics"
    (cut,) = [c for c in claims if c.type == "PriceChange"]
    assert cut.subject.label == "Brill Compute"


def test_extract_a_witness_introduced_with_a_capitalised_title_speaks_for_the_firm_after_it(
    extractor: Extractor,
) -> None:
    text = (
        "Regional Affairs Board, public session: data centres and the grid\n\n"
        "Witnesses: Ines Vidal, Chief Executive, Corra Data Ltd; Dr Pavel Orlov, Vice-President, Nordics, "
        "Tarnby Compute Oy.\n\n"
        "Chair: How much do you run today?\n\n"
        "Ines Vidal: We run 70 megawatts at two sites.\n\n"
        "Dr Pavel Orlov: We cut our reserved GPU price by 15% in March."
    )
    claims = claims_of(extractor, text)
    (capacity,) = [c for c in claims if c.type == "Capacity"]
    assert capacity.subject.label == "Corra Data Ltd"
    (cut,) = [c for c in claims if c.type == "PriceChange"]
    assert cut.subject.label == "Tarnby Compute Oy"


def test_extract_a_source_in_square_brackets_reports_the_entry_and_is_no_party(extractor: Extractor) -> None:
    text = (
        "Timeline: the K7 squeeze\n\n"
        "- 2025-09-17 — The Cyberspace Administration of China tells Tarn and Osk to stop testing and cancel "
        "orders for Vey's K7 [Brill Times]."
    )
    claims = claims_of(extractor, text)
    assert claims and all(c.attributed_to is not None and c.attributed_to.label == "Brill Times" for c in claims)
    assert not any("Brill Times" in (c.subject.label, c.object.label if c.object else "") for c in claims)


def test_extract_a_firm_that_sizes_a_market_is_the_source_of_what_follows(extractor: Extractor) -> None:
    text = (
        "Baltic GPU clouds\n\n"
        "Vey Research sizes the Baltic GPU-cloud market at $2 billion for 2025, and gives Tarn Cloud 40% of it."
    )
    claims = claims_of(extractor, text)
    assert {c.type for c in claims if c.attributed_to and c.attributed_to.label == "Vey Research"} == {
        "MarketSize",
        "MarketShare",
    }


def test_extract_a_mastheads_publication_is_no_party_and_a_glossed_figure_is_its_glosss(
    extractor: Extractor,
) -> None:
    text = (
        "The cloud year in figures\n\n"
        "Tarnby Review | 9 May 2026 | What the year came to. Unsourced items are our own "
        "reporting.\n\n"
        "1. $12 billion — Osk Labs' hosting deal with Vey Cloud, agreed in March.\n\n"
        "2. Two gigawatts — the racks Pell AI plans to install under its spring pact with Brill Systems."
    )
    claims = claims_of(extractor, text)
    valued = {(c.type, c.subject.label) for c in claims if c.value is not None}
    assert valued == {("Spending", "Osk Labs"), ("Capacity", "Pell AI")}
    assert not any(c.subject.label == "Tarnby Review" for c in claims)


def test_extract_a_writer_who_introduces_themselves_as_an_officer_speaks_for_the_firm(extractor: Extractor) -> None:
    text = (
        "Ask me anything: I'm Ada Brill, co-founder and chief executive of Vessa Compute. Fire away.\n\n"
        "Q: Where do your GPUs sit?\n\n"
        "A: In a hall we rent from Tarn Realty in Ohio, and our revenue was $31 million last year."
    )
    claims = claims_of(extractor, text)
    assert ("Vessa Compute", "Tarn Realty") in pairs(claims, "CustomerOf")
    assert [c.subject.label for c in claims if c.type == "Revenue"] == ["Vessa Compute"]


def test_extract_a_persons_surname_alone_is_that_person_not_a_firm(extractor: Extractor) -> None:
    text = "Chief executive Ines Brell spoke. Brell: Vessa Cloud revenue grew 90% in 2025."
    doc = extractor.nlp(text)
    # the NER's guesses as a live blog's parse gave them: the full name a person's, the surname alone a firm's
    guessed = [
        guessed_mention(extractor, doc, "Ines Brell", "Person", text.index("Ines Brell")),
        guessed_mention(extractor, doc, "Brell", "Organization", text.rindex("Brell")),
        guessed_mention(extractor, doc, "Vessa Cloud", "Cloud", text.index("Vessa Cloud")),
    ]
    kinds = {m.entity.label: m.entity.type for m in one_entity_per_name(guessed, doc, text, extractor.index)}
    assert kinds["Brell"] == "Person" and kinds["Vessa Cloud"] == "Cloud"


def test_extract_a_bylined_officer_writing_we_writes_for_their_firm(extractor: Extractor) -> None:
    text = (
        "How we cut our inference bill in half\n\n"
        "Ines Vadlo · CTO, Brackwell · 2 March 2026 · Engineering blog\n\n"
        "Brackwell turns call recordings into notes. Our revenue was $4.2 million in 2025, and we paid Pellam Cloud "
        "about $300,000 for inference. We moved our pipeline in January.\n"
    )
    claims = claims_of(extractor, text)
    assert any(c.type == "Revenue" and c.subject.label == "Brackwell" and c.value == 4_200_000 for c in claims)
    assert ("Brackwell", "Pellam Cloud") in {(c.subject.label, c.object.label) for c in claims
                                             if c.type == "Spending" and c.object}  # fmt: skip


def test_extract_a_posts_author_headlined_as_an_officer_writes_for_their_firm(extractor: Extractor) -> None:
    # a social post: the author's name on one line, "Title at Firm | tagline" on the next
    text = (
        "We just cut our GPU prices. Here is why\n\n"
        "Ines Vadlo • 1st\n"
        "Chief Technology Officer at Brackwell Cloud | GPUs on hydro power\n"
        "2 March 2026 • Edited\n\n"
        "Our revenue was $4.2 million in 2025. Supermicro builds our H200 servers, and we rent capacity in Oslo. "
        "Dell Technologies builds our Nvidia GB200 NVL72 racks.\n"  # "our" hung on the rack's name
    )
    claims = claims_of(extractor, text)
    assert any(c.type == "Revenue" and c.subject.label == "Brackwell Cloud" for c in claims)
    suppliers = {
        c.object.label for c in claims if c.type == "CustomerOf" and c.object and c.subject.label == "Brackwell Cloud"
    }
    assert {"Supermicro", "Dell"} <= {label.split()[0] for label in suppliers}


def test_extract_a_memos_authors_with_their_titles_are_people_not_a_firm_that_earns(extractor: Extractor) -> None:
    # the "From:" line names two people with their roles in brackets; neither bracket is a firm
    text = (
        "Memo: proposed investment in Quillon Compute\n\n"
        "From: Ena Marsh (Partner), Kai Doss (Vice President)\n"
        "Date: 4 February 2026\n\n"
        "Quillon Compute runs an inference cloud for open-weight models. "
        "Revenue for 2025 was $29 million (unaudited).\n"
    )
    earners = {c.subject.label for c in claims_of(extractor, text) if c.type == "Revenue"}
    assert earners == {"Quillon Compute"}


def test_extract_a_broadcast_scripts_clip_is_said_for_the_firm_its_cue_names(extractor: Extractor) -> None:
    # "REPORTER (MIA TANNER):" is a role and a person; the clip cue names who speaks for which firm
    text = (
        "Morning bulletin script, 11 February 2026\n\n"
        "ANCHOR (RUTH AMSEL): Good morning. Pellam Cloud cuts the price of its top model.\n\n"
        "REPORTER (MIA TANNER): The cut takes effect on Monday.\n\n"
        '[SOT: LIN HOLT, VICE-PRESIDENT, PELLAM CLOUD | IN: "Our platform..." | DUR 0\'09"]\n'
        '"Our platform now processes about five trillion tokens a day."\n'
    )
    claims = claims_of(extractor, text)
    capacity = [c for c in claims if c.type == "Capacity"]
    assert [(c.subject.label, c.attributed_to.label if c.attributed_to else None) for c in capacity] == [
        ("Pellam Cloud", "Pellam Cloud")
    ]
    assert not any(c.subject.label in ("MIA", "RUTH", "DUR") for c in claims)


def test_extract_a_firm_sending_from_a_city_is_the_we_of_its_letter(extractor: Extractor) -> None:
    # the "From:" line names the firm itself, then where it sits: the place is no sender
    text = (
        "Pellam Compute Inc.: Response to a request for information\n\n"
        "To: Ministry of Digital Affairs\n"
        "From: Pellam Compute Inc., Montreal, Quebec\n\n"
        "Q1. Describe your capacity.\n\n"
        "We operate 62 MW of IT capacity. Our capital expenditure budget for 2026 is $380 million.\n"
    )
    claims = claims_of(extractor, text)
    owners = {(c.type, c.subject.label) for c in claims if c.type in ("Capacity", "Spending")}
    assert owners == {("Capacity", "Pellam Compute Inc."), ("Spending", "Pellam Compute Inc.")}


def test_extract_a_debates_one_word_labels_speak_for_the_firms_its_roster_gives(extractor: Extractor) -> None:
    # the roster gives each speaker a role and a firm; labels give a surname (or a family name written first),
    # perhaps with the side in brackets, and are no parties to what is said
    text = (
        "Debate transcript: This House believes the curbs failed\n\n"
        "FOR THE MOTION: Dr Lin Meihua, senior fellow, Pellam Institute; Ada Vey, chief analyst, Osk Research\n"
        "AGAINST THE MOTION: Helen Brightman, partner, Tarnby Advisory\n\n"
        "LIN (for): Vessa Cloud cut its H100 price by 20% in January.\n\n"
        "BRIGHTMAN (against): Brill Cloud opened a region in Latvia in March.\n\n"
        "LIN: Brill Cloud raised its H100 price by 5% in May.\n\n"
        "BRIGHTMAN: Vessa Cloud opened a region in Estonia in April.\n"
    )
    claims = claims_of(extractor, text)
    said = {(c.type, c.subject.label, c.attributed_to.label if c.attributed_to else None) for c in claims}
    assert ("PriceChange", "Vessa Cloud", "Pellam Institute") in said
    assert ("OperatesIn", "Brill Cloud", "Tarnby Advisory") in said
    assert not any(c.subject.label in ("LIN", "BRIGHTMAN") for c in claims)


def test_extract_a_submission_in_a_firms_own_name_then_a_titled_label_reads_on(extractor: Extractor) -> None:
    # the heading names a firm, no person; a later label's surname finds no one and nothing breaks
    text = (
        "Hearing record\n\n"
        "Written submission from Pellam Compute Ltd.\n\n"
        "We operate 62 MW of IT capacity.\n\n"
        "DR. BRELL: Osk Cloud cut its H100 price by 20% in January.\n"
    )
    assert ("Capacity", "Pellam Compute Ltd.") in {(c.type, c.subject.label) for c in claims_of(extractor, text)}


def test_extract_we_in_a_deck_its_title_names_is_that_firm(extractor: Extractor) -> None:
    # the title's firm is named no more often than others, yet the deck says "we" and "our" on its own account
    text = (
        "Vessa Robotics: Series A investor deck\n\n"
        "Vessa Robotics Ltd. | Deck v2, 9 February 2026\n\n"
        "SLIDE 2. OUR PLATFORM\n"
        "- We serve 40 warehouses in Poland.\n"
        "- In 2025 we paid Pellam Cloud about $1.2M for GPU capacity.\n"
        "- Our next market is Czechia.\n"
    )
    claims = claims_of(extractor, text)
    assert ("Vessa Robotics", "Pellam Cloud") in pairs(claims, "Spending")
    assert ("Vessa Robotics", "Poland") in pairs(claims, "OperatesIn")


def test_extract_we_in_an_opinion_piece_whose_title_names_a_firm_is_not_that_firm(extractor: Extractor) -> None:
    text = (
        "Osk Cloud cuts H100 rental prices again\n\n"
        "By Mara Lind, columnist\n\n"
        "Osk Cloud cut its prices in May. Last year we paid Vela Data about $2M for capacity. We serve 40 customers "
        "in Poland, and our team has grown."
    )
    claims = claims_of(extractor, text)
    assert ("Osk Cloud", "Vela Data") not in pairs(claims, "Spending")
    assert ("Osk Cloud", "Poland") not in pairs(claims, "OperatesIn")


def test_extract_a_label_whose_name_is_accented_speaks_for_the_firm_it_gives(extractor: Extractor) -> None:
    text = (
        "Committee hearing on GPU exports\n\nMs. Ana Ruiz (Chair): How much capacity do you run?\n\n"
        "Ms. Élise Varga (Chief Operating Officer, Pellam Cloud): We run 48 megawatts in Norway. Osk AI is our "
        "largest customer."
    )
    assert ("Osk AI", "Pellam Cloud") in pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_a_title_begun_by_a_firms_name_with_its_legal_form_after_a_comma_is_its_issuers(
    extractor: Extractor,
) -> None:
    # the title names no firm (the tagger takes "Pellam Cloud Investor Day" for a person); the line under it names
    # "Pellam Cloud, Inc.", whose first words, without the comma, begin the title
    text = (
        "Pellam Cloud Investor Day 2026: edited transcript\n\nPellam Cloud, Inc. (Nasdaq: PLCM) | New York | "
        "10 March 2026\n\nPresenters: Ana Ruiz, Chief Executive Officer; Tom Vey, Chief Financial Officer\n\n"
        "TOM VEY: Osk AI is still our largest customer. We bought $1.1 billion of GB300 NVL72 systems from Dell."
    )
    customers = pairs(claims_of(extractor, text), "CustomerOf")
    assert {("Osk AI", "Pellam Cloud, Inc."), ("Pellam Cloud, Inc.", "Dell")} <= customers


def test_extract_a_guest_introduced_with_a_firm_in_brackets_speaks_for_it_in_a_first_name_label(
    extractor: Extractor,
) -> None:
    text = (
        "Tarn Talk, episode 9 (show notes)\n\nHosts: Sam Okoye\nGuests: Maya Lind (principal analyst, Osk "
        "Research); Tobias Vey (co-founder and chief executive, Pellam AI)\n\nSAM: Tobias, what do you run on?\n"
        "TOBIAS: Most of our fleet is rented from Brill Cloud. We serve about 40 billion tokens a day."
    )
    claims = claims_of(extractor, text)
    assert ("Pellam AI", "Brill Cloud") in pairs(claims, "CustomerOf")
    assert any(c.type == "Capacity" and c.subject.label == "Pellam AI" for c in claims)


def test_extract_a_title_split_at_its_colon_is_one_title_and_a_bullet_is_no_part_of_a_name(
    extractor: Extractor,
) -> None:
    # "Annual Report" stands after the colon, in what the parser makes a second sentence: still the lab's own
    # report, whose "we" is the lab; "• Cloud spending" opens on a bullet and an ordinary word, no name
    text = (
        "Osk Systems Lab, Tarnby University: Annual Report 2025, Part 3 (Compute)\n\nOsk Systems Lab is a unit "
        "of Tarnby University. Our cloud work runs in Norway.\n\n• Cloud spending reached $3.3 million in 2025.\n"
        "• In December we ordered a GB200 NVL72 rack from Pell Systems for $3.9 million."
    )
    claims = claims_of(extractor, text)
    assert ("Osk Systems Lab", "Pell Systems") in pairs(claims, "CustomerOf")
    spenders = {c.subject.label for c in claims if c.type == "Spending"}
    assert "Cloud" not in spenders
    assert "Osk Systems Lab" in spenders


def test_extract_a_line_that_is_no_posts_headline_makes_no_firm_the_writer(extractor: Extractor) -> None:
    # a sentence that opens on a title, and a former title, under a line of capitalised words
    texts = (
        "AI Chip Market Update\nChief Executive of Nvidia Jensen Huang told reporters that demand is strong.\n\n"
        "We think so. In our view it holds. We expect our 40 MW of new capacity in Oslo to hold.\n",
        "Ada Brill • 1st\nFormer CTO at Vessa Cloud | Founder, Tarn Labs\n\n"
        "We just raised money. Our first cluster runs 2 MW in Lisbon. We buy our GPUs from CoreWeave.\n",
    )
    for text in texts:
        assert not {c.subject.label for c in claims_of(extractor, text)} & {"Nvidia", "Vessa Cloud"}, text


def test_extract_our_named_platform_is_the_speakers_make_but_our_named_clusters_are_not(extractor: Extractor) -> None:
    text = (
        "Tarnwell Cloud annual report 2025\n\n"
        "We rent GPUs. Our Tarnby platform served 2 trillion tokens a day. "
        "Our GB300 NVL72 clusters deliver twice the throughput of our K9 racks."
    )
    made = {(c.subject.label, c.object.label) for c in claims_of(extractor, text) if c.type == "Develops" and c.object}
    assert ("Tarnwell Cloud", "Tarnby") in made
    assert not {o for s, o in made if s == "Tarnwell Cloud"} & {"K9", "GB300 NVL72"}


def test_extract_our_named_machines_are_no_make_of_the_speakers(extractor: Extractor) -> None:
    text = (
        "Tarnwell Cloud annual report 2025\n\n"
        "We rent GPUs. Our GB300 NVL72 systems arrive in March. Our DGX systems are fully booked."
    )
    assert not [c for c in claims_of(extractor, text) if c.type == "Develops" and c.subject.label == "Tarnwell Cloud"]
