"""Texts that open with an aftermath and tell its cause after it, in the pluperfect ("a curfew
was declared. Security forces had exchanged fire ..."): the cause is the main event when what
opened the text is only what followed it (an act with no doer named, a deployment, an appeal,
talks, a vigil beside a charge), while a lead told with its doer stays the news ("Police
arrested 40 people. The group had blocked the highway"). Also (our own sentences): ultimatums
("gave the prime minister seven days to sack ..."), which expel an envoy given hours to leave
and threaten when they name what follows; police or troops who kill people held as drug
suspects attack them (robbers shot dead in a chase stay a crime's end); a killing of a social
leader is no private murder; a family member who tells the news is no family quarrel; public
floggings by a state; settlers who "set on" pickers; prisoners "let out" of jails; rockets that
"fell on" a runway (while guns that "fell silent" fire nothing); internet access cut; a
headline verb the model hangs on its object ("Mali expels French ambassador"); a minister who
"threw in the towel"; a state that freezes assets; and the ivory a customs post seized. And:
armies that stop firing or halt an offensive cease fire (a truce "from midnight" or a
humanitarian pause announced is a concession), troops flown home withdraw, a crowd that refuses
to leave holds a protest, a state of emergency answering crime is still martial law, diplomats
declared persona non grata and given hours to leave are expelled, vehicles provided by a state
are aid and police who swoop on offices raid them; while a crowd at new-year fireworks, an
airline halting flights, protesters who want a minister to resign and a minister who refuses
to leave office hold no protest and give up nothing."""

from __future__ import annotations

import pytest

from event_support import assert_coded, main_event_of
from storyline.annotate.base import Annotator


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Schools in Kangpokpi stayed shut on Monday and a curfew was declared in the town. "
            "Soldiers had exchanged fire with gunmen near the market for an hour, officials said.",
            "ASSAULT",
        ),
        (
            "Wounded fighters were flown to Baidoa on Friday. Government troops and militants had "
            "battled for control of a village in Bay region, the army said.",
            "ASSAULT",
        ),
        (
            "Clinics in Bama appealed for blood donors on Sunday. A suicide bomber had blown "
            "himself up at a crowded market, the emergency agency said.",
            "ASSAULT",
        ),
        (
            "Supporters kept vigil outside his house in Cochabamba. Prosecutors had charged the "
            "former minister with embezzlement, a case his lawyers call political.",
            "ACCUSE",
        ),
    ],
)
def test_the_cause_told_after_its_aftermath_is_the_news(
    annotator: Annotator, text: str, event: str
) -> None:
    assert_coded(annotator, text, event, None)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Police arrested 40 people on Sunday. The group had blocked the highway for hours.",
            "COERCE",
        ),
        (
            "Soldiers fired on marchers in Mandalay on Sunday, killing four. The march had set "
            "off from a monastery at dawn.",
            "ASSAULT",
        ),
        (
            "Nurses staged a sit-in outside the health ministry on Monday. They had demanded "
            "back pay for months.",
            "PROTEST",
        ),
    ],
)
def test_a_lead_told_with_its_doer_stays_the_news(
    annotator: Annotator, text: str, event: str
) -> None:
    assert_coded(annotator, text, event, None)


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        ("Mali gave the French ambassador 72 hours to leave the country.", "SANCTION", "expel"),
        ("Niamey gives French chargé d'affaires 48 hours to pack", "SANCTION", "expel"),
        (
            "The opposition gave the prime minister ten days to dismiss the police chief.",
            "REQUEST",
            None,
        ),
        (
            "The rebels gave the army 24 hours to leave the town or they will storm it.",
            "THREATEN",
            None,
        ),
    ],
)
def test_ultimatums(annotator: Annotator, text: str, event: str, mode: str | None) -> None:
    assert_coded(annotator, text, event, mode)


