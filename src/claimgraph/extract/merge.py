"""One fact stated several times in an article becomes one claim with several evidence spans."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import replace
from decimal import Decimal

from claimgraph.records import MODALITIES, AltValue, Claim

REPEAT_BONUS = 0.05  # each restatement makes a claim a little more certain, never past 0.99


def merge_claims(candidates: Iterable[Claim]) -> list[Claim]:
    """Group by ``Claim.identity``; keep every distinct span, the most qualified modality (the gold rule) and
    the first attribution; order claims by where they are first stated."""
    groups: dict[Hashable, list[Claim]] = {}
    restated = _date_restatements(_unify_measured_objects(_measures_where_said(list(candidates))))
    for claim in _fold_rounded_figures(restated):
        groups.setdefault(claim.identity, []).append(claim)
    merged = []
    for group in groups.values():
        first = group[0]
        spans = sorted({e for c in group for e in c.evidence}, key=lambda e: (e.start, e.end))
        modality = min((c.modality for c in group), key=MODALITIES.index)
        attributed = next((c.attributed_to for c in group if c.attributed_to is not None), None)
        if attributed is not None and modality == "asserted":
            modality = "reported"  # what the article attributes to someone, it reports; it does not assert it
        confidence = min(0.99, max(c.confidence for c in group) + REPEAT_BONUS * (len(spans) - 1))
        merged.append(
            replace(
                first,
                evidence=tuple(spans),
                modality=modality,
                attributed_to=attributed,
                confidence=round(confidence, 2),
            )
        )
    return sorted(merged, key=lambda c: (c.evidence[0].start, c.type))


def _measures_where_said(claims: list[Claim]) -> list[Claim]:
    """A figure stated once with its measure (a table headed "revenue share") and once without ("kept 80% of
    the market", or a list item with no period of its own) is one fact, of that measure; a figure stated under two
    measures stays two."""
    measures: dict[Hashable, set[str]] = {}
    for claim in claims:
        if claim.measure:
            for key in {_unmeasured_key(claim), _unmeasured_key(claim, timeless=True)}:
                measures.setdefault(key, set()).add(claim.measure)
    return [
        replace(c, measure=next(iter(found)))
        if not c.measure and len(found := measures.get(_unmeasured_key(c, timeless=c.time is None), set())) == 1
        else c
        for c in claims
    ]


def _unmeasured_key(claim: Claim, timeless: bool = False) -> Hashable:
    time = None if timeless else claim.time
    return (claim.type, claim.subject.key, claim.object.key if claim.object else None, claim.value, time)


def _unify_measured_objects(claims: list[Claim]) -> list[Claim]:
    """The same share of the same measure, stated once against a generic platform ("on aggregator
    platforms") and once against a named one ("according to RouteHub"), is one fact: keep the object of the
    more confident statement."""
    best: dict[Hashable, Claim] = {}
    for claim in claims:
        if claim.measure and claim.object is not None:
            key = _measured_key(claim)
            if key not in best or claim.confidence > best[key].confidence:
                best[key] = claim
    return [
        replace(c, object=best[_measured_key(c)].object) if c.measure and c.object is not None else c for c in claims
    ]


def _measured_key(claim: Claim) -> Hashable:
    return (claim.type, claim.subject.key, claim.value, claim.value_max, claim.unit, claim.time, claim.measure)


ROUNDING_TOLERANCE = Decimal("0.1")  # "roughly 6x" restates "approximately 6.4 times"; 6 and 9 are two facts


def _fold_rounded_figures(claims: list[Claim]) -> list[Claim]:
    """The same figure at another precision ("roughly 6x" and "approximately 6.4 times") is one fact: the hedged,
    rounder statement becomes an alternative value and an extra evidence span of the precise one."""
    folded: list[Claim] = []
    for claim in sorted(claims, key=lambda c: -_precision(c.value)):
        target = next((i for i, kept in enumerate(folded) if _rounds_to(claim, kept)), None)
        if target is None:
            folded.append(claim)
            continue
        kept = folded[target]
        assert claim.value is not None and claim.unit is not None
        folded[target] = replace(
            kept,
            evidence=kept.evidence + claim.evidence,
            alt_values=(*kept.alt_values, AltValue(claim.value, claim.unit)),
            modality=min((kept.modality, claim.modality), key=MODALITIES.index),
        )
    return folded


def _rounds_to(rounded: Claim, precise: Claim) -> bool:
    if rounded.value is None or precise.value is None or rounded.value == precise.value:
        return False
    same = (rounded.type, rounded.subject, rounded.object, rounded.unit, rounded.time, rounded.measure) == (
        precise.type,
        precise.subject,
        precise.object,
        precise.unit,
        precise.time,
        precise.measure,
    )
    close = abs(rounded.value - precise.value) <= ROUNDING_TOLERANCE * abs(precise.value)
    hedged = rounded.modality == "estimated" and rounded.value_max is None and precise.value_max is None
    return same and close and hedged and _precision(rounded.value) < _precision(precise.value)


def _precision(value: Decimal | None) -> int:
    """Significant digits: 6.4 is more precise than 6."""
    return 0 if value is None else len(value.normalize().as_tuple().digits)


def _date_restatements(claims: list[Claim]) -> list[Claim]:
    """A headline or summary that restates a figure without its period ("24% Revenue Jump") states the dated fact
    the body gives ("revenue for the second quarter of 2024 rose 24%"), when the body gives exactly one period."""
    periods: dict[Hashable, set[str]] = {}
    for claim in claims:
        if claim.time is not None and claim.value is not None:
            periods.setdefault(_undated_key(claim), set()).add(claim.time)
    dated = []
    for claim in claims:
        known = periods.get(_undated_key(claim), set()) if claim.time is None and claim.value is not None else set()
        dated.append(replace(claim, time=next(iter(known))) if len(known) == 1 else claim)
    return dated


def _undated_key(claim: Claim) -> Hashable:
    return (
        claim.type,
        claim.subject.key,
        claim.object.key if claim.object else None,
        claim.value,
        claim.value_max,
        claim.unit,
        claim.measure,
    )
