"""The second reading of verbless headlines (storyline.annotate.headlines), on lines written for
these tests: a Title Case headline, a headline verb the model reads as a noun, a headline run
into its lead with a dash; and what must stay as the model read it."""

from __future__ import annotations

import pytest

from event_support import annotate_text, main_event_of
from storyline.annotate.base import Annotator
from storyline.annotate.headlines import all_caps, title_case
from storyline.events import code_events
from storyline.events.select import has_headline, main_event
from storyline.records import AnnotatedArticle, Token


def token(art: AnnotatedArticle, text: str) -> Token:
    return next(t for t in art.tokens if t.text == text)


@pytest.mark.parametrize(
    ("text", "verb", "subject", "lemma"),
    [
        # Title Case: the model reads the whole line as one proper name
        (
            "Herders Blockade Bridge Near Tolvan With Carts\nHerders parked carts.",
            "Blockade",
            "Herders",
            "blockade",
        ),
        # a bare headline verb after a plural subject, read as a compound noun
        ("Rebel drones swarm Port Miral overnight", "swarm", "drones", "swarm"),
        # a verb in -s after a singular subject
        ("Pack of drones targets Tolvan district", "targets", "Pack", "target"),
        # a closing attribution is not the headline's verb
        (
            "Riot police blast pellets at mourners in Tolvan, monitors say",
            "blast",
            "police",
            "blast",
        ),
        # "talks resume": the word in -s is the subject, the bare word the verb
        ("Border truce talks resume in Vantor", "resume", "talks", "resume"),
        # the verb the model left without a subject, in an irregular past for the reading
        (
            "Roadside bomb tears through police van in Dorvik; four officers dead",
            "tears",
            "bomb",
            "tear",
        ),
        # a subject after a plural modifier is the verb ("Looters strip" read as a strip)
        ("Rioters torch depots in Vantor after vendor dies in raid", "torch", "Rioters", "torch"),
        # a word in -s before a noun: "strike hits crowd", not "hits crowded"
        ("Army drone strike hits crowd at a wedding in Tolvan", "hits", "strike", "hit"),
    ],
)
def test_a_headline_without_a_main_verb_is_read_again_with_its_verb(
    annotator: Annotator, text: str, verb: str, subject: str, lemma: str
) -> None:
    art = annotate_text(annotator, text)
    v, s = token(art, verb), token(art, subject)
    assert v.pos == "VERB" and v.lemma == lemma
    assert s.head == v.i and s.dep == "nsubj"
    assert v.text == verb and v.end - v.start == len(verb)  # the words themselves never change


@pytest.mark.parametrize(
    "text",
    [
        "Police station attack",  # a compound noun ending the line, not "police stationed"
        "President Amadou Keralo Dansa",  # a name in Title Case stays a name
        "Markets in Vantor",  # nothing between a subject and an object
    ],
)
def test_a_headline_without_a_verb_reading_keeps_the_model_parse(
    annotator: Annotator, text: str
) -> None:
    art = annotate_text(annotator, text)
    assert not any(t.pos == "VERB" for t in art.tokens)


def test_a_title_case_name_is_not_lower_cased_for_its_entity(annotator: Annotator) -> None:
    art = annotate_text(annotator, "President Amadou Keralo Dansa")
    assert any(m.label == "PERSON" and "Dansa" in m.text for m in art.mentions)


def test_a_title_case_headline_run_into_its_lead_with_a_dash_is_its_own_sentence(
    annotator: Annotator,
) -> None:
    text = (
        "Gunmen Snatch Twelve Traders From Market in Tolvan — Armed men seized the traders "
        "at dawn and drove them into the hills, police said."
    )
    art = annotate_text(annotator, text)
    assert art.sentences[0].text.rstrip().endswith("—")
    assert art.sentences[1].text.startswith("Armed men")
    assert has_headline(art)
    assert token(art, "Snatch").pos == "VERB"


def test_a_dateline_dash_is_no_headline(annotator: Annotator) -> None:
    art = annotate_text(
        annotator, "VANTOR — Troops shelled a rebel camp outside the city on Monday."
    )
    assert not has_headline(art)


@pytest.mark.parametrize(
    ("line", "titled"),
    [
        ("Farmers Barricade Highway Near Tolvan With Tractors", True),
        ("Farmers barricade a highway near Tolvan with tractors", False),
        ("VANTOR POLICE SEAL BORDER CROSSING", False),  # all caps is no Title Case
        ("Troops Enter Town", False),  # too few longer words to tell
    ],
)
def test_title_case_needs_most_longer_words_capitalised(line: str, titled: bool) -> None:
    assert title_case(line.split()) is titled


