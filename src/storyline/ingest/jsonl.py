"""JSONL: one article per line.

Each line is a JSON object with ``url``, ``title``, ``text`` or ``html``, ``published``,
``source`` and optionally ``authors`` (a list of names, or one string). Each good line becomes an
item Document (see :mod:`storyline.ingest.items`) with uri ``path#L<line>`` (1-based). Bad lines
become Skipped records and reading goes on: ``invalid-encoding`` (not UTF-8), ``invalid-json``
(not JSON, or not an object) and ``no-text`` (neither a non-empty ``text`` nor ``html``).
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator

from storyline.errors import InputError
from storyline.ingest.encoding import decode_text
from storyline.ingest.items import make_item
from storyline.records import Document, Skipped


def looks_like_jsonl(head: bytes) -> bool:
    first = head.removeprefix(codecs.BOM_UTF8).lstrip()
    return first.startswith(b"{")


def _line_item(uri: str, number: int, line: bytes) -> Document | Skipped | None:
    item_uri = f"{uri}#L{number}"
    try:
        text = decode_text(line)
    except InputError as exc:
        return Skipped.make(item_uri, "ingest", exc.reason, f"{item_uri}: {exc}")
    if not text.strip():
        return None
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        detail = f"{item_uri}: line {number} is not valid JSON ({exc.msg} at column {exc.colno})"
        return Skipped.make(item_uri, "ingest", "invalid-json", detail)
    if not isinstance(obj, dict):
        detail = f"{item_uri}: line {number} is a JSON {type(obj).__name__}, expected an object"
        return Skipped.make(item_uri, "ingest", "invalid-json", detail)
    for key in ("text", "html"):
        body = obj.get(key)
        if isinstance(body, str) and body.strip():
            return make_item(item_uri, body_key=key, body=body, meta=obj, fetched_at="")
    detail = f"{item_uri}: line {number} has neither a non-empty 'text' nor 'html' string field"
    return Skipped.make(item_uri, "ingest", "no-text", detail)


class JsonlReader:
    name = "jsonl"
    extensions: tuple[str, ...] = (".jsonl", ".ndjson", ".jsonlines")

    def sniff(self, uri: str, head: bytes) -> bool:
        return looks_like_jsonl(head)

    def read(self, uri: str, data: bytes, hints: dict[str, str]) -> Iterator[Document | Skipped]:
        data = data.removeprefix(codecs.BOM_UTF8)
        for number, line in enumerate(data.split(b"\n"), start=1):
            result = _line_item(uri, number, line.rstrip(b"\r"))
            if result is not None:
                yield result
