"""Wording met in the third 2026-12-01 development work (our own sentences): heavy munitions
fired at a target by no one named, strikes told in the passive with the weapon as agent, a blast
that an accident sentence before it explains, reactions told before the attack they follow
("suspended after the incident", "only after the fighting had ended"), a pluperfect broken into
by a "when" clause, raids laid on a group ("blamed on ..."), groups falling on a hamlet, a crowd
gathered for a funeral, searches, roads cut and roadblocks, British spellings, and a subject the
parser hung as a reduced relative ("A mob tortured and killed ..."); with the look-alikes that
keep their reading."""

from __future__ import annotations

import pytest

from event_support import assert_coded, main_event_of
from storyline.annotate.base import Annotator

CODED: list[tuple[str, str, str | None]] = [
    # heavy munitions fired at a target: an attack, whoever fired them
    (
        "Four rockets were fired at the Balad air base north of Baghdad overnight.",
        "ASSAULT",
        "heavy-weapons",
    ),
    # a passive strike whose agent is the weapon
    ("The pumping station was hit by a drone near Kirkuk on Friday.", "ASSAULT", "drone"),
    # reactions told before the attack they follow
    (
        "Flights were suspended after the incident. Gunmen opened fire on a checkpoint near "
        "the airport in Bamako, killing two gendarmes.",
        "ASSAULT",
        None,
    ),
    (
        "Extra troops reached the district only after the fighting had ended. Clashes between "
        "two militias near Bunia killed at least eleven people.",
        "ASSAULT",
        None,
    ),
    # an inquiry into nothing named follows the attack told beside it
    (
        "The army said it was investigating. A mistaken drone strike on a wedding party near "
        "Tudun Biri killed at least 40 villagers.",
        "ASSAULT",
        None,
    ),
    # "had barely begun when ...": the "when" clause is the news
    (
        "The march had barely begun when gunmen on motorbikes opened fire on the crowd in "
        "Butembo, wounding six.",
        "ASSAULT",
        "firearms",
    ),
    # a raid laid on a rebel group is its attack, and the funeral only its scene
    (
        "The raid on the hamlet, blamed on CODECO militiamen, came at dawn as families "
        "gathered for a funeral, and six villagers were shot.",
        "ASSAULT",
        None,
    ),
    # searches of premises by the state
    (
        "Officers searched the offices of an opposition newspaper in Minsk and took away "
        "its servers.",
        "COERCE",
        "seize",
    ),
    # roads cut by a crowd and roadblocks kept up
    (
        "The main highway into La Paz was cut by striking miners for a third day.",
        "PROTEST",
        "obstruct",
    ),
    (
        "Coca growers kept up their roadblocks on the Yungas road on Monday.",
        "PROTEST",
        "obstruct",
    ),
    # the British spelling of a recognition
    ("Slovenia formally recognised the state of Palestine on Tuesday.", "SUPPORT", None),
    # riot police whose verb the parser hung on the weapon, before an attribution
    (
        "Riot police in Skopje used water cannon and pepper spray on students outside the "
        "ministry overnight, the ombudsman's office said.",
        "ASSAULT",
        "crowd-control",
    ),
    # people taken in the passive, the attackers named later in the sentence
    (
        "Nine farm workers were taken from their huts near Zurmi on Sunday, a district "
        "official said, adding that the attackers arrived on motorcycles.",
        "ASSAULT",
        "abduct",
    ),
    # a state's agents arrest, even when the detainees' fate is not known
    (
        "Three aides of the opposition candidate were arrested by intelligence agents in "
        "Managua. Their whereabouts were not known on Friday.",
        "COERCE",
        "arrest",
    ),
    # a group falling on a settlement, reported by those who denounce it
    (
        "Armed herders attacked a Tiv hamlet near Makurdi, burning huts and killing four "
        "farmers, a community association denounced.",
        "ASSAULT",
        None,
    ),
    # "ablaze" after a long object
    (
        "Drones set a fuel depot in the Bryansk region of Russia ablaze overnight, the "
        "governor said.",
        "ASSAULT",
        None,
    ),
    # shops shut over a grievance: a traders' strike (the verb's "shut down" sense does
    # not apply without its particle)
    ("Traders in Mbarara shut their shops on Tuesday over a new market levy.", "PROTEST", "strike"),
    # campaigners gathered and calling for something are demonstrating
    (
        "Students and rights campaigners gathered with candles outside the press club in "
        "Karachi, calling for an inquiry into a custodial death.",
        "PROTEST",
        "demo",
    ),
    # an official taken away and not heard from since: an enforced disappearance
    (
        "Occupying troops took away the head of a village near Melitopol on Friday, and his "
        "family has had no news of him since, regional officials said.",
        "ASSAULT",
        "abduct",
    ),
    # rebels holding soldiers hold captives
    (
        "The FARC dissidents say they are holding three soldiers captured near Tibu last week.",
        "ASSAULT",
        "abduct",
    ),
    # riot gear used on a march over a factory: no accident
    (
        "Police in Gazipur fired tear gas on Monday to break up a march by textile workers "
        "demanding that their closed factory pay its wages.",
        "ASSAULT",
        "crowd-control",
    ),
    # supporters of rival candidates fighting each other: two camps, no riot
    (
        "Supporters of rival candidates attacked each other with clubs and stones outside a "
        "polling station in Kisii, injuring eleven people.",
        "ASSAULT",
        None,
    ),
    # but a crowd fighting the police stays a riot, whatever rival it names
    (
        "Miners hurling sticks of dynamite fought their way through police lines in Oruro, "
        "protesting a decree they say favours a rival cooperative.",
        "PROTEST",
        "riot",
    ),
    # a subject the parser hung as a reduced relative on the opening noun
    (
        "A mob beat and burned a man accused of witchcraft in Kandep, police said.",
        "ASSAULT",
        None,
    ),
]


