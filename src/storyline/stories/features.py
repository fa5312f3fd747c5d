"""Story features: what the clusterer sees of an article, and how it becomes a sparse vector.

A :class:`StoryDoc` holds the title, the lead (the first :data:`LEAD_WORDS` words of the text),
the entity names found by the annotate stage, the countries they resolve to and the publication
date. :class:`TermHasher` turns it into a sparse TF-IDF vector:

- words of the title (counted twice) and the lead: scikit-learn's ``HashingVectorizer`` (2^20
  buckets, English stop words removed, accents stripped), sublinear term frequency;
- entity names as whole tokens (``"e:nicolas maduro"``), weighted :data:`ENTITY_WEIGHT`; an
  article the annotate stage did not read (another language) takes its names from runs of
  capitalized words (:func:`capitalized_names`), which are the same in every Latin-script
  language ("Ramón Quintero");
- IDF from the documents seen so far (document frequencies are part of the clustering state, so
  the vocabulary never needs fixing in advance and a new batch updates it). A term seen in no
  earlier document gets the highest IDF.

Hashing keeps memory bounded however large the stream: the state holds one ``int32`` document
frequency per bucket (4 MiB).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer

from storyline.records import Article, Mention, TimeExpr

N_FEATURES = 1 << 20
LEAD_WORDS = 60
ENTITY_WEIGHT = 1.5
NGRAMS = (1, 1)
TITLE_REPEAT = 2  # the title counts twice
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT"})
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_SPACE = re.compile(r"\s+")
NAME_WORDS = 4  # longest run of capitalized words taken as one name
_WORD = re.compile(r"([^\w]*)([^\W\d_][\w'’-]*)")
_SENTENCE_END = re.compile(r"[.!?:;«»\"“”()\[\]—–\n]")
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "da", "do", "dos", "van", "von", "of"})

Vector = dict[int, float]


@dataclass(frozen=True, slots=True)
class StoryDoc:
    """What the story clusterer sees of one (canonical) article."""

    article_id: str
    source: str | None
    published: str | None  # ISO date (YYYY-MM-DD, YYYY-MM or YYYY) or None
    title: str
    lead: str
    entities: tuple[str, ...] = ()  # normalized entity names, one per mention
    countries: tuple[str, ...] = ()  # ISO3 of the mentions, one per mention
    years: tuple[int, ...] = ()  # years the text states, plus the publication year
    embedding: tuple[float, ...] | None = None  # optional sentence embedding (unit length)
    language: str | None = None  # ISO 639-1 of the text; words only compare within a language


def entity_key(text: str) -> str:
    """A normalized entity name: NFKC, casefolded, no leading article, single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold().strip(" .,'\"’")
    return _SPACE.sub(" ", _ARTICLE.sub("", text))


def lead_of(text: str, words: int = LEAD_WORDS) -> str:
    parts = text.split(maxsplit=words)
    return " ".join(parts[:words])


def story_doc(
    article: Article,
    mentions: Sequence[Mention] = (),
    timexes: Sequence[TimeExpr] = (),
    *,
    annotated: bool | None = None,
) -> StoryDoc:
    """The story features of an article with its mentions and time expressions (annotate).

    An article the annotate stage did not cover (``annotated`` false; by default: no mentions
    and no time expressions, as for a language the model does not read) takes its entity names
    and countries from :func:`capitalized_names` instead.
    """
    if annotated is None:
        annotated = bool(mentions or timexes)
    if annotated:
        kept = [m for m in mentions if m.label in ENTITY_LABELS]
        entities = tuple(k for m in kept if (k := entity_key(m.canonical or m.text)))
        countries = tuple(m.country for m in kept if m.country)
    else:
        entities, countries = _fallback_names(f"{article.title or ''}\n{article.text}")
    return StoryDoc(
        article_id=article.id,
        source=article.source,
        published=article.published.date if article.published else None,
        title=article.title or "",
        lead=lead_of(article.text),
        entities=entities,
        countries=countries,
        years=_years(article, timexes),
        language=article.language,
    )


def capitalized_names(text: str) -> list[str]:
    """Proper-name candidates of a text in any Latin-script language: runs of capitalized
    words (lower-case particles such as "de", "van" or "of" inside), at most
    :data:`NAME_WORDS` words; a single capitalized word that starts a sentence is skipped."""
    names: list[str] = []
    run: list[str] = []
    starts_sentence = True
    for match in _WORD.finditer(text):
        word, gap = match.group(2), match.group(1)
        if run and (
            _SENTENCE_END.search(gap) or len(run) > NAME_WORDS or _case_changes(run[-1], word)
        ):
            _close(run, names)
        initial = starts_sentence or bool(_SENTENCE_END.search(gap))
        starts_sentence = False
        if word[:1].isupper():
            if not run and initial:
                run.append("")  # marks a run that starts a sentence
            run.append(word)
        elif any(run) and word in _PARTICLES:
            run.append(word)
        else:
            _close(run, names)
    _close(run, names)
    return names


