"""The rewrite checker: check, eval check."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from storyline.cli.common import (
    DEFAULT_FLOORS,
    DEFAULT_RESULTS,
    ConfigOpt,
    FloorsOpt,
    ResultsOpt,
    SetOpt,
    app,
    eval_app,
    finish_eval,
    out,
    record_eval,
    resolve_settings,
    run_guarded,
)
from storyline.errors import ConfigError

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
        settings = resolve_settings(None, sets, config, published=published)
        return check_files(rewrite, source, settings=settings, stdin=sys.stdin.buffer)

    report = run_guarded(body)
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
    results: ResultsOpt = DEFAULT_RESULTS,
    floors: FloorsOpt = DEFAULT_FLOORS,
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Inject errors into source articles and measure how many the rewrite checker catches."""
    from storyline.evaluation.check_eval import check_eval_table, evaluate_check

    def body() -> tuple[dict[str, Any], Path, list[str]]:
        settings = resolve_settings(None, sets, config)
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
        return record_eval(name, scores, results, floors)

    scores, path, failures = run_guarded(body)
    finish_eval(check_eval_table(scores), path, failures)
