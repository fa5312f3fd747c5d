"""storyline watch against a local HTTP server on 127.0.0.1: feeds, pages, and every safeguard."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from storyline.errors import ConfigError
from storyline.settings import Settings, load_settings
from storyline.store import Store
from storyline.watch import (
    Fetcher,
    FetchError,
    FetchOptions,
    Watcher,
    parse_every,
    read_feeds_file,
)

PAGE = """<!doctype html><html><head><title>{title}</title></head><body><article>
<h1>{title}</h1><p>{body}</p><p>Officials said more talks would follow next week, and
observers from several neighbouring countries welcomed the announcement.</p></article>
</body></html>"""

PAGES = {
    "/news/one.html": (
        "Port workers strike in Valmera",
        "Thousands of dock workers went on strike in the port city of Valmera on Monday, "
        "demanding higher wages from the transport ministry.",
    ),
    "/news/two.html": (
        "Police detain activists",
        "Police in Valmera arrested 14 activists on Tuesday after a march outside the "
        "parliament, the interior ministry said.",
    ),
    "/private/secret.html": ("Not for robots", "This page is disallowed by robots.txt."),
}


def _feed(base: str, paths: list[str]) -> str:
    items = "".join(
        f"<item><title>{PAGES.get(p, ('x', ''))[0]}</title><link>{base}{p}</link>"
        "<pubDate>Mon, 02 Sep 2024 10:00:00 GMT</pubDate></item>"
        for p in paths
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>'
        f"<link>{base}/</link><description>test</description>{items}</channel></rss>"
    )


class Site:
    """What the local server serves, and how often each path was requested."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.base = ""
        self.feed_paths = ["/news/one.html", "/news/two.html", "/private/secret.html"]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return

        def _send(self, status: int, body: bytes = b"", ctype: str = "text/html") -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            path = self.path
            site.hits[path] += 1
            if path == "/robots.txt":
                self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
            elif path == "/feed.xml":
                if self.headers.get("If-None-Match") == '"v1"':
                    self._send(304)
                    return
                body = _feed(site.base, site.feed_paths).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("ETag", '"v1"')
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            elif path in PAGES:
                title, body = PAGES[path]
                self._send(200, PAGE.format(title=title, body=body).encode())
            elif path == "/slow.html":
                time.sleep(1.5)
                self._send(200, b"<html><body>late</body></html>")
            elif path == "/big.html":  # no Content-Length: only streaming can stop it
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(64):
                    self.wfile.write(b"<p>" + b"x" * 16_384 + b"</p>")
            elif path == "/to-loopback":
                self.send_response(302)
                self.send_header("Location", f"{site.base.replace('localhost', '127.0.0.1')}/")
                self.end_headers()
            elif path == "/flaky.html":
                self._send(503 if site.hits[path] < 2 else 200, b"<html><body>ok</body></html>")
            else:
                self._send(404, b"not here")

    return Handler


@pytest.fixture
def site() -> Iterator[Site]:
    state = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.base = f"http://localhost:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()
    thread.join()


FAST = FetchOptions(
    connect_timeout=1.0,
    read_timeout=0.5,
    max_bytes=200_000,
    retries=1,
    backoff=0.05,
    per_host_interval=0.0,
    allow_hosts=frozenset({"localhost"}),
)


@pytest.fixture
def watch_settings(tmp_path: Path) -> Settings:
    return load_settings(environ={}, overrides={"db": str(tmp_path / "w.duckdb"), "workers": 1})


def _poll(settings: Settings, site: Site, options: FetchOptions = FAST) -> dict[str, object]:
    watcher = Watcher(settings, [f"{site.base}/feed.xml"], options=options)
    try:
        return watcher.poll().as_dict()
    finally:
        watcher.close()


def test_new_articles_go_through_the_pipeline_and_robots_is_respected(
    site: Site, watch_settings: Settings
) -> None:
    report = _poll(watch_settings, site)
    assert report["fetched"] == 2 and report["articles"] == 2 and report["failed"] == 1
    assert site.hits["/private/secret.html"] == 0
    with Store(watch_settings.db, read_only=True) as store:
        titles = {r["title"] for r in store.query("SELECT title FROM articles")}
        pages = {r["url"]: r for r in store.query("SELECT * FROM watch_pages")}
        n_events = store.counts()["events"]
    assert titles == {PAGES["/news/one.html"][0], PAGES["/news/two.html"][0]}
    assert pages[f"{site.base}/private/secret.html"]["reason"] == "robots-disallowed"
    assert pages[f"{site.base}/news/two.html"]["state"] == "done"
    assert n_events > 0