def _case_changes(last: str, word: str) -> bool:
    """A heading in capitals followed by ordinary text ("CARACAS Las autoridades")."""
    if len(last) < 2 or len(word) < 2:
        return False
    return last[:1].isupper() and last.isupper() != word.isupper()


def _close(run: list[str], names: list[str]) -> None:
    words = [w for w in run if w]
    while words and words[-1] in _PARTICLES:
        words.pop()
    sentence_start = bool(run) and run[0] == ""
    if words and not (sentence_start and len(words) == 1):
        names.append(" ".join(words))
    run.clear()


def _fallback_names(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    from storyline.annotate.actors import country_of

    names = [k for name in capitalized_names(text) if len(k := entity_key(name)) > 2]
    countries = tuple(c for name in names if (c := country_of(name.title())))
    return tuple(names), countries


def _years(article: Article, timexes: Sequence[TimeExpr]) -> tuple[int, ...]:
    """Years the text states (known-year time expressions) plus the publication year."""
    years = {
        int(t.value[:4]) for t in timexes if t.year_known and t.value and t.value[:4].isdigit()
    }
    if article.published and article.published.date[:4].isdigit():
        years.add(int(article.published.date[:4]))
    return tuple(sorted(years))


def day_number(date: str | None) -> int | None:
    """Days since 0001-01-01 of an ISO date; a month or year counts from its first day."""
    if not date or not date[:4].isdigit():
        return None
    parts = date.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
        day = int(parts[2][:2]) if len(parts) > 2 and parts[2][:2].isdigit() else 1
        from datetime import date as _date

        return _date(year, month, day).toordinal()
    except ValueError:
        return None


class TermHasher:
    """Sparse TF-IDF vectors with document frequencies learned from the stream."""

    def __init__(self, df: np.ndarray | None = None, n_docs: int = 0) -> None:
        self.df = df if df is not None else np.zeros(N_FEATURES, dtype=np.int32)
        self.n_docs = n_docs
        self._words = HashingVectorizer(
            n_features=N_FEATURES,
            alternate_sign=False,
            norm=None,
            stop_words="english",
            ngram_range=NGRAMS,
            strip_accents="unicode",
            dtype=np.float32,
        )
        self._names = HashingVectorizer(
            n_features=N_FEATURES,
            alternate_sign=False,
            norm=None,
            analyzer=_entity_tokens,
            dtype=np.float32,
        )

    def counts(self, docs: Sequence[StoryDoc]) -> list[tuple[Vector, Vector]]:
        """Raw term counts (words, entities) per document."""
        if not docs:
            return []
        words = self._words.transform(
            ["\n".join([d.title] * TITLE_REPEAT + [d.lead]) for d in docs]
        )
        names = self._names.transform([d.entities for d in docs])
        return [(_row(words, i), _row(names, i)) for i in range(len(docs))]

    def observe(self, counts: Iterable[tuple[Vector, Vector]]) -> None:
        """Add documents to the document frequencies."""
        for words, names in counts:
            keys = np.fromiter({*words, *names}, dtype=np.int64)
            self.df[keys] += 1
            self.n_docs += 1

    def idf(self, keys: Sequence[int]) -> np.ndarray:
        df = self.df[np.asarray(keys, dtype=np.int64)].astype(np.float64)
        return np.log((self.n_docs + 1.0) / (df + 1.0)) + 1.0

    def weigh(self, words: Vector, names: Vector) -> Vector:
        """Unit TF-IDF vector of the words, plus (keys offset by N_FEATURES) the unit TF-IDF
        vector of the entity names; sublinear term frequency."""
        out = _unit({k: 1.0 + math.log(v) for k, v in words.items()}, self)
        for k, v in _unit({k: 1.0 + math.log(v) for k, v in names.items()}, self).items():
            out[k + N_FEATURES] = v
        return out


def _unit(tf: dict[int, float], hasher: TermHasher) -> Vector:
    if not tf:
        return {}
    keys = list(tf)
    values = np.fromiter(tf.values(), dtype=np.float64) * hasher.idf(keys)
    norm = float(np.sqrt(np.dot(values, values))) or 1.0
    return {k: float(v / norm) for k, v in zip(keys, values, strict=True)}


def _entity_tokens(entities: Iterable[str]) -> list[str]:
    return [f"e:{e}" for e in entities]


def _row(matrix: object, i: int) -> Vector:
    row = matrix.getrow(i)  # type: ignore[attr-defined]
    return {int(k): float(v) for k, v in zip(row.indices, row.data, strict=True)}


def entity_counts(doc: StoryDoc) -> Counter[str]:
    return Counter(doc.entities)
