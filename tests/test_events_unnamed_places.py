"""Places the recogniser leaves untagged or mislabels, the country unnamed doers take from them,
and words whose sense the place of the act decides.

Covers :func:`storyline.annotate.mentions.build_mentions` (a city name qualifying a common noun,
"residents of <town>", a route named by its two ends, a quarter owned by its city in a
possessive), the military sense of a strike noun (:mod:`storyline.events.senses`), a counted
"of them" as a crowd, and a main event told only as not happening
(:func:`storyline.events.select.main_event`).
"""

from __future__ import annotations

import pytest

from event_support import annotate_text, assert_actor_country, assert_coded, main_event_of
from storyline.annotate.base import Annotator
from storyline.annotate.mentions import city_pair


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "residents of <town>" and a city qualifying "road", neither tagged by the model
        (
            "Residents of Kitengela barricaded the Mombasa road with burning tyres on Monday "
            "over a land dispute.",
            "KEN",
        ),
        # a headline's city qualifying the victims
        ("Police fire tear gas on Harare vendors, 12 hurt", "ZWE"),
        # a route named by its two ends
        (
            "Transporters parked their lorries across the Lahore-Multan motorway on Tuesday, "
            "demanding lower tolls.",
            "PAK",
        ),
        (
            "Truckers blocked the Nairobi-Nakuru highway for six hours over new road fees.",
            "KEN",
        ),
        # a quarter named like a city elsewhere lies in the city that owns it
        ("Rioters looted shops and torched cars in Dakar's Medina quarter overnight.", "SEN"),
    ],
)
def test_unnamed_doers_take_the_country_of_places_the_model_missed(
    annotator: Annotator, text: str, code: str
) -> None:
    assert_actor_country(annotator, text, code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ambala-Chandigarh", "IND"),
        ("the Karachi - Quetta", "PAK"),
        ("Lagos-Nairobi", None),  # two countries: no one route's
        ("Coca-Cola", None),  # no places
        ("Lahore", None),  # one end only
        ("BANGKOK - Thai", None),  # a dateline before a demonym
    ],
)
def test_a_route_named_by_its_two_ends(text: str, code: str | None) -> None:
    assert city_pair(text) == code


