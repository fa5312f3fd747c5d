"""Ingest stage contract: inputs (paths, globs, stdin) -> Documents (or Skipped)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from storyline.records import Document, Skipped


class Reader(Protocol):
    """Reads one input file's bytes into zero or more Documents.

    ``name`` is the format ("text", "html", "jsonl", "feed", "warc"). ``sniff`` says whether this
    reader understands the content. ``read`` yields Documents, or Skipped for items it cannot read
    (a bad JSONL line, a feed entry without content); it never raises for a single bad item.
    """

    name: str

    def sniff(self, uri: str, head: bytes) -> bool: ...

    def read(
        self, uri: str, data: bytes, hints: dict[str, str]
    ) -> Iterator[Document | Skipped]: ...
