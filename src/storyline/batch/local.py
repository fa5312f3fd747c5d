"""The local batch engine: the same per-partition functions as Spark, in this process.

All input is one "partition": files are read in :func:`storyline.ingest.expand_inputs` order,
articles are grouped by ``dup_key`` in memory, then analysed and written with
:func:`storyline.batch.layout.write_local`. It is the reference for the Spark engine (same rows)
and the baseline of ``bench/spark.py``; for large local inputs use ``storyline ingest``.
"""

from __future__ import annotations

import logging
import os
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

import pyarrow.parquet as pq

from storyline.batch.layout import write_local
from storyline.batch.storypass import STORY_TABLES, Bundle, bundle, stories_of
from storyline.batch.work import (
    PARTITION_COLUMN,
    InputFile,
    Out,
    analyze_partition,
    extract_partition,
    iso_utc,
    local_uri,
    skip_out,
    split_outputs,
)
from storyline.errors import ConfigError
from storyline.ingest import expand_inputs
from storyline.records import Article, Skipped
from storyline.settings import Settings
from storyline.store.rows import Row

log = logging.getLogger(__name__)


def _not_found(path: str) -> Skipped:
    detail = f"{path}: no such file, directory or matching glob"
    return Skipped.make(local_uri(path), "ingest", "not-found", detail)


def local_files(inputs: Sequence[str], settings: Settings) -> Iterator[InputFile | Skipped]:
    """The input files (read unless over ``max_file_bytes``), or a Skipped when missing."""
    for path in expand_inputs(inputs):
        if "://" in path:
            raise ConfigError(
                f"the local batch engine reads local paths only, got {path!r}; "
                "use --engine spark for s3a://, hdfs:// and other Hadoop URIs"
            )
        try:
            st = os.stat(path)
        except OSError:
            yield _not_found(path)
            continue
        data = None
        if st.st_size <= settings.max_file_bytes:
            with open(path, "rb") as fh:
                data = fh.read()
        yield InputFile(local_uri(path), iso_utc(st.st_mtime), st.st_size, data)


def run_local(inputs: Sequence[str], *, out: str, settings: Settings) -> dict[str, int]:
    """Run the batch in this process and write the Parquet layout under ``out``."""
    files: list[InputFile] = []
    missing: list[Out] = []
    for item in local_files(inputs, settings):
        if isinstance(item, Skipped):
            missing.append(skip_out(item))
        else:
            files.append(item)
    articles, skips = split_outputs(extract_partition(files, settings))
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        groups[article.dup_key].append(article)
    rows = list(analyze_partition(groups.values(), settings))
    return write_local([*missing, *skips, *rows], Path(out))


# --------------------------------------------------------------------------- stories pass


def read_rows(out: Path, table: str) -> list[Row]:
    """The rows of one table of a batch output (without the partition column)."""
    files = sorted((out / table).glob(f"{PARTITION_COLUMN}=*/*.parquet"))
    rows: list[Row] = []
    for path in files:
        rows.extend(pq.read_table(path).to_pylist())
    return rows


def local_bundles(out: Path) -> list[Bundle]:
    """Every article of a batch output, bundled with its child rows (see storypass.bundle)."""
    children: dict[str, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for table in ("mentions", "timexes", "events", "sentences"):
        for row in read_rows(out, table):
            children[str(row["article_id"])][table].append(row)
    bundles = []
    for row in read_rows(out, "articles"):
        kids = children.get(str(row["id"]), {})
        bundles.append(
            bundle(
                row,
                kids.get("mentions", ()),
                kids.get("timexes", ()),
                kids.get("events", ()),
                kids.get("sentences", ()),
            )
        )
    return bundles


def run_local_stories(out: str) -> dict[str, int]:
    """The stories pass in this process over the batch output under ``out``; replaces the
    story tables."""
    root = Path(out)
    rows = stories_of(local_bundles(root))
    return write_local(rows, root, tables=STORY_TABLES, whole=True)
