"""Reverse check of event actors: every source event is looked for in the rewrite, whether or not
the event coder codes anything there.

A source event with an actor and a recipient on opposite sides of its trigger in the source
sentence is mapped onto the rewrite sentence that best matches that sentence (overlap of content
lemmas >= :data:`SIDES_ALIGN_MIN`). When the rewrite sentence has the trigger's lemma once, words
of the actor only on one side of it, words of the recipient only on the other, and both sides are
the opposite of the source's (after accounting for a change between active and passive voice),
the rewrite states the event the other way round: a ``contradicted`` event claim at the rewrite's
trigger word, with the source trigger as evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from storyline.check.actors import _entity_words, _trigger_span
from storyline.check.align import MIN_BAG, Doc, SourceIndex, overlap
from storyline.check.base import Verdict
from storyline.check.claims import event_claim
from storyline.check.lexicon import fold, singular
from storyline.records import Event, EventEntity, Token

SIDES_ALIGN_MIN = 0.6
_PASSIVE = frozenset({"nsubjpass", "auxpass"})


@dataclass(frozen=True, slots=True)
class _Sides:
    actor: bool  # True: before the trigger
    recipient: bool


def _passive(doc: Doc, trigger: Token) -> bool:
    return any(
        t.head == trigger.i and t.dep in _PASSIVE for t in doc.sentence_tokens(trigger.sentence)
    )


def _side(tokens: list[Token], words: frozenset[str], trigger: Token) -> bool | None:
    """True when every word of the entity in the sentence stands before the trigger, False when
    every one stands after it; None when absent or on both sides."""
    sides = {
        t.start < trigger.start
        for t in tokens
        if t.i != trigger.i and singular(fold(t.text)) in words
    }
    return next(iter(sides)) if len(sides) == 1 else None


def _best_sentence(doc: Doc, bag: frozenset[str]) -> int | None:
    if len(bag) < MIN_BAG:
        return None
    scored = [(overlap(bag, other), i) for i, other in enumerate(doc.bags) if len(other) >= MIN_BAG]
    best = max(scored, default=(0.0, -1))
    return best[1] if best[0] >= SIDES_ALIGN_MIN else None


def _words(mine: EventEntity, other: EventEntity) -> frozenset[str]:
    return _entity_words(mine) - _entity_words(other)


def _flipped(rw: Doc, sentence: int, src: Doc, e: Event) -> Token | None:
    """The rewrite's trigger token when the rewrite sentence has the event's sides swapped."""
    a, r = e.actor[0], e.recipient[0]
    start, _ = _trigger_span(e)
    trigger = src.token_at(start)
    if trigger is None or a.start is None or r.start is None:
        return None
    before = _Sides(a.start < trigger.start, r.start < trigger.start)
    if before.actor == before.recipient:
        return None
    tokens = rw.sentence_tokens(sentence)
    anchors = [t for t in tokens if fold(t.lemma) == fold(trigger.lemma) and t.pos == trigger.pos]
    if len(anchors) != 1:
        return None
    anchor = anchors[0]
    actor_words, recipient_words = _words(a, r), _words(r, a)
    if not actor_words or not recipient_words:
        return None
    actor, recipient = _side(tokens, actor_words, anchor), _side(tokens, recipient_words, anchor)
    if actor is None or recipient is None or actor == recipient:
        return None
    now = _Sides(actor, recipient)
    if _passive(rw, anchor) != _passive(src, trigger):
        now = _Sides(not now.actor, not now.recipient)
    return anchor if now != before else None


def swapped_sides(rewrite: Doc, index: SourceIndex) -> list[Verdict]:
    """Contradicted event claims for source events the rewrite words the other way round."""
    out: dict[int, Verdict] = {}
    for si, src in enumerate(index.docs):
        for e in src.item.events:
            if not (e.actor and e.recipient) or e.negated:
                continue
            start, end = _trigger_span(e)
            sentence = _best_sentence(rewrite, src.bags[src.sentence_at(start)])
            anchor = _flipped(rewrite, sentence, src, e) if sentence is not None else None
            if anchor is None or anchor.start in out:
                continue
            names = (e.actor[0].entity_text, e.recipient[0].entity_text)
            reason = f"the source has {names[0]} acting on {names[1]}, not the other way round"
            out[anchor.start] = Verdict(
                event_claim(rewrite.item.annotated.article.id, anchor, e, swapped=True),
                "contradicted",
                reason,
                index.span(si, start, end),
            )
    return list(out.values())
