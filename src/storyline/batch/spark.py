"""The Spark batch engine: the per-partition functions of :mod:`storyline.batch.work` on Spark.

Plan (one job per output table over a persisted RDD of rows):

1. ``binaryFile`` source over the inputs (local paths expanded on the driver as the local
   engine does; ``s3a://``, ``hdfs://`` and other Hadoop URIs listed by Spark, recursively), so
   bytes come through Spark's Hadoop layer. Files over ``max_file_bytes`` are not read (filter
   on ``length``) and become ``too-large`` skips.
2. ``mapPartitions(extract_partition)``: read + extract per partition.
3. ``groupByKey(dup_key, N)``: one shuffle puts exact duplicates together and spreads the
   expensive step over N partitions (``--partitions``, default the default parallelism).
4. ``mapPartitions(analyze_partition)``: canonical choice, spaCy + coder (model cached per
   Python worker), rows.
5. Per table: ``createDataFrame`` with the layout's schema, ``partitionBy(pub_date)``, Parquet
   with dynamic partition overwrite (a retried task's output is discarded by Spark's commit
   protocol; a re-run replaces the partitions it writes).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from typing import Any

import pyarrow as pa
from pyspark import RDD, StorageLevel
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from storyline.batch.layout import table_schemas
from storyline.batch.local import local_files
from storyline.batch.work import (
    PARTITION_COLUMN,
    TABLES,
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

#: Session settings storyline relies on (the UI is off: batch jobs are watched in the logs).
SESSION_CONF = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.sources.partitionOverwriteMode": "dynamic",
    "spark.sql.shuffle.partitions": "8",
    "spark.python.worker.reuse": "true",
}


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


# --------------------------------------------------------------------------- types

_SPARK_TYPES: dict[str, T.DataType] = {
    "string": T.StringType(),
    "int32": T.IntegerType(),
    "int64": T.LongType(),
    "double": T.DoubleType(),
    "bool": T.BooleanType(),
}


def _spark_type(arrow: pa.DataType) -> T.DataType:
    if pa.types.is_list(arrow):
        return T.ArrayType(_spark_type(arrow.value_type), containsNull=True)
    return _SPARK_TYPES[str(arrow)]


def spark_schema(schema: pa.Schema) -> T.StructType:
    """The Spark schema of a layout table, plus the partition column."""
    fields = [T.StructField(f.name, _spark_type(f.type), nullable=True) for f in schema]
    fields.append(T.StructField(PARTITION_COLUMN, T.StringType(), nullable=False))
    return T.StructType(fields)


# --------------------------------------------------------------------------- reading


def _input_paths(inputs: Sequence[str], settings: Settings) -> tuple[list[str], list[Out]]:
    """Paths for the binaryFile source, and not-found skips of missing local inputs."""
    remote = [p for p in inputs if "://" in p]
    local = [p for p in inputs if "://" not in p]
    paths: list[str] = []
    skips: list[Out] = []
    for path in expand_inputs(local) if local else []:
        if os.path.isfile(path) and os.path.getsize(path) == 0:  # Spark drops empty files
            empty = InputFile(local_uri(path), "", 0, b"")
            skips.extend(skip_out(s) for s in read_file(empty, settings) if isinstance(s, Skipped))
        elif os.path.isfile(path):
            paths.append(file_uri(path))
        else:
            skips.extend(
                skip_out(s) for s in local_files([path], settings) if isinstance(s, Skipped)
            )
    return paths + remote, skips


def file_uri(path: str) -> str:
    """A URI Spark reads as is: local paths become ``file://`` URIs (a path without a scheme
    would mean the cluster's default file system)."""
    return path if "://" in path else "file://" + os.path.abspath(path)


def _input_file(row: Any, max_bytes: int) -> InputFile:
    data = bytes(row.content) if row.content is not None and row.length <= max_bytes else None
    return InputFile(local_uri(row.path), iso_utc(row.modificationTime), int(row.length), data)


def _files_rdd(spark: SparkSession, paths: list[str], settings: Settings) -> RDD[InputFile]:
    files = (
        spark.read.format("binaryFile")
        .option("recursiveFileLookup", "true")
        .load(paths)
        .withColumn(
            "content",
            F.when(F.col("length") <= settings.max_file_bytes, F.col("content")),
        )
    )
    return files.rdd.map(partial(_input_file, max_bytes=settings.max_file_bytes))


# --------------------------------------------------------------------------- the job


def _rows_rdd(
    spark: SparkSession, paths: list[str], settings: Settings, n: int, keep: list[RDD[Any]]
) -> RDD[Out]:
    extracted = _files_rdd(spark, paths, settings).mapPartitions(
        partial(extract_partition, settings=settings)
    )
    keep.append(extracted.persist(StorageLevel.MEMORY_AND_DISK))
    skips = extracted.flatMap(_skip_rows)
    groups = extracted.flatMap(_keyed_articles).groupByKey(numPartitions=n)
    rows = groups.mapPartitions(partial(_analyze_groups, settings=settings))
    return skips.union(rows)


def _skip_rows(item: Article | Skipped) -> list[Out]:
    return [skip_out(item)] if isinstance(item, Skipped) else []


def _keyed_articles(item: Article | Skipped) -> list[tuple[str, Article]]:
    return [(item.dup_key, item)] if isinstance(item, Article) else []


def _analyze_groups(
    groups: Iterable[tuple[str, Iterable[Article]]], settings: Settings
) -> Iterator[Out]:
    return analyze_partition((articles for _key, articles in groups), settings)


def _frame(spark: SparkSession, rows: RDD[Out], table: str, schema: pa.Schema) -> DataFrame:
    names = [f.name for f in schema]

    def to_tuple(item: Out) -> tuple[Any, ...]:
        _table, date, row = item
        return (*(row.get(n) for n in names), date)

    return spark.createDataFrame(
        rows.filter(lambda item: item[0] == table).map(to_tuple), spark_schema(schema)
    )


def run_spark(
    inputs: Sequence[str],
    *,
    out: str,
    settings: Settings,
    spark: SparkSession,
    partitions: int | None = None,
) -> dict[str, int]:
    """Run the batch on ``spark`` and write the Parquet layout under ``out`` (any Hadoop URI)."""
    if partitions is not None and partitions < 1:
        raise ConfigError(f"--partitions must be at least 1, got {partitions}")
    spark.conf.set("spark.sql.sources.partitionOverwriteMode", "dynamic")
    paths, missing = _input_paths(inputs, settings)
    n = partitions or spark.sparkContext.defaultParallelism
    keep: list[RDD[Any]] = []
    rows = spark.sparkContext.parallelize(missing, 1) if missing else None
    if paths:
        job = _rows_rdd(spark, paths, settings, n, keep)
        rows = job if rows is None else rows.union(job)
    if rows is None:
        raise ConfigError("no input: give at least one file, directory, glob or URI")
    keep.append(rows.persist(StorageLevel.MEMORY_AND_DISK))
    try:
        counts = dict.fromkeys(TABLES, 0)
        counts.update(rows.map(lambda item: (item[0], 1)).countByKey())
        target = file_uri(out).rstrip("/")
        for table, schema in table_schemas().items():
            frame = _frame(spark, rows, table, schema)
            frame.write.mode("overwrite").partitionBy(PARTITION_COLUMN).parquet(f"{target}/{table}")
        return {t: int(c) for t, c in counts.items()}
    finally:
        for rdd in keep:
            rdd.unpersist()
