"""NGEC actor-resolution cases: the country and sector storyline gives a mention.

Each case's mention text (with its context sentence before it, when the case has one) is
annotated in one batched pass; the answer is the mention of the annotator that covers the
mention text (its resolved ``country`` and ``sector``), else the phrase-level lexicons
(:func:`~storyline.annotate.actors.country_in` with cities, then
:func:`~storyline.annotate.actors.sector_of`). Country accuracy is over every case that states
an expected country (an empty expectation means "no country"); sector accuracy over cases that
state a sector. An expected international code (``IGO``, ``UNO`` for the UN system, ``EUR`` for
the European Union) is matched by the sector IGO, as in the event scores (storyline's country
field holds ISO countries only). A case whose context is not a sentence holding the mention but a
country name ("Somalia") uses that country when the mention itself resolves to none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from storyline.annotate.actors import (
    country_in,
    country_of,
    known_organization,
    known_person,
    sector_of,
)
from storyline.evaluation.events_data import ActorCase, load_ngec
from storyline.evaluation.events_eval import annotate_texts
from storyline.evaluation.events_scores import ratio
from storyline.records import AnnotatedArticle
from storyline.settings import Settings


def _document(case: ActorCase) -> tuple[str, int]:
    """The text to annotate and where the mention starts in it."""
    if case.context and case.text in case.context:
        return case.context, case.context.index(case.text)
    return case.text, 0


INTERNATIONAL_CODES = frozenset({"IGO", "UNO", "EUR"})


def country_ok(expected: str | None, country: str | None, sector: str | None) -> bool:
    if expected in INTERNATIONAL_CODES and sector == "IGO":
        return country is None
    return country == expected


def resolve(art: AnnotatedArticle, start: int, text: str) -> tuple[str | None, str | None]:
    end = start + len(text)
    inside = [m for m in art.mentions if m.start < end and start < m.end]
    country = next((m.country for m in inside if m.country), None)
    sector = next((m.sector for m in inside if m.sector), None)
    known = known_organization(text) or known_person(text)
    if known is not None and country is None and sector is None:
        country, sector = known.code, known.sector
    country = country or country_of(text) or country_in(text, cities=True)
    return country, sector or sector_of(text)


def evaluate_ngec(base: Path, settings: Settings) -> dict[str, Any]:
    cases = load_ngec(base)
    docs = [_document(c) for c in cases]
    arts = annotate_texts([(c.id, d[0]) for c, d in zip(cases, docs, strict=True)], settings)
    country_err: list[str] = []
    sector_err: list[str] = []
    n_sector = 0
    for case, (_, start), art in zip(cases, docs, arts, strict=True):
        country, sector = resolve(art, start, case.text)
        if country is None and case.context and case.text not in case.context:
            country = country_of(case.context)
        if not country_ok(case.country, country, sector):
            country_err.append(case.id)
        if case.sector:
            n_sector += 1
            if sector != case.sector:
                sector_err.append(case.id)
    return {
        "dataset": "ngec-actors",
        "cases": len(cases),
        "country": {"accuracy": ratio(len(cases) - len(country_err), len(cases))},
        "sector": {"accuracy": ratio(n_sector - len(sector_err), n_sector), "cases": n_sector},
        "errors": {"country": country_err, "sector": sector_err},
    }


__all__ = ["country_ok", "evaluate_ngec", "resolve"]
