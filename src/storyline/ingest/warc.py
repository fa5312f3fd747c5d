"""WARC and WARC.gz archives (warcio).

Only HTTP ``response`` records with a 2xx status and an HTML ``Content-Type`` become Documents
(``text/html``, raw = the HTTP payload with transfer/content encodings removed); every other record
(requests, metadata, redirects, images, ...) is ignored. A Document gets uri ``path#record<n>``
(``n`` = 1-based position of the record in the archive), ``fetched_at`` = ``WARC-Date``, and hints
``url`` (``WARC-Target-URI``), ``fetched`` (``WARC-Date``: extract uses it as a publication date
only when nothing better is known) and ``charset`` (from the HTTP ``Content-Type``, when given).
A damaged archive yields the records read so far and one Skipped ``invalid-warc``; an archive
without any HTML response is one Skipped ``no-content``.
"""

from __future__ import annotations

import io
import logging
import zlib
from collections.abc import Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from storyline.ingest.html import html_document
from storyline.records import Document, Skipped

log = logging.getLogger(__name__)

GZIP_MAGIC = b"\x1f\x8b"
_WARC_MAGIC = b"WARC/"


def is_gzip(head: bytes) -> bool:
    return head.startswith(GZIP_MAGIC)


def looks_like_warc(head: bytes) -> bool:
    if head.startswith(_WARC_MAGIC):
        return True
    if not is_gzip(head):
        return False
    try:
        start = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, len(_WARC_MAGIC))
    except zlib.error:
        return False
    return start.startswith(_WARC_MAGIC)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _record_document(uri: str, record: Any) -> Document | Skipped | None:
    """A Document for an HTML response record; None for records we ignore."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    status = record.http_headers.get_statuscode() or ""
    if "html" not in content_type.lower() or not status.startswith("2"):
        return None
    payload: bytes = record.content_stream().read()
    if not payload.strip():
        return Skipped.make(uri, "ingest", "empty", f"{uri}: the HTTP response has no body")
    warc_date = record.rec_headers.get_header("WARC-Date") or ""
    hints = {"url": record.rec_headers.get_header("WARC-Target-URI") or "", "fetched": warc_date}
    charset = _charset(content_type)
    if charset:
        hints["charset"] = charset
    doc = html_document(uri, payload, {k: v for k, v in hints.items() if v})
    if isinstance(doc, Document):
        return Document(doc.id, doc.uri, warc_date, doc.media_type, doc.raw, doc.hints)
    return doc


def gzip_truncated(data: bytes, chunk: int = 1 << 16) -> bool:
    """True when the last gzip member ends early (warcio then stops without an error)."""
    view, pos, size = memoryview(data), 0, len(data)
    while pos < size and view[pos] != 0:  # trailing NUL padding is allowed
        decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
        while not decomp.eof:
            if pos >= size:
                return True
            piece = view[pos : pos + chunk]
            decomp.decompress(piece)
            pos += len(piece) - len(decomp.unused_data)
    return False


class WarcReader:
    name = "warc"
    extensions: tuple[str, ...] = (".warc", ".warc.gz")

    def sniff(self, uri: str, head: bytes) -> bool:
        return looks_like_warc(head)

    def read(self, uri: str, data: bytes, hints: dict[str, str]) -> Iterator[Document | Skipped]:
        number, found = 0, 0
        try:
            for number, record in enumerate(ArchiveIterator(io.BytesIO(data)), start=1):
                result = _record_document(f"{uri}#record{number}", record)
                if result is not None:
                    found += 1
                    yield result
            if is_gzip(data) and gzip_truncated(data):
                raise EOFError("the compressed archive ends in the middle of a record")
        # warcio raises AttributeError on some truncated archives: the same damage.
        except (
            ArchiveLoadFailed,
            AttributeError,
            EOFError,
            OSError,
            ValueError,
            zlib.error,
        ) as exc:
            log.warning("%s: damaged WARC after record %d: %s", uri, number, exc)
            detail = f"{uri}: damaged WARC archive after record {number}: {exc}"
            yield Skipped.make(f"{uri}#record{number + 1}", "ingest", "invalid-warc", detail)
            return
        if not found:
            detail = f"{uri}: none of the {number} WARC records is an HTML response"
            yield Skipped.make(uri, "ingest", "no-content", detail)
