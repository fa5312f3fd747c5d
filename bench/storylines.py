"""Cost of relinking the stored storylines, and of reading one, on synthetic stores.

Each size runs in a fresh subprocess (peak memory per size) on a fresh DuckDB file in a
temporary folder. The synthetic store is written with SQL straight into the story tables (the
stories of ``bench/stories.py``'s stream, without clustering them again): about
:data:`STORIES_PER_DAY` stories a day, 1-20 reports each (one in ten beyond the first a
duplicate), grouped in threads of :data:`THREAD` stories :data:`THREAD_GAP` days apart with one
main country (60 countries, a few large). Each canonical article names the thread's two key
actors, two names of its own story, its country's head of state and capital (common to the
country: not key actors) and one of 5,000 organisations at random (chance overlaps).

For each size it reports, in seconds (wall and CPU): ``outlines`` (the SQL reading what linking
needs of every story), ``link`` (:func:`link_storylines`), ``write`` (replacing the table) and
``relink`` (:func:`relink_storylines`: all three, what ``storyline cluster --rebuild`` and
``storyline load`` now pay once), ``relink_largest_country`` / ``relink_smallest_country``
(the stories of one main country: what the clustering of an ingest run pays, for the main
countries of the stories it changed), ``read_ms`` (one stored :func:`story_storyline`, the cost of a
story page / API call / ``storyline story`` now; each of those paid outlines + link before),
peak RSS, and the storyline count against the synthetic threads. The ratio is relink CPU per
story against the smallest size of the same run (1.0 = linear). Saves
bench/results/storylines.json.

Usage: ``python bench/storylines.py [--sizes 10000,100000]`` (sizes are stories).
"""

from __future__ import annotations

import json
import platform
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sized_runs import sized_main

from storyline.annotate.actors import country_of
from storyline.store import Store
from storyline.store.stories import story_outlines
from storyline.store.storylines import LINKER, relink_storylines, story_storyline
from storyline.stories.storylines import link_storylines

ROOT = Path(__file__).resolve().parent.parent
STORIES_PER_DAY = 95  # bench/stories.py: 1000 articles a day, 10.5 reports a story
THREAD = 4
THREAD_GAP = 25
COUNTRIES = 60
READS = 200


