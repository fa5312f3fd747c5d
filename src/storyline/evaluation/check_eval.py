"""`storyline eval check`: how many injected errors the rewrite checker catches, and how often
it raises a false alarm on untouched or lightly paraphrased copies.

For every source article (the English articles of the demo corpus, read through the ingest and
extract stages; or the English source articles of the Wikinews sample), one rewrite per error
kind of :mod:`.check_inject` (when the article offers something to change) and the controls of
:mod:`.check_paraphrase` (plus the identical text) are checked against the source.

- An injected error is *detected* when a claim in a sentence of the rewrite touched by the edit
  is unsupported or contradicted.
- A control is a *false alarm* when any of its claims is flagged. ``false_alarm_rate`` counts the
  paraphrased controls; the identical copies are reported apart (``identity_false_alarms``).

Results hold ids and numbers only, never dataset text.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from rich.table import Table

from storyline.check import Analyzed, CheckReport, analyze_articles, check_analyzed
from storyline.check.align import Doc
from storyline.errors import EvaluationError
from storyline.evaluation.check_inject import ERROR_KINDS, INJECTORS, Edit
from storyline.evaluation.check_paraphrase import PARAPHRASES
from storyline.records import Article, stable_id
from storyline.settings import Settings

DATASETS = ("corpus", "wikinewssum")
WIKINEWS_FILE = Path("digests") / "wikinewssum-en" / "wikinewssum_en_101.jsonl"
MIN_SOURCE_CHARS = 400
CONTROLS_PER_CASE = 2  # paraphrased controls wanted per injected error of a kind (run_until)


@dataclass(frozen=True, slots=True)
class Variant:
    source_id: str
    kind: str  # an error kind, "identity" or a paraphrase name
    article: Article
    edits: tuple[tuple[int, int], ...] = ()  # chars of the rewrite touched by each edit


def corpus_sources(corpus: Path, settings: Settings) -> list[tuple[str, Article]]:
    from storyline.extract import extract_or_skip, load_extractor
    from storyline.ingest import iter_documents

    folder = corpus / "articles"
    if not folder.is_dir():
        raise EvaluationError(f"demo corpus not found: {folder}")
    extractor, seen, found = load_extractor(settings), set(), []
    for doc in iter_documents([str(folder)], settings=settings):
        article = doc if not hasattr(doc, "raw") else extract_or_skip(doc, settings, extractor)  # type: ignore[arg-type]
        if not isinstance(article, Article) or article.language != "en" or article.dup_key in seen:
            continue
        seen.add(article.dup_key)
        found.append(
            (
                str(
                    Path(doc.uri).relative_to(folder.resolve())
                    if Path(doc.uri).is_absolute()
                    else doc.uri
                ),
                article,
            )
        )
    return found


def _wikinews_date(text: str | None) -> str | None:
    try:
        return datetime.strptime(text or "", "%B %d, %Y").date().isoformat()
    except ValueError:
        return None


def wikinews_sources(settings: Settings) -> list[tuple[str, Article]]:
    from storyline.extract import extract_or_skip, load_extractor
    from storyline.ingest.items import make_item

    path = Path(settings.datasets) / WIKINEWS_FILE
    if not path.exists():
        raise EvaluationError(f"WikinewsSum sample not found: {path} (setting `datasets`)")
    extractor, found = load_extractor(settings), []
    with path.open(encoding="utf-8") as fh:
        for row_no, line in enumerate(fh):
            row = json.loads(line)
            for src_no, src in enumerate(row.get("sources") or []):
                if src.get("language") != "en" or len(src.get("text") or "") < MIN_SOURCE_CHARS:
                    continue
                meta = {
                    "url": src.get("url"),
                    "title": src.get("title"),
                    "published": _wikinews_date(row.get("date")),
                }
                uri = f"wikinewssum-en:row{row_no}:source{src_no}"
                doc = make_item(uri, body_key="text", body=src["text"], meta=meta, fetched_at="")
                article = extract_or_skip(doc, settings, extractor)
                if isinstance(article, Article) and article.language == "en":
                    found.append((uri, article))
    return found


def load_sources(dataset: str, settings: Settings, corpus: Path) -> list[tuple[str, Article]]:
    if dataset == "corpus":
        return corpus_sources(corpus, settings)
    if dataset == "wikinewssum":
        return wikinews_sources(settings)
    raise EvaluationError(f"unknown dataset {dataset!r}; choose one of: {', '.join(DATASETS)}")


def _variant(
    source_id: str,
    kind: str,
    article: Article,
    text: str,
    edits: tuple[tuple[int, int], ...] = (),
) -> Variant:
    new = replace(article, id=stable_id(article.id, kind, text), text=text)
    return Variant(source_id, kind, new, edits)


def _sentences(doc: Doc, edit: Edit) -> set[int]:
    return set(range(doc.sentence_at(edit.start), doc.sentence_at(max(edit.start, edit.end)) + 1))


def pick_edits(item: Analyzed, doc: Doc, kind: str, *, key: str, edits: int) -> list[Edit]:
    """Up to ``edits`` injections of one kind, each in its own sentence with an untouched
    sentence between any two (so each is detected or missed on its own). The first is the one a
    single-edit run makes."""
    chosen: list[Edit] = []
    near: set[int] = set()
    for attempt in range(4 * edits):
        if len(chosen) == edits:
            break
        rng = random.Random(key if attempt == 0 else f"{key}:{attempt}")
        edit = INJECTORS[kind](item, doc, rng)
        if edit is None:
            break
        where = _sentences(doc, edit)
        if where & near:
            continue
        chosen.append(edit)
        near |= {n for s in where for n in (s - 1, s, s + 1)}
    return sorted(chosen, key=lambda e: e.start)


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text with every edit made (edits sorted, not overlapping) and the chars of the new
    text each edit touched."""
    parts, touched, pos, shift = [], [], 0, 0
    for e in edits:
        parts += [text[pos : e.start], e.replacement]
        start = e.start + shift
        touched.append((start, start + max(1, len(e.replacement))))
        shift += len(e.replacement) - (e.end - e.start)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts), tuple(touched)


