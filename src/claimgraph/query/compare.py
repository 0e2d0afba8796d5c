"""When two claims from different sources say the same thing, contradict each other, or only look alike.

The rules, which the README states too:

- Only claims of the same type about the same subject are compared.
- They **measure something else** (listed apart, never as a contradiction) when their objects differ (another
  market, another scope; a missing object counts as different), their measures differ ("token volume" against
  an unstated measure), their periods are both stated and do not overlap, their units differ, or (sanction
  effects) their effects differ.
- Otherwise one negated and one not **contradict** each other.
- Otherwise, two values **agree** when the distance between them (between ranges: the gap between the intervals,
  0 when they overlap) is within the tolerance: **0.5 percentage points** for percentages, else **2 %** of the
  larger magnitude. Within it they corroborate (saying whether the value is the same or differs by rounding);
  beyond it they contradict, with the size of the difference.
- Relation claims (no value) that pass the first two rules corroborate each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claimgraph.query.claims import ClaimJson
from claimgraph.query.periods import overlaps, period_bounds

PERCENT_POINTS_TOLERANCE = 0.5
RELATIVE_TOLERANCE = 0.02
TOLERANCE_RULE = (
    f"values agree within {PERCENT_POINTS_TOLERANCE} percentage points for percentages, "
    f"else within {RELATIVE_TOLERANCE:.0%} of the larger magnitude"
)

CORROBORATES = "corroborates"
CONTRADICTS = "contradicts"
MEASURES_OTHER = "measures_other"


@dataclass(frozen=True)
class Comparison:
    """How another claim relates to the traced one; ``difference`` only where values were compared."""

    relation: str  # CORROBORATES, CONTRADICTS or MEASURES_OTHER
    reasons: tuple[str, ...]
    difference: dict[str, Any] | None = None


def comparable(traced: ClaimJson, other: ClaimJson) -> bool:
    return traced["type"] == other["type"] and traced["subject"]["id"] == other["subject"]["id"]


def compare(traced: ClaimJson, other: ClaimJson) -> Comparison:
    """Classify ``other`` against ``traced``; both must be ``comparable``."""
    apart = _differences_of_kind(traced, other)
    if apart:
        return Comparison(MEASURES_OTHER, apart)
    if (traced["modality"] == "negated") != (other["modality"] == "negated"):
        return Comparison(CONTRADICTS, ("one states the negation of the other",))
    if traced["value"] is None and other["value"] is None:
        return Comparison(CORROBORATES, ("same relation, same polarity",))
    if traced["value"] is None or other["value"] is None:
        return Comparison(MEASURES_OTHER, ("only one of them gives a value",))
    distance = _distance(traced, other)
    tolerance = _tolerance(traced, other)
    difference = {
        "absolute": round(distance, 6),
        "relative": round(distance / abs(float(traced["value"])), 6) if traced["value"] else None,
        "unit": "percentage points" if traced["unit"] == "percent" else traced["unit"],
        "tolerance": tolerance,
    }
    if distance == 0:
        return Comparison(CORROBORATES, ("same value",), difference)
    if distance <= tolerance:
        return Comparison(CORROBORATES, ("value differs within the tolerance (rounding)",), difference)
    return Comparison(CONTRADICTS, ("value differs beyond the tolerance",), difference)


def _differences_of_kind(traced: ClaimJson, other: ClaimJson) -> tuple[str, ...]:
    reasons = []
    if _id(traced["object"]) != _id(other["object"]):
        reasons.append(f"object: {_label(traced['object'])} vs {_label(other['object'])}")
    if traced["measure"] != other["measure"]:
        reasons.append(f"measure: {traced['measure'] or 'unstated'} vs {other['measure'] or 'unstated'}")
    if traced["time"] and other["time"] and not _periods_overlap(traced["time"], other["time"]):
        reasons.append(f"period: {traced['time']} vs {other['time']}")
    if traced["unit"] != other["unit"]:
        reasons.append(f"unit: {traced['unit'] or 'none'} vs {other['unit'] or 'none'}")
    if traced["effect"] != other["effect"]:
        reasons.append(f"effect: {traced['effect'] or 'unstated'} vs {other['effect'] or 'unstated'}")
    return tuple(reasons)


def _periods_overlap(first: str, second: str) -> bool:
    a, b = period_bounds(first), period_bounds(second)
    return first == second if a is None or b is None else overlaps(a, b)


def _interval(claim: ClaimJson) -> tuple[float, float]:
    low = float(claim["value"])
    high = float(claim["value_max"]) if claim["value_max"] is not None else low
    return min(low, high), max(low, high)


def _distance(first: ClaimJson, second: ClaimJson) -> float:
    (a_low, a_high), (b_low, b_high) = _interval(first), _interval(second)
    return max(0.0, b_low - a_high, a_low - b_high)


def _tolerance(first: ClaimJson, second: ClaimJson) -> float:
    if first["unit"] == "percent":
        return PERCENT_POINTS_TOLERANCE
    magnitude = max(abs(x) for x in (*_interval(first), *_interval(second)))
    return round(RELATIVE_TOLERANCE * magnitude, 6)


def format_value(claim: ClaimJson) -> str:
    """A figure as a reader writes it: 13%, 16.5–18%, 7300000000 USD, 3x."""
    if claim["value"] is None:
        return "no value"
    text = f"{claim['value']:.12g}"
    if claim["value_max"] is not None:
        text += f"–{claim['value_max']:.12g}"
    unit = claim["unit"]
    if unit == "percent":
        return text + "%"
    if unit == "times":
        return text + "x"
    return f"{text} {unit}" if unit else text


def _id(entity: dict[str, str] | None) -> str | None:
    return entity["id"] if entity else None


def _label(entity: dict[str, str] | None) -> str:
    return entity["label"] if entity else "none"
