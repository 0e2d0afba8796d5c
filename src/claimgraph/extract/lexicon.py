"""The extractor's cue words, read once from ``patterns/claims.json``: the wording it knows is data, not code."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any


@dataclass(frozen=True)
class RelationRule:
    """A word that links two mentions into a relation, and the entity types each side may take."""

    type: str
    lemmas: frozenset[str]
    subject_types: frozenset[str]
    object_types: frozenset[str]
    object_preps: frozenset[str] = frozenset()  # if any, the object must be introduced by one of them
    subject_preps: frozenset[str] = frozenset()  # a mention introduced by one of them is the subject side
    object_excluded_preps: frozenset[str] = frozenset()  # an object introduced by one of them is not this relation's
    prep_subject_types: frozenset[str] = frozenset()  # more types a subject may take when a subject_prep introduces it
    # lemmas that link only a subject a subject_prep introduces: "used through Tarn Cloud" names a seller, while
    # "Kestrel uses Dune-2" names a user
    prep_only_lemmas: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ChargedNouns:
    """Nouns that name a price only in some company: "rate", "charge", "rent" — a priced service's ("its demand
    charge", "colocation rents"), not a growth or interest rate, nor a restructuring charge a firm books."""

    lemmas: frozenset[str]
    qualifiers: frozenset[str]  # words that make one a price: "hourly", "colocation", "demand"
    unpriced: frozenset[str]  # words that make one no price: "growth", "interest", "impairment"


@dataclass(frozen=True)
class SanctionCues:
    """How a sanction's effect is worded: effect verbs acting on a party, verbs whose subject is the party
    ("Orca has benefited from …"), words of intent that make an aim rather than an effect, and references to the
    sanction under discussion ("they", "the pressure")."""

    effect_lemmas: frozenset[str]
    experiencer_lemmas: frozenset[str]
    intent: tuple[str, ...]
    references: tuple[str, ...]
    party_types: frozenset[str]
    # verbs that tell what befell a party while a sanction is in force: acting on it, undergone by it, or
    # denied to it ("could not ship")
    acts_on: frozenset[str]
    undergoes: frozenset[str]
    when_denied: frozenset[str]
    rule_making: frozenset[str]  # "The Commerce Department issued a rule": who makes a rule is not its party
    sanction_words: tuple[str, ...]  # nouns by which a sentence refers to a sanction without naming it
    directive_lemmas: frozenset[str]  # "the regulator told X to stop buying Y": a public body's directive
    lifting: frozenset[str]  # "the quota was repealed": a measure's end, an effect on those it acted on


@dataclass(frozen=True)
class DiscoveryWords:
    """Words by which names the gazetteer does not know are discovered (see ``discover.py``)."""

    policy_heads: frozenset[str]  # "rules", "curbs": with a trade word, a policy ("EU export rules")
    policy_modifiers: frozenset[str]
    actor_nouns: frozenset[str]  # "clouds", "labs": with an origin word, a group ("Korean clouds")
    group_qualifiers: frozenset[str]  # "the big US clouds": words before the origin that name no group of their own
    origins: frozenset[str]
    group_kinds: frozenset[str]  # "smaller providers", "independent clouds": like an origin, a kind of player
    origin_adverbs: dict[str, str]  # "domestically produced accelerators": the origin, "domestic accelerators"
    spending_nouns: frozenset[str]  # "spending on X" names X's market
    trade_participles: frozenset[str]  # "accelerators sold in China" names China's accelerator market
    name_suffixes: dict[str, str]  # "Robotics" → Organization, "Research" → ResearchFirm: a name's last word types it
    phrase_suffixes: frozenset[str]  # "Trust": a suffix that also ends common phrases needs two name words before it
    version_words: tuple[str, ...]  # "Turbo", "Pro": after a family's name, a model of it
    lowercase_tiers: frozenset[str]  # "Quill-3 mini": a tier written in lower case after a version number
    launch_lemmas: frozenset[str]  # "Kestrel launched Pellacode": what is launched is a product
    base_model_words: frozenset[str]  # "uses Orca-7 as its underlying model": what the user is built on
    legal_forms: frozenset[str]  # "Sdn. Bhd.", "GmbH", "KK": after capitalised words, a company's registered name


