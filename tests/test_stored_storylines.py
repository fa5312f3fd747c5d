"""Stored storylines (the ``storylines`` table): equal to linking the stored stories, updated
whenever stories change (ingest, cluster, load, migration), and what every reader shows.

The demo corpus is ingested once; tests that change a database work on a copy. The added
article is fictional, written for these tests.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.batch import load_batch, run_batch
from storyline.batch.storypass import CLUSTERER
from storyline.cli import app
from storyline.records import StoryReport, stable_id
from storyline.settings import Settings
from storyline.store import Store
from storyline.store.schema import STORYLINES_VERSION
from storyline.store.stories import membership_row, report_membership, story_outlines
from storyline.store.storylines import (
    LINKER,
    main_countries,
    relink_storylines,
    storylines_stale,
)
from storyline.stories.storylines import link_storylines
from test_batch import write_good

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()

#: A campaign-trail story six weeks before the earliest Venezuelan story of the demo corpus,
#: naming two of its key actors: it becomes the first story of their storyline.
EARLIER = """Title: Prosecutors summon opposition campaign chiefs before the July vote
Published: 2024-06-18
Source: lowland-courier.example
URL: https://lowland-courier.example/2024/06/18/campaign-chiefs-summoned

Attorney General Ramón Quintero summoned four regional campaign chiefs of Edmundo González
for questioning on Tuesday, accusing them of organising unauthorised rallies in Barinas and
Lara.

The campaign said the summons was meant to frighten volunteers six weeks before polling day.
María Corina Machado, who has been touring the country on behalf of the candidate, told a
crowd in Barinas that the hearings would not stop the caravans.

Edmundo González said his team would attend the hearings with lawyers.
"""


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("storylines") / "demo.duckdb"
    result = runner.invoke(app, ["ingest", str(ROOT / "corpus" / "articles"), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def copy_db(demo_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "copy.duckdb"
    shutil.copy(demo_db, path)
    return path


def stored(path: Path) -> dict[str, str]:
    with Store(path, read_only=True) as store:
        rows = store.query("SELECT story_id, storyline_id, linker FROM storylines")
    assert {r["linker"] for r in rows} <= {LINKER}
    return {str(r["story_id"]): str(r["storyline_id"]) for r in rows}


def relinked(path: Path) -> dict[str, str]:
    with Store(path, read_only=True) as store:
        return link_storylines(story_outlines(store))


def invoke(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_stored_storylines_equal_linking_the_stored_stories(demo_db: Path) -> None:
    lines = stored(demo_db)
    assert lines == relinked(demo_db)
    assert len(set(lines.values())) < len(lines)  # the Venezuelan stories share one


def test_a_new_story_sharing_key_actors_joins_and_renames_the_storyline(
    copy_db: Path, tmp_path: Path
) -> None:
    before = stored(copy_db)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "campaign-chiefs.txt").write_text(EARLIER, encoding="utf-8")
    invoke("ingest", str(tmp_path / "in"), "--db", str(copy_db))
    after = stored(copy_db)
    assert after == relinked(copy_db)
    new = sorted(after.keys() - before.keys())
    assert len(new) == 1, "the campaign article should start a story of its own"
    line = after[new[0]]
    assert line == stable_id("storyline", new[0])  # named after its new first story
    joined = {s for s, other in after.items() if other == line}
    previous = {s for s, other in before.items() if s in joined}
    assert len(previous) >= 2 and {before[s] for s in previous} != {line}


def test_relinking_one_main_country_leaves_the_others_and_matches_a_full_relink(
    copy_db: Path,
) -> None:
    expected = stored(copy_db)
    with Store(copy_db) as store:
        venezuelan = [o.id for o in story_outlines(store) if o.countries[:1] == ("VEN",)]
        store.con.execute("UPDATE storylines SET storyline_id = 'old'")
        with store.transaction():
            relink_storylines(store, countries=main_countries(store, venezuelan[:1]))
    lines = stored(copy_db)
    assert len(venezuelan) >= 2
    assert {s: lines[s] for s in venezuelan} == {s: expected[s] for s in venezuelan}
    assert {v for s, v in lines.items() if s not in venezuelan} == {"old"}


def test_reingesting_the_corpus_leaves_the_storylines_unchanged(copy_db: Path) -> None:
    before = stored(copy_db)
    invoke("ingest", str(ROOT / "corpus" / "articles"), "--db", str(copy_db))
    assert stored(copy_db) == before


def test_cluster_rebuild_relinks_the_same_storylines(copy_db: Path) -> None:
    before = stored(copy_db)
    invoke("cluster", "--rebuild", "--db", str(copy_db))
    assert stored(copy_db) == before == relinked(copy_db)


@pytest.mark.parametrize("how", ["migrate", "cluster"])
def test_a_database_without_stored_storylines_is_linked(copy_db: Path, how: str) -> None:
    expected = stored(copy_db)
    with Store(copy_db) as store:
        if how == "migrate":  # as a database written before the storylines table
            store.con.execute("DROP TABLE storylines")
            store.con.execute(
                "UPDATE meta SET value = ? WHERE key = 'schema_version'",
                [str(STORYLINES_VERSION - 1)],
            )
        else:
            store.con.execute("DELETE FROM storylines")
    if how == "cluster":
        invoke("cluster", "--db", str(copy_db))
    with Store(copy_db) as store:
        assert not storylines_stale(store)
    assert stored(copy_db) == expected


def test_the_readers_show_the_stored_storyline(copy_db: Path) -> None:
    """`storyline stories --storylines` and `storyline story` read the table, not a relink."""
    lines = stored(copy_db)
    story = next(s for s in lines if sum(v == lines[s] for v in lines.values()) >= 2)
    with Store(copy_db) as store:
        store.con.execute("UPDATE storylines SET storyline_id = 'x' || storyline_id")
    out = invoke("stories", "--storylines", "--db", str(copy_db), "-f", "jsonl")
    rows = {r["id"]: r["storyline"] for r in map(json.loads, out.splitlines())}
    assert rows == {s: "x" + line for s, line in lines.items()}
    detail = json.loads(invoke("story", story, "--db", str(copy_db), "-f", "json"))
    assert detail["storyline"]["id"] == "x" + lines[story]
    others = {s for s, line in lines.items() if line == lines[story] and s != story}
    assert {o["id"] for o in detail["storyline"]["stories"]} == others


def test_loading_a_batch_links_its_stories(tmp_path: Path, settings: Settings) -> None:
    write_good(tmp_path / "in")
    run_batch([str(tmp_path / "in")], out=str(tmp_path / "out"), settings=settings)
    load_batch(tmp_path / "out", db=settings.db)
    lines = stored(Path(settings.db))
    assert lines and lines == relinked(Path(settings.db))


def test_story_articles_rows_have_the_table_columns(copy_db: Path) -> None:
    report = StoryReport("s1", "a1", "src.example", None, None, 0.5, "member")
    rows = [
        membership_row("a1", "s1", score=0.5, role="member", clusterer="c"),
        report_membership(report, clusterer=CLUSTERER),
    ]
    with Store(copy_db, read_only=True) as store:
        columns = [str(d[0]) for d in store.con.execute("DESCRIBE story_articles").fetchall()]
    assert [sorted(r) for r in rows] == [sorted(columns)] * 2
    assert rows[0] == {**rows[1], "clusterer": "c"}
