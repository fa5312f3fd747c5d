"""Accuracy floors: the demo corpus scored against its gold file must not drop below
eval/floors.json (the same check `storyline eval corpus` and `make eval` run)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storyline.evaluation import check_floors, evaluate_corpus
from storyline.evaluation.floors import lookup
from storyline.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def scores() -> dict[str, Any]:
    result, _ = evaluate_corpus(ROOT / "corpus", Settings())
    return result


def test_corpus_scores_reach_their_floors(scores: dict[str, Any]) -> None:
    assert check_floors("corpus", scores, ROOT / "eval" / "floors.json") == []


def test_floors_cover_the_headline_metrics() -> None:
    floors = json.loads((ROOT / "eval" / "floors.json").read_text())["corpus"]
    for metric in ("handling.accuracy", "events.f1", "no_event.specificity"):
        assert metric in floors


def test_every_special_case_of_the_corpus_is_handled(scores: dict[str, Any]) -> None:
    assert scores["handling"]["errors"] == []  # wire copy linked, bad items skipped
    assert lookup(scores, "no_event.specificity") == 1.0


def test_floor_check_reports_a_drop(tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"corpus": {"events.f1": 0.9, "missing.metric": 0.1}}))
    failures = check_floors("corpus", {"events": {"f1": 0.5}}, floors)
    assert len(failures) == 2 and "events.f1 = 0.5" in failures[0]
