"""Things named by a phrase rather than a proper name: markets ("China's AI public cloud market", "worldwide
spending on cloud infrastructure services"), groups ("Korean clouds", "European hyperscalers") and policies ("new
chip export curbs"), each found in the doc's noun chunks by the words of ``patterns/claims.json``."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from claimgraph.extract.document import EntityIndex, Mention, clean_name, tokens_with
from claimgraph.extract.lexicon import load_lexicon
from claimgraph.extract.places import is_country

DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "whose", "his", "her"}
_SPENDING_WORDS = re.compile(r"\b(?:spen[dt]\w*|expenditures?|outlays?)\b", re.IGNORECASE)


def policy_mentions(doc: Doc, chunks: list[Span], index: EntityIndex, mentions: list[Mention]) -> Iterable[Mention]:
    """ "EU export rules", "new chip curbs": a noun phrase of a sanction word modified by a trade word names a
    policy, the gazetteer's where it knows the name."""
    words_of = load_lexicon().discovery
    for chunk in chunks:
        if chunk.root.lower_ not in words_of.policy_heads:
            continue
        words = [t for t in chunk if t.lower_ not in DETERMINERS and not t.is_punct]
        traded = _traded_goods(chunk.root)  # "a new rule on AI accelerators"
        modified = any(t.lower_ in words_of.policy_modifiers for t in words[:-1]) or _by_a_public_body(words, mentions)
        if traded is None and (len(words) < 2 or not modified):
            continue
        if not words:
            continue
        span = doc[words[0].i : traded.i + 1 if traded is not None else chunk.end]
        if any(m.entity.type == "Policy" and span.start_char <= m.start < span.end_char for m in mentions):
            continue  # "the new chip export controls": the gazetteer's policy, already named
        product = _product_governed(chunk.root, mentions) if traded is None else None
        if product is not None:
            # "the licence requirement imposed on Osk's K9": the K9 licence requirement
            words_said = _POSSESSIVE.sub("", span.text)
            label = clean_name(f"{product.entity.label} {words_said}")
            yield Mention(index.entity_for(label, "Policy"), span.start_char, span.end_char, span.start, span.end)
            continue
        yield _phrase_mention(span, index, "Policy")


_POSSESSIVE = re.compile(r"[’']s\b")


def _by_a_public_body(words: list[Token], mentions: list[Mention]) -> bool:
    """Whether a public body's name qualifies the noun ("Trade Bureau guidance", "the Commerce Department's rule")."""
    lexicon = load_lexicon()
    return any(
        m.token_start <= word.i < m.token_end and lexicon.names_a_public_body(m.entity.label)
        for word in words[:-1]
        for m in mentions
    )


def _product_governed(rule: Token, mentions: list[Mention]) -> Mention | None:
    """The named product a rule is on or for, directly or through a participle ("the licence requirement on the
    K9", "… imposed on Osk's K9", "a licence requirement for K9 exports")."""
    heads = [rule, *(c for c in rule.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "for", "covering")):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                for token in noun.subtree:
                    named = next((m for m in mentions if m.token_start <= token.i < m.token_end), None)
                    if named is not None and named.entity.type in ("Product", "Model"):
                        return named
    return None


def _traded_goods(rule: Token) -> Token | None:
    """The goods a rule is "on" ("curbs on AI chips", "a rule on AI accelerators"), when they
    are goods a trade rule governs: a product noun or a trade word."""
    lexicon = load_lexicon()
    goods = lexicon.discovery.policy_modifiers
    # "eased the curbs on exports of …": the parser may hang the "on" on the verb the rule is the object of
    after = [c for c in rule.head.children if c.i == rule.i + 1] if rule.dep_ == "dobj" else []
    for prep in (
        c for c in (*rule.children, *after) if c.dep_ == "prep" and c.lower_ in ("on", "over", "covering", "for")
    ):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if noun.text in lexicon.product_nouns or noun.lower_ in goods:
                return noun
            if noun.lower_ in TRADE_NOUNS:  # "curbs on exports of K9 chips": the goods the trade is in
                of = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
                traded = next((g for g in of if g.dep_ == "pobj" and g.text in lexicon.product_nouns), None)
                if traded is not None:
                    return traded
    return None