@dataclass(frozen=True)
class Lexicon:
    numeric_cues: dict[str, tuple[str, ...]]  # claim type → cues, in the order types are tried
    cut_words: frozenset[str]
    market_anaphora: tuple[str, ...]
    generic_market_words: frozenset[str]  # "the total market": a phrase naming no market of its own
    plural_adjuncts: frozenset[str]  # "the cloud services market": nouns English keeps plural before another
    whole_nouns: frozenset[str]  # "12% of Norway's colocation capacity": a whole a share may be of
    unshared_wholes: frozenset[str]  # "cut 10% of its staff": a whole a part of which is no market share
    parting_verbs: frozenset[str]  # "spent 40% of its budget": a verb that parts with a part rather than holds it
    money_wholes: frozenset[str]  # "sold 40% of its sales": a whole counted in money, not in things
    tender_words: frozenset[str]  # "won 45% of the lot": a sentence about a tender
    deal_nouns: frozenset[str]  # "its deal with Osk is worth $2 billion": a deal whose worth is paid
    attribution_prepositions: tuple[str, ...]
    attribution_verbs: frozenset[str]
    attribution_possessed: frozenset[str]
    possessed_qualifiers: frozenset[str]  # "Omdia's latest quarterly tally": words between a source and its report
    attribution_speakers: frozenset[str]  # "Kestrel's chief financial officer said": who speaks for a company
    continuation_openers: tuple[str, ...]
    measures: tuple[str, ...]
    subject_types: dict[str, frozenset[str]]
    object_types: dict[str, frozenset[str]]
    relation_rules: tuple[RelationRule, ...]
    possessive_owners: frozenset[str]  # entity types that "X’s Y" makes the developer of Y
    possessive_owned: frozenset[str]
    parent_phrases: tuple[str, ...]  # "A, the parent company of B"
    child_phrases: tuple[str, ...]  # "A, a subsidiary of B"
    capability_nouns: frozenset[str]  # "Corvid’s capabilities" offered by a cloud are the company's models
    hardware_nouns: frozenset[str]  # lemmas: "runs on Cambricon chips": the maker's chips, not the maker
    sanction: SanctionCues
    customer_nouns: frozenset[str]  # "Larkspur Cloud's early customers": the possessor is a supplier
    price_nouns: frozenset[str]  # "kept the prices of Pim-2 as they were": who acts on a model's price sells it
    charged_nouns: ChargedNouns  # "raised its large-load demand charge by 6%": a price, though not called one
    use_measures: frozenset[str]  # "requests to Tarn-3 doubled": a measure of use is of what it is addressed to
    fleet_nouns: frozenset[str]  # lemmas: "CoreWeave's fleet runs on Nvidia GPUs": hardware standing for its owner
    application_nouns: frozenset[str]  # lemmas: "its in-car assistant runs on Tarn-4": software standing for its owner
    report_nouns: frozenset[str]  # lemmas: "our October note put X's share at 38%": its owner reports, X holds
    supplier_nouns: frozenset[str]  # lemmas: "Kestrel's main foundry supplier, Tarn Foundry": who supplies whom
    priced_offering_nouns: frozenset[str]  # lemmas: "its GPU cloud instances": what a cloud sells by the hour
    counterpart_nouns: frozenset[str]  # "X is Y's supplier / rival": a party to Y, not Y's own
    site_nouns: frozenset[str]  # "its Polish region", "a Saudi data centre": a place's adjective says where it is
    site_anaphors: frozenset[str]  # lemmas: "the site", "the halls": the site named last, whatever its noun
    language_nouns: frozenset[str]  # "with Portuguese voices": a country's adjective names a language there
    party_headers: frozenset[str]  # "| Grantee | … | Provider |": a first column of parties, who trade with others
    rented_hardware_nouns: frozenset[str]  # lemmas: "offer K9 instances": the chip is offered as that hardware
    spender_classes: frozenset[str]  # "enterprise spending", "worldwide spending": spending by no one in particular
    spender_totals: frozenset[str]  # "total spending": no one's, unless a company is what spends
    cloud_nouns: frozenset[str]  # "X, an Oslo-listed GPU cloud": a firm so described sells compute
    fleet_wholes: frozenset[str]  # lemmas: "70% of our GPU capacity is H200": what a company's fleet is counted in
    owned_wholes: frozenset[str]  # lemmas: "85% of the fleet": a whole that is always a company's own
    possessed_wholes: frozenset[str]  # lemmas: "94% of our accelerators": a company's own when a pronoun says whose
    stake_nouns: frozenset[str]  # "a 70% stake in Vireo": a part of a company's ownership
    spender_markets: frozenset[str]  # "enterprise spending on X": a class of spenders that narrows X's market
    field_labels: frozenset[str]  # "Value: 82.4%": a record's field, no holder's name
    player_nouns: frozenset[str]  # "the largest AI cloud provider in Poland": one selling in a place's market
    site_prepositions: frozenset[str]  # "a site outside Tromsø", "data centres near Bergen"
    placing_prepositions: frozenset[str]  # "Veyl Data in Osaka": where the firm named before it is
    obtained_lemmas: frozenset[str]  # "GPU clusters rented from X": what a company uses, obtained from another
    leasing_verbs: frozenset[str]  # lemmas: "Vey has rented 12 MW at the campus": a tenancy
    lease_nouns: frozenset[str]  # "signed a ten-year lease": a tenancy signed
    leased_space: frozenset[str]  # "rented 12 MW", "leases a hall": what a tenant takes at a site
    power_words: frozenset[str]  # "signed for 40 MW": power capacity, what a data-centre tenant signs for
    operator_title_words: frozenset[str]  # "Osk signs a 300 MW capacity deal": a title about an operator's sites
    place_named_lines: frozenset[str]  # lemmas: "Osk Lisbon servers": hardware a maker names after a city
    barred_supply_verbs: frozenset[str]  # lemmas ("lease") or a verb and its object ("give access") of supplying
    own_document_titles: frozenset[str]  # "Osk: investor deck": a document its title's firm speaks in
    family_nouns: frozenset[str]  # "the whole family", "the series": the model family last named
    power_sources: frozenset[str]  # "Renewable electricity covered 87% of our consumption": where power comes from
    headline_verbs: frozenset[str]  # "Tarn Ratings Upgrades Vessa …": a title-case verb that splits two names
    power_source_nouns: frozenset[str]  # "100% hydropower": a source named by a noun of its own
    power_nouns: frozenset[str]  # lemmas: "renewable electricity", "of US electricity"
    electricity_wholes: frozenset[str]  # lemmas: "of our consumption", "of retail energy sales": electricity's wholes
    electricity_verbs: frozenset[str]  # lemmas: "used 4% … and could use 7%": verbs of using electricity
    power_matching_verbs: frozenset[str]  # lemmas: "match 80% of consumption with carbon-free power"
    power_consumers: frozenset[str]  # "data centres used 4.4% of US electricity": a class of consumers
    respondent_nouns: frozenset[str]  # lemmas: "at 70% of respondents": those a survey asked
    vendor_use_verbs: frozenset[str]  # lemmas: "was named by 41% of respondents": respondents use or name a vendor
    survey_verbs: frozenset[str]  # lemmas: "of the CIOs we surveyed", "of firms polled": a noun made respondents
    use_columns: frozenset[str]  # "| Provider | GPU-hours | Spend |": what an issuer used of, or spent with, a supplier
    spend_columns: frozenset[str]  # "| Spend (US$) |": the use columns that count money
    payment_columns: frozenset[str]  # "| Tenant | Contracted rent |": what a customer row pays the issuer
    earning_columns: frozenset[str]  # "| Customer | % of revenue |": a customer row's part of the issuer's earnings
    budget_part_verbs: frozenset[str]  # lemmas: "X will contribute 40% of the Fund": the subject holds that part
    sales_participles: frozenset[str]  # "accelerators sold in Vietnam": that place's market, not a count of its own
    composition_verbs: frozenset[str]  # lemmas: "Quebec accounts for 38% of Canada's capacity": the subject is a part
    budget_use_verbs: frozenset[str]  # lemmas: "40% of the budget is spent on compute": "on" names a part's use
    budget_nouns: frozenset[str]  # "70% of the 2026 budget will go to Osk": a sum spent in parts
    holding_nouns: frozenset[str]  # "its B300 instances": what a company holds of a product, not its making
    buying_lemmas: frozenset[str]  # "pays Tarn for capacity in Peru": a buyer is not where what it buys is
    joining_lemmas: frozenset[str]  # "joined Marlow Cloud as a client": the subject is the customer
    self_report_titles: tuple[str, ...]  # "… annual report 2025": the company's own report, its "we" the company
    own_voice_titles: tuple[str, ...]  # "… allocation letter": the firm's own voice, its "we", not all its prices
    summary_titles: tuple[str, ...]  # "English summary: Tarn Research, …": a summary of a research firm's report
    powering_lemmas: frozenset[str]  # "Tarn-4 powers the Brisco Copilot": the object is built on the subject
    offering_nouns: frozenset[str]  # "Its Generative APIs serve X": a service acting for its owner
    segment_headers: frozenset[str]  # "| Segment | Q4 2025 |": a table of the issuer's own segments
    reported_figures: frozenset[str]  # "… Revenue More Than Doubles": a headline's figure, not a name's last word
    unit_nouns: frozenset[str]  # "Ashgrove's cloud unit": the possessor is a parent
    parent_nouns: frozenset[str]  # "Kestrel's parent, Northgate": the apposition owns the possessor
    public_body_words: frozenset[str]  # "Bureau of …", "Ministry of …": a public body is no company's subsidiary
    publication_words: frozenset[str]  # "Brill Review", "Tarn Ledger": the last word of a publication's name
    fact_labels: dict[str, str]  # "- Parent: X", "- Markets: Peru, Chile": a fact sheet row's label → its relation
    relation_headers: dict[str, str]  # "| Model | Maker |": a table column's header word → the relation of its cells
    share_verbs: tuple[str, ...]  # "accounts for", "represents": a percent "of" something is then a share
    aggregate_nouns: tuple[str, ...]  # "27% of the year's spending": a share of the market's whole
    role_nouns: tuple[str, ...]  # "X, the largest Dutch provider": X names an organisation
    investment_words: tuple[str, ...]  # money put into a company: spending, but not custom
    estimating_verbs: frozenset[str]  # "we forecast $85 billion": an analyst note's own estimate
    unclaimed_measures: frozenset[str]  # "its gross margin slipped to 21%": a measure no claim type holds
    crediting_verbs: frozenset[str]  # "the research firm gives Sable 13%": a share credited by a source
    holding_verbs: tuple[str, ...]  # "Sable had 12%": a share held
    leader_verbs: tuple[str, ...]  # "Northwind leads the market with 31%": a share held by the leader
    respective_words: tuple[str, ...]  # "… 31%, 12% and 9% respectively": figures paired with names in order
    loss_words: tuple[str, ...]  # "expects to lose $8 billion of sales": money lost is no revenue earned
    jointly_words: tuple[str, ...]  # "took 70% between them": a figure held by the coordinated names as a group
    recipient_verbs: tuple[str, ...]  # "half of the market's revenue went to Northwind": the holder after the figure
    supplier_verbs: tuple[str, ...]  # "a third of the GPUs installed in India came from Nvidia"
    supply_lemmas: frozenset[str]  # "supplies compute to X", "provides X with GPUs": X is a customer
    site_supply_lemmas: frozenset[str]  # "supplies the Lima site": the site's owner is a customer
    nouns_before_to: frozenset[str]  # lemmas: "sold it in response to X": a phrase whose "to" names no buyer
    production_lemmas: frozenset[str]  # "builds servers for X", "the chip is made by Y": a maker for a customer
    demonyms: dict[str, str]  # "Indian" → "India": where money or building goes
    acquisition_words: frozenset[str]  # "buy", "purchase of": a company bought becomes a subsidiary
    stake_verbs: frozenset[str]  # "holds a 70% stake in X": verbs that own only through a stake
    company_nouns: frozenset[str]  # "the unit", "the firm": the company under discussion
    product_nouns: dict[str, str]  # "Heron chips": an unknown name before one of them is a product (or model)
    research_nouns: frozenset[str]  # "X, a Hong Kong consultancy": an unknown name in apposition is a research firm
    discovery: DiscoveryWords
    not_names: frozenset[str]  # words the NER takes for names that name nothing ("AI", "GPU")

    @property
    def share_verb_pattern(self) -> re.Pattern[str]:
        """A share verb, then within a few words a figure, then "of": "represents less than 10% of"."""
        return _share_verb_pattern(self.share_verbs)

    @property
    def led_with_pattern(self) -> re.Pattern[str]:
        """ "leads Mexico's AI cloud market with roughly 31%": a leader verb, up to eight words, "with", a figure."""
        return _led_with_pattern(self.leader_verbs)

    @property
    def held_figure_pattern(self) -> re.Pattern[str]:
        """A holding verb right before a figure: "had 12", "took roughly 31"."""
        return _held_figure_pattern(self.holding_verbs)

    @property
    def investment_pattern(self) -> re.Pattern[str]:
        return words_pattern(self.investment_words)

    @property
    def share_of_whole_pattern(self) -> re.Pattern[str]:
        """What follows a share of a market's whole: "of the quarter's spending", "of worldwide revenue"."""
        return _share_of_whole_pattern(self.aggregate_nouns)

    def cue_in(self, claim_type: str, text: str) -> bool:
        """Whether any cue of the type stands in ``text`` as whole words."""
        return bool(cue_pattern(self.numeric_cues[claim_type]).search(text))

    def names_a_publication(self, label: str) -> bool:
        """ "Brill Review", "The Tarn Ledger": a name ending in a publication's word, which reports, and
        spends nothing in the stories it prints."""
        words = label.split()
        return len(words) > 1 and words[-1] in self.publication_words

    def names_a_public_body(self, label: str) -> bool:
        """ "Bureau of Industry and Security", "Ministry of Commerce": a name holding a public body's word."""
        return not self.public_body_words.isdisjoint(label.split())

    def measure_in(self, text: str) -> str | None:
        """What a figure measures, where the text says: "of token volume", "a 12% token volume share", "shares by
        revenue"."""
        match = _measure_pattern(self.measures).search(text)
        if match is None:
            return None
        found = next(group for group in match.groups() if group).lower()
        return found if found in self.measures else f"{found}s"  # "token share" measures tokens


