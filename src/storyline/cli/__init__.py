"""The `storyline` command line: parse -> settings -> public function -> print.

Exit codes (documented in docs/cli.md):
  0  success (an ingest with skipped items still succeeds; the summary lists them)
  1  a storyline error while running (store, model, evaluation below floor)
  2  usage or configuration error (bad option value, unknown setting)
  3  not found (article id, database, input with --strict)
  4  --strict ingest that skipped at least one item
  5  `check`: a claim of the rewrite is unsupported or contradicted
"""

from __future__ import annotations

# Importing the command modules registers their commands on the shared apps.
from storyline.cli import core, digests, rewrite, scale, service, stories
from storyline.cli.common import app, eval_app

__all__ = ["app", "eval_app", "main"]

_COMMAND_MODULES = (core, digests, rewrite, scale, service, stories)


def main() -> None:
    """Console-script entry point."""
    app()
