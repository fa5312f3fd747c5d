"""Inputs (files, directories, globs, ``-`` for stdin) -> Documents or Skipped records.

Expansion (:func:`expand_inputs`): a directory is walked recursively in sorted order, skipping
hidden files and directories (names starting with ``.``); a pattern with ``*``, ``?`` or ``[`` that
is not an existing path is a glob (``**`` recurses); ``-`` is stdin. Inputs keep their order and a
file named twice is read once. A path that does not exist (or a glob that matches nothing) is kept
so that :func:`iter_documents` reports it as Skipped ``not-found``.

Reading: the size is checked with ``stat`` before reading (over ``settings.max_file_bytes`` ->
``too-large``), then ``empty`` / ``binary`` checks, then the format is detected: a WARC signature
first (``WARC/``, or gzip whose content starts with it), then the file extension, then the content
(feed, html, jsonl; anything else is plain text). Other gzip files are ``unsupported-format``.

``fetched_at`` is when the bytes were obtained: the file's modification time (UTC), ``WARC-Date``
for WARC records, and the current time for stdin. It is never part of an id.
"""

from __future__ import annotations

import glob
import logging
import os
import stat
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, Protocol

from storyline.ingest.base import Reader
from storyline.ingest.encoding import looks_binary
from storyline.ingest.feed import FeedReader
from storyline.ingest.html import HtmlReader
from storyline.ingest.jsonl import JsonlReader
from storyline.ingest.text import TextReader
from storyline.ingest.warc import WarcReader, is_gzip
from storyline.records import Document, Skipped
from storyline.settings import Settings

log = logging.getLogger(__name__)

STDIN = "-"
STDIN_URI = "<stdin>"
_HEAD_BYTES = 8192
_GLOB_CHARS = frozenset("*?[")
# what a third-party parser may raise on hostile or broken input: one item, not the batch
_CRASH_REASONS = {"feed": "invalid-feed", "warc": "invalid-warc", "jsonl": "invalid-json"}
# AttributeError: warcio raises it on some truncated archives.
_PARSER_ERRORS = (
    ValueError,
    TypeError,
    LookupError,
    AttributeError,
    OSError,
    EOFError,
    RecursionError,
    zlib.error,
)


class _FormatReader(Reader, Protocol):
    """A :class:`storyline.ingest.base.Reader` that also lists its file extensions."""

    extensions: tuple[str, ...]


def default_readers() -> tuple[_FormatReader, ...]:
    """The readers in detection order (plain text, the fallback, last)."""
    return (WarcReader(), FeedReader(), HtmlReader(), JsonlReader(), TextReader())


# --------------------------------------------------------------------------- expansion


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(directory: Path) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
        found.extend(os.path.join(root, f) for f in sorted(files) if not _is_hidden(f))
    return found


def _expand_one(item: str) -> list[str]:
    if item == STDIN:
        return [STDIN]
    path = Path(item)
    if path.is_dir():
        return _walk(path)
    if path.exists() or not _GLOB_CHARS.intersection(item):
        return [item]
    matches = sorted(glob.glob(item, recursive=True))
    files: list[str] = []
    for match in matches:
        files.extend(_walk(Path(match)) if os.path.isdir(match) else [match])
    return files or [item]


def expand_inputs(inputs: Sequence[str]) -> list[str]:
    """The files :func:`iter_documents` will read, in order (see the module docstring).

    Missing paths and unmatched globs are included (they become ``not-found`` records), so the
    length is the number of inputs to report progress on.
    """
    seen: set[str] = set()
    out: list[str] = []
    for item in inputs:
        for path in _expand_one(item):
            key = path if path == STDIN else os.path.normpath(path)
            if key not in seen:
                seen.add(key)
                out.append(path)
    return out


# --------------------------------------------------------------------------- reading


def _mtime_iso(st: os.stat_result) -> str:
    return datetime.fromtimestamp(st.st_mtime, UTC).isoformat(timespec="seconds")


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _skip(uri: str, reason: str, detail: str) -> Skipped:
    log.info("skipped %s (%s): %s", uri, reason, detail)
    return Skipped.make(uri, "ingest", reason, detail)


