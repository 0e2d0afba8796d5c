"""Whom a figure is about: the subject of the verb that governs it (through "its", "it", "the company", an
apposition, a demonstrative "this segment"), the owner of an absolute amount ("the 340,000-line codebase of
Falcon Studio"), the market a size or growth figure is about, else the nearest fitting name before it; a research
firm that reports the figure is its source, never its subject."""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimgraph.extract.clause_paths import placed_by_a_preposition
from claimgraph.extract.context import TOPIC_TYPES, ReadingContext
from claimgraph.extract.document import Mention, Sentence, token_at
from claimgraph.extract.lexicon import Lexicon
from claimgraph.extract.normalize import Quantity
from claimgraph.extract.ownership import units_referred
from claimgraph.extract.references import antecedent, company_anaphor
from claimgraph.extract.share_holders import (
    elided_owner,
    goes_to_no_name,
    ranked_holder,
    recipient,
    rest_of_the_field,
    share_owner,
    share_run,
    with_holder,
)
from claimgraph.extract.site_names import site_sized
from claimgraph.extract.spans import OPENS_ITS_LINE, converted_amount_start
from claimgraph.extract.wholes import PLACES, whole_of_a_share
from claimgraph.records import Entity

PHYSICAL = frozenset({"GW", "MW", "lines", "tokens"})


