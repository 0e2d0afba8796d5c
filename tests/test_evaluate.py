"""The yardstick: the gold format's matching rules, and the extractor measured against the shipped gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.evaluate import evaluate, matches, names, score
from claimgraph.extract import Extractor
from claimgraph.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "tests" / "data" / "gold" / "seeds.jsonl"
TEXT = "Intro. Alibaba Cloud — 35.8%: leader. Later, Alibaba Cloud held 35.8% again."
GOLD_SHARE = {
    "id": "g1",
    "doc": "a.txt",
    "type": "MarketShare",
    "subject": "Alibaba Cloud",
    "subject_aliases": ["Alibaba"],
    "object": "China AI cloud market",
    "object_aliases": ["cloud market"],
    "value": 35.8,
    "value_max": None,
    "unit": "percent",
    "time": None,
    "modality": "asserted",
    "attributed_to": None,
    "quote": "Alibaba Cloud — 35.8%",
}


def _claim(start: int, end: int, **changes: object) -> dict[str, object]:
    claim: dict[str, object] = {
        "id": "c",
        "type": "MarketShare",
        "subject": {"id": "s", "label": "Alibaba Cloud"},
        "object": {"id": "o", "label": "the China AI cloud market"},
        "value": 35.8,
        "value_max": None,
        "unit": "percent",
        "time": None,
        "modality": "asserted",
        "attributed_to": None,
        "confidence": 0.9,
        "evidence": [
            {
                "source": {"id": "x", "file": "a.txt", "title": None},
                "quote": TEXT[start:end],
                "start": start,
                "end": end,
            }
        ],
    }
    claim.update(changes)
    return claim


def test_evaluate_matches_on_overlap_value_and_names() -> None:
    assert matches(_claim(7, 28), GOLD_SHARE, TEXT)
    assert not matches(_claim(0, 6), GOLD_SHARE, TEXT)  # no overlap with the quote
    assert not matches(_claim(7, 28, value=36.5), GOLD_SHARE, TEXT)  # more than 1% off
    assert not matches(_claim(7, 28, unit="USD"), GOLD_SHARE, TEXT)
    assert not matches(_claim(7, 28, object={"id": "o", "label": "AI chip market"}), GOLD_SHARE, TEXT)


def test_evaluate_a_range_matches_either_end_and_alt_values_count() -> None:
    gold = {**GOLD_SHARE, "value": 80, "value_max": 90}
    assert matches(_claim(7, 28, value=90, value_max=None), gold, TEXT)
    gold_alt = {**GOLD_SHARE, "alt_values": [{"value": 36, "unit": "percent"}]}
    assert matches(_claim(7, 28, value=36), gold_alt, TEXT)


@pytest.mark.parametrize(
    ("label", "name", "expected"),
    [
        ("major US hyperscalers", "US hyperscalers", True),
        ("The Qwen models", "Qwen", True),
        ("Alibaba’s", "Alibaba", True),
        ("Tencent Cloud", "Huawei Cloud", False),
        ("US", "US hyperscalers", False),
    ],
)
def test_evaluate_names_rule(label: str, name: str, expected: bool) -> None:
    assert names(label, name, []) is expected


def test_evaluate_a_repeated_claim_cannot_take_a_second_gold() -> None:
    report = score([GOLD_SHARE], [_claim(7, 28), _claim(45, 72)], {"a.txt": TEXT})
    assert report.overall.matched == 1 and report.overall.system == 2 and report.overall.precision == 0.5


@pytest.mark.slow
def test_evaluate_shipped_gold_meets_the_targets(extractor: Extractor, settings: Settings) -> None:
    """Issue 3's targets on the shipped corpus: precision and recall ≥ 0.90, F1 ≥ 0.75 for every type."""
    report = evaluate(GOLD, CORPUS, settings, extractor=extractor)
    assert report.overall.precision >= 0.90, report.false_positives
    assert report.overall.recall >= 0.90, report.misses
    weak = {name: round(s.f1, 2) for name, s in report.by_type.items() if s.f1 < 0.75}
    assert not weak, weak


