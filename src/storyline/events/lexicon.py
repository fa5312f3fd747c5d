"""The trigger lexicon of the rule coder, loaded from the bundled ``triggers.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from storyline.events.ontology import category


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry: a lemma (plus an optional particle/preposition) -> (event, mode)."""

    lemma: str
    particle: str | None
    event: str
    mode: str | None
    nominal: bool
    obj: str | None = None  # object class the object's head must belong to
    size: str | None = None  # EventSize.kind when the trigger counts something
    of: str | None = None  # role of an of-phrase of a nominal trigger
    recipient_preps: tuple[str, ...] = ()
    light_only: bool = False  # nominal counts only as the object of a light verb
    content: bool = False  # its clausal complement is the content (REQUEST, THREATEN)
    negates: bool = False  # its complement did not happen ("refused to ...")
    reporting: bool = False  # also a reporting verb ("alleged that ...")
    reciprocal: bool = False  # "X and Y met": all participants are actors
    intransitive: bool = False  # a direct object means another sense ("demonstrate that")
    plural_only: bool = False  # only the plural noun triggers ("talks")
    state: tuple[str, str | None] | None = None  # (event, mode) when a state actor does it
    # a compound modifier that changes the sense: "air strike" is ASSAULT, "hunger strike" ...
    compounds: tuple[tuple[str, str, str | None], ...] = ()
    cameo_root: str | None = None  # CAMEO root replacing the category's ("02" appeal for "10")
    # object class -> the sense it gives: "lifted the blockade" (RETREAT), "received inspectors"
    senses: tuple[tuple[str, str, str | None], ...] = ()
    # compound/adjective modifiers that mean another word: "press release" is no release
    not_after: frozenset[str] = frozenset()
    only_after: frozenset[str] = frozenset()  # counts only with such a modifier ("war games")
    alone: tuple[str, str | None] | None = None  # (event, mode) with one party, no partner
    commands: bool = False  # "ordered troops to withdraw": one's own forces' act is the event
    clause_only: bool = False  # counts only with a clausal complement ("ordered X to appear")
    no_clause: bool = False  # counts only without one ("ordered troops to the border")
    agent: bool = False  # counts only with a stated actor ("the road was reopened": no event)
    yields: bool = False  # a trigger noun as its object speaks instead ("allowed the release")
    # prepositions that give the verb another sense ("walked out of prison": left, no strike)
    not_with: frozenset[str] = frozenset()
    # particles that make another verb ("handed in weapons" is no "handed weapons" to someone)
    not_particles: frozenset[str] = frozenset()
    particle_obj: str | None = (
        None  # class the particle's object must be in ("took to the streets")
    )
    subject: str | None = None  # class the subject must be in ("rockets landed near X")
    police: bool = False  # only police or troops do it ("lathi-charged"): an act of state
    bare: tuple[str, str | None] | None = None  # (event, mode) with no clausal complement
    political: bool = True  # False: political without an anchor ("a mob lynched a man")
    cause: bool = False  # counts only when the sentence gives a crowd's cause ("thronged the
    # avenue, waving flags against the bill"; not "shoppers thronged the mall")


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, tuple[Trigger, ...]]  # by lemma
    nouns: dict[str, tuple[Trigger, ...]]
    light_verbs: frozenset[str]
    quantifier_nouns: frozenset[str]
    reporting_verbs: frozenset[str]
    object_classes: dict[str, frozenset[str]]
    mobilize_modes: dict[str, frozenset[str]]
    content_modes: dict[str, dict[str, str]]
    size_kinds: dict[str, str]
    state_sectors: frozenset[str]
    political_sectors: frozenset[str]
    political_cues: frozenset[str]
    nonpolitical_cues: frozenset[str]
    crime_cues: frozenset[str]  # ordinary crime and family quarrels (a subset of the above)
    disappearance_cues: tuple[str, ...]  # phrases that make an arrest a disappearance
    work_verbs: frozenset[str]  # refusing to do them is a strike ("refused to haul loads")
    context_cues: dict[str, frozenset[str]]
    modality: dict[str, frozenset[str]]
    objection_verbs: frozenset[str] = frozenset()  # light verbs of a spoken protest ("lodge")
    ending_verbs: frozenset[str] = frozenset()  # "call off" a strike: a concession
    stopping_verbs: frozenset[str] = frozenset()  # "prevent" a rally: coercion
    effort_nouns: frozenset[str] = frozenset()  # "a mediation effort": the compound triggers
    must_reporting: frozenset[str] = frozenset()  # "X said Y must ...": a demand
    partitive_nouns: frozenset[str] = frozenset()  # "part of the programme": test the of-phrase
    ending_nouns: frozenset[str] = frozenset()  # "the lifting of ...": its object ends
    agentive_content: frozenset[str] = frozenset()  # "warned that": only a party's act counts
    # nouns of two-sided fighting: an armed subject of the verb they qualify took part
    # ("troops retook the town after heavy fighting")
    combat_nouns: frozenset[str] = frozenset()
    inanimate_actors: frozenset[str] = frozenset()  # "fallen trees blocked roads": no party
    sport_cues: frozenset[str] = frozenset()  # the cues that make a protest sport, not politics
    # words of armed conflict that no accident or crime story uses ("an IED blast", "Maoists")
    armed_cues: frozenset[str] = frozenset()

    def size_kind(self, trigger: Trigger) -> str | None:
        if trigger.size:
            return trigger.size
        if trigger.mode and trigger.mode in self.size_kinds:
            return self.size_kinds[trigger.mode]
        return self.size_kinds.get(trigger.event)


