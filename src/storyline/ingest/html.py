"""HTML: one page per file (``text/html``); raw = the file bytes.

The page must decode with its declared charset (``<meta charset>``, or ``hints["charset"]`` given
by a container such as a WARC HTTP header) or, without a declaration, as UTF-8.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from storyline.errors import InputError
from storyline.ingest.encoding import decode_html
from storyline.records import Document, Skipped

HTML_MEDIA_TYPE = "text/html"
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S
)


def looks_like_html(head: bytes) -> bool:
    return bool(_HTML_START.match(head.removeprefix(b"\xef\xbb\xbf")))


def html_document(uri: str, data: bytes, hints: dict[str, str]) -> Document | Skipped:
    """A Document for one HTML page, or a Skipped when it cannot be decoded or is blank."""
    try:
        text = decode_html(data, hints.get("charset"))
    except InputError as exc:
        return Skipped.make(uri, "ingest", exc.reason, f"{uri}: {exc}")
    if not text.strip():
        return Skipped.make(uri, "ingest", "empty", f"{uri}: the page has no content")
    return Document(Document.make_id(data), uri, "", HTML_MEDIA_TYPE, data, dict(hints))


class HtmlReader:
    name = "html"
    extensions: tuple[str, ...] = (".html", ".htm", ".xhtml")

    def sniff(self, uri: str, head: bytes) -> bool:
        return looks_like_html(head)

    def read(self, uri: str, data: bytes, hints: dict[str, str]) -> Iterator[Document | Skipped]:
        yield html_document(uri, data, hints)
