"""Records of the rewrite checker: claims of a rewrite, the source spans that decide them, and
the report.

A *claim* is one checkable statement of the rewrite: a number with what it counts, a date, a
person with a title, words in quotation marks, or the actors and polarity of an event. Each gets a
*verdict*:

- ``supported``: a source states it (the evidence is that statement);
- ``contradicted``: a source states something incompatible about the same thing (a different
  number for the same noun and happening, another title for the same person, another date in the
  matching sentence, the actors swapped, the opposite polarity, quoted words changed);
- ``unsupported``: no source states it (the evidence, when there is one, is the closest thing the
  sources do say, e.g. the person named without that title).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from storyline.records import AnnotatedArticle, Event, stable_id

CHECKER = "check-rules.v1"
ClaimKind = Literal["number", "date", "title", "quote", "event"]
VerdictName = Literal["supported", "unsupported", "contradicted"]
CLAIM_KINDS: tuple[ClaimKind, ...] = ("number", "date", "title", "quote", "event")
VERDICTS: tuple[VerdictName, ...] = ("supported", "unsupported", "contradicted")


@dataclass(frozen=True, slots=True)
class Analyzed:
    """One article after annotate + events, and where it was read from."""

    uri: str
    annotated: AnnotatedArticle
    events: tuple[Event, ...]

    @property
    def text(self) -> str:
        return self.annotated.article.text

    def sentence_text(self, index: int | None) -> str | None:
        sentences = self.annotated.sentences
        return sentences[index].text if index is not None and 0 <= index < len(sentences) else None


@dataclass(frozen=True, slots=True)
class Claim:
    """One claim of the rewrite: a char span of its text and what it states (``value``)."""

    id: str
    kind: ClaimKind
    sentence: int
    start: int
    end: int
    text: str  # the claim's span in the rewrite
    summary: str  # what is claimed, readable: "103 prisoner", "Diosdado Cabello: interior minister"
    value: dict[str, Any] = field(default_factory=dict)  # kind-specific fields (docs/formats.md)

    @staticmethod
    def make_id(article_id: str, kind: str, start: int, end: int) -> str:
        return stable_id(article_id, "claim", kind, str(start), str(end))


@dataclass(frozen=True, slots=True)
class SourceSpan:
    """The span of a source that decides a claim. ``sentence`` is None for article metadata
    (the publication date)."""

    source: int  # 1-based position of the source in the command line
    article_id: str
    sentence: int | None
    start: int
    end: int
    text: str
    sentence_text: str | None = None
    sentence_start: int | None = None


@dataclass(frozen=True, slots=True)
class Verdict:
    claim: Claim
    verdict: VerdictName
    reason: str
    evidence: SourceSpan | None = None


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    uri: str
    article_id: str
    title: str | None
    source: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class CheckReport:
    rewrite: ArticleInfo
    sources: tuple[ArticleInfo, ...]
    verdicts: tuple[Verdict, ...]
    checker: str = CHECKER

    @property
    def counts(self) -> dict[str, int]:
        return {v: sum(1 for x in self.verdicts if x.verdict == v) for v in VERDICTS}

    @property
    def ok(self) -> bool:
        """True when every claim is supported."""
        return all(v.verdict == "supported" for v in self.verdicts)

    @property
    def flagged(self) -> tuple[Verdict, ...]:
        return tuple(v for v in self.verdicts if v.verdict != "supported")


def info_of(item: Analyzed) -> ArticleInfo:
    article = item.annotated.article
    return ArticleInfo(
        uri=item.uri,
        article_id=article.id,
        title=article.title,
        source=article.source,
        published=article.published.date if article.published else None,
    )