def figure_subject(
    sentence: Sentence, quantity: Quantity, claim_type: str, context: ReadingContext
) -> Mention | Entity | None:
    allowed = context.lexicon.subject_types[claim_type]
    doc = sentence.span.doc
    converted = converted_amount_start(sentence, quantity.start)  # "¥5,200億 [US$3.4 billion]": the yen's syntax
    token = token_at(doc, converted if converted is not None else quantity.start)
    site = site_sized(token, sentence, context) if token is not None and claim_type == "Capacity" else None
    if site is not None:
        return site  # "The Graz campus has 12 MW", "bringing the site to 64 MW": the site's
    if token is not None and quantity.unit in PHYSICAL:
        owner = _owner_of_amount(sentence, token, allowed)  # "the 340,000-line codebase of Falcon Studio"
        if owner is not None:
            return owner
        window = _WINDOW_OWNED.search(sentence.doc_text, sentence.start, quantity.start)
        owner = next((m for m in sentence.mentions if window and m.end == window.start()), None)
        if owner is not None and owner.entity.type in allowed:
            return owner  # "Osk raised Tarn-5's context window to 262,144 tokens": the model's window
        named = _named_by_apposition(sentence, token, context)
        if named is not None and claim_type == "Capacity":
            return named  # "Stargate UAE, a 1 GW cluster": the thing the sized noun describes
        estimated = _estimated_owner(sentence, quantity, allowed, context)
        if estimated is not None:
            return estimated  # "IMDA estimates Singapore's operational capacity at 1.45 GW": Singapore's
    elided = elided_owner(sentence, quantity, allowed)
    if elided is not None:
        return elided
    if claim_type == "MarketShare" and rest_of_the_field(sentence, quantity):
        return context.index.entity_for("Others", "Group")  # "and everyone else the remaining 13%"
    ranked = ranked_holder(sentence, quantity, allowed) if claim_type == "MarketShare" else None
    ranked = ranked or (with_holder(sentence, quantity, allowed) if claim_type == "MarketShare" else None)
    run = share_run(sentence, quantity, allowed) if claim_type == "MarketShare" and ranked is None else None
    ranked = ranked or (run.holder if run is not None else None)
    if ranked is not None:
        return ranked  # "…, with Osk Cloud second at 27%", "ahead of Tarn with 18%": whatever verb governs
    if claim_type == "MarketShare" and goes_to_no_name(sentence, quantity, context):
        return None  # "Osk says 70% of the GPU-hours it sold went to inference": no business holds that part
    if token is not None:
        found = _syntactic_subject(sentence, token, allowed, context, share=claim_type == "MarketShare")
        if found is not None:
            return found
    described = _described_after_a_dash(sentence, quantity, allowed)
    if described is not None:
        return described  # "$12 billion — Osk's hosting deal with Tarn": the figure's gloss says whose
    if claim_type == "GrowthRate" and token is not None and (last := _that_figure(sentence, token, context)):
        return last  # "… at $2.1 billion in the half. That was 42% more than in the first half": its growth
    if claim_type == "MarketSize" and context.share_market is not None and whole_of_a_share(sentence, quantity):
        return context.share_market  # "took 80% of the $9 billion spent on AI chips": that market's size
    if claim_type in ("MarketSize", "GrowthRate"):
        clause = sentence.doc_text[sentence.start : quantity.end].lower()
        markets = [m for m in sentence.mentions if m.entity.type == "Market" and m.start < quantity.end]
        if markets:
            return markets[-1]
        if any(phrase in clause for phrase in context.lexicon.market_anaphora) or sentence.is_heading:
            return context.current_market()
        if claim_type == "GrowthRate" and _COMPOUND_GROWTH.search(clause) and not _owned_before(sentence, quantity):
            return context.current_market()  # "We forecast $72 billion in 2030, a CAGR of 37%": the market's
        if token is not None and _verb_takes_it(token):
            return context.current_market()  # "We size it at roughly $9.6 billion": the market under discussion
        if unowned_measure_subject(sentence, quantity, context) and context.recent_topic(sentence) is None:
            return context.current_market()  # "Shipments grew 12%": the market under discussion grew
    if claim_type == "MarketShare":
        holder = recipient(sentence, quantity, allowed, context) or share_owner(sentence, quantity, allowed, context)
        if holder is not None:
            return holder
    before = [
        m
        for m in sentence.mentions
        if m.end <= quantity.start
        and m.entity.type in allowed
        and not _named_as_a_source(sentence, m)
        and not _in_an_aside(sentence, m, quantity)
    ]
    figure = token_at(doc, quantity.start)
    if claim_type == "Capacity" and figure is not None:
        # "an Osk Cloud region in Lyon, opening in June with 40 MW": the figure said of the site is its owner's,
        # not the town's that only says where the site is (kept when no one else is named before the figure)
        owners = [m for m in before if not _locates_a_site(m, sentence, context.lexicon, figure)]
        before = owners or before
    if before:
        return before[-1]
    after = [
        m
        for m in sentence.mentions
        if m.start >= quantity.end
        and m.entity.type in allowed
        and not _names_hardware(m, sentence, context)
        and not _KIND_OF_CAPACITY.match(sentence.doc_text, m.end)
        and not (
            claim_type == "Capacity" and figure is not None and _locates_a_site(m, sentence, context.lexicon, figure)
        )
    ]
    if claim_type == "Capacity" and after:
        return after[0]
    entry = context.entry_model(sentence)  # "Context window: 200,000 tokens" right under "2. Tarn-5 (Osk) — $3"
    return entry if entry is not None and entry.type in allowed else None


_COMPOUND_GROWTH = re.compile(r"\bcagr\b|compound annual")


def _names_hardware(mention: Mention, sentence: Sentence, context: ReadingContext) -> bool:
    """Whether a name only says whose hardware a thing is ("designed for Osk K9 racks", "runs on Tarn chips"): the
    maker of what fills a building holds none of its megawatts."""
    token = mention.root(sentence.span.doc)
    while token.dep_ in ("compound", "nmod", "poss") and token.head != token:
        if token.dep_ == "poss" and mention.entity.type == "Cloud":
            return False  # "will house Osk Cloud's racks": a cloud's racks are its own, which it may hold power for
        token = token.head  # "Tarn's K9 racks": the maker's
    return token.lemma_.lower() in context.lexicon.hardware_nouns and token.i >= mention.token_end


def _locates_a_site(mention: Mention, sentence: Sentence, lexicon: Lexicon, figure: Token) -> bool:
    """Whether a place only says where a site someone named owns is, and the figure is said of the site ("an Osk
    region in Lyon, France, opening with 40 MW"; not "with Osk's site in Texas, the state's pipeline tops 40 GW")."""
    if mention.entity.type not in PLACES:
        return False
    site = _owned_site_placed(mention.root(sentence.span.doc), sentence, lexicon)
    return site is not None and site in figure.ancestors


