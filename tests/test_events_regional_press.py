"""Wording met in regional and wire press (our own sentences): delegates who storm out of peace
talks reject the meeting; a state that hits or targets people with sanctions sanctions them, and
diplomats ordered to leave a country are expelled by it; mobile data or phone lines cut in a
region, with nobody named, withhold a service, and platforms restricted before a rally censor
it; armed herders and settlers raiding villages, a place of worship torched in the passive, a
town hit during a wave of drones and weapons turned on students are attacks, and a passive
attack told with an armed force in an after/as clause is that force's; hostages handed over to
the Red Cross are released; a country vowing a swift or crushing response threatens; air defence
systems delivered to Ukraine are aid and a finalised treaty text an agreement; a court ordering
a league or party dissolved restricts it; a state of emergency decreed in provinces is martial
law; fighters burning their rifles at a ceremony disarm; growers cutting a highway with boulders
obstruct it; headlines in the present after a name ("fires", "strikes") attack, while teachers
who strike at schools protest; young Kenyans or Serbians packing a square are a crowd; people
who turn out against a plan protest; and the Pakistani military's "sent to hell" is a killing.
The look-alikes: a withdrawal set on a timetable has not happened, a fuel depot left burning is
no protest, a town hit during heavy rains or voters turning out is no event, nor is a state of
emergency after a flood, a robbery or an ATM blast and the arrests for it, nor a religious
procession or a festive parade; "vows to sign" is no threat, and violence or terrorism named as
the charge is no attack. Also: an armed group that claims an attack or a bomb did it; a
presidential or royal pardon is the state's concession; traders who heeded a call for a strike
struck, while a call only made stays a request; a protest camp that entered its third week goes
on (a siege that did is no protest); herders who raid villages attack; a walkout from
negotiations rejects them; and a headline "strike" over a lead with a match score is sport. And:
mobile data suspended across a state is withheld; crowds that defy a ban on rallies protest (a
state that defies a UN ban rejects it); miners who refuse to resurface strike; homes torched
after an army passed through are its attack; plural munitions a headline seems to use as its
verb ("mortar rounds land") attack; parties suspended by decree are restricted; a commitment to
sign is an agreement; protesters break through police cordons (a riot) and fighters through
enemy lines (an attack); a hashtag is no object of its verb; soldiers who demolish homes attack
them and a pipe bomb made safe is seized; while a rescue from a capsized ferry, killings told
after a drug-gang feud and residents allowed back into their homes are no event."""

from __future__ import annotations

import pytest

