"""Hardware bought through a reseller: "Nvidia HGX B200 systems that Telus buys through Dell", "We buy our Nvidia
servers through Dell", "bought from Nvidia through Dell Technologies". A purchase through a reseller is two sales —
the maker sells to the reseller, the reseller to the buyer — so the buyer is a customer of both, and the reseller a
customer of the maker. A model or a cloud service bought "through" a cloud is not: the cloud is the seller, and
whose model it is says nothing of who paid whom (``customers.py`` reads the buyer and the cloud)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import Found, Mention, Sentence
from claimgraph.extract.product_relations import gazetteer_brand
from claimgraph.extract.references import denied_outright, stand_in
from claimgraph.extract.suppliers import verb_subject

_BUYING = frozenset({"buy", "purchase", "order", "source", "procure", "import"})
_THROUGH = frozenset({"through", "via"})
# Goods a reseller passes on besides the chips and servers of the lexicon: "systems", "boards", "dies", "modules".
_ASSEMBLED_GOODS = frozenset({"system", "board", "die", "module"})
_SELLERS = frozenset({"Company", "Organization"})
_RENTED = frozenset({"capacity", "instance"})


def bought_through(sentence: Sentence, companies: list[Mention], context: ReadingContext) -> Iterator[Found]:
    """Each buying verb with a reseller "through" or "via" it and a maker — named "from", or the firm whose hardware
    the goods are — makes the reseller the maker's customer, and the buyer (when one is named) the customer of
    both."""
    for verb in sentence.tokens:
        if verb.lemma_.lower() not in _BUYING or verb.pos_ != "VERB" or denied_outright(verb) or _disputed(verb):
            continue
        goods = _goods_nouns(context)
        resellers = _named_after(verb, _THROUGH, companies, goods)
        if not resellers:
            continue
        makers = _named_after(verb, frozenset({"from"}), companies, goods)
        if not makers:
            made = _maker_of_goods(_goods_of(verb), sentence, companies, context, goods)
            makers = [made] if made is not None else []
        buyer = verb_subject(verb, sentence, companies, context) if verb.dep_ != "acl" else None
        for maker in makers:
            for reseller in resellers:
                if reseller.entity != maker.entity:
                    yield "CustomerOf", reseller, maker, 0.6
            if buyer is not None and buyer.entity not in {maker.entity, *(r.entity for r in resellers)}:
                yield "CustomerOf", buyer, maker, 0.6
        if buyer is not None:
            for reseller in resellers:
                if reseller.entity != buyer.entity:
                    yield "CustomerOf", buyer, reseller, 0.6


# Words a "from" may hang on instead of the verb: "bought them new from Supermicro", "buys its racks from Nvidia",
# and an adjective on the object ("bought the servers new from Supermicro").
_PREP_HOSTS = frozenset({"oprd", "acomp", "advmod", "dobj"})


def _goods_nouns(context: ReadingContext) -> frozenset[str]:
    """The nouns of goods a reseller passes on: the lexicon's chips and servers and the assembled goods, not what is
    rented by the hour ("H100 instances" or "GPU capacity" bought through a cloud are the cloud's sale)."""
    lexicon = context.lexicon
    return (lexicon.hardware_nouns | lexicon.rented_hardware_nouns | _ASSEMBLED_GOODS) - _RENTED


def _named_after(
    verb: Token, prepositions: frozenset[str], companies: list[Mention], goods: frozenset[str]
) -> list[Mention]:
    """The firms the verb's prepositions introduce, with their conjuncts ("through Dell or Supermicro") and the
    name a role noun stands beside ("through the distributor WPG Holdings")."""
    words = [c for c in verb.children if c.dep_ in _PREP_HOSTS]
    hosts = [verb, *words, *(a for w in words for a in w.children if a.dep_ == "amod")]
    preps = [p for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ in prepositions]
    # "through Dell and AMD GPUs through HPE": a second purchase, goods of its own; only the first is read
    first = min(preps, key=lambda p: p.i, default=None)
    if first is not None and _negated(first):
        first = None
    heads = {
        named.i
        for pobj in (first.children if first is not None else ())
        if pobj.dep_ == "pobj"
        for noun in (pobj, *pobj.conjuncts)
        if not _a_goods_noun(noun, goods)
        for named in (noun, *(c for c in noun.children if c.dep_ == "appos"))
    }
    doc = verb.doc
    # "through Dell and AMD GPUs through HPE": a name before goods is their maker, no second reseller
    return [
        m
        for m in companies
        if m.entity.type in _SELLERS and m.root(doc).i in heads and not _before_goods(m, doc, goods)
    ]


def _before_goods(mention: Mention, doc: Doc, goods: frozenset[str]) -> bool:
    """Whether a name qualifies a noun of goods right after it ("AMD GPUs", "Nvidia servers")."""
    return mention.token_end < len(doc) and _a_goods_noun(doc[mention.token_end], goods)


def _a_goods_noun(word: Token, goods: frozenset[str]) -> bool:
    """Whether a word is a noun of goods, whatever the tagger made of its plural ("GPUs")."""
    return word.pos_ in ("NOUN", "PROPN") and (word.lemma_.lower() in goods or word.lower_.removesuffix("s") in goods)


def _disputed(verb: Token) -> bool:
    """Whether the purchase is said in a clause someone denies, disputes, plans or asks ("Osk denied that it buys …
    through Dell", "plans to buy …", "would not say whether it buys …"), which asserts no sale."""
    asked = any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)  # "whether it buys …"
    governor = verb
    while governor.dep_ in ("xcomp", "ccomp", "conj") and governor.head != governor:
        governor = governor.head  # "plans to buy", "denied that it buys"; not a relative clause's own verb
        if governor.lemma_.lower() in _DENYING:
            return True
    return asked


