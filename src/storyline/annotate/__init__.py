"""Annotate stage: Article -> AnnotatedArticle (sentences, parse, mentions, quantities, times)."""

from __future__ import annotations

from storyline.annotate.base import Annotator
from storyline.settings import Settings


def load_annotator(settings: Settings) -> Annotator:
    """The annotator named by ``settings.annotator`` (loads its model once)."""
    from storyline.registry import Registry

    annotator: Annotator = Registry().create("annotate", settings.annotator, settings)
    return annotator


__all__ = ["Annotator", "load_annotator"]
