"""Stories stage: near-duplicates, incremental story clustering and story records.

- :class:`NearDuplicateIndex` -- MinHash LSH over ``Article.minhash``: wire copies and light
  rewrites link to one canonical article.
- :class:`StoryClusterer` (``tfidf-avglink.v1``) with its state :class:`StoryIndex` -- assigns
  batches of :class:`StoryDoc` (built by :func:`story_doc`) to stories, incrementally.
- :func:`build_story` -- a :class:`~storyline.records.Story` with its merged event timeline.
- :func:`link_storylines` -- stories linked into storylines by shared key actors over time.

None of these touch the store; :mod:`storyline.clustering` wires them to it.
"""

from __future__ import annotations

from storyline.stories.base import Clusterer
from storyline.stories.cluster import NAME, Assignment, ClusterParams, StoryClusterer
from storyline.stories.features import StoryDoc, story_doc
from storyline.stories.index import StoryIndex
from storyline.stories.neardup import NearDuplicateIndex
from storyline.stories.storylines import StorylineParams, StoryOutline, link_storylines
from storyline.stories.timeline import build_story, merge_events

__all__ = [
    "NAME",
    "Assignment",
    "ClusterParams",
    "Clusterer",
    "NearDuplicateIndex",
    "StoryClusterer",
    "StoryDoc",
    "StoryIndex",
    "StoryOutline",
    "StorylineParams",
    "build_story",
    "link_storylines",
    "merge_events",
    "story_doc",
]
