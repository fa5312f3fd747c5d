"""Shared fixtures: settings pointing at tmp paths, the seed article, small news texts."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from storyline.annotate import load_annotator
from storyline.annotate.base import Annotator
from storyline.evaluation.events_eval import evaluate_events
from storyline.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_0822fe45ffbfb1e6.txt"

# Short articles written for these tests (fictional).
ARTICLE_RELEASE = (
    "Authorities in Caracas released 40 detainees on Tuesday, the interior ministry said.\n"
    "The detainees had been held since protests broke out after the vote. Opposition leaders "
    "demanded the release of hundreds more prisoners."
)
ARTICLE_SPORT = (
    "The home side won the cup final 3-1 on Saturday after a late goal from their captain. "
    "Thousands of fans celebrated in the stadium long after the whistle."
)
ARTICLE_SPANISH = (
    "El gobierno liberó a cuarenta detenidos el martes, según informó el ministerio. "
    "La oposición exigió la liberación de cientos de presos políticos."
)


def dataset_settings(*parts: str) -> Settings:
    """Settings for a test on a public dataset (``datasets`` setting / STORYLINE_DATASETS);
    skips when ``datasets/<parts>`` is missing, fails instead under CI."""
    settings = load_settings(environ=dict(os.environ), overrides={"db": ":memory:"})
    if not Path(settings.datasets, *parts).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"datasets missing at {settings.datasets} (required under CI)")
        pytest.skip(f"datasets not available at {settings.datasets}")
    return settings


#: modules whose module-wide fixtures are costly (a Spark session, the injected corpus): their
#: tests run on one worker, so the fixture is built once
ONE_WORKER_MODULES = frozenset({"test_batch_spark.py", "test_check_eval.py"})
#: fixtures whose parameter is an event dataset scored through ``event_scores``
DATASET_FIXTURES = ("result", "scores")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under pytest-xdist (``make test`` runs ``-n 2 --dist loadgroup``), the tests of one event
    dataset run on one worker, so each dataset is scored once per run, not once per worker; so
    do the tests of a module in ONE_WORKER_MODULES."""
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        dataset = next((params[f] for f in DATASET_FIXTURES if f in params), None)
        if isinstance(dataset, str):
            item.add_marker(pytest.mark.xdist_group(f"events-{dataset}"))
        elif item.path.name in ONE_WORKER_MODULES:
            item.add_marker(pytest.mark.xdist_group(item.path.stem))


@pytest.fixture(scope="session")
def event_scores() -> Callable[[str], dict[str, Any]]:
    """``evaluate_events(dataset)`` with default settings, run at most once per dataset in the
    whole test run: two test modules check every snippet set (floors, report shape)."""
    return functools.cache(lambda dataset: evaluate_events(dataset, Settings()))


@pytest.fixture(scope="session")
def annotator() -> Annotator:
    """The spaCy annotator with default settings, loaded once for the whole run."""
    return load_annotator(Settings())


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(environ={}, overrides={"db": str(tmp_path / "test.duckdb")})


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"seed article missing at {SEED} (required under CI)")
        pytest.skip(f"seed article not available at {SEED}")
    return SEED


# --------------------------------------------------------------------------- serve (issue 6)


@pytest.fixture(scope="session")
def served_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo corpus plus an article full of XSS payloads, in a session-wide database."""
    from serve_support import build_served_db

    return build_served_db(tmp_path_factory.mktemp("served"))


@pytest.fixture(scope="session")
def live_server(served_db: Path) -> Iterator[str]:
    """The web app over ``served_db`` on 127.0.0.1 (a free port), for httpx and the browser."""
    from serve_support import running
    from storyline.serve import create_app

    with running(create_app(served_db)) as url:
        yield url
