"""Whose revenue a figure is part of, and who pays it: "9% of its revenue" (the company "its" means), "a quarter of
that revenue comes from Orlo Bank" (the payer), "India's GPU rental revenue" (a place's market, not a company's).
Read for ``numeric.py``, which decides the figure's claim."""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimgraph.extract.context import TOPIC_TYPES, ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, Mention, Sentence, verb_over
from claimgraph.extract.markets import singular
from claimgraph.extract.normalize import Quantity
from claimgraph.extract.references import antecedent
from claimgraph.records import Entity

_COMES_FROM = re.compile(
    r"\s+(?:now\s+|still\s+)?(?:comes?|came|is\s+paid|was\s+paid)\s+(?:\w+\s+)?from\s+(?:the\s+)?$"
)


def paying(sentence: Sentence, quantity: Quantity) -> Mention | None:
    """ "About a quarter of that revenue still comes from Orlo Bank": the one a part of revenue comes from."""
    found = _OF_REVENUE.match(sentence.doc_text, quantity.end)
    if found is None:
        return None
    return next(
        (
            m
            for m in sentence.mentions
            if m.start > found.end() and _COMES_FROM.fullmatch(sentence.doc_text, found.end(), m.start)
        ),
        None,
    )


# "of our revenue", "of the Company's full-year revenue", "of Kantor's chip sales", "of Osprey Labs' sales"
_OF_REVENUE = re.compile(
    r"\s+of\s+(?:(?P<owner>its|our|their|that|this|those|these|the\s+(?:[Cc]ompany|[Gg]roup|[Ff]irm)[’']s|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*(?:[’']s|(?<=s)[’']))\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:total\s+)?(?:revenues?|sales|turnover)\b"
)


def paid_from(sentence: Sentence, payer: Mention) -> bool:
    """ "Revenue from Osk Labs was $512 million", "sales to Osk fell": the firm a revenue noun's "from" or "to"
    names pays it, so it is no earner of the figure."""
    root = payer.root(sentence.span.doc)
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in ("from", "to")
        and prep.head.lemma_.lower() in ("revenue", "sale", "turnover")
        and prep.head.i < prep.i
    )