def _trigger(key: str, raw: dict[str, Any], *, nominal: bool) -> Trigger:
    lemma, _, particle = key.partition(" ")
    event = category(raw["event"]).name
    state = raw.get("state")
    return Trigger(
        lemma=lemma,
        particle=particle or None,
        event=event,
        mode=raw.get("mode"),
        nominal=nominal,
        obj=raw.get("object"),
        size=raw.get("size"),
        of=raw.get("of"),
        recipient_preps=tuple(raw.get("recipient_preps", ())),
        light_only=bool(raw.get("light_only", False)),
        content=bool(raw.get("content", False)),
        negates=bool(raw.get("negates", False)),
        reporting=bool(raw.get("reporting", False)),
        reciprocal=bool(raw.get("reciprocal", False)),
        intransitive=bool(raw.get("intransitive", False)),
        plural_only=bool(raw.get("plural_only", False)),
        state=(state["event"], state.get("mode")) if state else None,
        compounds=tuple(
            (word, category(ev).name, mode)
            for word, (ev, mode) in sorted(raw.get("compounds", {}).items())
        ),
        cameo_root=raw.get("cameo_root"),
        senses=tuple(
            (cls, category(ev).name, mode) for cls, (ev, mode) in raw.get("senses", {}).items()
        ),
        not_after=frozenset(raw.get("not_after", ())),
        yields=bool(raw.get("yields", False)),
        agent=bool(raw.get("agent", False)),
        commands=bool(raw.get("commands", False)),
        clause_only=bool(raw.get("clause_only", False)),
        no_clause=bool(raw.get("no_clause", False)),
        only_after=frozenset(raw.get("only_after", ())),
        alone=(raw["alone"][0], raw["alone"][1]) if "alone" in raw else None,
        not_with=frozenset(raw.get("not_with", ())),
        not_particles=frozenset(raw.get("not_particles", ())),
        particle_obj=raw.get("particle_obj"),
        subject=raw.get("subject"),
        police=bool(raw.get("police", False)),
        bare=(raw["bare"][0], raw["bare"][1]) if "bare" in raw else None,
        political=bool(raw.get("political", True)),
        cause=bool(raw.get("cause", False)),
    )


def _index(entries: dict[str, Any], *, nominal: bool) -> dict[str, tuple[Trigger, ...]]:
    out: dict[str, list[Trigger]] = {}
    for key, raws in entries.items():  # one entry, or several tried in order
        for raw in raws if isinstance(raws, list) else [raws]:
            trig = _trigger(key, raw, nominal=nominal)
            out.setdefault(trig.lemma, []).append(trig)
    # entries with a particle first: "call for" wins over "call"
    return {k: tuple(sorted(v, key=lambda t: t.particle is None)) for k, v in out.items()}


def _sets(raw: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in raw.items()}


@cache
def load_lexicon() -> Lexicon:
    """The bundled trigger lexicon (parsed once per process)."""
    text = resources.files("storyline.events").joinpath("triggers.json").read_text("utf-8")
    raw = json.loads(text)
    return Lexicon(
        verbs=_index(raw["verbs"], nominal=False),
        nouns=_index(raw["nouns"], nominal=True),
        light_verbs=frozenset(raw["light_verbs"]),
        quantifier_nouns=frozenset(raw["quantifier_nouns"]),
        reporting_verbs=frozenset(raw["reporting_verbs"]),
        object_classes=_sets(raw["object_classes"]),
        mobilize_modes=_sets(raw["mobilize_modes"]),
        content_modes={k: dict(v) for k, v in raw["content_modes"].items()},
        size_kinds=dict(raw["size_kinds"]),
        state_sectors=frozenset(raw["state_sectors"]),
        political_sectors=frozenset(raw["political_sectors"]),
        political_cues=frozenset(raw["political_cues"]),
        nonpolitical_cues=frozenset(raw["nonpolitical_cues"]),
        crime_cues=frozenset(raw["crime_cues"]),
        disappearance_cues=tuple(raw["disappearance_cues"]),
        work_verbs=frozenset(raw["work_verbs"]),
        context_cues=_sets(raw["context_cues"]),
        modality=_sets(raw["modality"]),
        objection_verbs=frozenset(raw.get("objection_verbs", ())),
        ending_verbs=frozenset(raw.get("ending_verbs", ())),
        stopping_verbs=frozenset(raw.get("stopping_verbs", ())),
        effort_nouns=frozenset(raw.get("effort_nouns", ())),
        must_reporting=frozenset(raw.get("must_reporting", ())),
        partitive_nouns=frozenset(raw.get("partitive_nouns", ())),
        agentive_content=frozenset(raw.get("agentive_content", ())),
        ending_nouns=frozenset(raw.get("ending_nouns", ())),
        combat_nouns=frozenset(raw.get("combat_nouns", ())),
        inanimate_actors=frozenset(raw.get("inanimate_actors", ())),
        sport_cues=frozenset(raw.get("sport_cues", ())),
        armed_cues=frozenset(raw.get("armed_cues", ())),
    )
