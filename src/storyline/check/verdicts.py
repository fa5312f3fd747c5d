"""Verdicts for numbers, dates and quoted words (titles and events: :mod:`.people`).

Numbers. A quantity is an interval: exact ``[v, v]``; a lower bound or vague word ("over 100",
"thousands") ``[low, inf)``; an upper bound ("nearly 110") ``[0, high]``; a range ``[low,
high]``; "about v" ``v`` ± 15%. A source quantity *counts the same thing* when its noun is in the
same noun class (:mod:`.lexicon`; generic "people"/"individuals" match any group of people). A
rewrite number is *supported* by a same-noun source number inside its interval (an exact source
value, or overlapping intervals when both are vague); a number without a noun by the same value
anywhere. It is *contradicted* when a same-noun source number of the same happening (released,
arrested, ...; or the same verb) is outside it, *unsupported* otherwise.

Dates. A value is supported by a source date it is a prefix of ("2024-07" by "2024-07-28"; an
unknown year matches any) or by a source's publication date; contradicted when the best-aligned
source sentence (overlap >= :data:`ALIGN_MIN`) carries another date; unsupported otherwise.

Quotes. Normalized (case, accents, quote marks, dashes, whitespace, edge punctuation), every part
between ellipses must occur in a source, in order. Otherwise a source quotation sharing at least
half of the words is the altered original (contradicted); else unsupported.
"""

from __future__ import annotations

import math
import re

from storyline.check.align import SourceIndex, normalize, normalize_with_map
from storyline.check.base import SourceSpan, Verdict
from storyline.check.claims import _QUOTE, Extracted
from storyline.check.lexicon import noun_class, same_noun
from storyline.records import Quantity, TimeExpr

ALIGN_MIN = 0.5
NUMBER_ALIGN_MIN = 0.6
STRONG_ALIGN = 0.8
BOUND_SLACK = 1.5
ABOUT = 0.15
QUOTE_OVERLAP = 0.5
_EDGE = " .,;:!?'\"-()[]"
_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")

Candidate = tuple[int, Quantity, str | None]  # source index, quantity, happening


def interval(q: Quantity) -> tuple[float, float]:
    value = q.value or 0.0
    if q.low is not None and q.high is not None:
        return q.low, q.high
    if q.high is not None:
        return 0.0, q.high
    if q.low is not None:
        return q.low, math.inf
    if q.vague:
        return value * (1 - ABOUT), value * (1 + ABOUT)
    return value, value


def supports(claim: Quantity, source: Quantity) -> bool:
    """The source's interval lies inside the claim's, so what the source says entails the claim
    ("over 100" by 103 or by "more than 103"; not "at least 20" by "at least 10"), and a bound
    is close to the source's figure (within :data:`BOUND_SLACK`: "over 100" is not backed by
    60,000)."""
    (c_low, c_high), (s_low, s_high) = interval(claim), interval(source)
    eps = 1e-9 * max(1.0, abs(c_low), abs(s_low))
    if not (c_low - eps <= s_low and s_high <= c_high + eps):
        return False
    if math.isinf(c_high) and s_low > c_low * BOUND_SLACK + eps:
        return False
    return not (c_low == 0 and c_high > 0 and s_high * BOUND_SLACK < c_high - eps)


def _pick(cands: list[Candidate], index: SourceIndex, x: Extracted) -> Candidate:
    aligned = index.align(x.bag)
    for c in cands:
        if aligned and c[0] == aligned.source and c[1].sentence == aligned.sentence:
            return c
    return cands[0]


def _number_span(index: SourceIndex, c: Candidate) -> SourceSpan:
    q = c[1]
    end = q.noun_end if q.noun_end is not None and q.noun_end > q.end else q.end
    return index.span(c[0], q.start, end)


def judge_number(x: Extracted, index: SourceIndex) -> Verdict:
    q = x.record
    assert isinstance(q, Quantity)
    mine, happening = noun_class(q.noun), x.claim.value.get("happening")
    every: list[Candidate] = [
        (si, s, doc.happening(s, doc.item.events))
        for si, doc in enumerate(index.docs)
        for s in doc.item.annotated.quantities
        if s.value is not None
    ]
    same = [c for c in every if same_noun(mine, noun_class(c[1].noun))]
    backing = [c for c in same if supports(q, c[1])]
    if mine is None or not backing:
        backing += [c for c in every if c[1].noun is None and supports(q, c[1])]
        if mine is None:
            backing += [c for c in every if supports(q, c[1])]
    if backing:
        preferred = [c for c in backing if c[2] == happening] or backing
        return Verdict(
            x.claim,
            "supported",
            "the source states this number",
            _number_span(index, _pick(preferred, index, x)),
        )
    near = _in_aligned_sentence(x, q, index)
    if near is not None:
        return Verdict(x.claim, "supported", "the matching source sentence has this number", near)
    specific = mine not in (None, "people")
    rivals = [c for c in same if c[2] == happening or (specific and None in (c[2], happening))]
    if rivals:
        c = _pick(rivals, index, x)
        reason = f"the source gives {c[1].text} {c[1].noun_text or ''} here".strip()
        return Verdict(x.claim, "contradicted", reason, _number_span(index, c))
    if same:
        c = _pick(same, index, x)
        reason = f"the source never gives this number for {q.noun}"
        return Verdict(x.claim, "unsupported", reason, _number_span(index, c))
    return Verdict(x.claim, "unsupported", "the source never states this number")