def generate(store: Store, size: int) -> None:
    """``size`` synthetic stories with their reports and mentions (see the module docstring)."""
    days = max(1, size // STORIES_PER_DAY)
    con = store.con
    con.execute(
        f"""CREATE TEMP TABLE st AS
        SELECT s, s // {THREAD} AS t, CAST(1 + hash(s, 'n') % 20 AS BIGINT) AS n,
               'C' || lpad(CAST(floor({COUNTRIES} * pow((hash(s // {THREAD}, 'c') % 10000)
                   / 10000.0, 3)) AS INTEGER)::VARCHAR, 2, '0') AS c,
               DATE '2020-01-01' + CAST((s // {THREAD}) * {THREAD} * {days} / {size}
                   + (s % {THREAD}) * {THREAD_GAP} AS INTEGER) AS day
        FROM range({size}) r(s)"""
    )
    con.execute(
        f"""INSERT INTO stories (id, first_seen, last_seen, countries, clusterer)
        SELECT 'st' || s, strftime(day, '%Y-%m-%d'),
               strftime(day + CAST(hash(s, 'd') % 5 AS INTEGER), '%Y-%m-%d'),
               [c, 'C' || lpad((hash(s, 'o') % {COUNTRIES})::VARCHAR, 2, '0')], 'synthetic'
        FROM st"""
    )
    con.execute(
        """CREATE TEMP TABLE sa AS
        SELECT s, t, c, i, 'a' || s || '_' || i AS aid,
               CASE WHEN i = 0 THEN 'seed' WHEN hash(s, i) % 10 = 0 THEN 'duplicate'
                    ELSE 'member' END AS role
        FROM (SELECT s, t, c, unnest(range(n)) AS i FROM st)"""
    )
    con.execute(
        """INSERT INTO story_articles
        SELECT aid, 'st' || s, 0.5, role, 'synthetic' FROM sa"""
    )
    con.execute(
        """INSERT INTO mentions (id, article_id, text, label)
        SELECT aid || '_' || m.k, aid, m.name, m.label FROM (
            SELECT aid, unnest([
                {'k': 0, 'name': 'Thread' || t || ' Person', 'label': 'PERSON'},
                {'k': 1, 'name': 'Thread' || t || ' Movement', 'label': 'ORG'},
                {'k': 2, 'name': 'Story' || s || ' Witness', 'label': 'PERSON'},
                {'k': 3, 'name': 'Story' || s || ' Place', 'label': 'FAC'},
                {'k': 4, 'name': 'President of ' || c, 'label': 'PERSON'},
                {'k': 5, 'name': 'Capital' || c, 'label': 'GPE'},
                {'k': 6, 'name': 'Org' || (hash(aid) % 5000), 'label': 'ORG'}
            ]) AS m FROM sa WHERE role <> 'duplicate')"""
    )
    con.execute("DROP TABLE sa")
    con.execute("DROP TABLE st")


def timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """``(result, wall seconds, CPU seconds)`` of ``fn()``."""
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    result = fn()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime - before.ru_utime - before.ru_stime
    return result, round(time.perf_counter() - started, 3), round(cpu, 3)


def incremental(store: Store) -> dict[str, Any]:
    """Relinking after one story of the largest / the smallest main country changed (what
    the clustering of an ingest run pays per country it touches)."""
    rows = store.con.execute(
        "SELECT countries[1], count(*), min(id) FROM stories GROUP BY ALL ORDER BY 2 DESC, 1"
    ).fetchall()
    total = sum(int(r[1]) for r in rows)
    out: dict[str, Any] = {}
    for name, (country, count, story) in (("largest", rows[0]), ("smallest", rows[-1])):
        country_of.cache_clear()

        def relink(country: str = str(country), story: str = str(story)) -> int:
            with store.transaction():
                return relink_storylines(store, countries={country}, stories=[story])

        _, seconds, cpu = timed(relink)
        out[f"relink_{name}_country_share"] = round(int(count) / total, 3)
        out[f"relink_{name}_country_s"] = seconds
        out[f"relink_{name}_country_cpu_s"] = cpu
    return out


def run(size: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "bench.duckdb") as store:
        _, gen_s, _ = timed(lambda: generate(store, size))
        country_of("Caracas")  # load the gazetteer outside the timings

        def relink_all() -> int:
            with store.transaction():
                return relink_storylines(store)

        count, relink_s, relink_cpu = timed(relink_all)
        by_country = incremental(store)
        country_of.cache_clear()  # each part as cold as in the whole relink
        outlines, outlines_s, outlines_cpu = timed(lambda: story_outlines(store))
        lines, link_s, link_cpu = timed(lambda: link_storylines(outlines))
        rows = [{"story_id": s, "storyline_id": v, "linker": LINKER} for s, v in lines.items()]

        def write() -> None:
            with store.transaction():
                store.con.execute("DELETE FROM storylines")
                store.upsert("storylines", rows)

        _, write_s, write_cpu = timed(write)
        ids = [f"st{i * size // READS}" for i in range(READS)]
        _, read_s, _ = timed(lambda: [story_storyline(store, i) for i in ids])
        mentions = store.con.execute("SELECT count(*) FROM mentions").fetchone()
    return {
        "stories": size,
        "mentions": int(mentions[0]) if mentions else 0,
        "generate_s": gen_s,
        "outlines_s": outlines_s,
        "outlines_cpu_s": outlines_cpu,
        "link_s": link_s,
        "link_cpu_s": link_cpu,
        "write_s": write_s,
        "write_cpu_s": write_cpu,
        "relink_s": relink_s,
        "relink_cpu_s": relink_cpu,
        **by_country,
        "read_ms": round(1000 * read_s / READS, 2),
        "before_per_request_s": round(outlines_s + link_s, 3),
        "storylines": count,
        "threads": -(-size // THREAD),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    results = sized_main(
        __file__,
        __doc__,
        "10000,100000",
        run,
        ratio_key="ratio_per_story",
        cost_key="relink_cpu_s",
        count_key="stories",
    )
    if results is None:
        return
    out = {
        "benchmark": "storylines",
        "linker": LINKER,
        "machine": {"python": platform.python_version(), "processor": platform.machine()},
        "results": results,
    }
    path = ROOT / "bench" / "results" / "storylines.json"
    path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"saved {path}")


if __name__ == "__main__":
    main()
