"""The web UI in a real browser: Debian's chromium driven by Playwright (never a downloaded one).

Screenshots go to tests/artifacts/ (gitignored); the article and story pages' are also copied to
docs/screenshot-article.png and docs/screenshot-story.png when STORYLINE_SCREENSHOT=1 (how the
README pictures were made).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from serve_support import ROOT, XSS_ITEM

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "artifacts"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

sync_api = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists() and os.environ.get("CI") != "true",
    reason="Debian's chromium is not installed (make install adds it)",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: object, live_server: str) -> Iterator[object]:
    context = browser.new_context(base_url=live_server, viewport={"width": 1360, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    page.console_errors = []  # CSP violations and script errors show up here
    page.on("console", lambda m: page.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    yield page
    context.close()


def _shot(page: object, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)  # type: ignore[attr-defined]
    return path


def test_events_explorer_filters_and_offers_the_same_rows_as_csv(page: object) -> None:
    p = page
    p.goto("/events")
    all_total = int(p.inner_text("#total"))
    p.select_option("#f-event", "COERCE")
    p.fill("#f-country", "VEN")
    p.click("#f-apply")
    p.wait_for_url(re.compile(r"event=COERCE"))
    total = int(p.inner_text("#total"))
    assert 0 < total < all_total
    tags = p.locator("#events tbody .tag").all_inner_texts()
    assert tags and set(tags) == {"COERCE"}
    href = p.get_attribute("#csv", "href")
    assert "event=COERCE" in href and "country=VEN" in href
    csv_text = httpx.get(p.url.split("/events")[0] + href).text
    assert len(csv_text.strip().splitlines()) == len(tags) + 1
    _shot(p, "events-explorer")
    assert not p.console_errors


def test_article_page_highlights_evidence_and_focuses_an_event(page: object) -> None:
    p = page
    p.goto("/events?country=VEN&event=RETREAT")
    p.click("#events tbody tr:first-child td:last-child a")
    p.wait_for_selector("#text .evidence.f-trigger")
    assert p.locator("#text .sentence").count() > 3
    assert p.locator("#text .mention").count() > 0
    card = p.locator(".event-card").first
    # click the card's heading: its middle may be an evidence link, which scrolls the page
    # away from the pointer (and unfocuses the card) instead of pinning it
    card.locator("b").first.click()
    assert p.locator("#text .evidence.focus").count() > 0
    assert "active" in (card.get_attribute("class") or "")
    p.evaluate("window.scrollTo(0, 0)")
    path = _shot(p, "article")
    if os.environ.get("STORYLINE_SCREENSHOT") == "1":
        shutil.copyfile(path, ROOT / "docs" / "screenshot-article.png")
    p.click(".event-card .evidence-links a >> nth=0")
    assert re.search(r"#s\d+$", p.url)
    anchor = p.url.rsplit("#", 1)[1]
    assert p.locator(f"#{anchor}").is_visible()
    _shot(p, "article-citation")
    assert not p.console_errors


def test_map_draws_countries_coloured_by_event_counts(page: object) -> None:
    p = page
    p.goto("/map")
    p.wait_for_selector("#map.ready", timeout=15000)
    assert p.locator("#map path.country").count() > 150
    assert p.locator("#map path.has-events").count() >= 5
    venezuela = p.locator('#map path[data-country="VEN"]')
    assert venezuela.count() == 1 and venezuela.get_attribute("fill") != "#eceff1"
    _shot(p, "map")
    venezuela.click()
    p.wait_for_url(re.compile(r"/events\?.*country=VEN"))
    assert not p.console_errors


def test_network_draws_nodes_and_links(page: object) -> None:
    p = page
    p.goto("/network")
    p.wait_for_selector("#network.ready", timeout=15000)
    assert p.locator("#network .node circle").count() > 5
    assert p.locator("#network .links line").count() > 0
    _shot(p, "network")
    assert not p.console_errors


def test_script_payloads_render_inert_as_text(page: object, live_server: str) -> None:
    p = page
    dialogs: list[str] = []
    p.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    hits = httpx.get(f"{live_server}/api/search", params={"q": "quits minister"}).json()
    article_id = next(h["id"] for h in hits["items"] if h["source"] == "xss.example")
    response = p.goto(f"/articles/{article_id}")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "<script>" in p.inner_text("#title")
    text = p.inner_text("#text")
    assert '<script>alert("text")</script>' in text and "onerror=alert(2)" in text
    assert p.locator("main script, main img, #text a, main iframe").count() == 0
    assert p.locator('a[href^="javascript:"]').count() == 0
    for url in ("/articles", f"/search?q={XSS_ITEM['source']}", "/events?actor=police"):
        p.goto(url)
    p.goto(f"/search?q={httpx.QueryParams({'x': '<script>alert(9)</script>'})['x']}")
    assert "<script>alert(9)</script>" in p.input_value("#q")
    p.wait_for_timeout(300)
    assert dialogs == []
    _shot(p, "xss")


# --------------------------------------------------------------------------- stories


def _release_story_id(base: str) -> str:
    """The demo story whose sources disagree: 131 detainees released, or 47."""
    for item in httpx.get(f"{base}/api/stories", params={"limit": 500}).json()["items"]:
        detail = httpx.get(f"{base}/api/stories/{item['id']}").json()
        values = {v["value"] for d in detail["disagreements"] for v in d["versions"]}
        if {131.0, 47.0} <= values:
            return str(item["id"])
    raise AssertionError("no release story disputing 131 vs 47 in the demo corpus")


def test_story_page_shows_timeline_chart_and_disagreements_side_by_side(
    page: object, live_server: str
) -> None:
    p = page
    story_id = _release_story_id(live_server)
    p.goto("/")
    p.click('header nav a[href="/stories"]')
    p.wait_for_url(re.compile(r"/stories$"))
    assert int(p.inner_text("#total")) > 5
    p.click(f'#stories a[href="/stories/{story_id}"]')
    p.wait_for_url(re.compile(rf"/stories/{story_id}$"))
    p.wait_for_selector("#timeline.ready", timeout=15000)
    assert p.locator("#timeline svg circle.mark").count() > 3
    assert p.locator("#timeline svg circle.mark.disputed").count() >= 1
    assert p.locator("#timeline svg .report-ticks line").count() >= 3
    dispute = p.locator(".disagreement", has_text="131").filter(has_text="47").first
    versions = dispute.locator(".version")
    assert versions.count() >= 2
    boxes = [versions.nth(i).bounding_box() for i in range(2)]
    assert abs(boxes[0]["y"] - boxes[1]["y"]) < 2 and boxes[1]["x"] > boxes[0]["x"] + 100
    values = " ".join(versions.all_inner_texts())
    assert "131" in values and "47" in values
    for i in range(versions.count()):
        assert versions.nth(i).locator(".version-sources").inner_text().strip()
    p.evaluate("window.scrollTo(0, 0)")
    path = _shot(p, "story")
    if os.environ.get("STORYLINE_SCREENSHOT") == "1":
        shutil.copyfile(path, ROOT / "docs" / "screenshot-story.png")
    assert not p.console_errors


def test_a_digest_citation_lands_on_the_highlighted_sentence(
    page: object, live_server: str
) -> None:
    p = page
    p.goto(f"/stories/{_release_story_id(live_server)}")
    digest_cites = p.locator("#digest a.cite")
    cite = digest_cites.first if digest_cites.count() else p.locator("#timeline-table a.cite").first
    href = cite.get_attribute("href")
    assert re.fullmatch(r"/articles/[0-9a-f]+#s\d+", href or "")
    cite.click()
    p.wait_for_url(re.compile(r"/articles/[0-9a-f]+#s\d+$"))
    anchor = p.url.rsplit("#", 1)[1]
    target = p.locator(f"#{anchor}")
    assert target.is_visible() and "sentence" in (target.get_attribute("class") or "")
    background = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background == "rgb(255, 243, 176)", background  # .sentence:target in app.css
    assert p.evaluate("document.querySelector(':target').id") == anchor
    _shot(p, "story-citation")
    assert not p.console_errors


def test_script_payloads_in_a_story_render_inert(page: object, live_server: str) -> None:
    p = page
    dialogs: list[str] = []
    p.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    stories = httpx.get(f"{live_server}/api/stories", params={"limit": 500}).json()["items"]
    story = next(s for s in stories if XSS_ITEM["source"] in s["sources"])
    p.goto("/stories")
    p.goto(f"/stories/{story['id']}")
    p.wait_for_selector("#timeline.ready", timeout=15000)
    assert XSS_ITEM["title"] in p.inner_text("#reports")
    assert XSS_ITEM["title"] in p.inner_text("#digest-sources")  # the digest cites it too
    assert p.locator("main script, main img, main iframe, main [onerror]").count() == 0
    assert p.locator('a[href^="javascript:"]').count() == 0
    p.wait_for_timeout(300)
    assert dialogs == []
    assert not p.console_errors
