"""robots.txt rules per origin (RFC 9309), fetched through the same careful :class:`Fetcher`.

A 2xx robots.txt is parsed (``urllib.robotparser``); a 4xx means "no rules" (everything
allowed); a 5xx or a network failure means the site is unreachable, so everything on it is
disallowed until the next check. Rules are cached per origin for ``ttl`` seconds.
"""

from __future__ import annotations

import logging
import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from storyline.watch.fetch import Fetcher, FetchError

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Robots:
    fetcher: Fetcher
    ttl: float = 3600.0
    _rules: dict[str, tuple[float, urllib.robotparser.RobotFileParser | bool]] = field(
        default_factory=dict
    )

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        cached = self._rules.get(origin)
        if cached is None or time.monotonic() - cached[0] > self.ttl:
            cached = (time.monotonic(), self._load(origin))
            self._rules[origin] = cached
        rules = cached[1]
        if isinstance(rules, bool):
            return rules
        return rules.can_fetch(self.fetcher.options.user_agent, url)

    def _load(self, origin: str) -> urllib.robotparser.RobotFileParser | bool:
        try:
            fetched = self.fetcher.get(f"{origin}/robots.txt")
        except FetchError as exc:
            client_error = exc.reason == "http-error" and " HTTP 4" in str(exc)
            if client_error:
                return True
            if exc.reason in ("refused-address", "bad-url"):
                raise
            log.warning("robots.txt of %s unreachable (%s): not fetching from it now", origin, exc)
            return False
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(fetched.body.decode("utf-8", errors="replace").splitlines())
        return parser
