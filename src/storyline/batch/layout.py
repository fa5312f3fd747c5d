"""The batch output layout: one Parquet dataset per table, Hive-partitioned by publication date.

::

    OUT/<table>/pub_date=<YYYY-MM-DD | YYYY-MM | YYYY | unknown>/part-*.parquet

Tables: articles, sentences, mentions, quantities, timexes, events, skips (and, from the stories
pass, stories, story_articles and story_events, partitioned by the story's first_seen and
replaced whole on every run: see :mod:`storyline.batch.storypass`). The columns are those
of the DuckDB table of the same name (derived from the store's schema, so a migration that adds
a column adds it here), with Parquet types: VARCHAR and JSON -> string, INTEGER -> int32,
BIGINT -> int64, DOUBLE -> double, BOOLEAN -> boolean, VARCHAR[] -> list<string>. One
difference: ``articles.minhash`` (UBIGINT[] in DuckDB) is list<int64>, because Spark has no
unsigned types (the values are below 2^32; ``storyline load`` casts them back). Child rows
(sentences, ..., events) sit in their article's date partition; skip rows in ``unknown``.

Writing replaces whole partitions (Spark's dynamic partition overwrite; the local writer does
the same), so re-running a batch into the same directory leaves the same files.
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from storyline.batch.work import PARTITION_COLUMN, TABLES, Out
from storyline.errors import StoreError
from storyline.store import Store

_ARROW_TYPES: dict[str, pa.DataType] = {
    "VARCHAR": pa.string(),
    "JSON": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "UBIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
}

#: Sort key of each table's rows (files are written in this order: byte-identical re-runs).
ROW_KEYS: dict[str, tuple[str, ...]] = {
    "sentences": ("article_id", "idx"),
    "story_articles": ("story_id", "article_id"),
}


def _arrow_type(duckdb_type: str) -> pa.DataType:
    if duckdb_type.endswith("[]"):
        return pa.list_(_arrow_type(duckdb_type[:-2]))
    try:
        return _ARROW_TYPES[duckdb_type]
    except KeyError:
        raise StoreError(f"no Parquet type for DuckDB type {duckdb_type!r}") from None


def table_schemas(tables: Sequence[str] = TABLES) -> dict[str, pa.Schema]:
    """The Parquet schema of each output table (without the partition column)."""
    with Store(":memory:") as store:
        out: dict[str, pa.Schema] = {}
        for table in tables:
            rows = store.query(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = ? ORDER BY ordinal_position",
                [table],
            )
            out[table] = pa.schema(
                [pa.field(r["column_name"], _arrow_type(str(r["data_type"]))) for r in rows]
            )
        return out


def group_outputs(outputs: Iterable[Out]) -> dict[str, dict[str, list[dict[str, object]]]]:
    """table -> pub_date -> rows."""
    grouped: dict[str, dict[str, list[dict[str, object]]]] = defaultdict(lambda: defaultdict(list))
    for table, date, row in outputs:
        grouped[table][date].append(row)
    return grouped


def _sort_key(table: str, row: dict[str, object]) -> tuple[str, ...]:
    return tuple(str(row.get(k)) for k in ROW_KEYS.get(table, ("id",)))


def write_local(
    outputs: Iterable[Out], out: Path, *, tables: Sequence[str] = TABLES, whole: bool = False
) -> dict[str, int]:
    """Write rows as the Parquet layout under ``out`` (replacing the partitions written, or
    with ``whole`` every partition of ``tables``); returns the row count per table."""
    schemas = table_schemas(tables)
    counts = dict.fromkeys(tables, 0)
    if whole:
        for table in tables:
            shutil.rmtree(out / table, ignore_errors=True)
    for table, by_date in group_outputs(outputs).items():
        schema = schemas[table]
        for date, rows in sorted(by_date.items()):
            part = out / table / f"{PARTITION_COLUMN}={date}"
            if part.exists():
                shutil.rmtree(part)
            part.mkdir(parents=True)
            rows.sort(key=lambda r: _sort_key(table, r))
            data = {f.name: [r.get(f.name) for r in rows] for f in schema}
            pq.write_table(pa.table(data, schema=schema), part / "part-00000.parquet")
            counts[table] += len(rows)
    for table in tables:
        (out / table).mkdir(parents=True, exist_ok=True)
        (out / table / "_SUCCESS").touch()
    return counts
