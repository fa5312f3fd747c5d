"""Store: the embedded DuckDB database, its schema and exports."""

from __future__ import annotations

from storyline.store.duckdb_store import Store
from storyline.store.export import FORMATS, export_table
from storyline.store.queries import (
    ArticleDetail,
    EventFilter,
    article_detail,
    articles,
    events,
    skips,
)
from storyline.store.schema import EXPORTABLE, SCHEMA_VERSION

__all__ = [
    "EXPORTABLE",
    "FORMATS",
    "SCHEMA_VERSION",
    "ArticleDetail",
    "EventFilter",
    "Store",
    "article_detail",
    "articles",
    "events",
    "export_table",
    "skips",
]
