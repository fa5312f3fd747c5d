"""Reads for the digest stage: a story (or one article) with everything a digest cites."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.digest.base import DigestArticle, DigestInput
from storyline.errors import ConfigError, NotFound
from storyline.records import (
    Citation,
    EventEntity,
    Quantity,
    Sentence,
    SizeClaim,
    StoryEvent,
)
from storyline.store.duckdb_store import Store
from storyline.store.queries import EventFilter, events
from storyline.store.rows import Row
from storyline.store.stories import (
    _by_article,
    _mentions,
    _record,
    _timexes,
    event_record,
    resolve_story_id,
    story_event_object,
)

_ARTICLE_COLUMNS = "a.id, a.source, a.title, a.published, a.url, a.language, a.text, a.duplicate_of"


def load_digest_input(
    store: Store, *, story_id: str | None = None, article_id: str | None = None
) -> DigestInput:
    """The :class:`DigestInput` of a story (id or unique prefix) or of one article.

    Raises :class:`NotFound` when the id matches nothing (or is ambiguous), and
    :class:`ConfigError` unless exactly one of ``story_id`` and ``article_id`` is given.
    """
    if (story_id is None) == (article_id is None):
        raise ConfigError("give exactly one of story_id and article_id to load a digest input")
    if article_id is not None:
        aid = store.resolve_article_id(article_id)
        rows = store.query(f"SELECT {_ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?", [aid])
        title = str(rows[0]["title"] or "")
        return DigestInput(None, aid, title, _articles(store, rows), ())
    sid = resolve_story_id(store, str(story_id))
    story = store.query("SELECT label FROM stories WHERE id = ?", [sid])
    rows = store.query(
        f"SELECT {_ARTICLE_COLUMNS} FROM story_articles s JOIN articles a ON a.id = s.article_id "
        "WHERE s.story_id = ? ORDER BY a.published NULLS LAST, a.id",
        [sid],
    )
    if not rows:
        raise NotFound(f"story {sid} has no articles; run `storyline cluster --rebuild`")
    timeline = store.query(
        "SELECT * FROM story_events WHERE story_id = ? ORDER BY date NULLS LAST, id", [sid]
    )
    return DigestInput(
        story_id=sid,
        article_id=None,
        title=str(story[0]["label"] or "") if story else "",
        articles=_articles(store, rows),
        story_events=tuple(story_event_record(r) for r in timeline),
    )


def _articles(store: Store, rows: Sequence[Row]) -> tuple[DigestArticle, ...]:
    ids = [str(r["id"]) for r in rows if not r["duplicate_of"]]
    sentences = _sentences(store, ids)
    mentions = _by_article(_mentions(store, ids))
    timexes = _by_article(_timexes(store, ids))
    quantities = _by_article(_quantities(store, ids))
    found: dict[str, list[Any]] = {}
    for aid in ids:
        found[aid] = [event_record(e) for e in events(store, EventFilter(article_id=aid))]
    return tuple(
        DigestArticle(
            article_id=(aid := str(r["id"])),
            source=r["source"],
            title=r["title"],
            published=r["published"],
            url=r["url"],
            language=r["language"],
            text=str(r["text"] or ""),
            duplicate_of=r["duplicate_of"],
            sentences=tuple(sentences.get(aid, ())),
            mentions=tuple(mentions.get(aid, ())),
            quantities=tuple(quantities.get(aid, ())),
            timexes=tuple(timexes.get(aid, ())),
            events=tuple(found.get(aid, ())),
        )
        for r in rows
    )


def _sentences(store: Store, ids: list[str]) -> dict[str, list[Sentence]]:
    rows = store.query(
        "SELECT article_id, idx, start_char, end_char, text FROM sentences "
        "WHERE list_contains(?, article_id) ORDER BY article_id, idx",
        [ids],
    )
    out: dict[str, list[Sentence]] = {}
    for r in rows:
        sentence = Sentence(int(r["idx"]), int(r["start_char"]), int(r["end_char"]), str(r["text"]))
        out.setdefault(str(r["article_id"]), []).append(sentence)
    return out


def _quantities(store: Store, ids: list[str]) -> list[Quantity]:
    rows = store.query(
        "SELECT * FROM quantities WHERE list_contains(?, article_id) "
        "ORDER BY article_id, start_char",
        [ids],
    )
    return [_record(Quantity, r) for r in rows]


def story_event_record(row: Row) -> StoryEvent:
    """A stored story event row as a :class:`StoryEvent` record."""
    obj = story_event_object(row)

    def entities(items: Any) -> tuple[EventEntity, ...]:
        return tuple(EventEntity(**e) for e in items or ())

    sizes = tuple(
        SizeClaim(
            kind=s["kind"],
            value=s.get("value"),
            vague=bool(s.get("vague")),
            sources=tuple(s.get("sources") or ()),
            article_ids=tuple(s.get("article_ids") or ()),
            event_ids=tuple(s.get("event_ids") or ()),
        )
        for s in obj.get("sizes") or ()
    )
    return StoryEvent(
        id=obj["id"],
        story_id=obj["story_id"],
        event=obj["event"],
        mode=obj.get("mode"),
        date=obj.get("date"),
        date_precision=obj.get("date_precision"),
        actor=entities(obj.get("actor")),
        recipient=entities(obj.get("recipient")),
        countries=tuple(obj.get("countries") or ()),
        citations=tuple(Citation(**c) for c in obj.get("citations") or ()),
        sizes=sizes,
        disputed=bool(obj.get("disputed")),
        negated=bool(obj.get("negated")),
        future=bool(obj.get("future")),
        hypothetical=bool(obj.get("hypothetical")),
    )
