"""Feed lines, captions and regional wording (our own sentences): a verbless line headed by a
weapon that says where it struck or what it cost ("Car bomb at a livestock market — 6 dead"),
a headline's plural event noun the tagger read as a verb ("Twin blasts at ..."), its event noun
read as the verb after a light verb read as a noun ("Mothers hold vigil outside ..."), fighting
"on" or "along" a front, a blockade whose agent hangs on its object, armour that heads or moves
toward a place (police who "moved in" to clear a square only act on the crowd), protesters who
raise salutes, aid flown or deposited, a protest lodged with a state (a complaint, no crowd),
regional words for strikes, sit-ins and occupations (paro, planton, toma, banda, ville morte,
tigil-pasada, maandamano, panelaço), an internet blackout or cut, a curfew that "will apply" or
"remains in force" or is "ordered by the government", a crowd that halts traffic, a stayaway
answered "in response to" a call, an election stayed away from, prisoners who walk out of a
jail, deaths in custody, roads closed or strewn with tyres by crowds and cut by barricades,
records carried away by prosecutors, a person expelled (deported) beside an envoy expelled,
ships parked off a shoal, migrants dumped at a border, extraditions, walks with a cause, houses
reduced to ashes, strikes by a named state that hit a place, an air force strike, a passive
attack told with its weapon, a headline's comma pair of parties and its infinitive as a
promise, and a city the model took for a people ("detained in Tunis"); while a film that
"bombs at the box office", a gas cylinder blast, water cannon at the ready, a power blackout,
fans waving flags, snow or a funeral crowd that halts traffic, a curling win, a comedy "riot",
a bill sent back, workers walking out of a factory, a walk to a match and a resolution "backed
by" states keep their own readings."""

from __future__ import annotations

import pytest

from event_support import annotate_text, assert_actor_country, assert_coded, main_event_of
from storyline.annotate.base import Annotator
from storyline.events import code_events


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        ("Car bomb at Baidoa livestock market — 6 dead", "ASSAULT", "explosives"),
        ("Twin blasts at Peshawar church during Sunday service", "ASSAULT", "explosives"),
        ("Heavy fighting on the Amhara-Oromia boundary, aid workers say", "ASSAULT", None),
        ("Blockade of Beitbridge border post by truck drivers", "PROTEST", "obstruct"),
        ("Internet blackout across Tigray region — day 3", "COERCE", "withhold"),
    ],
)
def test_verbless_feed_lines_are_coded(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


@pytest.mark.parametrize(
    "text",
    [
        "Big-budget spy thriller bombs at box office",
        "Karachi, Saddar: gas cylinder blast at restaurant, 6 hurt",
        "Water cannon at the ready outside parliament",
        "A power blackout hit Lagos.",
        "Fans wave flags outside the stadium before the derby.",
        "Heavy snow brought traffic to a standstill in Ankara.",
        "Thousands of mourners lined the streets of Accra for the funeral of a famous boxer, "
        "bringing traffic to a crawl.",
    ],
)
def test_feed_line_look_alikes_code_nothing(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None, text


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        ("Tanks of the Azerbaijani army move toward Lachin on Friday.", "MOBILIZE", None),
        (
            "Armoured columns of the Serbian army head toward the Kosovo boundary.",
            "MOBILIZE",
            "troops",
        ),
        (
            "Students raise three-finger salutes at Bangkok's Democracy Monument.",
            "PROTEST",
            "demo",
        ),
        (
            "Norway has flown 20 tonnes of medicine to Aden for hospitals in Taiz.",
            "AID",
            None,
        ),
        (
            "Qatar has deposited 2 billion dollars in Egypt's central bank to prop up the pound.",
            "AID",
            None,
        ),
        (
            "India registered a strong protest with Pakistan over the firing.",
            "ACCUSE",
            "disapprove",
        ),
        (
            "A paramotor dropped two bombs on a crowd gathered for a festival in Sagaing, "
            "killing at least 20.",
            "ASSAULT",
            "aerial",
        ),
    ],
)
def test_captions_and_unusual_subjects(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Lima's buses stayed in their depots as drivers held a paro against extortion.", "strike"),
        ("Teachers began a planton in the Zocalo, vowing to stay.", "demo"),
        ("Pupils declared a toma at a Santiago high school over leaking roofs.", "obstruct"),
        ("The Madhes banda called by regional parties shut Janakpur.", "strike"),
        (
            "Jeepney drivers in Manila began a two-day tigil-pasada against the phase-out.",
            "strike",
        ),
        ("Residents of Kinshasa observed a ville morte called by the opposition.", "strike"),
        ("Young Kenyans joined maandamano against the budget in Nairobi.", "demo"),
        (
            "Students sat down at a busy junction in Novi Sad for fifteen minutes of silence, "
            "bringing traffic to a standstill.",
            "obstruct",
        ),
        (
            "Bulawayo's city centre was quiet on Monday, many shops shut, as workers stayed at "
            "home in response to an online call for a national stayaway.",
            "strike",
        ),
        (
            "Villagers in Choco stayed away from the local elections over the lack of a road.",
            "boycott",
        ),
        ("Workers walked out of the factory over unpaid wages.", "strike"),
    ],
)
def test_regional_protest_words_and_acts(annotator: Annotator, text: str, mode: str) -> None:
    assert_coded(annotator, text, "PROTEST", mode)


