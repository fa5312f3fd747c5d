"""Server-rendered pages (Jinja2, autoescaping on). JavaScript only draws the map and network."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from storyline.events.ontology import categories
from storyline.serve import data
from storyline.serve.api import EventQueryDep, StoreDep
from storyline.serve.countries import country_name
from storyline.serve.data import EventQuery
from storyline.serve.highlight import annotation_spans, article_html
from storyline.serve.params import OffsetParam
from storyline.store import article_detail

router = APIRouter(include_in_schema=False)

#: Navigation entries (path, label). The stories pages add ("/stories", "Stories") in front when
#: they are registered (see storyline.serve.app).
NAV: list[tuple[str, str]] = [
    ("/events", "Events"),
    ("/map", "Map"),
    ("/network", "Network"),
    ("/articles", "Articles"),
    ("/search", "Search"),
]


def qs(params: dict[str, Any], **changes: Any) -> str:
    """A query string from ``params`` with ``changes`` applied (None removes a key)."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def render(request: Request, template: str, **context: Any) -> HTMLResponse:
    templates = request.app.state.templates
    html = templates.get_template(template).render(
        request=request, nav=request.app.state.nav, qs=qs, **context
    )
    return HTMLResponse(html)


def _filter_context(q: EventQuery) -> dict[str, Any]:
    return {
        "q": q,
        "params": q.params(),
        "categories": [(c.name, c.mode_names()) for c in categories()],
    }


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: StoreDep) -> HTMLResponse:
    return render(request, "home.html", stats=data.stats(store))


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, store: StoreDep, q: EventQueryDep) -> HTMLResponse:
    total, rows = data.event_page(store, q)
    return render(request, "events.html", total=total, rows=rows, **_filter_context(q))


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, store: StoreDep, q: EventQueryDep) -> HTMLResponse:
    counts = [{**r, "name": country_name(r["country"])} for r in data.country_counts(store, q)]
    return render(request, "map.html", counts=counts, **_filter_context(q))


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, store: StoreDep, q: EventQueryDep) -> HTMLResponse:
    graph = data.actor_network(store, q)
    return render(request, "network.html", graph=graph, **_filter_context(q))


@router.get("/articles", response_class=HTMLResponse)
def articles_page(
    request: Request,
    store: StoreDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: OffsetParam = 0,
) -> HTMLResponse:
    total, rows = data.article_page(store, limit=limit, offset=offset)
    return render(request, "articles.html", total=total, rows=rows, limit=limit, offset=offset)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(
    request: Request,
    store: StoreDep,
    article_id: Annotated[str, Path(min_length=4, max_length=64)],
) -> HTMLResponse:
    detail = article_detail(store, article_id)
    spans = annotation_spans(
        mentions=detail.mentions,
        quantities=detail.quantities,
        timexes=detail.timexes,
        events=detail.events,
    )
    body = article_html(str(detail.article["text"]), detail.sentences, spans)
    mentions = {
        (m["text"], m["label"]): m
        for m in detail.mentions
        if m["label"] not in ("CARDINAL", "ORDINAL", "DATE", "TIME", "PERCENT", "MONEY")
    }
    return render(
        request, "article.html", detail=detail, body=body, mentions=list(mentions.values())
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    store: StoreDep,
    q: Annotated[str, Query(max_length=300)] = "",
    offset: OffsetParam = 0,
) -> HTMLResponse:
    terms = data.search_terms(q)
    total, rows = data.search(store, terms, limit=20, offset=offset)
    return render(
        request, "search.html", query=q, terms=terms, total=total, rows=rows, offset=offset
    )
