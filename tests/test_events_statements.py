"""Events told through statements and feed lines (our own sentences): a party that speaks of
"its" forces, a warning that names the speaker as "it", measures that "took effect" or stand in
a headline's passive, censorship told as blocked access, a foreign state's condemnation, paint
thrown in protest, bombs planted, a cut internet, deportations, headline lines ended by a stop
or chained with a semicolon, drones shot down (the attack of whoever sent them) and a city that
owns a quarter ("Dakar's Medina quarter"); and the look-alikes that must stay quiet (a weather
warning, a flight curfew, a bushfire evacuation, doctors sent back to work, a festival's
coloured powder, market talk of bulls and bears, a referee, legal representation, a fraud, a
rockfall)."""

from __future__ import annotations

import pytest

from event_support import assert_actor_country, assert_coded, main_event_of
from storyline.annotate.base import Annotator

CODED = [
    (  # a warning whose speaker is "it": a threat by the speaker
        "North Korea warned it would respond with overwhelming force to the joint drills.",
        "THREATEN",
        "violence",
    ),
    (  # a curfew that took effect, and a headline's bare passive: imposed by someone unnamed
        "A night curfew took effect in the town of Imphal after clashes between two communities.",
        "COERCE",
        "curfew",
    ),
    ("Curfew imposed in Dhaka after deadly clashes", "COERCE", "curfew"),
    (  # access blocked to news sites is censorship, whoever blocks it for the state
        "The authorities blocked access to two independent news websites on Monday.",
        "COERCE",
        "censor",
    ),
    (
        "The telecoms regulator blocked access to two independent news websites on Monday.",
        "COERCE",
        "censor",
    ),
    (  # a condemnation by a state that is neither side of the attack is its own news
        "Qatar condemned the Israeli air strike on a residential building in Gaza City.",
        "ACCUSE",
        "disapprove",
    ),
    (  # paint sprayed, and a bomb planted or left
        "Climate activists sprayed orange paint over the facade of the finance ministry in Berlin.",
        "PROTEST",
        "vandalize",
    ),
    (
        "Suspected militants planted a bomb under a bridge used by army convoys in Balochistan.",
        "ASSAULT",
        "explosives",
    ),
    ("Gunmen left a bomb outside the party office in Quetta.", "ASSAULT", "explosives"),
    (  # rockets "sent at" a camp
        "Militants sent rockets at an army camp near the border on Tuesday.",
        "ASSAULT",
        "heavy-weapons",
    ),
    (  # the state cuts the internet while protests spread: no protesters' riot
        "Authorities cut mobile internet across the region as protests spread to a third city.",
        "COERCE",
        "withhold",
    ),
    (  # migrants sent back are deported
        "The government sent back forty asylum seekers to Afghanistan on a chartered flight.",
        "COERCE",
        "deport",
    ),
    (  # a diplomatic protest lodged as "stern representations"
        "Beijing lodged stern representations with Tokyo over a minister's visit to the shrine.",
        "ACCUSE",
        "disapprove",
    ),
    (  # an envoy ordered out is expelled; reporters ordered out are deported
        "The junta ordered the French ambassador out within 48 hours.",
        "SANCTION",
        "expel",
    ),
    ("The junta ordered two French reporters out of the country.", "COERCE", "deport"),
    (  # present-tense feed lines ended by a stop or chained with a semicolon
        "Riot police fire tear gas at students marching on the education ministry.",
        "ASSAULT",
        "crowd-control",
    ),
    (
        "Rebel drone slams into a fuel depot near the port; officials report a large fire.",
        "ASSAULT",
        None,
    ),
]

LOOK_ALIKES = [
    "The weather office warned it could rain heavily across the capital on Sunday.",
    "The aircraft noise curfew was imposed at the airport in 2019.",
    "Residents were told to leave as the bushfire moved towards the town.",
    "The ministry sent forty doctors back to the flooded district to help.",
    "Revellers hurled coloured powder at each other during the spring festival.",
    "Bulls charged back into the market as the Sensex gained 900 points on Friday.",
    "Bears mauled the Nikkei as exporters slumped on Tuesday.",
    "The referee ordered the player out of the game after a second yellow card.",
    "The ministry will provide legal representation to the families of the victims.",
    "Prosecutors said they had charged a former bank manager with embezzling three million "
    "euros from elderly clients.",
    "Police said a rockfall had blocked the main road through the valley.",
]


@pytest.mark.parametrize(("text", "event", "mode"), CODED)
def test_statement_and_feed_events_are_coded(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_of_statements_stay_event_free(annotator: Annotator, text: str) -> None:
    ev = main_event_of(annotator, text)
    assert ev is None, (text, ev.event if ev else None, ev.mode if ev else None)


def test_its_forces_take_the_speakers_country(annotator: Annotator) -> None:
    text = (
        "Iran's interior ministry said its border guards had shot dead two armed men trying "
        "to cross from Pakistan."
    )
    ev = assert_actor_country(annotator, text, "IRN")
    assert (ev.event, ev.mode) == ("ASSAULT", "firearms")
    assert ev.actor[0].entity_text == "its border guards"


def test_their_members_borrow_the_country_not_the_office(annotator: Annotator) -> None:
    """Members of a body called "authorities" are not thereby officials: their blockade stays
    a protest, not a state's restriction."""
    text = (
        "Guatemala's indigenous authorities said their members had blocked highways at a "
        "dozen points to demand the attorney general's resignation."
    )
    ev = assert_coded(annotator, text, "PROTEST", "obstruct")
    assert [a.sector for a in ev.actor] == [None]


@pytest.mark.parametrize(
    ("text", "attacker", "defender"),
    [
        (
            "Russian air defences shot down 30 Ukrainian drones over Kursk overnight, the "
            "ministry said.",
            "UKR",
            "RUS",
        ),
        (
            "Ukraine's air force said it downed 50 of the 60 Russian drones launched overnight.",
            "RUS",
            "UKR",
        ),
    ],
)
def test_drones_shot_down_are_the_attack_of_their_owner(
    annotator: Annotator, text: str, attacker: str, defender: str
) -> None:
    """Whose drones were downed launched the attack; the defender was its target."""
    ev = assert_coded(annotator, text, "ASSAULT", "drone")
    assert [a.code for a in ev.actor] == [attacker]
    assert defender in [r.code for r in ev.recipient]


def test_an_aircraft_of_no_named_country_stays_the_shooters_act(annotator: Annotator) -> None:
    ev = assert_coded(
        annotator, "The army shot down a helicopter belonging to the rebels.", "ASSAULT", None
    )
    assert ev.actor[0].sector == "MIL"


def test_a_foreign_condemnation_names_the_condemner_and_the_attacker(
    annotator: Annotator,
) -> None:
    text = "Qatar condemned the Israeli air strike on a residential building in Gaza City."
    ev = assert_actor_country(annotator, text, "QAT")
    assert "ISR" in [r.code for r in ev.recipient]


def test_a_city_that_owns_a_quarter_is_a_place(annotator: Annotator) -> None:
    """The recognizer reads "Dakar's" as a person's; the gazetteer's city is where it happened."""
    ev = assert_actor_country(
        annotator, "Hundreds of youths torched a supermarket in Dakar's Medina quarter.", "SEN"
    )
    assert ev.event_loc is not None and ev.event_loc.country == "SEN"
