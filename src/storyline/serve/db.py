"""Per-request, read-only access to the DuckDB store.

DuckDB locks a database file per process: a process that opens it read-write (``storyline
ingest`` or ``storyline watch`` while it writes a batch) excludes every other process, and a
process holding it read-only excludes writers. So the server never keeps a connection open
between requests: each request opens the file read-only, reads, and closes it (DuckDB shares one
database instance between the connections open at the same time, so concurrent requests are
cheap). ``storyline watch`` holds its write connection only while it stores a batch; a request
that arrives then waits for the lock (up to ``busy_timeout`` seconds, polling) and otherwise gets
a 503 ``database_busy`` error. Every response therefore reflects the latest committed data.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

from storyline.errors import NotFound, StoreError
from storyline.store import Store

log = logging.getLogger(__name__)


class StoreUnavailable(StoreError):
    """The database is missing, locked by a writer for too long, or has the wrong schema."""

    reason = "database-unavailable"


class ReadOnlyStores:
    """Opens short-lived read-only :class:`Store` connections on one database file."""

    def __init__(self, path: str | Path, *, busy_timeout: float = 5.0) -> None:
        self.path = str(path)
        self.busy_timeout = busy_timeout

    def check(self) -> None:
        """Fail early (at server start) when the database cannot be read."""
        with self.open():
            pass

    def open(self) -> Store:
        deadline = time.monotonic() + self.busy_timeout
        delay = 0.01
        while True:
            try:
                return Store(self.path, read_only=True)
            except NotFound as exc:
                raise StoreUnavailable(str(exc)) from exc
            except StoreError as exc:
                if not _is_lock_error(exc) or time.monotonic() >= deadline:
                    raise StoreUnavailable(_unavailable_message(self.path, exc)) from exc
            time.sleep(delay)
            delay = min(delay * 2, 0.2)

    def connection(self) -> Iterator[Store]:
        """A FastAPI dependency: one read-only store for the duration of a request."""
        store = self.open()
        try:
            yield store
        finally:
            store.close()


def _is_lock_error(exc: StoreError) -> bool:
    cause = exc.__cause__
    return isinstance(cause, duckdb.IOException) and "lock" in str(cause).lower()


def _unavailable_message(path: str, exc: StoreError) -> str:
    if _is_lock_error(exc):
        return (
            f"database {path} is locked by a writer (e.g. `storyline watch` storing a batch); "
            "retry in a moment"
        )
    return str(exc)
