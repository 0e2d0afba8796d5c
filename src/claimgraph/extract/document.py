"""A parsed article as the claim extractors see it: sentences with their entity mentions and figures.

Turning spaCy's output into these small records once means every extractor reads the same resolved
entities (gazetteer first, then new organisations from the NER, deduplicated by normalised name) and the same
figures, and none of them repeats that work.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy
from spacy.attrs import IDS
from spacy.tokens import Doc, Span, Token

from claimgraph.extract.lexicon import load_lexicon
from claimgraph.extract.normalize import Quantity, find_quantities
from claimgraph.extract.places import is_country, names_a_place
from claimgraph.records import Entity, slugify

# NER labels whose unknown entities may become new entities, and the type they get.
PRODUCT_CODE = re.compile(r"[A-Z]{1,4}\d{2,4}[A-Za-z]{0,3}")  # "S400", "K800", "H200s"
NEW_ENTITY_TYPES = {"ORG": "Organization", "PRODUCT": "Product", "GPE": "Region", "PERSON": "Person"}
_CORPORATE_SUFFIX = re.compile(r"[\s,]+(inc|corp|corporation|ltd|limited|llc|plc|co)\.?$", re.I)
_POSSESSIVE = re.compile(r"[’']s?$")
_LEADING_THE = re.compile(r"^the\s+", re.I)


@dataclass(frozen=True)
class Mention:
    """An entity named in the text: its resolved entity and where it stands."""

    entity: Entity
    start: int  # character offsets into the article text
    end: int
    token_start: int  # token offsets into the doc
    token_end: int

    def root(self, doc: Doc) -> Token:
        """The head word of the mention, found once per doc: every extractor asks for it, over and over."""
        roots: dict[tuple[int, int], int] = doc.user_data.setdefault("claimgraph_mention_roots", {})
        key = (self.token_start, self.token_end)
        if key not in roots:
            roots[key] = doc[self.token_start : self.token_end].root.i
        return doc[roots[key]]


@dataclass
class Sentence:
    """One sentence (or list item, or heading) with what the extractors need of it."""

    span: Span
    start: int
    end: int
    paragraph: int  # index of the line-delimited block it belongs to
    doc_text: str  # the whole text, once: spaCy rebuilds ``Doc.text`` from its tokens at every access
    mentions: list[Mention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)  # offsets already shifted into the article text

    @property
    def text(self) -> str:
        return self.doc_text[self.start : self.end]

    @cached_property
    def tokens(self) -> list[Token]:
        """The sentence's tokens, made once: iterating a span builds every token object anew."""
        return list(self.span)

    @property
    def is_heading(self) -> bool:
        """A short line with no closing punctuation: a title, section heading or question; not a list row."""
        return _looks_like_heading(self.text) and self.doc_text[self.end : self.end + 1] in ("\n", "")


_LIST_MARK = re.compile(r"\s*(?:[-•*]|\d+[.)])\s")
# "MIRA OSTEN:", a transcript's speaker in capitals: two or more words ("AWS: 31%" is a list row)
# "ADA BRELL:", and a role with the name in brackets: "REPORTER (ADA BRELL):", as broadcast scripts write them
LABEL_IN_CAPITALS = r"[A-Z][A-Z.'’-]+(?:(?: [A-Z][A-Z.'’-]+)+| \([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)+\)):"
# "Corvane Compute   29%": a list row laid out with space alone between its name and its share
BARE_ROW = r"[A-Z][^—–:|\d\n]{0,60}?[ \t]+[~≈]?\d[\d.,]*[ \t]*(?:%|per ?cent)[ \t.;]*$"
_BARE_ROW = re.compile(BARE_ROW)
# "Table 2: …", "Exhibit 4 —": a caption, as long as it needs to be, heads what follows it
_CAPTION = re.compile(r"\s*(?:Table|Figure|Fig\.|Chart|Exhibit|Graphic)\s+\d+[a-z]?\s*[:.—–-]")


def _looks_like_heading(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= (30 if _CAPTION.match(text) else 12)
        and not text.rstrip().endswith((".", "!", ";", ","))
        and not _LIST_MARK.match(text)
        and not _BARE_ROW.match(text)
        and not text.lstrip().startswith("|")  # a table's row, however short
    )