def build_variants(
    source_id: str,
    item: Analyzed,
    seed: int,
    *,
    edits: int = 1,
    kinds: tuple[str, ...] = ERROR_KINDS,
    controls: bool = True,
) -> list[Variant]:
    """The identity control and the paraphrased controls that change the text (when
    ``controls``), one rewrite per error kind of ``kinds`` that applies, with up to ``edits``
    errors of that kind in separate sentences."""
    doc, article = Doc(item), item.annotated.article
    out = []
    if controls:
        out.append(_variant(source_id, "identity", article, item.text))
        for name, rule in PARAPHRASES.items():
            text = rule(item, doc)
            if text != item.text:
                out.append(_variant(source_id, name, article, text))
    for kind in kinds:
        picked = pick_edits(item, doc, kind, key=f"{seed}:{source_id}:{kind}", edits=edits)
        if picked:
            text, touched = apply_edits(item.text, picked)
            out.append(_variant(source_id, kind, article, text, touched))
    return out


def detected(report: CheckReport, rewrite: Analyzed, touched: tuple[int, int]) -> bool:
    sentences = {
        s.index for s in rewrite.annotated.sentences if s.start < touched[1] and touched[0] < s.end
    }
    return any(
        v.claim.sentence in sentences or (v.claim.start < touched[1] and touched[0] < v.claim.end)
        for v in report.flagged
    )


def _ratio(hit: int, total: int) -> float | None:
    return round(hit / total, 4) if total else None


def _sample(
    sources: list[tuple[str, Article]], sample: int | None, seed: int
) -> list[tuple[str, Article]]:
    if sample is None or sample >= len(sources):
        return sources
    picked = random.Random(seed).sample(range(len(sources)), sample)
    return [sources[i] for i in sorted(picked)]


def check_variants(
    variants: list[Variant], by_id: dict[str, Analyzed], settings: Settings
) -> list[dict[str, Any]]:
    """One row per control and one per injected error (several per rewrite with ``edits`` > 1)."""
    rewrites = analyze_articles([(v.source_id, v.article) for v in variants], settings)
    rows: list[dict[str, Any]] = []
    for v, rw in zip(variants, rewrites, strict=True):
        report = check_analyzed(rw, [by_id[v.source_id]])
        base: dict[str, Any] = {
            "source": v.source_id,
            "kind": v.kind,
            "claims": len(report.verdicts),
            "flagged": [f"{f.claim.kind}:{f.verdict}" for f in report.flagged],
        }
        if not v.edits:
            rows.append(base)
        for n, touched in enumerate(v.edits):
            extra = {"edit": n} if len(v.edits) > 1 else {}
            rows.append({**base, **extra, "detected": detected(report, rw, touched)})
    return rows


def run_variants(
    sources: list[tuple[str, Article]], settings: Settings, seed: int, *, edits: int = 1
) -> list[dict[str, Any]]:
    analyzed = analyze_articles(sources, settings)
    by_id = {sid: item for (sid, _), item in zip(sources, analyzed, strict=True)}
    variants = [
        v
        for (sid, _), item in zip(sources, analyzed, strict=True)
        for v in build_variants(sid, item, seed, edits=edits)
    ]
    return check_variants(variants, by_id, settings)