def _owned_site_placed(token: Token, sentence: Sentence, lexicon: Lexicon) -> Token | None:
    """The site noun a place's name says where it is, when the sentence names the site's owner: the name hangs,
    through an apposition or a list, off a site preposition whose head is a site noun, and that noun has a firm's
    name, or "its" / "their" for a firm named before, in front of it ("Osk's data centre in Lyon, France", "its
    data centre in Lyon" after "Osk said"). A site no one is named to own ("the campus at Lyon") is the place's."""
    site = placed_by_a_preposition(token, lexicon.site_prepositions)
    if site is None or site.lemma_.lower() not in lexicon.site_nouns:
        return None
    owners = [c for c in site.children if c.dep_ in ("poss", "compound")]
    named = any(
        m.entity.type in TOPIC_TYPES and m.token_start <= o.i < m.token_end for o in owners for m in sentence.mentions
    )
    referred = any(o.lower_ in ("its", "their") and antecedent(sentence, o.idx) is not None for o in owners)
    return site if named or referred else None


def _owned_before(sentence: Sentence, quantity: Quantity) -> bool:
    """Whether a company or a product is named before the figure in its sentence (whose growth it may be)."""
    kinds = ("Company", "Cloud", "Lab", "Organization", "Model", "Product")
    return any(m.end <= quantity.start and m.entity.type in kinds for m in sentence.mentions)


def _estimated_owner(
    sentence: Sentence, quantity: Quantity, allowed: frozenset[str], context: ReadingContext
) -> Mention | None:
    """ "IMDA estimates Singapore's operational data-centre capacity at about 1.45 GW": an estimating verb, then an
    owner's possessive on the measured noun, then "at" the figure. The owner holds the amount; the one who estimates
    it is its source, whatever kind of body it is."""
    text = sentence.doc_text
    owned = _POSSESSED_AT.search(text, sentence.start, quantity.start)
    owner = next((m for m in sentence.mentions if owned is not None and m.end == owned.start()), None)
    if owner is None or owner.entity.type not in allowed:
        return None
    before = text[max(sentence.start, owner.start - 20) : owner.start].split()
    verb = before[-1].lower() if before else ""
    lemmas = {verb, verb.removesuffix("s"), verb.removesuffix("d"), verb.removesuffix("ed")}
    return owner if lemmas & context.lexicon.estimating_verbs else None


# "… Singapore's operational data-centre capacity at about 1.45 GW": a possessive, the measured words, "at" the figure
_POSSESSED_AT = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){1,5}at\s+(?:(?:about|around|roughly|nearly|almost|some|just|an\s+estimated)\s+)?$"
)


_WINDOW_OWNED = re.compile(r"['’]s\s+(?:[\w-]+\s+)?context\s+(?:window|length)\b", re.IGNORECASE)


def _described_after_a_dash(sentence: Sentence, quantity: Quantity, allowed: frozenset[str]) -> Mention | None:
    """A figure opening its line, glossed after a dash ("7. $12 billion — Osk's hosting deal with Tarn",
    "Two gigawatts — the racks Osk plans to install"): the owner the gloss names first, by a possessive or as the
    subject of its clause."""
    text = sentence.doc_text
    line_start = text.rfind("\n", 0, quantity.start) + 1
    gloss = _GLOSS_DASH.match(text, quantity.end)
    if gloss is None or not OPENS_ITS_LINE.fullmatch(text, line_start, quantity.start):
        return None
    doc = sentence.span.doc
    for mention in (m for m in sentence.mentions if m.start >= gloss.end() and m.entity.type in allowed):
        root = mention.root(doc)
        if _POSSESSIVE_AFTER.match(text, mention.end) or (root.dep_ == "nsubj" and root.head.dep_ == "relcl"):
            return mention
    return None


