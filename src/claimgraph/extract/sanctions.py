"""SanctionEffect claims: what a sanction or export control did to whom.

A sentence states one when an effect verb ("locked out", "made it harder for", "pushed", "disadvantages",
"accelerate") has a sanction as its cause — named in the sentence (subject, or "through export controls"), or
the one under discussion referred to ("they", "the pressure", "this environment") — and a party it acts on; or
when a party "has benefited from" / "suffered under" the sanction. An aim ("designed to slow") is not an
effect, so it is not a claim. Each (sanction, party, effect) is one claim: the effect word is part of its
identity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from claimgraph.extract.clause_paths import own_subject
from claimgraph.extract.context import STATEMENT_DAY, ReadingContext
from claimgraph.extract.directives import directives
from claimgraph.extract.document import Mention, Sentence, token_at
from claimgraph.extract.levies import LEVY_ARRANGEMENT, a_levy, for_exports
from claimgraph.extract.lexicon import words_pattern
from claimgraph.extract.licences import LICENCE_NOUNS, licence_requirement, licensed_parties
from claimgraph.extract.measure_targets import named_targets
from claimgraph.extract.normalize import find_periods, modality_of
from claimgraph.extract.references import lemma, possessive_owner, stand_in
from claimgraph.extract.sanction_bars import barred_parties
from claimgraph.extract.sanction_lifts import lifted_measures
from claimgraph.extract.sanction_lists import sanction_list_claims
from claimgraph.extract.sanction_parties import (
    acted_on,
    arguments,
    issuer_of_the_measure,
    makes_rules,
    owner_acted_on,
    parties_at,
    party_for_the_issuer,
    party_instead,
    party_of,
)
from claimgraph.extract.spans import clause_window, evidence_for
from claimgraph.records import MONEY_UNITS, Claim, Entity, Evidence

_ARGUED = re.compile(r"\b(?:assumption|belief|notion|myth|idea|claim) that\b", re.IGNORECASE)
NAMING_REACH = 1  # paragraphs back a sanction may be named for "the restrictions" / "the sanctions" to mean it


def sanction_claims(sentence: Sentence, context: ReadingContext) -> list[Claim]:
    listed = sanction_list_claims(sentence, context)
    if listed is not None:
        return listed  # "The Bureau places the following companies on its list:", then one party per item
    claims = []
    directed = list(directives(sentence, context))
    by_directive = {t.i for verb, _, _ in directed for t in verb.subtree}  # the directing verb and what it directs
    # what a regulator directs is its directive's doing, not the effect of the sanction otherwise in force
    read = [(v, c, p) for v, c, p in _effects(sentence, context) if v.i not in by_directive] + directed
    told = {(party.entity, verb.i) for verb, _, party in read}
    narrative = _narrative_effects(sentence, context, by_word=not read)
    read += [(v, c, p) for v, c, p in narrative if (p.entity, v.i) not in told and v.i not in by_directive]
    affected = {p.entity for _, _, p in read}
    read += [(v, c, p) for v, c, p in _money_lost(sentence, context) if p.entity not in affected]
    affected = {p.entity for _, _, p in read}
    read += [(v, c, p) for v, c, p in _no_impact(sentence, context) if p.entity not in affected]
    affected = {p.entity for _, _, p in read}
    read += [(v, c, p) for v, c, p in _levies(sentence, context) if p.entity not in affected]
    affected = {p.entity for _, _, p in read}
    # a party the sentence tells another effect on ("Peru stayed in its second tier until the quota was repealed")
    # has the lift in that effect's story, no second one
    read += [(v, c, p) for v, c, p in lifted_measures(sentence, context, NAMING_REACH) if p.entity not in affected]
    in_force = _sanction_in_force(sentence, context)
    if in_force is not None:  # "licences let Osk ship to Vey": the control requiring them, on Osk and Vey
        affected = {p.entity for _, _, p in read}
        read += [(v, c, p) for v, c, p in licensed_parties(sentence, context, in_force) if p.entity not in affected]
    affected = {p.entity for _, _, p in read}
    read += [(v, c, p) for v, c, p in named_targets(sentence, context) if p.entity not in affected]
    read = _parties_not_products(read, sentence, context)
    # "need a Ruritanian export permit": the country qualifying the measure issued it, whichever reader found it; the
    # party is who the clause says, if anyone
    read = [
        (v, c, q)
        for v, c, p in read
        if (
            q := party_for_the_issuer(sentence, p, context)
            if issuer_of_the_measure(p, sentence.span.doc, context)
            else p
        )
        is not None
        and q.entity != c.entity
    ]
    read = [(v, c, p) for v, c, p in read if not makes_rules(p, context)] + [
        (v, c, other) for v, c, p in read if makes_rules(p, context) and (other := party_instead(sentence, p, context))
    ]
    # "we do not lease to any party on the Entity List": the parties barred are the effect's, not the firm that
    # bars them, and the denial is the effect, no negation of it
    barred = list(barred_parties(sentence, context))
    denials = {v.i for v, _, _ in barred}
    # "Osk has no region in Peru and does not serve …": a verb joined to another, with no subject of its own, shares
    # the other's
    barring = {t.i for v, _, _ in barred for t in _subjects(v) or (_subjects(v.head) if v.dep_ == "conj" else [])}
    read = [(v, c, p) for v, c, p in read if not barring & set(range(p.token_start, p.token_end))] + barred
    _note_parties([(v, c, p) for v, c, p in read if not _asked(v)], context)
    for verb, cause, party in read:
        if _asked(verb):
            continue
        denial = verb.i in denials
        evidence = _denial_evidence(sentence, verb, cause) if denial else _evidence(sentence, verb, party)
        aside = _aside_on_the_teller(verb, context.lexicon.attribution_verbs)
        modality = _modality(sentence, verb, context.lexicon.sanction.when_denied)
        if denial and modality == "negated":
            modality = "asserted"
        if aside is not None:  # the writer's description of the one who speaks: not what they said
            hedge = modality_of(aside.text)
            modality = hedge if hedge in ("negated", "forecast") else "asserted"
        claims.append(
            Claim(
                type="SanctionEffect",
                subject=cause.entity,
                object=party.entity,
                effect=lemma(verb),
                time=_dated(sentence, context, verb),
                modality=modality,
                attributed_to=None if aside is not None else context.attribution,
                confidence=0.5 if (party.entity, verb.i) not in told else 0.6 if cause.start == verb.idx else 0.7,
                evidence=(evidence,),
            )
        )
    return claims


def _note_parties(read: list[tuple[Token, Mention, Mention]], context: ReadingContext) -> None:
    """Remember whom each measure acted on in this sentence: a later sentence lifting it acts on them too."""
    parties: dict[str, list[Entity]] = {}
    for _, cause, party in read:
        if party.entity not in parties.setdefault(cause.entity.key, []):
            parties[cause.entity.key].append(party.entity)
    context.sanctioned.update({key: tuple(found) for key, found in parties.items()})


_WH_WORDS = frozenset({"what", "whether", "how", "which"})


def _one_story(first: Token, second: Token) -> bool:
    """Whether two verbs tell one effect: the same verb, or one inside what the other says or is about to do
    ("warned that it would need a licence and would lose sales"), not verbs joined side by side."""
    if first == second:
        return True
    for upper, lower in ((first, second), (second, first)):
        node = lower
        while node.head != node and node.head != upper:
            node = node.head
        if node.head == upper and node != upper and node.dep_ != "conj":
            return True  # under what the other verb says or does, not joined beside it
    return False


def _asked(verb: Token) -> bool:
    """ "What the rules have cost Osk", "whether the curbs hurt Tarn is debated": an effect in an indirect question
    is what the text goes on to weigh, not a claim."""
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause.dep_ == "relcl":
        return False  # "…, which cut it off from its foundry": a relative clause tells what happened
    return any(c.lower_ in _WH_WORDS and c.i < verb.i for c in (*verb.children, *clause.children))


def _parties_not_products(
    read: list[tuple[Token, Mention, Mention]], sentence: Sentence, context: ReadingContext
) -> list[tuple[Token, Mention, Mention]]:
    """ "AMD's MI308 also needs a licence": when one effect is read both for a chip or model and for the company
    that owns it, the company is the party affected; a product named on its own ("Qwen has benefited") stays
    the party."""
    kept = []
    for verb, cause, party in read:
        if party.entity.type in ("Product", "Model"):
            owner = possessive_owner(sentence, party, context) or context.provider_of(party.entity)
            if owner is not None and any(v == verb and p.entity == owner for v, _, p in read):
                continue
        kept.append((verb, cause, party))
    return kept


def _effects(sentence: Sentence, context: ReadingContext) -> Iterator[tuple[Token, Mention, Mention]]:
    cues = context.lexicon.sanction
    doc = sentence.span.doc
    policies = [m for m in sentence.mentions if m.entity.type == "Policy"]
    parties = [m for m in sentence.mentions if m.entity.type in cues.party_types and m.entity.type != "Policy"]
    lately = context.policy is not None and sentence.paragraph - context.policy_paragraph <= NAMING_REACH
    if not parties or (not policies and not lately and context.title_policy is None):
        return  # no sanction named here, lately or in the title: nothing to read
    for verb in sentence.tokens:
        name = lemma(verb)
        if verb.pos_ not in ("VERB", "ADJ") or _intended(sentence, verb, cues.intent):
            continue
        party = cause = None
        if name in cues.effect_lemmas:
            party = acted_on(verb, parties, doc) or owner_acted_on(sentence, verb, context)
            cause = _cause(sentence, verb, policies, context)
        if party is None and (
            name in cues.experiencer_lemmas or name in cues.effect_lemmas or _under(verb, policies, doc)
        ):
            # the party is the subject: "Orca has benefited from this environment", "Korean labs are rationing
            # compute as a result", "Under the chip export controls, Kestrel cannot sell …"
            party = next((m for m in parties if m.root(doc).head == verb and m.root(doc).dep_ == "nsubj"), None)
            cause = _under(verb, policies, doc) or _cause(sentence, verb, policies, context, experiencer=True)
            if party is not None and cause is not None and (name in _PLACED or name in cues.effect_lemmas):
                # "Under the rule, Chile and Peru sit in the second tier": each name joined to the subject
                joined = party.root(doc).conjuncts
                yield from ((verb, cause, m) for m in parties if m != party and m.root(doc) in joined)
        if party is not None and cause is not None:
            yield verb, cause, party


def _narrative_effects(
    sentence: Sentence, context: ReadingContext, by_word: bool
) -> Iterator[tuple[Token, Mention, Mention]]:
    """What befell a party while a sanction is in force, told as a story: "was told its chip needs a licence",
    "booked a charge", "could not ship", "was caught by the new rule". The sanction is in force when the
    sentence names one, when one was named in the last paragraphs, or when the article's title names one. The
    verb's lexicon entry says where the party stands: acted on (object, or passive subject), undergoing
    (subject), or denied (subject, under a negation or "can"/"could"). A question states nothing, and a party
    is affected once per sentence."""
    cues = context.lexicon.sanction
    cause = _sanction_in_force(sentence, context)
    if cause is None or sentence.text.rstrip().endswith("?"):
        return
    affected: set[tuple[str, Token]] = set()
    for verb in sentence.tokens:
        name = lemma(verb)
        if verb.pos_ not in ("VERB", "AUX") or _intended(sentence, verb, cues.intent):
            continue
        roles: tuple[str, ...]
        applied = _applied_for(verb)
        if name in cues.acts_on and not applied:
            roles = ("dobj", "dative", "nsubjpass", "pobj")
        elif name in cues.undergoes or (name in cues.when_denied and _denied(verb)) or applied:
            roles = ("nsubj",)
        else:
            continue
        # "it had been unable to ship": the subject is the clause's that "unable" completes
        clause = verb.head.head if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" else verb
        for party in arguments(sentence, clause, roles, context):
            told = [v for key, v in affected if key == party.entity.key]
            if party.entity != cause.entity and not any(_one_story(v, verb) for v in told):
                # "recorded a charge … and warned of lower orders": two effects; "warned that it would need a
                # licence and would lose sales": one, what it warned of
                affected.add((party.entity.key, verb))
                yield verb, cause, party
    words = _reference_pattern(cues.sanction_words)
    if not by_word or not words.search(sentence.text):
        return
    reporting = context.lexicon.attribution_verbs
    for verb in sentence.tokens:
        # a clause that names the sanction by a word of its own ("the licence", "the Entity List") is about it:
        # its subject and object are its parties, whatever the verb (but not a reporting verb, an aim, or an
        # assumption the text argues with)
        if verb.pos_ not in ("VERB", "AUX") or verb.lower_ in reporting or verb.lemma_ in reporting:
            continue
        if _intended(sentence, verb, cues.intent) or _ARGUED.search(sentence.text):
            continue
        if not words.search(" ".join(t.text for t in verb.subtree)):
            continue
        # "It also added Xuanwu to the Entity List": a pronoun adding, barring or requiring is the rule itself
        acting = lemma(verb) in cues.acts_on and any(
            c.dep_ == "nsubj" and c.lower_ in ("it", "this", "they") for c in verb.children
        )
        # "The Commerce Department issued a rule", "BIS suspended the rule": who makes or unmakes a rule is not
        # its party, what it is extended to is
        roles = ("nsubj", "nsubjpass", "dobj", "dative")
        if lemma(verb) in cues.rule_making:
            roles = ("dative", "pobj")  # not the rule made, nor its maker
        elif acting:
            roles = ("nsubjpass", "dobj", "dative")
        for party in arguments(sentence, verb, roles, context):
            if party.entity != cause.entity and all(key != party.entity.key for key, _ in affected):
                affected.add((party.entity.key, verb))
                yield verb, cause, party


def _money_lost(sentence: Sentence, context: ReadingContext) -> Iterator[tuple[Token, Mention, Mention]]:
    """ "AMD puts its possible charge at about $800 million", "it expects to lose $8 billion of H20 sales": money a
    party loses while a sanction is in force is the sanction's effect on it (the subject of the figure's verb)."""
    cause = _sanction_in_force(sentence, context)
    if cause is None or sentence.text.rstrip().endswith("?"):
        return
    lost = words_pattern(context.lexicon.loss_words)
    for quantity in sentence.quantities:
        left, right = clause_window(sentence, quantity.start, quantity.end)
        if quantity.unit not in MONEY_UNITS or not lost.search(sentence.doc_text, left, right):
            continue
        token = token_at(sentence.span.doc, quantity.start)
        verbs = [t for t in ([token, *token.ancestors] if token is not None else []) if t.pos_ in ("VERB", "AUX")]
        for verb in verbs:
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            parties = [p for s in subjects for p in parties_at(sentence, s, context) if p.entity != cause.entity]
            if parties:
                yield verb, cause, parties[0]  # one figure, one party: its nearest verb's subject
                break


def _levies(sentence: Sentence, context: ReadingContext) -> Iterator[tuple[Token, Mention, Mention]]:
    """ "Tarn and Osk agree to hand the US government 15% of revenue from licensed K7 sales", "…, with 25% of the
    revenue going to the US government": a cut of sales paid to a government under an export arrangement is the
    arrangement's effect on those who pay it (the paying verb's subjects, else the firm the sentence names)."""
    levied = [q for q in sentence.quantities if q.unit == "percent" and a_levy(sentence, q)]
    if not levied:
        return
    # a cut of sales owed to a government for leave to export is an export arrangement's, named or not: the last
    # one the article named, else the one the levy stands for (a concession's fee is none)
    exporting = for_exports(sentence.text)
    arrangement = (context.policy or context.index.entity_for(LEVY_ARRANGEMENT, "Policy")) if exporting else None
    cause = _sanction_in_force(sentence, context) or (stand_in(arrangement, sentence.span[0]) if arrangement else None)
    if cause is None:
        return
    doc = sentence.span.doc
    token = token_at(doc, levied[0].start)
    verbs = [t for t in ([token, *token.ancestors] if token is not None else []) if t.pos_ == "VERB"]
    subjects = next(([c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")] for v in verbs if own_subject(v)), [])
    subjects += [c for s in subjects for c in s.conjuncts]  # "Tarn and Osk agreed to hand …": each of them
    payers = [p for s in subjects for p in parties_at(sentence, s, context) if p.entity != cause.entity]
    # else the firms named before the cut ("In August Tarn and Osk agreed …", which the parser may misread)
    firms = [
        m
        for m in sentence.mentions
        if m.entity.type in ("Company", "Cloud") and m.entity != cause.entity and m.end <= levied[0].start
    ]
    verb = verbs[0] if verbs else sentence.span.root
    for payer in {p.entity: p for p in payers or firms}.values():
        yield verb, cause, payer


def _no_impact(sentence: Sentence, context: ReadingContext) -> Iterator[tuple[Token, Mention, Mention]]:
    """ "Osk said the curbs had no real effect on its business", "no impact on our orders": an
    effect denied, on the party whose business is named after "on" (its owner, or the party itself)."""
    if not _NO_IMPACT.search(sentence.text):
        return
    cause = _sanction_in_force(sentence, context)
    if cause is None:
        return
    for noun in sentence.tokens:
        if noun.lemma_.lower() not in ("impact", "effect") or not any(c.lower_ == "no" for c in noun.children):
            continue
        # "no impact on X", or, quoted ("had \"no material impact\" on X"), the "on" hung on the verb
        targets = [
            g
            for h in (noun, noun.head)
            for p in h.children
            if p.dep_ == "prep" and p.lower_ == "on"
            for g in p.children
            if g.dep_ == "pobj"
        ]
        for target in targets:
            party = party_of(sentence, target, context) or _teller(sentence, context)
            if party is not None and party.entity != cause.entity:
                yield noun.head, cause, party
                break


def _teller(sentence: Sentence, context: ReadingContext) -> Mention | None:
    """The business that says what it denies ("Osk told analysts the listing had no effect on home sales", "…, Vey
    said"): the one the denied effect would have fallen on."""
    doc = sentence.span.doc
    for mention in sentence.mentions:
        root = mention.root(doc)
        telling = root.head.lemma_.lower() in context.lexicon.attribution_verbs
        if root.dep_ == "nsubj" and telling and mention.entity.type in context.lexicon.sanction.party_types:
            return mention
    return None


_NO_IMPACT = re.compile(r"\bno\s+(?:\w+\s+)?(?:impact|effect)[\"”’']?\s+on\b", re.IGNORECASE)


# where a measure puts its parties, or what it makes them do: "sit in the second tier", "face caps", "need licences"
_PLACED = frozenset({"be", "sit", "fall", "land", "remain", "stay", "face", "need", "require", "obtain"})


def _applied_for(verb: Token) -> bool:
    """ "Osk has applied for a licence", "Vey applied for approval": a party seeking leave under the rule in force
    (a rule "applies to" its parties, an act the lexicon's "apply" reads); "will apply", "could apply" is an
    intention, nothing that has befallen it yet, and "applied for a grant" seeks no leave."""
    if (
        lemma(verb) != "apply"
        or verb.dep_ == "xcomp"
        or any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "could", "may", "might", "can")
            for c in verb.children
        )
    ):
        return False
    sought = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
    return any(g.lemma_.lower() in _LEAVE for g in sought)  # a licence, not a patent, a grant or a visa


