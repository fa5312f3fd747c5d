"""Stories stage: near-duplicates, incremental clustering, state persistence, event timelines.

Texts are short fictional reports written for these tests.
"""

from __future__ import annotations

import pytest

from storyline.evaluation.clustering import bcubed, pairwise
from storyline.extract.normalize import minhash
from storyline.records import Event, EventEntity, EventSize, Evidence, StoryReport
from storyline.stories import (
    ClusterParams,
    NearDuplicateIndex,
    StoryClusterer,
    StoryDoc,
    StoryIndex,
    merge_events,
)

WIRE = (
    "Flood waters rose across the river valley on Monday, forcing the evacuation of three "
    "villages near Marlow Bridge. Emergency crews from the regional council moved about 400 "
    "residents to a school gym, and the army sent two helicopters to lift families stranded on "
    "rooftops. The council leader Anna Brisk said more rain was expected through Wednesday and "
    "urged people living along the lower banks to leave while the roads were still open."
)
REWRITE = WIRE.replace("on Monday", "early on Monday").replace("about 400", "roughly 400")
OTHER = (
    "The national assembly passed the budget bill late on Thursday after a twelve-hour debate. "
    "Opposition deputies walked out before the vote, saying the spending plan cut pensions and "
    "ignored teachers, while the finance minister called it the most careful budget in a decade."
)


def doc(
    aid: str, title: str, lead: str, ents: tuple[str, ...], date: str | None, years=()
) -> StoryDoc:
    return StoryDoc(aid, "src.example", date, title, lead, ents, years=tuple(years))


FLOOD = [
    doc(
        "f1",
        "Floods force evacuation of Marlow Bridge villages",
        "River waters rose, crews evacuated 400 residents of three villages near Marlow Bridge "
        "as heavy rain fell.",
        ("marlow bridge", "anna brisk"),
        "2024-03-04",
    ),
    doc(
        "f2",
        "Army helicopters lift families from Marlow Bridge rooftops",
        "Helicopters rescued families stranded by flood waters near Marlow Bridge, council "
        "leader Anna Brisk said.",
        ("marlow bridge", "anna brisk"),
        "2024-03-05",
    ),
    doc(
        "f3",
        "Marlow Bridge flood victims return to damaged homes",
        "Residents of the villages near Marlow Bridge returned as the flood waters fell back.",
        ("marlow bridge",),
        "2024-03-09",
    ),
]
BUDGET = [
    doc(
        "b1",
        "Assembly passes budget bill after walkout",
        "Deputies passed the budget bill after opposition deputies walked out over pension cuts.",
        ("national assembly", "karl osten"),
        "2024-03-05",
    ),
    doc(
        "b2",
        "Budget vote: opposition walks out over pension cuts",
        "The assembly approved the budget; the opposition left the chamber in protest at "
        "pension cuts, finance minister Karl Osten said.",
        ("national assembly", "karl osten"),
        "2024-03-06",
    ),
]
MATCH = [
    doc(
        "m1",
        "Harbour City win cup final",
        "Harbour City beat Lakeside 3-1 in the cup final with a late goal from their captain.",
        ("harbour city", "lakeside"),
        "2024-03-05",
    ),
]


def stories_of(assignments) -> dict[str, str]:
    return {a.article_id: a.story_id for a in assignments}


@pytest.mark.parametrize(
    ("text", "expected"),
    [(WIRE, "wire"), (REWRITE, "wire"), (OTHER, None)],
    ids=["exact copy", "light rewrite", "different report"],
)
def test_near_duplicates_link_to_the_canonical_article(text: str, expected: str | None) -> None:
    index = NearDuplicateIndex()
    index.add("wire", minhash(WIRE))
    found = index.find("new", minhash(text))
    assert (found[0] if found else None) == expected
    if found:
        assert 0.5 <= found[1] <= 1.0


def test_a_batch_is_grouped_into_its_stories() -> None:
    clusterer = StoryClusterer()
    placed = stories_of(clusterer.assign([*FLOOD, *BUDGET, *MATCH]))
    gold = {d.article_id: d.article_id[0] for d in [*FLOOD, *BUDGET, *MATCH]}
    assert bcubed(gold, placed)["f1"] == 1.0


def test_a_new_batch_joins_existing_stories_without_reclustering() -> None:
    clusterer = StoryClusterer()
    first = stories_of(clusterer.assign([FLOOD[0], BUDGET[0], MATCH[0]]))
    second = clusterer.assign([FLOOD[1], BUDGET[1], FLOOD[2]])
    assert [a.story_id for a in second] == [first["f1"], first["b1"], first["f1"]]
    assert not any(a.new for a in second)


def test_story_ids_are_deterministic_and_come_from_the_first_article() -> None:
    runs = [stories_of(StoryClusterer().assign([*FLOOD, *BUDGET])) for _ in range(2)]
    assert runs[0] == runs[1]
    assert len(set(runs[0].values())) == 2


