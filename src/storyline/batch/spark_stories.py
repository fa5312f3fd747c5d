"""The stories pass on Spark: :mod:`storyline.batch.storypass` over a batch output.

Jobs, after the batch tables are written (see docs/scaling.md, "Stories over a batch"):

1. **Bundle**: the tables articles, mentions, timexes, events and sentences, keyed by article id,
   rows as JSON, one JVM shuffle sorted by key, then ``mapInArrow`` -> a
   :class:`~storyline.batch.storypass.Bundle` per article (persisted).
2. **Statistics**: the batch's document frequencies (a 2^20 int32 array summed over partitions)
   and the block names of undated articles, both broadcast.
3. **Block + cluster**: ``flatMap(block_keys)`` -> ``groupByKey(block)`` -> the clusterer per
   block -> star edges and scores; undated articles' claims reduced to the best one.
4. **Reconcile**: connected components by min-label propagation over DataFrames, in the JVM
   (each round one join and one ``groupBy(min)``, checkpointed; rounds until no label changes:
   the longest chain of blocks in a story).
5. **Build + write**: bundles keyed by their component's seed, ``groupByKey``, ``build_story``,
   and the three story tables written with a static overwrite (a re-run replaces them whole).
"""

from __future__ import annotations

import json
import logging
import pickle
from collections.abc import Iterable, Iterator
from functools import partial, reduce
from itertools import groupby
from operator import itemgetter
from typing import Any

import numpy as np
import pyarrow as pa
from pyspark import RDD, Broadcast, StorageLevel
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

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
_EDGE = "src string, dst string"
_BUNDLE_BATCH = 256
_SEED = "id string, rank int, published string, seed string"


def _tagged(spark: SparkSession, target: str, table: str, schema: pa.Schema) -> DataFrame:
    """(key: article id, table, row as JSON, nulls kept) of one table of the batch output."""
    key = "id" if table == "articles" else "article_id"
    columns = [f.name for f in schema if (table, f.name) != ("articles", "minhash")]
    frame = spark.read.schema(spark_schema(schema)).parquet(f"{target}/{table}")
    row = F.to_json(F.struct(*columns), {"ignoreNullFields": "false"})
    return frame.select(F.col(key).alias("key"), F.lit(table).alias("table"), row.alias("row"))


def _bundles(spark: SparkSession, target: str, n: int) -> RDD[Bundle]:
    """The five tables' rows grouped by article id in the JVM (a shuffle of JSON strings,
    sorted by key), bundled per article in Python (``mapInArrow``)."""
    schemas = table_schemas(("articles", *_CHILDREN))
    frames = [_tagged(spark, target, t, s) for t, s in schemas.items()]
    tagged = reduce(DataFrame.union, frames)
    grouped = tagged.repartition(n, "key").sortWithinPartitions("key")
    bundled = grouped.mapInArrow(_bundle_batches, "item binary")
    return bundled.rdd.map(lambda row: pickle.loads(row[0]))


def _bundle_batches(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    rows = (
        (key, (table, json.loads(row)))
        for batch in batches
        for key, table, row in zip(*(c.to_pylist() for c in batch.columns), strict=True)
    )
    blobs: list[bytes] = []
    for key, group in groupby(rows, key=itemgetter(0)):
        for item in _bundle((key, (tagged for _k, tagged in group))):
            blobs.append(pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL))
        if len(blobs) >= _BUNDLE_BATCH:
            yield pa.RecordBatch.from_arrays([pa.array(blobs, pa.binary())], names=["item"])
            blobs = []
    if blobs:
        yield pa.RecordBatch.from_arrays([pa.array(blobs, pa.binary())], names=["item"])


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


def _propagate(
    spark: SparkSession, edges: RDD[tuple[str, str]], keys: RDD[tuple[str, SeedKey]]
) -> RDD[tuple[str, str]]:
    """Connected components, in the JVM: article id -> the id of the article with the smallest
    seed key in its component (min-label propagation over DataFrames; a seed key is a struct,
    compared field by field as Python compares the tuple; each round is checkpointed)."""
    pairs = spark.createDataFrame(edges, _EDGE)
    both = pairs.union(pairs.select(F.col("dst").alias("src"), F.col("src").alias("dst")))
    both = both.distinct().localCheckpoint()
    seeds = spark.createDataFrame(keys.map(lambda kv: (kv[0], *kv[1])), _SEED)
    label = F.struct("rank", "published", "seed").alias("label")
    labels = (
        both.select(F.col("src").alias("id")).distinct().join(seeds, "id").select("id", label)
    ).localCheckpoint()
    while True:
        moved = (
            both.alias("e")
            .join(labels.alias("l"), F.col("e.src") == F.col("l.id"))
            .select(F.col("e.dst").alias("id"), F.col("l.label").alias("label"))
        )
        new = labels.union(moved).groupBy("id").agg(F.min("label").alias("label"))
        new = new.localCheckpoint()
        changed = (
            new.alias("n")
            .join(labels.alias("o"), "id")
            .where(F.col("n.label") != F.col("o.label"))
            .count()
        )
        labels = new
        if not changed:
            break
    return labels.select("id", "label.seed").rdd.map(lambda row: (row[0], row[1]))


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
        labels = _propagate(spark, edges, bundles.map(lambda b: (b.article.id, b.key)))
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
