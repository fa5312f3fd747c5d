"""Per-partition work of a batch, shared by the local and the Spark engine (no Spark imports).

The two steps, each a function over an iterator (a Spark partition or the whole local input):

1. :func:`extract_partition`: input files (bytes) -> Articles or Skipped, with the ingest readers
   and the configured extractor (:func:`storyline.ingest.read_bytes`,
   :func:`storyline.extract.extract_or_skip`, as the local pipeline uses them).
2. :func:`analyze_partition`: groups of Articles sharing a ``dup_key`` -> output rows. In each
   group the article with the smallest id is the canonical one; the others are marked
   ``duplicate_of`` it (a deterministic choice, the same in both engines). Canonical articles in
   the model's language are annotated and coded in batches of ``batch_size`` with
   :func:`storyline.parallel.analyze_with` (the pipeline's own annotate + events step).

Components (extractor, spaCy annotator, coder) are loaded once per process and kept in a
module-level cache keyed by the settings: a Spark Python worker is reused across tasks, so the
model is loaded once per executor worker, not per record or per partition.

Fault isolation: anything a reader, the extractor, the annotator or the coder raises on one item
becomes a Skipped row (``parser-crashed``, ``extractor-crashed``, ``annotation-failed``,
``coder-failed``); a batch whose analysis fails is retried one article at a time so only the
culprit is skipped. Only a :class:`storyline.errors.StorylineError` about the run itself (e.g. the
model is not installed) stops the job.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from urllib.parse import unquote

from storyline.annotate import Annotator, load_annotator
from storyline.errors import StorylineError
from storyline.events import Coder, load_coder
from storyline.extract import Extractor, extract_or_skip, load_extractor
from storyline.ingest import read_bytes
from storyline.parallel import analyze_with, model_language
from storyline.records import Article, Document, Skipped
from storyline.settings import Settings
from storyline.store.rows import Row, article_row, child_rows, event_row, skip_row

log = logging.getLogger(__name__)

#: Output tables, in write order (the DuckDB tables of the same names).
TABLES = ("articles", "sentences", "mentions", "quantities", "timexes", "events", "skips")
#: The Hive-style partition column of every output table (directory ``pub_date=<value>``).
PARTITION_COLUMN = "pub_date"
#: Partition value of rows without a publication date (and of every skip row).
UNKNOWN_DATE = "unknown"

#: One output row: (table, pub_date, row).
Out = tuple[str, str, Row]


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input file as the engine read it; ``data`` is None when it was over the size limit."""

    uri: str
    fetched_at: str
    size: int
    data: bytes | None


def local_uri(path: str) -> str:
    """The uri of a file in batch output: a local absolute path (``file:`` URIs as Spark gives
    them are turned into paths), any other URI (``s3a://``, ``hdfs://``) unchanged."""
    if path.startswith("file:"):
        rest = unquote(path[len("file:") :])
        return "/" + rest.lstrip("/")
    if "://" in path:
        return path
    return os.path.abspath(path)


def iso_utc(when: datetime | float) -> str:
    """A timestamp (datetime, or seconds since the epoch) as ISO 8601 UTC to the second."""
    moment = (
        when.astimezone(UTC) if isinstance(when, datetime) else datetime.fromtimestamp(when, UTC)
    )
    return moment.isoformat(timespec="seconds")


# --------------------------------------------------------------------------- component cache

_EXTRACTORS: dict[Settings, Extractor] = {}
_ANALYZERS: dict[Settings, tuple[Annotator, Coder]] = {}
_LOADS: dict[str, int] = {"extractor": 0, "annotator": 0}


def extractor_for(settings: Settings) -> Extractor:
    if settings not in _EXTRACTORS:
        _EXTRACTORS[settings] = load_extractor(settings)
        _LOADS["extractor"] += 1
    return _EXTRACTORS[settings]


def analyzers_for(settings: Settings) -> tuple[Annotator, Coder]:
    """The annotator (spaCy model) and coder of this process, loaded on first use."""
    if settings not in _ANALYZERS:
        log.info("loading %s / %s in process %d", settings.model, settings.coder, os.getpid())
        _ANALYZERS[settings] = (load_annotator(settings), load_coder(settings))
        _LOADS["annotator"] += 1
    return _ANALYZERS[settings]


def load_counts() -> dict[str, int]:
    """How many times this process loaded each component (1 each after any amount of work)."""
    return dict(_LOADS)


