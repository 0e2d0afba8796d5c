"""A developer named like its model family: "Orrin AI, the developer of the Orrin family of models, … Orrin will rent
capacity". The bare name is the family's only where the text says so ("the Orrin family", "Orrin models"); standing
alone ("Orrin will rent", "Orrin's revenue") it is the short name of the company whose full name it opens, as a
reader takes it. Without this, the one family mention types every bare use of the name as a model."""

from __future__ import annotations

from spacy.tokens import Doc

from claimgraph.extract.document import Mention
from claimgraph.extract.lexicon import load_lexicon

_MAKER_TYPES = frozenset({"Company", "Lab", "Cloud"})
_MODEL_WORDS = frozenset({"model", "models", "llm", "llms", "families"})  # and the lexicon's family nouns


def makers_named_like_their_families(mentions: list[Mention], doc: Doc) -> list[Mention]:
    makers = {
        m.entity.label.split()[0]: m.entity
        for m in mentions
        if m.entity.type in _MAKER_TYPES and " " in m.entity.label and m.entity.label.split()[1][:1].isupper()
    }
    renamed = []
    for mention in mentions:
        label = mention.entity.label
        maker = makers.get(label)
        one_word_family = mention.entity.type in ("Model", "Product") and not mention.entity.known and " " not in label
        if maker is not None and one_word_family and not _names_the_family(mention, doc):
            mention = Mention(maker, mention.start, mention.end, mention.token_start, mention.token_end)
        renamed.append(mention)
    return renamed


def _names_the_family(mention: Mention, doc: Doc) -> bool:
    """ "the Orrin family", "Orrin models", "an Orrin-based app": the name as the models'."""
    after = doc[mention.token_end] if mention.token_end < len(doc) else None
    if after is None:
        return False
    return after.lower_ in _MODEL_WORDS or after.lower_ in load_lexicon().family_nouns or after.text == "-"
