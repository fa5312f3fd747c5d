"""PLOVER -> CAMEO: the closest CAMEO code of a coded event, from the bundled ``cameo.json``.

The table was written by the storyline project (the PLOVER authors' CAMEO2PLOVER table served as a
fact reference only). ``cameo_code(event, mode)`` gives the code, ``root_code`` its two-digit
root and ``quad_class`` GDELT's quad class (1 verbal cooperation, 2 material cooperation,
3 verbal conflict, 4 material conflict).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from storyline.errors import ConfigError

_QUAD_BY_ROOT = {**dict.fromkeys(range(1, 6), 1), **dict.fromkeys(range(6, 10), 2)}
_QUAD_BY_ROOT.update({**dict.fromkeys(range(10, 15), 3), **dict.fromkeys(range(15, 21), 4)})


@cache
def _table() -> dict[str, Any]:
    text = resources.files("storyline.events").joinpath("cameo.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def cameo_code(event: str, mode: str | None = None) -> str:
    """The CAMEO code closest to a PLOVER event and mode (RETREAT, release -> "0841")."""
    events: dict[str, dict[str, str]] = _table()["events"]
    if event not in events:
        raise ConfigError(
            f"no CAMEO mapping for PLOVER event {event!r}; known: {', '.join(events)}"
        )
    row = events[event]
    return row.get(mode or "default", row["default"])


def root_code(code: str) -> str:
    """The two-digit CAMEO root of a code ("0841" -> "08", "1382" -> "13")."""
    return code[:2]


def quad_class(code: str) -> int:
    """GDELT QuadClass of a CAMEO code (1-4)."""
    return _QUAD_BY_ROOT[int(root_code(code))]


def root_name(code: str) -> str:
    """Name of the CAMEO root of ``code`` ("Yield")."""
    names: dict[str, str] = _table()["names"]
    return names.get(root_code(code), "")


__all__ = ["cameo_code", "quad_class", "root_code", "root_name"]
