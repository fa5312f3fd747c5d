"""News wording the coder must read as the event it is (our own sentences, in the style of the
South Asian, African and wire press): protest nouns and verbs, riots, attacks, arrests and aid
named in many ways; disasters, accidents and ordinary crime that stay event-free; datelines and
places nested in the phrases a trigger governs."""

from __future__ import annotations

import pytest

from event_support import main_event_of
from storyline.annotate.base import Annotator
from storyline.events.dateline import dateline_of
from storyline.records import Event


def _main(annotator: Annotator, text: str) -> Event | None:
    return main_event_of(annotator, text)


CODED = [
    (
        "A dawn-to-dusk bandh called by trader bodies shut markets across Assam on Friday.",
        "PROTEST",
        "strike",
    ),
    (
        "The hartal called by the opposition front hit normal life in Kochi on Tuesday.",
        "PROTEST",
        "strike",
    ),
    (
        "Nurses staged a dharna outside the health ministry in Lucknow, seeking jobs.",
        "PROTEST",
        "demo",
    ),
    (
        "Angry farmers gheraoed the tehsildar for three hours on Monday over crop damage.",
        "PROTEST",
        "obstruct",
    ),
    (
        "Bus drivers staged a go-slow on the ring road in Nairobi against new fines.",
        "PROTEST",
        "obstruct",
    ),
    (
        "Rail workers walked out across Scotland on Friday in a row over pay.",
        "PROTEST",
        "strike",
    ),
    (
        "Cane growers squatted on the railway tracks at Ludhiana on Monday over unpaid dues.",
        "PROTEST",
        "obstruct",
    ),
    (
        "Opposition supporters gathered in Dhaka, chanting slogans against the result.",
        "PROTEST",
        "demo",
    ),
    (
        "Student activists burnt an effigy of the education minister outside the university.",
        "PROTEST",
        "demo",
    ),
    (
        "Demonstrators torched two police vans and looted shops in Mombasa on Sunday.",
        "PROTEST",
        "riot",
    ),
    (
        "Protesters stormed the parliament building in Colombo after the vote.",
        "PROTEST",
        "riot",
    ),
    (
        "Militiamen hacked to death at least nine farmers in Ituri overnight, officials said.",
        "ASSAULT",
        "primitive",
    ),
    (
        "Gunmen shot dead a local councillor outside his office in Karachi on Monday.",
        "ASSAULT",
        "targeted",
    ),
    (
        "Police in Kano took into custody 20 people linked to the protest group on Sunday.",
        "COERCE",
        "arrest",
    ),
    (
        "Investigators conducted searches at 30 locations in four states on Thursday.",
        "COERCE",
        "seize",
    ),
    (
        "A curfew was clamped on parts of the old city after communal clashes.",
        "COERCE",
        "curfew",
    ),
    (
        "The authorities dissolved the country's main teachers' union on Monday.",
        "COERCE",
        "restrict",
    ),
    (
        "The Polish and Czech prime ministers spoke by telephone on Monday about the border.",
        "CONSULT",
        "phone",
    ),
    ("Kuwait sent three planes loaded with food and tents to Sudan on Friday.", "AID", None),
    (
        "The EU announced 40 million euros in humanitarian aid for flood victims in Chad.",
        "AID",
        None,
    ),
    (
        "Rebels blew up a power station outside the city, cutting electricity to thousands.",
        "ASSAULT",
        "explosives",
    ),
    (
        "Thousands of teachers took to the streets of Nairobi over unpaid salaries.",
        "PROTEST",
        "demo",
    ),
    (
        "A grenade was hurled at a police post in the old town late on Tuesday.",
        "ASSAULT",
        "explosives",
    ),
    (
        "Several rockets landed near the airport on Sunday, the army said.",
        "ASSAULT",
        "heavy-weapons",
    ),
    ("Japan handed over 8,000 tonnes of wheat to Sri Lanka.", "AID", None),
    ("India extended a $500 million line of credit to Nepal.", "AID", None),
    ("The regulator suspended the operations of Telegram for a week.", "COERCE", "censor"),
    ("Authorities shut down a pro-opposition daily on Friday.", "COERCE", "censor"),
    ("Villagers formed a human chain along the river against the dam.", "PROTEST", "demo"),
    (
        "Prohibitory orders were clamped in three districts after the clashes.",
        "COERCE",
        "restrict",
    ),
    (
        "Students threw stones at the police during demonstrations in the capital.",
        "PROTEST",
        "riot",
    ),
    (
        "Gunmen set ablaze the office of the election commission on Sunday night.",
        "ASSAULT",
        "destroy",
    ),
    (
        "Police sealed off all roads leading to the parliament ahead of the rally.",
        "COERCE",
        "restrict",
    ),
    ("Censors removed a video that mocked the provincial governor.", "COERCE", "censor"),
    (
        "Mobile internet services were suspended in four districts on Tuesday.",
        "COERCE",
        "withhold",
    ),
    (
        "Extra companies of paramilitary forces were rushed to the town ahead of the verdict.",
        "MOBILIZE",
        "troops",
    ),
    (
        "Nepal dispatched an aircraft carrying ten tonnes of medicines to the flooded region.",
        "AID",
        None,
    ),
    (
        "Workers at a garment factory picketed the gates on Thursday over unpaid wages.",
        "PROTEST",
        "demo",
    ),
    (
        "Residents barricaded the highway with burning tyres after a fatal accident.",
        "PROTEST",
        "obstruct",
    ),
    (
        "Climate activists glued themselves to a runway at the airport on Friday.",
        "PROTEST",
        "obstruct",
    ),
    (
        "Opposition supporters clashed with riot police outside the electoral commission.",
        "PROTEST",
        "riot",
    ),
    (
        "Street vendors pelted municipal police with stones after an eviction drive.",
        "PROTEST",
        "riot",
    ),
    # verbs and nouns of general news English, written from general knowledge
    ("Militiamen flogged two women in the market square of Bardera.", "ASSAULT", "beat"),
    ("Riot police manhandled opposition deputies outside the assembly.", "ASSAULT", "beat"),
    ("Gunmen cut down a village chief as he left the mosque in Jolo.", "ASSAULT", "firearms"),
    ("Snipers picked off two soldiers near the airport.", "ASSAULT", "firearms"),
    # destruction from the air takes the weapon's mode, as any air or drone strike does
    ("Air strikes flattened a market in the rebel-held town.", "ASSAULT", "aerial"),
    ("Militants rocketed an army base near Khost overnight.", "ASSAULT", "heavy-weapons"),
    ("A drone took out two tanks on the road to Avdiivka.", "ASSAULT", "drone"),
    ("Government troops routed the rebels at Bunagana.", "ASSAULT", None),
    ("Police netted fourteen opposition activists in a dawn raid.", "COERCE", "arrest"),
    ("Security forces locked up the union leaders before the strike.", "COERCE", "arrest"),
    ("Riot police kettled hundreds of students in the square.", "COERCE", "restrict"),
    ("Police teargassed marchers near the parliament in Nairobi.", "ASSAULT", "crowd-control"),
    ("Thousands of farmers descended on the capital on their tractors.", "PROTEST", "demo"),
    ("Angry youths rampaged through the market in Kisumu.", "PROTEST", "riot"),
    ("A crowd booed the governor off the stage in Ibadan.", "PROTEST", "demo"),
    (
        "The opposition leader lambasted the government over the fuel shortage.",
        "ACCUSE",
        "disapprove",
    ),
    ("Rebels staged an ambush on a supply convoy near Goma.", "ASSAULT", None),
    # a noun in -ing names its verb's act when its of-phrase is what the verb takes
    ("The flogging of two women by militiamen in Bardera drew condemnation.", "ASSAULT", "beat"),
]


