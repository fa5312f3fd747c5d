"""The bundled PLOVER ontology and trigger lexicon."""

from __future__ import annotations

import pytest

from storyline.errors import ConfigError
from storyline.events import ontology
from storyline.events.lexicon import load_lexicon

EXPECTED = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def test_there_are_the_sixteen_draft_two_categories() -> None:
    assert set(ontology.category_names()) == EXPECTED
    assert len(ontology.categories()) == 16


def test_every_category_and_mode_has_a_definition() -> None:
    for cat in ontology.categories():
        assert cat.definition.strip()
        assert cat.quad in {
            "verbal cooperation", "material cooperation", "verbal conflict", "material conflict",
        }  # fmt: skip
        for mode in cat.modes:
            assert mode.definition.strip()
        assert len(set(cat.mode_names())) == len(cat.modes)


@pytest.mark.parametrize(
    ("event", "mode"),
    [("RETREAT", "release"), ("COERCE", "arrest"), ("PROTEST", "demo"), ("ACCUSE", "allege"),
     ("ACCUSE", "investigate"), ("ASSAULT", "aerial"), ("CONSULT", "visit")],
)  # fmt: skip
def test_known_modes_belong_to_their_category(event: str, mode: str) -> None:
    assert mode in ontology.modes(event)


@pytest.mark.parametrize(
    ("old", "event", "mode"),
    [("DEMAND", "REQUEST", None), ("DISAPPROVE", "ACCUSE", "disapprove"),
     ("INVESTIGATE", "ACCUSE", "investigate"), ("fight", "ASSAULT", None)],
)  # fmt: skip
def test_older_names_map_to_draft_two(old: str, event: str, mode: str | None) -> None:
    assert ontology.validate_event(old) == (event, mode)


def test_unknown_event_or_mode_lists_the_valid_choices() -> None:
    with pytest.raises(ConfigError, match="valid events: AGREE"):
        ontology.category("HUG")
    with pytest.raises(ConfigError, match=r"valid modes: .*release"):
        ontology.validate_event("RETREAT", "arrest")


def test_contexts_and_sectors_are_listed() -> None:
    assert {"election", "repression", "asylum", "diplomatic"} <= set(ontology.contexts())
    sectors = set(ontology.sectors())
    assert {"GOV", "MIL", "COP", "JUD", "OPP", "PTY", "REB", "CVL", "JRN"} <= sectors


def test_every_trigger_maps_to_a_valid_event_and_mode() -> None:
    lex = load_lexicon()
    for table in (lex.verbs, lex.nouns):
        for entries in table.values():
            for trig in entries:
                modes = ontology.modes(trig.event)
                assert trig.mode is None or trig.mode in modes, trig
                if trig.state is not None:
                    assert trig.state[1] is None or trig.state[1] in ontology.modes(trig.state[0])


def test_context_cues_name_ontology_contexts() -> None:
    assert set(load_lexicon().context_cues) <= set(ontology.contexts())


def test_event_filter_validation_for_the_cli() -> None:
    assert ontology.validate_event_filter(None, None) == (None, None)
    assert ontology.validate_event_filter("coerce", "arrest") == ("COERCE", "arrest")
    assert ontology.validate_event_filter(None, "release") == (None, "release")
    with pytest.raises(ConfigError, match="valid modes"):
        ontology.validate_event_filter(None, "hug")
