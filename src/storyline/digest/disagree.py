"""Disagreements between sources: different figures, titles or dates for the same thing.

- **number**: a story event whose :class:`~storyline.records.SizeClaim` records give different
  values of the same kind (131 vs 47 released), and pairs of similar sentences from different
  reports that count the same noun with different figures (when no event covers them);
- **title**: one person (by canonical name across reports) given titles that do not contain
  each other ("Attorney General" vs "Interior Minister");
- **date**: one story event dated differently (day precision, date stated in the sentence).

Every side keeps its citations; the digest never picks one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence

import numpy as np

from storyline.digest.base import DigestArticle, DigestInput
from storyline.digest.units import Unit
from storyline.records import (
    DigestCitation,
    Disagreement,
    DisagreementSide,
    Event,
    StoryEvent,
)

SENTENCE_DISPUTE_COSINE = 0.5
Key = tuple[str, int]


class Cite:
    """Citations of (article, sentence) pairs, with the sentence spans of the input."""

    def __init__(self, data: DigestInput) -> None:
        self.articles: dict[str, DigestArticle] = {a.article_id: a for a in data.articles}
        self.spans = {
            (a.article_id, s.index): _trimmed(s.start, s.end, a.text)
            for a in data.articles
            for s in a.sentences
        }

    def __call__(self, keys: Sequence[Key]) -> tuple[DigestCitation, ...]:
        out = []
        for aid, idx in sorted(set(keys), key=self.order):
            if (aid, idx) not in self.spans:
                continue
            start, end = self.spans[(aid, idx)]
            out.append(DigestCitation(aid, idx, self.articles[aid].source, start, end))
        return tuple(out)

    def order(self, key: Key) -> tuple[str, str, int]:
        article = self.articles.get(key[0])
        return ((article.published if article else None) or "9999", key[0], key[1])


def _trimmed(start: int, end: int, text: str) -> tuple[int, int]:
    """The span without the sentence's leading and trailing whitespace."""
    raw = text[start:end]
    left = len(raw) - len(raw.lstrip())
    return start + left, start + left + len(raw.strip())


def _side(value: str, keys: Sequence[Key], cite: Cite) -> DisagreementSide:
    citations = cite(keys)
    sources = tuple(sorted({c.source for c in citations if c.source}))
    return DisagreementSide(value, citations, sources)


def _figure(value: float | None, texts: Sequence[str]) -> str:
    """A figure as the sources write it ("1,800", else in words: "a few hundred"), else with
    thousands separators."""
    for text in texts:
        if text and any(ch.isdigit() for ch in text):
            return text
    for text in texts:
        if text and text.strip():
            return text  # "a few hundred" stays words: no figure the source did not give
    return "?" if value is None else f"{value:,.0f}"


def number_disagreements(
    story_events: Sequence[StoryEvent], events: Mapping[str, Event], cite: Cite
) -> list[Disagreement]:
    out = []
    for se in story_events:
        by_kind: dict[str, list[int]] = defaultdict(list)
        for i, claim in enumerate(se.sizes):
            by_kind[claim.kind].append(i)
        for kind, members in sorted(by_kind.items()):
            if len(members) < 2:
                continue
            sides = []
            for claim in (se.sizes[i] for i in members):
                evs = [events[e] for e in claim.event_ids if e in events]
                texts = [e.size.text for e in evs if e.size is not None]
                keys = [
                    (c.article_id, c.sentence)
                    for c in se.citations
                    if c.event_id in claim.event_ids and c.sentence is not None
                ]
                value = _figure(claim.value, texts)
                if claim.vague and not any(ch.isalpha() for ch in value):
                    value = f"at least {value}"
                sides.append(_side(value, keys, cite))
            subject = f"how many {kind} ({se.event}/{se.mode or '-'})"
            out.append(Disagreement("number", subject, tuple(sides)))
    return out


