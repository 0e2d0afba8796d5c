"""Who owns whom, as the text tells it: a unit noun beside a name ("its Danish subsidiary Harbor Cloud", "X, a
Pinecrest unit", "its subsidiaries include X"), a passive of owning ("majority-owned by"), a purchase ("agreed to buy
Sable", "a 70% stake in Vireo"), a unit named beside its parent's possessive where the gazetteer knows the parent,
and a unit noun that refers back to the unit under discussion ("The Tessaly unit", "Tessaly's cloud arm")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence, qualifies
from claimgraph.extract.references import (
    antecedent,
    company_anaphor,
    describes_a_company_before,
    lemma,
    opens_a_clause,
    owner_named,
    stand_in,
)
from claimgraph.records import Entity


def ownership(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """Who owns whom, told by a unit noun or a purchase: "its Danish subsidiary Harbor Cloud", "X will become a
    wholly owned Ashgrove subsidiary", "Kestrel agreed to buy Sable", "its 2019 purchase of Lumen"."""
    doc = sentence.span.doc
    lexicon = context.lexicon
    owners = [m for m in sentence.mentions if m.entity.type in BUSINESS_TYPES]
    for child in owners:
        root = child.root(doc)
        head = root.head
        if root.dep_ == "poss" and _names_a_parent(head, lexicon.parent_nouns, lexicon.company_nouns):
            # "Kestrel's parent, Northgate", "Kestrel's parent company Northgate", "Northgate, Kestrel's parent":
            # the name in apposition with the parent noun, or which it is a compound of, owns the possessor
            named = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "compound" else [])
            named += [head.head] if head.dep_ == "appos" else []
            parent = next((m for m in owners for c in named if m.root(doc) == c), None)
            if parent is not None and parent.entity != child.entity:
                yield "SubsidiaryOf", child, parent, 0.7
        titled = next(
            (
                c
                for c in root.children
                if c.dep_ == "compound" and c.i < child.token_start and c.lower_ in lexicon.unit_nouns
            ),
            None,
        )  # "Its subsidiary VX Labs builds …": the parser makes the unit noun a word of the name's phrase
        unit_noun = head if root.dep_ == "appos" and head.lower_ in lexicon.unit_nouns else titled
        if (
            unit_noun is not None
            and unit_noun.i < root.i
            and describes_a_company_before(sentence, unit_noun.left_edge.idx, unit_noun.idx + len(unit_noun))
        ):
            unit_noun = None  # "Fell Cloud, Osk's cloud unit, Tarn, Vey …": the unit is Fell; Tarn is the list's next
        if unit_noun is not None and not opens_a_clause(sentence, child):
            # "its Danish subsidiary Harbor Cloud": the unit noun's owner is the parent
            parent = _owner_of(unit_noun, sentence, context)
            if parent is not None and parent.entity != child.entity:
                yield "SubsidiaryOf", child, parent, 0.7
    for noun in sentence.tokens:
        if noun.lower_ in lexicon.parent_nouns and noun.dep_ == "compound":
            # "TikTok owner ByteDance", "Instagram parent Meta": a title before the name, the owned one before it
            parent = next((m for m in owners if m.root(doc) == noun.head), None)
            owned = next((m for m in owners if m.root(doc).head == noun and m.root(doc).dep_ == "compound"), None)
            if parent is not None and owned is not None and parent.entity != owned.entity:
                yield "SubsidiaryOf", owned, parent, 0.7
        if noun.lower_ not in lexicon.unit_nouns or noun.dep_ not in ("attr", "appos"):
            continue
        # "X will become a wholly owned Kestrel subsidiary", "Y, a Pinecrest unit": a company naming the unit noun
        naming = next((m for m in owners if m.root(doc).head == noun and m.root(doc).dep_ == "compound"), None)
        clause = noun.head
        subject = clause if noun.dep_ == "appos" else next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("which", "that") and clause.dep_ == "relcl":
            # "T-Systems, which is Deutsche Telekom's IT services arm": the name right before the relative pronoun
            text = sentence.doc_text
            before = next((m for m in owners if _RELATIVE.fullmatch(text, m.end, subject.idx)), None)
            subject = doc[before.token_end - 1] if before is not None else None
        if noun.dep_ == "appos":
            subject = _named_before_brackets(noun, owners, sentence) or _the_last_listed(noun) or subject
        unit = next((m for m in owners if subject is not None and m.token_start <= subject.i < m.token_end), None)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        possessor = next((m for m in owners if owner is not None and m.root(doc) == owner), None)
        if naming is None and possessor is not None and noun.dep_ == "attr":
            naming = possessor  # "Tessel Cloud is Osk Group's cloud unit"
            yield from _elided_units(sentence, noun, owners)  # "…, Fell Cloud is Halden Group's"
        if naming is None and noun.dep_ == "attr":
            naming = _owner_after_of(noun, owners, doc)  # "Tessel Finance is the financing arm of Osk Group"
        if naming is not None and unit is not None and naming.entity != unit.entity:
            yield "SubsidiaryOf", unit, naming, 0.7
        elif naming is None and unit is not None and noun.dep_ == "appos":
            parent = _described_owner(noun, unit, sentence, context)  # "Hengyu Cloud, the group's cloud unit"
            if parent is not None:
                yield "SubsidiaryOf", unit, parent, 0.65
    yield from _owned_by(sentence, owners, context)
    yield from _unit_its_owner_controls(sentence, owners, context)
    yield from _spun_off(sentence, owners, context)
    yield from _units_listed(sentence, owners, context)
    for verb in sentence.tokens:
        through_stake = lemma(verb) in lexicon.stake_verbs
        if lemma(verb) not in lexicon.acquisition_words and not through_stake:
            continue
        # "Kestrel agreed to buy Sable", "Corvid … buying Vireo", "its 2019 purchase of Lumen"
        targets = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.dep_ == "relcl" and any(t.lower_ in ("which", "that", "whom") for t in targets):
            targets.append(verb.head)  # "Harwood, which Dunmore acquired in 2023"
        targets += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        # "acquired the data-centre operator Kuldvere Data": the name in apposition to the role noun bought
        targets += [c for t in targets if t.lower_ in lexicon.role_nouns for c in t.children if c.dep_ == "appos"]
        majority = [m for t in targets for m in _majority_of(t)]  # "holds 62% of the Company's shares"
        if through_stake:
            targets = [t for t in targets if t.lemma_.lower() in lexicon.stake_nouns]
        targets = [t for target in targets for t in _stake_holdings(target, lexicon.stake_nouns)] + majority
        for target in targets:
            bought = next((m for m in owners if m.token_start <= target.i < m.token_end), None)
            if bought is None and target in majority and company_anaphor(target, context):
                issuer = context.title_subject or context.issuer  # "62% of the Company's shares": the issuer's
                bought = stand_in(issuer, target) if issuer is not None else None
            buyer = _buyer_of(verb, sentence, context)
            if bought is not None and buyer is not None and bought.entity != buyer.entity:
                yield "SubsidiaryOf", bought, buyer, 0.6


