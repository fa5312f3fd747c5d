"""The shipped gazetteer of people (annotate/data/people.json) and its lookups."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pycountry
import pytest

from storyline.annotate.actors import known_person
from storyline.annotate.lexicons import load_json, words_of

SECTORS = frozenset(load_json("sectors.json")["sectors"]) | {"IGO"}
CODES = frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX", "IGO"}


def _pairs_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert not duplicates, f"duplicate keys in people.json: {duplicates}"
    return dict(pairs)


def _people() -> dict[str, list[str]]:
    path = resources.files("storyline.annotate").joinpath("data", "people.json")
    data = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_pairs_without_duplicates)
    people: dict[str, list[str]] = data["people"]
    return people


def test_every_entry_has_a_known_code_a_plover_sector_and_an_office() -> None:
    bad = {
        name: value
        for name, value in _people().items()
        if len(value) != 3 or value[0] not in CODES or value[1] not in SECTORS or not value[2]
    }
    assert not bad


def test_every_name_has_at_least_two_words() -> None:
    mononyms = {"Suharto"}  # known by one name only
    assert not [n for n in _people() if len(words_of(n)) < 2 and n not in mononyms]


@pytest.mark.parametrize(
    ("name", "code", "sector"),
    [
        ("Vladimir Putin", "RUS", "GOV"),
        ("Putin", "RUS", "GOV"),
        ("Maduro", "VEN", "GOV"),
        ("Gonzalez", "VEN", "OPP"),
        ("Diosdado Cabello", "VEN", "GOV"),
        ("Emmanuel Macron", "FRA", "GOV"),
        ("Recep Tayyip Erdoğan", "TUR", "GOV"),
        ("Erdogan", "TUR", "GOV"),
        ("Abdul-Malik al-Houthi", "YEM", "REB"),
        ("Khalifa Haftar", "LBY", "MIL"),
        ("Riek Machar", "SSD", "OPP"),
        ("Rafael Grossi", None, "IGO"),
        ("Min Aung Hlaing", "MMR", "GOV"),
        ("Kristalina Georgieva", None, "IGO"),
    ],
)
def test_listed_people_resolve_to_their_country_and_sector(
    name: str, code: str | None, sector: str
) -> None:
    found = known_person(name)
    assert found is not None
    assert (found.code, found.sector) == (code, sector)


@pytest.mark.parametrize("surname", ["Harris", "Castro", "Khan", "Ali"])
def test_a_surname_shared_by_people_of_different_countries_matches_nobody(surname: str) -> None:
    assert known_person(surname) is None
