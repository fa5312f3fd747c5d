"""RSS and Atom feeds (feedparser), checked with defusedxml first.

Safety: before feedparser sees a byte, the XML is parsed by defusedxml with entity declarations
and external references forbidden. A document that declares entities (entity expansion, "billion
laughs") or references external resources (XXE, e.g. ``SYSTEM "file:///etc/passwd"``) is refused
as one Skipped record with reason ``unsafe-xml``. A plain ``<!DOCTYPE rss PUBLIC ...>`` (RSS 0.91)
is allowed. Feeds that are not well-formed XML are still handed to feedparser (which is lenient),
unless their bytes contain an entity declaration.

Each entry with full content (``content:encoded``, Atom ``<content>``, or a summary of at least
:data:`FULL_SUMMARY_CHARS` characters of text) becomes an item Document (see
:mod:`storyline.ingest.items`) with uri ``path#entry<n>`` (1-based). An entry with only a short
teaser becomes Skipped ``no-content``, and so does a feed without entries
(``invalid-feed`` when feedparser could not parse it).
"""

from __future__ import annotations

import codecs
import html
import io
import re
from collections.abc import Iterator, Mapping
from typing import Any
from xml.etree.ElementTree import ParseError

import feedparser
from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import fromstring as defused_fromstring

from storyline.ingest.items import make_item
from storyline.records import Document, Skipped

FULL_SUMMARY_CHARS = 400
_XML_START = re.compile(rb"^\s*<(?:\?xml|!doctype|rss|feed|rdf:rdf)[\s>]", re.I)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]", re.I)
_HTML_ROOT = re.compile(rb"<html[\s>]", re.I)
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
_TAG = re.compile(r"<[^>]*>")


def looks_like_feed(head: bytes) -> bool:
    head = head.removeprefix(codecs.BOM_UTF8)
    if not _XML_START.match(head):
        return False
    return bool(_FEED_ROOT.search(head)) or not _HTML_ROOT.search(head)


def unsafe_xml_reason(data: bytes) -> str | None:
    """Why this XML is unsafe to parse, or None when it is safe (or merely malformed)."""
    try:
        defused_fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden as exc:
        if exc.sysid or exc.pubid:
            return (
                f"declares an external entity {exc.name!r} pointing to {exc.sysid or exc.pubid!r} "
                "(XXE: reading local files or URLs); refused before parsing"
            )
        return (
            f"declares an entity {exc.name!r} (entity expansion such as 'billion laughs' "
            "can exhaust memory); refused before parsing"
        )
    except ExternalReferenceForbidden as exc:
        return f"references an external resource {exc.sysid!r} (XXE); refused before parsing"
    except DefusedXmlException as exc:
        return f"uses a forbidden XML construct ({exc}); refused before parsing"
    except ParseError:
        if _ENTITY_DECL.search(data):
            return "is not well-formed XML and declares entities; refused before parsing"
    return None


def _plain_length(markup: str) -> int:
    return len(html.unescape(_TAG.sub(" ", markup)).strip())


def _entry_body(entry: Mapping[str, Any]) -> tuple[str, str] | None:
    """(body_key, body) of an entry with full content, or None for a teaser-only entry."""
    candidates: list[tuple[str, str]] = []
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if value.strip():
            candidates.append((str(content.get("type") or ""), value))
    summary = entry.get("summary") or ""
    if not candidates and _plain_length(summary) >= FULL_SUMMARY_CHARS:
        detail = entry.get("summary_detail") or {}
        candidates.append((str(detail.get("type") or "text/html"), summary))
    if not candidates:
        return None
    kind, body = max(candidates, key=lambda c: len(c[1]))
    return ("html" if "html" in kind else "text"), body


def _entry_item(uri: str, entry: Mapping[str, Any]) -> Document | Skipped:
    body = _entry_body(entry)
    if body is None:
        detail = (
            f"{uri}: the entry has only a short teaser (< {FULL_SUMMARY_CHARS} characters) and no "
            "full content; fetch the linked page and ingest it as HTML"
        )
        return Skipped.make(uri, "ingest", "no-content", detail)
    meta = {
        "url": entry.get("link"),
        "title": entry.get("title"),
        "published": entry.get("published") or entry.get("updated"),
        "authors": entry.get("authors") or entry.get("author"),
    }
    return make_item(uri, body_key=body[0], body=body[1], meta=meta, fetched_at="")


class FeedReader:
    name = "feed"
    extensions: tuple[str, ...] = (".rss", ".atom", ".xml", ".rdf")

    def sniff(self, uri: str, head: bytes) -> bool:
        return looks_like_feed(head)

    def read(self, uri: str, data: bytes, hints: dict[str, str]) -> Iterator[Document | Skipped]:
        unsafe = unsafe_xml_reason(data)
        if unsafe is not None:
            yield Skipped.make(uri, "ingest", "unsafe-xml", f"{uri}: the XML {unsafe}")
            return
        parsed = feedparser.parse(io.BytesIO(data))
        entries = parsed.get("entries") or []
        if not entries:
            if parsed.get("bozo"):
                problem = parsed.get("bozo_exception")
                detail = f"{uri}: not a readable RSS/Atom feed ({problem})"
                yield Skipped.make(uri, "ingest", "invalid-feed", detail)
            else:
                yield Skipped.make(uri, "ingest", "no-content", f"{uri}: the feed has no entries")
            return
        for number, entry in enumerate(entries, start=1):
            yield _entry_item(f"{uri}#entry{number}", entry)