@pytest.mark.parametrize(
    ("text", "event", "mode", "country"),
    [
        (
            "A dusk-to-dawn curfew will apply in Kano and Kaduna for the next 30 days under a new "
            "decree, the presidency said.",
            "COERCE",
            "curfew",
            "NGA",
        ),
        ("The curfew remains in force in Leh.", "COERCE", "curfew", "IND"),
        (
            "Some 3,000 prisoners walked out of Insein prison on Thursday under an amnesty.",
            "RETREAT",
            "release",
            "MMR",
        ),
        (
            "A blogger and a lawyer were detained in Tunis under a cybercrime decree, days after "
            "criticising the president.",
            "COERCE",
            "arrest",
            "TUN",
        ),
        ("Opposition MP held at Harare airport on return from a trip", "COERCE", "arrest", "ZWE"),
    ],
)
def test_states_and_releases_with_their_country(
    annotator: Annotator, text: str, event: str, mode: str, country: str
) -> None:
    assert_coded(annotator, text, event, mode)
    assert_actor_country(annotator, text, country)


def test_a_protest_lodged_in_a_headline_with_a_street_protest_beside_it(
    annotator: Annotator,
) -> None:
    assert_coded(annotator, "Workers launched a protest outside the factory.", "PROTEST", "demo")


def test_police_moving_in_is_no_deployment(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "Riot police moved in to clear the square.")
    assert ev is None or ev.event != "MOBILIZE", ev


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        ("General strike paralyses Freetown as shops shut", "PROTEST", "strike"),
        (
            "Ukrainian soldiers fire a howitzer toward Russian positions near Pokrovsk.",
            "ASSAULT",
            "heavy-weapons",
        ),
        (
            "A burnt-out bus on a Lilongwe street after a day of rioting over fuel shortages.",
            "PROTEST",
            "riot",
        ),
        (
            "A deserted avenue in Juba on Monday night, the first of a curfew ordered by the "
            "government.",
            "COERCE",
            "curfew",
        ),
        (
            "Owino market stayed shuttered for a third day as traders kept their doors closed "
            "over a new receipt system.",
            "PROTEST",
            "strike",
        ),
        (
            "More than 800 Haitians were sent back across the border crossing in one day, "
            "officials said.",
            "COERCE",
            "deport",
        ),
        (
            "Stretches of the highway in Chiriqui were closed for a week by banana workers "
            "opposed to the reform.",
            "PROTEST",
            "obstruct",
        ),
        (
            "The N2 near Khayelitsha was strewn with burning tyres and rocks by residents "
            "demanding electricity.",
            "PROTEST",
            "obstruct",
        ),
        (
            "Prosecutors escorted by police entered the electoral court in Lima and carried away "
            "boxes of ballots.",
            "COERCE",
            "seize",
        ),
        (
            "Mali's junta suspended the activities of political parties across the country.",
            "COERCE",
            "restrict",
        ),
        (
            "Twelve shoppers were injured when a grenade was hurled at a crowded market in "
            "Srinagar.",
            "ASSAULT",
            "explosives",
        ),
        (
            "Homes were torched in Turmus Ayya when dozens of Israeli settlers descended on the "
            "village at dusk.",
            "ASSAULT",
            None,
        ),
        (
            "An air force strike meant for a bandit camp hit villagers in Zamfara, killing ten.",
            "ASSAULT",
            "aerial",
        ),
        ("Worshippers at a church in Beni were set upon with machetes overnight.", "ASSAULT", None),
        (
            "A man held for questioning at a police station in Kandy died in custody, his family "
            "said.",
            "ASSAULT",
            None,
        ),
        ("Peru, Ecuador to sign border river accord next month", "AGREE", None),
    ],
)
def test_more_acts_told_in_new_ways(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Grenade attack at Bujumbura bus station — 2 dead, 30 hurt", "BDI"),
        ("Tbilisi protesters block avenue, demand PM's exit", "GEO"),
        (
            "Dozens of dock workers were killed when American strikes hit a fuel terminal north "
            "of Hodeidah, the health ministry said.",
            "USA",
        ),
        ("Jailed Egyptian activist on hunger strike, family says", "EGY"),
    ],
)
def test_actor_countries_of_feed_lines(annotator: Annotator, text: str, country: str) -> None:
    assert_actor_country(annotator, text, country)


