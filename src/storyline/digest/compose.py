"""make_digest: lead, key facts, background, "in summary", sources and disagreements.

Purely extractive: every fact is one source sentence, character for character, cited with
every report sentence that states the same fact (see :mod:`.units`). Ordering is deterministic:
scores are rounded and every sort has a tie-break on (article order, sentence index).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from storyline.digest.base import DigestInput
from storyline.digest.disagree import (
    Cite,
    date_disagreements,
    number_disagreements,
    sentence_number_disagreements,
    title_disagreements,
)
from storyline.digest.units import Unit, fact_clusters, numbers_in, scores, similarity, units_of
from storyline.records import (
    Digest,
    DigestCitation,
    DigestFact,
    DigestSource,
    Disagreement,
    Event,
    StoryEvent,
    StoryReport,
)
from storyline.settings import Settings
from storyline.stories.timeline import merge_events

NAME = "lexrank-extractive.v1"
MAX_FACTS = 8
MAX_BACKGROUND = 3
MAX_SUMMARY = 3
LEAD_SECOND_BELOW = 20  # words: a shorter first lead sentence gets a second one
REDUNDANT_COSINE = 0.5
BACKGROUND_DAYS = 30
BACKGROUND_CUES = re.compile(
    r"\b(earlier this|last (?:year|month|week)|previously|ago|former|since (?:19|20)\d\d|"
    r"in (?:19|20)\d\d|was first|for years|for decades|history of)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Fact:
    """A cluster of units stating one fact; ``rep`` is the unit whose text the fact uses."""

    members: tuple[int, ...]
    rep: int
    score: float
    background: bool


def make_digest(data: DigestInput, *, settings: Settings | None = None) -> Digest:
    """The digest of a story or article (pure: reads only ``data``; deterministic)."""
    del settings  # no tunable settings yet; kept for the stage signature
    units = units_of(data)
    sim = similarity(units)
    unit_scores = scores(units, sim)
    facts = _facts(data, units, sim, unit_scores)
    events = {e.id: e for a in data.articles for e in a.events}
    story_events = data.story_events or _article_story_events(data)
    cite = Cite(data)
    disagreements = _disagreements(data, units, sim, story_events, events, cite)
    lead = _lead(data, facts, units)
    used = {f.rep for f in lead}
    ranked = [f for f in facts if f.rep not in used]
    chosen = _pick(ranked, sim, [f for f in lead], want=False, limit=MAX_FACTS)
    background = _pick(ranked, sim, [*lead, *chosen], want=True, limit=MAX_BACKGROUND)
    render = _Render(units, cite, disagreements)
    summary = _summary([*lead, *chosen], units, render)
    return Digest(
        story_id=data.story_id,
        article_id=data.article_id,
        title=data.title,
        lead=tuple(render(f) for f in lead),
        facts=tuple(render(f) for f in chosen),
        background=tuple(render(f) for f in background),
        summary=summary,
        sources=_sources(data),
        disagreements=tuple(disagreements),
        digester=NAME,
    )


def _articles(fact: _Fact, units: Sequence[Unit]) -> set[str]:
    return {units[i].article_id for i in fact.members}


def _summary(
    facts: Sequence[_Fact], units: Sequence[Unit], render: _Render
) -> tuple[DigestFact, ...]:
    """The most central facts (most reports, then score); one per disputed subject."""
    ranked = sorted(facts, key=lambda f: (-len(_articles(f, units)), -f.score, f.rep))
    out: list[DigestFact] = []
    for fact in ranked:
        digest_fact = render(fact)
        if set(digest_fact.disagreements) & {d for f in out for d in f.disagreements}:
            continue
        out.append(digest_fact)
        if len(out) == MAX_SUMMARY:
            break
    return tuple(out) if len(out) > 1 else ()


def _facts(
    data: DigestInput, units: Sequence[Unit], sim: np.ndarray, unit_scores: Sequence[float]
) -> list[_Fact]:
    first = _earliest_date(data)
    out = []
    for members in fact_clusters(units, sim):
        rep = min(members, key=lambda i: (-unit_scores[i], units[i].order, units[i].index))
        support = len({units[i].article_id for i in members})
        score = round(max(unit_scores[i] for i in members) * (1 + 0.25 * (support - 1)), 6)
        background = _is_background(data, units[rep], first)
        out.append(_Fact(tuple(members), rep, score, background))
    return sorted(out, key=lambda f: (-f.score, units[f.rep].order, units[f.rep].index))


def _earliest_date(data: DigestInput) -> str | None:
    dates = [a.published for a in data.articles if a.published]
    return min(dates) if dates else None


def _is_background(data: DigestInput, unit: Unit, first: str | None) -> bool:
    """An explanation or an older happening: a cue phrase or a date well before the story."""
    if BACKGROUND_CUES.search(unit.text):
        return True
    if first is None:
        return False
    article = next(a for a in data.articles if a.article_id == unit.article_id)
    dates = [
        t.value
        for t in article.timexes
        if t.sentence == unit.index and t.value and t.year_known and t.precision in ("day", "month")
    ]
    return bool(dates) and all(_days_between(d, first) > BACKGROUND_DAYS for d in dates)


def _days_between(earlier: str, later: str) -> int:
    from datetime import date

    if len(earlier) == 7:  # a month: count from its last day
        earlier = f"{earlier}-28"
    try:
        return (date.fromisoformat(later[:10]) - date.fromisoformat(earlier[:10])).days
    except ValueError:
        return 0


def _lead(data: DigestInput, facts: Sequence[_Fact], units: Sequence[Unit]) -> list[_Fact]:
    """The best-scoring fact among the first two sentences of the reports; a second sentence of
    the same report when the first is short."""
    by_unit = {i: f for f in facts for i in f.members}
    firsts: list[int] = []
    for article in {u.article_id: u.order for u in units}:
        firsts.extend([i for i, u in enumerate(units) if u.article_id == article][:2])
    if not firsts:
        return []
    best = min(firsts, key=lambda i: (-by_unit[i].score, units[i].order, units[i].index))
    lead = [_Fact(by_unit[best].members, best, by_unit[best].score, False)]
    if len(units[best].text.split()) < LEAD_SECOND_BELOW:
        after = [
            i
            for i, u in enumerate(units)
            if u.article_id == units[best].article_id and u.index > units[best].index
        ]
        if after and by_unit[after[0]] is not by_unit[best]:
            nxt = by_unit[after[0]]
            lead.append(_Fact(nxt.members, after[0], nxt.score, False))
    return lead


def _pick(
    ranked: Sequence[_Fact], sim: np.ndarray, taken: Sequence[_Fact], *, want: bool, limit: int
) -> list[_Fact]:
    """The best facts (background or not), skipping near-repeats of facts already taken."""
    used = {i for f in taken for i in f.members}
    reps = [f.rep for f in taken]
    out: list[_Fact] = []
    for fact in ranked:
        if len(out) >= limit:
            break
        if fact.background != want or used & set(fact.members):
            continue
        if any(sim[fact.rep, r] >= REDUNDANT_COSINE for r in reps):
            continue
        out.append(fact)
        reps.append(fact.rep)
    return out


def _article_story_events(data: DigestInput) -> tuple[StoryEvent, ...]:
    """A single article's events merged like a story's (two counts of one release dispute)."""
    reports = {
        a.article_id: StoryReport("", a.article_id, a.source, a.published, a.title, 1.0, "seed")
        for a in data.articles
    }
    events = [e for a in data.articles for e in a.events]
    return tuple(merge_events("", events, reports))


def _disagreements(
    data: DigestInput,
    units: Sequence[Unit],
    sim: np.ndarray,
    story_events: Sequence[StoryEvent],
    events: dict[str, Event],
    cite: Cite,
) -> list[Disagreement]:
    numbers = number_disagreements(story_events, events, cite)
    known = {side.value for d in numbers for side in d.sides}
    return [
        *numbers,
        *sentence_number_disagreements(units, sim, data, cite, known),
        *title_disagreements(data, cite),
        *date_disagreements(story_events, events, cite),
    ]


class _Render:
    """_Fact -> DigestFact: citations of every member, disagreement flags."""

    def __init__(self, units: Sequence[Unit], cite: Cite, disagreements: Sequence[Disagreement]):
        self.units, self.cite, self.disagreements = units, cite, disagreements

    def __call__(self, fact: _Fact) -> DigestFact:
        rep = self.units[fact.rep]
        keys = [(self.units[i].article_id, self.units[i].index) for i in fact.members]
        citations = tuple(
            DigestCitation(
                c.article_id,
                c.sentence_index,
                c.source,
                c.start,
                c.end,
                verbatim=self.units[self._unit(c)].text == rep.text,
            )
            for c in self.cite(keys)
        )
        return DigestFact(rep.text, citations, fact.score, self._flags(rep, citations))

    def _unit(self, c: DigestCitation) -> int:
        return next(
            i
            for i, u in enumerate(self.units)
            if u.article_id == c.article_id and u.index == c.sentence_index
        )

    def _flags(self, rep: Unit, citations: Sequence[DigestCitation]) -> tuple[int, ...]:
        keys = {(c.article_id, c.sentence_index) for c in citations}
        out = []
        for n, d in enumerate(self.disagreements):
            cited = {(c.article_id, c.sentence_index) for s in d.sides for c in s.citations}
            values = (
                {v for s in d.sides for v in numbers_in(s.value)} if d.kind == "number" else set()
            )
            if keys & cited or values & rep.numbers:
                out.append(n)
        return tuple(out)


def _sources(data: DigestInput) -> tuple[DigestSource, ...]:
    ordered = sorted(
        data.articles,
        key=lambda a: (a.published or "9999", a.duplicate_of is not None, a.article_id),
    )
    return tuple(
        DigestSource(n, a.article_id, a.source, a.title, a.published, a.url, a.duplicate_of)
        for n, a in enumerate(ordered, start=1)
    )
