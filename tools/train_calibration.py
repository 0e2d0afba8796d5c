"""Write ``src/claimgraph/extract/patterns/calibration.json``: the weights that turn the rules' confidence into a
probability of being right (``claimgraph/extract/calibration.py`` says why and how they are used).

Training data is the development halves only: every ``tests/data/*/dev`` folder and the shipped corpus, each
claim the rules make (uncalibrated) labelled by the gold matcher's verdict. Held-out halves are never read; how
well the calibrated scale holds on them is measured with ``claimgraph eval``, in aggregate. Rerun after a change to
the rules, since a rule's confidence and what it finds are inputs::

    .venv/bin/pip install -e '.[bench]' && .venv/bin/python tools/train_calibration.py

Prints the cross-validated ranking (ROC AUC, each set's claims scored by a model that never saw that set) of the
rules' confidence and of the calibrated one.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from claimgraph import __version__
from claimgraph.corpus import discover, read_article
from claimgraph.evaluate import pair, read_gold, record_json
from claimgraph.extract import Extractor
from claimgraph.extract.calibration import claim_features
from claimgraph.graph.ontology import load_gazetteer, load_parents

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
OUT = ROOT / "src" / "claimgraph" / "extract" / "patterns" / "calibration.json"
STRENGTH = 0.3  # inverse L2 strength; 0.1–3 rank alike on the development halves, this one slightly best
FOLDS = 5


def development_halves() -> dict[str, tuple[Path, Path]]:
    """name → (gold file, article folder) for the shipped corpus and every set's development half."""
    halves = {"shipped": (DATA / "gold" / "seeds.jsonl", ROOT / "corpus")}
    for gold in sorted(DATA.glob("*/dev/gold.jsonl")):
        halves[f"{gold.parent.parent.name}/dev"] = (gold, gold.parent)
    return halves


def labelled(
    extractor: Extractor, gold_path: Path, corpus: Path
) -> tuple[list[dict[str, float]], list[int], list[float]]:
    """Each claim's features, the matcher's verdict (1 right, 0 wrong) and the rules' confidence."""
    gold = read_gold(gold_path)
    articles = [read_article(path) for path in discover([corpus])]
    features, system, confidence = [], [], []
    for article in articles:
        for claim in extractor.extract(article).claims:
            features.append(claim_features(claim, article.text))
            system.append(record_json(claim, article.file))
            confidence.append(claim.confidence)
    right = pair(gold, system, {a.file: a.text for a in articles})
    return features, [int(i in right) for i in range(len(system))], confidence


def main() -> None:
    base = "http://localhost:8000/"
    extractor = Extractor(
        load_gazetteer(base), parents=load_parents(base), software_version=__version__, calibrated=False
    )
    rows: list[dict[str, float]] = []
    labels: list[int] = []
    rule_confidence: list[float] = []
    groups: list[int] = []
    halves = development_halves()
    for number, (gold, corpus) in enumerate(halves.values()):
        features, verdicts, confidence = labelled(extractor, gold, corpus)
        rows += features
        labels += verdicts
        rule_confidence += confidence
        groups += [number] * len(verdicts)
    vectors = DictVectorizer()
    x = vectors.fit_transform(rows)
    y = np.array(labels)
    fold = np.array(groups) % FOLDS
    cross = np.zeros(len(y))
    for k in range(FOLDS):
        model = LogisticRegression(C=STRENGTH, max_iter=5000).fit(x[fold != k], y[fold != k])
        cross[fold == k] = model.predict_proba(x[fold == k])[:, 1]
    model = LogisticRegression(C=STRENGTH, max_iter=5000).fit(x, y)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vectors.get_feature_names_out(), model.coef_[0], strict=True)
        if round(float(w), 4)
    }
    OUT.write_text(
        json.dumps(
            {
                "about": "claimgraph/extract/calibration.py; written by tools/train_calibration.py",
                "trained_on": {"halves": len(halves), "claims": len(y), "right": int(y.sum()), "C": STRENGTH},
                "intercept": round(float(model.intercept_[0]), 4),
                "weights": dict(sorted(weights.items())),
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(halves)} development halves, {len(y)} claims, {int(y.sum())} right; wrote {OUT.relative_to(ROOT)}")
    print(
        f"ROC AUC, cross-validated by set: rules {roc_auc_score(y, rule_confidence):.3f}, calibrated "
        f"{roc_auc_score(y, cross):.3f}"
    )


if __name__ == "__main__":
    main()
