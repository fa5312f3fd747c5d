"""What ``storyline watch`` remembers, in the database (tables ``watch_feeds``, ``watch_pages``).

A page URL moves through states: ``fetched`` (its bytes are stored as a document; written in the
same transaction as the document), then ``done`` (the pipeline stored its article), or ``retry``
(a transient failure, tried again on later polls up to :data:`MAX_ATTEMPTS`) and ``failed``
(refused or permanently failing: never fetched again). A restart re-processes ``fetched`` pages
from the stored bytes and never fetches a URL that is ``fetched``, ``done`` or ``failed``, nor
one already stored as a document's ``uri`` by ``storyline ingest``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from storyline.records import Document
from storyline.store import Store

MAX_ATTEMPTS = 3


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class FeedState:
    url: str
    etag: str | None = None
    last_modified: str | None = None


def feed_state(store: Store, url: str) -> FeedState:
    rows = store.query("SELECT etag, last_modified FROM watch_feeds WHERE url = ?", [url])
    if not rows:
        return FeedState(url)
    return FeedState(url, rows[0]["etag"], rows[0]["last_modified"])


def save_feed(
    store: Store,
    state: FeedState,
    *,
    status: int | None,
    entries: int | None,
    error: str | None = None,
) -> None:
    """Record a poll of a feed (validators only change after its entries were handled)."""
    store.upsert(
        "watch_feeds",
        [
            {
                "url": state.url,
                "etag": state.etag,
                "last_modified": state.last_modified,
                "checked_at": now_iso(),
                "status": status,
                "entries": entries,
                "error": error,
            }
        ],
    )


def known_urls(store: Store, urls: list[str]) -> set[str]:
    """Of ``urls``, those that must not be fetched again (handled, or stored by an ingest)."""
    if not urls:
        return set()
    rows = store.query(
        "SELECT url FROM watch_pages WHERE list_contains(?, url) "
        "AND (state <> 'retry' OR attempts >= ?) "
        "UNION SELECT uri FROM documents WHERE list_contains(?, uri)",
        [urls, MAX_ATTEMPTS, urls],
    )
    return {str(r["url"]) for r in rows}


def attempts(store: Store, url: str) -> int:
    rows = store.query("SELECT attempts FROM watch_pages WHERE url = ?", [url])
    return int(rows[0]["attempts"] or 0) if rows else 0


def record_page(store: Store, row: dict[str, object]) -> None:
    store.upsert("watch_pages", [{"fetched_at": now_iso(), **row}])


def pending_documents(store: Store) -> list[tuple[str, Document]]:
    """Pages whose bytes were stored but whose processing did not finish (a crash)."""
    rows = store.query(
        "SELECT p.url, d.id, d.uri, d.fetched_at, d.media_type, d.raw, d.hints "
        "FROM watch_pages p JOIN documents d ON d.id = p.document_id "
        "WHERE p.state = 'fetched' ORDER BY p.url"
    )
    import json

    return [
        (
            str(r["url"]),
            Document(
                r["id"],
                r["uri"],
                r["fetched_at"],
                r["media_type"],
                bytes(r["raw"]),
                json.loads(r["hints"] or "{}"),
            ),
        )
        for r in rows
    ]


def mark_done(store: Store, urls: list[str]) -> None:
    if urls:
        store.con.execute(
            "UPDATE watch_pages SET state = 'done' WHERE list_contains(?, url)", [urls]
        )
