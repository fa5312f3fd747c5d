"""The PLOVER ontology (DRAFT 2.0): event categories with their modes, contexts and sectors.

Loaded once from the bundled ``plover.json``; every accessor returns immutable records.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from storyline.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Mode:
    name: str
    definition: str


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    quad: str
    definition: str
    requires_recipient: bool
    modes: tuple[Mode, ...]

    def mode_names(self) -> tuple[str, ...]:
        return tuple(m.name for m in self.modes)


@dataclass(frozen=True, slots=True)
class Context:
    name: str
    definition: str


@dataclass(frozen=True, slots=True)
class Sector:
    code: str
    definition: str


@dataclass(frozen=True, slots=True)
class Ontology:
    name: str
    version: str
    categories: tuple[Category, ...]
    contexts: tuple[Context, ...]
    sectors: tuple[Sector, ...]
    aliases: tuple[tuple[str, str, str | None], ...]  # (old name, event, mode)


def _category(raw: dict[str, Any]) -> Category:
    modes = tuple(Mode(m["name"], m["definition"]) for m in raw["modes"])
    return Category(
        raw["name"], raw["quad"], raw["definition"], bool(raw["requires_recipient"]), modes
    )


@cache
def load_ontology() -> Ontology:
    """The bundled ontology (parsed once per process)."""
    text = resources.files("storyline.events").joinpath("plover.json").read_text("utf-8")
    raw = json.loads(text)
    return Ontology(
        name=raw["name"],
        version=raw["version"],
        categories=tuple(_category(c) for c in raw["categories"]),
        contexts=tuple(Context(c["name"], c["definition"]) for c in raw["contexts"]),
        sectors=tuple(Sector(s["code"], s["definition"]) for s in raw["sectors"]),
        aliases=tuple((k, v["event"], v["mode"]) for k, v in sorted(raw["aliases"].items())),
    )


def categories() -> tuple[Category, ...]:
    """The 16 event categories, in the manual's order."""
    return load_ontology().categories


def category_names() -> tuple[str, ...]:
    return tuple(c.name for c in categories())


def category(name: str) -> Category:
    """The category called ``name`` (case-insensitive; old names such as FIGHT are accepted)."""
    wanted = resolve_alias(name)[0]
    for cat in categories():
        if cat.name == wanted:
            return cat
    valid = ", ".join(category_names())
    raise ConfigError(f"unknown PLOVER event {name!r}; valid events: {valid}")


def modes(event: str) -> tuple[str, ...]:
    """Mode names of one category (empty for categories without modes)."""
    return category(event).mode_names()


def resolve_alias(name: str) -> tuple[str, str | None]:
    """Map an older category name to its DRAFT 2.0 ``(event, mode)``; other names pass through."""
    upper = name.strip().upper()
    for old, event, mode in load_ontology().aliases:
        if old == upper:
            return event, mode
    return upper, None


def validate_event(name: str, mode: str | None = None) -> tuple[str, str | None]:
    """Check an ``--event`` (and optional mode) value; returns the canonical ``(event, mode)``."""
    cat = category(name)
    alias_mode = resolve_alias(name)[1]
    chosen = mode if mode is not None else alias_mode
    if chosen is not None and chosen not in cat.mode_names():
        valid = ", ".join(cat.mode_names()) or "none"
        raise ConfigError(f"unknown mode {chosen!r} for {cat.name}; valid modes: {valid}")
    return cat.name, chosen


def validate_event_filter(
    event: str | None, mode: str | None = None
) -> tuple[str | None, str | None]:
    """Check the CLI's ``--event``/``--mode`` filter; returns the canonical pair.

    A mode alone must belong to at least one category.
    """
    if event is not None:
        return validate_event(event, mode)
    if mode is not None:
        known = sorted({m for c in categories() for m in c.mode_names()})
        if mode not in known:
            raise ConfigError(f"unknown PLOVER mode {mode!r}; valid modes: {', '.join(known)}")
    return None, mode


def contexts() -> tuple[str, ...]:
    return tuple(c.name for c in load_ontology().contexts)


def sectors() -> tuple[str, ...]:
    return tuple(s.code for s in load_ontology().sectors)


__all__ = [
    "Category",
    "Context",
    "Mode",
    "Ontology",
    "Sector",
    "categories",
    "category",
    "category_names",
    "contexts",
    "load_ontology",
    "modes",
    "resolve_alias",
    "sectors",
    "validate_event",
    "validate_event_filter",
]