def test_headline_comma_pairs_keep_both_parties(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "Guyana, Suriname agree to set up joint river commission")
    assert ev is not None and ev.event == "AGREE"
    assert {"GUY", "SUR"} <= {a.code for a in ev.actor}, ev.actor


@pytest.mark.parametrize(
    "text",
    [
        "Swiss rink blitzes Canada for world curling gold",
        "Critics agreed that the comedian's new show is an absolute riot.",
        "The bill was sent back to parliament.",
        "The fence was set upon with paint.",
        "A student died in hospital after the crash.",
        "Karachi stocks crashed on Monday as foreign investors dumped banking shares amid "
        "worries over the budget.",
    ],
)
def test_more_look_alikes_code_nothing(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None, text


def test_strikes_that_hit_a_city_without_a_named_state_stay_walkouts(annotator: Annotator) -> None:
    assert_coded(
        annotator, "Strikes hit the capital's transport network on Monday.", "PROTEST", "strike"
    )


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        ("Latvia expels Russian pensioner who failed language test", "COERCE", "deport"),
        ("Thailand expelled two foreign journalists on Monday.", "COERCE", "deport"),
        ("Mali expels French ambassador", "SANCTION", "expel"),
    ],
)
def test_expelling_a_person_deports_and_an_envoy_is_expelled(
    annotator: Annotator, text: str, event: str, mode: str
) -> None:
    assert_coded(annotator, text, event, mode)