class EntityIndex:
    """Resolves names to entities: the gazetteer's, then new ones minted from NER spans."""

    def __init__(
        self, gazetteer: Iterable[Entity], not_names: Iterable[str] = (), english_words: Iterable[str] = ()
    ) -> None:
        self.not_names = frozenset(name.casefold() for name in not_names)  # "AI", "GPU": words NER takes for names
        # the words the pipeline's lemmatizer knows: "Global demand rose" opens with one, "Yunxi hosts …" does not
        self.english_words = frozenset(english_words)
        self.by_key: dict[str, Entity] = {}
        self.by_name: dict[str, Entity] = {}
        for entity in gazetteer:
            self.by_key[entity.key] = entity
            for name in (entity.label, *entity.aliases):
                self.by_name.setdefault(normalise_name(name), entity)

    def get(self, key: str) -> Entity | None:
        return self.by_key.get(key)

    def no_name(self, name: str) -> bool:
        """Whether every word of a name is a word that is never a name ("AI", "MW AI": "a 400 MW AI campus")."""
        return all(word.casefold() in self.not_names for word in name.split())

    def named(self, name: str) -> Entity | None:
        return self.by_name.get(normalise_name(name))

    def a_place(self, span: Span) -> bool:
        """Whether the words are a place's, as the gazetteer knows it ("UAE", "Asia"), or as the place table knows
        it and the NER takes it ("Dubai", not "Meridian" in "AMD Meridian GPUs"): a place after an owner's name names
        a unit, a site or a desk of the owner's ("Tarn Norway"), never a product it makes."""
        known = self.named(span.text)
        if known is not None:
            return known.type in ("Country", "Region")
        return names_a_place(span.text) and all(t.ent_type_ in ("GPE", "LOC") for t in span)

    def maker_in_its_names(self, thing: Entity) -> Entity | None:
        """The company a known product's other names begin with ("Nvidia B200" of B200): its maker, as the
        gazetteer writes it."""
        for alias in thing.aliases:
            maker = self.named(alias.split()[0]) if " " in alias else None
            if maker is not None and maker.type in ("Company", "Lab"):
                return maker
        return None

    def entity_for(self, name: str, entity_type: str) -> Entity:
        """The gazetteer's entity of that name, else a new one of the given type, keyed by the name."""
        return self.named(name) or _new_entity(name, entity_type)

    def resolve(self, span: Span) -> Entity | None:
        """The entity a spaCy entity span names, or None when it is not a thing claims are about."""
        if span.ent_id_ and span.ent_id_ in self.by_key:
            ruled = self.by_key[span.ent_id_]
            if ruled.type in ("Country", "Region") and not span[0].ent_id_:
                # "Brightgate UAE", "Tarn Norway": a name before a place names a site, a project or an event after
                # it, not the place (and no party that could speak: a conference's name heads a panel's title)
                return _new_entity(clean_name(span.text), "Product")
            return ruled
        known = self.named(span.text)
        if known is not None:
            return known
        entity_type = NEW_ENTITY_TYPES.get(span.label_)
        while len(span) > 1 and span[0].pos_ in NOT_NAME_STARTS:
            span = span[1:]  # "Consider Halden Data, a Norwegian provider": the verb opening the sentence is no name
        if len(span) > 1 and span[0].lower_ in _POWER_UNITS:
            span = span[1:]  # "a 12 MW Tampere hall": the figure's unit is no part of the name after it
            if names_a_place(span.text):
                return _new_entity(clean_name(span.text), "Region")
        name = clean_name(_TRAILING_PERIOD.sub("", span.text))  # "Tamsin Networks Q2 FY2026" in a headline
        if span.label_ != "ORG" and PRODUCT_CODE.fullmatch(name):
            entity_type = "Product"  # "S400", "K800", "XB300": a part number, whatever the NER took it for
        if entity_type == "Organization" and (
            _placed(span, name) or _qualifying_a_noun(span, name) or _naming_a_site(span, name)
        ):
            # "cooling at Zaragoza", "a Copenhagen protein-design company": a place the tables know, after a
            # preposition of place or saying where an indefinite noun is from
            entity_type = "Region"
        if entity_type in ("Organization", "Product") and _in_a_country(span):
            entity_type = "Region"  # "across Tarnby in Norway": a town, whatever the NER guessed
        if entity_type == "Region" and _not_a_place(span, name):
            entity_type = "Organization"  # "Nscale signed …": a one-word "place" no table lists, not after "in"
        if _titled_person(span):
            entity_type = "Person"  # "Ms Varga announced …": a title only a person bears, whatever the NER said
        if entity_type is None or not looks_like_a_name(name) or self.no_name(name):
            return None
        return _new_entity(name, entity_type)


