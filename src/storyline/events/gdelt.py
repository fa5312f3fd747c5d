"""Events as GDELT 2.0 event-table rows (tab-separated, GDELT column names, header line first).

Only the columns storyline can fill honestly are written; the others of the GDELT 2.0 event
table are left out. See docs/formats.md ("GDELT export") for how each column is filled.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from storyline.events.cameo import quad_class

Row = dict[str, Any]

ACTOR_COLUMNS = ("Code", "Name", "CountryCode", "Type1Code")
GDELT_COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year",
    *(f"Actor1{c}" for c in ACTOR_COLUMNS), *(f"Actor2{c}" for c in ACTOR_COLUMNS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip


def global_event_id(event_id: str) -> int:
    """A stable numeric id (GDELT ids are integers): the first 15 hex digits of our id."""
    return int(event_id[:15], 16)


def _day(date: str | None) -> tuple[str, str, str]:
    """Day (YYYYMMDD, 00 for an unknown month/day), MonthYear (YYYYMM) and Year."""
    if not date or not date[:4].isdigit():
        return "", "", ""
    parts = date.split("-")
    year = parts[0]
    month = parts[1] if len(parts) > 1 else "00"
    day = parts[2] if len(parts) > 2 else "00"
    return f"{year}{month}{day}", f"{year}{month}", year


def _actor(parties: list[Row] | None) -> list[str]:
    if not parties:
        return ["", "", "", ""]
    first = parties[0]
    country, sector = first.get("code") or "", first.get("sector") or ""
    return [f"{country}{sector}", str(first.get("entity_text") or ""), country, sector]


def _geo(loc: Row | None) -> list[str]:
    if not loc:
        return ["", "", "", ""]
    lat, lon = loc.get("lat"), loc.get("lon")
    return [
        str(loc.get("place") or ""),
        str(loc.get("country") or ""),
        "" if lat is None else f"{lat:.4f}",
        "" if lon is None else f"{lon:.4f}",
    ]


def _added(fetched_at: str | None) -> str:
    digits = "".join(ch for ch in (fetched_at or "") if ch.isdigit())
    return digits[:14].ljust(14, "0") if digits else ""


def gdelt_row(event: Row, fetched_at: str | None = None) -> list[str]:
    """One GDELT row for a stored event (a PLOVER JSON object as ``store.events`` returns)."""
    code = str(event.get("cameo") or "")
    evidence = event.get("evidence") or []
    triggers = [e for e in evidence if e.get("field") == "trigger"]
    is_root = any(e.get("sentence") == 0 for e in triggers)
    return [
        str(global_event_id(str(event["id"]))),
        *_day(event.get("date")),
        *_actor(event.get("actor")),
        *_actor(event.get("recipient")),
        "1" if is_root else "0",
        code,
        code[:3],
        code[:2],
        str(quad_class(code)) if code else "",
        "",  # GoldsteinScale: storyline keeps no Goldstein table
        str(max(1, len(triggers))),
        "1",
        "1",
        *_geo(event.get("event_loc")),
        _added(fetched_at),
        str(event.get("url") or ""),
    ]


def _clean(cell: str) -> str:
    return cell.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def render_gdelt(events: Iterable[Row], fetched: dict[str, str] | None = None) -> str:
    """Tab-separated GDELT text: a header line of column names, then one line per event."""
    fetched = fetched or {}
    lines = ["\t".join(GDELT_COLUMNS)]
    for ev in events:
        row = gdelt_row(ev, fetched.get(str(ev.get("article_id"))))
        lines.append("\t".join(_clean(c) for c in row))
    return "\n".join(lines) + "\n"


__all__ = ["GDELT_COLUMNS", "gdelt_row", "global_event_id", "render_gdelt"]
