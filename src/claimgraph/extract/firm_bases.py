"""What a company is built on when it stands for its own service: "Quillane now runs on Tarn-4 and Vela-2",
"Osk is built mainly on Orca models". An application maker that runs on models, with nothing else named as what
runs ("builds its Jiaolan models on Orca" builds the models, ``relation_rules``), is built on them; hardware under
a company is its provider's reading (``patterns/claims.json``)."""

from __future__ import annotations

from collections.abc import Iterator

from claimgraph.extract.document import Found, Sentence

_BASING_VERBS = frozenset({"run", "build", "base", "rely", "power"})
_ON = frozenset({"on", "upon", "atop"})
_FIRMS = frozenset({"Company", "Organization"})


def firms_built_on(sentence: Sentence) -> Iterator[Found]:
    """Each model a company's own verb of running or building puts it on, when the verb has no object."""
    at_token = {i: m for m in sentence.mentions for i in range(m.token_start, m.token_end)}
    for verb in (t for t in sentence.tokens if t.lemma_ in _BASING_VERBS and t.pos_ == "VERB"):
        if any(c.dep_ in ("dobj", "attr") for c in verb.children):
            continue  # "builds the Jiaolan models on Orca": what it builds is built on Orca, not the builder
        subject = next((at_token.get(c.i) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.entity.type not in _FIRMS or subject.entity.known:
            continue  # a known company is more than one service; an app maker the gazetteer does not know is one
        ons = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _ON]
        bases = [
            at_token[t.i]
            for on in ons
            for t in on.subtree
            if t.i in at_token and at_token[t.i].entity.type == "Model" and at_token[t.i].root(t.doc) == t
        ]
        for base in bases:
            yield "BuiltOn", subject, base, 0.6
