"""The on-disk cache of derived lookup tables: built once, read back by later processes, rebuilt
when what it was built from changes or the file is damaged, never a cause of failure."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from storyline.annotate import tablecache


class Builder:
    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(tablecache.ENV, str(folder))
    return folder


def test_a_table_is_built_once_and_read_back(cache: Path) -> None:
    build = Builder({("kano",): "NGA"})
    first = tablecache.load_or_build("places", "k1", build)
    again = tablecache.load_or_build("places", "k1", build)
    assert first == again == {("kano",): "NGA"}
    assert build.calls == 1
    assert [p.name for p in cache.iterdir()] == ["places-k1.pickle"]


def test_another_key_builds_a_fresh_table_that_replaces_the_old(cache: Path) -> None:
    tablecache.load_or_build("places", "k1", Builder({"a": 1}))
    tablecache.load_or_build("english-words", "k1", Builder({"w"}))
    build = Builder({"a": 2})
    assert tablecache.load_or_build("places", "k2", build) == {"a": 2}
    assert build.calls == 1
    assert sorted(p.name for p in cache.iterdir()) == [
        "english-words-k1.pickle",
        "places-k2.pickle",
    ]


def test_a_damaged_file_is_rebuilt_and_replaced(cache: Path) -> None:
    cache.mkdir()
    (cache / "places-k1.pickle").write_bytes(b"\x80\x05not a pickle")
    build = Builder([1, 2, 3])
    assert tablecache.load_or_build("places", "k1", build) == [1, 2, 3]
    assert tablecache.load_or_build("places", "k1", Builder(None)) == [1, 2, 3]
    assert build.calls == 1


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(tablecache.ENV, "off")
    assert tablecache.cache_dir() is None
    build = Builder("x")
    tablecache.load_or_build("places", "k1", build)
    tablecache.load_or_build("places", "k1", build)
    assert build.calls == 2


def test_a_folder_that_cannot_be_written_leaves_the_table_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(tablecache.ENV, str(blocker / "cache"))
    assert tablecache.load_or_build("places", "k1", Builder({"b": 1})) == {"b": 1}


def test_the_digest_follows_the_files_it_was_built_from(tmp_path: Path) -> None:
    data = tmp_path / "countries.json"
    data.write_text(json.dumps({"regions": {"Donbas": "UKR"}}))
    before = tablecache.digest([data], ["pycountry"])
    assert tablecache.digest([data], ["pycountry"]) == before
    data.write_text(json.dumps({"regions": {"Donbas": "UKR", "Darfur": "SDN"}}))
    assert tablecache.digest([data], ["pycountry"]) != before


def test_a_new_process_reads_the_gazetteer_a_first_one_built(cache: Path) -> None:
    script = (
        "from storyline.annotate.gazetteer import find_place\n"
        "p = find_place(('tessit',), towns=True, villages=True)\n"
        "print(p.code if p else None)\n"
    )
    env = {**os.environ, tablecache.ENV: str(cache)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        for _ in range(2)
    ]
    assert [r.stdout.strip() for r in runs] == ["MLI", "MLI"]  # a village only
    names = sorted(p.name.split("-")[0] for p in cache.iterdir())
    assert names == ["english", "places", "villages"]
