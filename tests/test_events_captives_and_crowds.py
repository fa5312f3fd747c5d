"""People taken captive, crowds out against something, and attacks from the air (our own
sentences): "taken hostage" is an abduction whatever the parse makes of "hostage"; people
seized by armed men or by no one named are abducted, by police arrested, and goods seized stay
a seizure; a crowd that sets off somewhere to reject something is protesting, a minister who
travels to oppose something is not; a building flattened from the air is an air strike."""

from __future__ import annotations

import pytest

from event_support import main_event_of
from storyline.annotate.base import Annotator


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        (
            "Travellers on a minibus bound for Dorvik were taken hostage near the river crossing "
            "by fighters of the Vantor Liberation Front, survivors said.",
            "ASSAULT",
            "abduct",
        ),
        ("Militiamen took nine road workers hostage on the Tolvan highway.", "ASSAULT", "abduct"),
        ("Gunmen seized three surveyors working on a dam in Tolvan province.", "ASSAULT", "abduct"),
        ("Lorry drivers seized in northern Niger", "ASSAULT", "abduct"),
        ("Police seized two suspects and a cache of rifles in the raid.", "COERCE", None),
        (
            "Defying a ban on gatherings, some 3,000 people set off from the Harbour district "
            "towards central Dorvik on Friday to reject the council's new budget.",
            "PROTEST",
            "demo",
        ),
        ("Junta warplanes flattened a clinic in eastern Vantor.", "ASSAULT", "aerial"),
        ("An air raid flattened a school in Tolvan on Sunday.", "ASSAULT", "aerial"),
    ],
)
def test_captives_crowds_and_air_attacks_are_coded(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    found = main_event_of(annotator, text)
    assert found is not None and found.event == event
    assert mode is None or found.mode == mode


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Customs officers seized 40 kilograms of heroin at the port of Dorvik.", None),
        ("The trade minister travelled to Vantor to oppose the new tariffs.", "REJECT"),
    ],
)
def test_what_is_no_abduction_or_protest_stays_so(
    annotator: Annotator, text: str, event: str | None
) -> None:
    found = main_event_of(annotator, text)
    assert (found.event if found else None) == event
