"""Clustering scores: B-cubed precision/recall/F1 and pairwise precision/recall/F1.

Both take two mappings item -> cluster label (gold and predicted) over the same items.
B-cubed (Bagga & Baldwin 1998) averages, per item, the share of its predicted cluster that is in
its gold cluster (precision) and the share of its gold cluster that is in its predicted cluster
(recall). Pairwise scores count item pairs placed together.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping

from storyline.errors import EvaluationError


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _check(gold: Mapping[str, Hashable], predicted: Mapping[str, Hashable]) -> None:
    if set(gold) != set(predicted):
        missing = sorted(set(gold) ^ set(predicted))[:5]
        raise EvaluationError(f"gold and predicted clusterings cover different items: {missing}")
    if not gold:
        raise EvaluationError("cannot score an empty clustering")


def bcubed(gold: Mapping[str, Hashable], predicted: Mapping[str, Hashable]) -> dict[str, float]:
    """B-cubed precision, recall and F1 (rounded to 4 places)."""
    _check(gold, predicted)
    joint = Counter((gold[i], predicted[i]) for i in gold)
    gold_size = Counter(gold.values())
    pred_size = Counter(predicted.values())
    precision = recall = 0.0
    for (g, p), n in joint.items():
        precision += n * n / pred_size[p]
        recall += n * n / gold_size[g]
    precision /= len(gold)
    recall /= len(gold)
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(_f1(precision, recall), 4),
    }


def pairwise(gold: Mapping[str, Hashable], predicted: Mapping[str, Hashable]) -> dict[str, float]:
    """Pairwise precision, recall and F1 over all item pairs (rounded to 4 places)."""
    _check(gold, predicted)

    def pairs(sizes: Mapping[Hashable, int]) -> int:
        return sum(n * (n - 1) // 2 for n in sizes.values())

    together = pairs(Counter((gold[i], predicted[i]) for i in gold))
    pred_pairs = pairs(Counter(predicted.values()))
    gold_pairs = pairs(Counter(gold.values()))
    precision = together / pred_pairs if pred_pairs else 1.0
    recall = together / gold_pairs if gold_pairs else 1.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(_f1(precision, recall), 4),
    }


def clusters(labels: Mapping[str, Hashable]) -> dict[Hashable, list[str]]:
    """Label -> sorted member items."""
    out: dict[Hashable, list[str]] = defaultdict(list)
    for item in sorted(labels):
        out[labels[item]].append(item)
    return dict(out)
