"""Hardware rented out, named by how it is sold: "its on-demand K9 price", "K9 on-demand: $3.10 → $2.60". A
cloud that cuts "its on-demand K9 price" sells on-demand K9 instances, not the chip (which its maker sells):
the offer is a product of its own, named for the chip and the terms ("on-demand K9"), so a price move or an
offer reads as the cloud's, and the chip keeps its maker."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimgraph.extract.document import EntityIndex, Found, Mention
from claimgraph.records import Entity

_BEFORE = re.compile(r"\b[Oo]n-demand $")  # "on-demand K9"
_AFTER = re.compile(r" on-demand\b")  # "K9 on-demand", the same offer


def on_demand_offers(mentions: list[Mention], doc: Doc, text: str, index: EntityIndex) -> list[Mention]:
    """The mentions with each product named with "on-demand" before or after it made the offer of renting it on
    demand: the mention covers the words, the label keeps the product's own name. What is rented ("instances",
    "GPUs") stays outside, a noun of holding as in "its K9 instances"."""
    return [_as_offer(m, doc, text, index) if m.entity.type == "Product" else m for m in mentions]


def _as_offer(mention: Mention, doc: Doc, text: str, index: EntityIndex) -> Mention:
    before = _BEFORE.search(text, max(0, mention.start - 20), mention.start)
    after = None if before is not None else _AFTER.match(text, mention.end)
    if before is None and after is None:
        return mention
    start = before.start() if before is not None else mention.start
    end = after.end() if after is not None else mention.end
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return mention
    label = f"on-demand {mention.entity.label}"  # one offer, however the words are ordered
    return Mention(index.entity_for(label, "Product"), span.start_char, span.end_char, span.start, span.end)


def a_rental_offer(entity: Entity) -> bool:
    """Whether an entity is hardware rented out on demand, as named above."""
    return entity.type == "Product" and entity.label.startswith("on-demand ")


def offered_not_made(found: list[Found]) -> list[Found]:
    """ "Veyl Cloud on-demand K9: $3.50 → $2.95": a firm's name on a rental offer is its seller's, not its maker's (the
    chip's maker is the chip's)."""
    return [("Offers" if t == "Develops" and a_rental_offer(o.entity) else t, s, o, c) for t, s, o, c in found]
