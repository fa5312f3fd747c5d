"""The record types that cross stage boundaries.

Every record is a frozen, slotted dataclass. Ids are stable content hashes (see :func:`stable_id`),
so re-running any stage on the same input yields the same ids and re-storing is idempotent.

All character spans (``start``/``end``) are offsets into ``Article.text`` (end exclusive).

Data flow::

    Document --extract--> Article --annotate--> AnnotatedArticle --events--> Event
    (anything that cannot be processed becomes a Skipped record with a reason)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

Precision = Literal["day", "month", "year"]


def stable_id(*parts: str | bytes, length: int = 16) -> str:
    """A deterministic hex id from the given parts (sha256, truncated to ``length`` hex chars)."""
    h = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else part.encode("utf-8")
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()[:length]


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True, slots=True)
class Document:
    """Raw bytes of one news item plus where they came from.

    ``media_type`` is one of ``text/plain``, ``text/html`` or ``application/x-storyline-item+json``
    (a JSON object with ``url``, ``title``, ``text`` or ``html``, ``published``, ``source`` — what a
    JSONL line or a feed entry becomes). ``hints`` holds metadata given by the container (feed,
    JSONL line, WARC header, CLI options): keys among ``title``, ``url``, ``published``,
    ``source``, ``authors``.
    """

    id: str
    uri: str
    fetched_at: str
    media_type: str
    raw: bytes
    hints: dict[str, str] = field(default_factory=dict)

    @staticmethod
    def make_id(raw: bytes) -> str:
        return stable_id(raw)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input item that could not be processed: stored, counted and reported, never lost."""

    id: str
    uri: str
    stage: str  # ingest | extract | annotate | events
    reason: str  # short machine-friendly reason, e.g. "empty", "binary", "invalid-json"
    detail: str  # human-readable explanation

    @staticmethod
    def make(uri: str, stage: str, reason: str, detail: str) -> Skipped:
        return Skipped(stable_id(uri, stage, reason), uri, stage, reason, detail)


# --------------------------------------------------------------------------- extract


@dataclass(frozen=True, slots=True)
class PubDate:
    """A publication date: ISO ``date`` (YYYY-MM-DD, YYYY-MM or YYYY) with its precision."""

    date: str
    precision: Precision


@dataclass(frozen=True, slots=True)
class Article:
    """Clean text and metadata of one news article."""

    id: str
    document_id: str
    url: str | None
    source: str | None  # publisher domain, e.g. "aljazeera.com"
    title: str | None
    published: PubDate | None
    language: str | None  # ISO 639-1, e.g. "en"
    authors: tuple[str, ...]
    text: str
    dup_key: str  # hash of the normalized text: exact duplicates share it
    minhash: tuple[int, ...] = ()  # MinHash signature over word shingles
    duplicate_of: str | None = None  # id of the canonical article when this is a duplicate
    truncated: bool = False  # text was cut to the configured size limit
    extractor: str = ""  # component name + version


# --------------------------------------------------------------------------- annotate


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    """One token of the dependency parse (enough for rule-based coders; no spaCy objects)."""

    i: int  # index in the article
    sentence: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str  # universal POS
    tag: str  # fine-grained tag
    dep: str
    head: int  # index of the head token (itself for the root)
    ent_type: str = ""  # entity label when inside an entity, "" otherwise


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention. ``role`` is the title/role as stated in the text ("President")."""

    id: str
    article_id: str
    sentence: int
    start: int
    end: int
    text: str
    label: str  # PERSON, ORG, GPE, NORP, LOC, FAC, ...
    role: str | None = None
    role_start: int | None = None
    role_end: int | None = None
    canonical: str | None = (
        None  # within-article coreference: the fullest name ("Edmundo Gonzalez")
    )
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # PLOVER sector: GOV, MIL, COP, JUD, OPP, PTY, REB, CVL, ...


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in the text and the noun it counts ("103" -> "prisoners")."""

    id: str
    article_id: str
    sentence: int
    start: int
    end: int
    text: str
    value: float | None  # exact value, or the lower bound of a vague one
    low: float | None = None
    high: float | None = None
    vague: bool = False  # "thousands", "dozens", "over 100"
    noun: str | None = None  # lemma of the counted noun ("prisoner")
    noun_text: str | None = None
    noun_start: int | None = None
    noun_end: int | None = None


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression. ``value`` is ISO-like: "2024-07-28", "2024-07", "2024", or with an
    unknown year "XXXX-07-28" (never an invented year). ``None`` when it cannot be resolved."""

    id: str
    article_id: str
    sentence: int
    start: int
    end: int
    text: str
    value: str | None
    precision: Precision | None
    year_known: bool


@dataclass(frozen=True, slots=True)
class AnnotatedArticle:
    article: Article
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    mentions: tuple[Mention, ...]
    quantities: tuple[Quantity, ...]
    timexes: tuple[TimeExpr, ...]
    annotator: str  # component name + version, incl. the spaCy model


# --------------------------------------------------------------------------- events


@dataclass(frozen=True, slots=True)
class EventEntity:
    """An actor, recipient or reporting party of an event."""

    entity_text: str
    code: str | None  # ISO 3166-1 alpha-3 country (or IGO code)
    sector: str | None  # PLOVER sector
    office: str | None = None  # role/title as stated
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class EventLocation:
    place: str
    country: str | None
    admin1: str | None = None
    city: str | None = None
    lat: float | None = None
    lon: float | None = None
    resolution: str | None = None  # country | admin1 | city
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class EventSize:
    kind: str  # released | arrested | killed | injured | protesters | ...
    value: float | None
    vague: bool = False
    text: str = ""


@dataclass(frozen=True, slots=True)
class Evidence:
    """A char span backing one field of an event (``field`` = trigger, actor, recipient, ...)."""

    field: str
    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER event, field names as in PLOVER."""

    id: str
    article_id: str
    event: str  # one of the 16 PLOVER DRAFT 2.0 categories
    mode: str | None
    context: tuple[str, ...]
    actor: tuple[EventEntity, ...]
    recipient: tuple[EventEntity, ...]
    event_loc: EventLocation | None
    date: str | None
    date_precision: Precision | None
    size: EventSize | None
    negated: bool
    future: bool
    hypothetical: bool
    reported_by: tuple[EventEntity, ...]
    evidence: tuple[Evidence, ...]
    confidence: float
    coder: str  # component name + version
    cameo: str | None = None


