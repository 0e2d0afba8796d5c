"""What kind of thing an unknown name is, read from the nouns around it: "Heron chips" and "Tianmu, the company's
training cluster" are products, "the Fjord family of language models" models, "Corvell Insight, a Hong Kong
consultancy" a research firm — whatever the NER took them for."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimgraph.extract.document import EntityIndex, Mention
from claimgraph.extract.lexicon import load_lexicon


def typed_by_its_noun(mention: Mention, doc: Doc, index: EntityIndex) -> Mention:
    """ "Heron chips", "Osprey accelerators", "the K9, a harbour-grade accelerator", "Wren 2, a model built on
    …", "Tianmu, the company's training cluster": a name the gazetteer does not know, before a product noun or in
    apposition with one, is a product (a model with "model"), whatever the NER took it for."""
    if mention.entity.known or mention.entity.type in ("Model", "Market"):
        return mention
    if mention.entity.type in ("Organization", "Company", "Person") and _described_as_research(mention, doc):
        entity = index.entity_for(mention.entity.label, "ResearchFirm")
        return Mention(entity, mention.start, mention.end, mention.token_start, mention.token_end)
    nouns = load_lexicon().product_nouns
    following = doc[mention.token_end].text if mention.token_end < len(doc) else ""
    appositive = [  # "X, a model …": an apposition with its own article, not a parse that ran on
        c.text
        for c in mention.root(doc).children
        if _in_apposition(c, mention, doc) and c.text in nouns and any(d.dep_ in ("det", "poss") for d in c.children)
    ]
    kind = nouns.get(following) or (nouns[appositive[0]] if appositive else None) or _family_kind(mention, doc)
    if kind is None or (mention.entity.type == "Product" and kind != "Model"):  # a product may only turn model
        return mention
    return Mention(
        index.entity_for(mention.entity.label, kind), mention.start, mention.end, mention.token_start, mention.token_end
    )


_PLACE_TYPES = ("Country", "Region")


def typed_by_its_conjuncts(mentions: list[Mention], doc: Doc, index: EntityIndex) -> list[Mention]:
    """ "regions in Mumbai and Hyderabad", "offices in Oslo, Bergen and Tromsø": a name the gazetteer does not know,
    listed after a preposition with places, is a place of the same kind, whatever the NER took it for."""
    places = {
        i: m.entity.type for m in mentions if m.entity.type in _PLACE_TYPES for i in range(m.token_start, m.token_end)
    }
    typed = []
    for mention in mentions:
        root = mention.root(doc)
        kind = next((places[c.i] for c in root.conjuncts if c.i in places), None)
        first = min([root, *root.conjuncts], key=lambda t: t.i)
        following = doc[mention.token_end].pos_ if mention.token_end < len(doc) else ""
        if mention.entity.known or mention.entity.type != "Organization" or kind is None:
            typed.append(mention)  # a "person" the NER saw is left alone: people are listed with places too
        elif first.head.pos_ != "ADP" or following in ("VERB", "AUX"):
            typed.append(mention)  # "China and Zhipu", "in Europe and Zhipu said": parties, not places
        else:
            entity = index.entity_for(mention.entity.label, kind)
            typed.append(Mention(entity, mention.start, mention.end, mention.token_start, mention.token_end))
    return typed


_FIRM_NOUNS = frozenset({"firm", "house", "group", "company", "shop", "outfit", "boutique", "agency"})


def _described_as_research(mention: Mention, doc: Doc) -> bool:
    """ "Corvell Insight, a Hong Kong consultancy", "Pemberly, the research firm": a name in apposition with a
    research noun, or with a firm that one describes."""
    research = load_lexicon().research_nouns
    for noun in mention.root(doc).children:
        if not _in_apposition(noun, mention, doc) or not any(d.dep_ in ("det", "poss") for d in noun.children):
            continue
        described = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i}
        if noun.lower_ in research or (noun.lower_ in _FIRM_NOUNS and described & research):
            return True
    return False


def _in_apposition(noun: Token, mention: Mention, doc: Doc) -> bool:
    """An apposition, or what the parser took for a conjunct though no "and" or "or" joins it ("customers of
    Tianmu, the company's training cluster, and …")."""
    if noun.dep_ == "appos":
        return True
    between = doc[mention.token_end : noun.left_edge.i]
    return noun.dep_ == "conj" and [t.text for t in between] == [","]


_FAMILY_NOUNS = frozenset({"family", "series", "line", "range", "suite", "lineup"})


def _family_kind(mention: Mention, doc: Doc) -> str | None:
    """ "the Fjord family of language models", "its Kite series of chips": a name heading a family of products
    is of the kind its members are."""
    if mention.token_end + 1 >= len(doc) or doc[mention.token_end].lower_ not in _FAMILY_NOUNS:
        return None
    if doc[mention.token_end + 1].lower_ != "of":
        return None
    nouns = load_lexicon().product_nouns
    members = doc[mention.token_end + 2 : mention.token_end + 6]
    return next((nouns[t.text] for t in members if t.text in nouns), None)
