"""Story records: label, sources, dates, key entities and the merged event timeline.

:func:`build_story` takes what is known of one story -- its reports (articles and their
duplicates), the events coded in its canonical articles and their entity mentions -- and returns
a :class:`~storyline.records.Story`. Duplicates count as reports but have no events of their own,
so a wire copy is never counted twice.

**Merging events.** Events (oldest first) are merged into story events greedily: an event joins
the first story event that has the same category, mode and modality flags (negated, future,
hypothetical), a compatible date (both day-precise dates within :data:`DATE_TOLERANCE` days of
the story event's date range; coarser dates share their month or year; an undated event only
where the countries agree), no conflicting countries (both known and disjoint) and no
conflicting actor sectors. Two events of the same article merge only when they give different
figures of the same kind (an article that reports both the official and the confirmed count).
Different sizes never prevent a merge: they are kept side by side as :class:`SizeClaim` records
with their sources, and the story event is ``disputed``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sklearn.feature_extraction.text import TfidfVectorizer

from storyline.records import (
    Citation,
    Event,
    EventEntity,
    Mention,
    SizeClaim,
    Story,
    StoryEvent,
    StoryReport,
    stable_id,
)
from storyline.stories.features import day_number

DATE_TOLERANCE = 2
KEY_ENTITIES = 8
KEY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT"})
SentenceKey = tuple[str, int]


@dataclass(slots=True)
class _Merged:
    events: list[Event] = field(default_factory=list)
    days: list[int] = field(default_factory=list)

    def accepts(self, event: Event) -> bool:
        first = self.events[0]
        same_kind = (event.event, event.mode, event.negated, event.future, event.hypothetical)
        if same_kind != (first.event, first.mode, first.negated, first.future, first.hypothetical):
            return False
        if not self._dates_agree(event) or _conflict(_countries(event), self.countries()):
            return False
        if _conflict(_sectors(event.actor), {s for e in self.events for s in _sectors(e.actor)}):
            return False
        same_article = [e for e in self.events if e.article_id == event.article_id]
        return not same_article or self._disputes(event, same_article)

    def _dates_agree(self, event: Event) -> bool:
        day = day_number(event.date) if event.date_precision == "day" else None
        if day is not None and self.days:
            return min(self.days) - DATE_TOLERANCE <= day <= max(self.days) + DATE_TOLERANCE
        dated = [e.date for e in self.events if e.date]
        if event.date and dated:
            width = min(len(event.date), *(len(d) for d in dated))
            return any(d[:width] == event.date[:width] for d in dated)
        return bool(_countries(event) & self.countries())

    def _disputes(self, event: Event, same_article: list[Event]) -> bool:
        """The article already reports this happening: merge only a different figure of it."""
        size = event.size
        if size is None:
            return False
        return all(
            e.size is not None and e.size.kind == size.kind and e.size.value != size.value
            for e in same_article
        )

    def countries(self) -> set[str]:
        return {c for e in self.events for c in _countries(e)}

    def add(self, event: Event) -> None:
        self.events.append(event)
        if event.date_precision == "day" and (day := day_number(event.date)) is not None:
            self.days.append(day)


def _countries(event: Event) -> set[str]:
    codes = {e.code for e in (*event.actor, *event.recipient) if e.code}
    if event.event_loc is not None and event.event_loc.country:
        codes.add(event.event_loc.country)
    return codes


def _sectors(entities: Sequence[EventEntity]) -> set[str]:
    return {e.sector for e in entities if e.sector}


def _conflict(a: set[str], b: set[str]) -> bool:
    return bool(a and b and not a & b)


def merge_events(
    story_id: str,
    events: Sequence[Event],
    reports: Mapping[str, StoryReport],
    sentences: Mapping[SentenceKey, str] | None = None,
) -> list[StoryEvent]:
    """Merge the events of a story's articles into story events, ordered by date."""

    def order(e: Event) -> tuple[bool, str, str, str, str]:
        report = reports.get(e.article_id)
        return (
            e.size is None,
            e.date or "9999",
            (report.published if report else None) or "9999",
            e.article_id,
            e.id,
        )

    merged: list[_Merged] = []
    for event in sorted(events, key=order):
        target = next((m for m in merged if m.accepts(event)), None)
        if target is None:
            target = _Merged()
            merged.append(target)
        target.add(event)
    out = [_story_event(story_id, m.events, reports, sentences or {}) for m in merged]
    return sorted(out, key=lambda s: (s.date or "9999", s.id))


