"""Where a name ends: the words after a name that are part of it, and the mentions that are parts of a longer one.

The NER and the discovery readers find names; this module settles their bounds once all are found — a variant
word after a known model family ("Tarn 4 Falcon"), a configuration code after a part number ("K900 NVL36"),
a public body's name holding "and" ("the Ministry of Trade and ICT"), and an unknown name inside a longer
mention ("Pell Data" in "Pell Data Services") — and says when a number after a name is no version of it
("Orca 12%")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimgraph.extract.document import PRODUCT_CODE, EntityIndex, Mention, clean_name
from claimgraph.extract.lexicon import load_lexicon
from claimgraph.extract.periods import MONTHS, WEEKDAYS

# "Orca 12%": a figure after a name, no version of it
_PERCENT = r"(?:%|per\s?cent\b|percent\b)"
PERCENT_AFTER = re.compile(rf"\s*{_PERCENT}")
_LAST_NUMBER = re.compile(r"\s+\d[\w.]*$")


def version_end(text: str, start: int, end: int) -> int | None:
    """Where a version read from `start` to `end` after a name ends, short of a share written right after it:
    "Orca 3.1 12%" is version 3.1 of Orca at 12%, "Orca 12%" has no version; None when no version is left."""
    if not PERCENT_AFTER.match(text, end):
        return end
    shorter = _LAST_NUMBER.search(text, start, end)
    if shorter is None or shorter.start() == start:
        return None
    return shorter.start()


def variant_after(mention: Mention, text: str, mentions: list[Mention]) -> re.Match[str] | None:
    """ "Tarn 4 Falcon", "Orca3 Coder": a known model family's numbered name, then one capitalised word naming no
    other thing, is a variant of it."""
    if not mention.entity.known or mention.entity.type != "Model" or not mention.entity.label[-1].isdigit():
        return None
    variant = _VARIANT.match(text, mention.end)
    if variant is None or variant.group("word") in _NOT_VARIANTS:
        return None
    return None if any(m.start == variant.start("word") and m.entity.known for m in mentions) else variant


# a configuration code: capitals and digits ("NVL72", "SXM5")
_CODE_AFTER = re.compile(r" (?!(?:FY|CY)\d|HBM\d)[A-Z]{2,5}\d{1,3}[A-Za-z]?\b(?![-.]\d)")  # not "FY25", "HBM3"
# a variant word, not followed by a name or number of its own, though a share may follow ("Tarn 4 Falcon 17%")
_VARIANT = re.compile(rf" (?P<word>[A-Z][a-z]{{2,}})\b(?![ -](?:[A-Z]|\d(?![\d.,]*\s*{_PERCENT})))")
# words that follow a model's name without naming a variant of it: function words, months and days
_FUNCTION_WORDS = frozenset({"The", "This", "That", "These", "And", "But", "For", "With", "From", "Into", "Was", "Is"})
_NOT_VARIANTS = _FUNCTION_WORDS | {"Are", "Has", "Had"} | {word.capitalize() for word in (*MONTHS, *WEEKDAYS)}


def code_after(text: str, end: int) -> re.Match[str] | None:
    """ "K900 NVL36", "K800 SXM5": a part number's configuration code, written right after it (ending at `end`)."""
    return _CODE_AFTER.match(text, end)


def public_bodies_joined(mentions: list[Mention], doc: Doc, text: str, index: EntityIndex) -> list[Mention]:
    """ "the Pellish Data and AI Authority", "the Ministry of Trade and ICT": a public body's name holding "and",
    which the NER cuts in two, is one name: two mentions joined by "and" whose second ends on a public body's word,
    or a body's name ("Ministry of …") followed by "and" and capitalised words that name nothing else."""
    bodies = load_lexicon().public_body_words | _BODY_ENDINGS
    joined: list[Mention] = []
    skip: set[int] = set()
    for i, mention in enumerate(mentions):
        if i in skip:
            continue
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        end = None
        if mention.entity.known:
            joined.append(mention)
            continue
        if after is not None and not after.entity.known and text[mention.end : after.start] == " and ":
            end = after.end if after.entity.label.split()[-1] in bodies else None
            skip.update({i + 1} if end is not None else set())
        elif mention.entity.label.split()[0] in bodies and (tail := _BODY_TAIL.match(text, mention.end)):
            end = tail.end() if after is None or after.start >= tail.end() else None
        span = doc.char_span(mention.start, end, alignment_mode="expand") if end is not None else None
        if span is None or end is None:
            joined.append(mention)
            continue
        name = clean_name(text[mention.start : end])
        entity = index.entity_for(name, "Organization")
        joined.append(Mention(entity, mention.start, end, span.start, span.end))
    return joined


