"""Pydantic response models of the story routes (their part of the OpenAPI schema)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from storyline.serve.models import Entity, Page


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class StorySummary(_Model):
    id: str
    label: str | None = None
    label_article_id: str | None = None
    articles: int = 0  # distinct (canonical) articles
    reports: int = 0  # articles including duplicates (wire copies)
    sources: list[str] = []
    first_seen: str | None = None
    last_seen: str | None = None
    key_entities: list[str] = []
    countries: list[str] = []
    events: int = 0  # merged story events in the timeline
    disputed: int = 0  # story events whose sources give different figures


class StoryPage(Page):
    items: list[StorySummary]


class StoryReport(_Model):
    article_id: str
    source: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    role: str | None = None  # seed | member | duplicate
    score: float | None = None
    duplicate_of: str | None = None
    similarity: float | None = None
    link: str


class ReportGroup(_Model):
    source: str | None = None
    reports: list[StoryReport]


class Citation(_Model):
    article_id: str
    event_id: str
    source: str | None = None
    published: str | None = None
    sentence: int | None = None
    text: str = ""
    link: str  # /articles/{article_id}#s{sentence}


class SizeClaim(_Model):
    kind: str
    value: float | None = None
    vague: bool = False
    sources: list[str] = []
    article_ids: list[str] = []
    event_ids: list[str] = []


class StoryEvent(_Model):
    id: str
    event: str
    mode: str | None = None
    date: str | None = None
    date_precision: str | None = None
    actor: list[Entity] = []
    recipient: list[Entity] = []
    countries: list[str] = []
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    sizes: list[SizeClaim] = []
    disputed: bool = False
    citations: list[Citation] = []
    reports: int = 0
    sources: list[str] = []


class Version(_Model):
    value: float | None = None
    vague: bool = False
    sources: list[str] = []
    article_ids: list[str] = []
    citations: list[Citation] = []


class StoryDisagreement(_Model):
    story_event_id: str
    event: str
    mode: str | None = None
    date: str | None = None
    kind: str
    versions: list[Version]


class StorylineStory(_Model):
    id: str
    label: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    reports: int = 0


class Storyline(_Model):
    id: str | None = None
    stories: list[StorylineStory] = []


class StoryDetail(StorySummary):
    clusterer: str | None = None
    report_groups: list[ReportGroup]
    timeline: list[StoryEvent]
    disagreements: list[StoryDisagreement]
    storyline: Storyline = Storyline()
