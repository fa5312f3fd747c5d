"""The whole pipeline into a real DuckDB file: counts, duplicates, idempotence, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ARTICLE_RELEASE, ARTICLE_SPANISH, ARTICLE_SPORT
from storyline.pipeline import process
from storyline.settings import Settings
from storyline.store import Store


def write_inputs(folder: Path) -> None:
    folder.mkdir()
    (folder / "release.txt").write_text(
        f"Title: Detainees freed\nPublished: 2024-08-06\n\n{ARTICLE_RELEASE}\n"
    )
    (folder / "sport.txt").write_text(f"{ARTICLE_SPORT}\nOriginal Source: www.sports.example\n")
    lines = [
        {
            "url": "https://wire.example/1",
            "title": "Freed",
            "text": ARTICLE_RELEASE,
            "published": "2024-08-06",
            "source": "wire.example",
        },
        {
            "url": "https://sur.example/2",
            "title": "Liberados",
            "text": ARTICLE_SPANISH,
            "published": "2024-08-06",
            "source": "sur.example",
        },
    ]
    (folder / "items.jsonl").write_text(
        "\n".join(json.dumps(x) for x in lines) + "\nthis line is not json\n"
    )
    (folder / "empty.txt").write_text("")


def snapshot(db: str) -> dict[str, list[tuple[object, ...]]]:
    with Store(db, read_only=True) as s:
        return {
            t: sorted(
                s.con.execute(
                    f"SELECT * EXCLUDE (fetched_at) FROM {t}"
                    if t == "documents"
                    else f"SELECT * FROM {t}"
                ).fetchall(),
                key=str,
            )
            for t in (
                "documents",
                "articles",
                "mentions",
                "quantities",
                "timexes",
                "events",
                "skips",
            )
        }


def test_mixed_batch_is_counted_and_stored(tmp_path: Path, settings: Settings) -> None:
    write_inputs(tmp_path / "in")
    report = process([str(tmp_path / "in")], settings=settings)
    assert report.articles == 3  # release, sport, Spanish; the wire copy is a duplicate
    assert report.duplicates == 1
    assert report.not_annotated == 1  # Spanish: the English model does not annotate it
    assert report.skip_reasons == {"empty": 1, "invalid-json": 1}
    with Store(settings.db, read_only=True) as s:
        sources = {r["source"] for r in s.query("SELECT source FROM articles")}
        assert {"sports.example", "wire.example", "sur.example"} <= sources
        (dup,) = s.query("SELECT * FROM articles WHERE duplicate_of IS NOT NULL")
        assert (
            s.query("SELECT count(*) AS n FROM events WHERE article_id = ?", [dup["id"]])[0]["n"]
            == 0
        )
        retreats = s.query("SELECT * FROM events WHERE event = 'RETREAT'")
        assert len(retreats) == 1, "the wire copy's release must not be counted twice"
        assert s.query("SELECT count(*) AS n FROM skips")[0]["n"] == 2


def test_reingesting_the_same_input_leaves_the_database_unchanged(
    tmp_path: Path, settings: Settings
) -> None:
    write_inputs(tmp_path / "in")
    process([str(tmp_path / "in")], settings=settings)
    before = snapshot(settings.db)
    again = process([str(tmp_path / "in")], settings=settings)
    assert snapshot(settings.db) == before
    assert again.unchanged == 4 and again.articles == 0 and again.events == 0


def test_sport_article_yields_no_event(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "s.txt").write_text(ARTICLE_SPORT)
    report = process([str(tmp_path / "s.txt")], settings=settings)
    assert report.articles == 1 and report.events == 0


@pytest.mark.parametrize(
    ("published", "expected"), [("2024-12-01", "2024-07-28"), (None, "XXXX-07-28")]
)
def test_seed_date_resolution_depends_on_the_publication_date(
    seed_path: Path, settings: Settings, published: str | None, expected: str
) -> None:
    process([str(seed_path)], settings=settings.replace(published=published))
    with Store(settings.db, read_only=True) as s:
        values = {r["value"] for r in s.query("SELECT value FROM timexes WHERE text = 'July 28'")}
        assert values == {expected}
        (article,) = s.query("SELECT source FROM articles")
        assert article["source"] == "aljazeera.com"


def test_stdin_is_ingested(settings: Settings, tmp_path: Path) -> None:
    import io

    data = io.BytesIO(f"{ARTICLE_RELEASE}\nOriginal Source: news.example\n".encode())
    report = process(["-"], settings=settings, stdin=data)
    assert report.articles == 1 and report.events >= 1


def test_a_crashing_extractor_plugin_skips_one_document_and_the_batch_goes_on(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # tests/plugins holds a tiny installed-looking plugin whose extractor crashes on "CRASH-ME".
    monkeypatch.syspath_prepend(str(Path(__file__).parent / "plugins"))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "crash.txt").write_text(f"CRASH-ME\n\n{ARTICLE_RELEASE}\n")
    (folder / "fine.txt").write_text(ARTICLE_SPORT)
    report = process([str(folder)], settings=settings.replace(extractor="crashy.v1"))
    assert report.skip_reasons == {"extractor-crashed": 1}
    assert report.articles == 1
