"""Accuracy floors of the rewrite checker: injected errors caught, paraphrased controls left
alone (the same check `storyline eval check` runs). Each rewrite carries several errors of its
kind, in separate sentences and scored one by one, so that every kind has enough cases for a rate
that one case does not swing. The Wikinews part takes source articles in a seeded order until
every kind has :data:`MIN_CASES` errors, and skips without the datasets unless CI=true."""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Any

import pytest

from storyline.evaluation import check_floors
from storyline.evaluation.check_eval import WIKINEWS_FILE, apply_edits, evaluate_check
from storyline.evaluation.check_inject import ERROR_KINDS, INJECTORS, Edit
from storyline.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "eval" / "floors.json"
DATASETS = Path(os.environ.get("STORYLINE_DATASETS", ROOT.parent / "shared" / "datasets"))
EDITS = 4  # errors of one kind per rewrite
MIN_CASES = 15  # injected errors per kind in the Wikinews sample


@pytest.fixture(scope="module")
def corpus_scores() -> dict[str, Any]:
    return evaluate_check("corpus", Settings(), corpus=ROOT / "corpus", edits=EDITS)


def _counts(scores: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """Per kind (detected, injected), and the controls as (false alarms, controls)."""
    per_kind = scores["detection"]["per_kind"]
    ctl = scores["controls"]
    counts = {k: (row["detected"], row["injected"]) for k, row in per_kind.items()}
    return {**counts, "controls": (ctl["false_alarms"], ctl["controls"])}


def test_corpus_check_scores_reach_their_floors(corpus_scores: dict[str, Any]) -> None:
    failures = check_floors("check-corpus", corpus_scores, FLOORS)
    assert failures == [], (failures, _counts(corpus_scores))


def test_every_error_kind_is_injected_into_the_corpus(corpus_scores: dict[str, Any]) -> None:
    per_kind = corpus_scores["detection"]["per_kind"]
    assert set(per_kind) == set(ERROR_KINDS) == set(INJECTORS)
    assert all(row["injected"] >= 10 for row in per_kind.values()), _counts(corpus_scores)
    assert corpus_scores["controls"]["identity_false_alarms"] == 0


def test_results_hold_ids_and_numbers_only(corpus_scores: dict[str, Any]) -> None:
    for row in corpus_scores["items"]:
        assert set(row) <= {"source", "kind", "claims", "flagged", "detected", "edit"}
        assert all(":" in f and " " not in f for f in row["flagged"])


def test_injection_is_deterministic() -> None:
    assert random.Random("5:x:number").random() == random.Random("5:x:number").random()
    again = evaluate_check("corpus", Settings(), corpus=ROOT / "corpus", sample=3, seed=7)
    assert again == evaluate_check("corpus", Settings(), corpus=ROOT / "corpus", sample=3, seed=7)


@pytest.mark.skipif(
    not (DATASETS / WIKINEWS_FILE).exists() and os.environ.get("CI") != "true",
    reason="WikinewsSum sample not available (set STORYLINE_DATASETS)",
)
def test_wikinewssum_check_scores_reach_their_floors() -> None:
    scores = evaluate_check(
        "wikinewssum", Settings(datasets=str(DATASETS)), seed=5, edits=EDITS, min_cases=MIN_CASES
    )
    counts = _counts(scores)
    assert all(n >= MIN_CASES for kind, (_, n) in counts.items() if kind != "controls"), counts
    failures = check_floors("check-wikinewssum", scores, FLOORS)
    assert failures == [], (failures, counts)


@pytest.mark.parametrize("edits", [1, 3])
def test_edits_of_one_rewrite_stay_in_separate_sentences(edits: int) -> None:
    text = "One. Two two. Three three three. Four. Five five. Six."
    made = [Edit("number", 0, 3, "1"), Edit("number", 39, 43, "5")][:edits]
    new, touched = apply_edits(text, made)
    assert len(touched) == len(made)
    for edit, (start, end) in zip(made, touched, strict=True):
        assert new[start:end] == edit.replacement
