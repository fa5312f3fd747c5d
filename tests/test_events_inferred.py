"""Parties the sentence implies, misparsed subjects and spelling slips (our own sentences).

Covers: parties of a material event placed where it happens; protesters belonging to the
government they protest against; the place of a verb's object; the armed subject of a verb that
a combat noun qualifies; the doer of a prepositional gerund; the subject of a sentence the parser
rooted on a noun; a deployment arriving somewhere; NGO-type bodies; peoples of one country;
country and person names with a typing slip or another spelling of an Arabic article.
"""

from __future__ import annotations

import pytest

from event_support import main_event_of
from storyline.annotate.actors import country_of, known_person, misspelt_country, sector_of
from storyline.annotate.base import Annotator
from storyline.annotate.lexicons import one_edit_apart
from storyline.events import code_events
from storyline.records import Article, Event, EventEntity, stable_id


def _main(annotator: Annotator, text: str, event: str) -> Event:
    ev = main_event_of(annotator, text)
    assert ev is not None, text
    assert ev.event == event, (text, ev.event)
    return ev


def _codes(parties: tuple[EventEntity, ...]) -> set[str | None]:
    return {p.code for p in parties}


@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        # the object's place: where the act happens
        ("Thousands of people blocked roads in Bangkok to demand new elections.", "PROTEST", "THA"),
        ("The military council declared martial law in Mali on Sunday.", "COERCE", "MLI"),
        # protesters with no place stated belong to the government they protest against
        (
            "Islamist students staged a hunger strike against Egyptian President Hosni Mubarak.",
            "PROTEST",
            "EGY",
        ),
    ],
)
def test_parties_with_no_nationality_belong_where_the_event_happens(
    annotator: Annotator, text: str, event: str, actor: str
) -> None:
    assert actor in _codes(_main(annotator, text, event).actor)


def test_a_material_events_recipient_takes_the_stated_place(annotator: Annotator) -> None:
    ev = _main(
        annotator, "Soldiers clashed with guerrillas near a village in Western Sudan.", "ASSAULT"
    )
    assert _codes(ev.recipient) == {"SDN"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Burmese troops overran a rebel camp after four days of fighting, officials said.", "MMR"),
        ("Ethiopian forces recaptured the town after heavy fighting with rebels.", "ETH"),
    ],
)
def test_combat_nouns_take_the_armed_subject_of_their_verb(
    annotator: Annotator, text: str, actor: str
) -> None:
    ev = _main(annotator, text, "ASSAULT")
    assert actor in _codes(ev.actor)


def test_combat_nouns_do_not_take_an_unarmed_subject(annotator: Annotator) -> None:
    ev = _main(annotator, "Residents fled their homes after fierce fighting in Mosul.", "ASSAULT")
    assert not any(a.sector == "CVL" for a in ev.actor)


def test_the_subject_of_a_prepositional_gerund_protests(annotator: Annotator) -> None:
    text = "Kurdish students resorted to throwing stones during protests against the arrests."
    ev = _main(annotator, text, "PROTEST")
    assert [a.entity_text for a in ev.actor] == ["Kurdish students"]


def test_the_reason_for_an_arrest_names_no_recipient(annotator: Annotator) -> None:
    ev = _main(
        annotator, "Two activists were jailed for organising protests against the king.", "COERCE"
    )
    assert [a.entity_text for a in ev.recipient] == ["Two activists"]
    assert sector_of("activists") == "CVL"


@pytest.mark.parametrize(
    ("text", "event", "actor", "sector"),
    [
        (
            "Doctors from two French aid groups donated and delivered food to a school in Mosul.",
            "AID",
            "FRA",
            "MED",
        ),
        (
            "An official Iranian newspaper called Monday on Muslims to unite against the plan.",
            "REQUEST",
            "IRN",
            "JRN",
        ),
    ],
)
def test_a_sentence_rooted_on_a_noun_keeps_its_subject(
    annotator: Annotator, text: str, event: str, actor: str, sector: str
) -> None:
    ev = _main(annotator, text, event)
    assert (actor, sector) in {(a.code, a.sector) for a in ev.actor}


def test_a_deployment_arriving_in_a_country_aids_it(annotator: Annotator) -> None:
    text = "The first deployment of Dutch peacekeeping troops has arrived in Lebanon, he said."
    ev = _main(annotator, text, "AID")
    assert _codes(ev.actor) == {"NLD"}
    assert _codes(ev.recipient) == {"LBN"}


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("the Pan-African Lawyers Association", "NGO"),
        ("the Global Climate Forum", "NGO"),
        ("a civil society coalition", "NGO"),
        ("the Russian Federation", None),
    ],
)
def test_associations_and_forums_are_ngos(text: str, sector: str | None) -> None:
    assert sector_of(text) == sector