# the nouns of a trade in goods: "curbs on exports of …", "exports of Osk's K9" (whose seller it is)
TRADE_NOUNS = frozenset({"sales", "exports", "shipments", "imports", "deliveries", "sale", "export", "shipment"})


def ranked_groups(doc: Doc, text: str, index: EntityIndex) -> Iterable[Mention]:
    """ "The top four together held 81%", "the top five providers": the leaders of a ranking, as one group that
    a share can be held by (named "top three providers" unless the text names their kind)."""
    lexicon = load_lexicon()
    players = {*lexicon.company_nouns, *lexicon.player_nouns}
    for found in _TOP.finditer(text):
        noun = (found.group("noun") or "").lower()
        named = noun in players or noun.removesuffix("s") in players
        end = found.end() if named else found.end("n")
        span = doc.char_span(found.start("top"), end, alignment_mode="expand")
        if span is None:
            continue
        label = f"top {found.group('n').lower()} {noun if named else 'providers'}"
        yield Mention(index.entity_for(label, "Group"), span.start_char, span.end_char, span.start, span.end)


_TOP = re.compile(
    r"\b[Tt]he\s+(?P<top>top)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])\b(?:\s+(?P<noun>[a-z-]+))?"
)


def group_mentions(doc: Doc, chunks: list[Span], index: EntityIndex) -> Iterable[Mention]:
    """ "Korean clouds", "European hyperscalers", "domestic chipmakers": an origin word and a plural actor noun name a
    group that claims can be about, the gazetteer's where it knows the name."""
    words_of = load_lexicon().discovery
    for chunk in chunks:
        words = [
            t
            for t in chunk
            if t.lower_ not in DETERMINERS
            and not t.is_punct
            and not t.like_num  # "three American companies"
            and t.lower_ not in words_of.group_qualifiers
        ]
        if len(words) < 2 or words[-1].lower_ not in words_of.actor_nouns:
            continue
        first = words[0].lower_
        if first in words_of.origin_adverbs and len(words) == 3 and words[1].tag_ == "VBN":
            # "domestically produced accelerators": the group of domestic accelerators
            label = f"{words_of.origin_adverbs[first]} {words[-1].lower_}"
            span = doc[words[0].i : chunk.end]
            yield Mention(index.entity_for(label, "Group"), span.start_char, span.end_char, span.start, span.end)
        elif first in words_of.origins or first in words_of.group_kinds or _made_in_an_origin(chunk, words_of.origins):
            yield _phrase_mention(doc[words[0].i : chunk.end], index, "Group")


# "U.S.-designed accelerators", "Peru-made chips", "Korean-owned clouds": an origin joined to a participle of making
# or owning, however the tokenizer split the hyphen
_MADE_IN = re.compile(
    r"(?:the\s+)?(?P<origin>[A-Za-z.]+)\s?-\s?(?:designed|made|built|developed|produced|owned|based)\s"
)


def _made_in_an_origin(chunk: Span, origins: frozenset[str]) -> bool:
    """Whether a noun phrase opens on goods an origin made or owns ("Peru-made chips"): a group of them."""
    found = _MADE_IN.match(chunk.text)
    origin = found.group("origin") if found is not None else ""
    return found is not None and (origin.lower() in origins or is_country(origin))