# verbs over a purchase that assert no sale: denied, refused to be said, only planned or hoped for
_DENYING = frozenset({"deny", "dispute", "reject", "refute", "refuse", "decline", "plan", "intend", "consider", "hope"})


def _negated(prep: Token) -> bool:
    """ "not through Dell", "not directly from Nvidia": a preposition the text rules out."""
    doc = prep.doc
    before = [doc[i] for i in range(max(prep.i - 2, 0), prep.i)]
    return any(c.dep_ == "neg" for c in prep.children) or any(t.lower_ in ("not", "never") for t in before)


def _goods_of(verb: Token) -> Token | None:
    """What is bought: the noun a relative clause or a participle describes ("racks, which we buy …", "racks,
    bought through …"), else the verb's object."""
    if verb.dep_ in ("relcl", "acl"):
        return verb.head
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _maker_of_goods(
    goods: Token | None, sentence: Sentence, companies: list[Mention], context: ReadingContext, nouns: frozenset[str]
) -> Mention | None:
    """The maker of hardware goods: a firm named in the goods' own words ("Nvidia HGX B200 systems", "our Nvidia
    servers"), else the known maker of a product named there ("Ascend 910C chips"); none for anything but
    hardware, nor for goods a pronoun stands for."""
    if goods is None or goods.pos_ == "PRON":
        return None
    phrase = [t for noun in (goods, *goods.conjuncts) for t in noun.subtree if t.i <= noun.i]
    doc = goods.doc
    first = min(t.i for t in phrase)
    # "run on Nvidia GB300 NVL72 racks": the maker's name the parser split off the goods' words just before them
    phrase += [t for m in companies if m.token_end == first for t in doc[m.token_start : m.token_end]]
    products = [m for m in sentence.mentions if m.entity.type == "Product" and m.root(doc) in phrase]
    if not _a_goods_noun(goods, nouns) and not any(m.root(doc) == goods for m in products):
        return None
    named = next((m for m in companies if m.entity.type in _SELLERS and m.root(doc) in phrase), None)
    if named is not None:
        return named
    for product in products:
        maker = context.provider_of(product.entity) or gazetteer_brand(product.entity, context)
        if maker is not None and maker.type in _SELLERS:
            return stand_in(maker, product.root(doc))
    return None
