"""The DuckDB store: migrations, idempotent upserts, exports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from storyline.errors import ConfigError, NotFound, StoreError
from storyline.records import (
    Article,
    Event,
    EventEntity,
    EventSize,
    Evidence,
    PubDate,
    Skipped,
    stable_id,
)
from storyline.store import SCHEMA_VERSION, EventFilter, Store, article_detail, events, export_table
from storyline.store.rows import article_row, event_row, skip_row

TEXT = "The council released 12 detainees on Monday after talks."


def make_article(text: str = TEXT, *, doc: str = "d1") -> Article:
    return Article(
        id=stable_id("article", doc),
        document_id=doc,
        url=f"https://example.org/{doc}",
        source="example.org",
        title="Council frees detainees",
        published=PubDate("2024-08-05", "day"),
        language="en",
        authors=("A. Writer",),
        text=text,
        dup_key=stable_id(text),
        minhash=(1, 2, 3),
        extractor="test.v1",
    )


def make_event(article: Article) -> Event:
    start = article.text.index("released")
    return Event(
        id=stable_id(article.id, "RETREAT"),
        article_id=article.id,
        event="RETREAT",
        mode="release",
        context=("repression",),
        actor=(EventEntity("The council", "VEN", "GOV", None, 0, 11),),
        recipient=(),
        event_loc=None,
        date="2024-08-05",
        date_precision="day",
        size=EventSize("released", 12.0, False, "12"),
        negated=False,
        future=False,
        hypothetical=False,
        reported_by=(),
        evidence=(Evidence("trigger", 0, start, start + 8, "released"),),
        confidence=0.9,
        coder="test.v1",
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "t.duckdb")


def snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    tables = ("articles", "events", "skips", "meta")
    return {t: sorted(store.con.execute(f"SELECT * FROM {t}").fetchall(), key=str) for t in tables}


def test_new_database_is_at_current_schema_version(store: Store) -> None:
    assert store.schema_version() == SCHEMA_VERSION


def test_reopening_does_not_migrate_twice(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    Store(path).close()
    with Store(path) as again:
        assert again.schema_version() == SCHEMA_VERSION
        assert again.query("SELECT count(*) AS n FROM meta")[0]["n"] == 1


def test_database_from_a_newer_storyline_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    with Store(path) as s:
        s.con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_read_only_open_of_a_missing_database_says_how_to_create_it(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="storyline ingest"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_upserting_the_same_rows_twice_leaves_the_database_unchanged(store: Store) -> None:
    article = make_article()
    rows = {"articles": [article_row(article)], "events": [event_row(make_event(article))]}
    skip = Skipped.make("bad.html", "extract", "no-text", "nothing to extract")
    for table, data in rows.items():
        store.upsert(table, data)
    store.upsert("skips", [skip_row(skip)])
    first = snapshot(store)
    for table, data in rows.items():
        store.upsert(table, data)
    store.upsert("skips", [skip_row(skip)])
    assert snapshot(store) == first
    assert store.counts()["events"] == 1


def test_events_are_returned_as_plover_objects_with_article_url(store: Store) -> None:
    article = make_article()
    store.upsert("articles", [article_row(article)])
    store.upsert("events", [event_row(make_event(article))])
    (obj,) = events(store)
    assert obj["event"] == "RETREAT" and obj["mode"] == "release"
    assert obj["url"] == "https://example.org/d1"
    assert obj["actor"][0]["code"] == "VEN"
    assert obj["size"] == {"kind": "released", "value": 12.0, "vague": False, "text": "12"}
    assert obj["evidence"][0]["text"] == "released"


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (EventFilter(event="retreat"), 1),
        (EventFilter(event="COERCE"), 0),
        (EventFilter(country="ven"), 1),
        (EventFilter(country="ARG"), 0),
        (EventFilter(since="2024-08-01"), 1),
        (EventFilter(since="2024-09-01"), 0),
        (EventFilter(until="2024-08-05"), 1),
    ],
)
def test_event_filters(store: Store, flt: EventFilter, expected: int) -> None:
    article = make_article()
    store.upsert("articles", [article_row(article)])
    store.upsert("events", [event_row(make_event(article))])
    assert len(events(store, flt)) == expected


def test_article_detail_accepts_a_unique_id_prefix(store: Store) -> None:
    article = make_article()
    store.upsert("articles", [article_row(article)])
    assert article_detail(store, article.id[:6]).article["id"] == article.id
    with pytest.raises(NotFound):
        article_detail(store, "zzzz")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_formats_round_trip(store: Store, tmp_path: Path, fmt: str) -> None:
    article = make_article()
    store.upsert("articles", [article_row(article)])
    store.upsert("events", [event_row(make_event(article))])
    out = tmp_path / f"events.{fmt}"
    count, text = export_table(store, table="events", fmt=fmt, out=out)
    assert count == 1 and text is None
    if fmt == "jsonl":
        row = json.loads(out.read_text().splitlines()[0])
        assert row["actor"][0]["entity_text"] == "The council"
    elif fmt == "csv":
        (row,) = list(csv.DictReader(io.StringIO(out.read_text())))
        assert json.loads(row["size"])["value"] == 12.0
    else:
        table = pq.read_table(out)
        assert table.column("event").to_pylist() == ["RETREAT"]


def test_export_is_byte_identical_across_runs(store: Store, tmp_path: Path) -> None:
    for doc in ("d1", "d2", "d3"):
        article = make_article(f"{TEXT} ({doc})", doc=doc)
        store.upsert("articles", [article_row(article)])
        store.upsert("events", [event_row(make_event(article))])
    a = export_table(store, table="events", fmt="jsonl", out=None)[1]
    b = export_table(store, table="events", fmt="jsonl", out=None)[1]
    assert a == b and a is not None and a.count("\n") == 3


def test_export_rejects_unknown_table_and_format_with_the_choices(store: Store) -> None:
    with pytest.raises(ConfigError, match="events"):
        export_table(store, table="nope", fmt="jsonl", out=None)
    with pytest.raises(ConfigError, match="parquet"):
        export_table(store, table="events", fmt="xml", out=None)


def test_store_file_is_a_real_duckdb_database(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    with Store(path) as s:
        s.upsert("articles", [article_row(make_article())])
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT title FROM articles").fetchone() == ("Council frees detainees",)
    con.close()


def test_an_old_database_is_migrated_step_by_step_without_losing_rows(tmp_path: Path) -> None:
    from storyline.store.schema import MIGRATIONS

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    for statement in MIGRATIONS[0]:
        con.execute(statement)
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("INSERT INTO articles (id, title) VALUES ('a1', 'kept')")
    con.close()
    with Store(path) as s:  # opening read-write applies migrations 2..N
        assert s.schema_version() == SCHEMA_VERSION
        assert s.query("SELECT title FROM articles")[0]["title"] == "kept"
        indexes = {r["index_name"] for r in s.query("SELECT index_name FROM duckdb_indexes()")}
        assert {"mentions_article", "events_article"} <= indexes


def test_events_of_several_articles_in_one_query(served_db: Path) -> None:
    from storyline.store import Store
    from storyline.store.queries import EventFilter, events

    with Store(str(served_db), read_only=True) as store:
        ids = sorted({str(e["article_id"]) for e in events(store)})[:3]
        one_by_one = [e for aid in ids for e in events(store, EventFilter(article_id=aid))]
        together = events(store, EventFilter(article_ids=tuple(ids)))
        assert len(ids) == 3 and one_by_one
        assert sorted(json.dumps(e, sort_keys=True) for e in together) == sorted(
            json.dumps(e, sort_keys=True) for e in one_by_one
        )
        assert events(store, EventFilter(article_ids=())) == []
