"""A measure lifted: "the rule was repealed in May 2027", "Lisbon revoked the quota", "the quota, which
was repealed before it applied". A measure's end is an effect on the parties it bore on, so the claim is the measure's,
on each party the article last said it acted on. The party is not guessed: a lift read before the article has said
whom the measure touched is no claim (it would name no one a reader could check)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import Mention, Sentence
from claimgraph.extract.references import lemma, stand_in

_REFERRING = frozenset({"it", "which", "that", "this"})  # "it was repealed", "…, which was revoked"
# the nouns a measure is referred to by: not "exports", "licences", "caps" or "requirements", which a lift of trade
# or of a firm's own rules ("the cap on spending", "the requirement to work in the office") acts on too
_MEASURE_NOUNS = frozenset(
    {"rule", "rules", "control", "controls", "restriction", "restrictions", "ban", "bans", "curb", "curbs", "measure",
     "measures", "listing", "sanction", "sanctions", "embargo", "tariff", "tariffs", "quota", "quotas"}
)  # fmt: skip


def lifted_measures(
    sentence: Sentence, context: ReadingContext, reach: int
) -> Iterator[tuple[Token, Mention, Mention]]:
    """(lifting verb, measure, party) for each measure the sentence lifts and each party it last acted on; a
    measure referred to by a pronoun or a sanction noun ("the rule") is the one under discussion, if it was named
    within ``reach`` paragraphs."""
    cues = context.lexicon.sanction
    for verb in sentence.tokens:
        if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in cues.lifting:
            continue
        measure = _measure_lifted(verb, sentence, context, reach)
        if measure is None:
            continue
        for party in context.sanctioned.get(measure.entity.key, ()):
            if party != measure.entity:
                yield verb, measure, stand_in(party, verb)


def _measure_lifted(verb: Token, sentence: Sentence, context: ReadingContext, reach: int) -> Mention | None:
    """The measure a lifting verb acts on: its object, or its passive subject, or, for a relative pronoun, the noun
    the clause describes; named there, or a pronoun or a sanction noun standing for the one under discussion."""
    lifted = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "relcl" and any(c.lower_ in _REFERRING for c in lifted):
        lifted = [verb.head]  # "the quota, which was repealed": the quota
    for token in lifted:
        named = next(
            (m for m in sentence.mentions if m.entity.type == "Policy" and m.token_start <= token.i < m.token_end),
            None,
        )
        if named is not None:
            return named
        # "it was repealed" (a pronoun, only as the passive's subject), "the rule": not "its cap on spending"
        pronoun = token.lower_ in _REFERRING and token.dep_ == "nsubjpass"
        noun = token.lower_ in _MEASURE_NOUNS and not any(c.dep_ == "poss" for c in token.children)
        lately = context.policy is not None and sentence.paragraph - context.policy_paragraph <= reach
        if (pronoun or noun) and lately and context.policy is not None:
            return stand_in(context.policy, token)
    return None
