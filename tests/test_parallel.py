"""Worker processes give exactly the results of in-process analysis, in input order."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storyline.parallel import AUTO_WARMUP_BATCHES, Analyzer, resolve_workers
from storyline.pipeline import Pipeline
from storyline.settings import Settings
from storyline.store import Store

ROOT = Path(__file__).resolve().parent.parent


def stored(settings: Settings, inputs: list[str]) -> tuple[dict[str, Any], dict[str, Any], int]:
    """Rows, report and the number of batches analysed in the pool (waited for, so it is used)."""
    with Store(":memory:") as store, Pipeline(settings, store) as pipeline:
        if pipeline.analyzer.workers > 1:
            pipeline.analyzer.start_pool().result()
        report = pipeline.run(inputs)
        rows = {
            t: store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
            for t in ("articles", "events", "mentions", "quantities", "timexes", "skips")
        }
        summary = {**report.as_dict(), "ids": report.article_ids, "skips": report.skipped}
        return rows, summary, pipeline.analyzer.pooled_batches


def repeated_stream(path: Path) -> Path:
    """The syndication items, each repeated in the next batches (of 2): the same bytes (an
    unchanged document) and the same text under another URL (an exact duplicate), so a batch
    depends on one that may still be in a worker."""
    lines = (
        (ROOT / "corpus" / "articles" / "jsonl" / "partner-syndication.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    out = []
    for k, line in enumerate(lines):
        out.append(line)
        if k:
            moved = {**json.loads(lines[k - 1]), "url": f"https://mirror.example/item-{k}"}
            out += [lines[k - 1], json.dumps(moved)]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def test_worker_pool_gives_the_same_rows_and_report_as_in_process(tmp_path: Path) -> None:
    inputs = [str(ROOT / "corpus" / "articles"), str(repeated_stream(tmp_path / "r.jsonl"))]
    rows, summary, _ = stored(Settings(workers=1, batch_size=2), inputs)
    pooled_rows, pooled_summary, pooled_batches = stored(Settings(workers=2, batch_size=2), inputs)
    assert pooled_rows == rows
    assert pooled_summary == summary
    assert pooled_batches > 0
    assert len(rows["events"]) > 50
    assert summary["unchanged"] >= 4 and summary["duplicates"] >= 4


def test_automatic_mode_stays_in_process_for_small_inputs() -> None:
    analyzer = Analyzer(Settings(workers=0))
    for _ in range(AUTO_WARMUP_BATCHES):
        assert analyzer.analyze([]) == []
    assert analyzer._pool is None
    analyzer.close()


def test_resolve_workers() -> None:
    assert resolve_workers(3) == 3
    assert 1 <= resolve_workers(0) <= 4