def test_a_teacher_giving_pupils_days_is_no_ultimatum(annotator: Annotator) -> None:
    assert (
        main_event_of(annotator, "The teacher gave the pupils two days to finish the essay.")
        is None
    )


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        ("Police shot dead two drug suspects in a raid in Cebu.", "ASSAULT", "firearms"),
        ("Police killed three drug suspects in a shootout in Davao.", "ASSAULT", None),
        (
            "A land-rights leader had been killed outside his home on Sunday, the ombudsman "
            "said, the fortieth social leader murdered this year.",
            "ASSAULT",
            None,
        ),
        (
            "He had been snatched from a book launch in Nairobi by Ugandan security agents, "
            "his wife said.",
            "ASSAULT",
            "abduct",
        ),
        (
            "Two men convicted of theft had been flogged in front of a crowd at the stadium, "
            "the Taliban's supreme court announced.",
            "ASSAULT",
            "beat",
        ),
        (
            "Settlers had set on the olive pickers with clubs and stones near Turmus Ayya.",
            "ASSAULT",
            "beat",
        ),
        (
            "The 135 political prisoners had been let out of Nicaraguan jails that morning.",
            "RETREAT",
            "release",
        ),
        (
            "Several rockets had fallen on the runway near the terminal, the airport said.",
            "ASSAULT",
            "heavy-weapons",
        ),
        (
            "Internet access had been cut across the country on election night, monitors said.",
            "COERCE",
            "withhold",
        ),
        ("Mali expels French ambassador over drone incident", "SANCTION", "expel"),
        ("Ghana's energy minister threw in the towel on Tuesday.", "RETREAT", "resign"),
        ("Canada freezes assets of 14 Sudanese commanders", "SANCTION", "discontinue"),
        (
            "Rebel fighters burned a displacement camp near Kaga-Bandoro, sending families "
            "fleeing.",
            "ASSAULT",
            "destroy",
        ),
        (
            "Eritrea released the evangelical preacher without explanation on Wednesday.",
            "RETREAT",
            "release",
        ),
    ],
)
def test_killings_punishments_releases_and_cuts(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


@pytest.mark.parametrize(
    "text",
    [
        "Two robbers were shot dead by police after a bank heist in Cali.",
        "A man was murdered by robbers in his shop in Lagos.",
        "A man stabbed his wife during a quarrel in Nairobi, police said.",
        "Guns fell silent across the valley as the snow came down.",
        "Prices fell sharply on the stock exchange on Monday.",
        "Customs officers at Mombasa port seized two tonnes of ivory hidden in a tea shipment.",
        "The boy was caned at school by his teacher.",
    ],
)
def test_crimes_and_look_alikes_are_no_event(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None, text


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        ("Both armies stopped shooting along the river at dawn.", "RETREAT", "ceasefire"),
        ("The army halted its offensive on Sunday.", "RETREAT", "ceasefire"),
        (
            "The two governments said they would stop fighting from midnight.",
            "CONCEDE",
            None,
        ),
        (
            "The rebels announce a three-day humanitarian pause from Saturday",
            "CONCEDE",
            None,
        ),
        (
            "The last Danish troops in the region had been flown home over the previous weeks, "
            "the army said.",
            "RETREAT",
            "withdraw",
        ),
        (
            "Students who had marched to the governor's office refused to leave until he "
            "took their petition.",
            "PROTEST",
            "demo",
        ),
        (
            "A state of emergency was declared in the port city for thirty days after a wave of "
            "extortion attacks on bus drivers.",
            "COERCE",
            "martial-law",
        ),
        (
            "Two of its diplomats had been declared persona non grata and given 72 hours to "
            "leave, the foreign ministry said.",
            "SANCTION",
            "expel",
        ),
        (
            "The patrol vehicles and radios had been provided by Japan under an aid package.",
            "AID",
            None,
        ),
        ("Police swoop on opposition newspaper offices in Lusaka", "COERCE", "seize"),
        ("Dock workers stopped work at the port on Monday.", "PROTEST", "strike"),
    ],
)
def test_truces_withdrawals_sit_ins_and_raids(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands gathered at the harbour for the annual fireworks marking the new year.",
        "The airline halted operations at the airport because of fog.",
        "The protesters now want him to resign.",
        "The minister refused to leave office.",
    ],
)
def test_shows_wishes_and_business_halts_are_no_such_act(annotator: Annotator, text: str) -> None:
    ev = main_event_of(annotator, text)
    assert ev is None or ev.event not in ("PROTEST", "RETREAT"), (text, ev)


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        (
            "The lawyer of a jailed blogger said his client had been beaten and threatened by "
            "investigators to make him confess to smuggling.",
            "ASSAULT",
            "beat",
        ),
        (
            "Readers found only an error page. Access to the site had been blocked on the orders "
            "of the information ministry, the editors said.",
            "COERCE",
            None,
        ),
        (
            "Friends of the union organiser held a vigil in La Ceiba. He had been shot dead on "
            "his way home, the council said.",
            "ASSAULT",
            "firearms",
        ),
        (
            "Lawyers for the poet said they would appeal. A court had found him guilty of "
            "insulting the president and sentenced him to six years, the rights group said.",
            "SANCTION",
            "convict",
        ),
    ],
)
def test_custody_orders_and_the_victim_named_before(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


def test_a_gang_feud_victim_named_before_stays_a_crime(annotator: Annotator) -> None:
    text = (
        "Prosecutors said the teenager was the latest victim of a feud between drug gangs. "
        "He was shot dead in a car park."
    )
    assert main_event_of(annotator, text) is None


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        (
            "Security forces were rushed to the foothills on Monday. Armed men from two "
            "neighbouring villages exchanged gunfire for several hours, police said.",
            "ASSAULT",
            None,
        ),
        (
            "More than 200 pupils in Zamfara were taken into the bush, state officials said.",
            "ASSAULT",
            "abduct",
        ),
        (
            "Nurses' unions in Colombo called in sick en masse over unpaid arrears.",
            "PROTEST",
            "strike",
        ),
        (
            "Prosecutors at the International Criminal Court have opened an investigation into "
            "alleged crimes in the country since 2017.",
            "ACCUSE",
            "investigate",
        ),
    ],
)
def test_attacks_after_their_sequel_abductions_sick_outs_and_world_courts(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    assert_coded(annotator, text, event, mode)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Protesters marched on parliament on Monday. Police fired tear gas at them.", "PROTEST"),
        ("She called in sick on Monday.", None),
        ("Hikers were taken into the forest by their guides.", None),
    ],
)
def test_a_protest_met_by_force_and_everyday_look_alikes(
    annotator: Annotator, text: str, event: str | None
) -> None:
    ev = main_event_of(annotator, text)
    assert (ev.event if ev else None) == event, (text, ev)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "A bridge on the highway had been damaged by an explosive device, the minister said.",
            "ASSAULT",
        ),
        ("A drone damaged a power station near Kharkiv overnight.", "ASSAULT"),
        (
            "Two members of a land-defence committee were pulled from their boat near Tela and "
            "hacked to death, their organisation said.",
            "ASSAULT",
        ),
        ("The roof of the school was damaged by the storm.", None),
    ],
)
def test_damage_done_by_weapons_and_killings_of_committee_members(
    annotator: Annotator, text: str, event: str | None
) -> None:
    ev = main_event_of(annotator, text)
    assert (ev.event if ev else None) == event, (text, ev)


