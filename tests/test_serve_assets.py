"""The vendored browser libraries match the npm lock file, and nothing is loaded from elsewhere."""

from __future__ import annotations

import json
import re

import pytest

from storyline.serve.vendor import MANIFEST, VENDOR, VENDORED, locked_versions, sha256

SERVE = VENDOR.parent.parent


def test_manifest_versions_match_the_lock_file() -> None:
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    assert {name: entry["version"] for name, entry in manifest.items()} == locked_versions()


@pytest.mark.parametrize("package", sorted(VENDORED))
def test_vendored_files_are_the_ones_in_the_manifest(package: str) -> None:
    entry = json.loads(MANIFEST.read_text(encoding="utf-8"))[package]
    for name in VENDORED[package].values():
        assert sha256(VENDOR / name) == entry["files"][name], name


@pytest.mark.parametrize(
    ("file", "package"), [("d3.min.js", "d3"), ("topojson-client.min.js", "topojson-client")]
)
def test_script_banners_carry_the_locked_version(file: str, package: str) -> None:
    banner = (VENDOR / file).read_text(encoding="utf-8")[:200]
    assert f"v{locked_versions()[package]}" in banner


def test_templates_load_scripts_and_styles_only_from_this_server() -> None:
    for template in (SERVE / "templates").glob("*.html"):
        html = template.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\ssrc=\"/static/)", html), template.name
        assert "style=" not in html and "<style" not in html, template.name
        assert not re.search(r"(src|href)=\"(https?:)?//", html), template.name
