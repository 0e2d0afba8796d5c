"""Names the text writes in forms of their own, found once the article's other names are known: a bare version
code a maker introduces ("DeepSeek's V4" is DeepSeek V4), a lower-case model name ("its abab-7 API", "vLLM"), a
product named in apposition with what its owner calls it, a product code on its own ("runs K9s"), a common word
capitalised at a sentence's start ("Capex reached …"), and a name the NER took for a product that speaks (a person).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from claimgraph.extract.document import PRODUCT_CODE, EntityIndex, Mention
from claimgraph.extract.lexicon import load_lexicon
from claimgraph.extract.name_bounds import code_after
from claimgraph.extract.periods import MONTHS, WEEKDAYS
from claimgraph.records import Entity

_MAKER_THEN_CODE = re.compile(
    r"(?:['’]s | (?:released|launched|unveiled|introduced|shipped|open-sourced|published|trained) (?:its )?)"
    r"(?P<code>[A-Z]{1,2}\d+(?:\.\d+)?(?:-[A-Za-z]+)*)\b(?![-.]?\d)"
)  # "DeepSeek's V4", "DeepSeek released V3.2-Exp": a version with no family name of its own


def makers_versions(mentions: list[Mention], doc: Doc, text: str, index: EntityIndex) -> list[Mention]:
    """ "DeepSeek's V4 … Its V4 arrived on time": a bare version code a company's possessive or release verb
    introduces is that company's model ("DeepSeek V4"), wherever else the article writes it."""
    named: dict[str, Entity] = {}
    nouns = load_lexicon().product_nouns
    for owner, match in _owned_codes(mentions, doc, text):
        if index.named(match.group("code")) or _PERIOD_CODE.fullmatch(match.group("code")):
            continue  # "Nvidia's Q3 2025 share": a quarter, not a model
        if _made_by_another(match.group("code"), owner, mentions, text):
            continue  # "runs on Osk K9 systems … its K9 halls": Osk's product, which the owner merely runs
        # a model unless a noun of hardware follows: "Nvidia's H200 chips" are chips
        following = _WORD.match(text, match.end())
        kind = nouns.get(following.group(1), "Model") if following else "Model"
        named.setdefault(match.group("code"), index.entity_for(f"{owner.entity.label} {match.group('code')}", kind))
    if not named:
        return mentions
    kept = [_as_version(m, named, doc) for m in mentions]
    taken = {i for m in kept for i in range(m.token_start, m.token_end)}
    for code, entity in named.items():
        for found in re.finditer(rf"(?<![\w.-]){re.escape(code)}(?![\w-]|\.\d)", text):
            span = doc.char_span(found.start(), found.end())
            if span is not None and not taken.intersection(range(span.start, span.end)):
                kept.append(Mention(entity, span.start_char, span.end_char, span.start, span.end))
                taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda m: (m.start, -m.end))


_WORD = re.compile(r"\s+(\w+)")


def _made_by_another(code: str, owner: Mention, mentions: list[Mention], text: str) -> bool:
    """Whether the article writes the code after another company's name ("Osk's K9", or "Osk K9" as one
    product's name): its maker's."""
    after_name = re.compile(rf"(?:['’]s)?\s+{re.escape(code)}(?![\w-])")
    owner_word = owner.entity.label.split()[0]
    return any(
        (m.entity.type in ("Company", "Lab") and m.entity != owner.entity and after_name.match(text, m.end))
        or (
            m.entity.type == "Product"
            and re.fullmatch(rf"(?!{re.escape(owner_word)}\b)\S+ {re.escape(code)}", text[m.start : m.end])
        )
        for m in mentions
    )


def _as_version(mention: Mention, named: dict[str, Entity], doc: Doc) -> Mention:
    """A mention of a code named as a company's model is that model; so is the code of a span the NER ran on
    over "API" ("its V3.2 API", taken for an organisation): the API is how the model is sold."""
    if mention.entity.known:
        return mention
    if mention.entity.label in named:
        return Mention(named[mention.entity.label], mention.start, mention.end, mention.token_start, mention.token_end)
    code, _, rest = mention.entity.label.rpartition(" ")
    span = doc[mention.token_start : mention.token_end - 1]
    if rest in ("API", "APIs") and code in named and span.text == code:
        return Mention(named[code], span.start_char, span.end_char, span.start, span.end)
    return mention


