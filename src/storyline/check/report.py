"""Rendering of a check report: a JSON object for machines (fields in docs/formats.md) and a rich
view for people (each claim, its verdict, the deciding source sentence with the span marked)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from storyline.check.base import CheckReport, Verdict

VERDICT_STYLES = {"supported": "green", "unsupported": "yellow", "contradicted": "bold red"}


def report_json(report: CheckReport) -> dict[str, Any]:
    """The report as a JSON-ready dict (stable key order)."""
    return {
        "checker": report.checker,
        "ok": report.ok,
        "counts": report.counts,
        "rewrite": asdict(report.rewrite),
        "sources": [{"n": i + 1, **asdict(s)} for i, s in enumerate(report.sources)],
        "claims": [_verdict_json(v) for v in report.verdicts],
    }


def _verdict_json(v: Verdict) -> dict[str, Any]:
    c = v.claim
    return {
        "id": c.id,
        "kind": c.kind,
        "sentence": c.sentence,
        "start": c.start,
        "end": c.end,
        "text": c.text,
        "claim": c.summary,
        "value": c.value,
        "verdict": v.verdict,
        "reason": v.reason,
        "evidence": asdict(v.evidence) if v.evidence else None,
    }


def _evidence_text(v: Verdict) -> Text:
    ev = v.evidence
    if ev is None:
        return Text("no source span", style="dim")
    head = Text(f"[{ev.source}] ", style="bold")
    if ev.sentence is None or ev.sentence_text is None or ev.sentence_start is None:
        return head + Text(ev.text, style="italic")
    head.append(f"sentence {ev.sentence}: ", style="dim")
    body = Text(ev.sentence_text)
    rel_start = max(0, ev.start - ev.sentence_start)
    rel_end = min(len(ev.sentence_text), ev.end - ev.sentence_start)
    if rel_end > rel_start:
        body.stylize("bold reverse", rel_start, rel_end)
    return head + body


def report_view(report: CheckReport, *, only_flagged: bool = False) -> RenderableType:
    """Header with the counts, then a table of claims with verdicts and evidence."""
    counts = report.counts
    status = Text("OK: every claim is supported", style="green")
    if not report.ok:
        status = Text(
            f"{counts['contradicted']} contradicted, {counts['unsupported']} unsupported",
            style="bold red",
        )
    header = Text(f"Rewrite {report.rewrite.uri} checked against ")
    header.append(", ".join(f"[{i + 1}] {s.uri}" for i, s in enumerate(report.sources)))
    table = Table(show_lines=True, expand=True)
    table.add_column("verdict", no_wrap=True)
    table.add_column("claim (rewrite)", ratio=2, overflow="fold")
    table.add_column("deciding source span", ratio=3, overflow="fold")
    for v in report.verdicts:
        if only_flagged and v.verdict == "supported":
            continue
        claim = Text(f"{v.claim.kind} ", style="bold") + Text(f"s{v.claim.sentence}: ", style="dim")
        claim.append(v.claim.summary)
        claim.append(f"\n{v.reason}", style="dim")
        table.add_row(Text(v.verdict, style=VERDICT_STYLES[v.verdict]), claim, _evidence_text(v))
    summary = Text(
        f"{len(report.verdicts)} claims: {counts['supported']} supported, "
        f"{counts['unsupported']} unsupported, {counts['contradicted']} contradicted"
    )
    return Group(header, status, table, summary)
