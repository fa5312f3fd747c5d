"""The input of the digest stage: a story's (or one article's) reports with their annotations."""

from __future__ import annotations

from dataclasses import dataclass

from storyline.records import Event, Mention, Quantity, Sentence, StoryEvent, TimeExpr


@dataclass(frozen=True, slots=True)
class DigestArticle:
    """One report: metadata, text and annotations. A republished copy (``duplicate_of`` set)
    has no annotations of its own; its canonical article speaks for it."""

    article_id: str
    source: str | None
    title: str | None
    published: str | None
    url: str | None
    language: str | None
    text: str
    duplicate_of: str | None = None
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    timexes: tuple[TimeExpr, ...] = ()
    events: tuple[Event, ...] = ()


@dataclass(frozen=True, slots=True)
class DigestInput:
    """Everything :func:`storyline.digest.make_digest` reads (it never touches the store).

    ``articles`` are ordered oldest first (undated last, then by id). ``story_events`` are the
    story's merged events (empty for a single article: the digest merges its events itself).
    """

    story_id: str | None
    article_id: str | None
    title: str
    articles: tuple[DigestArticle, ...]
    story_events: tuple[StoryEvent, ...] = ()
