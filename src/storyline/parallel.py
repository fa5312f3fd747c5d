"""Annotate + code events for batches of articles, in this process and in worker processes.

The expensive part of the pipeline is the spaCy parse. :class:`Analyzer` runs annotate and the
event coder on whole batches, either in this process or in a pool of worker processes that each
load the model once (``spawn`` start method: no fork of a process holding DuckDB or BLAS
threads). :meth:`Analyzer.submit` never waits for a worker: a batch goes to the pool only when a
worker is ready (its model loaded) and has fewer than :data:`QUEUED_PER_WORKER` batches queued;
otherwise this process analyses it at once. So this process is one of the ``workers`` (the pool
holds ``workers - 1`` processes), the pool's start-up overlaps with work done here, and the
caller can prepare and store other batches while the pool parses. Results are identical either
way and come back per batch, so ids and outputs do not depend on the number of workers.

``workers`` (setting): 1 = always in-process; N > 1 = this process plus a pool of N - 1; 0 =
automatic — the first :data:`AUTO_WARMUP_BATCHES` batches run in-process (small inputs never
pay the pool's start-up of a few seconds), then ``min(cpu_count, AUTO_MAX_WORKERS)`` processes.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import replace

from storyline.annotate import Annotator, load_annotator
from storyline.events import Coder, load_coder
from storyline.records import AnnotatedArticle, Article, Event
from storyline.settings import Settings

log = logging.getLogger(__name__)

AUTO_WARMUP_BATCHES = 2
AUTO_MAX_WORKERS = 4
#: Batches queued per pool worker (one parsing, one waiting), so a worker never waits for work.
QUEUED_PER_WORKER = 2

#: An annotated article, its events, and the coder's error message if coding failed on it.
Analyzed = tuple[AnnotatedArticle, list[Event], str | None]

# One (annotator, coder) pair per worker process, created by the pool initializer. This is the
# worker's own cache (like a Spark executor's), never touched by the parent process.
_worker_components: tuple[Annotator, Coder] | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_components
    _worker_components = (load_annotator(settings), load_coder(settings))


def _worker_ready() -> bool:
    """Runs in a worker once its initializer has loaded the model."""
    return _worker_components is not None


def _analyze_in_worker(articles: list[Article], keep_tokens: bool) -> list[Analyzed]:
    assert _worker_components is not None, "worker not initialised"
    annotator, coder = _worker_components
    return analyze_with(annotator, coder, articles, keep_tokens=keep_tokens)


def analyze_with(
    annotator: Annotator,
    coder: Coder,
    articles: Sequence[Article],
    *,
    keep_tokens: bool = True,
) -> list[Analyzed]:
    """Annotate ``articles`` and code their events; a coder failure on one article is returned
    as its error message (the pipeline records it as a skip), never raised. With
    ``keep_tokens=False`` the annotated articles come back without their token records (the
    coder has used them; the store does not keep them), which makes them cheap to send between
    processes."""
    out: list[Analyzed] = []
    with _gc_paused():
        for annotated in annotator.annotate_many(articles):
            try:
                item: Analyzed = (annotated, coder.code(annotated), None)
            except (ValueError, KeyError, IndexError, TypeError) as exc:
                log.warning("event coder failed on %s: %r", annotated.article.id, exc)
                item = (annotated, [], repr(exc))
            if not keep_tokens:
                item = (replace(annotated, tokens=()), item[1], item[2])
            out.append(item)
    return out


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection during one batch: the parse allocates many objects, and the
    collector would otherwise scan the loaded model again and again (a few % of the time); the
    batch's garbage is collected after it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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
    """The number of analysing processes (this one included) for a ``workers`` setting
    (0 = automatic)."""
    if setting > 0:
        return setting
    return max(1, min(os.cpu_count() or 1, AUTO_MAX_WORKERS))


def _done(result: list[Analyzed]) -> Future[list[Analyzed]]:
    future: Future[list[Analyzed]] = Future()
    future.set_result(result)
    return future


class Analyzer:
    """Runs annotate + events over batches, in-process and in a worker pool (see module doc).

    ``keep_tokens=False`` drops the token records from the results (see :func:`analyze_with`).
    """

    def __init__(self, settings: Settings, *, keep_tokens: bool = True) -> None:
        self.settings = settings
        self.keep_tokens = keep_tokens
        self.workers = resolve_workers(settings.workers)
        self._auto = settings.workers == 0
        self._batches = 0
        self._local: tuple[Annotator, Coder] | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._ready: Future[bool] | None = None  # done once a pool worker has its model
        self._queued: list[Future[list[Analyzed]]] = []
        self.pooled_batches = 0  # batches sent to the pool so far
        # Set by the caller once it has read its whole input (a few batches remain to submit):
        # then at most one batch is queued per worker, so workers do not finish long after us.
        self.input_ending = False
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
        """Annotated articles with their events, in input order (waits for them)."""
        return self.submit(articles).result()

    def submit(self, articles: Sequence[Article]) -> Future[list[Analyzed]]:
        """Start analysing one batch: in a pool worker when one is free, else here and now (the
        future is then done). Errors of the analysis are raised by the future's ``result()``."""
        self._batches += 1
        if articles and self._use_pool(len(articles)):
            pool = self._ensure_pool()
            if self._worker_free():
                future = pool.submit(_analyze_in_worker, list(articles), self.keep_tokens)
                self._queued.append(future)
                self.pooled_batches += 1
                return future
        if not articles:
            return _done([])
        return _done(analyze_with(*self.local, articles, keep_tokens=self.keep_tokens))

    def start_early(self, articles: int) -> None:
        """Start the pool now (without waiting) if an input of ``articles`` will use it: with
        ``workers`` > 1, and in automatic mode when it is longer than the warm-up batches."""
        warmup = AUTO_WARMUP_BATCHES * self.settings.batch_size if self._auto else 0
        if self.workers > 1 and articles > warmup:
            self._ensure_pool()

    def start_pool(self) -> Future[bool]:
        """Start the worker pool now (without waiting); the future is done once a worker has
        loaded its model."""
        self._ensure_pool()
        assert self._ready is not None
        return self._ready

    def _use_pool(self, size: int) -> bool:
        if self.workers <= 1 or size < 2:
            return False
        if self._pool is not None:
            return True
        return not (self._auto and self._batches <= AUTO_WARMUP_BATCHES)

    def _worker_free(self) -> bool:
        if self._ready is None or not self._ready.done():
            return False
        self._queued = [f for f in self._queued if not f.done()]
        per_worker = 1 if self.input_ending else QUEUED_PER_WORKER
        return len(self._queued) < (self.workers - 1) * per_worker

    def _ensure_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            log.info("starting %d annotation workers", self.workers - 1)
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers - 1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(self.settings,),
            )
            self._ready = self._pool.submit(_worker_ready)
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
            self._ready = None
            self._queued = []
