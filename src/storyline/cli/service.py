"""The service: serve, watch."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from storyline.cli.common import (
    ConfigOpt,
    DbOpt,
    SetOpt,
    app,
    err,
    out,
    resolve_settings,
    run_guarded,
)

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
        settings = resolve_settings(db, sets, config)
        return create_app(settings.db)

    web_app = run_guarded(body)
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
        settings = resolve_settings(db, sets, config)
        feeds = read_feeds_file(feeds_file)
        options = FetchOptions(allow_private=allow_private, allow_hosts=frozenset(allow_host or ()))
        _watch(settings, feeds, every=interval, once=once, options=options, on_report=report)

    try:
        run_guarded(body)
    except KeyboardInterrupt:
        err.print("stopped")
