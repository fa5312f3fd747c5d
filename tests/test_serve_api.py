"""The JSON API over a database ingested from the demo corpus, through a live server (httpx)."""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from storyline.serve import StoreUnavailable, create_app
from storyline.serve.app import CSP
from storyline.store import Store


@pytest.fixture(scope="module")
def client(live_server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server, timeout=30) as c:
        yield c


def _error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message", "details"}
    assert body["error"]["status"] == status
    return dict(body["error"])


def test_stats_count_the_stored_rows(client: httpx.Client, served_db: Path) -> None:
    stats = client.get("/api/stats").json()
    with Store(served_db, read_only=True) as store:
        counts = store.counts()
    assert stats["articles"] == counts["articles"] and stats["events"] == counts["events"]
    assert sum(stats["events_by_type"].values()) == counts["events"]
    assert stats["sources"] >= 8


def test_articles_are_paged_with_a_total(client: httpx.Client) -> None:
    first = client.get("/api/articles", params={"limit": 5}).json()
    second = client.get("/api/articles", params={"limit": 5, "offset": 5}).json()
    assert first["total"] == second["total"] >= 27
    assert len(first["items"]) == 5
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}


def test_article_detail_by_prefix_has_text_annotations_and_events(client: httpx.Client) -> None:
    events = client.get("/api/events", params={"country": "VEN", "limit": 1}).json()["items"]
    article_id = events[0]["article_id"]
    detail = client.get(f"/api/articles/{article_id[:10]}").json()
    assert detail["article"]["id"] == article_id
    assert detail["sentences"] and detail["mentions"] and detail["events"]
    text = detail["article"]["text"]
    for ev in detail["events"][0]["evidence"]:
        assert text[ev["start"] : ev["end"]] == ev["text"]


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"country": "VEN"}, lambda e: "VEN" in _countries(e)),
        ({"country": "ven"}, lambda e: "VEN" in _countries(e)),
        ({"event": "COERCE"}, lambda e: e["event"] == "COERCE"),
        ({"event": "coerce", "mode": "arrest"}, lambda e: e["mode"] == "arrest"),
        ({"since": "2024-08", "until": "2024-08-31"}, lambda e: (e["date"] or "") >= "2024-08"),
        ({"actor": "police"}, lambda e: "police" in _names(e["actor"])),
    ],
)
def test_event_filters_hold_for_every_returned_event(
    client: httpx.Client, params: dict[str, str], check: Any
) -> None:
    page = client.get("/api/events", params={**params, "limit": 500}).json()
    assert page["total"] == len(page["items"]) > 0
    assert all(check(e) for e in page["items"])


def _countries(event: dict[str, Any]) -> set[str]:
    found = {a.get("code") for a in event["actor"] + event["recipient"]}
    if event["event_loc"]:
        found.add(event["event_loc"]["country"])
    return {c for c in found if c}


def _names(entities: list[dict[str, Any]]) -> str:
    return " | ".join(e["entity_text"] for e in entities).lower()


def test_event_pages_partition_the_filtered_total(client: httpx.Client) -> None:
    total = client.get("/api/events", params={"limit": 1}).json()["total"]
    ids: list[str] = []
    for offset in range(0, total, 40):
        page = client.get("/api/events", params={"limit": 40, "offset": offset}).json()
        ids.extend(e["id"] for e in page["items"])
    assert len(ids) == len(set(ids)) == total


def test_csv_has_exactly_the_rows_of_the_same_query(client: httpx.Client) -> None:
    params = {"country": "VEN", "limit": 7, "offset": 2}
    page = client.get("/api/events", params=params).json()
    response = client.get("/api/events.csv", params=params)
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["id"] for r in rows] == [e["id"] for e in page["items"]]
    assert rows[0]["event"] == page["items"][0]["event"]


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 501}, "limit"),
        ({"limit": "many"}, "limit"),
        ({"offset": -1}, "offset"),
        ({"event": "NOTANEVENT"}, "event"),
        ({"event": "COERCE", "mode": "dance"}, "mode"),
        ({"country": "Narnia"}, "country"),
        ({"since": "yesterday"}, "since"),
        ({"until": "2024-13-01"}, "until"),
    ],
)
def test_invalid_parameters_are_422_naming_the_parameter(
    client: httpx.Client, params: dict[str, Any], name: str
) -> None:
    error = _error(client.get("/api/events", params=params), 422)
    assert error["code"] == "invalid_parameter"
    assert repr(name) in error["message"]
    assert any(name in d["loc"] for d in error["details"])


