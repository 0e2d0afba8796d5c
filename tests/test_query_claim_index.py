"""The indexed claims listing (``claim_index.py``, ``claim_pages.py``) against the plain way it replaced: every
claim tested by a restatement of each filter, then sorted and cut by ``pages.paginate``. Pages, totals and
cursors must be identical for every filter, sort order and page size, over a real store holding the corpus, the
trace articles and an edited article (so that superseded claims exist too)."""

from __future__ import annotations

import base64
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimgraph.errors import InputError
from claimgraph.extract import Extractor
from claimgraph.graph.namespaces import Iris
from claimgraph.ingest import ingest
from claimgraph.query.claim_index import ClaimIndex
from claimgraph.query.claims import ClaimJson, claim_index, read_claims
from claimgraph.query.listing import CLAIM_SORT_NAMES, CLAIM_SORTS, ClaimFilter, list_claims
from claimgraph.query.pages import Page, paginate
from claimgraph.query.periods import overlaps, period_bounds
from claimgraph.query.sources import read_source_metadata, read_source_text
from claimgraph.query.trace import trace
from claimgraph.settings import Settings
from claimgraph.store import OxigraphStore, open_store
from rest_server import CORPUS, TRACE

BASE = "http://localhost:8000/"
EDITED = "t1_omdia_wire.txt"


@pytest.fixture(scope="module")
def store(extractor: Extractor, tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphStore]:
    folder = tmp_path_factory.mktemp("claims")
    shutil.copytree(TRACE, folder / "trace")
    settings = Settings(store=None, base_iri=BASE)
    with open_store(None) as db:
        assert ingest([CORPUS, folder / "trace"], db, settings, extractor=extractor).ok
        edited = folder / "trace" / EDITED
        text = edited.read_text(encoding="utf-8")
        edited.write_text(text.replace("13%", "12%", 1), encoding="utf-8")
        assert ingest([folder / "trace"], db, settings, extractor=extractor).replaced == [EDITED]
        yield db


def reference(claims: list[ClaimJson], f: ClaimFilter, *, sort: str, limit: int, cursor: str | None) -> Page[ClaimJson]:
    """The listing as it was before the index: each filter tested on every claim, then paginate."""

    def entity(reference: str | None) -> str | None:
        return None if not reference else reference if "://" in reference else f"{BASE}entity/{reference}"

    def side(claim: ClaimJson, name: str) -> str | None:
        return (claim[name] or {}).get("id")  # type: ignore[no-any-return]

    def keep(c: ClaimJson) -> bool:
        window = (period_bounds(f.time_from) or ("0000",))[0], (period_bounds(f.time_to) or ("", "9999-12-31"))[1]
        low, high = c["value"], c["value_max"] if c["value_max"] is not None else c["value"]
        quotes = " ".join(e["quote"] for e in c["evidence"]).casefold()
        return (
            (f.type is None or c["type"] == f.type)
            and (not f.source or c["evidence"][0]["source"]["id"] == f"{BASE}source/{f.source}")
            and all(
                side(c, name) == entity(value)
                for name, value in (("subject", f.subject), ("object", f.object), ("attributed_to", f.attributed_to))
                if value
            )
            and (not f.entity or entity(f.entity) in (side(c, "subject"), side(c, "object")))
            and (f.modality is None or c["modality"] == f.modality)
            and (f.unit is None or c["unit"] == f.unit)
            and (f.min is None or (low is not None and high >= f.min))
            and (f.max is None or (low is not None and low <= f.max))
            and (
                not (f.time_from or f.time_to)
                or ((bounds := period_bounds(c["time"])) is not None and overlaps(bounds, window))
            )
            and all(word.casefold() in quotes for word in (f.q or "").split())
        )

    return paginate([c for c in claims if keep(c)], CLAIM_SORTS[sort], order=sort, limit=limit, cursor=cursor)


FILTERS = [
    ClaimFilter(),
    ClaimFilter(type="MarketShare"),
    ClaimFilter(type="MarketShare", entity="huawei-cloud", modality="reported"),
    ClaimFilter(entity="qwen"),
    ClaimFilter(subject="huawei-cloud", attributed_to="canalys", min=10),
    ClaimFilter(object="qwen", type="Develops"),
    ClaimFilter(source="t1_omdia_wire"),
    ClaimFilter(source="t1_omdia_wire", include_superseded=True),
    ClaimFilter(include_superseded=True),
    ClaimFilter(modality="asserted"),
    ClaimFilter(unit="percent", min=5, max=20),
    ClaimFilter(time_from="2025", time_to="2026-H1"),
    ClaimFilter(q="according omdia", unit="percent"),
    ClaimFilter(q="OMD"),  # words are found inside longer runs of word characters too
    ClaimFilter(q="cloud 13 share"),
    ClaimFilter(q="İ"),  # casefolds to i and a combining dot, no word character: claims are tested one by one
    ClaimFilter(q="no-such-word-anywhere"),
    ClaimFilter(entity="no-such-entity"),
    ClaimFilter(type="Develops", modality="negated", unit="USD"),
]


