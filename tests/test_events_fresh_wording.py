"""Wording met in the 2026-11-30 development sets (our own sentences): a critic forced into a
car or a campaigner bundled into a van by men in plain clothes is abducted, one who "has gone
missing" after agents took him away too; riot police who drench a crowd with water cannon use
crowd control; marchers filing through a town, nurses staying off duty, a flotilla, a statue
pulled down and truckers choking a border crossing protest; an attack the text tells as fact is
the news, not the blame or accusation about it; and the look-alikes: anti-narcotics and customs
officers who seize drugs and detain a driver, in the same sentence or the next, enforce the law
on a crime."""

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
    ("text", "mode"),
    [
        (
            "UN accuses soldiers of rapes in Ituri\nArmy soldiers raped several women in two "
            "villages of Ituri during an operation last month, the UN office said.",
            "sexual",
        ),
        (
            "A farmer lost a foot after stepping on a landmine near Tame; the army blamed ELN "
            "guerrillas for mining the path.",
            "explosives",
        ),
    ],
)
def test_an_attack_told_as_fact_outranks_the_blame_for_it(
    annotator: Annotator, text: str, mode: str
) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None and (ev.event, ev.mode) == ("ASSAULT", mode)


def test_an_accusation_of_an_attack_not_told_as_fact_stays_the_news(
    annotator: Annotator,
) -> None:
    ev = main_event_of(annotator, "Venezuela accused Colombian troops of killing two farmers.")
    assert ev is not None and ev.event == "ACCUSE"


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


def test_an_age_is_no_count_of_the_killed(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator, "Gendarmes fired on a crowd of marchers in Conakry, killing a 17-year-old."
    )
    assert ev is not None and ev.event == "ASSAULT"
    assert ev.size is None or ev.size.value != 17
