"""Throughput of the whole pipeline against bare spaCy parsing, measured in the same run.

Builds a JSONL stream of COPIES copies of the demo corpus's English articles (each copy perturbed
so that neither the exact nor the near-duplicate detector short-cuts it), then times:

1. the full pipeline (ingest -> extract -> annotate -> events -> DuckDB) into a temporary file;
2. bare ``nlp.pipe`` of the same texts with the same model and batch size.

Prints articles/s and words/s for both, ``throughput_ratio`` (pipeline words/s over bare-parse
words/s: 1.0 or more means the whole pipeline keeps pace with bare parsing, the issue's target) and
``ratio_pipeline_over_bare`` (the time ratio, its inverse: 1.0 or less is on target), and saves
JSON to bench/results/throughput.json. The machine should be idle: the result has the load average
before the run and, for each timing, the CPU seconds that other processes used meanwhile
(``other_cpu_s_*``, from /proc/stat; up to a second is noise, more means the timing is not
clean). Usage: ``python bench/throughput.py [--copies N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from storyline.annotate.spacy_annotator import load_model
from storyline.pipeline import Pipeline
from storyline.settings import load_settings
from storyline.store import Store

ROOT = Path(__file__).resolve().parent.parent


def corpus_articles(settings: Any) -> list[dict[str, Any]]:
    """The demo corpus's extracted English articles (text + metadata)."""
    with Store(":memory:") as store, Pipeline(settings, store) as pipeline:
        pipeline.run([str(ROOT / "corpus" / "articles")])
        return store.query(
            "SELECT url, title, text, published, source FROM articles "
            "WHERE duplicate_of IS NULL AND language = 'en' ORDER BY id"
        )


_WORD = re.compile(r"[A-Za-z]{4,}")


def perturb(text: str, copy: int) -> str:
    """A distinct copy: every fourth long word gets a copy-specific suffix, so no copy is a
    near-duplicate (MinHash over 5-word shingles) of another, while the token count, and so the
    parsing work, stays the same."""
    if copy == 0:
        return text
    counter = iter(range(1 << 30))
    suffix = "".join(chr(ord("a") + int(d)) for d in str(copy))

    def change(match: re.Match[str]) -> str:
        return match.group(0) + suffix if (next(counter) + copy) % 4 == 0 else match.group(0)

    return _WORD.sub(change, text)


def build_stream(articles: list[dict[str, Any]], copies: int, path: Path) -> list[str]:
    texts = []
    with path.open("w", encoding="utf-8") as fh:
        for k in range(copies):
            for a in articles:
                text = perturb(a["text"], k)
                texts.append(text)
                item = {
                    "url": f"{a['url'] or 'https://bench.example/a'}?edition={k}",
                    "title": a["title"],
                    "text": text,
                    "published": a["published"],
                    "source": a["source"] or "bench.example",
                }
                fh.write(json.dumps(item) + "\n")
    return texts


def busy_cpu_seconds() -> float | None:
    """CPU seconds the whole machine spent busy since boot (Linux /proc/stat), else None."""
    try:
        fields = Path("/proc/stat").read_text(encoding="ascii").split("\n", 1)[0].split()
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in fields[1:9])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def own_cpu_seconds() -> float:
    """CPU seconds of this process and its finished child processes (the pool workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


class OtherLoad:
    """CPU seconds used by other processes between :meth:`start` and :meth:`stop`."""

    def __init__(self) -> None:
        self.start()

    def start(self) -> None:
        self.busy, self.own = busy_cpu_seconds(), own_cpu_seconds()

    def stop(self) -> float | None:
        busy = busy_cpu_seconds()
        if busy is None or self.busy is None:
            return None
        return round(max(0.0, busy - self.busy - (own_cpu_seconds() - self.own)), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "throughput.json")
    args = parser.parse_args()
    settings = load_settings()
    articles = corpus_articles(settings)
    with tempfile.TemporaryDirectory() as tmp:
        stream = Path(tmp) / "stream.jsonl"
        texts = build_stream(articles, args.copies, stream)
        words = sum(len(t.split()) for t in texts)

        run_settings = settings.replace(db=str(Path(tmp) / "bench.duckdb"))
        load_before = os.getloadavg()[0]
        other = OtherLoad()
        with Store(run_settings.db) as store, Pipeline(run_settings, store) as pipeline:
            _ = pipeline.analyzer.local  # load the model outside the timing
            other.start()
            t0 = time.perf_counter()
            report = pipeline.run([str(stream)])
            pipeline_s = time.perf_counter() - t0
            workers = pipeline.analyzer.workers
            pooled = pipeline.analyzer.pooled_batches
        other_pipeline = other.stop()  # after the workers exited, so their CPU time counts

        nlp = load_model(settings.model)
        other.start()
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=settings.batch_size):
            pass
        bare_s = time.perf_counter() - t0
        other_bare = other.stop()

    result = {
        "articles": len(texts),
        "words": words,
        "events": report.events,
        "pipeline_seconds": round(pipeline_s, 3),
        "bare_parse_seconds": round(bare_s, 3),
        "pipeline_articles_per_s": round(len(texts) / pipeline_s, 1),
        "pipeline_words_per_s": round(words / pipeline_s),
        "bare_parse_words_per_s": round(words / bare_s),
        "throughput_ratio": round(bare_s / pipeline_s, 3),  # >= 1.0: keeps pace with bare parse
        "ratio_pipeline_over_bare": round(pipeline_s / bare_s, 3),  # time ratio (<= 1.0 on target)
        "workers": workers,
        "batches_in_worker_processes": pooled,
        "load_before": round(load_before, 2),
        "other_cpu_s_pipeline": other_pipeline,
        "other_cpu_s_bare": other_bare,
        "model": settings.model,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    for key, value in result.items():
        sys.stdout.write(f"{key:28} {value}\n")


if __name__ == "__main__":
    main()
