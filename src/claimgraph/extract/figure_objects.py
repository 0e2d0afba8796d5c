"""What a figure is of, or paid to: its object. A share's market (named, on a platform, or under discussion), a
payment's payee, a revenue's customer or place, a price change's model, a cost comparison's reference; never a
name the figure's subject shares its clause with (a coordinated partner, the subject's own owner)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from claimgraph.extract.breakdowns import broken_down_whole
from claimgraph.extract.comparisons import compared_with
from claimgraph.extract.context import PLACE_TYPES, TOPIC_TYPES, ReadingContext
from claimgraph.extract.continuations import has_own_figure
from claimgraph.extract.document import BUSINESS_TYPES, Mention, Sentence, clean_name, verb_over
from claimgraph.extract.lexicon import Lexicon, load_lexicon
from claimgraph.extract.normalize import Quantity
from claimgraph.extract.references import antecedent, dealt_with_by_the_speaker, owner_named
from claimgraph.extract.spans import clause_window
from claimgraph.extract.wholes import (
    OWNING_PRONOUNS,
    a_fleet,
    billed_whole,
    counted_whole,
    described_whole,
    fronted_whole,
    held_whole,
    led_whole,
    named_whole,
    recounted_whole,
    share_before,
    whole_after_of,
    whole_label,
)
from claimgraph.records import Entity

_COMPARED_WITH = re.compile(r"\b(?:on|than|over|versus|vs\.?|from)\s+$", re.IGNORECASE)
_THAT_MARKET = re.compile(r"\s+of\s+(?:that|this|the\s+same)\s+market\b", re.IGNORECASE)
_PLACE_ANAPHORA = re.compile(r"\b(?:there|the (?:region|country))\b", re.IGNORECASE)


def _owners_of(sentence: Sentence, subject: Entity) -> list[Mention]:
    """ "Alibaba Group's Cloud Intelligence Group lifted revenue …": the subject's owner is part of its name, not
    a party of its figure."""
    doc = sentence.span.doc
    owned = [m for m in sentence.mentions if m.entity == subject]
    return [
        m
        for m in sentence.mentions
        if m.root(doc).dep_ == "poss" and any(o.token_start <= m.root(doc).head.i < o.token_end for o in owned)
    ]


def _paid_speaker(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> Entity | None:
    """The organisation speaking, when the verb moving the amount pays "us" ("will pay us $40 million") or the
    deal is with "us" ("signed a $2 billion contract with us")."""
    if context.speaker is None:
        return None
    verb = verb_over(sentence.span.doc, quantity.start)
    if verb is None:
        return None
    paid = any(c.lower_ == "us" and c.dep_ in ("dative", "dobj") for c in verb.children)
    # "with us" hung on the verb, or on the deal noun the amount qualifies
    dealt = any(t.lower_ == "us" and t.dep_ == "pobj" and t.head.lower_ == "with" for t in verb.subtree)
    return context.speaker if paid or dealt else None


def _paid_it(sentence: Sentence, quantity: Quantity, payer: Entity, context: ReadingContext) -> Entity | None:
    """The company "it" stands for in a payment's own clause ("a contract with it", "pays it"), when it is not
    the payer (not "…, while rivals undercut it")."""
    _, right = clause_window(sentence, quantity.start, quantity.end)
    after = [t for t in sentence.tokens if quantity.end <= t.idx < right and t.lower_ == "it"]
    paid = next(
        (t for t in after if t.dep_ == "dative" or (t.dep_ == "pobj" and t.head.lower_ in ("with", "to"))), None
    )
    if paid is None:
        return None
    referent = antecedent(sentence, paid.idx)
    if referent in (None, payer):
        referent = context.topic  # the payer does not pay itself: "it" is the company talked about before
    return referent if referent is not None and referent != payer and referent.type in TOPIC_TYPES else None


def figure_object(
    sentence: Sentence, quantity: Quantity, claim_type: str, subject: Entity, clause: str, context: ReadingContext
) -> Entity | None:
    """The object of a figure of ``claim_type`` whose subject is ``subject``, read from its sentence and clause."""
    allowed = context.lexicon.object_types.get(claim_type)
    if not allowed:
        return None
    listed = {m.entity for m in _coordinated_with(sentence, subject)}
    owners = _owners_of(sentence, subject)
    candidates = [
        m.entity
        for m in sentence.mentions
        if m.entity.type in allowed
        and m.entity not in listed | {subject}
        and m not in owners
        and not _describes_a_firm(m, sentence)
    ]  # "Kestrel and Sable agreed to give up 10% of their revenue": Sable shares the subject, it is not the object
    reference = compared_with(sentence, quantity) if claim_type == "CostPerformance" else None
    if reference is not None:
        return reference.entity
    if claim_type == "Spending" and (payee := _paid_speaker(sentence, quantity, context)) not in (None, subject):
        return payee  # "Osk will pay us $300 million": the firm speaking is paid
    if claim_type == "Spending":
        # the company paid is named after the payment ("allocating $1B … provided by Ashgrove’s cloud division"),
        # but not a name that has a figure of its own ("… $2 billion and Sable up to $4 billion in Northwind")
        doc = sentence.span.doc
        paid = [
            m.entity
            for m in sentence.mentions
            if m.start >= quantity.end
            and m.entity in candidates
            and not has_own_figure(sentence, m)
            and m.root(doc).dep_ not in ("nsubj", "nsubjpass")  # the subject of a clause of its own pays itself
        ]
        left, right = clause_window(sentence, quantity.start, quantity.end)
        in_clause = {m.entity for m in sentence.mentions if left <= m.start < right}
        # a name in another clause, with its own pledge ("X has promised $15 billion …, and Y $12 billion"), is
        # not the one paid
        candidates = paid or [e for e in candidates if e in in_clause]
        referred = _paid_it(sentence, quantity, subject, context) if not candidates else None
        if referred is not None:
            return referred  # "Osk has signed a $3 billion contract with it": the company under discussion
        subjects = [t for t in sentence.tokens if left <= t.idx < right and t.dep_ in ("nsubj", "nsubjpass")]
        speaker = next((t for t in subjects if t.lower_ == "we"), None)  # "we signed … with Halvane"
        if speaker is not None:
            dealt = {m.entity for m in sentence.mentions if dealt_with_by_the_speaker(speaker, m.root(doc))}
            candidates = [e for e in candidates if e not in dealt]
    if claim_type == "Revenue":
        # revenue from a place or a customer is named in the figure's own clause, not in a neighbouring one
        # ("Kestrel's revenue rose by a quarter, while Sable's sales fell": Sable is no source of it)
        left, right = clause_window(sentence, quantity.start, quantity.end)
        in_clause = {m.entity for m in sentence.mentions if left <= m.start < right}
        candidates = [e for e in candidates if e in in_clause]
    if claim_type == "PriceChange":
        # "launched ERNIE 5 Turbo; cut ERNIE 4.5 API prices by 60%": the model priced in the figure's own clause —
        # which begins at the figure's verb when a clause comes between ("cut prices for its P5 instances, which
        # run on H100s, by 45%")
        left, right = clause_window(sentence, quantity.start, quantity.end)
        verb = verb_over(sentence.span.doc, quantity.start)
        if verb is not None and sentence.start <= verb.idx < left:
            left = clause_window(sentence, verb.idx, verb.idx + len(verb))[0]
        priced = {
            m.entity
            for m in sentence.mentions
            if left <= m.start < right and not _COMPARED_WITH.search(sentence.doc_text, left, m.start)
        }  # not the model compared with: "a 60% increase on Gemini 2.5 Pro's $1.25"
        inside = {m.entity for m in sentence.mentions if quantity.start <= m.start < quantity.end}
        # "made ERNIE Speed free" spans the model it prices; else the model priced in the figure's own clause
        candidates = [e for e in candidates if e in inside] or [e for e in candidates if e in priced] or candidates
        offering = _priced_offering(sentence, left, right, context)
        if offering is not None and not (candidates and _price_names(sentence, candidates[0], context.lexicon)):
            return offering  # "its H100 instances": what is priced is the instances, not the chip they run on
    if claim_type != "MarketShare":
        if not candidates and "Country" in allowed and _PLACE_ANAPHORA.search(sentence.text):
            return context.place  # "in the region", "there": the place last named
        return candidates[0] if candidates else None
    measure = measure_of(clause, sentence, context.lexicon, clause_window(sentence, quantity.start, quantity.end)[1])
    platform = _platform(sentence, subject, context)
    market: Entity | None
    if measure and platform is not None:
        if platform.type == "Group":
            context.vague_object = True  # "on aggregator platforms": less specific than a named one
        name = f"{platform.label} {measure}"
        market = context.index.entity_for(name, "Market")
    elif candidates and (told := _things_told_of(sentence, quantity, candidates[0], context)) is not None:
        market = context.index.entity_for(clean_name(told), "Market")  # "48% of the accelerators installed in China"
        context.whole_paragraph = sentence.paragraph
    elif candidates:
        market = candidates[0]
    elif (bill := _payers_bill(sentence, quantity, context)) is not None:
        market = bill  # "Tarn Cloud took 58% of the 2025 bill": a part of one payer's spending
        context.whole_paragraph = sentence.paragraph
    elif (whole := named_whole(sentence, quantity, context.lexicon)) is not None:
        label = _owned_label(sentence, whole, subject, context)
        if label is None:
            return None  # "two-thirds of our capacity is K9", or an owner no one can tell: no market's share
        market = context.index.entity_for(clean_name(label), "Market")
        if a_fleet(whole, context.lexicon):
            return market  # a company's fleet is a whole of its own, which later shares are not of
        context.whole_paragraph = sentence.paragraph
    elif (shared := _shared_things(sentence, quantity)) is not None:
        market = context.index.entity_for(clean_name(shared), "Market")  # "share of the chips shipped to Peru"
        context.whole_paragraph = sentence.paragraph
    elif (led := led_whole(sentence, quantity, context.lexicon)) is not None:
        market = context.index.entity_for(clean_name(led), "Market")  # "Osk led enterprise API spending with 40%"
        context.whole_paragraph = sentence.paragraph
    elif (counted := counted_whole(sentence, quantity)) is not None:
        market = context.index.entity_for(clean_name(counted), "Market")  # "… 2.1 million sensors …, 70% of them"
        context.whole_paragraph = sentence.paragraph
    elif (recounted := recounted_whole(sentence, quantity)) is not None:
        # "Osk's platform served 2 trillion tokens a day. Tarn models made up 46% of those tokens": the counter's,
        # a whole of that count only, which the sentence's list goes on sharing out ("…, Pell models 31%") but
        # later sentences' figures do not
        label = _counters_label(*recounted, subject, context)
        count = context.index.entity_for(clean_name(label), "Market") if label is not None else None
        context.recounted = (sentence.start, count)  # no one to name the count: no market's share, nor the list's
        return count
    elif context.recounted is not None and context.recounted[0] == sentence.start:
        return context.recounted[1]
    elif (described := described_whole(sentence, quantity, context.lexicon)) is not None:
        # "61% of harbour drone sensor revenue": the whole as its words describe it; "of our GPU hours": the
        # speaker's, named ("Osk GPU hours"), or no claim when no one can say whose
        label = _owned_label(sentence, described, subject, context)
        if label is None:
            return None
        market = context.index.entity_for(clean_name(label), "Market")
        context.whole_paragraph = sentence.paragraph
    elif (split := broken_down_whole(sentence, quantity)) is not None:
        market = context.index.entity_for(clean_name(split), "Market")  # "Token volume by developer: Osk 24%, …"
        context.whole_paragraph = sentence.paragraph
    elif (fronted := fronted_whole(sentence, quantity)) is not None:
        market = context.index.entity_for(clean_name(fronted), "Market")  # "Of 2025 chip spend, Osk took 76%"
        context.whole_paragraph = sentence.paragraph
    elif (part := held_whole(sentence, quantity, context.lexicon)) is not None:
        # "took a fifth of Osk's K9 shipments": a whole of its own, which later sentences' figures do not share
        held = context.index.entity_for(clean_name(part), "Market")
        context.held_whole = (sentence.start, held)
        return held
    elif (
        context.held_whole is not None
        and context.held_whole[0] == sentence.start
        and share_before(sentence, quantity) is not None
    ):
        # "… made up 46% of the chips shipped in Peru, while Tarn's share fell to 35%": the same sentence's whole
        market = context.held_whole[1]
    elif _THAT_MARKET.match(sentence.doc_text, quantity.end) and context.current_market() is not None:
        # "… sizes the Andean colocation market at $3 billion. Osk held 2% of that market": the market last named,
        # not the whole a share before it was of
        market = context.current_market()
    elif (
        context.share_market is not None
        and context.continues_report(sentence)
        and (context.share_market.key not in context.bill_payers or context.whole_paragraph == sentence.paragraph)
    ):  # a payer's bill holds only in its own paragraph
        market = context.share_market  # "Conversely, the combined share of Korean hyperscalers fell …"
    elif context.share_market is not None and context.whole_paragraph == sentence.paragraph:
        # "… put Osk's share of US GPU rentals at 41%. That was wrong: our model gives 34%": the whole the
        # paragraph last named, more recent than the market in force
        market = context.share_market
    else:
        market = context.current_market() or _the_hosts_whole(sentence, quantity, context)
    context.share_market = market
    return market


def _shared_things(sentence: Sentence, quantity: Quantity) -> str | None:
    """The things a share noun before the figure is a share of, when the words describe what was done with them
    ("Osk's share of the accelerators shipped to Chinese data centres at 48%"); not the holders a share "of" names
    ("the combined share of US hyperscalers")."""
    share = share_before(sentence, quantity)
    return whole_after_of(sentence, share.idx + len(share.text), described=True) if share is not None else None


def _things_told_of(sentence: Sentence, quantity: Quantity, market: Entity, context: ReadingContext) -> str | None:
    """The things after the figure's "of", as the words tell what was done with them, when the market the sentence
    names is made of those words ("took 48% of the AI accelerators installed in China in 2025": the accelerators
    installed in China, not the China AI accelerator market); a reader checks the share against the count the
    writer gave."""
    if not _OF_NEXT.match(sentence.doc_text, quantity.end):
        return None
    told = whole_after_of(sentence, quantity.end, described=True)
    if told is None:
        return None
    start = quantity.end + sentence.doc_text[quantity.end :].find(told)
    words = [t for t in sentence.tokens if start <= t.idx < start + len(told)]
    if not any(t.tag_ == "VBN" for t in words):
        return None  # "half of China's accelerator market": a market named, not things told of
    if any(t.lower_ in context.lexicon.sales_participles for t in words):
        return None  # "half of the accelerators sold in Vietnam": what is sold there is its market
    inside = any(m.entity == market and start <= m.start < start + len(told) for m in sentence.mentions)
    return told if inside else None


_OF_NEXT = re.compile(r"\s+of\s")


def _owned_label(sentence: Sentence, whole: Span, holder: Entity, context: ReadingContext) -> str | None:
    """A whole's name, with the company "our", "its" or "their" means in place of the word ("a fifth of our K9
    shipments" in Osk's words: "Osk K9 shipments"); none when the owner cannot be told, or holds the part."""
    label = whole_label(whole)
    first = whole[0].lower_
    if first == "the" and a_fleet(whole, context.lexicon):
        named = any(
            whole.start_char <= m.start < whole.end_char and m.entity.type in TOPIC_TYPES for m in sentence.mentions
        )
        if named:
            return label[len(first) :].strip()  # "of the Lumaris Cloud fleet": a fleet that names its owner
        owner = context.topic  # "of the fleet", "of the GPU fleet": the fleet of the company under discussion
        if owner is None or owner.type not in TOPIC_TYPES or owner == holder:
            return None
        return f"{context.short_name(owner)} {label[len(first) :].strip()}"
    if first not in OWNING_PRONOUNS:
        return label
    speaking = context.speaker or context.issuer  # "our": the firm speaking, or the one whose release this is
    owner = speaking if first == "our" else (antecedent(sentence, whole[0].idx) or context.topic)
    if owner is None or owner.type not in TOPIC_TYPES or owner == holder:
        return None
    return f"{context.short_name(owner)} {label[len(first) :].strip()}"


