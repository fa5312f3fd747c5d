"""Helpers for the serve, browser and watch tests: a served database and a live server thread."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn

from storyline.pipeline import process
from storyline.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent

# An article written for these tests whose title, text and url carry script-injection payloads.
XSS_TITLE = 'Minister quits <script>alert("title")</script><img src=x onerror=alert(1)>'
XSS_TEXT = (
    "Police arrested 12 protesters in Caracas on Monday, the interior ministry said. "
    '<script>alert("text")</script> The opposition leader condemned the detentions. '
    "<img src=x onerror=alert(2)> Supporters shared a link javascript:alert(3) online. "
    '<a href="javascript:alert(4)">click</a> The government denied any abuse.'
)
XSS_ITEM: dict[str, Any] = {
    "title": XSS_TITLE,
    "text": XSS_TEXT,
    "url": "javascript:alert(5)",
    "source": "xss.example",
    "published": "2024-09-02",
}


def build_served_db(folder: Path) -> Path:
    """The demo corpus plus the XSS article, ingested into ``folder/served.duckdb``."""
    item = folder / "xss.jsonl"
    item.write_text(json.dumps(XSS_ITEM) + "\n", encoding="utf-8")
    db = folder / "served.duckdb"
    settings = load_settings(environ={}, overrides={"db": str(db), "workers": 1})
    process([str(ROOT / "corpus" / "articles"), str(item)], settings=settings)
    return db


def free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@contextmanager
def running(app: Any) -> Iterator[str]:
    """Serve ``app`` with uvicorn in a thread on 127.0.0.1 (a free port); yield its base URL."""
    sock = free_socket()
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", ws="none", lifespan="off", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