@pytest.mark.parametrize("claim_filter", FILTERS, ids=lambda f: repr({k: v for k, v in vars(f).items() if v}))
@pytest.mark.parametrize("sort", CLAIM_SORT_NAMES)
@pytest.mark.parametrize("limit", [1, 3, 50])
def test_claim_index_pages_equal_the_plain_listing(
    store: OxigraphStore, claim_filter: ClaimFilter, sort: str, limit: int
) -> None:
    iris = Iris(BASE)
    claims = read_claims(store, iris, include_superseded=claim_filter.include_superseded)
    cursor: str | None = None
    for _ in range(len(claims) + 1):
        page = list_claims(store, iris, claim_filter, sort=sort, limit=limit, cursor=cursor)
        assert page == reference(claims, claim_filter, sort=sort, limit=limit, cursor=cursor)
        cursor = page.next
        if cursor is None:
            break
    assert cursor is None


def _cursor(order: str, key: list[Any]) -> str:
    raw = json.dumps({"o": order, "k": key}).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(
    ("sort", "key"),
    [
        ("value", [0, float("nan"), ""]),  # Python's json reads NaN: such a key orders nothing
        ("value", [0, 20, "http://localhost:8000/claim/t"]),
        ("-value", [0, -1e308, ""]),
        ("source", ["t", 0, "", ""]),
        ("time", [0, "2026", "z"]),
    ],
)
def test_claim_index_forged_cursors_page_as_the_plain_listing(store: OxigraphStore, sort: str, key: list[Any]) -> None:
    iris = Iris(BASE)
    claims = read_claims(store, iris)
    for claim_filter in (ClaimFilter(), ClaimFilter(unit="percent")):
        cursor = _cursor(sort, key)
        page = list_claims(store, iris, claim_filter, sort=sort, limit=4, cursor=cursor)
        assert page == reference(claims, claim_filter, sort=sort, limit=4, cursor=cursor)


def test_claim_index_bad_cursor_is_refused_only_when_something_matches(store: OxigraphStore) -> None:
    iris = Iris(BASE)
    empty = list_claims(store, iris, ClaimFilter(entity="nobody"), sort="source", limit=5, cursor="%%%")
    assert empty == Page(items=[], total=0, next=None)
    with pytest.raises(InputError, match="malformed cursor"):
        list_claims(store, iris, ClaimFilter(), sort="source", limit=5, cursor="%%%")
    with pytest.raises(InputError, match="malformed cursor"):
        list_claims(store, iris, ClaimFilter(), sort="source", limit=5, cursor=_cursor("source", [1, 2]))


def test_claim_index_lookups_equal_a_walk_over_every_claim(store: OxigraphStore) -> None:
    iris = Iris(BASE)
    for superseded in (False, True):
        index = claim_index(store, iris, include_superseded=superseded)
        claims = list(index.claims)
        assert claims == read_claims(store, iris, include_superseded=superseded)
        for claim in claims[::5]:
            source = claim["evidence"][0]["source"]["id"].removeprefix(f"{BASE}source/")
            assert read_claims(store, iris, claim_iri=claim["id"], include_superseded=superseded) == [
                c for c in claims if c["id"] == claim["id"]
            ]
            assert read_claims(
                store, iris, claim_type=claim["type"], source_id=source, include_superseded=superseded
            ) == [
                c
                for c in claims
                if c["type"] == claim["type"] and c["evidence"][0]["source"]["id"] == f"{BASE}source/{source}"
            ]
    assert len(claim_index(store, iris, include_superseded=True)) > len(claim_index(store, iris))


def test_claim_index_trace_compares_with_every_claim_of_its_type_and_subject(store: OxigraphStore) -> None:
    iris = Iris(BASE)
    claims = read_claims(store, iris)
    for traced in claims:
        answer = trace(store, iris, traced["id"])
        compared = {
            item["claim"]["id"]
            for name in ("corroborating", "contradicting", "measures_other")
            for item in answer[name]
        }
        home = traced["evidence"][0]["source"]["id"]
        assert compared == {
            c["id"]
            for c in claims
            if c["type"] == traced["type"]
            and c["subject"]["id"] == traced["subject"]["id"]
            and c["evidence"][0]["source"]["id"] != home
        }


def test_claim_index_is_rebuilt_after_a_write(store: OxigraphStore, extractor: Extractor, tmp_path: Path) -> None:
    iris = Iris(BASE)
    before = claim_index(store, iris)
    assert claim_index(store, iris) is before
    shutil.copy(TRACE / "t4_undated_daily.txt", tmp_path / "t9_copy.txt")
    assert ingest([tmp_path], store, Settings(store=None, base_iri=BASE), extractor=extractor).new == ["t9_copy.txt"]
    after = claim_index(store, iris)
    assert isinstance(after, ClaimIndex) and after is not before
    assert list_claims(store, iris, ClaimFilter(source="t9_copy"), sort="source", limit=500, cursor=None).total > 0


def test_claim_index_outlives_many_per_source_reads(store: OxigraphStore) -> None:
    iris = Iris(BASE)
    index = claim_index(store, iris)
    for number in range(600):  # texts and metadata are cached per source, a bounded number of each
        read_source_text(store, iris, f"no-such-source-{number}")
        read_source_metadata(store, iris, f"no-such-source-{number}")
    assert claim_index(store, iris) is index
