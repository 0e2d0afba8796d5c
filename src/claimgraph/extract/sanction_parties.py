"""Who a sanction's effect falls on: the parties in a verb's roles (with the names listed or coordinated with
them, a pronoun's or a description's referent, the owner of a product named), whom something is made harder
for, the owner of what is cut ("its sales"), the speaker whose own figure falls — never the public body that
makes the rule. ``sanctions.py`` reads the effects; this module only finds their parties."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from claimgraph.extract.clause_paths import RELATIVES
from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Mention, Sentence
from claimgraph.extract.law_names import INSTRUMENTS
from claimgraph.extract.phrases import TRADE_NOUNS
from claimgraph.extract.references import antecedent, owner_named, stand_in
from claimgraph.records import Entity


def makes_rules(party: Mention, context: ReadingContext) -> bool:
    """ "The Commerce Department's Bureau of Industry and Security barred exports …": a public body acts through a
    sanction, it is not one's party."""
    return context.lexicon.names_a_public_body(party.entity.label)


def party_instead(sentence: Sentence, maker: Mention, context: ReadingContext) -> Mention | None:
    """The party a rule-maker's act falls on: the first other party the sentence names after it ("BIS barred
    exports to China of chips …, which caught Nvidia's A100": China)."""
    kinds = context.lexicon.sanction.party_types - {"Policy"}
    return next(
        (
            m
            for m in sentence.mentions
            if m.start > maker.end
            and m.entity.type in kinds
            and not makes_rules(m, context)
            and m.entity != maker.entity
        ),
        None,
    )


