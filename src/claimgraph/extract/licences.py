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

PERMITTING_VERBS = frozenset({"let", "allow", "permit", "authorize", "authorise", "approve", "grant"})
LICENCE_NOUNS = frozenset({"licence", "license", "permit", "waiver", "exemption", "authorization", "authorisation"})
_MOVING = frozenset({"ship", "sell", "export", "deliver", "supply", "send", "transfer", "re-export"})


def licensed_parties(
    sentence: Sentence, context: ReadingContext, cause: Mention
) -> Iterator[tuple[Token, Mention, Mention]]:
    """(verb, cause, party) for each firm a licence lets act and each buyer it lets them ship to."""
    for verb in sentence.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in PERMITTING_VERBS:
            continue
        licences = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and _a_licence(c)]
        if not licences:
            continue
        buyers = _buyers(verb, licences)
        if not buyers and not _an_export_licence(licences) and not _granted_by_a_public_body(verb, sentence, context):
            continue  # "the open-source licence allows Osk to sell services": no export in sight
        slots = _licensees(verb, licences) + buyers
        seen: set[str] = set()
        for slot in slots:
            for token in (slot, *slot.conjuncts):
                for party in parties_at(sentence, token, context):
                    if party.entity != cause.entity and party.entity.key not in seen:
                        seen.add(party.entity.key)
                        yield verb, cause, party


def licence_requirement(sentence: Sentence, context: ReadingContext) -> Mention | None:
    """The control an export licence the sentence speaks of stands for, when no measure is named or under
    discussion: "its racks in Peru need no US export licence", "exports to Vey require a licence from the Commerce
    Department". A licence is an export control's when an "export", a country ("US", "Dutch") or a public body
    granting it qualifies it, or it is for shipping goods; the control is named after that country (the gazetteer's
    name for it, so "U.S." and "US" are one). A licence another noun says is for something else ("a software
    licence", "a Finnish software licence") stands for nothing."""
    for token in sentence.tokens:
        if token.lemma_.lower() not in ("licence", "license") or token.pos_ != "NOUN":
            continue
        before = [t for t in token.lefts for t in t.subtree]
        # "a software licence", "a US software licence": for using something, not for exporting it ("a Commerce
        # Department licence" is a body's, whose name is no such noun)
        if any(t.pos_ == "NOUN" and t.dep_ == "compound" and not _an_export_word(t) for t in before):
            continue
        after = [g for p in token.children if p.lower_ == "from" for g in p.subtree]
        export = _an_export_licence([token]) or _for_shipping(token)
        country = next((t for t in before if _a_country(t, sentence, context)), None)
        granted = _granted_by_a_public_body(token.head, sentence, context) or any(
            context.lexicon.names_a_public_body(m.entity.label)
            for m in sentence.mentions
            if any(m.token_start <= t.i < m.token_end for t in after)
        )
        if not (export or country is not None or granted):
            continue
        label = (
            f"{_country_name(country, context)} export licence requirement" if country else "export licence requirement"
        )
        entity = context.index.entity_for(label, "Policy")
        return Mention(entity, token.idx, token.idx + len(token.text), token.i, token.i + 1)
    return None


# a licence to move goods abroad; selling and supplying are what a software or model licence lets a firm do too
_SHIPPING = (_MOVING - {"sell", "supply", "deliver"}) | {"shipment", "consignment"}


def _for_shipping(licence: Token) -> bool:
    """ "licences for shipments to Vey", "licences … let Osk ship racks to Vey": a licence to move goods abroad."""
    acts = [g for p in licence.children if p.lower_ == "for" for g in p.children]
    if licence.dep_ in ("nsubj", "dobj"):
        acts += [c for c in licence.head.children if c.dep_ in ("ccomp", "xcomp")]
    return any(a.lemma_.lower() in _SHIPPING for a in acts)


def _an_export_word(token: Token) -> bool:
    return "export" in token.lower_


def _a_country(token: Token, sentence: Sentence, context: ReadingContext) -> bool:
    """ "US", "U.S.", "Dutch": a country named, or its adjective."""
    named = any(
        m.entity.type == "Country" and m.token_start <= token.i < m.token_end and m.token_end - m.token_start == 1
        for m in sentence.mentions
    )
    return named or token.text in context.lexicon.demonyms


