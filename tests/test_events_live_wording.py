"""Wording of live and broadcast news (our own sentences): gunfire or blasts that rock a place,
bullets swapped, crowds pouring into a city or surging toward a building, a mob that kicks, riot
police taking up positions, fingers cut off, shutters kept down, a funeral struck, rockets or a
swarm of drones slamming into a place after "as" or "after", the capture of a base, agitating
workers, a headline's gunfight, youths rioting, hideouts struck, a killing told twice in
headline and lead (one event, with the lead's attackers; a headline's act with no mode takes
its lead's), and what followed the news ranked after it ("police later detained ..."); and the
look-alikes that must stay as they are (marchers met by tear gas hold no meeting: the police
used force on them; a storm signal raised is no slogan)."""

from __future__ import annotations

import pytest

from event_support import main_event_of
from storyline.annotate.base import Annotator


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        ("Heavy gunfire rocked the outskirts of Goma overnight.", "ASSAULT", "firearms"),
        ("Bandits and police swapped bullets for an hour in Zamfara state.", "ASSAULT", "firearms"),
        (
            "Tens of thousands poured into central Tbilisi for a fourth night against the bill.",
            "PROTEST",
            "demo",
        ),
        ("Pension protesters surged toward the parliament in Nairobi.", "PROTEST", "demo"),
        (
            "A mob in a Johannesburg township dragged two traders from their stalls and kicked "
            "them.",
            "ASSAULT",
            "beat",
        ),
        ("Riot police took up positions around the parliament in Nairobi.", "MOBILIZE", "police"),
        (
            "Separatist fighters cut off the fingers of three farmers in Cameroon's North West "
            "region for defying their lockdown.",
            "ASSAULT",
            "torture",
        ),
        (
            "Shopkeepers in Kitwe kept their shutters down on Monday in sympathy with the "
            "sacked miners.",
            "PROTEST",
            "strike",
        ),
        ("Rebels struck a funeral gathering near Beni in Congo overnight.", "ASSAULT", None),
        (  # a clause the parser cut after "as": the rockets slammed, not the sirens
            "Sirens wailed over the valley as dozens of rockets launched from southern Lebanon "
            "slammed into farmland near Metula, the army said.",
            "ASSAULT",
            "heavy-weapons",
        ),
        (
            "Fires raged for hours in Odesa after a swarm of Russian drones slammed into the "
            "port overnight.",
            "ASSAULT",
            "heavy-weapons",
        ),
        (
            "The capture of an army base in Rakhine gave the rebels control of the state's north.",
            "ASSAULT",
            None,
        ),
        (  # an opening -ing word is the workers' adjective, not a clause of its own
            "Agitating sanitation workers of the Warangal Municipal Corporation squatted before "
            "the zonal office for a third day, pressing for permanent jobs.",
            "PROTEST",
            "demo",
        ),
        (  # the participle names the violence a riot
            "Youths torched cars and hurled fireworks at police lines in Lyon for a second "
            "night, rioting over the death of a teenager at a traffic stop.",
            "PROTEST",
            "riot",
        ),
        (  # stoning or injuring the police is still the riot's own violence
            "Crowds hurled bricks at a hotel housing asylum seekers in a Yorkshire town, "
            "injuring several officers.",
            "PROTEST",
            "riot",
        ),
        ("Warplanes struck militant hideouts in the Tirah valley overnight.", "ASSAULT", "aerial"),
        # a headline's opening noun, with cues from the clause after its semicolon
        ("Gunfight rages in Kupwara; militants trapped", "ASSAULT", "firearms"),
        (
            "Activists assembled at the monument in Bangkok to press for reform; two organisers "
            "were later taken into custody.",
            "PROTEST",
            "demo",
        ),
    ],
)
def test_live_wording_is_coded(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    found = main_event_of(annotator, text)
    assert found is not None and (found.event, found.mode) == (event, mode)


def test_a_killing_told_in_headline_and_lead_is_one_event_with_its_attackers(
    annotator: Annotator,
) -> None:
    text = (
        "Farm union leader shot dead in Cauca — A union leader was killed by gunmen who burst "
        "into his house near Popayan, Colombia, local officials said."
    )
    found = main_event_of(annotator, text)
    # (one person killed for an office or calling: a targeted killing)
    assert found is not None and (found.event, found.mode) == ("ASSAULT", "targeted")
    assert [a.entity_text for a in found.actor] == ["gunmen"]
    assert len({e.sentence for e in found.evidence if e.field == "trigger"}) == 2


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Marchers in Nairobi were met by tear gas near the parliament.", "ASSAULT"),
        ("The weather bureau raised storm signal no. 3 over northern Luzon.", None),
        ("The two foreign ministers met in Geneva on Tuesday.", "CONSULT"),
    ],
)
def test_look_alikes_of_live_wording(annotator: Annotator, text: str, event: str | None) -> None:
    found = main_event_of(annotator, text)
    assert (found.event if found else None) == event


def test_a_headline_act_with_no_mode_takes_its_leads_mode_and_parties(
    annotator: Annotator,
) -> None:
    text = (
        "Crackdown on mourners\nVantor police detained dozens of people laying flowers at a "
        "memorial to a dead opposition politician in Moscow on Saturday."
    )
    found = main_event_of(annotator, text)
    assert found is not None and (found.event, found.mode) == ("COERCE", "arrest")
    assert "police" in " ".join(a.entity_text for a in found.actor)
    assert {e.sentence for e in found.evidence if e.field == "trigger"} == {0, 1}
