"""``tfidf-avglink.v1``: incremental story clustering.

Each call to :meth:`StoryClusterer.assign` takes a batch of articles (in input order) and

1. **groups the batch** by average-linkage agglomerative clustering (scipy) over the pairwise
   similarity :func:`pair_similarity`; groups are cut where the mean similarity between two
   groups falls below ``batch_threshold``. Batches over ``max_batch`` articles are split into
   chunks of that size (the pairwise matrix is quadratic).
2. **joins each group** (in order of its first article) to the best *open* story of the
   :class:`~storyline.stories.index.StoryIndex` -- candidates are the stories that share the
   group's strongest terms -- when the similarity of the group's mean vector to the story
   centroid reaches ``join_threshold``; otherwise the group starts a new story, whose id is
   ``stable_id("story", first article id)``.

Similarity (documents, groups or stories alike)::

    (1 - entity_share) * cosine(word TF-IDF) + entity_share * cosine(entity-name TF-IDF)
      - year_penalty   if both have years (stated in the text, or the publication year) and
                       none within year_slack of the other's (different instances of the same
                       kind of event: last year's strike, the previous fight)
      - time_penalty * days apart / window_days      (publication dates)

and nothing is joined across more than ``window_days`` of publication dates. When either
side has no entity names, the word cosine alone is used.

**Languages.** Words are compared only within a language (:attr:`StoryDoc.language`): two
articles in different languages never group within a batch, the groups of the batch's main
language are joined first, and a group in another language joins the story whose entity names
are closest -- entity cosine alone, against ``cross_language_threshold`` -- or starts a story.

**Order and determinism.** The same input in the same order (and the same batches) gives the
same stories. Decisions are final: a story is never split or re-clustered, so smaller batches
give a more order-dependent result (``storyline eval stories`` reports both the one-batch and a
streaming score). Articles may arrive out of date order: a late article joins an open story as
long as it is within ``window_days`` of the story's date range (the range widens backwards). A
story is closed -- dropped from the index, kept in the store -- once the newest date seen is
more than ``retention_days`` past its last day; a late article about a closed story starts a
new story.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix
from scipy.spatial.distance import squareform

from storyline.records import stable_id
from storyline.stories.features import N_FEATURES, StoryDoc, Vector, day_number
from storyline.stories.index import OpenStory, StoryIndex

NAME = "tfidf-avglink.v1"
QUERY_TERMS = 20
CANDIDATES = 40
LINKAGE = "average"  # scipy linkage method of the within-batch grouping


@dataclass(frozen=True, slots=True)
class ClusterParams:
    """Tunables of :class:`StoryClusterer` (measured on ECB+, Giveme5W1H and the corpus)."""

    batch_threshold: float = 0.11
    join_threshold: float = 0.30
    entity_share: float = 0.3
    year_penalty: float = 0.45
    year_slack: int = 1  # years this close count as shared (New Year, late reports)
    time_penalty: float = 0.1
    window_days: int = 365
    retention_days: int = 400
    max_batch: int = 2000
    embedding_weight: float = 0.0  # > 0 adds weight * (embedding cosine - embedding_center)
    embedding_center: float = 0.5
    cross_language_threshold: float = 0.1  # join threshold on names alone (other language)


@dataclass(frozen=True, slots=True)
class Assignment:
    """The story an article joined; ``score`` = its similarity to the story centroid."""

    article_id: str
    story_id: str
    score: float
    new: bool  # the article's group started the story


@dataclass(slots=True)
class _Group:
    members: list[int]
    vector: Vector
    entities: Counter[str]
    years: set[int]
    days: list[int]
    embedding: list[float] | None
    language: str | None  # the members' language when they share one


class StoryClusterer:
    """Assigns batches of articles to stories, updating a :class:`StoryIndex` in place."""

    name = NAME

    def __init__(self, index: StoryIndex | None = None, params: ClusterParams | None = None):
        self.index = index if index is not None else StoryIndex()
        self.params = params or ClusterParams()

    def assign(self, docs: Sequence[StoryDoc]) -> list[Assignment]:
        """Cluster ``docs`` into the open stories (or new ones); one assignment per doc."""
        out: list[Assignment] = []
        step = max(1, self.params.max_batch)
        for start in range(0, len(docs), step):
            out.extend(self._assign_chunk(docs[start : start + step]))
        self.index.close_older_than(self.params.retention_days)
        return out

    def _assign_chunk(self, docs: Sequence[StoryDoc]) -> list[Assignment]:
        hasher = self.index.hasher
        counts = hasher.counts(docs)
        hasher.observe(counts)
        vectors = [hasher.weigh(words, names) for words, names in counts]
        days = [day_number(d.published) for d in docs]
        result: dict[int, Assignment] = {}
        fresh: set[str] = set()  # stories started by this chunk: its grouping kept them apart
        for members in self._groups(docs, vectors, days):
            group = _group(members, docs, vectors, days)
            story, new = self._join(group, docs[members[0]].article_id, fresh)
            if new:
                fresh.add(story.id)
            for i in members:
                story.add(
                    vectors[i],
                    Counter(docs[i].entities),
                    days[i],
                    docs[i].years,
                    language=docs[i].language,
                )
            if group.embedding is not None:
                story.embedding = _add(story.embedding, group.embedding)
            self.index.post(story)
            for i in members:
                cross = _cross_language(docs[i].language, story)
                score = similarity(vectors[i], story, self.params.entity_share, cross=cross)
                result[i] = Assignment(docs[i].article_id, story.id, round(score, 4), new)
        known = [d for d in days if d is not None]
        if known:
            newest = self.index.newest_day
            self.index.newest_day = max(known) if newest is None else max(newest, *known)
        return [result[i] for i in range(len(docs))]

    # ----------------------------------------------------------------- batch grouping
    def _groups(
        self, docs: Sequence[StoryDoc], vectors: list[Vector], days: list[int | None]
    ) -> list[list[int]]:
        if len(docs) == 1:
            return [[0]]
        sim = pair_similarity(docs, vectors, days, self.params)
        languages = Counter(d.language for d in docs if d.language)
        main = min(languages, key=lambda k: (-languages[k], k)) if languages else None
        dist = np.clip(1.0 - sim, 0.0, None)
        np.fill_diagonal(dist, 0.0)
        tree = linkage(squareform(dist, checks=False), method=LINKAGE)
        labels = fcluster(tree, 1.0 - self.params.batch_threshold, criterion="distance")
        groups: dict[int, list[int]] = {}
        for i, label in enumerate(labels):
            groups.setdefault(int(label), []).append(i)
        # the main language's groups first: a group in another language then finds their stories
        return sorted(
            groups.values(), key=lambda g: (docs[g[0]].language not in (main, None), g[0])
        )

    # ----------------------------------------------------------------- joining stories
    def _join(self, group: _Group, first_article: str, fresh: set[str]) -> tuple[OpenStory, bool]:
        best, best_margin = None, -math.inf
        for sid in self.index.candidates(_query(group.vector), CANDIDATES):
            story = self.index.stories[sid]
            cross = _cross_language(group.language, story)
            if sid in fresh and not cross:
                continue
            threshold = (
                self.params.cross_language_threshold if cross else self.params.join_threshold
            )
            margin = self._story_score(group, story) - threshold
            if margin > best_margin:
                best, best_margin = story, margin
        if best is not None and best_margin >= 0:
            return best, False
        story = OpenStory(id=stable_id("story", first_article), seed=first_article)
        self.index.stories[story.id] = story
        return story, True

    def _story_score(self, group: _Group, story: OpenStory) -> float:
        p = self.params
        gap = _range_gap(group.days, story)
        if gap is not None and gap > p.window_days:
            return -math.inf
        cross = _cross_language(group.language, story)
        score = similarity(group.vector, story, p.entity_share, cross=cross)
        if _years_conflict(group.years, set(story.years), p.year_slack):
            score -= p.year_penalty
        if gap:
            score -= p.time_penalty * gap / p.window_days
        if p.embedding_weight and not cross and group.embedding and story.embedding:
            # sentences in two languages are not comparable for an English model either
            cosine = _cosine(group.embedding, story.embedding)
            score += p.embedding_weight * (cosine - p.embedding_center)
        return score


def similarity(
    vector: Vector, story: OpenStory, entity_share: float, *, cross: bool = False
) -> float:
    """Word/entity cosine of a (document or group) vector and a story centroid; ``cross``
    (the two are in different languages): the entity cosine alone when both have names."""
    centroid = story.centroid
    dot_w = dot_e = 0.0
    has_entities = False
    for k, v in vector.items():
        if k >= N_FEATURES:
            has_entities = True
        c = centroid.get(k)
        if c is not None:
            if k < N_FEATURES:
                dot_w += v * c
            else:
                dot_e += v * c
    words = dot_w / (story.norm * _word_norm(vector)) if story.norm else 0.0
    if not (has_entities and story.entity_norm and entity_share):
        return words
    names = dot_e / (story.entity_norm * _entity_norm(vector))
    if cross:
        return names
    return (1 - entity_share) * words + entity_share * names


def _cross_language(language: str | None, story: OpenStory) -> bool:
    main = story.language
    return bool(language and main and language != main)


def _word_norm(vector: Vector) -> float:
    return math.sqrt(sum(v * v for k, v in vector.items() if k < N_FEATURES)) or 1.0


def _entity_norm(vector: Vector) -> float:
    return math.sqrt(sum(v * v for k, v in vector.items() if k >= N_FEATURES)) or 1.0


def pair_similarity(
    docs: Sequence[StoryDoc], vectors: list[Vector], days: list[int | None], p: ClusterParams
) -> np.ndarray:
    """The dense pairwise similarity matrix of a batch (see the module docstring)."""
    words, names = _matrices(vectors)
    sim_w = (words @ words.T).toarray()
    sim_e = (names @ names.T).toarray()
    has = np.asarray(names.getnnz(axis=1) > 0)
    both = np.outer(has, has)
    sim = np.where(both, (1 - p.entity_share) * sim_w + p.entity_share * sim_e, sim_w)
    sim -= p.year_penalty * _year_conflicts(docs, p.year_slack)
    known = np.array([d is not None for d in days])
    if known.any():
        day = np.array([d if d is not None else 0 for d in days], dtype=np.float64)
        gap = np.abs(day[:, None] - day[None, :]) * np.outer(known, known)
        sim -= p.time_penalty * np.minimum(gap, p.window_days) / p.window_days
        sim[gap > p.window_days] = -1.0
    if p.embedding_weight and all(d.embedding is not None for d in docs):
        emb = np.array([d.embedding for d in docs], dtype=np.float64)
        sim += p.embedding_weight * (emb @ emb.T - p.embedding_center)
    sim[_language_differs(docs)] = -1.0  # grouped per language; joined through names
    return np.asarray(sim, dtype=np.float64)


def _matrices(vectors: list[Vector]) -> tuple[csr_matrix, csr_matrix]:
    rows: tuple[list[int], list[int]] = ([], [])
    cols: tuple[list[int], list[int]] = ([], [])
    vals: tuple[list[float], list[float]] = ([], [])
    for i, vector in enumerate(vectors):
        for k, v in vector.items():
            part = 1 if k >= N_FEATURES else 0
            rows[part].append(i)
            cols[part].append(k - part * N_FEATURES)
            vals[part].append(v)
    shape = (len(vectors), N_FEATURES)
    return (
        csr_matrix((vals[0], (rows[0], cols[0])), shape=shape),
        csr_matrix((vals[1], (rows[1], cols[1])), shape=shape),
    )


def _language_differs(docs: Sequence[StoryDoc]) -> np.ndarray:
    """True where both documents state a language and the two differ (their words are not
    comparable; entity names and countries are)."""
    codes = sorted({d.language for d in docs if d.language})
    if len(codes) < 2:
        return np.zeros((len(docs), len(docs)), dtype=bool)
    lang = np.array([codes.index(d.language) if d.language else -1 for d in docs])
    known = lang >= 0
    return np.asarray(np.outer(known, known) & (lang[:, None] != lang[None, :]), dtype=bool)


def _year_conflicts(docs: Sequence[StoryDoc], slack: int) -> np.ndarray:
    """1 where both documents have years and none within ``slack`` of the other's, else 0."""
    offsets = range(-slack, slack + 1)
    years = sorted({y + k for d in docs for y in d.years for k in offsets})
    n = len(docs)
    if not years:
        return np.zeros((n, n))
    column = {y: j for j, y in enumerate(years)}
    multi = np.zeros((n, len(years)))
    near = np.zeros((n, len(years)))
    for i, d in enumerate(docs):
        for y in d.years:
            multi[i, column[y]] = 1.0
            for k in offsets:
                near[i, column[y + k]] = 1.0
    has = multi.any(axis=1)
    shared = near @ multi.T
    return np.asarray(np.outer(has, has) & (shared == 0), dtype=np.float64)


