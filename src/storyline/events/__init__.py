"""Events stage: AnnotatedArticle -> PLOVER events with evidence spans.

``code_events(annotated)`` for the common case; ``load_coder(settings)`` for control.
"""

from __future__ import annotations

from storyline.errors import ConfigError
from storyline.events import ontology
from storyline.events.base import Coder
from storyline.records import AnnotatedArticle, Event
from storyline.settings import Settings

CODERS = ("plover-rules.v1",)


def load_coder(settings: Settings) -> Coder:
    """The coder named by ``settings.coder``."""
    from storyline.events.rules import RulesCoder

    if settings.coder not in CODERS:
        valid = ", ".join(CODERS)
        raise ConfigError(f"unknown coder {settings.coder!r}; valid coders: {valid}")
    return RulesCoder(settings)


def code_events(annotated: AnnotatedArticle, coder: Coder | None = None) -> list[Event]:
    """PLOVER events of one annotated article (one event per happening)."""
    if coder is None:
        from storyline.events.rules import RulesCoder

        coder = RulesCoder()
    return coder.code(annotated)


__all__ = ["CODERS", "Coder", "code_events", "load_coder", "ontology"]
