"""How likely a claim is to be right: the rules' confidence, recalibrated by a model learned from gold.

Each rule scores its claims by the mechanism that found them (a subject named by syntax scores higher than one
taken from the paragraph's topic, a restatement adds a little). Measured against gold, those scores hardly rank:
claims of 0.8 and above were right about as often as claims below 0.6. What does tell right from wrong is
visible on the finished record: the claim's type together with the rule's score, whether its subject and object
are named in the quote or were resolved from context, whether the gazetteer knows them, whether the figure sits
in a table row, a list item or the title. A logistic regression over those features of the record, fitted to the
matcher's verdicts on the development halves only (``tools/train_calibration.py``), turns them into a
probability, and that probability becomes the claim's ``confidence``.

The weights are data (``patterns/calibration.json``), regenerated when the rules change; the extractor only adds
and multiplies. No claim is dropped here: ``min_confidence`` decides that, on the calibrated scale.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files
from typing import Any

from claimgraph.extract.spans import on_a_list_line
from claimgraph.records import CLAIM_TYPES, ENTITY_TYPES, MODALITIES, UNITS, Claim, Entity

_FIGURE = re.compile(r"\d[\d.,]*\s*%|[$€¥£]\s?\d")
_NUMERIC_FEATURES = (
    "rule_confidence",
    "restatements",
    "quote_length",
    "figures_in_quote",
    "subject_words",
)
_FLAGS = (
    "has_object",
    "subject_known",
    "object_known",
    "subject_named",
    "object_named",
    "has_time",
    "has_measure",
    "attributed",
    "list_item",
    "table_row",
    "title",
)


def feature_names() -> frozenset[str]:
    """Every feature ``claim_features`` can emit: a stored model naming any other was made by other code."""
    names = {*_NUMERIC_FEATURES, *_FLAGS}
    for kind in CLAIM_TYPES:
        names |= {f"type={kind}", f"type={kind}*rule_confidence", f"type={kind}*subject_named"}
        names |= {f"type={kind}*subject_type={e}" for e in ENTITY_TYPES}
        names |= {f"type={kind}*object_type={e}" for e in ENTITY_TYPES}
    names |= {f"modality={m}" for m in MODALITIES}
    names |= {f"subject_type={e}" for e in ENTITY_TYPES} | {f"object_type={e}" for e in ENTITY_TYPES}
    names |= {f"unit={u}" for u in (*UNITS, "other")}
    return frozenset(names)


def claim_features(claim: Claim, text: str) -> dict[str, float]:
    """What the record shows of how its claim was found, as named features (absent means 0)."""
    first = claim.evidence[0]
    line_start = text.rfind("\n", 0, first.start) + 1
    line_end = text.find("\n", first.start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    # an article opens on its title: the block before the first blank line, else (HTML reduced to lines) its
    # first line; a text of one line has none
    title_end = text.find("\n\n")
    title_end = text.find("\n") if title_end == -1 else title_end
    subject_named = _named_in(claim.subject, first.quote)
    features = {
        f"type={claim.type}": 1.0,
        "rule_confidence": claim.confidence,
        f"type={claim.type}*rule_confidence": claim.confidence,
        f"modality={claim.modality}": 1.0,
        f"subject_type={claim.subject.type}": 1.0,
        f"type={claim.type}*subject_type={claim.subject.type}": 1.0,
        "subject_known": float(claim.subject.known),
        "subject_named": float(subject_named),
        f"type={claim.type}*subject_named": float(subject_named),
        "subject_words": float(len(claim.subject.label.split())),
        "restatements": math.log(len(claim.evidence)),
        "quote_length": math.log(len(first.quote) + 1),
        "figures_in_quote": len(_FIGURE.findall(first.quote)) / 3,
        "has_time": float(claim.time is not None),
        "has_measure": float(claim.measure is not None),
        "attributed": float(claim.attributed_to is not None),
        "list_item": float(on_a_list_line(text, first.start)),
        "table_row": float("|" in line),
        "title": float(0 <= first.start < title_end),
    }
    if claim.object is not None:
        features |= {
            "has_object": 1.0,
            f"object_type={claim.object.type}": 1.0,
            f"type={claim.type}*object_type={claim.object.type}": 1.0,
            "object_known": float(claim.object.known),
            "object_named": float(_named_in(claim.object, first.quote)),
        }
    if claim.unit is not None:  # a currency the unit list does not name (a rupiah figure) is "other"
        features[f"unit={claim.unit if claim.unit in UNITS else 'other'}"] = 1.0
    return features


def _named_in(entity: Entity, quote: str) -> bool:
    """Whether the quote names the entity by its label or an alias, as whole words (no "Arm" inside "warm")."""
    names = (entity.label, *entity.aliases)
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", quote, re.IGNORECASE) for name in names if name)


@dataclass(frozen=True)
class Calibration:
    """A fitted logistic regression: ``confidence = 1 / (1 + exp(-(intercept + Σ weight × feature)))``."""

    intercept: float
    weights: Mapping[str, float]

    def probability(self, claim: Claim, text: str) -> float:
        score = self.intercept + sum(
            self.weights.get(name, 0.0) * value for name, value in claim_features(claim, text).items()
        )
        return 1.0 / (1.0 + math.exp(-score))

    def apply(self, claims: Iterable[Claim], text: str) -> list[Claim]:
        return [replace(claim, confidence=round(self.probability(claim, text), 2)) for claim in claims]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Calibration:
        """Refuses weights for features this code does not make: they were fitted to other code."""
        unknown = set(data["weights"]) - feature_names()
        if unknown:
            raise ValueError(f"calibration weighs features this code does not make: {sorted(unknown)}")
        return cls(float(data["intercept"]), {name: float(w) for name, w in data["weights"].items()})


@lru_cache(maxsize=1)
def load_calibration() -> Calibration:
    path = files("claimgraph.extract").joinpath("patterns/calibration.json")
    return Calibration.from_json(json.loads(path.read_text(encoding="utf-8")))
