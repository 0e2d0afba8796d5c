"""What kind of thing an unknown name is, read from the nouns around it: "Heron chips" and "Tianmu, the company's
training cluster" are products, "the Fjord family of language models" models, "Corvell Insight, a Hong Kong
consultancy" a research firm — whatever the NER took them for."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from claimgraph.extract.document import EntityIndex, Mention
from claimgraph.extract.lexicon import RelationRule, load_lexicon
from claimgraph.extract.places import names_a_place


def typed_by_its_noun(mention: Mention, doc: Doc, index: EntityIndex) -> Mention:
    """ "Heron chips", "Osprey accelerators", "the K9, a harbour-grade accelerator", "Wren 2, a model built on
    …", "Tianmu, the company's training cluster": a name the gazetteer does not know, before a product noun or in
    apposition with one, is a product (a model with "model"), whatever the NER took it for."""
    if mention.entity.type == "Model" and not mention.entity.known and before_a_hardware_noun(mention, doc):
        # "the Tarn-2 accelerator": a versioned name, which reads as a model's, names a chip
        entity = index.entity_for(mention.entity.label, "Product")
        return Mention(entity, mention.start, mention.end, mention.token_start, mention.token_end)
    if mention.entity.known or mention.entity.type in ("Model", "Market"):
        return mention
    if _a_place_before_its_site(mention, doc):
        return mention
    if mention.entity.type in ("Organization", "Company", "Person") and _described_as_research(mention, doc):
        entity = index.entity_for(mention.entity.label, "ResearchFirm")
        return Mention(entity, mention.start, mention.end, mention.token_start, mention.token_end)
    if mention.entity.type in _NER_GUESSES and _ends_in_a_version_word(mention.entity.label):
        entity = index.entity_for(mention.entity.label, "Model")
        return Mention(entity, mention.start, mention.end, mention.token_start, mention.token_end)
    if mention.entity.type == "Person" and _ends_in_a_code(mention.entity.label):
        # "Vey R1", "B.X K2": no person's name ends in a product's code
        entity = index.entity_for(mention.entity.label, "Product")
        return Mention(entity, mention.start, mention.end, mention.token_start, mention.token_end)
    lexicon = load_lexicon()
    nouns = lexicon.product_nouns
    after = mention.token_end
    following = doc[after].text if after < len(doc) else ""
    if following in nouns:
        head = doc[after]
        while head.dep_ == "compound" and head.head.i > head.i and head.head.text in nouns:
            head = head.head  # "Tessel model marketplace": the marketplace is what the name names
        following = head.text
    if following not in nouns and after + 1 < len(doc) and doc[after].is_lower and doc[after].dep_ == "compound":
        following = doc[after + 1].text  # "whose Wren transcription model": a word of kind before the noun
        if doc[after].lower_ == "language":
            following = ""  # "a Lao-Thai language model": the name is the language's, not the model's
    appositive = [  # "X, a model …": an apposition with its own article, not a parse that ran on
        c.text
        for c in mention.root(doc).children
        if _in_apposition(c, mention, doc)
        and c.text in nouns
        and any(d.dep_ in ("det", "poss") for d in c.children)
        # "X, a Lyon accelerator startup": the product noun qualifies a company noun the parser cut off
        and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ in lexicon.company_nouns)
    ]
    # "its assistant, Brisa Voice": the name in apposition after an owned or determined product noun
    root = mention.root(doc)
    described = root.dep_ == "appos" and root.head.text in nouns and root.head.i < root.i
    if not appositive and described and any(d.dep_ in ("det", "poss") for d in root.head.children):
        appositive = [root.head.text]
    kind = nouns.get(following) or (nouns[appositive[0]] if appositive else None) or _family_kind(mention, doc)
    if kind is None or (mention.entity.type == "Product" and kind != "Model"):  # a product may only turn model
        return mention
    return Mention(
        index.entity_for(mention.entity.label, kind), mention.start, mention.end, mention.token_start, mention.token_end
    )


def _ends_in_a_version_word(label: str) -> bool:
    """ "Corla Mini", "Tamber Ultra": a name whose last word is a model tier is a model, though the NER took the
    family's name for a person's."""
    words = label.split()
    return len(words) >= 2 and words[-1] in load_lexicon().discovery.version_words


def _ends_in_a_code(label: str) -> bool:
    """ "Vey R1", "B.X K2": a last word of letters and digits, after at least one other word."""
    words = label.split()
    last = words[-1]
    return len(words) >= 2 and any(c.isdigit() for c in last) and any(c.isalpha() for c in last)


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


def before_a_model_noun(mention: Mention, doc: Doc) -> bool:
    """ "the Tarn-3 language model", "Tarn-3 models": the name stands before the noun saying it is a model."""
    nouns = load_lexicon().product_nouns  # "model", "LLMs": the nouns that make a name a model's
    return any(nouns.get(t.text) == "Model" for t in doc[mention.token_end : mention.token_end + 2])


def before_a_hardware_noun(mention: Mention, doc: Doc) -> bool:
    """ "the Tarn-2 accelerator", "Tarn-2 chips", "the Tarn-2 inference accelerator": the name qualifies a noun for
    hardware right after it."""
    hardware = load_lexicon().hardware_nouns
    after = mention.token_end
    head = doc[after] if after < len(doc) else None
    if head is None or head.lemma_.lower() not in hardware:
        head = mention.root(doc)
        while head.dep_ in ("compound", "nmod", "amod", "nummod") and head.head.i > head.i and head.head.i - after < 2:
            head = head.head
    # the noun heads the phrase: "Tarn-3 GPU costs" are costs, not a GPU
    heads = head.i >= after and head.dep_ not in ("compound", "nmod", "amod")
    return heads and head.lemma_.lower() in hardware


_NER_GUESSES = ("Organization", "Person")


def _described_as_a_cloud(root: Token, company_nouns: frozenset[str], cloud_nouns: frozenset[str]) -> bool:
    """ "Talvik Compute, an Oslo-listed GPU cloud", "Cindervale is a GPU cloud start-up", "Pell, the neocloud": a
    firm its apposition or its copula calls a cloud (or a cloud company) sells compute, as a cloud does."""
    described = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        described += [c for c in root.head.children if c.dep_ == "attr"]
    for noun in described:
        if noun.lemma_.lower() in cloud_nouns:
            return True
        qualifiers = (c for c in noun.children if c.dep_ in ("compound", "amod"))
        if noun.lemma_.lower() in company_nouns and any(q.lemma_.lower() in cloud_nouns for q in qualifiers):
            return True
    return False


def typed_by_its_role(mentions: list[Mention], doc: Doc, index: EntityIndex) -> list[Mention]:
    """ "Pellacode is based on Orca-7", "Brisk uses Orca-7 as its base model", "Kestrel launched Pellacode",
    "Wren, released in May": a name the gazetteer does not know that is built on a model, or launched, is a
    product, whatever the NER took it for."""
    lexicon = load_lexicon()
    rules = [r for r in lexicon.relation_rules if r.type == "BuiltOn" and r.object_preps]
    models = {i for m in mentions if m.entity.type in ("Model", "Product") for i in range(m.token_start, m.token_end)}
    # "CTO, Quillane", "chief executive of Quillane": a name whose officers the text names is a firm, whatever
    # else it is said to run on
    officers = _officer_title(lexicon.attribution_speakers)
    staffed = {
        m.entity.key
        for m in mentions
        if not m.entity.known
        and m.entity.type != "Person"  # "Osk's chief executive, Ada Brill": the officer herself
        and officers.search(doc[max(0, m.token_start - 6) : m.token_start].text)
    }
    products = {
        m.entity.key
        for m in mentions
        if not m.entity.known
        and m.entity.type in _NER_GUESSES
        and m.entity.key not in staffed
        and (_built_on_a_model(m.root(doc), rules, models) or _launched(m.root(doc), lexicon.discovery.launch_lemmas))
    }
    firm_nouns = lexicon.customer_nouns | lexicon.unit_nouns | lexicon.company_nouns
    customers = {
        m.entity.key
        for m in mentions
        if not m.entity.known
        and m.entity.type == "Person"
        and (_a_customer(m.root(doc), lexicon.customer_nouns) or _spoken_of_as_a_thing(m.root(doc), firm_nouns))
    }
    clouds = {
        m.entity.key
        for m in mentions
        if not m.entity.known
        and m.entity.type in ("Company", "Organization")
        and _described_as_a_cloud(m.root(doc), lexicon.company_nouns, lexicon.cloud_nouns)
    }
    sellers = lexicon.leasing_verbs | lexicon.buying_lemmas
    landlords = {
        m.entity.key
        for m in mentions
        if not m.entity.known
        # not a person ("office space from John Smith"), unless the NER took a longer name for one
        and (
            (m.entity.type in ("Organization", "Product") and _leased_from(m.root(doc), sellers))
            # "halls leased from Yondr": a landlord, though the NER took the name for a place or, being one word
            # or a longer run, a person (not "from John Smith"); a thing bought "from Lisbon" may come from a place
            or (
                (m.entity.type == "Region" or (m.entity.type == "Person" and len(m.entity.label.split()) != 2))
                and _leased_from(m.root(doc), lexicon.leasing_verbs)
            )
        )
    }
    return [  # the name is a product, a cloud or a firm, wherever it stands
        Mention(index.entity_for(m.entity.label, "Product"), m.start, m.end, m.token_start, m.token_end)
        if m.entity.key in products
        else Mention(index.entity_for(m.entity.label, "Cloud"), m.start, m.end, m.token_start, m.token_end)
        if m.entity.key in clouds
        else Mention(index.entity_for(m.entity.label, "Company"), m.start, m.end, m.token_start, m.token_end)
        if m.entity.key in landlords
        else Mention(index.entity_for(m.entity.label, "Organization"), m.start, m.end, m.token_start, m.token_end)
        if m.entity.key in customers or (m.entity.key in staffed and m.entity.type in ("Organization", "Region"))
        else m
        for m in mentions
    ]


@lru_cache(maxsize=1)
def _officer_title(titles: frozenset[str]) -> re.Pattern[str]:
    """An officer's title right before a name: "CTO, ", "chief executive of ", "co-founder at "."""
    words = "|".join(sorted(map(re.escape, titles), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s*(?:,|of|at)\s*$", re.IGNORECASE)


def _a_customer(root: Token, nouns: frozenset[str]) -> bool:
    """ "Its largest client is Halden Marsh", "Halden Marsh is a customer", "clients such as Halden Marsh": a name in
    the role of a customer is a firm, though the NER took it for a person."""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    head = root.head
    if root.dep_ in ("attr", "nsubj"):
        other = "nsubj" if root.dep_ == "attr" else "attr"
        return head.lemma_ in ("be", "become", "remain") and any(
            c.dep_ == other and c.lower_ in nouns for c in head.children
        )
    if root.dep_ == "appos":
        return head.lower_ in nouns
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("as", "like"):
        return head.head.lower_ in nouns or (head.head.lower_ == "such" and head.head.head.lower_ in nouns)
    return False


def _leased_from(root: Token, leasing_verbs: frozenset[str]) -> bool:
    """ "two halls we lease from atNorth", "capacity rented from eStruxture", "buys racks from Tarn Systems": whom
    space is leased from, or a thing bought from, is a landlord or a seller; which of the NER's guesses may be one
    (a product code, a place no table knows, a person) is the caller's to say, by the verbs it passes."""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "from Tarn or Vey"
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "from":
        return False
    verb = prep.head if prep.head.pos_ in ("VERB", "AUX") else prep.head.head  # "leases two halls from …"
    return verb.lemma_.lower() in leasing_verbs or prep.head.lemma_.lower() in leasing_verbs


def _spoken_of_as_a_thing(root: Token, firm_nouns: frozenset[str]) -> bool:
    """ "Halden Marsh, which rents capacity …", "Halden Marsh moved its agents to …", "Halden Marsh, our public-sector
    subsidiary": a name referred to by "which" or "its", or in apposition with a firm's noun, names no person,
    though the NER took it for one."""
    which = any(c.dep_ == "relcl" and any(w.lower_ == "which" for w in c.children) for c in root.children)
    firm = any(c.dep_ == "appos" and c.lower_ in firm_nouns for c in root.children)
    verb = root.head if root.dep_ == "nsubj" else None
    # "Halden Marsh is the financing arm of Osk": the copula says what it is, a firm's noun
    firm = firm or (
        verb is not None
        and verb.lemma_ == "be"
        and any(c.dep_ == "attr" and c.lower_ in firm_nouns for c in verb.children)
    )
    its = verb is not None and any(
        w.lower_ == "its" and w.dep_ == "poss" for c in verb.children if c.dep_ in ("dobj", "attr") for w in c.children
    )
    return which or firm or its


def _built_on_a_model(root: Token, rules: list[RelationRule], models: set[int]) -> bool:
    """The subject of a clause building it on a model ("is based on Orca-7", "uses Orca-7 as its base model").
    Only a clause with no object of its own counts: "Corvid runs its chatbot on Orca-7" builds the chatbot."""
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if based_on_a_model(verb):
        return any(c.dep_ == "dobj" and c.i in models for c in verb.children)
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    return any(lemma in rule.lemmas and _introduced_model(verb, rule.object_preps, models) for rule in rules)


def based_on_a_model(verb: Token) -> bool:
    """ "uses Orca-7 as its underlying model", "runs Orca-7 under the hood": a verb that makes its object what
    its subject is built on."""
    words = load_lexicon().discovery.base_model_words
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "under" and any(o.lower_ == "hood" for o in objects):
            return True
        if prep.lower_ == "as" and any(c.lower_ in words for o in objects for c in o.children):
            return True
    return False


def _launched(root: Token, lemmas: frozenset[str]) -> bool:
    """What a verb of launching takes as its object ("Kestrel launched Pellacode"), or a name its participle
    describes ("Wren Assist, released in May")."""
    if root.dep_ == "dobj" and root.head.lemma_.lower() in lemmas:
        return True
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lemmas for c in root.children)


def _introduced_model(verb: Token, preps: frozenset[str], models: set[int]) -> bool:
    """Whether one of the verb's prepositions ("on", "by", "on top of") introduces a model or product."""
    for prep in verb.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in preps:
            continue
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        objects += [g for o in objects if o.lower_ == "top" for p in o.children for g in p.children]  # "on top of"
        named = [c for o in objects for c in o.children if c.dep_ in ("compound", "nmod", "nummod")]  # "the Orca model"
        if any(o.i in models for o in (*objects, *named)):
            return True
    return False


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


def _family_kind(mention: Mention, doc: Doc) -> str | None:
    """ "the Fjord family of language models", "its Kite series of chips": a name heading a family of products
    is of the kind its members are."""
    if mention.token_end + 1 >= len(doc) or doc[mention.token_end].lower_ not in load_lexicon().family_nouns:
        return None
    if doc[mention.token_end + 1].lower_ != "of":
        return None
    nouns = load_lexicon().product_nouns
    members = doc[mention.token_end + 2 : mention.token_end + 6]
    return next((nouns[t.text] for t in members if t.text in nouns), None)


def _a_place_before_its_site(mention: Mention, doc: Doc) -> bool:
    """ "its Texas cluster", "the Munich campus": a place the table knows, before a noun of a site, says where the
    site is; before a chip ("Jinghong GPUs") a place's name may well be a product's."""
    after = mention.token_end
    return (
        mention.entity.type in ("Region", "Country")
        and after < len(doc)
        and doc[after].lemma_.lower() in load_lexicon().site_nouns
        and names_a_place(mention.entity.label)
    )