_LEAVE = LICENCE_NOUNS | {"approval"}  # what a party applies for or obtains under a control


def _denied(verb: Token) -> bool:
    """ "could not ship", "cannot buy", "can no longer be sold", "may not sell", "had been unable to ship", "has
    received no chips"."""
    children = list(verb.children)
    unable = verb.dep_ == "xcomp" and verb.head.lower_ in ("unable", "barred", "forbidden", "prevented")
    return (
        unable
        or any(c.dep_ == "neg" or c.lower_ in ("longer", "never") for c in children)
        or any(c.dep_ == "aux" and c.lower_ in ("cannot", "can't") for c in children)
        or (lemma(verb) in _RECEIVING and any(_none_of_the_goods(c) for c in children if c.dep_ == "dobj"))
    )


_RECEIVING = frozenset({"receive", "get", "obtain"})
_GOODS = _LEAVE | {"chip", "gpu", "accelerator", "server", "system", "unit", "shipment"}


def _none_of_the_goods(noun: Token) -> bool:
    """ "received no H200s", "got no K9 chips", "obtained no licences": none of the controlled goods or leave (not
    "no complaints", "no reply")."""
    if not any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children):
        return False
    return noun.lemma_.lower() in _GOODS or noun.pos_ == "PROPN" or any(c.like_num for c in noun.subtree)


