"""One event per happening: merge the trigger occurrences of an article into PLOVER events."""

from __future__ import annotations

from dataclasses import dataclass, field

from storyline.events.cameo import cameo_code
from storyline.events.entities import Arg
from storyline.records import (
    Event,
    EventLocation,
    EventSize,
    Evidence,
    Precision,
    stable_id,
)


@dataclass(slots=True)
class Hit:
    """One trigger occurrence with everything found around it (before merging)."""

    event: str
    mode: str | None
    sentence: int
    trigger_span: tuple[int, int]
    actor: list[Arg]
    recipient: list[Arg]
    reported_by: list[Arg]
    negated: bool
    future: bool
    hypothetical: bool
    size: EventSize | None = None
    size_span: tuple[int, int] | None = None
    date: str | None = None
    date_precision: Precision | None = None
    date_span: tuple[int, int] | None = None
    location: EventLocation | None = None
    context: set[str] = field(default_factory=set)
    confidence: float = 0.5
    cameo_root: str | None = None  # the trigger's CAMEO root, when it differs from the category's

    def flags(self) -> tuple[str, str | None, bool, bool, bool]:
        return self.event, self.mode, self.negated, self.future, self.hypothetical


def _same_party(a: Arg, b: Arg) -> bool:
    if a.key == b.key:
        return True
    if a.key.startswith("person:") or b.key.startswith("person:"):
        return False
    ea, eb = a.entity, b.entity
    if ea.code and ea.code == eb.code:
        return ea.sector is None or eb.sector is None or ea.sector == eb.sector
    return False


def actors_compatible(a: list[Arg], b: list[Arg]) -> bool:
    """Either side unstated (a vaguer restatement) or only inferred (no span: a guess), or
    some actor in common."""
    a = [x for x in a if x.entity.start is not None]
    b = [x for x in b if x.entity.start is not None]
    if not a or not b:
        return True
    return any(_same_party(x, y) for x in a for y in b)


def _exact(h: Hit) -> float | None:
    return h.size.value if h.size is not None and not h.size.vague else None


class _Group:
    def __init__(self, hit: Hit, lead: tuple[int, ...] = ()) -> None:
        self.hits = [hit]
        self.lead = lead  # a headline and its lead's sentences (select.lead_sentences)

    @property
    def first(self) -> Hit:
        return self.hits[0]

    def exact(self) -> float | None:
        return next((v for h in self.hits if (v := _exact(h)) is not None), None)

    def actors(self) -> list[Arg]:
        return [a for h in self.hits for a in h.actor]

    def accepts(self, hit: Hit) -> bool:
        """Same category, mode and modality, or an attack told again with no mode: a vaguer
        restatement ("Leader shot dead in X" / "... was killed by gunmen"); and compatible
        actors."""
        mine, its = self.first.flags(), hit.flags()
        vaguer = hit.mode is None and hit.event == "ASSAULT"
        # a headline's act with no mode told in full by its lead ("Crackdown on mourners" /
        # "police detained dozens ..."): the lead's mode and parties complete it
        top, low = sorted((self.first, hit), key=lambda h: h.sentence)
        told = top.mode is None and top.sentence == 0 < low.sentence in self.lead
        # an attack with no mode and how it was done, in one sentence ("descended on a camp,
        # hacking four men to death")
        how = mine[1] is None and hit.event == "ASSAULT" and hit.sentence == self.first.sentence
        # a protest told again as what it turned into ("Nantes pension march turns ugly" /
        # "masked groups smashed bank windows ...")
        turned = hit.event == "PROTEST" and {mine[1], hit.mode} == {"demo", "riot"}
        restated = (vaguer or told or how or turned) and (mine[0], *mine[2:]) == (its[0], *its[2:])
        return (mine == its or restated) and actors_compatible(self.actors(), hit.actor)


def _place_exact(groups: list[_Group], hit: Hit, lead: tuple[int, ...]) -> None:
    value = _exact(hit)
    for g in groups:
        if g.accepts(hit) and g.exact() == value:
            g.hits.append(hit)
            return
    groups.append(_Group(hit, lead))


def _place_vague(groups: list[_Group], hit: Hit, lead: tuple[int, ...]) -> None:
    assert hit.size is not None and hit.size.value is not None
    low = hit.size.value
    fits = [g for g in groups if g.accepts(hit) and (v := g.exact()) is not None and v >= low]
    if fits:
        min(fits, key=lambda g: (g.exact() or 0.0) - low).hits.append(hit)
        return
    same = [g for g in groups if g.accepts(hit) and g.exact() is None]
    (same[0].hits.append(hit) if same else groups.append(_Group(hit, lead)))


def _place_unsized(groups: list[_Group], hit: Hit, lead: tuple[int, ...]) -> None:
    fits = [g for g in groups if g.accepts(hit)]
    if not fits:
        groups.append(_Group(hit, lead))
        return
    keys = {a.key for a in hit.actor}

    def rank(g: _Group) -> tuple[int, int, int]:
        shared = len(keys & {a.key for a in g.actors()})
        return (-shared, -len(g.hits), g.first.trigger_span[0])

    min(fits, key=rank).hits.append(hit)


