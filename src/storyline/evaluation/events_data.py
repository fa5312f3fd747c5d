"""Readers for the public event gold sets under ``settings.datasets`` (read by path, never copied).

- ``plover-gsr``: ``events/plover-gsr/PLOVER_GSR_CAMEO.txt``, a JSON list of sentences coded in
  PLOVER 0.5. Old names are renamed to DRAFT 2.0 (DEMAND -> REQUEST, DISAPPROVE ->
  ACCUSE/disapprove, INVESTIGATE -> ACCUSE/investigate, FIGHT -> ASSAULT); 0.5 modes map to
  their 2.0 names where one exists; the DOCUMENT record is skipped.
- ``petrarch-gsr``: ``events/petrarch-validation/PETR2_GSR_validation.xml``: English sentences
  with their gold CAMEO codings (or none).
- ``conflibert-quad``: ``events/conflibert/cameo_class/test.tsv``: sentence + quad class.
- ``ngec-actors``: ``events/ngec-actors/actor_resolution_test_cases.jsonl``: a mention (and
  optional context) -> expected country and sector.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import EvaluationError
from storyline.events.ontology import modes, resolve_alias

# PLOVER 0.5 modes -> DRAFT 2.0 modes (same category); unknown modes are not scored
MODE_RENAMES = {
    "strike-hun": "hunger",
    "strike-gen": "strike",
    "demo-org": "demo",
    "demo-spon": "demo",
    "riot-spon": "riot",
    "detain": "arrest",
    "confiscate": "seize",
    "ban": "restrict",
    "assassinate": "targeted",
}


@dataclass(frozen=True, slots=True)
class GoldParty:
    code: str | None  # ISO3, or IGO/NGO
    sector: str | None  # PLOVER sector (first three letters of the gold code)


@dataclass(frozen=True, slots=True)
class Case:
    """One gold sentence."""

    id: str
    text: str
    event: str | None = None  # DRAFT 2.0 category; None: the gold says no event
    mode: str | None = None  # DRAFT 2.0 mode when the gold mode has one
    actors: tuple[GoldParty, ...] = ()
    recipients: tuple[GoldParty, ...] = ()
    quad: int | None = None
    cameo: tuple[str, ...] = ()  # gold CAMEO codes (petrarch)


@dataclass(frozen=True, slots=True)
class ActorCase:
    """One NGEC actor-resolution case."""

    id: str
    text: str
    context: str
    country: str | None  # expected ISO3 ("" in the file -> None: expected no country)
    sector: str | None


def _path(root: Path, *parts: str) -> Path:
    path = root.joinpath(*parts)
    if not path.exists():
        raise EvaluationError(
            f"dataset file not found: {path} (set `datasets` or STORYLINE_DATASETS to the "
            "folder holding events/)"
        )
    return path


def _listify(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, list):
        return [v for v in value if isinstance(v, dict)]
    return [value] if isinstance(value, dict) else []


# country codes of the gold file that are not ISO 3166 (older CAMEO spellings) -> ISO alpha-3
GOLD_CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def _party(raw: dict[str, Any]) -> GoldParty:
    code = str(raw.get("code") or "").strip().upper() or None
    code = GOLD_CODE_FIXES.get(code or "", code)
    sector = str(raw.get("sector") or "").strip()[:3].upper() or None
    if sector is not None and not sector.isalpha():
        sector = None
    return GoldParty(code, sector)


def _mode(event: str, alias_mode: str | None, raw_mode: str | None) -> str | None:
    if alias_mode is not None:
        return alias_mode
    mode = MODE_RENAMES.get(raw_mode or "", raw_mode or None)
    return mode if mode in modes(event) else None


def load_plover_gsr(root: Path) -> list[Case]:
    path = _path(root, "events", "plover-gsr", "PLOVER_GSR_CAMEO.txt")
    cases = []
    for rec in json.loads(path.read_text(encoding="utf-8")):
        if rec.get("event") == "DOCUMENT" or not rec.get("text"):
            continue
        event, alias_mode = resolve_alias(str(rec["event"]))
        cases.append(
            Case(
                id=str(rec["id"]),
                text=str(rec["text"]).strip(),
                event=event,
                mode=_mode(event, alias_mode, rec.get("mode")),
                actors=tuple(_party(p) for p in _listify(rec.get("source"))),
                recipients=tuple(_party(p) for p in _listify(rec.get("target"))),
            )
        )
    return cases


_SENTENCE = re.compile(r"<Sentence\b([^>]*)/?>(.*?)</Sentence>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CODING = re.compile(r"<EventCoding\b([^>]*)/>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def _petrarch_party(code: str) -> GoldParty:
    code = code.strip().upper()
    return GoldParty(code[:3] or None, code[3:6] or None)


def load_petrarch(root: Path) -> list[Case]:
    path = _path(root, "events", "petrarch-validation", "PETR2_GSR_validation.xml")
    cases: list[Case] = []
    for attrs, body in _SENTENCE.findall(path.read_text(encoding="utf-8")):
        meta = dict(_ATTR.findall(attrs))
        text = _TEXT.search(body)
        if text is None or meta.get("evaluate", "true") != "true":
            continue
        codings = [dict(_ATTR.findall(c)) for c in _CODING.findall(body)]
        coded = [c for c in codings if c.get("eventcode")]
        cases.append(
            Case(
                id=meta.get("id", str(len(cases))),
                text=" ".join(text.group(1).split()),
                actors=tuple(_petrarch_party(c.get("sourcecode", "")) for c in coded),
                recipients=tuple(_petrarch_party(c.get("targetcode", "")) for c in coded),
                cameo=tuple(c["eventcode"] for c in coded),
            )
        )
    return cases


def load_conflibert(root: Path, split: str = "test") -> list[Case]:
    path = _path(root, "events", "conflibert", "cameo_class", f"{split}.tsv")
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        text, sep, label = line.rpartition("\t")
        if sep and label.strip().isdigit() and text.strip():
            cases.append(Case(id=f"{split}-{n}", text=text.strip(), quad=int(label)))
    return cases


def _expected(rec: dict[str, Any], *names: str) -> tuple[bool, str | None]:
    for exp in rec.get("expected", []):
        if exp.get("path") and exp["path"][0] in names and exp.get("op") in ("Eq", "Is"):
            value = exp.get("value")
            return True, (str(value) or None) if value is not None else None
    return False, None


def load_ngec(root: Path) -> list[ActorCase]:
    """NGEC cases that state an expected country (``country`` or ``cc``)."""
    path = _path(root, "events", "ngec-actors", "actor_resolution_test_cases.jsonl")
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        has_country, country = _expected(rec, "country", "cc")
        if not has_country or not rec.get("args"):
            continue
        _, sector = _expected(rec, "code_1")
        args = [str(a) for a in rec["args"]]
        context = args[1] if len(args) > 1 else ""
        cases.append(ActorCase(str(rec["test"]), args[0], context, country, sector))
    return cases


__all__ = [
    "ActorCase",
    "Case",
    "GoldParty",
    "load_conflibert",
    "load_ngec",
    "load_petrarch",
    "load_plover_gsr",
]
