"""Export stored tables to JSONL, CSV or Parquet (stable column order, rows ordered by id).

Events in JSONL are PLOVER JSON objects (nested ``actor``, ``recipient``, ``event_loc``, ``size``,
``evidence`` ...) with ``article_id`` and the article's ``url``. In CSV and Parquet the nested
fields are JSON strings. The same database always exports to byte-identical files.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from storyline.errors import ConfigError
from storyline.store.duckdb_store import Store
from storyline.store.queries import events
from storyline.store.rows import Row
from storyline.store.schema import EXPORTABLE
from storyline.store.stories import STORY_TABLES, story_table_rows

FORMATS = ("jsonl", "csv", "parquet", "gdelt")

# Columns left out of exports: raw bytes and the MinHash signature are internal.
_HIDDEN = {"documents": ("raw",), "articles": ("minhash",)}


def table_rows(store: Store, table: str) -> list[Row]:
    if table not in EXPORTABLE:
        raise ConfigError(f"unknown table {table!r}; choose one of: {', '.join(EXPORTABLE)}")
    if table == "events":
        return events(store)
    if table in STORY_TABLES:
        return story_table_rows(store, table)
    order = "article_id, idx" if table == "sentences" else "id"
    rows = store.query(f"SELECT * FROM {table} ORDER BY {order}")
    hidden = _HIDDEN.get(table, ())
    return [{k: v for k, v in r.items() if k not in hidden} for r in rows]


def _flat(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def iter_jsonl(rows: list[Row]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False, default=str) + "\n"


def write_csv(rows: list[Row], out: IO[str]) -> None:
    if not rows:
        return
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _flat(v) for k, v in row.items()})


def write_parquet(rows: list[Row], path: Path) -> None:
    flat = [{k: _flat(v) for k, v in r.items()} for r in rows]
    table = pa.Table.from_pylist(flat) if flat else pa.table({})
    pq.write_table(table, path)


def render(rows: list[Row], fmt: str) -> str:
    """Rows as JSONL or CSV text."""
    buffer = io.StringIO()
    if fmt == "jsonl":
        buffer.writelines(iter_jsonl(rows))
    else:
        write_csv(rows, buffer)
    return buffer.getvalue()


def export_table(store: Store, *, table: str, fmt: str, out: Path | None) -> tuple[int, str | None]:
    """Write ``table`` in ``fmt`` to ``out``; with no ``out``, return the text instead.

    Returns ``(rows written, text or None)``. Parquet needs a path.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if fmt == "gdelt":
        return _export_gdelt(store, table=table, out=out)
    rows = table_rows(store, table)
    if fmt == "parquet":
        if out is None:
            raise ConfigError("--format parquet needs --out PATH")
        write_parquet(rows, out)
        return len(rows), None
    text = render(rows, fmt)
    if out is None:
        return len(rows), text
    out.write_text(text, encoding="utf-8")
    return len(rows), None


def _export_gdelt(store: Store, *, table: str, out: Path | None) -> tuple[int, str | None]:
    """Events as GDELT 2.0 event rows (see :mod:`storyline.events.gdelt`)."""
    from storyline.events.gdelt import render_gdelt

    if table != "events":
        raise ConfigError(f"--format gdelt exports the events table only, not {table!r}")
    rows = events(store)
    fetched = {
        str(r["id"]): str(r["fetched_at"])
        for r in store.query(
            "SELECT a.id, d.fetched_at FROM articles a JOIN documents d ON d.id = a.document_id"
        )
    }
    text = render_gdelt(rows, fetched)
    if out is None:
        return len(rows), text
    out.write_text(text, encoding="utf-8")
    return len(rows), None
