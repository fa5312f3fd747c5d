"""Evaluate story clustering: ``storyline eval stories --dataset ecbplus|giveme5w1h|corpus``.

- ``ecbplus``: ECB+ (982 documents; gold story = ``subtopic``: 43 topics x 2 different events of
  the same kind, the hard negatives). Title = the first sentence, no publication dates.
- ``giveme5w1h``: the Giveme5W1H news-cluster set (383 articles, gold story = ``Event``), with
  titles, publishers and publication dates; fed oldest first.
- ``corpus``: the demo corpus through the whole pipeline (stories are built by ``ingest``);
  gold story = the ``story`` field of ``corpus/gold.jsonl``, wire copies included.

Articles go through the production annotate stage (entity names and stated years) and the
production clusterer. Scores: B-cubed and pairwise precision/recall/F1 for one batch (the whole
set clustered at once, as one ingest run does) and ``streaming`` (batches of
:data:`STREAM_BATCH` articles joining the stories of earlier batches). The corpus report adds
``recovered`` (share of gold stories with all their articles in one predicted story that holds
no other gold story's article) and ``wire_copies`` (gold duplicates linked to their original).
"""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path
from typing import Any

from storyline.annotate import load_annotator
from storyline.clustering import cluster_params, embed_docs
from storyline.errors import EvaluationError
from storyline.evaluation.clustering import bcubed, clusters, pairwise
from storyline.records import Article, PubDate
from storyline.settings import Settings
from storyline.stories import ClusterParams, StoryClusterer, StoryDoc, story_doc
from storyline.stories.storylines import link_storylines

DATASETS = ("ecbplus", "giveme5w1h", "corpus")
STREAM_BATCH = 64
#: parameters moved one step each way for the ``neighbourhood`` report
NEIGHBOURS = {
    "batch_threshold": 0.02,
    "join_threshold": 0.05,
    "entity_share": 0.1,
    "year_penalty": 0.15,
    "time_penalty": 0.1,
}

Row = dict[str, Any]


def _dataset_dir(settings: Settings, *parts: str) -> Path:
    path = Path(settings.datasets).joinpath(*parts)
    if not path.exists():
        raise EvaluationError(
            f"dataset not found: {path}; set `datasets` (or STORYLINE_DATASETS) to the folder "
            "holding stories/ecbplus and stories/giveme5w1h"
        )
    return path


def load_ecbplus(settings: Settings, *, topics: int | None = None) -> list[tuple[Article, str]]:
    path = _dataset_dir(settings, "stories", "ecbplus", "ecbplus_docs.jsonl")
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if topics is not None and int(doc["topic"]) > topics:
                continue
            title = doc["sentences"][0] if doc.get("sentences") else None
            out.append((_article(doc["doc_id"], doc["text"], title, None, None), doc["subtopic"]))
    return out


