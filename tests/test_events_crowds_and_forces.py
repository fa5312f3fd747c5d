"""Wording met in the late-morning 2026-11-30 development sets (our own sentences): weapons as
subjects ("artillery struck", "tank fire hit"), crowds met with gunfire or tear gas, forces
sent, drafted or ordered somewhere, bases handed over, truces announced for later, crowds that
protest with no protest verb but a cause ("thronged the avenue, whistling against the bill"),
crowds named for throwing stones, and the look-alikes: match reports, shoppers, a fire."""

from __future__ import annotations

import pytest

from event_support import main_event_of
from storyline.annotate.base import Annotator


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        # weapons as subjects
        ("Russian artillery struck the centre of Kupiansk overnight.", "ASSAULT", "heavy-weapons"),
        ("Tank fire hit near a hospital in Rafah, medics said.", "ASSAULT", "heavy-weapons"),
        ("A ballistic missile struck a grain terminal in Odesa.", "ASSAULT", "heavy-weapons"),
        # force met by a crowd
        (
            "Marchers in Omdurman were met with gunfire near the army headquarters.",
            "ASSAULT",
            "firearms",
        ),
        ("Tear gas greeted students marching on the parliament in Accra.", "ASSAULT", None),
        # crude missiles on the police: a riot, whoever threw them
        ("Molotov cocktails rained on riot police in central Santiago.", "PROTEST", "riot"),
        ("Stone-pelting youths clashed with police in Anantnag on Friday.", "PROTEST", "riot"),
        (
            "Students wielding sticks ransacked the registrar's office in Sylhet, demanding "
            "that he resign.",
            "PROTEST",
            "riot",
        ),
        ("Protesters torched the homes of two ministers in Kathmandu.", "PROTEST", "riot"),
        # a crowd against people or a community: mob violence
        ("Angry villagers stoned a vaccination team in Kasai province.", "ASSAULT", "primitive"),
        (
            "Machete-wielding youths rampaged through a market in Conakry, wounding ten people.",
            "ASSAULT",
            "primitive",
        ),
        (
            "Youths armed with iron bars chased migrants through the streets of Sfax, beating "
            "several.",
            "ASSAULT",
            "beat",
        ),
        ("Armed bandits burned granaries in a village of Zamfara state.", "ASSAULT", "destroy"),
        # forces sent, drafted, ordered, fanned out; bases handed over, troops pulled back
        (
            "Rwanda sent 300 more police officers to the Central African Republic.",
            "MOBILIZE",
            "police",
        ),
        (
            "Five hundred police officers were drafted into Dhaka ahead of the vote.",
            "MOBILIZE",
            "police",
        ),
        (
            "Russian warships fanned out across the Baltic on the first day of the drills.",
            "MOBILIZE",
            "weapons",
        ),
        ("The president ordered troops onto the streets of Lima.", "MOBILIZE", "troops"),
        (
            "French forces handed their base in Niamey to the Nigerien army and left.",
            "RETREAT",
            "withdraw",
        ),
        ("Government troops pulled back from the outskirts of Goma.", "RETREAT", "withdraw"),
        # truces: announced for later (CONCEDE), or declared and so in force (CAMEO 0871)
        (
            "The army announced a three-day truce to take effect at midnight on Friday.",
            "CONCEDE",
            None,
        ),
        ("The rebels declared a unilateral ceasefire on Tuesday.", "RETREAT", "ceasefire"),
        # crowds with a cause and no protest verb
        (
            "Crowds thronged the main avenue of Belgrade, blowing whistles against the new "
            "mining law.",
            "PROTEST",
            "demo",
        ),
        (
            "Tractors jammed the ring road around Madrid as farmers angry at fuel taxes parked "
            "outside the ministry.",
            "PROTEST",
            "obstruct",
        ),
        (
            "Pots and pans rang out from balconies across Santiago late on Tuesday.",
            "PROTEST",
            "demo",
        ),
        (
            "Airport cleaners walked off their shifts in Lisbon in a row over unpaid wages.",
            "PROTEST",
            "strike",
        ),
        (
            "Students pitched tents outside the education ministry in protest at fee rises.",
            "PROTEST",
            "demo",
        ),
        (
            "Lawyers kept away from the courts across Sindh in anger at the arrest of a colleague.",
            "PROTEST",
            "strike",
        ),
        ("Farmers sealed off the motorway near Lyon for most of the day.", "PROTEST", "obstruct"),
        (
            "Shoppers in Amman are shunning American burger chains over the war in Gaza.",
            "PROTEST",
            "boycott",
        ),
        # arrests and abductions
        (
            "Security agents bundled a handful of students into a van outside the campus in Minsk.",
            "COERCE",
            "arrest",
        ),
        (
            "Engineer held by rebels\nELN guerrillas seized an oil engineer on a road in Arauca.",
            "ASSAULT",
            "abduct",
        ),
        # parties and victims the parser hides
        ("Rival armed factions traded fire overnight in Zawiya.", "ASSAULT", "firearms"),
        (
            "Relatives of the missing held a prayer vigil outside the Senate in Manila.",
            "PROTEST",
            "demo",
        ),
        (
            "Thousands of farmers of the northern districts converged on the main square of Cusco.",
            "PROTEST",
            "demo",
        ),
        (
            "Seven travellers were pulled off a coach near Turbat and shot after their papers "
            "were checked by armed men.",
            "ASSAULT",
            "firearms",
        ),
        (
            "A widow in Kakamega was dragged from her hut and burnt to death by neighbours who "
            "accused her of witchcraft.",
            "ASSAULT",
            "primitive",
        ),
        (
            "A trader accused of smuggling cattle was set upon by self-styled cow protectors "
            "near Alwar.",
            "ASSAULT",
            None,
        ),
        # looters, blockades and crowds filling streets, with a cause
        (
            "Looters stripped supermarkets in Valparaiso during a night of unrest over fare rises.",
            "PROTEST",
            "riot",
        ),
        (
            "Junior doctors in Kampala laid down their stethoscopes over unpaid allowances.",
            "PROTEST",
            "strike",
        ),
        (
            "Villagers strung ropes across the main road to Sindhuli and sat on the tarmac.",
            "PROTEST",
            "obstruct",
        ),
        (
            "Chanting slogans, thousands of teachers filled the main avenue of Asuncion.",
            "PROTEST",
            "demo",
        ),
        ("Riot police fired birdshot at mourners in Mashhad.", "ASSAULT", "firearms"),
        # promises
        (
            "The government and the rebels committed to sign a ceasefire protocol next month.",
            "AGREE",
            None,
        ),
    ],
)
def test_wording_is_coded(annotator: Annotator, text: str, event: str, mode: str | None) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None, text
    assert ev.event == event, text
    if mode is not None:
        assert ev.mode == mode, text


