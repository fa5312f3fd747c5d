"""Sentence units of a digest: centrality (LexRank over TF-IDF), and clusters of sentences that
state the same fact across reports.

A *unit* is one source sentence. Units are scored by continuous LexRank (power iteration over
the thresholded cosine-similarity graph of their TF-IDF vectors), boosted for sentences that carry
an event, a number or named actors, and for early positions in their article. Units from
different reports that are near-identical (cosine >= :data:`SAME_FACT_COSINE` or token overlap
>= :data:`SAME_FACT_OVERLAP`) *and* state the same numbers are one fact, cited by every report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from storyline.digest.base import DigestArticle, DigestInput

MIN_WORDS, MAX_WORDS = 6, 70
LEXRANK_THRESHOLD = 0.1
DAMPING = 0.85
SAME_FACT_COSINE = 0.6
SAME_FACT_OVERLAP = 0.8
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
BYLINE = re.compile(r"(?:by|from|updated|published|posted)\b", re.IGNORECASE)
NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
WORD = re.compile(r"\w+", re.UNICODE)
JUNK = re.compile(
    r"https?://|www\.|copyright|all rights reserved|click here|subscribe|newsletter|"
    r"cookies?\b|javascript|sign up|advertisement|\bemail\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Unit:
    """One candidate source sentence."""

    article_id: str
    source: str | None
    order: int  # position of the article in the input (oldest first)
    index: int  # sentence index in the article
    start: int
    end: int
    text: str
    numbers: frozenset[str]
    has_event: bool
    entities: int


def numbers_in(text: str) -> frozenset[str]:
    """The numbers written in digits in ``text``, normalised ("1,800" -> "1800")."""
    return frozenset(n.replace(",", "") for n in NUMBER.findall(text))


def _qualifies(text: str) -> bool:
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS or text.rstrip().endswith("?"):
        return False
    if "\n" in text or BYLINE.match(text):
        return False  # a heading, dateline or byline run into a sentence
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return False  # a fragment of a quotation split across sentences
    return not JUNK.search(text) and sum(c.isalpha() for c in text) >= 0.6 * len(text.strip())


def units_of(data: DigestInput) -> list[Unit]:
    """The qualifying sentences of every annotated report, in article then sentence order."""
    out: list[Unit] = []
    for order, article in enumerate(data.articles):
        if article.duplicate_of:
            continue
        out.extend(_article_units(article, order))
    return out


def _article_units(article: DigestArticle, order: int) -> list[Unit]:
    event_sentences = {v.sentence for e in article.events for v in e.evidence}
    entities: dict[int, int] = {}
    for m in article.mentions:
        if m.label in ENTITY_LABELS:
            entities[m.sentence] = entities.get(m.sentence, 0) + 1
    units = []
    for s in article.sentences:
        raw = article.text[s.start : s.end]
        text = raw.strip()
        if raw != s.text or not _qualifies(text):
            continue
        start = s.start + (len(raw) - len(raw.lstrip()))
        units.append(
            Unit(
                article_id=article.article_id,
                source=article.source,
                order=order,
                index=s.index,
                start=start,
                end=start + len(text),
                text=text,
                numbers=numbers_in(text),
                has_event=s.index in event_sentences,
                entities=entities.get(s.index, 0),
            )
        )
    return units


def similarity(units: Sequence[Unit]) -> np.ndarray:
    """Cosine similarity of the units' TF-IDF vectors (identity when there is no vocabulary)."""
    if not units:
        return np.zeros((0, 0))
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform([u.text for u in units])
    except ValueError:  # empty vocabulary: only stop words
        return np.eye(len(units))
    sim = (matrix @ matrix.T).toarray()
    return np.asarray(np.round(sim, 9))


def lexrank(sim: np.ndarray) -> np.ndarray:
    """Continuous LexRank scores (they sum to the number of units)."""
    n = sim.shape[0]
    if n == 0:
        return np.zeros(0)
    weights = np.where(sim >= LEXRANK_THRESHOLD, sim, 0.0)
    np.fill_diagonal(weights, 0.0)
    rows = weights.sum(axis=1, keepdims=True)
    transition = np.divide(weights, rows, out=np.full_like(weights, 1.0 / n), where=rows > 0)
    scores = np.full(n, 1.0 / n)
    for _ in range(100):
        new = (1 - DAMPING) / n + DAMPING * transition.T @ scores
        if np.abs(new - scores).sum() < 1e-10:
            scores = new
            break
        scores = new
    return np.asarray(np.round(scores * n, 9))


def scores(units: Sequence[Unit], sim: np.ndarray) -> list[float]:
    """Centrality boosted for events, numbers, named actors and early positions."""
    central = lexrank(sim)
    out = []
    for u, c in zip(units, central, strict=True):
        boost = 1.0 + 0.3 * u.has_event + 0.15 * bool(u.numbers) + 0.1 * min(u.entities, 3)
        position = 1.0 if u.index < 3 else 1.0 / (1.0 + 0.08 * (u.index - 2))
        quote = 0.75 if u.text.lstrip()[:1] in "\"“'‘" else 1.0
        out.append(round(float(c) * boost * position * quote, 6))
    return out


def _overlap(a: str, b: str) -> float:
    x, y = set(WORD.findall(a.casefold())), set(WORD.findall(b.casefold()))
    return len(x & y) / max(1, min(len(x), len(y)))


def same_fact(a: Unit, b: Unit, cosine: float) -> bool:
    """Near-identical sentences of different reports stating the same numbers."""
    if a.article_id == b.article_id or a.numbers != b.numbers:
        return False
    return cosine >= SAME_FACT_COSINE or _overlap(a.text, b.text) >= SAME_FACT_OVERLAP


def fact_clusters(units: Sequence[Unit], sim: np.ndarray) -> list[list[int]]:
    """Groups of unit indexes stating the same fact (union-find; each group sorted)."""
    parent = list(range(len(units)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(units)):
        for j in range(i + 1, len(units)):
            if same_fact(units[i], units[j], float(sim[i, j])):
                a, b = find(i), find(j)
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(len(units)):
        groups.setdefault(find(i), []).append(i)
    return [sorted(g) for _, g in sorted(groups.items())]
