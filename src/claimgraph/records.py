"""Plain, frozen records passed between the stages of the write path.

They decouple the stages: ``extract`` produces them without knowing RDF, ``graph`` turns them into triples
without knowing spaCy. The string vocabularies below (claim types, units, modalities) are those of the gold
format, so that a record, its JSON and the gold compare without translation.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Hashable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal, get_args

ClaimType = Literal[
    "MarketShare",
    "MarketSize",
    "GrowthRate",
    "Revenue",
    "Spending",
    "PriceChange",
    "CostPerformance",
    "Capacity",
    "SanctionEffect",
    "Develops",
    "Offers",
    "CustomerOf",
    "SubsidiaryOf",
    "BuiltOn",
    "OperatesIn",
]
CLAIM_TYPES: tuple[str, ...] = get_args(ClaimType)

Unit = Literal[
    "percent", "USD", "CNY", "EUR", "GBP", "JPY", "INR", "KRW", "AED", "SAR", "GW", "MW", "times", "lines", "tokens"
]
UNITS: tuple[str, ...] = get_args(Unit)
MONEY_UNITS = frozenset({"USD", "CNY", "EUR", "GBP", "JPY", "INR", "KRW", "AED", "SAR"})


@dataclass(frozen=True)
class ClaimKind:
    """What a claim type is: a figure, a relation between two entities, or a sanction's effect; the units its
    value may take; and whether a cut or a fall makes the value negative."""

    family: Literal["numeric", "relation", "sanction"]
    units: frozenset[str] = frozenset()
    signed: bool = False


# The one table of claim types: every other list of them (the families below, the extractor's typing of figures,
# the SHACL shapes, the gold checks) derives from it or is tested against it.
CLAIM_KINDS: dict[str, ClaimKind] = {
    "MarketShare": ClaimKind("numeric", frozenset({"percent"})),
    "MarketSize": ClaimKind("numeric", MONEY_UNITS),
    "GrowthRate": ClaimKind("numeric", frozenset({"percent", "times"}), signed=True),
    "Revenue": ClaimKind("numeric", MONEY_UNITS | {"percent", "times"}, signed=True),
    "Spending": ClaimKind("numeric", MONEY_UNITS),
    "PriceChange": ClaimKind("numeric", frozenset({"percent"}), signed=True),
    "CostPerformance": ClaimKind("numeric", frozenset({"percent", "times"})),
    "Capacity": ClaimKind("numeric", frozenset({"GW", "MW", "lines", "tokens", "times", "percent"})),
    "SanctionEffect": ClaimKind("sanction"),
    "Develops": ClaimKind("relation"),
    "Offers": ClaimKind("relation"),
    "CustomerOf": ClaimKind("relation"),
    "SubsidiaryOf": ClaimKind("relation"),
    "BuiltOn": ClaimKind("relation"),
    "OperatesIn": ClaimKind("relation"),
}
NUMERIC_CLAIM_TYPES: tuple[str, ...] = tuple(t for t in CLAIM_TYPES if CLAIM_KINDS[t].family == "numeric")
RELATION_CLAIM_TYPES: tuple[str, ...] = tuple(t for t in CLAIM_TYPES if CLAIM_KINDS[t].family == "relation")


def signed_values(
    claim_type: str, value: Decimal, value_max: Decimal | None, falling: bool
) -> tuple[Decimal, Decimal | None]:
    """A figure's value as a claim of this type states it: a cut or a fall of a signed type is negative, and a
    range keeps its numerically lower end first. The one place the sign is decided, for prose and tables alike."""
    if not (falling and CLAIM_KINDS[claim_type].signed) or value < 0:
        return value, value_max
    return -(value_max if value_max is not None else value), (-value if value_max is not None else None)


Modality = Literal["asserted", "reported", "estimated", "forecast", "negated"]
# Ordered from most to least qualified: a fact stated with several hedges keeps the first that applies.
MODALITIES: tuple[str, ...] = ("negated", "forecast", "estimated", "reported", "asserted")

EntityType = Literal[
    "Company",
    "Cloud",
    "Lab",
    "Model",
    "Product",
    "Country",
    "Region",
    "Market",
    "Policy",
    "ResearchFirm",
    "Aggregator",
    "Group",
    "Organization",
    "Person",
]
ENTITY_TYPES: tuple[str, ...] = get_args(EntityType)


@dataclass(frozen=True)
class SourceMetadata:
    """What an article says about itself (or its sidecar says for it)."""

    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    date: str | None = None  # ISO 8601 date or year, as stated
    language: str = "en"
    url: str | None = None


@dataclass(frozen=True)
class Article:
    """One source document, reduced to the text every offset refers to."""

    id: str  # stable identifier: the file name without its extension
    file: str  # file name, as found in the corpus
    text: str  # the stored text; evidence offsets are character offsets into it
    media_type: str  # of the original file: text/plain, text/markdown or text/html
    metadata: SourceMetadata = field(default_factory=SourceMetadata)

    @property
    def sha256(self) -> str:
        """Digest of the stored text, which is what decides whether a re-ingest changes anything."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def slugify(name: str) -> str:
    """A readable, stable key for an entity name: 'Alibaba Cloud' → 'alibaba-cloud'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "x" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True)
class Entity:
    """A thing claims are about; ``key`` is its stable slug, from which its IRI is minted."""

    key: str
    label: str
    type: str  # one of ENTITY_TYPES
    aliases: tuple[str, ...] = ()
    known: bool = True  # False for an entity the NER found and the gazetteer does not list


@dataclass(frozen=True)
class Evidence:
    """A span of the stored text that states a claim: ``text[start:end] == quote``."""

    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class AltValue:
    """The same figure in another unit or precision the text also gives."""

    value: Decimal
    unit: str


@dataclass(frozen=True)
class Claim:
    """One checkable statement of one article, with every span that states it."""

    type: str  # one of CLAIM_TYPES
    subject: Entity
    evidence: tuple[Evidence, ...]
    object: Entity | None = None
    value: Decimal | None = None
    value_max: Decimal | None = None
    unit: str | None = None
    time: str | None = None  # the period the claim is about, ISO-like: 2026, 2026-04, 2025-H1, FY2026
    measure: str | None = None  # what a figure measures where the text says so: "token volume", "revenue"
    effect: str | None = None  # what a sanction did, as the effect verb's lemma: "restrict", "push"
    modality: str = "asserted"
    attributed_to: Entity | None = None
    confidence: float = 0.5
    alt_values: tuple[AltValue, ...] = ()

    @property
    def identity(self) -> tuple[Hashable, ...]:
        """What makes two statements in one article the same fact (hedges and wording do not)."""
        return (
            self.type,
            self.subject.key,
            self.object.key if self.object else None,
            _canonical(self.value),
            _canonical(self.value_max),
            self.unit,
            self.time,
            self.measure,
            self.effect,
        )


def _canonical(value: Decimal | None) -> str | None:
    return None if value is None else format(value.normalize(), "f")


@dataclass(frozen=True)
class ExtractionRun:
    """Which software made a set of claims, recorded as a PROV activity."""

    software_version: str
    model_name: str
    model_version: str
    started: str  # ISO 8601 timestamps
    ended: str


@dataclass(frozen=True)
class Extraction:
    """Everything the NLP pass learnt from one article."""

    article: Article
    claims: tuple[Claim, ...]
    run: ExtractionRun

    @property
    def entities(self) -> tuple[Entity, ...]:
        """Every entity the claims mention, once each."""
        seen: dict[str, Entity] = {}
        for claim in self.claims:
            for entity in (claim.subject, claim.object, claim.attributed_to):
                if entity is not None:
                    seen.setdefault(entity.key, entity)
        return tuple(seen.values())


@dataclass(frozen=True)
class SourceFailure:
    file: str
    reason: str


@dataclass
class IngestReport:
    """What one ingest did, for the CLI's summary and the API's response."""

    new: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    failed: list[SourceFailure] = field(default_factory=list)
    claims: int = 0  # claims written by this ingest
    triples: int = 0  # quads in the store afterwards
    seconds: float = 0.0
    processes: int = 1  # processes that ran the NLP pass

    @property
    def ok(self) -> bool:
        return not self.failed
