"""The web pages over real HTTP, without a browser: each page renders what its read service returns, links its
JSON twin and hands it to a client that asks for JSON, turns bad requests into pages with the REST API's status,
and the pieces the pages are built from (highlight runs, the share chart, the wording) do what they promise."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

import httpx
import pytest

from claimgraph.web.chart import share_chart
from claimgraph.web.highlight import runs
from claimgraph.web.textdiff import line_changes
from claimgraph.web.wording import page_for_iri, statement
from rest_server import Api
from test_api_claims import path_of

HUAWEI_T1 = {"source": "t1_omdia_wire", "subject": "huawei-cloud"}
PAGES = [
    ("/", "/stats"),
    ("/ui/search?q=huawei", "/entities?q=huawei"),
    ("/ui/claims?type=MarketShare", "/claims?type=MarketShare&limit=25"),
    ("/ui/sources", "/sources"),
    ("/ui/sources/t1_omdia_wire", "/sources/t1_omdia_wire"),
    ("/ui/sources/shares/revisions", "/sources/shares/revisions"),
    ("/ui/entities/huawei-cloud", "/entities/huawei-cloud"),
    ("/ui/sparql", "/sparql?format=jsonld"),
]


def get(api: Api, path: str, **headers: str) -> httpx.Response:
    return httpx.get(api.url + path, headers=headers, timeout=60)


def claim_of(api: Api, value: float, source: str = "t1_omdia_wire") -> dict[str, Any]:
    body = get(api, f"/claims?source={source}&subject=huawei-cloud").json()
    return next(c for c in body["items"] if c["value"] == value)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.alternate: str | None = None
        self.ld_json: list[str] = []
        self._in_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "link" and found.get("rel") == "alternate" and found.get("type") == "application/json":
            self.alternate = found.get("href")
        self._in_ld = tag == "script" and found.get("type") == "application/ld+json"

    def handle_data(self, data: str) -> None:
        if self._in_ld:
            self.ld_json.append(data)

    def handle_endtag(self, tag: str) -> None:
        self._in_ld = False


def parsed(response: httpx.Response) -> _Links:
    return parsed_text(response.text)


def parsed_text(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


@pytest.mark.parametrize(("page", "twin"), PAGES)
def test_web_page_links_its_json_twin_and_serves_it_on_accept(web_site: Api, page: str, twin: str) -> None:
    response = get(web_site, page, Accept="text/html,application/xhtml+xml,*/*;q=0.8")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert parsed(response).alternate == twin and f'href="{twin}"'.replace("&", "&amp;") in response.text
    assert get(web_site, twin, Accept="application/json, application/ld+json").status_code == 200
    assert get(web_site, page, Accept="*/*").headers["content-type"].startswith("text/html")
    asked = httpx.get(web_site.url + page, headers={"Accept": "application/json"}, timeout=60)
    assert asked.status_code == 303 and asked.headers["location"] == twin and "Accept" in asked.headers["vary"]


def test_web_claim_page_states_the_claim_and_embeds_its_claim_review(web_site: Api) -> None:
    claim = claim_of(web_site, 13)
    page = get(web_site, "/ui" + path_of(claim["id"], web_site))
    assert page.status_code == 200
    assert "Huawei Cloud holds 13% of China AI cloud market, in 2025" in page.text
    [review] = parsed(page).ld_json
    assert json.loads(review) == get(web_site, path_of(claim["id"], web_site) + "/review").json()
    trace = get(web_site, path_of(claim["id"], web_site) + "/trace").json()
    assert trace["summary"] in page.text.replace("&#39;", "'")
    contradicting = page.text.split('class="contradicting"')[1].split("</section>")[0]
    assert len(trace["contradicting"]) == 2  # Canalys's 16.5% (t3) and the edited article's 14%
    for other in trace["contradicting"]:
        assert "/ui" + path_of(other["claim"]["id"], web_site) in contradicting
    assert "16.5%" in contradicting and "according to Canalys" in contradicting


def test_web_claim_page_marks_the_quote_inside_its_paragraph(web_site: Api) -> None:
    claim = claim_of(web_site, 13)
    page = get(web_site, "/ui" + path_of(claim["id"], web_site)).text
    quote = claim["evidence"][0]["quote"]
    assert f'<mark class="hl t-MarketShare">{quote}</mark>' in page
    assert f"#ev-{claim['evidence'][0]['start']}-{claim['evidence'][0]['end']}" in page


def test_web_claims_table_filters_like_the_rest_api(web_site: Api) -> None:
    rest = get(web_site, "/claims?type=MarketShare&entity=huawei-cloud&min=13&max=14").json()
    page = get(web_site, "/ui/claims?type=MarketShare&entity=Huawei+Cloud&min=13&max=14&source=&modality=").text
    assert parsed_text(page).alternate == "/claims?type=MarketShare&entity=huawei-cloud&min=13&max=14&limit=25"
    assert f'<p class="summary" aria-live="polite">{rest["total"]} claims' in page
    rows = re.findall(r'<a href="(/ui/claims/[^"]+)">', page)
    assert rows == ["/ui" + path_of(c["id"], web_site) for c in rest["items"]] and len(rows) == rest["total"] >= 4


def test_web_claims_table_pages_with_the_rest_cursor(web_site: Api) -> None:
    first = get(web_site, "/ui/claims").text
    next_page = re.search(r'<a href="([^"]+)" rel="next">', first)
    assert next_page is not None
    second = get(web_site, next_page.group(1).replace("&amp;", "&")).text
    first_rows = set(re.findall(r'<a href="(/ui/claims/[^"]+)">', first))
    second_rows = set(re.findall(r'<a href="(/ui/claims/[^"]+)">', second))
    assert len(first_rows) == 25 and second_rows and not first_rows & second_rows and "First page" in second


def test_web_source_page_marks_every_claim_of_the_source(web_site: Api) -> None:
    source = get(web_site, "/sources/000_12e874cc8a214095").json()
    page = get(web_site, "/ui/sources/000_12e874cc8a214095").text
    text = page.split('class="source-text"')[1].split("</section>")[0]
    linked = set(re.findall(r'<a class="hl t-\w+" href="(/ui/claims/[^"]+)"', text))
    every = {"/ui" + path_of(claim["id"], web_site) for claim in source["claims"]}
    # Only a claim whose every span is also another claim's exact span lacks a link of its own in the text (its
    # statement is in the hover text); every claim is linked from the list below the text.
    assert linked <= every and len(linked) >= len(every) - 1
    listed = set(re.findall(r'<a href="(/ui/claims/[^"]+)">', page.split('id="claims-h"')[1]))
    assert listed == every
    for claim in source["claims"]:
        assert f'id="ev-{claim["evidence"][0]["start"]}-{claim["evidence"][0]["end"]}"' in text
    legend = page.split('class="legend"')[1].split("</section>")[0]
    assert legend.count('<span class="tag t-') == len({c["type"] for c in source["claims"]}) >= 3


def test_web_revisions_page_strikes_superseded_claims(web_site: Api) -> None:
    page = get(web_site, "/ui/sources/shares/revisions").text
    assert re.search(r"<del><a [^>]+>Huawei Cloud holds 13% of China AI cloud market, in 2025</a></del>", page)
    assert re.search(r"<ins><a [^>]+>Huawei Cloud holds 14% of China AI cloud market, in 2025</a></ins>", page)
    assert re.search(r"Dropped:</span> <del><a [^>]+>Baidu AI Cloud holds 6%", page)
    removed = re.findall(r"<del><span class=\"visually-hidden\">Removed: </span>.*?</span>(.*?)</del>", page)
    added = re.findall(r"<ins><span class=\"visually-hidden\">Added: </span>.*?</span>(.*?)</ins>", page)
    assert removed == [
        "Cloud shares in 2025",
        "Huawei Cloud held 13% of the China AI cloud market in 2025, according to Omdia.",
        "Baidu Cloud held 6% of the China AI cloud market in 2025, according to Omdia.",
    ]
    assert added[0] == "Cloud shares in 2025 (corrected)" and len(added) == 3


def test_web_market_page_draws_one_bar_per_company_and_source(web_site: Api) -> None:
    board = get(web_site, "/markets/china-ai-cloud-market/shares").json()
    page = get(web_site, "/ui/entities/china-ai-cloud-market").text
    bars = sum(len([s for s in company["shares"] if s["value"] is not None]) for company in board["companies"])
    assert page.count('class="bar-label"') == bars > 5
    spreads = [company["spread"] for company in board["companies"] if company["spread"]]
    assert spreads and all(f"sources differ by {spread:g}<" in page for spread in spreads)


def test_web_sparql_page_runs_the_query_and_offers_downloads(web_site: Api) -> None:
    query = "SELECT ?type (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c a ?type } } GROUP BY ?type ORDER BY ?type"
    page = get(web_site, "/ui/sparql?" + str(httpx.QueryParams({"query": query}))).text
    assert '<th scope="col">type</th><th scope="col">n</th>' in page
    csv_link = re.search(r'<a href="(/sparql\?[^"]+format=csv)" download>CSV</a>', page)
    assert csv_link is not None
    csv = get(web_site, csv_link.group(1).replace("&amp;", "&"))
    assert csv.headers["content-type"].startswith("text/csv") and csv.text.startswith("type,n")
    assert page.count("<tr>") - 1 == len(csv.text.strip().splitlines()) - 1


def test_web_sparql_page_shows_a_syntax_error_beside_the_editor(web_site: Api) -> None:
    response = get(web_site, "/ui/sparql?query=SELECT+%3Fx+WHERE+%7B")
    assert response.status_code == 400 and 'role="alert"' in response.text and "<textarea" in response.text
    federated = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"
    refused = get(web_site, "/ui/sparql?" + str(httpx.QueryParams({"query": federated})))
    assert refused.status_code == 403 and "SERVICE" in refused.text and "<textarea" in refused.text


def test_web_unknown_things_are_html_pages_with_the_rest_status(web_site: Api) -> None:
    assert get(web_site, "/ui/claims/t1_omdia_wire/00000000").status_code == 404
    assert get(web_site, "/ui/entities/no-such-entity").status_code == 404
    bad = get(web_site, "/ui/claims?type=NoSuchType")
    assert bad.status_code == 400 and bad.headers["content-type"].startswith("text/html") and "NoSuchType" in bad.text


def test_web_highlight_runs_split_overlapping_spans() -> None:
    source = "http://x/source/a"

    def claim(name: str, start: int, end: int) -> dict[str, Any]:
        return {"id": name, "type": "Revenue", "evidence": [{"source": {"id": source}, "start": start, "end": end}]}

    text = "Acme earned $5 billion in 2025."
    found = runs(text, [claim("sentence", 0, 31), claim("figure", 12, 22)], source)
    assert [(r.text, [c["id"] for c in r.claims]) for r in found] == [
        ("Acme earned ", ["sentence"]), ("$5 billion", ["figure", "sentence"]), (" in 2025.", ["sentence"])
    ]  # fmt: skip
    assert [r.anchors for r in found] == [("ev-0-31",), ("ev-12-22",), ()]


def test_web_text_changes_keep_context_and_mark_gaps() -> None:
    old = "a\nb\nc\nd\ne\nf\ng"
    new = "a\nB\nc\nd\ne\nf\ng\nh"
    assert line_changes(old, new) == [
        ("same", "a"), ("removed", "b"), ("added", "B"), ("same", "c"), ("gap", ""), ("same", "g"), ("added", "h")
    ]  # fmt: skip
    assert line_changes(old, old) == []


def test_web_share_chart_numbers_sources_and_keeps_ranges() -> None:
    def share(value: float, source: str, value_max: float | None = None) -> dict[str, Any]:
        return {"value": value, "value_max": value_max, "unit": "percent", "period": "2025",
                "source": {"id": source, "title": source, "date": None}}  # fmt: skip

    board = {"companies": [
        {"company": {"label": "A"}, "shares": [share(30, "s1"), share(34, "s2", 36)], "spread": 4},
        {"company": {"label": "B"}, "shares": [share(10, "s2")], "spread": None},
    ]}  # fmt: skip
    chart = share_chart(board)
    assert chart is not None and chart.scale_max == 40 and [value for value, _ in chart.ticks] == [0, 10, 20, 30, 40]
    a, b = chart.groups
    assert [bar.source_number for bar in a.bars + b.bars] == [1, 2, 2]
    assert a.bars[1].low_width < a.bars[1].width and a.bars[1].label == "34–36%, 2025"
    assert [s["id"] for s in chart.sources] == ["s1", "s2"] and share_chart({"companies": []}) is None


def test_web_wording_reads_claims_and_maps_iris_to_pages() -> None:
    claim = {"type": "MarketShare", "subject": {"label": "Acme"}, "object": {"label": "the widget market"},
             "value": 12.5, "value_max": None, "unit": "percent", "time": "2025", "modality": "negated"}  # fmt: skip
    assert statement(claim) == "Not so: Acme holds 12.5% of the widget market, in 2025"
    relation = {"type": "Develops", "subject": {"label": "Acme"}, "object": None, "value": None, "modality": "asserted"}
    assert statement(relation) == "Acme develops"
    base = "http://localhost:8000/"
    assert page_for_iri(base + "claim/s1/abc", base) == "/ui/claims/s1/abc"
    assert page_for_iri(base + "entity/acme", base) == "/ui/entities/acme"
    assert page_for_iri(base + "evidence/s1/1-2", base) == base + "evidence/s1/1-2"
