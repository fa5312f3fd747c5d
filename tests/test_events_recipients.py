"""Whom an event is aimed at, and who acts when the text leaves it to the reader.

Covers the implied target of a protest (the authorities of the country where it happens), the
target of a threat (who must meet its condition), the host of a visit (the state travelled to),
the accused of a complaint (not its addressee), weapons that are never the party acted on, and
agentless passive acts of state ("arrested in Iran": that state's government acted).
"""

from __future__ import annotations

import pytest

from event_support import main_event_of
from storyline.annotate.base import Annotator
from storyline.events import code_events
from storyline.records import AnnotatedArticle, Article, Event, EventEntity, stable_id


def _main(annotator: Annotator, text: str) -> Event:
    ev = main_event_of(annotator, text)
    assert ev is not None, text
    return ev


def _codes(parties: tuple[EventEntity, ...]) -> set[str | None]:
    return {p.code for p in parties}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Dock workers in Chile went on strike over pension cuts.", "CHL"),
        ("Thousands of Indonesian students marched on Monday.", "IDN"),
    ],
)
def test_protest_without_a_stated_target_is_aimed_at_its_countrys_government(
    annotator: Annotator, text: str, country: str
) -> None:
    ev = _main(annotator, text)
    assert ev.event == "PROTEST"
    assert [(p.code, p.sector) for p in ev.recipient] == [(country, "GOV")]
    assert all(p.start is None for p in ev.recipient)  # inferred, not read in the text


def test_protest_with_a_stated_target_keeps_it(annotator: Annotator) -> None:
    ev = _main(annotator, "Farmers in Kenya protested against the Ugandan embassy.")
    assert ev.event == "PROTEST"
    assert "UGA" in _codes(ev.recipient)
    assert "KEN" not in _codes(ev.recipient)


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The rebels threatened to resume fighting unless Colombia freed their leaders.", "COL"),
        ("Moscow threatened to leave the talks if Japan deployed the new missiles.", "JPN"),
    ],
)
def test_threat_is_aimed_at_the_party_who_must_meet_its_condition(
    annotator: Annotator, text: str, recipient: str
) -> None:
    ev = _main(annotator, text)
    assert ev.event == "THREATEN"
    assert recipient in _codes(ev.recipient)


def test_visit_is_received_by_the_state_travelled_to(annotator: Annotator) -> None:
    ev = _main(annotator, "The Kenyan president arrived in Kampala on a two-day visit.")
    assert ev.event == "CONSULT"
    assert _codes(ev.actor) == {"KEN"}
    assert _codes(ev.recipient) == {"UGA"}


@pytest.mark.parametrize(
    ("text", "accused", "addressee"),
    [
        (
            "Greece complained to the European Union over Turkish incursions into its airspace.",
            "TUR",
            "European Union",
        ),
        ("Peru complained to the United Nations about Chile's naval exercises.", "CHL", "United"),
    ],
)
def test_complaint_accuses_the_party_it_is_about_not_its_addressee(
    annotator: Annotator, text: str, accused: str, addressee: str
) -> None:
    ev = _main(annotator, text)
    assert ev.event == "ACCUSE"
    assert accused in _codes(ev.recipient)
    assert not any(addressee in p.entity_text for p in ev.recipient)


def test_weapon_fired_is_not_the_party_attacked(annotator: Annotator) -> None:
    ev = _main(annotator, "Government forces fired rockets at Kurdish rebel camps.")
    assert ev.event == "ASSAULT"
    assert ev.recipient and all("rocket" not in p.entity_text for p in ev.recipient)
    assert {p.sector for p in ev.recipient} == {"REB"}


@pytest.mark.parametrize(
    ("text", "state", "held"),
    [
        ("Two British nationals were arrested in Iran last week.", "IRN", "GBR"),
        ("Three opposition activists were arrested in Caracas on Monday.", "VEN", "VEN"),
        (
            "A French national has been placed under investigation in Spain over the riots.",
            "ESP",
            "FRA",
        ),
    ],
)
def test_agentless_passive_act_of_state_is_done_by_the_state_where_it_happened(
    annotator: Annotator, text: str, state: str, held: str
) -> None:
    ev = _main(annotator, text)
    assert [(p.code, p.sector) for p in ev.actor] == [(state, "GOV")]
    assert held in _codes(ev.recipient)


