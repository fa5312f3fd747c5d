"""Idioms and parses of the night session (our own sentences): signing and arrest idioms, fire
opened on people, a town the recognizer took for a person, a dateline's dash before a common
noun, an exchange of fire beside an exchange of prisoners; and the look-alikes they must not
catch (a wartime bomb defused, a gang trading bullets, an exam candidate, a market opening up)."""

from __future__ import annotations

import pytest

from event_support import main_event_of
from storyline.annotate.base import Annotator

CODED = [
    (  # signing idioms
        "The two governments and the rebel alliance put pen to paper on a truce deal in Nairobi "
        "on Friday.",
        "SUPPORT",
        None,
    ),
    (
        "After months of mediation the junta and eleven armed factions put their names to a "
        "peace charter in Lome.",
        "SUPPORT",
        None,
    ),
    (  # arrest idioms
        "Riot police hauled some forty students into custody outside the education ministry.",
        "COERCE",
        "arrest",
    ),
    (
        "Twelve union organisers were taken in by police after a meeting in a church hall.",
        "COERCE",
        "arrest",
    ),
    (  # fire opened on people, and two forces that lock horns
        "Farmers on the ridge heard shooting as insurgents opened up on a road crew near the "
        "pass, a village elder said.",
        "ASSAULT",
        "firearms",
    ),
    (
        "Army units and separatist fighters locked horns outside the market town on Tuesday.",
        "ASSAULT",
        None,
    ),
    (  # the recognizer takes these towns for a people or a person; the gazetteer knows them
        "Government troops and allied militias retook Kidal after a week-long push.",
        "ASSAULT",
        None,
    ),
    (
        "Rebel columns swept into Lalibela overnight as the garrison withdrew.",
        "ASSAULT",
        None,
    ),
    (  # a common noun after a dateline's dash, read as a name
        "VARNO - Clashes pitted border guards against rebel fighters on Tuesday.",
        "ASSAULT",
        None,
    ),
    (  # an exchange of fire; an exchange of prisoners stays a release
        "A fierce exchange of fire between the army and the insurgents lasted until dawn.",
        "ASSAULT",
        "firearms",
    ),
    (
        "The two warring states carried out an exchange of prisoners on Sunday, forty captives "
        "for each side.",
        "RETREAT",
        "release",
    ),
    (  # a cache come upon; a road choked; a bomb that tore apart a minibus
        "A patrol came upon a cache of rifles and mortar rounds hidden in a cave near the border.",
        "COERCE",
        "seize",
    ),
    (
        "Angry traders choked the main highway with carts and crates over new market fees.",
        "PROTEST",
        "obstruct",
    ),
    (
        "A bomb hidden under a culvert tore apart a minibus carrying soldiers near the garrison "
        "town.",
        "ASSAULT",
        "explosives",
    ),
    (  # hyphenated crowd words and protest nouns
        "Stone-pelting broke out near the shrine after Friday prayers, with youths hurling rocks "
        "at paramilitary troops.",
        "PROTEST",
        "riot",
    ),
    (
        "Resident doctors at the teaching hospital kept up a work abstention for a fourth day.",
        "PROTEST",
        "strike",
    ),
    (
        "Students held a lawn encampment outside the library for a week to demand divestment.",
        "PROTEST",
        "demo",
    ),
    (  # a mayoral candidate shot: the election makes it political
        "A mayoral candidate was shot dead at a campaign stop in the hill town, prosecutors said.",
        "ASSAULT",
        "firearms",
    ),
    (  # the subject is the victim: a patrol that runs into a column of fighters
        "An army patrol ran into a column of rebel fighters near the river crossing at dusk.",
        "ASSAULT",
        None,
    ),
    (
        "Riot police set about marching teachers with batons outside the ministry.",
        "ASSAULT",
        "beat",
    ),
    (  # troops that march into a town take it; a crowd that packs an avenue protests
        "Government troops marched into the provincial capital a year after losing it.",
        "ASSAULT",
        None,
    ),
    (
        "Opposition supporters packed the main avenue for a fourth night, waving flags.",
        "PROTEST",
        "demo",
    ),
    (  # a sentence-case headline run into its lead with a dash is the news
        "Landmine kills two soldiers near the frontier — The men were on a routine patrol when "
        "one of them stepped on the device, the army said.",
        "ASSAULT",
        "explosives",
    ),
    (  # fire named by its weapon is no natural force
        "Mortar fire from across the ceasefire line hit army posts and two villages overnight.",
        "ASSAULT",
        "heavy-weapons",
    ),
    (  # a suicide blast, and explosives a vehicle rolls over
        "The gate of the interior ministry was the target of Tuesday's suicide blast, officials "
        "said.",
        "ASSAULT",
        "suicide-attack",
    ),
    (
        "Four militiamen died when their pickup rolled over explosives laid on a dirt track.",
        "ASSAULT",
        "explosives",
    ),
    (  # a crowd that storms a house and beats a man commits mob violence, not a riot
        "Neighbours stormed the hut of a man accused of stealing a goat and beat him senseless.",
        "ASSAULT",
        "beat",
    ),
    (  # suspects set ablaze by a mob are people, not property
        "Two suspected thieves were set ablaze by a mob at the cattle market.",
        "ASSAULT",
        "primitive",
    ),
    (  # an armed crowd that descends on a hamlet attacks it
        "Youths armed with machetes descended on a herders' hamlet at dawn, leaving six dead.",
        "ASSAULT",
        "primitive",
    ),
    (  # ... while a crowd that storms a police station and sets it on fire riots
        "Residents angered by a death in custody stormed the police station and set it on fire.",
        "PROTEST",
        "riot",
    ),
    (  # streets shelled; troops flown in
        "Rebel artillery hammered residential streets on the edge of the besieged city.",
        "ASSAULT",
        "heavy-weapons",
    ),
    (
        "Hundreds of extra paramilitary troops were flown into the valley after the riots.",
        "MOBILIZE",
        "troops",
    ),
    (  # an attacker that strikes, with no object named
        "A suicide attacker struck outside the gate of the interior ministry at midday.",
        "ASSAULT",
        "suicide-attack",
    ),
    (  # protesters who force their way into a parliament riot, whatever they are angry about
        "Protesters furious over a fuel tax forced their way into the parliament complex and "
        "smashed windows.",
        "PROTEST",
        "riot",
    ),
    (  # people named by the party they belong to or the march they are on
        "Intelligence agents picked up two opposition campaign coordinators in the capital.",
        "COERCE",
        "arrest",
    ),
    (
        "Riot police clubbed marching cane growers outside the sugar board.",
        "ASSAULT",
        "beat",
    ),
    (  # a device planted near a pipeline is no wartime leftover
        "Bomb disposal personnel defused a device planted beside a gas pipeline in the district "
        "on Thursday, police said.",
        "COERCE",
        "seize",
    ),
]


