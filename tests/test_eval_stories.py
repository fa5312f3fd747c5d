"""Story clustering accuracy floors (eval/floors.json, keys ``stories-*``).

- the demo corpus is run for real (whole pipeline, in memory);
- ECB+ is run for real on a documented subset (its first three topics: six gold stories, the
  hard negatives included), since annotating all 982 documents takes minutes on two cores;
- the full ECB+ and Giveme5W1H reports (``storyline eval stories --dataset ...``, the same code)
  are committed in eval/results/ and must reach their floors too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import dataset_settings as shared_dataset_settings
from storyline.evaluation import check_floors
from storyline.evaluation.stories import evaluate_corpus_stories, evaluate_dataset
from storyline.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "eval" / "floors.json"
SUBSET_TOPICS = 3


def dataset_settings() -> Settings:
    return shared_dataset_settings("stories", "ecbplus")


@pytest.fixture(scope="module")
def corpus_scores() -> dict[str, Any]:
    return evaluate_corpus_stories(ROOT / "corpus", Settings())


def test_corpus_stories_reach_their_floors(corpus_scores: dict[str, Any]) -> None:
    assert check_floors("stories-corpus", corpus_scores, FLOORS) == []


def test_the_wire_copy_is_detected_and_no_story_mixes_two_gold_stories(
    corpus_scores: dict[str, Any],
) -> None:
    assert corpus_scores["wire_copies"] == {"detected": 1, "total": 1}
    assert corpus_scores["bcubed"]["precision"] == 1.0


def test_every_gold_story_is_one_storyline(corpus_scores: dict[str, Any]) -> None:
    # stories are happenings (the ECB+ notion); the corpus gold is the longer thread
    assert corpus_scores["storylines"]["not_recovered"] == []
    assert corpus_scores["storylines"]["storylines"] == corpus_scores["gold_stories"]


def test_ecbplus_subset_reaches_its_floor() -> None:
    scores = evaluate_dataset("ecbplus", dataset_settings(), topics=SUBSET_TOPICS)
    assert scores["gold_stories"] == 2 * SUBSET_TOPICS
    assert check_floors("stories-ecbplus-subset", scores, FLOORS) == []


@pytest.mark.parametrize("variant", ["", "-embeddings"], ids=["tf-idf", "with embeddings"])
@pytest.mark.parametrize("dataset", ["ecbplus", "giveme5w1h"])
def test_committed_full_reports_reach_their_floors(dataset: str, variant: str) -> None:
    path = ROOT / "eval" / "results" / f"stories-{dataset}{variant}.json"
    scores = json.loads(path.read_text(encoding="utf-8"))
    assert scores["dataset"] == dataset
    assert check_floors(f"stories-{dataset}{variant}", scores, FLOORS) == []
