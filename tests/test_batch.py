"""The local batch engine and `storyline load`: Parquet layout, duplicates, faults, re-runs.

The Spark engine is checked against the local one in tests/test_batch_spark.py; the helpers
below (inputs with broken items, DuckDB snapshots) are shared with it.
"""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from conftest import ARTICLE_RELEASE, ARTICLE_SPORT
from storyline.batch import TABLES, load_batch, run_batch
from storyline.batch.layout import table_schemas
from storyline.batch.work import link_duplicates
from storyline.cli import app
from storyline.errors import ConfigError
from storyline.records import Document
from storyline.settings import Settings
from storyline.store import Store

ROOT = Path(__file__).resolve().parent.parent
PLUGINS = Path(__file__).resolve().parent / "plugins"
CORPUS = ROOT / "corpus" / "articles"

ARTICLE_PROTEST = (
    "Riot police fired tear gas at several hundred demonstrators outside parliament in the "
    "capital on Thursday, and officers detained 12 people, a police spokesman said."
)


def write_good(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "release.txt").write_text(
        f"Title: Detainees freed\nPublished: 2024-08-06\n\n{ARTICLE_RELEASE}\n"
    )
    (folder / "sport.txt").write_text(f"{ARTICLE_SPORT}\nOriginal Source: www.sports.example\n")
    lines = [
        {"url": "https://wire.example/1", "text": ARTICLE_RELEASE, "published": "2024-08-06"},
        {"url": "https://wire.example/2", "text": ARTICLE_PROTEST, "published": "2024-08-07"},
    ]
    (folder / "items.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")


