"""Stories stage contract: batches of story features in, story assignments out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from storyline.stories.cluster import Assignment
    from storyline.stories.features import StoryDoc
    from storyline.stories.index import StoryIndex


class Clusterer(Protocol):
    """Assigns articles to stories incrementally; its state is :attr:`index`."""

    name: str  # component name + version, e.g. "tfidf-avglink.v1"
    index: StoryIndex

    def assign(self, docs: Sequence[StoryDoc]) -> list[Assignment]: ...
