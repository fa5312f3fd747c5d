"""Human-readable rendering for the CLI (rich tables and highlighted evidence). No I/O here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from storyline.store.queries import ArticleDetail
from storyline.store.rows import Row

#: Colours of evidence fields in `storyline show`.
FIELD_STYLES = {
    "trigger": "bold red",
    "actor": "bold cyan",
    "recipient": "bold magenta",
    "size": "bold green",
    "date": "yellow",
    "location": "blue",
    "reported_by": "italic cyan",
}


def entity_text(entities: Sequence[dict[str, Any]] | None) -> str:
    """'Argentine officials [ARG GOV]; ...' for a list of event entities."""
    parts = []
    for ent in entities or []:
        tags = " ".join(x for x in (ent.get("code"), ent.get("sector")) if x)
        parts.append(
            f"{ent.get('entity_text', '')} [{tags}]" if tags else ent.get("entity_text", "")
        )
    return "; ".join(parts)


def size_text(size: dict[str, Any] | None) -> str:
    if not size:
        return ""
    value = size.get("value")
    number = "" if value is None else f"{value:g}"
    prefix = "~" if size.get("vague") else ""
    return f"{size.get('kind', '')} {prefix}{number}".strip()


def _host(url: object) -> str:
    host = urlsplit(str(url)).hostname if url else None
    return (host or "").removeprefix("www.")


def flags_text(event: Row) -> str:
    return ",".join(f for f in ("negated", "future", "hypothetical") if event.get(f))


def events_table(events: Sequence[Row], *, title: str = "Events") -> Table:
    table = Table(title=title, show_lines=False)
    for name in ("id", "date", "event/mode", "actor", "recipient", "size", "flags", "source"):
        table.add_column(name, overflow="fold", no_wrap=name in ("id", "date", "event/mode"))
    for e in events:
        table.add_row(
            str(e["id"])[:8],
            str(e.get("date") or ""),
            f"{e['event']}/{e.get('mode') or '-'}",
            entity_text(e.get("actor")),
            entity_text(e.get("recipient")),
            size_text(e.get("size")),
            flags_text(e),
            _host(e.get("url")) or str(e["article_id"])[:8],
        )
    return table


def articles_table(rows: Sequence[Row]) -> Table:
    table = Table(title="Articles")
    for name in ("id", "published", "source", "lang", "events", "title"):
        table.add_column(name, overflow="fold")
    for r in rows:
        title = str(r.get("title") or "")
        if r.get("duplicate_of"):
            title = f"{title} (duplicate of {str(r['duplicate_of'])[:8]})"
        table.add_row(
            str(r["id"])[:12],
            str(r.get("published") or "—"),
            str(r.get("source") or "—"),
            str(r.get("language") or ""),
            str(r.get("events") or 0),
            title,
        )
    return table


def highlight(sentence: Row, spans: Sequence[tuple[int, int, str]]) -> Text:
    """The sentence text with the given absolute char spans styled."""
    start = int(sentence["start_char"])
    text = Text(str(sentence["text"]).rstrip())
    for s, e, style in spans:
        lo, hi = max(s - start, 0), min(e - start, len(text))
        if lo < hi:
            text.stylize(style, lo, hi)
    return text


def event_panel(event: Row, sentences: dict[int, Row]) -> Panel:
    by_sentence: dict[int, list[tuple[int, int, str]]] = {}
    for ev in event.get("evidence") or []:
        style = FIELD_STYLES.get(ev["field"], "underline")
        by_sentence.setdefault(int(ev["sentence"]), []).append((ev["start"], ev["end"], style))
    lines: list[RenderableType] = [
        Text(
            f"actor: {entity_text(event.get('actor'))}   recipient: "
            f"{entity_text(event.get('recipient'))}   size: {size_text(event.get('size'))}   "
            f"date: {event.get('date') or '—'}   flags: {flags_text(event) or '—'}"
        )
    ]
    for idx in sorted(by_sentence):
        if idx in sentences:
            lines.append(Text(f"[s{idx}] ") + highlight(sentences[idx], by_sentence[idx]))
    title = f"{event['event']}/{event.get('mode') or '-'}  {str(event['id'])[:8]}"
    return Panel(Group(*lines), title=title, title_align="left")


def article_view(detail: ArticleDetail) -> Group:
    a = detail.article
    header = Text.assemble(
        (str(a.get("title") or "(untitled)"), "bold"),
        f"\n{a.get('source') or '—'} · {a.get('published') or 'no date'} · {a.get('language')}"
        f" · {a.get('url') or a['id']}",
    )
    parts: list[RenderableType] = [header]
    if a.get("duplicate_of"):
        parts.append(Text(f"Duplicate of {a['duplicate_of']}", style="yellow"))
    parts.append(mentions_table(detail.mentions))
    if detail.quantities:
        parts.append(
            Text(
                "Quantities: "
                + "; ".join(f"{q['text']} → {q.get('noun_text') or '?'}" for q in detail.quantities)
            )
        )
    if detail.timexes:
        parts.append(
            Text(
                "Dates: "
                + "; ".join(f"{t['text']} → {t.get('value') or '?'}" for t in detail.timexes)
            )
        )
    sentences = {int(s["idx"]): s for s in detail.sentences}
    parts.extend(event_panel(e, sentences) for e in detail.events)
    if not detail.events:
        parts.append(Text("No events.", style="dim"))
    return Group(*parts)


def mentions_table(mentions: Sequence[Row]) -> Table:
    table = Table(title="Mentions")
    for name in ("text", "label", "role", "canonical", "country", "sector"):
        table.add_column(name)
    seen: set[tuple[str, str]] = set()
    for m in mentions:
        key = (str(m["text"]), str(m["label"]))
        if key in seen or m["label"] in (
            "CARDINAL",
            "ORDINAL",
            "DATE",
            "TIME",
            "PERCENT",
            "MONEY",
            "QUANTITY",
        ):
            continue
        seen.add(key)
        table.add_row(
            *(
                str(m.get(k) or "")
                for k in ("text", "label", "role", "canonical", "country", "sector")
            )
        )
    return table


def summary_table(summary: dict[str, object]) -> Table:
    table = Table(title="Ingest summary", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for key in (
        "read",
        "articles",
        "unchanged",
        "duplicates",
        "not_annotated",
        "events",
        "stories",
        "skipped",
    ):
        table.add_row(key.replace("_", " "), str(summary.get(key, 0)))
    return table


def eval_summary(scores: dict[str, Any]) -> Table:
    """Headline numbers of an evaluation report (every nested numeric leaf, two levels deep)."""
    table = Table(title="Evaluation", show_header=True)
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key, value in scores.items():
        if isinstance(value, dict):
            for sub, v in value.items():
                if isinstance(v, int | float) and not isinstance(v, bool):
                    table.add_row(f"{key}.{sub}", f"{v:.3f}" if isinstance(v, float) else str(v))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            table.add_row(key, str(value))
    return table