def test_passive_act_with_a_stated_agent_keeps_it(annotator: Annotator) -> None:
    ev = _main(annotator, "Two British nationals were arrested in Iran by Revolutionary Guards.")
    assert ev.event == "COERCE"
    assert ev.actor and all(p.entity_text != "Iran" for p in ev.actor)


def test_attack_in_a_country_gets_no_unstated_state_actor(annotator: Annotator) -> None:
    ev = _main(annotator, "Two aid workers were kidnapped in Somalia on Monday.")
    assert ev.event == "ASSAULT"
    assert not any(p.sector == "GOV" for p in ev.actor)


def test_people_of_a_place_are_not_its_government(annotator: Annotator) -> None:
    ev = _main(annotator, "The Kurds of northern Iraq are demanding autonomy from Iraqi officials.")
    assert ev.event == "REQUEST"
    assert [(p.code, p.sector) for p in ev.actor] == [("IRQ", None)]
    assert ("IRQ", "GOV") in {(p.code, p.sector) for p in ev.recipient}


@pytest.mark.parametrize(
    ("text", "event", "recipient"),
    [
        (
            "The Arab League repeated its demand on Sunday that Iran free the sailors.",
            "REQUEST",
            "IRN",
        ),
        (
            "Oxfam renewed its accusation today that Sudan had obstructed relief work.",
            "ACCUSE",
            "SDN",
        ),
    ],
)
def test_content_clause_of_a_nominal_act_names_whom_it_is_aimed_at(
    annotator: Annotator, text: str, event: str, recipient: str
) -> None:
    ev = _main(annotator, text)
    assert ev.event == event
    assert recipient in _codes(ev.recipient)


def test_what_a_demand_asks_for_is_not_an_event_of_its_own(annotator: Annotator) -> None:
    text = "The Arab League repeated its demand on Sunday that Iran free the sailors."
    events = code_events(_annotated(annotator, text))
    assert [e.event for e in events] == ["REQUEST"]


def _annotated(annotator: Annotator, text: str) -> AnnotatedArticle:
    key = stable_id(text)
    article = Article(key, key, None, None, None, None, "en", (), text, key)
    return next(iter(annotator.annotate_many([article])))


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Turkey rejected a peace plan drawn up by Greek diplomats.", "GRC"),
        ("The rebels rejected an offer made by the Colombian government.", "COL"),
    ],
)
def test_maker_of_what_is_rejected_is_the_recipient(
    annotator: Annotator, text: str, recipient: str
) -> None:
    ev = _main(annotator, text)
    assert ev.event == "REJECT"
    assert recipient in _codes(ev.recipient)


def test_victims_take_the_country_of_the_place_named_in_a_time_clause(
    annotator: Annotator,
) -> None:
    text = "Two Palestinian gunmen killed 12 people on Friday when they opened fire in Jerusalem."
    ev = _main(annotator, text)
    assert ev.event == "ASSAULT"
    assert _codes(ev.actor) == {"PSE"}
    assert ("ISR", "CVL") in {(p.code, p.sector) for p in ev.recipient}


def test_stance_named_by_a_passive_form_is_held_by_its_subject(annotator: Annotator) -> None:
    ev = _main(annotator, "Greece is opposed to Turkish membership of the bloc, officials said.")
    assert ev.event == "REJECT"
    assert _codes(ev.actor) == {"GRC"}
    assert "TUR" in _codes(ev.recipient)


def test_threat_is_aimed_at_the_object_of_the_act_threatened(annotator: Annotator) -> None:
    text = "Iran threatened to bomb Iraqi ports after a raid where, it said, 40 people died."
    ev = _main(annotator, text)
    assert ev.event == "THREATEN"
    assert "IRQ" in _codes(ev.recipient)


def test_troops_a_state_refuses_to_send_are_its_own(annotator: Annotator) -> None:
    ev = _main(annotator, "Egypt has refused to station its soldiers in Somalia.")
    assert ev.event == "REJECT"
    assert _codes(ev.recipient) == {"SOM"}


def test_international_body_is_not_of_the_country_it_works_in(annotator: Annotator) -> None:
    ev = _main(annotator, "Swedish doctors handed over medicine to the Red Cross in Basra, Iraq.")
    assert ev.event == "AID"
    assert [(p.code, p.sector) for p in ev.recipient] == [(None, "NGO")]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Two hundred Nigerian peacekeepers were withdrawn from Liberia on Monday.", "NGA", "LBR"),
        ("Thousands of rebel fighters have been demobilized in Angola.", "AGO", None),
    ],
)
def test_armed_force_withdrawn_with_no_agent_named_is_the_actor(
    annotator: Annotator, text: str, actor: str, recipient: str | None
) -> None:
    ev = _main(annotator, text)
    assert ev.event in ("SANCTION", "RETREAT")
    assert actor in _codes(ev.actor)
    assert recipient is None or recipient in _codes(ev.recipient)


