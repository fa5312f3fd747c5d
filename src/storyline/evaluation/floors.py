"""Accuracy floors (eval/floors.json) and result files (eval/results/<name>.json).

floors.json maps an evaluation name to dotted score paths and their minimum values::

    {"corpus": {"events.f1": 0.5, "handling.accuracy": 1.0}}

A score below its floor, or missing, is a failure; CI runs the evaluations and fails on any.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storyline.errors import EvaluationError


def lookup(scores: dict[str, Any], dotted: str) -> float | None:
    node: Any = scores
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return float(node) if isinstance(node, int | float) else None


def check_floors(name: str, scores: dict[str, Any], floors_path: Path) -> list[str]:
    """Failure messages for every floor of ``name`` that ``scores`` do not reach."""
    if not floors_path.exists():
        raise EvaluationError(f"floors file not found: {floors_path}")
    floors = json.loads(floors_path.read_text(encoding="utf-8")).get(name, {})
    failures = []
    for dotted, minimum in sorted(floors.items()):
        value = lookup(scores, dotted)
        if value is None or value < float(minimum):
            failures.append(f"{name}: {dotted} = {value} is below the floor {minimum}")
    return failures


def write_result(name: str, scores: dict[str, Any], results_dir: Path) -> Path:
    results_dir.mkdir(parents=True, exist_ok=True)
    path = results_dir / f"{name}.json"
    path.write_text(json.dumps(scores, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    return path
