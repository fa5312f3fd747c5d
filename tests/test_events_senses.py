"""Trigger senses of the plover-rules.v1 coder: the main event of sentences written for these
tests (object-dependent senses, refusals, nominal blockers, spoken warnings)."""

from __future__ import annotations

import pytest

from event_support import main_event_of
from storyline.annotate.base import Annotator
from storyline.records import Event


def main_of(annotator: Annotator, text: str) -> Event | None:
    return main_event_of(annotator, text)


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        # the object decides the sense
        ("The army lifted its siege of the northern town on Monday.", "RETREAT", "withdraw"),
        # a strike on a place or target is an attack; on a day, or against a rule, a walkout
        ("A Russian strike on Kharkiv left three people dead.", "ASSAULT", None),
        ("An Israeli strike on Rafah killed six people overnight.", "ASSAULT", None),
        ("A general strike on Monday shut shops across Lagos.", "PROTEST", "strike"),
        ("Doctors began a strike against the new pay scale in Nairobi.", "PROTEST", "strike"),
        ("The cabinet lifted the state of emergency in two provinces.", "CONCEDE", None),
        ("The ministry accepted the strikers' demands for higher pay.", "CONCEDE", None),
        ("The junta received a team of UN inspectors in the capital.", "RETREAT", "access"),
        ("The agency dispatched investigators to the disputed reactor.", "ACCUSE", "investigate"),
        ("The rebels violated the truce by shelling the port city.", "ASSAULT", None),
        ("The newspaper defied a government ban on reporting the trial.", "REJECT", None),
        # new trigger senses
        ("The court allowed the exiled candidate to run in the vote.", "CONCEDE", None),
        ("Jordan opened its border crossing to fleeing Syrian families.", "AID", None),
        ("Turkey reopened the border crossing for aid convoys on Sunday.", "RETREAT", "access"),
        ("The militia returned the seized trucks to the aid agency.", "RETREAT", "release"),
        ("Kenya extradited Haddad to Uganda on Tuesday.", "COOPERATE", None),
        ("The guerrillas were holding dozens of villagers as hostages.", "COERCE", "arrest"),
        ("The minister apologised to Ghana for the raid on its embassy.", "SUPPORT", None),
        ("Unions pushed for a referendum on the pension reform.", "REQUEST", "change"),
        # a particle that marks a clause: the clause is what is asked
        ("The opposition pressed for the army to return to barracks.", "REQUEST", None),
        # readying an attack is a mobilization, not the attack
        ("The Serbian army prepared to resume shelling rebel positions.", "MOBILIZE", "troops"),
        ("The governor ordered patrols by soldiers after the riots.", "MOBILIZE", "police"),
        ("Settlers' outposts in the valley were evacuated by the army.", "RETREAT", "withdraw"),
        ("Norway withdrew its election observers from the country.", "SANCTION", "withdraw"),
        ("The deployment of UN peacekeeping troops began in the north.", "AID", None),
        ("Russia staged military exercises near the Finnish border.", "MOBILIZE", "troops"),
        ("Greece and Cyprus held joint naval drills off Crete.", "COOPERATE", None),
        ("The junta imposed martial law across the southern provinces.", "COERCE", "martial-law"),
        ("Guards sexually abused female inmates at the state prison.", "ASSAULT", "sexual"),
        (
            "Turkish border units remained on alert along the frontier on Sunday.",
            "MOBILIZE",
            "troops",
        ),
        (
            "Ministers are ignoring the rights of displaced farmers, an aid group protested.",
            "ACCUSE",
            "disapprove",
        ),
        ("A judge ordered the former mayor to testify on Monday.", "REQUEST", None),
        ("The junta ordered the independent daily to stop printing.", "COERCE", "censor"),
        ("Poland ordered three Russian diplomats to leave within a week.", "SANCTION", "expel"),
        ("The general ordered his troops to withdraw from the town.", "RETREAT", "withdraw"),
        (
            "Chile summoned the Peruvian ambassador over the border incident.",
            "ACCUSE",
            "disapprove",
        ),
        ("The exiles mobilised support abroad for the jailed leaders.", "SUPPORT", None),
        ("Rioters set fire to the governor's office in the provincial capital.", "PROTEST", "riot"),
        ("Soldiers set fire to the rebels' supply depot near the river.", "ASSAULT", "primitive"),
        ("Soldiers raided the rebels' supply depot near the river.", "COERCE", "seize"),
        (
            "The tax officer was put under investigation by Italian prosecutors.",
            "ACCUSE",
            "investigate",
        ),
        (
            "Germany sent a sharp note to Serbia that it must hand over the suspects.",
            "REQUEST",
            None,
        ),
        ("Chad reopened its frontier to refugees fleeing the fighting.", "AID", None),
        # promises and refusals
        ("The rebels said they would meet the envoy if the army left the town.", "AGREE", None),
        ("Peru said it would allow the monitors to come back next month.", "AGREE", None),
        ("Washington said it would not meet the kidnappers' demands.", "REJECT", None),
        ("The rebels have sworn to fight until the capital falls.", "THREATEN", "violence"),
        ("The police chief warned that the police will break up any rally.", "THREATEN", None),
    ],
)
def test_main_event_sense(annotator: Annotator, text: str, event: str, mode: str | None) -> None:
    ev = main_of(annotator, text)
    assert ev is not None, text
    assert (ev.event, ev.mode) == (event, mode)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said in a press release that the talks were useful.",
        "Forecasters warned that the heavy rain could flood the valley.",
        "The bridge was reopened on Friday afternoon.",
        "The board holds the managers responsible for the losses.",
        "The union welcomed the lifting of martial law in the capital.",
    ],
)
def test_sentences_without_that_event(annotator: Annotator, text: str) -> None:
    ev = main_of(annotator, text)
    assert ev is None or ev.event not in ("RETREAT", "THREATEN", "COERCE"), text
