"""Verdicts for the actors and polarity of events (the reverse check: :mod:`.sides`).

Source events of the same PLOVER category are candidates. Entities match when they share a
content word or both country and sector. Rules, in order:

1. the best-matching candidate with no conflicting side *supports* the claim, or *contradicts*
   it when its polarity is the opposite;
2. a candidate coded in the best-aligned source sentence (overlap >= :data:`SWAP_ALIGN_MIN`)
   whose actor matches the rewrite's recipient and whose recipient matches its actor (and not
   the other way round) *contradicts* it (swapped roles);
3. otherwise the words decide, for events the coder read differently in the two texts: when the
   best-aligned source sentence (overlap >= :data:`TEXT_ALIGN_MIN`) has the trigger's lemma, the
   claim is *contradicted* when only one of the two trigger words is negated or a named actor
   stands on the other side of the trigger, *unsupported* when an actor's words appear nowhere in
   the sources, and *supported* otherwise (a coder disagreement is no claim of the rewrite);
4. anything else is *unsupported* (no source reports the event).
"""

from __future__ import annotations

import re
from functools import lru_cache

from storyline.check.align import Doc, SourceIndex
from storyline.check.base import Verdict
from storyline.check.claims import Extracted
from storyline.check.lexicon import fold, noun_class, singular
from storyline.records import Event, EventEntity, Token

TEXT_ALIGN_MIN = 0.6
SWAP_ALIGN_MIN = 0.5
_WORD = re.compile(r"[^\W_]+")
_ENTITY_STOP = frozenset({"the", "a", "an", "of", "and", "s", "'s", "other", "some", "many"})
_UNNAMED = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "who", "this",
     "number", "lot", "group", "couple", "dozen", "several", "few", "most", "all", "both", "each",
     "one", "share", "part"}
)  # fmt: skip


@lru_cache(maxsize=65536)
def _words_of(text: str) -> frozenset[str]:
    words = {singular(w) for w in _WORD.findall(fold(text)) if w not in _ENTITY_STOP}
    return frozenset(words | {c for w in words if (c := noun_class(w)) and c != w})


def _entity_words(e: EventEntity) -> frozenset[str]:
    """Content words of an entity, singular, with the noun class of each ("authorities" also
    gives "official")."""
    return _words_of(e.entity_text)


def _named(e: EventEntity) -> frozenset[str]:
    """The entity's words that name something (not pronouns or quantity words)."""
    return _entity_words(e) - _UNNAMED


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


def _negated(tokens: list[Token], trigger: Token) -> bool:
    """The word is negated: a negation, "never" or "no" attached to it."""
    return any(
        t.head == trigger.i and (t.dep == "neg" or t.lemma.lower() in ("never", "no"))
        for t in tokens
    )


def linked(tokens: tuple[Token, ...], start: int, end: int, trigger: Token) -> bool:
    """A token of chars ``start:end`` is an argument of the trigger in the parse: the trigger is
    at most two heads up from it (subject, object, object of a preposition), or it hangs from
    the word the trigger (a noun) hangs from."""
    for t in tokens:
        if not start <= t.start < end:
            continue
        up = [t.head, tokens[t.head].head]
        if trigger.i in up or (trigger.pos == "NOUN" and trigger.head == t.head != t.i):
            return True
    return False


def _same_sides(
    e: Event, trigger: Token, item_doc: Doc, tokens: list[Token], anchor: Token
) -> bool:
    """Named actors and recipients that are arguments of the trigger in the rewrite stand on
    the same side of the trigger in the source sentence (a swap moves them across)."""
    for ent in (*e.actor, *e.recipient):
        words = _named(ent)
        if ent.start is None or ent.end is None or not words:
            continue
        if not linked(item_doc.tokens, ent.start, ent.end, trigger):
            continue
        before = ent.start < trigger.start
        found = [t for t in tokens if t.i != anchor.i and singular(fold(t.text)) in words]
        if found and all((t.start < anchor.start) != before for t in found):
            return False
    return True


def _by_text(x: Extracted, e: Event, item_doc: Doc, index: SourceIndex) -> Verdict | None:
    """The verdict of the best-aligned source sentence's words (rule 3), None when that
    sentence does not have the trigger's lemma."""
    aligned = index.align(x.bag)
    trigger = item_doc.token_at(x.claim.start)
    if aligned is None or aligned.score < TEXT_ALIGN_MIN or trigger is None:
        return None
    tokens = index.docs[aligned.source].sentence_tokens(aligned.sentence)
    anchors = [t for t in tokens if fold(t.lemma) == fold(trigger.lemma)]
    if not anchors:
        return None
    span = index.sentence_span(aligned.source, aligned.sentence)
    mine = item_doc.sentence_tokens(x.claim.sentence)
    if all(_negated(tokens, a) != _negated(mine, trigger) for a in anchors):
        said = "did not happen" if any(_negated(tokens, a) for a in anchors) else "happened"
        return Verdict(
            x.claim, "contradicted", f"the matching source sentence says it {said}", span
        )
    if not any(_same_sides(e, trigger, item_doc, tokens, a) for a in anchors):
        reason = "the matching source sentence has actor and recipient the other way round"
        return Verdict(x.claim, "contradicted", reason, span)
    for ent in (*e.actor, *e.recipient):
        if (words := _named(ent)) and not any(words & d.words for d in index.docs):
            reason = f"no source names {ent.entity_text}"
            return Verdict(x.claim, "unsupported", reason, span)
    return Verdict(x.claim, "supported", "the matching source sentence says so", span)


def _ranked(x: Extracted, e: Event, index: SourceIndex) -> list[tuple[int, Event, bool]]:
    """Same-category source events, best match first, each with whether it is coded in the
    best-aligned source sentence."""
    aligned = index.align(x.bag)
    out = []
    for si, d in enumerate(index.docs):
        for c in d.item.events:
            if c.event != e.event:
                continue
            here = aligned is not None and any(
                (si, v.sentence) == (aligned.source, aligned.sentence) for v in c.evidence
            )
            out.append((si, c, here and aligned is not None and aligned.score >= SWAP_ALIGN_MIN))

    def rank(item: tuple[int, Event, bool]) -> tuple[int, bool, bool]:
        c = item[1]
        sides = max(0, _score(e.actor, c.actor)) + max(0, _score(e.recipient, c.recipient))
        return (sides, item[2], c.mode == e.mode)

    return sorted(out, key=rank, reverse=True)


def judge_event(x: Extracted, item_doc: Doc, index: SourceIndex) -> Verdict:
    e = x.record
    assert isinstance(e, Event)
    cands = _ranked(x, e, index)
    if cands and not _conflict(e, cands[0][1]):
        si, best, _ = cands[0]
        span = index.span(si, *_trigger_span(best))
        if best.negated != e.negated:
            said = "did not happen" if best.negated else "happened"
            return Verdict(x.claim, "contradicted", f"the source says it {said}", span)
        return Verdict(x.claim, "supported", "the source reports this event", span)
    for si, c, here in cands:
        if here and _swapped(e, c):
            reason = "the source has actor and recipient the other way round"
            return Verdict(x.claim, "contradicted", reason, index.span(si, *_trigger_span(c)))
    by_text = _by_text(x, e, item_doc, index)
    if by_text is not None:
        return by_text
    if cands:
        span = index.span(cands[0][0], *_trigger_span(cands[0][1]))
        return Verdict(x.claim, "unsupported", "no source event has these actors", span)
    return Verdict(x.claim, "unsupported", f"no source reports a {e.event} event")