def test_captive_soldiers_freed_are_not_the_actor(annotator: Annotator) -> None:
    ev = _main(annotator, "Two captured Israeli soldiers were freed on Monday.")
    assert ev.event == "RETREAT"
    assert not ev.actor
    assert _codes(ev.recipient) == {"ISR"}


def test_weapon_of_an_agentless_attack_stands_for_its_operator(annotator: Annotator) -> None:
    ev = _main(annotator, "A newspaper columnist was killed in a roadside bomb explosion in Mosul.")
    assert ev.event == "ASSAULT"
    assert [(p.code, p.sector) for p in ev.actor] == [("IRQ", "UAF")]
    assert [(p.code, p.sector) for p in ev.recipient] == [("IRQ", "JRN")]


def test_unresolved_possessive_gives_way_to_the_clause_subject(annotator: Annotator) -> None:
    text = "Kurdish prisoners in Turkey continued their hunger strike on Monday."
    ev = _main(annotator, text)
    assert ev.event == "PROTEST"
    assert [p.entity_text for p in ev.actor] == ["Kurdish prisoners"]


def test_people_a_place_serves_are_the_party_attacked(annotator: Annotator) -> None:
    text = "A shelter for Somali refugees was attacked by armed men, killing 20 people."
    ev = _main(annotator, text)
    assert ev.event == "ASSAULT"
    assert ("SOM", "REF") in {(p.code, p.sector) for p in ev.recipient}


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Government troops fired mortars and rockets against Kurdish rebel bases.", "REB"),
        ("Norway signed a treaty with and opened a consulate in Mongolia.", "GOV"),
    ],
)
def test_recipient_is_found_through_coordinated_objects_and_shared_verbs(
    annotator: Annotator, text: str, recipient: str
) -> None:
    ev = _main(annotator, text)
    assert recipient in {p.sector for p in ev.recipient}


def test_coordinated_clause_of_its_own_lends_no_recipient(annotator: Annotator) -> None:
    text = "Chile has refused to send troops to Haiti and has urged its citizens to leave."
    ev = _main(annotator, text)
    assert ev.event == "REJECT"
    assert _codes(ev.recipient) == {"HTI"}


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Egyptian police arrested dozens of students on Monday.", "EGY"),
        ("Iranian police arrested two British nationals on Monday.", "GBR"),
    ],
)
def test_state_coercion_falls_on_its_own_people_unless_stated_otherwise(
    annotator: Annotator, text: str, recipient: str
) -> None:
    ev = _main(annotator, text)
    assert ev.event == "COERCE"
    assert _codes(ev.recipient) == {recipient}


def test_two_word_nationality_names_its_country(annotator: Annotator) -> None:
    ev = _main(annotator, "Police in Guinea beat dozens of Sierra Leonean and Liberian migrants.")
    assert ev.event == "ASSAULT"
    assert {"SLE", "LBR"} <= _codes(ev.recipient)


def test_a_complaint_made_to_a_body_accuses_the_party_it_is_about(annotator: Annotator) -> None:
    ev = _main(annotator, "Chile protested to the United Nations about Peru's naval exercises.")
    assert ev.event == "ACCUSE" and ev.mode == "disapprove"
    assert _codes(ev.actor) == {"CHL"}
    assert _codes(ev.recipient) == {"PER"}


def test_a_street_is_no_party_and_its_place_no_recipient(annotator: Annotator) -> None:
    text = "Thousands of people blocked streets in Bangkok in defiance of the Chinese embassy."
    ev = _main(annotator, text)
    assert ev.event == "PROTEST"
    assert not any(r.entity_text == "streets" for r in ev.recipient)
    assert "CHN" in _codes(ev.recipient)


def test_a_pronoun_for_the_actor_is_not_also_the_recipient(annotator: Annotator) -> None:
    text = (
        "The Labour Party accused the government of hiding the deficit. "
        "The finance minister denied it on Monday."
    )
    annotated = _annotated(annotator, text)
    denial = next(e for e in code_events(annotated) if e.event == "REJECT")
    actor_spans = {(a.start, a.end) for a in denial.actor}
    assert not any((r.start, r.end) in actor_spans for r in denial.recipient)
