"""Words of headlines and wire leads (our own sentences): a labour strike told by the bare verb
or by downing tools, handing over a grant or a prison term, blacklisting, throwing out a plan,
a city the recognizer took for a person; and the look-alikes they must not catch (armed forces
that strike a city, a group that hands in its weapons)."""

from __future__ import annotations

import pytest

from event_support import main_event_of
from storyline.annotate.base import Annotator

CODED = [
    ("Tolvan bus drivers strike as fare row deepens", "PROTEST", "strike"),
    ("Junior doctors down tools for a third week in Vantor", "PROTEST", "strike"),
    ("Japan hands Ukraine $200m grant for power repairs", "AID", None),
    ("Court hands opposition blogger 3-year term for 'insulting the state'", "SANCTION", "convict"),
    ("Court hands down 15-year sentence to former mayor", "SANCTION", "convict"),
    ("Washington blacklists Nicaraguan gold traders", "SANCTION", "discontinue"),
    ("Dorvik parliament throws out mediators' peace plan", "REJECT", None),
    ("Taliban flog 9 in Kandahar sports ground", "ASSAULT", "beat"),
    # a one-word city the model tags as a person keeps the country the gazetteer gives it
    ("Russian forces strike Kharkiv overnight", "ASSAULT", None),
]

NOT_CODED = [
    # weapons handed in are no aid
    "The deal sets a timetable for the rebel group to hand in its weapons.",
]


@pytest.mark.parametrize(("text", "event", "mode"), CODED)
def test_headline_words_are_coded(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    found = main_event_of(annotator, text)
    assert found is not None and (found.event, found.mode) == (event, mode)


@pytest.mark.parametrize("text", NOT_CODED)
def test_look_alikes_are_not_coded(annotator: Annotator, text: str) -> None:
    found = main_event_of(annotator, text)
    assert found is None or found.event != "AID"


def test_armed_forces_that_strike_do_not_go_on_strike(annotator: Annotator) -> None:
    found = main_event_of(annotator, "Russian forces strike Kharkiv overnight")
    assert found is not None and found.mode != "strike"


def test_a_city_taken_for_a_person_keeps_its_country(annotator: Annotator) -> None:
    found = main_event_of(annotator, "Russian forces shelled Kharkiv overnight.")
    assert found is not None
    assert [a.code for a in found.actor] == ["RUS"]
    assert [r.code for r in found.recipient] == ["UKR"]


def test_a_last_name_stays_a_person(annotator: Annotator) -> None:
    text = "Police arrested Amani Sydney in Nairobi on Monday. Sydney was later charged."
    found = main_event_of(annotator, text)
    assert found is not None and found.event == "COERCE"
    assert all(r.code != "AUS" for r in found.recipient)


def test_a_headline_ending_in_a_hyphened_word_is_its_own_sentence(annotator: Annotator) -> None:
    """ "drive-by" ends the headline: its "by" leaves nothing open, so the lead's gunmen do not
    become the object of a preposition and the shot activist no rioter."""
    text = (
        "Student leader shot dead in Tolvan drive-by\n"
        "Gunmen in a passing car opened fire on the young man as he left a bakery, police said."
    )
    found = main_event_of(annotator, text)
    assert found is not None and found.event == "ASSAULT"


def test_a_headline_passive_with_its_source_keeps_the_victim(annotator: Annotator) -> None:
    text = "Tolvan: student activist picked up by plainclothes men, family says."
    found = main_event_of(annotator, text)
    assert found is not None and found.event in ("COERCE", "ASSAULT")
    assert [r.entity_text for r in found.recipient] == ["student activist"]
    assert [a.entity_text for a in found.actor] == ["plainclothes men"]


def test_a_capital_the_recognizer_missed_names_its_government(annotator: Annotator) -> None:
    """ "urged Colombo to free the men": relatives ask a government, no private matter."""
    text = "Relatives of 31 fishermen urged Colombo on Monday to free the men."
    found = main_event_of(annotator, text)
    assert found is not None and found.event == "REQUEST"
    assert [(r.code, r.sector) for r in found.recipient] == [("LKA", "GOV")]


@pytest.mark.parametrize(
    "text",
    [
        "Lufthansa pilots walkout grounds flights at Munich",
        "Ports idle in Antwerp as national strike bites",
    ],
)
def test_an_event_noun_before_a_headline_verb_read_as_a_noun(
    annotator: Annotator, text: str
) -> None:
    # the tagger reads "grounds"/"bites" as plural nouns; the event named before them is coded
    ev = main_event_of(annotator, text)
    assert ev is not None and (ev.event, ev.mode) == ("PROTEST", "strike"), (text, ev)


def test_a_plural_noun_after_an_event_word_is_no_verb_without_its_form(
    annotator: Annotator,
) -> None:
    assert main_event_of(annotator, "Strike grounds near the old quarry were fenced off") is None


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen storm hamlet near the border at dawn",
        "Militants stormed a hotel in the port city on Friday.",
    ],
)
def test_storming_a_hamlet_or_a_hotel_is_an_attack(annotator: Annotator, text: str) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None and ev.event == "ASSAULT", (text, ev)


def test_an_agency_named_by_an_acronym_that_is_a_word_acts(annotator: Annotator) -> None:
    # "ICE" is read as the noun "ice": an acronym names a body, never the weather
    ev = main_event_of(annotator, "ICE detains Jordanian student organiser at campus housing")
    assert ev is not None and ev.event == "COERCE", ev
    assert any(a.code == "USA" for a in ev.actor), ev


@pytest.mark.parametrize(
    "text",
    [
        "Curfew slapped on Imphal valley districts after overnight unrest",
        "Curfew clamped on Kokrajhar after night of arson",
    ],
)
def test_a_curfew_slapped_or_clamped_on_a_place_is_a_curfew(
    annotator: Annotator, text: str
) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None and (ev.event, ev.mode) == ("COERCE", "curfew"), (text, ev)


def test_a_state_body_the_recognizer_missed_keeps_its_sector(annotator: Annotator) -> None:
    # "Roskomnadzor" gets no entity label: the organisation list still says it is a state body
    ev = main_event_of(annotator, "Roskomnadzor blocks access to two more independent news sites")
    assert ev is not None and (ev.event, ev.mode) == ("COERCE", "censor"), ev
    assert [(a.code, a.sector) for a in ev.actor] == [("RUS", "GOV")], ev