_GLOSS_DASH = re.compile(r"\s*[—–:]\s*|\s+-\s+")
_POSSESSIVE_AFTER = re.compile(r"['’](?:s\b|(?=\s))")  # "Osk's", "Osk Labs'"


def _verb_takes_it(token: Token) -> bool:
    """Whether the verb that governs the figure has "it" for its object ("size it at", "put it at", "value it at")."""
    verb = next((t for t in token.ancestors if t.pos_ == "VERB"), None)
    return verb is not None and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)


_AS_A_SOURCE = re.compile(
    r"(?:\b(?:analysts?|economists?|researchers?|strategists?)\s+(?:at|from|with)|\baccording\s+to|\bper)\s+$", re.I
)


def _in_an_aside(sentence: Sentence, mention: Mention, quantity: Quantity) -> bool:
    """ "AI products inside Qiantang Cloud (GPU rental, the Jadeite platform) brought in RMB 2.2 billion": a name in
    a parenthesis closed before the figure is an example, not who the figure belongs to."""
    text = sentence.doc_text
    opened = text.rfind("(", sentence.start, mention.start)
    inside = opened != -1 and text.find(")", opened, mention.start) == -1
    return inside and text.find(")", mention.end, quantity.start) != -1


def _named_as_a_source(sentence: Sentence, mention: Mention) -> bool:
    """ "analysts at Pemberton Securities estimate …", "according to Tarnwick": a name given as who says the figure,
    not as whose it is."""
    return bool(_AS_A_SOURCE.search(sentence.doc_text, max(sentence.start, mention.start - 40), mention.start))


def _named_by_apposition(sentence: Sentence, token: Token, context: ReadingContext) -> Mention | Entity | None:
    """ "Stargate UAE, a 1 GW cluster": the name a sized noun phrase stands in apposition with (a mention, or the
    capitalised name itself, a facility no gazetteer knows)."""
    noun = token
    while noun.dep_ in ("nummod", "compound", "amod", "quantmod") and noun.head != noun:
        noun = noun.head
    if noun.dep_ != "appos" or noun is token or noun.pos_ != "NOUN":
        return None  # "… TPUs, well over 1 GW of capacity": the amount itself restates, it names nothing
    head = noun.head
    mention = next((m for m in sentence.mentions if m.token_start <= head.i < m.token_end), None)
    words = [t for t in head.subtree if t.i <= head.i]
    if mention is not None and mention.entity.type not in ("Country", "Region"):
        return mention
    if words and all(t.text[:1].isupper() or t.is_punct for t in words) and head.pos_ == "PROPN":
        name = sentence.doc_text[words[0].idx : head.idx + len(head.text)]
        return context.index.entity_for(name, "Product")
    return None


def _owner_of_amount(sentence: Sentence, token: Token, allowed: frozenset[str]) -> Mention | None:
    """For an absolute amount, the entity its noun phrase says it belongs to: "<amount> <noun> of <owner>"."""
    noun = token
    while noun.dep_ in ("nummod", "compound", "amod", "npadvmod", "quantmod") and noun.head != noun:
        noun = noun.head
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    # the thing itself, not a maker named in it ("2 GW of Sable S4 GPUs" is not Sable's), nor the
                    # kind of capacity a name says, however the parser split it ("120 MW of Osk K9 capacity")
                    return next(
                        (
                            m
                            for m in sentence.mentions
                            if m.token_start <= pobj.i < m.token_end
                            and m.entity.type in allowed
                            and not _KIND_OF_CAPACITY.match(sentence.doc_text, m.end)
                        ),
                        None,
                    )
    return None


# after a name, and up to three words but no function word ("… K9 NVL72 capacity", "… next-generation racks", not
# "… to run its compute"): the capacity it is the kind of
_KIND_OF_CAPACITY = re.compile(
    r"(?:[\s-]+(?!(?:to|for|in|on|of|at|its|their|our|the|a|and|with|from|by)\b)[\w.-]+){0,3}?\s+"
    r"(?:capacity|compute|racks?|systems|servers|GPUs|chips|accelerators|clusters)\b"
)


