"""The Spark engine (local[2]): the same rows as the local engine, faults, re-runs.

One SparkSession for the whole module (UI off, small shuffles, 1 GB driver), stopped at the end.
The test plugin directory (tests/plugins) is on the Python workers' path, for the crashing
extractor of the fault test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from storyline.batch import STORY_TABLES, TABLES, load_batch, run_batch
from storyline.settings import Settings
from test_batch import (
    CORPUS,
    PLUGINS,
    fault_settings,
    parquet_rows,
    skip_reasons,
    snapshot,
    write_broken,
    write_good,
)

pyspark = pytest.importorskip("pyspark", reason="the spark extra is not installed")

from pyspark.sql import SparkSession  # noqa: E402

from storyline.batch.spark import run_spark, spark_session  # noqa: E402

pytestmark = [
    # py4j leaves its gateway sockets to the garbage collector
    pytest.mark.filterwarnings("ignore:unclosed <socket.socket:ResourceWarning"),
]


@pytest.fixture(scope="session")
def spark() -> Iterator[SparkSession]:
    session = spark_session(
        "local[2]",
        conf={
            "spark.sql.shuffle.partitions": "4",
            "spark.default.parallelism": "2",
            "spark.driver.memory": "1g",
            "spark.executorEnv.PYTHONPATH": str(PLUGINS),
        },
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="session")
def corpus_outputs(
    spark: SparkSession, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("corpus")
    settings = Settings(db=str(base / "unused.duckdb"))
    outs = {"local": base / "local", "spark": base / "spark"}
    run_batch([str(CORPUS)], out=str(outs["local"]), settings=settings)
    run_batch([str(CORPUS)], out=str(outs["spark"]), settings=settings, engine="spark", spark=spark)
    return outs


def _event_keys(out: Path) -> list[tuple[object, ...]]:
    """Sorted event ids with their key fields."""
    files = sorted(str(p) for p in (out / "events").glob("pub_date=*/*.parquet"))
    return duckdb.sql(
        "SELECT id, article_id, event, mode, date, actor, recipient, size, evidence, pub_date "
        f"FROM read_parquet({files!r}, hive_partitioning = true) ORDER BY id"
    ).fetchall()


def test_spark_codes_exactly_the_events_of_the_local_engine(
    corpus_outputs: dict[str, Path],
) -> None:
    local, spark = (_event_keys(corpus_outputs[k]) for k in ("local", "spark"))
    assert len(local) >= 50
    assert spark == local


@pytest.mark.parametrize("table", (*TABLES, *STORY_TABLES))
def test_spark_writes_the_same_rows_as_the_local_engine(
    corpus_outputs: dict[str, Path], table: str
) -> None:
    assert parquet_rows(corpus_outputs["spark"], table) == parquet_rows(
        corpus_outputs["local"], table
    )


def test_spark_partition_layout_matches_the_local_engine(corpus_outputs: dict[str, Path]) -> None:
    def partitions(out: Path) -> set[str]:
        return {f"{p.parent.parent.name}/{p.parent.name}" for p in out.glob("*/*/*.parquet")}

    assert partitions(corpus_outputs["spark"]) == partitions(corpus_outputs["local"])


def test_spark_turns_broken_and_crashing_records_into_skips(
    spark: SparkSession, tmp_path: Path, settings: Settings
) -> None:
    write_good(tmp_path / "in")
    expected = write_broken(tmp_path / "in")
    report = run_batch(
        [str(tmp_path / "in"), str(tmp_path / "missing.jsonl")],
        out=str(tmp_path / "out"),
        settings=fault_settings(settings),
        engine="spark",
        spark=spark,
        partitions=3,
        stories=False,
    )
    assert skip_reasons(tmp_path / "out") == {**expected, "missing.jsonl": "not-found"}
    assert report.rows["articles"] >= 5


def test_spark_rerun_and_reload_leave_the_same_database(
    spark: SparkSession, tmp_path: Path, settings: Settings
) -> None:
    write_good(tmp_path / "in")
    out = tmp_path / "out"
    snapshots, files = [], []
    for _ in range(2):
        run_batch(
            [str(tmp_path / "in")], out=str(out), settings=settings, engine="spark", spark=spark
        )
        files.append(sorted(p.name for p in out.glob("*/pub_date=*/*.parquet")))
        load_batch(out, db=settings.db)
        snapshots.append(snapshot(settings.db))
    assert snapshots[0] == snapshots[1]
    assert len(snapshots[0]["articles"]) == 4
    # the re-run replaced the partitions it wrote (new file names, same number of files),
    # and the story tables whole
    assert len(files[0]) == len(files[1]) and not set(files[0]) & set(files[1])
    assert len(parquet_rows(out, "story_articles")) == 4


def test_spark_loads_the_model_at_most_once_per_python_worker(
    spark: SparkSession, tmp_path: Path, settings: Settings
) -> None:
    write_good(tmp_path / "in")
    metrics: dict[str, float] = {}
    counts = run_spark(
        [str(tmp_path / "in")],
        out=str(tmp_path / "out"),
        settings=settings,
        spark=spark,
        partitions=3,
        metrics=metrics,
    )
    assert counts["articles"] == 4
    assert metrics["analyze_tasks"] == 3
    # workers that already hold the model (earlier tests) load nothing; a new one loads once
    assert metrics.get("model_loads", 0) == metrics["model_loading_workers"] <= 2
