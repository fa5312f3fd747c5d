"""The default extractor, ``trafilatura.v1``: trafilatura for HTML, header rules for plain text.

- ``text/html``: decoded with its declared charset (see :mod:`storyline.ingest.encoding`), then
  ``trafilatura.bare_extraction`` with metadata, favouring precision, without comments or tables.
  When trafilatura finds no main text, the ``<p>`` text of the page is used instead
  (:mod:`storyline.extract.html_fallback`). A first line equal to the title is dropped.
- ``text/plain``: header block and ``Original Source:`` trailer (:mod:`~.plaintext`).
- ``application/x-storyline-item+json``: ``text`` as plain text (trailer rules, no title guess
  when the item has a title) or ``html`` as above; the item's fields are document hints and win
  over what is extracted (see :mod:`storyline.extract.assemble`).
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

import trafilatura
from lxml.etree import LxmlError  # type: ignore[import-untyped]  # trafilatura's parser

from storyline.errors import ExtractionError, InputError
from storyline.extract.assemble import Extracted, build_article, precut
from storyline.extract.html_fallback import paragraphs_and_title
from storyline.extract.normalize import unwrap_lines
from storyline.extract.plaintext import parse_plain
from storyline.ingest.encoding import decode_html, decode_text
from storyline.ingest.items import ITEM_MEDIA_TYPE
from storyline.records import Article, Document
from storyline.settings import Settings

log = logging.getLogger(__name__)

# only metadata and structured markup: a date found in running text is too often another date
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2199-12-31"}
_PAGE_START = re.compile(r"<(?:html|body)[\s>]", re.I)
# what trafilatura/lxml may raise on hostile or broken markup
_PARSER_ERRORS = (ValueError, TypeError, AttributeError, RecursionError, LxmlError)


def _decode(doc: Document, data: bytes, *, html: bool) -> str:
    try:
        return decode_html(data, doc.hints.get("charset")) if html else decode_text(data)
    except InputError as exc:
        raise ExtractionError(f"{doc.uri}: {exc}", reason=exc.reason) from None


def _drop_title_line(text: str, title: str | None) -> str:
    if not title:
        return text
    first, sep, rest = text.lstrip().partition("\n")
    same = " ".join(first.split()).casefold() == " ".join(title.split()).casefold()
    return rest if same and sep else text


def _run_trafilatura(html: str, url: str | None) -> Any:
    try:
        return trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except _PARSER_ERRORS as exc:
        log.warning("trafilatura failed on %s: %s", url or "a page", exc)
        return None


def _as_page(html: str) -> str:
    """Wrap a fragment (a feed entry's HTML, or plain text) into a page trafilatura accepts."""
    if _PAGE_START.search(html[:4096]):
        return html
    return f"<html><body><article>{html}</article></body></html>"


def extract_html(html: str, url: str | None = None) -> Extracted:
    """Main text and metadata of an HTML page or fragment (the text may be empty)."""
    html = _as_page(html)
    result = _run_trafilatura(html, url)
    text = (getattr(result, "text", None) or "").strip()
    title = getattr(result, "title", None)
    if not text:
        text, fallback_title = paragraphs_and_title(html)
        title = title or fallback_title
    author = getattr(result, "author", None) or ""
    return Extracted(
        text=_drop_title_line(text, title),
        title=title,
        url=getattr(result, "url", None),
        hostname=getattr(result, "hostname", None),
        sitename=getattr(result, "sitename", None),
        published=getattr(result, "date", None),
        authors=tuple(a.strip() for a in author.split(";") if a.strip()),
    )


def extract_plain(text: str, *, limit: int, guess_title: bool = True) -> Extracted:
    """Header, trailer and body of a plain text, with hard-wrapped lines joined."""
    parts = parse_plain(text, guess_title=guess_title)
    body, cut = precut(parts.text, limit)
    return Extracted(
        text=unwrap_lines(body),
        truncated=cut,
        title=parts.title,
        url=parts.url,
        source=parts.source,
        published=parts.published,
        authors=parts.authors,
    )


def _load_item(doc: Document) -> dict[str, Any]:
    try:
        item = json.loads(_decode(doc, doc.raw, html=False))
    except json.JSONDecodeError as exc:
        raise ExtractionError(
            f"{doc.uri}: item is not JSON: {exc}", reason="invalid-json"
        ) from None
    if not isinstance(item, dict):
        raise ExtractionError(f"{doc.uri}: item is not a JSON object", reason="invalid-json")
    return item


def extract_item(doc: Document, limit: int) -> Extracted:
    item = _load_item(doc)
    if isinstance(item.get("html"), str):
        return extract_html(item["html"], doc.hints.get("url"))
    if isinstance(item.get("text"), str):
        found = extract_plain(item["text"], limit=limit, guess_title=not doc.hints.get("title"))
        authors = item.get("authors")
        if isinstance(authors, list):
            found.authors = tuple(a for a in authors if isinstance(a, str))
        return found
    raise ExtractionError(f"{doc.uri}: item has neither 'text' nor 'html'", reason="no-text")


class TrafilaturaExtractor:
    """trafilatura for HTML; rules for plain text and items. See the module docstring."""

    name = "trafilatura.v1"

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings

    def extract(self, doc: Document, settings: Settings) -> Article:
        if doc.media_type == "text/html":
            found = extract_html(_decode(doc, doc.raw, html=True), doc.hints.get("url"))
        elif doc.media_type == "text/plain":
            found = extract_plain(
                _decode(doc, doc.raw, html=False), limit=settings.max_article_chars
            )
        elif doc.media_type == ITEM_MEDIA_TYPE:
            found = extract_item(doc, settings.max_article_chars)
        else:
            raise ExtractionError(
                f"{doc.uri}: unsupported media type {doc.media_type!r}; expected text/plain, "
                f"text/html or {ITEM_MEDIA_TYPE}",
                reason="unsupported-format",
            )
        return build_article(doc, found, settings, extractor=self.name)
