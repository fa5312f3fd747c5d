"""``storyline eval events --dataset snippets``: the coder on news snippets written by the project.

``eval/snippets/snippets.jsonl`` (in the repository, not the datasets folder; see its README)
holds 200 short news texts of 1-3 sentences written in our own words and labelled before the
coder was run on them: the PLOVER category of each text's main event (or null: no political
event), an optional mode and the main actor's country. They stand in for unseen real news.
``snippets`` has since been used to improve the coder; ``snippets-b``
(``eval/snippets/snippets-b.jsonl``, ids ``B001``…) is a second set of the same shape written
after that and held back from tuning; both have since been seen while improving the coder.
``snippets-c`` (``eval/snippets/snippets-c.jsonl``, ids ``C001``…) is a third set written blind
(without reading the other sets, their results or the coder) and measured once; it has since
been seen too. ``snippets-d`` (``eval/snippets/snippets-d.jsonl``, ids ``D001``…) is a fourth set
written blind after those coder changes, measured once by the lead, then seen too.
``snippets-e`` and ``snippets-f`` (ids ``E001``…, ``F001``…) are a fifth and a sixth set written
blind by two more authors at the same time, after those changes, and measured once by the lead.
``snippets-g`` (ids ``G001``…) is a seventh set written blind as a development set: measured
once before any study, then used to improve the coder; ``snippets-h`` (``H001``…) an eighth and
``snippets-i`` (``I001``…) a ninth, the same way; ``snippets-j`` (``J001``…) is a tenth written
blind with new wording and measured once at the end of that session. ``snippets-k`` and
``snippets-l`` (``K001``…, ``L001``…) are development sets written blind in the style of
conflict-monitor notes and of aggregator news snippets, and ``snippets-m`` and ``snippets-n``
(``M001``…, ``N001``…) two more in those styles, measured once; ``snippets-o`` and ``snippets-p``
(``O001``…, ``P001``…) are development sets of single news sentences and of mixed voices;
``snippets-q`` and ``snippets-r`` (``Q001``…, ``R001``…) are blind sets in new wording and in the
held-out task's style, measured once; ``snippets-t`` (``T001``…) is a development set in new
wording and idioms, and ``snippets-u`` and ``snippets-v`` (``U001``…, ``V001``…) two more, in new
wording and in regional English; ``snippets-w`` and ``snippets-x`` (``W001``…, ``X001``…) are
blind sets in new wording and in a mix of conflict notes and news, measured once; ``snippets-y``
and ``snippets-z`` (``Y001``…, ``Z001``…) are development sets of background-first news and of
second-language English, and ``snippets-a`` (``A001``…) one more blind set in new wording,
measured once, and ``snippets-aa``/``snippets-ab`` (``AA001``…, ``AB001``…) development sets in
new wording and of unnamed perpetrators beside crime look-alikes, and
``snippets-ac``/``snippets-ad`` (``AC001``…, ``AD001``…) blind sets in new wording, measured
once, and ``snippets-ae``/``snippets-af`` (``AE001``…, ``AF001``…) development sets of local-press
and wire/live-blog wording, and ``snippets-ag``/``snippets-ah``/``snippets-ai`` (``AG001``…,
``AH001``…, ``AI001``…) development sets of background-first news, of Title Case and headlinese
headlines and of translated and officialese press, and ``snippets-aj``/``snippets-ak``
(``AJ001``…, ``AK001``…) blind sets in new wording, measured once, and
``snippets-al``/``snippets-am``/``snippets-an`` (``AL001``…, ``AM001``…, ``AN001``…) development
sets of broadcast and live-blog wording, of a main event among minor ones and of specialist
bulletins and regional press, and ``snippets-ao``/``snippets-ap`` (``AO001``…, ``AP001``…) blind
sets in new wording and in fast-moving and translated coverage, measured once, and
``snippets-aq``/``snippets-ar`` (``AQ001``…, ``AR001``…) blind sets in new wording and in
translated and regional English, measured once, and ``snippets-as``/``snippets-at`` (``AS001``…,
``AT001``…) development sets of headlines over leads and of long scraped-article sentences, and
``snippets-au``/``snippets-av`` (``AU001``…, ``AV001``…) blind sets in new wording and in everyday
aggregator coverage from mid-sized and local outlets, measured once, and
``snippets-aw``/``snippets-ax`` (``AW001``…, ``AX001``…) development sets of crowds and protests
told without the usual protest verbs and of new wording, and ``snippets-ay``/``snippets-az``
(``AY001``…, ``AZ001``…) blind sets in everyday aggregator coverage from another mix of regions
and in second-language and translated officialese, measured once, and
``snippets-ba``/``snippets-bb`` (``BA001``…, ``BB001``…) development sets in that everyday
aggregator style and ``snippets-bc``/``snippets-bd`` (``BC001``…, ``BD001``…) development sets in
that second-language and translated officialese, and ``snippets-be``/``snippets-bf`` (``BE001``…,
``BF001``…) two more development sets, in that officialese and in everyday aggregator coverage,
and ``snippets-bg``/``snippets-bh`` (``BG001``…, ``BH001``…) blind sets of humanitarian and
rights-source reports reaching a conflict and protest monitor and in new wording from many kinds
of outlets, measured once, and ``snippets-bi``/``snippets-bj`` (``BI001``…, ``BJ001``…)
development sets in new wording with the main event often not in the first clause and in
second-language and translated officialese, and ``snippets-bk``/``snippets-bl`` (``BK001``…,
``BL001``…) blind sets of reports reaching a monitor through translation from the local press, in
the source language's syntax and officialese, and of fragments from live blogs, monitoring feeds,
alert services and messaging channels, measured once, and ``snippets-bm``/``snippets-bn``
(``BM001``…, ``BN001``…) development sets in that feed style (live blogs, alert services and
conflict-monitor feeds; messaging-channel posts and timeline digests), and
``snippets-bo``/``snippets-bp`` (``BO001``…, ``BP001``…) blind sets in new wording from many kinds
of outlets and of events told by official statements, communiqués and claims as quoted or
paraphrased in the news, measured once, and ``snippets-bq``/``snippets-br`` (``BQ001``…,
``BR001``…) blind sets in new wording from many kinds of outlets and of mid-article excerpts with
the main event usually not in the first clause, measured once, and
``snippets-bs``/``snippets-bt`` (``BS001``…, ``BT001``…) development sets in that mid-article
style and in new wording with descriptive participle phrases ("gunmen riding motorcycles opened
fire on") and weapons named by their owner ("Russian glide bombs"), and
``snippets-bu``/``snippets-bv`` (``BU001``…, ``BV001``…) blind sets in new wording from many kinds
of outlets and of mid-article excerpts with the main event usually not in the first clause,
measured once, and ``snippets-bw``/``snippets-bx`` (``BW001``…, ``BX001``…) development sets in
that mid-article style and of running prose whose doer carries long modifiers before its verb
("gunmen on two motorcycles shot dead …"), verbs that are also common nouns, feed and ticker
lines with a kicker, headline lines, fronted time or place phrases and compound sentences, and
``snippets-by``/``snippets-bz`` (``BY001``…, ``BZ001``…) blind sets in new wording from many kinds
of outlets and of mid-article excerpts with the main event usually not in the first clause,
measured once, and ``snippets-ca``/``snippets-cb`` (``CA001``…, ``CB001``…) development sets in
that mid-article style and of running prose told mostly in the passive or with no doer named
("shops were looted and set on fire"), participle chains on the doer ("police firing live rounds
at demonstrators killed …"), arrests told with the accusation behind them, vigils, funerals,
commemorations and prayers that are or are not protests, fires and explosions whose cause is
unclear, and accounts by officials, witnesses or rights groups, and
``snippets-cc``/``snippets-cd`` (``CC001``…, ``CD001``…) blind sets in new wording from many kinds
of outlets (idioms, uncommon verbs, headline lines, datelines) and of mid-article excerpts with
the main event usually not in the first clause, measured once, and
``snippets-ce``/``snippets-cf`` (``CE001``…, ``CF001``…) development sets of mid-article excerpts
in the hardest monitor reading, with running prose told in the passive or with no doer named
("a police patrol was ambushed") beside no-event look-alikes (fires and blasts of unclear or
accidental cause, crime with arrests, vigils, commemorations), and of everyday coverage reaching
an aggregator from mid-sized and local outlets with a new regional mix (the Andes and Central
America, the Caucasus and Central Asia, the Pacific islands, the Balkans, West and Southern
Africa, Bangladesh and Sri Lanka, Indonesia and the Philippines), and
``snippets-cg``/``snippets-ch`` (``CG001``…, ``CH001``…) blind sets in new wording from many kinds
of outlets (idioms, uncommon and phrasal verbs, headline lines, datelines) and of mid-article
excerpts with the main event usually not in the first clause, measured once, and
``snippets-ci``/``snippets-cj`` (``CI001``…, ``CJ001``…) development sets of feed, ticker and alert
lines (BREAKING and UPDATE tags, time stamps, datelines, hashtags, noun-phrase headlines,
semicolon-chained updates) beside one-sentence wire summaries and no-event look-alikes in violent
words from markets, sport, accidents, disasters and crime, and of events told through statements,
claims and reported speech (army, police and ministry press releases, armed groups' claims of
responsibility, rights-group, UN, union, party and court announcements), about a quarter of them
statements that are themselves the event (condemnations, accusations, demands, threats, denials,
announced truces and decrees), and ``snippets-ck``/``snippets-cl`` (``CK001``…, ``CL001``…) blind
sets in new wording from many kinds of outlets and of mid-article excerpts with the main event
usually not in the first clause, measured once, and ``snippets-cm``/``snippets-cn``
(``CM001``…, ``CN001``…) development sets of headlines and present-tense headline lines (half a
headline alone, half a headline over a one-sentence lead) beside no-event look-alikes, and of
casualty-first and consequence-first reporting from local and regional outlets, where the count
or the outcome comes before the happening, and ``snippets-co``/``snippets-cp`` (``CO001``…,
``CP001``…) blind sets in new wording from many kinds of outlets (wire leads, broadsheet and
tabloid headlines, regional press, broadcast sites) and of mid-article excerpts with the main
event usually not in the first clause, measured once, and ``snippets-cq``/``snippets-cr``
(``CQ001``…, ``CR001``…) development sets of regional and local press English (hartal, ville
morte, crowds told without protest verbs, mob and communal violence, security operations told in
the passive) and of new wording built around patterns that trip rule coders (idioms, light verbs,
unusual subjects, headlines over leads), and ``snippets-cs``/``snippets-ct`` (``CS001``…,
``CT001``…) blind sets in new wording from many kinds of outlets (wire leads, broadsheet and
tabloid headlines over leads, regional and local press, broadcast sites, paraphrased official
statements) and of mid-article excerpts with the main event usually not in the first clause,
measured once, and ``snippets-cu``/``snippets-cv`` (``CU001``…, ``CV001``…) development sets of
mid-article excerpts with the main event usually not in the first clause, with regions weighted
to West and Central Africa, Central Asia, the Caucasus, the Andes, Southeast Asia and the
Pacific, and of new wording (headlinese headline lines over one-sentence leads, headline-only
items, idioms, phrasal and light verbs, unusual subjects) from many small and rarely covered
countries, and ``snippets-cw``/``snippets-cx`` (``CW001``…, ``CX001``…) blind sets in new wording
from many kinds of outlets (wire leads, broadsheet and tabloid headlines over one-sentence leads,
regional and local press, broadcast sites, live-blog entries and news-ticker lines, some of them
verbless) and of mid-article excerpts of two to four sentences with the main event usually not in
the first clause, with regions weighted to the Middle East, North Africa, Eastern Europe, the
Balkans, South Asia and Central America, measured once, and ``snippets-cy``/``snippets-cz``
(``CY001``…, ``CZ001``…) development sets of news-feed and aggregator text as scrapers collect it
(headline lines alone or over a one-sentence lead, ticker and live-blog fragments without a main
verb, image captions, one-line bulletins), and of regional English from South Asian, African,
Latin American, Middle Eastern and Southeast Asian outlets (local terms for protests and
shutdowns, crowds told without protest verbs, security operations and killings told in the
passive with the doer named late or not at all, casualty-first reporting, doers named only by
role), and ``snippets-da``/``snippets-db`` (``DA001``…, ``DB001``…) blind sets in new wording
from many kinds of outlets (wire leads with datelines, headlines run into a one-sentence lead with
a dash, regional and local dailies, broadcast and community-radio sites, agency flashes and
paraphrased official statements; rare verbs, idioms, nominalisations, passives with no doer and
events told through their consequence) and of mid-article excerpts of two sentences with the main
event usually not in the first clause, from every continent, measured once, and
``snippets-dc``/``snippets-dd`` (``DC001``…, ``DD001``…) development sets of short items in fresh
wording from many kinds of outlets (Title Case headlines run into the lead with a dash,
all-capitals headline lines over the lead, many verbs, phrasal verbs and idioms for each kind of
event), and of mid-article excerpts of two or three sentences with the main event after background
or aftermath (in reported speech or attribution, in pluperfect or passive clauses or named by a
noun, some with a minor second happening). All are scored the same way.

A text's prediction is the coder's main event (:func:`storyline.events.select.main_event`), as in
the other event evaluations. Scores:

- ``main_event``: precision = right category / texts with a predicted event, recall = right
  category / texts with a gold event, F1;
- ``detection``: the same for "some event" vs "no event", whatever the category;
- ``no_event_specificity``: texts with no gold event that got none;
- ``accuracy``, ``macro_f1``, ``per_category`` and ``confusion`` (``NONE`` = no event);
- ``actor_country``: over texts with a gold actor country and the right category, the predicted
  main event has an actor of that country; ``mode``: over the same with a gold mode;
- ``errors``: ids of missed events, wrong categories, spurious events on no-event texts, and of
  actor-country and mode misses.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from storyline.errors import EvaluationError
from storyline.evaluation.events_data import Case, GoldParty
from storyline.evaluation.events_eval import SNIPPET_DATASETS, Predicted, predict
from storyline.evaluation.events_scores import NONE, classification, code_matches, ratio
from storyline.events.ontology import category_names, modes
from storyline.settings import Settings

SNIPPETS_NAME = "snippets.jsonl"
SNIPPETS_PATH = Path("eval") / "snippets" / SNIPPETS_NAME
# dataset name -> file name in eval/snippets (each set is named after its file)
SNIPPET_SETS = {name: f"{name}.jsonl" for name in SNIPPET_DATASETS}
_CHECKOUT = Path(__file__).resolve().parents[3]


def snippets_path(folder: Path | None = None, *, dataset: str = "snippets") -> Path:
    """``folder/<file>`` of ``dataset`` (see :data:`SNIPPET_SETS`); by default
    ``eval/snippets/<file>`` under the current directory, else under the source checkout this
    package runs from."""
    if dataset not in SNIPPET_SETS:
        choices = ", ".join(SNIPPET_SETS)
        raise EvaluationError(f"unknown snippet set {dataset!r}; choose one of: {choices}")
    name = SNIPPET_SETS[dataset]
    if folder is not None:
        return folder / name
    local = SNIPPETS_PATH.parent / name
    return local if local.exists() else _CHECKOUT / local


def _field(rec: dict[str, Any], name: str, where: str) -> str | None:
    value = rec.get(name)
    if value is not None and not isinstance(value, str):
        raise EvaluationError(f"{where}: `{name}` must be a string or null, got {value!r}")
    return value or None


def _case(rec: dict[str, Any], where: str) -> Case:
    case_id, text = _field(rec, "id", where), _field(rec, "text", where)
    if case_id is None or text is None:
        raise EvaluationError(f"{where}: every snippet needs an `id` and a `text`")
    event, mode = _field(rec, "event", where), _field(rec, "mode", where)
    if event is not None and event not in category_names():
        choices = ", ".join(category_names())
        raise EvaluationError(f"{where}: unknown event {event!r}; choose one of: {choices}")
    if mode is not None and (event is None or mode not in modes(event)):
        raise EvaluationError(
            f"{where}: mode {mode!r} is not a mode of {event}; "
            f"choose one of: {', '.join(modes(event)) if event else '(none: no event)'}"
        )
    country = _field(rec, "actor_country", where)
    if country is not None and not (len(country) == 3 and country.isalpha() and country.isupper()):
        raise EvaluationError(f"{where}: actor_country {country!r} is not an ISO3 code")
    actors = (GoldParty(country, None),) if country else ()
    return Case(id=case_id, text=text, event=event, mode=mode, actors=actors)


def load_snippets(path: Path) -> list[Case]:
    """The labelled snippets of ``path`` (one JSON object per line), checked field by field."""
    if not path.exists():
        raise EvaluationError(
            f"snippets file not found: {path} (expected one of "
            f"{', '.join(str(SNIPPETS_PATH.parent / n) for n in SNIPPET_SETS.values())})"
        )
    cases: list[Case] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationError(f"{where}: not a JSON object ({exc.msg})") from exc
        if not isinstance(rec, dict):
            raise EvaluationError(f"{where}: not a JSON object")
        cases.append(_case(rec, where))
    ids = [c.id for c in cases]
    if len(set(ids)) != len(ids):
        raise EvaluationError(f"{path}: duplicate snippet ids")
    return cases


def prf(hit: int, predicted: int, gold: int) -> dict[str, Any]:
    """Precision, recall and F1 from true positives and the predicted and gold counts."""
    p, r = ratio(hit, predicted), ratio(hit, gold)
    f1 = round(2 * p * r / (p + r), 4) if p is not None and r is not None and p + r else None
    return {"precision": p, "recall": r, "f1": f1, "hit": hit, "predicted": predicted, "gold": gold}


def _actor_ok(p: Predicted) -> bool:
    actors = p.main.actor if p.main is not None else ()
    return any(code_matches(g, e) for g in p.case.actors for e in actors)


def score_snippets(preds: Sequence[Predicted], *, dataset: str = "snippets") -> dict[str, Any]:
    gold = [p.case.event or NONE for p in preds]
    pred = [p.label for p in preds]
    pairs = list(zip(preds, gold, pred, strict=True))
    right = [p for p, g, q in pairs if g != NONE and g == q]
    with_country = [p for p in right if p.case.actors]
    with_mode = [p for p in right if p.case.mode]
    mode_ok = [p for p in with_mode if p.main is not None and p.main.mode == p.case.mode]
    n_gold = sum(g != NONE for g in gold)
    n_pred = sum(q != NONE for q in pred)
    both = sum(g != NONE and q != NONE for _, g, q in pairs)
    quiet = [q for _, g, q in pairs if g == NONE]
    return {
        "dataset": dataset,
        "texts": len(preds),
        "main_event": prf(len(right), n_pred, n_gold),
        "detection": prf(both, n_pred, n_gold),
        "no_event_specificity": ratio(quiet.count(NONE), len(quiet)),
        **classification(gold, pred),
        "actor_country": {
            "accuracy": ratio(sum(map(_actor_ok, with_country)), len(with_country)),
            "scored": len(with_country),
        },
        "mode": {"accuracy": ratio(len(mode_ok), len(with_mode)), "scored": len(with_mode)},
        "errors": {
            "missed": [p.case.id for p, g, q in pairs if g != NONE and q == NONE],
            "wrong_category": [p.case.id for p, g, q in pairs if NONE not in (g, q) and g != q],
            "spurious": [p.case.id for p, g, q in pairs if g == NONE and q != NONE],
            "actor_country": [p.case.id for p in with_country if not _actor_ok(p)],
            "mode": [p.case.id for p in with_mode if p not in mode_ok],
        },
    }


def evaluate_snippets(
    settings: Settings, *, folder: Path | None = None, dataset: str = "snippets"
) -> dict[str, Any]:
    """Score the coder on the snippet set ``dataset`` (a key of :data:`SNIPPET_SETS`) of
    ``folder`` (default: the repository's ``eval/snippets``)."""
    cases = load_snippets(snippets_path(folder, dataset=dataset))
    return score_snippets(predict(cases, settings), dataset=dataset)


__all__ = [
    "SNIPPETS_PATH",
    "SNIPPET_SETS",
    "evaluate_snippets",
    "load_snippets",
    "prf",
    "score_snippets",
    "snippets_path",
]
