"""Wording met in the 2026-11-30 night development work (our own sentences): excerpts whose news
comes after a sentence of background or a phrase of time; subjects the small parser lost (to an
attribution set in the middle, to an opening phrase of time, to a second subject of the verb);
a force flown or rushed somewhere; attacks on marchers told with the marchers as the object;
a crowd's fence, fireworks and fires; and the look-alikes that stay no event (a bus in a
ravine, a methane blast, a title fight)."""

from __future__ import annotations

import pytest

from event_support import assert_actor_country, assert_coded, main_event_of
from storyline.annotate.base import Annotator


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        # the news after a sentence that only sets the time
        (
            "Weeks after the peace deal, families in the district are still burying their "
            "dead. Militiamen torched a dozen homesteads there last month, local leaders told "
            "a rights mission.",
            "ASSAULT",
            None,
        ),
        # a time clause that is itself the news ("after" with no span of time before it)
        (
            "The highway to the port stayed closed for five hours on Monday after dockers "
            "staged a sit-in at the main gate.",
            "PROTEST",
            None,
        ),
        # a subject the model hung on an attribution set between it and its verb
        (
            "Train drivers, their union said, began a three-day stoppage on Tuesday after "
            "wage talks broke down.",
            "PROTEST",
            "strike",
        ),
        # a subject the model read as the object of an opening phrase of time
        (
            "On the second night youths set cars alight in the suburbs and threw fireworks "
            "at officers, the prefecture said.",
            "PROTEST",
            "riot",
        ),
        # the object the model made a second subject of its verb
        (
            "The army said on Sunday it had retaken Wad Madani from the rebels.",
            "ASSAULT",
            None,
        ),
        # a force moved with no sender named
        (
            "Twenty more companies of paramilitary police are being flown into Manipur, the "
            "ministry said.",
            "MOBILIZE",
            "police",
        ),
        # force used on marchers, the marchers told as the object
        (
            "Plain-clothes officers set about teachers marching to the ministry with clubs.",
            "ASSAULT",
            "beat",
        ),
        (
            "Police roughed up dozens of nurses protesting outside the health secretariat.",
            "ASSAULT",
            "beat",
        ),
        # a grenade thrown by partisans is no riot; petrol bombs thrown by students are
        ("Partisans say they threw a grenade at an occupation official's car.", "ASSAULT", None),
        (
            "Hooded students threw petrol bombs at riot police outside the campus.",
            "PROTEST",
            "riot",
        ),
        # a person beaten and burned by a mob: mob violence, not a riot
        (
            "The victim, a trader, was beaten and set ablaze by a mob in the market.",
            "ASSAULT",
            None,
        ),
        # a crowd tears down a fence, and fires fireworks at officers
        (
            "A crowd tore down the fence around the courthouse and launched fireworks at officers.",
            "PROTEST",
            "riot",
        ),
        # a vehicle that hits a mine, armed men whose grenade wounds a family
        (
            "A minibus struck a homemade mine on the road north of Gao, killing nine passengers.",
            "ASSAULT",
            "explosives",
        ),
        (
            "Two men on a motorbike lobbed a grenade into the councillor's yard, wounding his "
            "wife and son.",
            "ASSAULT",
            "explosives",
        ),
        # a passive shooting whose doer stands in a plain "by" phrase
        ("Mayor shot dead outside his office by hooded gunmen.", "ASSAULT", None),
        # people camped to oppose a bill: the camp's purpose, with the attribution between
        (
            "Some 3,000 farmers have camped outside parliament this week, their leaders said, "
            "to oppose a land bill.",
            "PROTEST",
            "demo",
        ),
        # remanded on a political charge
        (
            "A student was remanded in custody on Friday on a charge of sedition over his posts.",
            "COERCE",
            "arrest",
        ),
        # warships encircle an island; fighters loot warehouses
        (
            "Chinese warships encircled Taiwan for a third day of drills.",
            "MOBILIZE",
            "weapons",
        ),
        (
            "Rebel fighters emptied the warehouses of the port after taking the town.",
            "ASSAULT",
            "destroy",
        ),
        # a role the tagger read as an adjective; operatives are people
        (
            "Malaysia extradited a wanted Filipino militant to Manila on Monday.",
            "COOPERATE",
            None,
        ),
        ("Police nabbed three suspected rebel operatives in the old quarter.", "COERCE", "arrest"),
        # mob justice whose cause the sentence before gives
        (
            "The trader had been accused of insulting the prophet. Fellow traders stoned him "
            "in the market square, police said.",
            "ASSAULT",
            "primitive",
        ),
        # a feed line's verb the model read as a noun with a subject of its own
        (
            "Puno: troops fire on Aymara marchers near the bridge, ombudsman's toll reaches 9.",
            "ASSAULT",
            None,
        ),
        # a crowd's coming that ends in a beating by the same crowd
        (
            "Motorbike taxi riders descended on a market in Eldoret and beat up a man they "
            "accused of theft.",
            "ASSAULT",
            "beat",
        ),
        # a march that police meet with force stays the march (other hands)
        (
            "Residents of the township marched to the municipal offices over power cuts, and "
            "police fired stun grenades to move them on.",
            "PROTEST",
            "demo",
        ),
        # demonstrators massing, whoever's side they take; troops rounding up and burning
        (
            "Pro-EU demonstrators massed outside parliament for a sixth night.",
            "PROTEST",
            "demo",
        ),
        (
            "Soldiers rounded up villagers near Monywa and burned some of them alive.",
            "ASSAULT",
            None,
        ),
        # troops sent with a shared passive: a deployment, not aid
        (
            "Some 2,000 Guard troops were federalised and sent to Portland on Sunday.",
            "MOBILIZE",
            "troops",
        ),
        # a mob's arson in a quarter named by its people: an attack on a community
        (
            "A mob armed with sticks swept through a Christian neighbourhood of Jaranwala, "
            "setting homes on fire.",
            "ASSAULT",
            None,
        ),
        # armed men swoop on a village
        ("Gunmen swooped on a village in Katsina, killing seven.", "ASSAULT", None),
    ],
)
def test_wording_is_coded(annotator: Annotator, text: str, event: str, mode: str | None) -> None:
    assert_coded(annotator, text, event, mode)