def test_a_name_qualifying_a_noun_is_no_place_unless_it_is_a_city(annotator: Annotator) -> None:
    art = annotate_text(annotator, "Trump supporters rallied outside the courthouse on Friday.")
    assert not [m for m in art.mentions if m.label == "GPE"]
    art = annotate_text(annotator, "Police fire tear gas on Harare vendors, 12 hurt")
    assert [(m.text, m.country) for m in art.mentions if m.label == "GPE"] == [("Harare", "ZWE")]


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        # a strike "on" a thing, or a weapon's strike, is a blow at a target
        ("Russian strikes on the power grid left Odesa in darkness overnight.", "ASSAULT", None),
        ("The navy carried out missile strikes on radar sites along the coast.", "ASSAULT", None),
        # a strike on a day, a general strike, a strike against a law: a walkout
        ("Dock workers began a strike on Monday over unpaid bonuses.", "PROTEST", "strike"),
        ("A general strike on 12 March shut Lagos.", "PROTEST", "strike"),
        (
            "Banana workers stayed on strike against the pension changes, the union said.",
            "PROTEST",
            "strike",
        ),
        # a counted "of them" is a crowd
        (
            "About 3,000 of them marched through the capital against the land bill, organisers "
            "said.",
            "PROTEST",
            "demo",
        ),
    ],
)
def test_strike_senses_and_counted_crowds(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


def test_a_weapon_strike_is_no_walkout(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator, "The army said it would answer any new drill with a nuclear strike."
    )
    assert ev is None or ev.event != "PROTEST"


def test_an_act_told_only_as_not_happening_is_no_main_event(annotator: Annotator) -> None:
    assert main_event_of(annotator, "Police said they made no arrests after the cup final.") is None
    ev = main_event_of(annotator, "Police arrested 40 opposition supporters after the rally.")
    assert ev is not None and ev.event == "COERCE"


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        (
            "Riot police scooped up dozens of student activists outside the campus overnight.",
            "COERCE",
            "arrest",
        ),
        ("The militia unleashed a barrage of rockets on the border town.", "ASSAULT", None),
        (
            "Rebels turned the two aid workers loose after a week, the charity said.",
            "RETREAT",
            "release",
        ),
        (
            "Border police trucked some 400 migrants to the desert frontier and left them there.",
            "COERCE",
            "deport",
        ),
        (
            "The government shipped 90 foreign nationals home on a chartered flight.",
            "COERCE",
            "deport",
        ),
        ("Norway chipped in 25 million dollars for flood relief in Pakistan.", "AID", None),
        ("The junta brushed off calls from the regional bloc to hold elections.", "REJECT", None),
        (
            "Troops combed through the market town of Dori on Saturday, hunting for weapons.",
            "COERCE",
            "seize",
        ),
        (
            "Students sat across the main road to the university for three hours.",
            "PROTEST",
            "obstruct",
        ),
    ],
)
def test_phrasal_and_plain_verbs_of_acts(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


@pytest.mark.parametrize(
    "text",
    [
        "The coach unleashed a tirade at the referee after the match.",
        "Shoppers combed through the racks for bargains.",
        "The minister sat across the table from the union leaders.",
    ],
)
def test_look_alikes_of_those_verbs_code_nothing(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None


def test_a_public_voice_killed_is_singled_out_also_when_named_before(
    annotator: Annotator,
) -> None:
    told = (
        "The columnist had written about local graft for years. Two gunmen followed him home "
        "and shot him, police said."
    )
    assert_coded(annotator, told, "ASSAULT", None)
    assert_coded(
        annotator, "A radio commentator was shot dead outside his studio.", "ASSAULT", None
    )
    feud = (
        "The trader had quarrelled with a neighbour over land. Two men walked into his shop "
        "and shot him, police said."
    )
    assert main_event_of(annotator, feud) is None


def test_the_dead_of_a_disaster_told_just_before_are_no_attack(annotator: Annotator) -> None:
    quake = (
        "A strong earthquake shook the border region before dawn, the survey office said. "
        "At least 300 people were killed."
    )
    assert main_event_of(annotator, quake) is None
    attack = (
        "The storm passed overnight. In the morning, gunmen killed five soldiers at a "
        "checkpoint near Gao."
    )
    assert_coded(annotator, attack, "ASSAULT", None)


def test_people_ordered_off_the_streets_are_under_curfew(annotator: Annotator) -> None:
    assert_coded(
        annotator, "Police ordered residents off the streets of Bo after dark.", "COERCE", "curfew"
    )
    assert main_event_of(annotator, "The referee ordered the player off the pitch.") is None


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a chain of people holding hands is a demonstration
        (
            "Thousands of parents and pupils linked hands in a chain through Szeged on Friday "
            "against the school closures.",
            "PROTEST",
        ),
        ("The two presidents linked hands for the cameras after the signing.", None),
        ("Oil rose as traders priced in a premium linked to shipping risks in the Gulf.", None),
        # relatives waiting at a hospital are no crowd of protest, unless a cause is given
        ("Relatives gathered at the hospital in Kurnool after the bus crash.", None),
        (
            "Nurses gathered outside the hospital in Kurnool on Monday, demanding unpaid wages.",
            "PROTEST",
        ),
        # chess and cricket in war words
        (
            "The grandmaster launched a kingside attack on move 30, and his opponent resigned.",
            None,
        ),
        ("The visiting pacemen bombarded the top order with short balls before lunch.", None),
    ],
)
def test_gatherings_chains_and_games(annotator: Annotator, text: str, event: str | None) -> None:
    ev = main_event_of(annotator, text)
    assert (ev.event if ev else None) == event, (text, ev)


def test_a_headline_attack_gives_way_to_the_lead_that_names_its_doer(
    annotator: Annotator,
) -> None:
    text = (
        "Shelling kills three in Zaporizhzhia\n"
        "ZAPORIZHZHIA, Ukraine (AP) - Russian forces shelled a market in Zaporizhzhia on "
        "Tuesday, killing three people, the regional governor said."
    )
    assert_actor_country(annotator, text, "RUS")


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        (
            "The weekly's printing licence was suspended for a month, the information ministry "
            "in Rabat said.",
            "COERCE",
            "censor",
        ),
        (
            "Interrogators gave the detained students electric shocks, a rights group said.",
            "ASSAULT",
            "torture",
        ),
    ],
)
def test_licences_suspended_and_shocks_given(
    annotator: Annotator, text: str, event: str, mode: str
) -> None:
    assert_coded(annotator, text, event, mode)


def test_a_shock_in_a_review_is_no_torture(annotator: Annotator) -> None:
    assert main_event_of(annotator, "The thriller gave audiences a shock in its last act.") is None


def test_an_act_done_in_response_is_the_responders(annotator: Annotator) -> None:
    text = "Israel retaliated with air strikes on Hezbollah positions in southern Lebanon."
    ev = assert_coded(annotator, text, "ASSAULT", "aerial")
    assert [a.code for a in ev.actor] == ["ISR"]
    assert main_event_of(annotator, "Fans responded with a standing ovation.") is None