def test_the_state_survives_a_round_trip_through_bytes() -> None:
    clusterer = StoryClusterer()
    clusterer.assign([FLOOD[0], BUDGET[0]])
    restored = StoryClusterer(StoryIndex.from_bytes(clusterer.index.to_bytes()))
    assert stories_of(restored.assign([FLOOD[1]])) == stories_of(clusterer.assign([FLOOD[1]]))


@pytest.mark.parametrize(
    ("date", "joins"),
    [("2024-03-01", True), ("2024-03-20", True), ("2026-06-01", False)],
    ids=["late article dated before the story", "a week later", "beyond the window"],
)
def test_out_of_order_articles_join_within_the_window(date: str, joins: bool) -> None:
    clusterer = StoryClusterer(params=ClusterParams(window_days=120, retention_days=150))
    story = clusterer.assign(FLOOD[:2])[0].story_id
    late = doc("late", FLOOD[2].title, FLOOD[2].lead, FLOOD[2].entities, date)
    assert (clusterer.assign([late])[0].story_id == story) is joins


def test_stories_close_after_the_retention_period() -> None:
    clusterer = StoryClusterer(params=ClusterParams(window_days=30, retention_days=40))
    clusterer.assign([FLOOD[0]])
    clusterer.assign([doc("x", "Later news", "Something else entirely.", (), "2024-06-01")])
    assert clusterer.index.closed == 1 and len(clusterer.index.stories) == 1


@pytest.mark.parametrize(("years", "together"), [((2019,), False), ((2024,), True), ((), True)])
def test_a_different_stated_year_keeps_same_kind_events_apart(
    years: tuple[int, ...], together: bool
) -> None:
    first, second = (doc(d.article_id, d.title, d.lead, d.entities, None) for d in FLOOD[:2])
    first = doc("y1", first.title, first.lead, first.entities, None, [2024])
    second = doc("y2", second.title, second.lead, second.entities, None, years)
    placed = stories_of(StoryClusterer().assign([first, second]))
    assert (placed["y1"] == placed["y2"]) is together


# --------------------------------------------------------------------------- timelines
def event(
    eid: str, article: str, size: float | None, date: str = "2024-11-16", kind: str = "RETREAT"
) -> Event:
    return Event(
        id=eid,
        article_id=article,
        event=kind,
        mode="release" if kind == "RETREAT" else None,
        context=(),
        actor=(EventEntity("authorities", "VEN", "GOV"),),
        recipient=(EventEntity("detainees", "VEN", "CVL"),),
        event_loc=None,
        date=date,
        date_precision="day",
        size=EventSize("released", size) if size is not None else None,
        negated=False,
        future=False,
        hypothetical=False,
        reported_by=(),
        evidence=(Evidence("trigger", 0, 0, 8, "released"),),
        confidence=0.9,
        coder="test",
    )


REPORTS = {
    a: StoryReport("s", a, f"{a}.example", "2024-11-17", None, 1.0, "member")
    for a in ("wire", "paper", "radio", "monitor")
}


def test_the_same_event_from_four_sources_is_one_story_event_with_four_citations() -> None:
    events = [
        event("e1", "wire", 131),
        event("e2", "paper", 131, "2024-11-17"),
        event("e3", "radio", 131),
        event("e4", "monitor", 47),
        event("e5", "monitor", 131),
    ]
    (merged,) = merge_events("s", events, REPORTS)
    assert {c.article_id for c in merged.citations} == set(REPORTS)
    assert merged.disputed
    sizes = {(c.value, c.sources) for c in merged.sizes}
    assert sizes == {
        (131, ("monitor.example", "paper.example", "radio.example", "wire.example")),
        (47, ("monitor.example",)),
    }


@pytest.mark.parametrize(
    ("other", "merged"),
    [
        (event("x", "paper", 131, "2024-11-17"), 1),
        (event("x", "paper", 131, "2024-12-20"), 2),
        (event("x", "paper", 131, kind="COERCE"), 2),
        (event("x", "wire", None), 2),
    ],
    ids=["next day", "a month later", "other category", "same article, no new figure"],
)
def test_events_merge_only_when_they_are_the_same_happening(other: Event, merged: int) -> None:
    assert len(merge_events("s", [event("e1", "wire", 131), other], REPORTS)) == merged


# --------------------------------------------------------------------------- scores
@pytest.mark.parametrize(
    ("predicted", "b3_f1", "pair_f1"),
    [
        ({"a": 1, "b": 1, "c": 2, "d": 2}, 1.0, 1.0),
        ({"a": 1, "b": 1, "c": 1, "d": 1}, 0.6667, 0.5),
        ({"a": 1, "b": 2, "c": 3, "d": 4}, 0.6667, 0.0),
    ],
)
def test_bcubed_and_pairwise_scores(
    predicted: dict[str, int], b3_f1: float, pair_f1: float
) -> None:
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    assert bcubed(gold, predicted)["f1"] == b3_f1
    assert pairwise(gold, predicted)["f1"] == pair_f1
