"""Evaluate the whole pipeline on the bundled demo corpus against ``corpus/gold.jsonl``.

Gold keys are paths relative to ``corpus/articles/`` (``#<url>`` picks an item inside a JSONL
file, a feed or a WARC file).

The corpus is ingested into an in-memory DuckDB; each gold line is matched to what the pipeline
made of its item (article, duplicate or skip). Scores:

- ``handling.accuracy``: items handled as the gold says (article / duplicate / skip);
- ``metadata.source|published|language``: accuracy over the gold articles;
- ``events.precision|recall|f1``: (category, mode) pairs per article, micro-averaged; a predicted
  category whose mode differs counts for ``events_category.*`` but not for ``events.*``;
- ``events.main_recall``: share of articles whose first (main) gold category was found;
- ``events.actor_country``: share of matched gold events whose actor country was found on a
  predicted event of the same category;
- ``no_event.specificity``: share of gold event-free articles that got no event.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import EvaluationError
from storyline.pipeline import IngestReport, Pipeline
from storyline.settings import Settings
from storyline.store import Store
from storyline.store import events as stored_events

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Item:
    key: str
    outcome: str  # article | duplicate | skip | missing
    article: Row | None
    events: list[Row]


def load_gold(corpus: Path) -> list[Row]:
    path = corpus / "gold.jsonl"
    if not path.exists():
        raise EvaluationError(f"gold file not found: {path}")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _match(key: str, corpus: Path, articles: list[Row], skipped_uris: set[str]) -> Row | str:
    path, _, url = key.partition("#")
    full = str(corpus / path)
    for a in articles:
        uri = str(a["uri"])
        same_file = uri == full or uri.startswith(full + "#")
        if same_file and (not url or a.get("url") == url):
            return a
    if any(u == full or u.startswith(full + "#") for u in skipped_uris):
        return "skip"
    return "missing"


def collect(corpus: Path, gold: list[Row], store: Store) -> list[Item]:
    articles = store.query(
        "SELECT a.*, d.uri FROM articles a JOIN documents d ON d.id = a.document_id"
    )
    skipped = {str(r["uri"]) for r in store.query("SELECT uri FROM skips")}
    by_article: dict[str, list[Row]] = {}
    for e in stored_events(store):
        by_article.setdefault(str(e["article_id"]), []).append(e)
    items = []
    for g in gold:
        found = _match(str(g["key"]), corpus, articles, skipped)
        if isinstance(found, str):
            items.append(Item(g["key"], found, None, []))
        else:
            outcome = "duplicate" if found.get("duplicate_of") else "article"
            items.append(Item(g["key"], outcome, found, by_article.get(str(found["id"]), [])))
    return items


def _ratio(hit: int, total: int) -> float | None:
    return round(hit / total, 4) if total else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None or p + r == 0:
        return 0.0 if p is not None and r is not None else None
    return round(2 * p * r / (p + r), 4)


def _prf(tp: int, pred: int, gold: int) -> dict[str, float | None]:
    p, r = _ratio(tp, pred), _ratio(tp, gold)
    return {"precision": p, "recall": r, "f1": _f1(p, r)}


def _event_scores(pairs: list[tuple[Row, Item]]) -> dict[str, Any]:
    tp = tp_cat = n_pred = n_gold = main_hit = main_total = 0
    actor_hit = actor_total = 0
    for gold, item in pairs:
        g_modes = Counter((e["event"], e.get("mode")) for e in gold["events"])
        p_modes = Counter((e["event"], e.get("mode")) for e in item.events)
        g_cats = Counter(e["event"] for e in gold["events"])
        p_cats = Counter(e["event"] for e in item.events)
        tp += sum((g_modes & p_modes).values())
        tp_cat += sum((g_cats & p_cats).values())
        n_pred += sum(p_modes.values())
        n_gold += sum(g_modes.values())
        if gold["events"]:
            main_total += 1
            main_hit += gold["events"][0]["event"] in p_cats
        for g in gold["events"]:
            if g.get("actor_country") and g["event"] in p_cats:
                actor_total += 1
                actor_hit += any(
                    a.get("code") == g["actor_country"]
                    for e in item.events
                    if e["event"] == g["event"]
                    for a in e.get("actor") or []
                )
    return {
        "events": {
            **_prf(tp, n_pred, n_gold),
            "main_recall": _ratio(main_hit, main_total),
            "actor_country": _ratio(actor_hit, actor_total),
            "gold": n_gold,
            "predicted": n_pred,
        },
        "events_category": _prf(tp_cat, n_pred, n_gold),
    }


def _metadata(pairs: list[tuple[Row, Item]]) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for name in ("source", "published", "language"):
        hits = [
            (item.article or {}).get(name) == gold.get(name) for gold, item in pairs if name in gold
        ]
        out[name] = _ratio(sum(hits), len(hits))
    return out


def score(gold: list[Row], items: list[Item]) -> dict[str, Any]:
    handled = [g.get("expect", "article") == i.outcome for g, i in zip(gold, items, strict=True)]
    articles = [
        (g, i) for g, i in zip(gold, items, strict=True) if g.get("expect", "article") == "article"
    ]
    english = [(g, i) for g, i in articles if g.get("language", "en") == "en"]
    no_event = [i for g, i in english if not g["events"]]
    return {
        "items": len(gold),
        "handling": {
            "accuracy": _ratio(sum(handled), len(handled)),
            "errors": [i.key for i, ok in zip(items, handled, strict=True) if not ok],
        },
        "metadata": _metadata(articles),
        **_event_scores(english),
        "no_event": {
            "articles": len(no_event),
            "specificity": _ratio(sum(not i.events for i in no_event), len(no_event)),
        },
        "per_article": [
            {
                "key": i.key,
                "gold": sorted(f"{e['event']}/{e.get('mode')}" for e in g["events"]),
                "predicted": sorted(f"{e['event']}/{e.get('mode')}" for e in i.events),
            }
            for g, i in english
        ],
    }


def evaluate_corpus(corpus: Path, settings: Settings) -> tuple[dict[str, Any], IngestReport]:
    """Run the pipeline on ``corpus`` (in memory) and score it against its gold file."""
    gold = load_gold(corpus)
    articles = corpus / "articles"
    with Store(":memory:") as store, Pipeline(settings, store) as pipeline:
        report = pipeline.run([str(articles)])
        items = collect(articles, gold, store)
    return score(gold, items), report