def group_hits(hits: list[Hit], lead: tuple[int, ...] = ()) -> list[list[Hit]]:
    """Partition hits into happenings: equal exact sizes, vague sizes near them, then the rest.
    ``lead``: the sentences of a headline and its lead, which tell one piece of news."""
    groups: list[_Group] = []
    ordered = sorted(hits, key=lambda h: h.trigger_span)
    for hit in (h for h in ordered if _exact(h) is not None):
        _place_exact(groups, hit, lead)
    for hit in (h for h in ordered if h.size is not None and h.size.vague and h.size.value):
        _place_vague(groups, hit, lead)
    for hit in (h for h in ordered if h.size is None or h.size.value is None):
        _place_unsized(groups, hit, lead)
    groups.sort(key=lambda g: min(h.trigger_span for h in g.hits))
    return [sorted(g.hits, key=lambda h: h.trigger_span) for g in groups]


def _evidence(text: str, name: str, sentence: int, span: tuple[int, int]) -> Evidence:
    return Evidence(name, sentence, span[0], span[1], text[span[0] : span[1]])


def _hit_evidence(text: str, h: Hit) -> list[Evidence]:
    out = [_evidence(text, "trigger", h.sentence, h.trigger_span)]
    for name, args in (
        ("actor", h.actor),
        ("recipient", h.recipient),
        ("reported_by", h.reported_by),
    ):
        for a in args:
            if a.entity.start is not None and a.entity.end is not None:
                out.append(_evidence(text, name, a.sentence, (a.entity.start, a.entity.end)))
    if h.size_span:
        out.append(_evidence(text, "size", h.sentence, h.size_span))
    if h.date_span:
        out.append(_evidence(text, "date", h.sentence, h.date_span))
    loc = h.location
    if loc is not None and loc.start is not None and loc.end is not None:
        out.append(_evidence(text, "location", h.sentence, (loc.start, loc.end)))
    return out


def _union(args: list[Arg]) -> list[Arg]:
    out: list[Arg] = []
    for a in args:
        if not any(_same_party(a, b) for b in out):
            out.append(a)
        elif a.entity.code and not any(b.entity.code for b in out if _same_party(a, b)):
            out = [a if _same_party(a, b) else b for b in out]
    return out


def _best_args(hits: list[Hit], pick: str) -> list[Arg]:
    lists = [getattr(h, pick) for h in hits if getattr(h, pick)]
    if not lists:
        return []
    best = max(  # parties the text names before inferred ones ("unidentified attackers")
        lists,
        key=lambda args: (
            any(a.entity.start is not None for a in args),
            sum(1 for a in args if a.entity.code),
            len(args),
        ),
    )
    return _union(best + [a for args in lists for a in args if args is not best])


def _key(actor: list[Arg], size: EventSize | None) -> str:
    if size is not None and size.value is not None:
        return f"size:{size.kind}:{size.value:g}"
    return "actor:" + ",".join(sorted(a.key for a in actor)) if actor else "unstated"


def _cameo(hit: Hit) -> str:
    """The CAMEO code of the event; an appeal keeps its own root ("urged" -> 02x, not 10x)."""
    code = cameo_code(hit.event, hit.mode)
    if hit.cameo_root and hit.event == "REQUEST":
        return hit.cameo_root + code[2:]
    return code


def build_event(article_id: str, text: str, hits: list[Hit], coder: str) -> Event:
    first = hits[0]
    actor = _best_args(hits, "actor")
    recipient = _best_args(hits, "recipient")
    reported = _best_args(hits, "reported_by")
    size = next((h.size for h in hits if _exact(h) is not None), None) or next(
        (h.size for h in hits if h.size is not None), None
    )
    dated = next((h for h in hits if h.date_span), None) or next((h for h in hits if h.date), None)
    evidence: list[Evidence] = []
    for h in hits:
        evidence.extend(e for e in _hit_evidence(text, h) if e not in evidence)
    confidence = min(0.95, max(h.confidence for h in hits) + 0.05 * (len(hits) - 1))
    mode = first.mode or next((h.mode for h in hits if h.mode), None)  # a headline's act
    if first.event == "PROTEST" and any(h.mode == "riot" for h in hits):
        mode = "riot"  # what the protest turned into (its violence is the news)
    event_id = stable_id(article_id, first.event, mode or "", _key(actor, size))
    return Event(
        id=event_id,
        article_id=article_id,
        event=first.event,
        mode=mode,
        context=tuple(sorted(set().union(*(h.context for h in hits)))),
        actor=tuple(a.entity for a in actor),
        recipient=tuple(a.entity for a in recipient),
        event_loc=next((h.location for h in hits if h.location is not None), None),
        date=dated.date if dated else None,
        date_precision=dated.date_precision if dated else None,
        size=size,
        negated=first.negated,
        future=first.future,
        hypothetical=first.hypothetical,
        reported_by=tuple(a.entity for a in reported),
        evidence=tuple(sorted(evidence, key=lambda e: (e.start, e.end, e.field))),
        confidence=round(confidence, 2),
        coder=coder,
        cameo=_cameo(next((h for h in hits if h.mode == mode), first)),
    )


def merge_hits(
    article_id: str, text: str, hits: list[Hit], coder: str, lead: tuple[int, ...] = ()
) -> list[Event]:
    """Events for an article, one per happening, with ids made unique deterministically;
    ``lead``: the sentences of a headline and its lead (see :func:`group_hits`)."""
    events: list[Event] = []
    seen: set[str] = set()
    for group in group_hits(hits, lead):
        ev = build_event(article_id, text, group, coder)
        if ev.id in seen:
            start = str(group[0].trigger_span[0])
            new_id = stable_id(article_id, ev.event, ev.mode or "", ev.id, start)
            ev = _replace_id(ev, new_id)
        seen.add(ev.id)
        events.append(ev)
    return events


def _replace_id(ev: Event, new_id: str) -> Event:
    from dataclasses import replace

    return replace(ev, id=new_id)