def _story_event(
    story_id: str,
    events: list[Event],
    reports: Mapping[str, StoryReport],
    sentences: Mapping[SentenceKey, str],
) -> StoryEvent:
    first = events[0]
    dates = Counter((e.date, e.date_precision) for e in events if e.date)
    (date, precision) = (
        min(dates.items(), key=lambda kv: (-kv[1], kv[0][0] or ""))[0] if dates else (None, None)
    )
    citations = sorted(
        (_citation(e, reports, sentences) for e in events),
        key=lambda c: (c.published or "9999", c.article_id, c.event_id),
    )
    sizes = _sizes(events, reports)
    kinds = Counter(s.kind for s in sizes)
    return StoryEvent(
        id=stable_id("story-event", story_id, first.id),
        story_id=story_id,
        event=first.event,
        mode=first.mode,
        date=date,
        date_precision=precision,
        actor=next((e.actor for e in events if any(a.code for a in e.actor)), first.actor),
        recipient=next(
            (e.recipient for e in events if any(r.code for r in e.recipient)), first.recipient
        ),
        countries=tuple(sorted({c for e in events for c in _countries(e)})),
        citations=tuple(citations),
        sizes=sizes,
        disputed=any(n > 1 for n in kinds.values()),
        negated=first.negated,
        future=first.future,
        hypothetical=first.hypothetical,
    )


def _citation(
    event: Event, reports: Mapping[str, StoryReport], sentences: Mapping[SentenceKey, str]
) -> Citation:
    report = reports.get(event.article_id)
    evidence = next((v for v in event.evidence if v.field == "trigger"), None)
    if evidence is None and event.evidence:
        evidence = event.evidence[0]
    sentence = evidence.sentence if evidence else None
    text = sentences.get((event.article_id, sentence), "") if sentence is not None else ""
    return Citation(
        article_id=event.article_id,
        event_id=event.id,
        source=report.source if report else None,
        published=report.published if report else None,
        sentence=sentence,
        text=(text or (evidence.text if evidence else "")).strip(),
    )


def _sizes(events: list[Event], reports: Mapping[str, StoryReport]) -> tuple[SizeClaim, ...]:
    groups: dict[tuple[str, float | None, bool], list[Event]] = defaultdict(list)
    for e in events:
        if e.size is not None:
            groups[(e.size.kind, e.size.value, e.size.vague)].append(e)
    claims = []
    for (kind, value, vague), members in groups.items():
        ids = tuple(sorted({e.article_id for e in members}))
        sources = tuple(sorted({s for a in ids if (r := reports.get(a)) and (s := r.source)}))
        event_ids = tuple(sorted(e.id for e in members))
        claims.append(SizeClaim(kind, value, vague, sources, ids, event_ids))
    return tuple(sorted(claims, key=lambda c: (c.kind, -(c.value or 0.0), c.vague)))


def most_central(reports: Sequence[StoryReport], texts: Mapping[str, str]) -> StoryReport | None:
    """The canonical report with a title whose title + lead is closest to the story's mean."""
    titled = sorted(
        (r for r in reports if r.title and r.role != "duplicate"),
        key=lambda r: (r.published or "9999", r.article_id),
    )
    if len(titled) <= 2:
        return titled[0] if titled else None
    docs = [f"{r.title}\n{texts.get(r.article_id, '')}" for r in titled]
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(docs)
    mean = matrix.mean(axis=0)
    scores = (matrix @ mean.T).A.ravel()
    best = max(range(len(titled)), key=lambda i: (round(float(scores[i]), 9), -i))
    return titled[best]


def key_entities(mentions: Sequence[Mention], limit: int = KEY_ENTITIES) -> tuple[str, ...]:
    """Entity names mentioned by the most articles of the story (then the most often)."""
    articles: dict[str, set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.label in KEY_LABELS:
            name = m.canonical or m.text
            key = name.casefold()
            articles[key].add(m.article_id)
            counts[key] += 1
            forms[key][name] += 1
    ranked = sorted(articles, key=lambda n: (-len(articles[n]), -counts[n], n))
    return tuple(_usual_form(forms[k]) for k in ranked[:limit])


def _usual_form(forms: Counter[str]) -> str:
    """The most frequent spelling; ties: the one not in capitals, then alphabetical."""
    return min(forms, key=lambda f: (-forms[f], f.isupper(), f))


def build_story(
    story_id: str,
    reports: Sequence[StoryReport],
    events: Sequence[Event],
    mentions: Sequence[Mention],
    *,
    clusterer: str,
    texts: Mapping[str, str] | None = None,
    sentences: Mapping[SentenceKey, str] | None = None,
) -> Story:
    """The :class:`Story` record of one story (see the module docstring)."""
    ordered = sorted(reports, key=lambda r: (r.published or "9999", r.article_id))
    by_id = {r.article_id: r for r in ordered}
    canonical = {r.article_id for r in ordered if r.role != "duplicate"}
    label = most_central(ordered, texts or {})
    dates = [r.published for r in ordered if r.published]
    story_events = merge_events(
        story_id, [e for e in events if e.article_id in canonical], by_id, sentences
    )
    countries: Counter[str] = Counter()
    for m in mentions:
        if m.country and m.article_id in canonical:
            countries[m.country] += 1
    sources = list(dict.fromkeys(r.source for r in ordered if r.source))
    return Story(
        id=story_id,
        label=(label.title or "") if label else "",
        label_article_id=label.article_id if label else None,
        reports=tuple(ordered),
        sources=tuple(sources),
        first_seen=min(dates) if dates else None,
        last_seen=max(dates) if dates else None,
        key_entities=key_entities([m for m in mentions if m.article_id in canonical]),
        countries=tuple(
            c for c, _ in sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        ),
        events=tuple(story_events),
        clusterer=clusterer,
    )
