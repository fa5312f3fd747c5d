"""Bring a batch output directory (see :mod:`storyline.batch.layout`) into the DuckDB store.

Idempotent: rows are upserted by primary key, and the derived rows (sentences, mentions,
quantities, time expressions, events) of every article in the batch are replaced as a unit, as
the local pipeline does when it re-processes an article. The story tables (when the batch has
them) are loaded the same way: the memberships of the batch's articles and the timelines of its
stories are replaced, stories left without members are deleted, and every stored story is
relinked into its storyline (:mod:`storyline.store.storylines`). Rows repeated in the
files (e.g. two batch directories copied together) are de-duplicated on the way in. One
transaction: a failed load leaves the database as it was.

The directory must be local (copy it from object storage first, e.g. ``aws s3 sync``).
"""

from __future__ import annotations

import logging
from pathlib import Path

import duckdb

from storyline.batch.storypass import STORY_TABLES
from storyline.batch.work import PARTITION_COLUMN, TABLES
from storyline.errors import NotFound, StoreError
from storyline.store import Store
from storyline.store.schema import ARTICLE_CHILD_TABLES
from storyline.store.storylines import relink_storylines

log = logging.getLogger(__name__)

#: Primary key of each table (for de-duplicating rows on load).
KEYS: dict[str, str] = {"sentences": "article_id, idx", "story_articles": "article_id"}


def _files(directory: Path, table: str) -> list[str]:
    return sorted(str(p) for p in (directory / table).glob(f"{PARTITION_COLUMN}=*/*.parquet"))


def _source(files: list[str], table: str) -> str:
    """A SELECT of the table's rows in ``files``, one row per key, without the partition."""
    listing = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
    key = KEYS.get(table, "id")
    return (
        f"SELECT * EXCLUDE ({PARTITION_COLUMN}) FROM read_parquet([{listing}], "
        f"hive_partitioning = true, union_by_name = true) "
        f"QUALIFY row_number() OVER (PARTITION BY {key} ORDER BY {PARTITION_COLUMN}) = 1"
    )


def load_batch(directory: str | Path, *, db: str) -> dict[str, int]:
    """Load every table of a batch output into ``db``; returns rows loaded per table."""
    root = Path(directory)
    if not (root / "articles").is_dir() and not (root / "skips").is_dir():
        raise NotFound(
            f"{root} is not a batch output directory (no articles/ or skips/ inside); "
            "create one with `storyline batch INPUT --out DIR`"
        )
    files = {t: _files(root, t) for t in (*TABLES, *STORY_TABLES)}
    counts = dict.fromkeys(TABLES, 0)
    with Store(db) as store:
        try:
            with store.transaction():
                for table in TABLES:
                    counts[table] = _load_table(store, table, files)
                if files["stories"]:
                    counts.update(_load_stories(store, files))
                relink_storylines(store)  # new stories, or new mentions of stored ones
        except duckdb.Error as exc:
            raise StoreError(f"cannot load batch {root} into {db}: {exc}") from exc
    log.info("loaded %s into %s: %s", root, db, counts)
    return counts


def _load_stories(store: Store, files: dict[str, list[str]]) -> dict[str, int]:
    """Replace the memberships of the batch's articles and the timelines of its stories."""
    members = f"SELECT article_id FROM ({_source(files['story_articles'], 'story_articles')})"
    stories = f"SELECT id FROM ({_source(files['stories'], 'stories')})"
    store.con.execute(f"DELETE FROM story_articles WHERE article_id IN ({members})")
    store.con.execute(f"DELETE FROM story_events WHERE story_id IN ({stories})")
    counts = {table: _load_table(store, table, files) for table in STORY_TABLES}
    orphans = "SELECT id FROM stories WHERE id NOT IN (SELECT story_id FROM story_articles)"
    store.con.execute(f"DELETE FROM story_events WHERE story_id IN ({orphans})")
    store.con.execute(f"DELETE FROM stories WHERE id IN ({orphans})")
    return counts


def _load_table(store: Store, table: str, files: dict[str, list[str]]) -> int:
    if table in ARTICLE_CHILD_TABLES and files["articles"]:
        ids = f"SELECT id FROM ({_source(files['articles'], 'articles')})"
        store.con.execute(f"DELETE FROM {table} WHERE article_id IN ({ids})")
    if not files[table]:
        return 0
    store.con.execute(f"CREATE OR REPLACE TEMP TABLE _batch AS {_source(files[table], table)}")
    try:
        store.con.execute(f"INSERT OR REPLACE INTO {table} BY NAME SELECT * FROM _batch")
        row = store.con.execute("SELECT count(*) FROM _batch").fetchone()
    finally:
        store.con.execute("DROP TABLE IF EXISTS _batch")
    return int(row[0]) if row else 0