def _in_aligned_sentence(x: Extracted, q: Quantity, index: SourceIndex) -> SourceSpan | None:
    """The same number in the best-aligned source sentence, whatever the annotator bound it to
    (or a number token the annotator did not keep, as in a clock time)."""
    aligned = index.align(x.bag)
    if aligned is None or aligned.score < NUMBER_ALIGN_MIN:
        return None
    doc = index.docs[aligned.source]
    for s in doc.item.annotated.quantities:
        if s.sentence == aligned.sentence and s.value is not None and supports(q, s):
            return index.span(aligned.source, s.start, s.end)
    digits = [d.replace(",", "") for d in _NUMBER.findall(q.text)]
    for t in doc.sentence_tokens(aligned.sentence):
        if digits and t.text.replace(",", "") == digits[-1]:
            return index.span(aligned.source, t.start, t.end)
    return None


def date_supports(claim: str, source: str) -> bool:
    """``claim`` is ``source`` or a less precise prefix of it; "XXXX" matches any year."""
    mine, theirs = claim.split("-"), source.split("-")
    if len(mine) > len(theirs):
        return False
    return all(a == b or "XXXX" in (a, b) for a, b in zip(mine, theirs, strict=False))


def _timexes(index: SourceIndex) -> list[tuple[int, TimeExpr]]:
    return [
        (si, t) for si, doc in enumerate(index.docs) for t in doc.item.annotated.timexes if t.value
    ]


def judge_date(x: Extracted, index: SourceIndex) -> Verdict:
    t = x.record
    assert isinstance(t, TimeExpr) and t.value
    every = _timexes(index)
    aligned = index.align(x.bag)
    here = [
        (si, s) for si, s in every
        if aligned and (si, s.sentence) == (aligned.source, aligned.sentence)
    ]  # fmt: skip
    backing = [(si, s) for si, s in every if s.value and date_supports(t.value, s.value)]
    near = [b for b in backing if b in here]
    strong = aligned is not None and aligned.score >= STRONG_ALIGN
    if near or (backing and not (strong and here)):
        si, s = (near or backing)[0]
        span = index.span(si, s.start, s.end)
        return Verdict(x.claim, "supported", "the source states this date", span)
    if here and strong and not backing:
        si, s = here[0]
        reason = f"the matching source sentence gives {s.text} ({s.value})"
        return Verdict(x.claim, "contradicted", reason, index.span(si, s.start, s.end))
    for si, doc in enumerate(index.docs):
        pub = doc.item.annotated.article.published
        if pub is not None and date_supports(t.value, pub.date):
            text = f"published {pub.date}"
            span = SourceSpan(si + 1, doc.item.annotated.article.id, None, 0, 0, text)
            return Verdict(x.claim, "supported", "the source's publication date", span)
    if here and aligned is not None and aligned.score >= ALIGN_MIN:
        si, s = here[0]
        reason = f"the matching source sentence gives {s.text} ({s.value})"
        return Verdict(x.claim, "contradicted", reason, index.span(si, s.start, s.end))
    return Verdict(x.claim, "unsupported", "the source never states this date")


def _find_pieces(quote: str, text: str) -> tuple[int, int] | None:
    """Start and end (in ``text``) of the ellipsis-separated parts of ``quote``, in order."""
    pos, first = 0, None
    for piece in (p.strip(_EDGE) for p in quote.split("...")):
        if not piece:
            continue
        found = text.find(piece, pos)
        if found < 0:
            return None
        first = found if first is None else first
        pos = found + len(piece)
    return (first, pos) if first is not None else None


def judge_quote(x: Extracted, index: SourceIndex) -> Verdict:
    words = str(x.record)
    quote = normalize(words).strip(_EDGE)
    for si, doc in enumerate(index.docs):
        text, where = doc.normalized
        found = _find_pieces(quote, text)
        if found is not None:
            start, end = where[found[0]], where[found[1] - 1] + 1
            return Verdict(
                x.claim, "supported", "the source has these words", index.span(si, start, end)
            )
    mine = set(_WORD.findall(quote))
    best: tuple[float, int, int, int] | None = None
    for si, doc in enumerate(index.docs):
        for m in _QUOTE.finditer(doc.item.text):
            g = next(g for g in ("a", "b", "c") if m.group(g) is not None)
            theirs = set(_WORD.findall(normalize(m.group(g))))
            share = len(mine & theirs) / len(mine) if mine else 0.0
            if share >= QUOTE_OVERLAP and (best is None or share > best[0]):
                best = (share, si, m.start(g), m.end(g))
    if best is not None:
        reason = "the source quotes different words"
        return Verdict(x.claim, "contradicted", reason, index.span(best[1], best[2], best[3]))
    return Verdict(x.claim, "unsupported", "no source has these words")


__all__ = [
    "date_supports",
    "interval",
    "judge_date",
    "judge_number",
    "judge_quote",
    "normalize_with_map",
    "supports",
]
