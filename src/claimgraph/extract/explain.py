"""Why the extractor read an article the way it did: every figure in the text, with the claim it became or the
reason it was dropped, and the relation and sanction claims of each sentence.

A miss is diagnosed in seconds: ``claimgraph explain FILE`` shows whether the figure was never seen (not in the
list), was seen but given no type, no subject or no market (the reason says which), or became a claim with a
wrong part (the claim is printed whole). Recording costs nothing when nobody asks: the reading context keeps
outcomes only when an explanation is requested.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from claimgraph.records import Claim


@dataclass(frozen=True)
class FigureOutcome:
    """One figure of the text and what became of it."""

    start: int  # character offsets into the article text
    end: int
    text: str
    value: Decimal
    unit: str
    claims: tuple[Claim, ...]  # the claims it became (a figure may also imply a relation); empty if dropped
    reason: str  # how it was read, or why it was dropped


@dataclass(frozen=True)
class SentenceClaims:
    """The relation and sanction claims one sentence states."""

    start: int
    end: int
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class Explanation:
    """An article's figures and relation claims, in text order, and the claims the article ends with."""

    figures: tuple[FigureOutcome, ...]
    relations: tuple[SentenceClaims, ...]
    claims: tuple[Claim, ...]

    def as_json(self, text: str) -> dict[str, object]:
        """The explanation as JSON (``claimgraph explain --json``); ``text`` is the article's, for the quotes."""
        return {
            "figures": [
                {
                    "start": f.start,
                    "end": f.end,
                    "text": text[f.start : f.end],
                    "value": float(f.value),
                    "unit": f.unit,
                    "claims": [describe(c, by_rule=True) for c in f.claims],
                    "reason": f.reason,
                }
                for f in self.figures
            ],
            "relations": [
                {"start": s.start, "end": s.end, "claims": [describe(c, by_rule=True) for c in s.claims]}
                for s in self.relations
            ],
            "claims": [describe(c) for c in self.claims],
        }


def describe(claim: Claim, *, by_rule: bool = False) -> str:
    """A claim on one line: "MarketShare Larkspur Cloud → Chile AI cloud market = 28.4 percent (2025, estimated,
    according to Tidewell Research, confidence 0.8)". ``by_rule`` for a claim as a rule made it, before merging and
    calibration: its confidence is the rule's own ("rule confidence 0.65")."""
    target = f" → {claim.object.label}" if claim.object is not None else ""
    value = ""
    if claim.value is not None:
        high = f"–{claim.value_max}" if claim.value_max is not None else ""
        value = f" = {claim.value}{high} {claim.unit}"
    details = [d for d in (claim.time, claim.modality, claim.measure and f"of {claim.measure}") if d]
    if claim.attributed_to is not None:
        details.append(f"according to {claim.attributed_to.label}")
    if claim.effect:
        details.append(f"effect: {claim.effect}")
    details.append(f"{'rule confidence' if by_rule else 'confidence'} {claim.confidence:g}")
    return f"{claim.type} {claim.subject.label}{target}{value} ({', '.join(details)})"
