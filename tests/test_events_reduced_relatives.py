"""Subjects followed by a reduced relative ("Farmers angered by the new levy torched ..."), an
adverb and a participle ("soldiers still deployed in X raped ..."), a stance the model reads as
a past tense ("Kenyans opposed to the bill marched") or a modifier set off by commas
("Supporters of X, convinced that ..., stormed"), which the small model tends to rob of their
verb; and the weapons and parties that come with participles (our own sentences): a grenade
tossed into a bar is an explosive, mortar rounds lobbed by fighters are the fighters' attack,
an attack with no mode takes the mode of the participle that tells how ("descended on the camp,
hacking ..."), "on fire" is flames, not shooting, and a vehicle that hits a mine is its victim;
a crowd that burns a parliament building riots (the building is no person); a headline's
agentless act gives way to the lead that says who did what ("MP's house torched" / "protesters
set fire to ..."); and the crime look-alikes (a ransom gang, a stray bullet) stay crime."""

from __future__ import annotations

import pytest

from event_support import annotate_text, main_event_of
from storyline.annotate.base import Annotator
from storyline.events import code_events


def _subject_verb(annotator: Annotator, text: str, subject: str) -> str:
    """The word the subject hangs on in the parse."""
    art = annotate_text(annotator, text)
    tok = next(t for t in art.tokens if t.text == subject)
    return art.tokens[tok.head].text


@pytest.mark.parametrize(
    ("text", "subject", "verb"),
    [
        (
            "Farmers angered by the sale of a state forest to a mining firm set fire to the "
            "district office in Kolwezi on Monday, the governor said.",
            "Farmers",
            "set",
        ),
        (
            "Bus drivers fed up with police extortion snaked through central Lagos on Tuesday.",
            "drivers",
            "snaked",
        ),
        (
            "Militiamen still stationed in the eastern hills burned a school in two villages "
            "last week, elders told reporters.",
            "Militiamen",
            "burned",
        ),
        (
            "Young Ghanaians opposed to the new levy marched toward parliament in Accra on "
            "Tuesday; police fired tear gas.",
            "Ghanaians",
            "marched",
        ),
        (
            "Backers of a defeated mayoral candidate, convinced that the count had been rigged, "
            "stormed the town hall on Monday and set part of it alight.",
            "Backers",
            "stormed",
        ),
        (  # after a subordinator
            "Traffic stood still for hours after villagers fed up with power cuts barricaded "
            "the highway near Bulawayo with burning tyres.",
            "villagers",
            "barricaded",
        ),
        (  # an opening participle phrase
            "Enraged by the death of a street vendor in police custody, crowds in the market "
            "district burnt tyres and stoned a police post, officials said.",
            "crowds",
            "burnt",
        ),
        (
            "Teachers at state schools in the province, who earn, by their union's reckoning, less "
            "than a year ago, downed tools on Friday.",
            "Teachers",
            "downed",
        ),
    ],
)
def test_a_reduced_relative_leaves_the_subject_its_verb(
    annotator: Annotator, text: str, subject: str, verb: str
) -> None:
    assert _subject_verb(annotator, text, subject) == verb


def test_a_subject_already_holding_its_verb_is_left_alone(annotator: Annotator) -> None:
    text = "Villagers angered by the death of a boy hit by a truck set the vehicle ablaze."
    assert _subject_verb(annotator, text, "Villagers") == "set"
    # a phrase with a verb of its own is no reduced relative: "resorted to throwing stones"
    text = (
        "Young men resorted to throwing stones during protests against the alleged abuses by "
        "the army, officials said."
    )
    assert _subject_verb(annotator, text, "men") != "alleged"


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        (
            "Farmers angered by the sale of a state forest to a mining firm set fire to the "
            "district office in Kolwezi on Monday, the governor said.",
            "PROTEST",
            "riot",
        ),
        (
            "Bus drivers fed up with police extortion snaked through central Lagos on Tuesday "
            "in a noisy march.",
            "PROTEST",
            "demo",
        ),
        (  # the building is what burned, not the lawmakers the word "parliament" names
            "Students set fire to the regional parliament building in Medan after the vote.",
            "PROTEST",
            "riot",
        ),
        (
            "A grenade tossed into a crowded tea stall in Imphal killed one man and wounded six.",
            "ASSAULT",
            "explosives",
        ),
        (
            "A mob armed with clubs descended on a herders' camp near Jos at dawn, hacking three "
            "men to death.",
            "ASSAULT",
            "primitive",
        ),
        (
            "Backers of a defeated mayoral candidate, convinced that the count had been rigged, "
            "stormed the town hall on Monday and set part of it alight.",
            "PROTEST",
            "riot",
        ),
        (  # "on fire" is flames: no shooting
            "Shop fronts torched in Mombasa\nA crowd furious over a death in police custody "
            "forced its way into a police post in Mombasa, setting two cars on fire.",
            "PROTEST",
            "riot",
        ),
        (  # the headline's passive gives way to the lead that says who did it
            "Minister's house torched in Kandy\nProtesters angry over fuel queues set fire to a "
            "minister's home outside Kandy late on Monday.",
            "PROTEST",
            "riot",
        ),
    ],
)
def test_reduced_relatives_and_participles_are_coded(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None and (ev.event, ev.mode) == (event, mode)


def test_a_participle_with_a_by_agent_names_the_attacker(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator,
        "Mortar rounds lobbed by suspected al-Shabaab fighters landed near the airport in "
        "Mogadishu, wounding two guards.",
    )
    assert ev is not None and (ev.event, ev.mode) == ("ASSAULT", "heavy-weapons")
    assert any("al-Shabaab" in a.entity_text for a in ev.actor)
    assert not any("al-Shabaab" in r.entity_text for r in ev.recipient)


def test_a_vehicle_that_hits_a_mine_is_its_victim(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator, "A supply truck hit a landmine near Menaka on Monday, killing four drivers."
    )
    assert ev is not None and (ev.event, ev.mode) == ("ASSAULT", "explosives")
    assert not any("truck" in a.entity_text for a in ev.actor)
    assert any("truck" in r.entity_text or "drivers" in r.entity_text for r in ev.recipient)
    ev = main_event_of(
        annotator,
        "Two herders lost legs when they stepped on a mine laid by rebels near Tumaco.",
    )
    assert ev is not None and any("rebels" in a.entity_text for a in ev.actor)


def test_an_attack_and_how_it_was_done_are_one_event(annotator: Annotator) -> None:
    text = (
        "A mob armed with clubs descended on a herders' camp near Jos at dawn, hacking three "
        "men to death."
    )
    events = [e for e in code_events(annotate_text(annotator, text)) if e.event == "ASSAULT"]
    assert len(events) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A trader seized by a gang in Davao and held for ransom in a flat was freed by police.",
        "A pharmacist kidnapped by a ransom gang in Monterrey was freed after his family paid.",
        "A shoot-out between street gangs in a Detroit suburb left two men dead and a woman "
        "wounded by a stray bullet.",
        "Celebratory gunfire at a wedding near Mosul killed a boy of eight, relatives said.",
    ],
)
def test_crime_and_accidents_with_participles_stay_no_event(
    annotator: Annotator, text: str
) -> None:
    assert main_event_of(annotator, text) is None