# --------------------------------------------------------------------------- step 1: extract


def skip_out(skip: Skipped) -> Out:
    return ("skips", UNKNOWN_DATE, skip_row(skip))


def read_file(item: InputFile, settings: Settings) -> Iterator[Document | Skipped]:
    """The Documents in one input file; a size over the limit or a reader crash is a Skipped."""
    if item.data is None or item.size > settings.max_file_bytes:
        detail = (
            f"{item.uri}: {item.size} bytes is over the limit of {settings.max_file_bytes} "
            "bytes; split the file or raise the max_file_bytes setting"
        )
        yield Skipped.make(item.uri, "ingest", "too-large", detail)
        return
    try:
        yield from read_bytes(item.uri, item.data, fetched_at=item.fetched_at)
    except Exception as exc:  # isolation boundary: one file never fails the job
        log.warning("reader crashed on %s", item.uri, exc_info=True)
        detail = f"{item.uri}: the reader crashed: {type(exc).__name__}: {exc}"
        yield Skipped.make(item.uri, "ingest", "parser-crashed", detail)


def extract_partition(
    files: Iterable[InputFile], settings: Settings
) -> Iterator[Article | Skipped]:
    """Step 1 over one partition of input files."""
    extractor = extractor_for(settings)
    for item in files:
        for doc in read_file(item, settings):
            yield doc if isinstance(doc, Skipped) else extract_or_skip(doc, settings, extractor)


# --------------------------------------------------------------------------- step 2: analyze


def link_duplicates(group: Iterable[Article]) -> list[Article]:
    """One ``dup_key`` group: the smallest id first (canonical), then the others marked
    ``duplicate_of`` it, by id; the same article read twice counts once."""
    by_id = {a.id: a for a in group}
    ids = sorted(by_id)
    canonical = by_id[ids[0]]
    return [canonical, *(replace(by_id[i], duplicate_of=canonical.id) for i in ids[1:])]


def pub_date(article: Article) -> str:
    return article.published.date if article.published else UNKNOWN_DATE


def _plain_out(article: Article) -> Out:
    row = article_row(article, similarity=1.0 if article.duplicate_of else None)
    return ("articles", pub_date(article), row)


def analyze_partition(groups: Iterable[Iterable[Article]], settings: Settings) -> Iterator[Out]:
    """Step 2 over one partition of dup_key groups (see the module docstring)."""
    language = model_language(settings.model)
    pending: list[Article] = []
    for group in groups:
        for article in link_duplicates(group):
            if article.duplicate_of is None and (article.language or language) == language:
                pending.append(article)
            else:
                yield _plain_out(article)
            if len(pending) >= settings.batch_size:
                yield from analyze_chunk(pending, settings)
                pending = []
    yield from analyze_chunk(pending, settings)


def analyze_chunk(chunk: list[Article], settings: Settings) -> Iterator[Out]:
    """Annotate + code one batch; on a failure retry one by one, skipping only the culprit."""
    if not chunk:
        return
    annotator, coder = analyzers_for(settings)
    try:
        analyzed = analyze_with(annotator, coder, chunk)
    except StorylineError:
        raise
    except Exception as exc:  # isolation boundary: one article never fails the job
        if len(chunk) > 1:
            for article in chunk:
                yield from analyze_chunk([article], settings)
            return
        (article,) = chunk
        log.warning("annotation failed on %s", article.id, exc_info=True)
        uri = article.url or article.document_id
        yield skip_out(Skipped.make(uri, "annotate", "annotation-failed", repr(exc)))
        return
    for annotated, events, error in analyzed:
        article = annotated.article
        date = pub_date(article)
        if error is not None:
            uri = article.url or article.document_id
            yield skip_out(Skipped.make(uri, "events", "coder-failed", error))
        yield ("articles", date, article_row(article, annotated=annotated, coder=coder.name))
        for table, rows in child_rows(annotated).items():
            yield from ((table, date, row) for row in rows)
        yield from (("events", date, event_row(e)) for e in events)


def split_outputs(items: Iterable[Article | Skipped]) -> tuple[list[Article], list[Out]]:
    """Articles and skip rows of step 1 (the local engine's in-memory split)."""
    articles: list[Article] = []
    skips: list[Out] = []
    for item in items:
        if isinstance(item, Skipped):
            skips.append(skip_out(item))
        else:
            articles.append(item)
    return articles, skips
