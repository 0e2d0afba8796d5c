"""Customers a firm serves: "Tarn Cloud serves Osk Labs", "Pell's capacity in Lima will serve Vessa", "it will use
its halls to serve Osk". The firm served is the server's customer; what serves may be the firm itself, its capacity
or its site (the possessive names whose), or a firm using something to serve. What is served must be a firm named as
the verb's object: "serves Osk-3" (a model) is an offer, "serves its contract with Osk", "serves customers in Peru"
and "serves DeepSeek to developers" name no customer of its own; a service asked about, imagined or hoped for ("Does
Tarn serve Osk?", "hopes to serve") makes none either, where one that ended ("stopped serving Osk") tells of one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence
from claimgraph.extract.hardware_rentals import TO_USERS
from claimgraph.extract.references import lemma, owner_named
from claimgraph.extract.suppliers import verb_subject

_CONFIDENCE = 0.6
_CUSTOMERS = frozenset({"Company", "Lab", "Organization", "Cloud"})
_SERVING_THINGS = frozenset({"capacity", "cluster", "clusters", "hall", "halls", "fleet"})
_SERVING_HARDWARE = frozenset({"GPUs", "servers", "accelerators", "chips"})  # a cloud's own: "Brisk Cloud's GPUs"
# "hopes to serve", "bids to serve": a service wished for, which makes no customer ("stopped serving" tells of one)
_NOT_SERVING = re.compile(
    r"(?:hop(?:e|es|ed|ing)|bid(?:s|ding)?|aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed|ing)?|"
    r"tr(?:y|ies|ied|ying)|compet(?:e|es|ed|ing)|vie[sd]?|vying)$",
    re.IGNORECASE,
)
_PRICED = re.compile(r"\s+(?:at|for)\s+(?:about\s+|around\s+)?(?:US)?[$€£¥]", re.IGNORECASE)


def served_customers(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """(CustomerOf, the firm served, the firm serving it) for each "serve" with a firm as its object."""
    doc = sentence.span.doc
    if sentence.text.rstrip().endswith("?"):
        return  # "Does Tarn serve Osk?": no service stated
    for verb in sentence.tokens:
        if lemma(verb) != "serve" or verb.pos_ != "VERB" or not _serving_now(verb):
            continue
        if _IMAGINED.search(sentence.doc_text, sentence.start, verb.idx):
            continue  # "If Tarn served Osk, …": a service imagined before the verb
        served = [m for m in companies if _a_customer(m) and _served_by(m.root(doc), verb)]
        if not served or _served_to_others(doc, served[-1]):
            continue
        server = _server(verb, sentence, companies, context)
        if server is None:
            continue
        for customer in served:
            if customer.entity != server.entity:
                yield "CustomerOf", customer, server, _CONFIDENCE


_IMAGINED = re.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE)


def _serving_now(verb: Token) -> bool:
    """Whether the verb tells a service, now or ended ("stopped serving Osk in May" tells Osk was a customer), not
    one wished for ("hopes to serve")."""
    return not (_NOT_SERVING.match(verb.head.lower_) and verb.dep_ in ("xcomp", "advcl"))


def _served_to_others(doc: Doc, last: Mention) -> bool:
    """Whether what the verb serves is served on to others or priced, right after the last name served ("serves
    DeepSeek and Qwen to developers", "serves DeepSeek at $0.50 per million tokens"): a thing, not a customer."""
    after = doc.text[last.end : last.end + 60]
    return TO_USERS.match(after.lstrip()) is not None or _PRICED.match(after) is not None


def _a_customer(mention: Mention) -> bool:
    """A firm that can buy: a company, lab or cloud, or an organisation the gazetteer knows (the NER takes towns
    served for organisations: "serves Amarillo")."""
    return mention.entity.type in _CUSTOMERS and (mention.entity.type != "Organization" or mention.entity.known)


def _served_by(root: Token, verb: Token) -> bool:
    """Whether a name is the verb's object, or one of a list of them ("serves Osk and Vessa")."""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return root.dep_ == "dobj" and root.head == verb


def _server(verb: Token, sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Mention | None:
    """Who serves: the verb's subject when it names a firm; the owner of the capacity or site that is its
    subject ("Pell's capacity will serve"); or, for a purpose ("uses its halls to serve", "its halls are used to
    serve"), the firm using them or owning them."""
    clause = verb.head if verb.dep_ in ("xcomp", "advcl") and verb.head != verb else verb
    if clause is not verb and (user := verb_subject(clause, sentence, companies, context)) is not None:
        # "CoreWeave will use its halls to serve Osk", "Tarn uses Nebius to serve Osk": the one using them serves
        return user if user.entity.type in BUSINESS_TYPES else None
    named = verb_subject(verb, sentence, companies, context)
    if named is not None:
        return named if named.entity.type in BUSINESS_TYPES else None
    thing = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if thing is None:
        return None
    hardware = thing.text in _SERVING_HARDWARE
    if thing.lemma_.lower() not in context.lexicon.site_nouns and thing.text not in _SERVING_THINGS and not hardware:
        return None
    owner = next((c for c in thing.children if c.dep_ == "poss"), None)
    named = owner_named(owner, sentence, context) if owner is not None else None
    if named is not None and hardware and named.entity.type != "Cloud":
        return None  # "Nvidia's GPUs will serve Osk": the chips' maker, not the one running them
    return named
