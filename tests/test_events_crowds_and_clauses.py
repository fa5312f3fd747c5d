"""How the coder reads crowds, hyphenated news words, clauses and parties (our own sentences):
a crowd's stoning is a riot, "lathi-charged" and "sit-in" are one word each, a clause before a
semicolon is a main clause, a speaker's comment ("..., police said, accusing ...") is not the
news, armed groups are never an accident, and animals, weather and family quarrels are no
political party."""

from __future__ import annotations

import pytest

from event_support import main_event_of
from storyline.annotate.base import Annotator

CODED = [
    # hyphenated words the tokenizer splits
    ("Police lathi-charged striking sweepers outside the collectorate in Bareilly.", "ASSAULT"),
    ("Jobless graduates were lathi-charged by police near the assembly in Jaipur.", "ASSAULT"),
    ("Hostel students staged a sit-in at the registrar's office in Guwahati.", "PROTEST"),
    # a crowd of civilians damaging property: a riot
    ("Angry villagers pelted stones at the power substation in Sitapur.", "PROTEST"),
    ("Mill hands ransacked the company's offices in Faisalabad over unpaid bonuses.", "PROTEST"),
    # nouns of a strike held by the verb's subject
    ("Bakers in four Tunisian cities kept their ovens cold on Monday in a strike.", "PROTEST"),
    ("Dock workers walked off the job at Mombasa port over a new shift pattern.", "PROTEST"),
    ("The stir by junior doctors in Pune entered its fifth day on Saturday.", "PROTEST"),
    ("Protesters gathered outside the electoral office in Lusaka, demanding a recount.", "PROTEST"),
    # police tools and courts
    ("Police used water cannon to scatter farmers marching on the capital in Brussels.", "ASSAULT"),
    ("A court in Minsk remanded a blogger in custody for two months.", "COERCE"),
    ("Nepal declared a state of emergency in three districts after the unrest.", "COERCE"),
    # armed groups are never an accident, whatever else the sentence says
    ("Al-Shabaab fighters stormed a police post near Mandera before dawn.", "ASSAULT"),
    ("An IED blast hit an army truck in Kupwara, which then plunged into a gorge.", "ASSAULT"),
    # aid, resolutions and swaps
    ("The Red Cross began distributing blankets to families displaced by the floods.", "AID"),
    ("The UN General Assembly adopted a resolution backing the truce in Sudan.", "SUPPORT"),
    ("Armenia and Azerbaijan swapped 32 prisoners of war on the border on Tuesday.", "RETREAT"),
    # the tagger's adjective is still the participle; a verb's particle after its object
    ("RANCHI — Para teachers demanding permanent jobs were lathi-charged on Friday.", "ASSAULT"),
    ("Angry youths set a forest checkpost ablaze near Gadchiroli on Sunday.", "PROTEST"),
    ("Supporters of the jailed leader stormed the district secretariat in Mardan.", "PROTEST"),
    # a dateline the parser made the subject or the root: the real subject acts
    ("MARSABIT, Kenya — Hundreds of herders blocked the highway with logs on Monday.", "PROTEST"),
    ("BIJAPUR — Armed men torched three trucks at a road project site on Thursday.", "ASSAULT"),
    (
        "SYLHET — Tea workers of five gardens began an indefinite hunger strike on Monday.",
        "PROTEST",
    ),
    (
        "Two journalists were picked up by plainclothes officers from their homes in Dhaka.",
        "COERCE",
    ),
    # wire idioms (surround, lay siege, pour into, stop work, hauled in, inked, hit out)
    (
        "Lucknow: Hundreds of farmers surrounded the tehsil office, seeking compensation.",
        "PROTEST",
    ),
    ("Workers laid siege to the mill owner's residence in Howrah for five hours.", "PROTEST"),
    ("Protesters poured into the streets of Harare against the wage freeze.", "PROTEST"),
    ("Tea estate workers stopped work across Badulla on Monday over unpaid wages.", "PROTEST"),
    ("Police took a labour activist from his flat in Guangzhou, his sister said.", "COERCE"),
    ("State security agents hauled in three bloggers in Hanoi on Friday.", "COERCE"),
    ("Nepal extended the suspension of mobile data services in two districts.", "COERCE"),
    ("Protesters were doused with water cannon outside the parliament in Yerevan.", "ASSAULT"),
    ("A journalist was hacked with machetes by unidentified men in Sylhet.", "ASSAULT"),
    ("Jihadists raided the town of Djibo on Friday, firing on an army post.", "ASSAULT"),
    ("Egypt and Saudi Arabia inked a deal on power links on Monday.", "SUPPORT"),
    ("Beijing hit out at Canberra on Friday over its new foreign-interference law.", "ACCUSE"),
    (
        "Police in Hong Kong issued arrest warrants for five activists living abroad.",
        "THREATEN",
    ),
    (
        "Traders in Lahore have complained about power cuts for months. "
        "On Monday hundreds of them blocked Mall Road with their carts.",
        "PROTEST",
    ),
    # passive conjuncts, datelines made subjects, counted crowds, manner phrases
    # a participle joined to a passive is passive too
    ("A trader was set upon and beaten to death by a mob near Rajshahi.", "ASSAULT"),
    # past a dateline the parser made the subject
    ("NAIROBI — Angry protesters poured into the city centre against the new levy.", "PROTEST"),
    ("TBILISI — Students were doused with water cannon outside the parliament.", "ASSAULT"),
    ("QUETTA — Armed men stopped a passenger coach and shot four travellers dead.", "ASSAULT"),
    # a crowd counted, not named
    ("On Monday several hundred of them blocked the ring road with their buckets.", "PROTEST"),
    # an envoy summoned over a killing: the summons is the news
    ("Nepal summoned India's high commissioner over the killing of two porters.", "ACCUSE"),
    # the act, not the raid it was part of
    ("Gunmen abducted 30 farmers in a night raid on a village in Zamfara.", "ASSAULT"),
    # local protest words, police verbs, visits, appeals, clauses of time
    ("Opposition members walked out of the National Assembly in Lusaka on Friday.", "PROTEST"),
    ("Visiting Kenyan President called on the Ethiopian prime minister on Monday.", "CONSULT"),
    (
        "Hundreds of depositors gathered outside the bank regulator's office in Henan.",
        "PROTEST",
    ),
    ("Police whisked away the opposition leader from a hotel in Arusha at dawn.", "COERCE"),
    ("Police attached the house of a wanted militant commander in Sopore.", "COERCE"),
    ("Several hundred party workers courted arrest outside the assembly in Patna.", "PROTEST"),
    ("Congress workers took out a padyatra from Mysuru on Sunday against the scam.", "PROTEST"),
    (
        "Shops stayed shut in Gweru as residents heeded a stayaway called by civic groups.",
        "PROTEST",
    ),
    ("Teachers in Masvingo began a work-to-rule over unpaid allowances.", "PROTEST"),
    ("Police cane-charged blind protesters on the Mall in Lahore on Thursday.", "ASSAULT"),
    ("Armed men blocked the highway near Zhob and shot nine travellers dead.", "ASSAULT"),
    (
        "Families of the missing blocked the ring road with bonfires on Saturday night.",
        "PROTEST",
    ),
    (
        "Truck drivers parked their rigs across the N1 near Beaufort West, closing the route.",
        "PROTEST",
    ),
    (
        "Sri Lanka recalled its envoy from Male on Sunday, a day after a mob attacked its "
        "embassy there.",
        "SANCTION",
    ),
    ("Nepal appealed to donor countries for tents and food after the floods.", "REQUEST"),
    # more ways of telling it
    (
        "Gunmen kidnapped 40 worshippers, most of them women, in a night raid on a "
        "village in Katsina, residents said on Monday.",
        "ASSAULT",
    ),
    ("Clerks took out a mashaal juloos to the civil secretariat in Srinagar.", "PROTEST"),
    ("Students raised slogans against the vice-chancellor outside the hostel.", "PROTEST"),
    ("Pupils took over two of the city's largest schools in Valparaiso on Monday.", "PROTEST"),
    ("Members of the community sat on the railway tracks near Purulia for a day.", "PROTEST"),
    (
        "Police whisked away the chairman of the opposition party from a hotel in Mbeya.",
        "COERCE",
    ),
    # aggregator-feed wording
    (
        "Six soldiers were killed when their truck hit a roadside bomb in Gao, officials "
        "said, blaming jihadists.",
        "ASSAULT",
    ),
    ("Gunmen shot dead a council candidate at a campaign rally in Michoacan.", "ASSAULT"),
    (
        "Party workers fought running battles with police on the expressway near Lahore.",
        "PROTEST",
    ),
    ("Teachers across Malawi stayed away from classrooms for a second week.", "PROTEST"),
    ("Traders in Peshawar pulled down their shutters against the new tax.", "PROTEST"),
    ("Kenya and Ethiopia signed five memoranda of understanding on Friday.", "SUPPORT"),
    ("The union announced a strike from Monday if the government does not act.", "THREATEN"),
    ("The United States withheld $80 million in military aid to Egypt.", "SANCTION"),
    ("Riot police turned water cannon on opposition supporters outside parliament.", "ASSAULT"),
    (
        "Thousands of young Ugandans poured into central Kampala against the new levy.",
        "PROTEST",
    ),
]


