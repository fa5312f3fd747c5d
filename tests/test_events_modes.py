"""The mode of an attack or a protest (our own sentences): the one kind of weapon its sentence
names when the verb names none, fire set to property as destruction (and to people as a
primitive killing), one person killed for their office or calling as a targeted killing, jets
that bomb as an attack from the air, and a march that turns violent as a riot; with the cases
that must keep their own mode or none."""

from __future__ import annotations

import pytest

from event_support import assert_coded
from storyline.annotate.base import Annotator

MODES = [
    (  # the weapon named beside a verb that names none
        "Attackers armed with machetes raided a farming village in Benue overnight.",
        "primitive",
    ),
    ("Militants and security forces fought a gun battle for hours in Kulgam.", "firearms"),
    ("Insurgents attacked the army base with mortars before dawn.", "heavy-weapons"),
    (  # fire set to homes destroys them; fire set to people kills them
        "Junta soldiers torched some 200 homes in a village in Magway region.",
        "destroy",
    ),
    ("A mob burned two suspected thieves alive at the cattle market.", "primitive"),
    (  # one person killed for an office or calling
        "Gunmen shot dead a journalist outside his home in Culiacan.",
        "targeted",
    ),
    ("A town mayor was shot dead during a public festival in Michoacan.", "targeted"),
    (  # aircraft that bomb attack from the air
        "Military jets bombed a village in Sagaing region during a ceremony.",
        "aerial",
    ),
]


@pytest.mark.parametrize(("text", "mode"), MODES)
def test_the_attack_takes_the_mode_its_sentence_gives(
    annotator: Annotator, text: str, mode: str
) -> None:
    assert_coded(annotator, text, "ASSAULT", mode)


def test_two_kinds_of_weapon_name_no_mode(annotator: Annotator) -> None:
    ev = assert_coded(
        annotator,
        "Fighters with rifles and machetes attacked a convoy of traders near Djibo.",
        "ASSAULT",
        None,
    )
    assert ev.mode not in ("firearms", "primitive")


def test_soldiers_shot_dead_are_no_targeted_killing(annotator: Annotator) -> None:
    assert_coded(
        annotator,
        "Gunmen shot dead two soldiers at a checkpoint near Kirkuk.",
        "ASSAULT",
        "firearms",
    )


def test_a_march_that_turns_violent_is_one_riot(annotator: Annotator) -> None:
    """The march and the violence at its tail are one happening; its mode is what it became."""
    text = (
        "Tens of thousands marched against the pension reform in Lyon on Thursday. At the tail "
        "of the march, masked groups smashed bank windows and set bins on fire."
    )
    assert_coded(annotator, text, "PROTEST", "riot")
    assert_coded(
        annotator,
        "Thousands of teachers marched through the capital on Tuesday to demand higher pay.",
        "PROTEST",
        "demo",
    )