def sentence_number_disagreements(
    units: Sequence[Unit], sim: np.ndarray, data: DigestInput, cite: Cite, known: set[str]
) -> list[Disagreement]:
    """Similar sentences of different reports counting the same noun with different figures."""
    counts: dict[Key, dict[str, tuple[float, str]]] = defaultdict(dict)
    for article in data.articles:
        for q in article.quantities:
            if q.noun and q.value is not None and not q.vague:
                counts[(q.article_id, q.sentence)][q.noun] = (q.value, q.text)
    found: dict[str, dict[str, list[Key]]] = defaultdict(lambda: defaultdict(list))
    for i, a in enumerate(units):
        for j in range(i + 1, len(units)):
            b = units[j]
            if a.article_id == b.article_id or sim[i, j] < SENTENCE_DISPUTE_COSINE:
                continue
            qa, qb = (
                counts.get((a.article_id, a.index), {}),
                counts.get((b.article_id, b.index), {}),
            )
            for noun in sorted(set(qa) & set(qb)):
                if qa[noun][0] != qb[noun][0] and not {qa[noun][1], qb[noun][1]} & known:
                    found[noun][qa[noun][1]].append((a.article_id, a.index))
                    found[noun][qb[noun][1]].append((b.article_id, b.index))
    return [
        Disagreement(
            "number",
            f"how many {noun}",
            tuple(_side(value, keys, cite) for value, keys in sorted(sides.items())),
        )
        for noun, sides in sorted(found.items())
    ]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "prof": "professor",
    "gov": "governor",
    "gen": "general",
    "pres": "president",
    "dr": "doctor",
    "lt": "lieutenant",
    "col": "colonel",
    "sgt": "sergeant",
    "atty": "attorney",
}
IGNORED_WORDS = frozenset({"the", "a", "an", "of", "former", "then", "dear", "acting", "new"})


def _title_words(role: str) -> frozenset[str]:
    words = re.findall(r"\w+", _fold(role))
    return frozenset(ABBREVIATIONS.get(w, w) for w in words) - IGNORED_WORDS


def _formal(role: str) -> bool:
    """A title as written before a name ("Interior Minister"), not a description ("a top aide")."""
    words = [w for w in role.split() if len(w) > 3 and w.lower() not in IGNORED_WORDS]
    return bool(words) and all(w[0].isupper() for w in words)


def _title_groups(found: dict[str, list[Key]]) -> list[list[str]]:
    groups: list[list[str]] = []
    for role in sorted(found, key=lambda r: (-len(found[r]), r)):
        words = _title_words(role)
        group = next(
            (g for g in groups if words <= _title_words(g[0]) or _title_words(g[0]) <= words),
            None,
        )
        if group is None:
            groups.append([role])
        else:
            group.append(role)
    return groups


def title_disagreements(data: DigestInput, cite: Cite) -> list[Disagreement]:
    """One person given formal titles that do not contain each other by different reports (a
    report that uses both titles accepts both)."""
    roles: dict[str, dict[str, list[Key]]] = defaultdict(lambda: defaultdict(list))
    names: dict[str, str] = {}
    for article in data.articles:
        for m in article.mentions:
            if m.label != "PERSON" or not m.role or not _formal(m.role.strip()):
                continue
            name = m.canonical or m.text
            person = _fold(name)
            names.setdefault(person, name)
            roles[person][m.role.strip()].append((m.article_id, m.sentence))
    out = []
    for person, found in sorted(roles.items()):
        groups = _title_groups(found)
        articles = [{k[0] for r in g for k in found[r]} for g in groups]
        disputed = sorted(
            {
                i
                for i, a in enumerate(articles)
                for j, b in enumerate(articles)
                if i != j and a - b and b - a
            }
        )
        if len(disputed) < 2:
            continue
        sides = tuple(
            _side(groups[i][0], [k for r in groups[i] for k in found[r]], cite) for i in disputed
        )
        out.append(Disagreement("title", f"title of {names[person]}", sides))
    return out


def date_disagreements(
    story_events: Sequence[StoryEvent], events: Mapping[str, Event], cite: Cite
) -> list[Disagreement]:
    """A story event that reports date differently (day precision, date stated in the text)."""
    out = []
    for se in story_events:
        dates: dict[str, list[tuple[Key, str]]] = defaultdict(list)
        for c in se.citations:
            event = events.get(c.event_id)
            if event is None or event.date_precision != "day" or not event.date:
                continue
            stated = next((v for v in event.evidence if v.field == "date"), None)
            if stated is not None:
                dates[event.date].append(((event.article_id, stated.sentence), stated.text))
        articles = {k[0] for items in dates.values() for k, _ in items}
        if len(dates) < 2 or len(articles) < 2:
            continue
        sides = tuple(
            _side(sorted({t for _, t in items})[0], [k for k, _ in items], cite)
            for _, items in sorted(dates.items())
        )
        out.append(Disagreement("date", f"date of {se.event}/{se.mode or '-'}", sides))
    return out
