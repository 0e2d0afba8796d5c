"""Where a company works, told by where its clients are: "drafts redlines for 140 law firms in Ireland and
Peru", "sells seats to hospitals across Chile". Serving clients in a place is operating there; the clients are any
plural noun a verb of the company's serves "for" or "to", and the place is what that noun is "in", or where it is
"headquartered", "based" or "located". Who licenses or bans sales to buyers somewhere serves no one there."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import PLACE_TYPES, ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Sentence
from claimgraph.extract.suppliers import verb_subject

_SERVED = frozenset({"for", "to"})
_WHERE = frozenset({"in", "across"})
# "clients headquartered in Peru" are clients there; a legal seat ("registered in Delaware") places no client
_SEATED = frozenset({"headquartered", "based", "located"})
_PERMITTING = frozenset({"license", "licence", "allow", "permit", "approve", "authorise", "authorize", "ban", "bar"})


def clients_placed(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """Each place a company's clients are said to be in, as a place the company operates in."""
    doc = sentence.span.doc
    companies = [m for m in sentence.mentions if m.entity.type in BUSINESS_TYPES]
    for place in (m for m in sentence.mentions if m.entity.type in PLACE_TYPES):
        root = place.root(doc)
        while root.dep_ == "conj" and root.head != root:
            root = root.head  # "in the UK, Ireland and Peru": each of the list
        where, clients = root.head, root.head.head
        if clients.lower_ in _SEATED and clients.dep_ == "acl" and clients.head != clients:
            clients = clients.head  # "customers headquartered in Peru": the clients the participle places
        if where.lower_ not in _WHERE or clients.tag_ != "NNS" or clients.dep_ != "pobj":
            continue
        if clients.head.lower_ not in _SERVED:
            continue
        verb = _governing_verb(clients.head)
        if verb is None or verb.lemma_.lower() in _PERMITTING:
            continue  # "will license sales of K9 to buyers in Peru": who permits a sale serves no one
        subject = verb_subject(verb, sentence, companies, context)
        if subject is None or subject.entity == place.entity:
            continue
        yield "OperatesIn", subject, place, 0.6


def _governing_verb(prep: Token) -> Token | None:
    """The verb a "for" or "to" phrase belongs to, through the noun it may hang on ("drafts redlines for …")."""
    head = prep.head
    while head.pos_ not in ("VERB", "AUX") and head.dep_ in ("dobj", "conj", "compound") and head.head != head:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None
