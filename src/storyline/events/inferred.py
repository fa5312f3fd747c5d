"""Parties the text implies but does not name, filled in after a hit's own arguments are read.

Every inference here is a convention of event coding, applied only where the sentence leaves the
field empty:

* an unstated protest target is the government of the country it happens in (no evidence span:
  inferred, not read);
* the parties of a material event (protest, coercion, assault, retreat, mobilization) with no
  stated nationality, and the actors of a domestic demand, complaint, refusal, threat or
  concession, belong to the country where the text says it happened ("guerrillas attacked a
  post in Chad" -> Chadian guerrillas); protesters, when no place is stated, to the
  one government they protest against ("students marched to demand the resignation of the
  Egyptian president" -> Egyptian students);
* a state's coercion falls on its own people unless the text says otherwise ("Turkish police
  broke up a march by students" -> Turkish students);
* an attack with no stated perpetrator is by unidentified attackers (UAF) of the country where
  the text says it happened ("Three soldiers killed in ambush near Gao"); likewise a coercion
  with no stated agent is by the authorities (GOV) of that country ("a curfew was clamped on
  Leh town"), and a protest with no stated crowd by protesters (CVL) of it ("a complete bandh
  was observed in Kohima");
* an actorless release or arrest takes the actor of the nearest earlier one a few sentences back
  ("the government released 103 ...; the release of 225 others followed").
"""

from __future__ import annotations

from dataclasses import replace

from storyline.annotate.actors import country_name, known_organization
from storyline.events.entities import INTERNATIONAL_SECTORS, Arg, occupier
from storyline.events.merge import Hit
from storyline.records import EventEntity, Token

