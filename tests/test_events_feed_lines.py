"""Feed lines, captions and regional wording (our own sentences): a verbless line headed by a
weapon that says where it struck or what it cost ("Car bomb at a livestock market — 6 dead"),
a headline's plural event noun the tagger read as a verb ("Twin blasts at ..."), fighting "on"
or "along" a front, a blockade whose agent hangs on its object, armour that heads or moves
toward a place (police who "moved in" to clear a square only act on the crowd), protesters who
raise salutes, aid flown or deposited, a protest lodged with a state (a complaint, no crowd),
regional words for strikes, sit-ins and occupations (paro, planton, toma, banda, ville morte,
tigil-pasada, maandamano, panelaço), an internet blackout, a curfew that "will apply" or
"remains in force", a crowd that halts traffic, a stayaway answered "in response to" a call, an
election stayed away from, prisoners who walk out of a jail, and a city the model took for a
people ("detained in Tunis"); while a film that "bombs at the box office", a gas cylinder
blast, water cannon at the ready, a power blackout, fans waving flags, snow or a funeral crowd
that halts traffic and workers walking out of a factory keep their own readings."""

from __future__ import annotations

import pytest

from event_support import assert_actor_country, assert_coded, main_event_of
from storyline.annotate.base import Annotator


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        ("Car bomb at Baidoa livestock market — 6 dead", "ASSAULT", "explosives"),
        ("Twin blasts at Peshawar church during Sunday service", "ASSAULT", "explosives"),
        ("Heavy fighting on the Amhara-Oromia boundary, aid workers say", "ASSAULT", None),
        ("Blockade of Beitbridge border post by truck drivers", "PROTEST", "obstruct"),
        ("Internet blackout across Tigray region — day 3", "COERCE", "withhold"),
    ],
)
def test_verbless_feed_lines_are_coded(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


@pytest.mark.parametrize(
    "text",
    [
        "Big-budget spy thriller bombs at box office",
        "Karachi, Saddar: gas cylinder blast at restaurant, 6 hurt",
        "Water cannon at the ready outside parliament",
        "A power blackout hit Lagos.",
        "Fans wave flags outside the stadium before the derby.",
        "Heavy snow brought traffic to a standstill in Ankara.",
        "Thousands of mourners lined the streets of Accra for the funeral of a famous boxer, "
        "bringing traffic to a crawl.",
    ],
)
def test_feed_line_look_alikes_code_nothing(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None, text


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        ("Tanks of the Azerbaijani army move toward Lachin on Friday.", "MOBILIZE", None),
        (
            "Armoured columns of the Serbian army head toward the Kosovo boundary.",
            "MOBILIZE",
            "troops",
        ),
        (
            "Students raise three-finger salutes at Bangkok's Democracy Monument.",
            "PROTEST",
            "demo",
        ),
        (
            "Norway has flown 20 tonnes of medicine to Aden for hospitals in Taiz.",
            "AID",
            None,
        ),
        (
            "Qatar has deposited 2 billion dollars in Egypt's central bank to prop up the pound.",
            "AID",
            None,
        ),
        (
            "India registered a strong protest with Pakistan over the firing.",
            "ACCUSE",
            "disapprove",
        ),
        (
            "A paramotor dropped two bombs on a crowd gathered for a festival in Sagaing, "
            "killing at least 20.",
            "ASSAULT",
            "aerial",
        ),
    ],
)
def test_captions_and_unusual_subjects(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Lima's buses stayed in their depots as drivers held a paro against extortion.", "strike"),
        ("Teachers began a planton in the Zocalo, vowing to stay.", "demo"),
        ("Pupils declared a toma at a Santiago high school over leaking roofs.", "obstruct"),
        ("The Madhes banda called by regional parties shut Janakpur.", "strike"),
        (
            "Jeepney drivers in Manila began a two-day tigil-pasada against the phase-out.",
            "strike",
        ),
        ("Residents of Kinshasa observed a ville morte called by the opposition.", "strike"),
        ("Young Kenyans joined maandamano against the budget in Nairobi.", "demo"),
        (
            "Students sat down at a busy junction in Novi Sad for fifteen minutes of silence, "
            "bringing traffic to a standstill.",
            "obstruct",
        ),
        (
            "Bulawayo's city centre was quiet on Monday, many shops shut, as workers stayed at "
            "home in response to an online call for a national stayaway.",
            "strike",
        ),
        (
            "Villagers in Choco stayed away from the local elections over the lack of a road.",
            "boycott",
        ),
        ("Workers walked out of the factory over unpaid wages.", "strike"),
    ],
)
def test_regional_protest_words_and_acts(annotator: Annotator, text: str, mode: str) -> None:
    assert_coded(annotator, text, "PROTEST", mode)


@pytest.mark.parametrize(
    ("text", "event", "mode", "country"),
    [
        (
            "A dusk-to-dawn curfew will apply in Kano and Kaduna for the next 30 days under a new "
            "decree, the presidency said.",
            "COERCE",
            "curfew",
            "NGA",
        ),
        ("The curfew remains in force in Leh.", "COERCE", "curfew", "IND"),
        (
            "Some 3,000 prisoners walked out of Insein prison on Thursday under an amnesty.",
            "RETREAT",
            "release",
            "MMR",
        ),
        (
            "A blogger and a lawyer were detained in Tunis under a cybercrime decree, days after "
            "criticising the president.",
            "COERCE",
            "arrest",
            "TUN",
        ),
        ("Opposition MP held at Harare airport on return from a trip", "COERCE", "arrest", "ZWE"),
    ],
)
def test_states_and_releases_with_their_country(
    annotator: Annotator, text: str, event: str, mode: str, country: str
) -> None:
    assert_coded(annotator, text, event, mode)
    assert_actor_country(annotator, text, country)


def test_a_protest_lodged_in_a_headline_with_a_street_protest_beside_it(
    annotator: Annotator,
) -> None:
    assert_coded(annotator, "Workers launched a protest outside the factory.", "PROTEST", "demo")


def test_police_moving_in_is_no_deployment(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "Riot police moved in to clear the square.")
    assert ev is None or ev.event != "MOBILIZE", ev