def _counters_label(counter: Token, thing: Token, holder: Entity, context: ReadingContext) -> str | None:
    """The name of things a sentence counted, as its counter's ("Osk's Tarnby platform served 2 trillion tokens":
    "Tarnby tokens"): the last name in the counter's phrase that the article knows, else the firm "we" or "it"
    stands for; none when no one can be told, or the one holding the part counted them."""
    owner = _known_name_in(counter, context)
    if owner is None:
        speaking = context.speaker or context.issuer
        owner = speaking if counter.lower_ == "we" else context.it() if counter.lower_ == "it" else None
    return f"{context.short_name(owner)} {thing.text}" if owner is not None and owner != holder else None


def _known_name_in(phrase: Token, context: ReadingContext) -> Entity | None:
    """The entity the last name in a noun phrase stands for, as the article or the gazetteer knows it ("Nvidia's DGX
    Cloud": DGX Cloud; "our Tianmu platform": Tianmu), trying the longest run of capitalised words first; else the
    phrase's own proper name when it is one ("Quillmark handled …"), not a capitalised common noun ("Developers")."""
    words = [t for t in phrase.subtree if t.i <= phrase.i]
    runs: list[list[Token]] = []
    for word in words:
        capitalised = word.pos_ != "PRON" and any(c.isupper() for c in word.text) and word.text not in ("'s", "’s")
        if capitalised and runs and runs[-1][-1].i == word.i - 1:
            runs[-1].append(word)
        elif capitalised:
            runs.append([word])
    for run in reversed(runs):
        for start in range(len(run)):
            named = context.named(" ".join(t.text for t in run[start:]))
            if named is not None and named.type not in PLACE_TYPES:
                return named
    # a name of its own the article has not typed ("Quillmark handled 40 billion tokens"): the counter itself
    own = [t for t in phrase.subtree if t.pos_ == "PROPN" and t.i <= phrase.i]
    if phrase.pos_ == "PROPN" and own and phrase.text not in context.lexicon.not_names:  # not "AI" of "Tarn AI"
        return context.index.entity_for(" ".join(t.text for t in own), "Product")
    return None


