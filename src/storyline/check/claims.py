"""Claims of a rewrite, read from its annotations and events.

- **number**: every quantity (value, bounds, the noun it counts, the happening it belongs to);
- **date**: every time expression with a resolved value;
- **title**: every person mention whose role is stated at that place ("Interior Minister X",
  "X, the head of ..."), one per person and role per sentence;
- **quote**: text between double quotation marks (straight or curly) or curly single ones;
- **event**: every coded event with an actor or a recipient, or stated as not having happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.check.align import Doc, content_bag
from storyline.check.base import Analyzed, Claim
from storyline.check.lexicon import noun_class
from storyline.records import Event, EventEntity, Evidence, Mention, Quantity, TimeExpr, Token

_QUOTE = re.compile(
    r"“(?P<a>[^”\n]{2,800})”|\"(?P<b>[^\"\n]{2,800})\"|(?:(?<=^)|(?<=[\s(\[]))‘(?P<c>[^’\n]{2,800}?)’(?!\w)"
)
Payload = Quantity | TimeExpr | Mention | Event | str


@dataclass(frozen=True, slots=True)
class Extracted:
    """A claim and the record it was read from (used by the verdict rules, not reported)."""

    claim: Claim
    record: Payload
    bag: frozenset[str]  # content lemmas of the claim's sentence


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _numbers(item: Analyzed, doc: Doc) -> list[Extracted]:
    out = []
    aid = item.annotated.article.id
    for q in item.annotated.quantities:
        if q.value is None:
            continue
        end = q.noun_end if q.noun_end is not None and q.noun_end > q.end else q.end
        happening = doc.happening(q, item.events)
        claim = Claim(
            id=Claim.make_id(aid, "number", q.start, end),
            kind="number",
            sentence=q.sentence,
            start=q.start,
            end=end,
            text=item.text[q.start : end],
            summary=f"{q.text} {q.noun or '(no noun)'}" + (f" ({happening})" if happening else ""),
            value={
                "value": q.value,
                "low": q.low,
                "high": q.high,
                "vague": q.vague,
                "noun": q.noun,
                "noun_class": noun_class(q.noun),
                "happening": happening,
            },
        )
        out.append(Extracted(claim, q, doc.bags[q.sentence]))
    return out


def _dates(item: Analyzed, doc: Doc) -> list[Extracted]:
    aid = item.annotated.article.id
    return [
        Extracted(
            Claim(
                id=Claim.make_id(aid, "date", t.start, t.end),
                kind="date",
                sentence=t.sentence,
                start=t.start,
                end=t.end,
                text=t.text,
                summary=f"{t.text} = {t.value}",
                value={"date": t.value, "precision": t.precision, "year_known": t.year_known},
            ),
            t,
            doc.bags[t.sentence],
        )
        for t in item.annotated.timexes
        if t.value
    ]


def _titles(item: Analyzed, doc: Doc) -> list[Extracted]:
    out, seen = [], set()
    aid = item.annotated.article.id
    for m in item.annotated.mentions:
        if m.label != "PERSON" or not m.role or m.role_start is None or m.role_end is None:
            continue
        name = m.canonical or m.text
        key = (m.sentence, name, m.role.lower())
        if key in seen:
            continue
        seen.add(key)
        start, end = min(m.start, m.role_start), max(m.end, m.role_end)
        claim = Claim(
            id=Claim.make_id(aid, "title", start, end),
            kind="title",
            sentence=m.sentence,
            start=start,
            end=end,
            text=item.text[start:end],
            summary=f"{name}: {m.role}",
            value={"person": name, "role": m.role, "country": m.country, "sector": m.sector},
        )
        out.append(Extracted(claim, m, doc.bags[m.sentence]))
    return out


def _quotes(item: Analyzed, doc: Doc) -> list[Extracted]:
    out = []
    aid = item.annotated.article.id
    for match in _QUOTE.finditer(item.text):
        group = next(g for g in ("a", "b", "c") if match.group(g) is not None)
        start, end = match.start(group), match.end(group)
        words = match.group(group).strip()
        if not any(c.isalpha() for c in words):
            continue
        sentence = doc.sentence_at(start)
        claim = Claim(
            id=Claim.make_id(aid, "quote", start, end),
            kind="quote",
            sentence=sentence,
            start=start,
            end=end,
            text=item.text[start:end],
            summary=f"“{words}”",
            value={"quote": words},
        )
        out.append(Extracted(claim, words, content_bag(doc.sentence_tokens(sentence))))
    return out


def entity_json(entities: tuple[EventEntity, ...]) -> list[dict[str, str | None]]:
    return [{"text": e.entity_text, "country": e.code, "sector": e.sector} for e in entities]


def event_claim(article_id: str, at: Evidence | Token, e: Event, *, swapped: bool = False) -> Claim:
    """The event claim of ``e`` anchored at ``at``; ``swapped`` states it with the sides reversed
    (the rewrite words the source's event the other way round)."""
    actor, recipient = (e.recipient, e.actor) if swapped else (e.actor, e.recipient)
    actors = "; ".join(a.entity_text for a in actor) or "?"
    recipients = "; ".join(r.entity_text for r in recipient) or "?"
    polarity = "not " if e.negated else ""
    summary = f"{actors} {polarity}{e.event}/{e.mode or '-'} {recipients}"
    return Claim(
        id=Claim.make_id(article_id, "event", at.start, at.end),
        kind="event",
        sentence=at.sentence,
        start=at.start,
        end=at.end,
        text=at.text,
        summary=f"{summary} (as worded)" if swapped else summary,
        value={
            "event": e.event,
            "mode": e.mode,
            "negated": e.negated,
            "actor": entity_json(actor),
            "recipient": entity_json(recipient),
        },
    )


def _events(item: Analyzed, doc: Doc) -> list[Extracted]:
    out = []
    aid = item.annotated.article.id
    for e in item.events:
        if not (e.actor or e.recipient or e.negated):
            continue
        trigger = next((ev for ev in e.evidence if ev.field == "trigger"), None)
        if trigger is None:
            continue
        out.append(Extracted(event_claim(aid, trigger, e), e, doc.bags[trigger.sentence]))
    return out


def extract_claims(item: Analyzed) -> list[Extracted]:
    """Every claim of an analyzed rewrite, in text order (kind breaks ties)."""
    doc = Doc(item)
    found = [
        *_numbers(item, doc),
        *_dates(item, doc),
        *_titles(item, doc),
        *_quotes(item, doc),
        *_events(item, doc),
    ]
    order = {"number": 0, "date": 1, "title": 2, "quote": 3, "event": 4}
    return sorted(found, key=lambda x: (x.claim.start, order[x.claim.kind], x.claim.end))
