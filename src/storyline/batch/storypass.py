"""Stories over a batch output: blocking, clustering within blocks, reconciliation.

The functions here are shared by the local and the Spark engine (no Spark imports); the engines
only move the data (:mod:`storyline.batch.local_stories`, :mod:`storyline.batch.spark_stories`).

1. **Bundle** each article of the batch output with what the stories stage needs of it
   (:func:`bundle`): its :class:`~storyline.stories.StoryDoc` (canonical articles only), its
   events, entity mentions and the sentences its events cite.
2. **Block** (:func:`block_keys`): a canonical article is keyed by its publication-date window
   (``day // WINDOW_DAYS``, in its own window and the next one, so two articles at most
   ``WINDOW_DAYS`` apart always share one) times each of its ``BLOCK_ENTITIES`` most frequent
   entity names (an article without entity names gets the window's "no entity" block; an
   undated one the ``undated`` window).
3. **Cluster within a block** (:func:`cluster_block`): the stories stage's own
   :class:`~storyline.stories.StoryClusterer` with its default parameters, on the block's
   articles in the order ``storyline ingest`` uses (publication date, undated last, then id),
   in one batch, with the document frequencies of the **whole batch** (:func:`term_hasher`,
   summed over partitions) as the term statistics, as the local stage has them when it
   clusters a run in one batch. The result: local stories (member ids) and their scores.
4. **Reconcile**: an article in several blocks links their local stories; the connected
   components of that graph (plus the edge from each duplicate to its canonical article) are
   the stories. A story's seed is its first canonical article in the order above, its id
   ``stable_id("story", seed)`` (as the local stage names a story by its first article); an
   article's score is its best score over its blocks.
5. **Build** (:func:`story_outputs`): :func:`storyline.stories.build_story` (label, sources,
   key entities, the merged event timeline) and the rows of ``stories``, ``story_articles`` and
   ``story_events``, in the date partition of the story's ``first_seen``.

Every step is a pure function of the batch output, so both engines (and re-runs) give the same
stories. See docs/scaling.md for how this differs from one-process clustering.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from storyline.batch.work import UNKNOWN_DATE, Out
from storyline.records import Article, Event, Mention, PubDate, StoryReport, TimeExpr, stable_id
from storyline.store.rows import event_object
from storyline.store.stories import (
    event_record,
    report_membership,
    story_event_row,
    story_row,
)
from storyline.stories import NAME, ClusterParams, StoryClusterer, StoryDoc, build_story, story_doc
from storyline.stories.features import TermHasher, day_number
from storyline.stories.index import StoryIndex

#: The story tables a batch writes (the DuckDB tables of the same names).
STORY_TABLES = ("stories", "story_articles", "story_events")
#: Written in the ``clusterer`` columns: the stage's clusterer, run within blocks.
CLUSTERER = f"{NAME}+blocks.v1"
#: Width of a publication-date window, in days.
WINDOW_DAYS = 7
#: Entity names and countries per article that key its blocks.
BLOCK_ENTITIES = 3
BLOCK_COUNTRIES = 2
#: Larger blocks are not clustered (see :func:`keep_block`).
MAX_BLOCK = 2000
UNDATED = "undated"
#: Characters of an article's text kept for choosing the story label (as the local stage).
LEAD_CHARS = 600

#: Sort key of an article: (0 dated | 1 undated | 2 duplicate, published, id).
SeedKey = tuple[int, str, str]


@dataclass(frozen=True, slots=True)
class Bundle:
    """One article of a batch output with what the stories pass needs of it."""

    article: Article  # text cut to LEAD_CHARS
    doc: StoryDoc | None  # None for a duplicate
    events: tuple[Event, ...] = ()
    mentions: tuple[Mention, ...] = ()
    sentences: tuple[tuple[int, str], ...] = ()  # (index, text) of the sentences events cite

    @property
    def key(self) -> SeedKey:
        return seed_key(self.article)


@dataclass(frozen=True, slots=True)
class LocalStory:
    """A story found within one block: member ids (in seed order), their scores and whether
    each is dated."""

    members: tuple[str, ...]
    scores: tuple[float, ...]
    dated: tuple[bool, ...]


def seed_key(article: Article) -> SeedKey:
    """The order of ``storyline ingest``'s clustering (date, undated last, id); duplicates
    sort after every canonical article, so a story's seed is never a duplicate."""
    if article.duplicate_of:
        return (2, "", article.id)
    if article.published is None:
        return (1, "", article.id)
    return (0, article.published.date, article.id)


