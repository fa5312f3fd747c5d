"""Wires the stages: ingest -> extract -> (dedup) -> annotate -> events -> store.

:class:`Pipeline` holds the loaded components (the spaCy model is loaded once) and processes
inputs in batches. Bad items never stop a batch: they become :class:`Skipped` records, are stored
and counted. Everything is keyed by content ids, so running the same input twice leaves the
database unchanged; documents already processed by the same component versions are not
re-processed ("unchanged").
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from typing import BinaryIO

from storyline.clustering import StoryUpdater
from storyline.errors import StorylineError
from storyline.extract import extract_or_skip, load_extractor
from storyline.ingest import expand_inputs, iter_documents
from storyline.parallel import AUTO_WARMUP_BATCHES, Analyzed, Analyzer
from storyline.records import Article, Document, Skipped
from storyline.settings import Settings
from storyline.store import Store
from storyline.store.rows import (
    Row,
    article_row,
    child_rows,
    document_row,
    event_row,
    skip_row,
)

log = logging.getLogger(__name__)

ProgressFn = Callable[[int], None]

#: How far ahead (in batches) the pipeline reads to decide whether to start workers at once.
LOOKAHEAD_BATCHES = AUTO_WARMUP_BATCHES


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did. ``read`` counts input items (documents and unreadable items)."""

    read: int = 0
    articles: int = 0
    unchanged: int = 0
    duplicates: int = 0
    not_annotated: int = 0  # articles in a language the model does not cover
    events: int = 0
    stories: int = 0  # stories started by this run
    stories_updated: int = 0  # stories that got new articles (new ones included)
    skipped: list[Skipped] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)

    @property
    def skip_reasons(self) -> dict[str, int]:
        return dict(sorted(Counter(s.reason for s in self.skipped).items()))

    def as_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "articles": self.articles,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "not_annotated": self.not_annotated,
            "events": self.events,
            "stories": self.stories,
            "stories_updated": self.stories_updated,
            "skipped": len(self.skipped),
            "skip_reasons": self.skip_reasons,
        }


@dataclass(slots=True)
class _InFlight:
    """A batch whose analysis was submitted and is not stored yet."""

    articles: list[Article]
    future: Future[list[Analyzed]]
    skip_at: int  # where this batch's analysis skips go in ``report.skipped``


