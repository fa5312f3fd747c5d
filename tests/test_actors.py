"""Country and PLOVER sector resolution of actor phrases (storyline.annotate.actors)."""

from __future__ import annotations

import pytest

from storyline.annotate.actors import (
    country_in,
    country_of,
    is_demonym,
    is_national_role,
    sector_of,
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Venezuela", "VEN"),
        ("US", "USA"),
        ("U.S.", "USA"),
        ("the United States", "USA"),
        ("Britain", "GBR"),
        ("Russia", "RUS"),
        ("Iran", "IRN"),
        ("South Korea", "KOR"),
        ("Ivory Coast", "CIV"),
        ("Turkey", "TUR"),
        ("DRC", "COD"),
        ("Venezuelan", "VEN"),
        ("Venezuelans", "VEN"),
        ("Argentine", "ARG"),
        ("Spanish", "ESP"),
        ("Colombian", "COL"),
        ("American", "USA"),
        ("North Korean", "PRK"),
        ("Caracas", "VEN"),
        ("Bogotá", "COL"),
        ("Bogota", "COL"),
        ("London", "GBR"),
        ("Texas", "USA"),
    ],
)
def test_country_of_resolves_names_aliases_demonyms_and_cities(text: str, code: str) -> None:
    assert country_of(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "us",  # a pronoun, not the initialism
        "it",  # alpha-2 codes are not names
        "turkey",  # lowercase one-word names are common words
        "Jackson",  # a city that is also a personal name
        "Valencia",  # large cities of this name in two countries
        "Korean",  # two Koreas
        "the government",
    ],
)
def test_country_of_refuses_ambiguous_or_common_words(text: str) -> None:
    assert country_of(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Venezuela's attorney general", "VEN"),
        ("the Venezuelan National Electoral Council", "VEN"),
        ("President of the People's Republic of China", "CHN"),
        ("head of the security service", None),
    ],
)
def test_country_in_finds_a_country_inside_a_phrase(text: str, code: str | None) -> None:
    assert country_in(text) == code


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("government", "GOV"),
        ("the Maduro administration", "GOV"),
        ("President", "GOV"),
        ("Foreign Minister", "GOV"),
        ("Argentine officials", "GOV"),
        ("regional authorities", "GOV"),
        ("the electoral authority", "GOV"),
        ("the Venezuelan National Electoral Council", "GOV"),
        ("the regime", "GOV"),
        ("army", "MIL"),
        ("troops", "MIL"),
        ("armed forces", "MIL"),
        ("police", "COP"),
        ("security forces", "COP"),
        ("the National Guard", "MIL"),
        ("head of the citizen security service", "COP"),
        ("police chief", "COP"),
        ("court", "JUD"),
        ("attorney general", "JUD"),
        ("president of the Supreme Court", "JUD"),
        ("opposition", "OPP"),
        ("opposition leader", "OPP"),
        ("opposition figures", "OPP"),
        ("dissidents", "OPP"),
        ("anti-government activists", "OPP"),
        ("an opposition party", "PTY"),
        ("opposition parties", "PTY"),
        ("rebels", "REB"),
        ("militants", "REB"),
        ("civilians", "CVL"),
        ("protesters", "CVL"),
        ("students", "EDU"),
        ("journalists", "JRN"),
        ("state media", "JRN"),
        ("UN", "IGO"),
        ("the United Nations", "IGO"),
        ("NATO", "IGO"),
        ("Amnesty International", "NGO"),
        ("Human Rights Watch", "NGO"),
        ("the Red Cross", "NGO"),
        ("drug cartels", "CRM"),
        ("gangs", "CRM"),
        ("spokesman for the army", "MIL"),
    ],
)
def test_sector_of_maps_roles_and_organisations(text: str, sector: str) -> None:
    assert sector_of(text) == sector


@pytest.mark.parametrize("text", ["who", "leader", "international community", "human rights"])
def test_sector_of_returns_none_without_evidence(text: str) -> None:
    assert sector_of(text) is None


@pytest.mark.parametrize(
    ("role", "national"),
    [("President", True), ("Foreign Minister", True), ("prime minister", True),
     ("opposition leader", False), ("mayor", False), ("head of the security service", False)],
)  # fmt: skip
def test_is_national_role(role: str, national: bool) -> None:
    assert is_national_role(role) is national


def test_is_demonym_distinguishes_demonyms_from_names() -> None:
    assert is_demonym("Italian") and is_demonym("Venezuelans")
    assert not is_demonym("Jordan") and not is_demonym("italian")
