"""Offers read from lists of platforms or models: "Tarn-5 is available on Osk's own console, Pell Forge and Vey Cloud's
Brill Studio" (each platform, a possessed one by its owner), a subjectless "Offered through …" line under a list
entry that names the model, and "Tarn Studio calls to Vey-3 and Vey-3 Mini" (a platform's calls to models)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import Found, Mention, Sentence
from claimgraph.extract.references import stand_in


def calls_to_models(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "Tarn Studio calls to Vey-3 and Vey-3 Mini", "Pell API requests to Vey-3": a platform's calls to a model
    are calls it serves, so it offers the model (each model of a list after "to")."""
    text = sentence.doc_text
    platforms = [m for m in sentence.mentions if m.entity.type in ("Product", "Cloud", "Aggregator", "Company")]
    models = [m for m in sentence.mentions if m.entity.type == "Model"]
    for platform in platforms:
        calls = _CALLS_TO.match(text, platform.end)
        if calls is None:
            continue
        listed = [m for m in models if m.start >= calls.end()]
        first = listed[0] if listed and listed[0].start == calls.end() else None
        if first is None:
            continue
        run = [first]
        for model in listed[1:]:  # "to Vey-3, Vey-3 Mini and Brill-2": the list the "to" opens
            if not _LIST_GAP.fullmatch(text, run[-1].end, model.start):
                break
            run.append(model)
        yield from (("Offers", platform, m, 0.6) for m in run if m.entity != platform.entity)


def availability_lists(sentence: Sentence, context: ReadingContext) -> Iterator[Found]:
    """ "Tarn-5 is available on Osk's own console, Pell Forge and Vey Cloud's Brill Studio", and, under an entry that
    names the model, "Offered through Osk's console and Vey's Brill Studio": each platform of the list offers the
    model, a possessed one ("Vey Cloud's Brill Studio", "Osk's own console") by its owner."""
    text = sentence.doc_text
    cue = _AVAILABLE_ON.search(text, sentence.start, sentence.end)
    if cue is None:
        return
    doc = sentence.span.doc
    before = [m for m in sentence.mentions if m.end <= cue.start() and m.entity.type == "Model"]
    if before:  # "Tarn-5, built on Vey-2, is now available on …": the model the sentence is about, not the base
        model: Mention | None = before[0] if before[0].root(doc).dep_ in ("nsubj", "nsubjpass", "ROOT") else None
    elif not text[sentence.start : cue.start()].strip(" \t-•*+"):  # a line with no subject under a list entry
        entry = context.entry_model(sentence)
        model = stand_in(entry, doc[sentence.span.start]) if entry is not None else None
    else:
        model = None
    if model is None or model.entity.type != "Model":
        return
    end = cue.end()
    for mention in (m for m in sentence.mentions if m.start >= cue.end()):
        if mention.start < end:
            continue  # the platform a possessive owner stands before
        if not _LIST_GAP.fullmatch(text, end, mention.start):
            break
        owned = _OWNED_PLATFORM.match(text, mention.end)
        end = owned.end() if owned is not None else mention.end
        if mention.entity.type in ("Cloud", "Company", "Lab", "Aggregator", "Product", "Organization"):
            yield "Offers", mention, model, 0.6


_AVAILABLE_ON = re.compile(
    r"\b(?:available|offered|sold|served|hosted|listed|accessible)\s+(?:on|through|via|in)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"(?:,\s+|\s+)?(?:(?:and|or)\s+)?")  # between two items of a list
# "'s own console", "'s Brill Studio": a possessive, then what it owns (a name, or a platform word)
_OWNED_PLATFORM = re.compile(r"['’]s\s+(?:own\s+)?(?:[A-Z][\w.-]*\s+){0,3}[\w-]+")


_CALLS_TO = re.compile(r"\s+(?:API\s+)?(?:calls|requests|queries)\s+to\s+(?:the\s+)?")
