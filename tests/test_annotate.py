"""The spaCy annotator: mentions (labels, roles, coreference, country, sector), quantities and
time expressions, on sentences written for these tests and on the reference seed article."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from storyline.annotate.actors import country_of
from storyline.annotate.base import Annotator
from storyline.annotate.timexes import resolve
from storyline.records import AnnotatedArticle, Article, Mention, PubDate, Quantity, TimeExpr

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_0822fe45ffbfb1e6.txt"
PUBLISHED = PubDate("2024-12-01", "day")  # a Sunday


def make_article(text: str, published: PubDate | None = PUBLISHED, key: str = "t") -> Article:
    return Article(
        id=key,
        document_id=key,
        url=None,
        source=None,
        title=None,
        published=published,
        language="en",
        authors=(),
        text=text,
        dup_key="x",
    )


def annotate(
    annotator: Annotator, text: str, published: PubDate | None = PUBLISHED
) -> AnnotatedArticle:
    return next(iter(annotator.annotate_many([make_article(text, published)])))


def mentions_of(result: AnnotatedArticle, text: str) -> list[Mention]:
    found = [m for m in result.mentions if m.text == text]
    assert found, f"no mention {text!r} in {[(m.text, m.label) for m in result.mentions]}"
    return found


def quantity_of(result: AnnotatedArticle, text: str) -> Quantity:
    found = [q for q in result.quantities if q.text == text]
    assert found, f"no quantity {text!r} in {[q.text for q in result.quantities]}"
    return found[0]


def timex_of(result: AnnotatedArticle, text: str) -> TimeExpr:
    found = [t for t in result.timexes if text in t.text]
    assert found, f"no time expression {text!r} in {[t.text for t in result.timexes]}"
    return found[0]


# --------------------------------------------------------------------------- roles


@pytest.mark.parametrize(
    ("text", "name", "role", "sector"),
    [
        ("President Nicolas Maduro addressed the nation on television.", "Nicolas Maduro",
         "President", "GOV"),
        ("Foreign Minister Yvan Gil said the talks had failed.", "Yvan Gil",
         "Foreign Minister", "GOV"),
        ("The decision was announced by Diosdado Cabello, the head of the civil security "
         "service, on Friday.", "Diosdado Cabello", "head of the civil security service", "COP"),
        ("Officials said opposition leader Edmundo Gonzalez had left the country.",
         "Edmundo Gonzalez", "opposition leader", "OPP"),
        ("Tarek William Saab, Venezuela's attorney general, announced new charges.",
         "Tarek William Saab", "attorney general", "JUD"),
        ("The attorney general, Tarek William Saab, announced new charges.",
         "Tarek William Saab", "attorney general", "JUD"),
    ],
)  # fmt: skip
def test_person_roles_are_read_as_stated(
    annotator: Annotator, text: str, name: str, role: str, sector: str
) -> None:
    result = annotate(annotator, text)
    mention = mentions_of(result, name)[0]
    assert mention.label == "PERSON"
    assert mention.role == role
    assert mention.role_start is not None and mention.role_end is not None
    assert text[mention.role_start : mention.role_end] == role
    assert mention.sector == sector


def test_role_country_comes_from_the_role_phrase(annotator: Annotator) -> None:
    result = annotate(annotator, "Tarek William Saab, Venezuela's attorney general, spoke.")
    assert mentions_of(result, "Tarek William Saab")[0].country == "VEN"


def test_person_country_comes_from_the_governing_noun(annotator: Annotator) -> None:
    text = "The Venezuelan government, under President Nicolas Maduro, released 40 prisoners."
    mention = mentions_of(annotate(annotator, text), "Nicolas Maduro")[0]
    assert (mention.country, mention.sector) == ("VEN", "GOV")


def test_dominant_country_is_used_only_for_national_government_roles(
    annotator: Annotator,
) -> None:
    text = (
        "Protests spread across Peru on Monday. Prime Minister Ana Torres met union leaders. "
        "Activist Luis Quispe, a student leader, called for calm. Peru has a long history of "
        "unrest, and Peru's neighbours watched closely."
    )
    result = annotate(annotator, text)
    assert mentions_of(result, "Ana Torres")[0].country == "PER"
    assert mentions_of(result, "Luis Quispe")[0].country is None


# --------------------------------------------------------------------------- labels


def test_names_seen_as_people_elsewhere_become_people(annotator: Annotator) -> None:
    text = (
        "Maduro’s government rejected the claims. President Nicolas Maduro said the vote was "
        "clean, and the Maduro administration closed the border."
    )
    result = annotate(annotator, text)
    assert all(m.label == "PERSON" for m in mentions_of(result, "Maduro"))


def test_name_with_role_apposition_is_a_person(annotator: Annotator) -> None:
    text = "Reporters were briefed by Diosdado Cabello, the head of the state border service."
    mention = mentions_of(annotate(annotator, text), "Diosdado Cabello")[0]
    assert mention.label == "PERSON"


@pytest.mark.parametrize(
    ("text", "name", "code", "sector"),
    [
        ("Argentine officials protested on Monday.", "Argentine", "ARG", "GOV"),
        ("Venezuelan authorities detained three men.", "Venezuelan", "VEN", "GOV"),
        ("Colombian police closed the border.", "Colombian", "COL", "COP"),
    ],
)
def test_demonyms_get_the_country_and_the_sector_of_their_noun(
    annotator: Annotator, text: str, name: str, code: str, sector: str
) -> None:
    mention = mentions_of(annotate(annotator, text), name)[0]
    assert (mention.label, mention.country, mention.sector) == ("NORP", code, sector)


def test_places_get_their_country(annotator: Annotator) -> None:
    result = annotate(annotator, "Talks in Caracas and Madrid involved the United States.")
    assert mentions_of(result, "Caracas")[0].country == "VEN"
    assert mentions_of(result, "Madrid")[0].country == "ESP"
    assert mentions_of(result, "the United States")[0].country == "USA"


def test_organisations_get_sector_and_country_from_their_words(annotator: Annotator) -> None:
    text = (
        "Amnesty International and Human Rights Watch criticised the Venezuelan National "
        "Electoral Council."
    )
    result = annotate(annotator, text)
    assert mentions_of(result, "Amnesty International")[0].sector == "NGO"
    assert mentions_of(result, "Human Rights Watch")[0].sector == "NGO"
    council = next(m for m in result.mentions if "Electoral Council" in m.text)
    assert (council.country, council.sector) == ("VEN", "GOV")


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        ("Angela Merkel spoke to reporters in Brussels on Monday.", "Angela Merkel", "DEU", "GOV"),
        ("Later that day Putin left for the airport.", "Putin", "RUS", "GOV"),
        ("The Knesset voted on the budget late at night.", "Knesset", "ISR", "LEG"),
        ("Hezbollah fired rockets across the border.", "Hezbollah", "LBN", "REB"),
    ],
)
def test_well_known_parties_get_country_and_sector_without_context(
    annotator: Annotator, text: str, name: str, country: str, sector: str
) -> None:
    mention = mentions_of(annotate(annotator, text), name)[0]
    assert (mention.country, mention.sector) == (country, sector)


@pytest.mark.parametrize(
    ("name", "code"), [("Rakhine", "MMR"), ("Sindh", "PAK"), ("Punjab", None), ("Central", None)]
)
def test_regions_of_one_country_only_name_it(name: str, code: str | None) -> None:
    assert country_of(name) == code


def test_the_text_beats_the_gazetteer_for_a_stated_country(annotator: Annotator) -> None:
    text = "Brazil's foreign minister, John Major, arrived in Lima."
    mention = mentions_of(annotate(annotator, text), "John Major")[0]
    assert mention.country == "BRA"


# --------------------------------------------------------------------------- coreference


@pytest.mark.parametrize(
    ("text", "short", "canonical", "role"),
    [
        ("Opposition leader Edmundo Gonzalez fled to Spain. Gonzalez said he was threatened.",
         "Gonzalez", "Edmundo Gonzalez", "Opposition leader"),
        ("President Nicolas Maduro spoke on Monday. Critics said Maduro’s decision was unlawful.",
         "Maduro", "Nicolas Maduro", "President"),
    ],
)  # fmt: skip
def test_short_names_corefer_with_the_full_name_and_carry_its_role(
    annotator: Annotator, text: str, short: str, canonical: str, role: str
) -> None:
    result = annotate(annotator, text)
    mention = mentions_of(result, short)[-1]
    assert mention.label == "PERSON"
    assert mention.canonical == canonical
    assert mention.role == role
    assert mention.role_start is None  # carried, not stated here
    full = mentions_of(result, canonical)[0]
    assert (mention.country, mention.sector) == (full.country, full.sector)


def test_different_people_sharing_no_name_stay_apart(annotator: Annotator) -> None:
    text = "Maria Lopez met Juan Perez in Lima. Lopez later thanked Perez."
    result = annotate(annotator, text)
    assert mentions_of(result, "Lopez")[0].canonical == "Maria Lopez"
    assert mentions_of(result, "Perez")[-1].canonical == "Juan Perez"


# --------------------------------------------------------------------------- quantities


@pytest.mark.parametrize(
    ("text", "number", "value", "low", "high", "vague", "noun"),
    [
        ("Authorities released 103 prisoners on Friday.", "103", 103, None, None, False,
         "prisoner"),
        ("The court freed 103 individuals last month.", "103", 103, None, None, False,
         "individual"),
        ("Police later let go of 225 other detainees.", "225", 225, None, None, False,
         "detainee"),
        ("The unrest led to casualties and thousands of arrests.", "thousands", 2000, 2000, None,
         True, "arrest"),
        ("Hundreds of protesters gathered outside.", "Hundreds", 200, 200, None, True,
         "protester"),
        ("Dozens of students were detained.", "Dozens", 24, 24, None, True, "student"),
        ("Tens of thousands of people marched.", "Tens of thousands", 20000, 20000, None, True,
         "people"),
        ("The government freed over 100 prisoners.", "over 100", 100, 100, None, True,
         "prisoner"),
        ("At least 12 people died in the clashes.", "At least 12", 12, 12, None, True, "people"),
        ("Police arrested between 40 and 50 people.", "between 40 and 50", 40, 40, 50, True,
         "people"),
        ("Officials released 40 to 50 detainees.", "40 to 50", 40, 40, 50, True, "detainee"),
        ("More than 2,000 people marched.", "More than 2,000", 2000, 2000, None, True, "people"),
        ("Some 1.5 million voters stayed home.", "Some 1.5 million", 1_500_000, None, None, True,
         "voter"),
        ("Nearly 300 students signed the letter.", "Nearly 300", 300, None, 300, True,
         "student"),
        ("Three soldiers were wounded.", "Three", 3, None, None, False, "soldier"),
        ("Twelve journalists were expelled.", "Twelve", 12, None, None, False, "journalist"),
        ("Twelve of the prisoners were released.", "Twelve", 12, None, None, False, "prisoner"),
        ("The talks lasted 72 hours.", "72", 72, None, None, False, "hour"),
    ],
)  # fmt: skip
def test_quantities_are_bound_to_the_noun_they_count(
    annotator: Annotator,
    text: str,
    number: str,
    value: float,
    low: float | None,
    high: float | None,
    vague: bool,
    noun: str,
) -> None:
    result = annotate(annotator, text)
    q = quantity_of(result, number)
    assert (q.value, q.low, q.high, q.vague, q.noun) == (value, low, high, vague, noun)
    assert q.noun_text is not None and q.noun_start is not None and q.noun_end is not None
    assert text[q.noun_start : q.noun_end] == q.noun_text
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "text",
    [
        "Turnout rose by 15% in 2024.",
        "The fine was $5 million.",
        "It was the third protest this year.",
        "The vote was held on July 28, 2024 at 10 a.m.",
        "Resolution 2231 was adopted.",
    ],
)
def test_percentages_money_ordinals_dates_and_names_are_not_quantities(
    annotator: Annotator, text: str
) -> None:
    assert annotate(annotator, text).quantities == ()


# --------------------------------------------------------------------------- time expressions


@pytest.mark.parametrize(
    ("text", "timex", "with_pub", "without_pub", "precision"),
    [
        ("The vote took place on July 28.", "July 28", "2024-07-28", "XXXX-07-28", "day"),
        ("Protests began in July.", "July", "2024-07", "XXXX-07", "month"),
        ("The law was passed in 2023.", "2023", "2023", "2023", "year"),
        ("The vote was held on July 28, 2024.", "July 28, 2024", "2024-07-28", "2024-07-28",
         "day"),
        ("The minister resigned on Monday.", "Monday", "2024-11-25", None, "day"),
        ("Police said yesterday that the road was closed.", "yesterday", "2024-11-30", None,
         "day"),
        ("Talks collapsed last week.", "last week", "2024-11-24", None, "day"),
        ("The party split last month.", "last month", "2024-11", None, "month"),
        ("Elections are due on December 25.", "December 25", "2024-12-25", "XXXX-12-25", "day"),
    ],
)  # fmt: skip
def test_time_expressions_resolve_against_the_publication_date(
    annotator: Annotator,
    text: str,
    timex: str,
    with_pub: str,
    without_pub: str | None,
    precision: str,
) -> None:
    dated = timex_of(annotate(annotator, text), timex)
    assert (dated.value, dated.precision, dated.year_known) == (with_pub, precision, True)
    undated = timex_of(annotate(annotator, text, published=None), timex)
    assert undated.value == without_pub
    assert undated.year_known is (without_pub is not None and not without_pub.startswith("X"))


@pytest.mark.parametrize("text", ["The strike lasted 72 hours.", "Detainees must report monthly."])
def test_durations_and_frequencies_have_no_value(annotator: Annotator, text: str) -> None:
    result = annotate(annotator, text)
    assert result.timexes, "expected a time expression"
    assert all(t.value is None and t.precision is None for t in result.timexes)


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("December 25", PubDate("2024-03-10", "day"), "2023-12-25"),  # > 30 days ahead
        ("April 5", PubDate("2024-03-10", "day"), "2024-04-05"),  # within 30 days
        ("December", PubDate("2024-03-10", "day"), "2023-12"),
        ("July 28", PubDate("2024-12", "month"), "2024-07-28"),
        ("yesterday", PubDate("2024-12", "month"), None),  # needs a day-precise date
        ("February 30", PUBLISHED, None),
    ],
)
def test_month_days_without_a_year_take_the_most_plausible_year(
    text: str, published: PubDate, value: str | None
) -> None:
    assert resolve(text, published)[0] == value


# --------------------------------------------------------------------------- batching


def test_annotate_many_keeps_order_and_is_deterministic(annotator: Annotator) -> None:
    texts = [f"Police detained {n} protesters in Lima on Monday." for n in range(3, 40)]
    articles = [make_article(t, key=f"a{i}") for i, t in enumerate(texts)]
    first = list(annotator.annotate_many(articles))
    second = list(annotator.annotate_many(iter(articles)))
    assert [r.article.id for r in first] == [a.id for a in articles]
    assert first == second
    assert [r.quantities[0].value for r in first] == list(range(3, 40))


# --------------------------------------------------------------------------- seed article


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"seed article missing at {SEED} (required under CI)")
        pytest.skip(f"seed article not available at {SEED}")
    text = SEED.read_text(encoding="utf-8")
    lines = text.rstrip("\n").split("\n")
    if lines[-1].startswith("Original Source:"):
        lines = lines[:-1]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def seed(annotator: Annotator, seed_text: str) -> AnnotatedArticle:
    return annotate(annotator, seed_text)


@pytest.mark.parametrize(
    ("name", "role", "sector"),
    [
        ("Nicolas Maduro", "President", "GOV"),
        ("Diosdado Cabello", "head of the citizen security service", "COP"),
        ("Edmundo Gonzalez", "opposition leader", "OPP"),
    ],
)
def test_seed_people_have_their_roles(
    seed: AnnotatedArticle, name: str, role: str, sector: str
) -> None:
    mentions = mentions_of(seed, name)
    assert all(m.label == "PERSON" for m in mentions)
    assert mentions[0].role == role
    assert mentions[0].sector == sector


def test_seed_short_names_are_people_with_canonical_names(seed: AnnotatedArticle) -> None:
    assert {m.canonical for m in mentions_of(seed, "Maduro")} == {"Nicolas Maduro"}
    assert {m.label for m in mentions_of(seed, "Maduro")} == {"PERSON"}
    assert {m.canonical for m in mentions_of(seed, "Gonzalez")} == {"Edmundo Gonzalez"}
    assert mentions_of(seed, "Nicolas Maduro")[0].country == "VEN"


@pytest.mark.parametrize(
    ("place", "code"), [("Venezuela", "VEN"), ("Spain", "ESP"), ("Argentina", "ARG")]
)
def test_seed_places(seed: AnnotatedArticle, place: str, code: str) -> None:
    mention = mentions_of(seed, place)[0]
    assert (mention.label, mention.country) == ("GPE", code)


def test_seed_quantities(seed: AnnotatedArticle) -> None:
    pairs = {(q.value, q.noun) for q in seed.quantities}
    assert (103, "prisoner") in pairs or (103, "individual") in pairs
    assert (225, "detainee") in pairs
    thousands = quantity_of(seed, "thousands")
    assert (thousands.value, thousands.low, thousands.vague, thousands.noun) == (
        2000,
        2000,
        True,
        "arrest",
    )


def test_seed_july_28_resolves_with_and_without_a_publication_date(
    annotator: Annotator, seed: AnnotatedArticle, seed_text: str
) -> None:
    dated = timex_of(seed, "July 28")
    assert (dated.value, dated.precision, dated.year_known) == ("2024-07-28", "day", True)
    undated = timex_of(annotate(annotator, seed_text, published=None), "July 28")
    assert (undated.value, undated.year_known) == ("XXXX-07-28", False)


def test_seed_spans_point_into_the_text(seed: AnnotatedArticle, seed_text: str) -> None:
    for m in seed.mentions:
        assert seed_text[m.start : m.end] == m.text
        if m.role_start is not None and m.role_end is not None:
            assert seed_text[m.role_start : m.role_end] == m.role
    for t in seed.timexes:
        assert seed_text[t.start : t.end] == t.text


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a headline on its own line is a sentence of its own, not the subject of the lead
        ("Car bomber rams hotel gate\nA suicide driver smashed into the gate.", 2),
        ("Peace pact inked in Kuala Lumpur\nThe government and the rebels signed it.", 2),
        # a hard-wrapped line that stops mid-phrase is no headline
        ("The army released 103 people on\nWednesday after long talks.", 1),
        ("Police fired tear gas at protesters in the capital, and\nmany were hurt.", 1),
    ],
)
def test_a_headline_line_is_a_sentence_of_its_own(
    annotator: Annotator, text: str, sentences: int
) -> None:
    assert len(annotate(annotator, text).sentences) == sentences
