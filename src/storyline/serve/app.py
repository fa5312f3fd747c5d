"""The FastAPI application: JSON API + server-rendered web UI over a read-only DuckDB store.

Security: Jinja2 autoescaping is on for every template; every response carries a strict
Content-Security-Policy (scripts, styles, images and fetches from this origin only, no inline
script or style, no framing) plus ``nosniff``, ``no-referrer`` and ``DENY`` framing headers; an
unexpected exception becomes a JSON/HTML 500 error that still carries those headers.
"""

from __future__ import annotations

import logging
from pathlib import Path

import jinja2
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from storyline import __version__
from storyline.render import entity_text, flags_text, size_text
from storyline.serve import api, pages
from storyline.serve.db import ReadOnlyStores
from storyline.serve.errors import error_body, install_error_handlers
from storyline.serve.highlight import safe_href

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent

CSP = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeaders:
    """Pure ASGI middleware: security headers on every response; unexpected errors -> 500."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {h[0] for h in SECURITY_HEADERS}
                headers = [h for h in message.get("headers", []) if h[0] not in names]
                message["headers"] = headers + SECURITY_HEADERS
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:  # the last line of defence: log it, answer 500 in the error shape
            log.exception("unhandled error on %s", scope.get("path"))
            if started:
                raise
            await _send_500(send_with_headers)


async def _send_500(send: Send) -> None:
    import json

    body = json.dumps(
        error_body(500, "internal_error", "internal server error; see the server log")
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 500,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", b"%d" % len(body)),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def make_templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(entities=entity_text, size=size_text, safe_href=safe_href)
    env.globals.update(flags=flags_text, version=__version__)
    return Jinja2Templates(env=env)


def create_app(db: str | Path, *, busy_timeout: float = 5.0, check: bool = True) -> FastAPI:
    """The storyline web app over the DuckDB file ``db`` (opened read-only per request).

    With ``check``, fail now (StoreUnavailable) when the database is missing or unreadable.
    """
    stores = ReadOnlyStores(db, busy_timeout=busy_timeout)
    if check:
        stores.check()
    app = FastAPI(
        title="storyline API",
        version=__version__,
        description="PLOVER political events with evidence spans, read from a storyline "
        'DuckDB database. Every error has the shape {"error": {status, code, message, '
        "details}}; see docs/api.md.",
        docs_url=None,  # Swagger UI would load scripts from a CDN; the schema is /openapi.json
        redoc_url=None,
    )
    app.state.stores = stores
    app.state.templates = make_templates()
    app.state.nav = list(pages.NAV)
    install_error_handlers(app)
    app.include_router(api.router)
    _include_stories(app)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_middleware(SecurityHeaders)
    return app


def _include_stories(app: FastAPI) -> None:
    """The story routes (``/api/stories...``, ``/stories...``), with "Stories" first in the nav."""
    from storyline.serve import stories_routes

    app.include_router(stories_routes.api_router)
    app.include_router(stories_routes.page_router)
    app.state.nav.insert(0, ("/stories", "Stories"))
