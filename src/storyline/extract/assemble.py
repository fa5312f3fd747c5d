"""From what an extractor found to an :class:`Article`: precedence, defaults, limits, keys.

Precedence of each field (first non-empty wins):

- ``url``: document hint > extracted (header ``URL:``, page canonical URL)
- ``title``: hint > extracted (header, page metadata, short first line)
- ``source``: hint > extracted (``Original Source:`` trailer, header ``Source:``) > host of the
  url > page host name > page site name > ``settings.source`` (the CLI default)
- ``published``: hint > extracted (header, page metadata) > ``settings.published`` (the CLI
  default) > the ``fetched`` hint (``WARC-Date``); the first that parses is used
- ``authors``: hint (``"; "``-separated) > extracted

Sources are normalized to a host name without ``www.`` (see :func:`normalize_source`). Text
longer than ``settings.max_article_chars`` is cut at a paragraph or sentence boundary and the
article is marked ``truncated``; text shorter than ``settings.min_article_chars`` is an
:class:`ExtractionError` (reason ``no-text``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from storyline.errors import ExtractionError
from storyline.extract.dates import parse_pubdate
from storyline.extract.language import detect_language
from storyline.extract.normalize import (
    dup_key,
    minhash,
    normalize_source,
    normalize_text,
    truncate_text,
)
from storyline.records import Article, Document, PubDate, stable_id
from storyline.settings import Settings

log = logging.getLogger(__name__)

# raw text beyond this multiple of the limit is dropped before normalizing (normalizing never
# more than halves a text in practice; the exact cut happens after normalizing)
_PRECUT_FACTOR = 2


@dataclass(slots=True)
class Extracted:
    """The text and metadata an extractor found in one document (all optional but text)."""

    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    hostname: str | None = None
    sitename: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = field(default_factory=tuple)
    truncated: bool = False  # the extractor already dropped text beyond the limit


def _first(*values: str | None) -> str | None:
    for value in values:
        if value and value.strip():
            return value.strip()
    return None


def _one_line(value: str | None) -> str | None:
    return " ".join(value.split()) if value else None


def precut(text: str, limit: int) -> tuple[str, bool]:
    """Drop raw text far beyond ``limit`` so huge inputs are not normalized in full."""
    bound = limit * _PRECUT_FACTOR + 1000
    return (text[:bound], True) if len(text) > bound else (text, False)


def _published(doc: Document, found: Extracted, settings: Settings) -> PubDate | None:
    for candidate in (
        doc.hints.get("published"),
        found.published,
        settings.published,
        doc.hints.get("fetched"),
    ):
        parsed = parse_pubdate(candidate)
        if parsed is not None:
            return parsed
    return None


def _source(doc: Document, found: Extracted, url: str | None, settings: Settings) -> str | None:
    url_host = normalize_source(url) if url and "://" in url else None
    return normalize_source(
        _first(
            doc.hints.get("source"),
            found.source,
            url_host,
            found.hostname,
            found.sitename,
            settings.source,
        )
    )


def _authors(doc: Document, found: Extracted) -> tuple[str, ...]:
    hinted = tuple(a.strip() for a in doc.hints.get("authors", "").split(";") if a.strip())
    return hinted or tuple(a.strip() for a in found.authors if a.strip())


def _text(doc: Document, raw_text: str, settings: Settings) -> tuple[str, bool]:
    limit = settings.max_article_chars
    text, cut = precut(raw_text, limit)
    text, truncated = truncate_text(normalize_text(text), limit)
    if cut or truncated:
        log.info("%s: article text truncated to %d characters", doc.uri, len(text))
    if len(text) < settings.min_article_chars:
        raise ExtractionError(
            f"{doc.uri}: only {len(text)} characters of article text were found "
            f"(min_article_chars = {settings.min_article_chars})",
            reason="no-text",
        )
    return text, cut or truncated


def build_article(
    doc: Document, found: Extracted, settings: Settings, *, extractor: str
) -> Article:
    """Apply precedence and defaults, normalize and limit the text, compute keys and language."""
    text, truncated = _text(doc, found.text, settings)
    truncated = truncated or found.truncated
    url = _first(doc.hints.get("url"), found.url)
    return Article(
        id=stable_id("article", doc.id),
        document_id=doc.id,
        url=url,
        source=_source(doc, found, url, settings),
        title=_one_line(_first(doc.hints.get("title"), found.title)),
        published=_published(doc, found, settings),
        language=detect_language(text),
        authors=_authors(doc, found),
        text=text,
        dup_key=dup_key(text),
        minhash=minhash(text),
        truncated=truncated,
        extractor=extractor,
    )
