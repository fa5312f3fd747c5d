"""Evaluation: accuracy measured against gold data, written to eval/results/, checked by floors."""

from __future__ import annotations

from storyline.evaluation.corpus import evaluate_corpus
from storyline.evaluation.floors import check_floors, write_result

__all__ = ["check_floors", "evaluate_corpus", "write_result"]
