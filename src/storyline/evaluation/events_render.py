"""Readable summary of an event evaluation report (a rich table for the CLI)."""

from __future__ import annotations

from typing import Any

from rich.table import Table

_HEADLINE = (
    "main_event.precision", "main_event.recall", "main_event.f1", "detection.precision",
    "detection.recall", "detection.f1", "accuracy", "macro_f1", "mode.accuracy",
    "actor_country.accuracy", "actor_sector.accuracy",
    "recipient_country.accuracy", "recipient_sector.accuracy", "root_accuracy",
    "root_accuracy_coded", "code_accuracy_coded", "no_event_specificity", "country.accuracy",
    "sector.accuracy", "found", "other_category_sentences",
)  # fmt: skip


def _get(scores: dict[str, Any], dotted: str) -> Any:
    node: Any = scores
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _fmt(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def events_eval_tables(scores: dict[str, Any]) -> list[Table]:
    """Headline metrics, then per-category (or per-check) rows."""
    head = Table(title=f"Event evaluation: {scores.get('dataset')}")
    head.add_column("metric")
    head.add_column("value", justify="right")
    for name in _HEADLINE:
        value = _get(scores, name)
        if value is not None and not isinstance(value, dict):
            head.add_row(name, _fmt(value))
    for name, ids in sorted((scores.get("errors") or {}).items()):
        head.add_row(f"errors.{name}", str(len(ids)))
    tables = [head]
    per = scores.get("per_category") or scores.get("per_class")
    if per:
        t = Table(title="Per category")
        for col in ("label", "precision", "recall", "f1", "support", "predicted"):
            t.add_column(col, justify="left" if col == "label" else "right")
        for label, row in per.items():
            t.add_row(
                label,
                *(_fmt(row[c]) for c in ("precision", "recall", "f1", "support", "predicted")),
            )
        tables.append(t)
    if scores.get("checks"):
        t = Table(title="Seed acceptance list")
        t.add_column("check")
        t.add_column("found")
        for name, ok in scores["checks"].items():
            t.add_row(name, "[green]yes[/green]" if ok else "[red]no[/red]")
        tables.append(t)
    return tables


__all__ = ["events_eval_tables"]
