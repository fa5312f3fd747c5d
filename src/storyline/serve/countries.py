"""ISO 3166-1 alpha-3 codes (what storyline stores) <-> the numeric ids world-atlas uses.

world-atlas's ``countries-110m.json`` identifies each country by its ISO 3166-1 numeric code as a
zero-padded string ("862" for Venezuela); pycountry supplies the mapping. Areas without an ISO
code in world-atlas (Kosovo, N. Cyprus, Somaliland) are drawn but never coloured.
"""

from __future__ import annotations

from functools import cache

import pycountry


@cache
def _by_alpha3() -> dict[str, tuple[str, str]]:
    return {c.alpha_3: (c.numeric, c.name) for c in pycountry.countries}


def numeric_id(alpha3: str) -> str | None:
    """world-atlas id ("862") of an ISO3 code ("VEN"), or None for codes that are not countries."""
    found = _by_alpha3().get(alpha3.upper())
    return found[0] if found else None


def country_name(alpha3: str) -> str:
    found = _by_alpha3().get(alpha3.upper())
    return found[1] if found else alpha3


def is_country(alpha3: str) -> bool:
    return alpha3.upper() in _by_alpha3()