@pytest.mark.parametrize(("text", "event"), CODED)
def test_news_wording_is_coded(annotator: Annotator, text: str, event: str) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None and ev.event == event, (text, ev)


def test_a_lathi_charge_is_a_police_beating_of_the_protesters(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator, "Jobless graduates were lathi-charged by police near the assembly in Jaipur."
    )
    assert ev is not None and (ev.event, ev.mode) == ("ASSAULT", "beat")
    assert any(a.sector == "COP" for a in ev.actor)
    assert not any("graduates" in a.entity_text for a in ev.actor)


def test_a_crowd_stoning_property_is_a_riot(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator, "Angry villagers pelted stones at the power substation in Sitapur."
    )
    assert ev is not None and (ev.event, ev.mode) == ("PROTEST", "riot")


def test_gunmen_burning_houses_are_no_riot(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator, "Armed miscreants torched a dozen houses in a village in Manipur."
    )
    assert ev is not None and ev.event == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        # a clause before a semicolon holds the news, the blame after it is comment
        "Gunmen ambushed a police patrol near Tumaco, killing three officers; "
        "the governor blamed a dissident rebel faction.",
        # the speaker's participle comments on what was reported
        "Police in Harare have detained 200 opposition members since the rally, "
        "party officials said, accusing the government of a crackdown.",
    ],
)
def test_the_reported_act_is_main_not_the_comment(annotator: Annotator, text: str) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None and ev.event in ("ASSAULT", "COERCE"), ev


