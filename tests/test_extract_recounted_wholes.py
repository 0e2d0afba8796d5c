"""A share "of those tokens" is of the tokens its paragraph counted before, named by whoever counted them ("Osk's
Tarnby platform served 2 trillion tokens a day. Pell models made up 46% of those tokens": "Tarnby tokens"), for the
rest of that sentence's list and no later sentence; and "made up 46%" makes nothing. Invented names; the positive
cases fail on the extractor before the rule existed."""

from __future__ import annotations

from claimgraph.extract import Extractor
from extracted import claims_of, pairs


def _shares(extractor: Extractor, text: str) -> list[tuple[str, str | None, object]]:
    return [
        (c.subject.label, c.object.label if c.object else None, c.value)
        for c in claims_of(extractor, text)
        if c.type == "MarketShare"
    ]


def test_extract_a_share_of_those_things_is_of_the_count_before_it(extractor: Extractor) -> None:
    text = (
        "Inkwell said its Quillmark app handled about 40 billion tokens a day in February. "
        "About 70% of those tokens now go to Gemini 2.5 Flash and the rest to Claude."
    )
    assert ("Gemini 2.5 Flash", "Quillmark tokens", 70) in _shares(extractor, text)


def test_extract_a_recounted_whole_holds_for_its_sentences_list_only(extractor: Extractor) -> None:
    text = (
        "Tarnby Cloud launched in 2024. In December it processed about 4.2 billion tokens a day. "
        "Llama 4 Maverick accounted for 46% of those tokens and Qwen3-235B for 31%.\n\n"
        "Separately, Nebius held 12% of the European GPU cloud market."
    )
    assert _shares(extractor, text) == [
        ("Llama 4 Maverick", "Tarnby Cloud tokens", 46),
        ("Qwen3-235B", "Tarnby Cloud tokens", 31),
        ("Nebius", "European GPU cloud market", 12),
    ]


def test_extract_a_count_no_one_can_be_named_for_makes_no_share(extractor: Extractor) -> None:
    text = (
        "The platform launched in 2024. In December it processed about 4.2 billion tokens a day. "
        "Llama 4 Maverick accounted for 46% of those tokens and Qwen3-235B for 31%."
    )
    assert _shares(extractor, text) == []


def test_extract_a_share_made_up_of_models_makes_nothing(extractor: Extractor) -> None:
    text = "Qwen models made up 46% of the tokens, DeepSeek models 31%."
    assert not pairs(claims_of(extractor, text), "Develops")


def test_extract_a_counter_is_named_as_the_article_knows_it(extractor: Extractor) -> None:
    named = "CoreWeave served 900 billion tokens in June. Llama models made up 40% of those tokens."
    assert [whole for _, whole, _ in _shares(extractor, named)] == ["CoreWeave tokens"]
    unnamed = "Developers used 8 trillion tokens on OpenRouter last week. Claude made up 30% of those tokens."
    assert not [whole for _, whole, _ in _shares(extractor, unnamed) if whole and "Developers" in whole]


def test_extract_a_common_word_ending_a_counters_name_names_no_one(extractor: Extractor) -> None:
    text = "Together AI served 900 billion tokens in June. Llama models made up 40% of those tokens."
    assert not [whole for _, whole, _ in _shares(extractor, text) if whole == "AI tokens"]
