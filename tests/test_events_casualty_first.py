"""Casualty-first reporting (our own sentences): the toll or the damage comes before the
happening, and who tells of it closes the sentence."""

from __future__ import annotations

from event_support import main_event_of
from storyline.annotate.base import Annotator


def test_damage_joined_to_a_passive_is_passive_too(annotator: Annotator) -> None:
    """ "dozens of homes flattened" after "were killed" shares its auxiliary: the homes were
    flattened by the earthquake; no crowd flattened anything."""
    text = (
        "Four people were killed and dozens of homes flattened when a strong earthquake shook "
        "the hills above Tolvan overnight, disaster officials said."
    )
    assert main_event_of(annotator, text) is None


def test_a_crowd_that_tells_of_a_killing_did_not_riot(annotator: Annotator) -> None:
    """Activists who report a killing are its source, not a crowd at the scene."""
    text = (
        "A land defender who opposed a dam project was shot dead near Tolvan, the second member "
        "of his network killed this year, local activists said."
    )
    found = main_event_of(annotator, text)
    assert found is not None and (found.event, found.mode) == ("ASSAULT", "firearms")


def test_an_active_clause_after_a_passive_keeps_its_doer(annotator: Annotator) -> None:
    text = "Two police officers were injured and protesters torched three cars outside the court."
    found = main_event_of(annotator, text)
    assert found is not None and found.event == "PROTEST" and found.mode == "riot"


def test_a_speech_act_after_a_parenthetical_said_is_the_speakers(annotator: Annotator) -> None:
    """ "..., an official said, blaming rebels": the official blames, the dead do not protest."""
    text = (
        "Seven traders died on the road out of Tolvan on Tuesday when their lorry hit a "
        "roadside bomb, a district official said, blaming rebels who have mined the route."
    )
    found = main_event_of(annotator, text)
    assert found is not None and (found.event, found.mode) == ("ASSAULT", "explosives")


def test_a_verb_with_its_own_particle_takes_no_other(annotator: Annotator) -> None:
    """ "called off its search for ..." is no call for anything."""
    text = "Relatives waited at the harbour as the navy called off its search for the fishermen."
    found = main_event_of(annotator, text)
    assert found is None or found.event != "REQUEST"


def test_sport_words_in_a_crowds_demand_do_not_undo_its_march(annotator: Annotator) -> None:
    text = (
        "Young people marched in three Vantor cities at the weekend, demanding better clinics "
        "rather than money for new football stadiums."
    )
    found = main_event_of(annotator, text)
    assert found is not None and (found.event, found.mode) == ("PROTEST", "demo")


def test_a_supporters_march_after_a_match_is_still_no_protest(annotator: Annotator) -> None:
    found = main_event_of(annotator, "Football fans marched through Tolvan after the cup final.")
    assert found is None


def test_what_a_mine_struck_is_no_accident_word(annotator: Annotator) -> None:
    """The tankers a convoy escorted describe the victim of the mine, not a road accident."""
    text = (
        "Nine soldiers lost their lives when a convoy escorting fuel tankers struck a mine near "
        "Tolvan, the defence ministry said."
    )
    found = main_event_of(annotator, text)
    assert found is not None and (found.event, found.mode) == ("ASSAULT", "explosives")
