"""The embedded DuckDB store: migrations, idempotent upserts by content id, and reads.

Writes go through pyarrow tables (``INSERT OR REPLACE ... BY NAME``), so a batch of rows is one
statement. Re-processing an article replaces its derived rows (sentences, mentions, quantities,
time expressions, events) as a unit, so re-running any input leaves the database unchanged.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa

from storyline.errors import NotFound, StoreError
from storyline.store.rows import Row
from storyline.store.schema import (
    ARTICLE_CHILD_TABLES,
    MIGRATIONS,
    SCHEMA_VERSION,
    STORYLINES_VERSION,
)

log = logging.getLogger(__name__)


class Store:
    """A DuckDB database file (or ``:memory:``) holding every record storyline produces."""

    def __init__(self, path: str | Path = "storyline.duckdb", *, read_only: bool = False) -> None:
        self.path = str(path)
        self._column_cache: dict[str, list[str]] = {}
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise NotFound(
                f"database {self.path} does not exist; run `storyline ingest PATH --db {self.path}`"
            )
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        if not read_only:
            self.migrate()
        else:
            self._check_version()

    # ----------------------------------------------------------------- lifecycle
    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def schema_version(self) -> int:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException:
            return 0
        return int(row[0]) if row else 0

    def migrate(self) -> None:
        """Apply every migration newer than the database's schema version."""
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"database {self.path} has schema {current}, newer than this storyline "
                f"({SCHEMA_VERSION}); upgrade storyline"
            )
        for version in range(current + 1, SCHEMA_VERSION + 1):
            self.con.execute("BEGIN TRANSACTION")
            for statement in MIGRATIONS[version - 1]:
                self.con.execute(statement)
            self.con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)]
            )
            self.con.execute("COMMIT")
            log.info("migrated %s to schema %d", self.path, version)
        if 0 < current < STORYLINES_VERSION <= SCHEMA_VERSION:
            self._link_storylines()

    def _link_storylines(self) -> None:
        """Link the stories of a database that predates the ``storylines`` table."""
        from storyline.store.storylines import relink_storylines

        with self.transaction():
            relink_storylines(self)

    def _check_version(self) -> None:
        version = self.schema_version()
        if version != SCHEMA_VERSION:
            raise StoreError(
                f"database {self.path} has schema {version}, expected {SCHEMA_VERSION}; "
                "open it once read-write (e.g. `storyline ingest`) to migrate"
            )

    # ----------------------------------------------------------------- writes
    def upsert(self, table: str, rows: Sequence[Row]) -> None:
        """Insert or replace rows by primary key (a no-op for an empty list)."""
        if not rows:
            return
        columns = self._columns(table)
        data = {c: [r.get(c) for r in rows] for c in columns if c in rows[0]}
        arrow = pa.table(data)
        self.con.register("_incoming", arrow)
        try:
            self.con.execute(f"INSERT OR REPLACE INTO {table} BY NAME SELECT * FROM _incoming")
        except duckdb.Error as exc:
            raise StoreError(f"cannot write {len(rows)} rows to {table}: {exc}") from exc
        finally:
            self.con.unregister("_incoming")

    def insert_new(self, table: str, rows: Sequence[Row]) -> None:
        """Insert rows whose primary key is not stored yet; keep existing rows untouched."""
        if not rows:
            return
        columns = self._columns(table)
        arrow = pa.table({c: [r.get(c) for r in rows] for c in columns if c in rows[0]})
        self.con.register("_incoming", arrow)
        try:
            self.con.execute(f"INSERT OR IGNORE INTO {table} BY NAME SELECT * FROM _incoming")
        finally:
            self.con.unregister("_incoming")

    def replace_article_children(self, article_ids: Iterable[str]) -> None:
        """Delete the derived rows of these articles (before writing their new ones)."""
        ids = list(article_ids)
        if not ids:
            return
        for table in ARTICLE_CHILD_TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE list_contains(?, article_id)", [ids])

    def transaction(self) -> _Transaction:
        return _Transaction(self.con)

    # ----------------------------------------------------------------- reads
    def _columns(self, table: str) -> list[str]:
        if table in self._column_cache:
            return self._column_cache[table]
        rows = self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "ORDER BY ordinal_position",
            [table],
        ).fetchall()
        if not rows:
            raise StoreError(f"unknown table {table!r}")
        self._column_cache[table] = [r[0] for r in rows]
        return self._column_cache[table]

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        cursor = self.con.execute(sql, list(params))
        names = [d[0] for d in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def canonical_for(self, dup_key: str) -> str | None:
        """The id of the stored canonical article with this normalized-text hash, if any."""
        row = self.con.execute(
            "SELECT id FROM articles WHERE dup_key = ? AND duplicate_of IS NULL "
            "ORDER BY id LIMIT 1",
            [dup_key],
        ).fetchone()
        return str(row[0]) if row else None

    def stored_document_ids(self, ids: Sequence[str]) -> set[str]:
        rows = self.con.execute(
            "SELECT document_id FROM articles WHERE list_contains(?, document_id)", [list(ids)]
        ).fetchall()
        return {str(r[0]) for r in rows}

    def resolve_article_id(self, prefix: str) -> str:
        """Full article id from an id or a unique prefix of one."""
        rows = self.con.execute(
            "SELECT id FROM articles WHERE starts_with(id, ?) ORDER BY id LIMIT 2", [prefix]
        ).fetchall()
        if not rows:
            raise NotFound(f"no article with id {prefix!r}; list ids with `storyline articles`")
        if len(rows) > 1:
            raise NotFound(f"article id prefix {prefix!r} is ambiguous; give more characters")
        return str(rows[0][0])

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for table in ("documents", "articles", "mentions", "events", "skips"):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out


class _Transaction:
    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def __enter__(self) -> None:
        self.con.execute("BEGIN TRANSACTION")

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.con.execute("ROLLBACK" if exc_type else "COMMIT")
