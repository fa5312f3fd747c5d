"""Worker processes give exactly the results of in-process analysis, in input order."""

from __future__ import annotations

from pathlib import Path

from storyline.parallel import AUTO_WARMUP_BATCHES, Analyzer, resolve_workers
from storyline.pipeline import Pipeline
from storyline.settings import Settings
from storyline.store import Store

ROOT = Path(__file__).resolve().parent.parent


def stored(settings: Settings) -> dict[str, list[tuple[object, ...]]]:
    with Store(":memory:") as store, Pipeline(settings, store) as pipeline:
        pipeline.run([str(ROOT / "corpus" / "articles")])
        return {
            t: store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
            for t in ("events", "mentions", "quantities", "timexes")
        }


def test_worker_pool_gives_the_same_rows_as_in_process() -> None:
    in_process = stored(Settings(workers=1))
    pooled = stored(Settings(workers=2, batch_size=8))
    assert pooled == in_process
    assert len(in_process["events"]) > 50


def test_automatic_mode_stays_in_process_for_small_inputs() -> None:
    analyzer = Analyzer(Settings(workers=0))
    for _ in range(AUTO_WARMUP_BATCHES):
        assert analyzer.analyze([]) == []
    assert analyzer._pool is None
    analyzer.close()


def test_resolve_workers() -> None:
    assert resolve_workers(3) == 3
    assert 1 <= resolve_workers(0) <= 4
