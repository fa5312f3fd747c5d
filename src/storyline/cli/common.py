"""Shared CLI pieces: the typer apps, consoles, options, settings and error handling."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from storyline import __version__
from storyline.errors import ConfigError, NotFound, StorylineError
from storyline.settings import Settings, load_settings, parse_overrides
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
ResultsOpt = Annotated[Path, typer.Option(help="Folder for the report (<evaluation>.json).")]
DEFAULT_RESULTS = Path("eval/results")


def resolve_settings(
    db: Path | None, sets: list[str] | None, config: Path | None, **extra: Any
) -> Settings:
    overrides = parse_overrides(sets or [])
    if db is not None:
        overrides["db"] = str(db)
    overrides.update({k: v for k, v in extra.items() if v is not None})
    return load_settings(config=config, overrides=overrides)


def run_guarded(fn: Callable[[], T]) -> T:
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


def emit_rows(rows: list[dict[str, Any]], fmt: str, table: Callable[[], Any]) -> None:
    if fmt == "table":
        out.print(table())
    elif fmt in ("jsonl", "csv"):
        sys.stdout.write(render(rows, fmt))
    else:
        raise ConfigError(f"unknown format {fmt!r}; choose one of: table, jsonl, csv")


def record_eval(
    name: str, scores: dict[str, Any], results: Path, floors: Path
) -> tuple[dict[str, Any], Path, list[str]]:
    """Write an evaluation's report to ``results`` and check it against ``floors``."""
    from storyline.evaluation import check_floors, write_result

    return scores, write_result(name, scores, results), check_floors(name, scores, floors)


def finish_eval(table: Any, path: Path, failures: list[str]) -> None:
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


eval_app = typer.Typer(help="Measure accuracy against gold data; write eval/results/*.json.")
app.add_typer(eval_app, name="eval")