def party_of(sentence: Sentence, target: Token, context: ReadingContext) -> Mention | None:
    """The party a phrase after "no impact on" names: itself ("on Osk"), or its owner ("on its services", "on
    our supply", "on Osk's plans")."""
    named = next((m for m in sentence.mentions if m.token_start <= target.i < m.token_end), None)
    if named is not None and named.entity.type in context.lexicon.sanction.party_types:
        return named
    owner = next((c for c in target.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.lower_ in ("its", "their"):
        entity = antecedent(sentence, owner.idx) or context.topic
    elif owner.lower_ == "our":
        entity = context.speaker
    else:
        mention = next((m for m in sentence.mentions if m.token_start <= owner.i < m.token_end), None)
        entity = mention.entity if mention is not None else None
    return stand_in(entity, owner) if entity is not None else None


def arguments(sentence: Sentence, verb: Token, roles: tuple[str, ...], context: ReadingContext) -> Iterator[Mention]:
    """The parties in the given roles of a verb's clause (a verb it governs through "to" included), each with the
    names coordinated with it. A pronoun subject is the company under discussion; a product or model stands for
    its owner when the text names one ("Sable's S4 chip was caught")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    slots: list[Token] = []
    if "nsubj" in roles and verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "AMD said … and flagged charges": a joined verb with no subject of its own shares its head's
        slots += [c for c in verb.head.children if c.dep_ == "nsubj"]
    for head in heads:
        for child in head.children:
            if child.dep_ in roles:
                slots.append(child)
            elif child.dep_ == "prep" and child.lower_ in ("to", "for", "on", "against") and "pobj" in roles:
                slots.extend(g for g in child.children if g.dep_ == "pobj")  # "extended the rule to X"
            elif child.dep_ == "prep" and child.lower_ in ("along", "together") and "dobj" in roles:
                # "added Pell Semi to the list, along with Osk Labs": one more party in the object's role
                slots.extend(g for w in child.children if w.lower_ == "with" for g in w.children if g.dep_ == "pobj")
    for slot in slots:
        for token in (slot, *(c for c in slot.children if c.dep_ == "conj")):
            yield from parties_at(sentence, token, context)


def parties_at(sentence: Sentence, token: Token, context: ReadingContext) -> list[Mention]:
    """The parties a slot names: the name at it, or the names inside its phrase ("GPU designers Quillon and
    Vireo", "Kestrel's K9"), or the company a pronoun subject stands for."""
    actors = context.lexicon.sanction.party_types - {"Model", "Product", "Policy"}
    doc = sentence.span.doc
    found = [
        m
        for m in sentence.mentions
        if m.entity.type in actors and (m.token_start <= token.i < m.token_end or _inside_phrase(m.root(doc), token))
    ]
    found = [m for m in found if not any(o != m and o.start <= m.start < m.end <= o.end for o in found)]
    if not found and token.lower_ in ("we", "us") and context.speaker is not None:
        found = [stand_in(context.speaker, token)]  # "the rule cost us $300 million": whoever speaks
    clause = token.head
    listed = token.dep_ == "dobj" and clause.lemma_.lower() in _LISTING_VERBS  # "which Commerce added to the list"
    relative_subject = token.lower_ in RELATIVES and (token.dep_ in ("nsubj", "nsubjpass") or listed)
    if not found and relative_subject and clause.dep_ == "relcl" and clause.head.i < token.i:
        # "Osk, which the list has named since 2021", "Osk, which Commerce added to the Entity List": Osk
        return parties_at(sentence, clause.head, context)
    if not found and token.dep_ == "nsubj" and token.lower_ in ("it", "they"):
        referent = antecedent(sentence, token.idx) or context.topic
        found = [stand_in(referent, token)] if referent is not None else []
    if not found and token.dep_ in ("dobj", "dative") and token.lower_ in ("it", "them"):
        referent = antecedent(sentence, token.idx)  # "AMD said the restriction would cost it $800 million"
        if referent is not None and _own_subject(sentence, token, referent):
            referent = None  # "Commerce added it to the list": an object pronoun is never its own verb's subject
        if referent is None and listed and token.lower_ == "it" and context.topic is not None:
            # "Osk makes servers. … Commerce added it to the Entity List": the firm at hand (one firm, so "it")
            referent = None if _own_subject(sentence, token, context.topic) else context.topic
        found = [stand_in(referent, token)] if referent is not None else []
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children)
    if not found and definite and token.lemma_.lower() in context.lexicon.company_nouns:
        # "Nvidia says the company could not ship a further $2.5 billion": the company the sentence named, else
        # the one under discussion
        referent = antecedent(sentence, token.idx) or context.described(token.lemma_)
        found = [stand_in(referent, token)] if referent is not None else []
    return found


def party_for_the_issuer(sentence: Sentence, issuer: Mention, context: ReadingContext) -> Mention | None:
    """Who a measure falls on when a reader took the country issuing it for its party ("Finland was in the first
    tier of the US rule", "shipments to Peru need a US export licence", "Osk said its deliveries need no US
    export licence"): the clause's subject, or whose its subject is, or where it goes; else the firm saying so;
    else no one."""
    doc = sentence.span.doc
    clause = issuer.root(doc)
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
        named = _a_party_at(sentence, subject, context)
        if named is not None:
            return named
        goods = [g for p in subject.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        # "shipments to Peru", "shipments of K9 chips to Peru": where they go, hung on either noun
        bound = [g for n in (subject, *goods) for p in n.children if p.lower_ in ("to", "into") for g in p.children]
        owners = [o for o in subject.children if o.dep_ == "poss"]
        for owner in owners:  # "its deliveries": whose they are
            if (whose := owner_named(owner, sentence, context)) is not None and whose.entity.type in BUSINESS_TYPES:
                return whose
        for token in (t for b in bound if b.dep_ == "pobj" for t in (b, *b.subtree)):  # "to UK data centres": UK
            if (named := _a_party_at(sentence, token, context)) is not None:
                return named
        for token in (t for g in goods for t in g.subtree):  # "shipments of Osk K9 racks": the goods, or their maker
            if (named := _a_party_at(sentence, token, context, GOODS_TYPES)) is not None:
                return named
    reporting = context.lexicon.attribution_verbs
    tellers = [c for t in sentence.tokens if t.lemma_ in reporting for c in t.children if c.dep_ == "nsubj"]
    return next((m for t in tellers if (m := _a_party_at(sentence, t, context)) is not None), None)


GOODS_TYPES = (*BUSINESS_TYPES, "Group", "Product")  # "shipments of K9 accelerators": a class of goods


def _a_party_at(
    sentence: Sentence,
    token: Token,
    context: ReadingContext,
    types: tuple[str, ...] = (*BUSINESS_TYPES, "Country", "Region"),
) -> Mention | None:
    """The business or place (or other ``types``) named at a token, if it is no issuer of a measure itself."""
    doc = sentence.span.doc
    return next(
        (
            m
            for m in sentence.mentions
            if m.token_start <= token.i < m.token_end
            and m.entity.type in types
            and not issuer_of_the_measure(m, doc, context)
        ),
        None,
    )


def issuer_of_the_measure(mention: Mention, doc: Doc, context: ReadingContext) -> bool:
    """ "received Ruritanian export permits", "Ruritanian export controls hit …", "under Ruritania's Strategic Goods
    Act": a country qualifying or owning the measure's own noun issued it; it is no party the measure acts on."""
    if mention.entity.type not in ("Country", "Region"):
        return False
    root = mention.root(doc)
    noun = root.head
    while noun.dep_ in ("compound", "amod") and noun.head != noun:
        noun = noun.head  # "Ruritanian export permits": the country on "export", "export" on "permits"
    words = context.lexicon.sanction.sanction_words
    if (
        root.dep_ == "poss"
    ):  # "Ruritania's Strategic Goods Act", "Peru's export licences"; "Chile's exports" are Chile's
        return noun.text in INSTRUMENTS or (noun.lower_ in words and noun.lower_ not in ("export", "exports"))
    return root.dep_ in ("compound", "amod", "nmod") and root.i < noun.i and noun.lower_ in words


def _own_subject(sentence: Sentence, token: Token, entity: Entity) -> bool:
    """Whether an entity is named as the subject of the verb a word is the object of."""
    subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    return any(
        m.entity == entity and any(m.token_start <= s.i < m.token_end for s in subjects) for m in sentence.mentions
    )


_LISTING_VERBS = frozenset({"add", "list", "name", "designate", "place", "put", "blacklist", "sanction"})


def _inside_phrase(root: Token, head: Token) -> bool:
    """Whether a name stands inside the noun phrase ``head`` heads as a modifier, apposition, conjunct or owner,
    or listed as its members ("90 entities, including Tessel Tools and Corran Systems"), not behind another of its
    prepositions."""
    while root != head:
        # "… entities, including X", "exports of Osk's K9": a member listed, or the goods of a trade
        listed = root.dep_ == "pobj" and (root.head.lower_ in _MEMBERS_OF or _of_a_trade(root.head))
        if not (listed or root.dep_ in ("compound", "appos", "conj", "poss", "nmod", "amod", "prep")):
            return False
        if root.dep_ == "prep" and root.lower_ not in _MEMBERS_OF and not _of_a_trade(root) or root.head == root:
            return False
        root = root.head
    return True


def _of_a_trade(prep: Token) -> bool:
    """Whether the preposition is the "of" of a trade noun ("exports of", "sales of"): what is traded is the
    seller's, and the trade's fate is the seller's."""
    return prep.lower_ == "of" and prep.head.lower_ in TRADE_NOUNS


_MEMBERS_OF = frozenset({"including", "like", "notably"})  # "… entities, including X and Y"


def owner_acted_on(sentence: Sentence, verb: Token, context: ReadingContext) -> Mention | None:
    """ "the rules had cut its accelerator sales": the party is whoever "its" refers to; "Osk said the rule would
    reduce revenue": a company's own figure with no owner written is the speaker's."""
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        owner = next((c for c in child.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if owner is not None:
            referent = antecedent(sentence, owner.idx) or context.topic
            return stand_in(referent, owner) if referent is not None else None
        figures = (*context.lexicon.reported_figures, *context.lexicon.measures)
        if child.lower_ in figures and not any(c.dep_ == "poss" for c in child.children):
            return _speaker_of(sentence, verb, context)
    return None


def _speaker_of(sentence: Sentence, verb: Token, context: ReadingContext) -> Mention | None:
    """The company whose reporting verb governs the clause ("Osk said the rule would …")."""
    doc = sentence.span.doc
    verbs = context.lexicon.attribution_verbs
    reporting = next((a for a in verb.ancestors if a.lemma_ in verbs or a.lower_ in verbs), None)
    if reporting is None:
        return None
    return next((m for m in sentence.mentions if m.root(doc).head == reporting and m.root(doc).dep_ == "nsubj"), None)


def _for_whom(subject: Token) -> bool:
    """ "harder for Baidu to buy": a subject its clause introduces by "for"."""
    return subject.dep_ == "nsubj" and any(c.dep_ == "mark" and c.lower_ == "for" for c in subject.head.children)


def _cut_off_from(root: Token, verb: Token) -> bool:
    """Whether a name is what the party is cut off or barred from ("cut it off from its foundry"), not the party."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "from" and prep.head == verb


def acted_on(verb: Token, parties: list[Mention], doc: Doc) -> Mention | None:
    """The first party in the verb's object side ("locked out foreign labs", "harder for Korean companies"),
    else, for a passive effect with no party of its own ("access … is restricted"), the sentence's party."""
    objects = [
        m
        for m in parties
        if verb in m.root(doc).ancestors
        and m.start > verb.idx
        and (m.root(doc).dep_ not in ("nsubj", "nsubjpass") or _for_whom(m.root(doc)))
        and not _cut_off_from(m.root(doc), verb)
    ]  # "…, and Baidu had to …": a clause of its own; but "harder for Baidu to buy": who it is harder for
    if objects:
        return objects[0]
    if any(child.dep_ == "nsubjpass" for child in verb.children):
        return parties[0]
    return None