def market_mentions(doc: Doc, chunks: list[Span], text: str, index: EntityIndex) -> Iterable[Mention]:
    yield from _spending_markets(doc, text, index)
    yield from _sized_markets(doc, text, index)
    yield from _markets_by_their_size(doc, index)
    yield from _markets_a_report_tracks(doc, text, index)
    yield from _traded_in_a_place(doc, chunks, index)
    yield from _players_in_a_place(doc, chunks, index)
    for chunk, root in [*((c, c.root) for c in chunks), *_unchunked_markets(doc, chunks)]:
        if root.lemma_.lower() not in _MARKET_NOUNS or _qualifies_a_noun(root):
            continue
        if root.lemma_.lower() != "market" and root.tag_ != "NN":  # "regulated industries": many, none a market
            continue
        phrase = doc[min(chunk.start, root.left_edge.i) : chunk.end]  # "Nordic data centre colocation market"
        scope = _market_scope(root)
        if scope is not None:  # "Japan's market for industrial robot arms": the Japan industrial robot arms market
            before = [
                t for t in phrase[:-1] if t.lower_ not in DETERMINERS and not t.is_punct and not _a_figures_word(t)
            ]
            owned = " ".join(re.sub(r"[’']s$", "", t.text) for t in before if t.tag_ != "POS")
            start = before[0].i if before else root.i
            described = _described_by_a_participle(scope)
            if described is not None:  # "market for rack space leased to model labs": kept as written
                label = f"{owned} {root.lemma_.lower()} for {text[scope.left_edge.idx : described.end_char]}"
                entity = index.entity_for(clean_name(label.strip()), "Market")
                yield Mention(entity, doc[start].idx, described.end_char, start, described.end)
                continue
            label = f"{owned} {text[scope.left_edge.idx : scope.idx]}{_as_adjunct(scope)}".strip()
            entity = index.entity_for(clean_name(f"{label} {root.lemma_.lower()}"), "Market")
            yield Mention(entity, doc[start].idx, scope.idx + len(scope.text), start, scope.i + 1)
            continue
        ranking = {t for a in root.children if a.dep_ == "amod" and _ranks(a) for t in a.subtree}
        words = [t for t in phrase if t.lower_ not in DETERMINERS and not t.is_punct and t not in ranking]
        words = [t for t in words if not _a_figures_word(t)]  # "a $50 billion market": its size, not its name
        generic = load_lexicon().generic_market_words
        if len(words) < 2 or all(t.lower_ in generic or t.tag_ in ("JJR", "JJS") for t in words[:-1]):
            continue  # "the market", "the total market", "its narrower market": an anaphor, resolved by the context
        if ranking and all(t.lower_ in ("country", "national", "regional", "single") for t in words[:-1]):
            continue  # "the fastest-growing national market": a rank said of a place, no market's name
        place = _placed_in(root) if chunk.end == root.i + 1 else None
        if place is not None:  # "the enterprise chatbot market in Japan": the Japan enterprise chatbot market
            label = re.sub(r"[’']s\b", "", f"{place.text} {doc[words[0].i : chunk.end].text}")
            entity = index.entity_for(clean_name(label), "Market")
            yield Mention(entity, words[0].idx, place.end_char, words[0].i, place.end)
            continue
        yield _phrase_mention(doc[words[0].i : chunk.end], index, "Market")


# "the core AI industry", "the intelligent computing sector": a field of business with a size and shares, as a market
_MARKET_NOUNS = frozenset({"market", "industry", "sector"})


def _sized_markets(doc: Doc, text: str, index: EntityIndex) -> Iterable[Mention]:
    """ "We size European GPU-as-a-service at $4.1 billion", "Tarn values Baltic GPU rentals at $2 billion": what a
    firm sizes or values at a sum of money is a market, whatever noun names it (one naming a market noun is read
    by the chunk reader)."""
    for match in _SIZED_AT.finditer(text):
        words = match.group("what").split()
        if words[0].lower() in DETERMINERS:
            words = words[1:]
        span = doc.char_span(match.start("what"), match.end("what"), alignment_mode="expand")
        if span is None or len(words) < 2 or words[-1].lower() in _NOT_SIZED_MARKETS:
            continue  # "sizes the segment at …", "values it at …": the market under discussion, an anaphor
        if not _MARKET_NOUNS.isdisjoint(w.lower() for w in words):
            continue  # "sizes the 2025 market for AI chips at …": a market noun's phrase, the chunk reader's
        if any(t.ent_type_ in ("ORG", "PERSON") or t.tag_ in _OWNERS for t in span):
            continue  # "values Tarn's cloud arm at …": a company or what it owns, no market
        entity = index.entity_for(clean_name(" ".join([*words, "market"])), "Market")
        yield Mention(entity, span.start_char, span.end_char, span.start, span.end)


