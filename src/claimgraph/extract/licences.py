"""What an export licence or permit lets happen, read as the effect of the control that requires it: "licences
granted in 2025 let Osk ship its racks to Vey and Tarn", "Commerce approved licences for Osk to ship chips to Vey",
"the ministry granted Osk a permit to ship racks to Vey". The firm licensed and the buyers it may now ship to are
the parties; which control is in force is for ``sanctions.py`` to say (a licence names none of its own)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import Mention, Sentence
from claimgraph.extract.sanction_parties import parties_at

_PERMITTING = frozenset({"let", "allow", "permit", "enable", "authorize", "authorise", "approve", "grant", "clear"})
_LICENCE_NOUNS = frozenset({"licence", "license", "permit", "approval", "waiver", "exemption", "authorization"})
_MOVING = frozenset({"ship", "sell", "export", "deliver", "supply", "send", "transfer", "re-export"})


def licensed_parties(
    sentence: Sentence, context: ReadingContext, cause: Mention
) -> Iterator[tuple[Token, Mention, Mention]]:
    """(verb, cause, party) for each firm a licence lets act and each buyer it lets them ship to."""
    for verb in sentence.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PERMITTING:
            continue
        licences = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and _a_licence(c)]
        if not licences:
            continue
        slots = _licensees(verb, licences) + _buyers(verb, licences)
        seen: set[str] = set()
        for slot in slots:
            for token in (slot, *slot.conjuncts):
                for party in parties_at(sentence, token, context):
                    if party.entity != cause.entity and party.entity.key not in seen:
                        seen.add(party.entity.key)
                        yield verb, cause, party


def _a_licence(token: Token) -> bool:
    return token.lemma_.lower() in _LICENCE_NOUNS


def _permitted_acts(verb: Token, licences: list[Token]) -> list[Token]:
    """The act allowed: "let Osk ship", "allowed Osk to ship", "licences for Osk to ship", "a permit to ship"."""
    acts = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    return acts + [c for lic in licences for c in lic.children if c.dep_ in ("acl", "relcl")]


def _licensees(verb: Token, licences: list[Token]) -> list[Token]:
    """Who may act: the allowed act's subject, the one granted the licence, or the one it is "for"."""
    acts = _permitted_acts(verb, licences)
    slots = [c for a in acts for c in a.children if c.dep_ == "nsubj"]
    slots += [c for c in verb.children if c.dep_ in ("dative", "dobj") and not _a_licence(c)]
    slots += [g for lic in licences for p in lic.children if p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
    return slots


def _buyers(verb: Token, licences: list[Token]) -> list[Token]:
    """Whom the allowed shipments go to: "ship … to Vey and to Tarn"."""
    moving = [a for a in _permitted_acts(verb, licences) if a.lemma_.lower() in _MOVING]
    tos = [p for a in moving for p in a.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"]
    tos += [c for p in tos for c in p.conjuncts if c.lower_ == "to"]  # "to G42 and to Tarn"
    return [g for p in tos for g in p.children if g.dep_ == "pobj"]
