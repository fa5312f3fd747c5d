"""Wording met in the 2026-12-01 development work (our own sentences): doers told riding
something or carrying a participle phrase the small parser took their verb into; a participle
after a noun's phrase read as the noun's verb; deployments told as stationing, posting or
calling in troops; fighting that rages somewhere with no side named; an attack laid on someone
in the passive; saints' cities, regions named with their designator and landmarks after "the";
datelines in title case with a long dash; and the look-alikes that stay no event."""

from __future__ import annotations

import pytest

from event_support import assert_actor_country, assert_coded, main_event_of
from storyline.annotate.base import Annotator


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        # a past form the tagger read as a present ("shot" as VBP), and as a noun after a
        # vehicle ("a motorbike shot")
        ("Assailants on a scooter shot dead a tax inspector in Quetta.", "ASSAULT", "firearms"),
        ("Gunmen riding a motorbike shot dead a lawyer in Karachi.", "ASSAULT", "targeted"),
        # a participle phrase that took the verb away ("demanding ... clashed")
        (
            "Tin miners demanding new permits clashed with riot police in Oruro, hurling dynamite.",
            "PROTEST",
            "riot",
        ),
        # a stance participle whose phrase holds a gerund and a possessive
        (
            "Bus owners opposed to a ban on renewing their old permits began a two-day "
            "strike in Lahore.",
            "PROTEST",
            "strike",
        ),
        # a truce "agreed overnight" that the model made the truce's own verb
        (
            "The truce between the two militias agreed on Sunday was holding in the capital, "
            "residents said.",
            "RETREAT",
            "ceasefire",
        ),
        # deployments told as stationing, posting or calling in
        ("Riot police were stationed at every bridge in Belgrade.", "MOBILIZE", None),
        ("The governor called in the army to guard the ballot stores.", "MOBILIZE", None),
        # deployments told for a later day rank before the rallies they are set for
        (
            "Some four thousand officers would be posted around the stadium on Friday, ahead "
            "of rival rallies by the two parties, the police chief said.",
            "MOBILIZE",
            None,
        ),
        # fighting that rages somewhere: an armed clash even with no side named
        ("Heavy fighting raged in the outskirts of Bakhmut overnight.", "ASSAULT", None),
        # an attack laid on a party in the passive, by no one named
        (
            "The market was packed when the bombs fell. The air force was blamed for the "
            "raid, which killed dozens.",
            "ASSAULT",
            "aerial",
        ),
        # ground handed over, named first by a name the model took for a person's
        (
            "Rebel fighters handed over Tal Saman and the nearby villages to government "
            "troops on Friday.",
            "RETREAT",
            "withdraw",
        ),
        # the killing, not the gunmen's roadblock that tells who they were
        (
            "Gunmen who blocked a mountain road stopped two buses, checked papers and shot "
            "dead nine passengers, police said.",
            "ASSAULT",
            "firearms",
        ),
        # people taken by armed men, or seized by a gang where gangs are armed groups
        ("Two surveyors were taken by armed men near Menaka on Monday.", "ASSAULT", "abduct"),
        ("Gang members seized three teachers in Port-au-Prince.", "ASSAULT", "abduct"),
        # a truce agreed for later is announced, not kept
        (
            "The two armies agreed on Friday to a truce starting at dawn on Sunday.",
            "CONCEDE",
            None,
        ),
        # a salvo or wave of a weapon is the weapon
        ("A salvo of rockets hit a fuel depot outside Kherson.", "ASSAULT", "heavy-weapons"),
        # forces ordered somewhere, not ordered to do something
        ("Paris ordered two frigates to the Red Sea.", "MOBILIZE", "weapons"),
        # a crowd that hunts shop owners and beats them
        (
            "Crowds of residents armed with sticks went from street to street in a township, "
            "hunting for foreign-owned shops and beating the shopkeepers.",
            "ASSAULT",
            "beat",
        ),
        # an arson told with no doer while a protesting crowd surges in is the crowd's riot
        (
            "The governor's office was set on fire as the crowd, furious over the new land law, "
            "stormed the square.",
            "PROTEST",
            "riot",
        ),
        # a crowd's first verb, before the verb of the forces that broke it up
        (
            "Supporters banging pots and waving flags gathered in the old town after the "
            "disputed count, and riot police on motorbikes broke up some of the crowds.",
            "PROTEST",
            None,
        ),
        # people a participle describes act themselves
        ("Witnesses described soldiers firing into the crowd in Bamako.", "ASSAULT", None),
    ],
)
def test_wording_is_coded(annotator: Annotator, text: str, event: str, mode: str | None) -> None:
    assert_coded(annotator, text, event, mode)


@pytest.mark.parametrize(
    "text",
    [
        "Lightning strikes killed eleven farmers working in the paddy fields on Monday, the "
        "disaster ministry said.",
        "A fight broke out in a bar in Leeds after a football match.",
        "The minister posted a video of the flooded road on social media.",
    ],
)
def test_look_alikes_are_no_event(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None, text


def test_an_order_to_act_is_not_a_deployment(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "The colonel ordered his men to open fire on the marchers.")
    assert ev is not None and ev.event != "MOBILIZE"


def test_the_soldiers_a_witness_describes_are_the_actor(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "Witnesses described soldiers firing into the crowd in Bamako.")
    assert ev is not None and [a.entity_text for a in ev.actor] == ["soldiers"]


def test_a_participle_before_a_noun_is_no_verb_of_the_subject(annotator: Annotator) -> None:
    """ "using precision guided missiles" is the aircraft's means, not a verb they did."""
    ev = main_event_of(
        annotator, "French aircraft using precision guided bombs killed six fighters near Gao."
    )
    assert ev is not None and ev.event == "ASSAULT"
    assert [a.entity_text for a in ev.actor][:1] == ["French aircraft"]


def test_tear_gas_fired_at_a_crowd_is_no_riot_of_that_crowd(annotator: Annotator) -> None:
    assert_coded(
        annotator,
        "Tear gas was fired at farmers marching towards the capital, with several protesters "
        "treated for burns.",
        "ASSAULT",
        "crowd-control",
    )


def test_an_active_blame_stays_the_news(annotator: Annotator) -> None:
    """When a party is named as blaming, the blame is the news (the attack keeps no actor)."""
    ev = assert_coded(
        annotator, "Villagers blamed the militia for the burning of the mill.", "ACCUSE", None
    )
    assert [a.entity_text for a in ev.actor] == ["Villagers"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a saint's city written short is weighed with its full spelling
        ("Police detained forty anti-war marchers in St Petersburg on Sunday.", "RUS"),
        # a region with its designator outranks a foreign city of that name
        ("Gunmen abducted two aid workers in the Bari region of Puntland.", "SOM"),
        # a landmark after "the" is no small town abroad
        ("Miners clashed with police in central La Paz, hurling dynamite along the Prado.", "BOL"),
        # a title-case dateline with a long dash
        ("Port-au-Prince — Gang members abducted four teachers from a school bus.", "HTI"),
    ],
)
def test_the_actor_country(annotator: Annotator, text: str, code: str) -> None:
    assert_actor_country(annotator, text, code)


def test_a_dash_after_a_known_body_is_no_dateline() -> None:
    from storyline.events.dateline import dateline_of

    assert dateline_of("Hezbollah — the group that runs much of the south — said ...") is None
    found = dateline_of("Caracas — Opposition supporters gathered.")
    assert found is not None and found.code == "VEN"
