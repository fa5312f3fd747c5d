"""Live monitoring (``storyline watch``): poll RSS/Atom feeds and run new articles through the
whole pipeline, safely (SSRF checks, robots.txt, rate limits, timeouts, size limits).

Public API: :func:`watch` (the loop), :class:`Watcher` (one :meth:`Watcher.poll` at a time),
:func:`read_feeds_file`, :func:`parse_every`, :class:`FetchOptions`.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from pathlib import Path

from storyline.errors import ConfigError, NotFound
from storyline.settings import Settings
from storyline.watch.fetch import Fetcher, FetchError, FetchOptions, check_url
from storyline.watch.monitor import Watcher, WatchReport

__all__ = [
    "FetchError",
    "FetchOptions",
    "Fetcher",
    "WatchReport",
    "Watcher",
    "parse_every",
    "read_feeds_file",
    "watch",
]

log = logging.getLogger(__name__)

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> float:
    """Seconds in an interval such as ``15m``, ``30s``, ``1h`` or ``90`` (seconds)."""
    match = _EVERY.match(text)
    if not match or float(match.group(1)) <= 0:
        raise ConfigError(
            f"invalid --every {text!r}; use a positive number with s, m, h or d (e.g. 15m)"
        )
    return float(match.group(1)) * _UNITS[match.group(2)]


def read_feeds_file(path: Path) -> list[str]:
    """Feed URLs, one per line; blank lines and lines starting with ``#`` are ignored."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise NotFound(f"feeds file {path} does not exist") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read feeds file {path}: {exc}") from exc
    feeds: list[str] = []
    for number, line in enumerate(lines, start=1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        try:
            check_url(url)
        except FetchError as exc:
            raise ConfigError(f"{path}:{number}: {exc}") from exc
        if url not in feeds:
            feeds.append(url)
    if not feeds:
        raise ConfigError(f"feeds file {path} lists no feed URL (one http(s) URL per line)")
    return feeds


def watch(
    settings: Settings,
    feeds: list[str],
    *,
    every: float,
    once: bool = False,
    options: FetchOptions | None = None,
    on_report: Callable[[WatchReport], None] | None = None,
) -> None:
    """Poll ``feeds`` every ``every`` seconds (just once with ``once``) until interrupted."""
    watcher = Watcher(settings, feeds, options=options)
    try:
        while True:
            started = time.monotonic()
            report = watcher.poll()
            if on_report is not None:
                on_report(report)
            if once:
                return
            time.sleep(max(0.0, every - (time.monotonic() - started)))
    finally:
        watcher.close()
