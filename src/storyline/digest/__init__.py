"""Digest stage: a cited, extractive news brief of a story or an article.

- :func:`make_digest` (``lexrank-extractive.v1``) -- lead, key facts, background, "in summary",
  sources and the disagreements between sources; pure (no store access) and deterministic.
- :func:`render_digest` -- Markdown, HTML (all article text escaped) or JSON.

Read the input from a store with :func:`storyline.store.digests.load_digest_input`.
"""

from __future__ import annotations

from storyline.digest.base import DigestArticle, DigestInput
from storyline.digest.compose import NAME, make_digest
from storyline.digest.render import FORMATS, digest_json, render_digest

__all__ = [
    "FORMATS",
    "NAME",
    "DigestArticle",
    "DigestInput",
    "digest_json",
    "make_digest",
    "render_digest",
]
