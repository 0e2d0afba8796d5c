"""The learned confidence: the features a claim record shows, the logistic model over them, the shipped weights,
and the extractor writing the calibrated probability. Texts are invented for these tests."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from claimgraph import __version__
from claimgraph.extract import Extractor
from claimgraph.extract.calibration import Calibration, claim_features, feature_names, load_calibration
from claimgraph.graph.ontology import load_gazetteer, load_parents
from claimgraph.records import Article, Claim, Entity, Evidence, SourceMetadata

TEXT = (
    "Harbor Cloud results\n\n"
    "Lumen Systems said its cloud revenue rose to $4.2 billion in 2025, and the company expects more.\n"
    "| Vendor | Share |\n"
    "| Lumen Systems | 18% |\n"
    "- It also sells a fine-tuning service in Chile.\n"
)
LUMEN = Entity(key="lumen-systems", label="Lumen Systems", type="Company", known=False)


def _evidence(fragment: str) -> Evidence:
    start = TEXT.index(fragment)
    return Evidence(start, start + len(fragment), fragment)


def _revenue(fragment: str, subject: Entity = LUMEN, unit: str = "USD") -> Claim:
    return Claim(
        type="Revenue",
        subject=subject,
        evidence=(_evidence(fragment),),
        value=Decimal("4200000000"),
        unit=unit,
        time="2025",
        confidence=0.7,
    )


def test_features_say_whether_the_subject_is_named_in_the_quote_or_came_from_context() -> None:
    named = claim_features(_revenue("Lumen Systems said its cloud revenue rose to $4.2 billion"), TEXT)
    resolved = claim_features(_revenue("It also sells a fine-tuning service in Chile."), TEXT)
    assert named["subject_named"] == 1.0 and named["type=Revenue*subject_named"] == 1.0
    assert resolved["subject_named"] == 0.0
    assert named["type=Revenue*rule_confidence"] == 0.7 and named["has_time"] == 1.0


def test_features_place_the_claim_in_a_table_row_a_list_item_or_the_title() -> None:
    row = claim_features(_revenue("| Lumen Systems | 18% |"), TEXT)
    item = claim_features(_revenue("It also sells a fine-tuning service"), TEXT)
    title = claim_features(_revenue("Harbor Cloud results"), TEXT)
    assert (row["table_row"], row["list_item"]) == (1.0, 0.0)
    assert (item["table_row"], item["list_item"]) == (0.0, 1.0)
    assert title["title"] == 1.0 and item["title"] == 0.0


def test_features_find_a_title_without_a_blank_line_and_names_as_whole_words() -> None:
    # HTML is reduced to lines: its first line is its title
    lines = "Lumen Systems results\nLumen Systems said its revenue rose.\n"
    start = lines.index("Lumen Systems said")
    claim = replace(_revenue("Lumen Systems said"), evidence=(Evidence(start, start + 18, "Lumen Systems said"),))
    assert claim_features(claim, lines)["title"] == 0.0
    assert claim_features(replace(claim, evidence=(Evidence(0, 13, "Lumen Systems"),)), lines)["title"] == 1.0
    arm = Entity(key="arm", label="Arm", type="Company")
    warm = replace(_revenue("It also sells"), subject=arm, evidence=(Evidence(0, 9, "warm days"),))
    assert claim_features(warm, "warm days")["subject_named"] == 0.0


def test_features_of_a_relation_name_its_object_and_a_rare_currency_is_other() -> None:
    chile = Entity(key="chile", label="Chile", type="Country")
    relation = Claim(
        type="OperatesIn", subject=LUMEN, object=chile, evidence=(_evidence("fine-tuning service in Chile"),)
    )
    features = claim_features(relation, TEXT)
    assert features["object_named"] == 1.0 and features["type=OperatesIn*object_type=Country"] == 1.0
    assert "unit=other" in claim_features(_revenue("Lumen Systems said", unit="IDR"), TEXT)


def test_every_feature_the_code_makes_is_in_its_vocabulary() -> None:
    claims = [_revenue("Lumen Systems said"), _revenue("| Lumen Systems | 18% |", unit="IDR")]
    for claim in claims:
        assert set(claim_features(claim, TEXT)) <= feature_names()


def test_probability_is_the_logistic_of_the_weighted_features() -> None:
    calibration = Calibration(intercept=0.0, weights={"subject_named": math.log(3)})
    assert calibration.probability(_revenue("Lumen Systems said"), TEXT) == pytest.approx(0.75)
    assert calibration.probability(_revenue("It also sells"), TEXT) == pytest.approx(0.5)
    calibrated = calibration.apply([_revenue("Lumen Systems said")], TEXT)[0]
    assert calibrated.confidence == 0.75 and calibrated.value == Decimal("4200000000")


def test_weights_fitted_to_other_code_are_refused() -> None:
    with pytest.raises(ValueError, match="does not make"):
        Calibration.from_json({"intercept": 0.1, "weights": {"subject_named": 0.2, "sentiment": 1.0}})


def test_the_shipped_weights_load_and_rank_a_restated_claim_above_a_single_one() -> None:
    calibration = load_calibration()
    assert calibration.weights and set(calibration.weights) <= feature_names()
    once = _revenue("Lumen Systems said its cloud revenue")
    twice = replace(once, evidence=(*once.evidence, _evidence("| Lumen Systems | 18% |")))
    assert calibration.probability(twice, TEXT) > calibration.probability(once, TEXT)


def test_the_extractor_writes_the_calibrated_probability_of_the_rules_claim(extractor: Extractor) -> None:
    base = "http://localhost:8000/"
    rules = Extractor(load_gazetteer(base), parents=load_parents(base), software_version=__version__, calibrated=False)
    article = Article(
        id="t", file="t.txt", text=TEXT, media_type="text/plain", metadata=SourceMetadata(date="2026-03-01")
    )
    raw = rules.extract(article).claims
    assert raw
    claims = extractor.extract(article).claims
    assert [c.identity for c in claims] == [c.identity for c in raw]
    expected = [round(load_calibration().probability(c, TEXT), 2) for c in raw]
    assert [c.confidence for c in claims] == expected
    assert all(0.0 <= c.confidence <= 1.0 for c in claims)


def test_the_shipped_weights_were_fitted_to_every_development_half() -> None:
    """A set added without refitting leaves the weights behind the rules: rerun tools/train_calibration.py."""
    shipped = json.loads(
        (Path(__file__).parent.parent / "src/claimgraph/extract/patterns/calibration.json").read_text(encoding="utf-8")
    )
    halves = 1 + len(list((Path(__file__).parent / "data").glob("*/dev/gold.jsonl")))  # and the shipped corpus
    assert shipped["trained_on"]["halves"] == halves


def test_min_confidence_drops_claims_on_the_calibrated_scale(extractor: Extractor) -> None:
    base = "http://localhost:8000/"
    article = Article(
        id="t", file="t.txt", text=TEXT, media_type="text/plain", metadata=SourceMetadata(date="2026-03-01")
    )
    every = extractor.extract(article).claims
    floor = sorted(c.confidence for c in every)[len(every) // 2]
    strict = Extractor(
        load_gazetteer(base), parents=load_parents(base), software_version=__version__, min_confidence=floor
    )
    assert [c.identity for c in strict.extract(article).claims] == [c.identity for c in every if c.confidence >= floor]