@lru_cache(maxsize=64)
def cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(cue) for cue in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=4)
def _measure_pattern(measures: tuple[str, ...]) -> re.Pattern[str]:
    named = "|".join(map(re.escape, measures))
    # before "share" a plural measure is written singular: "token share", "unit share"
    singular = "|".join(re.escape(m[:-1]) for m in measures if m.endswith("s") and not m.endswith("ss"))
    return re.compile(
        rf"\bof\s+(?:the\s+|all\s+)?(?:global\s+|total\s+)?({named})\b|\b({named}|{singular})\s+shares?\b"
        rf"|\bby\s+({named})\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def _share_verb_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(verb) for verb in verbs)
    return re.compile(rf"\b(?:{alternatives})\b(?:\W+\w+){{0,5}}?\W*%?\s+of\b", re.IGNORECASE)


# Words that hedge a figure right before it: "holds roughly 31%", "leads with about a third".
HEDGES = (
    r"(?:about|roughly|nearly|almost|around|some|an estimated|just|over|under|more than|less than|close to|a little)"
)

_HEDGE_SIGN = r"(?:[~≈]\s*)?"  # "took ~76%": a note's sign for "about"


@lru_cache(maxsize=2)
def _led_with_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(verb) for verb in verbs)
    return re.compile(
        rf"\b(?:{alternatives})\b(?:\s+[^\s,;]+){{0,8}}?\s+with\s+(?:{HEDGES}\s+)*{_HEDGE_SIGN}$", re.IGNORECASE
    )