def _owned_codes(mentions: list[Mention], doc: Doc, text: str) -> Iterable[tuple[Mention, re.Match[str]]]:
    """Each version code a company introduces: right after its name ("DeepSeek's V4", "DeepSeek released V4"), or
    after "its" with the company named before in the sentence ("DeepSeek halved the price of its V3.2 API")."""
    makers = [m for m in mentions if m.entity.type in ("Company", "Lab")]
    for owner in makers:
        match = _MAKER_THEN_CODE.match(text, owner.end)
        if match is not None:
            yield owner, match
    for match in _ITS_CODE.finditer(text):
        span = doc.char_span(match.start("code"), match.end("code"), alignment_mode="expand")
        if span is None:
            continue
        before = [m for m in makers if span.sent.start_char <= m.start and m.end <= match.start()]
        if before:
            yield before[-1], match


_PERIOD_CODE = re.compile(r"Q[1-4]|H[12]")
_ITS_CODE = re.compile(r"\b[Ii]ts (?P<code>[A-Z]{1,2}\d+(?:\.\d+)?(?:-[A-Za-z]+)*)\b(?![-.]?\d)")
_SIZE_AFTER = re.compile(r" (?P<size>\d+(?:\.\d+)?[BMT]|\d+x\d+(?:\.\d+)?B)\b")  # " 7B", " 8x22B": a parameter count


def sized_models(mentions: list[Mention], doc: Doc, text: str, index: EntityIndex) -> list[Mention]:
    """ "Mistral 7B": a company's name with a parameter count after it, as written, names that company's model
    (the gazetteer's "Mistral" alone is the company)."""
    kept: list[Mention] = []
    for mention in mentions:
        size = _SIZE_AFTER.match(text, mention.end)
        span = doc.char_span(mention.start, size.end()) if size is not None else None
        if size is None or span is None or mention.entity.type not in ("Company", "Lab"):
            kept.append(mention)
            continue
        model = index.entity_for(text[mention.start : size.end()], "Model")
        kept.append(Mention(model, mention.start, size.end(), span.start, span.end))
    return kept


# "Vessa, our hosted model platform,", "its chat assistant, Brill,": a name in apposition with an owned product
# noun (a possessive before it: a thing somebody has, not a kind of firm)
_OWNER = r"(?:[Ii]ts|[Oo]ur|[Tt]heir|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2}['’]s)"
_NAME = r"(?P<name>[A-Z][\w.-]*[a-z0-9][\w.-]*(?: [A-Z0-9][\w.-]*){0,2})"
_OWNED_THING = rf"{_OWNER} (?:own |new |latest )?(?:[\w-]+ ){{0,3}}?(?P<noun>[A-Za-z]+)"
_NAME_THEN_OWNED = re.compile(rf"(?<![\w-]){_NAME}, {_OWNED_THING}(?=[,.;)]| (?:and|that|which|for|in|on|to)\b)")
_OWNED_THEN_NAME = re.compile(rf"\b{_OWNED_THING}, {_NAME}(?=,)")


def owned_appositive_products(doc: Doc, text: str, index: EntityIndex) -> Iterable[Mention]:
    """ "We opened Vessa, our hosted model platform", "Their serving tool, Brill, is built on …": a
    capitalised name no table knows, in apposition with a possessive and a product noun, is that product (a model
    before "model"); the NER takes such names for people or organisations."""
    nouns = load_lexicon().product_nouns
    for match in (*_NAME_THEN_OWNED.finditer(text), *_OWNED_THEN_NAME.finditer(text)):
        kind = nouns.get(match.group("noun"))
        span = doc.char_span(*match.span("name"))
        name = match.group("name")
        if kind is None or span is None or index.named(name) is not None or name.casefold() in index.not_names:
            continue
        if span[0].is_sent_start and span[0].pos_ not in ("PROPN", "NOUN"):
            continue  # "However, its …": a word opening the sentence, no name
        if name.lower() in (*MONTHS, *WEEKDAYS):
            continue  # "… in March, our new platform, …": a date before the apposition, no name
        yield Mention(index.entity_for(name, kind), span.start_char, span.end_char, span.start, span.end)


# a word in lower case, not part of an address ("press@kestrel.example", "kestrel.ai/news"): a domain is no word
_LOWER_WORD = re.compile(r"(?<![\w@./-])[a-z][a-z0-9-]*(?![\w@-]|\.\w)")


