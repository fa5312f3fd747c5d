"""Publication dates: strings from feeds, pages and headers -> :class:`PubDate` (stdlib only).

Understood: ISO dates and datetimes (``2024-08-03``, ``2024-08-03T09:00:00Z``, ``2024/08/03``),
``2024-08`` (month), ``2024`` (year), RFC 2822 (``Sat, 03 Aug 2024 09:00:00 GMT``, feeds),
``August 3, 2024``, ``Aug. 3 2024``, ``3 August 2024``, ``August 2024``, with an optional weekday
in front and a time after. The date is taken as written (no time-zone conversion). Anything else,
including a day and month without a year, gives ``None``: a year is never invented.
"""

from __future__ import annotations

import re
from datetime import date

from storyline.records import PubDate

MIN_YEAR = 1800
MAX_YEAR = 2200

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TAIL = r"(?:[\sT,].*)?$"
_ISO_DAY = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})" + _TAIL)
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_MONTH_DAY_YEAR = re.compile(
    r"^" + _WEEKDAY + r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})" + _TAIL, re.I
)
_DAY_MONTH_YEAR = re.compile(
    r"^" + _WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{4})" + _TAIL,
    re.I,
)
_MONTH_YEAR = re.compile(r"^([a-z]+)\.?,?\s+(\d{4})$", re.I)


def _day(year: str, month: int | None, day: str) -> PubDate | None:
    if month is None or not MIN_YEAR <= int(year) <= MAX_YEAR:
        return None
    try:
        value = date(int(year), month, int(day))
    except ValueError:
        return None
    return PubDate(value.isoformat(), "day")


def _month(year: str, month: int | None) -> PubDate | None:
    if month is None or not 1 <= month <= 12 or not MIN_YEAR <= int(year) <= MAX_YEAR:
        return None
    return PubDate(f"{int(year):04d}-{month:02d}", "month")


def _month_number(name: str) -> int | None:
    return _MONTHS.get(name.lower())


def is_month_name(word: str) -> bool:
    """ "September", "sept", "Jan" (any case)."""
    return _month_number(word) is not None


def parse_pubdate(value: str | None) -> PubDate | None:
    """Parse a publication date; ``None`` when it is missing or not understood."""
    if not value:
        return None
    text = " ".join(value.split())
    if match := _ISO_DAY.match(text):
        return _day(match[1], int(match[2]), match[3])
    if match := _ISO_MONTH.match(text):
        return _month(match[1], int(match[2]))
    if match := _YEAR.match(text):
        year = int(match[1])
        return PubDate(f"{year:04d}", "year") if MIN_YEAR <= year <= MAX_YEAR else None
    if match := _MONTH_DAY_YEAR.match(text):
        return _day(match[3], _month_number(match[1]), match[2])
    if match := _DAY_MONTH_YEAR.match(text):
        return _day(match[3], _month_number(match[2]), match[1])
    if match := _MONTH_YEAR.match(text):
        return _month(match[2], _month_number(match[1]))
    return None