def _syntactic_subject(
    sentence: Sentence, token: Token, allowed: frozenset[str], context: ReadingContext, share: bool = False
) -> Mention | Entity | None:
    """Walk up from the figure to each governing verb and take its subject, resolving "its"/"the company"."""
    for head in [token, *token.ancestors]:
        if head.pos_ not in ("VERB", "AUX"):
            continue
        if share and head.lemma_.lower() in context.lexicon.crediting_verbs:
            # "… and it gives Sable a 36% share", whoever "it" is: the one given the share holds it
            given = next((c for c in head.children if c.dep_ == "dative"), None)
            found = _mention_in(sentence, given, allowed, context.lexicon) if given is not None else None
            if found is not None:
                return found
            if given is not None and given.lower_ == "it":  # "…; Ostrander gives it 41%": the one given one before
                credited = _credited_before(sentence, head, allowed, context)
                if credited is not None:
                    return credited
        for child in head.children:
            if child.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if child.lower_ in ("which", "who", "that") and head.dep_ == "relcl":
                child = head.head  # "Anthropic, which in turn committed $30 billion": the clause's noun
                if child.pos_ == "PROPN" and (site := _owned_site_placed(child, sentence, context.lexicon)):
                    # "its data centre in Lyon, which opened with 20 MW": the site opened; not "its data centres in
                    # Norway, which has 3 GW": a singular verb is the place's, after a plural site
                    child = child if site.tag_ == "NNS" and head.tag_ == "VBZ" else site
                copula_subject = next((c for c in child.head.children if c.dep_ == "nsubj"), None)
                if child.dep_ == "attr" and child.pos_ == "NOUN" and copula_subject is not None:
                    child = copula_subject  # "Talvik is an Oslo-listed GPU cloud that runs 64 MW": Talvik
            unit = _unit_meant(sentence, child, context)
            if unit is not None and unit.entity.type in allowed:
                return unit  # "Osk Group's cloud arm held 31%": the unit the article talks about, not its owner
            mention = _mention_in(sentence, child, allowed, context.lexicon)
            if mention is not None and not _only_a_modifier(mention, child, sentence):
                return mention
            if _is_source(sentence, child, context):
                # "Tidewell puts growth at 21.5%": the research firm is the source, not the subject; "the firm puts
                # Sable second with 12%": what it puts is
                placed = next((c for c in head.children if c.dep_ == "dative"), None) or next(
                    (c for c in head.children if c.dep_ == "dobj"), None
                )  # "gives Volcano Engine 46%": the one given the figure
                found = _mention_in(sentence, placed, allowed, context.lexicon) if placed is not None else None
                if found is not None:
                    return found
                continue
            if _market_anaphor(child):
                # "… and the market as a whole grew by 60%": the clause is about the market, not an earlier subject
                return context.current_market() if "Market" in allowed else None
            teller = _reporting_subject(sentence, child, context) if child.lower_ == "it" else None
            if teller is not None and teller.type in allowed:
                return teller  # "Strass Cloud says it has doubled …": a company telling of itself
            if child.lower_ == "it" and "Market" in allowed and context.current_market() is not None:
                return context.current_market()  # "… and expects it to double": the market under discussion
            if child.lower_ == "we" and context.speaker is not None:
                return context.speaker if context.speaker.type in allowed else None  # "we expect revenue of …"
            if child.lower_ == "they" and context.group is not None and context.group.type in allowed:
                return context.group  # "Neoclouds … grew fast. We estimate they now hold 11%": the group named
            if child.lower_ in ("it", "they") or (company_anaphor(child, context) and context.topic):
                referent = _anaphor_subject_before(sentence, child, context) or antecedent(sentence, child.idx)
                referent = referent or context.topic
                return referent if referent and referent.type in allowed else None
            if mention is None and child.lemma_.lower() in context.lexicon.report_nouns and share:
                # "our October note put Pell Cloud's share at 38%": a report's owner reports; what it puts holds it
                placed = next((c for c in head.children if c.dep_ in ("dative", "dobj")), None)
                found = _mention_in(sentence, placed, allowed, context.lexicon) if placed is not None else None
                if found is not None:
                    return found
            owner = next(
                (
                    c
                    for c in child.children
                    if c.dep_ == "poss" and (c.lower_ in ("its", "their", "our") or company_anaphor(c, context))
                ),
                None,
            )  # "its Heron clusters", "the unit's revenue"
            if owner is not None and mention is None:
                spoken = context.speaker if owner.lower_ == "our" else None
                referent = spoken or antecedent(sentence, owner.idx) or context.topic
                if referent is not None and referent.type in allowed:
                    return referent  # "its Heron server clusters already draw 0.8 GW": the owner's capacity
            if share and any(d.dep_ == "det" and d.lower_ in ("this", "that", "these") for d in child.children):
                return context.group  # "This segment accounts for 14% of …": the group last named
    return None


