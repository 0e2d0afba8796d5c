"""A document whose title names no firm, with a firm's name on a line of its own under the title, is that firm's:
its "we" and "our" are the firm's ("Request for Proposals: Dedicated GPU Capacity" / "Tarnby Therapeutics, Inc." /
"… In 2025 we spent …"). Title-case words of plain English in such a title ("Model Training") name no organisation.
Invented names; the tests fail on the extractor before the rules existed."""

from __future__ import annotations

from decimal import Decimal

from claimgraph.extract import Extractor
from extracted import claims_of, pairs

_RFP = (
    "Request for Proposals TT-2026-02: Dedicated GPU Capacity for Model Training and Inference\n\n"
    "Tarnby Therapeutics, Inc.\n"
    "Issue date: 10 February 2026\n\n"
    "1. Background\n\n"
    "Tarnby Therapeutics invites proposals for dedicated GPU capacity. Today we rent compute from CoreWeave, which "
    "hosts our training cluster. In 2025 we spent about $31.5 million on cloud compute. We paid Lambda $410,000 for "
    "a pilot in November, and our demand for GPU-hours roughly tripled in 2025."
)
_NO_LETTERHEAD = (
    "Request for Proposals TT-2026-02: Dedicated GPU Capacity for Model Training and Inference\n\n"
    "1. Background\n\n"
    "Lodestar-2, our current production model, was fine-tuned from Meta's Llama 3.3 70B."
)


def test_extract_a_letterheads_firm_is_the_documents_we(extractor: Extractor) -> None:
    claims = claims_of(extractor, _RFP)
    spending = {(c.subject.label, c.value) for c in claims if c.type == "Spending"}
    assert ("Tarnby Therapeutics, Inc.", Decimal(31500000)) in spending
    assert ("Tarnby Therapeutics, Inc.", "Lambda") in pairs(claims, "CustomerOf")


def test_extract_plain_words_in_a_title_case_title_name_no_organisation(extractor: Extractor) -> None:
    # "our" model is no one's when no firm is named: not the title's "Model Training"
    assert pairs(claims_of(extractor, _NO_LETTERHEAD), "Develops") == {("Meta", "Llama 3.3 70B")}


def test_extract_a_firms_blog_speaks_for_the_firm_whatever_firms_its_title_names(extractor: Extractor) -> None:
    text = (
        "Two clouds, one run: what it cost us to train Tern-30B across Nebius and Google Cloud\n\n"
        "Osk AI Lab blog | 4 March 2026 | Posted by Ilse Brandt, head of infrastructure\n\n"
        "Tern-30B, our new open-weight coding model, came out of a training run that spanned two clouds. This post "
        "explains why we did it. Our whole compute spending in 2025 was $3.1 million."
    )
    claims = claims_of(extractor, text)
    assert pairs(claims, "Develops") == {("Osk AI Lab", "Tern-30B")}
    assert {(c.subject.label, c.value) for c in claims if c.type == "Spending"} == {("Osk AI Lab", Decimal(3100000))}


def test_extract_a_guest_post_on_a_firms_blog_does_not_speak_for_the_firm(extractor: Extractor) -> None:
    text = (
        "How we moved our agents\n\n"
        "Brisk Cloud Blog | 10 February 2026 | Guest post by Lena Ruiz, head of AI at Vessa Bank\n\n"
        "Last year we moved our largest workloads to Brisk Cloud. We also use Pellam Data for storage, and our "
        "team is happy."
    )
    assert ("Brisk Cloud", "Pellam Data") not in pairs(claims_of(extractor, text), "CustomerOf")


def test_extract_a_documents_own_label_opening_its_lines_is_no_party(extractor: Extractor) -> None:
    """ "Client Briefing: Tax incentives for …" / "Client Briefing No. 4": plain words for a kind of document that
    only ever open a line are the document's label, not a firm operating in China."""
    text = (
        "Client Briefing: Tax and cost incentives for computing-power centres in China, 2026\n\n"
        "Osk Tax Partners | Shanghai office\nClient Briefing No. 2026-04 | 9 March 2026\n\n"
        "The 15% corporate income tax rate for encouraged enterprises in western China now runs to 2030."
    )
    claims = claims_of(extractor, text)
    assert not [c for c in claims if c.subject.label == "Client Briefing"]


def test_extract_a_firm_whose_name_ends_in_a_document_noun_opening_a_line_is_a_firm(extractor: Extractor) -> None:
    """ "Clear Outlook signed …": plain words opening a line before a verb are a firm's name, not a label."""
    claims = claims_of(extractor, "Clear Outlook signed a three-year deal with Microsoft Azure, the company said.")
    assert ("Clear Outlook", "Microsoft Azure") in pairs(claims, "CustomerOf")


def test_extract_a_firms_letter_to_its_customers_speaks_for_the_firm(extractor: Extractor) -> None:
    """ "Sunda Components: Q2 allocation letter … We serve customers in Malaysia and Thailand": a firm's letter to
    its customers is its own voice, as its annual report is; a price another firm cut, as the clause's subject, stays
    that firm's."""
    text = (
        "Sunda Components: Q2 allocation letter\n\nDear customer,\n\n"
        "We serve customers in Malaysia and Thailand from a warehouse in Singapore. "
        "AMD has cut its MI355X module price to us by about 8%."
    )
    claims = claims_of(extractor, text)
    assert {("Sunda Components", "Malaysia"), ("Sunda Components", "Thailand")} <= pairs(claims, "OperatesIn")
    assert {c.subject.label for c in claims if c.type == "PriceChange"} == {"AMD"}


def test_extract_a_firms_letter_reports_other_firms_prices_as_theirs(extractor: Extractor) -> None:
    """A letter to customers is the firm's voice, not its price list: a price another firm's prices moved stays
    that firm's (release notes and price lists are where every price is the issuer's)."""
    text = "Osk Cloud: letter to customers\n\nDear customer,\n\nGPU rental prices at Brill Cloud rose 15% in May."
    assert "Osk Cloud" not in {c.subject.label for c in claims_of(extractor, text) if c.type == "PriceChange"}