@pytest.mark.parametrize(("text", "event", "mode"), CODED)
def test_news_wording_is_coded(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    ev = _main(annotator, text)
    assert ev is not None and (ev.event, ev.mode) == (event, mode), (text, ev)


@pytest.mark.parametrize(
    "text",
    [
        "The weather office issued a cyclone warning for the coast as the storm gathered strength.",
        "Heavy snowfall blocked the mountain highway on Tuesday, stranding hundreds of trucks.",
        "Fallen trees were blocking access roads after the gale, the power company said.",
        "A court in Accra sentenced a man to 20 years on Monday for murdering his partner.",
        "An explosion at a fireworks factory killed six workers on Thursday.",
        "A bus plunged into a gorge in the hills on Saturday, killing 18 pilgrims.",
        "The cholera outbreak has killed more than 300 people since January, officials said.",
        "The prisoners had walked out of the jail after the guards left, relatives said.",
        "The shooting of the film resumed in Mumbai after the monsoon.",
    ],
)
def test_disasters_accidents_and_crime_stay_event_free(annotator: Annotator, text: str) -> None:
    ev = _main(annotator, text)
    assert ev is None or ev.event not in ("PROTEST", "ASSAULT", "THREATEN", "SANCTION"), (text, ev)


@pytest.mark.parametrize(
    ("text", "place", "code"),
    [
        ("KOLKATA, Aug 28 — A strike", "KOLKATA", "IND"),
        ("NAIROBI, March 3 (Reuters) - Police", "NAIROBI", "KEN"),
        ("NEW DELHI: Farmers", "NEW DELHI", "IND"),
        ("ELDORET, Kenya — Farmers", "ELDORET", "KEN"),
        ("Meerut: Villagers blocked", "Meerut", "IND"),
        ("Dhaka, Feb 29 — A fire", "Dhaka", "BGD"),
        ("Police: the man", None, None),
        ("JAFFNA, Sri Lanka (AP) — Fishermen", "JAFFNA", "LKA"),
        ("UN: The council", None, None),
        ("Police said on Monday", None, None),
        ("LAE — Supporters of a candidate", "LAE", "PNG"),
        ("Port-au-Prince: Demonstrators", "Port-au-Prince", "HTI"),
        ("WHO - The agency said", None, None),
        ("Students swoop on rivals\nDHAKA - Activists of a party", "DHAKA", "BGD"),
        ("The talks ended.\nDHAKA - Activists of a party", None, None),
        ("Portland, Oregon — Demonstrators", "Portland", "USA"),
        ("Kenya, Uganda and Tanzania — three neighbours", None, None),
    ],
)
def test_dateline_of(text: str, place: str | None, code: str | None) -> None:
    found = dateline_of(text)
    assert (found.place if found else None, found.code if found else None) == (place, code)


def test_a_dateline_is_where_and_never_who(annotator: Annotator) -> None:
    text = "COLOMBO, Jan 5 — Doctors at state hospitals launched a token strike over tax rules."
    ev = _main(annotator, text)
    assert ev is not None and ev.event == "PROTEST"
    assert [(a.entity_text, a.code) for a in ev.actor] == [("Doctors", "LKA")]
    assert ev.event_loc is not None and ev.event_loc.country == "LKA"


def test_a_protest_called_by_a_party_is_that_partys(annotator: Annotator) -> None:
    text = "PATNA, Aug 2 — A 12-hour bandh called by opposition parties paralysed the city."
    ev = _main(annotator, text)
    assert ev is not None and ev.event == "PROTEST"
    assert [(a.sector, a.code) for a in ev.actor] == [("PTY", "IND")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Police detained a radio journalist at his home in Tunis late on Monday.", "TUN"),
        ("Thousands marched through central Johannesburg against power cuts.", "ZAF"),
        ("Taxi drivers staged a go-slow on Reforma avenue in Mexico City on Thursday.", "MEX"),
    ],
)
def test_the_place_of_an_event_nested_in_its_phrases(
    annotator: Annotator, text: str, code: str
) -> None:
    ev = _main(annotator, text)
    assert ev is not None and ev.event_loc is not None and ev.event_loc.country == code
    assert code in {a.code for a in ev.actor}
    assert not any(r.entity_text.endswith(("Johannesburg", "Tunis")) for r in ev.recipient)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The navy launched two cruise missiles at radar sites on the coast.", "ASSAULT"),
        ("Soldiers looted homes in the village after the raid.", "COERCE"),
    ],
)
def test_launching_munitions_and_looting(annotator: Annotator, text: str, event: str) -> None:
    ev = _main(annotator, text)
    assert ev is not None and ev.event == event, (text, ev)


