"""The `storyline` command line: parse -> settings -> public function -> print.

Exit codes (documented in docs/cli.md):
  0  success (an ingest with skipped items still succeeds; the summary lists them)
  1  a storyline error while running (store, model, evaluation below floor)
  2  usage or configuration error (bad option value, unknown setting)
  3  not found (article id, database, input with --strict)
  4  --strict ingest that skipped at least one item
  5  `check`: a claim of the rewrite is unsupported or contradicted
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console, Group
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from storyline import __version__
from storyline.errors import ConfigError, NotFound, StorylineError
from storyline.events.ontology import validate_event_filter
from storyline.pipeline import Pipeline
from storyline.render import article_view, articles_table, eval_summary, events_table, summary_table
from storyline.settings import Settings, load_settings, parse_overrides
from storyline.store import EXPORTABLE, FORMATS, EventFilter, Store, export_table
from storyline.store import article_detail as _article_detail
from storyline.store import articles as _articles
from storyline.store import events as _events
from storyline.store import skips as _skips
from storyline.store.export import render

app = typer.Typer(
    name="storyline",
    help="News in, verifiable knowledge out: PLOVER events with evidence, stored in DuckDB.",
    no_args_is_help=True,
    add_completion=False,
)
# Wide tables when the output is a pipe or file (rich would assume 80 columns there).
out = Console(width=None if sys.stdout.isatty() else 140)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 140)

EXIT_ERROR, EXIT_USAGE, EXIT_NOT_FOUND, EXIT_SKIPPED = 1, 2, 3, 4

T = TypeVar("T")

DbOpt = Annotated[Path | None, typer.Option("--db", help="DuckDB file (setting `db`).")]
SetOpt = Annotated[
    list[str] | None, typer.Option("--set", help="Override a setting: key=value (repeatable).")
]
ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="Settings file (default ./storyline.toml).")
]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table | jsonl | csv")]
FloorsOpt = Annotated[Path, typer.Option(help="Floors file to check.")]
DEFAULT_FLOORS = Path("eval/floors.json")


def _settings(
    db: Path | None, sets: list[str] | None, config: Path | None, **extra: Any
) -> Settings:
    overrides = parse_overrides(sets or [])
    if db is not None:
        overrides["db"] = str(db)
    overrides.update({k: v for k, v in extra.items() if v is not None})
    return load_settings(config=config, overrides=overrides)


def _run(fn: Callable[[], T]) -> T:
    """Run a command body, mapping storyline errors to messages and exit codes."""
    try:
        return fn()
    except ConfigError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_USAGE) from exc
    except NotFound as exc:
        err.print(f"[red]not found:[/red] {exc}")
        raise typer.Exit(EXIT_NOT_FOUND) from exc
    except StorylineError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_ERROR) from exc


def _emit_rows(rows: list[dict[str, Any]], fmt: str, table: Callable[[], Any]) -> None:
    if fmt == "table":
        out.print(table())
    elif fmt in ("jsonl", "csv"):
        sys.stdout.write(render(rows, fmt))
    else:
        raise ConfigError(f"unknown format {fmt!r}; choose one of: table, jsonl, csv")


def _record_eval(
    name: str, scores: dict[str, Any], results: Path, floors: Path
) -> tuple[dict[str, Any], Path, list[str]]:
    """Write an evaluation's report to ``results`` and check it against ``floors``."""
    from storyline.evaluation import check_floors, write_result

    return scores, write_result(name, scores, results), check_floors(name, scores, floors)


def _finish_eval(table: Any, path: Path, failures: list[str]) -> None:
    """Print an evaluation's summary, where its report went, and exit 1 below a floor."""
    out.print(table)
    out.print(f"report written to {path}")
    for failure in failures:
        err.print(f"[red]below floor:[/red] {failure}")
    if failures:
        raise typer.Exit(EXIT_ERROR)