from event_support import annotate_text, assert_coded, main_event_of
from storyline.annotate.base import Annotator
from storyline.events import code_events


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        (
            "Separatist envoys stormed out of the talks in Geneva after two hours.",
            "REJECT",
            "meet",
        ),
        (
            "Opposition negotiators walked out of the peace talks in Addis Ababa on Tuesday, "
            "accusing the government of bad faith.",
            "REJECT",
            "meet",
        ),
        (
            "Canada hit four Chinese officials with sanctions over the crackdown.",
            "SANCTION",
            "discontinue",
        ),
        (
            "London targeted two Georgian ministers with sanctions on Wednesday.",
            "SANCTION",
            "discontinue",
        ),
        ("Mobile internet was cut across Rakhine state on Friday.", "COERCE", "withhold"),
        (
            "Internet and phone services were suspended across Manipur on Thursday.",
            "COERCE",
            "withhold",
        ),
        ("Mobile internet suspended across Tigray", "COERCE", "withhold"),
        (
            "Access to TikTok and X was restricted as opposition supporters prepared to rally "
            "in Dar es Salaam.",
            "COERCE",
            "censor",
        ),
        (
            "Armed herders raided two villages in Plateau state, killing 11 residents and "
            "burning homes.",
            "ASSAULT",
            None,
        ),
        (
            "Settlers descended on the village of Turmus Ayya overnight, setting houses and "
            "olive groves alight.",
            "ASSAULT",
            "destroy",
        ),
        (
            "A mosque was torched on the outskirts of Meiktila on Saturday night.",
            "ASSAULT",
            "destroy",
        ),
        ("A church was set ablaze in a village in Manipur late on Sunday.", "ASSAULT", "destroy"),
        (
            "Sumy was hit during a wave of drones overnight, local officials said.",
            "ASSAULT",
            "drone",
        ),
        (
            "Water cannon and tear gas were turned on striking dockworkers in Piraeus.",
            "ASSAULT",
            "crowd-control",
        ),
        (
            "Three hostages were handed over to the Red Cross in Rafah on Saturday.",
            "RETREAT",
            "release",
        ),
        (
            "Four captives were handed over to the International Committee of the Red Cross "
            "by the rebels.",
            "RETREAT",
            "release",
        ),
        ("Pakistan vows swift revenge after Quetta bombing", "THREATEN", "violence"),
        ("Egypt vows swift response after attack on Sinai checkpoint", "THREATEN", "violence"),
        (
            "Turkey vowed a crushing response after the attack on its border post.",
            "THREATEN",
            "violence",
        ),
        ("Britain delivered air defence systems to Ukraine this week.", "AID", None),
        ("The Netherlands delivered howitzers to Ukraine on Monday.", "AID", None),
        ("Serbia and Kosovo finalised the text of a peace treaty in Brussels.", "AGREE", None),
        (
            "The constitutional court ordered the dissolution of the main opposition party.",
            "COERCE",
            "restrict",
        ),
        (
            "A court in Tunis ordered the dissolution of the country's oldest human rights league.",
            "COERCE",
            "restrict",
        ),
        (
            "A state of emergency was decreed in seven provinces on Monday night.",
            "COERCE",
            "martial-law",
        ),
        (
            "A state of exception was decreed in three provinces of Ecuador after a wave of "
            "prison riots.",
            "COERCE",
            "martial-law",
        ),
        (
            "Some 300 former guerrillas burned their rifles at a disarmament ceremony in Cauca.",
            "RETREAT",
            "disarm",
        ),
        (
            "Militiamen burned piles of rifles at a disarmament ceremony in Juba on Friday.",
            "RETREAT",
            "disarm",
        ),
        (
            "Potato growers cut the Pan-American highway route near Ipiales with boulders on "
            "Monday.",
            "PROTEST",
            "obstruct",
        ),
        (
            "Coffee growers cut the highway route between Pasto and Popayán with boulders and "
            "tree trunks.",
            "PROTEST",
            "obstruct",
        ),
        (
            "Thousands marched in a silent procession in Tunis demanding justice for the slain "
            "activist.",
            "PROTEST",
            "demo",
        ),
        ("Young Serbians pack Slavija Square to demand a snap election", "PROTEST", "demo"),
        ("Young Nepalis fill Maitighar Mandala to demand an end to corruption", "PROTEST", "demo"),
        ("Farmers turned out against the airport plan in Narita on Sunday.", "PROTEST", "demo"),
        ("Hezbollah launches drones at Haifa naval base", "ASSAULT", "heavy-weapons"),
        ("Russia strikes Kherson school shelter", "ASSAULT", None),
        ("Nurses strike at hospitals across Kenya", "PROTEST", "strike"),
        (
            "Nine terrorists were sent to hell during an intelligence-based operation in Khyber "
            "district.",
            "ASSAULT",
            None,
        ),
    ],
)
def test_regional_press_wording_is_coded(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None, text
    assert (ev.event, ev.mode) == (event, mode), text


@pytest.mark.parametrize(
    ("text", "expelling", "expelled"),
    [
        ("Two Iranian diplomats were ordered to leave Albania within 48 hours.", "ALB", "IRN"),
        (
            "Four Russian diplomats were ordered to leave Norway within a week, the Norwegian "
            "foreign ministry said.",
            "NOR",
            "RUS",
        ),
    ],
)
def test_diplomats_ordered_to_leave_are_expelled_by_that_country(
    annotator: Annotator, text: str, expelling: str, expelled: str
) -> None:
    ev = assert_coded(annotator, text, "SANCTION", "expel")
    assert [a.code for a in ev.actor] == [expelling], text
    assert expelled in [r.code for r in ev.recipient], text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Around forty homes were burned down after Ethiopian troops passed through the "
            "hamlet of Mai Kadra.",
            "ETH",
        ),
        (
            "Granaries and huts were razed after Eritrean soldiers moved through the area near "
            "Shire.",
            "ERI",
        ),
        ("Houses were razed as Israeli troops advanced through the camp.", "ISR"),
    ],
)
def test_a_force_in_an_after_or_as_clause_did_the_passive_attack(
    annotator: Annotator, text: str, code: str
) -> None:
    ev = assert_coded(annotator, text, "ASSAULT", "destroy")
    assert [(a.code, a.sector) for a in ev.actor] == [(code, "MIL")], text


