"""CAMEO codes on coded events and the GDELT 2.0 export of the events table."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.errors import ConfigError
from storyline.events.cameo import cameo_code, quad_class, root_code
from storyline.events.gdelt import GDELT_COLUMNS, global_event_id, render_gdelt
from storyline.events.ontology import categories
from storyline.pipeline import Pipeline
from storyline.settings import Settings
from storyline.store import Store, export_table


@pytest.mark.parametrize(
    ("event", "mode", "code", "quad"),
    [
        ("RETREAT", "release", "0841", 2),
        ("COERCE", "arrest", "173", 4),
        ("ACCUSE", "investigate", "090", 2),
        ("REQUEST", "yield", "105", 3),
        ("PROTEST", "demo", "141", 3),
        ("CONSULT", None, "040", 1),
        ("ASSAULT", "nonexistent-mode", "190", 4),
    ],
)
def test_plover_maps_to_the_closest_cameo_code(
    event: str, mode: str | None, code: str, quad: int
) -> None:
    assert cameo_code(event, mode) == code
    assert quad_class(code) == quad


def test_every_category_and_mode_has_a_cameo_code() -> None:
    for cat in categories():
        for mode in (None, *cat.mode_names()):
            code = cameo_code(cat.name, mode)
            assert code.isdigit() and 1 <= int(root_code(code)) <= 20


def test_unknown_category_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="AGREE"):
        cameo_code("DOCUMENT")


EVENT = {
    "id": "0123456789abcdef",
    "article_id": "a1",
    "url": "https://news.example/x",
    "event": "COERCE",
    "mode": "arrest",
    "date": "2024-08",
    "cameo": "173",
    "actor": [{"entity_text": "police", "code": "VEN", "sector": "COP"}],
    "recipient": [],
    "event_loc": {"place": "Caracas", "country": "VEN", "lat": 10.5, "lon": -66.9},
    "evidence": [{"field": "trigger", "sentence": 0}, {"field": "trigger", "sentence": 3}],
}


def test_gdelt_row_fills_the_documented_columns() -> None:
    header, line = render_gdelt([EVENT], {"a1": "2024-08-02T10:11:12"}).splitlines()
    row = dict(zip(header.split("\t"), line.split("\t"), strict=True))
    assert tuple(header.split("\t")) == GDELT_COLUMNS
    assert row["GlobalEventID"] == str(global_event_id(EVENT["id"]))
    assert (row["Day"], row["MonthYear"], row["Year"]) == ("20240800", "202408", "2024")
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == (
        "VENCOP", "VEN", "COP",
    )  # fmt: skip
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("173", "173", "17")
    assert row["QuadClass"] == "4" and row["GoldsteinScale"] == ""
    assert row["IsRootEvent"] == "1" and row["NumMentions"] == "2"
    assert row["ActionGeo_Lat"] == "10.5000" and row["DATEADDED"] == "20240802101112"
    assert row["SOURCEURL"] == EVENT["url"] and row["Actor2Code"] == ""


def test_export_gdelt_from_a_store(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(
        "Police in Caracas arrested 40 opposition activists on Monday.\n"
        "The government released 12 political prisoners on Tuesday.\n",
        encoding="utf-8",
    )
    with Store(str(tmp_path / "s.duckdb")) as store:
        Pipeline(Settings(), store).run([str(doc)])
        count, text = export_table(store, table="events", fmt="gdelt", out=None)
        assert text is not None and count >= 2
        lines = text.splitlines()
        assert lines[0].split("\t") == list(GDELT_COLUMNS)
        codes = {line.split("\t")[GDELT_COLUMNS.index("EventCode")] for line in lines[1:]}
        assert {"173", "0841"} <= codes
        with pytest.raises(ConfigError, match="events table only"):
            export_table(store, table="articles", fmt="gdelt", out=None)
