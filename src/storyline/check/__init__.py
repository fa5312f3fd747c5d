"""Rewrite checker: every claim of a rewritten article, checked against its original(s).

``check_files(rewrite, sources, settings=...)`` reads files (any supported input format, ``-`` for
the rewrite on stdin) through the ingest and extract stages, annotates them and codes their
events; ``check_texts`` does the same for strings; ``check_analyzed`` compares already analyzed
articles. Each returns a :class:`CheckReport` whose ``ok`` is False when any claim is unsupported
or contradicted. Claims and verdict rules: :mod:`.claims`, :mod:`.verdicts`, :mod:`.people`,
:mod:`.actors`, :mod:`.sides`, :mod:`.titles`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import BinaryIO

from storyline.check.actors import judge_event
from storyline.check.align import Doc, SourceIndex
from storyline.check.base import (
    CHECKER,
    CLAIM_KINDS,
    VERDICTS,
    Analyzed,
    ArticleInfo,
    CheckReport,
    Claim,
    SourceSpan,
    Verdict,
    info_of,
)
from storyline.check.claims import Extracted, extract_claims
from storyline.check.people import judge_title
from storyline.check.sides import swapped_sides
from storyline.check.titles import inserted_titles
from storyline.check.verdicts import judge_date, judge_number, judge_quote
from storyline.errors import InputError
from storyline.records import Article, Document, Skipped
from storyline.settings import Settings

log = logging.getLogger(__name__)

__all__ = [
    "CHECKER",
    "CLAIM_KINDS",
    "VERDICTS",
    "Analyzed",
    "ArticleInfo",
    "CheckReport",
    "Claim",
    "SourceSpan",
    "Verdict",
    "analyze_articles",
    "check_analyzed",
    "check_files",
    "check_texts",
    "read_articles",
]


def _judge(x: Extracted, doc: Doc, index: SourceIndex) -> Verdict:
    kind = x.claim.kind
    if kind == "number":
        return judge_number(x, index)
    if kind == "date":
        return judge_date(x, index)
    if kind == "title":
        return judge_title(x, doc, index)
    if kind == "quote":
        return judge_quote(x, index)
    return judge_event(x, doc, index)


def check_analyzed(rewrite: Analyzed, sources: Sequence[Analyzed]) -> CheckReport:
    """Claims of ``rewrite`` with their verdicts against ``sources``."""
    if not sources:
        raise InputError("no source article to check the rewrite against")
    index = SourceIndex(list(sources))
    doc = Doc(rewrite)
    verdicts = [_judge(x, doc, index) for x in extract_claims(rewrite)]
    titled = {(v.claim.start, v.claim.end) for v in verdicts if v.claim.kind == "title"}
    verdicts += [
        v for v in inserted_titles(doc, index)
        if not any(s < v.claim.end and v.claim.start < e for s, e in titled)
    ]  # fmt: skip
    merged = _with_swaps(verdicts, swapped_sides(doc, index))
    return CheckReport(info_of(rewrite), tuple(info_of(s) for s in sources), merged)


def _with_swaps(verdicts: list[Verdict], swaps: list[Verdict]) -> tuple[Verdict, ...]:
    """Verdicts with the reverse check's swapped events (:mod:`.sides`): a swap replaces a
    supported event claim at the same trigger word, or is added when the coder coded none."""
    out = list(verdicts)
    for swap in swaps:
        at = [
            i for i, v in enumerate(out)
            if v.claim.kind == "event" and v.claim.start < swap.claim.end
            and swap.claim.start < v.claim.end
        ]  # fmt: skip
        if any(out[i].verdict != "supported" for i in at):
            continue
        for i in reversed(at):
            del out[i]
        out.append(swap)
    order = {"number": 0, "date": 1, "title": 2, "quote": 3, "event": 4}
    return tuple(sorted(out, key=lambda v: (v.claim.start, order[v.claim.kind], v.claim.end)))


def read_articles(
    paths: Sequence[str], settings: Settings, *, stdin: BinaryIO | None = None
) -> list[tuple[str, Article]]:
    """(uri, article) for every item of the inputs; an unreadable input is an InputError."""
    from storyline.extract import extract_article, load_extractor
    from storyline.ingest import iter_documents

    extractor = load_extractor(settings)
    found: list[tuple[str, Article]] = []
    for item in iter_documents(list(paths), settings=settings, stdin=stdin):
        if isinstance(item, Skipped):
            raise InputError(f"cannot read {item.uri}: {item.reason} ({item.detail})")
        found.append((item.uri, extract_article(item, settings, extractor)))
    return found


def analyze_articles(articles: Sequence[tuple[str, Article]], settings: Settings) -> list[Analyzed]:
    """Annotate articles (one spaCy pass) and code their events."""
    from storyline.annotate import load_annotator
    from storyline.events import load_coder

    coder = load_coder(settings)
    annotated = load_annotator(settings).annotate_many(a for _, a in articles)
    return [
        Analyzed(uri, ann, tuple(coder.code(ann)))
        for (uri, _), ann in zip(articles, annotated, strict=True)
    ]


def _dated_like(rewrite: Article, sources: Sequence[tuple[str, Article]]) -> Article:
    """A rewrite without a publication date takes the first source's, so that its relative
    dates ("on Tuesday") resolve the same way."""
    if rewrite.published is not None:
        return rewrite
    dated = next((a.published for _, a in sources if a.published is not None), None)
    return replace(rewrite, published=dated) if dated else rewrite


def _check(
    rewrite: list[tuple[str, Article]], sources: list[tuple[str, Article]], settings: Settings
) -> CheckReport:
    if len(rewrite) != 1:
        where = rewrite[0][0] if rewrite else "the rewrite input"
        raise InputError(f"the rewrite must be one article; {where} holds {len(rewrite)}")
    if not sources:
        raise InputError("no source article could be read; pass at least one --source")
    uri, article = rewrite[0]
    analyzed = analyze_articles([(uri, _dated_like(article, sources)), *sources], settings)
    return check_analyzed(analyzed[0], analyzed[1:])


def check_files(
    rewrite: str,
    sources: Sequence[str],
    *,
    settings: Settings,
    stdin: BinaryIO | None = None,
) -> CheckReport:
    """Check the rewrite file (or ``-`` for stdin) against the source files."""
    return _check(
        read_articles([rewrite], settings, stdin=stdin), read_articles(sources, settings), settings
    )


def _text_article(text: str, name: str, settings: Settings) -> tuple[str, Article]:
    from storyline.extract import extract_article

    raw = text.encode("utf-8")
    doc = Document(Document.make_id(raw), name, "", "text/plain", raw, {})
    return name, extract_article(doc, settings)


def check_texts(
    rewrite: str,
    sources: Sequence[str],
    *,
    settings: Settings | None = None,
    published: str | None = None,
) -> CheckReport:
    """Check a rewrite given as text against source texts."""
    resolved = (
        (settings or Settings()).replace(published=published)
        if published
        else (settings or Settings())
    )
    srcs = [_text_article(t, f"<source {i + 1}>", resolved) for i, t in enumerate(sources)]
    return _check([_text_article(rewrite, "<rewrite>", resolved)], srcs, resolved)