def test_members_of_an_association_take_its_sector(annotator: Annotator) -> None:
    text = (
        "Members of the Pan-African Lawyers Association investigated the jailing of 500 Sudanese."
    )
    ev = _main(annotator, text, "ACCUSE")
    assert [(a.code, a.sector) for a in ev.actor] == [(None, "NGO")]


@pytest.mark.parametrize(
    ("word", "code"),
    [("Yoruba", "NGA"), ("Igbo", "NGA"), ("Zulus", "ZAF"), ("Chechens", "RUS"), ("Tamil", None)],
)
def test_peoples_of_one_country_resolve_to_it(word: str, code: str | None) -> None:
    assert country_of(word) == code


def test_a_pronoun_finds_a_group_named_by_its_of_phrase(annotator: Annotator) -> None:
    text = "A group of Zulu chiefs announced on Monday that they are willing to back the president."
    ev = main_event_of(annotator, text)
    assert ev is not None and "ZAF" in _codes(ev.actor)


@pytest.mark.parametrize(
    ("a", "b", "close"),
    [
        ("venezuala", "venezuela", True),
        ("mitterand", "mitterrand", True),
        ("abdc", "abcd", True),
        ("same", "same", False),
        ("austria", "australia", False),
    ],
)
def test_one_edit_apart(a: str, b: str, close: bool) -> None:
    assert one_edit_apart(a, b) is close
    assert one_edit_apart(b, a) is close


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Venezuala", "VEN"),
        ("Argentna", "ARG"),
        ("Sweeden", "SWE"),
        ("Austrlia", None),  # one slip from Austria and from Australia: no guess
        ("Canada", None),  # a correct name is not a slip
        ("Iraan", None),  # short names are not guessed
    ],
)
def test_misspelt_country_names(word: str, code: str | None) -> None:
    assert misspelt_country(word) == code


def test_a_misspelt_country_acts_as_the_country(annotator: Annotator) -> None:
    ev = _main(annotator, "Argentna has agreed to reopen its border to aid workers.", "AGREE")
    assert _codes(ev.actor) == {"ARG"}


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Omar El Bashir", "SDN"),  # another spelling of the article
        ("Omar Hassan al-Bashir", "SDN"),  # a middle name
        ("Francois Mitterand", "FRA"),  # one letter dropped
        ("Francois Smith", None),
    ],
)
def test_known_people_despite_spelling(name: str, code: str | None) -> None:
    known = known_person(name)
    assert (known.code if known else None) == code


def test_the_subject_of_a_clause_asked_for_is_the_recipient(annotator: Annotator) -> None:
    text = "Britain is pushing hard for Germany to back its plan to cut debt."
    ev = _main(annotator, text, "REQUEST")
    assert _codes(ev.actor) == {"GBR"}
    assert _codes(ev.recipient) == {"DEU"}


def test_a_package_of_sanctions_is_imposed_by_the_light_verbs_subject(annotator: Annotator) -> None:
    text = "The European Union on Monday imposed a new package of sanctions on Belarus."
    ev = _main(annotator, text, "SANCTION")
    assert [(a.code, a.sector) for a in ev.actor] == [(None, "IGO")]
    assert _codes(ev.recipient) == {"BLR"}


def test_a_barrage_of_rockets_is_no_recipient(annotator: Annotator) -> None:
    ev = _main(annotator, "Rebels fired a barrage of rockets at the city.", "ASSAULT")
    assert not any("barrage" in r.entity_text for r in ev.recipient)


def test_agentless_arrests_in_a_one_country_report_are_its_governments(
    annotator: Annotator,
) -> None:
    text = (
        "Bolivia's opposition says the count was rigged. Bolivian ministers reject the claim. "
        "Hundreds of protesters were detained on Sunday, rights groups said."
    )
    arrests = [e for e in _events(annotator, text) if e.event == "COERCE"]
    assert len(arrests) == 1
    (state,) = arrests[0].actor
    assert (state.code, state.sector, state.start) == ("BOL", "GOV", None)  # inferred: no span


def test_no_state_is_inferred_when_the_sentence_names_another_country(
    annotator: Annotator,
) -> None:
    text = (
        "Bolivia's opposition says the count was rigged. Bolivian ministers reject the claim. "
        "Two Bolivian students were detained in Chile on Sunday, their families said."
    )
    arrests = [e for e in _events(annotator, text) if e.event == "COERCE"]
    assert arrests and all(a.code != "BOL" for e in arrests for a in e.actor)


def _events(annotator: Annotator, text: str) -> list[Event]:
    key = stable_id(text)
    article = Article(key, key, None, None, None, None, "en", (), text, key)
    return code_events(next(iter(annotator.annotate_many([article]))))
