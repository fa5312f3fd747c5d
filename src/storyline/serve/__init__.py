"""serve stage: the JSON API and web UI over a storyline database (FastAPI + Jinja2).

Public API: :func:`create_app` (an ASGI app for any server) and :func:`serve` (run it with
uvicorn). See docs/api.md for the endpoints and :mod:`storyline.serve.db` for how the server
shares the DuckDB file with a writing ``storyline watch`` process.
"""

from __future__ import annotations

from pathlib import Path

from storyline.serve.app import create_app
from storyline.serve.db import StoreUnavailable

__all__ = ["StoreUnavailable", "create_app", "serve"]


def serve(db: str | Path, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the app on ``host:port`` until interrupted (Ctrl-C)."""
    import uvicorn

    app = create_app(db)
    uvicorn.run(app, host=host, port=port, log_level="info", ws="none", lifespan="off")
