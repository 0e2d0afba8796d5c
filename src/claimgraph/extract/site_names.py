"""Sites a text names and refers back to: "the Graz campus", "Osk's Linz Ridge AI Campus" and "Hall 4" name a
site; "the campus" after them is the site last named a campus, "the site" and "the halls" the site last named at
all. A site is told by its own words (a place, a name, a code before a site noun), as a reader tells it, and is
a thing the figures and relations of its clause can be about: its megawatts, the racks it runs on."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Mention, Sentence, clean_name
from claimgraph.extract.spans import clause_window
from claimgraph.records import Entity

# site nouns that name no site of their own: "the Asia-Pacific region", "its Graz office", "a regional hub"
_NOT_SITES = frozenset({"region", "office", "hub"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_SPELLINGS = {"center": "centre"}
_SIZE = re.compile(r"(?:[\d.,]+\s*)?(?:kw|mw|gw|gpus?)")
_SITE_REACH = 6  # paragraphs: how far back "the site" reaches for a site named with another noun, or by its town
_NAMED_REACH = 25  # paragraphs: how far back "the campus" reaches for the campus named by its own words
_LOCATING = frozenset({"of", "in", "at", "near", "outside", "next"})


def site_named(noun: Token, sentence: Sentence, context: ReadingContext) -> Mention | None:
    """The site a site noun and its own words name ("the Graz campus", "Osk's Tarnby data centre", "Hall 4", "the
    Osk AI Factory"), as a mention over those words; None for a site noun without a name ("the campus", "a 300 MW
    campus") and for a firm's name ("Vey Data Centres")."""
    if _noun_key(noun) not in context.lexicon.site_nouns or _noun_key(noun) in _NOT_SITES:
        return None
    within = next((m for m in sentence.mentions if m.token_start <= noun.i < m.token_end), None)
    if within is not None:
        # a name the readers of names found ends in the noun: a site, though the tagger took "the Osk AI Factory"
        # for a firm; a plural is a firm's name ("Vey Data Centres"), and a person's name no site ("Ann Hall")
        singular = noun.tag_ in ("NN", "NNP")
        at_its_end = noun.i == within.token_end - 1
        person = within.entity.type == "Person"
        return within if at_its_end and not person and (within.entity.type not in BUSINESS_TYPES or singular) else None
    if any(c.dep_ == "poss" and _a_place(c, sentence) for c in noun.children):
        return None  # "Tarnland's AI data centres": a country's, no one site
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    # "a Saudi data centre": a description, no name; "a GPU hall in Brno": named by the town it stands in
    named = None if indefinite else thing_named(noun, sentence, context)
    return named or _named_by_its_place(noun, sentence, context)


def _named_by_its_place(noun: Token, sentence: Sentence, context: ReadingContext) -> Mention | None:
    """A site with no name of its own, named by the town after it and the words before it ("a GPU hall in
    Brno" → "Brno GPU hall"), as a reader calls it; not by a country ("a campus in Tarnland")."""
    # the "in" on the noun, or on its verb right after it, where the parser often hangs it ("opened a campus in …")
    after = [c for c in noun.head.children if c.i == noun.right_edge.i + 1] if noun.dep_ == "dobj" else []
    place = next(
        (
            m
            for p in (*noun.children, *after)
            if p.dep_ == "prep" and p.lower_ in _SITE_PREPOSITIONS
            for m in sentence.mentions
            if m.entity.type == "Region" and any(m.token_start == c.left_edge.i for c in p.children if c.dep_ == "pobj")
        ),
        None,
    )
    if place is None or noun.tag_ not in ("NN", "NNP"):
        return None  # "campuses in Vell": several sites, no one name
    # its kind ("GPU hall", "AI campus") right before it, not a describing word ("a new campus", "our operating
    # campus") or its size ("a 40-megawatt campus")
    first = noun
    while first.i > 0 and _a_kind_word(first.doc[first.i - 1], noun):
        first = first.doc[first.i - 1]
    name = f"{sentence.doc_text[place.start : place.end]} {sentence.doc_text[first.idx : noun.idx + len(noun.text)]}"
    entity = context.index.entity_for(clean_name(name), "Product")
    return Mention(entity, first.idx, place.end, first.i, place.token_end)


_SITE_PREPOSITIONS = frozenset({"in", "at", "near", "outside"})


def _a_kind_word(word: Token, noun: Token) -> bool:
    """Whether a word before a site noun says what kind of site it is ("GPU", "AI", "data")."""
    kind = word.dep_ == "compound" or (word.dep_ == "amod" and word.text[:1].isupper())
    size = _SIZE.fullmatch(word.lower_) is not None or word.like_num or word.lower_.endswith("watt")
    doing = word.tag_ in ("VBG", "VBN") or word.lower_.endswith("ing")  # "our operating campus": its state
    return kind and word.head.i in (noun.i, word.i + 1) and not size and not doing


def _a_place(token: Token, sentence: Sentence) -> bool:
    places = (m for m in sentence.mentions if m.entity.type in ("Country", "Region"))
    return any(m.token_start <= token.i < m.token_end for m in places)


def thing_named(noun: Token, sentence: Sentence, context: ReadingContext) -> Mention | None:
    """A site, fleet or offering no reader of names found, named by its own words before its noun ("Graz data
    centre", "P7 instances"), as a new thing; None without such words, or when they name a product ("Osk's K9
    servers", "the H100 cluster": a thing named by its chip)."""
    # not a country's or region's adjective ("the Tarnish campus"), which the readers of places found
    names = [m for m in sentence.mentions if m.entity.type not in ("Country", "Region")]
    name = name_words(noun, {i for m in names for i in range(m.token_start, m.token_end)})
    if name is None or any(
        name.start <= m.token_start < name.end and (_a_product(m) or _a_persons_name(m)) for m in sentence.mentions
    ):
        return None
    entity = context.index.entity_for(clean_name(name.text), "Product")
    return Mention(entity, name.start_char, name.end_char, name.start, name.end)


def _a_persons_name(mention: Mention) -> bool:
    """Whether a name is a person's full name ("Ann Hall"); a town's one word the tagger took for a person's is not."""
    return mention.entity.type == "Person" and mention.token_end - mention.token_start > 1


def _a_product(mention: Mention) -> bool:
    """Whether a name is a model or product the gazetteer knows or a code names ("K9"), not a town the tagger took
    for a product ("the Tarnby campus")."""
    entity = mention.entity
    coded = any(c.isdigit() for c in entity.label)
    return entity.type == "Model" or (entity.type == "Product" and (entity.known or coded))


def site_referred(noun: Token, sentence: Sentence, context: ReadingContext) -> Mention | None:
    """The site "the campus", "this site" or "the halls" refers back to: the site last named with that noun, or, for
    a word any site answers to, the site last named in the paragraphs just before; a stand-in at the noun."""
    key = _noun_key(noun)
    lexicon = context.lexicon
    if key not in lexicon.site_nouns | lexicon.site_anaphors or key in _NOT_SITES:
        return None
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    # the article, or the word before when the parser hung it elsewhere ("The factory runs …" read as a compound)
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children) and not (
        before is not None and before.pos_ == "DET" and before.lower_ in _DEFINITE
    ):
        return None
    if any(c.dep_ in ("poss", "compound", "amod", "nummod") and not c.is_stop for c in noun.children):
        return None  # "the Graz campus", "the new halls", "the 120 MW building": named or described anew
    if any(m.token_start <= noun.i < m.token_end for m in sentence.mentions):
        return None
    if any((c.dep_ == "prep" and c.lower_ in _LOCATING) or c.dep_ == "relcl" for c in noun.children):
        return None  # "the halls of Block C", "the facility in Linz", "the site it is building": another
    # the site last named by its own words with this noun, else one named by its town lately, else, for "the site",
    # the site named lately by its own words, else by its town: a site named in passing ("unlike a campus in Vell")
    # does not take "the campus" from the one the text is about
    own, placed = context.sites.get((key, True)), context.sites.get((key, False))
    candidates = ((own, _NAMED_REACH), (placed, _SITE_REACH))
    recent = [found for found, reach in candidates if found is not None and _lately(found, sentence, reach)]
    if not recent and key in lexicon.site_anaphors:
        named = (context.sites.get(("", True)), context.sites.get(("", False)))
        recent = [found for found in named if found is not None and _lately(found, sentence, _SITE_REACH)]
    if not recent:
        return None
    return Mention(recent[0][0], noun.idx, noun.idx + len(noun.text), noun.i, noun.i + 1)


