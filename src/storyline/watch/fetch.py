"""A careful HTTP fetcher for feeds and article pages (httpx).

Every request, and every redirect hop (redirects are followed by hand, at most
``max_redirects``):

- only ``http``/``https`` URLs;
- the host is resolved and **every** address checked: private, loopback, link-local, reserved,
  multicast, unspecified and shared (CGNAT) addresses are refused (SSRF), unless
  ``allow_private`` is set or the host is in ``allow_hosts``; the connection then goes to the
  checked address (the URL's host is kept in the ``Host`` header and for TLS SNI/certificate
  checks), so a DNS answer that changes between check and connect (rebinding) cannot bypass it;
- a per-host rate limit (``per_host_interval`` seconds between requests to one host);
- connect and read timeouts; the body is streamed and the download aborted as soon as it passes
  ``max_bytes`` (decoded bytes, so a compressed bomb is caught too);
- timeouts, connection errors, 429 and 5xx are retried ``retries`` times with exponential
  backoff (``backoff``, then twice that, ...). Refusals and other 4xx are not retried.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from storyline import __version__
from storyline.errors import InputError

log = logging.getLogger(__name__)

USER_AGENT = f"storyline/{__version__} (news monitor; respects robots.txt)"
_REDIRECTS = {301, 302, 303, 307, 308}
_RETRY_STATUS = {429, 500, 502, 503, 504}


class FetchError(InputError):
    """A URL that could not be fetched. ``reason`` is one of :data:`FETCH_REASONS`."""

    def __init__(self, message: str, *, reason: str, retryable: bool = False) -> None:
        super().__init__(message, reason=reason)
        self.retryable = retryable


FETCH_REASONS = (
    "bad-url",
    "refused-address",
    "unresolvable",
    "timeout",
    "network",
    "too-large",
    "too-many-redirects",
    "http-error",
    "robots-disallowed",
)


@dataclass(frozen=True, slots=True)
class FetchOptions:
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 2.0
    per_host_interval: float = 1.0
    allow_private: bool = False
    allow_hosts: frozenset[str] = frozenset()
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response: ``url`` is the final URL after redirects; header names are lower-case."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _forbidden(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    shared = isinstance(ip, ipaddress.IPv4Address) and ip in ipaddress.ip_network("100.64.0.0/10")
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
        or shared
    )


def check_url(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of an http(s) URL, or FetchError ``bad-url``."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError(f"{url}: not a valid URL ({exc})", reason="bad-url") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: only http and https URLs can be fetched", reason="bad-url")
    return parts.scheme, parts.hostname, port or (443 if parts.scheme == "https" else 80)


def resolve(host: str, port: int, *, allow: bool) -> str:
    """The address to connect to; every address of ``host`` must be public unless ``allow``."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}", reason="unresolvable") from exc
    addresses = sorted({str(info[4][0]) for info in infos}, key=lambda a: (":" in a, a))
    if not allow:
        for address in addresses:
            if _forbidden(ipaddress.ip_address(address.split("%")[0])):
                raise FetchError(
                    f"refused {host!r}: it resolves to the non-public address {address} "
                    "(SSRF protection); pass --allow-private or --allow-host to permit it",
                    reason="refused-address",
                )
    return addresses[0]


@dataclass(slots=True)
class Fetcher:
    """Fetches URLs under :class:`FetchOptions`; keep one per watch run (it holds the clock of
    the per-host rate limit and an httpx connection pool)."""

    options: FetchOptions = field(default_factory=FetchOptions)
    _last: dict[str, float] = field(default_factory=dict)
    _client: httpx.Client | None = None

    def client(self) -> httpx.Client:
        if self._client is None:
            opts = self.options
            self._client = httpx.Client(
                timeout=httpx.Timeout(opts.read_timeout, connect=opts.connect_timeout),
                follow_redirects=False,
                trust_env=False,  # never route through a proxy from the environment
                headers={"User-Agent": opts.user_agent},
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def get(self, url: str, *, headers: dict[str, str] | None = None) -> Fetched:
        """GET with retries; raises FetchError. A 304 is returned (not an error)."""
        attempt = 0
        while True:
            try:
                return self._follow(url, headers or {})
            except FetchError as exc:
                if not exc.retryable or attempt >= self.options.retries:
                    raise
                delay = self.options.backoff * (2**attempt)
                log.info("retrying %s in %.2fs after: %s", url, delay, exc)
                time.sleep(delay)
                attempt += 1

    def _follow(self, url: str, headers: dict[str, str]) -> Fetched:
        current = url
        for _ in range(self.options.max_redirects + 1):
            fetched = self._once(current, headers)
            location = fetched.headers.get("location")
            if fetched.status not in _REDIRECTS or not location:
                return fetched
            current = urljoin(current, location)
            log.info("redirect %s -> %s", url, current)
        raise FetchError(
            f"{url}: more than {self.options.max_redirects} redirects",
            reason="too-many-redirects",
        )

    def _once(self, url: str, headers: dict[str, str]) -> Fetched:
        scheme, host, port = check_url(url)
        opts = self.options
        address = resolve(host, port, allow=opts.allow_private or host in opts.allow_hosts)
        self._wait_turn(host)
        target, extra, extensions = _pinned(url, scheme, host, port, address)
        try:
            with self.client().stream(
                "GET", target, headers={**headers, **extra}, extensions=extensions
            ) as response:
                return self._read(url, response)
        except httpx.TimeoutException as exc:
            raise FetchError(
                f"{url}: timed out ({exc!r})", reason="timeout", retryable=True
            ) from exc
        except httpx.TransportError as exc:
            raise FetchError(f"{url}: {exc!r}", reason="network", retryable=True) from exc

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            wait = last + self.options.per_host_interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        self._last[host] = time.monotonic()

    def _read(self, url: str, response: httpx.Response) -> Fetched:
        headers = {k.lower(): v for k, v in response.headers.items()}
        status = response.status_code
        if status >= 400:
            kind: Literal["http-error"] = "http-error"
            raise FetchError(
                f"{url}: HTTP {status}", reason=kind, retryable=status in _RETRY_STATUS
            )
        limit = self.options.max_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(
                f"{url}: {declared} bytes announced, over the {limit}-byte limit",
                reason="too-large",
            )
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(
                    f"{url}: response passed the {limit}-byte limit; download aborted",
                    reason="too-large",
                )
            chunks.append(chunk)
        return Fetched(url, status, headers, b"".join(chunks))


def _pinned(
    url: str, scheme: str, host: str, port: int, address: str
) -> tuple[str, dict[str, str], dict[str, object]]:
    """The URL rewritten to connect to ``address``, plus the Host header and TLS SNI."""
    parts = urlsplit(url)
    literal = f"[{address}]" if ":" in address else address
    default = (scheme == "http" and port == 80) or (scheme == "https" and port == 443)
    netloc = literal if default else f"{literal}:{port}"
    host_header = host if default else f"{host}:{port}"
    target = urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
    extensions: dict[str, object] = {"sni_hostname": host} if scheme == "https" else {}
    return target, {"Host": host_header}, extensions
