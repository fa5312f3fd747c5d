"""Pydantic response models: the JSON API's contract (and its OpenAPI schema).

Used only at the HTTP boundary; inside storyline the records are frozen dataclasses and rows.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ErrorDetail(_Model):
    status: int
    code: str
    message: str
    details: list[dict[str, Any]] = []


class ErrorBody(_Model):
    """Every error response: ``{"error": {"status", "code", "message", "details"}}``."""

    error: ErrorDetail


class Entity(_Model):
    entity_text: str
    code: str | None = None
    sector: str | None = None
    office: str | None = None
    start: int | None = None
    end: int | None = None


class Location(_Model):
    place: str
    country: str | None = None
    admin1: str | None = None
    city: str | None = None
    lat: float | None = None
    lon: float | None = None
    resolution: str | None = None
    start: int | None = None
    end: int | None = None


class Size(_Model):
    kind: str
    value: float | None = None
    vague: bool = False
    text: str = ""


class EvidenceSpan(_Model):
    field: str
    sentence: int
    start: int
    end: int
    text: str


class Event(_Model):
    """A PLOVER event (field names as in PLOVER) with its article's id, url and source."""

    id: str
    article_id: str
    url: str | None = None
    source: str | None = None
    published: str | None = None
    title: str | None = None
    event: str
    mode: str | None = None
    context: list[str] = []
    actor: list[Entity] = []
    recipient: list[Entity] = []
    event_loc: Location | None = None
    date: str | None = None
    date_precision: str | None = None
    size: Size | None = None
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    reported_by: list[Entity] = []
    evidence: list[EvidenceSpan] = []
    confidence: float | None = None
    coder: str | None = None
    cameo: str | None = None


class Page(_Model):
    total: int
    limit: int
    offset: int


class EventPage(Page):
    items: list[Event]


class ArticleSummary(_Model):
    id: str
    source: str | None = None
    published: str | None = None
    language: str | None = None
    title: str | None = None
    url: str | None = None
    duplicate_of: str | None = None
    n_words: int | None = None
    events: int = 0


class ArticlePage(Page):
    items: list[ArticleSummary]


class Article(ArticleSummary):
    document_id: str
    published_precision: str | None = None
    authors: list[str] = []
    text: str
    dup_key: str | None = None
    similarity: float | None = None
    truncated: bool | None = None
    extractor: str | None = None
    annotator: str | None = None
    coder: str | None = None
    n_sentences: int | None = None


class Sentence(_Model):
    idx: int
    start_char: int
    end_char: int
    text: str


class Mention(_Model):
    id: str
    sentence: int | None = None
    start_char: int
    end_char: int
    text: str
    label: str
    role: str | None = None
    canonical: str | None = None
    country: str | None = None
    sector: str | None = None


class Quantity(_Model):
    id: str
    sentence: int | None = None
    start_char: int
    end_char: int
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    vague: bool | None = None
    noun: str | None = None
    noun_text: str | None = None


class TimeExpression(_Model):
    id: str
    sentence: int | None = None
    start_char: int
    end_char: int
    text: str
    value: str | None = None
    precision: str | None = None
    year_known: bool | None = None


class DuplicateRef(_Model):
    id: str
    source: str | None = None
    url: str | None = None
    title: str | None = None


class ArticleDetail(_Model):
    article: Article
    sentences: list[Sentence]
    mentions: list[Mention]
    quantities: list[Quantity]
    timexes: list[TimeExpression]
    events: list[Event]
    duplicates: list[DuplicateRef]


class SearchHit(_Model):
    id: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    url: str | None = None
    score: int
    snippet: str


class SearchPage(Page):
    query: str
    terms: list[str]
    method: str
    items: list[SearchHit]


class CountryCount(_Model):
    country: str
    name: str
    numeric: str | None = None
    events: int


class NetworkNode(_Model):
    id: str
    label: str | None = None
    country: str | None = None
    sector: str | None = None
    events: int


class NetworkLink(_Model):
    source: str
    target: str
    event: str
    count: int


class Network(_Model):
    nodes: list[NetworkNode]
    links: list[NetworkLink]


class Stats(_Model):
    articles: int
    canonical_articles: int
    documents: int
    events: int
    skips: int
    sources: int
    published_from: str | None = None
    published_to: str | None = None
    events_by_type: dict[str, int]
    articles_by_source: dict[str, int]
    top_countries: dict[str, int]