def _markets_by_their_size(doc: Doc, index: EntityIndex) -> Iterable[Mention]:
    """ "Hosted robotics APIs were a $1 billion market", "telerobotics was a $9 billion market", "harbour drone
    sensors, a $3 billion market, …": what a sized market noun is said of, or stands beside, is that market, named by
    its words (a company, a pronoun, or a noun referring back, "the segment", names none)."""
    for market in tokens_with(doc, LEMMA={"market"}, DEP={"attr", "appos"}):
        if not any(_a_figures_word(t) for t in market.children):
            continue
        said_of = [market.head] if market.dep_ == "appos" else [c for c in market.head.children if c.dep_ == "nsubj"]
        named = said_of[0] if said_of else None
        if named is None or not (named.pos_ == "NOUN" or (named.is_sent_start and named.n_lefts == 0)):
            continue  # a name; but "Inference was a … market" opens its sentence, capitalised, taken for one
        span = doc[named.left_edge.i : named.i + 1]
        words = [t for t in span if t.lower_ not in DETERMINERS]
        if words[-1].lower_ in _NOT_SIZED_MARKETS | load_lexicon().company_nouns:
            continue  # "the segment was a $2 billion market", "the unit is a …": an anaphor, no name
        if any((t.ent_type_ in ("ORG", "PERSON") and t.tag_.startswith("NNP")) or t.tag_ in _OWNERS for t in span):
            continue
        label = " ".join([*(t.text for t in words[:-1]), _one_of(named), "market"])
        yield Mention(
            index.entity_for(clean_name(label), "Market"), span.start_char, span.end_char, span.start, span.end
        )


_OWNERS = frozenset({"PRP", "PRP$", "POS"})


def _one_of(noun: Token) -> str:
    """A plural noun in the singular, as a market's name writes it ("APIs" → "API", "batteries" → "battery"); a
    field named in "-ics" ("robotics") is no plural."""
    if noun.tag_ != "NNS" or noun.lower_.endswith(("ics", "ss")):
        return noun.text
    if _ACRONYMS.fullmatch(noun.text):
        return noun.text[:-1]
    return noun.lemma_ if noun.text.islower() else noun.text


_ACRONYMS = re.compile(r"[A-Z][A-Z0-9]+s")


# a market noun (the chunk reader's), an anaphor, or what a company earns: no new market's name
_NOT_SIZED_MARKETS = _MARKET_NOUNS | {"segment", "it", "them", "revenue", "revenues", "sales", "business", "company"}
_SIZED_AT = re.compile(
    r"\b(?:size[sd]?|sizing|value[sd]?|valuing)\s+(?P<what>(?:[\w’'-]+\s+){0,6}?[\w’'-]+)\s+at\s+"
    r"(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|~\s*)?(?:US|RMB\s*|EUR\s*)?[$€£¥\d]"
)


def _a_figures_word(token: Token) -> bool:
    """ "an estimated $4 billion market": the size's words, and the hedge on it, name no market."""
    if token.dep_ in ("advmod", "quantmod") and token.head != token and _a_figures_word(token.head):
        return True
    return token.like_num or token.tag_ == "$" or token.lower_ in ("million", "billion", "trillion", "bn", "m")