def write_broken(folder: Path) -> dict[str, str]:
    """Broken inputs next to good ones; returns file name -> expected skip reason."""
    folder.mkdir(parents=True, exist_ok=True)
    warc = (CORPUS / "warc" / "demo-crawl.warc.gz").read_bytes()
    (folder / "cut.warc.gz").write_bytes(warc[: len(warc) * 2 // 3])
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02 not text \x00" * 40)
    (folder / "packed.txt.gz").write_bytes(gzip.compress(ARTICLE_PROTEST.encode()))
    (folder / "empty.html").write_text("")
    (folder / "lines.jsonl").write_text('{"text": "' + ARTICLE_SPORT + '"}\n{not json\n')
    (folder / "crash.txt").write_text(f"CRASH-ME\n\n{ARTICLE_PROTEST}\n")
    (folder / "huge.txt").write_text(ARTICLE_PROTEST * 400)
    return {
        "cut.warc.gz": "invalid-warc",  # records before the cut are kept
        "blob.txt": "binary",
        "packed.txt.gz": "unsupported-format",
        "empty.html": "empty",
        "lines.jsonl": "invalid-json",
        "crash.txt": "extractor-crashed",
        "huge.txt": "too-large",
    }


def fault_settings(settings: Settings) -> Settings:
    """The crashing test extractor (tests/plugins) and a 32 kB file limit."""
    return settings.replace(extractor="crashy.v1", max_file_bytes=32_000)


@pytest.fixture
def plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(PLUGINS))


def snapshot(db: str) -> dict[str, list[tuple[object, ...]]]:
    with Store(db, read_only=True) as store:
        return {
            t: sorted(store.con.execute(f"SELECT * FROM {t}").fetchall(), key=str) for t in TABLES
        }


def parquet_rows(out: Path, table: str) -> list[tuple[object, ...]]:
    files = sorted(str(p) for p in (out / table).glob("pub_date=*/*.parquet"))
    if not files:
        return []
    sql = f"SELECT * FROM read_parquet({files!r}, hive_partitioning = true)"
    return sorted(duckdb.sql(sql).fetchall(), key=str)


def skip_reasons(out: Path) -> dict[str, str]:
    """file name -> skip reason (for skips of files, not of lines or records)."""
    reasons = {}
    for row in parquet_rows(out, "skips"):
        name = Path(str(row[1]).split("#")[0]).name
        reasons.setdefault(name, str(row[3]))
    return reasons


# --------------------------------------------------------------------------- layout


def test_local_engine_writes_every_table_partitioned_by_date(
    tmp_path: Path, settings: Settings
) -> None:
    write_good(tmp_path / "in")
    report = run_batch([str(tmp_path / "in")], out=str(tmp_path / "out"), settings=settings)
    assert report.rows["articles"] == 4 and report.rows["events"] >= 2
    dates = {p.name for p in (tmp_path / "out" / "articles").iterdir() if p.is_dir()}
    assert {"pub_date=2024-08-06", "pub_date=2024-08-07", "pub_date=unknown"} <= dates
    schemas = table_schemas()
    for table in TABLES:
        assert (tmp_path / "out" / table / "_SUCCESS").exists()
        for path in (tmp_path / "out" / table).glob("pub_date=*/*.parquet"):
            assert pq.read_schema(path).names == schemas[table].names


@pytest.mark.parametrize("table", TABLES)
def test_parquet_columns_are_the_duckdb_columns(table: str) -> None:
    with Store(":memory:") as store:
        columns = [d[0] for d in store.con.execute(f"SELECT * FROM {table} LIMIT 0").description]
    assert table_schemas()[table].names == columns


def test_exact_duplicates_keep_the_smallest_article_id(tmp_path: Path, settings: Settings) -> None:
    write_good(tmp_path / "in")
    run_batch([str(tmp_path / "in")], out=str(tmp_path / "out"), settings=settings)
    load_batch(tmp_path / "out", db=settings.db)
    with Store(settings.db, read_only=True) as store:
        rows = store.query(
            "SELECT id, duplicate_of FROM articles WHERE dup_key IN "
            "(SELECT dup_key FROM articles WHERE duplicate_of IS NOT NULL)"
        )
    canonical = min(r["id"] for r in rows)
    assert [r["duplicate_of"] for r in rows if r["id"] != canonical] == [canonical]
    assert next(r for r in rows if r["id"] == canonical)["duplicate_of"] is None


def test_link_duplicates_is_independent_of_order(settings: Settings) -> None:
    from storyline.extract import extract_article
    from storyline.ingest import read_bytes

    docs = [
        d
        for i in range(3)
        for d in read_bytes(
            f"in{i}.jsonl",
            json.dumps({"text": ARTICLE_RELEASE, "url": f"u{i}"}).encode(),
            fetched_at="",
        )
    ]
    articles = [extract_article(d, settings) for d in docs if isinstance(d, Document)]
    forward, backward = link_duplicates(articles), link_duplicates(reversed(articles))
    assert forward == backward
    assert forward[0].id == min(a.id for a in articles)


# --------------------------------------------------------------------------- faults and re-runs


def test_broken_records_become_skip_rows(tmp_path: Path, settings: Settings, plugins: None) -> None:
    write_good(tmp_path / "in")
    expected = write_broken(tmp_path / "in")
    report = run_batch(
        [str(tmp_path / "in"), str(tmp_path / "missing.jsonl")],
        out=str(tmp_path / "out"),
        settings=fault_settings(settings),
    )
    reasons = skip_reasons(tmp_path / "out")
    assert reasons == {**expected, "missing.jsonl": "not-found"}
    assert report.rows["articles"] >= 5  # the good files, the good JSONL line, WARC records
    assert report.rows["skips"] == len(reasons)


def test_rerun_and_reload_leave_the_same_database(tmp_path: Path, settings: Settings) -> None:
    write_good(tmp_path / "in")
    out = tmp_path / "out"
    snapshots = []
    for _ in range(2):
        run_batch([str(tmp_path / "in")], out=str(out), settings=settings)
        load_batch(out, db=settings.db)
        snapshots.append(snapshot(settings.db))
    assert snapshots[0] == snapshots[1]
    assert len(snapshots[0]["events"]) >= 2
    assert len(list((out / "articles").glob("pub_date=*/*.parquet"))) == 3


def test_load_replaces_the_rows_of_reprocessed_articles(tmp_path: Path, settings: Settings) -> None:
    write_good(tmp_path / "in")
    out = tmp_path / "out"
    run_batch([str(tmp_path / "in")], out=str(out), settings=settings)
    with Store(settings.db) as store:
        store.upsert("events", [{"id": "stale", "article_id": parquet_rows(out, "events")[0][1]}])
    load_batch(out, db=settings.db)
    with Store(settings.db, read_only=True) as store:
        assert not store.query("SELECT id FROM events WHERE id = 'stale'")


def test_load_matches_the_parquet_rows(tmp_path: Path, settings: Settings) -> None:
    write_good(tmp_path / "in")
    out = tmp_path / "out"
    run_batch([str(tmp_path / "in")], out=str(out), settings=settings)
    counts = load_batch(out, db=settings.db)
    loaded = snapshot(settings.db)
    for table in TABLES:
        assert counts[table] == len(loaded[table]) == len(parquet_rows(out, table))


# --------------------------------------------------------------------------- errors and CLI


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"engine": "flink"}, "local, spark"), ({"engine": "local"}, "local paths only")],
)
def test_bad_batch_options_are_config_errors(
    tmp_path: Path, settings: Settings, kwargs: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        run_batch(["s3a://bucket/news/"], out=str(tmp_path / "out"), settings=settings, **kwargs)


def test_load_of_a_directory_that_is_no_batch_is_not_found(
    tmp_path: Path, settings: Settings
) -> None:
    result = CliRunner().invoke(app, ["load", str(tmp_path), "--db", settings.db])
    assert result.exit_code == 3
    assert "storyline batch" in result.output


def test_cli_batch_then_load(tmp_path: Path, settings: Settings) -> None:
    write_good(tmp_path / "in")
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(app, ["batch", str(tmp_path / "in"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["rows"]["articles"] == 4
    result = runner.invoke(app, ["load", str(out), "--db", settings.db])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["loaded"]["articles"] == 4


def test_batch_output_can_be_copied_and_loaded_elsewhere(
    tmp_path: Path, settings: Settings
) -> None:
    write_good(tmp_path / "in")
    run_batch([str(tmp_path / "in")], out=str(tmp_path / "out"), settings=settings)
    shutil.copytree(tmp_path / "out", tmp_path / "copy")
    assert load_batch(tmp_path / "copy", db=settings.db)["articles"] == 4
