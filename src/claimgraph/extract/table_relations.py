"""Relations a table row states beside its figures: a column of models, parents, makers or platforms ("| Maker |",
"| Where sold |"), a maker in brackets in the name cell ("| Model (developer) |"), a column of sites that places a
company row ("| Site |"), a column of suppliers or customers ("| Provider |"), and a "Customer" column in a company's
own document. What a cell's figure is, and the row's subject, stay in ``tables.py``
and ``table_cells.py``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimgraph.extract.context import PLACE_TYPES, ReadingContext
from claimgraph.extract.document import BUSINESS_TYPES, EntityIndex, Mention, Sentence
from claimgraph.extract.markets import singular
from claimgraph.extract.normalize import find_periods
from claimgraph.extract.price_rows import SOLD_WHERE
from claimgraph.extract.table_layout import Cell, Row
from claimgraph.records import Claim, Entity, Evidence


def named_relations(
    column: str, cell: Cell, subject: Entity, evidence: Evidence, sentences: list[Sentence], context: ReadingContext
) -> Iterator[Claim]:
    """A column of models offered, parents, makers or platforms (its header a word of the lexicon's
    ``relation_headers``) relates the row's subject to the cell's entities: "| Vendor | Models |" offers them, "| Model
    | Maker |" is made by the maker, "| Model | Platforms |" is offered by each platform — which side offers is
    decided by the kinds, a product or model row being what a platform in its cell offers."""
    headers = context.lexicon.relation_headers
    relation = next((headers[w] for w in re.findall(r"\w+", column) if w in headers), None)
    if relation is None and SOLD_WHERE.search(column) and subject.type in ("Model", "Product"):
        relation = "Offers"  # "| Model | Where sold |": each platform the cell names sells the row's model
    if relation is None or (relation == "Develops" and subject.type in _NOT_MADE):
        return  # "| Cloud | Accelerator | Maker |": the maker made the accelerator, not the cloud
    for mention in mentions_in(cell.start, cell.end, sentences):
        if mention.entity == subject:
            continue
        offered = relation == "Offers" and _offered_by_the_cell(subject, mention.entity)
        kinds = _PLATFORM_KINDS if offered else _RELATED_KINDS[relation]
        if mention.entity.type not in kinds:
            continue
        if relation == "Develops" or offered:
            subject_side, object_side = mention.entity, subject
        else:
            subject_side, object_side = subject, mention.entity
        yield Claim(type=relation, subject=subject_side, object=object_side, confidence=0.75, evidence=(evidence,))


def makers_in_the_name(
    cell: Cell, evidence: Evidence, sentences: list[Sentence], index: EntityIndex
) -> Iterator[Claim]:
    """ "| Osk K9 | 5A991 |", "| Tarn Vela X2 | …": a maker's name opening a product's in the row's name
    cell made it, as it does in prose ("Osk K9 GPUs"). A product the gazetteer knows is made by the maker its
    names give, or by no one the cell can say ("| Pell Osk K9 |", "| Vey Cloud Tarn-3 |": a seller)."""
    mentions = mentions_in(cell.start, cell.end, sentences)
    text = cell.text
    for maker, thing in zip(mentions, mentions[1:], strict=False):
        between = text[maker.end - cell.start : thing.start - cell.start]
        named = index.named(thing.entity.label.split()[0]) if " " in thing.entity.label else None
        its_maker = index.maker_in_its_names(thing.entity) if thing.entity.known else named
        if its_maker is not None and its_maker != maker.entity:
            continue  # "| Pell Osk K9 |": Osk's, which Pell sells
        if thing.entity.known and its_maker is None:
            continue  # "| Vey Cloud Tarn-3 |": a known model whose maker the cell cannot tell
        if maker.entity.type in _MAKER_KINDS and thing.entity.type in ("Product", "Model") and not between.strip():
            yield Claim(
                type="Develops", subject=maker.entity, object=thing.entity, confidence=0.75, evidence=(evidence,)
            )


_MAKER_KINDS = frozenset({"Company", "Lab"})


def bracketed_relations(
    column: str, cell: Cell, subject: Entity, evidence: Evidence, sentences: list[Sentence], context: ReadingContext
) -> Iterator[Claim]:
    """ "| Model (developer) |" over "| Orca-7 (Osk Labs) |": the name cell says in brackets who made its model (or
    owns its unit), of the names inside the brackets only."""
    headers = context.lexicon.relation_headers
    opened, at = column.find("("), cell.text.find("(")
    if opened < 0 or at < 0:
        return
    relation = next((headers[w] for w in re.findall(r"\w+", column[opened:]) if w in headers), None)
    if relation not in ("Develops", "SubsidiaryOf"):
        return
    inside = Cell(cell.text[at:], cell.start + at, cell.end)
    yield from named_relations(column[opened:], inside, subject, evidence, sentences, context)


def _offered_by_the_cell(row: Entity, named: Entity) -> bool:
    """Whether a row's model or product is what the platform its cell names offers ("| Tarn-2 | Osk Cloud |"), rather
    than the row offering what the cell names ("| Osk Cloud | Tarn-2 |", "| Osk Studio | Tarn-2 |")."""
    return row.type == "Model" or (row.type == "Product" and named.type not in ("Model", "Region"))


# what a relation column's cell may name: "| Owner | K. Brekke |" in an action list names a person, no parent
_RELATED_KINDS = {
    # the header says the cell is a model, whatever the NER guessed ("Osk K2.5" as a place)
    "Offers": frozenset({"Model", "Product", "Region", *BUSINESS_TYPES}),
    "SubsidiaryOf": frozenset({*BUSINESS_TYPES, "Aggregator"}),
    "Develops": frozenset({*BUSINESS_TYPES, "Aggregator"}),
}
_PLATFORM_KINDS = frozenset({"Product", "Aggregator", *BUSINESS_TYPES})  # what offers a model row: a platform
_NOT_MADE = frozenset({"Company", "Cloud", "Lab"})  # a business row: its maker column is of something else


def customer_of_the_issuer(
    row: Row, named: int, subject: Entity, evidence: Evidence, context: ReadingContext
) -> list[Claim]:
    """ "| Customer | Site | Contracted demand (MW) |" in a document whose title opens with a company's name (or
    in a company's own report): each row names one of that company's customers, unless another column names
    whom the customer buys from ("| Customer | Supplier |")."""
    heading = row.header[named].strip().lower() if row.header else ""
    issuer = own_document_firm(context)
    if heading not in context.lexicon.customer_nouns or issuer is None or issuer == subject:
        return []
    headers = {word for column in row.header for word in heading_words(column)}
    if headers & {*context.lexicon.supplier_nouns, "seller"}:
        return []
    if subject.type not in (*BUSINESS_TYPES, "Aggregator") or issuer.type not in BUSINESS_TYPES:
        return []
    return [Claim(type="CustomerOf", subject=subject, object=issuer, confidence=0.7, evidence=(evidence,))]


def own_document_firm(context: ReadingContext) -> Entity | None:
    """Whose document it is: the firm its title opens with, or the issuer of its own report."""
    return context.title_subject or (context.issuer if context.self_report else None)


# headers of a column saying where the row's subject is: "| Customer | Site | … |", "| Provider | Region | … |"
_PLACE_HEADERS = frozenset({"site", "sites", "location", "locations", "region", "regions", "city", "country", "hq"})


def sited(
    column: str, cell: Cell, subject: Entity, evidence: Evidence, sentences: list[Sentence], context: ReadingContext
) -> Iterator[Claim]:
    """A column of sites puts a company row's subject in the country of each place its cell names ("| Osk Cloud |
    Cusco, Peru |": Peru)."""
    if subject.type not in BUSINESS_TYPES or _PLACE_HEADERS.isdisjoint(re.findall(r"\w+", column.lower())):
        return
    if _a_date(subject.label, context):
        return  # "| Tue 24 Feb | Lima |": an itinerary's day, whatever the NER took it for
    places = [m.entity for m in mentions_in(cell.start, cell.end, sentences) if m.entity.type in PLACE_TYPES]
    # a place no table knows ("Ark.", an abbreviated state) is left to the country the cell's other places give
    countries = [p if p.type == "Country" else context.country_entity(p) for p in places]
    for country in dict.fromkeys(c for c in countries if c is not None):
        yield Claim(type="OperatesIn", subject=subject, object=country, confidence=0.7, evidence=(evidence,))


