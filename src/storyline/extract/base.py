"""Extract stage contract: Document -> Article."""

from __future__ import annotations

from typing import Protocol

from storyline.records import Article, Document
from storyline.settings import Settings


class Extractor(Protocol):
    """Turns a Document into an Article; raises ExtractionError when there is no usable text."""

    name: str  # component name + version, e.g. "trafilatura.v1"

    def extract(self, doc: Document, settings: Settings) -> Article: ...
