"""What a thing runs on: "Osk runs its Tarn models on a cluster of 30,000 K9 chips", "Kestrel Pay runs its
customer-service agent on Vela-2", "YTL AI Cloud, which runs Nvidia GB200 systems at its campus". What is run (a
named model or product, a company's unnamed product named by its owner, or the cloud serving it) is built on the
base the "on" names, or on the hardware the verb's object names."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Found, Mention, Sentence
from claimgraph.extract.references import denied_outright, stand_in

_RUNNING_VERBS = frozenset({"run", "serve", "host", "deploy"})
_THINGS = ("Model", "Product")
_RUNNER_TYPES = frozenset({*_THINGS, "Aggregator", *BUSINESS_TYPES} - {"Organization"})
_ON = frozenset({"on", "onto", "across"})


_HOSTS = frozenset({"Cloud", "Aggregator"})  # who serve others' models, on hardware they are built on


def things_run_on(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "Osk runs its Tarn models on a cluster of 30,000 K9 chips": what a company runs on a base is built on
    it; where what it runs has no name of its own, a product the subject runs is ("Brisco runs its agent on
    Tarn-4", a product's "its"), or the company's thing as the words call it ("Kirana Pay runs its customer-service
    agent on Tarn-4": the Kirana Pay customer-service agent); a cloud serving models on hardware ("serves Tarn-4 on
    K9 racks") is itself."""
    at_token = {i: m for m in sentence.mentions for i in range(m.token_start, m.token_end)}
    for verb in (t for t in sentence.span if t.lemma_ in _RUNNING_VERBS and t.pos_ in ("VERB", "AUX")):
        run = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if run is None:
            continue
        # "runs its Tarn models on …": the parser hangs the "on" on the verb or on what it runs
        on = next((c for c in (*verb.children, *run.children) if c.dep_ == "prep" and c.lower_ in _ON), None)
        if on is None:
            yield from _hardware_run(verb, run, at_token, context)
            continue
        bases = [m for m in _mentions_under(on, at_token) if m.entity.type in _THINGS]
        named = [m for m in _mentions_under(run, at_token) if m.entity.type in _THINGS and m not in bases]
        owned = any(c.dep_ == "poss" for c in run.children)
        subject = next((at_token[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in at_token), None)
        # a cloud serving or hosting models on hardware is built on it; a firm's model run (or served) on it is
        serving = verb.lemma_ in ("serve", "host") and subject is not None and subject.entity.type in _HOSTS
        # but a company running its chatbot on a model builds the chatbot, not itself
        runs_its_own = owned and subject is not None and subject.entity.type in _THINGS
        the_runner = [subject] if subject is not None and (serving or runs_its_own) else []
        its = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in run.children)  # not "runs Osk Cloud's services"
        its = its and _a_product_word(run, context) and not denied_outright(verb)  # not "its operations", "does not"
        if not the_runner and its and subject is not None and subject.entity.type in BUSINESS_TYPES:
            the_runner = [_its_thing(subject, run, context)]  # "Kirana Pay runs its customer-service agent on …"
        runners = named if named and not serving else the_runner
        for runner in runners:
            if runner.entity.type not in _RUNNER_TYPES:
                continue  # a model-hosting platform serves as a cloud does; a body such as a ministry runs nothing
            yield from (("BuiltOn", runner, base, 0.6) for base in bases if base.entity != runner.entity)


def _hardware_run(verb: Token, run: Token, at_token: dict[int, Mention], context: ReadingContext) -> Iterator[Found]:
    """ "YTL AI Cloud, which runs Nvidia GB200 systems at its campus", "Kestrel Cloud runs H100 GPUs and MI300X
    systems": a cloud or company running hardware as its object is built on it."""
    if (
        verb.lemma_ not in ("run", "operate")
        or run.lemma_.lower() not in _HARDWARE_HEADS | context.lexicon.hardware_nouns
    ):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    runner = at_token.get(subject.i) if subject is not None else None
    if runner is None or runner.entity.type not in _HOSTS | {"Company"}:
        return
    # the chips naming the hardware before its noun ("Nvidia GB200 systems", "H100 GPUs and MI300X systems"), not
    # what a clause or an apposition after it names ("the servers that power ChatGPT")
    heads = [run, *run.conjuncts]
    chips = [
        m
        for m in _mentions_under(run, at_token)
        if m.entity.type == "Product"
        and m.entity != runner.entity
        and any(h.left_edge.i <= m.token_start and m.token_end <= h.i + 1 for h in heads)
    ]
    yield from (("BuiltOn", runner, chip, 0.55) for chip in chips)


# the heads of hardware a cloud runs, besides the lexicon's chip words: "runs Nvidia GB200 systems", "H200 servers"
_HARDWARE_HEADS = frozenset({"system", "server", "node", "instance", "gpu"})


def _a_product_word(thing: Token, context: ReadingContext) -> bool:
    """Whether the word for a company's unnamed thing names a product ("its customer-service agent", "its shopping
    assistant", "its models"), not work it does ("its operations", "its tests", "its training jobs")."""
    return thing.text in context.lexicon.product_nouns or thing.lower_ in _PRODUCT_WORDS


# words for a firm's own product beside the lexicon's product nouns: "runs its customer-service agent on Tarn-4"
_PRODUCT_WORDS = frozenset(
    {"agent", "agents", "service", "services", "api", "copilot", "bot", "bots", "inference", "cloud", "clouds"}
)


def _its_thing(owner: Mention, thing: Token, context: ReadingContext) -> Mention:
    """A company's unnamed thing, named by its owner and the words for it: "its customer-service agent" of Kirana
    Pay is the "Kirana Pay customer-service agent", a product of its own."""
    words = [t for t in thing.lefts if t.dep_ == "compound" and not t.like_num]  # not "its best agents"
    start = min((t.left_edge.i for t in words), default=thing.i)
    label = f"{context.short_name(owner.entity)} {thing.doc[start : thing.i + 1].text}"
    return stand_in(context.index.entity_for(label, "Product"), thing)


def _mentions_under(token: Token, at_token: dict[int, Mention]) -> list[Mention]:
    """The mentions of a phrase, its list and its "of" ("a cluster of 30,000 K9 chips", "a mix of Tarn-4 and
    Vela-2"), once each, in text order; not those of a place or a further phrase ("… in the Tarn cluster")."""
    found: dict[int, Mention] = {}
    stack = [token]
    while stack:
        t = stack.pop()
        if t.i in at_token:
            found[id(at_token[t.i])] = at_token[t.i]
        stack.extend(c for c in t.children if c.dep_ in _WITHIN or (c.dep_ == "prep" and c.lower_ == "of"))
    return sorted(found.values(), key=lambda m: m.start)


_WITHIN = frozenset({"pobj", "dobj", "compound", "conj", "nummod", "amod", "quantmod", "poss", "appos", "nmod"})