def _unchunked_markets(doc: Doc, chunks: list[Span]) -> list[tuple[Span, Token]]:
    """ "the robot-as-a-service market", "the Andean AI cloud market scale": a market noun the parser left out of
    every noun chunk as a root (a hyphenated compound parsed as a phrase of its own; a market qualifying its
    size), with the words its phrase opens on."""
    rooted = {chunk.root.i for chunk in chunks}
    found = []
    for token in tokens_with(doc, LEMMA={"market", "Market"}, POS={"NOUN"}):  # not a Token made for every word
        if token.i in rooted:
            continue
        span = doc[token.left_edge.i : token.i + 1]
        if token.dep_ == "compound" and token.head.lemma_.lower() in _MARKET_MEASURES:
            span = doc[token.head.left_edge.i : token.i + 1]  # "the Andean robot cloud market scale": the market's size
        if not any(t.pos_ in ("VERB", "AUX") or t.is_sent_start for t in span[1:]):
            found.append((span, token))  # the market noun heads the phrase, whatever spaCy's Span.root says
    return found


_MARKET_MEASURES = frozenset({"size", "scale", "value", "volume"})


def _qualifies_a_noun(market: Token) -> bool:
    """ "Grid Ledger - Market Update", "Market Update": a capitalised "Market" before another capitalised noun
    (not "Market Share") names a kind of that noun, a publication's section, however the parser cut the phrase."""
    following = market.doc[market.i + 1] if market.i + 1 < len(market.doc) else None
    return (
        following is not None
        and market.is_title
        and following.is_title
        and following.pos_ in ("NOUN", "PROPN")
        and following.lemma_.lower() not in ("share", "shares", "leader", "size")
    )


def _ranks(modifier: Token) -> bool:
    """ "largest", "fastest-growing", "second-biggest": a superlative ranks a market, it names none."""
    return any(t.tag_ in ("JJS", "RBS") for t in modifier.subtree)


def _placed_in(market: Token) -> Span | None:
    """The place an "in" right after a market's name puts it in ("the chatbot market in Japan", "in Saudi
    Arabia"), as the NER or the gazetteer tags places; the parser may hang the "in" on the verb instead."""
    doc = market.doc
    if market.i + 2 >= len(doc) or doc[market.i + 1].lower_ != "in":
        return None
    end = start = market.i + 2
    kind = doc[start].ent_type_
    if kind not in ("GPE", "LOC", "Country", "Region") or doc[start].ent_iob_ != "B":
        return None
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I" and doc[end + 1].ent_type_ == kind:
        end += 1
    return doc[start : end + 1]


def _traded_in_a_place(doc: Doc, chunks: list[Span], index: EntityIndex) -> Iterable[Mention]:
    """ "the accelerators sold in China", "AI chips installed in India this year": products, as a plural, that a
    participle of trade places somewhere name that place's market for them (the China accelerator market), so that
    "supplies nearly half of the accelerators sold in China" is a share of it."""
    lexicon = load_lexicon()
    for chunk in chunks:
        root = chunk.root
        # "AI cloud services bought in Chile": services, as products, by what qualifies them
        services = root.lower_ == "services" and any(t.dep_ == "compound" and t.head == root for t in chunk)
        if root.tag_ != "NNS" or not (root.text in lexicon.product_nouns or services):
            continue
        traded = next(
            (c for c in root.children if c.dep_ == "acl" and c.lower_ in lexicon.discovery.trade_participles), None
        )
        prep = next((c for c in traded.children if c.dep_ == "prep" and c.lower_ == "in"), None) if traded else None
        place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if place is None or place.ent_type_ not in ("GPE", "LOC", "Country", "Region"):  # the NER's, the gazetteer's
            continue
        # the nouns naming what is traded ("AI chips"), not a count or hedge before them ("nearly three in ten GPUs")
        words = [t for t in chunk if t.i < root.i and t.dep_ == "compound" and t.head == root] + [root]
        if services:  # "AI cloud services": "AI" qualifies "cloud", which qualifies the services
            words = [t for t in root.subtree if t.i < root.i and t.dep_ in ("compound", "amod")] + [root]
        noun = root.lemma_ if root.text.islower() else root.text.removesuffix("s")  # "GPUs" → "GPU", not "gpu"
        scope = " ".join([*(t.text for t in words[:-1]), *([] if services else [noun])])  # the AI cloud market
        where = doc[place.left_edge.i : place.i + 1].text
        entity = index.entity_for(clean_name(re.sub(r"^the ", "", f"{where} {scope} market")), "Market")
        start = words[0].i if words else root.i
        yield Mention(entity, doc[start].idx, place.idx + len(place.text), start, place.i + 1)


