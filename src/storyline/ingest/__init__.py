"""Ingest stage: inputs (files, directories, globs, ``-`` for stdin) -> Documents or Skipped.

Formats: plain text, HTML (one page per file), JSONL (one article per line), RSS/Atom feeds and
WARC/WARC.gz archives; one module per format, each a :class:`storyline.ingest.base.Reader`.
See :mod:`storyline.ingest.inputs` for expansion, format detection and the skip reasons.

Ingest keeps bytes and container metadata only. The CLI defaults ``settings.source`` and
``settings.published`` are *not* applied here: the extract stage uses them for articles that have
no source or publication date of their own.

Skip reasons (``Skipped.reason``, stage ``ingest``):

- ``not-found``: a path or glob that matches nothing
- ``unreadable``: cannot stat or read the file, or no stdin stream
- ``too-large``: over ``settings.max_file_bytes`` (decided by ``stat``, before reading)
- ``empty``: no bytes, or only whitespace
- ``binary``: NUL bytes or mostly control characters
- ``unsupported-format``: gzip data that is not a WARC archive
- ``invalid-encoding``: not UTF-8 (nor the charset an HTML page declares); detail has the offset
- ``invalid-json`` / ``no-text``: a JSONL line that is not a JSON object / has no text or html
- ``unsafe-xml``: XML declaring entities or external references (XXE, billion laughs)
- ``invalid-feed``: XML that feedparser cannot read as a feed
- ``no-content``: a feed entry with only a teaser; a feed or WARC without any usable item
- ``invalid-warc``: a damaged WARC (the records before the damage are kept)
"""

from __future__ import annotations

from storyline.ingest.inputs import STDIN_URI, default_readers, detect_reader, expand_inputs
from storyline.ingest.inputs import iter_documents as iter_documents
from storyline.ingest.inputs import read_bytes as read_bytes
from storyline.ingest.items import ITEM_MEDIA_TYPE

__all__ = [
    "ITEM_MEDIA_TYPE",
    "STDIN_URI",
    "default_readers",
    "detect_reader",
    "expand_inputs",
    "iter_documents",
    "read_bytes",
]
