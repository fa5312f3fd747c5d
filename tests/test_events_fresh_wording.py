"""Wording met in the 2026-11-30 development sets (our own sentences): a critic forced into a
car or a campaigner bundled into a van by men in plain clothes is abducted, one who "has gone
missing" after agents took him away too; riot police who drench a crowd with water cannon use
crowd control; marchers filing through a town, nurses staying off duty, a flotilla, a statue
pulled down and truckers choking a border crossing protest; and the look-alikes: anti-narcotics
and customs officers who seize drugs and detain a driver, in the same sentence or the next,
enforce the law on a crime."""

from __future__ import annotations

import pytest

from event_support import main_event_of
from storyline.annotate.base import Annotator


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        (
            "Masked men forced an outspoken blogger into an unmarked car in Harare on Monday.",
            "ASSAULT",
            "abduct",
        ),
        (
            "A rights campaigner was bundled into a van by men in plain clothes outside his home "
            "in Quetta and has not been heard from since.",
            "ASSAULT",
            "abduct",
        ),
        (
            "A student leader has gone missing after plain-clothes agents took him away in "
            "Hyderabad, his family said.",
            "ASSAULT",
            "abduct",
        ),
        (
            "Police forced dozens of protesters into waiting trucks outside the assembly.",
            "COERCE",
            "arrest",
        ),
        (
            "Riot police drenched marchers with water cannon outside the parliament in Tbilisi.",
            "ASSAULT",
            "crowd-control",
        ),
        (
            "Hundreds of mothers filed silently through the town centre of Rangpur on Sunday, "
            "holding up photographs of their sons.",
            "PROTEST",
            "demo",
        ),
        (
            "Junior doctors in Lahore stayed off duty for a fourth day on Thursday.",
            "PROTEST",
            "strike",
        ),
        (
            "Fishermen staged a flotilla across the harbour mouth in Chittagong on Friday.",
            "PROTEST",
            "demo",
        ),
        (
            "Demonstrators pulled down the statue of a colonial governor in the main square.",
            "PROTEST",
            "vandalize",
        ),
        (
            "Truckers choked the border crossing at Nogales for five hours over new fees.",
            "PROTEST",
            "obstruct",
        ),
    ],
)
def test_fresh_wording_is_coded(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None, text
    assert (ev.event, ev.mode) == (event, mode), text


@pytest.mark.parametrize(
    "text",
    [
        "The Anti-Narcotics Force seized 300 kg of heroin from a bus near Quetta and arrested "
        "the driver.",
        "Customs officers found two tonnes of cocaine hidden in fruit crates at the port of "
        "Santos. Four warehouse workers were detained.",
    ],
)
def test_drug_seizures_and_their_arrests_are_no_event(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None