def trading_partners(
    row: Row, named: int, subject: Entity, evidence: Evidence, sentences: list[Sentence], context: ReadingContext
) -> list[Claim]:
    """A column of suppliers makes a party row their customer ("| Grantee | … | Provider |", "| Tenant | Landlord
    |"); a column of customers makes each the row's ("| Operator | Main tenants |"). Its heading's words are the
    lexicon's supplier or customer nouns, and no rival's or partner's ("| Rival provider |"); the rows must name
    parties (their column headed by a party word of the lexicon, or their names known), not parts or sites
    ("| Component | Supplier |", "| Site | Main tenants |")."""
    if not row.header or subject.type not in (*BUSINESS_TYPES, "Aggregator"):
        return []
    lexicon = context.lexicon
    if not subject.known and not heading_words(row.header[named]) & lexicon.party_headers:
        return []
    sellers, buyers = set(lexicon.supplier_nouns), set(lexicon.customer_nouns)
    others = set(lexicon.counterpart_nouns) - sellers  # rivals, partners, investors: no trade with the row
    claims: list[Claim] = []
    for column, cell in list(zip(row.header, row.cells, strict=False))[named + 1 :]:
        words = set(re.findall(r"\w+", column.lower()))  # as written, matched to the lexicon's forms
        sells, buys = bool(words & sellers), bool(words & buyers)
        if sells == buys or words & others:
            continue
        for mention in mentions_in(cell.start, cell.end, sentences):
            partner = mention.entity
            if partner != subject and partner.type in BUSINESS_TYPES:
                buyer, seller = (subject, partner) if sells else (partner, subject)
                claim = Claim(type="CustomerOf", subject=buyer, object=seller, confidence=0.7, evidence=(evidence,))
                claims.append(claim)
    return claims


