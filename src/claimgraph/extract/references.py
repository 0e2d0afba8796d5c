"""References the relation patterns resolve before linking mentions: "its", "it", "there", a list item's
leading name, "Corvid’s capabilities" standing for Corvid's models. Each returns a stand-in ``Mention``
anchored where the reference stands, so evidence spans still point at the text that states the claim."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from claimgraph.extract.context import THING_TYPES, TOPIC_TYPES, ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Mention, Sentence, glued_subject, qualifies, token_at
from claimgraph.extract.lexicon import load_lexicon
from claimgraph.records import Entity

_PRONOUNS = re.compile(r"\b(?:there|it|its|their|company|firm|the|this|we|us|our|which|that|both|two)\b", re.IGNORECASE)
_LIST_LEAD = re.compile(r"\s*(?:[-•*|]\s*|\d+[.)]\s+)?$")
_LIST_GAP = re.compile(r"\s*(?:\([^)]*\))?\s*[—–:|-]")


def stand_in(entity: Entity, token: Token) -> Mention:
    """A mention of ``entity`` at ``token``, for a word that refers to it."""
    return Mention(entity, token.idx, token.idx + len(token.text), token.i, token.i + 1)


def _parent_of_a_unit_subject(root: Token) -> bool:
    """ "The cloud arm of Osk Group sells its own Tarn models": the parent names whose unit the subject is, and
    the unit (the one under discussion), not the parent, owns what "its" says."""
    head = root.head
    if root.dep_ != "pobj" or head.lower_ != "of":
        return False
    noun = head.head
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.lemma_.lower() in load_lexicon().unit_nouns


def antecedent(sentence: Sentence, before: int) -> Entity | None:
    """What "its" refers to: the last company-like subject named earlier in the same sentence, else (unless the
    sentence is already about "it") the nearest company-like name ("Cambricon, a smaller designer, has won
    business the controls took from Sable: its revenue rose" is Cambricon's)."""
    doc = sentence.span.doc
    fronted = _subject_after_a_fronted_clause(sentence, before)
    if fronted is not None:
        return fronted  # "Helped by cuts on its own models, Osk gained share": the subject the clause leads to
    holder = _holder_of_a_with_phrase(sentence, before)
    if holder is not None:
        return holder  # "Pell Labs with its Orca model, Osk with its Tarn-2": each name's own
    earlier = [
        m
        for m in sentence.mentions
        if m.end <= before
        and m.entity.type in TOPIC_TYPES
        and not _a_persons_affiliation(m.root(doc))
        and not _parent_of_a_unit_subject(m.root(doc))
    ]
    clause_start = sentence.doc_text.rfind(";", sentence.start, before)
    own_clause = [m for m in earlier if m.start > clause_start] if clause_start != -1 else []
    earlier = own_clause or earlier  # "… Tessel cut X; at the end of May Osk halved the price of its Y": Osk's
    told = [m for m in earlier if m.root(doc).dep_ in ("dobj", "dative") and _tells_of(m.root(doc), doc, before)]
    if told:
        return told[-1].entity  # "Commerce told Nvidia that its H20 needs a licence": the one told, of its own
    subjects = [m for m in earlier if m.root(doc).dep_ in ("nsubj", "nsubjpass")]
    first_name = earlier[0].start if earlier else before
    said_of_it = any(  # the sentence opens on "it" before it names anyone
        t.lower_ in ("it", "its") and t.dep_ in ("nsubj", "nsubjpass", "poss") and t.idx < first_name
        for t in sentence.tokens
    )
    if not subjects and said_of_it:
        return None  # "Its sales grew, aided by Osk's model and by its own": the one under discussion
    chosen = subjects or earlier
    return chosen[-1].entity if chosen else None


def _holder_of_a_with_phrase(sentence: Sentence, before: int) -> Entity | None:
    """The name a "with" phrase hangs on, when the word at ``before`` is its "its" ("Vey Labs with its Orca model")."""
    doc = sentence.span.doc
    token = token_at(doc, before)
    if token is None or token.lower_ != "its" or token.head.dep_ != "pobj" or token.head.head.lower_ != "with":
        return None
    preposition = token.head.head
    names = [m for m in sentence.mentions if m.entity.type in TOPIC_TYPES or m.entity.type == "ResearchFirm"]
    # the name right before "with" ("…; Tarn Telecom with its Brill-2"), which a parser may hang on an earlier one
    earlier = [m for m in names if m.end <= preposition.idx]
    adjacent = next((m for m in earlier if not sentence.doc_text[m.end : preposition.idx].strip(" ,")), None)
    holder = preposition.head
    hung_on = next((m for m in names if m.token_start <= holder.i < m.token_end), None)
    chosen = adjacent or hung_on
    return chosen.entity if chosen is not None else None


def _subject_after_a_fronted_clause(sentence: Sentence, before: int) -> Entity | None:
    """The main clause's subject, named after the word at ``before`` when that word sits in a phrase set before
    it ("Helped by pricing on its own models, Osk gained", "After cutting its prices, Osk …")."""
    doc = sentence.span.doc
    token = token_at(doc, before)
    root = sentence.span.root
    subject = next(
        (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > (token.i if token else 0)), None
    ) or glued_subject(root)  # "In its filing Osk says …": the subject the parser took into the phrase
    if token is None or subject is None or subject.i <= token.i:
        return None
    fronted = [c for c in root.children if c.dep_ in ("advcl", "prep", "npadvmod") and c.i < subject.i]
    if not any(token == c or c in token.ancestors for c in fronted):
        return None
    named = next((m for m in sentence.mentions if m.token_start <= subject.i < m.token_end), None)
    return named.entity if named is not None and named.entity.type in TOPIC_TYPES else None


def _relative_head(sentence: Sentence, whose: Token) -> Entity | None:
    """What "whose" refers to: the name its relative clause describes ("Castor Labs, whose Pell chip …"), not the
    last subject before it ("Osk moved its orders to Castor Labs, whose Pell chip …" is Castor's chip)."""
    clause = next((t for t in whose.ancestors if t.dep_ == "relcl"), None)
    if clause is None:
        return None
    described = clause.head
    return next(
        (
            m.entity
            for m in sentence.mentions
            if m.token_start <= described.i < m.token_end and m.entity.type in TOPIC_TYPES
        ),
        None,
    )


def _tells_of(addressee: Token, doc: Doc, at: int) -> bool:
    """Whether the word at ``at`` is in the clause a verb of telling says to ``addressee`` ("told Nvidia that …")."""
    verb = addressee.head
    token = token_at(doc, at)
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return token is not None and any(c == token or c in token.ancestors for c in clauses)


def _a_persons_affiliation(root: Token) -> bool:
    """ "Kenji Hollis, who covers Chinese stocks for Tamsett Securities, said the firm's margin …", "Ines Carrow at
    Bramblecote": a company named to say where a person works is not what "the firm" or "its" refers to."""
    for token in root.ancestors:
        if token.dep_ in ("relcl", "acl", "prep", "appos") and token.head.ent_type_ == "PERSON":
            return True
    return False


_OWN_MAKE_NOUNS = frozenset(
    {"platform", "app", "assistant", "chatbot", "tool", "model", "compiler", "scheduler", "service"}
)


def possessive_owner(sentence: Sentence, mention: Mention, context: ReadingContext) -> Entity | None:
    """Whose the mentioned thing is, when the text says so: "its Falcon models", "Vireo is Kestrel’s attempt",
    "Tianmu, the company's training cluster"."""
    doc = sentence.span.doc
    root = mention.root(doc)
    head = root
    if root.dep_ == "appos" and opens_a_clause(sentence, mention):
        return None  # "Tessel is Osk's cloud unit, Fell Cloud is …": no apposition, whatever the parser says
    if root.dep_ == "pobj" and glued_subject(root.head.head) == root:
        return None  # "In its filing Osk says …": Osk is the subject, not a thing "its" owns
    whose = _WHOSE_BEFORE.search(sentence.doc_text, sentence.start, mention.start)
    if whose is not None:  # "Kettle Systems, whose K9 accelerator powers …", however the parser hung "whose"
        before = next((m for m in sentence.mentions if m.end == whose.start()), None)
        if before is not None and before.entity.type in TOPIC_TYPES:
            return before.entity
    # "Kestrel's K7 and K8 chips", "Osgood's latest model, Gull-7", "its TL-50 accelerator" (the parser may take
    # a name before its noun for a number or an adjective) — but "DeepSeek's V4 and Zhipu's GLM-5": a conjunct
    # with an owner of its own is that owner's
    while (
        head.dep_ in ("compound", "nmod", "nummod", "amod", "conj", "appos")
        and head.head != head
        and not (head.dep_ == "conj" and any(c.dep_ == "poss" for c in head.children))
    ):
        head = head.head
    parties = context.lexicon.customer_nouns | context.lexicon.counterpart_nouns
    for token in (head, *([head.head] if head.dep_ == "nsubj" else [])):
        if token.lemma_.lower() in parties:
            return None  # "Kestrel's largest customer, Osric Cloud": a party to Kestrel, not a thing it owns
        for child in token.children:
            if child.dep_ == "poss" and child.lower_ == "whose":
                return _relative_head(sentence, child) or antecedent(sentence, child.idx) or context.topic
            if child.dep_ == "poss" and child.lower_ == "its":
                return antecedent(sentence, child.idx) or context.topic
            # "our HBM4 is in mass production", "our Tianmu model platform" (but "our H200 price" is of a price)
            # a name before a noun of something a firm makes for itself to run ("our Tarnby platform"); before a
            # machine it is what the machine is ("our K9 racks", "our DGX systems"), not a make of the speaker's
            named_product = head is root or head.lemma_.lower() in _OWN_MAKE_NOUNS
            if child.dep_ == "poss" and child.lower_ == "our" and named_product and context.speaker is not None:
                return context.speaker
            if child.dep_ == "poss" and company_anaphor(child, context):
                return context.described(child.lemma_, ())  # "the company's Jinghong GPUs", "the group's model"
            if child.dep_ == "poss" and head is not root:
                named = next((m.entity for m in sentence.mentions if m.token_start <= child.i < m.token_end), None)
                if named is not None and named.type in TOPIC_TYPES:
                    return named
    for described in (c for c in root.children if c.dep_ == "appos"):  # "Tianmu, the company's training cluster"
        owner = next((c for c in described.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        if owner.lower_ in ("its", "their"):
            return antecedent(sentence, owner.idx) or context.topic
        definite = any(c.lower_ == "the" for c in owner.children)
        if definite and owner.lemma_.lower() in context.lexicon.company_nouns:
            return context.topic
        named = next((m.entity for m in sentence.mentions if m.token_start <= owner.i < m.token_end), None)
        if named is not None and named.type in TOPIC_TYPES:
            return named
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        # "Vireo is Kestrel's attempt"; but "Osric is Kestrel's largest customer" is a party to Kestrel, not its own
        for attr in root.head.children:
            if attr.dep_ != "attr" or attr.lower_ in parties:
                continue
            owner = next((c for c in attr.children if c.dep_ == "poss"), None)
            if owner is not None:
                return next((m.entity for m in sentence.mentions if m.token_start <= owner.i < m.token_end), None)
    return None


def owner_named(owner: Token, sentence: Sentence, context: ReadingContext) -> Mention | None:
    """The company a possessive names: "Sable's clients", "its clients" (the company "its" refers to), "the
    company's chips" (the company under discussion)."""
    named = next((m for m in sentence.mentions if m.token_start <= owner.i < m.token_end), None)
    if named is not None:
        return named if named.entity.type in TOPIC_TYPES else None
    if owner.lower_ == "whose":  # "Tessel Cloud, whose largest customer is …": the name the clause describes
        described = next((a for a in owner.ancestors if a.dep_ == "relcl"), None)
        head = described.head if described is not None else None
        named = next((m for m in sentence.mentions if head is not None and m.token_start <= head.i < m.token_end), None)
        if named is not None and named.entity.type in TOPIC_TYPES:
            return named
        return _site_operator(head, sentence, context) if head is not None else None
    if owner.lower_ == "our" and context.speaker is not None:
        return stand_in(context.speaker, owner)  # "our largest customers": the firm speaking
    if company_anaphor(owner, context):
        referent = context.described(owner.lemma_, ())
    elif owner.lower_ in ("its", "their"):
        referent = antecedent(sentence, owner.idx) or context.topic
    else:
        return None
    return stand_in(referent, owner) if referent is not None else None


def company_anaphor(token: Token, context: ReadingContext) -> bool:
    """ "the company", "the unit", "the firm's": a definite company noun refers to a company of the article
    ("the top three providers" are several, not it)."""
    return (
        token.tag_ != "NNS"
        and token.lemma_.lower() in context.lexicon.company_nouns
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children)
    )


def owner_named_before(sentence: Sentence, mention: Mention) -> Entity | None:
    """The company whose possessive stands right before the mention ("Kestrel's Orca 4"), else None."""
    text = sentence.doc_text
    return next(
        (
            m.entity
            for m in sentence.mentions
            if m.entity.type in TOPIC_TYPES and _POSSESSIVE_GAP.fullmatch(text, m.end, mention.start)
        ),
        None,
    )


_POSSESSIVE_GAP = re.compile(r"[’']s?\s+")


def as_models(sentence: Sentence, mention: Mention, context: ReadingContext) -> Mention | None:
    """ "Corvid’s coding and reasoning capabilities" stand for the company's models as one group entity, so
    a cloud integrating them offers "Corvid models", while "Corvid's new model" is the model of Corvid's under
    discussion; None when the mention is not such a possessive."""
    if mention.entity.type not in ("Company", "Lab"):
        return None
    root = mention.root(sentence.span.doc)
    if root.dep_ != "poss" or root.head.lower_ not in context.lexicon.capability_nouns:
        return None
    head = root.head
    if any(m.entity.type == "Model" and mention.end <= m.start < head.idx for m in sentence.mentions):
        return None  # "OpenAI's open-weight gpt-oss models" (whether or not "models" is in the model's mention)
    if head.dep_ == "appos" and any(
        m.entity.type == "Model" and m.root(sentence.span.doc) == head.head for m in sentence.mentions
    ):
        return None  # "tarn-7b, Osk's open-weight model": the named model it describes, read as Osk's own
    if head.lower_ == "model":  # "Osk's new model": the one under discussion if Osk made it, else Osk's latest
        thing = context.thing
        if thing is None or context.maker_of(thing) != mention.entity:
            thing = context.latest_made.get(mention.entity.key)
        if thing is not None:
            return Mention(thing, mention.start, mention.end, mention.token_start, mention.token_end)
    name = f"{mention.entity.label} models"
    entity = context.index.entity_for(name, "Group")
    return Mention(entity, mention.start, mention.end, mention.token_start, mention.token_end)


def as_hardware(sentence: Sentence, mention: Mention, context: ReadingContext) -> Mention | None:
    """ "runs on Osk and Vey Semi chips", "built on Tarn's GPUs": a chip maker's name qualifying a
    hardware noun stands for the maker's chips ("Osk chips", one product entity), which is what things are
    built on; the maker sells nothing by it. None when the name qualifies no hardware noun."""
    if mention.entity.type != "Company":
        return None
    noun = hardware_qualified(mention.root(sentence.span.doc), context.lexicon.hardware_nouns)
    if noun is None:
        return None
    between = [m for m in sentence.mentions if m.start >= mention.end and m.start <= noun.idx]
    if any(m.entity.type in ("Product", "Model") for m in between):
        return None  # "Nvidia's H200 GPUs": the named product is what is meant
    entity = context.index.entity_for(f"{mention.entity.label} {noun.text}", "Product")
    # the stand-in spans the maker through the noun, so the phrase's preposition ("on") is the noun's
    return Mention(entity, mention.start, noun.idx + len(noun.text), mention.token_start, noun.i + 1)


def hardware_qualified(root: Token, hardware_nouns: frozenset[str]) -> Token | None:
    """The hardware noun a name qualifies ("Osk chips", "Tarn's Brill chips"), else None; the second of two
    makers ("Osk and Vey Semi chips") hangs on the first."""
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    noun = root.head
    return noun if root.dep_ in ("compound", "nmod", "poss") and noun.lemma_.lower() in hardware_nouns else None


def pronoun_mentions(sentence: Sentence, context: ReadingContext) -> list[Mention]:
    """Stand-ins for "there" (the place last named), subject "it" (the model or product last talked about),
    "the company" / "the firm" (the company last talked about) and "we" / "us" / "our" (the organisation
    speaking: a transcript turn's firm, the issuer of a release)."""
    found: list[Mention] = []
    if not _PRONOUNS.search(sentence.text):
        return found
    for token in sentence.tokens:
        lower = token.lower_
        pair = _the_two(token, context) if lower in ("both", "two") and context.named_lately(sentence) else ()
        if pair:
            found.extend(stand_in(entity, _referring_noun(token)) for entity in pair)  # "Both models are sold …"
        elif lower == "there" and token.dep_ == "advmod" and context.place is not None:
            found.append(stand_in(context.place, token))
        elif lower in _FIRST_PERSON and context.speaker is not None:
            found.append(stand_in(context.speaker, token))  # "We opened data centres in Spain"
        elif lower == "it" and token.dep_ in ("nsubj", "nsubjpass"):
            if (referent := _it_subject(sentence, token, context, found)) is not None:
                found.append(stand_in(referent, token))
        elif lower == "it" and token.dep_ in ("dobj", "pobj"):
            doc = sentence.span.doc
            # not the subject of its own clause: "X Thinking, a variant, is built on it" is built on something else
            verb = token.head.head if token.dep_ == "pobj" else token.head
            own = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
            earlier = [
                m
                for m in sentence.mentions
                if m.end <= token.idx and m.entity.type in THING_TYPES and m.root(doc).i not in own
            ]
            # an argument of a verb before an oblique: "built its X on top of Y and sells it" sells X
            arguments = [m for m in earlier if _phrase_role(m.root(doc)) in ("dobj", "nsubj", "nsubjpass", "appos")]
            chosen = (arguments or earlier)[-1:]
            referent = chosen[0].entity if chosen else context.thing
            if referent is not None:
                found.append(stand_in(referent, token))  # "… and sells it through Larkspur Cloud": the thing made
        elif (owner := _owner_of_its_service(sentence, token, context)) is not None:
            found.append(stand_in(owner, token))  # "Its Generative APIs serve Llama 3.3": the owner serves it
        elif (named := _relative_object(sentence, token)) is not None:
            found.append(stand_in(named, token))  # "the Orca models, which Kestrel develops": Orca
        elif (maker := _maker_described(sentence, token, context)) is not None:
            found.append(stand_in(maker, token))  # "The Claude developer also trains on …": Claude's developer
        elif (
            (token.dep_ in ("nsubj", "nsubjpass") or _a_party_after(token))
            and company_anaphor(token, context)
            and (described := _company_described(sentence, token, context)) is not None
            and not _clause_subject_is(sentence, token, described)
        ):
            # "the company", "the group": the one called "… Group"; "signed contracts with the company": a party
            found.append(stand_in(described, token))
        elif (
            token.dep_ in ("nsubj", "nsubjpass")
            and token.lemma_.lower() in context.name_heads
            and any(c.lower_ in ("the", "this") for c in token.children if c.dep_ == "det")
        ):
            found.append(stand_in(context.name_heads[token.lemma_.lower()], token))  # "the authority": "… Authority"
        elif (
            token.dep_ in ("nsubj", "nsubjpass")
            and context.thing is not None
            and context.lexicon.product_nouns.get(token.text) == context.thing.type
            and any(c.lower_ in ("the", "this", "that") for c in token.children if c.dep_ == "det")
        ):
            found.append(stand_in(context.thing, token))  # "The model is also offered on Larkspur Cloud"
        elif (
            lower in context.lexicon.family_nouns
            and token.dep_ in ("nsubj", "nsubjpass", "dobj")
            and context.thing is not None
            and context.thing.type == "Model"
            and any(c.lower_ in ("the", "this") for c in token.children if c.dep_ == "det")
        ):
            found.append(stand_in(context.thing, token))  # "Arvik Cloud will add the family in June"
    return found


_FIRST_PERSON = frozenset({"we", "us", "our"})


def _the_two(token: Token, context: ReadingContext) -> tuple[Entity, ...]:
    """What "both models", "the two companies" or a bare "both" refer to: the last two models, or companies, that a
    sentence of this paragraph or the one before named together ("… Tarn-4 and Tarn-4 Mini. Both models are …")."""
    noun = _referring_noun(token)
    if token.lower_ == "two" and not (
        token.dep_ == "nummod" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    ):
        return ()
    if token.lower_ == "both" and noun is token and not _a_party_role(token):
        return ()  # "keeps using both" (both what?), "both of the big chipmakers" (named after it)
    lemma = noun.lemma_.lower()
    if lemma in ("model", "llm"):
        together = context.things_together
    elif noun is token or lemma in context.lexicon.company_nouns:
        together = context.named_together
    else:
        return ()
    return together[-2:] if len(together) >= 2 else ()


def _a_party_role(both: Token) -> bool:
    """Whether a bare "both" stands where a party does: a clause's subject, or the one a verb of directing tells,
    grants or bars ("the regulator told both to hold off"); not "both of …", which names its set itself."""
    if any(c.lower_ == "of" for c in both.children):
        return False
    if both.dep_ in ("nsubj", "nsubjpass", "dative"):
        return True
    return both.dep_ == "dobj" and both.head.lemma_.lower() in _DIRECTING_VERBS


_DIRECTING_VERBS = frozenset({"tell", "ask", "order", "grant", "allow", "let", "urge", "require", "instruct", "bar"})


def _referring_noun(token: Token) -> Token:
    """The noun a "both" or "two" counts ("both models" → "models"), or the word itself when it stands alone."""
    return token.head if token.dep_ in ("det", "predet", "preconj", "nummod") and token.head.pos_ == "NOUN" else token


def _a_party_after(token: Token) -> bool:
    """Whether a noun is the party a preposition of dealing introduces ("a contract with the company")."""
    return token.dep_ == "pobj" and token.head.lower_ in ("with", "from", "to", "for")


def _clause_subject_is(sentence: Sentence, token: Token, entity: Entity) -> bool:
    """Whether the subject of the clause a party noun stands in names the entity it would refer to: "Pell Cloud
    said the deal with the company …" cannot make Pell Cloud a party to itself."""
    verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    return any(m.entity == entity and m.token_start <= s.i < m.token_end for s in subjects for m in sentence.mentions)


def _company_described(sentence: Sentence, noun: Token, context: ReadingContext) -> Entity | None:
    """What "the company", "the cloud unit" refers to (``ReadingContext.described``); but "the Osk Group unit", a
    unit noun a company's name qualifies, is the unit under discussion, never the group itself."""
    doc = sentence.span.doc
    owner = next((m for m in sentence.mentions if qualifies(m.root(doc), noun)), None)
    if (
        owner is None
        and noun.lemma_.lower() == "company"
        and _opens_a_paragraph(sentence, noun)
        and context.title_subject
    ):
        # "… Osk Group bought a 12% stake in 2023.¶The company released Tarn-3": a paragraph that opens on "the
        # company" returns to the one the article is about, not the last firm named in passing
        return context.title_subject
    if owner is None or noun.lemma_.lower() not in context.lexicon.unit_nouns:
        return context.described(noun.lemma_, _qualifiers(noun))
    return context.topic if context.topic is not None and context.topic != owner.entity else None


def _opens_a_paragraph(sentence: Sentence, noun: Token) -> bool:
    """Whether the noun is the first noun of a sentence that opens its paragraph ("The company released …")."""
    text = sentence.doc_text
    line_start = text.rfind("\n", 0, sentence.start) + 1
    opening = not text[line_start : sentence.start].strip()
    return opening and not any(t.pos_ in ("NOUN", "PROPN") for t in sentence.tokens if t.i < noun.i)


def _owner_of_its_service(sentence: Sentence, token: Token, context: ReadingContext) -> Entity | None:
    """ "Its Generative APIs serve X", "their inference service hosts Y", "CoreWeave's fleet runs on Z", "Its fleet
    is built on H100s": a service or fleet a company owns acts for its owner ("its": the company named before in the
    sentence or under discussion; "the fleet": the speaking firm's, else the company under discussion's)."""
    lexicon = context.lexicon
    nouns = lexicon.offering_nouns | lexicon.fleet_nouns
    if token.dep_ not in ("nsubj", "nsubjpass") or token.lemma_.lower() not in nouns:
        return None
    if any(m.token_start <= token.i < m.token_end for m in sentence.mentions):
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None:  # "The fleet runs on K9 racks", "The service runs on …": the company under discussion's
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        verb = token.head
        built_on = verb.lemma_ in _RUNNING_ON and any(c.lower_ in ("on", "around", "upon", "by") for c in verb.children)
        fleet = token.lemma_.lower() in lexicon.fleet_nouns or built_on
        offering = verb.lemma_ in _OFFERING_VERBS  # "The platform offers Tarn-4, Vela-2 and …": the company's own
        return (context.speaker or context.topic) if definite and (fleet or offering) else None
    named = owner_named(owner, sentence, context)
    return named.entity if named is not None else None


_RUNNING_ON = frozenset({"run", "build", "base", "power"})  # "The service runs on …": what it is built on
_OFFERING_VERBS = frozenset({"offer", "host", "serve", "list", "carry"})  # "The platform offers …": what it sells


def _site_operator(head: Token, sentence: Sentence, context: ReadingContext) -> Mention | None:
    """ "Tarn operates our Lyon site, whose customers …", "Tarn runs a site in Lyon, whose …": whose a site (or the
    place it is in) is, said of it: the company the clause says runs it."""
    site = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "near") else head
    if site.lemma_.lower() not in context.lexicon.site_nouns or site.dep_ != "dobj":
        return None
    doc = sentence.span.doc
    return next(
        (
            m
            for m in sentence.mentions
            if m.entity.type in TOPIC_TYPES and m.root(doc).dep_ == "nsubj" and m.root(doc).head == site.head
        ),
        None,
    )


def _relative_object(sentence: Sentence, token: Token) -> Entity | None:
    """ "the Orca models, which Kestrel develops and Sable Cloud sells": a relative pronoun that is its clause's
    object stands for the named thing the clause hangs on, so the clause's verbs relate their subjects to it."""
    if token.lower_ not in ("which", "that") or token.dep_ not in ("dobj", "pobj"):
        return None
    clause = token.head.head if token.dep_ == "pobj" else token.head
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    doc = sentence.span.doc
    named = next(
        (m for m in sentence.mentions if m.token_start <= noun.i < m.token_end or m.root(doc).head == noun), None
    )
    return named.entity if named is not None and named.entity.type in THING_TYPES else None


def _qualifiers(noun: Token) -> tuple[str, ...]:
    """The words qualifying a noun before it ("cloud" in "the cloud unit")."""
    return tuple(c.text for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i)


_MAKER_NOUNS = frozenset({"developer", "maker", "creator", "builder", "designer", "owner", "supplier"})


def _maker_described(sentence: Sentence, token: Token, context: ReadingContext) -> Entity | None:
    """ "the Claude developer", "the H20 maker": the company the article has said makes or offers that model or
    product."""
    if token.lower_ not in _MAKER_NOUNS or not any(c.lower_ == "the" for c in token.children if c.dep_ == "det"):
        return None
    for mention in sentence.mentions:
        if mention.entity.type in THING_TYPES and mention.token_end == token.i:
            return context.provider_of(mention.entity)
    return None


def list_lead(sentence: Sentence) -> Mention | None:
    """The entity a list item or table row is about: the name it opens with ("Larkspur Cloud — 6%: …")."""
    if not sentence.mentions:
        return None
    first, text = sentence.mentions[0], sentence.doc_text
    opens = _LIST_LEAD.match(text[sentence.start : first.start]) and _LIST_GAP.match(text, first.end)
    return first if opens else None


def _it_subject(sentence: Sentence, token: Token, context: ReadingContext, stand_ins: list[Mention]) -> Entity | None:
    """What a subject "it" refers to: the company that is the subject of an earlier clause of the same sentence,
    named or standing in ("Tencent Cloud has been quieter on price, but it added …", "The company does not sell
    Osk's chips, although it cut …"), else the model or company talked about last."""
    doc = sentence.span.doc
    earlier = [
        m
        for m in (*sentence.mentions, *stand_ins)
        if m.end <= token.idx and m.entity.type in TOPIC_TYPES and m.root(doc).dep_ in ("nsubj", "nsubjpass")
    ]
    return earlier[-1].entity if earlier else context.it()


_LEMMAS = "claimgraph_lemmas"  # doc.user_data key: every token's lemma, worked out once per doc


def dealt_with_by_the_speaker(speaker: Token, party: Token) -> bool:
    """ "We signed a $6 billion contract with Halvane": a party the speaker deals "with". Whether the speaker buys
    from it or sells to it, the words do not say, so neither is the other's customer or payee."""
    return speaker.lower_ in _FIRST_PERSON and party.dep_ == "pobj" and party.head.lower_ == "with"


_NO_WORDS = frozenset({"no", "never", "not", "longer", "neither", "nor"})


def denied_outright(verb: Token) -> bool:
    """ "does not lease", "is no longer a tenant", "no capacity will be leased": the act denied or ended, by a
    negation on the verb or "no" before one of its arguments."""
    arguments = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(c.lower_ in _NO_WORDS for c in verb.children) or any(
        d.lower_ == "no" for a in arguments for d in a.children if d.dep_ == "det"
    )


def lemma(token: Token) -> str:
    """The token's lemma, with a hyphenated prefix kept ("open-sourcing" → "open-source"). The relation readers ask
    for the same tokens' lemmas many times over, so a doc's are all worked out in one pass and kept with it."""
    lemmas = token.doc.user_data.get(_LEMMAS)
    if lemmas is None:
        lemmas = token.doc.user_data[_LEMMAS] = _all_lemmas(token.doc)
    return lemmas[token.i]


def _all_lemmas(doc: Doc) -> list[str]:
    words = [(t.text, t.lower_, t.lemma_.lower()) for t in doc]
    return [
        f"{words[i - 2][1]}-{own}" if i >= 2 and words[i - 1][0] == "-" else own for i, (_, _, own) in enumerate(words)
    ]


# a verb whose particle makes another verb of it: "made up 46% of tokens" (was), "gave up its stake" (sold)
_OTHER_VERB_WITH = frozenset({("make", "up"), ("give", "up")})


def lemma_forms(token: Token) -> set[str]:
    """The token's lemma, and for a participle the parser read as an adjective ("fine-tuned", "is based") the
    verbs it may come from: spaCy lemmatises an adjective as itself, so "tuned" would never meet "tune"."""
    found = lemma(token)
    if token.pos_ == "VERB":  # "pulled out of Peru" is "pull out", which "pulls away" is not
        particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
        if any((found, p) in _OTHER_VERB_WITH for p in particles):
            return {f"{found} {p}" for p in particles}  # "Tarn models made up 46%": made nothing
        outs = [c for c in token.children if c.dep_ in ("prt", "prep") and c.lower_ == "out"]
        return {found, *(f"{found} out" for _ in outs[:1])}
    if token.pos_ != "ADJ" or not found.endswith("ed"):
        return {found}
    return {found, found[:-1], found[:-2], found[:-3]}  # tuned → tune, powered → power, distilled → distil


_WHOSE_BEFORE = re.compile(r",\s+whose\s+(?:own\s+|new\s+|latest\s+)?$")
_CLAUSE_VERB = re.compile(r"\s+(?:is|was|are|were|has|have|had|will|would)\b")


def opens_a_clause(sentence: Sentence, mention: Mention) -> bool:
    """Whether a verb follows the name: "…'s cloud unit, Fell Cloud is …" starts a clause of its own, however the
    parser hung the name (as an apposition) on the words before it."""
    return bool(_CLAUSE_VERB.match(sentence.doc_text, mention.end))


def possessed_noun(owner: Mention, doc: Doc) -> str | None:
    """The noun a possessive mention owns: "Ashgrove's cloud unit" → "unit"."""
    root = owner.root(doc)
    return root.head.lower_ if root.dep_ == "poss" else None


def _phrase_role(token: Token) -> str:
    """The dependency of the noun phrase a name stands in ("its Wren-VL vision model": the model's)."""
    while token.dep_ in ("compound", "amod", "nmod") and token.head != token:
        token = token.head
    return str(token.dep_)


def describes_a_company_before(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the phrase ``[start, end)`` stands in apposition to a company named just before it, commas on both
    sides ("Fell Cloud (FC), Osk's cloud unit, Tarn and Vey …"): then it describes that company, and a name after it
    is a list's next member, not the phrase's own. A name in a fronted phrase ("After Pell Labs, Osk's cloud unit,
    Fell Cloud, …") is no company the phrase could describe."""
    text = sentence.doc_text
    if not text.startswith((",", ";"), end):
        return False
    return any(
        m.end <= start
        and m.entity.type in BUSINESS_TYPES
        and not in_a_fronted_phrase(sentence, m)
        and _APPOSITION_GAP.fullmatch(text, m.end, start)
        for m in sentence.mentions
    )


def in_a_fronted_phrase(sentence: Sentence, mention: Mention) -> bool:
    """Whether the mention is the object of a preposition opening the sentence ("After Pell Labs, …", "Besides
    Tarn, …"): an aside before the clause, no party a phrase after its comma could describe."""
    root = mention.root(sentence.span.doc)
    return root.dep_ == "pobj" and root.head.i == sentence.span.start


_APPOSITION_GAP = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*\)?\s*,\s*")
