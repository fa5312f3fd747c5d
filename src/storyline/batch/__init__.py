"""Batch stage: the pipeline over large inputs, on Apache Spark or locally, into Parquet.

``run_batch(inputs, out=..., settings=..., engine="local" | "spark")`` reads the inputs, runs
extract -> annotate -> events with the same stage functions as ``storyline ingest`` (see
:mod:`storyline.batch.work`) and writes the Parquet layout of :mod:`storyline.batch.layout`;
then (``stories=True``, the default) a second pass groups the batch's articles into stories
(:mod:`storyline.batch.storypass`). ``load_batch(out, db=...)`` brings it all into DuckDB.
The Spark engine needs the ``spark`` extra (``pip install 'storyline[spark]'``) and Java 17.
See docs/scaling.md.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.batch.load import load_batch
from storyline.batch.storypass import STORY_TABLES
from storyline.batch.work import PARTITION_COLUMN, TABLES, UNKNOWN_DATE
from storyline.errors import ConfigError
from storyline.settings import Settings

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

log = logging.getLogger(__name__)

ENGINES = ("local", "spark")


@dataclass(slots=True)
class BatchReport:
    """What a batch run wrote: rows per table, the engine and the wall-clock seconds."""

    engine: str
    out: str
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "engine": self.engine,
            "out": self.out,
            "rows": self.rows,
            "seconds": round(self.seconds, 3),
        }


def run_batch(
    inputs: Sequence[str],
    *,
    out: str,
    settings: Settings,
    engine: str = "local",
    master: str | None = None,
    partitions: int | None = None,
    spark: SparkSession | None = None,
    stories: bool = True,
) -> BatchReport:
    """Run the pipeline over ``inputs`` and write Parquet under ``out``; with ``stories``
    (and the ``stories`` setting not ``none``) also the stories pass.

    ``engine="spark"`` uses ``spark`` when given (and leaves it running), else builds a session
    for ``master`` (None: spark-submit's, else ``local[*]``) and stops it at the end.
    """
    if engine not in ENGINES:
        raise ConfigError(f"unknown batch engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    if not inputs:
        raise ConfigError("no input: give at least one file, directory, glob or URI")
    stories = stories and _stories_enabled(settings)
    start = time.perf_counter()
    if engine == "local":
        from storyline.batch.local import run_local, run_local_stories

        rows = run_local(inputs, out=out, settings=settings)
        if stories:
            rows.update(run_local_stories(out))
    else:
        rows = _run_spark(inputs, out, settings, master, partitions, spark, stories)
    return BatchReport(engine, out, rows, time.perf_counter() - start)


def _stories_enabled(settings: Settings) -> bool:
    from storyline.stories import NAME

    if settings.stories not in (NAME, "none"):
        raise ConfigError(
            f"the batch stories pass clusters with {NAME} only, but the stories setting is "
            f"{settings.stories!r}; set stories to {NAME} or none, or pass --no-stories"
        )
    return settings.stories == NAME


def _run_spark(
    inputs: Sequence[str],
    out: str,
    settings: Settings,
    master: str | None,
    partitions: int | None,
    spark: SparkSession | None,
    stories: bool,
) -> dict[str, int]:
    try:
        from storyline.batch.spark import run_spark, spark_session
        from storyline.batch.spark_stories import run_spark_stories
    except ImportError as exc:
        raise ConfigError(
            f"the spark engine needs PySpark ({exc}); install it with "
            "`pip install 'storyline[spark]'` (and Java 17), or use --engine local"
        ) from exc
    session = spark or spark_session(master)
    try:
        rows = run_spark(inputs, out=out, settings=settings, spark=session, partitions=partitions)
        if stories:
            rows.update(run_spark_stories(out, spark=session, partitions=partitions))
        return rows
    finally:
        if spark is None:
            session.stop()


__all__ = [
    "ENGINES",
    "PARTITION_COLUMN",
    "STORY_TABLES",
    "TABLES",
    "UNKNOWN_DATE",
    "BatchReport",
    "load_batch",
    "run_batch",
]
