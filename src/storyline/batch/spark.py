"""The Spark batch engine: the per-partition functions of :mod:`storyline.batch.work` on Spark.

Plan (one Python pass, then JVM-only writes; see docs/scaling.md, "Where the time goes"):

1. ``binaryFile`` source over the inputs (local paths expanded on the driver as the local
   engine does; ``s3a://``, ``hdfs://`` and other Hadoop URIs listed by Spark, recursively), so
   bytes come through Spark's Hadoop layer. Files over ``max_file_bytes`` are not read (filter
   on ``length``) and become ``too-large`` skips.
2. ``mapPartitions``: read + extract per partition (:func:`work.extract_partition`); each
   Article or Skipped leaves as ``(key, pickled item)`` (key: the ``dup_key``; a skip's own id).
3. ``repartition(N, key)`` + ``sortWithinPartitions(key)``: one shuffle puts exact duplicates
   next to each other and spreads the expensive step over N partitions (``--partitions``,
   default twice the default parallelism, so no core waits on one big task).
4. ``mapInArrow``: groups of one key -> :func:`work.analyze_partition` (canonical choice, spaCy +
   coder, the model cached per Python worker) -> rows -> Arrow batches of one wide frame (a
   struct column per table, :mod:`storyline.batch.spark_rows`).
5. The wide frame is cached (one job runs steps 1-4 and counts rows per table), then each table
   is selected from it and written as Parquet ``partitionBy(pub_date)`` with dynamic partition
   overwrite (a retried task's output is discarded by Spark's commit protocol; a re-run
   replaces the partitions it writes): seven JVM-only jobs.
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from itertools import groupby
from operator import itemgetter

import pyarrow as pa
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from storyline.batch.layout import table_schemas
from storyline.batch.local import local_files
from storyline.batch.spark_rows import (
    Metrics,
    MetricsParam,
    spark_schema,
    summarize_metrics,
    task_metrics,
    wide_batches,
    wide_spark_schema,
    write_tables,
)
from storyline.batch.work import (
    InputFile,
    Out,
    analyze_partition,
    extract_partition,
    iso_utc,
    local_uri,
    read_file,
    skip_out,
)
from storyline.errors import ConfigError
from storyline.ingest import expand_inputs
from storyline.records import Article, Skipped
from storyline.settings import Settings

log = logging.getLogger(__name__)

#: Articles per Arrow batch fed to the analyze step (bounds a Python worker's memory).
ANALYZE_BATCH_ROWS = 256
#: Default number of analyze partitions per unit of default parallelism (``--partitions``).
PARTITIONS_PER_CORE = 2
#: Bytes per Arrow batch of input files fed to the extract step (one bigger file is a batch).
FILE_BATCH_BYTES = 64 * 1024 * 1024
_ITEMS = T.StructType(
    [T.StructField("key", T.StringType(), True), T.StructField("item", T.BinaryType(), True)]
)
_ITEMS_ARROW = pa.schema([("key", pa.string()), ("item", pa.binary())])
#: The runtime settings a batch run sets on its session (whoever made the session).
RUN_CONF = {
    "spark.sql.sources.partitionOverwriteMode": "dynamic",
    # SQL Python tasks (mapInArrow) set SPARK_SIMPLIFIED_TRACEBACK=1 in their workers'
    # environment unless this is off; a different environment means a second pool of Python
    # workers (each importing spaCy, some loading the model) beside the RDD tasks' pool
    "spark.sql.execution.pyspark.udf.simplifiedTraceback.enabled": "false",
    "spark.sql.execution.arrow.maxRecordsPerBatch": str(ANALYZE_BATCH_ROWS),
    "spark.sql.execution.arrow.maxBytesPerBatch": str(FILE_BATCH_BYTES),
}
#: Session settings storyline relies on (the UI is off: batch jobs are watched in the logs).
SESSION_CONF = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.shuffle.partitions": "8",
    "spark.python.worker.reuse": "true",
    **RUN_CONF,
}

__all__ = ["file_uri", "run_spark", "spark_schema", "spark_session"]


def spark_session(master: str | None = None, *, conf: dict[str, str] | None = None) -> SparkSession:
    """A SparkSession for batch runs. ``master`` None: what spark-submit / spark-defaults
    say, else ``local[*]``. Local masters run Python workers with this interpreter."""
    builder = SparkSession.builder.appName("storyline-batch")
    if master is not None:
        builder = builder.master(master)
    settings = {**SESSION_CONF, **(conf or {})}
    if master is None or master.startswith("local"):
        # Python workers run this interpreter (the one with storyline installed)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        settings.setdefault("spark.pyspark.python", sys.executable)
    for key, value in settings.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


# --------------------------------------------------------------------------- reading


def _input_paths(inputs: Sequence[str], settings: Settings) -> tuple[list[str], list[Skipped]]:
    """Paths for the binaryFile source, and skips of missing or empty local inputs."""
    remote = [p for p in inputs if "://" in p]
    local = [p for p in inputs if "://" not in p]
    paths: list[str] = []
    skips: list[Skipped] = []
    for path in expand_inputs(local) if local else []:
        if os.path.isfile(path) and os.path.getsize(path) == 0:  # Spark drops empty files
            empty = InputFile(local_uri(path), "", 0, b"")
            skips.extend(s for s in read_file(empty, settings) if isinstance(s, Skipped))
        elif os.path.isfile(path):
            paths.append(file_uri(path))
        else:
            skips.extend(s for s in local_files([path], settings) if isinstance(s, Skipped))
    return paths + remote, skips


def file_uri(path: str) -> str:
    """A URI Spark reads as is: local paths become ``file://`` URIs (a path without a scheme
    would mean the cluster's default file system)."""
    return path if "://" in path else "file://" + os.path.abspath(path)


