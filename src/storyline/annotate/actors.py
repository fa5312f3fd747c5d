"""Actor resolution helpers shared by annotate and events: country and PLOVER sector of a phrase.

(Initial version; the annotate work extends the lexicons.)
"""

from __future__ import annotations

from functools import lru_cache

import pycountry


@lru_cache(maxsize=4096)
def country_of(text: str) -> str | None:
    """ISO 3166-1 alpha-3 code for a country name ("Venezuela") or None."""
    try:
        return str(pycountry.countries.lookup(text.strip()).alpha_3)
    except LookupError:
        return None


def sector_of(text: str) -> str | None:
    """PLOVER sector for a phrase ("government" -> GOV, "police" -> COP) or None."""
    return None
