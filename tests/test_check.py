"""The rewrite checker: claims of a rewrite get supported / unsupported / contradicted verdicts
with the source span that decides them; the CLI exits 5 when anything is flagged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.check import CheckReport, check_texts
from storyline.check.report import report_json
from storyline.check.titles import title_before
from storyline.cli import app

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_0822fe45ffbfb1e6.txt"

# Written for these tests, in our own words.
ORIGINAL = (
    "Title: Venezuela lets 103 detainees go\n"
    "Published: 2024-08-17\n\n"
    "Venezuela has freed 103 prisoners who were held after the disputed election, Interior "
    "Minister Diosdado Cabello announced on Saturday. Cabello said President Nicolas Maduro had "
    "asked prosecutors to review the cases of people held since the vote of July 28.\n\n"
    '"We are correcting mistakes where they happened," Cabello told reporters in Caracas. '
    "Another 225 detainees were released earlier in the week and must report to a court every "
    "month.\n\n"
    "Colombia accused Venezuela of harassing its embassy staff. Opposition leader Edmundo "
    "Gonzalez said the releases were not enough.\n"
)


def _verdicts(report: CheckReport, kind: str) -> dict[str, str]:
    return {v.claim.summary: v.verdict for v in report.verdicts if v.claim.kind == kind}


@pytest.fixture(scope="module")
def identical() -> CheckReport:
    return check_texts(ORIGINAL, [ORIGINAL])


def test_the_original_checked_against_itself_is_fully_supported(identical: CheckReport) -> None:
    assert identical.ok and identical.verdicts
    kinds = {v.claim.kind for v in identical.verdicts}
    assert {"number", "date", "title", "quote", "event"} <= kinds


@pytest.mark.parametrize(
    ("old", "new", "kind", "verdict"),
    [
        ("225 detainees", "325 detainees", "number", "contradicted"),
        ("103 prisoners", "over 100 prisoners", "number", "supported"),
        ("103 prisoners", "130 soldiers", "number", "unsupported"),
        ("Interior Minister Diosdado", "Defence Minister Diosdado", "title", "contradicted"),
        (
            "Opposition leader Edmundo Gonzalez said",
            "Edmundo Gonzalez, the opposition leader, said",
            "title",
            "supported",
        ),
        ("correcting mistakes", "fixing errors", "quote", "contradicted"),
        ("vote of July 28", "vote of July 26", "date", "contradicted"),
        ("Colombia accused Venezuela", "Venezuela accused Colombia", "event", "contradicted"),
        ("Venezuela has freed", "Venezuela has not freed", "event", "contradicted"),
    ],
)
def test_an_edited_claim_gets_its_verdict(old: str, new: str, kind: str, verdict: str) -> None:
    assert old in ORIGINAL
    report = check_texts(ORIGINAL.replace(old, new, 1), [ORIGINAL])
    at = ORIGINAL.find(old)
    edited = [
        v for v in report.verdicts
        if v.claim.kind == kind and at - 200 <= v.claim.start <= at + len(new) + 200
    ]  # fmt: skip
    assert any(v.verdict == verdict for v in edited), [
        (v.claim.summary, v.verdict, v.reason) for v in edited
    ]
    if verdict != "supported":
        assert not report.ok


@pytest.mark.parametrize(
    ("old", "new", "flagged"),
    [
        ("Colombia accused Venezuela", "Venezuela was accused by Colombia", False),
        ("Colombia accused Venezuela", "Venezuela accused Colombia", True),
        ("Maduro had asked prosecutors", "Maduro had been asked by prosecutors", True),
    ],
)
def test_actor_sides_are_read_through_the_voice(old: str, new: str, flagged: bool) -> None:
    report = check_texts(ORIGINAL.replace(old, new, 1), [ORIGINAL])
    events = [v for v in report.flagged if v.claim.kind == "event"]
    assert bool(events) is flagged, [(v.claim.summary, v.reason) for v in events]


# Written for these tests, in our own words.
MEETING = (
    "Maria Lopez and Tomas Berg met in Lima on Monday to discuss the harbour project. Berg said "
    "the work on the new pier would start in June and cost about 40 million dollars."
)


@pytest.mark.parametrize(
    ("rewrite", "person"),
    [
        (MEETING.replace("and Tomas", "and Chief Prosecutor Tomas"), "Tomas Berg"),
        (MEETING.replace("Maria Lopez", "Mayor Maria Lopez"), "Maria Lopez"),
    ],
)
def test_a_title_added_before_a_name_is_flagged(rewrite: str, person: str) -> None:
    report = check_texts(rewrite, [MEETING])
    titles = [v for v in report.flagged if v.claim.kind == "title"]
    assert [v.claim.value["person"] for v in titles] == [person]
    assert check_texts(MEETING, [MEETING]).ok


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("He met Foreign Minister Ana Ruiz.", "Foreign Minister"),
        ("He met Head of the Port Authority Ana Ruiz.", "Head of the Port Authority"),
        ("He met Ana Ruiz.", None),
        ("Ana Ruiz and Lima Ana Ruiz.", None),
    ],
)
def test_title_before_a_name_needs_a_title_word(text: str, title: str | None) -> None:
    found = title_before(text, text.rfind("Ana Ruiz"))
    assert (found[1] if found else None) == title


def test_a_light_paraphrase_is_not_an_error() -> None:
    rewrite = ORIGINAL.replace("prisoners who were held", "detainees held").replace(
        "told reporters", "stated to journalists"
    )
    report = check_texts(rewrite, [ORIGINAL])
    assert report.ok, [(v.claim.summary, v.reason) for v in report.flagged]


def test_every_flagged_claim_cites_a_source_span_when_one_decides_it() -> None:
    report = check_texts(ORIGINAL.replace("225 detainees", "325 detainees"), [ORIGINAL])
    bad = [v for v in report.verdicts if v.verdict == "contradicted"]
    assert bad and all(v.evidence is not None for v in bad)
    for v in bad:
        assert v.evidence is not None and v.evidence.sentence_text is not None
        assert ORIGINAL.count(v.evidence.text) >= 1


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_the_seed_gives_cabello_a_title_the_source_does_not() -> None:
    report = check_texts(SEED.read_text(encoding="utf-8"), [ORIGINAL], published="2024-08-18")
    titles = {v.claim.value["person"]: v for v in report.verdicts if v.claim.kind == "title"}
    cabello = titles["Diosdado Cabello"]
    assert cabello.verdict in ("contradicted", "unsupported")
    assert "citizen security" in cabello.claim.value["role"]
    assert cabello.evidence is not None and "Interior Minister" in cabello.evidence.text
    assert titles["Nicolas Maduro"].verdict == "supported"


def test_json_report_has_the_documented_fields(identical: CheckReport) -> None:
    data = json.loads(json.dumps(report_json(identical)))
    assert set(data) == {"checker", "ok", "counts", "rewrite", "sources", "claims"}
    claim = data["claims"][0]
    assert set(claim) == {
        "id", "kind", "sentence", "start", "end", "text", "claim", "value", "verdict", "reason",
        "evidence",
    }  # fmt: skip
    assert set(claim["evidence"]) == {
        "source", "article_id", "sentence", "start", "end", "text", "sentence_text",
        "sentence_start",
    }  # fmt: skip


@pytest.mark.parametrize(("edit", "code"), [(False, 0), (True, 5)])
def test_cli_exit_code_says_whether_the_rewrite_is_clean(
    tmp_path: Path, edit: bool, code: int
) -> None:
    source = tmp_path / "original.txt"
    source.write_text(ORIGINAL, encoding="utf-8")
    text = ORIGINAL.replace("225 detainees", "325 detainees") if edit else ORIGINAL
    result = CliRunner().invoke(
        app, ["check", "-", "--source", str(source), "--format", "json"], input=text
    )
    assert result.exit_code == code, result.output
    assert json.loads(result.output)["ok"] is (not edit)


def test_cli_text_report_shows_the_contradiction(tmp_path: Path) -> None:
    source, rewrite = tmp_path / "original.txt", tmp_path / "rewrite.txt"
    source.write_text(ORIGINAL, encoding="utf-8")
    rewrite.write_text(ORIGINAL.replace("Interior Minister", "Defence Minister"), encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(rewrite), "--source", str(source)])
    assert result.exit_code == 5
    assert "contradicted" in result.output and "Interior Minister" in result.output
