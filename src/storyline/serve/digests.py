"""The digest of a story for the service, made by :mod:`storyline.digest` on request.

:func:`story_digest` loads the story's :class:`~storyline.digest.base.DigestInput` and makes its
:class:`~storyline.records.Digest` (about 0.1 s for a story of a few reports; nothing is cached,
so a page always reflects the stored reports). :func:`digest_view` turns it into plain values for
the story page's template (autoescaped there: no HTML comes from here), with each citation's link
(``/articles/{id}#s{n}``) and the cited sentence's text. The JSON route returns
:func:`storyline.digest.digest_json` as it is.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from storyline.digest import DigestInput, digest_json, make_digest
from storyline.records import Digest, DigestCitation, DigestFact, DigestSource
from storyline.serve.stories_data import citation_link
from storyline.store import Store
from storyline.store.digests import load_digest_input
from storyline.store.rows import Row

log = logging.getLogger(__name__)

#: Digest sections in reading order (attribute, heading; the lead has no heading).
SECTIONS = (
    ("lead", ""),
    ("facts", "Key facts"),
    ("background", "Background"),
    ("summary", "In summary"),
)


@dataclass(frozen=True, slots=True)
class StoryDigest:
    digest: Digest
    source: DigestInput


def story_digest(store: Store, story_id: str) -> StoryDigest:
    """The digest of a story (full id) with the input it was made from."""
    data = load_digest_input(store, story_id=story_id)
    return StoryDigest(make_digest(data), data)


def story_digest_json(store: Store, story_id: str) -> dict[str, Any]:
    """The JSON form of a story's digest (``render_digest(digest, "json")`` as a value)."""
    return dict(digest_json(story_digest(store, story_id).digest))


def _cite(c: DigestCitation, numbers: dict[str, int], texts: dict[tuple[str, int], str]) -> Row:
    return {
        "n": numbers.get(c.article_id),
        "article_id": c.article_id,
        "sentence": c.sentence_index,
        "source": c.source,
        "verbatim": c.verbatim,
        "text": texts.get((c.article_id, c.sentence_index), ""),
        "link": citation_link(c.article_id, c.sentence_index),
    }


def _facts(
    facts: Sequence[DigestFact], numbers: dict[str, int], texts: dict[tuple[str, int], str]
) -> list[Row]:
    return [
        {
            "text": f.text,
            "citations": [_cite(c, numbers, texts) for c in f.citations],
            "disagreements": list(f.disagreements),
        }
        for f in facts
    ]


def digest_view(found: StoryDigest) -> Row:
    """Template values: sections of cited facts, numbered sources, disagreements' sides."""
    digest = found.digest
    numbers = {s.article_id: s.n for s in digest.sources}
    texts = {(a.article_id, s.index): s.text for a in found.source.articles for s in a.sentences}
    sections = [
        {"name": name, "title": title, "facts": _facts(getattr(digest, name), numbers, texts)}
        for name, title in SECTIONS
    ]
    disagreements = [
        {
            "kind": d.kind,
            "subject": d.subject,
            "sides": [
                {
                    "value": side.value,
                    "sources": list(side.sources),
                    "citations": [_cite(c, numbers, texts) for c in side.citations],
                }
                for side in d.sides
            ],
        }
        for d in digest.disagreements
    ]
    return {
        "title": digest.title,
        "sections": [s for s in sections if s["facts"]],
        "sources": [
            {**_source(s), "link": citation_link(s.article_id, None)} for s in digest.sources
        ],
        "disagreements": disagreements,
        "digester": digest.digester,
    }


def _source(s: DigestSource) -> Row:
    return {
        "n": s.n,
        "article_id": s.article_id,
        "publisher": s.publisher,
        "title": s.title,
        "date": s.date,
        "duplicate_of": s.duplicate_of,
    }