def revenue_owner(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> Entity | None:
    """Whose revenue a percentage is a part of: a company named in possessive, "our" (the firm speaking), "its" or
    "the company's" (the one under discussion); a bare "of revenue" in words spoken for a firm is the firm's."""
    found = _OF_REVENUE.match(sentence.doc_text, quantity.end)
    if found is None:
        return _owner_of_a_shared_revenue(sentence, quantity) or _revenue_of_which(sentence, quantity, context)
    owner = found.group("owner")
    if owner is None:  # "Orvane, its biggest client, accounted for 9% of revenue"
        verb = verb_over(sentence.span.doc, quantity.start)
        qualified = _BARE_REVENUE.match(sentence.doc_text, quantity.end) is None
        if qualified and verb is not None and verb.lemma_ in _HOLDING and verb.idx < quantity.start:
            return None  # "SK hynix held 57% of HBM sales": a seller's share of what a market sold ("took 30% of
            # sales" in a firm's own report is a customer's part of its revenue)
        earner = _supplier_of_a_customer(sentence, context) or context.speaker
        if earner is None and _BARE_REVENUE.match(sentence.doc_text, quantity.end) and _a_part_verb(verb):
            # a company's own report or minutes: "CoreWeave accounted for 58% of revenue" is the issuer's revenue
            return _not_the_payer(sentence, quantity, context.issuer or context.title_subject, context)
        return earner
    if owner.lower() == "our":
        return context.speaker or context.issuer or context.title_subject  # the firm speaking, or the release's
    if owner.lower() in ("its", "their"):
        referent = (
            antecedent(sentence, found.start("owner")) or context.topic
        )  # "Microsoft said China made up 2% of its"
        return _not_the_payer(sentence, quantity, referent, context)
    if owner.lower() in ("that", "this", "those", "these"):
        last = context.last_numeric
        here = context.last_numeric_paragraph == sentence.paragraph  # a market an earlier paragraph sized is gone
        if last is not None and here and (last.type == "MarketSize" or last.subject.type == "Market"):
            return None  # "puts the market at $212 billion, up 64%; Nvidia held 81% of that revenue": the market's
        return context.topic  # "a third of that revenue": the revenue of the company just talked about
    if owner.lower().startswith("the "):
        return context.issuer or context.topic  # "the Company's revenue": the issuer's
    at = found.start("owner")
    named = next((m for m in sentence.mentions if m.start == at), None)
    return named.entity if named is not None and named.entity.type in TOPIC_TYPES else None


def _not_the_payer(
    sentence: Sentence, quantity: Quantity, referent: Entity | None, context: ReadingContext
) -> Entity | None:
    """ "Pembury says Stratalight accounted for 27% of its revenue": "its" is not the company that accounts for
    the part (no payer is its own customer) but the one named before it, or the company under discussion."""
    doc = sentence.span.doc
    verb = verb_over(doc, quantity.start)
    part_of = _a_part_verb(verb)
    payer = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None and part_of else None
    paying = next((m for m in sentence.mentions if payer is not None and m.token_start <= payer.i < m.token_end), None)
    if referent is None or paying is None or paying.entity != referent:
        return referent
    before = [m.entity for m in sentence.mentions if m.end <= paying.start and m.entity.type in TOPIC_TYPES]
    return before[-1] if before else (context.topic if context.topic != referent else None)


def stated_revenue_owner(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> Entity | None:
    """Whose revenue an amount is when the text names it "X's revenue of $N" ("Osk said Vey accounted for 9% of its
    revenue of about $310 million"): the revenue's owner, not the clause's subject (there the payer)."""
    found = _REVENUE_OF.search(sentence.doc_text, sentence.start, quantity.start)
    if found is None:
        return None
    owner = found.group("owner")
    if owner.lower() in ("its", "their"):
        return _not_the_payer(sentence, quantity, antecedent(sentence, found.start("owner")) or context.topic, context)
    named = next((m for m in sentence.mentions if m.start == found.start("owner")), None)
    return named.entity if named is not None and named.entity.type in TOPIC_TYPES else None


# "its 2025 revenue of about", "Osk's annual sales of": an owner's revenue, then the amount it comes to
_REVENUE_OF = re.compile(
    r"(?P<owner>\b(?:its|their)|\b[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*(?:[’']s|(?<=s)[’']))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:revenues?|sales|turnover)\s+of\s+(?:[a-z]+\s+){0,2}$"
)


# "accounted for", "represented", "contributed", "made up": verbs whose subject is a part of someone's revenue
_BEING_A_PART = frozenset({"account", "represent", "contribute", "comprise", "constitute"})
# no market's words in between, a period at most: "of revenue", "of 2025 revenue", "of full-year sales"
_BARE_REVENUE = re.compile(
    r"\s+of\s+(?:(?:(?:FY|CY)?(?:19|20)\d\d|full-year|annual|quarterly)\s+)?(?:total\s+)?"
    r"(?:revenues?|sales|turnover)\b(?!\s+(?:at|of|from)\s+[A-Z])"  # not "of full-year sales at Pell Cloud"
)


# verbs by which a seller holds a part of what a market sold, not a payer a part of someone's revenue
_HOLDING = frozenset({"hold", "take", "capture", "command", "control", "win", "handle"})


def _a_part_verb(verb: Token | None) -> bool:
    """Whether the verb over a figure makes its subject a part ("accounted for", "made up", "represented"), as a
    copula does with a name for its subject ("Vey was 9% of its revenue")."""
    if verb is None:
        return False
    named = verb.lemma_ == "be" and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children)
    return named or verb.lemma_ in _BEING_A_PART or any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _owner_of_a_shared_revenue(sentence: Sentence, quantity: Quantity) -> Entity | None:
    """ "China's share of Osk's revenue was 13%", "13% — Vey's share of Osk's sales": a holder's share of a
    named company's revenue before the figure is part of that company's revenue (earned there, or paid by it)."""
    text = sentence.doc_text
    line_start = max(sentence.start, text.rfind("\n", 0, quantity.start) + 1)
    shared = next(
        (
            m
            for m in _SHARE_OF_REVENUE.finditer(text, line_start, sentence.end)
            if _just_before(text, m.end(), quantity.start) or 0 <= m.start() - quantity.end < 40
        ),
        None,
    )  # the phrase just before the figure ("… revenue was 13%"), or its gloss just after ("13% — Vey's share of …")
    if shared is None:
        return None
    at = shared.start("owner")
    named = next((m for m in sentence.mentions if m.start == at), None)
    return named.entity if named is not None and named.entity.type in TOPIC_TYPES else None


def _just_before(text: str, end: int, figure: int) -> bool:
    """Whether a phrase ends in the figure's own clause, no other amount between: "… revenue was 13%", "… revenue
    in 2025 was 13%", "… revenue had been falling, from about 38%"."""
    between = text[end:figure]
    return 0 <= len(between) < 45 and ";" not in between and not _AN_AMOUNT.search(between)


_AN_AMOUNT = re.compile(r"%|[$€¥£]|\b(?:billion|million|bn|per\s*cent|percent)\b|\d\s*(?:MW|GW)\b", re.IGNORECASE)


def _revenue_of_which(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> Entity | None:
    """ "Its 2025 sales were $610 million, a quarter of them from Osk" said with a relative after the figure: the part
    of the revenue the relative takes up is a part of that revenue's owner's."""
    found = _REVENUE_THEN_OF_WHICH.search(sentence.doc_text, sentence.start, quantity.start)
    if found is None:
        return None
    owner = found.group("owner")
    if owner.lower() in ("its", "their"):
        return antecedent(sentence, found.start("owner")) or context.topic
    if owner.lower() == "our":
        return context.speaker or context.issuer or context.title_subject
    named = next((m for m in sentence.mentions if m.start == found.start("owner")), None)
    return named.entity if named is not None and named.entity.type in TOPIC_TYPES else None


# "its 2025 sales were about $6.1 billion, of [them] …": an owner's revenue, then (at the first comma after it) a
# relative taking a part of it
_REVENUE_THEN_OF_WHICH = re.compile(
    r"(?P<owner>\b(?:its|their|our|Its|Their|Our)|\b[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*(?:[’']s|(?<=s)[’']))\s+"
    r"(?:[\w-]+\s+){0,3}?(?:revenues?|sales|turnover)\b(?:[^.;,]|\.(?=\d)){0,60}?,\s+of\s+which\b"
    r"(?:[^.;]|\.(?=\d)){0,60}$"
)


# "'s share of Osk's revenue", "'s share of Osk's data-centre sales": the revenue whose part a holder has
_SHARE_OF_REVENUE = re.compile(
    r"['’]s?\s+share\s+of\s+(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)['’]s?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:revenues?|sales|turnover)\b"
)


def _copula_subject(noun: Token) -> Token | None:
    """The subject a predicate noun says something of ("Orvane was its largest client": Orvane)."""
    if noun.dep_ != "attr" or noun.head.lemma_ not in _COPULAS:
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


_COPULAS = frozenset({"be", "become", "remain"})


def _supplier_of_a_customer(sentence: Sentence, context: ReadingContext) -> Entity | None:
    """Whose customer the sentence names ("its largest customer", "Pellam's biggest client"; customers as the
    subject, the company the article is about): the company a customer's share of revenue is paid to."""
    for noun in sentence.tokens:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if noun.lower_ not in context.lexicon.customer_nouns:
            continue
        if owner is None and noun.dep_ == "nsubj":  # "Customers in Germany contributed 21% of revenue"
            return context.title_subject or context.topic
        if owner is None:
            continue
        if owner.lower_ == "our":
            return context.speaker or context.issuer or context.writer  # "our largest customer": the firm speaking's
        if owner.lower_ in ("its", "their"):
            referent = antecedent(sentence, owner.idx)
            # "Orvane, its biggest client", "Orvane was its biggest client": not Orvane's own
            customer = noun.head if noun.dep_ == "appos" else _copula_subject(noun)
            itself = next(
                (m for m in sentence.mentions if customer is not None and m.root(sentence.span.doc) == customer),
                None,
            )
            if itself is not None and referent == itself.entity:
                before = [m.entity for m in sentence.mentions if m.end <= itself.start and m.entity.type in TOPIC_TYPES]
                return before[-1] if before else context.opening_topic
            return context.opening_topic if referent is None else referent
        named = next((m for m in sentence.mentions if m.token_start <= owner.i < m.token_end), None)
        return named.entity if named is not None and named.entity.type in TOPIC_TYPES else None
    return None


def a_places_takings(sentence: Sentence, start: int, end: int, context: ReadingContext) -> Entity | None:
    """ "Statista projected India's public cloud revenue at $9.9 billion", "half of India's GPU rental revenue":
    the revenue a country or region owns (between ``start`` and ``end``) is no company's; it is that place's
    market for what the words before "revenue" name."""
    for token in sentence.tokens:
        if not start <= token.idx < end or token.lower_ not in ("revenue", "revenues", "sales"):
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        place = next((m for m in sentence.mentions if m.token_start <= owner.i < m.token_end), None)
        if place is None or place.entity.type not in ("Country", "Region"):
            continue
        scope = [t.text for t in sentence.span.doc[owner.i + 1 : token.i] if t.pos_ in ("NOUN", "ADJ", "PROPN")]
        if scope:
            return context.index.entity_for(f"{place.entity.label} {' '.join(scope)} market", "Market")
    return None


_TAKING_VERBS = frozenset({"take", "earn", "sell", "generate", "book", "bring", "make"})


def a_fields_takings(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> Entity | None:
    """ "Nordic neoclouds took in about $3 billion of revenue", "Andean GPU providers sold $2 billion of capacity":
    what a whole field of sellers (a group named by a seller noun) takes in is no one company's revenue but the size
    of that field's market, the Nordic neocloud market."""
    verb = verb_over(sentence.span.doc, quantity.start)
    if verb is None or verb.lemma_.lower() not in _TAKING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    field = next((m for m in sentence.mentions if m.token_start <= subject.i < m.token_end), None)
    if field is None or field.entity.type != "Group":
        return None
    *scope, sellers = field.entity.label.split()
    sellers = singular(sellers.lower())
    if not scope or sellers not in {*context.lexicon.cloud_nouns, *context.lexicon.player_nouns}:
        return None
    return context.index.entity_for(f"{' '.join(scope)} {sellers} market", "Market")


def an_estimated_fields_takings(
    sentence: Sentence, quantity: Quantity, estimator: Mention, context: ReadingContext
) -> Entity | None:
    """ "Larkfield Data puts 2025 sales of AI accelerators at $214 billion", "ComReg estimates that revenue from
    interconnection services reached €312 million", "According to Halvard, revenue from accelerators reached …":
    the one who estimates or reports the takings of a whole field, named by what is sold, is their source, not
    their earner; the figure is that field's market size. Its own revenue ("Osk expects revenue of $2 billion",
    "puts its sales at …") stays its own."""
    if estimator.entity.type in _EARNERS:
        return None  # "Osk expects revenue from AI chips of $3 billion", "according to HPE, …": a seller's own
    doc = sentence.span.doc
    root = estimator.root(doc)
    if root.dep_ == "appos":
        root = root.head  # "Research firm Harcourt Lane sizes …", the parser hanging the name on its role
    figure = next((t for t in sentence.tokens if t.idx >= quantity.start), None)
    estimating = context.lexicon.estimating_verbs | {"size"}
    sourced = root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"
    verb = root.head if root.dep_ == "nsubj" else None
    if figure is None or not (sourced or (verb is not None and verb.lemma_.lower() in estimating)):
        return None
    if verb is not None and figure not in list(verb.subtree):
        return None
    takings = next(
        (
            t
            for t in sentence.tokens
            if estimator.end <= t.idx < quantity.start and t.lemma_.lower() in _TAKINGS_NOUNS and t.pos_ == "NOUN"
        ),
        None,
    )
    if takings is None or any(c.dep_ == "poss" for c in takings.children):
        return None  # "its sales", "Osk's revenue": an earner's own
    market = next(
        (m for m in sentence.mentions if m.entity.type == "Market" and m.token_start <= takings.i < m.token_end), None
    )
    if market is not None and not _TAKINGS_WORDS.search(market.entity.label):
        return market.entity  # the market the words were already read as naming
    field = _field_sold(takings, sentence, context)
    if not field:
        return None
    *words, last = field
    return context.index.entity_for(" ".join([*words, singular(last)]) + " market", "Market")


_TAKINGS_NOUNS = frozenset({"revenue", "sale"})
_CODE = re.compile(r"[A-Z][A-Za-z]*\d[\w.-]*")  # "K9", "H100", "MI355X": a product's name, whoever makes it
_TAKINGS_WORDS = re.compile(r"\b(?:sales|revenues?)\s+(?:of|from)\b", re.IGNORECASE)
# who sells, and so earns what it reports: its figures are its own takings, whatever verb says them
_EARNERS = frozenset({"Company", "Cloud", "Lab", "Aggregator"})
# words that qualify takings without naming what is sold: "total revenue", "global sales", "industry revenue"
_WHOLE_WORDS = frozenset(
    {"total", "combined", "global", "overall", "industry", "worldwide", "aggregate", "annual", "full-year", "gross"}
)
# what takings "from" may come from that is no field of goods: a party, a deal, a site or a part of a firm
_NO_FIELDS = frozenset(
    {"contract", "deal", "agreement", "site", "centre", "center", "campus", "region", "segment", "business", "arm"}
    | {"unit", "division", "subsidiary", "operation", "customer", "client", "tenant", "hyperscaler", "partner"}
)


def _field_sold(takings: Token, sentence: Sentence, context: ReadingContext) -> list[str]:
    """What the takings are of or from ("sales of AI accelerators", "revenue from DCI services"), else the words
    naming them before the noun ("UK GPU cloud revenues"); none when a company's name is among them."""
    prep = next((c for c in takings.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is not None and (pobj.pos_ == "NUM" or pobj.like_num):
        return []  # "revenue of $2 billion": the figure itself, no field
    if pobj is not None and any(
        c.dep_ == "det" and c.lower_ in ("these", "those", "this", "that") for c in pobj.children
    ):
        return []  # "revenue from these customers": someone's takings from a party said before
    doc = takings.doc
    if pobj is not None:
        end = pobj.i
        while end + 1 < len(doc) and _hyphened(doc[end + 1]):
            end += 1  # "revenue from GPU-as-a-service": on past the head only through hyphens
        start = prep.i + 1 if prep is not None else pobj.left_edge.i  # the words the parse may have hung elsewhere
        words = [t for t in doc[start : end + 1] if t.dep_ not in ("det", "poss")]
    else:  # "Iberian colocation and wholesale data-centre revenue": the words before the noun, whole
        first = takings.head if takings.dep_ == "conj" and takings.head.i < takings.i else takings
        words = [t for t in doc[first.left_edge.i : takings.i] if t.dep_ not in ("det", "poss")]
    while words and (words[0].is_punct or _a_figure(words[0])):
        words = words[1:]  # "2025 sales": the year is the figure's time
    if not words or any(_a_figure(t) or t.pos_ in ("PRON", "VERB") or t.lemma_.lower() in _PERIOD_WORDS for t in words):
        return []  # "revenue of $2 billion": the figure itself, no field
    if pobj is not None and any(t.dep_ == "poss" and t.pos_ == "PRON" for t in pobj.subtree):
        return []  # "revenue from its GPU rental business": its own (but "the province's core AI industry" is one)
    if all(t.lower_ in _WHOLE_WORDS or t.is_punct for t in words):
        return []  # "total revenue": the market under discussion, named elsewhere
    head = words[-1].lemma_.lower()
    lexicon = context.lexicon
    if pobj is not None and (head in _NO_FIELDS or head in lexicon.customer_nouns or head in lexicon.company_nouns):
        return []  # "revenue from enterprise customers", "from the contract": a party's or a deal's, no field

    def named(kinds: tuple[str, ...], token: Token) -> bool:
        return any(m.entity.type in kinds and m.token_start <= token.i < m.token_end for m in sentence.mentions)

    if any(named(("Product", "Model"), t) or _CODE.fullmatch(t.text) for t in words):
        return []  # "sales of K9 chips", "revenue from H100 rentals": a maker's or a seller's own
    if all(named(("Country", "Region"), t) or t.is_punct for t in words):
        return []  # "revenue from China": a place's part of someone's takings, no field
    if any(named(BUSINESS_TYPES, t) for t in words):
        return []  # "sales of Osk chips": a firm's own
    return sentence.span.doc[words[0].i : words[-1].i + 1].text.split()


def _hyphened(token: Token) -> bool:
    """Whether a word is joined to the word before it by a hyphen ("as", "a", "service" of "GPU-as-a-service")."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    joined = before is not None and not before.whitespace_
    return joined and (token.text == "-" or (before is not None and before.text == "-"))


# words that date takings rather than name what is sold: "fourth-quarter revenue", "annual sales"
_PERIOD_WORDS = frozenset({"quarter", "year", "half", "month", "week", "annual", "quarterly", "monthly", "yearly"})


def _a_figure(token: Token) -> bool:
    """A number written in digits or a currency sign ("2025", "$"); "third" in "third-party" or a code ("K9") is
    none."""
    text = token.text
    return token.tag_ == "$" or token.pos_ == "SYM" or (any(ch.isdigit() for ch in text) and not text[:1].isalpha())


_OF_A_WHOLE = re.compile(r"\s*(?:of|in)\b")


def customers_part(sentence: Sentence, quantity: Quantity, holder: Mention, context: ReadingContext) -> Entity | None:
    """ "Our second-largest customer, Sakana AI, accounted for 14%": a customer's share, no whole named, is its part
    of the supplier's revenue: the supplier whose customer the sentence says it is."""
    if _OF_A_WHOLE.match(sentence.doc_text, quantity.end):
        return None
    doc = sentence.span.doc
    root = holder.root(doc)
    nouns = context.lexicon.customer_nouns
    described = (root.dep_ == "appos" and root.head.lower_ in nouns) or any(
        c.dep_ == "appos" and c.lower_ in nouns for c in root.children
    )
    return _supplier_of_a_customer(sentence, context) if described else None


def grows_a_thing_not_earned(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> bool:
    """Whether the figure's verb grows a thing a company owns that is no money it earns ("Pellam's customer
    contacts grew 64%", "its support tickets doubled"): that growth is the thing's, not revenue's. A company's
    business, unit or sales growing is its revenue growing."""
    verb = verb_over(sentence.span.doc, quantity.start)
    grower = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if grower is None or grower.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in grower.children):
        return False
    lemma = grower.lemma_.lower()
    return lemma not in _EARNING_HEADS and not context.lexicon.cue_in("Revenue", grower.lower_)


# what a company's growth is revenue growth of: "its business grew 30%", "the cloud unit grew 40%"
_EARNING_HEADS = frozenset(
    {"business", "company", "group", "unit", "arm", "division", "segment", "operation", "firm", "cloud", "platform",
     "franchise", "line", "growth", "expansion"}
)  # fmt: skip
