"""Events stage: AnnotatedArticle -> PLOVER events with evidence spans.

``code_events(annotated)`` for the common case; ``load_coder(settings)`` for control.
"""

from __future__ import annotations

from storyline.events import ontology
from storyline.events.base import Coder
from storyline.records import AnnotatedArticle, Event
from storyline.settings import Settings

CODERS = ("plover-rules.v1",)


def load_coder(settings: Settings) -> Coder:
    """The coder named by ``settings.coder`` (built-in or registered through an entry point)."""
    from storyline.registry import Registry

    coder: Coder = Registry().create("events", settings.coder, settings)
    return coder


def code_events(annotated: AnnotatedArticle, coder: Coder | None = None) -> list[Event]:
    """PLOVER events of one annotated article (one event per happening)."""
    if coder is None:
        from storyline.events.rules import RulesCoder

        coder = RulesCoder()
    return coder.code(annotated)


__all__ = ["CODERS", "Coder", "code_events", "load_coder", "ontology"]