def _country_name(token: Token, context: ReadingContext) -> str:
    """The country's name as the gazetteer writes it ("U.S." → "US", "Dutch" → "Netherlands"), else as written."""
    written = context.lexicon.demonyms.get(token.text, token.text)
    named = context.index.named(written)
    return named.label if named is not None else written


def permitted_only(party: Token) -> bool:
    """Whether a party's act is only allowed ("let Osk sell to buyers in Peru", "would allow Osk to sell there"):
    what a firm may do it has not done, so it places it nowhere."""
    if party.dep_ == "nsubj" and party.head.dep_ in ("ccomp", "xcomp"):
        permitting = party.head.head  # before what it lets happen, and active: "the hall is fully let" lets no one
        passive = any(c.dep_ == "auxpass" for c in permitting.children)
        return permitting.lemma_.lower() in PERMITTING_VERBS and permitting.i < party.i and not passive
    return (
        party.dep_ == "dobj"
        and party.head.lemma_.lower() in PERMITTING_VERBS
        and any(c.dep_ in ("ccomp", "xcomp") for c in party.head.children)
    )


def _an_export_licence(licences: list[Token]) -> bool:
    return any("export" in t.lower_ for lic in licences for t in lic.subtree)


def _granted_by_a_public_body(verb: Token, sentence: Sentence, context: ReadingContext) -> bool:
    """ "the Commerce Department approved licences …", "the ministry granted Osk a permit": a state grants it."""
    grantors = [c for c in verb.children if c.dep_ == "nsubj"]
    named = [m for m in sentence.mentions for g in grantors if m.token_start <= g.i < m.token_end]
    return any(context.lexicon.names_a_public_body(m.entity.label) for m in named) or any(
        g.lemma_.lower() in _STATE_NOUNS for g in grantors
    )


_STATE_NOUNS = frozenset({"ministry", "government", "department", "regulator", "agency", "bureau", "state"})


def _a_licence(token: Token) -> bool:
    return token.lemma_.lower() in LICENCE_NOUNS


def _permitted_acts(verb: Token, licences: list[Token]) -> list[Token]:
    """The act allowed: "let Osk ship", "allowed Osk to ship", "licences for Osk to ship", "a permit to ship"."""
    acts = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    return acts + [c for lic in licences for c in lic.children if c.dep_ in ("acl", "relcl")]


def _licensees(verb: Token, licences: list[Token]) -> list[Token]:
    """Who may act: the allowed act's subject, the one granted the licence, or the one it is "for" or issued "to"."""
    acts = _permitted_acts(verb, licences)
    slots = [c for a in acts for c in a.children if c.dep_ == "nsubj"]
    slots += [c for c in verb.children if c.dep_ in ("dative", "dobj") and not _a_licence(c)]
    # "licences for Osk", "granted licences to Osk, Vey and Tarn", "granted them to Osk": whom the licence is issued to
    granted_to = [p for lic in licences for p in lic.children if p.lower_ == "for"]
    if _for_trade(licences, acts):  # not "spectrum licences to Vey Telecom", "a permit to Osk to build a campus"
        granted_to += [p for lic in licences for p in lic.children if p.lower_ == "to"]
        granted_to += [p for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"]
    granted_to += [c for p in granted_to for c in p.conjuncts if c.lower_ == p.lower_]  # "to Osk and to Vey"
    slots += [g for p in granted_to for g in p.children if g.dep_ == "pobj"]
    return slots


def _for_trade(licences: list[Token], acts: list[Token]) -> bool:
    """Whether the licences are for trading goods: no noun but "export" qualifies them ("spectrum licences",
    "mining licences" are not), and what they let happen, if said, is moving goods ("to ship", not "to build")."""
    qualified = any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and not _an_export_word(c) for lic in licences for c in lic.children
    )
    return not qualified and (not acts or any(a.lemma_.lower() in _MOVING for a in acts))


def _buyers(verb: Token, licences: list[Token]) -> list[Token]:
    """Whom the allowed shipments go to: "ship … to Vey and to Tarn"."""
    moving = [a for a in _permitted_acts(verb, licences) if a.lemma_.lower() in _MOVING]
    tos = [p for a in moving for p in a.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"]
    tos += [c for p in tos for c in p.conjuncts if c.lower_ == "to"]  # "to G42 and to Tarn"
    return [g for p in tos for g in p.children if g.dep_ == "pobj"]