def load_giveme(settings: Settings) -> list[tuple[Article, str]]:
    folder = _dataset_dir(settings, "stories", "giveme5w1h", "news_cluster", "data")
    out = []
    for path in sorted(folder.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        date = (doc.get("date_publish") or "")[:10] or None
        article = _article(
            doc["dId"], doc["text"], doc.get("title"), date, doc.get("source_domain")
        )
        out.append((article, doc["newsCluster"]["Event"]))
    out.sort(key=lambda pair: (pair[0].published.date if pair[0].published else "", pair[0].id))
    return out


def _article(
    aid: str, text: str, title: str | None, date: str | None, source: str | None
) -> Article:
    return Article(
        id=aid,
        document_id=aid,
        url=None,
        source=source,
        title=title,
        published=PubDate(date, "day") if date else None,
        language="en",
        authors=(),
        text=text,
        dup_key=aid,
    )


def story_docs(pairs: list[tuple[Article, str]], settings: Settings) -> list[StoryDoc]:
    """Story features through the production annotate stage (``nlp.pipe`` in batches)."""
    annotator = load_annotator(settings)
    articles = [a for a, _ in pairs]
    return [story_doc(x.article, x.mentions, x.timexes) for x in annotator.annotate_many(articles)]


def cluster_scores(
    docs: list[StoryDoc],
    gold: dict[str, str],
    *,
    batch: int,
    params: ClusterParams | None = None,
) -> Row:
    clusterer = StoryClusterer(params=params or ClusterParams())
    predicted: dict[str, str] = {}
    started = time.perf_counter()
    for start in range(0, len(docs), batch):
        for a in clusterer.assign(docs[start : start + batch]):
            predicted[a.article_id] = a.story_id
    return {
        "bcubed": bcubed(gold, predicted),
        "pairwise": pairwise(gold, predicted),
        "stories": len(set(predicted.values())),
        "seconds": round(time.perf_counter() - started, 2),
        "batch": batch,
    }


def evaluate_dataset(name: str, settings: Settings, *, topics: int | None = None) -> Row:
    """Scores of the clusterer on ``ecbplus`` or ``giveme5w1h``."""
    pairs = load_ecbplus(settings, topics=topics) if name == "ecbplus" else load_giveme(settings)
    gold = {a.id: g for a, g in pairs}
    params = cluster_params(settings)
    started = time.perf_counter()
    docs = story_docs(pairs, settings)
    annotate_seconds = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    docs, _ = embed_docs(docs, params)
    embed_seconds = round(time.perf_counter() - started, 1)
    whole = cluster_scores(docs, gold, batch=len(docs), params=params)
    return {
        "dataset": name,
        "articles": len(docs),
        "gold_stories": len(set(gold.values())),
        "clusterer": settings.stories,
        "params": _params(params),
        "annotate_seconds": annotate_seconds,
        "embed_seconds": embed_seconds,
        **{k: whole[k] for k in ("bcubed", "pairwise", "stories", "seconds")},
        "streaming": cluster_scores(docs, gold, batch=STREAM_BATCH, params=params),
        "neighbourhood": neighbourhood(docs, gold, params),
        **({"topics": topics} if topics is not None else {}),
    }


def neighbourhood(docs: list[StoryDoc], gold: dict[str, str], params: ClusterParams) -> Row:
    """B-cubed F1 (one batch) with each tunable of :data:`NEIGHBOURS` moved one step down and
    up: how much of the score is the chosen parameter setting rather than the method."""
    grid: Row = {}
    scores = []
    for name, step in NEIGHBOURS.items():
        value = getattr(params, name)
        row = {}
        for moved in (value - step, value + step):
            moved = round(moved, 4)
            varied = dataclasses.replace(params, **{name: moved})
            f1 = cluster_scores(docs, gold, batch=len(docs), params=varied)["bcubed"]["f1"]
            row[str(moved)] = f1
            scores.append(f1)
        grid[name] = row
    return {
        "bcubed_f1": grid,
        "min": min(scores),
        "mean": round(sum(scores) / len(scores), 4),
    }


def _params(p: ClusterParams) -> Row:
    return {name: getattr(p, name) for name in p.__dataclass_fields__}


def evaluate_corpus_stories(corpus: Path, settings: Settings) -> Row:
    """Run the pipeline on the demo corpus in memory and score its stories against gold."""
    from storyline.evaluation.corpus import collect, load_gold
    from storyline.pipeline import Pipeline
    from storyline.store import Store
    from storyline.store.stories import story_outlines

    gold_lines = load_gold(corpus)
    articles = corpus / "articles"
    with Store(":memory:") as store, Pipeline(settings, store) as pipeline:
        pipeline.run([str(articles)])
        items = collect(articles, gold_lines, store)
        placed = {
            str(r["article_id"]): str(r["story_id"])
            for r in store.query("SELECT article_id, story_id FROM story_articles")
        }
        lines = link_storylines(story_outlines(store))
    gold, wire_found, wire_total = _gold_stories(gold_lines, items)
    predicted = {a: placed.get(a, f"unplaced:{a}") for a in gold}
    threads = {a: lines.get(s, s) for a, s in predicted.items()}
    return {
        "dataset": "corpus",
        "articles": len(gold),
        "gold_stories": len(set(gold.values())),
        "stories": len(set(predicted.values())),
        "bcubed": bcubed(gold, predicted),
        "pairwise": pairwise(gold, predicted),
        **_recovered(gold, predicted),
        "wire_copies": {"detected": wire_found, "total": wire_total},
        "storylines": {
            "storylines": len(set(threads.values())),
            "bcubed": bcubed(gold, threads),
            "pairwise": pairwise(gold, threads),
            **_recovered(gold, threads),
        },
    }


def _gold_stories(lines: list[Row], items: list[Any]) -> tuple[dict[str, str], int, int]:
    """Article id -> gold story, and (wire copies linked to their original, wire copies)."""
    by_key = {i.key: i for i in items}
    gold: dict[str, str] = {}
    found = total = 0
    for line in lines:
        item = by_key[line["key"]]
        if item.article is None or not line.get("story"):
            continue
        gold[str(item.article["id"])] = line["story"]
        if line.get("expect") == "duplicate":
            total += 1
            original = by_key.get(line.get("duplicate_of") or "")
            found += bool(
                original
                and original.article
                and item.article.get("duplicate_of") == original.article["id"]
            )
    return gold, found, total


def _recovered(gold: dict[str, str], predicted: dict[str, str]) -> Row:
    gold_clusters = clusters(gold)
    pred_clusters = clusters(predicted)
    missed = []
    for story, members in gold_clusters.items():
        homes = {predicted[a] for a in members}
        pure = len(homes) == 1 and all(gold[a] == story for a in pred_clusters[homes.pop()])
        if not pure:
            missed.append(str(story))
    total = len(gold_clusters)
    return {
        "recovered": round((total - len(missed)) / total, 4),
        "not_recovered": sorted(missed),
    }