@pytest.mark.parametrize(
    "text",
    [
        "A herd of elephants raided maize fields in Kasungu overnight, farmers said.",
        "Swarms of locusts invaded pasture in northern Somalia this week.",
        "A 41-year-old man stabbed his wife in Kisumu after a quarrel, police said.",
        "Lightning strikes killed seven people in Odisha, and the state relief commissioner "
        "urged people to stay indoors.",
        "A gas cylinder explosion at a noodle shop in Harbin killed six people, state media said.",
        "Motorists who saw the crash on the M6 are asked to contact the police.",
        "The union called off its strike on Sunday night.",
    ],
)
def test_look_alikes_stay_out(annotator: Annotator, text: str) -> None:
    ev = main_event_of(annotator, text)
    assert ev is None or ev.event not in ("ASSAULT", "COERCE", "REQUEST", "PROTEST"), (text, ev)


def test_a_call_off_dated_by_a_day_is_no_call_on_it(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "The union called off its strike on Sunday night.")
    assert ev is None or ev.event != "REQUEST"


def test_one_man_smashing_a_window_is_no_riot(annotator: Annotator) -> None:
    assert main_event_of(annotator, "A youth smashed a car window in Kisumu.") is None


def test_police_arresting_people_at_a_rally_is_no_riot(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "Belarusian police detained 150 people at rallies in Minsk.")
    assert ev is not None and (ev.event, ev.mode) == ("COERCE", "arrest")


