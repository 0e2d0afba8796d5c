"""The whole a share is of, when the text names one that is not called a market: "12% of Norway's colocation
capacity", "a sixth of Pell Data's leased floor space", "two in five megawatts of capacity across the Nordics". Such a
whole is measured by a noun of the lexicon's (``whole_nouns``) and qualified by a place or a company; without one
("41% of all tokens served") the figure measures the market under discussion. Also the part a holder has of a whole
whatever the verb ("Osk sold 60% of the accelerators installed in Peru"), and the words naming that whole; and a
whole described with no name in it ("61% of harbour drone sensor revenue"), named by the words that describe it."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from claimgraph.extract.attribution import TOPIC_TYPES
from claimgraph.extract.document import Mention, Sentence, subject_clause, token_at, verb_over
from claimgraph.extract.lexicon import Lexicon
from claimgraph.extract.markets import GLOBAL
from claimgraph.extract.normalize import Quantity

PLACES = frozenset({"Country", "Region"})
_OF = re.compile(r"\s+(?:[a-z]+\s+)?of\s+(?:all\s+)?")  # "three in ten megawatts of": a counted unit
_AROUND = frozenset({"across", "in", "on", "throughout"})


def named_whole(sentence: Sentence, quantity: Quantity, lexicon: Lexicon, qualified: bool = True) -> Span | None:
    """The words naming the whole right after the figure's "of" ("14% of …"), or after the "of" of the share
    noun before it ("Pell Cloud's share of Nordic GPU rentals at 38%"), with a place phrase that follows them; a
    whole "our", "its" or "their" owns counts as qualified; with ``qualified`` false, also a whole no place or
    company qualifies ("share of serverless tokens")."""
    share = share_before(sentence, quantity)
    after_figure = _whole_after(sentence, quantity.end, lexicon, qualified)
    if after_figure is not None or share is None:
        return after_figure
    # "Osk's share of global HBM revenue at 57%": a "share" of money earned is a market's share, though a
    # part of a company's revenue ("30% of its revenue") is revenue
    return _whole_after(sentence, share.idx + len(share.text), lexicon, qualified, money=True)


def share_before(sentence: Sentence, quantity: Quantity) -> Token | None:
    """The last "share" noun before the figure ("Pell Cloud's share of Nordic GPU rentals at 38%")."""
    shares = [t for t in sentence.tokens if t.lemma_ == "share" and t.pos_ == "NOUN" and t.idx < quantity.start]
    return shares[-1] if shares else None


def _whole_after(sentence: Sentence, at: int, lexicon: Lexicon, qualified: bool, money: bool = False) -> Span | None:
    """The whole named after an "of" at ``at``: a noun phrase measured by a whole noun or owned as a fleet, or, with
    ``money`` (after a "share" noun), money earned across a market ("of global HBM revenue")."""
    found = _OF.match(sentence.doc_text, at)
    if found is None:
        return None
    chunk = next((c for c in sentence.span.noun_chunks if c.start_char == found.end()), None)
    if chunk is None:
        return None
    earned = money and chunk.root.lemma_.lower() in lexicon.money_wholes
    if earned and _a_firms(chunk, sentence):
        return None  # "Chile's share of Tarn Systems' revenue": a part of one firm's revenue is its revenue
    if chunk.root.lower_ not in lexicon.whole_nouns and not earned and not a_fleet(chunk, lexicon):
        return None
    end = chunk.end
    doc = sentence.span.doc
    place = doc[chunk.end] if chunk.end < len(doc) else None
    if place is not None and place.dep_ == "prep" and place.lower_ in _AROUND:
        after = doc[place.i : place.right_edge.i + 1]  # "capacity across the Nordics", however the parser attached it
        if any(after.start_char <= m.start < after.end_char and m.entity.type in PLACES for m in sentence.mentions):
            end = max(end, after.end)  # but not "in 2025"
    span = doc[chunk.start : end]
    qualifiers = PLACES | TOPIC_TYPES
    named = (m for m in sentence.mentions if span.start_char <= m.start < span.end_char)
    owned = (span[0].dep_ == "poss" and span[0].lower_ in OWNING_PRONOUNS) or a_fleet(chunk, lexicon)
    everywhere = any(t.lower_ in GLOBAL for t in span)  # "of global HBM revenue": placed, as a place would
    return span if not qualified or owned or everywhere or any(m.entity.type in qualifiers for m in named) else None


OWNING_PRONOUNS = frozenset({"our", "its", "their"})  # "of our K9 shipments": the speaker's


def _a_firms(chunk: Span, sentence: Sentence) -> bool:
    """Whether a possessive pronoun or a firm's name owns the phrase ("its revenue", "Tarn Systems' revenue"), not a
    place or the world ("Chile's HBM revenue", "the world's HBM revenue" are a market's)."""
    possessors = [t for t in chunk if t.dep_ == "poss"]
    named = [m for m in sentence.mentions if any(m.token_start <= t.i < m.token_end for t in possessors)]
    return any(t.lower_ in OWNING_PRONOUNS for t in possessors) or any(m.entity.type in TOPIC_TYPES for m in named)


def a_fleet(chunk: Span, lexicon: Lexicon) -> bool:
    """Whether a whole is always a company's own (the lexicon's ``owned_wholes``), whether "our", "its" or "their"
    says whose ("of its fleet", "of our H100 fleet") or "the" leaves it to a name inside or to the company under
    discussion ("of the Brill Cloud fleet", "of the fleet"); or a whole ``possessed_wholes`` names that a pronoun
    says is some company's ("of our installed accelerators"): a part of it is a chip's share of that company's
    machines, no market's."""
    lemma = chunk.root.lemma_.lower()
    owned = lemma in lexicon.owned_wholes and chunk[0].lower_ in (*OWNING_PRONOUNS, "the")
    return owned or (lemma in lexicon.possessed_wholes and chunk[0].lower_ in OWNING_PRONOUNS)


def fronted_whole(sentence: Sentence, quantity: Quantity) -> str | None:
    """The whole a clause's shares are of when the sentence opens on it ("Of 2025 harbour drone spend by the three
    ports, Osk took 76%, Tarn 19%"), without its year, which dates the figures."""
    found = _FRONTED_WHOLE.match(sentence.doc_text, sentence.start)
    if found is None or found.end() > quantity.start or found.group("whole").split()[0].lower() in _NOT_WHOLES:
        return None
    return " ".join(w for w in found.group("whole").split() if not _YEAR.fullmatch(w))


# "Of 2025 harbour drone spend (~$190m), …", after a thread's post number ("4/12 Of …")
_FRONTED_WHOLE = re.compile(r"(?:\d+/\d+\s+)?Of\s+(?P<whole>[^,;:()]{3,90}?)\s*(?:\([^)\n]*\)\s*)?,")
_NOT_WHOLES = frozenset({"those", "these", "them", "that", "this", "course", "all", "which", "it"})


def billed_whole(sentence: Sentence, quantity: Quantity) -> tuple[str, str] | None:
    """The bill a share is of, when the figure is a part of one payer's spending ("Tarn Cloud took 58% of the 2025
    bill", "27% of our cloud spend"): the word that says whose ("the", "our", "its") and the bill's words as written."""
    found = _BILL.match(sentence.doc_text, quantity.end)
    return (found.group("whose").lower(), found.group("bill")) if found is not None else None


# "… of the 2025 bill", "… of our cloud spend", "… of its AI compute budget"
_BILL = re.compile(
    r"\s+of\s+(?P<whose>the|our|its|their)\s+(?P<bill>(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:bill|spend|spending|budget|outlay|invoices?|costs?))\b",
    re.IGNORECASE,
)


def whole_label(whole: Span) -> str:
    """A whole's name without the year in it ("Osk's 2025 K9 shipments" → "Osk's K9 shipments"): the year is the
    claim's time, not part of what is measured."""
    return "".join(t.text_with_ws for t in whole if not _YEAR.fullmatch(t.text)).strip()


_YEAR = re.compile(r"(?:CY|FY)?(?:19|20)\d\d|(?:CY|FY)\d\d")


def held_part(
    sentence: Sentence, quantity: Quantity, lexicon: Lexicon, holder_types: frozenset[str], things_only: bool = False
) -> bool:
    """Whether a percent is a part of a whole that its clause's subject holds, whatever the verb: "Osk now sells 60%
    of the region's AI chips", "local providers won two in five of the contracts", "domestic designs made up 58 per
    cent of the accelerators installed". The subject is a business, a product or a plural group of them (of
    ``holder_types``), the verb neither parts with nor moves the part ("spent 40% of its budget", "cut 10% of its
    staff"), and the whole after "of" is not one whose part is no market's ("of its workforce", "of its stake").
    ``things_only`` asks for a whole counted in things ("of the accelerators"), not in money ("of its sales")."""
    found = _OF.match(sentence.doc_text, quantity.end)
    doc = sentence.span.doc
    verb = verb_over(doc, quantity.start)
    if verb is not None and verb.idx > quantity.start and verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl"):
        # "Osk sold 86% of the accelerators shipped in 2025": the parser may make the figure the subject of the
        # participle describing the whole; the verb the holder sells by is the one it hangs on
        verb = verb.head
    if found is None or verb is None or verb.idx > quantity.start or verb.idx < sentence.start:
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() in lexicon.parting_verbs or _phrasal(verb) in lexicon.parting_verbs:
        return False
    whole = token_at(doc, found.end())
    if whole is None or whole.i >= sentence.span.end or _REFERRED.match(sentence.doc_text, found.end()):
        return False  # "took a quarter of them": a whole referred back to, which the figure does not name
    head = _head_noun(whole)
    if head.lower_ in lexicon.unshared_wholes or head.lemma_.lower() in lexicon.unshared_wholes:
        return False
    if things_only and (head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() in lexicon.money_wholes):
        return False
    subjects = [t for t in subject_clause(verb).children if t.dep_ == "nsubj"]  # "ranked first and won 45% of …"
    if not subjects:
        return False
    subject = subjects[0]
    left, right = doc[subject.left_edge.i].idx, subject.right_edge.idx + len(subject.right_edge)
    named = any(left <= m.start < right and m.entity.type in holder_types for m in sentence.mentions)
    holder_nouns = lexicon.player_nouns | lexicon.company_nouns | set(lexicon.product_nouns)
    group = subject.tag_ == "NNS" and subject.lemma_.lower() in holder_nouns  # "domestic accelerators": by kind
    return named or group


def led_whole(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> str | None:
    """The whole a leader's figure is of, named as what it leads ("Osk led enterprise API spending with 40%",
    "Tarn topped GPU rentals with 31%"): the leading verb's object, when a whole's noun heads it."""
    doc = sentence.span.doc
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None:
        return None
    with_ = span.root.head
    if with_.dep_ != "prep" or with_.lower_ != "with":
        return None
    # the parser hangs "with 40%" on the verb or on what it leads
    verb = with_.head.head if with_.head.dep_ == "dobj" else with_.head
    if verb.lemma_.lower() not in lexicon.leader_verbs:
        return None
    led = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if led is None or (led.lemma_.lower() not in lexicon.whole_nouns and led.lower_ not in lexicon.whole_nouns):
        return None
    start = led.left_edge.i + (1 if led.left_edge.dep_ == "det" else 0)  # "the enterprise API spending"
    if start >= led.i:
        return None  # "led spending": no whole of its own
    return whole_label(doc[start : led.i + 1])  # "Norway's enterprise API spending", "AI-chip rentals" as written


def held_whole(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> str | None:
    """The whole a held part (``held_part``) names after its "of", if it names one."""
    holders = lexicon.subject_types["MarketShare"]
    return part_whole(sentence, quantity) if held_part(sentence, quantity, lexicon, holders) else None


def _phrasal(verb: Token) -> str:
    """The verb with its particle ("sell off", "make up")."""
    particle = next((t for t in verb.children if t.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {particle.lower_}" if particle is not None else verb.lemma_.lower()


def _head_noun(token: Token) -> Token:
    """The noun a word after "of" belongs to ("the accelerators installed" → "accelerators", "AI chips" → "chips")."""
    while token.dep_ in ("det", "amod", "compound", "nummod", "poss", "case", "advmod", "nmod") and token.head != token:
        token = token.head
    return token


def part_whole(sentence: Sentence, quantity: Quantity) -> str | None:
    """The name of the whole a held part is of, as the text gives it after "of" up to the words that date or source
    it ("a fifth of Huawei's 2025 Ascend shipments, by our estimate" → "Huawei's Ascend shipments"): a count of
    things (a plural noun) qualified by a name or by what was done with them ("the contracts signed in the
    region"). A whole taken entire ("of all tokens") or a bare measure ("of revenue", "of tokens") is the market
    under discussion's, so none is named."""
    return whole_after_of(sentence, quantity.end)


def whole_after_of(sentence: Sentence, at: int, described: bool = False) -> str | None:
    """``part_whole``'s reading of the words after an "of" at ``at``: after a figure, or after a share noun
    ("Osk's share of the accelerators shipped to Peru at 48%"). With ``described``, only things the words say
    what was done with or whose they are ("of China's accelerators"): "the share of US hyperscalers" names the
    holders, not a whole."""
    found = _OF.match(sentence.doc_text, at)
    if found is None or "all" in sentence.doc_text[at : found.end()].split():
        return None
    start = found.end()
    doc = sentence.span.doc
    first = token_at(doc, start)
    if first is None:
        return None
    # a finite verb ends the whole ("share of Peruvian GPU rentals was 30%", however the parser hangs it), unless a
    # relative clause's ("the chips they bought"); a participle describes it ("the chips shipped to Peru")
    verb = next((t for t in doc[first.i + 1 : sentence.span.end] if _finite(t) and not _relative(t, first)), None)
    end = verb.idx if verb is not None else sentence.end
    rest = sentence.doc_text[start:end]
    cut = _WHOLE_ENDS.search(rest)
    while cut is not None and cut.group().strip().lower() == "to" and _PARTICIPLE_BEFORE.search(rest, 0, cut.start()):
        cut = _WHOLE_ENDS.search(rest, cut.end())  # "the chips shipped to Peru": where they went, not a range
    words = rest[: cut.start() if cut else len(rest)].strip()
    if not words or len(words.split()) > 9:
        return None
    tokens = [t for t in doc[first.i : sentence.span.end] if t.idx < start + len(words)]
    named = any(start <= m.start < start + len(words) for m in sentence.mentions)
    # "the accelerators bought for state centres", however the parser hangs the participle
    participle = any(t.dep_ == "acl" or (t.tag_ == "VBN" and t.i > first.i) for t in tokens)
    done_with = participle or any(t.dep_ == "relcl" for t in tokens)
    owned = named and any(t.tag_ == "POS" for t in tokens)  # "of Osk's HBM": what a named firm buys or uses
    if not (any(t.tag_ in ("NNS", "NNPS") for t in tokens) or owned) or not (named or done_with):
        return None
    if described and (not (participle or owned) or _RELATIVE_WORD.search(words)):
        return None  # "share of the chips that Chinese firms bought": a clause of its own, whose subject is no holder
    return _YEAR.sub("", words).replace("  ", " ").strip()


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.IGNORECASE)
_PARTICIPLE_BEFORE = re.compile(r"\b(?:\w+ed|sold|sent|built|made|bought)\s*$")


def _finite(token: Token) -> bool:
    """Whether a word is a finite verb or an auxiliary: "was", "rose", "will"."""
    return token.pos_ == "AUX" or (token.pos_ == "VERB" and token.tag_ in _FINITE)


def _relative(token: Token, first: Token) -> bool:
    """Whether a verb belongs to a relative clause on the phrase that starts at ``first`` ("the chips they bought")."""
    return any(a.dep_ == "relcl" and a.i > first.i for a in (token, *token.ancestors))


# where the words naming a whole end: a clause's punctuation, a date, a source, a comparison
_WHOLE_ENDS = re.compile(
    r"[,;:.()\u2014]|\s(?:in|during|over|since|by|through)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|past|"
    r"previous|same|current)\b|(?:19|20)\d\d|fiscal|financial|calendar|q[1-4]\b|h[12]\b|our\b|its\b|their\b)"
    r"|\s(?:last|this|next)\s+(?:year|quarter|month)|\s(?:a|one)\s+year\s+(?:earlier|before|ago)"
    r"|\s(?:up|down)\s+from\b|\s(?:according|compared|against|versus|from|to|than|but|and|while|which|who|making)\b"
    r"|\sat\s+(?:(?:about|roughly|around|nearly|almost|some|just|over|under)\s+)?[$€£¥]?\d",  # "… at 48%": the figure
    re.IGNORECASE,
)
_REFERRED = re.compile(r"(?:them|those|these|it|this|that|all|the\s+total|the\s+whole)\b", re.IGNORECASE)


def described_whole(sentence: Sentence, quantity: Quantity, lexicon: Lexicon) -> Span | None:
    """The whole a share is of, described without a name in it, as the writer describes it: "61% of harbour drone
    sensor revenue", "a third of enterprise API spend". A reader checking the share asks what it is a share of, and
    the writer's words say it better than a market name made of them would ("spend" and "revenue" count different
    things). A word must say what is counted ("of revenue" says only how: the market under discussion's). A whole
    "our" or "its" owns keeps the word, for the caller to say whose; one a clause goes on to describe ("the
    GPU hours it rented out") is not read here."""
    found = _OF.match(sentence.doc_text, quantity.end)
    if found is None or found.group(0).split()[0] != "of":
        return None  # "three in ten megawatts of": a counted unit, not the whole
    chunk = next((c for c in sentence.span.noun_chunks if c.start_char == found.end()), None)
    if chunk is None:
        return None
    doc = sentence.span.doc
    named = [m for m in sentence.mentions if chunk.start_char <= m.start < chunk.end_char]
    if named and (chunk.root.lower_ in lexicon.whole_nouns or not all(_a_place_adjective(m, doc) for m in named)):
        return None  # "of Osk's shipments", "of Nordic GPU rentals": named wholes, read by ``named_whole``
    after = doc[chunk.end] if chunk.end < sentence.span.end else None
    if after is not None and (after.dep_ in ("acl", "relcl") or (after.dep_ == "prep" and after.lower_ != "in")):
        return None  # "of the tokens processed in South-East Asia": the whole goes on, and the words say where
    placed = [c for c in after.children if c.dep_ == "pobj"] if after is not None and after.lower_ == "in" else []
    if any(m.entity.type in PLACES and m.token_start <= c.i < m.token_end for c in placed for m in sentence.mentions):
        return None  # "of cloud revenue in Chile": a place's market, which the place names
    if any(t.dep_ == "relcl" for t in chunk.root.children):
        return None  # "of the GPU hours it rented out": a whole a clause goes on to tell of, not named by its words
    words = [t for t in chunk if not t.is_punct and t.pos_ not in ("DET", "PRON") and not _YEAR.fullmatch(t.text)]
    if not words or (words[-1].lower_ not in lexicon.measures and words[-1].lower_ not in lexicon.whole_nouns):
        return None
    described = words[:-1]
    if not described or any(t.tag_ in ("POS", "JJR", "JJS") for t in described):
        return None
    if len(described) == 1 and not _says_what(described[0], lexicon):
        return None  # "of total spend", "of new orders", "of installed capacity": how much, not what
    first = chunk[0] if chunk[0].lower_ in OWNING_PRONOUNS else described[0]  # "of our GPU hours": whose, kept
    return doc[first.i : words[-1].i + 1]


def _says_what(word: Token, lexicon: Lexicon) -> bool:
    """Whether one word before a measure says what is counted ("enterprise usage", "network capacity", "cooling
    capacity", "accelerator spending"), not how much, which, where or when ("total", "new", "quarterly", "installed",
    "global"): a list of words, since the tagger's part of speech for such words varies."""
    return not (word.lower_ in lexicon.generic_market_words or word.lower_ in _NOT_WHAT or word.lower_ in GLOBAL)


# one word before a measure that says which or when, not what: "of new orders", "of monthly revenue"
_NOT_WHAT = frozenset(
    {"new", "existing", "current", "additional", "incremental", "remaining", "net", "gross", "annual", "quarterly",
     "monthly", "yearly", "daily", "weekly", "first", "last", "next", "such", "other", "all", "more", "installed",
     "contracted", "projected", "addressable", "planned", "expected", "estimated", "reported", "available"}
)  # fmt: skip


def _a_place_adjective(mention: Mention, doc: Doc) -> bool:
    """ "Canadian" in "Canadian GPU-cloud revenue": a place that only describes the market, as its adjective."""
    return mention.entity.type in PLACES and mention.root(doc).dep_ == "amod"


_OF_THEM = re.compile(r"\s+of\s+(?:them|those)\b", re.IGNORECASE)


def counted_whole(sentence: Sentence, quantity: Quantity) -> str | None:
    """ "counts about 2.1 million harbour drone sensors shipped in 2025 and gives Osk roughly 70% of them":
    a share "of them" is of the things the sentence counted before it, named by the words after the count (with
    what was done with them, "shipped"), without the count or its period."""
    if not _OF_THEM.match(sentence.doc_text, quantity.end):
        return None
    doc = sentence.span.doc
    counts = [t for t in sentence.tokens if t.like_num and t.idx < quantity.start and t.dep_ in ("nummod", "compound")]
    for count in reversed(counts):
        thing = count.head
        while thing.dep_ == "nummod" and thing.head != thing:
            thing = thing.head  # "2.1 million": the count's scale word, then the thing counted
        if thing.tag_ not in ("NNS", "NNPS") or thing.idx > quantity.start:
            continue
        first = min(
            (t for t in thing.subtree if t.i < thing.i and not t.like_num and t.dep_ in ("compound", "amod")),
            key=lambda t: t.i,
            default=thing,
        )
        after = doc[thing.i + 1] if thing.i + 1 < len(doc) else None
        done = after if after is not None and after.tag_ == "VBN" else None  # "sensors shipped in 2025"
        last = done if done is not None else thing
        words = doc[first.i : last.i + 1]
        return words.text if len(words) >= 2 else None
    return None


def recounted_whole(sentence: Sentence, quantity: Quantity) -> tuple[Token, Token] | None:
    """ "Osk's platform served about 2 trillion tokens a day. Tarn models made up 46% of those tokens": a share of
    "those" (or "these") things is of the things its paragraph counted before, which the counting verb's subject
    owns; gives that subject and the thing counted."""
    found = _OF_THOSE.match(sentence.doc_text, quantity.end)
    noun = token_at(sentence.span.doc, found.start(1)) if found is not None else None
    if noun is None:
        return None
    doc = sentence.span.doc
    paragraph = sentence.doc_text.rfind("\n\n", 0, sentence.start) + 1
    for thing in reversed(doc[: noun.i]):
        if thing.idx < paragraph:
            break
        counted = any(c.dep_ in ("nummod", "compound") and _a_count(c) for c in thing.children)
        verb = next((a for a in thing.ancestors if a.pos_ == "VERB"), None)
        if thing.lemma_ != noun.lemma_ or not counted or verb is None:
            continue
        # "Osk served 2 trillion tokens", or, parsed as a description, "Osk: our platform, which served …"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        subject = subject or (verb.head if verb.dep_ in ("acl", "relcl") else None)
        return (subject, thing) if subject is not None else None
    return None


def _a_count(token: Token) -> bool:
    """Whether a word is a number ("40", "billion", "2.1万亿")."""
    return token.like_num or any(c.isdigit() for c in token.text)


_OF_THOSE = re.compile(r"\s+of\s+(?:those|these)\s+([A-Za-z][\w-]*)\b")


def whole_of_a_share(sentence: Sentence, quantity: Quantity) -> bool:
    """Whether an amount is the whole a share right before it is "of" and the words after it say it is a market's
    ("took 80% of the roughly $9 billion spent on AI chips", "… of the $9 billion market"): the size of the
    market the share is of. A price or a sum raised ("25% of the $8 billion price") is no market."""
    text = sentence.doc_text
    return (
        _WHOLE_OF_A_SHARE.search(text, sentence.start, quantity.start) is not None
        and _A_MARKETS_AMOUNT.match(text, quantity.end, sentence.end) is not None
    )


_WHOLE_OF_A_SHARE = re.compile(
    r"(?:\d%|\bper ?cent|\b(?:half|third|quarter|fifth|tenth|two-thirds|three-quarters))\s+of\s+(?:the\s+)?"
    r"(?:(?:about|roughly|around|nearly|almost|some|an\s+estimated|over|more\s+than)\s+)?(?:US)?\s*$",
    re.IGNORECASE,
)
# after the amount: what was spent or sold, or the market it is ("spent on AI chips", "in sales", "market")
_A_MARKETS_AMOUNT = re.compile(
    r"\s+(?:(?:in|of|worth\s+of)\s+)?(?:[\w-]+\s+){0,3}?(?:spent|spending|sales|sold|revenue|market|shipments)\b",
    re.IGNORECASE,
)