def _sanction_in_force(sentence: Sentence, context: ReadingContext) -> Mention | None:
    """The sanction a sentence's events fall under, as a mention (a stand-in where it is not named here)."""
    named = next((m for m in sentence.mentions if m.entity.type == "Policy"), None)
    if named is not None:
        return named
    first = sentence.span[0]
    if context.policy is not None and sentence.paragraph - context.policy_paragraph <= NAMING_REACH:
        return stand_in(context.policy, first)
    if context.title_policy is not None:
        return stand_in(context.title_policy, first)
    return licence_requirement(sentence, context)  # "need no Ruritanian export licence": the control requiring it


def _under(verb: Token, policies: list[Mention], doc: Doc) -> Mention | None:
    """A sanction named as the circumstance of the verb's clause: "Under the new chip export controls, …"."""
    for policy in policies:
        prep = policy.root(doc).head
        if policy.root(doc).dep_ == "pobj" and prep.lower_ in ("under", "amid", "despite") and prep.head == verb:
            return policy
        if policy.end <= verb.idx and policy.root(doc).head == verb and policy.root(doc).dep_ == "nsubj":
            return None  # the sanction is the subject: its object is the party, read above
    return None


def _cause(
    sentence: Sentence, verb: Token, policies: list[Mention], context: ReadingContext, experiencer: bool = False
) -> Mention | None:
    """The sanction behind the effect: named in the subject or a "through"/"from"/"by" phrase of the verb, or
    named anywhere before it in the sentence; else the one under discussion when the sentence refers to it."""
    doc = sentence.span.doc
    for policy in policies:
        root = policy.root(doc)
        if verb in root.ancestors or policy.end <= verb.idx:
            return policy
    if context.policy is None or sentence.paragraph - context.policy_paragraph > NAMING_REACH:
        definite = _reference_pattern(context.lexicon.sanction.references).search(sentence.text)
        named = definite is not None and definite.group(0).lower().startswith(("the ", "these ", "those "))
        # "the curbs slowed its rollout" under a title that names the sanction: the title's
        return stand_in(context.title_policy, verb) if named and context.title_policy is not None else None
    distance = sentence.paragraph - context.policy_paragraph
    window = sentence.doc_text[verb.idx : sentence.end] if experiencer else sentence.doc_text[sentence.start : verb.idx]
    reference = _reference_pattern(context.lexicon.sanction.references).search(window)
    if reference is not None and reference.group(0).lower().startswith(("the ", "these ", "those ")):
        return stand_in(context.policy, verb) if distance <= NAMING_REACH else None
    # pronouns ("they", "this environment") and agentless passives ("access … is restricted") only within the
    # paragraph that names the sanction
    if distance == 0 and (reference is not None or _agentless_passive(verb) or _obliged(verb)):
        return stand_in(context.policy, verb)
    return None


