"""Digest accuracy floors (eval/floors.json, keys ``digests-*``) and the ROUGE implementation.

- a fixed sample (the first :data:`SAMPLE` usable WikinewsSum articles) is run for real: every
  fact must be traceable to a cited source span and no number may lack a cited source;
- the full report (``storyline eval digests``, the same code) is committed in eval/results/ and
  must reach the ``digests-wikinewssum`` floors.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import dataset_settings as shared_dataset_settings
from storyline.evaluation import check_floors
from storyline.evaluation.digests import evaluate_digests, rouge, rouge_l, rouge_n, tokens
from storyline.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "eval" / "floors.json"
SAMPLE = 12


def dataset_settings() -> Settings:
    return shared_dataset_settings("digests", "wikinewssum-en")


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        ("the cat sat", "the cat sat", {"rouge1": 1.0, "rouge2": 1.0, "rougeL": 1.0}),
        ("the cat", "the cat sat down", {"rouge1": 2 / 3, "rouge2": 0.5, "rougeL": 2 / 3}),
        ("dogs bark", "cats purr", {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}),
        ("", "cats purr", {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}),
    ],
)
def test_rouge_f1_counts_overlapping_ngrams_and_the_longest_common_subsequence(
    candidate: str, reference: str, expected: dict[str, float]
) -> None:
    assert rouge(candidate, reference) == pytest.approx(expected)


def test_rouge_l_follows_word_order_and_rouge_n_clips_repeats() -> None:
    ref = tokens("police arrested the protesters on monday")
    assert rouge_l(tokens("on monday police arrested"), ref) == pytest.approx(0.4)
    assert rouge_n(tokens("police police police"), tokens("police"), 1) == pytest.approx(0.5)


def test_sample_digests_are_fully_traceable_and_reach_their_floors() -> None:
    scores = evaluate_digests("wikinewssum", dataset_settings(), sample=SAMPLE)
    assert scores["articles"] == SAMPLE
    assert scores["traceability"]["share"] == 1.0
    assert scores["numbers"]["unsupported"] == 0
    assert check_floors("digests-wikinewssum-sample", scores, FLOORS) == []


def test_committed_full_report_reaches_its_floors_and_beats_lead3() -> None:
    path = ROOT / "eval" / "results" / "digests-wikinewssum.json"
    scores = json.loads(path.read_text(encoding="utf-8"))
    assert check_floors("digests-wikinewssum", scores, FLOORS) == []
    assert scores["traceability"]["share"] == 1.0 and scores["numbers"]["unsupported"] == 0
    for metric in ("rouge1", "rouge2", "rougeL"):
        assert scores["rouge"]["digest"][metric] > scores["rouge"]["lead3"][metric]
