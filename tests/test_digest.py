"""Digests: every fact is a cited source sentence, no number without a source, the demo corpus's
131 vs 47 shown as a disagreement, byte-identical output, inert HTML."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.digest import DigestInput, make_digest, render_digest
from storyline.digest.units import numbers_in
from storyline.errors import NotFound
from storyline.evaluation.digests import digest_input
from storyline.parallel import analyze_with
from storyline.records import Article, Digest, DigestFact, stable_id
from storyline.settings import Settings, load_settings
from storyline.store import Store
from storyline.store.digests import load_digest_input

runner = CliRunner()
CITE = re.compile(r"\[(\d+):s(\d+)\]")


@pytest.fixture(scope="module")
def story_ids(served_db: Path) -> list[str]:
    with Store(served_db, read_only=True) as store:
        return [str(r["id"]) for r in store.query("SELECT id FROM stories ORDER BY id")]


def load(db: Path, **ids: str) -> DigestInput:
    with Store(db, read_only=True) as store:
        return load_digest_input(store, **ids)


def release_story(db: Path) -> str:
    with Store(db, read_only=True) as store:
        rows = store.query(
            "SELECT s.story_id FROM story_articles s JOIN articles a ON a.id = s.article_id "
            "WHERE a.title LIKE '%only 47 detainees%'"
        )
    return str(rows[0]["story_id"])


def facts(digest: Digest) -> list[DigestFact]:
    return [*digest.lead, *digest.facts, *digest.background, *digest.summary]


def test_every_fact_is_the_source_text_at_its_cited_span(
    served_db: Path, story_ids: list[str]
) -> None:
    checked = 0
    for sid in story_ids:
        data = load(served_db, story_id=sid)
        texts = {a.article_id: a.text for a in data.articles}
        for fact in facts(make_digest(data)):
            assert fact.citations, fact.text
            verbatim = [c for c in fact.citations if c.verbatim]
            assert verbatim and all(
                texts[c.article_id][c.start : c.end] == fact.text for c in verbatim
            )
            for c in fact.citations:  # near-identical citations state the same numbers
                assert numbers_in(fact.text) <= numbers_in(texts[c.article_id][c.start : c.end])
            checked += 1
    assert checked > 30


def _cited_numbers(line: str, digest: Digest, texts: dict[str, str]) -> set[str]:
    by_n = {s.n: s.article_id for s in digest.sources}
    sentences = {
        (c.article_id, c.sentence_index): texts[c.article_id][c.start : c.end]
        for f in facts(digest)
        for c in f.citations
    } | {
        (c.article_id, c.sentence_index): texts[c.article_id][c.start : c.end]
        for d in digest.disagreements
        for s in d.sides
        for c in s.citations
    }
    out: set[str] = set()
    for n, idx in CITE.findall(line):
        out |= numbers_in(sentences[(by_n[int(n)], int(idx))])
    return out


def test_no_number_in_a_rendered_digest_is_missing_from_the_sentences_it_cites(
    served_db: Path, story_ids: list[str]
) -> None:
    for sid in story_ids:
        data = load(served_db, story_id=sid)
        digest = make_digest(data)
        texts = {a.article_id: a.text for a in data.articles}
        titles = set().union(*(numbers_in(a.title or "") for a in data.articles))
        body = render_digest(digest, "md").split("\n## Sources\n")[0]
        for line in body.splitlines():
            said = numbers_in(re.sub(r"\bD\d+\b", "", CITE.sub("", line)))
            if line.startswith("# "):
                assert said <= titles, line
            else:
                assert said <= _cited_numbers(line, digest, texts), line


def test_the_release_story_shows_131_against_47_with_both_citations(served_db: Path) -> None:
    digest = make_digest(load(served_db, story_id=release_story(served_db)))
    number = next(d for d in digest.disagreements if d.kind == "number" and "released" in d.subject)
    sides = {s.value: s for s in number.sides}
    assert set(sides) == {"131", "47"}
    assert "harbourwire.example" in sides["131"].sources
    assert sides["47"].sources == ("civicledger.example",)
    assert all(s.citations for s in number.sides)
    index = digest.disagreements.index(number)
    stating = [f for f in facts(digest) if {"131", "47"} & numbers_in(f.text)]
    assert stating and all(index in f.disagreements for f in stating)
    markdown = render_digest(digest, "md")
    assert "## Sources disagree" in markdown and "**131**" in markdown and "**47**" in markdown


def test_a_single_article_digest_shows_the_two_counts_it_reports(served_db: Path) -> None:
    with Store(served_db, read_only=True) as store:
        aid = str(store.query("SELECT id FROM articles WHERE title LIKE '%only 47%'")[0]["id"])
    digest = make_digest(load(served_db, article_id=aid[:8]))
    assert digest.article_id == aid and digest.story_id is None
    assert any({s.value for s in d.sides} == {"131", "47"} for d in digest.disagreements)


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_the_same_input_gives_byte_identical_output(served_db: Path, fmt: str) -> None:
    sid = release_story(served_db)
    first = render_digest(make_digest(load(served_db, story_id=sid)), fmt)
    again = render_digest(make_digest(load(served_db, story_id=sid[:6])), fmt)
    assert first == again


def test_the_html_form_renders_script_in_article_text_inert(served_db: Path) -> None:
    with Store(served_db, read_only=True) as store:
        aid = str(store.query("SELECT id FROM articles WHERE source = 'xss.example'")[0]["id"])
    html = render_digest(make_digest(load(served_db, article_id=aid)), "html")
    assert "<script" not in html and "<img" not in html and 'href="javascript:' not in html
    assert "&lt;script&gt;" in html or "Police arrested 12 protesters" in html
    assert re.search(rf'href="/articles/{aid}#s\d+"', html)


def analyzed(texts: list[tuple[str, str]]) -> DigestInput:
    from storyline.annotate import load_annotator
    from storyline.events import load_coder

    settings = Settings()
    articles = [
        Article(
            id=stable_id(source, text),
            document_id=stable_id(text),
            url=f"https://{source}/a",
            source=source,
            title=f"Report by {source}",
            published=None,
            language="en",
            authors=(),
            text=text,
            dup_key=stable_id(text),
        )
        for source, text in texts
    ]
    done = analyze_with(load_annotator(settings), load_coder(settings), articles)
    return digest_input("test-story", "A test story", [(a, e) for a, e, _ in done])


def test_a_fact_stated_by_several_sources_cites_every_one_of_them() -> None:
    shared = (
        "The harbour authority closed the northern pier to all ships on Monday after a crane fell."
    )
    data = analyzed(
        [
            ("alpha.example", f"{shared} Engineers are inspecting the damage. Nobody was hurt."),
            ("beta.example", f"{shared} Shipping firms rerouted four vessels to the south quay."),
        ]
    )
    digest = make_digest(data)
    fact = next(f for f in facts(digest) if f.text == shared)
    assert {c.source for c in fact.citations} == {"alpha.example", "beta.example"}


def test_different_titles_for_one_person_are_a_disagreement() -> None:
    data = analyzed(
        [
            (
                "alpha.example",
                "Finance Minister Joan Ortega announced new tariffs on steel imports.",
            ),
            ("beta.example", "Trade Minister Joan Ortega announced new tariffs on steel imports."),
        ]
    )
    titles = [d for d in make_digest(data).disagreements if d.kind == "title"]
    assert titles and {s.value for s in titles[0].sides} == {"Finance Minister", "Trade Minister"}


def test_script_in_a_fact_is_escaped_in_html() -> None:
    data = analyzed(
        [
            (
                "alpha.example",
                'Protesters painted <script>alert("x")</script> on the walls of the ministry.',
            )
        ]
    )
    html = render_digest(make_digest(data), "html")
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_cli_digest_formats_and_errors(served_db: Path) -> None:
    sid = release_story(served_db)
    result = runner.invoke(app, ["digest", sid[:8], "--db", str(served_db), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["story_id"] == sid
    missing = runner.invoke(app, ["digest", "zzzz", "--db", str(served_db)])
    assert missing.exit_code == 3
    bad = runner.invoke(app, ["digest", sid, "--db", str(served_db), "--format", "pdf"])
    assert bad.exit_code == 2


def test_loading_an_unknown_story_says_how_to_list_them(served_db: Path) -> None:
    with pytest.raises(NotFound, match="storyline stories"):
        load(served_db, story_id="nonexistent")


def test_settings_are_accepted_but_do_not_change_the_digest(served_db: Path) -> None:
    data = load(served_db, story_id=release_story(served_db))
    assert make_digest(data) == make_digest(data, settings=load_settings(environ={}))
