"""Wording met in the second 2026-12-01 development work (our own sentences): aftermath told
before the attack it follows, and a vague noun before the act it sums up; damage in the passive
while a crowd protests; participle phrases that took the verb; rebels who take people; truces
announced or due; measures of explosives; acts named only as a purpose; raised passives ("were
said to have been hit"); "live rounds"; armed groups named in an arrest; and the look-alikes
that keep their reading."""

from __future__ import annotations

import pytest

from event_support import assert_coded, main_event_of
from storyline.annotate.base import Annotator

AFTERMATH_AND_RIOTS: list[tuple[str, str, str | None]] = [
    # what was found is named by what it makes
    (
        "Soldiers recovered bomb-making materials from a militant hideout in Sulu.",
        "COERCE",
        "seize",
    ),
    # a truce announced is a concession; one declared is kept (CAMEO's "declare truce")
    (
        "The junta announced a unilateral ceasefire in the flooded districts to let "
        "relief through.",
        "CONCEDE",
        None,
    ),
    (
        "The rebels declared a unilateral ceasefire after weeks of fighting with a rival militia.",
        "RETREAT",
        "ceasefire",
    ),
    # rebels who hold or seize people abduct them
    (
        "Four nurses are being held by separatists in the Anglophone region of Cameroon.",
        "ASSAULT",
        "abduct",
    ),
    ("Two surveyors were seized by rebels near Beni.", "ASSAULT", "abduct"),
    # the aftermath told first gives way to the attack it follows
    (
        "Traders shut their stalls after the explosion. Insurgents hurled a grenade at a "
        "police van in Sopore, wounding four.",
        "ASSAULT",
        "explosives",
    ),
    # but a protest after an election is no aftermath of an attack
    (
        "Protests broke out after the election. Police fired tear gas at the crowd.",
        "PROTEST",
        None,
    ),
    # damage in the passive, done by protesters named in a gapped clause or while a
    # crowd protests
    (
        "Shop windows were smashed and a bank set alight in Leipzig by masked "
        "demonstrators during a rally against rent rises.",
        "PROTEST",
        "riot",
    ),
    (
        "Patrol cars were pelted with bricks during a protest against the new mine in Tete.",
        "PROTEST",
        "riot",
    ),
    (
        "Bins were set on fire and a police station pelted with fireworks on the third "
        "night of unrest in Lyon.",
        "PROTEST",
        "riot",
    ),
    # a killing during a protest is no crowd's riot
    ("A reporter was shot dead during a protest in Quito.", "ASSAULT", "firearms"),
]


def test_a_named_group_taking_a_village_abducts_no_one(annotator: Annotator) -> None:
    ev = assert_coded(
        annotator, "Fighters of the group seized the village of Tessit.", "ASSAULT", None
    )
    assert ev.mode != "abduct"


def test_officers_reported_injured_are_no_attackers(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator,
        "Police vans were pelted with stones during a march against the pension law in "
        "Nantes, with several officers reported injured.",
    )
    assert ev is not None
    assert (ev.event, ev.mode) == ("PROTEST", "riot")
    assert all(a.sector != "COP" for a in ev.actor)


def test_fireworks_at_a_celebration_stay_no_event(annotator: Annotator) -> None:
    assert main_event_of(annotator, "Fans celebrated with fireworks after the derby.") is None