def test_a_restart_refetches_nothing_and_the_feed_answers_304(
    site: Site, watch_settings: Settings
) -> None:
    _poll(watch_settings, site)
    before = Counter(site.hits)
    second = _poll(watch_settings, site)
    assert second["not_modified"] == 1 and second["fetched"] == 0 and second["articles"] == 0
    assert site.hits["/news/one.html"] == before["/news/one.html"] == 1
    # the feed changes (a new ETag would list new entries): known links are still not fetched
    site.feed_paths = [*site.feed_paths]
    with Store(watch_settings.db) as store:
        store.con.execute("UPDATE watch_feeds SET etag = NULL")
    third = _poll(watch_settings, site)
    assert third["new_links"] == 0 and site.hits["/news/two.html"] == 1


def test_pages_stored_before_a_crash_are_processed_without_refetching(
    site: Site, watch_settings: Settings
) -> None:
    _poll(watch_settings, site)
    url = f"{site.base}/news/one.html"
    with Store(watch_settings.db) as store:  # simulate a crash between storing and processing
        doc = store.query("SELECT document_id FROM watch_pages WHERE url = ?", [url])[0]
        store.con.execute("DELETE FROM articles WHERE document_id = ?", [doc["document_id"]])
        store.con.execute("UPDATE watch_pages SET state = 'fetched' WHERE url = ?", [url])
    report = _poll(watch_settings, site)
    assert report["recovered"] == 1 and report["articles"] == 1
    assert site.hits["/news/one.html"] == 1
    with Store(watch_settings.db, read_only=True) as store:
        assert store.query("SELECT state FROM watch_pages WHERE url = ?", [url])[0]["state"] == (
            "done"
        )


def test_private_addresses_are_refused_without_the_flag(site: Site) -> None:
    fetcher = Fetcher(FetchOptions(retries=0))
    with pytest.raises(FetchError) as caught:
        fetcher.get(f"{site.base}/news/one.html")
    assert caught.value.reason == "refused-address"
    assert site.hits["/news/one.html"] == 0
    allowed = Fetcher(FetchOptions(retries=0, allow_private=True))
    assert allowed.get(f"{site.base}/news/one.html").status == 200
    fetcher.close()
    allowed.close()


def test_a_redirect_to_a_private_address_is_rechecked_and_refused(site: Site) -> None:
    fetcher = Fetcher(FAST)  # localhost is allowed, 127.0.0.1 (the redirect target) is not
    with pytest.raises(FetchError) as caught:
        fetcher.get(f"{site.base}/to-loopback")
    fetcher.close()
    assert caught.value.reason == "refused-address" and "127.0.0.1" in str(caught.value)
    assert site.hits["/"] == 0


@pytest.mark.parametrize(
    ("path", "reason", "hits"),
    [("/slow.html", "timeout", 2), ("/big.html", "too-large", 1), ("/missing", "http-error", 1)],
)
def test_slow_oversized_and_missing_pages_fail_with_a_reason(
    site: Site, path: str, reason: str, hits: int
) -> None:
    fetcher = Fetcher(FAST)
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetcher.get(f"{site.base}{path}")
    fetcher.close()
    assert caught.value.reason == reason
    assert site.hits[path] == hits  # timeouts are retried once; the others are final
    assert time.monotonic() - started < 5


def test_server_errors_are_retried_with_backoff(site: Site) -> None:
    fetcher = Fetcher(FAST)
    assert fetcher.get(f"{site.base}/flaky.html").status == 200
    fetcher.close()
    assert site.hits["/flaky.html"] == 2


def test_per_host_rate_limit_spaces_requests(site: Site) -> None:
    fetcher = Fetcher(FetchOptions(allow_private=True, per_host_interval=0.3, retries=0))
    started = time.monotonic()
    for _ in range(3):
        fetcher.get(f"{site.base}/news/one.html")
    fetcher.close()
    assert time.monotonic() - started >= 0.6


@pytest.mark.parametrize(
    ("text", "seconds"), [("15m", 900.0), ("30s", 30.0), ("1h", 3600.0), ("90", 90.0)]
)
def test_intervals_parse(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "0", "-5m", "soon", "5y"])
def test_bad_intervals_are_refused(text: str) -> None:
    with pytest.raises(ConfigError, match="--every"):
        parse_every(text)


def test_feeds_file_skips_comments_and_refuses_non_http_lines(tmp_path: Path) -> None:
    good = tmp_path / "feeds.txt"
    good.write_text("# wires\nhttps://a.example/rss\n\n  http://b.example/atom.xml  \n")
    assert read_feeds_file(good) == ["https://a.example/rss", "http://b.example/atom.xml"]
    bad = tmp_path / "bad.txt"
    bad.write_text("https://a.example/rss\nfile:///etc/passwd\n")
    with pytest.raises(ConfigError, match=r"bad.txt:2"):
        read_feeds_file(bad)


def test_watch_command_reports_usage_errors(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    feeds = tmp_path / "feeds.txt"
    feeds.write_text("https://a.example/rss\n")
    result = CliRunner().invoke(app, ["watch", str(feeds), "--every", "soon", "--once"])
    assert result.exit_code == 2 and "--every" in result.output