# --------------------------------------------------------------------------- 1. bundle


def article_record(row: Mapping[str, Any]) -> Article:
    """An ``articles`` row of the batch output as an :class:`Article`."""
    published = row.get("published")
    return Article(
        id=row["id"],
        document_id=row["document_id"],
        url=row.get("url"),
        source=row.get("source"),
        title=row.get("title"),
        published=PubDate(published, row.get("published_precision") or "day")
        if published
        else None,
        language=row.get("language"),
        authors=tuple(row.get("authors") or ()),
        text=row.get("text") or "",
        dup_key=row.get("dup_key") or "",
        duplicate_of=row.get("duplicate_of"),
    )


def _record(cls: Any, row: Mapping[str, Any]) -> Any:
    values = dict(row, start=row.get("start_char"), end=row.get("end_char"))
    return cls(**{f.name: values.get(f.name) for f in dataclasses.fields(cls)})


def bundle(
    article: Mapping[str, Any],
    mentions: Iterable[Mapping[str, Any]] = (),
    timexes: Iterable[Mapping[str, Any]] = (),
    events: Iterable[Mapping[str, Any]] = (),
    sentences: Iterable[Mapping[str, Any]] = (),
) -> Bundle:
    """Bundle an article row with the rows of its mentions, timexes, events and sentences."""
    record = article_record(article)
    spans: list[Mention] = sorted(
        (_record(Mention, m) for m in mentions), key=lambda m: (m.start, m.id)
    )
    times: list[TimeExpr] = sorted(
        (_record(TimeExpr, t) for t in timexes), key=lambda t: (t.start, t.id)
    )
    coded = sorted((event_record(event_object(dict(e))) for e in events), key=lambda e: e.id)
    cited = {v.sentence for e in coded for v in e.evidence}
    kept = sorted((int(s["idx"]), str(s["text"])) for s in sentences if s["idx"] in cited)
    doc = None if record.duplicate_of else story_doc(record, spans, times)
    if record.duplicate_of:
        coded, spans, kept = [], [], []  # a duplicate has no events of its own
    short = replace(record, text=record.text[:LEAD_CHARS])
    return Bundle(short, doc, tuple(coded), tuple(spans), tuple(kept))


# --------------------------------------------------------------------------- 2-3. block, cluster


def block_names(doc: StoryDoc) -> list[str]:
    """What keys an article's blocks besides its date: its ``BLOCK_ENTITIES`` most frequent
    entity names (``e:...``) and ``BLOCK_COUNTRIES`` most mentioned countries (``c:...``)."""
    names, countries = Counter(doc.entities), Counter(doc.countries)
    top = sorted(names, key=lambda e: (-names[e], e))[:BLOCK_ENTITIES]
    where = sorted(countries, key=lambda c: (-countries[c], c))[:BLOCK_COUNTRIES]
    return [f"e:{e}" for e in top] + [f"c:{c}" for c in where] or ["-"]


def undated_names(docs: Iterable[StoryDoc]) -> frozenset[str]:
    """The block names of the undated articles (dated articles meet them in those blocks)."""
    return frozenset(n for d in docs if day_number(d.published) is None for n in block_names(d))


