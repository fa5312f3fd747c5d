"""Events the small parser misreads, and the words second-language and translated outlets use.

Covers the repairs of :mod:`storyline.events.graph` and :mod:`storyline.events.subjects`
("<subject> targeted with missiles <object>" read as a verbless phrase, two subjects for one
verb, a passive's agent given on the act joined to it, a past tense tagged as an adjective), the
grievance fallback under a verb of saying, and lexicon entries for that English ("placed in
custody", "a gathering ... calling for", "concentrated", "launched an explosive").
"""

from __future__ import annotations

import pytest

from event_support import main_event_of
from storyline.annotate.base import Annotator

CODED = [
    # the object after the instrument, the subject a root noun, the speaker at the end
    (
        "The aerospace unit of the Guards targeted with drones the headquarters of separatist "
        "groups in the north of Iraq, a statement of the corps said.",
        "ASSAULT",
        None,
    ),
    # a passive whose agent is given on the act joined to it; mob justice over blasphemy
    (
        "A trader in Sokoto was stoned to death and then burned by a crowd over an alleged "
        "blasphemous remark, police said.",
        "ASSAULT",
        "primitive",
    ),
    # a past tense the tagger read as an adjective, its object shared with the next verb
    (
        "Residents of the quarter lynched and burned three presumed gang members at a "
        "roadblock, the police confirmed.",
        "ASSAULT",
        None,
    ),
    ("The blogger was placed in custody by the gendarmerie of Tizi Ouzou.", "COERCE", "arrest"),
    (
        "Unknown men on a motorbike launched an explosive of the grenade type against the "
        "front of a police post in Guayaquil.",
        "ASSAULT",
        "explosives",
    ),
    (
        "Carabineros used water cannon and tear gas against secondary students gathered in "
        "the square.",
        "ASSAULT",
        "crowd-control",
    ),
    (
        "According to the agency, a gathering of retired teachers was held on Monday in front "
        "of the governorate, the participants calling for pensions indexed to inflation.",
        "PROTEST",
        "demo",
    ),
    (
        "Banners in hand, hundreds of mothers concentrated on Sunday in front of the "
        "cathedral, demanding news of their disappeared children.",
        "PROTEST",
        "demo",
    ),
    # the grievance fallback under a verb of saying
    (
        "Bus drivers angry about unpaid wages parked their coaches across the approaches to "
        "the central station on Tuesday, holding up traffic for hours, the transport "
        "authority said.",
        "PROTEST",
        "obstruct",
    ),
    (
        "After the vote count, shops and a petrol station were looted and set ablaze by groups "
        "of demonstrators, police said.",
        "PROTEST",
        "riot",
    ),
    ("The transfer of three battalions to the northern border began on Monday.", "MOBILIZE", None),
    # the act named as the time of another ("after the clashes") comes after it
    (
        "Fresh companies of the paramilitary police were dispatched to the Kurram district "
        "after the tribal clashes, the provincial government said.",
        "MOBILIZE",
        None,
    ),
    # a condemnation of an attack the text also tells: the attack is the news
    (
        "Rights groups in Uganda condemned what they called the deliberate killing of "
        "marchers, after police shot dead four people in Kasese on Tuesday.",
        "ASSAULT",
        None,
    ),
    # (but a march's cause is no news of its own)
    (
        "Several hundred mothers dressed in white walked in silence to the governor's office "
        "on Monday to denounce the massacres in the north.",
        "PROTEST",
        "demo",
    ),
    # people held while protesting, told by the police
    (
        "Police in Ankara said on Saturday that 85 people had been detained as they tried to "
        "march to the square in defiance of the ban on the Pride parade.",
        "COERCE",
        "arrest",
    ),
    (
        "Nurses who had gathered outside the health ministry in Lima to demand back pay were "
        "dispersed with tear gas in the evening.",
        "ASSAULT",
        "crowd-control",
    ),
    # (a rally dispersed: the rally is told, the police act is what befell it)
    (
        "A rally by the student federation in the old town was dispersed with water cannon "
        "after the marchers tried to reach parliament.",
        "PROTEST",
        "demo",
    ),
    (
        "Crowds set a senator's house in Kandy alight late on Friday after a demonstration at "
        "the gate turned into arson.",
        "PROTEST",
        "riot",
    ),
    (
        "Traders in Lae counted their losses on Friday after a day of unrest in which crowds "
        "stripped shops bare and set several ablaze.",
        "PROTEST",
        "riot",
    ),
    # the object put after a place ("signed in Doha the accord"); the object read as the root
    (
        "The transitional council and the rebel movements signed in Juba the agreement on "
        "security arrangements, in the presence of regional mediators.",
        "SUPPORT",
        None,
    ),
    (
        "The army and the armed movements signed in Lomé an accord on the return of displaced "
        "people, in the presence of the guarantors.",
        "SUPPORT",
        None,
    ),
    # a conjoined subject, the object after the instrument
    (
        "The occupation forces and their militias targeted with mortar shells the farms of "
        "the countryside of Manbij, causing damage to houses.",
        "ASSAULT",
        "heavy-weapons",
    ),
    ("A grenade was thrown against the police post in Tumaco at dawn.", "ASSAULT", "explosives"),
    (
        "A grenade was launched against the police command in Cúcuta at dawn, leaving two "
        "officers wounded.",
        "ASSAULT",
        "explosives",
    ),
    (
        "The dockers of the port of San Pedro have observed since Monday a total cessation of "
        "work at the call of their union.",
        "PROTEST",
        "strike",
    ),
    # a truce to come, whatever else the sentence says; a broken one is no truce
    (
        "The Karen National Union declared that it will observe a unilateral ceasefire "
        "starting from next week to let aid reach the victims of the floods.",
        "CONCEDE",
        None,
    ),
    (
        "Popular mobilisation in Sucre against judicial extensions\nThousands of miners and "
        "teachers marched through the streets of the city on Friday.",
        "PROTEST",
        "demo",
    ),
    (
        "The Azawad movements announced the mobilisation of their combatants towards Kidal.",
        "MOBILIZE",
        None,
    ),
    (
        "Soldiers took the elected head of a village from his home near Kupiansk on Thursday.",
        "COERCE",
        "arrest",
    ),
]