_BODY_ENDINGS = frozenset({"Authority", "Council", "Committee", "Commission", "Institute", "Board"})
_BODY_TAIL = re.compile(r" and (?:[A-Z][\w&-]*)(?: [A-Z][\w&-]*)?(?=[\s,.;:)]|$)")


def inside(mention: Mention, other: Mention, text: str) -> bool:
    """Whether the mention lies within the other one's span, which is longer and lists no names."""
    within = other.start <= mention.start and mention.end <= other.end
    longer = other.end - other.start > mention.end - mention.start
    return within and longer and _LISTING_WORDS.search(text, other.start, other.end) is None


_LISTING_WORDS = re.compile(r",|\sand\s|\sor\s")


def joined_by_particles(mentions: list[Mention], doc: Doc, text: str, index: EntityIndex) -> list[Mention]:
    """ "Casa dos Pellos", "Banco do Tarn": two unknown names joined by a lower-case particle of names are one
    name; an unknown organisation's name followed by a part number ("Brill P800") or ending in a model number
    ("Vantor 384"), and an unknown place's name ending in a part number ("Osk K9"), names a product."""
    joined: list[Mention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        unknown = not mention.entity.known and last is not None and not last.entity.known
        if unknown and last is not None and _PARTICLE.fullmatch(text, last.end, mention.start):
            span = doc.char_span(last.start, mention.end, alignment_mode="expand")
            if span is not None:
                name = clean_name(text[last.start : mention.end])
                joined[-1] = Mention(
                    index.entity_for(name, last.entity.type), last.start, mention.end, span.start, span.end
                )
                continue
        joined.append(_as_product(mention, doc, text, index))
    return joined


def _as_product(mention: Mention, doc: Doc, text: str, index: EntityIndex) -> Mention:
    words = mention.entity.label.split()
    if (
        not mention.entity.known
        and mention.entity.type == "Region"
        and len(words) > 1
        and _PART_WORD.fullmatch(words[-1])
    ):
        # "Osk K9", taken for a place: no place's name ends in a part number
        product = index.entity_for(mention.entity.label, "Product")
        return Mention(product, mention.start, mention.end, mention.token_start, mention.token_end)
    if mention.entity.known or mention.entity.type != "Organization":
        return mention
    code = _CODE.match(text, mention.end)
    owned = text[mention.start : mention.end].endswith(("'s", "’s"))  # "Pell's K42": an owner, then a name
    coded = code is not None and index.named(code.group(1)) is None
    end = code.end() if code is not None and coded and not owned else mention.end
    numbered = _MODEL_NUMBER.search(mention.entity.label) is not None
    span = doc.char_span(mention.start, end, alignment_mode="expand")
    if (end == mention.end and not numbered) or span is None:
        return mention
    name = clean_name(text[mention.start : end])
    return Mention(index.entity_for(name, "Product"), mention.start, end, span.start, span.end)


# the lower-case words that join the parts of a name ("Casa dos Pellos", "Banco do Tarn", "Van der Berg")
_PARTICLE = re.compile(r" (?:dos|das|do|da|de|del|der|van|von|la|le|du) ")
_CODE = re.compile(rf" ({PRODUCT_CODE.pattern})\b")  # a part number right after the name
_PART_WORD = re.compile(r"[A-Z]{1,4}\d{1,4}[A-Za-z]{0,3}")  # "K9", "MI355X": a part number as a name's last word
_MODEL_NUMBER = re.compile(r" (?!(?:19|20)\d\d\b)\d{3,4}$")  # "Vantor 384", not "… 2025"


_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "vs", "with"}
)


def plain_english(label: str, english_words: frozenset[str]) -> bool:
    """Whether a label is made of words of the language only ("Sale Shares", "Main Board of the Stock Exchange")."""
    words = [w.lower() for w in label.split() if w.lower() not in FUNCTION_WORDS]
    return bool(words) and all(w in english_words or (w.endswith("s") and w[:-1] in english_words) for w in words)


FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "on", "in"})  # a name's small words, which say no name


def in_a_title_case_line(text: str, at: int) -> bool:
    """Whether the line holding character ``at`` is written in title case, as a headline is ("Tarn Ratings Upgrades
    Vessa to 'BB'"): every word of three or more but the small ones capitalised, in a line of four words or more."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = re.findall(r"[^\W\d_][\w'’.&-]*", text[start : end if end != -1 else len(text)])
    major = [w for w in words if w.lower() not in _SMALL_WORDS]
    return len(words) >= 4 and bool(major) and all(w[0].isupper() for w in major if len(w) >= 3)
