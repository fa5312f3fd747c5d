"""Batch throughput: the Spark engine with 1 and 2 executor cores against the local engine.

Input: COPIES copies of the demo corpus's English articles, each made distinct with an edition
line (see bench/throughput.py), split into SHARDS JSONL files. In the same run it times:

1. the local batch engine (one process: read, extract, annotate, code, write Parquet);
2. the Spark engine with ``local[1]`` and ``local[2]`` (a fresh session each; the session
   start-up is reported apart, the job time includes starting Python workers and loading the
   model in each);
3. the stories pass (blocking + clustering within blocks) of the local engine and of Spark
   ``local[2]`` over the same output, timed apart from the first pass.

For each run it reports wall seconds and **CPU seconds** (the local engine: this process; Spark:
the JVM and every Python worker, read from /proc, so Linux only), articles/s, articles/s per
core (wall x cores) and per CPU-second, the ratios against the local engine, and for Spark the
stage breakdown: wall seconds of the Python pass and of each table's write, CPU seconds of the
Python steps (extract, analyze) and of the workers' start-up, Python workers, spaCy model loads,
partitions. Per-CPU-second figures hold when other jobs share the machine (wall-clock ratios do
not: the load average before and after is recorded). It checks that all runs wrote the same
events (and both stories passes the same stories) and saves JSON to bench/results/spark.json.
Usage: ``python bench/spark.py [--copies N] [--shards N]``.
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

from storyline.batch.local import run_local, run_local_stories
from storyline.batch.spark import run_spark, spark_session
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


# --------------------------------------------------------------------------- CPU clocks


def _stat(pid: int) -> tuple[int, list[str]]:
    with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return int(fields[1]), fields  # ppid, fields from "state" on


def tree_cpu(root: int) -> float:
    """CPU seconds of a process and its live descendants, with their reaped children."""
    parents: dict[int, int] = {}
    stats: dict[int, list[str]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                parents[int(name)], stats[int(name)] = _stat(int(name))
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        kids = [p for p, pp in parents.items() if pp == parent and p not in tree]
        tree.update(kids)
        frontier.extend(kids)
    ticks = sum(sum(int(v) for v in stats[p][11:15]) for p in tree if p in stats)
    return ticks / os.sysconf("SC_CLK_TCK")


class Clock:
    """Wall and CPU seconds of a block; CPU of this process, plus a process tree's if given."""

    def __init__(self, tree: int | None = None) -> None:
        self.tree = tree

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), self._cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, self._cpu() - self.cpu

    def _cpu(self) -> float:
        return time.process_time() + (tree_cpu(self.tree) if self.tree else 0.0)


# --------------------------------------------------------------------------- runs


def run_local_engine(inputs: Path, out: Path, settings: Any) -> dict[str, Any]:
    with Clock() as clock:
        rows = run_local([str(inputs)], out=str(out), settings=settings)
    with Clock() as stories:
        run_local_stories(str(out))
    return {
        "cores": 1,
        "seconds": clock.wall,
        "cpu_seconds": clock.cpu,
        "rows": rows,
        "stories_seconds": stories.wall,
        "stories_cpu_seconds": stories.cpu,
    }


def run_spark_engine(master: str, inputs: Path, out: Path, settings: Any) -> dict[str, Any]:
    with Clock() as startup:
        session = spark_session(master, conf={"spark.driver.memory": "2g"})
        session.sparkContext.setLogLevel("ERROR")
    cores = int(master.removeprefix("local[").removesuffix("]"))
    jvm = session.sparkContext._gateway.proc.pid  # type: ignore[union-attr]
    metrics: dict[str, float] = {}
    try:
        with Clock(jvm) as clock:
            rows = run_spark(
                [str(inputs)], out=str(out), settings=settings, spark=session, metrics=metrics
            )
        with Clock(jvm) as stories:
            run_spark_stories(str(out), spark=session)
    finally:
        session.stop()
    return {
        "cores": cores,
        "startup_seconds": startup.wall,
        "seconds": clock.wall,
        "cpu_seconds": clock.cpu,
        "rows": rows,
        "stages": metrics,
        "stories_seconds": stories.wall,
        "stories_cpu_seconds": stories.cpu,
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
        runs["local"] = run_local_engine(base / "in", base / "local", settings)
        for master in ("local[1]", "local[2]"):
            # no brackets in the output path: Spark reads paths as Hadoop globs
            out = base / master.replace("[", "").replace("]", "")
            runs[master] = run_spark_engine(master, base / "in", out, settings)
        outs = [base / name for name in ("local", "local1", "local2")]
        ids = [event_ids(out) for out in outs]
        same = ids[0] == ids[1] == ids[2]
        same_stories = story_sets(outs[0]) == story_sets(outs[1]) == story_sets(outs[2])
    result = summarize(runs, len(texts), words, settings.model)
    result.update(
        same_events_in_all_runs=same,
        # differ only if the coder changed between runs (workers import the code at start)
        events_per_run=[len(i) for i in ids],
        same_stories_in_all_runs=same_stories,
        load_average_1min_before_after=[round(load_before[0], 2), round(os.getloadavg()[0], 2)],
        copies=args.copies,
        shards=args.shards,
        cores=os.cpu_count(),
        python=platform.python_version(),
        machine=platform.machine(),
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    for key, value in result.items():
        sys.stdout.write(f"{key:44} {value}\n")


def summarize(runs: dict[str, dict[str, Any]], n: int, words: int, model: str) -> dict[str, Any]:
    local = runs["local"]
    out: dict[str, Any] = {"articles": n, "words": words, "events": local["rows"]["events"]}
    for name, run in runs.items():
        key = name.replace("[", "").replace("]", "")
        out[f"{key}_seconds"] = round(run["seconds"], 2)
        out[f"{key}_cpu_seconds"] = round(run["cpu_seconds"], 2)
        out[f"{key}_articles_per_s"] = round(n / run["seconds"], 1)
        out[f"{key}_articles_per_core_s"] = round(n / run["seconds"] / run["cores"], 1)
        out[f"{key}_articles_per_cpu_s"] = round(n / run["cpu_seconds"], 1)
        out[f"{key}_stories_pass_seconds"] = round(run["stories_seconds"], 2)
        out[f"{key}_stories_pass_cpu_seconds"] = round(run["stories_cpu_seconds"], 2)
        if "startup_seconds" in run:
            out[f"{key}_session_startup_seconds"] = round(run["startup_seconds"], 2)
            out[f"{key}_stages"] = run["stages"]
            out[f"ratio_{key}_over_local_engine"] = round(local["seconds"] / run["seconds"], 3)
            out[f"ratio_per_cpu_s_{key}_over_local_engine"] = round(
                local["cpu_seconds"] / run["cpu_seconds"], 3
            )
    out["ratio_local2_over_local1"] = round(
        runs["local[1]"]["seconds"] / runs["local[2]"]["seconds"], 3
    )
    out["model"] = model
    return out


if __name__ == "__main__":
    main()
