"""Plain-text articles: an optional header block, the body, an optional source trailer.

Header: consecutive ``Key: value`` lines at the very top with keys among ``Title``,
``Published`` (or ``Date``), ``Source``, ``URL``, ``Author`` (or ``Authors``, ``;``-separated),
ended by a blank line. Trailer: a last line ``Original Source: <domain or url>`` sets the source
and is removed from the text. Without a header, a short first line (< 120 characters, not ending
in ``.``) followed by a blank line is taken as the title; otherwise the title stays unknown (a
lead paragraph is never turned into a title).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from storyline.extract.normalize import normalize_newlines

MAX_TITLE_CHARS = 120
_HEADER_LINE = re.compile(r"^(title|published|date|source|url|authors?)\s*:\s*(.*?)\s*$", re.I)
_TRAILER = re.compile(r"^[ \t]*original source[ \t]*:[ \t]*(\S[^\n]*?)\s*\Z", re.I | re.M)
_HEADER_KEYS = {"date": "published", "author": "authors"}


@dataclass(slots=True)
class PlainParts:
    """What a plain text says about itself, besides its body."""

    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = field(default_factory=tuple)


def _split_header(text: str) -> tuple[dict[str, str], str]:
    lines = text.lstrip("\n").split("\n", 12)
    header: dict[str, str] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            if header:
                return header, "\n".join(lines[index + 1 :])
            break
        match = _HEADER_LINE.match(line)
        if not match:
            break
        key = match[1].lower()
        header[_HEADER_KEYS.get(key, key)] = match[2]
    return {}, text


def _guess_title(text: str) -> tuple[str | None, str]:
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    first = first.strip()
    if (
        sep
        and first
        and len(first) < MAX_TITLE_CHARS
        and not first.endswith(".")
        and rest.startswith(("\n", " \n", "\t\n"))
    ):
        return first, rest
    return None, text


def parse_plain(text: str, *, guess_title: bool = True) -> PlainParts:
    """Split a plain text into header fields, body and source trailer."""
    text = normalize_newlines(text)
    header, body = _split_header(text)
    source = header.get("source") or None
    tail_start = max(0, len(body) - 1000)
    trailer = _TRAILER.search(body, tail_start)
    if trailer:
        source = trailer[1]
        body = body[: trailer.start()]
    title = header.get("title") or None
    if title is None and not header and guess_title:
        title, body = _guess_title(body)
    authors = tuple(a.strip() for a in header.get("authors", "").split(";") if a.strip())
    return PlainParts(
        text=body,
        title=title,
        url=header.get("url") or None,
        source=source,
        published=header.get("published") or None,
        authors=authors,
    )
