"""Named, versioned components per stage, and plugin discovery through entry points.

A component is registered under ``(stage, name)`` with a factory taking :class:`Settings`.
Settings choose them by name (``extractor = "trafilatura.v1"``, ``annotator = "spacy.v1"``,
``coder = "plover-rules.v1"``). Third-party packages add components through the entry-point group
``storyline.components``: each entry point is named ``<stage>:<name>`` and points at a factory.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from importlib import import_module
from importlib.metadata import entry_points
from typing import Any

from storyline.errors import ConfigError
from storyline.settings import Settings

log = logging.getLogger(__name__)

STAGES = ("extract", "annotate", "events")
ENTRY_POINT_GROUP = "storyline.components"

Factory = Callable[[Settings], Any]

#: Built-in components: (stage, name) -> "module:attribute" of a factory taking Settings.
BUILTIN: dict[tuple[str, str], str] = {
    ("extract", "trafilatura.v1"): "storyline.extract.trafilatura_extractor:TrafilaturaExtractor",
    ("annotate", "spacy.v1"): "storyline.annotate.spacy_annotator:SpacyAnnotator",
    ("events", "plover-rules.v1"): "storyline.events.rules:RulesCoder",
}


class Registry:
    """Component lookup: built-ins plus entry points plus anything registered at run time."""

    def __init__(self) -> None:
        self._factories: dict[tuple[str, str], Factory | str] = dict(BUILTIN)
        self._loaded_plugins = False

    def register(self, stage: str, name: str, factory: Factory) -> None:
        if stage not in STAGES:
            raise ConfigError(f"unknown stage {stage!r}; stages: {', '.join(STAGES)}")
        self._factories[(stage, name)] = factory

    def names(self, stage: str) -> list[str]:
        self._load_plugins()
        return sorted(n for s, n in self._factories if s == stage)

    def create(self, stage: str, name: str, settings: Settings) -> Any:
        self._load_plugins()
        factory = self._factories.get((stage, name))
        if factory is None:
            choices = ", ".join(self.names(stage)) or "none"
            raise ConfigError(f"unknown {stage} component {name!r}; available: {choices}")
        if isinstance(factory, str):
            module, _, attr = factory.partition(":")
            factory = getattr(import_module(module), attr)
        return factory(settings)

    def _load_plugins(self) -> None:
        if self._loaded_plugins:
            return
        self._loaded_plugins = True
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            stage, _, name = ep.name.partition(":")
            if stage in STAGES and name:
                self._factories[(stage, name)] = ep.load()
            else:
                log.warning("ignoring entry point %r: name must be '<stage>:<name>'", ep.name)


def default_registry() -> Registry:
    """A fresh registry with the built-in components (no global state)."""
    return Registry()