def _players_in_a_place(doc: Doc, chunks: list[Span], index: EntityIndex) -> Iterable[Mention]:
    """ "the largest AI cloud provider in Poland", "GPU cloud vendors in Brazil": the sellers of a segment in a
    place name that place's market for it (the Poland AI cloud market), as "the AI cloud market in Poland" would."""
    players = load_lexicon().player_nouns
    for chunk in chunks:
        root = chunk.root
        if root.lemma_.lower() not in players:
            continue
        segment = [t for t in chunk if t.i < root.i and t.dep_ == "compound" and t.head == root]
        place = _placed_in(root)
        if not segment or place is None or any(t.text.istitle() for t in segment):
            continue  # "a provider in Poland" names no segment; "the Arvik Cloud provider" names a company
        label = clean_name(f"{place.text} {' '.join(t.text for t in segment)} market")
        yield Mention(index.entity_for(label, "Market"), segment[0].idx, place.end_char, segment[0].i, place.end)


def _as_adjunct(noun: Token) -> str:
    """A noun as it stands before "market": singular ("a market for AI accelerators" is the AI accelerator
    market), but for nouns English keeps plural there ("services")."""
    lemma = noun.lemma_
    if noun.tag_ not in ("NNS", "NNPS") or noun.lower_ in load_lexicon().plural_adjuncts or not lemma:
        return noun.text
    return noun.text[: len(lemma)] if noun.lower_.startswith(lemma.lower()) else lemma


def _described_by_a_participle(scope: Token) -> Span | None:
    """ "rack space leased to model labs", "chips fitted in Andean data halls": the past
    participle phrase that narrows what a market sells, up to its first preposition's object (a period or place
    after it, "in 2025", is the figure's, not the market's)."""
    participle = next((c for c in scope.rights if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    if participle is None:
        return None
    prep = next((c for c in participle.children if c.dep_ == "prep"), None)
    if prep is None or not any(c.dep_ == "pobj" for c in prep.children):
        return None
    return scope.doc[participle.i : prep.right_edge.i + 1]


def _market_scope(market: Token) -> Token | None:
    """What a "market for X" sells: X's head noun, when X is a plain noun phrase ("for rugged edge servers")."""
    following = market.doc[market.i + 1] if market.i + 1 < len(market.doc) else None
    prep = following if following is not None and following.lower_ == "for" else None  # however it is attached
    scope = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if scope is None or scope.pos_ != "NOUN" or any(t.lower_ in DETERMINERS for t in scope.lefts):
        return None
    return scope


def _markets_a_report_tracks(doc: Doc, text: str, index: EntityIndex) -> Iterable[Mention]:
    """ "the Harbour Drone Market Tracker 2H25", "Vey's Robot Arm Market Outlook": a publication named for the
    market it follows names that market (the chunk reader takes "Market" before another capitalised noun for a kind
    of that noun, a publication's, and names nothing)."""
    for found in _TRACKED_MARKET.finditer(text):
        span = doc.char_span(found.start("market"), found.end("market"), alignment_mode="expand")
        if span is None or index.named(found.group("what")) is not None:
            continue  # "Tarn Market Report": a firm's own report, no market
        entity = index.entity_for(clean_name(f"{found.group('what')} market"), "Market")
        yield Mention(entity, span.start_char, span.end_char, span.start, span.end)


_TRACKED_MARKET = re.compile(
    r"(?P<market>(?P<what>(?:[A-Z][\w-]*\s+){1,4}?)Market)\s+(?:Tracker|Monitor|Report|Outlook|Review|Forecast|Index)\b"
)


def _spending_markets(doc: Doc, text: str, index: EntityIndex) -> Iterable[Mention]:
    """ "Worldwide spending on industrial robot arms" names a market by what is bought: the global industrial
    robot arms market. A market is its scope (the thing bought) and its geography ("worldwide",
    "global" → global); the mention covers the whole phrase."""
    for found in _SPENDING_WORDS.finditer(text):  # only the tokens that may be one, not every token's lemma
        span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        token = span[0] if span is not None and len(span) == 1 else None
        if token is None:
            continue
        spent = token.pos_ == "VERB" and token.lemma_.lower() == "spend"  # "what European firms spent on cloud"
        if not spent and (token.lemma_.lower() not in load_lexicon().discovery.spending_nouns or token.pos_ != "NOUN"):
            continue
        prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "on"), None)
        if prep is None and token.dep_ == "dobj":  # "puts spending on X at …": the parser hangs "on" on the verb
            prep = next(
                (c for c in token.head.children if c.dep_ == "prep" and c.i == token.i + 1 and c.lower_ == "on"), None
            )
        scope = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if scope is None or scope.pos_ not in ("NOUN", "PROPN"):
            continue
        if scope.lemma_.lower() in load_lexicon().discovery.spending_nouns:
            continue  # "spent $2 billion on capital expenditure": spending on spending names no market
        words = doc[scope.left_edge.i : scope.i + 1]
        if len(words) < 2 or any(t.lower_ in DETERMINERS or t.like_num for t in words):
            continue  # "spending on chips" is too vague to be a market; "on those servers" refers
        if spent and any(t.is_title or (t.pos_ == "PROPN" and not t.is_upper) for t in words):  # "AI" is no name
            continue  # "spend 800 million yuan on Huawei Cloud computing": money paid to someone, not a market
        global_ = any(c.lower_ in ("worldwide", "global") for c in token.children)
        where = "global " if global_ else _spenders_origin(token) if spent else _spenders_place(token)
        label = clean_name(where + _spenders_class(token) + re.sub(r"[’']s\b", "", words.text) + " market")
        start = token.i if spent else min(token.left_edge.i, token.i)
        yield Mention(index.entity_for(label, "Market"), doc[start].idx, words.end_char, start, scope.i + 1)


