"""``storyline eval events``: the event coder measured on public gold sets.

Each gold sentence is annotated as a one-sentence article (one ``nlp.pipe`` pass per dataset,
batched) and coded; the sentence's prediction is its **main event**
(:func:`storyline.events.select.main_event`: an event that happened over a negated one, then the
trigger highest in the parse, then confidence, then the earlier trigger). A sentence with no
coded event predicts ``NONE``, which is wrong for every gold event (and right for gold
"no event"). Scores per dataset:

- ``plover-gsr``: event accuracy, macro-F1, per-category P/R/F1, confusion matrix; mode accuracy
  over the sentences whose category is right and whose gold mode exists in DRAFT 2.0; actor and
  recipient country and sector accuracy over gold parties (:class:`PartyTally`).
- ``petrarch-gsr``: CAMEO root-code accuracy (our code's root among the gold roots; no event
  right for sentences coded with no event), exact-code accuracy, actor/recipient country.
- ``conflibert-quad``: quad-class accuracy on the test split. The classes are CAMEO's (0 statement
  and appeal, roots 01-02; 1 verbal cooperation, 03-05; 2 material cooperation, 06-08; 3 verbal
  conflict, 09-13; 4 material conflict, 14-20), so the main event's class is that of its CAMEO
  code (an appeal is 0, a demand 3, though PLOVER calls both REQUEST); no event -> 0.
- ``ngec-actors``: country and sector of each mention (see :mod:`.events_actors`).
- ``seed``: the issue's acceptance list on the reference article (see :mod:`.events_seed`).
- ``snippets``: main-event P/R/F1 on news snippets written by the project, read from the
  repository's ``eval/snippets/snippets.jsonl`` (see :mod:`.events_snippets`); ``snippets-b``:
  the same scores on the second set ``eval/snippets/snippets-b.jsonl``; ``snippets-c``: the
  same on the third set ``eval/snippets/snippets-c.jsonl``, written blind and measured once;
  ``snippets-d``: the same on the fourth set ``eval/snippets/snippets-d.jsonl``, written blind
  after the coder changes that followed ``snippets-c``, measured once; ``snippets-e`` and
  ``snippets-f``: a fifth and a sixth set, written blind by two more authors, measured once;
  ``snippets-g``, ``snippets-h`` and ``snippets-i``: a seventh, eighth and ninth, written blind
  as development sets; ``snippets-j``: a tenth, written blind with new wording, measured once;
  ``snippets-k`` and ``snippets-l``: development sets in the style of conflict-monitor notes and
  aggregator snippets; ``snippets-m`` and ``snippets-n``: two more in those styles, measured once;
  ``snippets-o`` and ``snippets-p``: development sets of single news sentences and mixed voices;
  ``snippets-q`` and ``snippets-r``: blind sets in new wording and in the held-out task's style;
  ``snippets-t``: a development set in new wording and idioms; ``snippets-u`` and ``snippets-v``:
  two more development sets in new wording and in regional English; ``snippets-w`` and
  ``snippets-x``: blind sets in new wording and in a half-notes, half-news mix, measured once;
  ``snippets-y`` and ``snippets-z``: development sets of background-first news and of
  second-language English; ``snippets-a``: one more blind set in new wording, measured once;
  ``snippets-aa`` and ``snippets-ab``: development sets in new wording and of unnamed perpetrators
  beside crime look-alikes; ``snippets-ac`` and ``snippets-ad``: blind sets in new wording;
  ``snippets-ae`` and ``snippets-af``: development sets of local-press and wire/live-blog wording;
  ``snippets-ag``, ``snippets-ah`` and ``snippets-ai``: development sets of background-first news,
  of Title Case and headlinese headlines, and of translated and officialese press;
  ``snippets-aj`` and ``snippets-ak``: blind sets in new wording, measured once;
  ``snippets-al``, ``snippets-am`` and ``snippets-an``: development sets of broadcast and
  live-blog wording, of a main event among minor ones, and of specialist bulletins and regional
  press; ``snippets-ao`` and ``snippets-ap``: blind sets in new wording and in fast-moving and
  translated coverage with competing happenings, measured once; ``snippets-aq`` and
  ``snippets-ar``: blind sets in new wording and in translated and regional English, measured
  once; ``snippets-as`` and ``snippets-at``: development sets of headlines over leads and of long
  scraped-article sentences; ``snippets-au`` and ``snippets-av``: blind sets in new wording and in
  everyday aggregator coverage from mid-sized and local outlets, measured once; ``snippets-aw``
  and ``snippets-ax``: development sets of crowds and protests told without the usual protest
  verbs and of new wording; ``snippets-ay`` and ``snippets-az``: blind sets in everyday
  aggregator coverage from another mix of regions and in second-language and translated
  officialese, measured once; ``snippets-ba``, ``snippets-bb``, ``snippets-bc`` and
  ``snippets-bd``: development sets in those two styles; ``snippets-be`` and ``snippets-bf``: two
  more development sets, in second-language and translated officialese and in everyday aggregator
  coverage; ``snippets-bg`` and ``snippets-bh``: blind sets of humanitarian and rights-source
  reports reaching a conflict and protest monitor and in new wording from many kinds of outlets,
  measured once; ``snippets-bi`` and ``snippets-bj``: development sets in new wording with the main
  event often not in the first clause and in second-language and translated officialese;
  ``snippets-bk`` and ``snippets-bl``: blind sets of reports reaching a monitor through translation
  from the local press, in the source language's syntax and officialese, and of fragments from
  live blogs, monitoring feeds, alert services and messaging channels, measured once;
  ``snippets-bm`` and ``snippets-bn``: development sets in that feed style (live blogs, alert
  services and conflict-monitor feeds; messaging-channel posts and timeline digests);
  ``snippets-bo`` and ``snippets-bp``: blind sets in new wording from many kinds of outlets and of
  events told by official statements, communiqués and claims as quoted or paraphrased in the news,
  measured once; ``snippets-bq`` and ``snippets-br``: blind sets in new wording from many kinds of
  outlets and of mid-article excerpts with the main event usually not in the first clause,
  measured once; ``snippets-bs`` and ``snippets-bt``: development sets in that mid-article style
  and in new wording with descriptive participle phrases and weapons named by their owner;
  ``snippets-bu`` and ``snippets-bv``: blind sets in new wording from many kinds of outlets and of
  mid-article excerpts with the main event usually not in the first clause, measured once;
  ``snippets-bw`` and ``snippets-bx``: development sets in that mid-article style and of running
  prose whose doer carries long modifiers before its verb, verbs that are also common nouns, feed
  and ticker lines with a kicker and compound sentences; ``snippets-by`` and ``snippets-bz``: blind
  sets in new wording from many kinds of outlets and of mid-article excerpts with the main event
  usually not in the first clause, measured once; ``snippets-ca`` and ``snippets-cb``: development
  sets in that mid-article style and of running prose told mostly in the passive or with no doer
  named, participle chains on the doer, arrests told with the accusation behind them, vigils,
  funerals and prayers that are or are not protests, and fires and explosions of unclear cause;
  ``snippets-cc`` and ``snippets-cd``: blind sets in new wording from many kinds of outlets and of
  mid-article excerpts with the main event usually not in the first clause, measured once;
  ``snippets-ce`` and ``snippets-cf``: development sets of mid-article excerpts in the hardest
  monitor reading with running prose told in the passive or with no doer named beside no-event
  look-alikes (fires and blasts of unclear or accidental cause, crime with arrests, vigils and
  commemorations), and of everyday aggregator coverage from mid-sized and local outlets with a
  new regional mix; ``snippets-cg`` and ``snippets-ch``: blind sets in new wording from many kinds
  of outlets and of mid-article excerpts with the main event usually not in the first clause,
  measured once; ``snippets-ci`` and ``snippets-cj``: development sets of feed, ticker and alert
  lines beside look-alikes in violent or protest words, and of events told through statements,
  claims and reported speech (press releases, claims of responsibility, rights-group, UN and
  court announcements), some of them statements that are themselves the event; ``snippets-ck``
  and ``snippets-cl``: blind sets in new wording from many kinds of outlets and of mid-article
  excerpts with the main event usually not in the first clause, measured once; ``snippets-cm``
  and ``snippets-cn``: development sets of headlines and present-tense headline lines (a headline
  alone or over a one-sentence lead) beside look-alikes, and of casualty-first and
  consequence-first reporting from local and regional outlets; ``snippets-co`` and
  ``snippets-cp``: blind sets in new wording from many kinds of outlets and of mid-article
  excerpts with the main event usually not in the first clause, measured once; ``snippets-cq``
  and ``snippets-cr``: development sets of regional and local press English (hartal, ville morte,
  crowds told without protest verbs, mob and communal violence, security operations told in the
  passive), and of new wording built around patterns that trip rule coders (idioms, light verbs,
  unusual subjects, headlines over leads); ``snippets-cs`` and ``snippets-ct``: blind sets in new
  wording from many kinds of outlets and of mid-article excerpts with the main event usually not
  in the first clause, measured once; ``snippets-cu`` and ``snippets-cv``: development sets of
  mid-article excerpts with the main event usually not in the first clause from under-covered
  regions (West and Central Africa, Central Asia, the Caucasus, the Andes, Southeast Asia and the
  Pacific), and of new wording (headlinese headline lines over one-sentence leads, headline-only
  items, idioms, phrasal and light verbs, unusual subjects) from many small and rarely covered
  countries; ``snippets-cw`` and ``snippets-cx``: blind sets in new wording from many kinds of
  outlets (wire leads, headlines over one-sentence leads, regional and local press, broadcast
  sites, live-blog entries and news-ticker lines) and of mid-article excerpts with the main event
  usually not in the first clause, with regions weighted to the Middle East, North Africa, Eastern
  Europe, the Balkans, South Asia and Central America, measured once; ``snippets-cy`` and
  ``snippets-cz``: development sets of news-feed and aggregator text as scrapers collect it
  (headline lines alone or over a one-sentence lead, ticker and live-blog fragments without a main
  verb, image captions, one-line bulletins), and of regional English from South Asian, African,
  Latin American, Middle Eastern and Southeast Asian outlets (local terms for protests and
  shutdowns, crowds told without protest verbs, security operations and killings told in the
  passive with the doer named late or not at all, casualty-first reporting); ``snippets-da`` and
  ``snippets-db``: blind sets in new wording from many kinds of outlets (wire leads, headlines run
  into a one-sentence lead, regional dailies, broadcast and community-radio sites, agency flashes,
  paraphrased official statements; rare verbs, idioms, nominalisations, passives with no doer and
  events told through their consequence) and of mid-article excerpts of two sentences with the
  main event usually not in the first clause, from every continent, measured once; ``snippets-dc``
  and ``snippets-dd``: development sets of short items in fresh wording from many kinds of outlets
  (headlines run into the lead with a dash, all-capitals headline lines, many verbs and phrasal
  verbs for each kind of event), and of mid-article excerpts of two or three sentences with the
  main event after background (in reported speech, in pluperfect or passive clauses or named by a
  noun, some with a minor second happening).

Every result lists the ids of the sentences it got wrong (ids only, never text).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.annotate import load_annotator
from storyline.errors import ConfigError
from storyline.evaluation.events_data import (
    Case,
    load_conflibert,
    load_petrarch,
    load_plover_gsr,
)
from storyline.evaluation.events_scores import NONE, PartyTally, classification, ratio
from storyline.events import load_coder
from storyline.events.cameo import root_code
from storyline.events.select import main_event
from storyline.records import AnnotatedArticle, Article, Event, stable_id
from storyline.settings import Settings

log = logging.getLogger(__name__)

# the datasets read from the repository's eval/snippets (see .events_snippets.SNIPPET_SETS)
SNIPPET_DATASETS = (
    "snippets",
    "snippets-b",
    "snippets-c",
    "snippets-d",
    "snippets-e",
    "snippets-f",
    "snippets-g",
    "snippets-h",
    "snippets-i",
    "snippets-j",
    "snippets-k",
    "snippets-l",
    "snippets-m",
    "snippets-n",
    "snippets-o",
    "snippets-p",
    "snippets-q",
    "snippets-r",
    "snippets-t",
    "snippets-u",
    "snippets-v",
    "snippets-w",
    "snippets-x",
    "snippets-y",
    "snippets-z",
    "snippets-a",
    "snippets-aa",
    "snippets-ab",
    "snippets-ac",
    "snippets-ad",
    "snippets-ae",
    "snippets-af",
    "snippets-ag",
    "snippets-ah",
    "snippets-ai",
    "snippets-aj",
    "snippets-ak",
    "snippets-al",
    "snippets-am",
    "snippets-an",
    "snippets-ao",
    "snippets-ap",
    "snippets-aq",
    "snippets-ar",
    "snippets-as",
    "snippets-at",
    "snippets-au",
    "snippets-av",
    "snippets-aw",
    "snippets-ax",
    "snippets-ay",
    "snippets-az",
    "snippets-ba",
    "snippets-bb",
    "snippets-bc",
    "snippets-bd",
    "snippets-be",
    "snippets-bf",
    "snippets-bg",
    "snippets-bh",
    "snippets-bi",
    "snippets-bj",
    "snippets-bk",
    "snippets-bl",
    "snippets-bm",
    "snippets-bn",
    "snippets-bo",
    "snippets-bp",
    "snippets-bq",
    "snippets-br",
    "snippets-bs",
    "snippets-bt",
    "snippets-bu",
    "snippets-bv",
    "snippets-bw",
    "snippets-bx",
    "snippets-by",
    "snippets-bz",
    "snippets-ca",
    "snippets-cb",
    "snippets-cc",
    "snippets-cd",
    "snippets-ce",
    "snippets-cf",
    "snippets-cg",
    "snippets-ch",
    "snippets-ci",
    "snippets-cj",
    "snippets-ck",
    "snippets-cl",
    "snippets-cm",
    "snippets-cn",
    "snippets-co",
    "snippets-cp",
    "snippets-cq",
    "snippets-cr",
    "snippets-cs",
    "snippets-ct",
    "snippets-cu",
    "snippets-cv",
    "snippets-cw",
    "snippets-cx",
    "snippets-cy",
    "snippets-cz",
    "snippets-da",
    "snippets-db",
    "snippets-dc",
    "snippets-dd",
)
DATASETS = (
    "plover-gsr",
    "petrarch-gsr",
    "conflibert-quad",
    "ngec-actors",
    "seed",
    *SNIPPET_DATASETS,
)

# PLOVER category -> ConfliBERT quad class (0 statement / 1 verbal cooperation / 2 material
# cooperation / 3 verbal conflict / 4 material conflict); no event -> 0
QUAD = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT"), 1),
    **dict.fromkeys(("CONCEDE", "COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"), 3),
    **dict.fromkeys(("PROTEST", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}


@dataclass(frozen=True, slots=True)
class Predicted:
    case: Case
    article: AnnotatedArticle
    events: list[Event]
    main: Event | None

    @property
    def label(self) -> str:
        return self.main.event if self.main is not None else NONE


def as_article(case_id: str, text: str) -> Article:
    key = stable_id("eval", case_id, text)
    return Article(key, key, None, None, None, None, "en", (), text, key)


def annotate_texts(
    items: Sequence[tuple[str, str]], settings: Settings
) -> Iterator[AnnotatedArticle]:
    """Annotate ``(id, text)`` pairs with one batched pass of the annotator."""
    annotator = load_annotator(settings)
    yield from annotator.annotate_many(as_article(i, t) for i, t in items)


def predict(cases: Sequence[Case], settings: Settings) -> list[Predicted]:
    coder = load_coder(settings)
    out = []
    for case, art in zip(
        cases, annotate_texts([(c.id, c.text) for c in cases], settings), strict=True
    ):
        events = coder.code(art)
        out.append(Predicted(case, art, events, main_event(events, art)))
    return out


def _party_scores(preds: Sequence[Predicted]) -> tuple[dict[str, Any], dict[str, list[str]]]:
    tallies = {
        "actor_country": PartyTally("code"),
        "actor_sector": PartyTally("sector"),
        "recipient_country": PartyTally("code"),
        "recipient_sector": PartyTally("sector"),
    }
    for p in preds:
        actors = p.main.actor if p.main else ()
        recipients = p.main.recipient if p.main else ()
        tallies["actor_country"].add(p.case.id, p.case.actors, actors)
        tallies["actor_sector"].add(p.case.id, p.case.actors, actors)
        tallies["recipient_country"].add(p.case.id, p.case.recipients, recipients)
        tallies["recipient_sector"].add(p.case.id, p.case.recipients, recipients)
    return {k: t.result() for k, t in tallies.items()}, {k: t.errors for k, t in tallies.items()}


def score_plover(preds: Sequence[Predicted]) -> dict[str, Any]:
    gold = [p.case.event or NONE for p in preds]
    scores = classification(gold, [p.label for p in preds])
    with_mode = [p for p in preds if p.case.mode and p.label == p.case.event]
    mode_ok = [p for p in with_mode if p.main is not None and p.main.mode == p.case.mode]
    parties, party_errors = _party_scores(preds)
    return {
        "dataset": "plover-gsr",
        "sentences": len(preds),
        **scores,
        "mode": {"accuracy": ratio(len(mode_ok), len(with_mode)), "scored": len(with_mode)},
        **parties,
        "no_event": sum(p.main is None for p in preds),
        "errors": {
            "event": [p.case.id for p in preds if p.label != (p.case.event or NONE)],
            "mode": [p.case.id for p in with_mode if p not in mode_ok],
            **party_errors,
        },
    }


def score_petrarch(preds: Sequence[Predicted]) -> dict[str, Any]:
    coded = [p for p in preds if p.case.cameo]
    empty = [p for p in preds if not p.case.cameo]

    def root_ok(p: Predicted) -> bool:
        if not p.case.cameo:
            return p.main is None
        ours = p.main.cameo if p.main is not None else None
        return ours is not None and root_code(ours) in {root_code(c) for c in p.case.cameo}

    def code_ok(p: Predicted) -> bool:
        return p.main is not None and p.main.cameo in p.case.cameo

    parties, party_errors = _party_scores(coded)
    return {
        "dataset": "petrarch-gsr",
        "sentences": len(preds),
        "root_accuracy": ratio(sum(map(root_ok, preds)), len(preds)),
        "root_accuracy_coded": ratio(sum(map(root_ok, coded)), len(coded)),
        "code_accuracy_coded": ratio(sum(map(code_ok, coded)), len(coded)),
        "no_event_specificity": ratio(sum(map(root_ok, empty)), len(empty)),
        "actor_country": parties["actor_country"],
        "recipient_country": parties["recipient_country"],
        "errors": {
            "root": [p.case.id for p in preds if not root_ok(p)],
            "actor_country": party_errors["actor_country"],
            "recipient_country": party_errors["recipient_country"],
        },
    }


# CAMEO root -> ConfliBERT quad class
QUAD_BY_ROOT = {
    **dict.fromkeys(range(1, 3), 0),
    **dict.fromkeys(range(3, 6), 1),
    **dict.fromkeys(range(6, 9), 2),
    **dict.fromkeys(range(9, 14), 3),
    **dict.fromkeys(range(14, 21), 4),
    16: 3,  # reduce relations: verbal conflict, as for the PLOVER category SANCTION
}


def quad_of(p: Predicted) -> int:
    if p.main is None:
        return 0
    if p.main.cameo and p.main.cameo[:2].isdigit():
        return QUAD_BY_ROOT.get(int(p.main.cameo[:2]), QUAD[p.main.event])
    return QUAD[p.main.event]


def score_conflibert(preds: Sequence[Predicted]) -> dict[str, Any]:
    gold = [str(p.case.quad) for p in preds]
    pred = [str(quad_of(p)) for p in preds]
    scores = classification(gold, pred)
    return {
        "dataset": "conflibert-quad",
        "split": "test",
        "sentences": len(preds),
        "accuracy": scores["accuracy"],
        "macro_f1": scores["macro_f1"],
        "per_class": scores["per_category"],
        "confusion": scores["confusion"],
        "errors": {
            "quad": [p.case.id for p, g, q in zip(preds, gold, pred, strict=True) if g != q]
        },
    }


def evaluate_events(
    dataset: str, settings: Settings, *, root: Path | None = None
) -> dict[str, Any]:
    """Score the coder on ``dataset`` (one of :data:`DATASETS`), read from ``root`` or
    ``settings.datasets`` (:data:`SNIPPET_DATASETS`: from ``root`` or the repository's
    ``eval/snippets``)."""
    if dataset not in DATASETS:
        raise ConfigError(f"unknown dataset {dataset!r}; choose one of: {', '.join(DATASETS)}")
    if dataset in SNIPPET_DATASETS:
        from storyline.evaluation.events_snippets import evaluate_snippets

        return evaluate_snippets(settings, folder=root, dataset=dataset)
    base = root if root is not None else Path(settings.datasets)
    if dataset == "plover-gsr":
        return score_plover(predict(load_plover_gsr(base), settings))
    if dataset == "petrarch-gsr":
        return score_petrarch(predict(load_petrarch(base), settings))
    if dataset == "conflibert-quad":
        return score_conflibert(predict(load_conflibert(base, "test"), settings))
    if dataset == "ngec-actors":
        from storyline.evaluation.events_actors import evaluate_ngec

        return evaluate_ngec(base, settings)
    from storyline.evaluation.events_seed import evaluate_seed

    return evaluate_seed(base, settings)


__all__ = ["DATASETS", "QUAD", "QUAD_BY_ROOT", "Predicted", "evaluate_events", "predict"]