def run_until(
    sources: list[tuple[str, Article]],
    settings: Settings,
    seed: int,
    *,
    edits: int,
    min_cases: int,
    chunk: int = 4,
) -> tuple[list[dict[str, Any]], int]:
    """Sources in a seeded order, a chunk at a time, until every error kind has ``min_cases``
    injected errors and there are ``CONTROLS_PER_CASE * min_cases`` paraphrased controls; a
    source only gets rewrites of the kinds (and controls) still short of that. Returns the rows
    and the number of sources used."""
    order = random.Random(seed).sample(range(len(sources)), len(sources))
    rows: list[dict[str, Any]] = []
    used = 0
    for at in range(0, len(order), chunk):
        kinds = tuple(k for k in ERROR_KINDS if sum(r["kind"] == k for r in rows) < min_cases)
        controls = sum(r["kind"] in PARAPHRASES for r in rows) < CONTROLS_PER_CASE * min_cases
        if not kinds and not controls:
            break
        batch = [sources[i] for i in order[at : at + chunk]]
        analyzed = analyze_articles(batch, settings)
        by_id = {sid: item for (sid, _), item in zip(batch, analyzed, strict=True)}
        variants = [
            v
            for (sid, _), item in zip(batch, analyzed, strict=True)
            for v in build_variants(sid, item, seed, edits=edits, kinds=kinds, controls=controls)
        ]
        rows += check_variants(variants, by_id, settings)
        used += len(batch)
    return rows, used


def score_rows(rows: list[dict[str, Any]]) -> dict[str, Any]:
    injected = [r for r in rows if "detected" in r]
    per_kind = {}
    for kind in ERROR_KINDS:
        mine = [r for r in injected if r["kind"] == kind]
        hits = sum(r["detected"] for r in mine)
        per_kind[kind] = {"injected": len(mine), "detected": hits, "rate": _ratio(hits, len(mine))}
    controls = [r for r in rows if r["kind"] in PARAPHRASES]
    identity = [r for r in rows if r["kind"] == "identity"]
    per_control = {
        name: {"controls": n, "false_alarms": fa, "rate": _ratio(fa, n)}
        for name in PARAPHRASES
        for n, fa in [
            (
                sum(r["kind"] == name for r in controls),
                sum(bool(r["flagged"]) for r in controls if r["kind"] == name),
            )
        ]
    }
    rates = [k["rate"] for k in per_kind.values() if k["rate"] is not None]
    false_alarms = sum(bool(r["flagged"]) for r in controls)
    return {
        "detection": {
            "overall": _ratio(sum(r["detected"] for r in injected), len(injected)),
            "min_kind": min(rates) if rates else None,
            "injected": len(injected),
            "per_kind": per_kind,
        },
        "controls": {
            "false_alarm_rate": _ratio(false_alarms, len(controls)),
            "specificity": _ratio(len(controls) - false_alarms, len(controls)),
            "controls": len(controls),
            "false_alarms": false_alarms,
            "per_kind": per_control,
            "identity_false_alarms": sum(bool(r["flagged"]) for r in identity),
            "identity": len(identity),
        },
        "items": rows,
    }


def evaluate_check(
    dataset: str,
    settings: Settings,
    *,
    corpus: Path = Path("corpus"),
    sample: int | None = None,
    seed: int = 5,
    edits: int = 1,
    min_cases: int | None = None,
) -> dict[str, Any]:
    """Inject errors into the dataset's source articles and score the checker on them.

    ``edits``: errors of one kind per rewrite (in separate sentences, each scored on its own).
    ``min_cases``: instead of a fixed ``sample``, take sources in a seeded order until every
    error kind has that many injected errors (see :func:`run_until`)."""
    if edits < 1:
        raise EvaluationError(f"edits must be at least 1, got {edits}")
    sources = load_sources(dataset, settings, corpus)
    if not sources:
        raise EvaluationError(f"no English source article found in dataset {dataset!r}")
    if min_cases is not None:
        rows, used = run_until(sources, settings, seed, edits=edits, min_cases=min_cases)
    else:
        sources = _sample(sources, sample, seed)
        rows, used = run_variants(sources, settings, seed, edits=edits), len(sources)
    head = {"dataset": dataset, "sources": used, "seed": seed, "sample": sample, "edits": edits}
    if min_cases is not None:
        head["min_cases"] = min_cases
    return {**head, **score_rows(rows)}


def check_eval_table(scores: dict[str, Any]) -> Table:
    table = Table(title=f"Rewrite checker on {scores['dataset']} ({scores['sources']} sources)")
    for name in ("kind", "cases", "flagged", "rate"):
        table.add_column(name)
    for kind, row in scores["detection"]["per_kind"].items():
        table.add_row(
            f"error: {kind}", str(row["injected"]), str(row["detected"]), str(row["rate"])
        )
    det = scores["detection"]
    table.add_row("errors overall", str(det["injected"]), "", str(det["overall"]), style="bold")
    for kind, row in scores["controls"]["per_kind"].items():
        table.add_row(
            f"control: {kind}", str(row["controls"]), str(row["false_alarms"]), str(row["rate"])
        )
    ctl = scores["controls"]
    table.add_row(
        "false alarms",
        str(ctl["controls"]),
        str(ctl["false_alarms"]),
        str(ctl["false_alarm_rate"]),
        style="bold",
    )
    return table
