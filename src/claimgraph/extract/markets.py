"""One market, one entity, throughout an article.

A writer names one market many ways: "the Southeast Asian AI cloud market" in the lede, "Southeast Asia AI cloud
services" in a table's caption, "the AI cloud market" further down. A market is what is bought (its scope) and
where (its geography); the measure a share is taken by ("by revenue", "of GPU-hours") is kept on the claim, not
in the market. So two market names of one article that agree on scope and geography are one market, and a name
without a geography is the one market of that scope the article places somewhere, when it places it in one
place only. Markets of other scopes or places stay apart ("the global AI cloud market" is not China's).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from claimgraph.extract.document import EntityIndex
from claimgraph.extract.lexicon import Lexicon
from claimgraph.records import Claim, Entity

# Words that name no part of a market: what kind of thing a market is, and function words.
_GENERIC = frozenset(
    {"market", "markets", "services", "service", "sector", "segment", "industry", "space", "the", "for", "of", "in",
     "and", "a", "an", "its", "their", "overall", "total", "whole", "entire", "same"}
)  # fmt: skip
GLOBAL = frozenset({"global", "worldwide", "world", "world's", "international"})  # words that place a market everywhere
# "the regional AI cloud market", "the local market": the place the article is about, whichever it is
_HERE = frozenset({"regional", "region", "local", "domestic", "country's", "national"})
_PLACE_TYPES = frozenset({"Country", "Region"})
MarketKey = tuple[frozenset[str], tuple[str, ...]]  # (geography, scope)


def place_names(index: EntityIndex, article: dict[str, Entity], lexicon: Lexicon) -> dict[str, str]:
    """Every name of a place the gazetteer or the article knows, lower-cased, with its adjectives ("chinese",
    "southeast asian"), → the place's key."""
    names = {
        name: entity.key for name, entity in (*index.by_name.items(), *article.items()) if entity.type in _PLACE_TYPES
    }
    for adjective, country in lexicon.demonyms.items():
        if country.lower() in names:
            names[adjective.lower()] = names[country.lower()]
    names.update({f"{name}n": key for name, key in list(names.items()) if name.endswith("a")})  # "asian"
    return names


def market_key(label: str, places: dict[str, str]) -> MarketKey:
    """A market name's geography (place keys, or "global") and scope (its other words, singular, in order)."""
    words = re.sub(r"[’']s\b", "", label.lower()).replace("-", " ").split()
    words = [w.strip(".,;:()") for w in words]
    found: set[str] = set()
    scope: list[str] = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        place = places.get(pair) if i + 1 < len(words) else None
        if place is not None:
            found.add(place)
            i += 2
            continue
        word = words[i]
        if word in GLOBAL:
            found.add("global")
        elif word in _HERE:
            pass  # no place of its own: the market is placed as the article's one market of its scope
        elif word in places:
            found.add(places[word])
        elif word and word not in _GENERIC:
            scope.append(singular(word))
        i += 1
    return frozenset(found), tuple(scope)


def _placed_as(scope: tuple[str, ...], named: set[MarketKey]) -> MarketKey:
    """The one fuller market an unplaced market name stands for: the same scope placed somewhere ("the AI cloud
    market" in an article about Southeast Asia's), or a longer scope ending in it ("the inference market" for
    "the Nordic AI inference market"); itself when there are several such markets or none."""
    fuller = {
        (places, other)
        for places, other in named
        if (other == scope and places) or (len(other) > len(scope) and other[-len(scope) :] == scope)
    }
    return fuller.pop() if len(fuller) == 1 else (frozenset(), scope)


def _detail(key: MarketKey) -> int:
    """How much a market name says: "the Nordic AI inference market" says more than "the inference market"."""
    return len(key[0]) + len(key[1])


def singular(word: str) -> str:
    """A plural noun's singular, as market names write their scope ("chips" → "chip"; "glass" stays)."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def one_entity_per_market(claims: Iterable[Claim], places: dict[str, str], written: set[str]) -> list[Claim]:
    """The claims with every market of the article that names the same scope and geography as another made one
    entity: the fullest name ("the Nordic AI inference market" over "the inference market"), then the
    gazetteer's, then one the prose names (``written``: keys of the article's mentions; a caption's or heading's
    name is built from its words), then the one most used."""
    claims = list(claims)
    markets = [e for c in claims for e in (c.subject, c.object) if e is not None and e.type == "Market"]
    if len({m.key for m in markets}) < 2:
        return claims
    keys = {m.key: market_key(m.label, places) for m in markets}
    uses = Counter(m.key for m in markets)
    by_key = {m.key: m for m in markets}
    named = {key for key in keys.values() if key[1]}
    groups: dict[MarketKey, list[Entity]] = {}
    for key, (where, scope) in keys.items():
        if not scope:
            continue  # "the market": no scope to compare
        if not where:
            where, scope = _placed_as(scope, named)
        groups.setdefault((where, scope), []).append(by_key[key])
    chosen: dict[str, Entity] = {}
    for members in groups.values():
        best = max(members, key=lambda m: (_detail(keys[m.key]), m.known, m.key in written, uses[m.key]))
        chosen.update({m.key: best for m in members})
    return [_with_markets(c, chosen) for c in claims]


def _with_markets(claim: Claim, chosen: dict[str, Entity]) -> Claim:
    subject = chosen.get(claim.subject.key, claim.subject) if claim.subject.type == "Market" else claim.subject
    obj = claim.object
    if obj is not None and obj.type == "Market":
        obj = chosen.get(obj.key, obj)
    return claim if (subject, obj) == (claim.subject, claim.object) else replace(claim, subject=subject, object=obj)
