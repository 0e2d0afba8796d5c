"""Parties a sanction's list names: "The Bureau places the following companies on its control list:" and then one
party per list item ("(2) Tarn Computing (Peru) S.A., a unit of …"). The introduction names the
sanction and what it does to them; each item names one party it is done to, until the list ends."""

from __future__ import annotations

import re

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Sentence
from claimgraph.extract.references import lemma
from claimgraph.extract.spans import evidence_for
from claimgraph.records import Claim

# "the following entities", "the following companies": what an introduction says its list holds
_FOLLOWING = re.compile(
    r"\bthe\s+following\s+(?:\w+\s+)?(?:entities|companies|firms|parties|persons|organi[sz]ations)\b"
)
_ITEM = re.compile(r"\s*(?:\(\d+\)|\d+[.)]|[-•*])\s")


def sanction_list_claims(sentence: Sentence, context: ReadingContext) -> list[Claim] | None:
    """The claims of a sentence that opens or continues a sanction's list of parties; None when it does neither
    (the sentence is read as any other, and a list open before it has ended)."""
    policies = [m for m in sentence.mentions if m.entity.type == "Policy"]
    if sentence.text.rstrip().endswith(":") and policies and _FOLLOWING.search(sentence.text):
        verb = next((t for t in sentence.tokens if t.pos_ == "VERB"), None)
        context.sanction_list = (policies[0].entity, lemma(verb) if verb is not None else "list")
        return []  # the introduction's party is the list that follows
    if context.sanction_list is None:
        return None
    if not _ITEM.match(sentence.text):
        context.sanction_list = None
        return None
    party = next((m for m in sentence.mentions if m.entity.type in BUSINESS_TYPES), None)
    if party is None:
        return []
    policy, effect = context.sanction_list
    return [
        Claim(
            type="SanctionEffect",
            subject=policy,
            object=party.entity,
            effect=effect,
            time=context.item_date(sentence),
            modality="asserted",
            attributed_to=context.attribution,
            confidence=0.6,
            evidence=(evidence_for(sentence, (party.start, party.end)),),
        )
    ]
