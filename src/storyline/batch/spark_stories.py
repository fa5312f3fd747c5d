"""The stories pass on Spark: :mod:`storyline.batch.storypass` over a batch output.

Jobs, after the batch tables are written (see docs/scaling.md, "Stories over a batch"):

1. **Bundle**: the tables articles, mentions, timexes, events and sentences, keyed by article id,
   one ``groupByKey`` -> a :class:`~storyline.batch.storypass.Bundle` per article (persisted).
2. **Statistics**: the batch's document frequencies (a 2^20 int32 array summed over partitions)
   and the block names of undated articles, both broadcast.
3. **Block + cluster**: ``flatMap(block_keys)`` -> ``groupByKey(block)`` -> the clusterer per
   block -> star edges and scores; undated articles' claims reduced to the best one.
4. **Reconcile**: connected components by min-label propagation (each round one join and one
   ``reduceByKey``; rounds until no label changes: the longest chain of blocks in a story).
5. **Build + write**: bundles keyed by their component's seed, ``groupByKey``, ``build_story``,
   and the three story tables written with a static overwrite (a re-run replaces them whole).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import partial
from typing import Any

import numpy as np
from pyspark import RDD, Broadcast, StorageLevel
from pyspark.sql import SparkSession

from storyline.batch.layout import table_schemas
from storyline.batch.spark import file_uri
from storyline.batch.spark_rows import spark_schema
from storyline.batch.storypass import (
    STORY_TABLES,
    Bundle,
    Claim,
    LocalStory,
    SeedKey,
    best_claim,
    block_keys,
    block_links,
    bundle,
    cluster_block,
    doc_frequencies,
    duplicate_edge,
    keep_block,
    member_scores,
    story_edges,
    story_outputs,
    term_hasher,
    undated_names,
)
from storyline.batch.work import PARTITION_COLUMN, Out
from storyline.stories import StoryDoc

log = logging.getLogger(__name__)

_CHILDREN = ("mentions", "timexes", "events", "sentences")


def _bundles(spark: SparkSession, target: str, n: int) -> RDD[Bundle]:
    schemas = table_schemas(("articles", *_CHILDREN))

    def rows(table: str, key: str) -> RDD[tuple[str, tuple[str, dict[str, Any]]]]:
        frame = spark.read.schema(spark_schema(schemas[table])).parquet(f"{target}/{table}")
        frame = frame.drop(PARTITION_COLUMN)
        if table == "articles":
            frame = frame.drop("minhash")
        return frame.rdd.map(lambda r: (r[key], (table, r.asDict())))

    tagged = rows("articles", "id").union(
        spark.sparkContext.union([rows(t, "article_id") for t in _CHILDREN])
    )
    return tagged.groupByKey(numPartitions=n).flatMap(_bundle)


def _bundle(item: tuple[str, Iterable[tuple[str, dict[str, Any]]]]) -> list[Bundle]:
    tables: dict[str, list[dict[str, Any]]] = {}
    for table, row in item[1]:
        tables.setdefault(table, []).append(row)
    articles = tables.get("articles")
    if not articles:
        return []  # child rows of an article that is not in the batch
    return [bundle(articles[0], *(tables.get(t, ()) for t in _CHILDREN))]


def _doc(item: Bundle) -> list[StoryDoc]:
    return [item.doc] if item.doc is not None else []


def _story(item: tuple[str, LocalStory | Claim]) -> list[LocalStory]:
    return [item[1]] if isinstance(item[1], LocalStory) else []


def _claim(item: tuple[str, LocalStory | Claim]) -> list[tuple[str, Claim]]:
    key, value = item
    return [] if isinstance(value, LocalStory) else [(key, value)]


def _frequencies(docs: Iterable[StoryDoc]) -> list[tuple[np.ndarray, int]]:
    return [doc_frequencies(docs)]


def _sum(a: tuple[np.ndarray, int], b: tuple[np.ndarray, int]) -> tuple[np.ndarray, int]:
    return a[0] + b[0], a[1] + b[1]


def _cluster_blocks(
    blocks: Iterable[tuple[str, Iterable[StoryDoc]]], stats: Broadcast[tuple[np.ndarray, int]]
) -> Iterator[tuple[str, LocalStory | Claim]]:
    """("story", LocalStory) for linked stories, (article id, Claim) for undated claims."""
    hasher = term_hasher(*stats.value)
    for key, docs in blocks:
        found = list(docs)
        if not keep_block(key, len(found)):
            continue
        linked, claims = block_links(key, cluster_block(found, hasher))
        yield from (("", story) for story in linked)
        yield from claims


def _propagate(edges: RDD[tuple[str, str]], keys: RDD[tuple[str, SeedKey]], n: int) -> RDD[Any]:
    """Connected components: article id -> the smallest seed key of its component."""
    both = edges.flatMap(lambda e: [e, (e[1], e[0])]).distinct(n).persist()
    vertices = both.keys().distinct(n).map(lambda v: (v, None))
    labels: RDD[tuple[str, SeedKey]] = vertices.join(keys, n).mapValues(lambda kv: kv[1])
    labels = labels.persist()
    kept = [both, labels]
    while True:
        moved = both.join(labels, n).map(lambda kv: (kv[1][0], kv[1][1]))
        new = labels.union(moved).reduceByKey(min, n).persist()
        kept.append(new)
        changed = new.join(labels, n).filter(lambda kv: kv[1][0] != kv[1][1]).count()
        labels = new
        if not changed:
            break
    result = labels.mapValues(lambda key: key[2]).persist()
    result.count()
    for rdd in kept:
        rdd.unpersist()
    return result


def run_spark_stories(
    out: str, *, spark: SparkSession, partitions: int | None = None
) -> dict[str, int]:
    """The stories pass on ``spark`` over the batch output under ``out``; replaces the story
    tables; returns their row counts."""
    sc = spark.sparkContext
    n = partitions or sc.defaultParallelism
    target = file_uri(out).rstrip("/")
    bundles = _bundles(spark, target, n).persist(StorageLevel.MEMORY_AND_DISK)
    kept: list[RDD[Any]] = [bundles]
    try:
        docs = bundles.flatMap(_doc)
        stats = sc.broadcast(docs.mapPartitions(_frequencies).treeReduce(_sum))
        undated = sc.broadcast(undated_names(docs.filter(lambda d: not d.published).collect()))
        found = (
            docs.flatMap(lambda d: [(k, d) for k in block_keys(d, undated.value)])
            .groupByKey(numPartitions=n)
            .mapPartitions(partial(_cluster_blocks, stats=stats))
            .persist(StorageLevel.MEMORY_AND_DISK)
        )
        kept.append(found)
        stories = found.flatMap(_story)
        claims = found.flatMap(_claim).reduceByKey(best_claim, n)
        scores = (
            stories.flatMap(member_scores)
            .union(claims.mapValues(lambda claim: claim[0]))
            .reduceByKey(max, n)
        )
        edges = (
            stories.flatMap(lambda s: story_edges(s.members))
            .union(claims.flatMap(lambda kv: story_edges(kv[1][1])))
            .union(bundles.flatMap(duplicate_edge))
        )
        labels = _propagate(edges, bundles.map(lambda b: (b.article.id, b.key)), n)
        kept.append(labels)
        rows = _story_rows(bundles, scores, labels, n).persist(StorageLevel.MEMORY_AND_DISK)
        kept.append(rows)
        return _write(spark, rows, target)
    finally:
        for rdd in kept:
            rdd.unpersist()


def _story_rows(
    bundles: RDD[Bundle], scores: RDD[tuple[str, float]], labels: RDD[Any], n: int
) -> RDD[Out]:
    def keyed(kv: tuple[str, tuple[tuple[Bundle, float | None], str | None]]) -> Any:
        article_id, ((item, score), label) = kv
        return (label or article_id, (item, score))

    def build(group: tuple[str, Iterable[tuple[Bundle, float | None]]]) -> list[Out]:
        members = list(group[1])
        known = {b.article.id: s for b, s in members if s is not None}
        return story_outputs([b for b, _ in members], known)

    return (
        bundles.map(lambda b: (b.article.id, b))
        .leftOuterJoin(scores, n)
        .leftOuterJoin(labels, n)
        .map(keyed)
        .groupByKey(numPartitions=n)
        .flatMap(build)
    )


def _frame(spark: SparkSession, rows: RDD[Out], table: str, schema: Any) -> Any:
    names = [f.name for f in schema]

    def to_tuple(item: Out) -> tuple[Any, ...]:
        _table, date, row = item
        return (*(row.get(n) for n in names), date)

    return spark.createDataFrame(
        rows.filter(lambda item: item[0] == table).map(to_tuple), spark_schema(schema)
    )


def _write(spark: SparkSession, rows: RDD[Out], target: str) -> dict[str, int]:
    counts = dict.fromkeys(STORY_TABLES, 0)
    counts.update(rows.map(lambda item: (item[0], 1)).countByKey())
    for table, schema in table_schemas(STORY_TABLES).items():
        frame = _frame(spark, rows, table, schema)
        (
            frame.write.mode("overwrite")
            .option("partitionOverwriteMode", "static")
            .partitionBy(PARTITION_COLUMN)
            .parquet(f"{target}/{table}")
        )
    return {t: int(c) for t, c in counts.items()}


__all__ = ["run_spark_stories"]
