"""Verdicts for person + title claims (events: :mod:`.actors`).

Titles. The rewrite's person is found in the sources by name (accent-free; the full name, or the
same surname when one side gives only a surname or both give the same first name). Roles are
compared as sets of lemmas without function words and country words, with synonyms
("chief" = "head"). The title is *supported* when its words are a subset of a role the sources
give the person (or all appear in a source sentence naming the person), *contradicted* when
the sources give the person only other roles, *unsupported* when they name the person without
a role or do not name the person at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.check.align import Doc, SourceIndex
from storyline.check.base import SourceSpan, Verdict
from storyline.check.claims import Extracted
from storyline.check.lexicon import NAME_PARTICLES, ROLE_STOPWORDS, ROLE_SYNONYMS, fold
from storyline.records import Mention

_WORD = re.compile(r"[^\W_]+")


def name_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in _WORD.findall(fold(name)) if w not in NAME_PARTICLES)


def same_person(a: str, b: str) -> bool:
    x, y = name_words(a), name_words(b)
    if not x or not y:
        return False
    if x == y:
        return True
    return x[-1] == y[-1] and (len(x) == 1 or len(y) == 1 or x[0] == y[0])


def role_words(doc: Doc, start: int, end: int) -> frozenset[str]:
    words = set()
    for t in doc.tokens:
        if t.start >= end or t.end <= start or t.ent_type in ("GPE", "NORP"):
            continue
        for w in _WORD.findall(fold(t.lemma)):
            if w not in ROLE_STOPWORDS:
                words.add(ROLE_SYNONYMS.get(w, w))
    return frozenset(words)


@dataclass(frozen=True, slots=True)
class _Role:
    source: int
    mention: Mention
    words: frozenset[str]


def _source_people(
    index: SourceIndex, person: str
) -> tuple[list[tuple[int, Mention]], list[_Role]]:
    named, stated = [], []
    for si, doc in enumerate(index.docs):
        for m in doc.item.annotated.mentions:
            if m.label != "PERSON" or not same_person(person, m.canonical or m.text):
                continue
            named.append((si, m))
            if m.role and m.role_start is not None and m.role_end is not None:
                stated.append(_Role(si, m, role_words(doc, m.role_start, m.role_end)))
    return named, stated


def _in_naming_sentence(
    index: SourceIndex, named: list[tuple[int, Mention]], words: frozenset[str]
) -> tuple[int, Mention] | None:
    for si, m in named:
        doc = index.docs[si]
        lemmas = {w for t in doc.sentence_tokens(m.sentence) for w in _WORD.findall(fold(t.lemma))}
        if words <= {ROLE_SYNONYMS.get(w, w) for w in lemmas}:
            return si, m
    return None


def _role_span(index: SourceIndex, r: _Role) -> SourceSpan:
    m = r.mention
    start = min(m.start, m.role_start if m.role_start is not None else m.start)
    end = max(m.end, m.role_end if m.role_end is not None else m.end)
    return index.span(r.source, start, end)


def judge_title(x: Extracted, item_doc: Doc, index: SourceIndex) -> Verdict:
    m = x.record
    assert isinstance(m, Mention) and m.role_start is not None and m.role_end is not None
    person = m.canonical or m.text
    words = role_words(item_doc, m.role_start, m.role_end)
    named, stated = _source_people(index, person)
    for r in stated:
        if words <= r.words and m.country and r.mention.country and m.country != r.mention.country:
            span = _role_span(index, r)
            reason = f"the source gives {person} this role for {r.mention.country}, not {m.country}"
            return Verdict(x.claim, "contradicted", reason, span)
    for r in stated:
        if words <= r.words:
            span = index.span(
                r.source,
                min(r.mention.start, r.mention.role_start or r.mention.start),
                max(r.mention.end, r.mention.role_end or r.mention.end),
            )
            return Verdict(
                x.claim, "supported", f"the source calls {person} {r.mention.role}", span
            )
    found = _in_naming_sentence(index, named, words) if words else None
    if found is not None:
        si, sm = found
        return Verdict(
            x.claim,
            "supported",
            "a source sentence naming the person has these words",
            index.sentence_span(si, sm.sentence),
        )
    if stated:
        r = stated[0]
        span = index.span(
            r.source,
            min(r.mention.start, r.mention.role_start or r.mention.start),
            max(r.mention.end, r.mention.role_end or r.mention.end),
        )
        return Verdict(x.claim, "contradicted", f"the source calls {person} {r.mention.role}", span)
    if named:
        si, sm = named[0]
        return Verdict(
            x.claim,
            "unsupported",
            f"the source names {person} without this title",
            index.span(si, sm.start, sm.end),
        )
    return Verdict(x.claim, "unsupported", f"the source never names {person}")
