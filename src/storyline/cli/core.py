"""Core commands: ingest, articles, show, events, export, skips, eval corpus, eval events."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Group
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from storyline.cli.common import (
    DEFAULT_FLOORS,
    DEFAULT_RESULTS,
    EXIT_SKIPPED,
    ConfigOpt,
    DbOpt,
    FloorsOpt,
    FormatOpt,
    ResultsOpt,
    SetOpt,
    app,
    emit_rows,
    err,
    eval_app,
    finish_eval,
    out,
    record_eval,
    resolve_settings,
    run_guarded,
)
from storyline.events.ontology import validate_event_filter
from storyline.pipeline import Pipeline
from storyline.render import article_view, articles_table, eval_summary, events_table, summary_table
from storyline.store import EXPORTABLE, FORMATS, EventFilter, Store, export_table
from storyline.store import article_detail as _article_detail
from storyline.store import articles as _articles
from storyline.store import events as _events
from storyline.store import skips as _skips


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    db: DbOpt = None,
    source: Annotated[
        str | None, typer.Option(help="Publisher domain for inputs that lack one.")
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that lack one.")
    ] = None,
    strict: Annotated[bool, typer.Option(help="Exit 4 when any item was skipped.")] = False,
    json_summary: Annotated[
        bool, typer.Option("--json", help="Print the summary as JSON.")
    ] = False,
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Read news files into the database: extract, annotate, code events, store."""

    def body() -> dict[str, Any]:
        settings = resolve_settings(db, sets, config, source=source, published=published)
        from storyline.ingest import expand_inputs

        total = len(expand_inputs(paths))
        with Store(settings.db) as store:
            pipeline = Pipeline(settings, store)
            with Progress(
                TextColumn("ingesting"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=err,
                transient=True,
                disable=json_summary,
            ) as bar:
                task = bar.add_task("ingest", total=total)
                report = pipeline.run(
                    paths, stdin=sys.stdin.buffer, progress=lambda n: bar.advance(task, n)
                )
        summary = report.as_dict()
        summary["skips"] = [
            {"uri": s.uri, "stage": s.stage, "reason": s.reason, "detail": s.detail}
            for s in report.skipped
        ]
        return summary

    summary = run_guarded(body)
    if json_summary:
        sys.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    else:
        out.print(summary_table(summary))
        for skip in summary["skips"]:
            out.print(f"  [yellow]skipped[/yellow] ({skip['reason']}) {skip['detail']}")
    if strict and summary["skipped"]:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def articles(
    db: DbOpt = None,
    limit: Annotated[int | None, typer.Option(help="Show at most N articles.")] = None,
    fmt: FormatOpt = "table",
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """List stored articles (duplicates are marked)."""

    def body() -> list[dict[str, Any]]:
        settings = resolve_settings(db, sets, config)
        with Store(settings.db, read_only=True) as store:
            return _articles(store, limit=limit)

    rows = run_guarded(body)
    run_guarded(lambda: emit_rows(rows, fmt, lambda: articles_table(rows)))


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="Article id or a unique prefix of it.")],
    db: DbOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text | json")] = "text",
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Show one article with its annotations and its events, evidence highlighted."""

    def body() -> Any:
        settings = resolve_settings(db, sets, config)
        with Store(settings.db, read_only=True) as store:
            return _article_detail(store, article_id)

    detail = run_guarded(body)
    if fmt == "json":
        from dataclasses import asdict

        sys.stdout.write(
            json.dumps(asdict(detail), ensure_ascii=False, default=str, indent=2) + "\n"
        )
    else:
        out.print(article_view(detail))


@app.command()
def events(
    db: DbOpt = None,
    event: Annotated[str | None, typer.Option(help="PLOVER category, e.g. COERCE.")] = None,
    mode: Annotated[str | None, typer.Option(help="PLOVER mode, e.g. arrest.")] = None,
    country: Annotated[
        str | None, typer.Option(help="ISO3 country of an actor, recipient or location.")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Only events on/after this date.")] = None,
    until: Annotated[str | None, typer.Option(help="Only events on/before this date.")] = None,
    limit: Annotated[int | None, typer.Option(help="Show at most N events.")] = None,
    fmt: FormatOpt = "table",
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """List coded events, filtered by type, country and date."""

    def body() -> list[dict[str, Any]]:
        canonical_event, canonical_mode = validate_event_filter(event, mode)
        settings = resolve_settings(db, sets, config)
        flt = EventFilter(
            event=canonical_event,
            mode=canonical_mode,
            country=country,
            since=since,
            until=until,
            limit=limit,
        )
        with Store(settings.db, read_only=True) as store:
            return _events(store, flt)

    rows = run_guarded(body)
    run_guarded(lambda: emit_rows(rows, fmt, lambda: events_table(rows)))


@app.command()
def export(
    table: Annotated[str, typer.Option(help=f"One of: {', '.join(EXPORTABLE)}.")] = "events",
    fmt: Annotated[
        str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")
    ] = "jsonl",
    out_path: Annotated[
        Path | None, typer.Option("--out", "-o", help="Output file (default stdout).")
    ] = None,
    db: DbOpt = None,
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Export a table as JSONL, CSV or Parquet (events use PLOVER field names)."""

    def body() -> tuple[int, str | None]:
        settings = resolve_settings(db, sets, config)
        with Store(settings.db, read_only=True) as store:
            return export_table(store, table=table, fmt=fmt, out=out_path)

    count, text = run_guarded(body)
    if text is not None:
        sys.stdout.write(text)
    else:
        err.print(f"wrote {count} {table} rows to {out_path}")