@pytest.mark.parametrize(
    "path", ["/api/articles/ffffffffffff", "/api/nothing-here", "/api/articles/zz%3Cb%3E"]
)
def test_unknown_ids_and_paths_are_404_in_the_error_shape(client: httpx.Client, path: str) -> None:
    assert _error(client.get(path), 404)["code"] == "not_found"


def test_wrong_method_is_405_in_the_error_shape(client: httpx.Client) -> None:
    assert _error(client.post("/api/events"), 405)["code"] == "method_not_allowed"


def test_search_finds_articles_containing_every_word(client: httpx.Client) -> None:
    page = client.get("/api/search", params={"q": "Venezuela released"}).json()
    assert page["total"] >= 1 and page["terms"] == ["venezuela", "released"]
    for hit in page["items"]:
        detail = client.get(f"/api/articles/{hit['id']}").json()["article"]
        body = f"{detail['title']} {detail['text']}".lower()
        assert "venezuela" in body and "released" in body
    scores = [h["score"] for h in page["items"]]
    assert scores == sorted(scores, reverse=True)


def test_search_without_a_query_is_422(client: httpx.Client) -> None:
    assert "'q'" in _error(client.get("/api/search"), 422)["message"]


def test_country_counts_carry_world_atlas_ids(client: httpx.Client) -> None:
    counts = {c["country"]: c for c in client.get("/api/countries").json()}
    assert counts["VEN"]["numeric"] == "862" and counts["VEN"]["events"] > 0


def test_network_links_only_join_kept_nodes(client: httpx.Client) -> None:
    graph = client.get("/api/network", params={"max_nodes": 20}).json()
    ids = {n["id"] for n in graph["nodes"]}
    assert 0 < len(ids) <= 20
    assert all(link["source"] in ids and link["target"] in ids for link in graph["links"])


def test_openapi_schema_lists_every_endpoint(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()
    for path in (
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/events",
        "/api/events.csv",
        "/api/search",
        "/api/stats",
        "/api/countries",
        "/api/network",
    ):
        assert path in schema["paths"], path
    assert "ErrorBody" in schema["components"]["schemas"]


@pytest.mark.parametrize("path", ["/api/stats", "/events", "/static/app.css", "/nope"])
def test_every_response_carries_the_security_headers(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    assert response.headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    assert response.headers["x-content-type-options"] == "nosniff"


def test_pages_get_html_errors(client: httpx.Client) -> None:
    response = client.get("/events", params={"limit": 0}, headers={"Accept": "text/html"})
    assert response.status_code == 422 and "text/html" in response.headers["content-type"]
    assert "limit" in response.text


def test_missing_database_fails_at_start(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailable, match="does not exist"):
        create_app(tmp_path / "none.duckdb")


def test_a_writer_holding_the_database_gives_503_not_a_hang(served_db: Path) -> None:
    from serve_support import running

    app = create_app(served_db, busy_timeout=0.2, check=False)
    with running(app) as url, httpx.Client(base_url=url) as c:
        # DuckDB's file lock is per process: a child process opens the file read-write.
        import subprocess
        import sys

        with subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                "print('locked', flush=True); time.sleep(30)",
                str(served_db),
            ],
            stdout=subprocess.PIPE,
            text=True,
        ) as holder:
            try:
                assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
                error = _error(c.get("/api/stats"), 503)
                assert error["code"] == "database_unavailable" and "locked" in error["message"]
            finally:
                holder.kill()
        assert c.get("/api/stats").status_code == 200


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/events", {"country": "VEN", "limit": "2"}),
        ("/stories", {"limit": "1"}),
        ("/articles", {"limit": "3"}),
        ("/search", {"q": "the"}),
    ],
)
def test_html_pages_link_to_the_next_page_keeping_the_filters(
    client: httpx.Client, path: str, params: dict[str, str]
) -> None:
    first = client.get(path, params=params)
    assert first.status_code == 200
    found = re.search(r'rel="next" href="\?([^"]+)"', first.text)
    assert found, f"{path} has no next link"
    following = dict(parse_qsl(html.unescape(found.group(1))))
    assert {k: following[k] for k in params} == params
    assert int(following["offset"]) > 0
    second = client.get(path, params=following)
    assert 'rel="prev"' in second.text
    assert second.text != first.text
