"""Scale-out: batch, load."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from storyline.cli.common import (
    ConfigOpt,
    DbOpt,
    SetOpt,
    app,
    resolve_settings,
    run_guarded,
)

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
        int | None,
        typer.Option(
            help="Partitions of the annotate step (Spark; default: 2 x the default parallelism)."
        ),
    ] = None,
    source: Annotated[
        str | None, typer.Option(help="Publisher domain for inputs that lack one.")
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that lack one.")
    ] = None,
    stories: Annotated[
        bool, typer.Option(help="Also group the batch's articles into stories (second pass).")
    ] = True,
    sets: SetOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Run the pipeline over large inputs (locally or on Spark) into Parquet by publication date."""
    from storyline.batch import run_batch

    def body() -> dict[str, object]:
        settings = resolve_settings(None, sets, config, source=source, published=published)
        report = run_batch(
            inputs,
            out=out_dir,
            settings=settings,
            engine=engine,
            master=master,
            partitions=partitions,
            stories=stories,
        )
        return report.as_dict()

    sys.stdout.write(json.dumps(run_guarded(body), indent=2) + "\n")


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
        settings = resolve_settings(db, sets, config)
        return load_batch(directory, db=settings.db)

    sys.stdout.write(json.dumps({"loaded": run_guarded(body)}, indent=2) + "\n")
