"""Helpers for the event-coder tests: the main event the coder finds in one sentence or text."""

from __future__ import annotations

from storyline.annotate.base import Annotator
from storyline.events import code_events
from storyline.events.select import main_event
from storyline.records import AnnotatedArticle, Article, Event, stable_id


def annotate_text(annotator: Annotator, text: str) -> AnnotatedArticle:
    """Annotate ``text`` as an English article with no source, date or title."""
    key = stable_id(text)
    article = Article(key, key, None, None, None, None, "en", (), text, key)
    return next(iter(annotator.annotate_many([article])))


def main_event_of(annotator: Annotator, text: str) -> Event | None:
    """Annotate ``text`` as an English article and return the coder's main event (or None)."""
    annotated = annotate_text(annotator, text)
    return main_event(code_events(annotated), annotated)


def assert_coded(annotator: Annotator, text: str, event: str, mode: str | None) -> Event:
    """The main event of ``text`` is of category ``event`` (and of ``mode`` unless None)."""
    ev = main_event_of(annotator, text)
    assert ev is not None, text
    assert ev.event == event, (text, ev.event, ev.mode)
    if mode is not None:
        assert ev.mode == mode, (text, ev.mode)
    return ev


def assert_actor_country(annotator: Annotator, text: str, code: str) -> Event:
    """The main event of ``text`` has an actor of country ``code``."""
    ev = main_event_of(annotator, text)
    assert ev is not None, text
    assert code in [a.code for a in ev.actor], (text, [a.code for a in ev.actor])
    return ev