@pytest.mark.parametrize(
    "text",
    [
        "The two governments agreed a timetable to pull troops out of the buffer zone by June.",
        "The ministers signed a roadmap to withdraw foreign forces from Somalia by December.",
    ],
)
def test_a_withdrawal_on_a_timetable_has_not_happened(annotator: Annotator, text: str) -> None:
    main = main_event_of(annotator, text)
    assert main is not None and main.event != "RETREAT", text
    retreats = [e for e in code_events(annotate_text(annotator, text)) if e.event == "RETREAT"]
    assert all(e.future or e.hypothetical for e in retreats), text


def test_a_withdrawal_told_as_done_is_a_retreat(annotator: Annotator) -> None:
    ev = assert_coded(
        annotator,
        "The army withdrew its troops from the buffer zone on Tuesday.",
        "RETREAT",
        "withdraw",
    )
    assert not (ev.future or ev.hypothetical)


@pytest.mark.parametrize(
    "text",
    [
        "Bhola was hit during torrential rains on Friday.",
        "Voters turned out in large numbers in the Indonesian regional polls.",
        "A state of emergency was declared after the cyclone in Mozambique.",
        "Dacoits looted a jewellery shop in Multan at gunpoint. Police arrested four of them a "
        "week later.",
        "Thieves blew open a cash machine in a village near Hanover before dawn. The blast "
        "shattered windows across the street.",
        "Mourners in an Ashura procession wound through the old quarter of Lahore on Tuesday.",
        "A Diwali procession wound through the streets of Leicester on Sunday evening.",
        "An Easter procession wound its way through the old city of Seville.",
        "Hundreds of marchers joined the St Patrick's Day parade in Chicago.",
        "Hundreds of marchers took part in the carnival parade in Notting Hill.",
    ],
)
def test_weather_turnout_crime_and_rites_are_no_event(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None, text


def test_a_fuel_depot_left_burning_is_no_protest(annotator: Annotator) -> None:
    text = "Ukrainian drones struck an oil depot in Rostov overnight, leaving fuel tanks burning."
    assert_coded(annotator, text, "ASSAULT", "drone")
    events = code_events(annotate_text(annotator, text))
    assert not any(e.event == "PROTEST" for e in events), text


@pytest.mark.parametrize(
    "text",
    [
        "The chancellor vows to sign the climate deal",
        "The prime minister vowed to sign the peace accord before the end of the month.",
    ],
)
def test_a_vow_to_sign_is_no_threat(annotator: Annotator, text: str) -> None:
    events = code_events(annotate_text(annotator, text))
    assert not any(e.event == "THREATEN" for e in events), text


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        (
            "A court ordered the closure of the newspaper, accusing it of inciting violence.",
            "COERCE",
            "censor",
        ),
        (
            "A rapper was detained in Madrid and charged with glorifying terrorism.",
            "COERCE",
            "arrest",
        ),
    ],
)
def test_violence_named_as_the_charge_is_no_attack(
    annotator: Annotator, text: str, event: str, mode: str
) -> None:
    assert_coded(annotator, text, event, mode)
    events = code_events(annotate_text(annotator, text))
    assert not any(e.event == "ASSAULT" for e in events), text