def without_common_words(mentions: list[Mention], doc: Doc, text: str) -> list[Mention]:
    """ "Capex reached …" in an article that also writes "capex guidance", "Tokens processed …": a one-word name
    nobody knows, which the same text writes in lower case elsewhere or which names a measure or a kind of product,
    is an ordinary word capitalised at a sentence's start."""
    lexicon = load_lexicon()
    written = set(_LOWER_WORD.findall(text))  # the words the text writes in lower case
    written |= {w[:-1] for w in written if len(w) > 3 and w.endswith("s")}  # "buyers" written: "Buyer's guide"
    lower = written | {w.lower() for w in (*lexicon.measures, *lexicon.product_nouns)}
    kept = []
    for m in mentions:
        first = _first_word(m, doc)  # "• Cloud spending reached …": a list's bullet is no part of the name
        if (
            m.entity.known
            or m.token_end - first > 1
            or not doc[first].text[:1].isupper()  # "abab-7": a name written in lower case is one
            or doc[first].text.lower() not in lower
            or _named_for_another(m, doc[first].idx, text)
        ):
            kept.append(m)
    return kept


def _first_word(mention: Mention, doc: Doc) -> int:
    """The mention's first token with a letter or a digit in it."""
    return next(
        (i for i in range(mention.token_start, mention.token_end) if any(c.isalnum() for c in doc[i].text)),
        mention.token_start,
    )


def _named_for_another(mention: Mention, start: int, text: str) -> bool:
    """Whether a one-word mention stands for an entity of another label (a defined term, an alias): "The Debtors
    lease 41 MW", in a filing that also writes "debtors in possession", is the party "Debtors" was defined as,
    however common its word. The first word of the entity's own name is no such term: "Capital expenditures
    rose", under a heading the NER took for a firm "Capital Resources", opens with an ordinary word."""
    word = text[start : mention.end].casefold()
    label = mention.entity.label.casefold()
    return word != label and not label.startswith(word + " ")


def speaker_typed(entity: Entity, span: Span) -> Entity:
    """ "Google's Sundar Pichai said …", "Sabkha's Al-Marzan says …": a name taken for a product or a model (a
    hyphenated name looks like one) but that speaks is a person; so is a name taken for an organisation (as the
    NER does in a title-case headline) that an officer's title follows ("Five questions for Ana Moss, chief
    executive of Osk Cloud")."""
    if entity.known:
        return entity
    speaks = span.root.dep_ == "nsubj" and span.root.head.lemma_ in load_lexicon().attribution_verbs
    if speaks and entity.type in ("Product", "Model"):
        return replace(entity, type="Person")
    if entity.type in ("Organization", "Company") and _titled_after(span):
        return replace(entity, type="Person")
    return entity


