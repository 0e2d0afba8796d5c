"""One name, one entity, throughout an article.

The statistical NER decides each occurrence of a name on its own: a company the gazetteer does not know may be an
organisation in one sentence, a person in the next and nothing at all where it opens a sentence. A writer means
one thing by one name within one article, so the reading is made consistent afterwards:

- every occurrence of an unknown name takes the most specific type any of its occurrences got (a cloud or a
  research firm over an organisation, an organisation over a person);
- a one-word "person" who is never introduced by a full name is an organisation: articles introduce people by
  their full names, and a bare "Kestrel" that holds shares and ships chips is a company;
- an unknown organisation, product or model found once is found wherever else its name stands;
- a list holds things of one kind: a proper name coordinated with a company is a company ("Dunmore and Pellow
  Labs"), and an unknown name the NER took for a person or product in such a list is retyped;
- a versioned name of a model family the article names is a model ("Wren 2 … Wren 1.5");
- a company introduced by its full name is later called by its first word ("Tessaly Labs … Tessaly"), when
  that word belongs to no other name of the article; the first word of a cloud's name ("Northwind" of
  "Northwind Cloud") names the company behind it;
- a lone proper noun as the subject of a verb, which no one recognised ("… if Sable keeps undercutting it"), is
  an organisation, found wherever else it stands (people are introduced by their full names);
- a model named by its maker and a model word ("Ombra Large", "Ombra 3") tells that the maker's name, standing
  alone, is a company ("Rival Ombra cut prices").

Places, markets, policies and groups are left as they were found: a country acting as a party is a genuine
ambiguity, not an inconsistency.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from claimgraph.extract.defined_terms import defined_terms
from claimgraph.extract.document import EntityIndex, Mention, normalise_name, title_cased, tokens_with
from claimgraph.extract.family_makers import makers_named_like_their_families
from claimgraph.extract.lexicon import load_lexicon
from claimgraph.extract.name_bounds import code_after
from claimgraph.extract.name_kinds import before_a_hardware_noun, before_a_model_noun
from claimgraph.extract.periods import MONTHS
from claimgraph.records import Entity

# Types an unknown name may be unified across, from the most to the least specific.
_BY_SPECIFICITY = (
    "Cloud",
    "ResearchFirm",
    "Aggregator",
    "Lab",
    "Company",
    "Model",
    "Product",
    "Organization",
    "Person",
)
_FOUND_AGAIN = frozenset(_BY_SPECIFICITY) - {"Person"}
_CODE = re.compile(r"[A-Z]{1,3}\d{1,4}[A-Za-z]?")  # "K4", "A3", "TX9": a part's code, as chips are named


def one_entity_per_name(mentions: list[Mention], doc: Doc, text: str, index: EntityIndex) -> list[Mention]:
    """The mentions with every unknown name typed alike and found wherever it stands, in text order."""
    occurrences: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if not mention.entity.known and mention.entity.type in (*_BY_SPECIFICITY, "Region"):
            occurrences[normalise_name(mention.entity.label)].append(mention)
    people = [m.entity.label for m in mentions if m.entity.type == "Person" and " " in m.entity.label]
    full_names = {word for label in people for word in label.split()}
    surnames = {label.split()[-1] for label in people}
    unified: dict[int, Mention] = {}
    extra: list[Mention] = []
    for found in occurrences.values():
        label = found[0].entity.label
        # a place the NER guessed yields to the product the text calls it elsewhere ("Tianmu, the company's
        # cluster"), not to another guess of the NER
        typed = [m.entity.type for m in found if m.entity.type != "Region"]
        guesses = {m.entity.type for m in found}
        if _CODE.fullmatch(label) and len(guesses) >= 2 and guesses <= {"Person", "Organization", "Region", "Product"}:
            typed = ["Product"] * len(found)  # "K4" a person here, a firm there, a place there: guesses at a code
        if not typed or (len(typed) < len(found) and not {"Model", "Product"} & set(typed)):
            continue
        entity_type = min(typed, key=_BY_SPECIFICITY.index)
        chip = any(m.entity.type == "Product" and before_a_hardware_noun(m, doc) for m in found)
        if entity_type == "Model" and chip and not any(before_a_model_noun(m, doc) for m in found):
            entity_type = "Product"  # "the Tarn-2 accelerator … Tarn-2 is made by …": a chip, where it says so
        speaks = any(_speaks(doc[m.token_start]) for m in found)  # "Lin said …": a person by a bare name
        of_its_own = any(_speaks_of_its_own(doc[m.token_start]) for m in found)  # "Kazakhtelecom said its …"
        of_its_own = of_its_own and not any(m.entity.label.startswith(f"{label} ") for m in mentions)  # a short name
        if entity_type == "Person" and " " not in label and label not in full_names and (of_its_own or not speaks):
            entity_type = "Organization"
        elif entity_type == "Organization" and " " not in label and label in surnames:
            entity_type = "Person"  # "Chief executive Ada Brell …", then "Brell: revenue grew 40%": her, not a firm
        entity = index.entity_for(label, entity_type)
        for mention in found:
            unified[id(mention)] = Mention(entity, mention.start, mention.end, mention.token_start, mention.token_end)
        if entity_type in _FOUND_AGAIN:
            extra.extend(_other_occurrences(entity.label, entity, doc, text, mentions))
    kept = _without_glued_names([unified.get(id(m), m) for m in mentions])
    kept += _without_overlaps(extra)
    kept += _coordinated_names(kept, doc, index)
    kept = _headline_run_ons(kept, doc, text)
    kept = _first_words_renamed(kept, text)
    kept += _short_names(kept, doc, text, index)
    kept += _makers(kept, doc, text, index)
    kept += _bare_subjects(kept, doc, text, index, full_names)
    kept = defined_terms(kept, doc, text, index.english_words)
    kept = makers_named_like_their_families(_family_members(_harmonised(kept, doc, index), index), doc)
    return sorted(kept, key=lambda m: (m.start, -m.end))


_VERSIONED = re.compile(r"(?P<family>[A-Z][\w-]*)[ -]v?\d[\w.]*(?: [A-Z][a-z]+)?")  # "Wren 2", "Wren 2 Mini"


def _family_members(mentions: list[Mention], index: EntityIndex) -> list[Mention]:
    """ "Wren 2 … built on Wren 1.5": a versioned name of a family the article names as a model is a model too,
    whatever the NER took it for."""
    families = {m.entity.label.split()[0] for m in mentions if m.entity.type == "Model"}
    retyped = []
    for mention in mentions:
        versioned = _VERSIONED.fullmatch(mention.entity.label)
        if mention.entity.known or mention.entity.type == "Model" or versioned is None:
            retyped.append(mention)
        elif versioned.group("family") in families:
            entity = index.entity_for(mention.entity.label, "Model")
            retyped.append(Mention(entity, mention.start, mention.end, mention.token_start, mention.token_end))
        else:
            retyped.append(mention)
    return retyped


_PARTIES = frozenset({"Cloud", "ResearchFirm", "Aggregator", "Lab", "Company", "Organization"})


def less_specific(kind: str, than: str) -> bool:
    """Whether one organisation type says less than another of the same name: a cloud is a company is an
    organisation (the order by which one name's readings are typed alike)."""
    both = {kind, than} <= _PARTIES
    return both and _BY_SPECIFICITY.index(kind) > _BY_SPECIFICITY.index(than)


def _harmonised(mentions: list[Mention], doc: Doc, index: EntityIndex) -> list[Mention]:
    """ "Dunmore, Pellow and Harwood": an unknown name the NER took for a person or a product, listed among
    companies, is one of them (a name with a digit, "K8", stays a product)."""
    at_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    retyped: dict[int, Mention] = {}
    for mention in mentions:
        if mention.entity.type not in _PARTIES:
            continue
        conjuncts = mention.root(doc).conjuncts
        if any(_a_role(t) for t in conjuncts):
            continue  # "Ada Brell, chief analyst, Osk Research": a person, her role and her firm, not a list of firms
        for token in conjuncts:
            if any(c.dep_ == "appos" and _a_role(c) for c in token.children):
                continue  # "Ada Brell, partner, …; Per Vey, head of research, Osk Securities": people with roles
            other = at_token.get(token.i)
            if other is None or other.entity.known or other.entity.type not in ("Person", "Product"):
                continue
            if any(ch.isdigit() for ch in other.entity.label):
                continue
            entity = index.entity_for(other.entity.label, mention.entity.type)
            retyped[id(other)] = Mention(entity, other.start, other.end, other.token_start, other.token_end)
    return [retyped.get(id(m), m) for m in mentions]


def _a_role(token: Token) -> bool:
    """A roster's role: a common noun with no article ("partner", "chief analyst", "head of research"), where a
    firm's description has one ("the international cloud business of …")."""
    return token.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in token.children)


