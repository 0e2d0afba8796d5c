"""A table's shares are of the whole its caption opens on ("Share of serverless tokens by model family:"), what is
broken down, dated or qualified coming after the whole; a header naming a month dates its column though headers
come lower-cased. Invented names and figures; fails on the extractor before the reading existed."""

from __future__ import annotations

from decimal import Decimal

from claimgraph.extract import Extractor
from extracted import shares_of


def test_extract_a_caption_opening_on_a_share_names_the_whole_of_month_columns(extractor: Extractor) -> None:
    text = (
        "Tarnwell Cloud year in review\n\nShare of serverless tokens by model family:\n\n"
        "| Model family (developer) | Dec 2025 | Dec 2024 |\n| --- | ---: | ---: |\n"
        "| Qwen (Alibaba Cloud) | 34% | 19% |\n| Llama (Meta) | 15% | 29% |\n"
    )
    shares = shares_of(extractor, text)
    assert ("Qwen", "serverless tokens", Decimal(34)) in shares
    assert ("Llama", "serverless tokens", Decimal(29)) in shares


def test_extract_a_labelled_caption_names_the_whole_of_a_bare_share_column(extractor: Extractor) -> None:
    text = (
        "Merger review\n\nTable 1: Shares of Osk Hub model downloads, 2025\n\n"
        "| Model | Share |\n| --- | --- |\n| Tarn-2 | 31% |\n| Vell-7 | 12% |\n"
    )
    shares = shares_of(extractor, text)
    assert ("Vell-7", "Osk Hub model downloads", Decimal(12)) in shares


def test_extract_a_one_word_whole_in_a_caption_is_the_measure_of_the_market_in_force(extractor: Extractor) -> None:
    text = (
        "Peru AI cloud market\n\nThe Peru AI cloud market grew fast in 2025.\n\nShare of revenue, 2025:\n\n"
        "| Provider | Share |\n| --- | --- |\n| Osk Cloud | 31% |\n"
    )
    wholes = {whole for _, whole, _ in shares_of(extractor, text)}
    assert "revenue" not in wholes


def test_extract_a_caption_naming_a_market_a_firms_takings_or_a_sentence_keeps_to_its_words(
    extractor: Extractor,
) -> None:
    table = "\n\n| Vendor | Share |\n| --- | --- |\n| Osk Labs | 86% |\n"
    market = shares_of(extractor, "Review\n\nTable 1: Shares of the Peru GPU market, 2025" + table)
    assert {whole for _, whole, _ in market} == {"Peru GPU market"}
    takings = shares_of(extractor, "Review\n\nShare of Tarn Semi's data center revenue by customer, 2025" + table)
    assert not any(whole and "revenue" in whole for _, whole, _ in takings)  # a customer's part is no market share
    prose = shares_of(extractor, "Review\n\nShare of AI accelerator revenue rose for Osk Labs in 2025." + table)
    assert not any(whole and "rose" in whole for _, whole, _ in prose)
