"""The story routes of the JSON API (/api/stories...) over the demo corpus, through a live server.

The demo corpus has a release story whose sources disagree: one says 131 detainees were freed,
a rights group confirmed 47. The served database also holds an article full of script payloads.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from serve_support import XSS_ITEM
from storyline.store import Store


@pytest.fixture(scope="module")
def client(live_server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server, timeout=30) as c:
        yield c


@pytest.fixture(scope="module")
def release(client: httpx.Client) -> dict[str, Any]:
    """The detail of the story whose sources say 131 and 47 were released."""
    for item in client.get("/api/stories", params={"limit": 500}).json()["items"]:
        detail = client.get(f"/api/stories/{item['id']}").json()
        values = {v["value"] for d in detail["disagreements"] for v in d["versions"]}
        if {131.0, 47.0} <= values:
            return dict(detail)
    raise AssertionError("the demo corpus has no story disputing 131 vs 47 released")


def _error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["status"] == status
    return dict(body["error"])


def test_stories_list_counts_every_stored_story(client: httpx.Client, served_db: Path) -> None:
    page = client.get("/api/stories").json()
    with Store(served_db, read_only=True) as store:
        stored = store.query("SELECT count(*) AS n FROM stories")[0]["n"]
    assert page["total"] == stored == len(page["items"]) > 5
    first = page["items"][0]
    assert {"id", "label", "sources", "reports", "first_seen", "last_seen"} <= set(first)
    seen = [s["last_seen"] or "" for s in page["items"]]
    assert seen == sorted(seen, reverse=True)


def test_story_pages_partition_the_total(client: httpx.Client) -> None:
    total = client.get("/api/stories", params={"limit": 1}).json()["total"]
    ids = []
    for offset in range(0, total, 4):
        page = client.get("/api/stories", params={"limit": 4, "offset": offset}).json()
        assert page["total"] == total and page["offset"] == offset
        ids.extend(s["id"] for s in page["items"])
    assert len(ids) == len(set(ids)) == total


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"country": "VEN"}, lambda s: "VEN" in s["countries"]),
        ({"country": "nga"}, lambda s: "NGA" in s["countries"]),
        ({"since": "2024-10"}, lambda s: (s["last_seen"] or "") >= "2024-10"),
    ],
)
def test_story_filters_hold_for_every_returned_story(
    client: httpx.Client, params: dict[str, str], check: Any
) -> None:
    page = client.get("/api/stories", params=params).json()
    everything = client.get("/api/stories").json()["total"]
    assert 0 < page["total"] == len(page["items"]) < everything
    assert all(check(s) for s in page["items"])


def test_story_detail_groups_reports_by_source_oldest_first(
    client: httpx.Client, release: dict[str, Any]
) -> None:
    groups = release["report_groups"]
    assert [g["source"] for g in groups] == list(dict.fromkeys(g["source"] for g in groups))
    reports = [r for g in groups for r in g["reports"]]
    assert len(reports) == release["reports"]
    assert all(r["source"] == g["source"] for g in groups for r in g["reports"])
    firsts = [g["reports"][0]["published"] for g in groups]
    assert firsts == sorted(firsts)
    prefix = client.get(f"/api/stories/{release['id'][:6]}").json()
    assert prefix["id"] == release["id"]


def test_timeline_citations_link_to_the_cited_sentence(
    client: httpx.Client, release: dict[str, Any]
) -> None:
    citation = next(c for e in release["timeline"] for c in e["citations"] if c["text"])
    assert citation["link"] == f"/articles/{citation['article_id']}#s{citation['sentence']}"
    article = client.get(f"/api/articles/{citation['article_id']}").json()
    sentence = next(s for s in article["sentences"] if s["idx"] == citation["sentence"])
    assert citation["text"] in sentence["text"]


def test_disagreements_keep_every_version_with_its_sources(release: dict[str, Any]) -> None:
    dispute = next(d for d in release["disagreements"] if d["kind"] == "released")
    by_value = {v["value"]: v for v in dispute["versions"]}
    assert set(by_value) >= {131.0, 47.0}
    for version in by_value.values():
        assert version["sources"] and version["citations"]
        assert {c["source"] for c in version["citations"]} <= set(version["sources"])
    assert any("47" in c["text"] for c in by_value[47.0]["citations"])


def test_story_filter_on_events_returns_the_events_of_its_articles(
    client: httpx.Client, release: dict[str, Any]
) -> None:
    members = {r["article_id"] for g in release["report_groups"] for r in g["reports"]}
    page = client.get("/api/events", params={"story": release["id"][:8], "limit": 500}).json()
    assert page["total"] == len(page["items"]) > 0
    assert {e["article_id"] for e in page["items"]} <= members
    cited = {c["event_id"] for e in release["timeline"] for c in e["citations"]}
    assert cited <= {e["id"] for e in page["items"]}
    csv_rows = client.get("/api/events.csv", params={"story": release["id"]}).text
    assert len(csv_rows.strip().splitlines()) == min(page["total"], 50) + 1


@pytest.mark.parametrize(
    ("path", "params", "name"),
    [
        ("/api/stories", {"limit": 0}, "limit"),
        ("/api/stories", {"offset": -2}, "offset"),
        ("/api/stories", {"since": "last week"}, "since"),
        ("/api/stories", {"country": "Atlantis"}, "country"),
        ("/api/events", {"story": "not-an-id!"}, "story"),
        ("/api/events", {"story": "ffff0000ffff"}, "story"),
    ],
)
def test_invalid_story_parameters_are_422_naming_the_parameter(
    client: httpx.Client, path: str, params: dict[str, Any], name: str
) -> None:
    error = _error(client.get(path, params=params), 422)
    assert error["code"] == "invalid_parameter" and repr(name) in error["message"]


@pytest.mark.parametrize(
    "path",
    ["/api/stories/ffff0000ffff", "/api/stories/zz%3Cb%3E", "/api/stories/ffff0000ffff/digest"],
)
def test_unknown_story_ids_are_404_in_the_error_shape(client: httpx.Client, path: str) -> None:
    assert _error(client.get(path), 404)["code"] == "not_found"


def test_digest_cites_sentences_of_the_story_and_keeps_the_disagreement(
    client: httpx.Client, release: dict[str, Any]
) -> None:
    digest = client.get(f"/api/stories/{release['id'][:8]}/digest").json()
    assert digest["story_id"] == release["id"] and digest["lead"]
    members = {r["article_id"] for g in release["report_groups"] for r in g["reports"]}
    cited = [c for f in digest["lead"] + digest["facts"] for c in f["citations"]]
    assert cited and {c["article_id"] for c in cited} <= members
    sides = {s["value"] for d in digest["disagreements"] for s in d["sides"]}
    assert {"131", "47"} <= sides


def test_openapi_schema_documents_the_story_routes(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()
    for path in ("/api/stories", "/api/stories/{story_id}", "/api/stories/{story_id}/digest"):
        assert path in schema["paths"], path
    names = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert "story" in names
    assert {"StoryDetail", "StorySummary"} <= set(schema["components"]["schemas"])


def test_script_payloads_in_a_story_render_inert(client: httpx.Client) -> None:
    stories = client.get("/api/stories", params={"limit": 500}).json()["items"]
    story = next(s for s in stories if XSS_ITEM["source"] in s["sources"])
    detail = client.get(f"/api/stories/{story['id']}").json()
    titles = [r["title"] for g in detail["report_groups"] for r in g["reports"]]
    assert XSS_ITEM["title"] in titles  # JSON carries the text as it is
    page = client.get(f"/stories/{story['id']}", headers={"Accept": "text/html"}).text
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#34;title&#34;)" in page
    assert 'href="javascript:' not in page and "<img src=x" not in page
    listing = client.get("/stories", headers={"Accept": "text/html"}).text
    assert "<script>alert" not in listing and "<img src=x" not in listing


def test_story_shows_the_other_stories_of_its_storyline(
    client: httpx.Client, release: dict[str, Any]
) -> None:
    line = release["storyline"]
    assert line["id"] and line["stories"], "the release story's storyline has no other story"
    assert release["id"] not in {o["id"] for o in line["stories"]}
    for other in line["stories"]:
        detail = client.get(f"/api/stories/{other['id']}").json()
        assert detail["storyline"]["id"] == line["id"]
        assert release["id"] in {o["id"] for o in detail["storyline"]["stories"]}
        assert "VEN" in (detail["countries"] or [])
    page = client.get(f"/stories/{release['id']}").text
    for other in line["stories"]:
        assert f'href="/stories/{other["id"]}"' in page


def test_a_story_alone_in_its_storyline_lists_no_other(client: httpx.Client) -> None:
    items = client.get("/api/stories", params={"limit": 500}).json()["items"]
    alone = [
        d
        for d in (client.get(f"/api/stories/{s['id']}").json() for s in items)
        if not d["storyline"]["stories"]
    ]
    assert alone, "every story has a storyline sibling: the storylines over-link"
    assert 'id="storyline-section"' not in client.get(f"/stories/{alone[0]['id']}").text
