"""The organisation gazetteer (data/organizations.json) and how names in it are matched."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pycountry
import pytest

from storyline.annotate.actors import known_organization
from storyline.annotate.base import Annotator
from storyline.annotate.lexicons import load_json, words_of
from storyline.records import Article, stable_id

_SECTORS = frozenset(
    {"AGR", "BUS", "COP", "CRM", "CVL", "EDU", "ELI", "GOV", "IGO", "JNK", "JRN", "JUD"}
    | {"LAB", "LEG", "MED", "MIL", "NGO", "OPP", "PRE", "PRM", "PTY", "REB", "REF", "REL"}
    | {"SOC", "SPY", "UAF", "UNK"}
)
_EXTRA_CODES = frozenset({"XKX"})  # Kosovo, as news data sets code it
_DATA = Path(__file__).parents[1] / "src" / "storyline" / "annotate" / "data"


def _organizations() -> dict[str, list[Any]]:
    orgs: dict[str, list[Any]] = load_json("organizations.json")["organizations"]
    return orgs


def test_every_entry_has_a_known_country_code_and_a_plover_sector() -> None:
    iso3 = {c.alpha_3 for c in pycountry.countries} | _EXTRA_CODES
    bad = [
        name
        for name, (code, sector, *_flags) in _organizations().items()
        if sector not in _SECTORS
        or not (code in iso3 or (code == "IGO" and sector == "IGO") or code is None)
    ]
    assert bad == []


def test_no_country_is_kept_for_international_bodies_and_ngos_only() -> None:
    stateless = {s for code, s, *_flags in _organizations().values() if code is None}
    assert stateless <= {"NGO", "REB", "IGO"}


def test_no_name_is_listed_twice_in_the_file() -> None:
    keys = re.findall(
        r'^    ("(?:[^"\\]|\\.)*"):', (_DATA / "organizations.json").read_text(), re.M
    )
    assert len(keys) == len(set(keys)) == len(_organizations())


def test_names_that_match_alike_agree_on_country_and_sector() -> None:
    seen: dict[tuple[str, ...], tuple[str, list[Any]]] = {}
    clashes = []
    for name, value in _organizations().items():
        key = tuple(words_of(name))
        if key in seen and seen[key][1] != value:
            clashes.append((seen[key][0], name))
        seen.setdefault(key, (name, value))
    assert clashes == []


@pytest.mark.parametrize(
    "name", ["AP", "PM", "IT", "US", "Ministry of Defence", "Congress", "Supreme Court", "Labor"]
)
def test_ordinary_words_and_ambiguous_names_are_not_listed(name: str) -> None:
    assert known_organization(name) is None


@pytest.mark.parametrize(
    ("name", "code", "sector"),
    [
        ("the African Union", None, "IGO"),
        ("ECOWAS", None, "IGO"),
        ("the UN refugee agency", None, "IGO"),
        ("IAEA", None, "IGO"),
        ("Amnesty International", None, "NGO"),
        ("the International Committee of the Red Cross", None, "NGO"),
        ("Doctors Without Borders", None, "NGO"),
        ("the Kurdistan Workers' Party", "TUR", "REB"),
        ("JNIM", "MLI", "REB"),
        ("the Arakan Army", "MMR", "REB"),
        ("Tren de Aragua", "VEN", "PRM"),
        ("Clan del Golfo", "COL", "REB"),
        ("Sinaloa cartel", "MEX", "CRM"),
        ("the Awami League", "BGD", "PTY"),
        ("Pheu Thai", "THA", "PTY"),
        ("the PTI party", "PAK", "PTY"),
        ("Morena", "MEX", "PTY"),
        ("Fidesz", "HUN", "PTY"),
        ("the Bundeswehr", "DEU", "MIL"),
        ("Carabineros", "CHL", "COP"),
        ("the Ministry of Intelligence and Security", "IRN", "SPY"),
        ("the Reserve Bank of India", "IND", "GOV"),
        ("the Independent National Electoral Commission", "NGA", "GOV"),
        ("the Supreme Federal Court", "BRA", "JUD"),
        ("the Sejm", "POL", "LEG"),
        ("Xinhua", "CHN", "JRN"),
        ("Gazprom", "RUS", "BUS"),
        ("PDVSA", "VEN", "BUS"),
        ("Hezbollah fighters", "LBN", "REB"),
    ],
)
def test_listed_organisations_resolve_to_their_country_and_sector(
    name: str, code: str | None, sector: str
) -> None:
    known = known_organization(name)
    assert known is not None
    assert (known.code, known.sector) == (code, sector)


@pytest.mark.parametrize("name", ["Xinhua", "XINHUA news", "the gazprom"])
def test_matching_is_case_sensitive_on_the_whole_name(name: str) -> None:
    expected = name == "Xinhua"
    assert (known_organization(name) is not None) is expected


def test_only_the_shared_flag_follows_country_and_sector() -> None:
    flags = {f for _code, _sector, *rest in _organizations().values() for f in rest}
    assert flags <= {"shared"}
    shared = known_organization("the Labour Party")
    assert shared is not None and shared.shared
    assert not (known_organization("Hezbollah") or shared).shared


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Labour Party called for an early vote.", "GBR"),
        (
            "Norway votes in September. The Labour Party called for an early vote in Norway, "
            "and Norway's prime minister agreed.",
            "NOR",
        ),
    ],
)
def test_a_shared_party_name_takes_the_articles_country(
    annotator: Annotator, text: str, code: str
) -> None:
    key = stable_id(text)
    article = Article(key, key, None, None, None, None, "en", (), text, key)
    annotated = next(iter(annotator.annotate_many([article])))
    party = next(m for m in annotated.mentions if m.text.endswith("Labour Party"))
    assert party.country == code
