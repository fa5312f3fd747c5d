"""storyline: news in, verifiable knowledge out.

The common case is one function call::

    import storyline

    report = storyline.process(["corpus/"], db="storyline.duckdb")   # ingest into DuckDB
    events = storyline.events(db="storyline.duckdb", country="VEN")    # PLOVER events as dicts
    annotated, evs = storyline.analyze("Police arrested 40 protesters in Lima on Monday.")

Underneath are the classes for control: :class:`Settings`, :class:`Pipeline`, :class:`Store`
and the stage functions in ``storyline.ingest``, ``.extract``, ``.annotate`` and ``.events``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, BinaryIO

from storyline.errors import StorylineError
from storyline.pipeline import IngestReport, Pipeline
from storyline.records import AnnotatedArticle, Article, Document, Event, PubDate, Skipped
from storyline.settings import Settings, load_settings
from storyline.store import EventFilter, Store

__version__ = "0.1.0"

__all__ = [
    "AnnotatedArticle",
    "Article",
    "Document",
    "Event",
    "EventFilter",
    "IngestReport",
    "Pipeline",
    "PubDate",
    "Settings",
    "Skipped",
    "Store",
    "StorylineError",
    "__version__",
    "analyze",
    "events",
    "load_settings",
    "process",
]


def _settings(settings: Settings | None, **overrides: Any) -> Settings:
    base = settings or load_settings()
    return base.replace(**{k: v for k, v in overrides.items() if v is not None})


def process(
    inputs: Sequence[str],
    *,
    db: str | None = None,
    settings: Settings | None = None,
    stdin: BinaryIO | None = None,
) -> IngestReport:
    """Ingest files, directories, globs (or ``-`` with ``stdin``) into the DuckDB store."""
    from storyline.pipeline import process as _process

    return _process(inputs, settings=_settings(settings, db=db), stdin=stdin)


def events(
    *,
    db: str | None = None,
    settings: Settings | None = None,
    event: str | None = None,
    mode: str | None = None,
    country: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Stored events as PLOVER JSON objects (with ``article_id`` and ``url``)."""
    from storyline.store import events as _events

    resolved = _settings(settings, db=db)
    flt = EventFilter(
        event=event, mode=mode, country=country, since=since, until=until, limit=limit
    )
    with Store(resolved.db, read_only=True) as store:
        return _events(store, flt)


def analyze(
    text: str,
    *,
    published: str | None = None,
    source: str | None = None,
    settings: Settings | None = None,
) -> tuple[AnnotatedArticle, list[Event]]:
    """Annotate one text and code its events, without touching a database."""
    from storyline.annotate import load_annotator
    from storyline.events import load_coder
    from storyline.extract import extract_article, load_extractor

    resolved = _settings(settings, published=published, source=source)
    raw = text.encode("utf-8")
    doc = Document(Document.make_id(raw), "<text>", "", "text/plain", raw, {})
    article = extract_article(doc, resolved, load_extractor(resolved))
    annotated = next(iter(load_annotator(resolved).annotate_many([article])))
    return annotated, load_coder(resolved).code(annotated)
