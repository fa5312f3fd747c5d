"""Item documents: one JSONL line or one feed entry as a canonical JSON object.

The raw bytes of an item are ``json.dumps`` of the fields below with sorted keys, compact
separators and UTF-8 (no ASCII escaping), so the same item always gets the same
:meth:`Document.make_id`, wherever it was read from::

    {"authors": [...], "html" | "text": "...", "published": "...", "source": "...",
     "title": "...", "url": "..."}

Missing fields are ``null`` (``authors`` is an empty list). The same fields, when present, are
copied into ``Document.hints`` (``authors`` joined with ``"; "``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from storyline.records import Document

ITEM_MEDIA_TYPE = "application/x-storyline-item+json"
META_FIELDS = ("url", "title", "published", "source")


def _clean(value: object) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def clean_authors(value: object) -> list[str]:
    """Authors as a list of non-empty strings (a single string is one author)."""
    items: Sequence[object]
    if isinstance(value, str):
        items = [value]
    elif isinstance(value, list | tuple):
        items = value
    else:
        return []
    out: list[str] = []
    for item in items:
        name = _clean(item.get("name") if isinstance(item, Mapping) else item)
        if name and name not in out:
            out.append(name)
    return out


def make_item(
    uri: str,
    *,
    body_key: str,
    body: str,
    meta: Mapping[str, object],
    fetched_at: str,
) -> Document:
    """Build the item Document. ``body_key`` is ``"text"`` or ``"html"``."""
    if body_key not in ("text", "html"):
        raise ValueError(f"body_key must be 'text' or 'html', got {body_key!r}")
    fields: dict[str, object] = {name: _clean(meta.get(name)) for name in META_FIELDS}
    authors = clean_authors(meta.get("authors"))
    fields["authors"] = authors
    fields[body_key] = body
    raw = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    data = raw.encode("utf-8")
    hints = {name: value for name in META_FIELDS if isinstance(value := fields[name], str)}
    if authors:
        hints["authors"] = "; ".join(authors)
    return Document(Document.make_id(data), uri, fetched_at, ITEM_MEDIA_TYPE, data, hints)
