"""Scoring helpers for the event evaluations: classification tables and party (actor) matching."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from storyline.evaluation.events_data import GoldParty
from storyline.records import EventEntity

NONE = "NONE"  # label of "no event" (gold or predicted)


def ratio(hit: int, total: int) -> float | None:
    return round(hit / total, 4) if total else None


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def classification(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    """Accuracy, macro-F1 over the gold labels, per-label P/R/F1 and the confusion matrix.

    ``NONE`` (no event) is a label like the others: a missed event counts against the recall of
    its gold label, a spurious one against the precision of the predicted label. Macro-F1
    averages over the labels that occur in the gold data.
    """
    pairs = list(zip(gold, pred, strict=True))
    tp = Counter(g for g, p in pairs if g == p)
    n_gold, n_pred = Counter(gold), Counter(pred)
    per: dict[str, dict[str, float | int]] = {}
    for label in sorted(set(gold) | set(pred)):
        p = tp[label] / n_pred[label] if n_pred[label] else 0.0
        r = tp[label] / n_gold[label] if n_gold[label] else 0.0
        per[label] = {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(_f1(p, r), 4),
            "support": n_gold[label],
            "predicted": n_pred[label],
        }
    in_gold = [float(per[label]["f1"]) for label in n_gold]
    confusion: dict[str, dict[str, int]] = {}
    for g_label, p_label in pairs:
        confusion.setdefault(g_label, {}).setdefault(p_label, 0)
        confusion[g_label][p_label] += 1
    return {
        "accuracy": ratio(sum(tp.values()), len(pairs)),
        "macro_f1": round(sum(in_gold) / len(in_gold), 4) if in_gold else None,
        "per_category": per,
        "confusion": {g: dict(sorted(row.items())) for g, row in sorted(confusion.items())},
    }


# PLOVER's codes for international non-state parties that storyline marks by sector, with no
# country: the UN, the EU and other intergovernmental bodies (IGO), NGOs
INTERNATIONAL_CODES = frozenset({"IGO", "NGO", "UNO", "EUR"})


def code_matches(gold: GoldParty, ent: EventEntity) -> bool:
    """A gold country code matches an entity's code. A gold international code (IGO, NGO, UNO,
    EUR) matches an entity with no country whose sector is IGO or NGO: storyline's country
    field holds states only, and which international bodies count as IGO rather than NGO
    (Amnesty International, the Red Cross) is not consistent in the gold data."""
    if gold.code is None:
        return False
    if ent.code == gold.code:
        return True
    return gold.code in INTERNATIONAL_CODES and ent.code is None and ent.sector in ("IGO", "NGO")


def party_found(gold: GoldParty, found: Sequence[EventEntity], *, field: str) -> bool:
    if field == "code":
        return any(code_matches(gold, e) for e in found)
    return any(e.sector == gold.sector for e in found)


class PartyTally:
    """Accuracy of one party field (actor or recipient country or sector) over gold parties.

    Every gold party with a value counts once; it is found when the predicted main event has a
    party with the same value on the same side. Cases without a main event count as misses.
    """

    def __init__(self, field: str) -> None:
        self.field = field
        self.hit = 0
        self.total = 0
        self.errors: list[str] = []

    def add(self, case_id: str, gold: Sequence[GoldParty], found: Sequence[EventEntity]) -> None:
        wanted = [g for g in gold if (g.code if self.field == "code" else g.sector)]
        ok = [party_found(g, found, field=self.field) for g in wanted]
        self.hit += sum(ok)
        self.total += len(ok)
        if not all(ok):
            self.errors.append(case_id)

    def result(self) -> dict[str, Any]:
        return {"accuracy": ratio(self.hit, self.total), "parties": self.total}


__all__ = ["NONE", "PartyTally", "classification", "code_matches", "party_found", "ratio"]
