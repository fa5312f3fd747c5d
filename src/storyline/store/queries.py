"""Read queries over the store used by the CLI and the Python API."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from storyline.store.duckdb_store import Store
from storyline.store.rows import Row, event_object


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters for :func:`events` (all optional, combined with AND)."""

    event: str | None = None
    mode: str | None = None
    country: str | None = None  # ISO3 of any actor, recipient or the location
    since: str | None = None  # ISO date; events dated (or published) on/after it
    until: str | None = None
    article_id: str | None = None
    article_ids: tuple[str, ...] | None = None  # any of these articles
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True, slots=True)
class ArticleDetail:
    article: Row
    sentences: list[Row] = field(default_factory=list)
    mentions: list[Row] = field(default_factory=list)
    quantities: list[Row] = field(default_factory=list)
    timexes: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    duplicates: list[Row] = field(default_factory=list)


ARTICLE_LIST_COLUMNS = (
    "id, source, published, language, title, url, duplicate_of, n_words, "
    "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events"
)


def articles(
    store: Store, *, limit: int | None = None, include_duplicates: bool = True
) -> list[Row]:
    where = "" if include_duplicates else "WHERE duplicate_of IS NULL"
    sql = (
        f"SELECT {ARTICLE_LIST_COLUMNS} FROM articles a {where} "
        "ORDER BY published NULLS LAST, source, id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return store.query(sql)


def article_detail(store: Store, article_id: str) -> ArticleDetail:
    aid = store.resolve_article_id(article_id)
    article = store.query("SELECT * FROM articles WHERE id = ?", [aid])[0]
    article.pop("minhash", None)

    def rows(table: str, order: str) -> list[Row]:
        return store.query(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY {order}", [aid])

    return ArticleDetail(
        article=article,
        sentences=rows("sentences", "idx"),
        mentions=rows("mentions", "start_char"),
        quantities=rows("quantities", "start_char"),
        timexes=rows("timexes", "start_char"),
        events=[event_object(r) for r in _event_rows(store, EventFilter(article_id=aid))],
        duplicates=store.query(
            "SELECT id, source, url, title FROM articles WHERE duplicate_of = ? ORDER BY id",
            [aid],
        ),
    )


def _event_rows(store: Store, flt: EventFilter) -> list[Row]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.event:
        clauses.append("e.event = ?")
        params.append(flt.event.upper())
    if flt.mode:
        clauses.append("e.mode = ?")
        params.append(flt.mode.lower())
    if flt.country:
        clauses.append("list_contains(e.countries, ?)")
        params.append(flt.country.upper())
    if flt.since:
        clauses.append("coalesce(e.date, a.published) >= ?")
        params.append(flt.since)
    if flt.until:
        clauses.append("coalesce(e.date, a.published) <= ?")
        params.append(flt.until)
    if flt.article_id:
        clauses.append("e.article_id = ?")
        params.append(flt.article_id)
    if flt.article_ids is not None:
        clauses.append("list_contains(?, e.article_id)")
        params.append(list(flt.article_ids))
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = (
        "SELECT e.*, a.url, a.source, a.published FROM events e "
        f"JOIN articles a ON a.id = e.article_id {where} "
        "ORDER BY coalesce(e.date, a.published) NULLS LAST, e.article_id, e.id"
    )
    if flt.limit is not None:
        sql += f" LIMIT {int(flt.limit)} OFFSET {int(flt.offset)}"
    return store.query(sql, params)


def events(store: Store, flt: EventFilter | None = None) -> list[Row]:
    """Events as PLOVER JSON objects (plus ``article_id`` and ``url``), oldest first."""
    return [event_object(r) for r in _event_rows(store, flt or EventFilter())]


def skips(store: Store) -> list[Row]:
    return store.query("SELECT * FROM skips ORDER BY stage, reason, uri")