def test_a_licence_suspended_for_inciting_violence_is_no_attack(annotator: Annotator) -> None:
    text = "Regulators suspended the broadcaster's licence, accusing it of inciting violence."
    assert main_event_of(annotator, text) is not None, text
    events = code_events(annotate_text(annotator, text))
    assert not any(e.event == "ASSAULT" for e in events), text


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        (
            "Islamic State claimed the attack on a Shia mosque in Kunduz, its news agency said.",
            "ASSAULT",
            None,
        ),
        (
            "Urban guerrilla cell claims bomb at Thessaloniki tax office\nThe blast damaged the "
            "entrance but hurt no one, police said.",
            "ASSAULT",
            "explosives",
        ),
        (
            "A presidential pardon was granted on Monday to a jailed Tunisian blogger, his "
            "family said.",
            "CONCEDE",
            None,
        ),
        (
            "Market stalls in Bamako stayed shut as traders heeded the unions' call for a "
            "general strike over the new levy.",
            "PROTEST",
            "strike",
        ),
        (
            "A student encampment outside the library in Toronto entered its third week on "
            "Monday, with organisers vowing to stay until the university divests.",
            "PROTEST",
            "demo",
        ),
        (
            "Cattle herders raided three farming villages in Benue, killing nine people and "
            "torching granaries.",
            "ASSAULT",
            None,
        ),
        (
            "Government delegates walked out of the negotiations in Lusaka on Friday.",
            "REJECT",
            "meet",
        ),
    ],
)
def test_claims_pardons_heeded_calls_and_camps_are_coded(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


def test_a_pardon_by_office_is_the_state_s(annotator: Annotator) -> None:
    ev = assert_coded(
        annotator,
        "A royal pardon was issued on Thursday for a Moroccan rapper jailed over his lyrics.",
        "CONCEDE",
        None,
    )
    assert "MAR" in [a.code for a in ev.actor]


@pytest.mark.parametrize(
    "text",
    [
        "Late header sinks Hearts\nA 92nd-minute goal from a corner gave Aberdeen a 2-1 win at "
        "Pittodrie on Saturday.",
        "Stoppage-time strike stuns Boca\nA shot from outside the area gave River a 1-0 win at "
        "the Monumental on Sunday.",
    ],
)
def test_a_headline_strike_over_a_scoreline_is_sport(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None


def test_a_call_only_made_is_still_a_request(annotator: Annotator) -> None:
    events = code_events(
        annotate_text(annotator, "The transport unions called for a general strike on Monday.")
    )
    assert "REQUEST" in {e.event for e in events}


def test_a_siege_going_on_is_no_protest(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "The siege of the town entered its third month on Sunday.")
    assert ev is None or ev.event != "PROTEST"


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        ("Mobile data was suspended across Nagaland on Friday.", "COERCE", "withhold"),
        (
            "Crowds defied a ban on rallies in Conakry for a third day to protest the "
            "postponed vote.",
            "PROTEST",
            "demo",
        ),
        (
            "About 150 miners at a gold shaft near Obuasi refused to resurface on Monday over "
            "unpaid allowances.",
            "PROTEST",
            "strike",
        ),
    ],
)
def test_cuts_defied_bans_and_refused_shifts_are_coded(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


def test_a_state_defying_a_ban_rejects_it(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "North Korea defied a UN ban on ballistic missile launches.")
    assert ev is not None and ev.event == "REJECT"


def test_homes_burned_after_troops_passed_are_the_troops_attack(annotator: Annotator) -> None:
    ev = assert_coded(
        annotator,
        "Dozens of homes were torched after Sudanese army troops passed through the village.",
        "ASSAULT",
        None,
    )
    assert "SDN" in [a.code for a in ev.actor]


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        (
            "Kupiansk: Russian artillery rounds land in a border village, two hurt.",
            "ASSAULT",
            "heavy-weapons",
        ),
        (
            "Mortar rounds land near the presidential palace in Mogadishu; no casualties reported.",
            "ASSAULT",
            "heavy-weapons",
        ),
        (
            "All opposition parties were suspended by a decree read on state radio in Niamey "
            "on Tuesday night.",
            "COERCE",
            "restrict",
        ),
        (
            "Serbia and Kosovo have committed to reopening the Jarinje crossing by the end of "
            "the month.",
            "AGREE",
            None,
        ),
    ],
)
def test_munitions_read_as_verbs_suspended_parties_and_commitments(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Skopje: protesters break through police cordon outside the government, 12 hurt.",
            "PROTEST",
        ),
        ("Kurdish fighters broke through Islamic State lines east of Raqqa.", "ASSAULT"),
    ],
)
def test_breaking_through_lines(annotator: Annotator, text: str, event: str) -> None:
    assert_coded(annotator, text, event, "riot" if event == "PROTEST" else None)


