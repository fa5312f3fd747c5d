"""The clustering state: open stories with their centroids, entities and time ranges.

:class:`StoryIndex` is what makes clustering incremental. It holds, for every *open* story, the
centroid of its members' TF-IDF vectors (pruned to :data:`CENTROID_TERMS` terms), its entity
counts, the first and last publication day, its size; an inverted index from a story's strongest
terms to the story (candidate retrieval without comparing against every story); and the
document frequencies of the :class:`~storyline.stories.features.TermHasher`.

A story is *closed* (dropped from the index, its record stays in the store) when its last
member is more than ``retention_days`` older than the newest publication day seen. Memory is
therefore bounded by the stories of the recent window, not by the size of the stream.

The state serializes to bytes (:meth:`StoryIndex.to_bytes`: zlib-compressed JSON plus the
document-frequency array; no pickle), which the pipeline stores in the database between runs.
"""

from __future__ import annotations

import io
import json
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from storyline.errors import StoreError
from storyline.stories.features import N_FEATURES, TermHasher, Vector

CENTROID_TERMS = 200  # terms kept per story centroid
POSTING_TERMS = 12  # strongest terms of a story entered in the inverted index
POSTING_NAMES = 6  # plus its strongest entity names (found by articles in other languages)
POSTING_CAP = 400  # newest stories kept per posting list
ENTITY_CAP = 60  # entity names kept per story
FORMAT = 1


@dataclass(slots=True)
class OpenStory:
    """The mutable state of one open story."""

    id: str
    seed: str  # id of the first article
    size: int = 0
    centroid: Vector = field(default_factory=dict)  # sum of member unit vectors, pruned
    norm: float = 0.0  # of the word part of the centroid
    entity_norm: float = 0.0  # of the entity part (keys >= N_FEATURES)
    entities: Counter[str] = field(default_factory=Counter)
    first_day: int | None = None
    last_day: int | None = None
    embedding: list[float] | None = None  # sum of member embeddings
    years: Counter[int] = field(default_factory=Counter)  # years stated by the members
    languages: Counter[str] = field(default_factory=Counter)  # languages of the members

    def add(
        self,
        vector: Vector,
        entities: Counter[str],
        day: int | None,
        years: Iterable[int] = (),
        *,
        language: str | None = None,
    ) -> None:
        self.size += 1
        self.years.update(years)
        if language:
            self.languages[language] += 1
        for k, v in vector.items():
            self.centroid[k] = self.centroid.get(k, 0.0) + v
        if len(self.centroid) > CENTROID_TERMS * 2:
            self.prune()
        self.renorm()
        self.entities.update(entities)
        if len(self.entities) > ENTITY_CAP * 2:
            self.entities = Counter(dict(self.entities.most_common(ENTITY_CAP)))
        if day is not None:
            self.first_day = day if self.first_day is None else min(self.first_day, day)
            self.last_day = day if self.last_day is None else max(self.last_day, day)

    @property
    def language(self) -> str | None:
        """The language of most members (ties: alphabetical), or None when none is known."""
        if not self.languages:
            return None
        return min(self.languages, key=lambda k: (-self.languages[k], k))

    def renorm(self) -> None:
        words = sum(v * v for k, v in self.centroid.items() if k < N_FEATURES)
        names = sum(v * v for k, v in self.centroid.items() if k >= N_FEATURES)
        self.norm, self.entity_norm = float(np.sqrt(words)), float(np.sqrt(names))

    def prune(self) -> None:
        top = sorted(self.centroid.items(), key=lambda kv: (-kv[1], kv[0]))[:CENTROID_TERMS]
        self.centroid = dict(top)

    def top_terms(self, n: int = POSTING_TERMS, names: int = POSTING_NAMES) -> list[int]:
        """The ``n`` strongest terms of the centroid, then its ``names`` strongest entity names."""
        ranked = sorted(self.centroid.items(), key=lambda kv: (-kv[1], kv[0]))
        top = [k for k, _ in ranked[:n]]
        top += [k for k, _ in ranked if k >= N_FEATURES and k not in top][:names]
        return top

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "seed": self.seed,
            "size": self.size,
            "centroid": [[k, round(v, 6)] for k, v in sorted(self.centroid.items())],
            "entities": sorted(self.entities.items()),
            "first_day": self.first_day,
            "last_day": self.last_day,
            "embedding": self.embedding,
            "years": sorted(self.years.items()),
            "languages": sorted(self.languages.items()),
        }

    @staticmethod
    def from_json(data: dict[str, object]) -> OpenStory:
        story = OpenStory(id=str(data["id"]), seed=str(data["seed"]), size=int(data["size"]))  # type: ignore[call-overload]
        story.centroid = {int(k): float(v) for k, v in data["centroid"]}  # type: ignore[attr-defined]
        story.renorm()
        story.entities = Counter({str(k): int(v) for k, v in data["entities"]})  # type: ignore[attr-defined]
        story.first_day = data["first_day"]  # type: ignore[assignment]
        story.last_day = data["last_day"]  # type: ignore[assignment]
        story.embedding = data.get("embedding")  # type: ignore[assignment]
        story.years = Counter({int(k): int(v) for k, v in data.get("years", [])})  # type: ignore[attr-defined]
        story.languages = Counter({str(k): int(v) for k, v in data.get("languages", [])})  # type: ignore[attr-defined]
        return story