@app.callback(invoke_without_command=True)
def _main(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details.")] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if version:
        out.print(f"storyline {__version__}")
        raise typer.Exit(0)


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
        settings = _settings(db, sets, config, source=source, published=published)
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

    summary = _run(body)
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
        settings = _settings(db, sets, config)
        with Store(settings.db, read_only=True) as store:
            return _articles(store, limit=limit)

    rows = _run(body)
    _run(lambda: _emit_rows(rows, fmt, lambda: articles_table(rows)))


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
        settings = _settings(db, sets, config)
        with Store(settings.db, read_only=True) as store:
            return _article_detail(store, article_id)

    detail = _run(body)
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
        settings = _settings(db, sets, config)
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

    rows = _run(body)
    _run(lambda: _emit_rows(rows, fmt, lambda: events_table(rows)))


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
        settings = _settings(db, sets, config)
        with Store(settings.db, read_only=True) as store:
            return export_table(store, table=table, fmt=fmt, out=out_path)

    count, text = _run(body)
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
        settings = _settings(db, sets, config)
        with Store(settings.db, read_only=True) as store:
            return _skips(store)

    rows = _run(body)

    def table() -> Any:
        from rich.table import Table

        t = Table(title="Skipped items")
        for name in ("stage", "reason", "uri", "detail"):
            t.add_column(name, overflow="fold")
        for r in rows:
            t.add_row(r["stage"], r["reason"], r["uri"], r["detail"])
        return t

    _run(lambda: _emit_rows(rows, fmt, table))


eval_app = typer.Typer(help="Measure accuracy against gold data; write eval/results/*.json.")
app.add_typer(eval_app, name="eval")


@eval_app.command("corpus")
def eval_corpus(
    corpus: Annotated[Path, typer.Option(help="Corpus folder with gold.jsonl.")] = Path("corpus"),
    results: Annotated[Path, typer.Option(help="Where to write corpus.json.")] = Path(
        "eval/results"
    ),
    floors: FloorsOpt = DEFAULT_FLOORS,
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Run the whole pipeline on the demo corpus and score it against corpus/gold.jsonl."""
    from storyline.evaluation import evaluate_corpus

    def body() -> tuple[dict[str, Any], Path, list[str]]:
        scores, _ = evaluate_corpus(corpus, _settings(None, sets, config))
        return _record_eval("corpus", scores, results, floors)

    scores, path, failures = _run(body)
    _finish_eval(eval_summary(scores), path, failures)


# --------------------------------------------------------------------------- eval events


@eval_app.command("events")
def eval_events(
    dataset: Annotated[
        str,
        typer.Option(help="plover-gsr | petrarch-gsr | conflibert-quad | ngec-actors | seed"),
    ] = "plover-gsr",
    results: Annotated[Path, typer.Option(help="Where to write events-<dataset>.json.")] = Path(
        "eval/results"
    ),
    floors: FloorsOpt = DEFAULT_FLOORS,
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Score the event coder on a public gold set (read from the `datasets` setting)."""
    from storyline.evaluation.events_eval import evaluate_events
    from storyline.evaluation.events_render import events_eval_tables

    def body() -> tuple[dict[str, Any], Path, list[str]]:
        settings = _settings(None, sets, config)
        scores = evaluate_events(dataset, settings)
        name = f"events-{dataset}"
        return _record_eval(name, scores, results, floors)

    scores, path, failures = _run(body)
    _finish_eval(Group(*events_eval_tables(scores)), path, failures)


# --------------------------------------------------------------------------- check (rewrites)

EXIT_CHECK_FAILED = 5


@app.command()
def check(
    rewrite: Annotated[str, typer.Argument(help="The rewritten article (file, or - for stdin).")],
    source: Annotated[
        list[str], typer.Option("--source", "-s", help="An original article (repeatable).")
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="text | json")] = "text",
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that lack one.")
    ] = None,
    flagged: Annotated[
        bool, typer.Option("--flagged", help="Text report: show only flagged claims.")
    ] = False,
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Check a rewrite against its original(s); exit 5 if a claim is unsupported/contradicted."""
    from storyline.check import check_files
    from storyline.check.report import report_json, report_view

    def body() -> Any:
        if fmt not in ("text", "json"):
            raise ConfigError(f"unknown format {fmt!r}; choose one of: text, json")
        settings = _settings(None, sets, config, published=published)
        return check_files(rewrite, source, settings=settings, stdin=sys.stdin.buffer)

    report = _run(body)
    if fmt == "json":
        sys.stdout.write(json.dumps(report_json(report), ensure_ascii=False, indent=2) + "\n")
    else:
        out.print(report_view(report, only_flagged=flagged))
    if not report.ok:
        raise typer.Exit(EXIT_CHECK_FAILED)


@eval_app.command("check")
def eval_check(
    dataset: Annotated[str, typer.Option(help="corpus | wikinewssum")] = "corpus",
    sample: Annotated[
        int | None, typer.Option(help="Use N source articles (seeded sample); default all.")
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of the sample and the injections.")] = 5,
    edits: Annotated[
        int, typer.Option(help="Errors of one kind per rewrite, each in its own sentence.")
    ] = 1,
    min_cases: Annotated[
        int | None,
        typer.Option(help="Instead of --sample: add sources until each kind has N errors."),
    ] = None,
    corpus: Annotated[Path, typer.Option(help="Demo corpus folder.")] = Path("corpus"),
    results: Annotated[Path, typer.Option(help="Where to write check-<dataset>.json.")] = Path(
        "eval/results"
    ),
    floors: FloorsOpt = DEFAULT_FLOORS,
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Inject errors into source articles and measure how many the rewrite checker catches."""
    from storyline.evaluation.check_eval import check_eval_table, evaluate_check

    def body() -> tuple[dict[str, Any], Path, list[str]]:
        settings = _settings(None, sets, config)
        scores = evaluate_check(
            dataset,
            settings,
            corpus=corpus,
            sample=sample,
            seed=seed,
            edits=edits,
            min_cases=min_cases,
        )
        name = f"check-{dataset}"
        return _record_eval(name, scores, results, floors)

    scores, path, failures = _run(body)
    _finish_eval(check_eval_table(scores), path, failures)


# --------------------------------------------------------------------------- batch (issue 7)


@app.command()
def batch(
    inputs: Annotated[
        list[str], typer.Argument(help="Files, directories, globs, or s3a:// / hdfs:// URIs.")
    ],
    out_dir: Annotated[
        str, typer.Option("--out", help="Output directory (local path or Hadoop URI).")
    ],
    engine: Annotated[str, typer.Option(help="local | spark")] = "local",
    master: Annotated[
        str | None,
        typer.Option(help="Spark master: local[*], spark://HOST:PORT, yarn (default: local[*])."),
    ] = None,
    partitions: Annotated[
        int | None, typer.Option(help="Partitions of the annotate step (Spark).")
    ] = None,
    source: Annotated[
        str | None, typer.Option(help="Publisher domain for inputs that lack one.")
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that lack one.")
    ] = None,
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Run the pipeline over large inputs (locally or on Spark) into Parquet by publication date."""
    from storyline.batch import run_batch

    def body() -> dict[str, object]:
        settings = _settings(None, sets, config, source=source, published=published)
        report = run_batch(
            inputs,
            out=out_dir,
            settings=settings,
            engine=engine,
            master=master,
            partitions=partitions,
        )
        return report.as_dict()

    sys.stdout.write(json.dumps(_run(body), indent=2) + "\n")


@app.command()
def load(
    directory: Annotated[Path, typer.Argument(help="A `storyline batch` output directory.")],
    db: DbOpt = None,
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Load a batch output directory into the database (idempotent upserts by id)."""
    from storyline.batch import load_batch

    def body() -> dict[str, int]:
        settings = _settings(db, sets, config)
        return load_batch(directory, db=settings.db)

    sys.stdout.write(json.dumps({"loaded": _run(body)}, indent=2) + "\n")


# --------------------------------------------------------------------------- serve, watch (issue 6)


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Serve the JSON API and the web UI over the database (read-only) until Ctrl-C."""
    from storyline.serve import create_app

    def body() -> Any:
        settings = _settings(db, sets, config)
        return create_app(settings.db)

    web_app = _run(body)
    import uvicorn

    err.print(f"storyline web UI on http://{host}:{port}/  (API: /api/..., Ctrl-C to stop)")
    uvicorn.run(web_app, host=host, port=port, log_level="warning", ws="none", lifespan="off")


@app.command()
def watch(
    feeds_file: Annotated[Path, typer.Argument(help="Text file: one RSS/Atom URL per line.")],
    every: Annotated[str, typer.Option(help="Poll interval: 30s, 15m, 1h ...")] = "15m",
    once: Annotated[bool, typer.Option(help="Poll once and exit.")] = False,
    allow_private: Annotated[
        bool, typer.Option(help="Allow private/loopback addresses (SSRF guard off).")
    ] = False,
    allow_host: Annotated[
        list[str] | None, typer.Option(help="Allow this host's private addresses (repeatable).")
    ] = None,
    db: DbOpt = None,
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Poll feeds, fetch new linked articles safely, run them through the pipeline."""
    from storyline.watch import FetchOptions, WatchReport, parse_every, read_feeds_file
    from storyline.watch import watch as _watch

    def report(result: WatchReport) -> None:
        out.print(json.dumps(result.as_dict(), ensure_ascii=False))

    def body() -> None:
        interval = parse_every(every)
        settings = _settings(db, sets, config)
        feeds = read_feeds_file(feeds_file)
        options = FetchOptions(allow_private=allow_private, allow_hosts=frozenset(allow_host or ()))
        _watch(settings, feeds, every=interval, once=once, options=options, on_report=report)

    try:
        _run(body)
    except KeyboardInterrupt:
        err.print("stopped")


# ----------------------------------------------------------------- stories (issue 4)
@app.command()
def stories(
    db: DbOpt = None,
    since: Annotated[
        str | None, typer.Option(help="Only stories last seen on/after this date.")
    ] = None,
    country: Annotated[str | None, typer.Option(help="ISO3 country of the story.")] = None,
    limit: Annotated[int | None, typer.Option(help="Show at most N stories.")] = None,
    fmt: FormatOpt = "table",
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """List stories: reports of one happening grouped across sources, newest first."""
    from storyline.render_stories import stories_table
    from storyline.store.stories import StoryFilter
    from storyline.store.stories import stories as _stories

    def body() -> list[dict[str, Any]]:
        settings = _settings(db, sets, config)
        with Store(settings.db, read_only=True) as store:
            return _stories(store, StoryFilter(since=since, country=country, limit=limit))

    rows = _run(body)
    _run(lambda: _emit_rows(rows, fmt, lambda: stories_table(rows)))


@app.command()
def story(
    story_id: Annotated[str, typer.Argument(help="Story id or a unique prefix of it.")],
    db: DbOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text | json")] = "text",
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Show a story: reports by source and time, merged event timeline, disagreements."""
    from storyline.render_stories import story_view
    from storyline.store.stories import story_detail

    def body() -> dict[str, Any]:
        settings = _settings(db, sets, config)
        with Store(settings.db, read_only=True) as store:
            return story_detail(store, story_id)

    detail = _run(body)
    if fmt == "json":
        sys.stdout.write(json.dumps(detail, ensure_ascii=False, default=str, indent=2) + "\n")
    else:
        out.print(story_view(detail))


@app.command()
def cluster(
    db: DbOpt = None,
    rebuild: Annotated[
        bool, typer.Option(help="Forget all stories and cluster every stored article again.")
    ] = False,
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Place stored articles that are in no story yet into stories (ingest does this itself)."""
    from storyline.clustering import StoryUpdater
    from storyline.store.stories import all_article_ids

    def body() -> dict[str, int]:
        settings = _settings(db, sets, config)
        with Store(settings.db) as store:
            updater = StoryUpdater(settings, store)
            if rebuild:
                return updater.rebuild_all().as_dict()
            return updater.update(all_article_ids(store)).as_dict()

    result = _run(body)
    out.print(
        f"{result['articles']} articles placed; {result['new_stories']} new stories, "
        f"{result['updated_stories']} stories updated"
    )


@eval_app.command("stories")
def eval_stories(
    dataset: Annotated[str, typer.Option(help="ecbplus | giveme5w1h | corpus")] = "corpus",
    corpus: Annotated[Path, typer.Option(help="Corpus folder with gold.jsonl.")] = Path("corpus"),
    results: Annotated[Path, typer.Option(help="Where to write stories-<dataset>.json.")] = Path(
        "eval/results"
    ),
    floors: FloorsOpt = DEFAULT_FLOORS,
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Score story clustering (B-cubed, pairwise F1) on ECB+, Giveme5W1H or the demo corpus."""
    from storyline.evaluation.stories import DATASETS, evaluate_corpus_stories, evaluate_dataset

    def body() -> tuple[dict[str, Any], Path, list[str]]:
        if dataset not in DATASETS:
            raise ConfigError(f"unknown dataset {dataset!r}; choose one of: {', '.join(DATASETS)}")
        settings = _settings(None, sets, config)
        if dataset == "corpus":
            scores = evaluate_corpus_stories(corpus, settings)
        else:
            scores = evaluate_dataset(dataset, settings)
        name = f"stories-{dataset}"
        return _record_eval(name, scores, results, floors)

    scores, path, failures = _run(body)
    _finish_eval(eval_summary(scores), path, failures)


# ----------------------------------------------------------------- digests (issue 5)
@app.command()
def digest(
    story_id: Annotated[
        str | None, typer.Argument(help="Story id or a unique prefix (omit with --article).")
    ] = None,
    article: Annotated[
        str | None, typer.Option("--article", help="Digest one article (id or prefix) instead.")
    ] = None,
    db: DbOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="md | html | json")] = "md",
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """A cited news brief of a story: lead, key facts, disagreements, background, sources."""
    from storyline.digest import FORMATS, make_digest, render_digest
    from storyline.store.digests import load_digest_input

    def body() -> str:
        if fmt not in FORMATS:
            raise ConfigError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
        if (story_id is None) == (article is None):
            raise ConfigError("give a STORY_ID or --article ID (one of them)")
        settings = _settings(db, sets, config)
        with Store(settings.db, read_only=True) as store:
            data = load_digest_input(store, story_id=story_id, article_id=article)
        return render_digest(make_digest(data, settings=settings), fmt)

    sys.stdout.write(_run(body))


@eval_app.command("digests")
def eval_digests(
    dataset: Annotated[str, typer.Option(help="wikinewssum")] = "wikinewssum",
    sample: Annotated[
        int | None, typer.Option(help="Digest the first N Wikinews articles; default all.")
    ] = None,
    results: Annotated[Path, typer.Option(help="Where to write digests-<dataset>.json.")] = Path(
        "eval/results"
    ),
    floors: FloorsOpt = DEFAULT_FLOORS,
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """ROUGE of digests against human Wikinews articles, next to lead-3 and LexRank (sumy)."""
    from storyline.evaluation.digests import digest_eval_table, evaluate_digests

    def body() -> tuple[dict[str, Any], Path, list[str]]:
        settings = _settings(None, sets, config)
        scores = evaluate_digests(dataset, settings, sample=sample)
        name = f"digests-{dataset}"
        return _record_eval(name, scores, results, floors)

    scores, path, failures = _run(body)
    _finish_eval(digest_eval_table(scores), path, failures)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
