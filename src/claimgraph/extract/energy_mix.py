"""Shares of electricity. A source's share of what a consumer uses ("Renewable electricity covered 87% of our
consumption", "the Tarn campus runs on 100% renewable power", "we aim to match 80% of consumption with carbon-free
power"), and a class of consumers' share of what a place or a utility supplies ("data centres used about 4% of the
country's electricity", "Data-centre customers accounted for 14% of the Company's retail energy sales"). The holder
is a kind of power or of consumer, not a name, so the ordinary reading of a share (a named holder, a named market)
finds neither side; the whole is the consumer's electricity consumption, or the place's, or the utility's sales."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimgraph.extract.context import PLACE_TYPES, TOPIC_TYPES, ReadingContext
from claimgraph.extract.document import Mention, Sentence, clean_name, verb_over
from claimgraph.extract.normalize import Quantity
from claimgraph.extract.read_shares import ReadShare, percentage
from claimgraph.extract.references import owner_named
from claimgraph.records import Entity

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def energy_share(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> ReadShare | None:
    """The holder and the whole of a percentage of electricity, or None when the figure is no such share."""
    figure = percentage(sentence, quantity)
    if figure is None:
        return None
    return (
        _source_named_after(sentence, figure, context)
        or _share_of_consumption(sentence, figure, context)
        or _joined_share(sentence, figure, context)
    )


def _joined_share(sentence: Sentence, figure: Span, context: ReadingContext) -> ReadShare | None:
    """ "… used 4.4% of the country's electricity in 2023 and could use 7% to 12% by 2028": a figure with no whole
    of its own, the object of a verb of using joined to one whose figure is a share of electricity (and with no
    subject of its own), is a share of the same."""
    verb = verb_over(figure.doc, figure.start_char)
    if verb is None or verb.dep_ != "conj" or any(c.dep_ == "prep" and c.lower_ == "of" for c in figure.root.children):
        return None
    if figure.root.dep_ != "dobj" or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None  # "… and Pell Cloud's revenue grew 30%": a clause of its own
    if verb.lemma_ != verb.head.lemma_ and verb.lemma_ not in context.lexicon.electricity_verbs:
        return None
    shares = [t for t in verb.head.subtree if t.lower_ in ("%", "percent") and t.i < figure.start]
    earlier = (_share_of_consumption(sentence, figure.doc[t.i : t.i + 1], context) for t in shares)
    return next((share for share in earlier if share is not None), None)


def _source_named_after(sentence: Sentence, figure: Span, context: ReadingContext) -> ReadShare | None:
    """ "runs on 100% renewable power", "is supplied with 100% hydropower": a source the figure qualifies, of the
    electricity the clause's subject uses (a site, a campus, a company), else the company the text is about."""
    source = _source_after(figure, context)
    if source is None:
        return None
    owner = _clause_owner(sentence, figure, context)
    if owner is None:
        return None
    return ReadShare(_source_entity(source, context), f"{owner} electricity consumption", _chars(source))


