"""The dateline of a news text: the place (and often date) in capitals that opens wire copy.

"KOLKATA, Aug 28 —", "NAIROBI, March 3 (Reuters) -", "ELDORET, Kenya —", "PESHAWAR —",
"NEW DELHI:", and in title case "Meerut:", "Dhaka, Feb 29 —", "Portland, Oregon —" or "Caracas
—" (a long dash, and no known organisation: not "Hamas — the group that ..."). The place is
where the report was filed, so an event whose sentence names no place is placed there (a stated
place, with its span), and the dateline's words are never the subject of a sentence ("COLOMBO,
Jan 5 — Doctors launched a strike": the doctors launched it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.annotate.actors import known_organization, place_country
from storyline.annotate.spacy_annotator import HEADLINE_MAX_TOKENS

_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3})"  # KOLKATA, NEW DELHI, PORT-AU-PRINCE
    r"(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?"  # , Kenya / , Sri Lanka
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # , Aug 28 / , March 3, 2024
    r"(?:\s*\([^)\n]{1,40}\))?"  # (Reuters)
    r"\s*(?:[—–]|-{1,2}|:)\s"
)
# the title-case form of the South Asian and Chinese English-language press: "Meerut:",
# "Dera Ismail Khan:", "Dhaka, Feb 29 —", "Beijing, April 3 --", "Port-au-Prince:"
_TITLE_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][a-z]+(?:-[a-z]{1,3})*(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+){0,2})"
    r"(?::|,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*\([^)\n]{1,40}\))?\s*(?:[—–]|-{1,2})"
    r"|,\s*[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?\s*[—–]"  # "Portland, Oregon —", "Madison, Wis. —"
    r"|(?P<bare>\s+[—–]))\s"  # "Caracas — ", "Port-au-Prince — " (a long dash, no hyphen)
)


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str  # as written in the text ("NEW DELHI")
    code: str  # its country
    start: int  # character span of the place words
    end: int
    until: int = 0  # end of the whole dateline (country, date, agency and dash included)


def dateline_of(text: str) -> Dateline | None:
    """The dateline opening ``text`` (or the lead under a headline line), when its place is
    one the gazetteer knows."""
    found = _dateline_at(text, 0)
    first, newline, _rest = text.partition("\n")
    headline = (
        newline and len(first.split()) <= HEADLINE_MAX_TOKENS and not first.rstrip().endswith(".")
    )
    if found is None and headline:
        found = _dateline_at(text, len(first) + 1)  # "Clashes in Dhaka\nDHAKA — ..."
    return found


def _dateline_at(text: str, offset: int) -> Dateline | None:
    window = text[offset : offset + 120]
    m = _DATELINE.match(window) or _TITLE_DATELINE.match(window)
    if m is None:
        return None
    words = m.group("place")
    if len(words.replace(" ", "")) < 3:
        return None  # "UN:", "US -": a body or an initialism, not a place (but "LAE —", "GAO -")
    code = place_country(words.title())
    if code is None:
        return None
    if m.groupdict().get("bare") and known_organization(words) is not None:
        return None  # "Hamas — the group that ... —": a body opening a sentence
    start, end = offset + m.start("place"), offset + m.end("place")
    return Dateline(words, code, start, end, offset + m.end())


__all__ = ["Dateline", "dateline_of"]