def _files_frame(spark: SparkSession, paths: list[str], settings: Settings) -> DataFrame:
    """path, mtime (epoch seconds), length, content (null over ``max_file_bytes``)."""
    return (
        spark.read.format("binaryFile")
        .option("recursiveFileLookup", "true")
        .load(paths)
        .select(
            "path",
            F.col("modificationTime").cast("long").alias("mtime"),
            "length",
            F.when(F.col("length") <= settings.max_file_bytes, F.col("content")).alias("content"),
        )
    )


# --------------------------------------------------------------------------- the steps


def _keyed(item: Article | Skipped) -> tuple[str, bytes]:
    key = item.dup_key if isinstance(item, Article) else f"skip:{item.id}"
    return key, pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)


def _input_files(batches: Iterable[pa.RecordBatch]) -> Iterator[InputFile]:
    for batch in batches:
        for row in batch.to_pylist():
            uri = local_uri(row["path"])
            yield InputFile(uri, iso_utc(row["mtime"]), int(row["length"]), row["content"])


def _item_batch(items: list[tuple[str, bytes]]) -> pa.RecordBatch:
    keys, blobs = zip(*items, strict=True) if items else ((), ())
    return pa.RecordBatch.from_arrays(
        [pa.array(keys, pa.string()), pa.array(blobs, pa.binary())], schema=_ITEMS_ARROW
    )


def _extract_batches(
    batches: Iterable[pa.RecordBatch], settings: Settings, metrics: Metrics | None
) -> Iterator[pa.RecordBatch]:
    """Steps 1-2 over one partition: input files -> (key, pickled Article or Skipped)."""
    with task_metrics(metrics, "extract"):
        pending: list[tuple[str, bytes]] = []
        for item in extract_partition(_input_files(batches), settings):
            pending.append(_keyed(item))
            if len(pending) >= ANALYZE_BATCH_ROWS:
                yield _item_batch(pending)
                pending = []
        if pending:
            yield _item_batch(pending)


def _items(batches: Iterable[pa.RecordBatch]) -> Iterator[tuple[str, Article | Skipped]]:
    for batch in batches:
        keys = batch.column(0).to_pylist()
        for key, blob in zip(keys, batch.column(1).to_pylist(), strict=True):
            yield key, pickle.loads(blob)


def _analyze_batches(
    batches: Iterable[pa.RecordBatch],
    settings: Settings,
    schemas: dict[str, pa.Schema],
    metrics: Metrics | None,
) -> Iterator[pa.RecordBatch]:
    """Step 4 over one partition: keyed items (sorted by key) -> wide Arrow batches."""
    skips: list[Out] = []

    def groups() -> Iterator[list[Article]]:
        for _key, keyed in groupby(_items(batches), key=itemgetter(0)):
            items = [item for _k, item in keyed]
            skips.extend(skip_out(i) for i in items if isinstance(i, Skipped))
            if articles := [i for i in items if isinstance(i, Article)]:
                yield articles

    def outs() -> Iterator[Out]:
        yield from analyze_partition(groups(), settings)
        yield from skips

    with task_metrics(metrics, "analyze"):
        yield from wide_batches(outs(), schemas)


def _wide_frame(
    spark: SparkSession,
    paths: list[str],
    missing: list[Skipped],
    settings: Settings,
    n: int,
    metrics: Metrics | None,
) -> DataFrame:
    items = spark.createDataFrame([_keyed(s) for s in missing], _ITEMS)
    if paths:
        extract = partial(_extract_batches, settings=settings, metrics=metrics)
        items = items.union(_files_frame(spark, paths, settings).mapInArrow(extract, _ITEMS))
    schemas = table_schemas()
    analyze = partial(_analyze_batches, settings=settings, schemas=schemas, metrics=metrics)
    return (
        items.repartition(n, "key")
        .sortWithinPartitions("key")
        .mapInArrow(analyze, wide_spark_schema(schemas))
    )


def run_spark(
    inputs: Sequence[str],
    *,
    out: str,
    settings: Settings,
    spark: SparkSession,
    partitions: int | None = None,
    metrics: dict[str, float] | None = None,
) -> dict[str, int]:
    """Run the batch on ``spark`` and write the Parquet layout under ``out`` (any Hadoop URI);
    returns the row count per table. With ``metrics`` (a dict), also fills it with the task
    metrics of the Python steps (see :func:`storyline.batch.spark_rows.task_metrics`)."""
    if partitions is not None and partitions < 1:
        raise ConfigError(f"--partitions must be at least 1, got {partitions}")
    for key, value in RUN_CONF.items():
        spark.conf.set(key, value)
    paths, missing = _input_paths(inputs, settings)
    if not paths and not missing:
        raise ConfigError("no input: give at least one file, directory, glob or URI")
    sc = spark.sparkContext
    n = partitions or PARTITIONS_PER_CORE * sc.defaultParallelism
    acc = sc.accumulator({}, MetricsParam()) if metrics is not None else None
    wide = _wide_frame(spark, paths, missing, settings, n, acc)
    seconds: dict[str, float] = {}
    counts = write_tables(wide, table_schemas(), file_uri(out).rstrip("/"), seconds=seconds)
    if metrics is not None and acc is not None:
        metrics.update(summarize_metrics(acc.value), analyze_partitions=float(n))
        metrics.update({f"job_{k}": round(v, 3) for k, v in seconds.items()})
    log.info("spark batch wrote %s under %s", counts, out)
    return counts
