"""Reads and writes of the story tables (stories, story_articles, story_events, story_state;
the storylines table is :mod:`storyline.store.storylines`).

The stories stage never touches the store: :mod:`storyline.clustering` reads its inputs here,
calls the stage, and writes the results back here.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from storyline.errors import NotFound
from storyline.records import (
    Article,
    Event,
    EventEntity,
    EventLocation,
    EventSize,
    Evidence,
    Mention,
    PubDate,
    Story,
    StoryEvent,
    StoryReport,
    TimeExpr,
)
from storyline.store.duckdb_store import Store
from storyline.store.queries import EventFilter, events
from storyline.store.rows import Row
from storyline.stories.features import StoryDoc, story_doc
from storyline.stories.index import StoryIndex
from storyline.stories.neardup import NearDuplicateIndex
from storyline.stories.storylines import StoryOutline

STATE_KEY = "index"
STORY_TABLES = ("stories", "story_articles", "story_events", "storylines")
_STORY_EVENT_JSON = ("actor", "recipient", "sizes", "citations")
OUTLINE_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT"})


@dataclass(frozen=True, slots=True)
class StoryFilter:
    since: str | None = None  # stories last seen on/after this date
    country: str | None = None  # ISO3 among the story's countries
    limit: int | None = None


# ----------------------------------------------------------------- clustering state
def load_index(store: Store) -> StoryIndex | None:
    rows = store.query("SELECT state FROM story_state WHERE key = ?", [STATE_KEY])
    return StoryIndex.from_bytes(bytes(rows[0]["state"])) if rows else None


def save_index(store: Store, index: StoryIndex, *, clusterer: str) -> None:
    articles = sum(s.size for s in index.stories.values())
    store.upsert(
        "story_state",
        [
            {
                "key": STATE_KEY,
                "clusterer": clusterer,
                "articles": articles,
                "state": index.to_bytes(),
            }
        ],
    )


def near_duplicate_index(store: Store, *, threshold: float) -> NearDuplicateIndex:
    """A MinHash LSH index of every stored canonical article."""
    index = NearDuplicateIndex(threshold=threshold)
    cursor = store.con.execute(
        "SELECT id, minhash FROM articles WHERE duplicate_of IS NULL ORDER BY id"
    )
    while batch := cursor.fetchmany(10_000):
        index.add_many((str(i), m or ()) for i, m in batch)
    return index


# ----------------------------------------------------------------- inputs
def unassigned(store: Store, article_ids: Sequence[str]) -> list[str]:
    """The ids among ``article_ids`` that belong to no story yet."""
    rows = store.query(
        "SELECT id FROM articles WHERE list_contains(?, id) "
        "AND id NOT IN (SELECT article_id FROM story_articles)",
        [list(article_ids)],
    )
    return [str(r["id"]) for r in rows]


def all_article_ids(store: Store) -> list[str]:
    return [str(r["id"]) for r in store.query("SELECT id FROM articles ORDER BY id")]


def article_links(store: Store, article_ids: Sequence[str]) -> dict[str, str | None]:
    """Article id -> the canonical article it duplicates (None for a canonical article)."""
    rows = store.query(
        "SELECT id, duplicate_of FROM articles WHERE list_contains(?, id)", [list(article_ids)]
    )
    return {str(r["id"]): r["duplicate_of"] for r in rows}


def story_of(store: Store, article_ids: Sequence[str]) -> dict[str, str]:
    rows = store.query(
        "SELECT article_id, story_id FROM story_articles WHERE list_contains(?, article_id)",
        [list(article_ids)],
    )
    return {str(r["article_id"]): str(r["story_id"]) for r in rows}


def story_docs(store: Store, article_ids: Sequence[str]) -> list[StoryDoc]:
    """Story features of these articles, oldest first (undated last, then by id)."""
    ids = list(article_ids)
    rows = store.query(
        "SELECT * FROM articles WHERE list_contains(?, id) ORDER BY published NULLS LAST, id",
        [ids],
    )
    mentions = _by_article(_mentions(store, ids))
    timexes = _by_article(_timexes(store, ids))
    return [
        story_doc(_article(r), mentions.get(str(r["id"]), []), timexes.get(str(r["id"]), []))
        for r in rows
    ]


def _by_article(records: Sequence[Any]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for record in records:
        out.setdefault(record.article_id, []).append(record)
    return out


def _article(row: Row) -> Article:
    published = (
        PubDate(row["published"], row["published_precision"] or "day")
        if row.get("published")
        else None
    )
    return Article(
        id=row["id"],
        document_id=row["document_id"],
        url=row["url"],
        source=row["source"],
        title=row["title"],
        published=published,
        language=row["language"],
        authors=tuple(row.get("authors") or ()),
        text=row["text"] or "",
        dup_key=row["dup_key"] or "",
        duplicate_of=row["duplicate_of"],
    )


def _mentions(store: Store, ids: list[str]) -> list[Mention]:
    rows = store.query(
        "SELECT * FROM mentions WHERE list_contains(?, article_id) ORDER BY article_id, start_char",
        [ids],
    )
    return [_record(Mention, r) for r in rows]


def _timexes(store: Store, ids: list[str]) -> list[TimeExpr]:
    rows = store.query(
        "SELECT * FROM timexes WHERE list_contains(?, article_id) ORDER BY article_id, start_char",
        [ids],
    )
    return [_record(TimeExpr, r) for r in rows]


def _record(cls: Any, row: Row) -> Any:
    values = dict(row, start=row.get("start_char"), end=row.get("end_char"))
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in values.items() if k in names})


def event_record(obj: Row) -> Event:
    """A stored event (its PLOVER JSON object) as an :class:`Event` record."""

    def entities(items: Any) -> tuple[EventEntity, ...]:
        return tuple(EventEntity(**e) for e in items or ())

    loc, size = obj.get("event_loc"), obj.get("size")
    return Event(
        id=obj["id"],
        article_id=obj["article_id"],
        event=obj["event"],
        mode=obj.get("mode"),
        context=tuple(obj.get("context") or ()),
        actor=entities(obj.get("actor")),
        recipient=entities(obj.get("recipient")),
        event_loc=EventLocation(**loc) if loc else None,
        date=obj.get("date"),
        date_precision=obj.get("date_precision"),
        size=EventSize(**size) if size else None,
        negated=bool(obj.get("negated")),
        future=bool(obj.get("future")),
        hypothetical=bool(obj.get("hypothetical")),
        reported_by=entities(obj.get("reported_by")),
        evidence=tuple(Evidence(**v) for v in obj.get("evidence") or ()),
        confidence=float(obj.get("confidence") or 0.0),
        coder=obj.get("coder") or "",
        cameo=obj.get("cameo"),
    )


@dataclass(frozen=True, slots=True)
class StoryInputs:
    reports: list[StoryReport]
    events: list[Event]
    mentions: list[Mention]
    texts: dict[str, str]  # article id -> lead text
    sentences: dict[tuple[str, int], str]


def story_inputs(store: Store, story_id: str) -> StoryInputs:
    """Everything :func:`storyline.stories.build_story` needs for one story."""
    rows = store.query(
        "SELECT s.article_id, s.score, s.role, a.source, a.published, a.title, a.duplicate_of, "
        "left(a.text, 600) AS lead FROM story_articles s JOIN articles a ON a.id = s.article_id "
        "WHERE s.story_id = ? ORDER BY a.published NULLS LAST, a.id",
        [story_id],
    )
    reports = [
        StoryReport(
            story_id=story_id,
            article_id=r["article_id"],
            source=r["source"],
            published=r["published"],
            title=r["title"],
            score=float(r["score"] or 0.0),
            role=r["role"],
            duplicate_of=r["duplicate_of"],
        )
        for r in rows
    ]
    ids = [r.article_id for r in reports if r.role != "duplicate"]
    by_article: dict[str, list[Row]] = {}
    for e in events(store, EventFilter(article_ids=tuple(ids))):  # one query, not one per report
        by_article.setdefault(str(e["article_id"]), []).append(e)
    found = [event_record(e) for aid in ids for e in by_article.get(aid, [])]
    cited = sorted({(e.article_id, v.sentence) for e in found for v in e.evidence})
    sentences = {
        (str(r["article_id"]), int(r["idx"])): str(r["text"])
        for r in store.query(
            "SELECT article_id, idx, text FROM sentences WHERE list_contains(?, article_id)",
            [ids],
        )
        if (str(r["article_id"]), int(r["idx"])) in set(cited)
    }
    return StoryInputs(
        reports=reports,
        events=found,
        mentions=_mentions(store, ids),
        texts={str(r["article_id"]): str(r["lead"] or "") for r in rows},
        sentences=sentences,
    )


# ----------------------------------------------------------------- writes
def membership_row(
    article_id: str, story_id: str, *, score: float, role: str, clusterer: str
) -> Row:
    """A ``story_articles`` row: the article's story, its score when it joined, its ``role``
    (``seed``, ``member`` or ``duplicate``) and the clusterer that placed it."""
    return {
        "article_id": article_id,
        "story_id": story_id,
        "score": score,
        "role": role,
        "clusterer": clusterer,
    }


def report_membership(report: StoryReport, *, clusterer: str) -> Row:
    """The ``story_articles`` row of one report of a built story."""
    return membership_row(
        report.article_id,
        report.story_id,
        score=report.score,
        role=report.role,
        clusterer=clusterer,
    )


def write_memberships(store: Store, rows: Sequence[Row]) -> None:
    store.upsert("story_articles", list(rows))


def write_stories(store: Store, stories: Sequence[Story]) -> None:
    """Replace the rows of these stories and of their story events."""
    if not stories:
        return
    ids = [s.id for s in stories]
    store.con.execute("DELETE FROM story_events WHERE list_contains(?, story_id)", [ids])
    store.upsert("stories", [story_row(s) for s in stories])
    store.upsert("story_events", [story_event_row(e) for s in stories for e in s.events])


def delete_all(store: Store) -> None:
    for table in ("stories", "story_articles", "story_events", "story_state", "storylines"):
        store.con.execute(f"DELETE FROM {table}")


def story_row(story: Story) -> Row:
    canonical = [r for r in story.reports if r.role != "duplicate"]
    return {
        "id": story.id,
        "label": story.label,
        "label_article_id": story.label_article_id,
        "articles": len(canonical),
        "reports": len(story.reports),
        "sources": list(story.sources),
        "first_seen": story.first_seen,
        "last_seen": story.last_seen,
        "key_entities": list(story.key_entities),
        "countries": list(story.countries),
        "events": len(story.events),
        "disputed": sum(1 for e in story.events if e.disputed),
        "clusterer": story.clusterer,
    }


def _json(value: Any) -> str:
    return json.dumps([dataclasses.asdict(v) for v in value], ensure_ascii=False, sort_keys=True)


def story_event_row(event: StoryEvent) -> Row:
    return {
        "id": event.id,
        "story_id": event.story_id,
        "event": event.event,
        "mode": event.mode,
        "date": event.date,
        "date_precision": event.date_precision,
        "actor": _json(event.actor),
        "recipient": _json(event.recipient),
        "countries": list(event.countries),
        "negated": event.negated,
        "future": event.future,
        "hypothetical": event.hypothetical,
        "sizes": _json(event.sizes),
        "disputed": event.disputed,
        "citations": _json(event.citations),
        "reports": len({c.article_id for c in event.citations}),
        "sources": sorted({c.source for c in event.citations if c.source}),
    }


# ----------------------------------------------------------------- reads for the CLI
def stories(store: Store, flt: StoryFilter | None = None) -> list[Row]:
    """Stories, the most recently seen first."""
    flt = flt or StoryFilter()
    clauses, params = [], []
    if flt.since:
        clauses.append("coalesce(last_seen, first_seen) >= ?")
        params.append(flt.since)
    if flt.country:
        clauses.append("list_contains(countries, ?)")
        params.append(flt.country.upper())
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = f"SELECT * FROM stories {where} ORDER BY last_seen DESC NULLS LAST, reports DESC, id"
    if flt.limit is not None:
        sql += f" LIMIT {int(flt.limit)}"
    return store.query(sql, params)


def resolve_story_id(store: Store, prefix: str) -> str:
    rows = store.query(
        "SELECT id FROM stories WHERE starts_with(id, ?) ORDER BY id LIMIT 2", [prefix]
    )
    if not rows:
        raise NotFound(f"no story with id {prefix!r}; list ids with `storyline stories`")
    if len(rows) > 1:
        raise NotFound(f"story id prefix {prefix!r} is ambiguous; give more characters")
    return str(rows[0]["id"])


def story_event_object(row: Row) -> Row:
    out = dict(row)
    for name in _STORY_EVENT_JSON:
        if isinstance(out.get(name), str):
            out[name] = json.loads(out[name])
    return out


def story_detail(store: Store, story_id: str) -> Row:
    """A story with its reports (grouped by source by the caller) and its timeline."""
    sid = resolve_story_id(store, story_id)
    story = store.query("SELECT * FROM stories WHERE id = ?", [sid])[0]
    story["members"] = store.query(
        "SELECT a.id AS article_id, a.source, a.published, a.title, a.url, a.duplicate_of, "
        "a.similarity, s.role, s.score FROM story_articles s JOIN articles a "
        "ON a.id = s.article_id WHERE s.story_id = ? "
        "ORDER BY a.source NULLS LAST, a.published NULLS LAST, a.id",
        [sid],
    )
    story["timeline"] = [
        story_event_object(r)
        for r in store.query(
            "SELECT * FROM story_events WHERE story_id = ? ORDER BY date NULLS LAST, id", [sid]
        )
    ]
    return story


def story_table_rows(store: Store, table: str) -> list[Row]:
    """Rows of a story table for export (JSON columns as objects)."""
    order = {
        "stories": "id",
        "story_articles": "story_id, article_id",
        "story_events": "id",
        "storylines": "storyline_id, story_id",
    }
    rows = store.query(f"SELECT * FROM {table} ORDER BY {order[table]}")
    if table == "story_events":
        return [story_event_object(r) for r in rows]
    return rows


def story_outlines(
    store: Store,
    *,
    entities: int = 20,
    countries: Collection[str] | None = None,
    story_ids: Collection[str] = (),
) -> list[StoryOutline]:
    """What storyline linking needs of the stored stories, by id: dates, countries and the
    entity names mentioned by the most of its canonical articles (at most ``entities``).
    Every story, or with ``countries`` only the stories of those main countries (the first of
    their ``countries``) and the stories ``story_ids``."""
    where, params = "", []
    if countries is not None:
        where = "WHERE list_contains(?, countries[1]) OR list_contains(?, id)"
        params = [sorted(countries), sorted(story_ids)]
    picked = f"SELECT id, first_seen, last_seen, countries FROM stories {where}"
    rows = store.con.execute(
        f"""WITH picked AS ({picked}),
        counted AS (
            SELECT sa.story_id, coalesce(m.canonical, m.text) AS name,
                count(DISTINCT m.article_id) AS n, count(*) AS c
            FROM story_articles sa JOIN mentions m ON m.article_id = sa.article_id
            WHERE sa.role <> 'duplicate' AND list_contains(?, m.label)
                AND sa.story_id IN (SELECT id FROM picked)
            GROUP BY ALL),
        named AS (
            SELECT story_id, list_slice(list(name ORDER BY n DESC, c DESC, name), 1, ?) AS names
            FROM counted GROUP BY story_id)
        SELECT p.id, p.first_seen, p.last_seen, p.countries, n.names
        FROM picked p LEFT JOIN named n ON n.story_id = p.id ORDER BY p.id""",
        [*params, sorted(OUTLINE_LABELS), entities],
    ).fetchall()
    return [
        StoryOutline(
            id=str(sid),
            first_seen=first,
            last_seen=last,
            key_entities=tuple(str(n) for n in names or ()),
            countries=tuple(where_ or ()),
        )
        for sid, first, last, where_, names in rows
    ]