@dataclass(slots=True)
class StoryIndex:
    """Open stories, their inverted index and the term statistics; see the module docstring."""

    hasher: TermHasher = field(default_factory=TermHasher)
    stories: dict[str, OpenStory] = field(default_factory=dict)
    postings: dict[int, list[str]] = field(default_factory=dict)
    newest_day: int | None = None
    closed: int = 0  # stories dropped from the index so far
    _stale: int = 0  # closed stories possibly still in posting lists

    def candidates(self, terms: list[int], limit: int) -> list[str]:
        """Open stories sharing the most query terms (ties: the newest story first)."""
        hits: Counter[str] = Counter()
        for term in terms:
            for sid in self.postings.get(term, ()):
                hits[sid] += 1
        ranked = sorted(hits.items(), key=lambda kv: -kv[1])
        return [sid for sid, _ in ranked[:limit] if sid in self.stories]

    def post(self, story: OpenStory) -> None:
        for term in story.top_terms():
            posting = self.postings.setdefault(term, [])
            if story.id in posting:
                posting.remove(story.id)
            posting.append(story.id)
            if len(posting) > POSTING_CAP:
                del posting[0]

    def close_older_than(self, retention_days: int) -> list[str]:
        """Drop stories whose last day is more than ``retention_days`` before the newest day.

        Posting lists are cleaned lazily (``candidates`` skips closed stories): they are
        compacted only once as many stories have closed since the last compaction as are open,
        so closing costs amortised constant time per story.
        """
        if self.newest_day is None:
            return []
        horizon = self.newest_day - retention_days
        old = [
            sid
            for sid, s in self.stories.items()
            if s.last_day is not None and s.last_day < horizon
        ]
        for sid in old:
            del self.stories[sid]
        self.closed += len(old)
        self._stale += len(old)
        if self._stale > max(len(self.stories), 1000):
            self.compact()
        return old

    def compact(self) -> None:
        """Remove closed stories from the posting lists."""
        for term in list(self.postings):
            kept = [sid for sid in self.postings[term] if sid in self.stories]
            if kept:
                self.postings[term] = kept
            else:
                del self.postings[term]
        self._stale = 0

    # ----------------------------------------------------------------- persistence
    def to_bytes(self) -> bytes:
        meta = {
            "format": FORMAT,
            "n_docs": self.hasher.n_docs,
            "newest_day": self.newest_day,
            "closed": self.closed,
            "stories": [self.stories[k].as_json() for k in self.stories],
        }
        buffer = io.BytesIO()
        np.savez_compressed(buffer, df=self.hasher.df)
        head = zlib.compress(json.dumps(meta, separators=(",", ":")).encode("utf-8"))
        return len(head).to_bytes(8, "big") + head + buffer.getvalue()

    @staticmethod
    def from_bytes(data: bytes) -> StoryIndex:
        try:
            size = int.from_bytes(data[:8], "big")
            meta = json.loads(zlib.decompress(data[8 : 8 + size]))
            df = np.load(io.BytesIO(data[8 + size :]), allow_pickle=False)["df"]
        except (ValueError, KeyError, zlib.error, OSError) as exc:
            raise StoreError(f"the stored story index cannot be read: {exc}") from exc
        if meta.get("format") != FORMAT or df.shape != (N_FEATURES,):
            raise StoreError(
                f"the stored story index has format {meta.get('format')}, expected {FORMAT}; "
                "rebuild it with `storyline cluster --rebuild`"
            )
        index = StoryIndex(hasher=TermHasher(df.astype(np.int32), int(meta["n_docs"])))
        index.newest_day = meta["newest_day"]
        index.closed = int(meta["closed"])
        for data_story in meta["stories"]:
            story = OpenStory.from_json(data_story)
            index.stories[story.id] = story
            index.post(story)
        return index
