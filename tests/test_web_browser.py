"""The web pages in a real browser: Debian's headless Chromium (``/usr/bin/chromium``) driven by Playwright
against the live test server. What a person does in a minute — search an entity, open a claim, see its evidence
marked in the source, follow a contradicting claim, run a SPARQL query, click a node of the graph — and axe-core
(from npm, ``node_modules/axe-core``) on every page: no serious or critical violation. Each page is saved as a
screenshot under ``tests/artifacts/screenshots/``.

Skipped, with the reason, where Chromium, Playwright or npm's packages are missing (``make setup`` runs
``npm ci``; ``.ci/run`` installs Chromium)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rest_server import Api
from web_server import artifacts_dir

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
playwright_api = pytest.importorskip("playwright.sync_api", reason="the test extras (pip install -e '.[test]')")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"),
    pytest.mark.skipif(not AXE.exists(), reason=f"no {AXE.relative_to(AXE.parents[2])} (make setup runs npm ci)"),
]
# Every kind of page, by a path in the test store; the claim pages are found by clicking.
PAGES = {
    "home": "/",
    "search": "/ui/search?q=huawei",
    "claims": "/ui/claims?type=MarketShare",
    "source": "/ui/sources/000_12e874cc8a214095",
    "sources": "/ui/sources",
    "revisions": "/ui/sources/shares/revisions",
    "entity": "/ui/entities/huawei-cloud",
    "market": "/ui/entities/china-ai-cloud-market",
    "sparql": "/ui/sparql",
    "not-found": "/ui/entities/no-such-entity",
}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=DESKTOP)
    opened = context.new_page()
    opened.set_default_timeout(20_000)
    yield opened
    context.close()


def serious_violations(page: Any) -> list[str]:
    """axe-core's serious and critical violations on the page as it stands, one line each."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    assert len(result["passes"]) >= 10, "axe-core did not check the page"  # the rules that ran and held
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def shoot(page: Any, name: str) -> None:
    page.screenshot(path=str(artifacts_dir() / f"{name}.png"), full_page=True)