def _the_hosts_whole(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> Entity | None:
    """ "Share of serverless tokens by model family: Pell 31%, …" in a provider's own notes, with no market under
    discussion: the whole is the provider's, the company the article is about."""
    host = context.title_subject or context.main_company
    whole = named_whole(sentence, quantity, context.lexicon, qualified=False)
    if host is None or host.type not in (*TOPIC_TYPES, "Aggregator") or whole is None:
        return None
    context.whole_paragraph = sentence.paragraph
    return context.index.entity_for(clean_name(f"{context.short_name(host)} {whole_label(whole)}"), "Market")


def _payers_bill(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> Entity | None:
    """The bill a share is of, as a whole of its payer's ("Pell Digital's 2025 bill"): the firm "our" or "its" says,
    or, for "the bill", the one whose spending the paragraph (or the one before) last stated. The context learns who
    pays it: a company taking part of it is the payer's supplier."""
    billed = billed_whole(sentence, quantity)
    if billed is None:
        return None
    whose, words = billed
    spender, paragraph = context.spender or (None, -9)
    recent = spender if 0 <= sentence.paragraph - paragraph <= 2 else None
    payer = context.speaker if whose == "our" else context.topic if whose in ("its", "their") else recent
    if payer is None or payer.type not in TOPIC_TYPES:
        return None
    bill = context.index.entity_for(f"{payer.label}'s {words}", "Market")
    context.bill_payers[bill.key] = payer
    return bill


def _describes_a_firm(mention: Mention, sentence: Sentence) -> bool:
    """Whether a place only says where a firm is from ("The Shanghai GPU designer said …", "a Chengdu provider"):
    a word qualifying a role noun, no place anything is sold in or comes from."""
    if mention.entity.type not in ("Country", "Region"):
        return False
    root = mention.root(sentence.span.doc)
    head = root.head
    while head.dep_ == "compound" and head.head != head:
        head = head.head
    roles = load_lexicon().role_nouns
    return root.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in roles


def _price_names(sentence: Sentence, entity: Entity, lexicon: Lexicon) -> bool:
    """Whether a price noun names the entity as what it is the price of ("Tarn-3 prices", "the price of Tarn-3"),
    or an offering as what it is a part of ("the long-context tier of Tarn-3")."""
    doc = sentence.span.doc
    for mention in sentence.mentions:
        if mention.entity != entity:
            continue
        root = mention.root(doc)
        owner = root.head.head if root.dep_ == "pobj" else root.head
        if root.head.lower_ in lexicon.price_nouns or owner.lower_ in lexicon.price_nouns:
            return True
        if root.dep_ == "pobj" and root.head.lower_ == "of" and owner.lemma_.lower() in lexicon.priced_offering_nouns:
            return True
    return False


def _priced_offering(sentence: Sentence, left: int, right: int, context: ReadingContext) -> Entity | None:
    """ "cut list prices for its GPU cloud instances", "raised its GPU rental prices": what the clause prices is
    the offering a price noun's phrase names — a head such as "instances" or "rental" with words of its own before
    it (a bare "its service" names nothing one could look up), or an owner's bare API, which the owner's name
    names ("cut its API fees by a third": the Tarn API), where the clause names no model or product of its own."""
    lexicon = context.lexicon
    doc = sentence.span.doc
    clause = [t for t in sentence.tokens if left <= t.idx < right]
    if not any(t.lower_ in lexicon.price_nouns for t in clause):
        return None
    for token in clause:
        priced = token.dep_ == "pobj" and token.head.lower_ in ("for", "of", "on")
        before_price = token.dep_ in ("compound", "amod", "nmod") and token.head.lower_ in lexicon.price_nouns
        if token.lemma_.lower() not in lexicon.priced_offering_nouns or not (priced or before_price):
            continue
        phrase = token.head if before_price else token  # "its GPU rental prices": "GPU" hangs on "prices"
        words = [t for t in doc[phrase.left_edge.i : token.i] if t.dep_ not in ("det", "poss", "predet")]
        api = token.lemma_.lower() == "api"
        if words and not api:  # "Tarn-3 API prices" price the model
            return context.index.entity_for(doc[words[0].i : token.i + 1].text, "Product")
        if not words and api and not _priced_thing_named(phrase, sentence):
            possessive = next((c for c in (*phrase.children, *token.children) if c.dep_ == "poss"), None)
            owner = _own_clause_subject(possessive, sentence) if possessive is not None else None
            owner = owner or (owner_named(possessive, sentence, context) if possessive is not None else None)
            if owner is not None:
                return context.index.entity_for(f"{owner.entity.label} API", "Product")
    return None


def _priced_thing_named(price: Token, sentence: Sentence) -> bool:
    """Whether a model or product is named as what the price is for ("cut its API prices for Tarn-3", "cut
    prices on Tarn-3 by 40%"), on the price noun or its verb, not in a clause of its own ("… when it released
    Tarn-3")."""
    verb = price.head if price.dep_ in ("dobj", "nsubj", "nsubjpass") else price
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "of")]
    region = {t.i for t in price.subtree} | {t.i for p in preps for t in p.subtree}
    things = [m for m in sentence.mentions if m.entity.type in ("Model", "Product")]
    return any(m.root(sentence.span.doc).i in region for m in things)