# happenings whose unstated actor carries over from a recent report of the same kind
CARRIED_ACTOR = frozenset({("RETREAT", "release"), ("COERCE", "arrest")})
CARRY_SENTENCES = 3
# events whose unstated target is the government of the country they happen in: a strike or
# demonstration with no one named is aimed at the authorities ("workers struck over a bill")
IMPLIED_TARGET = frozenset({"PROTEST"})
# events done where they happen (material acts, and the demands, complaints and refusals of
# domestic parties): their parties of no stated nationality belong where the event happens;
# talks, agreements, aid and sanctions bring parties from elsewhere
LOCAL_EVENTS = frozenset({"PROTEST", "COERCE", "ASSAULT", "RETREAT", "MOBILIZE"})
DOMESTIC_EVENTS = LOCAL_EVENTS | {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE"}
# events whose unnamed actor is coded as a party of the country where they happen: attacks by
# unidentified attackers, coercion by the authorities, protests by protesters
UNNAMED_PARTIES = {
    "ASSAULT": ("unidentified attackers", "UAF"),
    "COERCE": ("authorities", "GOV"),
    "PROTEST": ("protesters", "CVL"),
}


def infer_parties(hit: Hit, trigger: Token, *, state_actor: bool) -> None:
    """Fill the parties of ``hit`` that its sentence implies (see the module docstring)."""
    if hit.event in DOMESTIC_EVENTS:
        here = _stated_country(hit)
        if hit.event in LOCAL_EVENTS:
            hit.recipient = _with_country(hit.recipient, here)
        if hit.event == "PROTEST":
            here = here or _one_code(hit.recipient, sector="GOV")
        if hit.event in LOCAL_EVENTS:
            here = here or _inferred_country(hit)
        if hit.event == "ASSAULT":
            here = here or _one_code(hit.recipient)  # "a suicide attacker ... inside a mosque
            # in Kunduz city": an unnamed attacker belongs where the victims are
        # (a protest's or raid's groups are local: "civil society groups marched in Lilongwe")
        hit.actor = _with_country(hit.actor, here, groups=hit.event in LOCAL_EVENTS)
    hit.actor = _groups_at_home(hit.actor)
    if not hit.recipient and hit.event in IMPLIED_TARGET:
        hit.recipient = _implied_target(hit, trigger)
    if not hit.actor and hit.event in UNNAMED_PARTIES:
        hit.actor = _unidentified(hit, trigger)
    if hit.event == "COERCE" and state_actor:
        hit.recipient = _with_country(hit.recipient, _one_code(hit.actor))


def _stated_country(hit: Hit) -> str | None:
    loc = hit.location
    return loc.country if loc is not None and loc.start is not None else None


def _inferred_country(hit: Hit) -> str | None:
    """The country the text is about when it states no place of its own for a material act
    (the coder's fallback place: the dateline's, or the one country the text names)."""
    loc = hit.location
    return loc.country if loc is not None and loc.start is None else None


def _one_code(args: list[Arg], *, sector: str | None = None) -> str | None:
    codes = {a.entity.code for a in args if sector is None or a.entity.sector == sector}
    codes.discard(None)
    return codes.pop() if len(codes) == 1 else None


def _with_country(args: list[Arg], code: str | None, *, groups: bool = False) -> list[Arg]:
    """``args`` with ``code`` given to every domestic party that has no country (an occupier
    of the place takes the occupying state's: settlers in the West Bank are Israeli, the
    "occupation forces" in Ukraine Russian); with ``groups``, also to non-governmental groups
    of no stated country (a teachers' association on a march; never an international body)."""
    if code is None:
        return args

    def local(a: Arg) -> bool:
        if a.entity.sector not in INTERNATIONAL_SECTORS:
            return True
        named = known_organization(a.entity.entity_text) is not None  # "Amnesty International"
        return groups and a.entity.sector == "NGO" and not named

    return [
        replace(a, entity=replace(a.entity, code=occupier(a.entity.entity_text, code) or code))
        if a.entity.code is None and local(a)
        else a
        for a in args
    ]


def _groups_at_home(args: list[Arg]) -> list[Arg]:
    """An armed group that fights in several countries ("JNIM", "Boko Haram") takes the
    country where it acts when the text says where; when it does not, the country it is best
    known in."""
    out = []
    for a in args:
        known = known_organization(a.entity.entity_text) if a.entity.code is None else None
        if known is not None and known.shared and known.code:
            a = replace(a, entity=replace(a.entity, code=known.code))
        out.append(a)
    return out


def _implied_target(hit: Hit, trigger: Token) -> list[Arg]:
    """The government of the country where the event is stated to happen, else of its actors'
    one country (no span: inferred, not read)."""
    code = _stated_country(hit) or _one_code(hit.actor)
    return [] if code is None else [_party(hit, trigger, code, country_name(code), "GOV")]


def _unidentified(hit: Hit, trigger: Token) -> list[Arg]:
    """The unnamed actor (see UNNAMED_PARTIES) of the country where the event is stated to
    happen, as ICEWS and PLOVER code an attack whose perpetrator the text does not name (no
    span)."""
    code = _stated_country(hit)
    if code is None and hit.event == "ASSAULT":
        code = _inferred_country(hit)  # "crude bombs were hurled at a bus on the highway"
        # under a text about one country: its attackers, unnamed
    text, sector = UNNAMED_PARTIES[hit.event]
    return [] if code is None else [_party(hit, trigger, code, text, sector)]


def _party(hit: Hit, trigger: Token, code: str, text: str, sector: str) -> Arg:
    """An inferred party of ``hit`` (no span of its own; anchored at the trigger)."""
    return Arg(EventEntity(text, code, sector), hit.sentence, trigger.i, f"{code}/{sector}")


def carry_actors(hits: list[Hit]) -> None:
    """Give an actorless release or arrest the actor of the nearest earlier one (a few sentences
    back): later mentions often drop the agent ("the release of 225 others")."""
    for k, hit in enumerate(hits):
        if hit.actor or (hit.event, hit.mode) not in CARRIED_ACTOR:
            continue
        for prev in reversed(hits[:k]):
            if hit.sentence - prev.sentence > CARRY_SENTENCES:
                break
            if (prev.event, prev.mode) == (hit.event, hit.mode) and prev.actor:
                hit.actor = list(prev.actor)
                break


__all__ = ["carry_actors", "infer_parties"]
