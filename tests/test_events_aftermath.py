"""Wording met in the second 2026-12-01 development work (our own sentences): aftermath told
before the attack it follows; damage in the passive while a crowd protests; rebels who take
people; announced truces; bomb-making materials; and the look-alikes that keep their reading."""

from __future__ import annotations

import pytest

from event_support import assert_coded, main_event_of
from storyline.annotate.base import Annotator


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        # what was found is named by what it makes
        (
            "Soldiers recovered bomb-making materials from a militant hideout in Sulu.",
            "COERCE",
            "seize",
        ),
        # a truce announced is a concession; one declared is kept (CAMEO's "declare truce")
        (
            "The junta announced a unilateral ceasefire in the flooded districts to let "
            "relief through.",
            "CONCEDE",
            None,
        ),
        (
            "The rebels declared a unilateral ceasefire after weeks of fighting with a rival "
            "militia.",
            "RETREAT",
            "ceasefire",
        ),
        # rebels who hold or seize people abduct them
        (
            "Four nurses are being held by separatists in the Anglophone region of Cameroon.",
            "ASSAULT",
            "abduct",
        ),
        ("Two surveyors were seized by rebels near Beni.", "ASSAULT", "abduct"),
        # the aftermath told first gives way to the attack it follows
        (
            "Traders shut their stalls after the explosion. Insurgents hurled a grenade at a "
            "police van in Sopore, wounding four.",
            "ASSAULT",
            "explosives",
        ),
        # but a protest after an election is no aftermath of an attack
        (
            "Protests broke out after the election. Police fired tear gas at the crowd.",
            "PROTEST",
            None,
        ),
        # damage in the passive, done by protesters named in a gapped clause or while a
        # crowd protests
        (
            "Shop windows were smashed and a bank set alight in Leipzig by masked "
            "demonstrators during a rally against rent rises.",
            "PROTEST",
            "riot",
        ),
        (
            "Patrol cars were pelted with bricks during a protest against the new mine in Tete.",
            "PROTEST",
            "riot",
        ),
        (
            "Bins were set on fire and a police station pelted with fireworks on the third "
            "night of unrest in Lyon.",
            "PROTEST",
            "riot",
        ),
        # a killing during a protest is no crowd's riot
        ("A reporter was shot dead during a protest in Quito.", "ASSAULT", "firearms"),
    ],
)
def test_wording_is_coded(annotator: Annotator, text: str, event: str, mode: str | None) -> None:
    assert_coded(annotator, text, event, mode)


def test_a_named_group_taking_a_village_abducts_no_one(annotator: Annotator) -> None:
    ev = assert_coded(
        annotator, "Fighters of the group seized the village of Tessit.", "ASSAULT", None
    )
    assert ev.mode != "abduct"


def test_officers_reported_injured_are_no_attackers(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator,
        "Police vans were pelted with stones during a march against the pension law in "
        "Nantes, with several officers reported injured.",
    )
    assert ev is not None
    assert (ev.event, ev.mode) == ("PROTEST", "riot")
    assert all(a.sector != "COP" for a in ev.actor)


def test_fireworks_at_a_celebration_stay_no_event(annotator: Annotator) -> None:
    assert main_event_of(annotator, "Fans celebrated with fireworks after the derby.") is None