def _credited_before(
    sentence: Sentence, verb: Token, allowed: frozenset[str], context: ReadingContext
) -> Entity | None:
    """The company an earlier crediting verb of the sentence gave a figure ("Velin gives Pell Cloud 24%; Ostrander
    gives it 41%")."""
    for other in sentence.tokens:
        if other.i >= verb.i or other.lemma_.lower() not in context.lexicon.crediting_verbs:
            continue
        given = next((c for c in other.children if c.dep_ == "dative"), None)
        found = _mention_in(sentence, given, allowed, context.lexicon) if given is not None else None
        if found is not None:
            return found.entity
    return None


def _that_figure(sentence: Sentence, token: Token, context: ReadingContext) -> Entity | None:
    """What "that" or "this" as the subject of a growth figure's clause stands for: the subject of the figure the
    paragraph stated just before."""
    last = context.last_numeric
    if last is None or context.last_numeric_paragraph != sentence.paragraph:
        return None
    verb = next((t for t in [token, *token.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    pointed = verb is not None and any(c.dep_ == "nsubj" and c.lower_ in ("that", "this") for c in verb.children)
    return last.subject if pointed else None


def _unit_meant(sentence: Sentence, noun: Token, context: ReadingContext) -> Mention | None:
    """The unit a unit noun of a named owner stands for (``ownership.units_referred``), when the noun is it."""
    if noun.lower_ not in context.lexicon.unit_nouns:
        return None
    return next((unit for _, unit, _, _ in units_referred(sentence, context) if unit.token_start == noun.i), None)


def _reporting_subject(sentence: Sentence, pronoun: Token, context: ReadingContext) -> Entity | None:
    """ "Strass Cloud says it has doubled its customer base": a company reporting about itself, the subject of the
    reporting verb the pronoun's clause is the complement of."""
    clause = pronoun.head
    verb = clause.head
    said = verb.lemma_.lower() in context.lexicon.attribution_verbs
    if clause.dep_ != "ccomp" or not said or verb.lemma_.lower() in context.lexicon.estimating_verbs:
        return None  # "Quarry expects it to triple" is a forecast about something else
    teller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    named = next((m for m in sentence.mentions if teller is not None and m.token_start <= teller.i < m.token_end), None)
    return named.entity if named is not None and named.entity.type in TOPIC_TYPES else None


def _market_anaphor(token: Token) -> bool:
    """ "the market", "this market", "the market as a whole": a definite market noun naming no market itself."""
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    qualified = any(c.dep_ in ("amod", "compound", "poss") for c in token.children)
    return token.lemma_.lower() == "market" and bool(determiners & {"the", "this", "that"}) and not qualified


def _anaphor_subject_before(sentence: Sentence, pronoun: Token, context: ReadingContext) -> Entity | None:
    """ "The company does not sell Osk's chips, although it cut …": when the last subject before a pronoun is
    "the company", the pronoun goes on with it (the company under discussion), not with a name in between."""
    subjects = [t for t in sentence.tokens if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not company_anaphor(subjects[-1], context):
        return None
    if any(m.token_start <= subjects[-1].i < m.token_end for m in sentence.mentions):
        return None  # "the Osk Company": a name, read as one
    return context.described(subjects[-1].lemma_, ())


def _is_source(sentence: Sentence, token: Token, context: ReadingContext) -> bool:
    """Whether a subject is the party reporting the figure rather than what the figure is about."""
    mention = next((m for m in sentence.mentions if m.token_start <= token.i < m.token_end), None)
    # "The company is estimated to hold 10%": the subject of a passive reporting verb is what is reported on
    verbs = context.lexicon.attribution_verbs if token.dep_ != "nsubjpass" else frozenset()
    if mention is not None:
        return mention.entity.type == "ResearchFirm" or (
            mention.entity == context.attribution and token.head.lower_ in verbs
        )
    if company_anaphor(token, context) and token.head.lower_ in verbs:
        return True  # "…, the research firm said": whoever it is, it reports the figure
    if company_anaphor(token, context) and any(
        c.dep_ in ("compound", "amod") and c.lower_ in context.lexicon.attribution_possessed for c in token.children
    ):
        return True  # "the research firm gives Volcano Engine 46%": a firm named by its research is a source
    research = context.attribution is not None and context.attribution.type == "ResearchFirm"
    return token.lower_ in ("it", "they") and research and token.head.lower_ in verbs


def _only_a_modifier(mention: Mention, head: Token, sentence: Sentence) -> bool:
    """ "its Heron server clusters": Heron only qualifies what the subject is; the owner is the subject."""
    root = mention.root(sentence.span.doc)
    return root != head and root.dep_ == "compound" and any(c.dep_ == "poss" for c in head.children)


def _mention_in(sentence: Sentence, token: Token, allowed: frozenset[str], lexicon: Lexicon) -> Mention | None:
    """The allowed mention covering the token, else its apposition ("Ashgrove's cloud unit, Larkspur Cloud"), else
    one in the phrase it heads ("the share of Korean hyperscalers")."""
    for mention in sentence.mentions:
        if mention.token_start <= token.i < mention.token_end and mention.entity.type in allowed:
            return mention
    for child in token.children:
        if child.dep_ == "appos":
            found = next(
                (m for m in sentence.mentions if m.token_start <= child.i < m.token_end and m.entity.type in allowed),
                None,
            )
            if found is not None:
                return found
    # the phrase the token heads, but not what its prepositions other than "of" add ("capacity from Sable"); a
    # measure of use is of what it is addressed to ("requests to Tarn-3", "token volume on Tarn-3")
    kept = ("of", "to", "on", "for") if token.lower_ in lexicon.use_measures else ("of",)
    aside = {t.i for c in token.children if c.dep_ == "prep" and c.lower_ not in kept for t in c.subtree}
    subtree = {t.i for t in token.subtree} - aside
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is not None:  # "Our share of AI cloud spending in Peru": the possessor's, not Peru's
        subtree = {t.i for t in owner.subtree}
    for mention in sentence.mentions:
        if mention.token_start in subtree and mention.entity.type in allowed:
            return mention
    return None


def unowned_measure_subject(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> bool:
    """Whether the verb governing the figure has a measure (or growth itself) for its subject and no owner for it
    ("Shipments grew 12%", "Spending had reached $4 billion", "when growth was 25%"; not "its shipments",
    "Kestrel's revenue")."""
    token = token_at(sentence.span.doc, quantity.start)
    if token is None:
        return False
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        phrase = " ".join(t.lower_ for t in subject.subtree)
        owned = any(c.dep_ == "poss" or c.pos_ == "PROPN" for c in subject.children)
        if not owned and any(phrase.endswith(m) for m in (*context.lexicon.measures, "growth")):
            return True
    # "This points to growth of about 27% a year": the figure is the growth itself, which no one owns
    amount = token
    while amount.dep_ in ("nummod", "quantmod", "compound", "advmod") and amount.head != amount:
        amount = amount.head
    of = amount.head if amount.dep_ == "pobj" else None
    growth = of.head if of is not None and of.lower_ == "of" else None
    return (
        growth is not None
        and growth.lemma_.lower() == "growth"
        and not any(c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN" for c in growth.children)
        and not any(c.dep_ == "poss" for c in growth.children)
    )