@pytest.mark.parametrize(("text", "event", "mode"), CODED)
def test_idioms_are_coded(annotator: Annotator, text: str, event: str, mode: str | None) -> None:
    found = main_event_of(annotator, text)
    assert found is not None, text
    assert (found.event, found.mode) == (event, mode)


LOOK_ALIKES = [
    # a wartime bomb defused is no political event
    (
        "Experts defused an unexploded wartime bomb found on a building site after the street "
        "was evacuated.",
        "COERCE",
    ),
    # a gang shoot-out is crime
    (
        "Rival gangs traded bullets in the housing scheme on Monday night, leaving a bystander "
        "dead.",
        "ASSAULT",
    ),
    # an exam candidate is no election
    (
        "Thieves stole the question papers of the recruitment exam and sold them at a fee per "
        "candidate.",
        "ASSAULT",
    ),
    # a market or a crossing that opens up is no shooting
    ("The border crossing opened up again after the holiday weekend.", "ASSAULT"),
    # being put under investigation is no signature on a deal
    (
        "A tourist has been put under investigation for damaging a fountain in the old town.",
        "SUPPORT",
    ),
    # a march that winds its way is no wounding
    ("Pensioners wound their way past the palace, clanging saucepans.", "ASSAULT"),
    # families that pack up are no crowd packing a square; hospitals take in patients
    ("Families packed up and fled the valley as the river rose.", "PROTEST"),
    ("Hospitals in the city took in dozens of people hurt in the bus crash.", "COERCE"),
    # explosions of gas, methane or a boiler are accidents; a storm is a natural force
    ("A gas explosion ripped through a restaurant kitchen, injuring four cooks.", "ASSAULT"),
    ("Nine miners were trapped after a methane blast deep in the coal pit.", "ASSAULT"),
    ("The storm hit coastal villages overnight, flattening huts.", "ASSAULT"),
    # who reports an accident did not cause it; gangs at war are crime
    (
        "A night bus plunged into a gorge on the mountain road, police said, killing 20 "
        "passengers.",
        "ASSAULT",
    ),
    (
        "Two rival gangs shot it out in the housing estate on Friday, police said, killing a "
        "boy caught in the crossfire.",
        "ASSAULT",
    ),
    # containers are no people
    ("Customs officers picked up two shipping containers at the port.", "COERCE"),
    # a firm that forces its way into markets is no crowd breaking in
    ("The company forced its way into three new markets last year.", "ASSAULT"),
    # bullets that fly are no troops flown in
    ("Bullets flew for an hour as the two families quarrelled over a boundary wall.", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "wrong"), LOOK_ALIKES)