def _spenders_class(noun: Token) -> str:
    """The class of spenders a word before "spending" names ("enterprise spending on generative AI" → "enterprise
    "): a market of its own, narrower than all spending on the thing, so it stays in the market's name."""
    classes = load_lexicon().spender_markets
    spenders = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i == noun.i - 1]
    return f"{spenders[0].lemma_.lower()} " if spenders and spenders[0].lemma_.lower() in classes else ""


def _spenders_place(noun: Token) -> str:
    """The place qualifying the spending ("UK spending on cloud services" → "UK "), which places the market: UK
    spending on a thing is the UK market for it, not the world's. The place's whole name ("South Korean")."""
    origins = load_lexicon().discovery.origins
    places = [
        c
        for c in noun.children
        if c.dep_ in ("compound", "amod", "nmod", "poss")
        and c.i < noun.i
        and (c.ent_type_ in ("GPE", "NORP", "Country", "Region") or c.lower_ in origins)
    ]
    if not places:
        return ""
    place = places[0]
    name = next((e for e in noun.doc.ents if e.start <= place.i < e.end), None)
    words = name.text if name is not None else place.text  # "China's spending": the possessive is a token of its own
    return re.sub(r"[’']s$", "", words) + " "


def _spenders_origin(verb: Token) -> str:
    """Where the spenders are from ("European businesses spent on …" → "European "), which places the market."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    origins = load_lexicon().discovery.origins
    first = next((t for t in subject.subtree if t.lower_ in origins), None) if subject is not None else None
    return f"{first.text} " if first is not None else ""


def _phrase_mention(span: Span, index: EntityIndex, entity_type: str) -> Mention:
    """A noun phrase as a mention of the entity it names, labelled without possessives ("Brazil's industrial
    drone market" → "Brazil industrial drone market"): the gazetteer's entity of that name, else a new one."""
    entity = index.entity_for(clean_name(re.sub(r"[’']s\b", "", span.text)), entity_type)
    return Mention(entity, span.start_char, span.end_char, span.start, span.end)