@pytest.mark.parametrize(
    "text",
    [
        "A stoppage-time strike from the edge of the area gave Ajax a 2-1 win over PSV.",
        "The challenger landed a clean strike to the jaw in the fourth round and the referee "
        "stopped the fight.",
        "Shoppers thronged the malls of Doha on the first day of the sale.",
        "The coach drafted two strikers into the squad for the qualifier.",
        "A fire struck a warehouse in the port overnight.",
        "A Kenyan golfer shot a five-under 67 to take a one-stroke lead after the first round.",
        "Looters emptied shops in the town after the hurricane.",
        "Shoppers filled the streets of the old town on Boxing Day.",
    ],
)
def test_look_alikes_are_no_event(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None, text


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Police sealed off the road to the palace.", "COERCE"),  # the state closing it
        ("Members of the Muslim League staged a strike in Lahore.", "PROTEST"),  # no sport
        ("The minister met with union leaders in Abuja.", "CONSULT"),  # no force met
        # huts of a community burned by a mob: mob violence, not a riot
        ("A mob torched huts belonging to migrant families in Durban.", "ASSAULT"),
    ],
)
def test_the_other_reading_stays(annotator: Annotator, text: str, event: str) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None and ev.event == event, text


def test_held_fire_is_no_shooting(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "Both armies agreed to hold fire during the funeral.")
    assert ev is None or ev.event != "ASSAULT"


def test_a_crowd_leaving_of_its_own_accord_agrees_nothing(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator,
        "A few dozen women stood outside the ministry in Kabul in a show of dissent, then "
        "dispersed of their own accord.",
    )
    assert ev is not None and ev.event == "PROTEST"