class Pipeline:
    """Loaded components plus a store; call :meth:`run` with input paths.

    Batches are pipelined: while a worker process parses batch N, this process reads, extracts
    and de-duplicates batch N+1 and stores the batches whose analysis came back, in submission
    order. Whenever a new batch depends on one still in flight (the same document, or the same
    text as an original not stored yet), the batches in flight are stored first, so every
    lookup sees what the sequential pipeline would see and the outputs are the same.
    """

    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        self.store = store
        self.extractor = load_extractor(settings)
        self.analyzer = Analyzer(settings, keep_tokens=False)  # the store keeps no tokens
        self.stories = StoryUpdater(settings, store)
        self._similarity: dict[str, float] = {}  # near-duplicate id -> estimated similarity
        self._in_flight: deque[_InFlight] = deque()

    def close(self) -> None:
        """Stop worker processes, if any were started."""
        self.analyzer.close()

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(
        self,
        inputs: Sequence[str],
        *,
        stdin: BinaryIO | None = None,
        progress: ProgressFn | None = None,
    ) -> IngestReport:
        return self.run_documents(self._items(inputs, stdin, progress))

    def run_documents(self, items: Iterable[Document | Skipped]) -> IngestReport:
        """Process Documents built elsewhere (e.g. pages fetched by ``storyline watch``)."""
        report = IngestReport()
        self._in_flight.clear()  # what a run that raised left behind is not this run's
        batch: list[Document] = []
        for item in self._read_ahead(items):
            report.read += 1
            if isinstance(item, Skipped):
                self._skip(report, item)
                continue
            batch.append(item)
            if len(batch) >= self.settings.batch_size:
                self._process(batch, report)
                batch = []
        self._process(batch, report)
        self._store_analyzed(report, wait=True)
        update = self.stories.update(report.article_ids)
        report.stories, report.stories_updated = update.new_stories, len(update.updated_stories)
        return report

    def _read_ahead(self, items: Iterable[Document | Skipped]) -> Iterator[Document | Skipped]:
        """``items``, read :data:`LOOKAHEAD_BATCHES` batches ahead of the caller: when the
        input is longer, the analyzer's worker pool starts loading its model at once (while
        this process works through the first batches); when the rest of the input is read, the
        analyzer is told, so that workers and this process finish the last batches together."""
        ahead: deque[Document | Skipped] = deque()
        documents = 0  # documents in ``ahead``
        self.analyzer.input_ending = False
        for item in items:
            ahead.append(item)
            documents += isinstance(item, Document)
            if documents > LOOKAHEAD_BATCHES * self.settings.batch_size:
                self.analyzer.start_early(documents)
                while documents > LOOKAHEAD_BATCHES * self.settings.batch_size:
                    first = ahead.popleft()
                    documents -= isinstance(first, Document)
                    yield first
        self.analyzer.input_ending = True
        yield from ahead

    def _items(
        self, inputs: Sequence[str], stdin: BinaryIO | None, progress: ProgressFn | None
    ) -> Iterator[Document | Skipped]:
        for path in expand_inputs(inputs):
            yield from iter_documents([path], settings=self.settings, stdin=stdin)
            if progress is not None:
                progress(1)

    def _skip(self, report: IngestReport, skip: Skipped, *, batch: _InFlight | None = None) -> None:
        """Record a skip; one found when a ``batch`` comes back from analysis is listed where the
        batch was submitted (the order of the sequential pipeline)."""
        if batch is None:
            report.skipped.append(skip)
        else:
            report.skipped.insert(batch.skip_at, skip)
            for later in (batch, *self._in_flight):
                later.skip_at += 1
        self.store.upsert("skips", [skip_row(skip)])
        log.info("skipped %s (%s): %s", skip.uri, skip.reason, skip.detail)

    def _process(self, docs: list[Document], report: IngestReport) -> None:
        if not docs:
            return
        self.store.insert_new("documents", [document_row(d) for d in docs])
        self._settle(report, {d.id for d in docs}, "document_id")
        done = self._already_processed([d.id for d in docs])
        articles: list[Article] = []
        for doc in docs:
            if doc.id in done:
                report.unchanged += 1
                continue
            article = self._extract(doc, report)
            if article is not None:
                articles.append(article)
        self._store_articles(self._link_duplicates(articles, report), report)

    def _already_processed(self, doc_ids: list[str]) -> set[str]:
        rows = self.store.query(
            "SELECT document_id FROM articles WHERE list_contains(?, document_id) "
            "AND extractor = ? AND (duplicate_of IS NOT NULL OR coder = ? OR annotator IS NULL)",
            [doc_ids, self.extractor.name, self.settings.coder],
        )
        return {str(r["document_id"]) for r in rows}

    def _extract(self, doc: Document, report: IngestReport) -> Article | None:
        result = extract_or_skip(doc, self.settings, self.extractor)
        if isinstance(result, Skipped):
            self._skip(report, result)
            return None
        return result

    def _link_duplicates(self, articles: list[Article], report: IngestReport) -> list[Article]:
        """Mark exact duplicates (same normalized text) and near-duplicates (MinHash LSH) of a
        stored or earlier article; they are stored like exact duplicates (not annotated)."""
        seen: dict[str, str] = {}
        out: list[Article] = []
        stored = self._stored_canonicals({a.dup_key for a in articles}, report)
        for article in articles:
            canonical = seen.get(article.dup_key) or stored.get(article.dup_key)
            near = None if canonical else self.stories.near_duplicate_of(article)
            if near is not None:
                canonical, self._similarity[article.id] = near
            if canonical is not None and canonical != article.id:
                out.append(replace(article, duplicate_of=canonical))
                report.duplicates += 1
            else:
                seen[article.dup_key] = article.id
                self.stories.add_canonical(article)
                out.append(article)
        return out

    def _stored_canonicals(self, dup_keys: set[str], report: IngestReport) -> dict[str, str]:
        """``Store.canonical_for`` of each key, in one query (the batch writes nothing before
        its last lookup, so asking first gives the same answers)."""
        if not dup_keys:
            return {}
        self._settle(report, dup_keys, "dup_key")
        rows = self.store.query(
            "SELECT dup_key, min(id) AS id FROM articles WHERE list_contains(?, dup_key) "
            "AND duplicate_of IS NULL GROUP BY dup_key",
            [sorted(dup_keys)],
        )
        return {str(r["dup_key"]): str(r["id"]) for r in rows}

    def _store_articles(self, articles: list[Article], report: IngestReport) -> None:
        originals = [a for a in articles if a.duplicate_of is None]
        language = self.analyzer.language
        to_annotate = [a for a in originals if (a.language or language) == language]
        other = [a for a in articles if a not in to_annotate]
        with self.store.transaction():
            self.store.upsert(
                "articles",
                [
                    article_row(a, similarity=self._similarity.get(a.id, 1.0))
                    if a.duplicate_of
                    else article_row(a)
                    for a in other
                ],
            )
        report.not_annotated += sum(1 for a in other if a.duplicate_of is None)
        report.articles += len(originals)
        report.article_ids.extend(a.id for a in articles)
        self._submit(to_annotate, report)

    def _submit(self, articles: list[Article], report: IngestReport) -> None:
        """Hand a batch to the analyzer (a worker, or this process at once), then store every
        batch whose analysis is done, in submission order."""
        try:
            future = self.analyzer.submit(articles)
        except StorylineError:
            raise
        except (ValueError, RuntimeError) as exc:  # reported when the batch is stored
            future = Future()
            future.set_exception(exc)
        self._in_flight.append(_InFlight(articles, future, len(report.skipped)))
        self._store_analyzed(report, wait=False)

    def _store_analyzed(self, report: IngestReport, *, wait: bool) -> None:
        """Store the analysed batches at the head of the queue (with ``wait``: all of them)."""
        while self._in_flight and (wait or self._in_flight[0].future.done()):
            batch = self._in_flight.popleft()
            self._store_annotated(self._analyzed(batch, report), report, batch)

    def _settle(self, report: IngestReport, keys: set[str], attr: str) -> None:
        """Store the batches in flight first if one holds an original with one of these
        ``document_id``s or ``dup_key``s (``attr``), so the store answers lookups about it."""
        if any(getattr(a, attr) in keys for b in self._in_flight for a in b.articles):
            self._store_analyzed(report, wait=True)

    def _analyzed(self, batch: _InFlight, report: IngestReport) -> list[Analyzed]:
        try:
            return batch.future.result()
        except StorylineError:
            raise
        except (ValueError, RuntimeError) as exc:  # a model or coder failure on this batch
            log.warning("analysis failed on a batch of %d articles: %s", len(batch.articles), exc)
            for article in batch.articles:
                self._skip(
                    report,
                    Skipped.make(
                        article.url or article.document_id,
                        "annotate",
                        "annotation-failed",
                        str(exc),
                    ),
                    batch=batch,
                )
            return []

    def _store_annotated(
        self, batch: list[Analyzed], report: IngestReport, in_flight: _InFlight
    ) -> None:
        """Write a whole analysed batch in one transaction (one statement per table)."""
        rows: dict[str, list[Row]] = defaultdict(list)
        coder = self.analyzer.coder_name
        for annotated, events, error in batch:
            if error is not None:
                uri = annotated.article.url or annotated.article.document_id
                self._skip(
                    report, Skipped.make(uri, "events", "coder-failed", error), batch=in_flight
                )
            rows["articles"].append(
                article_row(annotated.article, annotated=annotated, coder=coder)
            )
            for table, child in child_rows(annotated).items():
                rows[table].extend(child)
            rows["events"].extend(event_row(e) for e in events)
            report.events += len(events)
        with self.store.transaction():
            self.store.replace_article_children([a.article.id for a, _, _ in batch])
            for table, table_rows in rows.items():
                self.store.upsert(table, table_rows)


def process(
    inputs: Sequence[str],
    *,
    settings: Settings,
    stdin: BinaryIO | None = None,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """Ingest ``inputs`` (files, directories, globs or ``-``) into ``settings.db``."""
    with Store(settings.db) as store, Pipeline(settings, store) as pipeline:
        return pipeline.run(inputs, stdin=stdin, progress=progress)