def test_a_verb_in_s_that_rounds_up_stays_a_verb(annotator: Annotator) -> None:
    assert_coded(
        annotator, "Army rounds up suspects in Kano after the bombing.", "COERCE", "arrest"
    )


def test_a_hashtag_is_no_object_of_the_verb(annotator: Annotator) -> None:
    assert_coded(
        annotator,
        "Kaduna: #FixOurRoads protesters break into a state warehouse, carry off fertiliser.",
        "PROTEST",
        "riot",
    )


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        (
            "Israeli soldiers demolished eleven Palestinian homes near Nablus on Wednesday.",
            "ASSAULT",
            "destroy",
        ),
        (
            "Families on a street in Newry were let back into their homes overnight. Army "
            "technical officers made safe a viable pipe bomb found in a hedge, police said.",
            "COERCE",
            "seize",
        ),
    ],
)
def test_demolitions_and_bombs_made_safe(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


@pytest.mark.parametrize(
    "text",
    [
        "Only eleven of the passengers were rescued by a fishing crew. The overloaded ferry "
        "capsized near Mwanza, and dozens are missing.",
        "Detectives said the shootings were tied to a feud between two drug gangs. Three men "
        "were shot dead outside a tavern in Khayelitsha on Saturday.",
        "Residents of two streets in Lisburn were allowed back into their homes on Sunday.",
    ],
)
def test_rescues_feuds_and_homecomings_are_no_event(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        (
            "Two cartoonists were ordered held for 15 days in Cairo pending an investigation "
            "into 'false news', their lawyer said.",
            "COERCE",
            "arrest",
        ),
        (
            "Riot police cleared the sugarcane growers' protest camp outside Lucknow before "
            "dawn, bulldozing tents and carting off the sound system.",
            "COERCE",
            "seize",
        ),
        ("Israeli bulldozers demolishing homes in Tulkarm camp for a third day", "ASSAULT", None),
    ],
)
def test_orders_to_hold_camps_cleared_and_bulldozers(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


def test_a_storm_that_topples_pylons_is_no_attack(annotator: Annotator) -> None:
    assert main_event_of(annotator, "The storm toppled power pylons across Normandy.") is None


def test_a_team_that_demolishes_its_rival_is_sport(annotator: Annotator) -> None:
    text = "Six-goal rout: the Super Eagles demolish Sao Tome in Uyo to top their World Cup group"
    ev = main_event_of(annotator, text)
    assert ev is None or ev.event != "ASSAULT"


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        ("Dagestan police torture detained activists, lawyers say", "ASSAULT", "torture"),
        (
            "Saboteurs topple three power pylons near Turbat, cutting supply to Gwadar.",
            "ASSAULT",
            "destroy",
        ),
        (
            "Looters strip warehouses bare in Port Moresby as unrest spreads",
            "PROTEST",
            "riot",
        ),
        ("Pyongyang vows 'merciless' reply to joint naval drills", "THREATEN", "violence"),
        (
            "A second contingent of 300 Kenyan police officers departed for Haiti on Monday.",
            "MOBILIZE",
            "police",
        ),
    ],
)
def test_headline_torture_replies_and_departures(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


def test_an_organisation_defying_a_ban_rejects_it(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "The broadcaster defied a court ban on airing the interview.")
    assert ev is not None and ev.event == "REJECT"


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Houthis target oil tanker in Gulf of Aden with drone boat", "ASSAULT"),
        ("Houthis hijack cargo vessel off Hodeidah and hold its crew of 17.", "ASSAULT"),
    ],
)
def test_an_opening_name_the_model_misreads_is_the_subject(
    annotator: Annotator, text: str, event: str
) -> None:
    ev = assert_coded(annotator, text, event, None)
    assert "YEM" in [a.code for a in ev.actor]
