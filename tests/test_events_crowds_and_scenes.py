"""Crowds, scenes and grievances (our own sentences): a crowd's damage to property is a riot
even when the recognizer misreads the place it happened in; the people of a place attacked stay
its victims; a protest about a crime is still a protest; and mixed crowds are named parties."""

from __future__ import annotations

import pytest

from event_support import main_event_of
from storyline.annotate.base import Annotator

CODED = [
    (  # "Dakar" before "'s" is often read as a person: the scene, no victim
        "Hundreds of youths backing a detained opposition figure torched a supermarket and a bus "
        "depot in Dakar's Ouakam quarter, firefighters said.",
        "PROTEST",
        "riot",
    ),
    (  # the people of the hamlet are who was attacked
        "Militiamen burned down granaries and huts in a Fulani hamlet near Mopti, local "
        "officials said.",
        "ASSAULT",
        "destroy",
    ),
    (  # a mixed crowd with one named sector is no natural force or private quarrel
        "About two hundred nurses and neighbours held a candlelight vigil outside the district "
        "hospital on Sunday, days after the council voted to shut its maternity unit.",
        "PROTEST",
        "demo",
    ),
    (  # a crime is what the protest is about, not a sign of ordinary crime
        "Hundreds of students marched through Tegucigalpa on Sunday to demand justice for a "
        "murdered land activist.",
        "PROTEST",
        "demo",
    ),
    (  # a human rights defender is no footballer
        "Residents of the valley staged a sit-in outside the governor's office to protest the "
        "killing of a human rights defender.",
        "PROTEST",
        "demo",
    ),
]


@pytest.mark.parametrize(("text", "event", "mode"), CODED)
def test_crowds_and_scenes_are_coded(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None, text
    assert (ev.event, ev.mode) == (event, mode), text


LOOK_ALIKES = [
    "Neighbours quarrelled over a boundary wall in Kisumu until the chief stepped in.",
    "The defender was sent off after a reckless tackle in the derby in Lagos on Sunday.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_stay_event_free(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None, text