def test_looting_after_a_disaster_is_no_event(annotator: Annotator) -> None:
    assert _main(annotator, "Looters ransacked shops after the earthquake.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Oil prices rose on strong demand from Asian markets.",
        "The bridge will be closed for maintenance next week.",
        "The plane landed safely in Dubai after a four-hour delay.",
        "Most people took to the idea of a four-day week, the survey found.",
    ],
)
def test_look_alikes_code_no_event(annotator: Annotator, text: str) -> None:
    assert _main(annotator, text) is None, text


def test_a_dateline_made_subject_leaves_its_conjuncts_as_the_actors(annotator: Annotator) -> None:
    text = "DOHA, May 2 — Taliban negotiators and US envoys held a fresh round of talks."
    ev = _main(annotator, text)
    assert ev is not None and ev.event == "CONSULT"
    assert {a.code for a in ev.actor} == {"AFG", "USA"}


def test_a_dateline_is_no_part_of_the_next_phrase(annotator: Annotator) -> None:
    text = (
        "ISLAMABAD — China's foreign minister arrived on Monday for talks with Pakistani leaders."
    )
    ev = _main(annotator, text)
    assert ev is not None and ev.event == "CONSULT"
    names = [a.entity_text for a in ev.actor]
    assert "China's foreign minister" in names and not any("ISLAMABAD" in n for n in names)


def test_the_headline_and_lead_hold_the_main_event(annotator: Annotator) -> None:
    text = (
        "Farmers block highway over crop prices\n"
        "Hundreds of farmers blocked the national highway for four hours on Saturday. "
        "Opposition parties condemned the government's handling of the procurement."
    )
    ev = _main(annotator, text)
    assert ev is not None and ev.event == "PROTEST"


@pytest.mark.parametrize(
    "text",
    [
        "More than 40,000 runners took to the streets of the city for the annual marathon.",
        "The march ended peacefully in the evening, police said.",
        "Four people were killed when a gas cylinder exploded at a roadside eatery.",
    ],
)
def test_more_look_alikes(annotator: Annotator, text: str) -> None:
    ev = _main(annotator, text)
    assert ev is None or ev.event not in ("PROTEST", "ASSAULT", "CONCEDE"), (text, ev)