def _coordinated_names(mentions: list[Mention], doc: Doc, index: EntityIndex) -> list[Mention]:
    """ "Dunmore and Pellow Labs", "Osgood, Brightline and Kestrel Systems": a proper name coordinated with a
    named company, which no one has recognised, is a company too — a list holds things of one kind."""
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
    found: list[Mention] = []
    for mention in mentions:
        if mention.entity.type not in _FOUND_AGAIN:
            continue
        root = mention.root(doc)
        partners = [*root.conjuncts]
        for token in partners:
            if token.i in covered or token.pos_ != "PROPN" or not token.text[:1].isupper():
                continue
            span = doc[min(t.i for t in token.subtree if t.dep_ == "compound" or t == token) : token.i + 1]
            if any(t.i in covered for t in span) or normalise_name(span.text) in index.not_names:
                continue
            code = code_after(doc.text, span.end_char)
            coded = None if code is None else doc.char_span(span.start_char, code.end())
            span = coded or span  # "K800 NVL36 or K900 NVL36": the configuration code is the listed name's too
            entity = index.entity_for(span.text, mention.entity.type)
            found.append(Mention(entity, span.start_char, span.end_char, span.start, span.end))
            covered.update(range(span.start, span.end))
    return found


_SHORTENED = frozenset({"Company", "Organization", "Lab", "ResearchFirm", "Aggregator"})


