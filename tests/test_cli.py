"""The CLI end to end on a tmp database: commands, formats and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from conftest import ARTICLE_RELEASE, ARTICLE_SPORT
from storyline.cli import app

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Title: Detainees freed\nPublished: 2024-08-06\nSource: wire.example\n\n"
        f"{ARTICLE_RELEASE}\n"
    )
    (folder / "b.txt").write_text(ARTICLE_SPORT)
    (folder / "c.txt").write_bytes(b"")
    path = str(tmp_path / "cli.duckdb")
    result = runner.invoke(app, ["ingest", str(folder), "--db", path])
    assert result.exit_code == 0, result.output
    assert "Ingest summary" in result.output and "empty" in result.output
    return path


def test_ingest_json_summary_counts_everything(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE_RELEASE)
    result = runner.invoke(
        app, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.duckdb"), "--json"]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["read"] == 1 and summary["articles"] == 1 and summary["events"] >= 1


def test_articles_lists_titles(db: str) -> None:
    result = runner.invoke(app, ["articles", "--db", db, "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["title"] for r in rows} >= {"Detainees freed"}


def test_show_highlights_evidence(db: str) -> None:
    rows = [
        json.loads(x)
        for x in runner.invoke(app, ["articles", "--db", db, "-f", "jsonl"]).stdout.splitlines()
    ]
    article = next(r for r in rows if r["title"] == "Detainees freed")
    result = runner.invoke(app, ["show", article["id"][:8], "--db", db])
    assert result.exit_code == 0, result.output
    assert "RETREAT/release" in result.output and "released" in result.output


def test_events_filters_and_formats(db: str) -> None:
    result = runner.invoke(app, ["events", "--db", db, "--event", "RETREAT", "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events and all(e["event"] == "RETREAT" for e in events)
    assert events[0]["url"] is None or isinstance(events[0]["url"], str)
    csv_out = runner.invoke(app, ["events", "--db", db, "-f", "csv"]).stdout
    assert csv_out.splitlines()[0].startswith("id,article_id,url,event,mode")


def test_export_parquet(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    result = runner.invoke(
        app, ["export", "--db", db, "--table", "events", "-f", "parquet", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "RETREAT" in pq.read_table(out).column("event").to_pylist()


def test_skips_lists_reasons(db: str) -> None:
    result = runner.invoke(app, ["skips", "--db", db, "-f", "jsonl"])
    assert [json.loads(x)["reason"] for x in result.stdout.splitlines()] == ["empty"]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["show", "ffffffffff"], 3, "no article"),
        (["events", "--event", "PARTY"], 2, "AGREE"),
        (["events", "--set", "colour=red"], 2, "valid settings"),
        (["export", "--table", "nope"], 2, "events"),
    ],
)
def test_errors_have_documented_exit_codes(
    db: str, args: list[str], code: int, message: str
) -> None:
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == code
    assert message in " ".join(result.output.split())  # (wrapped at the terminal's width)


def test_missing_database_is_not_found(tmp_path: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 3 and "storyline ingest" in " ".join(result.output.split())


def test_strict_ingest_exits_4_on_skips(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    result = runner.invoke(
        app, ["ingest", str(tmp_path / "e.txt"), "--db", str(tmp_path / "d.duckdb"), "--strict"]
    )
    assert result.exit_code == 4


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and "storyline" in result.output
