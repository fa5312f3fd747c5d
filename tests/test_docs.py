"""Docs kept honest: every command, setting, stored column and event field is documented."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest
import typer.main

from storyline.cli import app
from storyline.settings import Settings
from storyline.store import Store
from storyline.store.rows import EVENT_JSON_FIELDS
from storyline.store.schema import EXPORTABLE

ROOT = Path(__file__).resolve().parent.parent
CLI_DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
FORMATS_DOC = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
SETTINGS_DOC = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def command_names() -> list[str]:
    group = typer.main.get_command(app)
    names = []
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        subs = getattr(cmd, "commands", None)
        names.extend(f"{name} {sub}" for sub in subs) if subs else names.append(name)
    return sorted(names)


@pytest.mark.parametrize("command", command_names())
def test_every_command_is_documented(command: str) -> None:
    assert f"storyline {command}" in CLI_DOC
    assert f"storyline {command}" in README


@pytest.mark.parametrize("name", [f.name for f in fields(Settings)])
def test_every_setting_is_documented(name: str) -> None:
    assert f"`{name}`" in SETTINGS_DOC


def _section(table: str) -> str:
    match = re.search(rf"^## {table}\b.*?(?=^## |\Z)", FORMATS_DOC, re.S | re.M)
    assert match, f"docs/formats.md has no section for {table}"
    return match.group(0)


@pytest.mark.parametrize("table", [*EXPORTABLE, "meta"])
def test_every_stored_column_is_documented(table: str) -> None:
    with Store(":memory:") as store:
        columns = [
            r["column_name"]
            for r in store.query(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
            )
        ]
    section = _section(table)
    missing = [c for c in columns if f"`{c}`" not in section]
    assert not missing, f"undocumented columns of {table}: {missing}"


@pytest.mark.parametrize("name", EVENT_JSON_FIELDS)
def test_every_event_field_is_documented(name: str) -> None:
    assert f"`{name}`" in _section("events")


def test_readme_opens_with_the_two_commands() -> None:
    head = README[:1500]
    assert "make demo" in head and "make test" in head


def test_every_skip_reason_in_the_code_is_documented() -> None:
    source = "\n".join(p.read_text() for p in (ROOT / "src" / "storyline").rglob("*.py"))
    reasons = set(
        re.findall(
            r'Skipped\.make\([^)]*?"(?:ingest|extract|annotate|events)",\s*"([a-z-]+)"',
            source,
            re.S,
        )
    )
    reasons |= set(re.findall(r'reason\s*=\s*"([a-z-]+)"', source))
    reasons -= {"error", "config", "store", "evaluation"}
    missing = sorted(r for r in reasons if f"`{r}`" not in CLI_DOC)
    assert not missing, f"skip reasons missing from docs/cli.md: {missing}"