@lru_cache(maxsize=4)
def _held_figure_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(verb) for verb in verbs)
    # "Sable had 12%", "Fell Cloud has perhaps 18%", "may take a quarter", "took the remaining 40%"
    return re.compile(
        rf"\b(?:{alternatives})\s+(?:the\s+(?:remaining|other|last|final)\s+)?"
        rf"(?:(?:an?|{HEDGES}|perhaps|probably|possibly|maybe)\s+)*{_HEDGE_SIGN}$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def _share_of_whole_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(noun) for noun in nouns)
    return re.compile(
        r"\s+of\s+(?:the\s+)?(?:(?:quarter|year|month|period|market|industry|sector|world|region|country)[’']s\s+)?"
        rf"(?!its\b|their\b|his\b|her\b|total\b|overall\b|group\b|company\b|firm\b)(?:[A-Za-z][\w-]*\s+){{0,4}}?(?:{alternatives})\b(?!\s+of\s+[A-Z])",
    )


def words_pattern(words: tuple[str, ...] | frozenset[str]) -> re.Pattern[str]:
    return cue_pattern(tuple(sorted(words)))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data = json.loads(files("claimgraph.extract").joinpath("patterns/claims.json").read_text(encoding="utf-8"))
    attribution = data["attribution"]
    return Lexicon(
        numeric_cues={name: tuple(cues) for name, cues in data["numeric"].items()},
        cut_words=frozenset(data["cut_words"]),
        market_anaphora=tuple(data["market_anaphora"]),
        generic_market_words=frozenset(data["generic_market_words"]),
        plural_adjuncts=frozenset(data["plural_adjuncts"]),
        whole_nouns=frozenset(data["whole_nouns"]),
        unshared_wholes=frozenset(data["unshared_wholes"]),
        parting_verbs=frozenset(data["parting_verbs"]),
        money_wholes=frozenset(data["money_wholes"]),
        tender_words=frozenset(data["tender_words"]),
        deal_nouns=frozenset(data["deal_nouns"]),
        attribution_prepositions=tuple(attribution["prepositions"]),
        attribution_verbs=frozenset(attribution["verbs"]),
        attribution_possessed=frozenset(attribution["possessed"]),
        possessed_qualifiers=frozenset(attribution["possessed_qualifiers"]),
        attribution_speakers=frozenset(attribution["speakers"]),
        continuation_openers=tuple(data["continuation_openers"]),
        measures=tuple(data["measures"]),
        subject_types={name: frozenset(types) for name, types in data["subject_types"].items()},
        object_types={name: frozenset(types) for name, types in data["object_types"].items()},
        relation_rules=tuple(
            RelationRule(
                spec.get("type", name),  # several rules may state one type, each named for what it reads
                frozenset(spec["lemmas"]),
                frozenset(spec["subject"]),
                frozenset(spec["object"]),
                frozenset(spec.get("object_preps", ())),
                frozenset(spec.get("subject_preps", ())),
                frozenset(spec.get("object_excluded_preps", ())),
                frozenset(spec.get("prep_subject_types", ())),
                frozenset(spec.get("prep_only_lemmas", ())),
            )
            for name, spec in data["relations"].items()
            if not name.startswith("_")
        ),
        possessive_owners=frozenset(data["possessive_develops"]["owners"]),
        possessive_owned=frozenset(data["possessive_develops"]["owned"]),
        parent_phrases=tuple(data["parent_phrases"]),
        child_phrases=tuple(data["child_phrases"]),
        capability_nouns=frozenset(data["capability_nouns"]),
        hardware_nouns=frozenset(data["hardware_nouns"]),
        customer_nouns=frozenset(data["customer_nouns"]),
        price_nouns=frozenset(data["price_nouns"]),
        charged_nouns=ChargedNouns(
            lemmas=frozenset(data["charged_nouns"]["lemmas"]),
            qualifiers=frozenset(data["charged_nouns"]["qualifiers"]),
            unpriced=frozenset(data["charged_nouns"]["unpriced"]),
        ),
        use_measures=frozenset(data["use_measures"]),
        fleet_nouns=frozenset(data["fleet_nouns"]),
        application_nouns=frozenset(data["application_nouns"]),
        report_nouns=frozenset(data["report_nouns"]),
        supplier_nouns=frozenset(data["supplier_nouns"]),
        priced_offering_nouns=frozenset(data["priced_offering_nouns"]),
        counterpart_nouns=frozenset(data["counterpart_nouns"]),
        site_nouns=frozenset(data["site_nouns"]),
        site_anaphors=frozenset(data["site_anaphors"]),
        language_nouns=frozenset(data["language_nouns"]),
        party_headers=frozenset(data["party_headers"]),
        rented_hardware_nouns=frozenset(data["rented_hardware_nouns"]),
        spender_classes=frozenset(data["spender_classes"]),
        spender_totals=frozenset(data["spender_totals"]),
        cloud_nouns=frozenset(data["cloud_nouns"]),
        fleet_wholes=frozenset(data["fleet_wholes"]),
        owned_wholes=frozenset(data["owned_wholes"]),
        possessed_wholes=frozenset(data["possessed_wholes"]),
        stake_nouns=frozenset(data["stake_nouns"]),
        spender_markets=frozenset(data["spender_markets"]),
        field_labels=frozenset(data["field_labels"]),
        player_nouns=frozenset(data["player_nouns"]),
        site_prepositions=frozenset(data["site_prepositions"]),
        placing_prepositions=frozenset(data["placing_prepositions"]),
        obtained_lemmas=frozenset(data["obtained_lemmas"]),
        leasing_verbs=frozenset(data["leasing_verbs"]),
        lease_nouns=frozenset(data["lease_nouns"]),
        leased_space=frozenset(data["leased_space"]),
        power_words=frozenset(data["power_words"]),
        budget_nouns=frozenset(data["budget_nouns"]),
        budget_use_verbs=frozenset(data["budget_use_verbs"]),
        budget_part_verbs=frozenset(data["budget_part_verbs"]),
        composition_verbs=frozenset(data["composition_verbs"]),
        sales_participles=frozenset(data["sales_participles"]),
        use_columns=frozenset(data["use_columns"]),
        spend_columns=frozenset(data["spend_columns"]),
        payment_columns=frozenset(data["payment_columns"]),
        earning_columns=frozenset(data["earning_columns"]),
        respondent_nouns=frozenset(data["respondent_nouns"]),
        survey_verbs=frozenset(data["survey_verbs"]),
        vendor_use_verbs=frozenset(data["vendor_use_verbs"]),
        power_sources=frozenset(data["power_sources"]),
        headline_verbs=frozenset(data["headline_verbs"]),
        power_source_nouns=frozenset(data["power_source_nouns"]),
        power_nouns=frozenset(data["power_nouns"]),
        electricity_wholes=frozenset(data["electricity_wholes"]),
        power_consumers=frozenset(data["power_consumers"]),
        electricity_verbs=frozenset(data["electricity_verbs"]),
        power_matching_verbs=frozenset(data["power_matching_verbs"]),
        operator_title_words=frozenset(data["operator_title_words"]),
        place_named_lines=frozenset(data["place_named_lines"]),
        barred_supply_verbs=frozenset(data["barred_supply_verbs"]),
        own_document_titles=frozenset(data["own_document_titles"]),
        family_nouns=frozenset(data["family_nouns"]),
        holding_nouns=frozenset(data["holding_nouns"]),
        buying_lemmas=frozenset(data["buying_lemmas"]),
        joining_lemmas=frozenset(data["joining_lemmas"]),
        self_report_titles=tuple(data["self_report_titles"]),
        own_voice_titles=tuple(data["own_voice_titles"]),
        summary_titles=tuple(data["summary_titles"]),
        powering_lemmas=frozenset(data["powering_lemmas"]),
        offering_nouns=frozenset(data["offering_nouns"]),
        segment_headers=frozenset(data["segment_headers"]),
        reported_figures=frozenset(data["reported_figures"]),
        unit_nouns=frozenset(data["unit_nouns"]),
        parent_nouns=frozenset(data["parent_nouns"]),
        public_body_words=frozenset(data["public_body_words"]),
        publication_words=frozenset(data["publication_words"]),
        fact_labels=dict(data["fact_labels"]),
        relation_headers=dict(data["relation_headers"]),
        share_verbs=tuple(data["share_verbs"]),
        aggregate_nouns=tuple(data["aggregate_nouns"]),
        role_nouns=tuple(data["role_nouns"]),
        investment_words=tuple(data["investment_words"]),
        estimating_verbs=frozenset(data["estimating_verbs"]),
        unclaimed_measures=frozenset(data["unclaimed_measures"]),
        crediting_verbs=frozenset(data["crediting_verbs"]),
        holding_verbs=tuple(data["holding_verbs"]),
        leader_verbs=tuple(data["leader_verbs"]),
        respective_words=tuple(data["respective_words"]),
        loss_words=tuple(data["loss_words"]),
        jointly_words=tuple(data["jointly_words"]),
        recipient_verbs=tuple(data["recipient_verbs"]),
        supplier_verbs=tuple(data["supplier_verbs"]),
        supply_lemmas=frozenset(data["supply_lemmas"]),
        site_supply_lemmas=frozenset(data["site_supply_lemmas"]),
        nouns_before_to=frozenset(data["nouns_before_to"]),
        production_lemmas=frozenset(data["production_lemmas"]),
        demonyms=dict(data["demonyms"]),
        acquisition_words=frozenset(data["acquisition_words"]),
        stake_verbs=frozenset(data["stake_verbs"]),
        company_nouns=frozenset(data["company_nouns"]),
        product_nouns=dict(data["product_nouns"]),
        research_nouns=frozenset(data["research_nouns"]),
        discovery=_discovery_words(data["discovery"]),
        not_names=frozenset(data["not_names"]),
        sanction=SanctionCues(
            effect_lemmas=frozenset(data["sanction"]["effect_lemmas"]),
            experiencer_lemmas=frozenset(data["sanction"]["experiencer_lemmas"]),
            intent=tuple(data["sanction"]["intent"]),
            references=tuple(data["sanction"]["references"]),
            party_types=frozenset(data["sanction"]["party_types"]),
            acts_on=frozenset(data["sanction"]["narrative"]["acts_on"]),
            undergoes=frozenset(data["sanction"]["narrative"]["undergoes"]),
            when_denied=frozenset(data["sanction"]["narrative"]["when_denied"]),
            rule_making=frozenset(data["sanction"]["narrative"]["rule_making"]),
            sanction_words=tuple(data["sanction"]["sanction_words"]),
            directive_lemmas=frozenset(data["sanction"]["directive_lemmas"]),
            lifting=frozenset(data["sanction"]["lifting"]),
        ),
    )


def _discovery_words(data: dict[str, Any]) -> DiscoveryWords:
    kept = ("name_suffixes", "version_words", "origin_adverbs")
    listed = {name: frozenset(words) for name, words in data.items() if name not in kept}
    return DiscoveryWords(
        **listed,
        name_suffixes=dict(data["name_suffixes"]),
        version_words=tuple(data["version_words"]),
        origin_adverbs=dict(data["origin_adverbs"]),
    )
