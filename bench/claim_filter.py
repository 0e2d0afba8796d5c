"""Would a learned filter beat the extraction rules? Measured, not assumed.

Issue 12 asks to try a small classifier where the rules run out and to keep it only if cross-validation by article
shows it wins. The candidate here is the cheapest one that could help precision: a logistic regression deciding,
for every claim the rules make, whether to keep it, from features of the claim (type, rule confidence, modality,
which roles are filled, entity types, whether its subject is named in the quote or resolved from context, list /
table / lede position, unit). Labels are the strict matcher's verdicts against the gold of the **development**
halves only (the shipped corpus and the dev halves of the thirty-four unseen sets): held-out halves are never read.

Each article is scored by a model trained on every other article (leave-one-article-out), at several thresholds
and regularisations; the result is compared with the rules alone on the same claims. Writes
``bench/results/claim_filter.json`` with the machine's details.
Run: `.venv/bin/pip install scikit-learn && .venv/bin/python -m bench.claim_filter`.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from bench.machine import machine
from claimgraph import __version__
from claimgraph.corpus import discover, read_article
from claimgraph.evaluate import ClaimJson, pair, read_gold, record_json
from claimgraph.extract import Extractor
from claimgraph.graph.ontology import load_gazetteer, load_parents
from claimgraph.records import CLAIM_TYPES, ENTITY_TYPES, Claim, Entity

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
DEV_SETS = {
    "shipped": (DATA / "gold" / "seeds.jsonl", ROOT / "corpus"),
    **{
        f"{name}/dev": (DATA / name / "dev" / "gold.jsonl", DATA / name / "dev")
        for name in ("unseen", "unseen2", "dev12", *(f"unseen{n}" for n in range(4, 35)))
    },
}
MODALITIES = ("asserted", "reported", "estimated", "forecast", "hedged")
UNITS = ("percent", "USD", "CNY", "EUR", "times", "GW", "MW", "tokens")
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6)
STRENGTHS = (0.1, 0.3, 1.0, 3.0)
LIST_ITEM = re.compile(r"\s*(?:[-*•]|\d+[.)])\s")
FIGURE = re.compile(r"\d(?:[\d.,]*)\s*%|[$€¥]\s?\d")


@dataclass
class Labelled:
    """The claims of one development set with their features and the matcher's verdicts."""

    name: str
    gold: int
    features: list[list[float]]
    correct: list[int]
    confidence: list[float]
    articles: list[str]


def named_in(entity: Entity, quote: str) -> bool:
    lowered = quote.lower()
    return any(name.lower() in lowered for name in (entity.label, *entity.aliases))


def one_hot(value: str | None, choices: tuple[str, ...]) -> list[float]:
    return [1.0 if value == choice else 0.0 for choice in choices]


def features(claim: Claim, text: str) -> list[float]:
    evidence = claim.evidence[0]
    line_start = text.rfind("\n", 0, evidence.start) + 1
    line_end = text.find("\n", evidence.start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    obj = claim.object
    return [
        *one_hot(claim.type, CLAIM_TYPES),
        claim.confidence,
        claim.confidence**2,
        *one_hot(claim.modality, MODALITIES),
        float(claim.time is not None),
        float(claim.attributed_to is not None),
        float(obj is not None),
        float(claim.measure is not None),
        float(claim.subject.known),
        float(obj.known) if obj else 0.0,
        *one_hot(claim.subject.type, ENTITY_TYPES),
        *one_hot(obj.type if obj else None, ENTITY_TYPES),
        float(named_in(claim.subject, evidence.quote)),
        float(named_in(obj, evidence.quote)) if obj else 0.0,
        math.log(len(claim.evidence)),
        math.log(len(evidence.quote) + 1),
        float(bool(LIST_ITEM.match(line))),
        float("|" in line),
        float(evidence.start < 150),
        len(FIGURE.findall(evidence.quote)) / 3,
        *one_hot(claim.unit, UNITS),
    ]


def label(extractor: Extractor, name: str, gold_path: Path, corpus: Path) -> Labelled:
    gold = read_gold(gold_path)
    articles = [read_article(path) for path in discover([corpus])]
    system: list[ClaimJson] = []
    result = Labelled(name, len(gold), [], [], [], [])
    for article in articles:
        for claim in extractor.extract(article).claims:
            system.append(record_json(claim, article.file))
            result.features.append(features(claim, article.text))
            result.confidence.append(claim.confidence)
            result.articles.append(f"{name}:{article.file}")
    right = pair(gold, system, {a.file: a.text for a in articles})
    result.correct = [int(index in right) for index in range(len(system))]
    return result


def prf(kept: int, right: int, gold: int) -> dict[str, float]:
    precision = right / kept if kept else 0.0
    recall = right / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def cross_validate(sets: list[Labelled], strength: float) -> np.ndarray:
    """Each article's claims scored by a model that never saw that article."""
    x = np.array([row for s in sets for row in s.features])
    y = np.array([c for s in sets for c in s.correct])
    articles = np.array([a for s in sets for a in s.articles])
    probability = np.zeros(len(y))
    for article in sorted(set(articles)):
        held = articles == article
        model = LogisticRegression(C=strength, max_iter=5000).fit(x[~held], y[~held])
        probability[held] = model.predict_proba(x[held])[:, 1]
    return probability


def main() -> None:
    base = "http://localhost:8000/"
    extractor = Extractor(
        load_gazetteer(base), parents=load_parents(base), software_version=__version__, calibrated=False
    )
    sets = [label(extractor, name, gold, corpus) for name, (gold, corpus) in DEV_SETS.items()]
    y = np.array([c for s in sets for c in s.correct])
    set_of = np.array([s.name for s in sets for _ in s.correct])
    gold_total = sum(s.gold for s in sets)
    rules = prf(len(y), int(y.sum()), gold_total)
    runs = []
    for strength in STRENGTHS:
        probability = cross_validate(sets, strength)
        for threshold in THRESHOLDS:
            keep = probability >= threshold
            per_set = {
                s.name: prf(
                    int((keep & (set_of == s.name)).sum()), int((keep & (set_of == s.name) & (y == 1)).sum()), s.gold
                )
                for s in sets
            }
            runs.append(
                {
                    "C": strength,
                    "threshold": threshold,
                    "all": prf(int(keep.sum()), int((keep & (y == 1)).sum()), gold_total),
                    "sets": per_set,
                    "auc": round(float(roc_auc_score(y, probability)), 3),
                }
            )
    best = max(runs, key=lambda run: run["all"]["f1"])
    confidence = np.array([c for s in sets for c in s.confidence])
    result = {
        "machine": machine(),
        "claims": len(y),
        "wrong": int(len(y) - y.sum()),
        "gold": gold_total,
        "rules_alone": rules,
        "rule_confidence_auc": round(float(roc_auc_score(y, confidence)), 3),
        "best_filter": best,
        "winner": "filter" if best["all"]["f1"] > rules["f1"] else "rules",
        "runs": runs,
    }
    out = Path(__file__).parent / "results" / "claim_filter.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "runs"}, indent=2))


if __name__ == "__main__":
    main()
