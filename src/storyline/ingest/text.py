"""Plain text: one article per file (``text/plain``); raw = the file bytes."""

from __future__ import annotations

from collections.abc import Iterator

from storyline.errors import InputError
from storyline.ingest.encoding import decode_text
from storyline.records import Document, Skipped

TEXT_MEDIA_TYPE = "text/plain"


class TextReader:
    """Fallback reader: anything that is not another format is plain text."""

    name = "text"
    extensions: tuple[str, ...] = (".txt", ".text", ".md")

    def sniff(self, uri: str, head: bytes) -> bool:
        return True

    def read(self, uri: str, data: bytes, hints: dict[str, str]) -> Iterator[Document | Skipped]:
        try:
            text = decode_text(data)
        except InputError as exc:
            yield Skipped.make(uri, "ingest", exc.reason, f"{uri}: {exc}")
            return
        if not text.strip():
            yield Skipped.make(uri, "ingest", "empty", f"{uri}: the text has no visible characters")
            return
        yield Document(Document.make_id(data), uri, "", TEXT_MEDIA_TYPE, data, dict(hints))
