"""Extract stage: Document -> Article (clean text, title, date, source, language, dup keys).

``load_extractor(settings)`` returns the extractor named by ``settings.extractor``;
``extract_article(doc, settings)`` runs it and raises :class:`ExtractionError` (with a
``reason``: ``no-text``, ``invalid-encoding``, ``invalid-json``, ``unsupported-format``) when a
document has no usable text; ``extract_or_skip`` turns that error into a ``Skipped`` record.

The CLI defaults ``settings.source`` and ``settings.published`` are applied here, only to articles
that have no source / publication date of their own (see :mod:`storyline.extract.assemble`).
"""

from __future__ import annotations

import logging

from storyline.errors import StorylineError
from storyline.extract.base import Extractor
from storyline.extract.normalize import dup_key, minhash, normalize_source, normalize_text
from storyline.extract.trafilatura_extractor import TrafilaturaExtractor
from storyline.records import Article, Document, Skipped
from storyline.settings import Settings

log = logging.getLogger(__name__)

EXTRACTORS = (TrafilaturaExtractor.name,)

__all__ = [
    "EXTRACTORS",
    "Extractor",
    "dup_key",
    "extract_article",
    "extract_or_skip",
    "load_extractor",
    "minhash",
    "normalize_source",
    "normalize_text",
]


def load_extractor(settings: Settings) -> Extractor:
    """The extractor named by ``settings.extractor`` (e.g. ``trafilatura.v1``), built in or
    registered through an entry point (see :mod:`storyline.registry`)."""
    from storyline.registry import Registry

    extractor: Extractor = Registry().create("extract", settings.extractor, settings)
    return extractor


def extract_article(
    doc: Document, settings: Settings, extractor: Extractor | None = None
) -> Article:
    """Extract the article of one document; raises ExtractionError when there is no usable text."""
    return (extractor or load_extractor(settings)).extract(doc, settings)


def extract_or_skip(
    doc: Document, settings: Settings, extractor: Extractor | None = None
) -> Article | Skipped:
    """Like :func:`extract_article`, but never raises for this document: a storyline error
    becomes a Skipped with its reason, and a crash of the extractor (a bug, or a third-party
    plugin) becomes a Skipped ``extractor-crashed``. Used by the pipeline and the batch engines."""
    try:
        return extract_article(doc, settings, extractor)
    except StorylineError as exc:
        log.info("skipped %s (%s): %s", doc.uri, exc.reason, exc)
        return Skipped.make(doc.uri, "extract", exc.reason, str(exc))
    except Exception as exc:  # isolation boundary: one document never stops a batch
        log.warning("extractor crashed on %s", doc.uri, exc_info=True)
        detail = f"{doc.uri}: the extractor crashed: {type(exc).__name__}: {exc}"
        return Skipped.make(doc.uri, "extract", "extractor-crashed", detail)
