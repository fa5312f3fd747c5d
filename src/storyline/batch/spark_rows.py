"""Output rows of the Spark engine as Arrow: one wide frame for all tables, split in the JVM.

The Python side turns the rows of a partition (``(table, pub_date, row)`` tuples, see
:mod:`storyline.batch.work`) into Arrow record batches of one **wide** schema::

    _table string, pub_date string, articles struct<...>, sentences struct<...>, ...

where each batch holds the rows of one table in that table's struct column (the other struct
columns are null). ``mapInArrow`` hands the batches to the JVM as columns (no per-row pickling or
conversion), the frame is cached once, and each table is written with
``where(_table = t).select(t.*, pub_date)``: one Python pass, then JVM-only jobs.

Also here: the task metrics of a run (CPU seconds of each Python step, Python worker start-up,
spaCy model loads per worker process), collected with an accumulator (see ``run_spark``'s
``metrics``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import pyarrow as pa
from pyspark import Accumulator, AccumulatorParam, StorageLevel
from pyspark.sql import DataFrame
from pyspark.sql import functions as F
from pyspark.sql import types as T

from storyline.batch.work import PARTITION_COLUMN, Out, load_counts

#: The column of the wide frame that names each row's table.
TABLE_COLUMN = "_table"
#: Rows per Arrow record batch the Python side emits (per table).
BATCH_ROWS = 2048

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


def spark_fields(schema: pa.Schema) -> list[T.StructField]:
    """The Spark fields of a layout table (Arrow schema), all nullable."""
    return [T.StructField(f.name, _spark_type(f.type), nullable=True) for f in schema]


def spark_schema(schema: pa.Schema) -> T.StructType:
    """The Spark schema of a layout table, plus the partition column."""
    fields = spark_fields(schema)
    fields.append(T.StructField(PARTITION_COLUMN, T.StringType(), nullable=False))
    return T.StructType(fields)


def wide_arrow_schema(schemas: dict[str, pa.Schema]) -> pa.Schema:
    """The wide Arrow schema of ``schemas`` (table -> layout schema)."""
    structs = [pa.field(t, pa.struct(list(s))) for t, s in schemas.items()]
    return pa.schema([(TABLE_COLUMN, pa.string()), (PARTITION_COLUMN, pa.string()), *structs])


def wide_spark_schema(schemas: dict[str, pa.Schema]) -> T.StructType:
    """The Spark schema of the wide frame (the same as :func:`wide_arrow_schema`)."""
    structs = [T.StructField(t, T.StructType(spark_fields(s)), True) for t, s in schemas.items()]
    return T.StructType(
        [
            T.StructField(TABLE_COLUMN, T.StringType(), True),
            T.StructField(PARTITION_COLUMN, T.StringType(), True),
            *structs,
        ]
    )


def _batch(wide: pa.Schema, table: str, rows: list[tuple[str, dict[str, Any]]]) -> pa.RecordBatch:
    n = len(rows)
    columns: list[pa.Array] = []
    for field in wide:
        if field.name == TABLE_COLUMN:
            columns.append(pa.array([table] * n, pa.string()))
        elif field.name == PARTITION_COLUMN:
            columns.append(pa.array([date for date, _ in rows], pa.string()))
        elif field.name == table:
            columns.append(pa.array([row for _, row in rows], type=field.type))
        else:
            columns.append(pa.nulls(n, field.type))
    return pa.RecordBatch.from_arrays(columns, schema=wide)


def wide_batches(
    outs: Iterable[Out], schemas: dict[str, pa.Schema], size: int = BATCH_ROWS
) -> Iterator[pa.RecordBatch]:
    """Output rows as record batches of the wide schema, ``size`` rows (one table) each."""
    wide = wide_arrow_schema(schemas)
    pending: dict[str, list[tuple[str, dict[str, Any]]]] = {t: [] for t in schemas}
    for table, date, row in outs:
        rows = pending[table]
        rows.append((date, row))
        if len(rows) >= size:
            yield _batch(wide, table, rows)
            pending[table] = []
    for table, rows in pending.items():
        if rows:
            yield _batch(wide, table, rows)


def write_tables(
    wide: DataFrame,
    schemas: dict[str, pa.Schema],
    target: str,
    *,
    static: bool = False,
    seconds: dict[str, float] | None = None,
) -> dict[str, int]:
    """Cache the wide frame, count its rows per table (the one job that runs Python), then
    write each table under ``target/<table>`` partitioned by ``pub_date`` from the cache
    (dynamic partition overwrite, or with ``static`` a whole replacement). ``seconds`` gets
    the wall seconds of each job (``python_pass``, ``write_<table>``)."""
    wide = wide.persist(StorageLevel.MEMORY_AND_DISK)
    timer = seconds if seconds is not None else {}
    try:
        sc = wide.sparkSession.sparkContext
        sc.setJobDescription("storyline: run the Python steps, count rows per table")
        start = time.perf_counter()
        counts = dict.fromkeys(schemas, 0)
        for row in wide.groupBy(TABLE_COLUMN).count().collect():
            counts[row[0]] = int(row[1])
        timer["python_pass_s"] = time.perf_counter() - start
        for table in schemas:
            sc.setJobDescription(f"storyline: write {table}")
            start = time.perf_counter()
            frame = wide.where(F.col(TABLE_COLUMN) == table).select(
                F.col(f"{table}.*"), F.col(PARTITION_COLUMN)
            )
            writer = frame.write.mode("overwrite")
            if static:
                writer = writer.option("partitionOverwriteMode", "static")
            writer.partitionBy(PARTITION_COLUMN).parquet(f"{target}/{table}")
            timer[f"write_{table}_s"] = time.perf_counter() - start
        sc.setJobDescription(None)  # type: ignore[arg-type]
        return counts
    finally:
        wide.unpersist()


# --------------------------------------------------------------------------- task metrics


class MetricsParam(AccumulatorParam[dict[str, float]]):
    """Accumulates dicts of numbers by summing per key."""

    def zero(self, value: dict[str, float]) -> dict[str, float]:
        return {}

    def addInPlace(self, value1: dict[str, float], value2: dict[str, float]) -> dict[str, float]:
        for key, number in value2.items():
            value1[key] = value1.get(key, 0.0) + number
        return value1


Metrics = Accumulator[dict[str, float]]
_SEEN_PROCESS: list[bool] = []


@contextmanager
def task_metrics(metrics: Metrics | None, step: str) -> Iterator[None]:
    """Measure one Python task of ``step``: CPU and wall seconds, spaCy model loads (keyed by
    worker pid), and on a worker's first task its start-up CPU (imports, unpickling: a forked
    worker's CPU clock starts at zero)."""
    if metrics is None:
        yield
        return
    report: dict[str, float] = {f"{step}_tasks": 1.0}
    if not _SEEN_PROCESS:
        _SEEN_PROCESS.append(True)
        report.update(python_workers=1.0, worker_startup_cpu_s=time.process_time())
    loads, cpu, wall = load_counts()["annotator"], time.process_time(), time.perf_counter()
    try:
        yield
    finally:
        report[f"{step}_cpu_s"] = time.process_time() - cpu
        report[f"{step}_wall_s"] = time.perf_counter() - wall
        if new := load_counts()["annotator"] - loads:
            report["model_loads"] = float(new)
            report[f"model_loads@pid{os.getpid()}"] = float(new)
        metrics.add(report)


def summarize_metrics(raw: dict[str, float]) -> dict[str, float]:
    """Rounded metrics, with the per-pid load keys folded into ``model_loading_workers``."""
    out = {k: round(v, 3) for k, v in raw.items() if "@pid" not in k}
    out["model_loading_workers"] = float(sum(1 for k in raw if "@pid" in k))
    return out
