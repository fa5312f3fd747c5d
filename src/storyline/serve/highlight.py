"""Article text as safe HTML with mentions, quantities, dates and event evidence highlighted.

Every piece of article text goes through :func:`markupsafe.escape`; the only markup added is
``<span>`` elements whose class and title attributes are built here (titles escaped too). Each
sentence is wrapped in ``<span class="sentence" id="s{index}">`` so that a link such as
``/articles/{id}#s3`` (a digest citation) scrolls to and highlights that sentence (CSS
``:target``). Overlapping annotations are split into atomic segments, each carrying the classes
of every annotation covering it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from storyline.store.rows import Row

_NUMERIC_LABELS = {"CARDINAL", "ORDINAL", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY"}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    classes: tuple[str, ...]
    title: str = ""
    events: tuple[int, ...] = field(default_factory=tuple)


def annotation_spans(
    *,
    mentions: Sequence[Row],
    quantities: Sequence[Row],
    timexes: Sequence[Row],
    events: Sequence[Row],
) -> list[Span]:
    """Highlight spans of one article (absolute character offsets into its text)."""
    spans: list[Span] = []
    for m in mentions:
        if m.get("label") in _NUMERIC_LABELS:
            continue
        info = " ".join(str(m[k]) for k in ("label", "role", "country", "sector") if m.get(k))
        spans.append(Span(m["start_char"], m["end_char"], ("mention",), info))
    for q in quantities:
        noun = q.get("noun_text") or "?"
        spans.append(Span(q["start_char"], q["end_char"], ("quantity",), f"quantity of {noun}"))
    for t in timexes:
        spans.append(Span(t["start_char"], t["end_char"], ("timex",), f"date {t.get('value')}"))
    for n, event in enumerate(events):
        for ev in event.get("evidence") or []:
            label = f"{event['event']}/{event.get('mode') or '-'} {ev['field']}"
            spans.append(
                Span(ev["start"], ev["end"], ("evidence", f"f-{ev['field']}"), label, (n,))
            )
    return [s for s in spans if s.end > s.start]


def _segment(text: str, active: list[Span]) -> Markup:
    if not active:
        return escape(text)
    classes: list[str] = []
    titles: list[str] = []
    events: list[str] = []
    for span in active:
        classes.extend(c for c in span.classes if c not in classes)
        if span.title and span.title not in titles:
            titles.append(span.title)
        events.extend(str(e) for e in span.events if str(e) not in events)
    attrs = Markup(' class="{}" title="{}"').format(" ".join(classes), "; ".join(titles))
    if events:
        attrs += Markup(' data-events="{}"').format(" ".join(events))
    return Markup("<span{}>{}</span>").format(attrs, text)


def _render_range(text: str, lo: int, hi: int, spans: Sequence[Span]) -> Markup:
    inside = [s for s in spans if s.start < hi and s.end > lo]
    cuts = sorted({lo, hi, *(max(s.start, lo) for s in inside), *(min(s.end, hi) for s in inside)})
    out = Markup()
    for a, b in itertools.pairwise(cuts):
        active = [s for s in inside if s.start <= a and s.end >= b]
        out += _segment(text[a:b], active)
    return out


def article_html(text: str, sentences: Sequence[Row], spans: Sequence[Span]) -> Markup:
    """The whole article text as escaped HTML with sentence anchors and highlight spans."""
    out = Markup()
    pos = 0
    for sentence in sorted(sentences, key=lambda s: int(s["start_char"])):
        lo, hi = int(sentence["start_char"]), int(sentence["end_char"])
        if lo < pos:
            continue
        out += _render_range(text, pos, lo, spans)
        out += Markup('<span class="sentence" id="s{}">{}</span>').format(
            sentence["idx"], _render_range(text, lo, hi, spans)
        )
        pos = hi
    out += _render_range(text, pos, len(text), spans)
    return out


def safe_href(url: object) -> str | None:
    """The URL when it is an http(s) link, else None (never render ``javascript:`` links)."""
    if not isinstance(url, str):
        return None
    stripped = url.strip()
    scheme = stripped.split(":", 1)[0].lower() if ":" in stripped else ""
    return stripped if scheme in ("http", "https") else None
