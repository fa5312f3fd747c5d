"""Vendor the browser libraries from npm packages into ``serve/static/vendor/``.

``make assets`` runs ``npm ci`` in ``serve/frontend/`` (package.json + package-lock.json pin the
versions) and then ``python -m storyline.serve.vendor``, which copies the files listed in
:data:`VENDORED` (and each package's LICENSE) and writes ``vendor/manifest.json``: for every
package its locked version, and for every copied file its sha256. The vendored files are
committed, so the web UI works offline and without npm; ``tests/test_serve_assets.py`` checks
that the manifest matches the lock file and the files on disk.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

SERVE_DIR = Path(__file__).resolve().parent
FRONTEND = SERVE_DIR / "frontend"
VENDOR = SERVE_DIR / "static" / "vendor"
MANIFEST = VENDOR / "manifest.json"

#: npm package -> files copied from it (path inside the package -> name in vendor/).
VENDORED: dict[str, dict[str, str]] = {
    "d3": {"dist/d3.min.js": "d3.min.js", "LICENSE": "d3.LICENSE.txt"},
    "topojson-client": {
        "dist/topojson-client.min.js": "topojson-client.min.js",
        "LICENSE": "topojson-client.LICENSE.txt",
    },
    "world-atlas": {
        "countries-110m.json": "countries-110m.json",
        "LICENSE": "world-atlas.LICENSE.txt",
    },
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def locked_versions(lock_path: Path = FRONTEND / "package-lock.json") -> dict[str, str]:
    """Version of each vendored package as pinned by the lock file."""
    lock = json.loads(lock_path.read_text(encoding="utf-8"))
    packages = lock.get("packages", {})
    return {name: str(packages[f"node_modules/{name}"]["version"]) for name in VENDORED}


def vendor(node_modules: Path = FRONTEND / "node_modules", out: Path = VENDOR) -> dict[str, object]:
    """Copy the vendored files out of ``node_modules`` and write the manifest; return it."""
    versions = locked_versions()
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, object] = {}
    for package, files in VENDORED.items():
        installed = json.loads((node_modules / package / "package.json").read_text("utf-8"))
        if installed["version"] != versions[package]:
            raise SystemExit(
                f"node_modules/{package} is {installed['version']}, the lock file pins "
                f"{versions[package]}; run `npm ci` in {FRONTEND}"
            )
        hashes: dict[str, str] = {}
        for source, target in files.items():
            shutil.copyfile(node_modules / package / source, out / target)
            hashes[target] = sha256(out / target)
        manifest[package] = {"version": versions[package], "files": hashes}
    (out / "manifest.json").write_text(
        json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    return manifest


if __name__ == "__main__":
    result = vendor()
    sys.stdout.write(f"vendored {', '.join(sorted(result))} into {VENDOR}\n")