_POWER_UNITS = frozenset({"kw", "mw", "gw", "kwh", "mwh", "gwh", "twh"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"})


def _titled_person(span: Span) -> bool:
    """Whether a name is a personal title and a surname or two ("Ms Varga", "Dr. Ada Brill"), not a firm named
    after one ("Dr. Reddy's Laboratories", "Mr Tarn Holdings Ltd"): no possessive, and no company word at its end."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 4 or words[0].lower_.rstrip(".") not in _HONORIFICS:
        return False
    lexicon = load_lexicon()
    firm_words = {*lexicon.discovery.name_suffixes, *lexicon.discovery.legal_forms}
    firmish = words[-1].text in firm_words or words[-1].lower_ in lexicon.company_nouns
    return not firmish and not any(t.lower_ in ("'s", "’s") for t in span)


def _new_entity(name: str, entity_type: str) -> Entity:
    """An entity the gazetteer does not know, keyed by its name; a place the table names as a country ("Norway",
    which the gazetteer does not list) is a country, whether the NER took it for a place or an organisation
    ("Kokkola, Finland," after a company's name)."""
    if entity_type in ("Region", "Organization") and is_country(name):
        entity_type = "Country"
    return Entity(key=slugify(name), label=name, type=entity_type, known=False)


def _not_a_place(span: Span, name: str) -> bool:
    """Whether a one-word name the NER took for a place is none: no table of places lists it and no preposition
    of place stands before it ("Nscale signed …", "customers such as Tokopedia"; but "a campus in Narvik")."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    word = span[0]
    # "a Frankfurt operator", "Norvia's public cloud revenue": a place qualifying a noun, or owning one
    modifier = word.dep_ in ("compound", "amod", "nmod", "poss")
    # "Tokopedia and Grab": listed after a name that is no place, it is none either ("Spain and Italy" are)
    listed = before in _LISTING and word.dep_ == "conj" and not _place_like(word.head)
    return (
        len(span) == 1
        and not word.is_upper
        and not modifier
        and not names_a_place(name)
        and (before not in _PLACE_PREPOSITIONS or listed)
    )


def _placed(span: Span, name: str) -> bool:
    """Whether a one-word name the NER took for an organisation is a place the tables know, standing where places
    stand: as the object of "in", "at", "near" or "outside"."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    word = span[0]
    return len(span) == 1 and word.dep_ == "pobj" and before in _SITED and names_a_place(name)


_SITED = frozenset({"in", "at", "near", "outside"})


def _qualifying_a_noun(span: Span, name: str) -> bool:
    """Whether a one-word name the NER took for an organisation is a place the tables know qualifying a noun for a
    firm in an indefinite phrase ("a Copenhagen protein-design company"): "a" leaves no room for the firm's own
    name there."""
    word = span[0]
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    head = word.head
    qualifying = word.dep_ in ("compound", "amod", "nmod") and head.i > word.i and head.lemma_.lower() in _FIRM_NOUNS
    return len(span) == 1 and before in ("a", "an") and qualifying and names_a_place(name)


def _naming_a_site(span: Span, name: str) -> bool:
    """Whether a one-word name the NER took for an organisation is a place the tables know naming a cloud region
    ("its Hyderabad cloud region"): the region is there. (A plant or a site may be named after a firm: "a former
    Sharp LCD plant".)"""
    word = span[0]
    head = word
    while head.dep_ in ("compound", "nmod") and head.head.i > head.i:
        head = head.head
    return len(span) == 1 and head is not word and head.lemma_.lower() == "region" and names_a_place(name)


# a firm a place says where it is from: "a Copenhagen protein-design company"; but "a Ford subsidiary", "a Hitachi
# deal" and "a Santander executive" name a firm, whose unit, deal or officer the noun is
_FIRM_NOUNS = frozenset({"company", "firm", "start-up", "startup", "business", "operator", "provider", "developer"})


def _in_a_country(span: Span) -> bool:
    """Whether a one-word name the NER took for an organisation stands where a town stands, after a preposition of
    place other than "in" and before "in" and a country ("capacity across Tarnby in Norway and …"), which no firm's
    name does ("invested in Tarnby in Japan" may be a firm)."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end : span.end + 3]
    country = (
        len(after) >= 2
        and after[0].lower_ == "in"
        and (is_country(after[1].text) or (len(after) == 3 and is_country(after[1:3].text)))
    )
    return len(span) == 1 and before in _TOWN_PREPOSITIONS and country


_TOWN_PREPOSITIONS = frozenset({"across", "near", "outside", "around"})  # not "in": "invested in Tarn in Japan"


def _place_like(token: Token) -> bool:
    """Whether the first name of a list is a place: the tables know it, or a preposition of place leads it."""
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    placed = before in _PLACE_PREPOSITIONS and before not in _LISTING
    return names_a_place(token.text) or (token.ent_type_ in ("GPE", "LOC") and placed)


_LISTING = frozenset({"and", ",", "or"})


_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "from", "across", "to", "into", "outside", "around", "throughout", "of", "and", ","}
)
NOT_NAME_STARTS = frozenset({"VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ", "INTJ", "PRON"})
_TRAILING_PERIOD = re.compile(r"(?:\s+(?:Q[1-4]|[1-4]Q|H[12]|FY\s?\d{2,4}|(?:19|20)\d\d))+$")


def token_at(doc: Doc, char: int) -> Token | None:
    """The token covering the character at ``char`` (a figure's first token, a pronoun's), found by spaCy's own
    offset index rather than by walking the doc."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def verb_over(doc: Doc, char: int) -> Token | None:
    """The nearest verb or auxiliary governing the token at ``char`` (a figure's own verb: "capacity was 95 MW",
    "Osk came in at $2 billion")."""
    token = token_at(doc, char)
    heads = [token, *token.ancestors] if token is not None else []
    return next((h for h in heads if h.pos_ in ("VERB", "AUX")), None)


def subject_clause(verb: Token) -> Token:
    """The verb whose subject a conjoined verb shares ("Osk ranked first and won 45%": "won" → "ranked")."""
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) and verb.head != verb:
        verb = verb.head
    return verb


def glued_subject(verb: Token) -> Token | None:
    """The subject a parser hung inside a phrase set before its verb when no comma parts them: "In its filing Osk
    says …" is read as one noun phrase "its filing Osk", leaving "says" with no subject. The name that ends the
    phrase right before the subjectless verb (or its auxiliary) is that subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i)])
    for phrase in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        named = next((c for c in phrase.children if c.dep_ == "pobj"), None)
        if named is not None and named.pos_ == "PROPN" and named.i + 1 == first:
            return named
    return None


def qualifies(token: Token, noun: Token) -> bool:
    """Whether the token is part of a modifier of the noun ("Osk" and "Group" in "the Osk Group unit"): a chain of
    compounds or a possessive ending on it."""
    while token.dep_ in ("compound", "poss") and token.head != token:
        token = token.head
        if token == noun:
            return True
    return False


def tokens_with(doc: Doc, **wanted: Collection[str]) -> list[Token]:
    """The tokens whose attributes all take one of the wanted values (``tokens_with(doc, POS={"PROPN"},
    DEP={"nsubj"})``), found in the doc's attribute array: a reader that visited every word would make a Token
    object for each, which costs more over a long article than the reading that follows."""
    names = list(wanted)
    columns = doc.to_array([IDS[name] for name in names]).reshape(len(doc), len(names))
    keep = numpy.ones(len(doc), dtype=bool)
    for column, name in enumerate(names):
        keep &= numpy.isin(columns[:, column], [doc.vocab.strings[value] for value in wanted[name]])
    return [doc[int(i)] for i in numpy.flatnonzero(keep)]


def normalise_name(name: str) -> str:
    return clean_name(name).casefold()


def clean_name(name: str) -> str:
    """'the Ashgrove Group Holding Ltd.’s' → 'Ashgrove Group Holding': how a name is deduplicated."""
    name = _LEADING_THE.sub("", name.strip())
    name = _POSSESSIVE.sub("", name) if name.endswith(("’s", "'s", "’", "'")) else name
    name = _CORPORATE_SUFFIX.sub("", name)
    return " ".join(name.split())


def title_cased(sentence: Span, ignoring: Span | None = None) -> bool:
    """A headline, where every word is capitalised: its capitals name nothing ("The Larkspur Illusion"). The words
    of ``ignoring`` (a candidate name) do not count: a short sentence is not a headline by its name's capitals."""
    words = [
        t for t in sentence if t.is_alpha and len(t) > 3 and not (ignoring and ignoring.start <= t.i < ignoring.end)
    ]
    return len(words) >= 3 and sum(t.is_title or t.is_upper for t in words) >= 0.6 * len(words)


def looks_like_a_name(name: str) -> bool:
    return len(name) >= 2 and name[0].isupper() and any(ch.isalpha() for ch in name) and "\n" not in name


def read_document(doc: Doc, text: str, mentions: list[Mention]) -> list[Sentence]:
    """The doc's sentences, each with its mentions and figures; empty and whitespace-only ones are dropped."""
    # a paragraph is a line with words on it: the blank lines between paragraphs do not make them further apart
    paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n(?=[ \t]*\S)", text)]
    yen = _YEN.search(text) is not None and _YUAN.search(text) is None
    continental = _writes_decimal_commas(text)
    sentences: list[Sentence] = []
    cursor = 0
    for sent in doc.sents:
        span = _trim(sent)
        if span is None:
            continue
        start, end = span.start_char, span.end_char
        while cursor + 1 < len(paragraph_starts) and paragraph_starts[cursor + 1] <= start:
            cursor += 1
        sentence = Sentence(span=span, start=start, end=end, paragraph=cursor, doc_text=text)
        sentence.mentions = [m for m in mentions if start <= m.start and m.end <= end]
        figures = _in_english_notation(span.text) if continental else span.text
        sentence.quantities = [
            replace(
                q,
                start=q.start + start,
                end=q.end + start,
                text=span.text[q.start : q.end],
                unit="JPY" if yen and _yen_sign(q) else q.unit,
            )
            for q in find_quantities(figures)
        ]
        sentences.append(sentence)
    return sentences


def _writes_decimal_commas(text: str) -> bool:
    """Whether an article writes its numbers the continental way ("21,4 per cent", "1,66 Mrd. Euro", "10.000
    GPUs"), as a translated European report does: more, and at least two, such numbers than English ones."""
    continental = len(_CONTINENTAL_NUMBER.findall(text))
    return continental >= 2 and continental > len(_ENGLISH_NUMBER.findall(text))


_CONTINENTAL_NUMBER = re.compile(r"\d,\d{1,2}(?![\d,])|\b\d{1,3}(?:\.\d{3})+(?![\d,])")
_ENGLISH_NUMBER = re.compile(r"\d\.\d{1,2}(?![\d.])|\b\d{1,3}(?:,\d{3})+(?![\d.])")
_NUMBER = re.compile(r"\d[\d.,]*\d")


def _in_english_notation(text: str) -> str:
    """The text with each number's decimal commas and thousands points swapped ("21,4" → "21.4", "10.000" →
    "10,000"), character for character, so the figures read the same places in the text."""
    converted = [m.span() for m in _BRACKETED_DOLLARS.finditer(text)]  # "[US$3.725 billion]": written the English way
    return _NUMBER.sub(lambda n: n.group(0) if _inside(n.start(), converted) else _swapped(n), text)


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


def _swapped(number: re.Match[str]) -> str:
    """A number with its separators swapped, unless a point in it stands before anything but a group of three
    digits: a decimal point, as a translator's bracketed conversion writes it ("[US$3.7 billion]")."""
    written = number.group(0)
    return written if _DECIMAL_POINT.search(written) else written.translate(_SWAP_SEPARATORS)


_SWAP_SEPARATORS = str.maketrans(",.", ".,")
_BRACKETED_DOLLARS = re.compile(r"\[[^\]\n]{0,10}(?:US\$|\$|US-\$|USD)[^\]\n]{0,30}\]")
_DECIMAL_POINT = re.compile(r"\.(?!\d{3}(?!\d))")


# "¥" is both currencies' sign: an article that writes yen ("円", "yen") and never yuan means yen by it
_YEN = re.compile(r"円|\byen\b", re.IGNORECASE)
_YUAN = re.compile(r"元|\b(?:yuan|renminbi|RMB|CNY)\b", re.IGNORECASE)


def _yen_sign(quantity: Quantity) -> bool:
    return quantity.unit == "CNY" and quantity.text.lstrip().startswith("¥")


def _trim(sent: Span) -> Span | None:
    """The sentence without leading/trailing whitespace tokens."""
    start, end = sent.start, sent.end
    doc = sent.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end] if end > start else None


# A relation read between two mentions: (claim type, subject, object, confidence).
Found = tuple[str, Mention, Mention, float]
# The entity types that do business: they develop, offer, buy, own and operate.
BUSINESS_TYPES = ("Company", "Cloud", "Lab", "Organization")


def owned_after(sentence: Sentence, owner: Mention) -> Mention | None:
    """The thing named right after an owner's possessive ("Osk's Tarn-3 Pro", "Osk Group's own Pell Cloud")."""
    text = sentence.doc_text
    after = (m for m in sentence.mentions if m.start > owner.end)
    return next((m for m in after if _OWNERS.fullmatch(text, owner.end, m.start)), None)


_OWNERS = re.compile(r"[’']s?\s+(?:own\s+)?")
