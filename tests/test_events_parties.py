"""Who acts and who is acted on: rules over the parse for the main event's actor/recipient.

Covers attack verbs in their attack sense only, peoples qualified by a country of residence,
speakers of a statement named as an object ("issued a statement demanding ..."), parties found
guilty of an act, parties engaged in an act, partners of a light-verb meeting, natural forces
that are no party, and the sectors of officers and investigators.
"""

from __future__ import annotations

import pytest

from event_support import main_event_of
from storyline.annotate.actors import sector_of
from storyline.annotate.base import Annotator
from storyline.records import Event


def _main(annotator: Annotator, text: str) -> Event | None:
    return main_event_of(annotator, text)


def _codes(parties: tuple[object, ...] | list[object]) -> set[str | None]:
    return {getattr(p, "code", None) for p in parties}


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Egyptian jets struck militant positions near the border on Friday.", "EGY", None),
        ("Indian warplanes hit targets inside Pakistan overnight, officials said.", "IND", None),
        ("Russian guns pounded the town of Kupiansk for a second day.", "RUS", None),
        ("Ukrainian drones targeted an air base in Russia, officials said.", "UKR", "RUS"),
        ("Turkish aircraft destroyed several rebel hideouts in northern Iraq.", "TUR", "IRQ"),
    ],
)
def test_attack_verbs_with_a_target_are_assaults(
    annotator: Annotator, text: str, actor: str, recipient: str | None
) -> None:
    ev = _main(annotator, text)
    assert ev is not None and ev.event == "ASSAULT"
    assert actor in _codes(ev.actor)
    if recipient is not None:
        assert recipient in _codes(ev.recipient)


@pytest.mark.parametrize(
    "text",
    [
        "The two carmakers struck a deal to share battery plants.",
        "Her latest single hit a record high on the charts this week.",
        "Rising fuel prices hit shoppers across the region.",
        "A powerful storm hit coastal towns in Florida on Sunday.",
        "The hurricane struck the island of Cuba overnight.",
    ],
)
def test_attack_verbs_in_other_senses_code_no_assault(annotator: Annotator, text: str) -> None:
    ev = _main(annotator, text)
    assert ev is None or ev.event != "ASSAULT"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bosnian Croats demanded a new election law from the central government.", "BIH"),
        ("Iraqi Kurds protested against the oil law in Erbil on Monday.", "IRQ"),
        ("Pro-Russian Ukrainians protested outside the city hall in Donetsk.", "UKR"),
    ],
)
def test_a_people_qualified_by_a_country_word_lives_there(
    annotator: Annotator, text: str, code: str
) -> None:
    ev = _main(annotator, text)
    assert ev is not None and code in _codes(ev.actor)


@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        # the author of a statement named as an object speaks its participle clause
        (
            "The Chilean miners' union issued a statement demanding that the Chilean "
            "government raise wages.",
            "REQUEST",
            "CHL",
        ),
        # "X are guilty of V-ing": X did it
        (
            "Both the Colombian army and the rebels are guilty of violating the truce, "
            "a monitoring group said.",
            "ASSAULT",
            "COL",
        ),
        # "X were engaged in <act>": X is the actor of the act
        ("Sudanese forces were engaged in heavy fighting against the militia.", "ASSAULT", "SDN"),
    ],
)
def test_actor_found_through_the_governing_clause(
    annotator: Annotator, text: str, event: str, actor: str
) -> None:
    ev = _main(annotator, text)
    assert ev is not None and ev.event == event
    assert actor in _codes(ev.actor)


def test_partners_of_talks_held_with_a_light_verb_are_all_actors(annotator: Annotator) -> None:
    text = "The Spanish prime minister held talks with leaders of Morocco's government on Monday."
    ev = _main(annotator, text)
    assert ev is not None and ev.event == "CONSULT"
    assert {"ESP", "MAR"} <= _codes(ev.actor)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("officers", "COP"),
        ("investigators", "COP"),
        ("customs officers", "COP"),
        ("army officers", "MIL"),
        ("intelligence officers", "SPY"),
        ("chief executive officer", "BUS"),
        ("jurists", "JUD"),
        ("prosecutors", "JUD"),
    ],
)
def test_officers_and_investigators_have_a_sector(text: str, sector: str) -> None:
    assert sector_of(text) == sector


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # the actor's own forces are what moves, the place they leave is the recipient
        ("Rwanda says it is ready to withdraw its soldiers from Burundi.", "BDI"),
        ("Kenya announced it will pull their peacekeeping force out of Somalia.", "SOM"),
        # the forces a state mobilizes are its own; the enemy named after them is the recipient
        ("Britain mobilized navy reservists for a possible conflict with Argentina.", "ARG"),
    ],
)
def test_own_forces_are_not_the_recipient(annotator: Annotator, text: str, recipient: str) -> None:
    ev = _main(annotator, text)
    assert ev is not None
    assert _codes(ev.recipient) == {recipient}
