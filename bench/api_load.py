"""Load on the JSON API: 50 concurrent clients on loopback for 30 s over a mix of endpoints.

1. Builds a database of >= 10k articles: the demo corpus goes through the real pipeline once,
   then COPIES distinct copies of every article and all its derived rows (sentences, mentions,
   quantities, dates, events) are synthesized with SQL (new ids, "#k" appended to titles,
   dates shifted by k days). This bypasses spaCy for speed; the rows are what the pipeline
   would store for the same texts.
2. Starts ``storyline serve`` on it in a child process (127.0.0.1, a free port).
3. Baseline: one client, sequential requests over the same mix, for BASELINE seconds.
4. Load: CLIENTS concurrent clients (asyncio + httpx), for DURATION seconds.

Prints requests/s, p50/p99 latency and errors for both, and the ratio load/baseline
throughput; saves bench/results/api_load.json. Usage:
``python bench/api_load.py [--copies 380] [--clients 50] [--duration 30]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from storyline.pipeline import process
from storyline.settings import load_settings
from storyline.store import Store

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "api_load.json"
WORDS = ["prisoners", "released", "protest", "election", "police", "strike", "minister", "talks"]
COUNTRIES = ["VEN", "NGA", "BLR", "KGZ", "TJK", "COL"]
EVENTS = ["COERCE", "PROTEST", "REQUEST", "ACCUSE", "AGREE", "RETREAT"]


def grow(db: Path, copies: int) -> dict[str, int]:
    """Ingest the corpus, then add ``copies`` synthetic copies of every article (see above)."""
    settings = load_settings(environ={}, overrides={"db": str(db), "workers": 1})
    process([str(ROOT / "corpus" / "articles")], settings=settings)
    with Store(db) as store:
        con = store.con
        con.execute(f"CREATE TEMP TABLE k AS SELECT range AS k FROM range(1, {copies + 1})")
        con.execute(
            "INSERT INTO articles SELECT a.* REPLACE (" + _new("a.id") + " AS id, "
            "coalesce(a.title, '') || ' #' || k AS title, a.text || ' [copy ' || k || ']' AS text, "
            + _new("a.dup_key")
            + " AS dup_key, "
            "CASE WHEN a.duplicate_of IS NULL THEN NULL ELSE " + _new("a.duplicate_of") + " END "
            "AS duplicate_of, strftime(try_cast(a.published AS DATE) + CAST(k AS INTEGER), "
            "'%Y-%m-%d') AS published) FROM articles a, k"
        )
        con.execute(
            "INSERT INTO sentences SELECT s.* REPLACE (" + _new("s.article_id") + " AS article_id) "
            "FROM sentences s, k"
        )
        for table in ("mentions", "quantities", "timexes", "events"):
            con.execute(
                f"INSERT INTO {table} SELECT t.* REPLACE ({_new('t.id')} AS id, "
                f"{_new('t.article_id')} AS article_id) FROM {table} t, k"
            )
        return store.counts()


def _new(column: str) -> str:
    """SQL for a copy's id: distinct, 16 hex digits, never a prefix of another id."""
    return f"substr(md5({column} || '-' || k), 1, 16)"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def request_mix(rng: random.Random, ids: list[str]) -> str:
    """One request path: event filters and pages, articles, search, stats, map, a web page."""
    pick = rng.random()
    if pick < 0.30:
        params = {"limit": 50, "offset": rng.randrange(0, 2000, 50)}
        if rng.random() < 0.5:
            params["country"] = rng.choice(COUNTRIES)
        if rng.random() < 0.4:
            params["event"] = rng.choice(EVENTS)
        return "/api/events?" + httpx.QueryParams(params).__str__()
    if pick < 0.50:
        return f"/api/articles/{rng.choice(ids)}"
    if pick < 0.62:
        return f"/api/articles?limit=20&offset={rng.randrange(0, 10000, 20)}"
    if pick < 0.72:
        return f"/api/search?q={rng.choice(WORDS)}&limit=10"
    if pick < 0.80:
        return "/api/stats"
    if pick < 0.90:
        return f"/api/countries?event={rng.choice(EVENTS)}"
    return f"/events?country={rng.choice(COUNTRIES)}"


async def client_loop(
    base: str, ids: list[str], seed: int, until: float, out: list[tuple[float, int]]
) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        while time.monotonic() < until:
            path = request_mix(rng, ids)
            started = time.perf_counter()
            try:
                status = (await client.get(path)).status_code
            except httpx.HTTPError:
                status = 0
            out.append((time.perf_counter() - started, status))


async def run_load(base: str, ids: list[str], clients: int, seconds: float) -> dict[str, Any]:
    results: list[tuple[float, int]] = []
    started = time.monotonic()
    until = started + seconds
    await asyncio.gather(*(client_loop(base, ids, i, until, results) for i in range(clients)))
    elapsed = time.monotonic() - started
    latencies = sorted(r[0] for r in results)
    errors = sum(1 for r in results if not 200 <= r[1] < 300)
    return {
        "clients": clients,
        "seconds": round(elapsed, 2),
        "requests": len(results),
        "requests_per_s": round(len(results) / elapsed, 1),
        "p50_ms": round(1000 * statistics.median(latencies), 1),
        "p99_ms": round(1000 * latencies[int(0.99 * (len(latencies) - 1))], 1),
        "errors": errors,
    }


def wait_ready(base: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("storyline serve exited early")
        try:
            if httpx.get(f"{base}/api/stats", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("storyline serve did not start within 60 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=380)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=30.0)
    parser.add_argument("--baseline", type=float, default=5.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.duckdb"
        t0 = time.perf_counter()
        counts = grow(db, args.copies)
        build_s = time.perf_counter() - t0
        print(
            f"database: {counts['articles']} articles, {counts['events']} events "
            f"(built in {build_s:.1f} s)"
        )
        with Store(db, read_only=True) as store:
            ids = [r["id"] for r in store.query("SELECT id FROM articles ORDER BY id")]
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        serve = [
            sys.executable,
            "-m",
            "storyline.cli",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
        ]
        with subprocess.Popen(serve, stderr=subprocess.DEVNULL) as proc:
            try:
                wait_ready(base, proc)
                baseline = asyncio.run(run_load(base, ids, 1, args.baseline))
                print(f"baseline (1 client):   {json.dumps(baseline)}")
                load = asyncio.run(run_load(base, ids, args.clients, args.duration))
                print(f"load ({args.clients} clients): {json.dumps(load)}")
            finally:
                proc.terminate()
    ratio = load["requests_per_s"] / baseline["requests_per_s"]
    print(f"throughput ratio load/baseline: {ratio:.2f}x; errors: {load['errors']}")
    report = {
        "database": {
            "articles": counts["articles"],
            "events": counts["events"],
            "build_seconds": round(build_s, 1),
        },
        "baseline": baseline,
        "load": load,
        "throughput_ratio": round(ratio, 2),
        "machine": {"python": platform.python_version(), "cpus": _cpus()},
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"saved {RESULTS}")


def _cpus() -> int:
    import os

    return os.cpu_count() or 1


if __name__ == "__main__":
    main()