def test_a_common_noun_read_as_a_person_takes_no_known_leader(annotator: Annotator) -> None:
    text = "Gang massacres 70 in Haiti's Pont-Sonde"
    ev = main_event_of(annotator, text)
    assert ev is not None and "CHN" not in {a.code for a in ev.actor}, ev


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        (
            "Mothers of the disappeared hold vigil outside Mexico City prosecutor's office",
            "PROTEST",
            "demo",
        ),
        ("US, UK hit Houthi radar sites around Hodeidah", "ASSAULT", None),
        (
            "Car bomb in Manbij industrial zone — 15 dead, mostly farm workers on a bus",
            "ASSAULT",
            "explosives",
        ),
        (
            "Honduras: environmental defender slain outside his home in Colon department.",
            "ASSAULT",
            None,
        ),
        (
            "More than 200 houses in a village in Sagaing's Kani township were reduced to ashes "
            "after junta troops swept through.",
            "ASSAULT",
            "destroy",
        ),
        (
            "Barricades of burning tyres and wrecked cars cut Delmas and the road up to "
            "Petion-Ville.",
            "PROTEST",
            "obstruct",
        ),
        (
            "Felled trunks and mounds of earth closed the Pan-American Highway north of Otavalo "
            "on the fifth day of the strike.",
            "PROTEST",
            "obstruct",
        ),
        (
            "Somali army troops backed by clan fighters retook Adan Yabaal after a dawn battle "
            "with Al-Shabaab.",
            "ASSAULT",
            None,
        ),
    ],
)
def test_headline_misreadings_and_scenes(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    ev = assert_coded(annotator, text, event, None)
    assert mode is None or ev.mode == mode, (text, ev.mode)


@pytest.mark.parametrize(
    "text",
    [
        "The old market was reduced to ashes by a fire that started in a kitchen.",
        "The company reduced its losses to a minimum.",
        "The storm hit coastal sites.",
        "The resolution, backed by 30 states, was adopted on Friday.",
    ],
)
def test_scene_look_alikes_code_nothing(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None, text


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        (
            "Paraguay extradited an alleged cocaine trafficker to the United States on Thursday.",
            "COOPERATE",
            None,
        ),
        (
            "Hundreds of women walked through the old city of Kano beating empty cooking pots "
            "over bread prices.",
            "PROTEST",
            "demo",
        ),
        (
            "China parked two more coast guard cutters off Second Thomas Shoal overnight.",
            "MOBILIZE",
            None,
        ),
        (
            "Tunisia dumps sub-Saharan migrants at Libyan border, rights monitors say",
            "COERCE",
            "deport",
        ),
        ("Truckers parked their rigs across the highway.", "PROTEST", "obstruct"),
    ],
)
def test_walks_parked_ships_dumped_migrants_and_extraditions(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


def test_a_walk_to_a_match_is_no_march(annotator: Annotator) -> None:
    assert main_event_of(annotator, "Thousands walked to the stadium for the final.") is None


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        (
            "Leipzig-Connewitz: bottles and fireworks thrown at police by left-wing demo, several "
            "cars torched.",
            "PROTEST",
            "riot",
        ),
        (
            "Mobile internet cut across Manipur for five days, home department order says.",
            "COERCE",
            "withhold",
        ),
        (
            "Lido beach, Mogadishu: al-Shabaab suicide car bomb at restaurant, many dead.",
            "ASSAULT",
            None,
        ),
        (
            "Bus drivers angry about unpaid wages parked their coaches across the approaches to "
            "the central station, holding up traffic for hours.",
            "PROTEST",
            "obstruct",
        ),
        (
            "Potato growers dumped sacks of produce and boulders on the highway on Monday over "
            "low prices.",
            "PROTEST",
            "obstruct",
        ),
        ("Drone strike on Amhara minibus kills 11 passengers, residents say", "ASSAULT", "drone"),
        (
            "Iraqi counter-terrorism forces uncovered and blew up an Islamic State weapons store "
            "hidden in a tunnel in the Anbar desert.",
            "COERCE",
            None,
        ),
    ],
)
def test_crowds_demos_cuts_and_weapons_in_lines(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers laid siege to Lahore's Liberty Market on the last weekend before Eid.",
        "Bargain hunters storm a department store in Santiago as the sales open on Monday.",
        "Power cut across Lagos for five days.",
        "The ministry sent forty doctors back to the flooded district to help.",
    ],
)
def test_leisure_crowds_outages_and_doctors_sent_back_code_nothing(
    annotator: Annotator, text: str
) -> None:
    assert main_event_of(annotator, text) is None, text


def test_a_leader_dumped_on_a_roadside_was_beaten_not_deported(annotator: Annotator) -> None:
    text = (
        "Dumped on a roadside 30 km from Harare, a union leader told reporters he had been "
        "blindfolded and whipped for two days by men who questioned him about the strike."
    )
    ev = main_event_of(annotator, text)
    assert ev is None or ev.mode != "deport", ev


def test_a_drug_suspect_to_be_extradited_stays_a_crime_story(annotator: Annotator) -> None:
    text = (
        "Police said the suspect ran a network moving cocaine through the port. He was detained "
        "at a flat in Medellin and will be extradited to the United States."
    )
    ev = main_event_of(annotator, text)
    assert ev is None or ev.event not in ("AGREE", "COOPERATE"), ev


def test_a_state_that_hangs_a_protester_kills_him(annotator: Annotator) -> None:
    assert_coded(
        annotator, "Iran hangs protester convicted of waging war on God", "ASSAULT", "targeted"
    )
    for text in (
        "A farmer hanged himself in his barn after the harvest failed.",
        "Fans hung banners outside the stadium.",
    ):
        assert main_event_of(annotator, text) is None, text


def test_people_picked_up_by_no_one_named_are_arrested(annotator: Annotator) -> None:
    text = "Two journalists were picked up in Harare on Monday."
    assert_coded(annotator, text, "COERCE", "arrest")
    assert_actor_country(annotator, text, "ZWE")
    for look_alike in (
        "The children were picked up from school by their parents.",
        "Stranded tourists were picked up by a ferry.",
    ):
        assert main_event_of(annotator, look_alike) is None, look_alike


def test_an_expulsion_without_an_object_deports_no_one(annotator: Annotator) -> None:
    text = (
        'Belarus expelled two Lithuanian embassy staff on Tuesday. "Expelling two diplomats will '
        'not change anything," said a teacher who left Minsk in 2021.'
    )
    events = code_events(annotate_text(annotator, text))
    assert any(e.mode == "expel" for e in events), events
    assert all(e.mode != "deport" for e in events), events
