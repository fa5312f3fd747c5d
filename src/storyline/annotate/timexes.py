"""Time expressions: DATE entities (and date-like spans the model missed) resolved to ISO values.

Resolution against the publication date ``pub`` (a :class:`~storyline.records.PubDate`):

* explicit dates -- "July 28, 2024", "28 July 2024", "2024-07-28" -> day; "July 2024" -> month;
  "2024" -> year. A decade ("the 1990s") is not resolved.
* a month and day without a year ("July 28") take the publication year, unless that date falls
  more than :data:`FUTURE_DAYS` days after the publication date: then the previous year (news
  mostly reports the past). A month alone ("in July") follows the same rule with its first day
  and resolves to month precision ("2024-07").
* relative expressions -- "yesterday", "today", "tomorrow", "Monday" / "on Tuesday" / "last
  Friday" (the latest such weekday on or before the publication date; "next Friday" the first
  after it), "N days/weeks ago", "last week" (seven days before; day precision, approximate),
  "last/this/next month|year" (month/year precision) -- need the publication date at the
  precision they resolve to.
* durations and frequencies ("72 hours", "a span of three days", "monthly") -> no value.

Without a publication date the year is never invented: "July 28" -> "XXXX-07-28" with
``year_known`` False; relative expressions -> no value.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Any

from storyline.records import Precision, PubDate, TimeExpr, stable_id

FUTURE_DAYS = 30
_MONTHS = (
    {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
    | {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
    | {"sept": 9}
)
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[5-9]\d\d|2[01]\d\d)"
_NUM = r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"(?P<unit>day|week|month|year)s?"
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip

_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?")
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?:,?\s+{_YEAR}\b)?")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b")
_MONTH_ONLY = re.compile(rf"\b{_MONTH}\b")
_YEAR_ONLY = re.compile(rf"\b{_YEAR}\b(?!s)")
_AGO = re.compile(rf"\b{_NUM}\s+{_UNIT}\s+ago\b")
_DURATION = re.compile(
    r"\b(?:hourly|daily|weekly|fortnightly|monthly|quarterly|yearly|annually)\b"
    r"|\b(?:span|period|course|space)\s+of\b"
    r"|\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few"
    r"|many|couple\s+of)\s+(?:hours?|days?|weeks?|months?|years?|decades?|centuries)\b"
)
_RELATIVE_PERIOD = re.compile(
    r"\b(?P<which>last|this|next|past|previous|coming)\s+(?P<unit>week|month|year)\b"
)
_WEEKDAY = re.compile(
    r"\b(?:(?P<which>last|next|this|on|past)\s+)?(?P<weekday>" + "|".join(_WEEKDAYS) + r")\b"
)
_DEICTIC = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_FALLBACK = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4}\b)?"
    r"|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b(?:\s+\d{4}\b)?"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|Yesterday)\b"
)

Resolved = tuple[str | None, Precision | None]


def _pub_parts(pub: PubDate | None) -> tuple[date | None, Precision | None]:
    """The publication date (first day of its month/year when less precise) and precision."""
    if pub is None:
        return None, None
    parts = [int(p) for p in pub.date.split("-")[:3] if p.isdigit()]
    if not parts:
        return None, None
    parts += [1] * (3 - len(parts))
    try:
        return date(parts[0], parts[1], parts[2]), pub.precision
    except ValueError:
        return None, None


def _iso(year: int | None, month: int, day: int | None = None) -> str | None:
    """ISO text ("2024-07-28", "XXXX-07-28", "2024-07") or None for an impossible date."""
    try:
        date(year or 2000, month, day or 1)  # 2000 is a leap year: "XXXX-02-29" is valid
    except ValueError:
        return None
    head = f"{year:04d}" if year else "XXXX"
    return f"{head}-{month:02d}" if day is None else f"{head}-{month:02d}-{day:02d}"


def _year_for(month: int, day: int, anchor: date | None, precision: Precision | None) -> int | None:
    """Year of a month-day without one: the publication year, or the one before when the date
    would fall more than FUTURE_DAYS after publication."""
    if anchor is None:
        return None
    if precision == "year":
        return anchor.year
    if precision == "month":
        anchor = anchor.replace(day=calendar.monthrange(anchor.year, anchor.month)[1])
    try:
        candidate = date(anchor.year, month, day)
    except ValueError:
        candidate = date(anchor.year, month, 28)
    return anchor.year - 1 if candidate > anchor + timedelta(days=FUTURE_DAYS) else anchor.year


def _explicit(text: str, anchor: date | None, precision: Precision | None) -> Resolved | None:
    m = _ISO.search(text)
    if m:
        return _iso(int(m["year"]), int(m["month"]), int(m["day"])), "day"
    m = _MONTH_DAY.search(text) or _DAY_MONTH.search(text)
    if m:
        month, day = _MONTHS[m["month"]], int(m["day"])
        year = int(m["year"]) if m["year"] else _year_for(month, day, anchor, precision)
        value = _iso(year, month, day)
        return (value, "day") if value else (None, None)
    m = _MONTH_YEAR.search(text)
    if m:
        return _iso(int(m["year"]), _MONTHS[m["month"]]), "month"
    return None


def _shift_month(anchor: date, months: int) -> str:
    index = anchor.year * 12 + anchor.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _weekday(m: re.Match[str], anchor: date) -> str:
    target = _WEEKDAYS[m["weekday"]]
    if m["which"] == "next":
        return (anchor + timedelta(days=(target - anchor.weekday()) % 7 or 7)).isoformat()
    back = (anchor.weekday() - target) % 7
    if m["which"] == "last" and back == 0:
        back = 7
    return (anchor - timedelta(days=back)).isoformat()


def _period(m: re.Match[str], anchor: date, precision: Precision | None) -> Resolved:
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}
    offset = step[m["which"]]
    if m["unit"] == "year":
        return f"{anchor.year + offset:04d}", "year"
    if m["unit"] == "month" and precision in ("day", "month"):
        return _shift_month(anchor, offset), "month"
    if m["unit"] == "week" and precision == "day":
        return (anchor + timedelta(days=7 * offset)).isoformat(), "day"
    return None, None


def _relative(text: str, anchor: date | None, precision: Precision | None) -> Resolved | None:
    """Expressions relative to the publication date; (None, None) when it is unknown."""
    period = _RELATIVE_PERIOD.search(text)
    ago, weekday = _AGO.search(text), _WEEKDAY.search(text)
    deictic = next((d for w, d in _DEICTIC.items() if re.search(rf"\b{w}\b", text)), None)
    if not (period or ago or weekday or deictic is not None):
        return None
    if anchor is None:
        return None, None
    if period:
        return _period(period, anchor, precision)
    if precision != "day":
        return None, None
    if ago:
        n = int(ago["n"]) if ago["n"].isdigit() else _SMALL[ago["n"]]
        days = {"day": 1, "week": 7}.get(ago["unit"])
        if days is None:
            return None, None
        return (anchor - timedelta(days=n * days)).isoformat(), "day"
    if weekday:
        return _weekday(weekday, anchor), "day"
    return (anchor + timedelta(days=deictic or 0)).isoformat(), "day"


def _coarse(text: str, anchor: date | None, precision: Precision | None) -> Resolved:
    m = _MONTH_ONLY.search(text)
    if m:
        month = _MONTHS[m["month"]]
        return _iso(_year_for(month, 1, anchor, precision), month), "month"
    m = _YEAR_ONLY.search(text)
    if m:
        return m["year"], "year"
    return None, None


def _is_lower_month(word: str) -> bool:
    """A month name written in lowercase is a word ("may", "march"), not a month."""
    return word[:1].islower() and word.strip(".,").lower() in _MONTHS


def resolve(text: str, published: PubDate | None) -> Resolved:
    """ISO value and precision of a time expression (see the module docstring for the rules)."""
    words = text.replace("’", "'").split()
    low = " ".join("_" if _is_lower_month(w) else w.lower() for w in words)
    anchor, precision = _pub_parts(published)
    found = _explicit(low, anchor, precision)
    if found is None:
        found = _relative(low, anchor, precision)
    if found is None and _DURATION.search(low):
        found = (None, None)
    return found if found is not None else _coarse(low, anchor, precision)


def _make(
    doc: Any, article_id: str, sent_of: list[int], span: Any, published: PubDate | None
) -> TimeExpr:
    value, precision = resolve(span.text, published)
    return TimeExpr(
        id=stable_id(article_id, "t", str(span.start_char), str(span.end_char)),
        article_id=article_id,
        sentence=sent_of[span.start],
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        value=value,
        precision=precision if value else None,
        year_known=bool(value) and not str(value).startswith("XXXX"),
    )


def find_timexes(
    doc: Any, article_id: str, sent_of: list[int], published: PubDate | None
) -> list[TimeExpr]:
    """DATE entities, TIME entities that resolve to a date or are durations ("72 hours"; not
    clock times), and month-days/weekdays the model missed."""
    found: list[TimeExpr] = []
    covered: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        covered.append((ent.start_char, ent.end_char))
        timex = _make(doc, article_id, sent_of, ent, published)
        if ent.label_ == "DATE" or timex.value or _DURATION.search(ent.text.lower()):
            found.append(timex)
    for m in _FALLBACK.finditer(doc.text):
        if any(s < m.end() and m.start() < e for s, e in covered):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span):
            found.append(_make(doc, article_id, sent_of, span, published))
    return sorted(found, key=lambda t: t.start)
