"""Rich renderings of stories for the CLI (``storyline stories``, ``storyline story``)."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

Row = dict[str, Any]


def _size(claim: Row) -> str:
    value = claim.get("value")
    number = "?" if value is None else f"{value:,.0f}"
    return f"{'≥' if claim.get('vague') else ''}{number} {claim.get('kind')}"


def stories_table(rows: list[Row]) -> Table:
    table = Table(title="Stories")
    threads = any("storyline" in r for r in rows)
    for name in (
        *(("storyline",) if threads else ()),
        "id",
        "first seen",
        "last seen",
        "label",
        "reports",
        "sources",
        "events",
        "countries",
    ):
        table.add_column(name, overflow="fold")
    for r in rows:
        table.add_row(
            *((str(r.get("storyline") or "")[:8],) if threads else ()),
            str(r["id"])[:8],
            r.get("first_seen") or "",
            r.get("last_seen") or "",
            r.get("label") or "",
            f"{r['reports']} ({r['articles']} distinct)"
            if r["reports"] != r["articles"]
            else str(r["reports"]),
            ", ".join(r.get("sources") or []),
            f"{r['events']}" + (f" ({r['disputed']} disputed)" if r.get("disputed") else ""),
            " ".join(r.get("countries") or []),
        )
    return table


def _entity(items: list[Row]) -> str:
    return "; ".join(
        e.get("entity_text", "") + (f" [{e['code']}]" if e.get("code") else "") for e in items
    )


def _reports(reports: list[Row]) -> Table:
    table = Table(title="Reports by source")
    for name in ("source", "published", "title", "article", "role"):
        table.add_column(name, overflow="fold")
    for source, items in groupby(reports, key=lambda r: r.get("source") or "?"):
        for i, r in enumerate(items):
            role = r["role"]
            if r.get("duplicate_of"):
                similarity = r.get("similarity") or 1.0
                role = f"duplicate of {str(r['duplicate_of'])[:8]} (similarity {similarity:.2f})"
            table.add_row(
                source if i == 0 else "",
                r.get("published") or "",
                r.get("title") or "",
                str(r["article_id"])[:8],
                role,
            )
    return table


def _timeline(events: list[Row]) -> Table:
    table = Table(title="Timeline (one row per happening; citations = reports)")
    for name in ("date", "event/mode", "actor", "recipient", "size", "sources"):
        table.add_column(name, overflow="fold")
    for e in events:
        sizes = " vs ".join(
            f"{_size(c)} ({', '.join(c.get('sources') or [])})" for c in e.get("sizes") or []
        )
        flags = " ".join(f for f in ("negated", "future", "hypothetical") if e.get(f))
        table.add_row(
            e.get("date") or "",
            f"{e['event']}/{e.get('mode') or '-'}" + (f" [{flags}]" if flags else ""),
            _entity(e.get("actor") or []),
            _entity(e.get("recipient") or []),
            Text(sizes, style="bold red" if e.get("disputed") else ""),
            f"{len(e.get('citations') or [])}: " + ", ".join(e.get("sources") or []),
        )
    return table


def _disagreements(events: list[Row]) -> list[Panel]:
    panels = []
    for e in events:
        if not e.get("disputed"):
            continue
        lines = [Text(f"{e['event']}/{e.get('mode')} {e.get('date') or ''}", style="bold")]
        for claim in e.get("sizes") or []:
            lines.append(Text(f"  {_size(claim)}: {', '.join(claim.get('sources') or [])}"))
            for c in e.get("citations") or []:
                if c["event_id"] in (claim.get("event_ids") or []):
                    lines.append(
                        Text(
                            f"    [{c.get('source')} s{c.get('sentence')}] {c.get('text')}",
                            style="dim",
                        )
                    )
        panels.append(Panel(Group(*lines), title="disagreement", border_style="red"))
    return panels


def story_view(story: Row) -> Group:
    head = Text(story.get("label") or "(no headline)", style="bold")
    meta = Text(
        f"story {story['id']} · "
        f"{story.get('first_seen') or '?'} → {story.get('last_seen') or '?'} · "
        f"{story['reports']} reports from {len(story.get('sources') or [])} sources · "
        f"countries: {' '.join(story.get('countries') or []) or '—'}\n"
        f"key entities: {', '.join(story.get('key_entities') or []) or '—'}"
    )
    parts: list[Any] = [head, meta, _reports(story["members"]), _timeline(story["timeline"])]
    parts.extend(_disagreements(story["timeline"]))
    parts.extend(_storyline(story.get("storyline") or {}))
    return Group(*parts)


def _storyline(line: Row) -> list[Any]:
    """The other stories of the story's storyline (one ongoing thread), oldest first."""
    others = line.get("stories") or []
    if not others:
        return []
    table = Table(title=f"Same storyline: {len(others)} other stories", title_justify="left")
    for column in ("story", "first seen", "last seen", "reports", "headline"):
        table.add_column(column)
    for o in others:
        table.add_row(
            str(o["id"])[:12],
            o.get("first_seen") or "?",
            o.get("last_seen") or "?",
            str(o.get("reports") or 0),
            o.get("label") or "(no headline)",
        )
    return [table]
