"""Stories: stories, story, cluster, eval stories."""

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
    DbOpt,
    FloorsOpt,
    FormatOpt,
    ResultsOpt,
    SetOpt,
    app,
    emit_rows,
    eval_app,
    finish_eval,
    out,
    record_eval,
    resolve_settings,
    run_guarded,
)
from storyline.errors import ConfigError
from storyline.render import eval_summary
from storyline.store import Store


# ----------------------------------------------------------------- stories (issue 4)
@app.command()
def stories(
    db: DbOpt = None,
    since: Annotated[
        str | None, typer.Option(help="Only stories last seen on/after this date.")
    ] = None,
    country: Annotated[str | None, typer.Option(help="ISO3 country of the story.")] = None,
    limit: Annotated[int | None, typer.Option(help="Show at most N stories.")] = None,
    storylines: Annotated[
        bool,
        typer.Option(
            "--storylines",
            help="Add each story's storyline: stories linked by shared key actors in 120 days.",
        ),
    ] = False,
    fmt: FormatOpt = "table",
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """List stories: reports of one happening grouped across sources, newest first."""
    from storyline.render_stories import stories_table
    from storyline.store.stories import StoryFilter
    from storyline.store.stories import stories as _stories
    from storyline.store.storylines import storyline_ids

    def body() -> list[dict[str, Any]]:
        settings = resolve_settings(db, sets, config)
        with Store(settings.db, read_only=True) as store:
            rows = _stories(store, StoryFilter(since=since, country=country, limit=limit))
            if storylines:
                lines = storyline_ids(store, [str(r["id"]) for r in rows])
                rows = [{**r, "storyline": lines.get(str(r["id"]))} for r in rows]
            return rows

    rows = run_guarded(body)
    run_guarded(lambda: emit_rows(rows, fmt, lambda: stories_table(rows)))


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
    from storyline.store.storylines import story_storyline

    def body() -> dict[str, Any]:
        settings = resolve_settings(db, sets, config)
        with Store(settings.db, read_only=True) as store:
            detail = story_detail(store, story_id)
            return {**detail, "storyline": story_storyline(store, str(detail["id"]))}

    detail = run_guarded(body)
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
        settings = resolve_settings(db, sets, config)
        with Store(settings.db) as store:
            updater = StoryUpdater(settings, store)
            if rebuild:
                return updater.rebuild_all().as_dict()
            return updater.update(all_article_ids(store)).as_dict()

    result = run_guarded(body)
    out.print(
        f"{result['articles']} articles placed; {result['new_stories']} new stories, "
        f"{result['updated_stories']} stories updated"
    )


@eval_app.command("stories")
def eval_stories(
    dataset: Annotated[str, typer.Option(help="ecbplus | giveme5w1h | corpus")] = "corpus",
    corpus: Annotated[Path, typer.Option(help="Corpus folder with gold.jsonl.")] = Path("corpus"),
    results: ResultsOpt = DEFAULT_RESULTS,
    floors: FloorsOpt = DEFAULT_FLOORS,
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Score story clustering (B-cubed, pairwise F1) on ECB+, Giveme5W1H or the demo corpus."""
    from storyline.clustering import EMBEDDING_NAME
    from storyline.evaluation.stories import DATASETS, evaluate_corpus_stories, evaluate_dataset

    def body() -> tuple[dict[str, Any], Path, list[str]]:
        if dataset not in DATASETS:
            raise ConfigError(f"unknown dataset {dataset!r}; choose one of: {', '.join(DATASETS)}")
        settings = resolve_settings(None, sets, config)
        if dataset == "corpus":
            scores = evaluate_corpus_stories(corpus, settings)
        else:
            scores = evaluate_dataset(dataset, settings)
        name = f"stories-{dataset}"
        if settings.stories == EMBEDDING_NAME:
            name += "-embeddings"
        return record_eval(name, scores, results, floors)

    scores, path, failures = run_guarded(body)
    finish_eval(eval_summary(scores), path, failures)