def test_a_silent_walk_that_presses_for_prosecutions_is_a_protest(annotator: Annotator) -> None:
    text = (
        "Traffic in the city came to a halt again. Students had walked in silence along the "
        "river in memory of the dead, and to press for prosecutions."
    )
    assert_coded(annotator, text, "PROTEST", "demo")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Commuters on the metro were warned to keep an eye on their phones.", None),
        ("Iran warned Israel of a crushing response.", "THREATEN"),
    ],
)
def test_a_warning_with_no_one_warning_is_no_threat(
    annotator: Annotator, text: str, event: str | None
) -> None:
    ev = main_event_of(annotator, text)
    assert (ev.event if ev else None) == event, (text, ev)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("JNIM fighters attacked an army post near Djibo at dawn.", "BFA"),
        (
            "Suspected ADF rebels kidnapped a dozen farmers near Beni, civil society leaders said.",
            "COD",
        ),
        ("JNIM fighters set up a base in a forest, local officials said.", "MLI"),
    ],
)
def test_armed_groups_of_several_countries_act_where_they_fight(
    annotator: Annotator, text: str, code: str
) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None and code in [a.code for a in ev.actor], (text, ev)


def test_police_force_after_an_outbreak_of_protest_leaves_the_protest_main(
    annotator: Annotator,
) -> None:
    text = "Protests broke out after the election. Police fired tear gas at the crowd."
    assert_coded(annotator, text, "PROTEST", None)