@pytest.mark.parametrize(("text", "event", "mode"), CODED)
def test_misread_and_translated_wording_is_coded(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None and ev.event == event
    if mode is not None:
        assert ev.mode == mode


@pytest.mark.parametrize(
    "text",
    [
        "A family gathering was held on Sunday in Isfahan.",
        "Students concentrated on their exams this week.",
        "The transfer of funds to the province was approved on Monday.",
        "The minister put in place new rules for taxis.",
        "Farmers angry over prices spent less this year, traders said.",
        "Typhoon Kong-rey hit northern Luzon on Sunday, tearing roofs off homes in Aparri.",
        "The Nikkei index closed the week with a rally of four per cent, led by chip makers.",
        "Sparklers set the ceiling of a packed nightclub alight in Phuket, killing three.",
        "Residents opposed to a planned landfill have been meeting every week, the council said.",
    ],
)
def test_look_alikes_stay_uncoded(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None


def test_the_subject_after_an_absolute_phrase_acts(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator,
        "Students marched to the rectorate on Monday, before the riot police intervened with "
        "tear gas to disperse them.",
    )
    assert ev is not None
    events = {(a.sector, e) for a in ev.actor for e in [ev.event]}
    assert ("EDU", "PROTEST") in events or ("COP", "ASSAULT") in events
    # "Pensioners, some with grandchildren in tow, ...": the pensioners, not "some"
    ev = main_event_of(
        annotator,
        "Pensioners, some with grandchildren in tow, packed the square facing Congress, "
        "banging pots against cuts to their payments.",
    )
    assert ev is not None and ev.event == "PROTEST"
    assert [a.entity_text for a in ev.actor] == ["Pensioners"]


def test_an_attack_told_in_the_main_clause_is_no_grievance_protest(
    annotator: Annotator,
) -> None:
    ev = main_event_of(
        annotator,
        "Angry villagers chased and hacked to death two men they accused of stealing goats, "
        "local officials said.",
    )
    assert ev is not None and ev.event == "ASSAULT"


def test_a_crowd_of_party_supporters_attacking_rivals_is_no_riot(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator,
        "A crowd of ruling-party supporters attacked opposition canvassers with clubs at a "
        "market in Bulawayo, injuring four people.",
    )
    assert ev is not None and ev.event == "ASSAULT"


def test_an_apposition_set_off_by_commas_is_not_the_subject(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator,
        "Members of the Association of Sahel Lawyers, a body linked to the regional bloc, "
        "investigated the detention of 300 migrants in Agadez.",
    )
    assert ev is not None
    assert "body" not in {a.entity_text for a in ev.actor}