@pytest.mark.parametrize(
    ("line", "capitals"),
    [
        ("VANTOR POLICE SEAL BORDER CROSSING", True),
        ("UN envoy meets IDP leaders in Tolvan", False),  # acronyms in a plain line
        ("TROOPS IN TOWN", False),  # too few longer words to tell
    ],
)
def test_all_caps_needs_most_longer_words_in_capitals(line: str, capitals: bool) -> None:
    assert all_caps(line.split()) is capitals


def test_an_opening_participle_stays_a_modifier(annotator: Annotator) -> None:
    """ "Renewed" opening a line is no subject: the fighting it modifies is the event."""
    text = "Renewed fighting in Tolvan's northern districts between army and rebels; toll unclear"
    found = main_event_of(annotator, text)
    assert found is not None and found.event == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        ("Growers Barricade Motorway Near Tolvan With Tractors", "PROTEST", "obstruct"),
        (
            "Dravia: supporters of jailed opposition leader ransack ruling party offices",
            "PROTEST",
            "riot",
        ),
        # present-tense headlines whose verb the model left without a subject
        (
            "Junta warplanes flatten clinic in Dorvik; 14 patients among the dead",
            "ASSAULT",
            "aerial",
        ),
        ("Rebel artillery pounds Vantor's river districts; three dead", "ASSAULT", "heavy-weapons"),
        ("Gunmen seize twelve engineers at dam site in Tolvan", "ASSAULT", "abduct"),
        # an all-caps headline is read again in sentence case ("Malian jets bomb ...")
        ("MALIAN JETS BOMB REBEL CAMP NEAR KIDAL", "ASSAULT", "aerial"),
        # an opening acronym the model took for a bare verb is the subject
        ("IED rips through patrol convoy near Tolvan", "ASSAULT", "explosives"),
        # a capital before a word in -s that the model made the subject: "Nairobi *lifts* ban"
        ("Nairobi lifts ban on opposition rallies", "CONCEDE", None),
    ],
)
def test_a_repaired_headline_is_coded(
    annotator: Annotator, text: str, event: str, mode: str
) -> None:
    found = main_event_of(annotator, text)
    assert found is not None and (found.event, found.mode) == (event, mode)


def test_a_past_form_after_a_noun_is_left_for_the_coder(annotator: Annotator) -> None:
    """ "Terminal" between "container" and "downed" is no verb: the -ed form after a noun is
    the predicate the model misread, which the coder reads itself."""
    art = annotate_text(annotator, "Porters at the grain terminal downed tools over unpaid wages.")
    assert token(art, "terminal").pos != "VERB"
    found = main_event(code_events(art), art)
    assert found is not None and (found.event, found.mode) == ("PROTEST", "strike")


def test_a_headline_semicolon_starts_a_sentence(annotator: Annotator) -> None:
    art = annotate_text(annotator, "Militia shells market in Dorvik; nine dead, officials say")
    assert [s.text.split()[0] for s in art.sentences] == ["Militia", "nine"]
    # running text keeps its semicolons inside the sentence
    prose = annotate_text(annotator, "Militiamen shelled a market in Dorvik; nine people died.")
    assert len(prose.sentences) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Two guards killed after raid on depot in Tolvan",  # a passive stays a passive
        "Vantor suburbs burn for a third night",  # a plural subject before a bare verb
    ],
)
def test_a_headline_with_its_verb_keeps_it(annotator: Annotator, text: str) -> None:
    first = text.split()[2] if text.startswith("Vantor") else "killed"
    art = annotate_text(annotator, text)
    verb = token(art, first)
    assert verb.pos == "VERB"
    assert not any(t.pos == "VERB" and t.text in ("suburbs", "guards") for t in art.tokens)


def test_the_lead_after_a_headline_keeps_its_first_word(annotator: Annotator) -> None:
    # the parser made "Police" a sentence of its own after the headline's line break
    text = (
        "Water cannon used on marchers in Vantor\n"
        "Police used tear gas and water cannon on Friday to disperse hundreds of nurses "
        "marching towards the ministry in Vantor."
    )
    art = annotate_text(annotator, text)
    assert [s.text.split()[0] for s in art.sentences] == ["Water", "Police"]
    ev = main_event_of(annotator, text)
    assert ev is not None and (ev.event, ev.mode) == ("ASSAULT", "crowd-control"), ev