def test_web_browser_search_an_entity_and_open_it(web_site: Api, page: Any) -> None:
    page.goto(web_site.url + "/")
    page.get_by_label("Search entities and claims", exact=True).first.fill("huawei clod")  # a typo on purpose
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/ui/search\?q=huawei"))
    page.get_by_role("link", name="Huawei Cloud", exact=True).first.click()
    page.wait_for_url(re.compile(r"/ui/entities/huawei-cloud$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Huawei Cloud"


def test_web_browser_claim_evidence_is_marked_in_the_source(web_site: Api, page: Any) -> None:
    page.goto(web_site.url + "/ui/claims?type=MarketShare&entity=huawei-cloud&source=t1_omdia_wire")
    page.get_by_role("link", name=re.compile(r"^Huawei Cloud holds 13% of China AI cloud market")).click()
    page.wait_for_url(re.compile(r"/ui/claims/t1_omdia_wire/[0-9a-f]+$"))
    mark = page.locator(".appearance").first.locator("mark.hl")
    quote = mark.inner_text()
    assert "13%" in quote and "Huawei Cloud" in page.locator(".appearance").first.locator("blockquote").inner_text()
    shoot(page, "claim")
    page.locator(".appearance").first.get_by_role("link", name="See it in the source").click()
    page.wait_for_url(re.compile(r"/ui/sources/t1_omdia_wire#ev-\d+-\d+$"))
    target = page.locator("a.hl:target")
    assert target.count() == 1 and quote in target.inner_text()
    assert target.evaluate("el => getComputedStyle(el).backgroundColor") != "rgba(0, 0, 0, 0)"
    target.focus()  # the claim shows on keyboard focus, not only on hover
    tip = target.evaluate("el => getComputedStyle(el, '::after').content")
    assert "MarketShare: Huawei Cloud holds 13% of China AI cloud market" in tip
    shoot(page, "source-focused")


def test_web_browser_follow_a_contradicting_claim(web_site: Api, page: Any) -> None:
    page.goto(web_site.url + "/ui/claims?type=MarketShare&entity=huawei-cloud&source=t1_omdia_wire")
    page.get_by_role("link", name=re.compile(r"^Huawei Cloud holds 13%")).click()
    contradicting = page.get_by_role("region", name=re.compile("Contradicting"))
    contradicting.get_by_role("link", name=re.compile("16.5%")).click()
    page.wait_for_url(re.compile(r"/ui/claims/t3_other_estimate/[0-9a-f]+$"))
    assert "16.5%" in page.get_by_role("heading", level=1).inner_text()
    # ... and from there the 13% it contradicts is one click back.
    back = page.get_by_role("region", name=re.compile("Contradicting")).get_by_role("link", name=re.compile("13%"))
    assert back.count() >= 1


def test_web_browser_run_a_sparql_query_and_read_the_table(web_site: Api, page: Any) -> None:
    page.goto(web_site.url + "/ui/sparql")
    page.get_by_role("link", name="How many claims of each type the corpus holds").click()
    assert "COUNT(DISTINCT ?claim)" in page.get_by_label("Query").input_value()  # filled by script, no page load
    page.get_by_label("Query").press("Control+Enter")
    page.wait_for_url(re.compile(r"/ui/sparql\?query="))
    table = page.get_by_role("region", name="Query results").locator("table")
    headers = table.locator("thead th").all_inner_texts()
    cells = dict(zip(table.locator("tbody td:first-child").all_inner_texts(),
                     table.locator("tbody td:nth-child(2)").all_inner_texts(), strict=True))  # fmt: skip
    assert headers == ["type", "claims"] and int(cells["MarketShare"]) >= 10
    csv = page.request.get(web_site.url + page.get_by_role("link", name="CSV").get_attribute("href"))
    assert csv.ok and csv.text().splitlines()[0] == "type,claims"
    shoot(page, "sparql-results")


def test_web_browser_click_a_node_of_the_graph(web_site: Api, page: Any) -> None:
    page.goto(web_site.url + "/ui/entities/huawei-cloud")
    page.wait_for_function("() => window.claimgraphGraph && window.claimgraphGraph.nodes().length > 1")
    node = page.evaluate(
        """() => {
          const cy = window.claimgraphGraph, center = document.querySelector('#graph-data');
          const centre = JSON.parse(center.textContent).center;
          const n = cy.nodes().filter(x => x.id() !== centre)[0];
          return {key: n.data('key'), x: n.renderedPosition('x'), y: n.renderedPosition('y')};
        }"""
    )
    shoot(page, "entity")
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + node["x"], box["y"] + node["y"])
    page.wait_for_url(re.compile(r"/ui/entities/" + re.escape(node["key"]) + "$"))
    assert page.get_by_role("heading", level=1).is_visible()


@pytest.mark.parametrize("name", list(PAGES))
def test_web_browser_pages_have_no_serious_accessibility_violations(web_site: Api, page: Any, name: str) -> None:
    response = page.goto(web_site.url + PAGES[name])
    assert response.status == (404 if name == "not-found" else 200)
    if name in ("entity", "market"):
        page.wait_for_function("() => window.claimgraphGraph !== undefined")
    assert serious_violations(page) == []
    shoot(page, name)


def test_web_browser_claim_page_has_no_serious_accessibility_violations(web_site: Api, page: Any) -> None:
    page.goto(web_site.url + "/ui/claims?type=MarketShare&entity=huawei-cloud&source=t1_omdia_wire")
    page.get_by_role("link", name=re.compile(r"^Huawei Cloud holds 13%")).click()
    page.wait_for_url(re.compile(r"/ui/claims/t1_omdia_wire/"))
    assert serious_violations(page) == []
    page.goto(web_site.url + "/ui/sparql?query=" + "SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%205")
    assert page.get_by_role("region", name="Query results").is_visible() and serious_violations(page) == []


@pytest.mark.parametrize("name", ["home", "claims", "source", "market", "sparql"])
def test_web_browser_pages_fit_a_phone(web_site: Api, browser: Any, name: str) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    phone = context.new_page()
    phone.goto(web_site.url + PAGES[name])
    overflow = phone.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    phone.screenshot(path=str(artifacts_dir() / f"phone-{name}.png"), full_page=True)
    violations = serious_violations(phone)
    context.close()
    assert overflow <= 0 and violations == []


def test_web_browser_pages_read_without_script(web_site: Api, browser: Any) -> None:
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    plain = context.new_page()
    plain.goto(web_site.url + "/ui/sources/000_12e874cc8a214095")
    assert plain.locator(".source-text a.hl").count() >= 10
    plain.goto(web_site.url + "/ui/entities/huawei-cloud")
    assert plain.locator("#graph").is_hidden() and plain.locator(".neighbours a").count() >= 2
    plain.goto(web_site.url + "/ui/sparql")
    plain.get_by_role("link", name="Who develops what, and the sentence that says so").click()
    plain.get_by_role("button", name="Run query").click()
    assert plain.get_by_role("region", name="Query results").locator("tbody tr").count() >= 5
    context.close()


def test_web_browser_keyboard_reaches_the_content_first(web_site: Api, page: Any) -> None:
    page.goto(web_site.url + "/ui/claims")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.closest('main') !== null")
