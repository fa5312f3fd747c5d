"""Alignment of the rewrite with its sources: which source sentence says the same thing, what
happening a number belongs to, and normalized text for finding quoted words.

Sentences are compared as bags of content lemmas (nouns, proper nouns, verbs, adjectives,
numbers); the best source sentence of a rewrite sentence is the one with the highest overlap
coefficient ``|A & B| / min(|A|, |B|)``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from storyline.check.base import Analyzed, SourceSpan
from storyline.check.lexicon import HAPPENINGS, fold, singular
from storyline.records import Event, Quantity, Token

MIN_BAG = 4  # sentences with fewer content words align, but too weakly to decide anything
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_STOP = frozenset({"be", "have", "do", "say", "also", "other", "more", "many", "new"})
_CHAR_MAP = str.maketrans(
    {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
     "–": "-", "—": "-", "‐": "-", "…": "..."}
)  # fmt: skip
_SPACE = re.compile(r"\s+")


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Lowercased, accent-free text with unified quote marks and dashes and single spaces, and
    for every character of it the offset of the original character it came from."""
    out: list[str] = []
    where: list[int] = []
    prev_space = True
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKD", ch.translate(_CHAR_MAP)):
            if unicodedata.combining(c):
                continue
            if c.isspace():
                if prev_space:
                    continue
                c, prev_space = " ", True
            else:
                prev_space = False
            out.append(c.lower())
            where.append(i)
    return "".join(out), where


def normalize(text: str) -> str:
    return normalize_with_map(text)[0].strip()


def content_bag(tokens: list[Token] | tuple[Token, ...]) -> frozenset[str]:
    return frozenset(
        fold(t.lemma)
        for t in tokens
        if t.pos in CONTENT_POS
        and t.lemma.lower() not in _STOP
        and any(c.isalnum() for c in t.text)
    )


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


@dataclass(frozen=True, slots=True)
class Aligned:
    source: int  # 0-based index into the sources
    sentence: int
    score: float  # overlap coefficient; 0 when the rewrite sentence has under MIN_BAG words


class Doc:
    """Token and sentence lookups over one analyzed article."""

    def __init__(self, item: Analyzed) -> None:
        self.item = item
        self.tokens = item.annotated.tokens
        self._starts = [t.start for t in self.tokens]
        self._sent_starts = [s.start for s in item.annotated.sentences]

    def token_at(self, char: int) -> Token | None:
        i = bisect_right(self._starts, char) - 1
        return self.tokens[i] if 0 <= i < len(self.tokens) else None

    def sentence_at(self, char: int) -> int:
        return max(0, bisect_right(self._sent_starts, char) - 1)

    def sentence_tokens(self, index: int) -> list[Token]:
        return [t for t in self.tokens if t.sentence == index]

    @cached_property
    def bags(self) -> list[frozenset[str]]:
        by_sentence: list[list[Token]] = [[] for _ in self.item.annotated.sentences]
        for t in self.tokens:
            if 0 <= t.sentence < len(by_sentence):
                by_sentence[t.sentence].append(t)
        return [content_bag(ts) for ts in by_sentence]

    @cached_property
    def words(self) -> frozenset[str]:
        """Every folded word and lemma of the article."""
        return frozenset(
            w for t in self.tokens for w in (singular(fold(t.text)), fold(t.text), fold(t.lemma))
        )

    @cached_property
    def normalized(self) -> tuple[str, list[int]]:
        return normalize_with_map(self.item.text)

    def happening(self, quantity: Quantity, events: tuple[Event, ...]) -> str | None:
        """What happened to what a number counts: the size kind of the event it measures, else
        the happening named by the nearest verb (or event noun) above the counted noun."""
        for event in events:
            for ev in event.evidence:
                overlaps = ev.start < quantity.end and quantity.start < ev.end
                if ev.field == "size" and overlaps and event.size is not None:
                    return event.size.kind
        anchor = quantity.noun_start if quantity.noun_start is not None else quantity.start
        tok = self.token_at(anchor)
        for _ in range(8):
            if tok is None:
                return None
            lemma = tok.lemma.lower()
            if lemma in HAPPENINGS and tok.pos in ("VERB", "NOUN"):
                return HAPPENINGS[lemma]
            if tok.pos in ("VERB", "AUX") and tok.dep in ("ROOT", "conj", "ccomp", "advcl"):
                return lemma if tok.pos == "VERB" else None
            if tok.head == tok.i:
                return None
            tok = self.tokens[tok.head]
        return None


class SourceIndex:
    """The sources of one check, with lookups shared by the verdict rules."""

    def __init__(self, sources: list[Analyzed]) -> None:
        self.sources = sources
        self.docs = [Doc(s) for s in sources]

    def align(self, bag: frozenset[str]) -> Aligned | None:
        """The source sentence that best matches a bag of content lemmas (None when nothing
        overlaps)."""
        best: Aligned | None = None
        best_key = (0.0, 0.0)
        for si, doc in enumerate(self.docs):
            for sent, other in enumerate(doc.bags):
                if len(other) < MIN_BAG:
                    continue  # a heading or list line: its few words match anything
                key = (overlap(bag, other), jaccard(bag, other))
                if key[0] > 0 and key > best_key:
                    best, best_key = Aligned(si, sent, round(key[0], 4)), key
        if best is not None and len(bag) < MIN_BAG:
            return Aligned(best.source, best.sentence, 0.0)
        return best

    def span(self, source: int, start: int, end: int) -> SourceSpan:
        """The evidence record for chars ``start:end`` of source ``source`` (0-based)."""
        doc = self.docs[source]
        sentence = doc.sentence_at(start)
        sent = doc.item.annotated.sentences[sentence] if doc.item.annotated.sentences else None
        return SourceSpan(
            source=source + 1,
            article_id=doc.item.annotated.article.id,
            sentence=sentence if sent else None,
            start=start,
            end=end,
            text=doc.item.text[start:end],
            sentence_text=sent.text if sent else None,
            sentence_start=sent.start if sent else None,
        )

    def sentence_span(self, source: int, sentence: int) -> SourceSpan:
        sent = self.docs[source].item.annotated.sentences[sentence]
        return self.span(source, sent.start, sent.end)
