"""Crowds, scenes and grievances (our own sentences): a crowd's damage to property is a riot
even when the recognizer misreads the place it happened in; the people of a place attacked stay
its victims; a protest about a crime is still a protest; mixed crowds are named parties. The
place where a crime happened is no party that makes it political, and one private person's
violence is crime; hyphenated weapon words and clauses the parser cut after "after" still count."""

from __future__ import annotations

import pytest

from event_support import main_event_of
from storyline.annotate.base import Annotator

CODED = [
    (  # "Dakar" before "'s" is often read as a person: the scene, no victim
        "Hundreds of youths backing a detained opposition figure torched a supermarket and a bus "
        "depot in Dakar's Ouakam quarter, firefighters said.",
        "PROTEST",
        "riot",
    ),
    (  # the people of the hamlet are who was attacked
        "Militiamen burned down granaries and huts in a Fulani hamlet near Mopti, local "
        "officials said.",
        "ASSAULT",
        "destroy",
    ),
    (  # a mixed crowd with one named sector is no natural force or private quarrel
        "About two hundred nurses and neighbours held a candlelight vigil outside the district "
        "hospital on Sunday, days after the council voted to shut its maternity unit.",
        "PROTEST",
        "demo",
    ),
    (  # a crime is what the protest is about, not a sign of ordinary crime
        "Hundreds of students marched through Tegucigalpa on Sunday to demand justice for a "
        "murdered land activist.",
        "PROTEST",
        "demo",
    ),
    (  # a human rights defender is no footballer
        "Residents of the valley staged a sit-in outside the governor's office to protest the "
        "killing of a human rights defender.",
        "PROTEST",
        "demo",
    ),
    (  # the particle hangs on the second of two objects
        "Rioters set buses and a wing of the municipal hall on fire in a Lyon suburb overnight.",
        "PROTEST",
        "riot",
    ),
    (  # girls are people who can be carried off
        "Insurgents carried off at least a dozen schoolgirls during a raid on a village in Borno.",
        "ASSAULT",
        "abduct",
    ),
    (  # pulling people out of a vehicle is no withdrawal
        "In Tripura, a crowd dragged three men out of a bus and beat them, accusing them of "
        "smuggling cattle.",
        "ASSAULT",
        "beat",
    ),
    (  # the parser loses the victim of a passive; the agent still says it was an attack
        "A union council chairman was shot in the head by unidentified men at a roadside tea "
        "stall in Comilla, his family said.",
        "ASSAULT",
        "targeted",  # one person shot for an office
    ),
    (  # a crowd that seizes people is no police force: mob violence, and how it was done
        "Residents of a hill village in Tanzania seized two men they suspected of theft and "
        "beat them with sticks.",
        "ASSAULT",
        "beat",
    ),
    (  # marching people off is taking them, not a march
        "Soldiers marched off about forty villagers from a hamlet in Sagaing to carry supplies.",
        "ASSAULT",
        "abduct",
    ),
    (  # a tagged adjective before the real subject; the militiamen are who fought
        "Amhara militiamen and federal troops traded fire in the streets of Bahir Dar overnight.",
        "ASSAULT",
        "firearms",
    ),
    (  # people set alight are victims, not property: mob violence, not a riot
        "Villagers in Nyamira dragged three old women from their huts and set them alight "
        "after calling them witches, police said.",
        "ASSAULT",
        "primitive",
    ),
    (  # "dozens of settlers": attackers, seen through the number; the participle says how
        # (fire set to property: destruction)
        "Dozens of settlers rampaged through a Palestinian village near Nablus overnight, "
        "torching cars.",
        "ASSAULT",
        "destroy",
    ),
    (  # a US-style dateline is the place, not the rioters
        "Seattle, Washington — Demonstrators shattered windows at a federal building and lit a "
        "fire at its door overnight.",
        "PROTEST",
        "riot",
    ),
    (  # the parser hangs "set upon" on the settlers; they are who attacked
        "Armed settlers set upon Palestinian farmers near Hebron, burning their olive trees, "
        "the Red Crescent said.",
        "ASSAULT",
        "beat",
    ),
    (  # whatever warplanes hit is a target, and the mode is theirs
        "Warplanes of the coalition hit a detention centre in Hodeidah before dawn, medics said.",
        "ASSAULT",
        "aerial",
    ),
    (  # a contingent landing abroad is a deployment
        "The first contingent of Rwandan troops landed in Maputo on Monday to join the mission.",
        "MOBILIZE",
        "troops",
    ),
    (  # a bus that struck a buried bomb is its victim, not a natural force
        "A passenger coach struck an explosive device buried on the road near Gao, killing 11.",
        "ASSAULT",
        "explosives",
    ),
    (  # the headline's clashes are the scene of the truce, which is the news
        "Truce takes hold in Misrata after a night of clashes\nThe city was calm on Monday as a "
        "ceasefire brokered by elders came into force, residents said.",
        "RETREAT",
        "ceasefire",
    ),
    (  # positions that come under fire: an attack (with guns)
        "Army positions in the Tavush district came under small-arms fire overnight, the "
        "ministry said.",
        "ASSAULT",
        "firearms",
    ),
    (  # "riddled with bullets"
        "Two gunmen on a motorbike riddled a community leader with bullets outside his home in "
        "Cauca.",
        "ASSAULT",
        "firearms",
    ),
    (  # barrel bombs dropped on a town
        "Army helicopters dropped barrel bombs on rebel-held villages near Nyala, residents said.",
        "ASSAULT",
        "aerial",
    ),
    (  # a rally that police dispersed still happened: the protest is the news
        "A rally by a students' federation in Kandy was dispersed with water cannon after the "
        "marchers tried to reach the governor's office.",
        "PROTEST",
        "demo",
    ),
    (  # "took ... hostage"
        "Militants took four foreign engineers hostage at a cement plant near Kidal.",
        "ASSAULT",
        "abduct",
    ),
    (  # a suicide attacker's charge is his weapon
        "An attacker wearing a vest packed with nails set off his charge at the gate of a police "
        "academy in Quetta.",
        "ASSAULT",
        "suicide-attack",
    ),
    (  # parents padlocking a school are protesting
        "Parents padlocked the gates of a primary school in Sanghar, demanding teachers.",
        "PROTEST",
        "obstruct",
    ),
    (  # "it" is the vest the attacker wore: a suicide attack
        "Evening prayers at a mosque in Herat ended in carnage when a man wearing an explosives "
        "vest set it off among the worshippers.",
        "ASSAULT",
        "suicide-attack",
    ),
    (  # rockets that rained down, in a relative clause
        "Hamas claimed a volley of rockets that rained down on Sderot on Monday.",
        "ASSAULT",
        "heavy-weapons",
    ),
    (  # "subjected to X by Y": Y did X to the subject
        "Women fetching water near the camp were subjected to sexual violence by armed men in "
        "uniform, a UN bulletin said.",
        "ASSAULT",
        "sexual",
    ),
    (  # a person "disappeared" by men in plain clothes was taken
        "A student activist was forcibly disappeared from his hostel in Quetta by men in plain "
        "clothes, his family said.",
        "ASSAULT",
        "abduct",
    ),
    (  # unknown men in plain clothes who bundle someone into a car abduct him
        "Men in plain clothes bundled a Sindhi rights activist into a car outside his office, "
        "his family said.",
        "ASSAULT",
        "abduct",
    ),
    (  # the parser reads "after armed youths" as a phrase and leaves "clashed" subjectless
        "Dozens are feared dead after armed youths from two rival clans clashed near Bor over "
        "the weekend, a UN official said.",
        "ASSAULT",
        None,
    ),
]


