"""Query parameters shared by the API and the pages (validated here, named in every 422).

HTML forms submit empty fields (``?event=&country=``), so an empty value means "no filter".
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import Query

from storyline.errors import ConfigError
from storyline.events.ontology import validate_event_filter
from storyline.serve.countries import is_country
from storyline.serve.data import EventQuery
from storyline.serve.errors import InvalidParameter

MAX_LIMIT = 500
_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

EventParam = Annotated[
    str | None, Query(description="PLOVER event category, e.g. COERCE (case-insensitive).")
]
ModeParam = Annotated[str | None, Query(description="PLOVER mode, e.g. arrest.")]
CountryParam = Annotated[
    str | None,
    Query(description="ISO 3166-1 alpha-3 code of an actor, recipient or the location."),
]
ActorParam = Annotated[
    str | None,
    Query(max_length=200, description="Text contained in an actor's name (case-insensitive)."),
]
RecipientParam = Annotated[
    str | None,
    Query(max_length=200, description="Text contained in a recipient's name (case-insensitive)."),
]
SinceParam = Annotated[
    str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD: events dated on/after it.")
]
UntilParam = Annotated[
    str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD: events dated on/before it.")
]
StoryParam = Annotated[
    str | None,
    Query(max_length=64, description="Story id or unique prefix: events of its articles."),
]
LimitParam = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size (1-500).")]
OffsetParam = Annotated[int, Query(ge=0, description="Rows to skip before the page.")]


def blank(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def date_param(name: str, value: str | None) -> str | None:
    value = blank(value)
    if value is not None and not _DATE.match(value):
        raise InvalidParameter(name, f"{value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def country_param(value: str | None) -> str | None:
    value = blank(value)
    if value is None:
        return None
    if not is_country(value):
        raise InvalidParameter(
            "country", f"{value!r} is not an ISO 3166-1 alpha-3 country code (e.g. VEN, NGA)"
        )
    return value.upper()


def _event_mode(event: str | None, mode: str | None) -> tuple[str | None, str | None]:
    event, mode = blank(event), blank(mode)
    try:
        return validate_event_filter(event, mode.lower() if mode else None)
    except ConfigError as exc:
        name = "mode" if "mode" in str(exc).split(";")[0] else "event"
        raise InvalidParameter(name, str(exc)) from exc


def event_query(
    event: EventParam = None,
    mode: ModeParam = None,
    country: CountryParam = None,
    actor: ActorParam = None,
    recipient: RecipientParam = None,
    since: SinceParam = None,
    until: UntilParam = None,
    story: StoryParam = None,
    limit: LimitParam = 50,
    offset: OffsetParam = 0,
) -> EventQuery:
    """The event filters of a request (a FastAPI dependency)."""
    canonical_event, canonical_mode = _event_mode(event, mode)
    return EventQuery(
        event=canonical_event,
        mode=canonical_mode,
        country=country_param(country),
        actor=blank(actor),
        recipient=blank(recipient),
        since=date_param("since", since),
        until=date_param("until", until),
        story=blank(story),
        limit=limit,
        offset=offset,
    )
