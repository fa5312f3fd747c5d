"""Read queries behind the story routes: the story list, one story, its disagreements.

The stories stage writes its tables through :mod:`storyline.store.stories`; this module reads
them for the service (with totals and pages, which the CLI queries do not need) and shapes one
story for the API and the story page: reports grouped by source, the merged event timeline with
citation links, and the disputed figures as side-by-side versions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from storyline.errors import NotFound
from storyline.serve.errors import InvalidParameter
from storyline.store import Store
from storyline.store.rows import Row
from storyline.store.stories import resolve_story_id, story_detail
from storyline.store.storylines import story_storyline

_STORY_ID = re.compile(r"^[0-9a-f]{4,64}$")


@dataclass(frozen=True, slots=True)
class StoryQuery:
    """Story filters (combined with AND) and a page. Values are already validated."""

    since: str | None = None  # last seen on/after this date
    country: str | None = None  # ISO3 among the story's countries
    limit: int = 50
    offset: int = 0

    def params(self) -> dict[str, str]:
        return {n: str(v) for n in ("since", "country") if (v := getattr(self, n))}


_LIST_COLUMNS = (
    "id, label, label_article_id, articles, reports, sources, first_seen, last_seen, "
    "key_entities, countries, events, disputed"
)


def story_page(store: Store, q: StoryQuery) -> tuple[int, list[Row]]:
    """(total matching stories, one page of them), the most recently seen first."""
    clauses: list[str] = []
    params: list[Any] = []
    if q.since:
        clauses.append("coalesce(last_seen, first_seen) >= ?")
        params.append(q.since)
    if q.country:
        clauses.append("list_contains(countries, ?)")
        params.append(q.country)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    total = store.query(f"SELECT count(*) AS n FROM stories {where}", params)[0]["n"]
    rows = store.query(
        f"SELECT {_LIST_COLUMNS} FROM stories {where} "
        "ORDER BY last_seen DESC NULLS LAST, reports DESC, id LIMIT ? OFFSET ?",
        [*params, q.limit, q.offset],
    )
    return int(total), rows


def resolve_story_param(store: Store, value: str) -> str:
    """The full id of the story a ``story`` filter names (422 naming ``story`` otherwise)."""
    if not _STORY_ID.match(value.lower()):
        raise InvalidParameter("story", f"{value!r} is not a story id (4-64 hex characters)")
    try:
        return resolve_story_id(store, value.lower())
    except NotFound as exc:
        raise InvalidParameter("story", str(exc)) from exc


def citation_link(article_id: str, sentence: int | None) -> str:
    """Where a citation points: the article page, scrolled to the cited sentence."""
    return f"/articles/{article_id}" + (f"#s{sentence}" if sentence is not None else "")


def _groups(members: list[Row]) -> list[Row]:
    """Reports grouped by source (the source reporting first comes first), oldest first."""
    groups: dict[str, list[Row]] = {}
    for m in sorted(members, key=lambda r: (r.get("published") or "9999", r["article_id"])):
        groups.setdefault(m.get("source") or "", []).append(m)
    return [{"source": source or None, "reports": reports} for source, reports in groups.items()]


def _with_links(event: Row) -> Row:
    citations = [
        {**c, "link": citation_link(c["article_id"], c.get("sentence"))}
        for c in event.get("citations") or []
    ]
    return {**event, "citations": citations}


def disagreements(timeline: list[Row]) -> list[Row]:
    """For each disputed story event and figure kind: the versions, each with its sources."""
    out: list[Row] = []
    for event in timeline:
        if not event.get("disputed"):
            continue
        by_kind: dict[str, list[Row]] = {}
        for claim in event.get("sizes") or []:
            by_kind.setdefault(str(claim["kind"]), []).append(claim)
        for kind, claims in by_kind.items():
            if len(claims) < 2:
                continue
            versions = [
                {
                    "value": c.get("value"),
                    "vague": bool(c.get("vague")),
                    "sources": list(c.get("sources") or []),
                    "article_ids": list(c.get("article_ids") or []),
                    "citations": [
                        cit
                        for cit in event["citations"]
                        if cit["event_id"] in (c.get("event_ids") or [])
                    ],
                }
                for c in claims
            ]
            out.append(
                {
                    "story_event_id": event["id"],
                    "event": event["event"],
                    "mode": event.get("mode"),
                    "date": event.get("date"),
                    "kind": kind,
                    "versions": versions,
                }
            )
    return out


def story(store: Store, story_id: str) -> Row:
    """One story (id or unique prefix): summary, reports by source, timeline, disagreements."""
    detail = story_detail(store, story_id)
    members = detail.pop("members")
    timeline = [_with_links(e) for e in detail.pop("timeline")]
    for m in members:
        m["link"] = citation_link(m["article_id"], None)
    return {
        **{k: detail.get(k) for k in _LIST_COLUMNS.split(", ")},
        "clusterer": detail.get("clusterer"),
        "report_groups": _groups(members),
        "timeline": timeline,
        "disagreements": disagreements(timeline),
        "storyline": story_storyline(store, str(detail["id"])),
    }