@pytest.mark.slow
@pytest.mark.parametrize(
    ("folder", "floor"),
    [
        ("unseen/heldout", 0.6),
        ("unseen2/heldout", 0.45),
        ("dev12/heldout", 0.33),
        ("unseen4/heldout", 0.4),
        ("unseen5/heldout", 0.4),
        ("unseen6/heldout", 0.4),
        ("unseen7/heldout", 0.5),
        ("unseen8/heldout", 0.45),
        ("unseen9/heldout", 0.45),
        ("unseen10/heldout", 0.38),
        ("unseen11/heldout", 0.5),
        ("unseen12/heldout", 0.45),
        ("unseen13/heldout", 0.40),
        ("unseen14/heldout", 0.45),
        ("unseen15/heldout", 0.45),
        ("unseen16/heldout", 0.45),
        ("unseen17/heldout", 0.45),
        ("unseen18/heldout", 0.42),
        ("unseen19/heldout", 0.50),
        ("unseen20/heldout", 0.35),
        ("unseen21/heldout", 0.45),
        ("unseen22/heldout", 0.30),
        ("unseen23/heldout", 0.55),
        ("unseen24/heldout", 0.42),
        ("unseen25/heldout", 0.38),
        ("unseen26/heldout", 0.28),
        ("unseen27/heldout", 0.45),
        ("unseen28/heldout", 0.50),
        ("unseen29/heldout", 0.38),
        ("unseen30/heldout", 0.48),
        ("unseen31/heldout", 0.52),
        ("unseen32/heldout", 0.38),
        ("unseen33/heldout", 0.48),
        ("unseen34/heldout", 0.40),
        ("unseen35/heldout", 0.43),
        ("unseen36/heldout", 0.45),
        ("unseen37/heldout", 0.33),
        ("unseen38/heldout", 0.46),
        ("unseen39/heldout", 0.43),
        ("unseen40/heldout", 0.43),
        ("unseen41/heldout", 0.50),
        ("unseen42/heldout", 0.34),
        ("unseen43/heldout", 0.40),
        ("unseen44/heldout", 0.36),
        ("unseen45/heldout", 0.33),
        ("unseen46/heldout", 0.42),
        ("unseen47/heldout", 0.55),
        ("unseen48/heldout", 0.44),
        ("unseen49/heldout", 0.40),
        ("unseen50/heldout", 0.43),
        ("unseen51/heldout", 0.36),
        ("unseen52/heldout", 0.47),
        ("unseen53/heldout", 0.41),
        ("unseen54/heldout", 0.47),
        ("unseen55/heldout", 0.54),
        ("unseen56/heldout", 0.55),
        ("unseen57/heldout", 0.49),
        ("unseen58/heldout", 0.40),
        ("unseen59/heldout", 0.43),
        ("unseen60/heldout", 0.46),
        ("unseen61/heldout", 0.47),
        ("unseen62/heldout", 0.48),
        ("unseen63/heldout", 0.45),
        ("unseen64/heldout", 0.40),
        ("unseen65/heldout", 0.41),
        ("unseen66/heldout", 0.42),
        ("unseen67/heldout", 0.36),
        ("unseen68/heldout", 0.53),
        ("unseen69/heldout", 0.43),
        ("unseen70/heldout", 0.43),
        ("unseen71/heldout", 0.52),
        ("unseen72/heldout", 0.43),
        ("unseen73/heldout", 0.44),
        ("unseen74/heldout", 0.52),
        ("unseen75/heldout", 0.31),
        ("unseen76/heldout", 0.38),
        ("unseen77/heldout", 0.41),
        ("unseen78/heldout", 0.45),
        ("unseen79/heldout", 0.46),
        ("unseen80/heldout", 0.57),
        ("unseen81/heldout", 0.47),
        ("unseen82/heldout", 0.41),
        ("unseen83/heldout", 0.49),
        ("unseen84/heldout", 0.46),
        ("unseen85/heldout", 0.51),
        ("unseen86/heldout", 0.39),
        ("unseen87/heldout", 0.29),
        ("unseen88/heldout", 0.46),
        ("unseen89/heldout", 0.42),
        ("unseen90/heldout", 0.49),
        ("unseen91/heldout", 0.26),
        ("unseen92/heldout", 0.46),
        ("unseen93/heldout", 0.46),
        ("unseen94/heldout", 0.42),
        ("unseen95/heldout", 0.49),
        ("unseen96/heldout", 0.53),
        ("unseen97/heldout", 0.41),
        ("unseen98/heldout", 0.41),
        ("unseen99/heldout", 0.47),
        ("unseen100/heldout", 0.41),
        ("unseen101/heldout", 0.44),
        ("unseen102/heldout", 0.52),
        ("unseen103/heldout", 0.39),
        ("unseen104/heldout", 0.47),
        ("unseen105/heldout", 0.46),
        ("unseen106/heldout", 0.38),
        ("unseen107/heldout", 0.58),
        ("unseen108/heldout", 0.57),
        ("unseen109/heldout", 0.41),
        ("unseen110/heldout", 0.48),
        ("unseen111/heldout", 0.52),
        ("unseen112/heldout", 0.53),
        ("unseen113/heldout", 0.55),
        ("unseen114/heldout", 0.54),
        ("unseen115/heldout", 0.38),
        ("unseen116/heldout", 0.56),
        ("unseen117/heldout", 0.38),
        ("unseen118/heldout", 0.38),
    ],
)
def test_evaluate_held_out_articles_are_scored(
    extractor: Extractor, settings: Settings, folder: str, floor: float
) -> None:
    """The held-out test halves (written without looking at the extractor, never read while tuning it) are
    reported, not tuned against; the floor, below today's score, only guards against a collapse."""
    unseen = Path(__file__).parent / "data" / folder
    report = evaluate(unseen / "gold.jsonl", unseen, settings, extractor=extractor)
    assert report.overall.f1 >= floor, report.as_json()["by_type"]
