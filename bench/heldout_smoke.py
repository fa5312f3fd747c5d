"""Smoke run over the held-out CASE 2021 news snippets: the whole pipeline on real text it was
never fitted to, reporting only counts.

The snippets (``events/case2021-snippets/snippets.tsv`` in the datasets folder) carry no labels
here and are held out: do not read, label or tune on them. This script never prints or saves
their text; it reports how many went through, the skip reasons, how many events were coded, the
share of snippets with at least one event, the category mix and the time taken. It catches
crashes and pathological slowdowns on unseen news, not accuracy.

Usage: ``python bench/heldout_smoke.py [--limit N]``; saves bench/results/heldout_smoke.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from storyline.pipeline import process
from storyline.settings import load_settings
from storyline.store import Store

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "heldout_smoke.json"
_COUNT = "count(*) AS n"


def snippets_path() -> Path:
    """The snippets under the ``datasets`` setting (default ../shared/datasets)."""
    return Path(load_settings().datasets) / "events" / "case2021-snippets" / "snippets.tsv"


def write_jsonl(source: Path, target: Path, limit: int | None) -> int:
    """The snippets as JSONL items (id kept as the url, no title or date)."""
    csv.field_size_limit(sys.maxsize)
    count = 0
    with source.open(encoding="utf-8", newline="") as fh, target.open("w", encoding="utf-8") as out:
        for row in csv.DictReader(fh, delimiter="\t"):
            if limit is not None and count >= limit:
                break
            item = {"url": f"case2021:{row['id']}", "text": row["text"], "source": "case2021"}
            out.write(json.dumps(item) + "\n")
            count += 1
    return count


def summarize(db: Path) -> dict[str, Any]:
    with Store(db, read_only=True) as store:
        articles = store.query("SELECT count(*) AS n FROM articles")[0]["n"]
        with_event = store.query("SELECT count(DISTINCT article_id) AS n FROM events")[0]["n"]
        events = store.query(f"SELECT event, {_COUNT} FROM events GROUP BY event ORDER BY n DESC")
        skips = store.query(f"SELECT reason, {_COUNT} FROM skips GROUP BY reason ORDER BY n DESC")
    return {
        "articles": articles,
        "articles_with_event": with_event,
        "share_with_event": round(with_event / articles, 3) if articles else 0.0,
        "events": sum(r["n"] for r in events),
        "events_by_category": {r["event"]: r["n"] for r in events},
        "skips_by_reason": {r["reason"]: r["n"] for r in skips},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N snippets")
    args = parser.parse_args()
    source = snippets_path()
    if not source.is_file():
        sys.exit(f"held-out snippets not found at {source} (set STORYLINE_DATASETS)")
    with tempfile.TemporaryDirectory() as tmp:
        items = Path(tmp) / "snippets.jsonl"
        count = write_jsonl(source, items, args.limit)
        db = Path(tmp) / "heldout.duckdb"
        # snippets are a few sentences: keep them all (the default minimum is for web pages)
        settings = load_settings(overrides={"db": str(db), "min_article_chars": 1})
        start = time.perf_counter()
        report = process([str(items)], settings=settings)
        seconds = time.perf_counter() - start
        result = {
            "snippets": count,
            "seconds": round(seconds, 1),
            "snippets_per_s": round(count / seconds, 1),
            "read": report.read,
            "duplicates": report.duplicates,
            "not_annotated": report.not_annotated,
            **summarize(db),
            "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "machine"}, indent=2))


if __name__ == "__main__":
    main()
