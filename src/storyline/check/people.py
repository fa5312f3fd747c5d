"""Verdicts for person + title claims and for the actors and polarity of events.

Titles. The rewrite's person is found in the sources by name (accent-free; the full name, or the
same surname when one side gives only a surname or both give the same first name). Roles are
compared as sets of lemmas without function words and country words, with synonyms
("chief" = "head"). The title is *supported* when its words are a subset of a role the sources
give the person (or all appear in a source sentence naming the person), *contradicted* when
the sources give the person only other roles, *unsupported* when they name the person without
a role or do not name the person at all.

Events. Source events of the same PLOVER category are candidates. Entities match when they share
a content word or both country and sector. A candidate whose actor matches the rewrite's
recipient and whose recipient matches its actor (and not the other way round) *contradicts* it
(swapped roles), as does the best-matching candidate with the opposite polarity; a candidate with
the same polarity and no conflicting side *supports* it; no candidate: *unsupported*.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.check.align import Doc, SourceIndex
from storyline.check.base import SourceSpan, Verdict
from storyline.check.claims import Extracted
from storyline.check.lexicon import NAME_PARTICLES, ROLE_STOPWORDS, ROLE_SYNONYMS, fold, noun_class
from storyline.records import Event, EventEntity, Mention, Token

_WORD = re.compile(r"[^\W_]+")
TEXT_ALIGN_MIN = 0.6
_ENTITY_STOP = frozenset({"the", "a", "an", "of", "and", "s", "'s", "other", "some", "many"})


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


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _entity_words(e: EventEntity) -> frozenset[str]:
    """Content words of an entity, singular, with the noun class of each ("authorities" also
    gives "official")."""
    words = {_singular(w) for w in _WORD.findall(fold(e.entity_text)) if w not in _ENTITY_STOP}
    return frozenset(words | {c for w in words if (c := noun_class(w)) and c != w})


def _score(mine: tuple[EventEntity, ...], theirs: tuple[EventEntity, ...]) -> int:
    """2 when entities share a word, 1 when they share country and sector, 0 when they do not
    match, -1 when either side is empty (unknown)."""
    if not mine or not theirs:
        return -1
    best = 0
    for x in mine:
        for y in theirs:
            if _entity_words(x) & _entity_words(y):
                return 2
            if x.code and x.sector and (x.code, x.sector) == (y.code, y.sector):
                best = 1
    return best


def _swapped(e: Event, c: Event) -> bool:
    cross = (_score(e.actor, c.recipient), _score(e.recipient, c.actor))
    straight = (_score(e.actor, c.actor), _score(e.recipient, c.recipient))
    return min(cross) > 0 and sum(cross) > sum(max(0, v) for v in straight)


def _conflict(e: Event, c: Event) -> bool:
    return 0 in (_score(e.actor, c.actor), _score(e.recipient, c.recipient))


def _trigger_span(c: Event) -> tuple[int, int]:
    ev = next((v for v in c.evidence if v.field == "trigger"), c.evidence[0])
    return ev.start, ev.end


def _negations(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if t.dep == "neg" or t.lemma.lower() in ("never", "no"))


def _same_sides(e: Event, trigger: Token, tokens: list[Token], anchor: Token) -> bool:
    """Actors and recipients stand on the same side of the trigger in the source sentence as in
    the rewrite (a swap in the rewrite's wording moves them across)."""
    for ent in (*e.actor, *e.recipient):
        words = _entity_words(ent)
        if ent.start is None or not words:
            continue
        before = ent.start < trigger.start
        found = [t for t in tokens if _singular(fold(t.text)) in words]
        if found and all((t.start < anchor.start) != before for t in found):
            return False
    return True


def _text_support(x: Extracted, e: Event, item_doc: Doc, index: SourceIndex) -> Verdict | None:
    """Support by the words of the best-aligned source sentence, for events the coder read
    differently there: the trigger lemma, a word of every named entity and as many negations."""
    aligned = index.align(x.bag)
    if aligned is None or aligned.score < TEXT_ALIGN_MIN:
        return None
    doc = index.docs[aligned.source]
    tokens = doc.sentence_tokens(aligned.sentence)
    lemmas = {_singular(w) for t in tokens for w in _WORD.findall(fold(t.text))}
    lemmas |= {w for t in tokens for w in _WORD.findall(fold(t.lemma))}
    lemmas |= {c for w in lemmas if (c := noun_class(w))}
    mine = item_doc.sentence_tokens(x.claim.sentence)
    trigger = item_doc.token_at(x.claim.start)
    if trigger is None or fold(trigger.lemma) not in lemmas:
        return None
    named = [w for a in (*e.actor, *e.recipient) if (w := _entity_words(a))]
    if any(not (w & lemmas) for w in named):
        return None
    if _negations(mine) != _negations(tokens):
        return None
    anchor = next((t for t in tokens if fold(t.lemma) == fold(trigger.lemma)), None)
    if anchor is None or not _same_sides(e, trigger, tokens, anchor):
        return None
    reason = "the matching source sentence says so"
    return Verdict(
        x.claim, "supported", reason, index.sentence_span(aligned.source, aligned.sentence)
    )


def judge_event(x: Extracted, item_doc: Doc, index: SourceIndex) -> Verdict:
    e = x.record
    assert isinstance(e, Event)
    cands = [
        (si, c) for si, d in enumerate(index.docs) for c in d.item.events if c.event == e.event
    ]
    aligned = index.align(x.bag)

    def rank(sc: tuple[int, Event]) -> tuple[int, bool, bool]:
        si, c = sc
        here = aligned is not None and any(
            (si, v.sentence) == (aligned.source, aligned.sentence) for v in c.evidence
        )
        sides = max(0, _score(e.actor, c.actor)) + max(0, _score(e.recipient, c.recipient))
        return (sides, here, c.mode == e.mode)

    cands.sort(key=rank, reverse=True)
    for si, c in cands:
        if _swapped(e, c):
            reason = "the source has actor and recipient the other way round"
            return Verdict(x.claim, "contradicted", reason, index.span(si, *_trigger_span(c)))
    if cands:
        si, best = cands[0]
        span = index.span(si, *_trigger_span(best))
        if best.negated != e.negated and not _conflict(e, best):
            said = "did not happen" if best.negated else "happened"
            return Verdict(x.claim, "contradicted", f"the source says it {said}", span)
        if not _conflict(e, best):
            return Verdict(x.claim, "supported", "the source reports this event", span)
    by_text = _text_support(x, e, item_doc, index)
    if by_text is not None:
        return by_text
    if cands:
        return Verdict(x.claim, "unsupported", "no source event has these actors", span)
    return Verdict(x.claim, "unsupported", f"no source reports a {e.event} event")