def captions_a_market(intro: str) -> bool:
    """Whether the line above a table says it is a market's ("The market's leading providers, by spend:"), not the
    issuer's own trade, though the issuer publishes it."""
    return _MARKET_WORD.search(intro.rsplit("\n", 1)[-1]) is not None


_MARKET_WORD = re.compile(r"\bmarket\b", re.IGNORECASE)


def heading_words(heading: str) -> set[str]:
    """A column heading's words, lower-cased, each also in the singular ("Main suppliers" → main, supplier,
    suppliers): the lexicons list nouns in one form or both."""
    words = re.findall(r"[a-z][\w-]*", heading.lower())
    return {*words, *(singular(w) for w in words)}


def _a_date(label: str, context: ReadingContext) -> bool:
    """Whether a row's name is a date, a weekday's short name at most beside it ("Tue 24 Feb"), not a name a
    period opens ("Q2 Holdings", "June Labs")."""
    periods = find_periods(label, context.anchor)
    rest = label.replace(periods[0].text, " ") if periods else label
    return bool(periods) and all(len(word) <= 3 for word in re.findall(r"\w+", rest))


def mentions_in(start: int, end: int, sentences: list[Sentence]) -> list[Mention]:
    """The mentions lying wholly within characters ``start`` to ``end`` (a cell, a row's name)."""
    return [m for s in sentences for m in s.mentions if start <= m.start and m.end <= end]
