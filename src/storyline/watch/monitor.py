"""The poll loop of ``storyline watch``: feeds -> new links -> pages -> the whole pipeline.

One poll: (1) pages whose bytes were stored but not processed (a crash) are processed from the
database; (2) each feed is fetched with a conditional GET (its stored ETag / Last-Modified); a
304 ends there; (3) entry links not seen before are fetched (robots.txt first) and become HTML
Documents with the entry's title and date as hints; entries without a link but with full
content become item Documents; (4) in groups of ``batch_pages``, the documents and their
``watch_pages`` rows are stored in one transaction, then run through
:meth:`storyline.pipeline.Pipeline.run_documents`, then marked done; (5) the feed's new
validators are stored last, so a crash never hides an entry behind a 304.

The database is opened read-write only for these short steps (never while fetching), so a
``storyline serve`` process can read between them (see :mod:`storyline.serve.db`).
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin

import feedparser

from storyline.errors import StoreError
from storyline.ingest.feed import FeedReader
from storyline.ingest.html import html_document, looks_like_html
from storyline.pipeline import Pipeline
from storyline.records import Document, Skipped
from storyline.settings import Settings
from storyline.store import Store
from storyline.store.rows import skip_row
from storyline.watch import state
from storyline.watch.fetch import Fetched, Fetcher, FetchError, FetchOptions
from storyline.watch.robots import Robots

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(slots=True)
class WatchReport:
    """What one poll did."""

    feeds: int = 0
    not_modified: int = 0
    feed_errors: int = 0
    new_links: int = 0
    fetched: int = 0
    failed: int = 0
    recovered: int = 0
    articles: int = 0
    events: int = 0
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "feeds": self.feeds,
            "not_modified": self.not_modified,
            "feed_errors": self.feed_errors,
            "new_links": self.new_links,
            "fetched": self.fetched,
            "failed": self.failed,
            "recovered": self.recovered,
            "articles": self.articles,
            "events": self.events,
            "problems": list(self.problems),
        }


@dataclass(frozen=True, slots=True)
class Entry:
    key: str  # the page URL, or feed#item-<document id> for an entry without a link
    link: str | None
    title: str | None
    published: str | None
    item: Document | None


def parse_feed(feed_url: str, body: bytes) -> list[Entry] | Skipped:
    """Entries of a feed (unsafe XML is refused before parsing, as in ``storyline ingest``)."""
    items = list(FeedReader().read(feed_url, body, {}))
    if len(items) == 1 and isinstance(items[0], Skipped) and items[0].reason != "no-content":
        return items[0]
    entries: list[Entry] = []
    for number, raw in enumerate(feedparser.parse(io.BytesIO(body)).get("entries") or []):
        item = items[number] if number < len(items) else None
        doc = item if isinstance(item, Document) else None
        link = raw.get("link")
        link = urljoin(feed_url, str(link)) if link else None
        if link is None and doc is None:
            continue
        key = link or f"{feed_url}#item-{doc.id if doc else number}"
        title, published = raw.get("title"), raw.get("published") or raw.get("updated")
        entries.append(Entry(key, link, title, published, doc))
    return entries


def page_document(entry: Entry, fetched: Fetched) -> Document | Skipped:
    """An HTML page as a Document (uri = the entry's link; hints from the feed entry)."""
    uri = entry.key
    content_type = fetched.headers.get("content-type", "")
    media = content_type.split(";")[0].strip().lower()
    if media not in _HTML_TYPES and not (
        media in ("", "text/plain") and looks_like_html(fetched.body[:4096])
    ):
        detail = f"{uri}: content type {media or 'unknown'!r} is not an HTML page"
        return Skipped.make(uri, "ingest", "unsupported-format", detail)
    charset = content_type.partition("charset=")[2].strip(" \"'") or None
    hints = {"url": fetched.url, "title": entry.title, "published": entry.published}
    hints["charset"] = charset
    doc = html_document(uri, fetched.body, {k: str(v) for k, v in hints.items() if v})
    return replace(doc, fetched_at=state.now_iso()) if isinstance(doc, Document) else doc


class Watcher:
    """Polls a list of feeds into the database ``settings.db``."""

    def __init__(
        self,
        settings: Settings,
        feeds: list[str],
        *,
        options: FetchOptions | None = None,
        batch_pages: int = 8,
        lock_timeout: float = 60.0,
    ) -> None:
        self.settings = settings
        self.feeds = feeds
        self.fetcher = Fetcher(options or FetchOptions())
        self.robots = Robots(self.fetcher)
        self.batch_pages = batch_pages
        self.lock_timeout = lock_timeout

    def close(self) -> None:
        self.fetcher.close()

    @contextmanager
    def session(self) -> Iterator[Store]:
        """The database opened read-write for one short step (waits while a reader holds it)."""
        deadline = time.monotonic() + self.lock_timeout
        while True:
            try:
                store = Store(self.settings.db)
                break
            except StoreError as exc:
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        try:
            yield store
        finally:
            store.close()

    # ------------------------------------------------------------------ one poll
    def poll(self) -> WatchReport:
        report = WatchReport()
        self._recover(report)
        for feed in self.feeds:
            report.feeds += 1
            self._poll_feed(feed, report)
        return report

    def _recover(self, report: WatchReport) -> None:
        with self.session() as store:
            pending = state.pending_documents(store)
            if pending:
                log.info("re-processing %d stored pages a previous run left", len(pending))
                self._process(store, [doc for _, doc in pending], report)
                state.mark_done(store, [url for url, _ in pending])
                report.recovered += len(pending)

    def _process(self, store: Store, docs: list[Document], report: WatchReport) -> None:
        # a Pipeline per database session: its components hold the store it was built with
        with Pipeline(self.settings, store) as pipeline:
            result = pipeline.run_documents(docs)
        report.articles += result.articles
        report.events += result.events
        report.problems.extend(f"{s.uri}: {s.reason}" for s in result.skipped)

    def _poll_feed(self, feed: str, report: WatchReport) -> None:
        with self.session() as store:
            previous = state.feed_state(store, feed)
        fetched = self._fetch_feed(previous, report)
        if fetched is None:
            return
        parsed = parse_feed(feed, fetched.body)
        if isinstance(parsed, Skipped):
            report.feed_errors += 1
            report.problems.append(parsed.detail)
            with self.session() as store:
                store.upsert("skips", [skip_row(parsed)])
                state.save_feed(
                    store, previous, status=fetched.status, entries=None, error=parsed.detail
                )
            return
        with self.session() as store:
            known = state.known_urls(store, [e.key for e in parsed])
        fresh = [e for e in parsed if e.key not in known]
        report.new_links += len(fresh)
        for start in range(0, len(fresh), self.batch_pages):
            self._handle_batch(feed, fresh[start : start + self.batch_pages], report)
        validators = state.FeedState(
            feed, fetched.headers.get("etag"), fetched.headers.get("last-modified")
        )
        with self.session() as store:
            state.save_feed(store, validators, status=fetched.status, entries=len(parsed))

    def _fetch_feed(self, previous: state.FeedState, report: WatchReport) -> Fetched | None:
        headers = {}
        if previous.etag:
            headers["If-None-Match"] = previous.etag
        if previous.last_modified:
            headers["If-Modified-Since"] = previous.last_modified
        try:
            if not self.robots.allowed(previous.url):
                raise FetchError(
                    f"{previous.url}: disallowed by robots.txt", reason="robots-disallowed"
                )
            fetched = self.fetcher.get(previous.url, headers=headers)
        except FetchError as exc:
            report.feed_errors += 1
            report.problems.append(str(exc))
            with self.session() as store:
                state.save_feed(store, previous, status=None, entries=None, error=str(exc))
            return None
        if fetched.not_modified:
            report.not_modified += 1
            with self.session() as store:
                state.save_feed(store, previous, status=304, entries=None)
            return None
        return fetched

    def _handle_batch(self, feed: str, entries: list[Entry], report: WatchReport) -> None:
        outcomes = [(e, self._fetch_page(e, report)) for e in entries]
        with self.session() as store:
            docs: list[Document] = []
            with store.transaction():
                for entry, outcome in outcomes:
                    docs.extend(self._record(store, feed, entry, outcome))
            if docs:
                self._process(store, docs, report)
                state.mark_done(store, [d.uri for d in docs])

    def _fetch_page(self, entry: Entry, report: WatchReport) -> Document | Skipped | FetchError:
        if entry.link is None:
            assert entry.item is not None
            return entry.item
        try:
            if not self.robots.allowed(entry.link):
                raise FetchError(
                    f"{entry.link}: disallowed by robots.txt", reason="robots-disallowed"
                )
            fetched = self.fetcher.get(entry.link)
        except FetchError as exc:
            report.failed += 1
            report.problems.append(str(exc))
            return exc
        report.fetched += 1
        return page_document(entry, fetched)

    def _record(
        self, store: Store, feed: str, entry: Entry, outcome: Document | Skipped | FetchError
    ) -> list[Document]:
        row: dict[str, object] = {"url": entry.key, "feed_url": feed, "final_url": entry.link}
        if isinstance(outcome, Document):
            doc = replace(outcome, uri=entry.key)
            store.insert_new("documents", [_document_row(doc)])
            state.record_page(
                store,
                {
                    **row,
                    "state": "fetched",
                    "document_id": doc.id,
                    "attempts": state.attempts(store, entry.key) + 1,
                },
            )
            return [doc]
        if isinstance(outcome, Skipped):
            store.upsert("skips", [skip_row(outcome)])
            state.record_page(
                store,
                {**row, "state": "failed", "reason": outcome.reason, "detail": outcome.detail},
            )
            return []
        tries = state.attempts(store, entry.key) + 1
        retry = outcome.retryable and tries < state.MAX_ATTEMPTS
        state.record_page(
            store,
            {
                **row,
                "state": "retry" if retry else "failed",
                "reason": outcome.reason,
                "detail": str(outcome),
                "attempts": tries,
            },
        )
        return []


def _document_row(doc: Document) -> dict[str, object]:
    from storyline.store.rows import document_row

    return document_row(doc)
