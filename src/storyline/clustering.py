"""Runs the stories stage against the store: near-duplicate lookups and story updates.

:class:`StoryUpdater` is what the pipeline (automatically, after each ingest run) and
``storyline cluster`` use. It loads the clustering state (:class:`StoryIndex`) from the store,
clusters the new canonical articles of a run in one batch (oldest first), puts duplicates in
the story of their canonical article, saves the state, rebuilds the records of every story
that changed (label, sources, dates, key entities, merged event timeline) and relinks the stored
storylines (:mod:`storyline.store.storylines`). The stage functions it calls never touch the
store.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from storyline.errors import ConfigError
from storyline.records import Article, stable_id
from storyline.settings import Settings
from storyline.store import Store
from storyline.store import stories as story_store
from storyline.store.rows import Row
from storyline.store.storylines import (
    ensure_storylines,
    main_countries,
    relink_storylines,
    storylines_stale,
)
from storyline.stories import (
    NAME,
    ClusterParams,
    NearDuplicateIndex,
    StoryClusterer,
    StoryDoc,
    StoryIndex,
    build_story,
)
from storyline.stories.embeddings import require_embeddings
from storyline.stories.neardup import DEFAULT_THRESHOLD

log = logging.getLogger(__name__)

EMBEDDING_NAME = "tfidf-avglink-emb.v1"
EMBEDDING_WEIGHT = 0.3
CLUSTERERS = (NAME, EMBEDDING_NAME, "none")


def cluster_params(settings: Settings) -> ClusterParams:
    """The clusterer's parameters for the ``stories`` setting (checks the embeddings extra)."""
    if settings.stories == EMBEDDING_NAME:
        require_embeddings()
        return ClusterParams(embedding_weight=EMBEDDING_WEIGHT)
    return ClusterParams()


def embed_docs(docs: Sequence[StoryDoc], params: ClusterParams, embedder: Any = None) -> Any:
    """``(docs with embeddings, the embedder)`` when ``params`` use embeddings, else as given."""
    if not params.embedding_weight:
        return list(docs), embedder
    if embedder is None:
        from storyline.stories.embeddings import Embedder

        embedder = Embedder()
    return list(embedder.embed(docs)), embedder


@dataclass(slots=True)
class StoryUpdate:
    """What one story update did."""

    articles: int = 0  # articles placed in stories (duplicates included)
    new_stories: int = 0
    updated_stories: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {
            "articles": self.articles,
            "new_stories": self.new_stories,
            "updated_stories": len(self.updated_stories),
        }


class StoryUpdater:
    """Near-duplicate index and story clustering for one store."""

    def __init__(self, settings: Settings, store: Store) -> None:
        if settings.stories not in CLUSTERERS:
            raise ConfigError(
                f"unknown stories component {settings.stories!r}; "
                f"available: {', '.join(CLUSTERERS)}"
            )
        self.settings = settings
        self.store = store
        self.enabled = settings.stories != "none"
        self._near: NearDuplicateIndex | None = None
        self._embedder: Any = None
        self.params = cluster_params(settings)

    # ----------------------------------------------------------------- near-duplicates
    @property
    def near_duplicates(self) -> NearDuplicateIndex:
        if self._near is None:
            self._near = story_store.near_duplicate_index(self.store, threshold=DEFAULT_THRESHOLD)
        return self._near

    def near_duplicate_of(self, article: Article) -> tuple[str, float] | None:
        """``(canonical id, similarity)`` when ``article`` nearly copies a known article."""
        return self.near_duplicates.find(article.id, article.minhash)

    def add_canonical(self, article: Article) -> None:
        self.near_duplicates.add(article.id, article.minhash)

    # ----------------------------------------------------------------- stories
    def update(self, article_ids: Sequence[str]) -> StoryUpdate:
        """Place the given stored articles (those in no story yet) into stories."""
        result = StoryUpdate()
        if not self.enabled or not article_ids:
            return result
        ids = story_store.unassigned(self.store, list(dict.fromkeys(article_ids)))
        if not ids:
            with self.store.transaction():
                ensure_storylines(self.store)  # e.g. stories loaded without their storylines
            return result
        links = story_store.article_links(self.store, ids)
        canonical = [i for i in ids if links.get(i) is None]
        index = story_store.load_index(self.store) or StoryIndex()
        clusterer = StoryClusterer(index, self.params)
        assignments = clusterer.assign(self._embed(story_store.story_docs(self.store, canonical)))
        rows = [
            story_store.membership_row(
                a.article_id,
                a.story_id,
                score=a.score,
                role="seed" if a.story_id == stable_id("story", a.article_id) else "member",
                clusterer=clusterer.name,
            )
            for a in assignments
        ]
        placed = {a.article_id: a.story_id for a in assignments}
        rows.extend(self._duplicate_rows(links, placed, clusterer.name))
        result.articles = len(rows)
        result.new_stories = len({a.story_id for a in assignments if a.new})
        result.updated_stories = sorted({str(r["story_id"]) for r in rows})
        self._save(rows, index, clusterer.name, result.updated_stories)
        log.info("stories: %s", result.as_dict())
        return result

    def _save(self, rows: list[Row], index: StoryIndex, clusterer: str, updated: list[str]) -> None:
        """Write the memberships, the clustering state, the changed stories and the storylines
        of their main countries (before and after the change), in one transaction."""
        with self.store.transaction():
            stale = storylines_stale(self.store)  # then relink every story
            before = main_countries(self.store, updated)
            story_store.write_memberships(self.store, rows)
            story_store.save_index(self.store, index, clusterer=clusterer)
            self._rebuild(updated, clusterer)
            countries = None if stale else before | main_countries(self.store, updated)
            relink_storylines(self.store, countries=countries, stories=updated)

    def _embed(self, docs: list[StoryDoc]) -> list[StoryDoc]:
        embedded, self._embedder = embed_docs(docs, self.params, self._embedder)
        return list(embedded)

    def _duplicate_rows(
        self, links: dict[str, str | None], placed: dict[str, str], clusterer: str
    ) -> list[Row]:
        duplicates = {i: c for i, c in links.items() if c is not None}
        known = story_store.story_of(self.store, sorted(set(duplicates.values())))
        rows: list[Row] = []
        for article_id, canonical in sorted(duplicates.items()):
            story = placed.get(canonical) or known.get(canonical)
            if story is None:
                log.warning("duplicate %s: its canonical %s is in no story", article_id, canonical)
                continue
            rows.append(
                story_store.membership_row(
                    article_id, story, score=1.0, role="duplicate", clusterer=clusterer
                )
            )
        return rows

    def _rebuild(self, story_ids: Sequence[str], clusterer: str) -> None:
        built = []
        for story_id in story_ids:
            inputs = story_store.story_inputs(self.store, story_id)
            built.append(
                build_story(
                    story_id,
                    inputs.reports,
                    inputs.events,
                    inputs.mentions,
                    clusterer=clusterer,
                    texts=inputs.texts,
                    sentences=inputs.sentences,
                )
            )
        story_store.write_stories(self.store, built)

    def rebuild_all(self) -> StoryUpdate:
        """Forget every story and cluster all stored articles again (oldest first)."""
        with self.store.transaction():
            story_store.delete_all(self.store)
        return self.update(story_store.all_article_ids(self.store))