def _owner_after_of(noun: Token, owners: list[Mention], doc: Doc) -> Mention | None:
    """The company named in the unit noun's own "of" phrase: "the financing arm of Osk Group"."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            found = next((m for m in owners if m.root(doc) == pobj), None)
            if found is not None:
                return found
    return None


def _the_last_listed(noun: Token) -> Token | None:
    """The one name an apposition of a single unit describes in a list ("Equinix, Digital Realty and Nxera,
    Singtel's data-centre arm", "for Microsoft and Google, and Wiwynn, Wistron's subsidiary"): the name right before
    it, though the parser hangs it on the list's first name or leaves the list's other names its conjuncts."""
    distributed = any(t.lower_ in ("each", "both", "all") for t in noun.doc[noun.left_edge.i - 1 : noun.i])
    if noun.tag_ != "NN" or distributed:
        return None  # "Verily, Waymo and Calico, each an Alphabet subsidiary": every one of them
    listed = sorted((noun.head, *noun.head.conjuncts), key=lambda t: t.i)
    before = [t for t in listed if t.i < noun.left_edge.i]
    return before[-1] if len(listed) > 1 and before else None


def _named_before_brackets(noun: Token, owners: list[Mention], sentence: Sentence) -> Token | None:
    """ "Hygon, Kunlunxin (Baidu's chip unit), MetaX": a unit noun in brackets describes the name right before
    them, wherever the parser hung it (on the first name of the list)."""
    edge = noun.left_edge
    text = sentence.doc_text
    opening = edge.idx if edge.text == "(" else edge.idx - 1  # the bracket may be the phrase's own first token
    while opening > sentence.start and text[opening].isspace():
        opening -= 1
    if text[opening] != "(":
        return None
    named = next((m for m in owners if not text[m.end : opening].strip()), None)
    return sentence.span.doc[named.token_end - 1] if named is not None else None


def _names_a_parent(noun: Token, parent_nouns: frozenset[str], company_nouns: frozenset[str]) -> bool:
    """ "parent", "owner", "parent company": a noun that names who owns something."""
    if noun.lower_ in parent_nouns:
        return True
    return noun.lemma_.lower() in company_nouns and any(
        c.dep_ == "compound" and c.lower_ in parent_nouns for c in noun.children
    )


_SPUN_OFF = frozenset({"off", "out"})


def _spun_off(sentence: Sentence, owners: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "Vireo was spun out of Kestrel", "Vireo, spun off from Kestrel", "Kestrel spun off Vireo": a business spun
    out of another is, as the text tells it, that one's unit."""
    for verb in sentence.tokens:
        if verb.lemma_.lower() != "spin" or not any(c.lower_ in _SPUN_OFF for c in verb.children):
            continue
        # "out of Kestrel", "out of the brewing group Kestrel Holdings": the name in the preposition's phrase
        sources = [g for c in verb.subtree if c.dep_ == "prep" and c.lower_ in ("of", "from") for g in c.children]
        phrase = {t.i for g in sources for t in g.subtree}
        parent = next((m for m in owners if m.root(sentence.span.doc).i in phrase), None)
        if parent is not None:  # "X was spun out of Y", "X, spun off from Y"
            subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            child_token = verb.head if subject is None and verb.dep_ == "acl" else subject
        else:  # "Y spun off X"
            parent = _buyer_of(verb, sentence, context)
            child_token = next((c for c in verb.children if c.dep_ == "dobj"), None)
        child = next(
            (m for m in owners if child_token is not None and m.token_start <= child_token.i < m.token_end), None
        )
        if child is None and child_token is not None:
            child = _referred_to(child_token, verb, owners, sentence, context)
        if child is not None and parent is not None and child.entity != parent.entity:
            yield "SubsidiaryOf", child, parent, 0.6


def _referred_to(
    token: Token, verb: Token, owners: list[Mention], sentence: Sentence, context: ReadingContext
) -> Mention | None:
    """The business a word standing for it means: "It was spun out of …" (the company last talked about), "The
    company was …", "Harl Cloud, the hosting firm that was spun off from …" (the name the relative clause's noun is
    in apposition with)."""
    if token.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
        noun = verb.head
        named = noun.head if noun.dep_ == "appos" else noun
        found = next((m for m in owners if m.token_start <= named.i < m.token_end), None)
        return found or _referred_to(named, named, owners, sentence, context)  # "The company, which is …"
    definite = any(c.lower_ == "the" for c in token.children)
    if token.lower_ == "it" or (definite and token.lemma_.lower() in context.lexicon.company_nouns):
        # the company under discussion before this sentence: its own names may have moved the topic on
        referent = antecedent(sentence, token.idx) or context.opening_topic
        return stand_in(referent, token) if referent is not None and referent.type in BUSINESS_TYPES else None
    return None


def _units_listed(sentence: Sentence, owners: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "- Lingbo Robotics: a wholly owned subsidiary that …", "Its subsidiaries include X and Y": a unit noun
    describing or listing names, with no parent of its own named ("of Y", "a Pinecrest unit"), makes them units
    of its owner ("its", "the company's") or, with none, of the company under discussion."""
    doc = sentence.span.doc
    for noun in sentence.tokens:
        if noun.lower_ not in context.lexicon.unit_nouns:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) or any(
            m.root(doc).head == noun and m.root(doc).dep_ == "compound" for m in owners
        ):
            continue  # "a subsidiary of Y", "a Pinecrest unit": the parent is named, read elsewhere
        listed: list[Token] = []
        bracketed = _named_before_brackets(noun, owners, sentence) if noun.dep_ == "appos" else None
        if noun.dep_ == "appos":
            listed = [bracketed or noun.head]
            last = bracketed or _the_last_listed(noun)
            bracketed, listed = (last, [last]) if last is not None else (bracketed, listed)
        elif noun.dep_ == "nsubj" and noun.head.lemma_ in ("include", "be"):
            listed = [c for c in noun.head.children if c.dep_ in ("dobj", "attr")]
        elif (named := _listed_after_a_colon(noun, owners, sentence)) is not None:
            # "Pell is the parent of three wholly owned subsidiaries: A, B and C", "Pell has two units: A and B"
            units, parent = named
            for unit in units:
                if unit.entity != parent.entity:
                    yield "SubsidiaryOf", unit, parent, 0.6
            continue
        # a bracketed description is of its one name, not of the list that name stands in
        tokens = {t.i for t in listed} | (
            {conj.i for t in listed for conj in t.conjuncts} if bracketed is None else set()
        )
        units = [
            m
            for m in owners
            if any(m.token_start <= i < m.token_end for i in tokens)
            and not sentence.doc_text.startswith(("'s", "’s"), m.end)  # "…, Fell Cloud is Halden's": an owner
        ]
        owned_by = _owner_of(noun, sentence, context)
        if owned_by is None and context.topic is not None and not any(c.dep_ == "poss" for c in noun.children):
            owned_by = stand_in(context.topic, noun)
        for unit in units:
            if owned_by is not None and unit.entity != owned_by.entity:
                yield "SubsidiaryOf", unit, owned_by, 0.6


def _listed_after_a_colon(
    noun: Token, owners: list[Mention], sentence: Sentence
) -> tuple[list[Mention], Mention] | None:
    """The names a colon lists right after a plural unit noun, and the subject of the clause the noun is in (its
    parent): "Pell is the parent of three wholly owned subsidiaries: A, B and C"."""
    doc = sentence.span.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ":" or noun.tag_ != "NNS":
        return None
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    parent = next((m for m in owners if subject is not None and m.token_start <= subject.i < m.token_end), None)
    if parent is None:
        return None
    colon = doc[noun.i + 1].idx
    listed = [m for m in owners if m.start > colon]
    kept = listed[:1]
    for mention in listed[1:]:  # the names the list joins, up to the first that is not joined
        if not _JOINED.fullmatch(sentence.doc_text, kept[-1].end, mention.start):
            break
        kept.append(mention)
    return kept, parent


_JOINED = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+")


def _owned_by(sentence: Sentence, owners: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "It is majority-owned by Jinlu Group", "Lingbo is controlled by Tessaly", "Arlo, acquired by Halvard in
    2023, …": the passive subject of a verb of owning or buying (a pronoun: the company under discussion), or the
    name its participle describes, is a subsidiary of the agent."""
    for verb in sentence.tokens:
        if verb.lemma_.lower() not in context.lexicon.acquisition_words:
            continue
        if verb.dep_ == "amod":
            yield from _owned_before_a_hyphen(verb, owners, sentence)
            continue
        # the agent names the parent, maybe in a described phrase ("by the family firm Dunewright Group")
        objects = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        phrase = [t.i for p in objects for t in (p, *p.subtree)]  # the object itself first
        parent = next((m for i in phrase for m in owners if m.token_start <= i < m.token_end), None)
        clause = verb.head if verb.dep_ == "acomp" else verb  # "It is majority-owned by …"
        subject = next((c for c in clause.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
            subject = verb.head  # "Arlo Robotics, acquired by Halvard": the name the participle describes
            if subject.dep_ == "appos":
                subject = subject.head  # "Osk AI, the start-up owned by Brisco": the name the apposition describes
        if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBN":
            # "Controlled by Mirfa Holding, Tarvo leases …": a fronted participle describes the main clause's subject
            subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if parent is None or subject is None:
            continue
        owned = next((m for m in owners if m.token_start <= subject.i < m.token_end), None)
        if owned is None:  # "It is majority-owned by …", "The company, which is majority-owned by …"
            owned = _referred_to(subject, clause, owners, sentence, context)
        if owned is not None and owned.entity != parent.entity:
            yield "SubsidiaryOf", owned, parent, 0.7


def _owned_before_a_hyphen(participle: Token, owners: list[Mention], sentence: Sentence) -> Iterator[Found]:
    """ "Tarn AI, the Osk-owned lab", "the Osk-controlled Tarn Cloud": the name joined to the participle by a
    hyphen owns the name the participle's noun is (or is in apposition to)."""
    text = sentence.doc_text
    parent = next((m for m in owners if text[m.end : participle.idx] == "-"), None)
    noun = participle.head.head if participle.head.dep_ == "appos" else participle.head
    owned = next((m for m in owners if m.token_start <= noun.i < m.token_end), None)
    if parent is not None and owned is not None and owned.entity != parent.entity:
        yield "SubsidiaryOf", owned, parent, 0.7


_CONTROLLING = frozenset({"majority", "controlling", "control"})
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)")


# "Kunlunxin is the chip unit Baidu controls", "Pell Semi, the chip unit that Tarn owns,": between the unit's name and
# its owner's, the unit noun; after the owner's, the verb of owning (the parser reads this shape badly)
_UNIT_BEFORE_OWNER = re.compile(
    r"(?:,\s+|\s+(?:is|was|remains|became)\s+)(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+)\s+(?:that\s+|which\s+)?"
)
_OWNING_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:controls|owns|runs|controlled|owned|set\s+up|spun\s+off)\b")


def _unit_its_owner_controls(sentence: Sentence, owners: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """ "Kunlunxin is the chip unit Baidu controls": a unit noun whose relative clause (with or without "that")
    has a company owning it makes the name it is said of that company's unit."""
    text = sentence.doc_text
    for unit, parent in zip(owners, owners[1:], strict=False):
        between = _UNIT_BEFORE_OWNER.fullmatch(text, unit.end, parent.start)
        if between is None or between.group("noun") not in context.lexicon.unit_nouns:
            continue
        if _OWNING_AFTER.match(text, parent.end) and unit.entity != parent.entity:
            yield "SubsidiaryOf", unit, parent, 0.65


def _stake_holdings(target: Token, stake_nouns: frozenset[str]) -> list[Token]:
    """What a bought or owned thing stands for: a company itself, or the company a controlling stake is held in
    ("owns a 60% stake in Orrin", "a majority stake in Pellam"); a minority stake makes no subsidiary."""
    if target.lemma_.lower() not in stake_nouns:
        return [target]
    modifiers = {c.lower_ for c in target.children}
    percent = _PERCENT.search(target.doc[target.left_edge.i : target.i].text)
    if not modifiers & _CONTROLLING and (percent is None or float(percent.group(1)) <= 50):
        return []
    return [g for c in target.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]


def _majority_of(held: Token) -> list[Token]:
    """The company more than half of which, or of whose shares, is held ("holds 62% of the Company's shares", "owns
    55% of Vessa Cloud"): a controlling holding, which makes a subsidiary; a minority one makes none."""
    percent = _PERCENT.search(held.doc[held.left_edge.i : held.i + 1].text)
    if percent is None or float(percent.group(1)) <= 50:
        return []
    wholes = [g for c in held.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    owners = [c for w in wholes if w.lemma_.lower() in _SHARE_WORDS for c in w.children if c.dep_ == "poss"]
    return owners + [w for w in wholes if w.lemma_.lower() not in _SHARE_WORDS]


_SHARE_WORDS = frozenset({"share", "stock", "equity", "capital"})
_RELATIVE = re.compile(r"\s*,\s*")


def _elided_units(sentence: Sentence, noun: Token, owners: list[Mention]) -> Iterator[Found]:
    """ "AWS is Amazon's cloud unit, Azure is Microsoft's": a later clause "X is Y's" with the unit noun left out
    says the same of X and Y."""
    doc = sentence.span.doc
    for parent in owners:
        root = parent.root(doc)
        elided = root.dep_ == "attr" and root.i > noun.i and sentence.doc_text.startswith(("'s", "’s"), parent.end)
        if not elided or root.head.lemma_ != "be":
            continue
        unit = next((m for m in owners if m.root(doc).head == root.head and m.root(doc).dep_ == "nsubj"), None)
        if unit is not None and unit.entity != parent.entity:
            yield "SubsidiaryOf", unit, parent, 0.65


def _owner_of(noun: Token, sentence: Sentence, context: ReadingContext) -> Mention | None:
    """Whose the noun is: a name in possessive before it, or "its", "their", "our" as ``owner_named`` reads them."""
    for child in noun.children:
        if child.dep_ != "poss":
            continue
        named = next((m for m in sentence.mentions if m.token_start <= child.i < m.token_end), None)
        if named is not None:
            return named
        if child.lower_ in ("its", "their", "our") and (referent := owner_named(child, sentence, context)):
            return referent
    return None


def _described_owner(noun: Token, unit: Mention, sentence: Sentence, context: ReadingContext) -> Mention | None:
    """Whose unit a name is said to be in apposition: a company named in possessive ("Hengyu Cloud, Hengyu
    Digital's cloud unit"), else, for "its" or "the group's", the company the sentence began about (the unit itself,
    the sentence's subject, is not what "its" refers to)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return _the_issuers(noun, unit, context)
    named = next((m for m in sentence.mentions if m.token_start <= owner.i < m.token_end), None)
    if named is not None:
        return named if named.entity != unit.entity and named.entity.type in BUSINESS_TYPES else None
    if owner.lower_ == "our" and context.speaker is not None and context.speaker != unit.entity:
        return stand_in(context.speaker, owner)  # "Our own chip unit, T-Head": the firm speaking
    anaphor = owner.lower_ in ("its", "their") or (
        owner.lemma_.lower() in context.lexicon.company_nouns and any(c.lower_ == "the" for c in owner.children)
    )
    topic = context.opening_topic
    if owner.text == "Company" and context.title_subject is not None:
        topic = context.title_subject  # "the Company's GPU-cloud subsidiary": a filing's defined term, its own company
    if anaphor and topic is not None and topic != unit.entity and topic.type in BUSINESS_TYPES:
        return stand_in(topic, owner)
    return None


def _the_issuers(noun: Token, unit: Mention, context: ReadingContext) -> Mention | None:
    """ "Tarn Cloud, the wholly owned cloud subsidiary, …" in a company's own report or call: owned, by no one the
    phrase names, so by the company whose report it is."""
    issuer = context.issuer
    words = {t.lower_ for t in noun.subtree}
    owned = noun.lower_ in ("subsidiary", "subsidiaries") and bool(words & {"wholly", "owned", "wholly-owned"})
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    ours = context.self_report or context.speaker == issuer
    if not owned or of or issuer is None or issuer == unit.entity or not ours:
        return None
    return stand_in(issuer, noun)


def _buyer_of(verb: Token, sentence: Sentence, context: ReadingContext) -> Mention | None:
    """Who buys: the subject of the verb (or of the verb it completes), or the owner of a purchase noun."""
    if verb.pos_ == "NOUN":
        return _owner_of(verb, sentence, context)
    clause = verb
    while clause.dep_ in ("xcomp", "advcl", "conj", "pcomp") and not any(c.dep_ == "nsubj" for c in clause.children):
        clause = clause.head
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ in ("which", "that", "who") and clause.dep_ == "relcl":
        subject = clause.head  # "Halden Group, which also controls Brightline"
    named = next((m for m in sentence.mentions if m.token_start <= subject.i < m.token_end), None)
    if named is None and subject.lower_ in ("it", "they") and context.topic is not None:
        return stand_in(context.topic, subject)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children)
    if named is None and definite and subject.lemma_.lower() in context.lexicon.company_nouns:
        described = context.described(subject.lemma_)
        return stand_in(described, subject) if described is not None else None  # "The group also owns …"
    return named if named is not None and named.entity.type in BUSINESS_TYPES else None


def known_units(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """A unit named beside its parent's possessive ("Sable’s pricing edge through Sable Cloud"),
    where the gazetteer knows the parent: the text states the tie, the gazetteer tells which way it runs."""
    doc = sentence.span.doc
    by_key = {m.entity.key: m for m in sentence.mentions}
    for child in sentence.mentions:
        parent_key = context.parents.get(child.entity.key)
        parent = by_key.get(parent_key) if parent_key else None
        if parent is not None and parent.root(doc).dep_ == "poss" and parent.end <= child.start:
            yield "SubsidiaryOf", child, parent, 0.6


def units_referred(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "The Tessaly unit also signed …", "Tessaly's cloud arm grew …", "The hosting arm of Tessaly runs …": a unit
    noun owned by a named company and standing for no name of its own refers back to a unit the article talks
    about — the one whose name its qualifier ends ("cloud" → "Brisco Cloud"), else the company under discussion
    when the text says "the Tessaly unit" or "the … of Tessaly" or the gazetteer already knows the tie — and so
    tells whose unit that is."""
    doc = sentence.span.doc
    owners = [m for m in sentence.mentions if m.entity.type in BUSINESS_TYPES]
    for noun in sentence.tokens:
        if noun.lower_ not in context.lexicon.unit_nouns or noun.dep_ == "appos" or _names_a_unit(noun):
            continue
        owner = next((m for m in owners if qualifies(m.root(doc), noun)), None)  # "the Osk Group unit"
        of = [g.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree]
        if owner is None and of and noun.dep_ in ("nsubj", "nsubjpass"):
            # "The hosting arm of Marra Technologies runs …": the subject unit is the one talked about
            owner = next((m for m in owners if m.root(doc).i in of), None)
        elif of:
            continue  # "a subsidiary of Y" beside a name: read where the name is
        if owner is None:
            continue
        owned_by = owner.root(doc)
        qualifiers = tuple(  # not a word of the owner's own name ("Group" in "the Osk Group unit")
            c.text
            for c in noun.children
            if c.dep_ in ("compound", "amod") and c.i < noun.i and c != owned_by and not qualifies(owned_by, c)
        )
        unit = next((context.name_heads[q.lower()] for q in qualifiers if q.lower() in context.name_heads), None)
        topic = context.topic
        definite = owner.root(doc).dep_ in ("compound", "pobj") and any(c.lower_ == "the" for c in noun.children)
        if unit is None and topic is not None:
            # "the Osk unit": the company under discussion, unless the gazetteer knows it not to be Osk's
            owned = context.parents.get(topic.key) == owner.entity.key
            unit = topic if owned or (definite and not topic.known) else None
        if unit is None:
            unit = _known_unit(owner.entity, qualifiers, context)
        if unit is not None and unit != owner.entity and unit.type in BUSINESS_TYPES:
            yield "SubsidiaryOf", stand_in(unit, noun), owner, 0.6


_CLOUD_WORDS = frozenset({"cloud", "hosting", "computing", "cloud-computing"})


def _known_unit(owner: Entity, qualifiers: tuple[str, ...], context: ReadingContext) -> Entity | None:
    """ "Alphabet's cloud business", "Amazon's cloud arm": the one cloud the gazetteer knows the company (or its
    own unit) to own, when the unit noun says it is the cloud one."""
    if not _CLOUD_WORDS & {q.lower() for q in qualifiers}:
        return None
    parents = context.parents
    owned = [k for k, p in parents.items() if p == owner.key or parents.get(p) == owner.key]
    clouds = [e for k in owned if (e := context.index.get(k)) is not None and e.type == "Cloud"]
    return clouds[0] if len(clouds) == 1 else None


def _names_a_unit(noun: Token) -> bool:
    """Whether a name stands beside the unit noun ("its cloud unit Brisco Cloud", "Brisco Cloud, the group's unit"):
    then the apposition, not a reference, says whose unit it is."""
    return any(c.dep_ == "appos" for c in noun.children) or noun.head.dep_ == "appos" and noun.dep_ == "appos"
