"""Batch throughput: the Spark engine with 1 and 2 executor cores against the local engine.

Input: COPIES copies of the demo corpus's English articles, each made distinct with an edition
line (see bench/throughput.py), split into SHARDS JSONL files. In the same run it times:

1. the local batch engine (one process: read, extract, annotate, code, write Parquet);
2. the Spark engine with ``local[1]`` and ``local[2]`` (a fresh session each; the session
   start-up is reported apart, the job time includes loading the model in each Python worker).

3. the stories pass (blocking + clustering within blocks) of the local engine and of Spark
   ``local[2]`` over the same output, timed apart from the first pass.

Prints articles/s, articles/s per core and the ratios against the local engine, checks that all
runs wrote the same events (and both stories passes the same stories), records the load average
(other jobs on the machine make absolute numbers noisy; ratios come from the same run), and saves
JSON to bench/results/spark.json. Usage: ``python bench/spark.py [--copies N] [--shards N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import duckdb

from storyline.batch import run_batch
from storyline.batch.local import run_local_stories
from storyline.batch.spark import spark_session
from storyline.batch.spark_stories import run_spark_stories
from storyline.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from throughput import build_stream, corpus_articles  # noqa: E402


def shard(stream: Path, shards: int, folder: Path) -> None:
    folder.mkdir()
    lines = stream.read_text(encoding="utf-8").splitlines(keepends=True)
    for k in range(shards):
        (folder / f"part-{k:03d}.jsonl").write_text("".join(lines[k::shards]), encoding="utf-8")


def event_ids(out: Path) -> list[str]:
    files = sorted(str(p) for p in (out / "events").glob("pub_date=*/*.parquet"))
    rows = duckdb.sql(f"SELECT id FROM read_parquet({files!r}) ORDER BY id").fetchall()
    return [str(r[0]) for r in rows]


def story_sets(out: Path) -> list[tuple[str, ...]]:
    files = sorted(str(p) for p in (out / "story_articles").glob("pub_date=*/*.parquet"))
    rows = duckdb.sql(
        f"SELECT list(article_id ORDER BY article_id) FROM read_parquet({files!r}) "
        "GROUP BY story_id"
    ).fetchall()
    return sorted(tuple(r[0]) for r in rows)


def run_spark(master: str, inputs: Path, out: Path, settings: Any) -> dict[str, Any]:
    t0 = time.perf_counter()
    session = spark_session(master, conf={"spark.driver.memory": "2g"})
    session.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - t0
    cores = int(master.removeprefix("local[").removesuffix("]"))
    try:
        report = run_batch(
            [str(inputs)],
            out=str(out),
            settings=settings,
            engine="spark",
            spark=session,
            partitions=cores * 2,
            stories=False,
        )
        stories = None
        if cores == 2:
            t1 = time.perf_counter()
            run_spark_stories(str(out), spark=session, partitions=cores * 2)
            stories = time.perf_counter() - t1
    finally:
        session.stop()
    return {
        "startup_seconds": round(startup, 2),
        "seconds": report.seconds,
        "rows": report.rows,
        "cores": cores,
        "stories_seconds": stories,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "spark.json")
    args = parser.parse_args()
    settings = load_settings()
    articles = corpus_articles(settings)
    runs: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        texts = build_stream(articles, args.copies, base / "stream.jsonl")
        shard(base / "stream.jsonl", args.shards, base / "in")
        words = sum(len(t.split()) for t in texts)
        load_before = os.getloadavg()
        report = run_batch(
            [str(base / "in")], out=str(base / "local"), settings=settings, stories=False
        )
        t1 = time.perf_counter()
        run_local_stories(str(base / "local"))
        runs["local"] = {
            "seconds": report.seconds,
            "rows": report.rows,
            "cores": 1,
            "stories_seconds": time.perf_counter() - t1,
        }
        for master in ("local[1]", "local[2]"):
            # no brackets in the output path: Spark reads paths as Hadoop globs
            out = base / master.replace("[", "").replace("]", "")
            runs[master] = run_spark(master, base / "in", out, settings)
        same = event_ids(base / "local") == event_ids(base / "local1") == event_ids(base / "local2")
        same_stories = story_sets(base / "local") == story_sets(base / "local2")
    result = summarize(runs, len(texts), words, same, settings.model)
    result["same_stories_local_engine_and_spark_local2"] = same_stories
    result["load_average_1min_before_after"] = [
        round(load_before[0], 2),
        round(os.getloadavg()[0], 2),
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    for key, value in result.items():
        sys.stdout.write(f"{key:34} {value}\n")


def summarize(
    runs: dict[str, dict[str, Any]], n: int, words: int, same: bool, model: str
) -> dict[str, Any]:
    local_s = runs["local"]["seconds"]
    out: dict[str, Any] = {"articles": n, "words": words, "events": runs["local"]["rows"]["events"]}
    for name, run in runs.items():
        key = name.replace("[", "").replace("]", "")
        out[f"{key}_seconds"] = round(run["seconds"], 2)
        out[f"{key}_articles_per_s"] = round(n / run["seconds"], 1)
        out[f"{key}_articles_per_core_s"] = round(n / run["seconds"] / run["cores"], 1)
        if run.get("stories_seconds") is not None:
            out[f"{key}_stories_pass_seconds"] = round(run["stories_seconds"], 2)
        if "startup_seconds" in run:
            out[f"{key}_session_startup_seconds"] = run["startup_seconds"]
            out[f"ratio_{key}_over_local_engine"] = round(local_s / run["seconds"], 3)
    out["ratio_local2_over_local1"] = round(
        runs["local[1]"]["seconds"] / runs["local[2]"]["seconds"], 3
    )
    out["ratio_per_core_local2_over_local_engine"] = round(
        out["local2_articles_per_core_s"] / out["local_articles_per_core_s"], 3
    )
    out["same_events_in_all_runs"] = same
    out.update(
        model=model,
        cores=os.cpu_count(),
        python=platform.python_version(),
        machine=platform.machine(),
    )
    return out


if __name__ == "__main__":
    main()
