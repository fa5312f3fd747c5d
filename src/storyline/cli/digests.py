"""Digests: digest, eval digests."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from storyline.cli.common import (
    DEFAULT_FLOORS,
    DEFAULT_RESULTS,
    ConfigOpt,
    DbOpt,
    FloorsOpt,
    ResultsOpt,
    SetOpt,
    app,
    eval_app,
    finish_eval,
    record_eval,
    resolve_settings,
    run_guarded,
)
from storyline.errors import ConfigError
from storyline.store import Store


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
        settings = resolve_settings(db, sets, config)
        with Store(settings.db, read_only=True) as store:
            data = load_digest_input(store, story_id=story_id, article_id=article)
        return render_digest(make_digest(data, settings=settings), fmt)

    sys.stdout.write(run_guarded(body))


@eval_app.command("digests")
def eval_digests(
    dataset: Annotated[str, typer.Option(help="wikinewssum")] = "wikinewssum",
    sample: Annotated[
        int | None, typer.Option(help="Digest the first N Wikinews articles; default all.")
    ] = None,
    results: ResultsOpt = DEFAULT_RESULTS,
    floors: FloorsOpt = DEFAULT_FLOORS,
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """ROUGE of digests against human Wikinews articles, next to lead-3 and LexRank (sumy)."""
    from storyline.evaluation.digests import digest_eval_table, evaluate_digests

    def body() -> tuple[dict[str, Any], Path, list[str]]:
        settings = resolve_settings(None, sets, config)
        scores = evaluate_digests(dataset, settings, sample=sample)
        name = f"digests-{dataset}"
        return record_eval(name, scores, results, floors)

    scores, path, failures = run_guarded(body)
    finish_eval(digest_eval_table(scores), path, failures)
