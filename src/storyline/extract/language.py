"""Offline language identification with py3langid (ISO 639-1 codes)."""

from __future__ import annotations

import py3langid

SAMPLE_CHARS = 5000


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (a best guess for very short text); None if empty."""
    sample = text[:SAMPLE_CHARS].strip()
    if not sample:
        return None
    code, _score = py3langid.classify(sample)
    return str(code) if code else None
