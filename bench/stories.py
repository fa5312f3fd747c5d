"""Scaling of incremental story clustering on a synthetic stream built from the demo corpus.

Each size runs in a fresh subprocess (so peak memory is per size). The stream: the demo
corpus's articles (read with the extract stage only; no spaCy) are the templates of synthetic
stories. A story takes one template, renames its capitalised names to story-specific ones
(synthetic entity lists stand in for the annotate stage) and swaps a share of its words for
story-specific ones; each report of the story drops and replaces further words at random and is
dated within a few days of the story's start. Stories start one after another over a period that
grows with the stream (about :data:`PER_DAY` articles a day), and the stream is fed oldest first in
batches of :data:`BATCH` articles to the production :class:`StoryClusterer` -- the same code the
pipeline runs.

Generating the stream is part of the measured time (it is cheap next to clustering). For each
size it reports seconds, articles/s, peak RSS (of the whole process, gold labels included),
CPU seconds (user + system: robust when other jobs share the cores), open stories at the end and
B-cubed F1 against the synthetic gold; the ratio is CPU time per article against the smallest
size of the same run (1.0 = linear). Saves bench/results/stories.json.

Usage: ``python bench/stories.py [--sizes 10000,100000,1000000]``.
"""

from __future__ import annotations

import heapq
import json
import platform
import random
import re
import resource
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sized_runs import sized_main

from storyline.errors import StorylineError
from storyline.evaluation.clustering import bcubed
from storyline.extract import extract_article, load_extractor
from storyline.ingest import iter_documents
from storyline.records import Article
from storyline.settings import Settings
from storyline.stories import ClusterParams, StoryClusterer, StoryDoc
from storyline.stories.features import lead_of

ROOT = Path(__file__).resolve().parent.parent
BATCH = 1000
PER_DAY = 1000
STORY_SIZE = (1, 20)  # reports per story, uniform
STORY_SWAP = 0.5  # share of a template's words a story replaces with its own
START = date(2024, 1, 1)
_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\b")


def templates() -> list[Article]:
    """The demo corpus's articles through ingest + extract (no annotation)."""
    settings = Settings()
    extractor = load_extractor(settings)
    out = []
    for doc in iter_documents([str(ROOT / "corpus" / "articles")], settings=settings):
        if hasattr(doc, "raw"):
            try:
                out.append(extract_article(doc, settings, extractor))  # type: ignore[arg-type]
            except StorylineError:  # the corpus has deliberately bad items
                continue
    return out


def stream(
    size: int, bases: list[tuple[str, list[str]]], seed: int = 7
) -> Iterator[tuple[StoryDoc, str]]:
    """``size`` synthetic articles, oldest first, with their gold story (memory: one week)."""
    rng = random.Random(seed)
    days = max(1, size // PER_DAY)
    expected_stories = size / (sum(STORY_SIZE) / 2)
    pending: list[tuple[int, int, StoryDoc, str]] = []
    made = story = 0
    while made < size:
        story += 1
        start = int(story * days / expected_stories)
        while pending and pending[0][0] < start:
            _, _, doc, gold = heapq.heappop(pending)
            yield doc, gold
        title, words = bases[rng.randrange(len(bases))]
        found = sorted(set(_NAME.findall(title + " " + " ".join(words))))
        names = {n: f"N{story}x{i}" for i, n in enumerate(found)}
        own = [f"w{story}x{i}" for i in range(40)]
        base = [
            names.get(w) or (rng.choice(own) if rng.random() < STORY_SWAP else w) for w in words
        ]
        for _ in range(rng.randint(*STORY_SIZE)):
            if made >= size:
                break
            text = [
                w if rng.random() > 0.1 else rng.choice(own) for w in base if rng.random() > 0.2
            ]
            ents = tuple(rng.sample(sorted(names.values()), k=min(6, len(names))))
            day = start + rng.randrange(5)
            doc = StoryDoc(
                article_id=f"a{made:07d}",
                source=f"s{rng.randrange(50)}.example",
                published=(START + timedelta(days=day)).isoformat(),
                title=" ".join(names.get(w, w) for w in title.split()) + f" {own[0]}",
                lead=" ".join(text),
                entities=tuple(e.casefold() for e in ents),
                years=(START.year + day // 365,),
            )
            heapq.heappush(pending, (day, made, doc, f"g{story}"))
            made += 1
    while pending:
        _, _, doc, gold = heapq.heappop(pending)
        yield doc, gold


def run(size: int) -> dict[str, Any]:
    clusterer = StoryClusterer(params=ClusterParams())
    gold: dict[str, str] = {}
    predicted: dict[str, str] = {}
    batch: list[StoryDoc] = []
    bases = [(a.title or "", lead_of(a.text, 80).split()) for a in templates()]
    before = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = before.ru_utime + before.ru_stime
    started = time.perf_counter()
    for doc, story in stream(size, bases):
        gold[doc.article_id] = story
        batch.append(doc)
        if len(batch) >= BATCH:
            predicted.update((a.article_id, a.story_id) for a in clusterer.assign(batch))
            batch = []
    if batch:
        predicted.update((a.article_id, a.story_id) for a in clusterer.assign(batch))
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "articles": size,
        "seconds": round(seconds, 2),
        "articles_per_s": round(size / seconds, 1),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime - cpu_before, 2),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "open_stories": len(clusterer.index.stories),
        "closed_stories": clusterer.index.closed,
        "gold_stories": len(set(gold.values())),
        "bcubed": bcubed(gold, predicted),
    }


def main() -> None:
    results = sized_main(
        __file__,
        __doc__,
        "10000,100000,1000000",
        run,
        ratio_key="ratio_per_article",
        cost_key="cpu_seconds",
        count_key="articles",
    )
    if results is None:
        return
    out = {
        "benchmark": "stories",
        "clusterer": StoryClusterer.name,
        "batch": BATCH,
        "machine": {"python": platform.python_version(), "processor": platform.machine()},
        "results": results,
    }
    path = ROOT / "bench" / "results" / "stories.json"
    path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"saved {path}")


if __name__ == "__main__":
    main()
