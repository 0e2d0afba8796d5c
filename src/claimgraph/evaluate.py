"""Scoring the extractor against gold claims, with the matching rules of the gold format
(``claims-gold-format.md``): the yardstick for extraction quality.

The corpus is ingested into a throwaway in-memory store and the claims are read back from the graph, so the
score measures the whole write path, not the extractor alone.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimgraph.corpus import discover, read_article
from claimgraph.extract import Extractor
from claimgraph.graph.namespaces import Iris
from claimgraph.ingest import ingest
from claimgraph.query.claims import ClaimJson, read_claims
from claimgraph.records import CLAIM_TYPES, NUMERIC_CLAIM_TYPES, RELATION_CLAIM_TYPES, Claim, Entity
from claimgraph.settings import Settings
from claimgraph.store import open_store

Gold = dict[str, Any]
MAX_SPAN = 400
TOLERANCE = 0.01


@dataclass
class TypeScore:
    gold: int = 0
    system: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.system if self.system else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else (1.0 if not self.system else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    overall: TypeScore
    by_type: dict[str, TypeScore]
    modality_accuracy: float
    time_accuracy: float
    attribution_accuracy: float
    misses: list[Gold] = field(default_factory=list)
    false_positives: list[ClaimJson] = field(default_factory=list)
    calibration: dict[str, tuple[int, int]] = field(default_factory=dict)  # band → (claims, correct)

    def as_json(self) -> dict[str, Any]:
        def score(s: TypeScore) -> dict[str, Any]:
            return {
                "gold": s.gold,
                "system": s.system,
                "matched": s.matched,
                "precision": round(s.precision, 3),
                "recall": round(s.recall, 3),
                "f1": round(s.f1, 3),
            }

        return {
            "overall": score(self.overall),
            "by_type": {name: score(s) for name, s in self.by_type.items()},
            "modality_accuracy": round(self.modality_accuracy, 3),
            "time_accuracy": round(self.time_accuracy, 3),
            "attribution_accuracy": round(self.attribution_accuracy, 3),
            "calibration": {
                band: {"claims": n, "correct": ok, "precision": round(ok / n, 3) if n else None}
                for band, (n, ok) in self.calibration.items()
            },
            "misses": self.misses,
            "false_positives": self.false_positives,
        }


def read_gold(path: Path) -> list[Gold]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(gold_path: Path, corpus: Path, settings: Settings, extractor: Extractor | None = None) -> EvalReport:
    """Ingest ``corpus`` into a throwaway store and score its claims against the gold file."""
    gold = read_gold(gold_path)
    texts = {article.file: article.text for article in map(read_article, discover([corpus]))}
    settings = settings.model_copy(update={"store": None})
    with open_store(None) as store:
        ingest([corpus], store, settings, extractor=extractor)
        system = read_claims(store, Iris(settings.base_iri))
    return score(gold, system, texts)


def score(gold: list[Gold], system: list[ClaimJson], texts: dict[str, str]) -> EvalReport:
    """One-to-one matching (a maximum bipartite matching, so a repeated claim cannot take a second gold)."""
    pairing = pair(gold, system, texts)
    matched_gold = {g: s for s, g in pairing.items()}
    by_type = {name: TypeScore() for name in CLAIM_TYPES}
    for item in gold:
        by_type[item["type"]].gold += 1
    for claim in system:
        by_type[claim["type"]].system += 1
    for g_index in matched_gold:
        by_type[gold[g_index]["type"]].matched += 1
    overall = TypeScore(len(gold), len(system), len(matched_gold))
    pairs = [(system[s], gold[g]) for g, s in matched_gold.items()]
    return EvalReport(
        overall=overall,
        by_type={name: s for name, s in by_type.items() if s.gold or s.system},
        modality_accuracy=_share(pairs, lambda c, g: c["modality"] == g["modality"]),
        time_accuracy=_share(pairs, lambda c, g: c["time"] == g["time"]),
        attribution_accuracy=_share(
            pairs,
            lambda c, g: (
                names(_label(c["attributed_to"]), g["attributed_to"], g.get("attributed_to_aliases", []))
                if g["attributed_to"]
                else c["attributed_to"] is None
            ),
        ),
        calibration=_calibration(system, set(pairing)),
        misses=[item for index, item in enumerate(gold) if index not in matched_gold],
        false_positives=[claim for index, claim in enumerate(system) if index not in pairing],
    )


def pair(gold: list[Gold], system: list[ClaimJson], texts: dict[str, str]) -> dict[int, int]:
    """Which gold claim each right system claim takes: system index → gold index."""
    candidates: dict[int, list[int]] = defaultdict(list)
    for s_index, claim in enumerate(system):
        for g_index, item in enumerate(gold):
            if matches(claim, item, texts.get(item["doc"], "")):
                candidates[s_index].append(g_index)
    return _max_matching(candidates)


def record_json(claim: Claim, file: str) -> ClaimJson:
    """The fields the matcher reads, straight from an extracted record (no store round trip): for tools that
    score claims before they reach a graph."""

    def entity(value: Entity | None) -> dict[str, str] | None:
        return None if value is None else {"id": value.key, "label": value.label}

    return {
        "type": claim.type,
        "subject": entity(claim.subject),
        "object": entity(claim.object),
        "value": None if claim.value is None else float(claim.value),
        "value_max": None if claim.value_max is None else float(claim.value_max),
        "unit": claim.unit,
        "time": claim.time,
        "modality": claim.modality,
        "attributed_to": entity(claim.attributed_to),
        "confidence": claim.confidence,
        "evidence": [
            {"source": {"file": file}, "quote": e.quote, "start": e.start, "end": e.end} for e in claim.evidence
        ],
    }


CONFIDENCE_BANDS = (("≥ 0.8", 0.8, 1.01), ("0.6–0.8", 0.6, 0.8), ("< 0.6", 0.0, 0.6))


def _calibration(system: list[ClaimJson], correct: set[int]) -> dict[str, tuple[int, int]]:
    """How often claims of each confidence band are right: what the confidence scale promises."""
    bands = {}
    for name, low, high in CONFIDENCE_BANDS:
        members = [i for i, claim in enumerate(system) if low <= claim["confidence"] < high]
        bands[name] = (len(members), sum(1 for i in members if i in correct))
    return bands


def matches(claim: ClaimJson, gold: Gold, text: str) -> bool:
    if claim["type"] != gold["type"] or not any(e["source"]["file"] == gold["doc"] for e in claim["evidence"]):
        return False
    if not _evidence_overlaps(claim, gold, text):
        return False
    if gold["type"] in NUMERIC_CLAIM_TYPES and not _value_matches(claim, gold):
        return False
    if gold["type"] != "SanctionEffect" and not names(
        claim["subject"]["label"], gold["subject"], gold.get("subject_aliases", [])
    ):
        return False
    if gold["type"] in (*RELATION_CLAIM_TYPES, "MarketShare") and not _object_matches(claim, gold):
        return False
    return not (
        gold["type"] in RELATION_CLAIM_TYPES and claim["object"] and claim["object"]["id"] == claim["subject"]["id"]
    )


def _object_matches(claim: ClaimJson, gold: Gold) -> bool:
    obj = claim["object"]
    return obj is not None and names(obj["label"], gold["object"] or "", gold.get("object_aliases", []))


def _evidence_overlaps(claim: ClaimJson, gold: Gold, text: str) -> bool:
    quotes = [gold["quote"], *gold.get("also_quotes", [])]
    spans = [(m.start(), m.end(), len(q)) for q in quotes for m in re.finditer(re.escape(q), text)]
    for evidence in claim["evidence"]:
        if evidence["source"]["file"] != gold["doc"]:
            continue
        start, end = evidence["start"], evidence["end"]
        for g_start, g_end, length in spans:
            if start < g_end and g_start < end and end - start <= max(MAX_SPAN, 3 * length):
                return True
    return False


def _value_matches(claim: ClaimJson, gold: Gold) -> bool:
    figures = [(gold["value"], gold["unit"])]
    if gold.get("value_max") is not None:
        figures.append((gold["value_max"], gold["unit"]))
    figures += [(alt["value"], alt["unit"]) for alt in gold.get("alt_values") or []]
    ends = [v for v in (claim["value"], claim["value_max"]) if v is not None]
    return any(
        unit == claim["unit"] and any(_close(end, value) for end in ends)
        for value, unit in figures
        if value is not None
    )


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE * max(abs(b), 1e-9)


def names(label: str | None, name: str, aliases: Iterable[str]) -> bool:
    """Whether a system label names the gold entity: equal, but for case, a leading "the" or a possessive, or
    the gold words standing together inside the label ("major US hyperscalers" names "US hyperscalers")."""
    if not label:
        return False
    words = _words(label)
    for candidate in (name, *aliases):
        target = _words(candidate)
        if target and any(words[i : i + len(target)] == target for i in range(len(words) - len(target) + 1)):
            return True
    return False


# The gold format compares these abbreviations as their expansions.
_EXPANSIONS = {
    "llm": ["large", "language", "model"],
    "llms": ["large", "language", "models"],
    "maas": ["model", "as", "a", "service"],
    "genai": ["generative", "ai"],
}


def _words(name: str) -> list[str]:
    """A name's words for comparison: case folded, possessives and a leading "the" dropped, hyphens as spaces,
    LLM / MaaS / GenAI as their expansions."""
    name = re.sub(r"[’']s\b", "", name.casefold()).replace("-", " ")
    words = [part for word in re.findall(r"[\w.+]+", name) for part in _EXPANSIONS.get(word, [word])]
    return words[1:] if words[:1] == ["the"] else words


def _label(entity: dict[str, str] | None) -> str | None:
    return entity["label"] if entity else None


def _share(pairs: list[tuple[ClaimJson, Gold]], test: Any) -> float:
    return sum(1 for c, g in pairs if test(c, g)) / len(pairs) if pairs else 0.0


def _max_matching(candidates: dict[int, list[int]]) -> dict[int, int]:
    """Kuhn's augmenting paths: system index → gold index."""
    gold_owner: dict[int, int] = {}

    def augment(s: int, seen: set[int]) -> bool:
        for g in candidates[s]:
            if g in seen:
                continue
            seen.add(g)
            if g not in gold_owner or augment(gold_owner[g], seen):
                gold_owner[g] = s
                return True
        return False

    for s in list(candidates):
        augment(s, set())
    return {s: g for g, s in gold_owner.items()}
