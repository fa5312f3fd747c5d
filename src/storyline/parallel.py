"""Annotate + code events for a batch of articles, in this process or in worker processes.

The expensive part of the pipeline is the spaCy parse. :class:`Analyzer` runs annotate and the
event coder either in-process or, for large inputs, in a pool of worker processes that each load
the model once (``spawn`` start method: no fork of a process holding DuckDB or BLAS threads).
Results are identical either way and come back in input order, so ids and outputs do not depend
on the number of workers.

``workers`` (setting): 1 = always in-process; N > 1 = a pool of N workers; 0 = automatic — the
first :data:`AUTO_WARMUP_BATCHES` batches run in-process (small inputs never pay the pool's
start-up of a few seconds), later batches go to ``min(cpu_count, AUTO_MAX_WORKERS)`` workers.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from storyline.annotate import Annotator, load_annotator
from storyline.events import Coder, load_coder
from storyline.records import AnnotatedArticle, Article, Event
from storyline.settings import Settings

log = logging.getLogger(__name__)

AUTO_WARMUP_BATCHES = 2
AUTO_MAX_WORKERS = 4

#: An annotated article, its events, and the coder's error message if coding failed on it.
Analyzed = tuple[AnnotatedArticle, list[Event], str | None]

# One (annotator, coder) pair per worker process, created by the pool initializer. This is the
# worker's own cache (like a Spark executor's), never touched by the parent process.
_worker_components: tuple[Annotator, Coder] | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_components
    _worker_components = (load_annotator(settings), load_coder(settings))


def _analyze_in_worker(articles: list[Article]) -> list[Analyzed]:
    assert _worker_components is not None, "worker not initialised"
    annotator, coder = _worker_components
    return analyze_with(annotator, coder, articles)


def analyze_with(annotator: Annotator, coder: Coder, articles: Sequence[Article]) -> list[Analyzed]:
    """Annotate ``articles`` and code their events; a coder failure on one article is returned
    as its error message (the pipeline records it as a skip), never raised."""
    out: list[Analyzed] = []
    for annotated in annotator.annotate_many(articles):
        try:
            out.append((annotated, coder.code(annotated), None))
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            log.warning("event coder failed on %s: %r", annotated.article.id, exc)
            out.append((annotated, [], repr(exc)))
    return out


def model_language(model: str) -> str:
    """The ``lang`` of an installed spaCy pipeline package ("en" when it cannot be read)."""
    import spacy.util

    try:
        meta = spacy.util.get_model_meta(spacy.util.get_package_path(model))
    except (ImportError, OSError, ValueError) as exc:
        log.debug("cannot read the metadata of %s: %s", model, exc)
        return "en"
    return str(meta.get("lang", "en"))


def resolve_workers(setting: int) -> int:
    """The pool size for a ``workers`` setting (0 = automatic)."""
    if setting > 0:
        return setting
    return max(1, min(os.cpu_count() or 1, AUTO_MAX_WORKERS))


class Analyzer:
    """Runs annotate + events over batches, in-process or in a worker pool (see module doc)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.workers = resolve_workers(settings.workers)
        self._auto = settings.workers == 0
        self._batches = 0
        self._local: tuple[Annotator, Coder] | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._coder_name: str | None = None
        self._language: str | None = None

    @property
    def local(self) -> tuple[Annotator, Coder]:
        if self._local is None:
            self._local = (load_annotator(self.settings), load_coder(self.settings))
        return self._local

    @property
    def coder_name(self) -> str:
        if self._coder_name is None:
            self._coder_name = (
                self._local[1].name if self._local else load_coder(self.settings).name
            )
        return self._coder_name

    @property
    def language(self) -> str:
        """ISO 639-1 language of the model, read from its metadata without loading it."""
        if self._language is None:
            self._language = model_language(self.settings.model)
        return self._language

    def analyze(self, articles: Sequence[Article]) -> list[Analyzed]:
        """Annotated articles with their events, in input order."""
        self._batches += 1
        if not articles:
            return []
        if not self._use_pool(len(articles)):
            return analyze_with(*self.local, articles)
        return list(self._pooled(list(articles)))

    def _use_pool(self, size: int) -> bool:
        if self.workers <= 1 or size < 2:
            return False
        return not (self._auto and self._batches <= AUTO_WARMUP_BATCHES)

    def _pooled(self, articles: list[Article]) -> Iterator[Analyzed]:
        pool = self._ensure_pool()
        step = -(-len(articles) // self.workers)
        futures: list[Future[list[Analyzed]]] = [
            pool.submit(_analyze_in_worker, articles[i : i + step])
            for i in range(0, len(articles), step)
        ]
        for future in futures:
            yield from future.result()

    def _ensure_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            log.info("starting %d annotation workers", self.workers)
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(self.settings,),
            )
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
