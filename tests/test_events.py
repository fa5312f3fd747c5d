"""The plover-rules.v1 coder on sentences written for these tests, and on the reference seed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from storyline.annotate.base import Annotator
from storyline.errors import ConfigError
from storyline.events import code_events, load_coder
from storyline.records import AnnotatedArticle, Article, Event, PubDate, stable_id
from storyline.settings import Settings

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_0822fe45ffbfb1e6.txt"


def annotate(annotator: Annotator, text: str, published: PubDate | None = None) -> AnnotatedArticle:
    key = stable_id(text)
    article = Article(key, key, None, None, None, published, "en", (), text, key)
    return next(iter(annotator.annotate_many([article])))


def events_of(annotator: Annotator, text: str) -> list[Event]:
    return code_events(annotate(annotator, text))


def find(events: list[Event], event: str, mode: str | None = None) -> Event:
    found = [e for e in events if e.event == event and (mode is None or e.mode == mode)]
    assert found, f"no {event}/{mode} in {[(e.event, e.mode) for e in events]}"
    return found[0]


def codes(entities: tuple[object, ...]) -> set[str | None]:
    return {getattr(e, "code", None) for e in entities}


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        ("The government released 45 political prisoners on Friday.", "RETREAT", "release"),
        ("Police arrested 20 opposition activists in the capital.", "COERCE", "arrest"),
        ("Thousands of students protested against the new law.", "PROTEST", "demo"),
        ("France accused Russia of spreading disinformation.", "ACCUSE", "allege"),
        ("The opposition demanded the resignation of the interior minister.", "REQUEST", "change"),
        ("The president rejected the proposal from the union leaders.", "REJECT", None),
        ("North Korea threatened to attack South Korea.", "THREATEN", "violence"),
        ("The European Union imposed sanctions on Iran.", "SANCTION", "discontinue"),
        ("Russian troops shelled the city of Kharkiv.", "ASSAULT", "heavy-weapons"),
        ("Turkey deployed 500 soldiers to the border.", "MOBILIZE", "troops"),
        ("Japan and India held talks in Tokyo.", "CONSULT", None),
        ("Brazil and Argentina agreed on a new trade pact.", "AGREE", None),
        ("Germany sent humanitarian aid to Ukraine.", "AID", None),
        ("The United States praised the Kenyan government.", "SUPPORT", None),
        ("Colombia cooperated with Ecuador on border security.", "COOPERATE", None),
        ("The government lifted the curfew in the capital.", "CONCEDE", None),
    ],
)
def test_each_main_category_is_coded(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    ev = find(events_of(annotator, text), event)
    assert ev.mode == mode
    assert ev.coder == "plover-rules.v1"


def test_actor_and_recipient_countries(annotator: Annotator) -> None:
    ev = find(events_of(annotator, "France accused Russia of spreading disinformation."), "ACCUSE")
    assert codes(ev.actor) == {"FRA"}
    assert codes(ev.recipient) == {"RUS"}


def test_passive_voice_takes_the_agent_as_actor(annotator: Annotator) -> None:
    text = "15 journalists were arrested by the security forces."
    ev = find(events_of(annotator, text), "COERCE", "arrest")
    assert [a.entity_text for a in ev.actor] == ["security forces"]
    assert [r.entity_text for r in ev.recipient] == ["15 journalists"]
    assert ev.size is not None and ev.size.kind == "arrested" and ev.size.value == 15


@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        ("Security forces carried out arrests of student leaders.", "COERCE", "Security forces"),
        ("Teachers held protests outside the parliament.", "PROTEST", "Teachers"),
        ("Germany imposed sanctions on Belarus.", "SANCTION", "Germany"),
    ],
)
def test_light_verbs_resolve_to_the_noun(
    annotator: Annotator, text: str, event: str, actor: str
) -> None:
    ev = find(events_of(annotator, text), event)
    assert [a.entity_text for a in ev.actor] == [actor]


def test_nominal_trigger_takes_its_of_phrase_as_recipient(annotator: Annotator) -> None:
    text = "The arrest of the opposition leader sparked anger in the capital."
    ev = find(events_of(annotator, text), "COERCE", "arrest")
    assert [r.entity_text for r in ev.recipient] == ["opposition leader"]


@pytest.mark.parametrize(
    ("text", "event", "flag"),
    [
        ("The government did not release the prisoners.", "RETREAT", "negated"),
        ("The government refused to release the detained activists.", "RETREAT", "negated"),
        ("Teachers will protest against the reform next week.", "PROTEST", "future"),
        ("The army is going to deploy troops near the border.", "MOBILIZE", "future"),
        ("The military could arrest opposition leaders.", "COERCE", "hypothetical"),
        ("If talks fail, the rebels might attack government positions.", "ASSAULT", "hypothetical"),
    ],
)
def test_modality_flags(annotator: Annotator, text: str, event: str, flag: str) -> None:
    ev = find(events_of(annotator, text), event)
    flags = {"negated": ev.negated, "future": ev.future, "hypothetical": ev.hypothetical}
    assert flags.pop(flag) is True
    assert not any(flags.values())


def test_refusal_is_also_a_reject_event(annotator: Annotator) -> None:
    events = events_of(annotator, "The government refused to release the detained activists.")
    assert find(events, "REJECT").mode == "yield"


def test_future_meeting_is_agree_as_the_manual_says(annotator: Annotator) -> None:
    ev = find(events_of(annotator, "The Chinese president will meet Vladimir Putin."), "AGREE")
    assert ev.future


def test_compound_actors_become_a_list(annotator: Annotator) -> None:
    text = "The United States and France condemned the attack on the embassy."
    ev = find(events_of(annotator, text), "ACCUSE", "disapprove")
    assert codes(ev.actor) == {"USA", "FRA"}


def test_reported_speech_codes_the_inner_event_with_its_reporter(annotator: Annotator) -> None:
    text = "Human rights groups said that police arrested dozens of students in the capital."
    ev = find(events_of(annotator, text), "COERCE", "arrest")
    assert [a.entity_text for a in ev.actor] == ["police"]
    assert [r.entity_text for r in ev.reported_by] == ["Human rights groups"]
    assert any(e.field == "reported_by" for e in ev.evidence)


def test_an_accusing_reporter_is_itself_an_accuse_event(annotator: Annotator) -> None:
    text = "Chile alleged that Bolivia is detaining Chilean truck drivers at the border."
    events = events_of(annotator, text)
    accuse = find(events, "ACCUSE", "allege")
    assert codes(accuse.actor) == {"CHL"}
    assert codes(accuse.recipient) == {"BOL"}
    inner = find(events, "COERCE", "arrest")
    assert codes(inner.actor) == {"BOL"}
    assert codes(inner.reported_by) == {"CHL"}


@pytest.mark.parametrize(
    "text",
    [
        "The striker attacked the defence twice in the second half of the match.",
        "A man was arrested for shoplifting at a supermarket on Sunday.",
        "The earthquake killed 30 people in the mountain villages.",
        "The company released a new smartphone for its customers.",
        "The coach met the players before the championship final.",
        "Two drivers were injured when a lorry overturned on the motorway at dawn.",
        "The hurricane forced thousands of residents to leave their homes on the coast.",
        "A burglar stole jewellery from a flat in the city centre, police said.",
        "The goalkeeper was sent off and the visitors held on to win the league title.",
        "Firefighters rescued a family after a gas explosion destroyed their kitchen.",
        "The bank robbers were sentenced to six years in prison on Tuesday.",
        "A man was arrested in Madrid for stealing a car, police said on Tuesday.",
        "Police arrested two teenagers after a shop robbery in Leeds on Friday night.",
        "Spanish police detained a suspected thief at the airport in Barcelona.",
        "Officers in Ohio charged a driver with speeding through a school zone.",
    ],
)
def test_non_political_sentences_yield_nothing(annotator: Annotator, text: str) -> None:
    assert events_of(annotator, text) == []


def test_police_arresting_protesters_stays_political_near_a_sport_word(
    annotator: Annotator,
) -> None:
    found = events_of(
        annotator, "Police arrested 40 protesters outside parliament after the football match."
    )
    assert [e.event for e in found] == ["COERCE"]


def test_evidence_spans_match_the_text(annotator: Annotator) -> None:
    text = (
        "Police detained 14 protesters in Minsk on Saturday, a rights group said. "
        "The European Union condemned the detentions."
    )
    doc = annotate(annotator, text)
    events = code_events(doc)
    assert events
    for ev in events:
        assert any(e.field == "trigger" for e in ev.evidence)
        for e in ev.evidence:
            assert text[e.start : e.end] == e.text
            sent = doc.sentences[e.sentence]
            assert sent.start <= e.start and e.end <= sent.end


def test_ids_are_deterministic_and_unique(annotator: Annotator) -> None:
    text = "The army freed 12 hostages. Later, 30 prisoners were released by the government."
    first = events_of(annotator, text)
    second = events_of(annotator, text)
    assert [e.id for e in first] == [e.id for e in second]
    assert len({e.id for e in first}) == len(first)
    assert first == second


def test_restatements_merge_and_distinct_sizes_stay_apart(annotator: Annotator) -> None:
    text = (
        "The government released 50 prisoners on Monday. "
        "The release of the 50 prisoners followed talks with the opposition. "
        "Separately, 30 other detainees were freed by the government. "
        "In all, more than 40 prisoners were released this week, officials said."
    )
    releases = [e for e in events_of(annotator, text) if e.event == "RETREAT"]
    sizes = sorted(e.size.value for e in releases if e.size and e.size.value is not None)
    assert sizes == [30, 50]
    fifty = next(e for e in releases if e.size and e.size.value == 50)
    assert len([e for e in fifty.evidence if e.field == "trigger"]) == 3


def test_date_falls_back_to_the_publication_date(annotator: Annotator) -> None:
    doc = annotate(
        annotator, "Police arrested 20 opposition activists.", PubDate("2024-08-10", "day")
    )
    ev = find(code_events(doc), "COERCE", "arrest")
    assert (ev.date, ev.date_precision) == ("2024-08-10", "day")


def test_load_coder_rejects_unknown_coders() -> None:
    assert load_coder(Settings()).name == "plover-rules.v1"
    with pytest.raises(ConfigError, match=r"available: plover-rules\.v1"):
        load_coder(Settings(coder="nope"))


# --------------------------------------------------------------------------- reference seed


def seed_events(annotator: Annotator) -> list[Event]:
    if not SEED.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"reference seed missing: {SEED}")
        pytest.skip(f"reference seed not available at {SEED}")
    text = SEED.read_text(encoding="utf-8").rstrip()
    lines = text.split("\n")
    if lines[-1].startswith("Original Source:"):
        text = "\n".join(lines[:-1])
    return code_events(annotate(annotator, text))


@pytest.fixture(scope="module")
def seed(annotator: Annotator) -> list[Event]:
    return seed_events(annotator)


def test_seed_release_of_103_is_one_event_with_several_spans(seed: list[Event]) -> None:
    releases = [
        e
        for e in seed
        if e.event == "RETREAT" and e.mode == "release" and e.size and e.size.value == 103
    ]
    assert len(releases) == 1
    ev = releases[0]
    assert "VEN" in codes(ev.actor)
    assert ev.size is not None and ev.size.kind == "released"
    assert len([e for e in ev.evidence if e.field == "trigger"]) >= 2


def test_seed_other_release_stays_separate(seed: list[Event]) -> None:
    sizes = {e.size.value for e in seed if e.event == "RETREAT" and e.size}
    assert {103, 225} <= sizes


def test_seed_has_arrests_and_protests(seed: list[Event]) -> None:
    find(seed, "COERCE", "arrest")
    find(seed, "PROTEST")


def test_seed_accusations_by_gonzalez_and_argentine_officials(seed: list[Event]) -> None:
    accuse = [e for e in seed if e.event == "ACCUSE"]
    by_text = {a.entity_text: a for e in accuse for a in e.actor}
    assert by_text["Gonzalez"].code == "VEN"
    assert by_text["Argentine officials"].code == "ARG"


# ---------------------------------------------------------------- arguments beyond the subject


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # a pronoun takes the party of the clause that governs it
        ("Peru said it had expelled two Chilean diplomats.", "SANCTION", "PER", "CHL"),
        ("The Kenyan rebels said they would free the two Ugandan hostages.", "AGREE", "KEN", None),
        # the recipient of a demand is the subject of its content clause
        ("Poland demanded that Belarus reopen the border crossing.", "REQUEST", "POL", "BLR"),
        # ... or the owner of the offer that is refused
        ("Ghana rejected a Nigerian offer of mediation.", "REJECT", "GHA", "NGA"),
        # ... or a party inside a prepositional phrase of the clause
        ("Canada lodged a formal protest with Denmark over the fishing dispute.", "ACCUSE", "CAN",
         "DNK"),
        # leaders of a country's government borrow its country
        ("Leaders of the Chadian opposition demanded new elections.", "REQUEST", "TCD", None),
        # a head of state named without a country word
        ("Vladimir Putin threatened to cut gas supplies to Moldova.", "THREATEN", "RUS", "MDA"),
    ],
)  # fmt: skip
def test_parties_found_through_pronouns_clauses_and_phrases(
    annotator: Annotator, text: str, event: str, actor: str, recipient: str | None
) -> None:
    ev = find(events_of(annotator, text), event)
    assert actor in codes(ev.actor)
    if recipient is not None:
        assert recipient in codes(ev.recipient)


def test_coordinated_demonyms_give_one_actor_each(annotator: Annotator) -> None:
    ev = find(events_of(annotator, "Greek and Turkish officials agreed to reopen talks."), "AGREE")
    assert {"GRC", "TUR"} <= codes(ev.actor)


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        # someone says another party must act: a demand
        ("The foreign minister of Spain said Morocco must return the detainees.", "REQUEST", None),
        # a stated conditional threat
        ("Lithuania said it would close its embassy unless Russia released the sailors.",
         "THREATEN", None),
        # reported "would" is the future: an announced boycott is a threat
        ("The opposition party said it would boycott the parliament.", "THREATEN", "restrict"),
        # a willing promise is an agreement
        ("Japan is willing to send food and medicine to the flood victims.", "AGREE", None),
        # a refused agreement is a rejection
        ("Serbia will not accept the new border proposal from Kosovo.", "REJECT", None),
        # a ban on aid is a sanction; destroying property is an assault (PLOVER manual: ASSAULT
        # by its weapon, "destroy" when none is stated), a raid or confiscation coercion
        ("The United States banned all military aid to the junta.", "SANCTION", "discontinue"),
        ("Rebels blew up a bridge and two power lines near the border.", "ASSAULT", "explosives"),
        ("Militiamen attacked a warehouse on the edge of town.", "ASSAULT", "destroy"),
        ("Italy cancelled a planned visit by the Iranian president.", "SANCTION", "discontinue"),
    ],
)  # fmt: skip
def test_modality_and_object_decide_the_category(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    ev = find(events_of(annotator, text), event)
    if mode is not None:
        assert ev.mode == mode


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The United Nations urged Myanmar to free the jailed journalists.", "02"),
        ("The opposition demanded the release of the jailed journalists.", "10"),
    ],
)
def test_an_appeal_and_a_demand_keep_their_cameo_roots(
    annotator: Annotator, text: str, root: str
) -> None:
    ev = find(events_of(annotator, text), "REQUEST")
    assert ev.cameo is not None and ev.cameo.startswith(root)


def test_a_later_release_inherits_the_releasing_state(annotator: Annotator) -> None:
    text = (
        "The Nicaraguan government released 40 political prisoners on Monday. "
        "Officials said the judges met again on Tuesday. "
        "The release of 12 more detainees followed on Wednesday."
    )
    events = events_of(annotator, text)
    twelve = [e for e in events if e.size is not None and e.size.value == 12]
    assert twelve and codes(twelve[0].actor) == {"NIC"}


def test_a_protest_without_a_place_takes_the_article_country(annotator: Annotator) -> None:
    text = (
        "Bolivia's congress passed the new mining law on Monday. "
        "Critics in Bolivia said the law favours foreign companies. "
        "The vote sparked angry protests, and unions called a strike."
    )
    ev = find(events_of(annotator, text), "PROTEST")
    assert ev.event_loc is not None and ev.event_loc.country == "BOL"
