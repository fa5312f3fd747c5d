"""The JSON API (``/api/...``); every route is read-only. See docs/api.md."""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterator
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response

from storyline.render import entity_text, flags_text, size_text
from storyline.serve import data, models
from storyline.serve.countries import country_name, numeric_id
from storyline.serve.data import EventQuery
from storyline.serve.params import LimitParam, OffsetParam, event_query
from storyline.store import Store, article_detail
from storyline.store.rows import Row

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": models.ErrorBody, "description": text}
    for code, text in (
        (404, "Unknown id"),
        (422, "Invalid parameter (the message names it)"),
        (503, "Database missing or locked by a writer"),
    )
}

router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)


def get_store(request: Request) -> Iterator[Store]:
    """One read-only connection per request (see :mod:`storyline.serve.db`)."""
    yield from request.app.state.stores.connection()


StoreDep = Annotated[Store, Depends(get_store)]


def resolved_event_query(
    store: StoreDep, q: Annotated[EventQuery, Depends(event_query)]
) -> EventQuery:
    """The event filters with a ``story`` prefix resolved to its full id (422 if unknown)."""
    from storyline.serve.stories_data import resolve_story_param

    if q.story is None:
        return q
    return dataclasses.replace(q, story=resolve_story_param(store, q.story))


EventQueryDep = Annotated[EventQuery, Depends(resolved_event_query)]


@router.get("/articles", response_model=models.ArticlePage, summary="List articles")
def list_articles(store: StoreDep, limit: LimitParam = 50, offset: OffsetParam = 0) -> Any:
    """Articles, newest first, with their event counts (duplicates included and marked)."""
    total, rows = data.article_page(store, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


@router.get("/articles/{article_id}", response_model=models.ArticleDetail, summary="One article")
def get_article(
    store: StoreDep,
    article_id: Annotated[str, Path(min_length=4, max_length=64, description="Id or prefix.")],
) -> Any:
    """An article with its clean text, sentences, mentions, quantities, dates and events."""
    return asdict(article_detail(store, article_id))


@router.get("/events", response_model=models.EventPage, summary="Filter events")
def list_events(store: StoreDep, q: EventQueryDep) -> Any:
    """PLOVER events matching every given filter, oldest first, one page at a time."""
    total, rows = data.event_page(store, q)
    return {"total": total, "limit": q.limit, "offset": q.offset, "items": rows}


CSV_COLUMNS = (
    "id",
    "date",
    "event",
    "mode",
    "actor",
    "recipient",
    "size",
    "flags",
    "source",
    "published",
    "article_id",
    "url",
)


def _csv_cell(value: object) -> str:
    """Plain text; a leading = + - @ is quoted with ' so spreadsheets never run it."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def event_csv_row(event: Row) -> list[str]:
    """The explorer table's columns for one event (the same text the web table shows)."""
    values = {
        **event,
        "actor": entity_text(event.get("actor")),
        "recipient": entity_text(event.get("recipient")),
        "size": size_text(event.get("size")),
        "flags": flags_text(event),
    }
    return [_csv_cell(values.get(c)) for c in CSV_COLUMNS]


@router.get(
    "/events.csv",
    summary="Filtered events as CSV",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}, "description": "CSV with a header row"}},
)
def events_csv(store: StoreDep, q: EventQueryDep) -> Response:
    """Exactly the page ``/api/events`` (and the explorer) shows for the same parameters."""
    _, rows = data.event_page(store, q)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(event_csv_row(r) for r in rows)
    return Response(
        buffer.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="storyline-events.csv"'},
    )


@router.get("/countries", response_model=list[models.CountryCount], summary="Events by country")
def countries(store: StoreDep, q: EventQueryDep) -> Any:
    """Event counts per country for the map (``limit``/``offset`` are ignored)."""
    return [
        {**r, "name": country_name(r["country"]), "numeric": numeric_id(r["country"])}
        for r in data.country_counts(store, q)
    ]


@router.get("/network", response_model=models.Network, summary="Actor network")
def network(
    store: StoreDep,
    q: EventQueryDep,
    max_nodes: Annotated[int, Query(ge=2, le=300, description="Keep the N busiest")] = 60,
) -> Any:
    """Who acts on whom: entity nodes and actor -> recipient links per event type."""
    return data.actor_network(store, q, max_nodes=max_nodes)


@router.get("/search", response_model=models.SearchPage, summary="Full-text search")
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=300, description="Words to find.")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: OffsetParam = 0,
) -> Any:
    """Articles whose title or text contains every word of ``q`` (see docs/api.md)."""
    terms = data.search_terms(q)
    total, rows = data.search(store, terms, limit=limit, offset=offset)
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "query": q,
        "terms": terms,
        "method": data.SEARCH_METHOD,
        "items": rows,
    }


@router.get("/stats", response_model=models.Stats, summary="Database statistics")
def stats(store: StoreDep) -> Any:
    """Counts of articles, events, sources; events by type; top sources and countries."""
    return data.stats(store)


# Stories: `storyline.serve.app.create_app` includes `storyline.serve.stories_routes`, which adds
# /api/stories, /api/stories/{id} and /api/stories/{id}/digest with the same StoreDep and errors.