# --------------------------------------------------------------------------- stories


@dataclass(frozen=True, slots=True)
class StoryReport:
    """One article of a story: canonical reports and their duplicates (wire copies)."""

    story_id: str
    article_id: str
    source: str | None
    published: str | None
    title: str | None
    score: float  # similarity to the story centroid when it joined (1.0 for a duplicate)
    role: str  # seed | member | duplicate
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True)
class Citation:
    """A report of a story event: the article, its event and the sentence that states it."""

    article_id: str
    event_id: str
    source: str | None
    published: str | None
    sentence: int | None
    text: str  # the evidence sentence (or trigger span) as in the article


@dataclass(frozen=True, slots=True)
class SizeClaim:
    """A size given for a story event, with the sources that give it."""

    kind: str
    value: float | None
    vague: bool
    sources: tuple[str, ...]
    article_ids: tuple[str, ...]
    event_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StoryEvent:
    """One happening of a story, merged across the articles that report it.

    ``sizes`` keeps every distinct figure side by side with who gives it; ``disputed`` is true
    when sources give different values of the same kind (131 vs 47 released).
    """

    id: str
    story_id: str
    event: str
    mode: str | None
    date: str | None
    date_precision: Precision | None
    actor: tuple[EventEntity, ...]
    recipient: tuple[EventEntity, ...]
    countries: tuple[str, ...]
    citations: tuple[Citation, ...]
    sizes: tuple[SizeClaim, ...]
    disputed: bool
    negated: bool = False
    future: bool = False
    hypothetical: bool = False


@dataclass(frozen=True, slots=True)
class Story:
    """The reports of one happening across sources, with the merged event timeline."""

    id: str
    label: str  # the most central headline
    label_article_id: str | None
    reports: tuple[StoryReport, ...]
    sources: tuple[str, ...]
    first_seen: str | None
    last_seen: str | None
    key_entities: tuple[str, ...]
    countries: tuple[str, ...]
    events: tuple[StoryEvent, ...]
    clusterer: str  # component name + version


# --------------------------------------------------------------------------- digests


@dataclass(frozen=True, slots=True)
class DigestCitation:
    """A source sentence that states a digest fact: ``start``/``end`` are its span in the
    article text. ``verbatim`` is true when the sentence is exactly the fact's text (the other
    citations state the same fact in near-identical words, with the same numbers)."""

    article_id: str
    sentence_index: int
    source: str | None
    start: int
    end: int
    verbatim: bool = True


@dataclass(frozen=True, slots=True)
class DigestFact:
    """A sentence exactly as written in a source, with every source sentence that states it.

    ``disagreements`` are indexes into :attr:`Digest.disagreements` of the disagreements this
    sentence takes a side in (a fact that states 131 released, where another source says 47).
    """

    text: str
    citations: tuple[DigestCitation, ...]
    score: float
    disagreements: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class DigestSource:
    """One report of the digest; ``n`` is the number its citations carry ([n])."""

    n: int
    article_id: str
    publisher: str | None
    title: str | None
    date: str | None
    url: str | None
    duplicate_of: str | None = None  # a republished copy: the article it copies


@dataclass(frozen=True, slots=True)
class DisagreementSide:
    """One version of a disputed fact (a figure, a title, a date) and the sentences that give it."""

    value: str  # as written or resolved: "131", "Attorney General", "2024-11-16"
    citations: tuple[DigestCitation, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Sources that give different versions of the same fact; every side is shown, none picked.

    ``kind`` is ``number`` (different figures for the same event), ``title`` (different titles
    for the same person) or ``date`` (different dates for the same event)."""

    kind: str
    subject: str
    sides: tuple[DisagreementSide, ...]


@dataclass(frozen=True, slots=True)
class Digest:
    """A cited news brief of a story (or of one article, then ``article_id`` is set)."""

    story_id: str | None
    article_id: str | None
    title: str
    lead: tuple[DigestFact, ...]
    facts: tuple[DigestFact, ...]
    background: tuple[DigestFact, ...]
    summary: tuple[DigestFact, ...]
    sources: tuple[DigestSource, ...]
    disagreements: tuple[Disagreement, ...]
    digester: str  # component name + version
