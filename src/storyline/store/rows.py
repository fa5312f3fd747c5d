"""Records -> table rows (plain dicts), and event rows -> PLOVER JSON objects.

The event JSON form uses PLOVER field names (see docs/formats.md) plus ``article_id`` and ``url``.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from storyline.records import (
    AnnotatedArticle,
    Article,
    Document,
    Event,
    EventEntity,
    Skipped,
)

Row = dict[str, Any]


def _json(value: Any) -> str | None:
    if value is None:
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    elif isinstance(value, tuple | list):
        value = [
            dataclasses.asdict(v) if dataclasses.is_dataclass(v) and not isinstance(v, type) else v
            for v in value
        ]
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def document_row(doc: Document) -> Row:
    return {
        "id": doc.id,
        "uri": doc.uri,
        "fetched_at": doc.fetched_at,
        "media_type": doc.media_type,
        "size_bytes": len(doc.raw),
        "hints": json.dumps(doc.hints, ensure_ascii=False, sort_keys=True),
        "raw": doc.raw,
    }


def article_row(
    article: Article,
    *,
    annotated: AnnotatedArticle | None = None,
    coder: str | None = None,
    similarity: float | None = None,
) -> Row:
    return {
        "id": article.id,
        "document_id": article.document_id,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "published": article.published.date if article.published else None,
        "published_precision": article.published.precision if article.published else None,
        "language": article.language,
        "authors": list(article.authors),
        "text": article.text,
        "dup_key": article.dup_key,
        "minhash": list(article.minhash),
        "duplicate_of": article.duplicate_of,
        "similarity": similarity,
        "truncated": article.truncated,
        "extractor": article.extractor,
        "annotator": annotated.annotator if annotated else None,
        "coder": coder,
        "n_sentences": len(annotated.sentences) if annotated else None,
        "n_words": len(article.text.split()),
    }


def child_rows(annotated: AnnotatedArticle) -> dict[str, list[Row]]:
    """Rows for sentences, mentions, quantities and time expressions of one article."""
    aid = annotated.article.id
    who = annotated.annotator
    sentences = [
        {
            "article_id": aid,
            "idx": s.index,
            "start_char": s.start,
            "end_char": s.end,
            "text": s.text,
        }
        for s in annotated.sentences
    ]
    mentions = [_span_row(m, who) for m in annotated.mentions]
    quantities = [_span_row(q, who) for q in annotated.quantities]
    timexes = [_span_row(t, who) for t in annotated.timexes]
    return {
        "sentences": sentences,
        "mentions": mentions,
        "quantities": quantities,
        "timexes": timexes,
    }


def _span_row(record: Any, annotator: str) -> Row:
    # (a shallow copy: these records hold only flat values, and ``dataclasses.asdict``'s deep
    # copy was a tenth of the store's time)
    row = {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}
    row["start_char"] = row.pop("start")
    row["end_char"] = row.pop("end")
    row["annotator"] = annotator
    return row


def _countries(entities: tuple[EventEntity, ...]) -> list[str]:
    return [e.code for e in entities if e.code]


def event_row(event: Event) -> Row:
    countries = sorted(set(_countries(event.actor) + _countries(event.recipient)))
    if event.event_loc and event.event_loc.country:
        countries = sorted({*countries, event.event_loc.country})
    return {
        "id": event.id,
        "article_id": event.article_id,
        "event": event.event,
        "mode": event.mode,
        "context": list(event.context),
        "actor": _json(event.actor),
        "recipient": _json(event.recipient),
        "event_loc": _json(event.event_loc),
        "date": event.date,
        "date_precision": event.date_precision,
        "size": _json(event.size),
        "negated": event.negated,
        "future": event.future,
        "hypothetical": event.hypothetical,
        "reported_by": _json(event.reported_by),
        "evidence": _json(event.evidence),
        "confidence": event.confidence,
        "coder": event.coder,
        "cameo": event.cameo,
        "countries": countries,
    }


def skip_row(skip: Skipped) -> Row:
    return dataclasses.asdict(skip)


EVENT_JSON_FIELDS = (
    "id",
    "article_id",
    "url",
    "event",
    "mode",
    "context",
    "actor",
    "recipient",
    "event_loc",
    "date",
    "date_precision",
    "size",
    "negated",
    "future",
    "hypothetical",
    "reported_by",
    "evidence",
    "confidence",
    "coder",
    "cameo",
)

_JSON_COLUMNS = ("actor", "recipient", "event_loc", "size", "reported_by", "evidence")


def event_object(row: Row) -> Row:
    """A stored event row (joined with the article url) as a PLOVER JSON object."""
    out: Row = {}
    for name in EVENT_JSON_FIELDS:
        value = row.get(name)
        if name in _JSON_COLUMNS and isinstance(value, str):
            value = json.loads(value)
        if name == "context" and value is None:
            value = []
        out[name] = value
    return out