PARSE_REPAIRS_AND_SENSES: list[tuple[str, str, str | None]] = [
    # an -ing phrase the parser made the subject of the passive ("[pupils walking] were")
    (
        "Pupils walking to a school in Kisumu were beaten with canes by riot police, parents said.",
        "ASSAULT",
        "beat",
    ),
    # taken captive, in the passive
    (
        "A district officer was taken captive by Ambazonian fighters near Bamenda, the army "
        "said, calling for his release.",
        "ASSAULT",
        "abduct",
    ),
    # a detention the authorities deny is an enforced disappearance
    (
        "A Sindhi activist was picked up from his home in Hyderabad by men in plain clothes, "
        "his brother said, and the police have denied holding him.",
        "ASSAULT",
        "abduct",
    ),
    # troopers are a force; a deployment beats the march it is set for
    (
        "Troopers of the Frontier Corps were deployed across Quetta ahead of a planned strike.",
        "MOBILIZE",
        None,
    ),
    ("A peace framework was initialled by the two foreign ministers in Doha.", "SUPPORT", None),
    # "made safe", read as a clause "[a device] safe"
    (
        "Bomb disposal officers made safe a device left outside a police station in Newry.",
        "COERCE",
        "seize",
    ),
    # truces due later: what the speaker adds after "saying" is below the truce
    (
        "A two-week truce will take effect from Monday, the rebels announced, saying it "
        "would let aid convoys through.",
        "CONCEDE",
        None,
    ),
    (
        "A truce between the two armies is to come into force at dawn, both sides said.",
        "CONCEDE",
        None,
    ),
    # an arrest over an armed group named in its sentence
    (
        "Two men suspected of plotting attacks for Islamic State were arrested in Vienna.",
        "COERCE",
        "arrest",
    ),
    # "live rounds" are bullets, not artillery rounds
    (
        "Police in Tehran fired live rounds at mourners leaving a cemetery, a rights group said.",
        "ASSAULT",
        "firearms",
    ),
    ("Mortar shells were fired at the base overnight.", "ASSAULT", "heavy-weapons"),
    # a vague noun sums up what the next sentence tells
    (
        "The violence spread to the port on Friday. Protesters looted warehouses and set a "
        "customs office on fire.",
        "PROTEST",
        "riot",
    ),
    # a measure of explosives
    (
        "Half a tonne of explosives was found at a rebel camp in Cauca during an army sweep.",
        "COERCE",
        "seize",
    ),
    # what the explosives were meant for is no attack
    (
        "Police said the fertiliser had been destined for attacks on power lines. Troops "
        "seized 200 kilograms of it and a box of detonators in Tumaco.",
        "COERCE",
        "seize",
    ),
    # a raised passive, and "the strikes" that sentence told
    (
        "Several villages were said to have been hit by Russian warplanes overnight, the "
        "governor said, condemning the strikes.",
        "ASSAULT",
        "aerial",
    ),
    # the passive of "fire on"
    (
        "Protesters were fired on by soldiers outside the governor's office in Sokoto.",
        "ASSAULT",
        "firearms",
    ),
    # "set up" a blockade is done, not planned
    (
        "Members of the union set up a blockade at the port gates in Durban.",
        "PROTEST",
        "obstruct",
    ),
]


def test_islamic_state_is_an_armed_group_not_a_state(annotator: Annotator) -> None:
    ev = assert_coded(
        annotator, "Islamic State fighters attacked a checkpoint near Raqqa.", "ASSAULT", None
    )
    assert [a.sector for a in ev.actor] == ["REB"]