@pytest.mark.parametrize(("text", "event", "mode"), CODED)
def test_crowds_and_scenes_are_coded(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None, text
    assert (ev.event, ev.mode) == (event, mode), text


# political for what the sentence says around the act (the mode is not what is tested here)
ATTACKS = [
    # a device that goes off is a bomb, even with no attacker or armed word named
    "NARATHIWAT, Thailand - A homemade device hidden in a parked scooter went off near a "
    "checkpoint, injuring three rangers, police said.",
    # a group beating a man it accuses: mob justice
    "A group of self-styled vigilantes dragged a driver out of his lorry near Mathura and laid "
    "into him with rods, accusing him of smuggling cattle.",
    # a city that comes under a barrage of shelling
    "Zaporizhzhia came under a barrage of artillery fire on Friday morning, officials said.",
    # shelling is a word of armed conflict: no crime or accident word undoes it
    "Rebel shelling of a market in Kadugli kills nine, medics say.",
    # drones striking a depot: the blaze they sparked is no accident
    "Drones struck a fuel depot in the Belgorod region overnight, sparking a blaze, the "
    "governor said.",
    # mob justice named in the headline makes the lead's killing mob violence
    "Mob justice in Jinja\nBoda boda riders chased down a suspected thief and hacked him with "
    "machetes; he died in hospital.",
    # a sniper is an attacker, not one private person
    "A sniper shot a ten-year-old girl as she queued for bread in a district of Taiz.",
    # arsonists burning a shelter for refugees are attackers, not rioters
    "Arsonists set fire to a sports hall earmarked as a refugee shelter in a Saxon town.",
    # the weapon word is split at its hyphen by the tokenizer
    "A farmer was killed when his plough struck an anti-tank mine in a field near Izium.",
    # townspeople are a crowd: mob violence, not a private crime
    "Townspeople in Oaxaca state doused two men in fuel and set them alight after rumours that "
    "they were child snatchers.",
]


@pytest.mark.parametrize("text", ATTACKS)
def test_attacks_anchored_by_their_sentence(annotator: Annotator, text: str) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None and ev.event == "ASSAULT", text


LOOK_ALIKES = [
    # a film that bombs is no bombing
    "Big-budget thriller bombs at the box office\nMUMBAI: The much-hyped thriller bombed in its "
    "opening weekend, analysts said.",
    # things that disappear are no one taken
    "The small plane disappeared from radar over the Andes on Sunday, aviation officials said.",
    # people who had gathered to siphon fuel are no protest
    "A fuel tanker exploded after overturning on a highway near Nakuru, killing 13 people who "
    "had gathered to siphon petrol.",
    # fighting a fire or a disease is no attack
    "Firefighters battled the blaze for six hours before it was brought under control.",
    "Malawi battles a cholera outbreak as cases pass 3,000, the health ministry said.",
    # the place named in the scene is no party: a warehouse fire in a capital
    "Nine killed as fire guts a chemical warehouse in old Dhaka, firefighters said.",
    # a drug haul named by compound is crime, and the port it was seized at is no party
    "Record cocaine haul seized at Santos port, customs officers said.",
    "Record heroin haul seized at Karachi port\nCustoms officers found 400 kg of the drug "
    "hidden in a shipment of onions, the authorities said.",
    # a market slump
    "Karachi stocks take a beating as the benchmark index sheds 1,600 points.",
    # a crowd of fans gathering is no protest, counted or not
    "Thousands of fans gathered at the airport in Lima to welcome the national team home.",
    # police arriving at a crime scene are no deployment
    "Police arrived at the scene within minutes and arrested the two robbers.",
    # who was arrested is named by the crime they did, in a relative clause
    "Police in Durban arrested four members of a ring that stole trucks and sold them abroad.",
    # the place of the act is no party: a city named after "in" makes no crime political
    "A teenager stabbed two shoppers at a supermarket in Leeds before police restrained him.",
    "A loose dog attacked a postman in Phoenix, who needed stitches to his arm.",
    "A young man killed his parents with a hammer at their flat near Lodz and then called police.",
    "A cyclist was punched by a van driver in a road-rage attack in Bristol on Monday.",
    "Police broke up a brawl outside a bar in Cardiff on Saturday and arrested five men.",
    "Neighbours quarrelled over a boundary wall in Kisumu until the chief stepped in.",
    "The defender was sent off after a reckless tackle in the derby in Lagos on Sunday.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_stay_event_free(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None, text