@pytest.mark.parametrize(
    "text",
    [
        "The coach had left Cusco full of tourists. It plunged into a ravine on a mountain "
        "road on Sunday, killing 19 passengers, police said.",
        "Rescuers brought up the last bodies on Monday. A methane blast tore through the "
        "colliery on Friday, killing 31 miners, the emergency ministry said.",
        "The title clash in Las Vegas went the full twelve rounds. The champion kept his "
        "heavyweight belts on a split decision, the judges ruled.",
        "Two goods trains collided near Vijayawada, killing four railway staff.",
        "A blast at a firecracker workshop near Madurai killed five workers.",
        "Scorching temperatures of up to 49 degrees killed dozens of people in Jacobabad.",
    ],
)
def test_look_alikes_are_no_event(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None, text


def test_a_region_with_its_designator_gives_the_country(annotator: Annotator) -> None:
    """A region named with its designator, whatever the model tagged it ("the Artibonite
    department" as an organisation), places the event."""
    ev = main_event_of(
        annotator,
        "Members of a gang opened fire on villagers in the Artibonite department.",
    )
    assert ev is not None and ev.event == "ASSAULT"
    assert [a.code for a in ev.actor] == ["HTI"]


def test_the_share_of_a_group_stands_for_the_group(annotator: Annotator) -> None:
    """ "Protesters, many of them ..., burned X": the protesters burned it (a riot), whatever
    the parser made of "many"; and what was done comes before what a state says it will do."""
    ev = main_event_of(
        annotator,
        "Smoke hung over the old town on Friday. Protesters, many of them from the hills, "
        "burned shops and a police station for a second day, and a neighbouring state said "
        "it would send police to help.",
    )
    assert ev is not None and (ev.event, ev.mode) == ("PROTEST", "riot")


def test_insults_hurled_are_no_stones(annotator: Annotator) -> None:
    assert main_event_of(annotator, "Insults hurled at the visiting students lit the fuse.") is None
    assert_coded(
        annotator, "Stones hurled at the police post injured two officers.", "PROTEST", None
    )


def test_they_after_an_opening_participle_are_the_people_named_before(
    annotator: Annotator,
) -> None:
    """ "Holding flags, they massed ...": "they" are the people of the sentence before, not
    the flags they hold (nor the avenue the sentence before is about)."""
    ev = main_event_of(
        annotator,
        "For a third night the boulevard in Tbilisi belonged to the protesters. Waving "
        "EU flags, they massed outside parliament against the bill.",
    )
    assert ev is not None and (ev.event, ev.mode) == ("PROTEST", "demo")
    assert [a.sector for a in ev.actor] == ["CVL"]


def test_what_came_a_day_before_is_not_the_news(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator,
        "The raids came a day after rockets were fired from southern Lebanon. Israeli "
        "warplanes hit depots near Tyre early on Friday, the army said.",
    )
    assert ev is not None and (ev.event, ev.mode) == ("ASSAULT", "aerial")
    assert [a.code for a in ev.actor] == ["ISR"]


def test_a_device_read_as_a_modifier_still_goes_off(annotator: Annotator) -> None:
    assert_coded(
        annotator,
        "A roadside device detonated under an army truck near Gao, security sources said.",
        "ASSAULT",
        "explosives",
    )


def test_the_moved_force_is_the_actor(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "Ten more companies of Kenyan police were flown into Haiti.")
    assert ev is not None and ev.event == "MOBILIZE" and ev.mode == "police"
    assert [a.code for a in ev.actor] == ["KEN"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a weapon fired from a country is that country's (not the struck place's)
        ("Rockets fired from southern Lebanon struck a house near Metula.", "LBN"),
        ("Rockets fired from Gaza landed near Sderot.", "PSE"),
        # "the group" names again the body named just before
        (
            "Hezbollah fires rocket barrage at northern Israel\n"
            "The group said it targeted an army base near Metula with a salvo of rockets.",
            "LBN",
        ),
        # a local group's march belongs where it marches
        (
            "LILONGWE - Civil society groups marched to parliament on Thursday against the "
            "rising cost of living.",
            "MWI",
        ),
        # districts the news names place the unnamed attackers
        ("Gunmen ambushed a convoy in Kurram, killing eleven travellers.", "PAK"),
    ],
)
def test_the_actor_country(annotator: Annotator, text: str, code: str) -> None:
    assert_actor_country(annotator, text, code)


def test_an_international_body_keeps_no_country(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "Amnesty International staged a protest in London.")
    assert ev is not None and [a.code for a in ev.actor] == [None]
