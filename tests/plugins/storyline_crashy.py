"""A test plugin (entry point ``extract:crashy.v1``): the built-in extractor, except that it
raises a plain RuntimeError on any document containing ``CRASH-ME``, as a buggy third-party
parser would. Used by tests/test_batch*.py to check that one crashing record becomes a skip row.
"""

from __future__ import annotations

from storyline.extract.trafilatura_extractor import TrafilaturaExtractor
from storyline.records import Article, Document
from storyline.settings import Settings

MARKER = b"CRASH-ME"


class CrashyExtractor:
    name = "crashy.v1"

    def __init__(self, settings: Settings) -> None:
        self.inner = TrafilaturaExtractor(settings)

    def extract(self, doc: Document, settings: Settings) -> Article:
        if MARKER in doc.raw:
            raise RuntimeError("deliberate crash of a third-party parser")
        return self.inner.extract(doc, settings)