def _read_path(path: str, settings: Settings) -> tuple[bytes, str] | Skipped:
    """The file's bytes and fetched_at, or a Skipped (not-found, too-large, unreadable)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return _skip(path, "not-found", f"{path}: no such file, directory or matching glob")
    except OSError as exc:
        return _skip(path, "unreadable", f"{path}: cannot stat: {exc.strerror or exc}")
    if not stat.S_ISREG(st.st_mode):
        return _skip(path, "unreadable", f"{path}: not a regular file")
    if st.st_size > settings.max_file_bytes:
        detail = (
            f"{path}: {st.st_size} bytes is over the limit of {settings.max_file_bytes} bytes; "
            "split the file or raise the max_file_bytes setting"
        )
        return _skip(path, "too-large", detail)
    try:
        with open(path, "rb") as fh:
            return fh.read(), _mtime_iso(st)
    except OSError as exc:
        return _skip(path, "unreadable", f"{path}: cannot read: {exc.strerror or exc}")


def _read_stdin(stdin: BinaryIO | None, settings: Settings) -> tuple[bytes, str] | Skipped:
    if stdin is None:
        return _skip(STDIN_URI, "unreadable", "'-' was given but no stdin stream is available")
    try:
        data = stdin.read(settings.max_file_bytes + 1)
    except OSError as exc:
        return _skip(STDIN_URI, "unreadable", f"cannot read stdin: {exc}")
    if len(data) > settings.max_file_bytes:
        detail = f"stdin is over the limit of {settings.max_file_bytes} bytes; split the input"
        return _skip(STDIN_URI, "too-large", detail)
    return data, _now_iso()


def detect_reader(
    uri: str, head: bytes, readers: Sequence[_FormatReader] | None = None
) -> _FormatReader:
    """The reader for this content: WARC signature > file extension > content sniffing."""
    readers = readers or default_readers()
    for reader in readers:
        if reader.name == "warc" and reader.sniff(uri, head):
            return reader
    lowered = uri.lower()
    for reader in readers:
        if reader.extensions and lowered.endswith(reader.extensions):
            return reader
    for reader in readers:
        if reader.sniff(uri, head):
            return reader
    return readers[-1]


def _parse(
    uri: str, data: bytes, fetched_at: str, readers: Sequence[_FormatReader]
) -> Iterator[Document | Skipped]:
    if not data or data.isspace():
        yield _skip(uri, "empty", f"{uri}: the file is empty (or only whitespace)")
        return
    reader = detect_reader(uri, data[:_HEAD_BYTES], readers)
    if reader.name != "warc" and is_gzip(data):
        detail = f"{uri}: gzip-compressed and not a WARC archive; decompress it first"
        yield _skip(uri, "unsupported-format", detail)
        return
    if reader.name != "warc" and looks_binary(data):
        detail = f"{uri}: binary content (NUL or control bytes), not text, HTML, JSON or XML"
        yield _skip(uri, "binary", detail)
        return
    log.debug("reading %s as %s", uri, reader.name)
    try:
        for item in reader.read(uri, data, {}):
            if isinstance(item, Document) and not item.fetched_at:
                item = replace(item, fetched_at=fetched_at)
            elif isinstance(item, Skipped):
                log.info("skipped %s (%s): %s", item.uri, item.reason, item.detail)
            yield item
    except _PARSER_ERRORS as exc:
        log.warning("%s reader failed on %s", reader.name, uri, exc_info=True)
        detail = f"{uri}: the {reader.name} parser failed: {type(exc).__name__}: {exc}"
        yield Skipped.make(uri, "ingest", _CRASH_REASONS.get(reader.name, "unreadable"), detail)


def read_bytes(uri: str, data: bytes, *, fetched_at: str) -> Iterator[Document | Skipped]:
    """The Documents (or Skipped) in one input's bytes already read from ``uri``: the same
    checks, format detection and readers as :func:`iter_documents` (used by storyline.batch,
    where Spark or the batch engine reads the bytes)."""
    yield from _parse(uri, data, fetched_at, default_readers())


def iter_documents(
    inputs: Sequence[str], *, settings: Settings, stdin: BinaryIO | None = None
) -> Iterator[Document | Skipped]:
    """Read every input into Documents; every bad input or item becomes a Skipped record.

    Never raises for a single input. See the module docstring for expansion, detection and
    ``fetched_at``.
    """
    readers = default_readers()
    for path in expand_inputs(inputs):
        if path == STDIN:
            uri, loaded = STDIN_URI, _read_stdin(stdin, settings)
        else:
            uri, loaded = path, _read_path(path, settings)
        if isinstance(loaded, Skipped):
            yield loaded
            continue
        data, fetched_at = loaded
        yield from _parse(uri, data, fetched_at, readers)