def _group(
    members: list[int], docs: Sequence[StoryDoc], vectors: list[Vector], days: list[int | None]
) -> _Group:
    total: dict[int, float] = {}
    entities: Counter[str] = Counter()
    years: set[int] = set()
    embedding: list[float] | None = None
    for i in members:
        for k, v in vectors[i].items():
            total[k] = total.get(k, 0.0) + v / len(members)
        entities.update(docs[i].entities)
        years.update(docs[i].years)
        if (vector := docs[i].embedding) is not None:
            embedding = _add(embedding, vector)
    known = [d for i in members if (d := days[i]) is not None]
    languages = {docs[i].language for i in members}
    language = languages.pop() if len(languages) == 1 else None
    return _Group(members, total, entities, years, known, embedding, language)


def _years_conflict(a: set[int], b: set[int], slack: int) -> bool:
    return bool(a and b) and not any(abs(x - y) <= slack for x in a for y in b)


def _range_gap(days: list[int], story: OpenStory) -> int | None:
    if not days or story.first_day is None or story.last_day is None:
        return None
    return max(0, story.first_day - max(days), min(days) - story.last_day)


def _query(vector: Vector) -> list[int]:
    """Candidate-retrieval terms: the strongest terms, plus the strongest entity names (which
    find stories in another language)."""
    names = {k: v for k, v in vector.items() if k >= N_FEATURES}
    return list(dict.fromkeys(_top(vector, QUERY_TERMS) + _top(names, QUERY_TERMS // 2)))


def _top(vector: Vector, n: int) -> list[int]:
    return [k for k, _ in sorted(vector.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def _add(total: list[float] | None, vector: Sequence[float]) -> list[float]:
    if total is None:
        return list(vector)
    return [a + b for a, b in zip(total, vector, strict=True)]


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0
