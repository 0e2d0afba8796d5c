"""Shares whose holder is no name and whose whole is no market, each read by a reader of its own: a source's share
of electricity (``energy_mix``), a vendor's share of a survey's respondents (``survey_shares``), a part of a budget
(``budget_shares``). The ordinary reading of a share (a named holder, a named market) finds neither side of these;
a reader that knows the wording does, and this module turns what it found into the claim."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.continuations import figure_modality
from claimgraph.extract.document import Sentence
from claimgraph.extract.figure_periods import figure_period
from claimgraph.extract.normalize import Quantity
from claimgraph.extract.spans import clause_window, evidence_for
from claimgraph.records import Claim, Entity


@dataclass(frozen=True)
class ReadShare:
    """What a reader found: the holder, the whole as its label ("Tarn Cloud electricity consumption",
    "respondents"), and the holder's characters for the evidence."""

    holder: Entity
    whole: str
    holder_span: tuple[int, int]
    whole_type: str = "Market"  # respondents and budgets are a "Group": no market, merged with others by its scope


def percentage(sentence: Sentence, quantity: Quantity) -> Span | None:
    """The tokens of a percentage, which each reader starts from; None for any other figure."""
    if quantity.unit != "percent":
        return None
    return sentence.span.doc.char_span(quantity.start, quantity.end, alignment_mode="expand")


def share_claim(
    sentence: Sentence, quantity: Quantity, context: ReadingContext, share: ReadShare, source: Entity | None
) -> Claim:
    """The share as a claim; ``source`` is whom the figure's own clause credits, if anyone."""
    left, right = clause_window(sentence, quantity.start, quantity.end)
    return Claim(
        type="MarketShare",
        subject=share.holder,
        object=context.index.entity_for(share.whole, share.whole_type),
        value=quantity.value,
        value_max=quantity.value_max,
        unit=quantity.unit,
        time=figure_period(sentence, quantity, context),
        modality=figure_modality(sentence.doc_text[left:right], quantity, context),
        attributed_to=source or context.attribution,
        confidence=0.7,
        evidence=(evidence_for(sentence, (quantity.start, quantity.end), share.holder_span),),
    )