def _lately(found: tuple[Entity, int], sentence: Sentence, reach: int) -> bool:
    return sentence.paragraph - found[1] <= reach


def _site_meant(noun: Token, sentence: Sentence, context: ReadingContext) -> Mention | None:
    """The site a site noun names or refers back to."""
    return site_named(noun, sentence, context) or site_referred(noun, sentence, context)


def note_sites(sentence: Sentence, context: ReadingContext) -> None:
    """Remember the sites the sentence names, by their noun and as the last site named, for what refers back; not a
    heading's opening words ("Revolver facility")."""
    for token in sentence.tokens:
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        site = site_named(token, sentence, context)
        if site is not None and not (sentence.is_heading and site.token_start == sentence.span.start):
            own_words = site.token_end == token.i + 1  # "the Graz campus", not "a campus in Graz"
            named = (site.entity, sentence.paragraph)
            context.sites[(_noun_key(token), own_words)] = context.sites[("", own_words)] = named


def name_words(noun: Token, mentioned: set[int]) -> Span | None:
    """The site's words, from its first name word to the noun, without determiners or an owner ("the Lima data
    centre" → "Lima data centre", "Osk's P7 instances" → "P7 instances"); none without a name word."""
    doc = noun.doc
    # not a describing word ("the new Lima campus", "the Ruritanian campus"), though a name the tagger took for one,
    # which the readers of names found, is a name ("the Tarnby campus", "Tarnby" read as an adjective)
    words = [
        t
        for t in noun.subtree
        if t.i <= noun.i and t.dep_ not in ("det", "poss", "case", "punct") and (t.dep_ != "amod" or t.i in mentioned)
    ]
    words = [t for t in words if not any(a.dep_ == "poss" for a in t.ancestors if a.i <= noun.i and a != noun)]
    # a name's word: capitalised, not opening the sentence unless a proper noun ("Three sites", "Its pods"), or
    # a code with digits and letters ("P7"); a bare number before the noun counts them ("40 clusters")
    named = [
        t
        for t in words
        if t.i < noun.i
        and ((t.text[:1].isupper() and (t.pos_ == "PROPN" or not t.is_sent_start)) or _a_code(t))
        and not (t.like_num and t.dep_ == "nummod")
        and not _SIZE.fullmatch(t.lower_)  # "a 35 MW hall", "a 300MW campus", "a 9,000-GPU cluster": its size
    ]
    if not named:
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if after is not None and after.like_num and noun.is_title:
            return doc[noun.i : noun.i + 2]  # "Hall 4"
        return None
    return doc[named[0].i : noun.i + 1]


