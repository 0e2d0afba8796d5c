"""Entities as researchers look them up: search over labels and aliases (prefix, then fuzzy with rapidfuzz), and
one entity with its claim counts and external identifiers (its claims are ``entity_claims.py``).

Everything is answered from an index of all entities (gazetteer and discovered) built from the store once per
store generation (``cache.derived``): a search then costs a pass of rapidfuzz's C scorer over a few hundred to a
few thousand names, not a SPARQL query with a regex.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process, utils
from rdflib import URIRef

from claimgraph.errors import InputError
from claimgraph.graph.namespaces import CG, ENTITY_TYPES_BY_CLASS, Iris
from claimgraph.query.cache import derived
from claimgraph.query.queries import load_query
from claimgraph.query.rows import plain_rows
from claimgraph.records import ENTITY_TYPES
from claimgraph.store import Store

# rapidfuzz's plain ratio (normalised Indel similarity): 'Bytedanse' → 'ByteDance' 89, 'Alibba' → 'Alibaba' 92,
# while unrelated short names stay under 78. WRatio was tried and rejected: its partial matching scores 'ai'
# against every name containing 'AI' at 90.
FUZZY_CUTOFF = 78.0
FUZZY_MIN_CHARS = 4  # below this, a typo and another name are indistinguishable: prefix matches only
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
ROLES = ("subject", "object", "attributed_to")
MATCH_RANK = {"exact": 3, "prefix": 2, "word": 1, "fuzzy": 0}


@dataclass(frozen=True)
class EntityRecord:
    """One entity as the index holds it; ``claims[type][role]`` counts the claims it takes part in."""

    iri: str
    key: str
    label: str
    aliases: tuple[str, ...]
    types: tuple[str, ...]
    parents: tuple[str, ...]
    same_as: tuple[str, ...]
    claims: Mapping[str, Mapping[str, int]] = field(default_factory=dict)

    @property
    def claim_count(self) -> int:
        return sum(sum(roles.values()) for roles in self.claims.values())


@dataclass(frozen=True)
class EntityIndex:
    by_iri: Mapping[str, EntityRecord]
    children: Mapping[str, tuple[str, ...]]  # parent IRI → its units' IRIs
    names: tuple[tuple[str, str, bool], ...]  # (processed name, entity IRI, is the preferred label)


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    total: int
    next: str | None


def entity_index(store: Store, iris: Iris) -> EntityIndex:
    """The index of every entity in the store, rebuilt only when the store has changed."""
    return derived(store, ("entities", iris.base), lambda s: _build_index(s, iris))


def _build_index(store: Store, iris: Iris) -> EntityIndex:
    parts: dict[str, dict[str, Any]] = {}
    for row in plain_rows(store, load_query("entities")):
        iri = str(row["entity"])
        entry = parts.setdefault(
            iri, {"label": str(row["label"]), "aliases": set(), "types": set(), "parents": set(), "same": set()}
        )
        if "alt" in row:
            entry["aliases"].add(str(row["alt"]))
        if "class" in row and (name := ENTITY_TYPES_BY_CLASS.get(URIRef(row["class"]))):
            entry["types"].add(name)
        if "parent" in row:
            entry["parents"].add(str(row["parent"]))
        if "same" in row:
            entry["same"].add(str(row["same"]))
    counts: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for row in plain_rows(store, load_query("claim_roles")):
        claim_type = str(row["type"]).removeprefix(str(CG))
        counts[row["entity"]][claim_type][row["role"]] = int(row["claims"])
    by_iri: dict[str, EntityRecord] = {}
    children: dict[str, list[str]] = defaultdict(list)
    names: list[tuple[str, str, bool]] = []
    for iri, entry in sorted(parts.items()):
        by_iri[iri] = EntityRecord(
            iri=iri,
            key=iris.key_of_entity(iri) or iri,
            label=entry["label"],
            aliases=tuple(sorted(entry["aliases"] - {entry["label"]})),
            types=tuple(sorted(entry["types"])),
            parents=tuple(sorted(entry["parents"])),
            same_as=tuple(sorted(entry["same"])),
            claims={t: dict(roles) for t, roles in sorted(counts.get(iri, {}).items())},
        )
        for parent in entry["parents"]:
            children[parent].append(iri)
        names.append((utils.default_process(entry["label"]), iri, True))
        names.extend((utils.default_process(alias), iri, False) for alias in by_iri[iri].aliases)
    return EntityIndex(by_iri, {p: tuple(sorted(c)) for p, c in children.items()}, tuple(names))


def resolve_entity(index: EntityIndex, iris: Iris, name: str) -> EntityRecord | None:
    """An entity named by its key (``alibaba-cloud``), its IRI, or a label or alias that names only it (any
    case), so that the CLI can say ``claimgraph paths ByteDance OpenAI``."""
    for iri in (f"{iris.base}entity/{name}", name):  # a plain string: names may hold spaces, IRIs not
        if iri in index.by_iri:
            return index.by_iri[iri]
    wanted = utils.default_process(name)
    found = {iri for processed, iri, _ in index.names if processed == wanted}
    return index.by_iri[found.pop()] if len(found) == 1 else None


def search_entities(
    store: Store,
    iris: Iris,
    q: str | None = None,
    *,
    entity_type: str | None = None,
    limit: int = 20,
    cursor: str | None = None,
) -> Page:
    """Entities whose label or alias matches ``q``, best first: exact, then prefix (of the whole name, then of a
    word), then fuzzy (rapidfuzz ratio ≥ 78, for queries of 4+ characters); ties go to the preferred label, then
    to the entity with more claims. Without ``q``, every entity (of ``entity_type``), most claims first."""
    if entity_type is not None and entity_type not in ENTITY_TYPES:
        raise InputError(f"unknown entity type {entity_type[:80]!r}", hint="one of " + ", ".join(ENTITY_TYPES))
    index = entity_index(store, iris)
    query = utils.default_process(q or "")
    offset = decode_cursor(cursor, query, entity_type)
    best: dict[str, tuple[tuple[float, ...], dict[str, Any]]] = {}
    for processed, iri, preferred, match, score in _matches(index, query):
        record = index.by_iri[iri]
        if entity_type is not None and entity_type not in record.types:
            continue
        rank = (MATCH_RANK[match], score, float(preferred), float(record.claim_count))
        if iri not in best or rank > best[iri][0]:
            best[iri] = (rank, {**entity_summary(record), "matched": processed, "match": match, "score": score})
    ordered = sorted(best.values(), key=lambda it: (tuple(-part for part in it[0]), it[1]["label"], it[1]["id"]))
    items = [item for _, item in ordered]
    for item in items:
        item["matched"] = _original_name(index.by_iri[item["id"]], item["matched"])
    page = items[offset : offset + limit]
    more = offset + limit < len(items)
    return Page(page, len(items), encode_cursor(query, entity_type, offset + limit) if more else None)


def _matches(index: EntityIndex, query: str) -> list[tuple[str, str, bool, str, float]]:
    if not query:
        return [(name, iri, pref, "exact", 0.0) for name, iri, pref in index.names if pref]
    found: list[tuple[str, str, bool, str, float]] = []
    fuzzy: set[int] = set()
    if len(query) >= FUZZY_MIN_CHARS:
        choices = [name for name, _, _ in index.names]
        for _, score, position in process.extract(
            query, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=None
        ):
            fuzzy.add(position)
            name, iri, pref = index.names[position]
            found.append((name, iri, pref, "fuzzy", round(float(score), 1)))
    for name, iri, pref in index.names:
        if name == query:
            found.append((name, iri, pref, "exact", 100.0))
        elif name.startswith(query):
            found.append((name, iri, pref, "prefix", round(100.0 * len(query) / len(name), 1)))
        elif any(word.startswith(query) for word in name.split()):
            found.append((name, iri, pref, "word", round(100.0 * len(query) / len(name), 1)))
    return found


def _original_name(record: EntityRecord, processed: str) -> str:
    """The label or alias as written, for the processed form that matched."""
    return next((n for n in (record.label, *record.aliases) if utils.default_process(n) == processed), record.label)


def entity_summary(record: EntityRecord) -> dict[str, Any]:
    return {"id": record.iri, "key": record.key, "label": record.label, "types": list(record.types)}


def read_entity(store: Store, iris: Iris, key: str) -> dict[str, Any] | None:
    """One entity: labels, types, parent organisations and units, claim counts by type and role, and external
    identifiers (``owl:sameAs``); None when the store holds no entity of that key."""
    index = entity_index(store, iris)
    record = index.by_iri.get(f"{iris.base}entity/{key}")
    if record is None:
        return None

    def refs(iri_list: tuple[str, ...]) -> list[dict[str, Any]]:
        return [entity_summary(index.by_iri[i]) if i in index.by_iri else {"id": i, "key": None, "label": None,
                "types": []} for i in iri_list]  # fmt: skip

    by_type = {t: sum(roles.values()) for t, roles in record.claims.items()}
    by_role = {role: sum(roles.get(role, 0) for roles in record.claims.values()) for role in ROLES}
    return {
        **entity_summary(record),
        "aliases": list(record.aliases),
        "parents": refs(record.parents),
        "units": refs(index.children.get(record.iri, ())),
        "claims": {"total": record.claim_count, "by_type": by_type, "by_role": by_role},
        "external_ids": [external_id(iri) for iri in record.same_as],
    }


def external_id(iri: str) -> dict[str, str | None]:
    """An ``owl:sameAs`` target as the API shows it: Wikidata items get their scheme and Q-number."""
    if iri.startswith(WIKIDATA_ENTITY):
        return {"scheme": "wikidata", "id": iri.removeprefix(WIKIDATA_ENTITY), "iri": iri}
    return {"scheme": None, "id": None, "iri": iri}


def encode_cursor(query: str, scope: str | None, offset: int) -> str:
    raw = json.dumps({"q": query, "s": scope, "o": offset}, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str | None, query: str, scope: str | None) -> int:
    """The offset a cursor carries; a cursor made for another query (or not by us) is bad input, not page 1."""
    if cursor is None:
        return 0
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor[:4096] + "=" * (-len(cursor) % 4)))
        offset = data["o"]
        same = data["q"] == query and data["s"] == scope
    except (binascii.Error, ValueError, TypeError, KeyError, UnicodeDecodeError) as error:
        raise InputError("malformed cursor", hint="pass the `next` value of the previous page unchanged") from error
    if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0 or not same:
        raise InputError("this cursor belongs to another query", hint="pass the `next` value of the previous page")
    return offset