BARRICADES_AND_SETTINGS: list[tuple[str, str, str | None]] = [
    # barricades put up are a blockade; burning ones, or ones put up by people who also
    # stone the police, a riot
    ("Youths erected barricades on the ring road in Conakry.", "PROTEST", "obstruct"),
    (
        "Opposition supporters put up barricades of burning tyres in Kinshasa.",
        "PROTEST",
        "riot",
    ),
    (
        "Villagers blocked the national road and pelted gendarmes with stones in Kati.",
        "PROTEST",
        "riot",
    ),
    # but a protest's gesture stays a demonstration, and a beating of a man a mob
    # accuses is mob violence
    (
        "Students marched to the rectorate and burned an effigy of the minister.",
        "PROTEST",
        "demo",
    ),
    (
        "Motorbike taxi riders descended on a market in Kasese and beat up a man they "
        "accused of theft.",
        "ASSAULT",
        "beat",
    ),
    # settlers' attacks are political, whatever was stolen along the way
    (
        "A shepherd was beaten with iron bars by Israeli settlers near Hebron, an aid group "
        "said, and his sheep were stolen.",
        "ASSAULT",
        "beat",
    ),
    # what a movement will keep up "until the governor resigns" is not done
    (
        "The alliance has vowed to keep blocking roads until the governor resigns. On "
        "Monday its supporters blocked the highway to Cusco.",
        "PROTEST",
        "obstruct",
    ),
    # where someone was going, and what a deal followed, are background
    (
        "His lawyer said he had been on his way to a rally in Harare. Police detained the "
        "opposition spokesman at a roadblock.",
        "COERCE",
        "arrest",
    ),
    (
        "The accord follows two years of talks hosted by Qatar. The government and the "
        "rebels signed the accord in Doha on Sunday.",
        "SUPPORT",
        None,
    ),
    # a crowd that demands, in a relative clause
    (
        "Relatives of the missing addressed the crowd, which demanded that the army open "
        "its files.",
        "PROTEST",
        "demo",
    ),
    # people gathered waiting for news are no protest; the news is the abduction
    (
        "Families gathered outside the mine in Zamfara, waiting for news. Bandits had "
        "seized 40 miners there on Sunday.",
        "ASSAULT",
        "abduct",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Neighbours told police they had heard shouting.",
        "The site was placed under guard.",
        "Thousands gathered in Phnom Penh to mark the anniversary of the massacre.",
    ],
)
def test_occasions_and_sounds_are_no_event(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None, text


STRIKES_AND_LOOTING: list[tuple[str, str, str | None]] = [
    # a strike told after the subject's phrase, with only a participle after it
    (
        "Dockers at the port of Le Havre downed tools for a day over the pension law, "
        "leaving ships waiting at anchor.",
        "PROTEST",
        "strike",
    ),
    # workers named by their trade, and where they stay away from named by a compound
    (
        "Refuse collectors in Lyon stayed home for a fifth day over the pay freeze.",
        "PROTEST",
        "strike",
    ),
    ("Nurses across Uganda stayed away from hospital wards on Monday.", "PROTEST", "strike"),
    # looters in unrest are its rioters
    ("Looters ransacked a shopping centre in Durban amid the unrest.", "PROTEST", "riot"),
    # but arrests during unrest stay arrests
    ("Several hundred people were arrested during the unrest in Dakar.", "COERCE", "arrest"),
]


def test_looting_with_no_unrest_stays_crime(annotator: Annotator) -> None:
    assert main_event_of(annotator, "Looters ransacked a jewellery shop in Leeds.") is None


MOBS_AND_GATHERINGS: list[tuple[str, str, str | None]] = [
    # a participle of belief on the subject ("believed to belong to ...") took the verb
    (
        "Drones believed to belong to the militia hit a fuel depot at the airport in Kassala.",
        "ASSAULT",
        "drone",
    ),
    # a crowd that accuses a person of blasphemy is a mob; one that accuses a company,
    # the police or peacekeepers is protesting
    (
        "A mob accusing a tailor of blasphemy dragged him from his shop in Gujranwala and "
        "set his home on fire.",
        "ASSAULT",
        None,
    ),
    (
        "Villagers accusing the quarry company of poisoning their wells set two of its "
        "lorries on fire in Kogi.",
        "PROTEST",
        "riot",
    ),
    (
        "Protesters accusing the police of killing a hawker torched a police post in Mombasa.",
        "PROTEST",
        "riot",
    ),
    (
        "Crowds accusing the peacekeepers of doing nothing set a UN truck on fire in Goma.",
        "PROTEST",
        "riot",
    ),
    # a gathering to remember that also demands is a protest; protesters who gather to
    # mark a day protest
    (
        "Hundreds of people gathered in Srebrenica to remember the victims and to demand "
        "that the killers face trial.",
        "PROTEST",
        "demo",
    ),
    (
        "Young protesters gathered at the toll gate to mark the anniversary of the shootings.",
        "PROTEST",
        "demo",
    ),
    # a ban told in a clause after "after" keeps its own subject
    (
        "Water cannon greeted crowds trying to reach the square after the governor banned "
        "the rally.",
        "ASSAULT",
        "crowd-control",
    ),
]


SCENES_AND_DETENTIONS: list[tuple[str, str, str | None]] = [
    # what a later sentence opened by "Earlier," tells came first: the news
    (
        "Power was cut to the hospital as a precaution. Earlier, a crowd protesting the "
        "eviction of traders pelted police with stones in Kumasi.",
        "PROTEST",
        "riot",
    ),
    # an opening phrase with a verb of its own, a participle on the subject, and a past
    # use of force told only as a contrast ("Unlike the first night, when ...")
    (
        "For the fifth night running, students waving flags gathered outside the rectorate "
        "in Novi Sad. Unlike the first night, when police used pepper spray, the gathering "
        "passed off calmly.",
        "PROTEST",
        "demo",
    ),
    # a progressive that a "when" clause with no act breaks into is the scene
    (
        "Pilgrims were attending a night prayer when the gunmen arrived. Fighters of the "
        "CODECO killed eleven people in and around the church in Djugu.",
        "ASSAULT",
        None,
    ),
    # a detention by its official name
    (
        "Police in Wuhan confirmed the blogger had been placed under residential "
        "surveillance on suspicion of spreading rumours.",
        "COERCE",
        "arrest",
    ),
    # but a march met by fire in the "when" clause stays the main clause's protest
    (
        "Students were marching to the ministry when police opened fire on them.",
        "PROTEST",
        "demo",
    ),
]


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    AFTERMATH_AND_RIOTS
    + PARSE_REPAIRS_AND_SENSES
    + BARRICADES_AND_SETTINGS
    + STRIKES_AND_LOOTING
    + MOBS_AND_GATHERINGS
    + SCENES_AND_DETENTIONS,
)
def test_wording_is_coded(annotator: Annotator, text: str, event: str, mode: str | None) -> None:
    assert_coded(annotator, text, event, mode)
