"""The reference seed article checked against the acceptance list of the event-coder issue.

The seed is read from ``<datasets>/../seeds/000_0822fe45ffbfb1e6.txt`` (its trailing
"Original Source:" line is dropped, as ingest does). Each check names what must be found; the
result lists each check as found or not, and counts the sentences holding an event of a
category outside the list (at most 2 of the 20 sentences may).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from storyline.errors import EvaluationError
from storyline.evaluation.events_eval import annotate_texts
from storyline.events import load_coder
from storyline.records import Event, EventEntity
from storyline.settings import Settings

SEED_NAME = "000_0822fe45ffbfb1e6.txt"
EXPECTED = frozenset({"RETREAT", "REQUEST", "REJECT", "PROTEST", "COERCE", "ACCUSE"})
MAX_OTHER_SENTENCES = 2


def seed_path(datasets: Path) -> Path:
    return datasets.parent / "seeds" / SEED_NAME


def seed_text(path: Path) -> str:
    if not path.exists():
        raise EvaluationError(f"reference seed not found: {path}")
    lines = path.read_text(encoding="utf-8").rstrip().split("\n")
    if lines and lines[-1].startswith("Original Source:"):
        lines = lines[:-1]
    return "\n".join(lines)


def _has(ents: tuple[EventEntity, ...], code: str, *sectors: str) -> bool:
    return any(e.code == code and (not sectors or e.sector in sectors) for e in ents)


def _size(ev: Event, kind: str, value: float | None = None, *, vague: bool = False) -> bool:
    s = ev.size
    if s is None or s.kind != kind:
        return False
    return s.vague if vague else s.value == value


def _triggers(ev: Event) -> int:
    return sum(1 for e in ev.evidence if e.field == "trigger")


def _sentence_has(sents: dict[int, str], ev: Event, word: str) -> bool:
    """Whether a sentence holding one of the event's triggers contains ``word``."""
    return any(word in sents.get(e.sentence, "") for e in ev.evidence if e.field == "trigger")


Check = Callable[[Event, dict[int, str]], bool]
VEN_GOV = ("GOV",)
CHECKS: dict[str, tuple[str, str | None, Check]] = {
    "release 103 by VEN GOV, one event, several spans": (
        "RETREAT", "release",
        lambda e, t: _has(e.actor, "VEN", *VEN_GOV) and _size(e, "released", 103)
        and _triggers(e) >= 2,
    ),
    "release 225 by VEN GOV with the court-reporting condition": (
        "RETREAT", "release",
        lambda e, t: _has(e.actor, "VEN", *VEN_GOV) and _size(e, "released", 225)
        and _sentence_has(t, e, "court"),
    ),
    "request by VEN OPP and regional authorities to VEN GOV, election context": (
        "REQUEST", None,
        lambda e, t: _has(e.actor, "VEN", "OPP") and len(e.actor) >= 2
        and _has(e.recipient, "VEN", *VEN_GOV) and "election" in e.context,
    ),
    "reject by VEN GOV": ("REJECT", None, lambda e, t: _has(e.actor, "VEN", *VEN_GOV)),
    "protest (demo) in Venezuela": (
        "PROTEST", "demo", lambda e, t: e.event_loc is not None and e.event_loc.country == "VEN"
    ),
    "arrests, vague size thousands": (
        "COERCE", "arrest", lambda e, t: _size(e, "arrested", vague=True)
    ),
    "arrests of an opposition party (VEN PTY/OPP)": (
        "COERCE", "arrest", lambda e, t: _has(e.recipient, "VEN", "PTY", "OPP")
    ),
    "allegation by Gonzalez (VEN OPP) against VEN GOV": (
        "ACCUSE", "allege",
        lambda e, t: _has(e.actor, "VEN", "OPP") and _has(e.recipient, "VEN", *VEN_GOV),
    ),
    "allegation by Argentine officials (ARG GOV) against VEN GOV": (
        "ACCUSE", "allege",
        lambda e, t: _has(e.actor, "ARG", "GOV") and _has(e.recipient, "VEN", *VEN_GOV),
    ),
    "disapproval (concern) by USA and ARG of VEN GOV": (
        "ACCUSE", "disapprove",
        lambda e, t: _has(e.actor, "USA") and _has(e.actor, "ARG")
        and _has(e.recipient, "VEN", *VEN_GOV),
    ),
}  # fmt: skip


def check_seed(events: list[Event], sents: dict[int, str]) -> dict[str, Any]:
    found: dict[str, bool] = {}
    for name, (event, mode, ok) in CHECKS.items():
        found[name] = any(
            e.event == event and (mode is None or e.mode == mode) and not e.negated and ok(e, sents)
            for e in events
        )
    other = sorted(
        {ev.sentence for e in events if e.event not in EXPECTED for ev in e.evidence
         if ev.field == "trigger"}
    )  # fmt: skip
    return {
        "dataset": "seed",
        "sentences": len(sents),
        "found": ratio_found(found),
        "checks": found,
        "other_category_sentences": len(other),
        "other_category_ok": len(other) <= MAX_OTHER_SENTENCES,
        "events": len(events),
        "errors": {
            "checks": [k for k, v in found.items() if not v],
            "other_category_sentences": other,
            "other_categories": sorted({e.event for e in events if e.event not in EXPECTED}),
        },
    }


def ratio_found(found: dict[str, bool]) -> float:
    return round(sum(found.values()) / len(found), 4)


def evaluate_seed(datasets: Path, settings: Settings) -> dict[str, Any]:
    text = seed_text(seed_path(datasets))
    article = next(iter(annotate_texts([("seed", text)], settings)))
    events = load_coder(settings).code(article)
    return check_seed(events, {s.index: s.text for s in article.sentences})


__all__ = ["CHECKS", "check_seed", "evaluate_seed", "seed_path", "seed_text"]