def test_a_later_mention_does_not_lift_an_event_over_the_lead(annotator: Annotator) -> None:
    text = (
        "Police fired tear gas at teachers trying to march to the assembly in Accra on Tuesday. "
        "The union had called the march to press for arrears."
    )
    ev = main_event_of(annotator, text)
    assert ev is not None and ev.event == "ASSAULT", ev


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        (
            "Members of the municipal union toyi-toyied outside the civic centre in Polokwane.",
            "PROTEST",
            "demo",
        ),
        ("Authorities cut off internet services across Tigray as fighting spread.", "COERCE", None),
        ("Police booked 120 farmers for blocking the national highway in Karnal.", "ACCUSE", None),
        (
            "Shops remained shut across Anantnag in response to a shutdown call given by traders.",
            "PROTEST",
            "strike",
        ),
        (
            "Masked men went on the rampage in a college hostel in Aligarh, beating students.",
            "ASSAULT",
            None,
        ),
        ("A shrine was vandalised by unidentified people in Kushtia overnight.", "ASSAULT", None),
        ("Dozens of youths clashed with police in Sopore after the funeral.", "PROTEST", "riot"),
        (
            "Police in Lahore detained 60 members of a religious party, the party alleged.",
            "COERCE",
            "arrest",
        ),
    ],
)
def test_more_news_wording(annotator: Annotator, text: str, event: str, mode: str | None) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None and ev.event == event, (text, ev)
    assert mode is None or ev.mode == mode, (text, ev.mode)


@pytest.mark.parametrize(
    "text",
    [
        "Demand from Asian markets stayed weak in March, traders said.",
        "Brazil and Argentina will clash in the final on Sunday.",
    ],
)
def test_markets_and_matches_code_nothing(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The forwards ran riot as Ghana beat Sudan 4-0 in Kumasi.",
        "The festival turned the old city into a riot of colour.",
        "Australia's pace attack ripped through the top order before lunch.",
        "Jamshedpur: The steel maker restarted its blast furnace after a 90-day shutdown.",
    ],
)
def test_sport_and_idioms_code_nothing(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None


def test_a_dateline_is_never_a_party(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator, "QUETTA — Armed men stopped a passenger coach and shot four travellers dead."
    )
    assert ev is not None
    assert all("QUETTA" not in a.entity_text for a in ev.actor + ev.recipient)


@pytest.mark.parametrize(
    "text",
    [
        "Doctors blamed contaminated wells for the cholera cases in Kasese.",
        "Twelve passengers were rescued after the ferry capsized near Mwanza.",
        "The weather office urged residents of low-lying areas to move to higher ground.",
        "More than 100 people sought medical treatment after the rainstorm in Kowloon.",
        "Customs officers seized 3 kg of heroin from a passenger at Entebbe airport.",
    ],
)
def test_blame_rescue_advice_and_seizures_code_nothing(annotator: Annotator, text: str) -> None:
    ev = main_event_of(annotator, text)
    assert ev is None, (text, ev)


def test_a_headline_police_charge_on_protesters_is_by_the_police(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "Jobless nurses lathi-charged near the assembly in Bhopal")
    assert ev is not None and (ev.event, ev.mode) == ("ASSAULT", "beat")
    assert not any("nurses" in a.entity_text for a in ev.actor)


def test_a_mine_collapse_codes_nothing(annotator: Annotator) -> None:
    assert (
        main_event_of(annotator, "Eleven miners died when a gold mine collapsed in Kenieba.")
        is None
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of nurses walked from the stadium to the health ministry in Lilongwe, "
        "seeking justice for a colleague.",
        "Villagers walked ten kilometres to the district office on Monday, demanding water.",
        "Candle march seeks justice for slain student",
    ],
)
def test_a_crowd_or_a_march_demanding_is_a_protest(annotator: Annotator, text: str) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None and ev.event == "PROTEST", (text, ev)


def test_a_union_statement_demanding_stays_a_request(annotator: Annotator) -> None:
    ev = main_event_of(
        annotator, "The nurses' union said on Monday, demanding a pay rise, that talks had failed."
    )
    assert ev is None or ev.event != "PROTEST"
