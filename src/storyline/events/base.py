"""Events stage contract: AnnotatedArticle -> Events."""

from __future__ import annotations

from typing import Protocol

from storyline.records import AnnotatedArticle, Event


class Coder(Protocol):
    """Codes PLOVER events from an annotated article (one event per happening per article)."""

    name: str  # component name + version, e.g. "plover-rules.v1"

    def code(self, article: AnnotatedArticle) -> list[Event]: ...
