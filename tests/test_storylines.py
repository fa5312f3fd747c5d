"""Stories across languages and storylines (stories linked by shared key actors over time).

Texts and names are fictional, written for these tests.
"""

from __future__ import annotations

import pytest

from storyline.records import Article, PubDate
from storyline.stories import StoryClusterer, StoryDoc, story_doc
from storyline.stories.features import capitalized_names
from storyline.stories.storylines import StorylineParams, StoryOutline, link_storylines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La fiscal Irene Valdemoro dijo que la Universidad de los Andes cerró.",
            ["Irene Valdemoro", "Universidad de los Andes"],
        ),
        ("Los detenidos salieron de Portoseco el martes.", ["Portoseco"]),
        ("MARBELLA. — Las autoridades liberaron a 40 presos.", []),
        (
            "The mayor met Jean-Paul Ostrander of the Tidewater Council.",
            ["Jean-Paul Ostrander", "Tidewater Council"],
        ),
    ],
    ids=["names with particles", "sentence-initial word skipped", "dateline", "english"],
)
def test_capitalized_names_finds_proper_names_in_any_latin_script_language(
    text: str, expected: list[str]
) -> None:
    assert capitalized_names(text) == expected


def test_an_unannotated_article_takes_its_names_from_the_text() -> None:
    article = Article(
        id="es1",
        document_id="es1",
        url=None,
        source="diario.example",
        title="Liberan a 40 presos en Portoseco",
        published=PubDate("2024-05-04", "day"),
        language="es",
        authors=(),
        text="Las autoridades de Valdoria liberaron a 40 presos, según la fiscal Irene Valdemoro.",
        dup_key="es1",
    )
    doc = story_doc(article)
    assert doc.language == "es"
    assert {"valdoria", "irene valdemoro", "portoseco"} <= set(doc.entities)


def _doc(aid: str, title: str, lead: str, names: tuple[str, ...], language: str) -> StoryDoc:
    return StoryDoc(aid, "src.example", "2024-05-04", title, lead, names, language=language)


RELEASE = [
    _doc(
        "en1",
        "Valdoria frees 40 prisoners held since the vote",
        "Authorities in Valdoria released 40 prisoners detained after the election, prosecutor "
        "Irene Valdemoro said, in the town of Portoseco.",
        ("valdoria", "irene valdemoro", "portoseco"),
        "en",
    ),
    _doc(
        "en2",
        "Relatives wait outside Portoseco prison as 40 walk free",
        "Families gathered in Portoseco as prisoners detained after the election were released, "
        "prosecutor Irene Valdemoro confirmed.",
        ("portoseco", "irene valdemoro", "valdoria"),
        "en",
    ),
]
OTHER = _doc(
    "en3",
    "Harbour City win the cup final",
    "Harbour City beat Lakeside 3-1 in the cup final with a late goal from their captain.",
    ("harbour city", "lakeside"),
    "en",
)
SPANISH = _doc(
    "es1",
    "Liberan a 40 presos en Portoseco",
    "Las autoridades de Valdoria liberaron a 40 presos detenidos tras las elecciones, según "
    "la fiscal Irene Valdemoro.",
    ("valdoria", "portoseco", "irene valdemoro"),
    "es",
)


@pytest.mark.parametrize("order", ["spanish first", "spanish last"])
def test_a_report_in_another_language_joins_its_story_through_entity_names(order: str) -> None:
    docs = [SPANISH, *RELEASE, OTHER] if order == "spanish first" else [*RELEASE, OTHER, SPANISH]
    placed = {a.article_id: a.story_id for a in StoryClusterer().assign(docs)}
    assert placed["es1"] == placed["en1"] == placed["en2"] != placed["en3"]


def test_a_report_in_another_language_sharing_no_names_stays_apart() -> None:
    stranger = _doc("es2", "Gana el Harbour City", "El equipo ganó la final.", ("puerto",), "es")
    placed = {a.article_id: a.story_id for a in StoryClusterer().assign([*RELEASE, stranger])}
    assert placed["es2"] != placed["en1"]


# --------------------------------------------------------------------------- storylines
def outline(
    sid: str, first: str | None, last: str | None, names: tuple[str, ...], country: str = "VEN"
) -> StoryOutline:
    return StoryOutline(sid, first, last, names, (country,) if country else ())


PROTESTS = outline(
    "a", "2024-03-01", "2024-03-03", ("Irene Valdemoro", "Civic Front", "Caracas", "Venezuela")
)
ARRESTS = outline("b", "2024-03-10", "2024-03-12", ("Civic Front", "Irene Valdemoro", "Portoseco"))
RELEASED = outline("c", "2024-06-20", "2024-06-21", ("Irene Valdemoro", "Civic Front"))


@pytest.mark.parametrize(
    ("other", "linked"),
    [
        (ARRESTS, True),
        (
            outline("d", "2024-03-10", "2024-03-12", ("Civic Front", "Irene Valdemoro"), "OTH"),
            False,
        ),
        (outline("e", "2024-03-10", "2024-03-12", ("Civic Front", "Tomas Reyl")), False),
        (outline("f", "2025-01-10", "2025-01-12", ("Civic Front", "Irene Valdemoro")), False),
        (outline("g", None, None, ("Civic Front", "Irene Valdemoro")), False),
        (outline("h", "2024-03-10", "2024-03-12", ("Caracas", "Venezuela", "Civic Front")), False),
    ],
    ids=[
        "shared actors",
        "other country",
        "one shared actor",
        "a year later",
        "undated",
        "only one actor besides the country's own names",
    ],
)
def test_stories_link_into_a_storyline_by_shared_actors_within_the_window(
    other: StoryOutline, linked: bool
) -> None:
    lines = link_storylines([PROTESTS, other])
    assert (lines["a"] == lines[other.id]) is linked


def test_a_storyline_chains_stories_and_is_named_after_its_first_story() -> None:
    forward = link_storylines([PROTESTS, ARRESTS, RELEASED])
    backward = link_storylines([RELEASED, ARRESTS, PROTESTS])
    assert forward == backward
    assert len(set(forward.values())) == 1
    narrow = link_storylines([PROTESTS, ARRESTS, RELEASED], StorylineParams(window_days=30))
    assert narrow["a"] == narrow["b"] != narrow["c"]