@pytest.mark.parametrize(("text", "event", "mode"), CODED)
def test_wording_is_coded(annotator: Annotator, text: str, event: str, mode: str | None) -> None:
    assert_coded(annotator, text, event, mode)


@pytest.mark.parametrize(
    "text",
    [
        # a gas blast explained by the sentence before it
        "Cooks had just lit the stoves when a gas cylinder exploded. The blast wrecked the "
        "kitchen of a hotel in Karachi, killing three workers, and firefighters said a "
        "leaking valve was to blame.",
        # roads cut by floods and landslides
        "Landslides cut the main road to the valley and slowed rescue teams.",
        # a crowd gathered for a funeral, no protest
        "Hundreds of villagers gathered for the funeral of a respected elder in Kisii.",
        # a search for survivors
        "Rescuers searched the rubble for survivors through the night.",
        # a mudflow is a natural force
        "A mudflow set off by a cloudburst hit a hamlet in the Rasht valley, sweeping away "
        "sheds and cars.",
        # a crowd gathered to collect spilled fuel
        "Dozens were killed when a crashed tanker exploded as people gathered to collect "
        "the spilled diesel near Kaduna.",
        # burglars raiding villages commit a crime
        "Burglars raided two villages near Mbale and stole cattle.",
        # a haul of drugs makes the arrest joined to it a smuggling case
        "Coast guards seized 40,000 yaba tablets from a trawler off Cox's Bazar and arrested "
        "three crew members, a commander said.",
    ],
)
def test_look_alikes_stay_no_event(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None, text


def test_a_roadblock_is_a_place_where_gunmen_struck(annotator: Annotator) -> None:
    ev = assert_coded(
        annotator,
        "Gunmen stopped a minibus at a roadblock near Kaduna and killed four passengers.",
        "ASSAULT",
        None,
    )
    assert ev.mode != "obstruct"
