"""The country a city, a US state or another country's province lies in ("a data centre in Tromsø": Norway; "a
campus in Johor": Malaysia), read from ``patterns/places.tsv``, a table generated from GeoNames by
``tools/build_places.py``, and ``patterns/regions.tsv``, the first-level divisions of the markets the corpus covers
(the GeoNames package the tool reads has no names for them): a company operates in the country, which is what a
reader asks of it, and two cities of one country are one fact."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files


@cache
def _countries() -> dict[str, str]:
    countries = _table("places.tsv")
    for name, country in _table("regions.tsv").items():
        countries.setdefault(name, country)  # a city of a province's name keeps its own country
    return countries


def _table(name: str) -> dict[str, str]:
    text = files("claimgraph.extract").joinpath(f"patterns/{name}").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {_plain(name): country for name, country in rows}


def _plain(name: str) -> str:
    """A place's name with a plain apostrophe: GeoNames writes "Xi’an", articles often "Xi'an"."""
    return name.replace("’", "'")


def country_of(place: str) -> str | None:
    """The country of a city, a US state or a province by its name, None for a country or a name no table has;
    a division's word after the name ("Iwate Prefecture", "Jiangsu Province") is no part of it."""
    countries = _countries()
    name = _plain(place)
    return countries.get(name) or countries.get(_DIVISION_WORD.sub("", name))


def without_division(name: str) -> str:
    """A place's name without a division's word after it ("Guangdong Province", "the Dublin Region": Guangdong,
    Dublin): one place, however the text calls it."""
    return _DIVISION_WORD.sub("", name)


# "Iwate Prefecture", "Almaty Oblast": kinds of division written after the name, which name no company either
NAMED_DIVISIONS = ("Prefecture", "Province", "Oblast", "Governorate", "County")
# "Ulsan City", "Gujarat State": those and the kinds a company's name may end in too, once the place is known
_DIVISION_WORD = re.compile(rf" (?:{'|'.join((*NAMED_DIVISIONS, 'State', 'City', 'District', 'Region'))})$")


@cache
def _first_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in _countries() if " " in name)


def names_a_place(name: str) -> bool:
    """Whether the table has the name as a place or a country, or as the first word of one ("Frankfurt" of
    "Frankfurt am Main")."""
    return _plain(name) in _countries() or is_country(name) or _plain(name) in _first_words()


@cache
def _country_names() -> frozenset[str]:
    return frozenset(_countries().values())


def is_country(name: str) -> bool:
    """Whether the name is a country's, as the table names countries ("Norway", "Portugal"): the gazetteer knows
    the markets' main countries, the table every country a city lies in."""
    return name in _country_names()
