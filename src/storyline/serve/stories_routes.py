"""Story routes: ``/api/stories...`` (JSON) and ``/stories...`` (pages).

Included by :func:`storyline.serve.app.create_app`, which also puts "Stories" first in the
navigation. The story page shows the digest (citations link to ``/articles/{id}#s{n}``, where the
cited sentence is highlighted), the merged event timeline as a chart (``static/js/story.js``,
d3) and as a table, and each disagreement with its versions side by side.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse

from storyline.errors import StorylineError
from storyline.serve import digests, stories_data
from storyline.serve import story_models as models
from storyline.serve.api import ERRORS, StoreDep
from storyline.serve.pages import render
from storyline.serve.params import (
    LimitParam,
    OffsetParam,
    country_param,
    date_param,
)
from storyline.serve.stories_data import StoryQuery
from storyline.store.stories import resolve_story_id

log = logging.getLogger(__name__)

api_router = APIRouter(prefix="/api", tags=["stories"], responses=ERRORS)
page_router = APIRouter(include_in_schema=False)

StoryIdParam = Annotated[
    str, Path(min_length=4, max_length=64, description="Story id or unique prefix.")
]


StorySinceParam = Annotated[
    str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD: stories last seen on/after it.")
]
StoryCountryParam = Annotated[
    str | None, Query(description="ISO 3166-1 alpha-3 code among the story's countries.")
]


def story_query(
    since: StorySinceParam = None,
    country: StoryCountryParam = None,
    limit: LimitParam = 50,
    offset: OffsetParam = 0,
) -> StoryQuery:
    """The story filters of a request (a FastAPI dependency)."""
    return StoryQuery(
        since=date_param("since", since),
        country=country_param(country),
        limit=limit,
        offset=offset,
    )


StoryQueryDep = Annotated[StoryQuery, Depends(story_query)]


# ----------------------------------------------------------------------------- JSON API


@api_router.get("/stories", response_model=models.StoryPage, summary="List stories")
def list_stories(store: StoreDep, q: StoryQueryDep) -> Any:
    """Stories (clusters of reports across sources), the most recently seen first."""
    total, rows = stories_data.story_page(store, q)
    return {"total": total, "limit": q.limit, "offset": q.offset, "items": rows}


@api_router.get("/stories/{story_id}", response_model=models.StoryDetail, summary="One story")
def get_story(store: StoreDep, story_id: StoryIdParam) -> Any:
    """A story: its reports grouped by source, the merged event timeline, disagreements."""
    return stories_data.story(store, story_id)


@api_router.get(
    "/stories/{story_id}/digest",
    response_class=JSONResponse,
    summary="A story's digest",
    responses={
        200: {"description": "The digest as storyline.digest renders JSON (docs/api.md)"},
    },
)
def get_digest(store: StoreDep, story_id: StoryIdParam) -> JSONResponse:
    """The cited digest of a story, as :func:`storyline.digest.render_digest` renders JSON."""
    full_id = resolve_story_id(store, story_id)
    return JSONResponse(digests.story_digest_json(store, full_id))


def _figure(value: float | None, vague: bool) -> str:
    number = "?" if value is None else f"{value:,.0f}"
    return ("at least " if vague else "") + number


def timeline_disagreements(story: dict[str, Any]) -> list[dict[str, Any]]:
    """The story's disputed figures in the digest's disagreement shape (no digest needed)."""
    return [
        {
            "kind": "number",
            "subject": f"{d['kind']} ({d['event']}/{d['mode'] or '-'}, {d['date'] or 'undated'})",
            "sides": [
                {
                    "value": f"{_figure(v['value'], v['vague'])} {d['kind']}",
                    "sources": v["sources"],
                    "citations": v["citations"],
                }
                for v in d["versions"]
            ],
        }
        for d in story["disagreements"]
    ]


# ----------------------------------------------------------------------------- pages


@page_router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, store: StoreDep, q: StoryQueryDep) -> HTMLResponse:
    total, rows = stories_data.story_page(store, q)
    return render(request, "stories.html", total=total, rows=rows, q=q, params=q.params())


@page_router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, store: StoreDep, story_id: StoryIdParam) -> HTMLResponse:
    story = stories_data.story(store, story_id)
    digest: dict[str, Any] | None = None
    digest_error: str | None = None
    try:
        digest = digests.digest_view(digests.story_digest(store, story["id"]))
    except StorylineError as exc:  # the rest of the page is still worth showing
        log.warning("no digest for story %s: %s", story["id"], exc)
        digest_error = str(exc)
    disagreements = (digest or {}).get("disagreements") or timeline_disagreements(story)
    return render(
        request,
        "story.html",
        story=story,
        digest=digest,
        digest_error=digest_error,
        disagreements=disagreements,
    )
