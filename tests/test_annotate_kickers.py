"""Feed lines opened by a kicker (storyline.annotate.kickers and the readings after it), on
lines written for these tests: a place, time or flag before a colon or dash is a sentence of its
own, its places count, and the news after it is read as a sentence of its own."""

from __future__ import annotations

import pytest

from event_support import annotate_text, main_event_of
from storyline.annotate.actors import sector_of
from storyline.annotate.base import Annotator
from storyline.annotate.headlines import _base, _past


@pytest.mark.parametrize(
    ("text", "kicker"),
    [
        ("Tolvan, 09:40 — gunmen open fire on a bus near the depot", "Tolvan, 09:40 —"),
        ("BREAKING: riot police clear the square in front of the assembly", "BREAKING:"),
        ("Local sources: fighters seen moving towards the river crossing", "Local sources:"),
        ("#Gao: roadside bomb hits a supply convoy", "#Gao:"),
        ("[Kherson] drones hit a bus stop on the river embankment", "[Kherson]"),
        ("Reports of mortar fire on the camp at Gorom, two dead", "Reports of"),
    ],
)
def test_a_kicker_is_a_sentence_of_its_own(annotator: Annotator, text: str, kicker: str) -> None:
    art = annotate_text(annotator, text)
    assert art.sentences[0].text.strip() == kicker
    assert art.sentences[1].text.strip() == text[len(kicker) :].strip()


@pytest.mark.parametrize(
    "text",
    [
        "He warned: the army will not withdraw before the vote.",  # a verb before the colon
        "VANTOR — Troops shelled a rebel camp outside the city on Monday.",  # a wire dateline
        "Police — who had waited all night — moved in at dawn.",  # an aside
        "Results: two seats",  # too little after the colon
        "[Kestrel Aviation] to press the ministry for a new tender, the memo said.",  # an insertion
    ],
)
def test_no_kicker_is_split_off(annotator: Annotator, text: str) -> None:
    art = annotate_text(annotator, text)
    assert not any(s.text.rstrip().endswith((":", "—")) for s in art.sentences)


def test_a_long_paragraph_after_a_colon_is_prose(annotator: Annotator) -> None:
    text = "Hearing record: " + " ".join(["The committee heard the minister."] * 20)
    art = annotate_text(annotator, text)
    assert not art.sentences[0].text.rstrip().endswith(":")


def test_a_semicolon_after_a_kicker_starts_the_next_item(annotator: Annotator) -> None:
    text = (
        "Timeline, May 2003: police in Lisbon arrest the former ruler on a foreign warrant; "
        "a long court fight over his health follows June 2004: he is sent home"
    )
    art = annotate_text(annotator, text)
    assert art.sentences[1].text.rstrip().endswith("warrant;")
    event = main_event_of(annotator, text)
    assert event is not None and (event.event, event.mode) == ("COERCE", "arrest")


def test_the_place_of_a_kicker_and_of_a_place_tag_count(annotator: Annotator) -> None:
    art = annotate_text(annotator, "Gao: gunmen torch a market, two dead. #Mali")
    places = {m.text: m.country for m in art.mentions if m.label == "GPE"}
    assert places == {"Gao": "MLI", "Mali": "MLI"}
    art = annotate_text(annotator, "Settlers torch two cars outside a village. #WestBank")
    assert [(m.text, m.country) for m in art.mentions if m.label == "GPE"] == [("WestBank", "PSE")]
    event = main_event_of(annotator, "Gao: roadside bomb hits a supply convoy, three soldiers dead")
    assert event is not None and event.event == "ASSAULT"
    assert [a.code for a in event.actor] == ["MLI"]


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        # the news after a kicker, opened by a lower-case word the model misreads
        (
            "Kano: mob sets upon a preacher accused of insulting the faith, beating him badly",
            "ASSAULT",
            "beat",
        ),
        ("Gao: gang kidnaps four teachers from a school", "ASSAULT", "abduct"),
        # a participle after its subject, as a feed writes an ongoing act
        ("Junta artillery pounding villages around Hakha for a second day", "ASSAULT", None),
        ("Dakar — youths barricading roads with burning tyres after the verdict", "PROTEST", None),
        # a noun whose modifier names the weapon: an act on its own
        ("Mortar fire on the northern outskirts of Kharkiv since dawn", "ASSAULT", "heavy-weapons"),
        # a verbless news line before a short aftermath
        ("Russian artillery shells Nikopol suburbs, fires break out", "ASSAULT", None),
        # a news noun the model hung as an adverbial on a later verb
        ("Mexico City — silent march along Reforma by families of the missing", "PROTEST", "demo"),
        # a strike from the air is an armed force's act, though the line names no one
        ("Reports of drone strike on a cattle market, herders among the dead", "ASSAULT", "drone"),
    ],
)
def test_a_feed_line_is_coded(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    found = main_event_of(annotator, text)
    assert found is not None and found.event == event
    assert mode is None or found.mode == mode


def test_the_words_of_a_kicker_are_cues_for_its_news(annotator: Annotator) -> None:
    assert main_event_of(annotator, "Football derby: Kenya and Uganda clash in Kampala") is None


def test_feed_abbreviations_have_sectors() -> None:
    assert sector_of("govt") == "GOV"
    assert sector_of("Gen-Z marchers") == "CVL"  # not a general ("Gen.")
    assert sector_of("cops") == "COP"


@pytest.mark.parametrize(
    ("word", "base", "past"),
    [
        ("pounding", "pound", "pounded"),
        ("lobbing", "lob", "lobbed"),
        ("raping", "rape", "raped"),
        ("battling", "battle", "battled"),
        ("shelling", "shell", "shelled"),
        ("targets", "target", "targeted"),
    ],
)
def test_the_verb_of_a_feed_participle(word: str, base: str, past: str) -> None:
    assert _base(word) == base
    assert _past(word) == past