def _a_code(token: Token) -> bool:
    return any(c.isdigit() for c in token.text) and any(c.isalpha() for c in token.text)


def _noun_key(noun: Token) -> str:
    lemma = noun.lemma_.lower()
    return _SPELLINGS.get(lemma, lemma)


def site_sized(figure: Token, sentence: Sentence, context: ReadingContext) -> Mention | None:
    """The site a capacity figure is said of: the subject of the verb that governs it ("The Graz campus has 12 MW",
    "the campus would pass 90 MW", "the hall is to open with 20 MW"), or the site a verb takes to it ("bringing
    the site to 64 MW", whatever brings it there). Not, as a subject, of a figure of what the site adds, buys or
    draws on ("will add 40 MW", "signed for 200 MW of wind", "60 MW of backup generators"), nor of a whole it is
    part of ("part of Osk's 500 MW portfolio")."""
    verb = figure
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    for _ in range(2):  # "is to open with 20 MW": the subject of the verb the governing one completes
        if verb.lemma_.lower() in _TAKING_TO and _reached_by(figure, verb):
            taken = next((c for c in verb.children if c.dep_ == "dobj"), None)
            return _site_meant(taken, sentence, context) if taken is not None else None
        # the subject, not the figure itself ("The hall has 12 MW live", read as "12 MW … live")
        heads = [verb, *(c for c in verb.children if c.dep_ == "aux")]
        subjects = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
        subject = next((c for c in subjects if figure not in c.subtree), None)
        if subject is not None:
            return _site_meant(subject, sentence, context) if _its_own_load(figure, sentence) else None
        if verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
            return None
        verb = verb.head
    return None


# words of a figure that is no site's own load: an addition, power bought or generated, a request, a whole
_NOT_ITS_LOAD = re.compile(
    r"\b(?:add|adds|added|adding|gain|gains|gained|further|additional|another|more|extra|expansion|phase"
    r"|solar|wind|hydro|nuclear|geothermal|batter(?:y|ies)|storage|generators?|diesel|backup|power\s+purchase|ppa"
    r"|energy|renewable|requests?|applications?|queue|portfolio|pipeline|across|financ\w*|fund\w*|loans?|part\s+of)\b",
    re.IGNORECASE,
)
# "bringing the site to 64 MW", "taking it to …", "lifting the hall to …": the verb's object reaches the figure
_TAKING_TO = frozenset({"take", "bring", "lift", "raise", "expand", "push", "grow", "increase"})


def _its_own_load(figure: Token, sentence: Sentence) -> bool:
    """Whether nothing in the figure's clause makes it something other than a site's own load (``_NOT_ITS_LOAD``)."""
    left, right = clause_window(sentence, figure.idx, figure.idx + len(figure.text))
    return _NOT_ITS_LOAD.search(sentence.doc_text, left, right) is None


def _reached_by(figure: Token, verb: Token) -> bool:
    """Whether the figure stands in the verb's "to" phrase (on the verb or on its object)."""
    return any(a.dep_ == "prep" and a.lower_ == "to" and a.head in (verb, *verb.children) for a in figure.ancestors)