def _own_clause_subject(possessive: Token, sentence: Sentence) -> Mention | None:
    """ "When Tarn cut its API fees, Osk …": the company that is the subject of the clause "its" stands in
    (its own verb's subject), which comes before any name outside that clause."""
    if possessive.lower_ not in ("its", "their"):
        return None
    verb = next((a for a in possessive.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    named = [m for m in sentence.mentions if subject is not None and m.token_start <= subject.i < m.token_end]
    return named[0] if named and named[0].entity.type in BUSINESS_TYPES else None


def _coordinated_with(sentence: Sentence, subject: Entity) -> list[Mention]:
    """The mentions listed with the subject's ("Kestrel and Sable"; "Osk, Pell, Vey and Tarn", which the parser
    may chain through an apposition), read as one group of coordinated and apposed names."""
    doc = sentence.span.doc
    roots = {m.root(doc).i: m for m in sentence.mentions}
    group = {i for i, m in roots.items() if m.entity == subject}
    grown = True
    while grown:
        grown = False
        for i in roots.keys() - group:
            token = doc[i]
            linked = token.dep_ in _LISTED and token.head.i in group
            if linked or any(doc[g].dep_ in _LISTED and doc[g].head.i == i for g in group):
                group.add(i)
                grown = True
    return [m for i, m in roots.items() if i in group and m.entity != subject]


_LISTED = frozenset({"conj", "appos"})


def _platform(sentence: Sentence, subject: Entity, context: ReadingContext) -> Entity | None:
    """Where a share is measured: the entity the sentence puts it "on" ("on RouteHub", "on aggregator
    platforms"), else an aggregator the sentence names or the report is attributed to."""
    doc = sentence.span.doc
    for mention in sentence.mentions:
        root = mention.root(doc)
        if mention.entity != subject and root.dep_ == "pobj" and root.head.lower_ == "on":
            return mention.entity
    named = next((m.entity for m in sentence.mentions if m.entity.type == "Aggregator"), None)
    attributed = context.attribution if context.attribution and context.attribution.type == "Aggregator" else None
    if named is None and attributed is None and _ON_OWN_PLATFORM.search(sentence.text):
        # "the biggest single model on the platform at 31% of tokens", said by a provider: its own platform
        return context.speaker or context.issuer or context.title_subject
    return named or attributed


_ON_OWN_PLATFORM = re.compile(r"\bon\s+(?:the|our|its)\s+platform\b", re.IGNORECASE)


def measure_of(clause: str, sentence: Sentence, lexicon: Lexicon, clause_end: int | None = None) -> str | None:
    """The measure a figure is of: its clause's, else the sentence's up to the clause's end ("Its share rose to 5%,
    and it took 8% of tokens": the later clause's measure is its own figure's)."""
    before = sentence.doc_text[sentence.start : clause_end] if clause_end is not None else sentence.text
    return lexicon.measure_in(clause) or lexicon.measure_in(before)