def _titled_after(span: Span) -> bool:
    """Whether an officer's title follows the name after a comma: ", chief executive of", ", its CFO,"."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    titles = load_lexicon().attribution_speakers
    for token in doc[span.end + 1 : span.end + 4]:
        if token.lower_ in titles:
            return True
        if not (token.is_lower and token.pos_ in ("DET", "ADJ", "PRON")):
            return False  # "Osk Group, whose chief executive …": a clause of its own, not a title
    return False


_LOWERCASE_NAME = re.compile(r"(?<![\w-])[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*(?:-[a-z0-9]+|\d[\w.]*)(?=\s+(\w+))")


# a lower-case hyphenated name with a parameter count among its parts ("-120b", "-7b", "-1.5b") names a model
# wherever it stands: no English word or address is written so
_SIZED_LOWERCASE_NAME = re.compile(
    r"(?<![\w@./-])[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*-\d+(?:\.\d+)?b(?:-[a-z0-9]+)*(?![\w@-]|\.\w)"
)


# a word opening in lower case with a capital inside ("vLLM", "xAI", "eKYC-Pro"): written so only as a name; after a
# figure it is a unit ("12 kWh", "5,000 mAh")
_CAMEL_NAME = re.compile(r"(?<![\w@./-])(?<!\d\s)[a-z]{1,4}[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?![\w@-]|\.\w)")


# "tw-chat-2, our general-purpose model": a lower-case numbered name in apposition with a model or product noun
_APPOSED_LOWERCASE_NAME = re.compile(
    r"(?<![\w@./-])(?P<name>[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*-[a-z0-9]*\d[a-z0-9.]*),\s+(?:our|its|their|a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}(?P<noun>[A-Za-z]+)(?=[,.;:()])"
)


_OWNED_BEFORE = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}$")  # "OpenAI's open-weight gpt-oss models"


def lowercase_names(doc: Doc, text: str, index: EntityIndex) -> Iterable[Mention]:
    """ "its abab-7 API", "the gpt-oss models": a lower-case name with a hyphen or a version number, right before
    a model or product noun, is that model or product (a model before "API" too)."""
    nouns = load_lexicon().product_nouns
    for match in _LOWERCASE_NAME.finditer(text):
        following = match.group(1)
        kind = "Model" if following in ("API", "APIs") else nouns.get(following)
        span = doc.char_span(match.start(), match.end())
        owned = _OWNED_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
        numbered = any(ch.isdigit() for ch in match.group(0))
        if kind is None or span is None or not (owned or numbered):
            continue
        if not numbered and span[-1].tag_ in ("JJ", "JJR", "JJS", "VBG", "VBN"):
            continue  # "the unit's best-selling API", "its open-weight models": English words describing it
        if match.group(0).casefold() in index.not_names:
            continue  # "Mistral AI's open-weight models": a kind of model, not one
        if not numbered and all(part in index.english_words for part in match.group(0).casefold().split("-")):
            continue  # "Osk's K9 rack-scale systems": English words describing it, not a name
        yield Mention(index.entity_for(match.group(0), kind), span.start_char, span.end_char, span.start, span.end)
    for match in _CAMEL_NAME.finditer(text):  # "built on vLLM": a product unless a noun after it says otherwise
        span = doc.char_span(match.start(), match.end())
        if span is None or match.group(0).casefold() in index.not_names:
            continue
        kind = nouns.get(doc[span.end].lower_, "Product") if span.end < len(doc) else "Product"
        yield Mention(index.entity_for(match.group(0), kind), span.start_char, span.end_char, span.start, span.end)
    for match in _APPOSED_LOWERCASE_NAME.finditer(text):
        kind = nouns.get(match.group("noun"))
        if kind is None or match.group("name").casefold() in index.not_names:
            continue
        # the name wherever the text writes it: "tw-chat-2 is served from our H200 fleet"
        for written in re.finditer(rf"(?<![\w@./-]){re.escape(match.group('name'))}(?![\w@-]|\.\w)", text):
            span = doc.char_span(*written.span())
            if span is not None:
                yield Mention(
                    index.entity_for(written.group(0), kind), span.start_char, span.end_char, span.start, span.end
                )
    for match in _SIZED_LOWERCASE_NAME.finditer(text):  # "tarn-oss-90b", "osk3-32b-a3b": a model by its size
        span = doc.char_span(match.start(), match.end())
        if span is not None and match.group(0).casefold() not in index.not_names:
            yield Mention(
                index.entity_for(match.group(0), "Model"), span.start_char, span.end_char, span.start, span.end
            )


def bare_product_codes(doc: Doc, text: str, index: EntityIndex) -> Iterable[Mention]:
    """ "runs on H100s", "rents out B200s", "runs MI355X": a product code on its own, in the singular or the
    plural, names the product (the NER misses it, or takes it for an organisation); a fiscal or calendar period
    written so ("FY2025", "CY26") is none. A code in the singular standing by another name word ("Nvidia GB300
    NVL72") is part of that name, which other readers take whole."""
    for match in _PART_NUMBER.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1:
            continue
        code = match.group("plural") or match.group("single")
        if code.casefold() in index.not_names:
            continue  # "G20", "COP28": a summit or an index, no product
        configuration = None if match.group("plural") else code_after(text, span.end_char)
        coded = None if configuration is None else doc.char_span(span.start_char, configuration.end())
        before = span[0].nbor(-1) if span.start > 0 and not span[0].is_sent_start else None
        if coded is not None and (before is None or not (name_word(before) or before.like_num)):
            span, code = coded, coded.text  # "… or K900 NVL36 systems": the code and its configuration, listed
        elif not match.group("plural") and any(name_word(t) or t.like_num for t in _neighbours(span[0])):
            continue
        entity = index.named(code) or index.entity_for(code, "Product")
        yield Mention(entity, span.start_char, span.end_char, span.start, span.end)


def _neighbours(token: Token) -> list[Token]:
    """The words on either side of a token within its sentence (a word opening the next sentence is none)."""
    doc = token.doc
    left = [doc[token.i - 1]] if token.i > 0 and not token.is_sent_start else []
    right = [doc[token.i + 1]] if token.i + 1 < len(doc) and not doc[token.i + 1].is_sent_start else []
    return left + right


_PART_NUMBER = re.compile(
    rf"(?<![\w./-])(?!(?:FY|CY)\d)(?:(?P<plural>{PRODUCT_CODE.pattern})s|(?P<single>{PRODUCT_CODE.pattern}))"
    r"(?![\w/-]|\.\w)"
)


def name_word(token: Token) -> bool:
    """A word a name is written with: capitalised, or a product code."""
    return token.is_title or part_number(token)


def part_number(token: Token) -> bool:
    """ "GB300", "MI308", "6000D", "MTIA": a word of capitals and digits, as product codes are written."""
    text = token.text
    return len(text) >= 2 and text.isalnum() and text.upper() == text and any(c.isalpha() or c.isdigit() for c in text)