def _obliged(verb: Token) -> bool:
    """ "have had to stretch", "were forced to ration": a necessity, in a paragraph about the sanction, is its
    effect."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in ("have", "force", "need", "compel", "oblige")


def _agentless_passive(verb: Token) -> bool:
    deps = {child.dep_ for child in verb.children}
    return "nsubjpass" in deps and "agent" not in deps


@lru_cache(maxsize=4)
def _reference_pattern(references: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(r) for r in references) + r")\b", re.IGNORECASE)


def _intended(sentence: Sentence, verb: Token, intent: tuple[str, ...]) -> bool:
    lead = sentence.doc_text[max(sentence.start, verb.idx - 30) : verb.idx + 20].lower()
    return any(phrase in lead for phrase in intent)


def _evidence(sentence: Sentence, verb: Token, party: Mention) -> Evidence:
    start, end = clause_window(sentence, verb.idx, verb.idx + len(verb.text))
    return evidence_for(sentence, (min(start, party.start), max(end, party.end)))


def _denial_evidence(sentence: Sentence, verb: Token, cause: Mention) -> Evidence:
    """The denying clause alone ("Osk does not lease halls to …, in line with US export controls"), which a run of
    list lines the parser took for one sentence would otherwise swamp."""
    # the subject nearest the verb (a list line's label may hang on it as a second one), up to its last argument
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = subject.left_edge if subject is not None else verb
    arguments = [c for c in verb.rights if c.dep_ in ("dobj", "prep", "dative")]
    last = max((c.right_edge for c in arguments), key=lambda t: t.i, default=verb)
    start, end = min(first.idx, cause.start), max(last.idx + len(last), cause.end)  # the sanction quoted too
    return Evidence(start=start, end=end, quote=sentence.doc_text[start:end])


def _dated(sentence: Sentence, context: ReadingContext, verb: Token) -> str | None:
    """When the effect happened, where its sentence says ("On April 14, 2025 …", "- June 2025 - …"), else the date
    of the dated item it is told in. A lift is dated by its own clause first ("placed in its tier in January 2025;
    the quota was repealed in May 2027"): the measure's own date is the sentence's, the lift's is later."""
    left, right = clause_window(sentence, verb.idx, verb.idx + len(verb))
    lift = lemma(verb) in context.lexicon.sanction.lifting
    for text in (sentence.doc_text[left:right], sentence.text) if lift else (sentence.text,):
        stated = [p for p in find_periods(text, context.anchor) if not STATEMENT_DAY.search(p.text)]
        if stated:
            return stated[0].value
    return context.item_date(sentence)  # "Mar 3 — … Orrin halted shipments …"


def _aside_on_the_teller(verb: Token, reporting: frozenset[str]) -> Span | None:
    """The relative clause the verb stands in when it describes the subject of a reporting verb ("Osk, which has
    stood on the Entity List since 2021, said …"): the writer's aside, not part of what is said."""
    clause = verb
    while clause.dep_ != "relcl" and clause.head != clause:
        clause = clause.head
    described = clause.head
    telling = described.head.lemma_ in reporting or described.head.lower_ in reporting
    if clause.dep_ != "relcl" or described.dep_ != "nsubj" or not telling:
        return None
    return verb.doc[clause.left_edge.i : clause.right_edge.i + 1]


def _modality(sentence: Sentence, verb: Token, denied_verbs: frozenset[str]) -> str:
    """The hedge of the effect's own clause ("cost us $300 million, and we expect more" is asserted); a denial
    that is the effect itself ("we no longer ship to China") is no negation of it."""
    left, right = clause_window(sentence, verb.idx, verb.idx + len(verb))
    modality = modality_of(sentence.doc_text[left:right])
    if modality == "negated" and lemma(verb) in denied_verbs and _denied(verb):
        return "asserted"
    if modality == "negated" and not _negation_of_its_own(verb):
        return "asserted"  # "applied for a licence but has received none": the denial is the joined verb's
    return modality if modality in ("negated", "forecast", "reported") else "asserted"


_NEGATIONS = frozenset({"not", "n't", "no", "never", "none", "nor", "neither", "nothing", "without", "cannot"})


def _negation_of_its_own(verb: Token) -> bool:
    """Whether a negation in the sentence bears on the verb: any but one standing only in a clause joined to it
    ("applied …, but has received none", "hit Osk but did not affect Vey"). A negation over it ("does not expect
    the rule to affect …") or elsewhere in the sentence still denies it, as the hedge reading said."""
    joined = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    negations = [t for t in verb.sent if t.lower_ in _NEGATIONS or t.dep_ == "neg"]
    return not negations or any(t.i not in joined for t in negations)


def _subjects(verb: Token) -> list[Token]:
    return [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