@app.command()
def skips(
    db: DbOpt = None,
    fmt: FormatOpt = "table",
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """List the input items that were skipped, with the reason."""

    def body() -> list[dict[str, Any]]:
        settings = resolve_settings(db, sets, config)
        with Store(settings.db, read_only=True) as store:
            return _skips(store)

    rows = run_guarded(body)

    def table() -> Any:
        from rich.table import Table

        t = Table(title="Skipped items")
        for name in ("stage", "reason", "uri", "detail"):
            t.add_column(name, overflow="fold")
        for r in rows:
            t.add_row(r["stage"], r["reason"], r["uri"], r["detail"])
        return t

    run_guarded(lambda: emit_rows(rows, fmt, table))


@eval_app.command("corpus")
def eval_corpus(
    corpus: Annotated[Path, typer.Option(help="Corpus folder with gold.jsonl.")] = Path("corpus"),
    results: ResultsOpt = DEFAULT_RESULTS,
    floors: FloorsOpt = DEFAULT_FLOORS,
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Run the whole pipeline on the demo corpus and score it against corpus/gold.jsonl."""
    from storyline.evaluation import evaluate_corpus

    def body() -> tuple[dict[str, Any], Path, list[str]]:
        scores, _ = evaluate_corpus(corpus, resolve_settings(None, sets, config))
        return record_eval("corpus", scores, results, floors)

    scores, path, failures = run_guarded(body)
    finish_eval(eval_summary(scores), path, failures)


# --------------------------------------------------------------------------- eval events


@eval_app.command("events")
def eval_events(
    dataset: Annotated[
        str,
        typer.Option(
            help=(
                "plover-gsr | petrarch-gsr | conflibert-quad | ngec-actors | seed | snippets"
                " | snippets-<set> (b, c, ... cn; listed in eval/snippets/README.md)"
            )
        ),
    ] = "plover-gsr",
    results: ResultsOpt = DEFAULT_RESULTS,
    floors: FloorsOpt = DEFAULT_FLOORS,
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Score the event coder on a public gold set (read from the `datasets` setting), or on
    the project's own news snippets (`snippets`: eval/snippets/snippets.jsonl; `snippets-b`
    ... `snippets-dd`: the later sets eval/snippets/snippets-<set>.jsonl, each described in
    eval/snippets/README.md with whether it is a blind or a development set)."""
    from storyline.evaluation.events_eval import evaluate_events
    from storyline.evaluation.events_render import events_eval_tables

    def body() -> tuple[dict[str, Any], Path, list[str]]:
        settings = resolve_settings(None, sets, config)
        scores = evaluate_events(dataset, settings)
        name = f"events-{dataset}"
        return record_eval(name, scores, results, floors)

    scores, path, failures = run_guarded(body)
    finish_eval(Group(*events_eval_tables(scores)), path, failures)