def block_keys(doc: StoryDoc, undated: frozenset[str] = frozenset()) -> list[str]:
    """The blocks of a canonical article: its two date windows x its block names; plus, for
    the names of ``undated`` articles, their ``undated`` block."""
    day = day_number(doc.published)
    names = block_names(doc)
    if day is None:
        return [f"{UNDATED}|{n}" for n in names]
    windows = (day // WINDOW_DAYS, day // WINDOW_DAYS + 1)
    keys = [f"{w}|{n}" for w in windows for n in names]
    return keys + [f"{UNDATED}|{n}" for n in names if n in undated]


def keep_block(key: str, size: int) -> bool:
    """Blocks over ``MAX_BLOCK`` articles are dropped (a name too common to discriminate,
    e.g. a country on a busy day): their articles still meet in their other blocks."""
    return size <= MAX_BLOCK


def doc_key(doc: StoryDoc) -> SeedKey:
    return (0, doc.published, doc.article_id) if doc.published else (1, "", doc.article_id)


def doc_frequencies(docs: Iterable[StoryDoc], *, chunk: int = 1000) -> tuple[np.ndarray, int]:
    """The document frequencies of ``docs`` (the clusterer's hashed terms) and their number."""
    hasher = TermHasher()
    batch: list[StoryDoc] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= chunk:
            hasher.observe(hasher.counts(batch))
            batch = []
    hasher.observe(hasher.counts(batch))
    return hasher.df, hasher.n_docs


def term_hasher(df: np.ndarray, n_docs: int) -> TermHasher:
    """A term hasher with the batch's statistics (a private copy: clustering updates it)."""
    return TermHasher(np.array(df, dtype=np.int32), n_docs)


def cluster_block(
    docs: Iterable[StoryDoc], hasher: TermHasher, params: ClusterParams | None = None
) -> list[LocalStory]:
    """The stories of one block: the stage's clusterer over its articles in seed order, with
    the batch's term statistics (``hasher``, left as it was found)."""
    ordered = sorted({d.article_id: d for d in docs}.values(), key=doc_key)
    if len(ordered) == 1:
        return []  # a story of one article links nothing
    # the clusterer adds the block's documents to the statistics: take them out first, so
    # the IDF is the batch's (and the hasher is the batch's again afterwards)
    for words, names in hasher.counts(ordered):
        hasher.df[np.fromiter({*words, *names}, dtype=np.int64)] -= 1
    hasher.n_docs -= len(ordered)
    assignments = StoryClusterer(StoryIndex(hasher=hasher), params).assign(ordered)
    dated = {d.article_id: d.published is not None for d in ordered}
    members: dict[str, list[tuple[str, float]]] = {}
    for a in assignments:
        members.setdefault(a.story_id, []).append((a.article_id, a.score))
    return [
        LocalStory(
            tuple(i for i, _ in found),
            tuple(s for _, s in found),
            tuple(dated[i] for i, _ in found),
        )
        for found in members.values()
    ]


#: An undated article's claim on a story of an undated block: (score, the story's members).
Claim = tuple[float, tuple[str, ...]]


def block_links(
    key: str, stories: Iterable[LocalStory]
) -> tuple[list[LocalStory], list[tuple[str, Claim]]]:
    """What a block's stories link: in a dated block, all of them; in an ``undated`` block
    (dated articles meet the undated ones there, whatever their dates), only claims of the
    undated members: each undated article then joins its best-scoring story only
    (:func:`best_claim`), so it cannot chain stories months apart."""
    found = list(stories)
    if not key.startswith(f"{UNDATED}|"):
        return found, []
    claims = [
        (m, (score, story.members))
        for story in found
        for m, score, dated in zip(story.members, story.scores, story.dated, strict=True)
        if not dated and len(story.members) > 1
    ]
    return [], claims


def best_claim(a: Claim, b: Claim) -> Claim:
    return max(a, b)


def story_edges(members: Sequence[str]) -> list[tuple[str, str]]:
    """Star edges from each member to the first one (connected components need no more)."""
    return [(m, members[0]) for m in members[1:]]


def member_scores(story: LocalStory) -> list[tuple[str, float]]:
    return list(zip(story.members, story.scores, strict=True))


def duplicate_edge(item: Bundle) -> list[tuple[str, str]]:
    canonical = item.article.duplicate_of
    return [(item.article.id, canonical)] if canonical else []


# --------------------------------------------------------------------------- 4. reconcile


def components(edges: Iterable[tuple[str, str]], keys: Mapping[str, SeedKey]) -> dict[str, str]:
    """Article id -> id of the smallest (by seed key) article of its connected component,
    for every article on an edge (union-find; the in-process twin of Spark's propagation)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def rank(x: str) -> SeedKey:
        return keys.get(x, (3, "", x))

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            low, high = (ra, rb) if rank(ra) <= rank(rb) else (rb, ra)
            parent[high] = low
    return {x: find(x) for x in list(parent)}


# --------------------------------------------------------------------------- 5. build


def _report(item: Bundle, story_id: str, seed: str, score: float | None) -> StoryReport:
    article = item.article
    role = "duplicate" if article.duplicate_of else "seed" if article.id == seed else "member"
    return StoryReport(
        story_id=story_id,
        article_id=article.id,
        source=article.source,
        published=article.published.date if article.published else None,
        title=article.title,
        score=1.0 if article.duplicate_of or score is None else float(score),
        role=role,
        duplicate_of=article.duplicate_of,
    )


def story_outputs(items: Iterable[Bundle], scores: Mapping[str, float]) -> list[Out]:
    """The rows of one story (its members' bundles; ``scores`` by article id)."""
    members = sorted(items, key=lambda b: b.key)
    seed = members[0].article.id
    story_id = stable_id("story", seed)
    reports = [_report(b, story_id, seed, scores.get(b.article.id)) for b in members]
    story = build_story(
        story_id,
        reports,
        [e for b in members for e in b.events],
        [m for b in members for m in b.mentions],
        clusterer=CLUSTERER,
        texts={b.article.id: b.article.text for b in members},
        sentences={(b.article.id, i): text for b in members for i, text in b.sentences},
    )
    date = story.first_seen or UNKNOWN_DATE
    out: list[Out] = [("stories", date, story_row(story))]
    out.extend(("story_articles", date, report_membership(r, clusterer=CLUSTERER)) for r in reports)
    out.extend(("story_events", date, story_event_row(e)) for e in story.events)
    return out


def stories_of(bundles: Sequence[Bundle], params: ClusterParams | None = None) -> list[Out]:
    """The whole pass in this process (the local engine)."""
    docs = [b.doc for b in bundles if b.doc is not None]
    hasher = term_hasher(*doc_frequencies(docs))
    undated = undated_names(docs)
    blocks: dict[str, list[StoryDoc]] = {}
    for doc in docs:
        for key in block_keys(doc, undated):
            blocks.setdefault(key, []).append(doc)
    edges: list[tuple[str, str]] = [e for b in bundles for e in duplicate_edge(b)]
    scores: dict[str, float] = {}
    claims: dict[str, Claim] = {}
    for key in sorted(k for k, v in blocks.items() if keep_block(k, len(v))):
        linked, claimed = block_links(key, cluster_block(blocks[key], hasher, params))
        for story in linked:
            edges.extend(story_edges(story.members))
            for article_id, score in member_scores(story):
                scores[article_id] = max(score, scores.get(article_id, score))
        for article_id, claim in claimed:
            claims[article_id] = best_claim(claim, claims.get(article_id, claim))
    for article_id, (score, members) in sorted(claims.items()):
        edges.extend(story_edges(members))
        scores[article_id] = max(score, scores.get(article_id, score))
    labels = components(edges, {b.article.id: b.key for b in bundles})
    groups: dict[str, list[Bundle]] = {}
    for item in bundles:
        groups.setdefault(labels.get(item.article.id, item.article.id), []).append(item)
    return [
        row for _label, members in sorted(groups.items()) for row in story_outputs(members, scores)
    ]