def test_look_alikes_of_idioms_stay_event_free(annotator: Annotator, text: str, wrong: str) -> None:
    found = main_event_of(annotator, text)
    assert found is None or found.event != wrong, (text, found)


@pytest.mark.parametrize(
    ("text", "event", "victim"),
    [
        ("Aid workers abducted by gunmen near Goma", "ASSAULT", "Aid workers"),
        (
            "Twelve opposition students detained after rally in Dhaka",
            "COERCE",
            "Twelve opposition students",
        ),
        ("Three soldiers killed in ambush near the river crossing", "ASSAULT", "Three soldiers"),
    ],
)
def test_a_headline_passive_names_who_underwent_the_act(
    annotator: Annotator, text: str, event: str, victim: str
) -> None:
    """A headline drops "were": the people it names underwent the act, they did not do it."""
    found = main_event_of(annotator, text)
    assert found is not None and found.event == event, (text, found)
    assert victim not in {a.entity_text for a in found.actor}
    assert victim in {r.entity_text for r in found.recipient}


def test_a_headline_with_its_target_named_stays_active(annotator: Annotator) -> None:
    found = main_event_of(annotator, "Gendarmes set upon opposition marchers with rifle butts")
    assert found is not None and found.event == "ASSAULT"
    assert "Gendarmes" in {a.entity_text for a in found.actor}


def test_an_attack_with_no_named_perpetrator_is_by_unidentified_attackers(
    annotator: Annotator,
) -> None:
    """Coded as ICEWS and PLOVER code it: unidentified attackers where it happened, no span."""
    found = main_event_of(annotator, "Three soldiers killed in ambush near Gao")
    assert found is not None and found.event == "ASSAULT"
    [actor] = found.actor
    assert (actor.code, actor.sector, actor.start) == ("MLI", "UAF", None)


def test_a_named_perpetrator_is_never_replaced(annotator: Annotator) -> None:
    found = main_event_of(annotator, "Gunmen killed three soldiers in an ambush near Gao.")
    assert found is not None and found.event == "ASSAULT"
    assert "Gunmen" in {a.entity_text for a in found.actor}