def _source_after(figure: Span, context: ReadingContext) -> Span | None:
    """The source right after the figure: words of a source before a power noun ("renewable power", "carbon-free
    electricity", "solar and wind power"), or a source noun alone ("hydropower")."""
    doc = figure.doc
    end = figure.end
    while end < len(doc) and (_a_source_word(doc[end], context) or doc[end].lower_ == "and"):
        end += 1
    if end == figure.end or doc[end - 1].lower_ == "and":
        return None
    if end < len(doc) and doc[end].lemma_.lower() in context.lexicon.power_nouns:
        end += 1
    elif doc[end - 1].lower_ not in context.lexicon.power_source_nouns:
        return None  # "100% renewable" qualifies whatever follows, and "100% green" no electricity
    if doc[end - 1].dep_ in ("compound", "amod") or (end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN")):
        return None  # "a 30% solar tax credit", "100% clean energy targets": the source qualifies another noun
    return doc[figure.end : end]


def _share_of_consumption(sentence: Sentence, figure: Span, context: ReadingContext) -> ReadShare | None:
    """ "Carbon-free electricity covered 71% of our consumption", "data centres used 4.4% of US electricity": the
    figure is "of" a whole of electricity, held by the source or the consumers its verb's subject names (or its
    "with": "match 80% of consumption with carbon-free power")."""
    whole = _whole_of(figure.root, context)
    verb = verb_over(figure.doc, figure.start_char)
    if whole is None or verb is None:
        return None
    subject = _subject_of(verb)
    # "match 80% of consumption with carbon-free power", however the parser attached the "with" ("cut 30% of its
    # energy use with wind power" is no share)
    matching = verb.lemma_ in context.lexicon.power_matching_verbs
    with_source = next((c for c in (*verb.children, *whole.children) if c.dep_ == "prep" and c.lower_ == "with"), None)
    source = _phrase(with_source, context) if with_source is not None and matching else None
    if source is None and subject is not None:
        source = _phrase(subject, context, with_prep=False)
    if source is not None:
        owner = _whole_owner(whole, sentence, context) or _clause_owner(sentence, figure, context)
        if owner is None:
            return None
        return ReadShare(_source_entity(source, context), f"{owner} electricity consumption", _chars(source))
    consumers = _consumers(subject, context) if subject is not None else None
    if consumers is None:
        return None
    place = _place_of(whole, consumers, sentence, context)
    words = _whole_words(whole)
    if words.endswith("electricity") or whole.lemma_.lower() in context.lexicon.power_nouns:
        if place is None:
            return None
        label = f"{place} electricity consumption"
    else:
        owner = _whole_owner(whole, sentence, context) or place
        if owner is None:
            return None
        # "Tarn Power retail energy sales"; "US electricity demand" names its place already
        label = words if owner in words else f"{owner} {words}"
    holder = context.index.entity_for(clean_name(consumers.text), "Group")
    return ReadShare(holder, label, _chars(consumers))


def _subject_of(verb: Token) -> Token | None:
    """A verb's subject, or the subject of the verb it is joined to ("used 4% … and could use 7% by 2028")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head


def _whole_of(share: Token, context: ReadingContext) -> Token | None:
    """The noun after the figure's "of" that measures electricity: "of our consumption", "of US electricity", "of
    the Company's retail energy sales"."""
    for prep in (c for c in share.children if c.dep_ == "prep" and c.lower_ == "of"):
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None:
            return None
        lemma = noun.lemma_.lower()
        modifiers = [t for t in noun.lefts if t.dep_ in ("compound", "amod")]
        if lemma in context.lexicon.power_nouns and not any(_foreign(t, context) for t in modifiers):
            return noun  # "of US electricity", "of the country's metered electricity", not "of computing power"
        if lemma in context.lexicon.electricity_wholes and (
            lemma == "consumption" or any(t.lemma_.lower() in context.lexicon.power_nouns for t in noun.lefts)
        ):
            return noun  # "of our consumption", "of retail energy sales", not "of total demand for GPUs"
    return None


def _foreign(modifier: Token, context: ReadingContext) -> bool:
    """Whether a word qualifying a power noun makes it something else than electricity ("computing power")."""
    return modifier.tag_ in ("NN", "NNS", "VBG") and modifier.lemma_.lower() not in context.lexicon.power_nouns


def _whole_words(whole: Token) -> str:
    """The whole's words without its owner or article: "retail energy sales", "metered electricity"."""
    kept = [t for t in whole.lefts if t.dep_ in ("compound", "amod") and t.tag_ != "VBN"]  # not "expected"
    return " ".join([*(t.text for t in kept), whole.text])


def _whole_owner(whole: Token, sentence: Sentence, context: ReadingContext) -> str | None:
    """Whose consumption it is, as its possessive names it: "our" (the firm speaking or the issuer), "its", a
    company's name, "the campus's" (the campus the sentence or the text names)."""
    possessive = next((c for c in whole.children if c.dep_ == "poss"), None)
    if possessive is None:
        return None
    named = owner_named(possessive, sentence, context)
    if named is not None:
        return context.short_name(named.entity)
    if possessive.lower_ == "our" and context.issuer is not None and context.self_report:
        return context.short_name(context.issuer)  # "our consumption" in the issuer's own report
    place = next((m for m in sentence.mentions if m.token_start <= possessive.i < m.token_end), None)
    if place is not None and place.entity.type in PLACE_TYPES:
        return place.entity.label
    return None


def _clause_owner(sentence: Sentence, figure: Span, context: ReadingContext) -> str | None:
    """Whose electricity a clause's figure is: its subject's name ("Pell Cloud runs on …", "Norway runs on …"), the
    words of a site it names ("its Tarn campus is supplied with …": "Tarn campus"), a place it is said of ("… of
    electricity in Denmark"), the company a pronoun subject means ("it uses", "we run"), or, in a company's own
    report, the company; no one else's (a grid's or the world's electricity is no company's)."""
    verb = verb_over(figure.doc, figure.start_char)
    subject = _subject_of(verb) if verb is not None else None
    if subject is not None and subject.pos_ != "PRON":
        site = [t for t in subject.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        if site and subject.lemma_.lower() in context.lexicon.site_nouns:
            return " ".join([*(t.text for t in site), subject.text])  # "Tarn campus", though "Tarn" is a town
        named = next((m for m in sentence.mentions if subject.left_edge.i <= m.token_start <= subject.i), None)
        if named is not None and (named.entity.type in TOPIC_TYPES or named.entity.type in PLACE_TYPES):
            return context.short_name(named.entity)  # "Pell Cloud runs on …", "Norway's grid runs on …"
    place = next((m for m in sentence.mentions if m.start >= figure.end_char and m.entity.type in PLACE_TYPES), None)
    if place is not None:
        return place.entity.label  # "… supplied 50% of electricity in Denmark"
    pronouns = {t.lower_ for t in subject.subtree if t.pos_ == "PRON"} if subject is not None else set()
    speaking = context.speaker or (context.issuer if context.self_report else None)
    if pronouns & {"we", "us"} and speaking is not None:
        return context.short_name(speaking)  # "we run on 100% hydropower": the firm speaking
    if pronouns & {"it", "they"} and context.topic is not None:
        return context.short_name(context.topic)  # "it uses", "every megawatt it uses": the company talked about
    own = context.issuer if context.self_report else None
    return context.short_name(own) if own is not None else None


def _phrase(head: Token, context: ReadingContext, with_prep: bool = True) -> Span | None:
    """The source a noun phrase names ("carbon-free electricity", "renewable power", "hydropower"), without its
    article, or None when it names no source."""
    noun = next((c for c in head.children if c.dep_ == "pobj"), None) if with_prep else head
    if noun is None:
        return None
    if noun.lemma_.lower() not in context.lexicon.power_nouns and noun.lower_ not in context.lexicon.power_source_nouns:
        return None
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("det", "poss", "predet")]
    if not any(_a_source_word(t, context) for t in words):
        return None
    return noun.doc[words[0].i : noun.i + 1]


def _a_source_word(token: Token, context: ReadingContext) -> bool:
    """A word naming a source of electricity ("renewable", "solar", "hydropower"; "carbon" and "free" of
    "carbon-free", which the tokenizer splits)."""
    word = _hyphenated(token).lower()
    return word in context.lexicon.power_sources or word in context.lexicon.power_source_nouns


def _hyphenated(token: Token) -> str:
    """The whole hyphenated word a token is part of ("carbon-free" for "carbon", "-" or "free")."""
    doc = token.doc
    start = token.i
    while start > 0 and not doc[start - 1].whitespace_ and "-" in (doc[start - 1].text, doc[start].text):
        start -= 1
    end = token.i
    while end + 1 < len(doc) and not doc[end].whitespace_ and "-" in (doc[end].text, doc[end + 1].text):
        end += 1
    return doc[start : end + 1].text


def _consumers(subject: Token, context: ReadingContext) -> Span | None:
    """A class of consumers a subject names ("US data centres", "Data-centre customers", "Ireland's data centres"),
    its article dropped, or None."""
    words = [t for t in subject.subtree if t.i <= subject.i and t.dep_ not in ("det", "predet")]
    if not words:
        return None
    phrase = subject.doc[words[0].i : subject.i + 1]
    flat = phrase.text.lower().replace("-", " ")
    if not any(kind in flat for kind in context.lexicon.power_consumers) or subject.tag_ not in ("NNS", "NNPS"):
        return None
    return phrase


def _place_of(whole: Token, consumers: Span, sentence: Sentence, context: ReadingContext) -> str | None:
    """The place whose electricity it is: one the whole names ("US electricity", "Indiana's electricity"), else one
    the consumers name ("Irish data centres … of the country's electricity")."""
    for span in (whole.doc[whole.left_edge.i : whole.i + 1], consumers):
        place = _place_in(span, sentence, context)
        if place is not None:
            return place
    return None


def _place_in(span: Span, sentence: Sentence, context: ReadingContext) -> str | None:
    """A place named within the span, by its name as written ("U.S.", not the gazetteer's "US"), or by
    the gazetteer's for an adjective ("Chilean": "Chile")."""
    found: Mention | None = next(
        (m for m in sentence.mentions if span.start <= m.token_start < span.end and m.entity.type in PLACE_TYPES),
        None,
    )
    if found is None:
        return None
    written = sentence.doc_text[found.start : found.end]
    return found.entity.label if written in context.lexicon.demonyms else written


def _source_entity(source: Span, context: ReadingContext) -> Entity:
    return context.index.entity_for(clean_name(source.text.replace(" - ", "-")), "Product")


def _chars(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char
