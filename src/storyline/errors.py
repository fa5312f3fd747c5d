"""The one exception tree of storyline.

::

    StorylineError
    ├── ConfigError            bad setting, unknown component, invalid option value
    ├── InputError             an input path or item cannot be read or understood
    │   ├── UnsupportedFormat  no reader for this content
    │   └── ItemTooLarge       over the documented size limit
    ├── ExtractionError        no article text could be extracted from a document
    ├── AnnotationError        the NLP model failed or is missing
    ├── StoreError             the database cannot be opened, migrated or written
    │   └── NotFound           a requested id is not in the store
    └── EvaluationError        a gold dataset is missing or malformed

Messages say what failed, on which input, and what the valid choices are. Inside a batch, errors
about a single item are turned into :class:`storyline.records.Skipped` records; they never stop it.
"""

from __future__ import annotations


class StorylineError(Exception):
    """Root of every error storyline raises on purpose."""

    reason: str = "error"


class ConfigError(StorylineError):
    reason = "config"


class InputError(StorylineError):
    reason = "unreadable"

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(message)
        if reason is not None:
            self.reason = reason


class UnsupportedFormat(InputError):
    reason = "unsupported-format"


class ItemTooLarge(InputError):
    reason = "too-large"


class ExtractionError(StorylineError):
    reason = "no-text"

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(message)
        if reason is not None:
            self.reason = reason


class AnnotationError(StorylineError):
    reason = "annotation-failed"


class StoreError(StorylineError):
    reason = "store"


class NotFound(StoreError):
    reason = "not-found"


class EvaluationError(StorylineError):
    reason = "evaluation"
