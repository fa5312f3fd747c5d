"""Where an act happened when the parse does not tie a place to its trigger, and the country its
unqualified parties take from there.

Covers the gazetteer's place designators ("Kaduna State", "the Bijapur district") and lower-level
subdivisions, the sentence's one country (:class:`storyline.events.location.LocationFinder`),
names the recogniser took for people used as places ("in Sokoto"), and the text's one country
when the event's own sentence names only places the gazetteer does not know.
"""

from __future__ import annotations

import pytest

from event_support import main_event_of
from storyline.annotate.actors import country_of, place_country
from storyline.annotate.base import Annotator


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kaduna State", "NGA"),  # a first-level subdivision with its designator
        ("Borno State", "NGA"),
        ("Lagos State", "NGA"),
        ("the Bijapur district", "IND"),  # a town under its district's designator
        ("Oudalan", "BFA"),  # a province below the first level
        ("Mexico City", "MEX"),  # whole names still win
    ],
)
def test_place_designators_and_lower_subdivisions(text: str, code: str) -> None:
    assert place_country(text) == code


def test_designators_alone_and_lower_levels_stay_out_of_the_main_index() -> None:
    assert country_of("State") is None
    assert country_of("Oudalan") is None  # a lower-level name only for phrases tagged as places


@pytest.mark.parametrize(
    ("text", "event", "code"),
    [
        # the place hangs on "school", not on the act, and the village is unknown
        (
            "Gunmen seized eleven pupils from a boarding school in Danbaki, Kaduna State, "
            "before dawn, a teacher said.",
            "ASSAULT",
            "NGA",
        ),
        # "the territory of Beni", the town read as a person
        (
            "Militiamen hacked nine farmers to death in the hamlet of Mbau in the territory "
            "of Beni overnight, the local administrator said.",
            "ASSAULT",
            "COD",
        ),
        # "the Bijapur district", the district's name read as a person
        (
            "Maoists blew up a police jeep with a landmine in the Bijapur district, killing "
            "three constables.",
            "ASSAULT",
            "IND",
        ),
    ],
)
def test_the_sentence_places_an_act_in_its_one_country(
    annotator: Annotator, text: str, event: str, code: str
) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None and ev.event == event
    assert ev.event_loc is not None and ev.event_loc.country == code
    assert code in {a.code for a in ev.actor}


def test_places_of_two_countries_leave_the_act_unplaced(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator,
        "Militiamen hacked nine farmers to death near the hamlet of Mbau, halfway between "
        "Kampala and Kinshasa, the local administrator said.",
    )
    assert ev is not None and ev.event == "ASSAULT"
    assert not {a.code for a in ev.actor} & {"COD", "UGA"}


def test_a_speech_act_takes_no_country_from_the_places_it_mentions(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator,
        "A truce monitoring committee said it had finished its inquiry into a complaint that "
        "the rebels had overrun the city of Greenville.",
    )
    assert ev is not None
    assert "USA" not in {a.code for a in ev.actor}


def test_the_headline_places_a_lead_whose_village_is_unknown(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator,
        "Bandits raid Zamfara villages\nArmed bandits stormed the settlement of Tungar Kwana "
        "on Sunday and shot dead fourteen farmers, residents said.",
    )
    assert ev is not None and ev.event == "ASSAULT"
    assert "NGA" in {a.code for a in ev.actor}


def test_it_is_what_the_sentence_before_told(annotator: Annotator) -> None:
    text = (
        "A fuel lorry overturned on the expressway at dawn. As villagers scooped up the "
        "leaking diesel, it exploded, killing at least 40 people in Gwoza, "
        "Borno State, police said."
    )
    assert main_event_of(annotator, text) is None
    armed = (
        "Islamist fighters stormed the garrison town on Monday. It was the second raid this "
        "month, and it left twelve soldiers dead, the army said."
    )
    ev = main_event_of(annotator, armed)
    assert ev is not None and ev.event == "ASSAULT"


def test_a_ban_on_a_named_city_is_a_restriction(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator,
        "Prohibitory orders were clamped on Jalgaon city on Sunday after a clash between two "
        "groups, barring gatherings of more than four people.",
    )
    assert ev is not None and (ev.event, ev.mode) == ("COERCE", "restrict")
