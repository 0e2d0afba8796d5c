"""Would a learned relation reader beat the relation rules? Measured, not assumed.

On the held-out halves, 303 of 405 gold relation claims (75 %) have both their subject and their object among the
extractor's mentions of the quote's sentence, yet only ~164 are matched: the relation rules, not entity discovery,
lose most of them. The candidate here reads every ordered pair of mentions in a sentence whose entity types some
relation allows, and decides its relation (or none) with a multinomial logistic regression over the dependency
path between the two (its lemmas, its lowest common word, its labels), the words between them, their types and
order, and whether the rules linked them. Labels come from the gold of the **development** halves only (a pair is
a relation when a gold claim of that type names both and its quote lies in that sentence); held-out halves are
never read.

Each development set is scored by a model trained on the others (leave-one-set-out), at several thresholds; the
reader alone, the rules plus what the reader adds, and the rules less the claims the reader doubts (a veto: the
reader gives the rule's relation for that pair less than a threshold) are compared with the rules alone, all under
one matcher
(type, and subject and object among the gold's names and aliases, per article). Writes
``bench/results/relation_reader.json`` with the machine's details.
Run: `.venv/bin/pip install -e '.[bench]'` then `.venv/bin/python -m bench.relation_reader`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Token

from bench.machine import machine
from claimgraph.corpus import read_article
from claimgraph.extract import Extractor
from claimgraph.extract.chunks import parse
from claimgraph.extract.discover import find_mentions
from claimgraph.extract.document import Mention, Sentence, normalise_name, read_document
from claimgraph.ingest import make_extractor
from claimgraph.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
DEV_SETS = {
    "shipped": (DATA / "gold" / "seeds.jsonl", ROOT / "corpus"),
    **{
        f"{name}/dev": (DATA / name / "dev" / "gold.jsonl", DATA / name / "dev")
        for name in ("unseen", "unseen2", "dev12", *(f"unseen{n}" for n in range(4, 35)))
    },
}
BUSINESS = {"Company", "Cloud", "Lab", "Organization", "Aggregator"}
# The entity types each relation takes, as the gold format defines them (subject side, object side).
RELATIONS = {
    "Develops": (BUSINESS, {"Model", "Product"}),
    "Offers": (BUSINESS, {"Model", "Product", "Group"}),
    "CustomerOf": (BUSINESS | {"Group"}, BUSINESS | {"Model", "Product"}),
    "SubsidiaryOf": (BUSINESS, BUSINESS),
    "BuiltOn": ({"Model", "Product"}, {"Model", "Product"}),
    "OperatesIn": (BUSINESS | {"ResearchFirm"}, {"Country", "Region"}),
}
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
# a rule's claim is dropped when the reader gives its relation less than this probability for the pair
VETOES = (0.05, 0.1, 0.2, 0.3, 0.4)


@dataclass
class Pair:
    """One candidate: an ordered pair of mentions of one sentence, its features and its gold relation."""

    doc: str
    subject: str
    obj: str
    features: dict[str, float]
    label: str


@dataclass
class DevArticle:
    """One development article: its candidates, the rules' relation claims and the gold's."""

    name: str
    pairs: list[Pair] = field(default_factory=list)
    rules: set[tuple[str, str, str]] = field(default_factory=set)
    gold: list[dict] = field(default_factory=list)


def names(claim: dict, side: str) -> set[str]:
    return {normalise_name(n) for n in [claim.get(side), *(claim.get(f"{side}_aliases") or [])] if n}


def quoted_in(claim: dict, text: str, sentence: Sentence) -> bool:
    quotes = [claim.get("quote") or "", *(claim.get("also_quotes") or [])]
    return any(q and sentence.start <= text.find(q) < sentence.end for q in quotes)


def path_features(a: Token, b: Token) -> dict[str, float]:
    """The dependency path between two words: its lemmas, its lowest common word, its labels in order."""
    up_a, up_b = [a, *a.ancestors], [b, *b.ancestors]
    common = next((t for t in up_a if t in up_b), None)
    if common is None:
        return {"path:none": 1.0}
    left, right = up_a[: up_a.index(common)], up_b[: up_b.index(common)]
    found = {f"lca:{common.lemma_.lower()}": 1.0, f"lcapos:{common.pos_}": 1.0}
    for token in (*left[1:], *right[1:]):
        found[f"path:{token.lemma_.lower()}"] = 1.0
    labels = "/".join([t.dep_ for t in left] + ["^"] + [t.dep_ for t in reversed(right)])
    found[f"deps:{labels}"] = 1.0
    found[f"len:{min(len(left) + len(right), 6)}"] = 1.0
    return found


def pair_features(sentence: Sentence, a: Mention, b: Mention, rules: set[tuple[str, str, str]]) -> dict[str, float]:
    doc = sentence.span.doc
    found = {f"types:{a.entity.type}>{b.entity.type}": 1.0, f"order:{'ab' if a.start < b.start else 'ba'}": 1.0}
    found.update(path_features(a.root(doc), b.root(doc)))
    first, second = (a, b) if a.start < b.start else (b, a)
    between = doc[first.token_end : second.token_start]
    for token in list(between)[:10]:
        found[f"btw:{token.lemma_.lower()}"] = 1.0
    found[f"gap:{min(len(between) // 3, 5)}"] = 1.0
    for relation in RELATIONS:
        if (relation, a.entity.label, b.entity.label) in rules:
            found[f"rule:{relation}"] = 1.0
        if (relation, b.entity.label, a.entity.label) in rules:
            found[f"rule_reversed:{relation}"] = 1.0
    return found


def read_set(extractor: Extractor, gold_path: Path, folder: Path) -> list[DevArticle]:
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = []
    for path in sorted(folder.glob("*.txt")):
        article = read_article(path)
        doc = parse(extractor.nlp, article.text)
        sentences = read_document(doc, article.text, find_mentions(doc, extractor.index, article.text))
        claims = extractor._read(article, parse(extractor.nlp, article.text), "").claims
        # keyed by its set's folder too: the sets from 12 on all name their articles m01.txt, m02.txt, …
        key = f"{folder.parent.name}/{folder.name}/{path.name}"
        read = DevArticle(key, gold=[g for g in gold if g["doc"] == path.name and g["type"] in RELATIONS])
        for claim in claims:
            if claim.type in RELATIONS and claim.object is not None:
                read.rules.add((claim.type, claim.subject.label, claim.object.label))
        for sentence in sentences:
            read.pairs.extend(_candidates(sentence, article.text, read))
        articles.append(read)
    return articles


def _candidates(sentence: Sentence, text: str, article: DevArticle) -> Iterator[Pair]:
    mentions = list({m.entity.key: m for m in reversed(sentence.mentions)}.values())
    quoted = [g for g in article.gold if quoted_in(g, text, sentence)]
    for a in mentions:
        for b in mentions:
            if a is b or not any(a.entity.type in s and b.entity.type in o for s, o in RELATIONS.values()):
                continue
            sa, sb = normalise_name(a.entity.label), normalise_name(b.entity.label)
            label = next((g["type"] for g in quoted if sa in names(g, "subject") and sb in names(g, "object")), "none")
            features = pair_features(sentence, a, b, article.rules)
            yield Pair(article.name, a.entity.label, b.entity.label, features, label)


def states(found: tuple[str, str, str], claim: dict) -> bool:
    """Whether a (type, subject, object) found names the gold claim."""
    relation, subject, obj = found
    return (
        claim["type"] == relation
        and normalise_name(subject) in names(claim, "subject")
        and normalise_name(obj) in names(claim, "object")
    )


def matched(found: set[tuple[str, str, str]], article: DevArticle) -> tuple[int, int]:
    """(predicted claims that a gold claim names, gold claims some prediction names)."""
    right = sum(any(states(f, g) for g in article.gold) for f in found)
    hit = sum(any(states(f, g) for f in found) for g in article.gold)
    return right, hit


def scores(predicted: dict[str, set[tuple[str, str, str]]], articles: list[DevArticle]) -> dict[str, float]:
    system = sum(len(predicted[a.name]) for a in articles)
    right = hit = 0
    for article in articles:
        r, h = matched(predicted[article.name], article)
        right, hit = right + r, hit + h
    gold = sum(len(a.gold) for a in articles)
    precision = right / system if system else 0.0
    recall = hit / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": gold,
        "system": system,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
    }


def main() -> None:
    extractor = make_extractor(Settings(store=None))
    sets = {name: read_set(extractor, gold, folder) for name, (gold, folder) in DEV_SETS.items()}
    everything = [a for articles in sets.values() for a in articles]
    rules = {a.name: a.rules for a in everything}
    reader: dict[float, dict[str, set[tuple[str, str, str]]]] = {t: {} for t in THRESHOLDS}
    kept: dict[float, dict[str, set[tuple[str, str, str]]]] = {v: {} for v in VETOES}
    for held, articles in sets.items():
        train = [p for name, other in sets.items() if name != held for a in other for p in a.pairs]
        vectorizer = DictVectorizer()
        model = LogisticRegression(max_iter=2000, C=1.0, class_weight="balanced")
        model.fit(vectorizer.fit_transform([p.features for p in train]), [p.label for p in train])
        for article in articles:
            if not article.pairs:
                for t in THRESHOLDS:
                    reader[t][article.name] = set()
                for v in VETOES:
                    kept[v][article.name] = set(article.rules)
                continue
            probabilities = model.predict_proba(vectorizer.transform([p.features for p in article.pairs]))
            belief: dict[tuple[str, str, str], float] = {}  # the reader's best probability of each rule claim
            for p, row in zip(article.pairs, probabilities, strict=True):
                for k, relation in enumerate(model.classes_):
                    key = (relation, p.subject, p.obj)
                    belief[key] = max(belief.get(key, 0.0), float(row[k]))
            for v in VETOES:
                # a claim the rules read from context, with no pair in one sentence, is not the reader's to judge
                kept[v][article.name] = {r for r in article.rules if belief.get(r, 1.0) >= v}
            for t in THRESHOLDS:
                reader[t][article.name] = {
                    (model.classes_[k], p.subject, p.obj)
                    for p, row in zip(article.pairs, probabilities, strict=True)
                    if model.classes_[(k := int(row.argmax()))] != "none" and row[k] >= t
                }
    results = {
        "machine": machine(),
        "training_pairs": sum(len(a.pairs) for a in everything),
        "positive_pairs": sum(p.label != "none" for a in everything for p in a.pairs),
        "rules_alone": scores(rules, everything),
        "by_threshold": {
            str(t): {
                "reader_alone": scores(reader[t], everything),
                "rules_plus_reader": scores({n: rules[n] | reader[t][n] for n in rules}, everything),
            }
            for t in THRESHOLDS
        },
        "rules_vetoed_by_reader": {str(v): scores(kept[v], everything) for v in VETOES},
        "by_set_rules_alone": {name: scores(rules, articles) for name, articles in sets.items()},
    }
    out = ROOT / "bench" / "results" / "relation_reader.json"
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in results.items() if k != "machine"}, indent=1))


if __name__ == "__main__":
    main()