def _headline_run_ons(mentions: list[Mention], doc: Doc, text: str) -> list[Mention]:
    """ "Corvane Data Holdings Posts Record Quarter": in a title-case headline the NER runs a name on
    into the verb after it; a title's unknown name that is a name found below it plus more words is that name."""
    title_end = text.find("\n")
    below = {m.entity.label: m.entity for m in mentions if m.start > title_end and m.entity.type in _PARTIES}
    longest_first = sorted(below, key=len, reverse=True)
    legal_forms = tuple(f" {form}" for form in load_lexicon().discovery.legal_forms)
    trimmed = []
    for mention in mentions:
        label = mention.entity.label
        guessed = not mention.entity.known and mention.entity.type in (*_PARTIES, "Person")
        registered = label.endswith(legal_forms)
        if mention.start < title_end and guessed and label not in below and not registered:
            # (a name that ends in its legal form, "Osk Compute Limited", is whole, no run-on)
            shorter = next((b for b in longest_first if label.startswith(b + " ")), None)
            if shorter is not None:
                span = doc.char_span(mention.start, mention.start + len(shorter))
                if span is not None:
                    mention = Mention(below[shorter], span.start_char, span.end_char, span.start, span.end)
        trimmed.append(mention)
    return trimmed


def _first_words_renamed(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Qianlan Compute … available on the Qianlan platform", "Hon Hai Precision Industry … Hon Hai said": a
    name nobody knows that the NER typed on its own and that opens an unknown company's full name is that company
    (the title's, when two such names share it)."""
    companies: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        words = mention.entity.label.split()
        if len(words) > 1 and not mention.entity.known and mention.entity.type in (*_SHORTENED, "Cloud"):
            for size in range(1, len(words)):  # "Gravemoor Cloud … Gravemoor hosts …": the cloud too
                companies[" ".join(words[:size])].append(mention)
    renamed = []
    title_end = _title_end(mentions, text)
    owning = _owning_pattern(load_lexicon().child_phrases)
    for mention in mentions:
        label = mention.entity.label
        as_written = text[mention.start : mention.end].strip() == label  # "FPT Corporation" is a name of its own
        named = companies.get(label) if as_written and not mention.entity.known else None
        if named and owning.search(text, max(0, mention.start - 40), mention.start):
            named = None  # "Osk Re, the reinsurance unit of Osk": the bare name after a unit phrase is the parent
        chosen = _the_one_meant(named, title_end) if named else None
        if chosen is not None and mention.entity.type in ("Product", "Organization", "Person", "Region"):
            mention = Mention(chosen, mention.start, mention.end, mention.token_start, mention.token_end)
        renamed.append(mention)
    return renamed


@lru_cache(maxsize=2)
def _owning_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """A unit phrase ("unit of", "arm of") and a few describing words, right before a name."""
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\s+(?:the\s+)?$", re.IGNORECASE)


def _title_end(mentions: list[Mention], text: str) -> int:
    """Where the title ends: the first line naming anything (a label such as "PRESS RELEASE" above it is none)."""
    return text.find("\n", min((m.start for m in mentions), default=0))


def _the_one_meant(named: list[Mention], title_end: int) -> Entity | None:
    """Which of the full names a bare first word means: the only one, else the one the title names first
    ("Hengyu Digital Q3 …" in the title, "Hengyu Cloud" below: "Hengyu" is the title's company)."""
    opening = min(named, key=lambda m: m.start)
    in_title = 0 <= opening.start < title_end
    return opening.entity if len({m.entity for m in named}) == 1 or in_title else None


def _without_glued_names(mentions: list[Mention]) -> list[Mention]:
    """ "which makes Yunxi Jinque's largest customer": two companies' short names side by side, which the NER took
    for one person, are no one; each is found again on its own."""
    firsts = {
        m.entity.label.split()[0]
        for m in mentions
        if m.entity.type in _SHORTENED and len(m.entity.label.split()) > 1 and not m.entity.known
    } | {m.entity.label.split()[0] for m in mentions if m.entity.known and m.entity.type in _SHORTENED}
    return [
        m
        for m in mentions
        if not (m.entity.type == "Person" and len(m.entity.label.split()) > 1 and set(m.entity.label.split()) <= firsts)
    ]


def _short_names(mentions: list[Mention], doc: Doc, text: str, index: EntityIndex) -> list[Mention]:
    """ "Tessaly Labs … Tessaly now operates as …": the first word of an unknown company's full name, standing
    alone later, is that company, when no other name of the article starts with it and no one knows the word."""
    by_first: dict[str, set[Entity]] = defaultdict(set)
    for mention in mentions:
        words = mention.entity.label.split()
        if len(words) > 1 and words[0][:1].isupper() and words[0].isalpha() and len(words[0]) > 2:
            by_first[words[0]].add(mention.entity)
    generic = _generic_words()
    found: list[Mention] = []
    title_end = _title_end(mentions, text)
    for first, entities in by_first.items():
        meant = _the_one_meant([m for m in mentions if m.entity in entities], title_end)
        if meant is None:
            continue
        entity = meant
        if entity.known or entity.type not in (*_SHORTENED, "Cloud"):
            continue
        if index.named(first) is not None or normalise_name(first) in index.not_names or first.lower() in generic:
            continue  # "Cloud Intelligence Group … Cloud and Smart Industries": a common noun names no one
        for mention in _other_occurrences(first, entity, doc, text, [*mentions, *found]):
            if _NEXT_CAPITAL.match(text, mention.end) or _ordinary_opening(doc, mention, index):
                continue
            found.append(mention)
    return found


def _bare_subjects(
    mentions: list[Mention], doc: Doc, text: str, index: EntityIndex, full_names: set[str]
) -> list[Mention]:
    """ "Sable, for its part, probably holds around 18%": a one-word proper noun the NER missed, standing as a
    verb's subject, is an organisation, and is that organisation wherever else its name stands."""
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
    elsewhere = {ent.text for ent in doc.ents if ent.label_ in _NOT_PARTIES}  # "Washington" a place in the title
    generic = _generic_words()
    found: list[Mention] = []
    subjects = tokens_with(doc, POS={"PROPN"}, DEP={"nsubj", "nsubjpass"})
    for token in subjects:
        if token.i in covered:
            continue
        word = token.text
        if not (word.isalpha() and word[0].isupper() and word[1:].islower() and len(word) > 2):
            continue
        neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
        if any(n.pos_ == "PROPN" for n in neighbours) or word in full_names or token.is_sent_start:
            continue  # part of a longer name, a person's name, or a capitalised opening word
        if index.named(word) is not None or normalise_name(word) in index.not_names or word.lower() in generic:
            continue
        if token.ent_type_ in _NOT_PARTIES or word in elsewhere:
            continue  # "October 2023 - …", "Washington reverses course": a date or a place
        if _speaks(token):
            continue  # "Lin said …": one who speaks by a bare name is a person
        entity = index.entity_for(word, "Organization")
        found += [m for m in _other_occurrences(word, entity, doc, text, [*mentions, *found])]
        covered.update(i for m in found for i in range(m.token_start, m.token_end))
    places = {i for m in mentions if m.entity.type == "Country" for i in range(m.token_start, m.token_end)}
    for name in _compound_subjects(subjects, covered, full_names, places):
        if index.named(name) is None and normalise_name(name) not in index.not_names and name not in elsewhere:
            entity = index.entity_for(name, "Organization")
            found += [m for m in _other_occurrences(name, entity, doc, text, [*mentions, *found])]
            covered.update(i for m in found for i in range(m.token_start, m.token_end))
    return found


def _compound_subjects(
    subjects: list[Token], covered: set[int], full_names: set[str], places: set[int]
) -> Iterator[str]:
    """ "Tally Agent uses …", "Lumen Pay switched to …": two to four capitalised proper nouns the NER missed,
    standing as a verb's subject (``subjects``: the doc's proper-noun subjects), name something (the sentence's
    first word included, being part of the name). A country, a date or a month before them is no word of the name ("the
    US General Harbour Administration" is the US's General Harbour Administration); a word of any other kind is
    ("Osk Harbour Authority")."""
    titles = load_lexicon().attribution_speakers
    for token in subjects:
        if _speaks(token):
            continue
        doc = token.doc
        start = token.i
        while (
            start > 0
            and token.i - start < 3
            and start - 1 not in places
            and doc[start - 1].ent_type_ not in _NOT_PARTIES
            and doc[start - 1].lower_ not in MONTHS  # "In May Harbour Transit Authority signed …"
            and _name_part(doc[start - 1], doc[start : token.i + 1])
        ):
            start -= 1
        span = doc[start : token.i + 1]
        if len(span) < 2 or any(t.i in covered or t.text in full_names or not t.is_title for t in span):
            continue
        in_a_headline = title_cased(span.sent, ignoring=span)  # "Tessin Datenhaus runs GPU clusters in Lyon" is none
        if any(t.ent_type_ in _NOT_PARTIES for t in span) or span.text.lower() in titles or in_a_headline:
            continue
        if span.end < len(doc) and doc[span.end].text == ":":
            continue  # "Market Landscape: $7.3B …": a line's label, not a name
        yield span.text


def _name_part(token: Token, name: Span) -> bool:
    """Whether a proper noun before a name is a word of it: a compound hanging on any of its words ("General" on
    "Services" in "General Services Administration")."""
    return token.dep_ == "compound" and name.start <= token.head.i < name.end and token.pos_ == "PROPN"


def _speaks(token: Token) -> bool:
    """Whether a word is the subject of a verb of saying ("Lin said …")."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in load_lexicon().attribution_verbs


def _speaks_of_its_own(token: Token) -> bool:
    """Whether a name speaks of what is "its" ("Kazakhtelecom said its new data centre …"): a firm, since a person
    never introduced by a full name would say "his" or "her"."""
    return _speaks(token) and any(t.lower_ == "its" for t in token.head.subtree if t.i > token.head.i)


def _generic_words() -> frozenset[str]:
    """Words that name a kind of thing, not one company ("cloud", "unit", "models"), however capitalised."""
    lexicon = load_lexicon()
    words = (*lexicon.product_nouns, *lexicon.company_nouns, *lexicon.unit_nouns, "cloud")
    return frozenset(w.lower() for w in words)


_NOT_PARTIES = frozenset({"DATE", "TIME", "GPE", "LOC", "NORP", "EVENT", "LAW", "MONEY", "PERCENT", "PERSON"})


def _ordinary_opening(doc: Doc, mention: Mention, index: EntityIndex) -> bool:
    """ "Global demand rose": a sentence's first word is an ordinary one, not "Global Data", unless it is tagged a
    proper noun, is no English word ("Yunxi hosts …"), or stands alone as the subject ("Northwind reportedly
    slashed …")."""
    token = doc[mention.token_start]
    if not token.is_sent_start or token.pos_ == "PROPN":
        return False
    if index.english_words and token.lower_ not in index.english_words:
        return False
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return following is None or following.pos_ not in ("VERB", "AUX", "ADV")


_NEXT_CAPITAL = re.compile(r" [A-Z]")
_NEXT_PART = re.compile(r" (?:[A-Z]|\d)")


def _makers(mentions: list[Mention], doc: Doc, text: str, index: EntityIndex) -> list[Mention]:
    """ "Rival Ombra cut prices for its Ombra Large model": the first word of an unknown model's name, followed
    by a version word or number, names its maker wherever it stands alone."""
    version_words = set(load_lexicon().discovery.version_words)
    makers: set[str] = set()
    for mention in mentions:
        words = mention.entity.label.split()
        if mention.entity.type != "Model" or mention.entity.known or len(words) < 2:
            continue
        if words[1] in version_words or words[1][:1].isdigit():
            makers.add(words[0])
    found: list[Mention] = []
    for maker in makers:
        if index.named(maker) is not None or any(normalise_name(m.entity.label) == maker.casefold() for m in mentions):
            continue  # a known name, or one the article already reads: its own type stands
        entity = index.entity_for(maker, "Company")
        for mention in _other_occurrences(maker, entity, doc, text, [*mentions, *found]):
            if not _NEXT_PART.match(text, mention.end):
                found.append(mention)
    return found


def _other_occurrences(label: str, entity: Entity, doc: Doc, text: str, mentions: list[Mention]) -> Iterable[Mention]:
    """Where else the name stands, as a whole word and spelled alike, outside every mention found so far."""
    if len(label) < 3 or not label[0].isupper():
        return
    start = text.find(label)
    while start != -1:  # plain search: a pattern per name would be compiled anew for every article
        end = start + len(label)
        whole = (start == 0 or not _joins(text[start - 1])) and (end == len(text) or not _joins(text[end]))
        if whole and not any(m.start < end and start < m.end for m in mentions):
            span = doc.char_span(start, end)
            if span is not None:
                yield Mention(entity, start, end, span.start, span.end)
        start = text.find(label, start + 1)


def _joins(char: str) -> bool:
    """Whether a character next to a name makes it part of a longer word ("Sable" in "Sablex" or "Sable-2")."""
    return char.isalnum() or char in "_-"


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Two names found again may cover the same words ("Sable" and "Sable Cloud"): the longer one stands."""
    longest_first = sorted(mentions, key=lambda m: m.start - m.end)
    kept: list[Mention] = []
    for mention in longest_first:
        if not any(k.start < mention.end and mention.start < k.end for k in kept):
            kept.append(mention)
    return kept
