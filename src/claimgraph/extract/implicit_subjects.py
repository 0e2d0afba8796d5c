"""Relations whose verb has no subject of its own, so the subject is inferred: a participle takes the name it
describes or its main clause's subject ("Built on X, it adds …", "Kestrel-Coder, built on Orca-2.5"), an infinitive
of purpose its main verb's subject ("will use the capacity to serve its models"), a gerund or a participle of making
the company under discussion ("the coding assistant launched in August"). Their confidence says they were inferred.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.clause_paths import introducing_prep, own_subject
from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence, normalise_name
from claimgraph.extract.organisations import entry_head
from claimgraph.extract.references import lemma_forms, stand_in

SUBJECTLESS = 0.55  # confidence of a relation whose subject is inferred for a verb that has none


def subjectless_relations(sentence: Sentence, context: ReadingContext, mentions: list[Mention]) -> Iterator[Found]:
    """A relation verb with no subject of its own: a participle takes its main clause's subject ("Built on X,
    it adds …"), a gerund that is itself a subject takes the company under discussion ("Open-sourcing models
    like Orca 2.5 … raises a dilemma"); in a list entry led by a bold name, the verb with no subject, or with
    only the entry's describing noun ("an app builder built on Orca-7"), takes that name."""
    doc = sentence.span.doc
    for obj in mentions:
        verb = _governing_verb(obj.root(doc))
        if verb is None:
            continue
        subject: Mention | None = None
        if own_subject(verb):  # "- **Osk** — app builder built on Orca-7": the entry's noun is its lead's
            if _an_unnamed_noun(verb, mentions) and (subject := _entry_named(sentence, context, verb)) is not None:
                yield from _linked(subject, verb, obj, context)
            continue
        purpose = _purpose_of(verb)
        if purpose is not None:  # "Osk Labs will use the halls to train and serve its models": Osk Labs serves them
            subject = next(
                (m for m in mentions if m.root(doc).dep_ == "nsubj" and m.root(doc).head == purpose.head.head), None
            )
        elif verb.dep_ == "acl":  # "Kestrel-Coder, built on Orca-2.5": the participle describes its head noun
            described = verb.head.head if verb.head.dep_ == "appos" else verb.head  # "X, a model built on Y"
            # "The S5 chip, designed by Sable": the name compounded with the noun the participle describes
            named = [c for c in verb.head.children if c.dep_ == "compound"]
            if any(m.root(doc) == verb.head and m.entity.type in ("Product", "Model") for m in mentions):
                named = []  # "Nvidia HGX B300, rented from CoreWeave": a maker's name on the thing described
            elif verb.head.lemma_.lower() in context.lexicon.hardware_nouns:  # "Nvidia H200 GPUs rented from …"
                makers = {m.root(doc) for m in mentions if m.entity.type in BUSINESS_TYPES}
                named = [c for c in named if c not in makers]  # "the Hanguang chips designed by T-Head" stay
            subject = next((m for m in mentions if m.root(doc) in (verb.head, described, *named) and m != obj), None)
            if subject is not None and obj.root(doc).head.dep_ == "agent":
                subject, obj = obj, subject  # "Orca 2.5, a model developed by Larkspur": the agent did it
        elif verb.dep_ in ("advcl", "conj", "xcomp"):
            subject = next(
                (m for m in mentions if m.root(doc).dep_ in ("nsubj", "nsubjpass") and m.root(doc).head == verb.head),
                None,
            )
        elif verb.dep_ in ("csubj", "pcomp", "amod") and context.topic is not None:
            subject = stand_in(context.topic, verb)
        if subject is None:
            subject = _entry_named(sentence, context, verb)  # "- **Osk** — app builder built on Orca-7"
        if subject is None:
            continue
        yield from _linked(subject, verb, obj, context)


def _linked(subject: Mention, verb: Token, obj: Mention, context: ReadingContext) -> Iterator[Found]:
    """The relations the verb's lemma makes of an inferred subject and the object."""
    prep = introducing_prep(obj.root(verb.doc))
    for rule in context.lexicon.relation_rules:
        # an inferred subject comes by no preposition: "switched to using Dune-2" makes no seller
        fits = (
            bool(lemma_forms(verb) & (rule.lemmas - rule.prep_only_lemmas))
            and subject.entity.type in rule.subject_types
        )
        if (
            fits
            and obj.entity.type in rule.object_types
            and (not rule.object_preps or prep in rule.object_preps)
            and prep not in rule.object_excluded_preps  # "built on Orca-7": what it was built on, not what was built
        ):
            yield rule.type, subject, obj, SUBJECTLESS


def _an_unnamed_noun(verb: Token, mentions: list[Mention]) -> bool:
    """Whether the verb's subject is a common noun no mention covers ("app builder", "a start-up")."""
    subject = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj"))
    return subject.pos_ == "NOUN" and not any(m.token_start <= subject.i < m.token_end for m in mentions)


def _entry_named(sentence: Sentence, context: ReadingContext, verb: Token) -> Mention | None:
    """The company a list entry's bold lead names ("- **Osk** — legal agents; built on Orca-7. Raised $9 million"),
    which the entry's clauses without a subject of their own are about."""
    head = entry_head(sentence.doc_text, sentence.start)
    if head is None:
        return None
    named = context.in_article.get(normalise_name(sentence.doc_text[head[0] : head[1]]))
    return stand_in(named, verb) if named is not None and named.type in BUSINESS_TYPES else None


def _purpose_of(verb: Token) -> Token | None:
    """The infinitive that says what the object of a verb is for ("use the capacity to serve X", "to train and
    serve X"), whose subject is the verb's subject; None for any other verb."""
    first = verb
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children)
    if first.dep_ == "acl" and infinitive and first.head.dep_ == "dobj":
        return first
    return None


_PRODUCT_TYPES = frozenset({"Model", "Product"})


def made_by_the_topic(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "Jadeite-Code, the coding assistant launched in August", "the Jadeite-4 model family, trained in-house": a
    participle of making that describes a product and names no maker ("by …") says the company under discussion
    made it."""
    topic = context.recent_topic(sentence)
    if topic is None or topic.type not in BUSINESS_TYPES:
        return
    doc = sentence.span.doc
    rules = [r for r in context.lexicon.relation_rules if r.type == "Develops" and topic.type in r.subject_types]
    for product in sentence.mentions:
        if product.entity.type not in _PRODUCT_TYPES or product.entity == topic:
            continue
        root = product.root(doc)
        described = [root, *(c for c in root.children if c.dep_ == "appos")]
        if root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN":
            described.append(root.head)  # "the Jadeite-4 model family, trained …": the family is the model
        for noun in described:
            for verb in noun.children:
                if verb.dep_ != "acl" or verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
                    continue
                if any(lemma_forms(verb) & r.lemmas and product.entity.type in r.object_types for r in rules):
                    yield "Develops", stand_in(topic, verb), product, SUBJECTLESS


def _governing_verb(token: Token) -> Token | None:
    """The verb a mention is an object of, through prepositions and noun phrases ("models like Orca 2.5"), or
    that modifies the phrase it stands in ("open-sourcing capable models like Orca 2.5")."""
    for node in token.ancestors:
        if node.pos_ == "VERB":
            return node
        modifier = next((c for c in node.children if c.dep_ == "amod" and c.pos_ == "VERB"), None)
        if modifier is not None:
            return modifier
        if node.dep_ in ("nsubj", "nsubjpass"):
            return None
    return None
