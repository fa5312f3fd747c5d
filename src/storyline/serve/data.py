"""Read queries behind the JSON API and the web UI (filters with totals, aggregates, search).

The store's own :func:`storyline.store.events` has no actor filter and no total count, so the
service builds its event SQL here; rows become PLOVER JSON objects through the store's
:func:`storyline.store.rows.event_object`, exactly as ``storyline events`` and ``export`` do.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from storyline.store import Store
from storyline.store.rows import Row, event_object


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Event filters (combined with AND) and a page. Values are already validated."""

    event: str | None = None
    mode: str | None = None
    country: str | None = None  # ISO3 of an actor, recipient or the location
    actor: str | None = None  # text contained in an actor's entity_text (case-insensitive)
    recipient: str | None = None  # text contained in a recipient's entity_text
    since: str | None = None
    until: str | None = None
    article_id: str | None = None
    story: str | None = None  # a story id (resolved to the full id): events of its articles
    limit: int = 50
    offset: int = 0

    def params(self) -> dict[str, str]:
        """The filters as query-string parameters (for links: CSV, paging, map, network)."""
        names = ("event", "mode", "country", "actor", "recipient", "since", "until", "story")
        return {n: str(v) for n in names if (v := getattr(self, n)) not in (None, "")}


_EVENT_ORDER = "ORDER BY coalesce(e.date, a.published) NULLS LAST, e.article_id, e.id"
_ENTITY_TEXTS = "lower(array_to_string(json_extract_string(e.{0}, '$[*].entity_text'), ' | '))"


def _where(q: EventQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    simple = (
        ("e.event = ?", q.event),
        ("e.mode = ?", q.mode),
        ("list_contains(e.countries, ?)", q.country),
        ("coalesce(e.date, a.published) >= ?", q.since),
        ("coalesce(e.date, a.published) <= ?", q.until),
        ("e.article_id = ?", q.article_id),
        ("e.article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?)", q.story),
    )
    for clause, value in simple:
        if value:
            clauses.append(clause)
            params.append(value)
    for column, text in (("actor", q.actor), ("recipient", q.recipient)):
        if text:
            clauses.append(f"contains({_ENTITY_TEXTS.format(column)}, ?)")
            params.append(text.lower())
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


_FROM = "FROM events e JOIN articles a ON a.id = e.article_id"


def event_page(store: Store, q: EventQuery) -> tuple[int, list[Row]]:
    """(total matching events, the requested page as PLOVER JSON objects + source/published)."""
    where, params = _where(q)
    total = store.query(f"SELECT count(*) AS n {_FROM} {where}", params)[0]["n"]
    rows = store.query(
        f"SELECT e.*, a.url, a.source, a.published, a.title {_FROM} {where} {_EVENT_ORDER} "
        "LIMIT ? OFFSET ?",
        [*params, q.limit, q.offset],
    )
    out = []
    for row in rows:
        obj = event_object(row)
        obj.update(source=row["source"], published=row["published"], title=row["title"])
        out.append(obj)
    return int(total), out


def country_counts(store: Store, q: EventQuery) -> list[Row]:
    """Events per ISO3 country (a country counts once per event), most first."""
    where, params = _where(q)
    return store.query(
        f"SELECT country, count(*) AS events FROM (SELECT DISTINCT e.id, unnest(e.countries) "
        f"AS country {_FROM} {where}) GROUP BY country ORDER BY events DESC, country",
        params,
    )


#: Pronouns the coder may keep as actors: not useful as network nodes.
_PRONOUNS = frozenset(
    ["he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "their", "its"]
)


def _entity_key(entity: dict[str, Any]) -> str:
    key = " ".join(str(entity.get("entity_text") or "").split()).casefold()
    return "" if key in _PRONOUNS else key


def actor_network(store: Store, q: EventQuery, *, max_nodes: int = 60) -> dict[str, Any]:
    """Who acts on whom: nodes are entities, edges actor -> recipient per event type.

    Only entities in at least one link are drawn: the ``max_nodes`` with the most events (and
    the links among them).
    """
    where, params = _where(q)
    rows = store.query(f"SELECT e.event, e.actor, e.recipient {_FROM} {where}", params)
    weight: Counter[str] = Counter()
    labels: dict[str, dict[str, Any]] = {}
    edges: Counter[tuple[str, str, str]] = Counter()
    for row in rows:
        actors = json.loads(row["actor"] or "[]")
        recipients = json.loads(row["recipient"] or "[]")
        for ent in (*actors, *recipients):
            key = _entity_key(ent)
            if key:
                weight[key] += 1
                labels.setdefault(key, ent)
        for src in actors:
            for dst in recipients:
                s, d = _entity_key(src), _entity_key(dst)
                if s and d and s != d:
                    edges[(s, d, str(row["event"]))] += 1
    linked = Counter({k: n for k, n in weight.items() if any(k in e[:2] for e in edges)})
    kept = {key for key, _ in linked.most_common(max_nodes)}
    nodes = [
        {
            "id": key,
            "label": labels[key].get("entity_text"),
            "country": labels[key].get("code"),
            "sector": labels[key].get("sector"),
            "events": weight[key],
        }
        for key in sorted(kept, key=lambda k: (-weight[k], k))
    ]
    links = [
        {"source": s, "target": d, "event": ev, "count": n}
        for (s, d, ev), n in sorted(edges.items())
        if s in kept and d in kept
    ]
    return {"nodes": nodes, "links": links}


def article_page(store: Store, *, limit: int, offset: int) -> tuple[int, list[Row]]:
    total = store.query("SELECT count(*) AS n FROM articles")[0]["n"]
    rows = store.query(
        "SELECT id, source, published, language, title, url, duplicate_of, n_words, "
        "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events FROM articles a "
        "ORDER BY published DESC NULLS LAST, source, id LIMIT ? OFFSET ?",
        [limit, offset],
    )
    return int(total), rows


def stats(store: Store) -> Row:
    """Counts and distributions for the dashboard and ``/api/stats``."""

    def pairs(sql: str) -> dict[str, int]:
        return {str(r["k"]): int(r["n"]) for r in store.query(sql)}

    counts = store.counts()
    dates = store.query("SELECT min(published) AS lo, max(published) AS hi FROM articles")[0]
    return {
        "articles": counts["articles"],
        "canonical_articles": store.query(
            "SELECT count(*) AS n FROM articles WHERE duplicate_of IS NULL"
        )[0]["n"],
        "documents": counts["documents"],
        "events": counts["events"],
        "skips": counts["skips"],
        "sources": store.query("SELECT count(DISTINCT source) AS n FROM articles")[0]["n"],
        "published_from": dates["lo"],
        "published_to": dates["hi"],
        "events_by_type": pairs(
            "SELECT event AS k, count(*) AS n FROM events GROUP BY event ORDER BY n DESC, k"
        ),
        "articles_by_source": pairs(
            "SELECT coalesce(source, '') AS k, count(*) AS n FROM articles GROUP BY k "
            "ORDER BY n DESC, k LIMIT 20"
        ),
        "top_countries": pairs(
            "SELECT c AS k, count(*) AS n FROM (SELECT unnest(countries) AS c FROM events) "
            "GROUP BY c ORDER BY n DESC, k LIMIT 20"
        ),
    }


# --------------------------------------------------------------------------- search

_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 8
#: How /api/search matches (DuckDB's fts extension is not loadable with duckdb 1.5.6: its wheel
#: ``duckdb-extension-fts`` exists only for 1.5.5, so search scans titles and texts instead).
SEARCH_METHOD = "substring-and"
SNIPPET_CHARS = 90


def search_terms(q: str) -> list[str]:
    """Lower-cased word tokens of a query (at least 2 characters; at most :data:`MAX_TERMS`)."""
    terms: list[str] = []
    for token in _TOKEN.findall(q.casefold()):
        if len(token) >= 2 and token not in terms:
            terms.append(token)
    return terms[:MAX_TERMS]


_TITLE = "lower(coalesce(a.title, ''))"


def _occurrences(column: str) -> str:
    return f"((length({column}) - length(replace({column}, ?, ''))) // length(?))"


def search(store: Store, terms: list[str], *, limit: int, offset: int) -> tuple[int, list[Row]]:
    """Articles containing every term (substring of a word, case-insensitive), best first.

    Score: for each term, 3 x its occurrences in the title + its occurrences in the text.
    """
    if not terms:
        return 0, []
    body = "lower(coalesce(a.title, '') || ' ' || a.text)"
    where = " AND ".join(f"contains({body}, ?)" for _ in terms)
    score = " + ".join(
        f"3 * {_occurrences(_TITLE)} + {_occurrences('lower(a.text)')}" for _ in terms
    )
    score_params: list[Any] = []
    for term in terms:
        score_params.extend([term, term, term, term])
    total = store.query(f"SELECT count(*) AS n FROM articles a WHERE {where}", terms)[0]["n"]
    rows = store.query(
        f"SELECT a.id, a.title, a.source, a.published, a.url, a.text, {score} AS score "
        f"FROM articles a WHERE {where} ORDER BY score DESC, a.published DESC NULLS LAST, a.id "
        "LIMIT ? OFFSET ?",
        [*score_params, *terms, limit, offset],
    )
    for row in rows:
        row["snippet"] = snippet(str(row.pop("text")), terms)
    return int(total), rows


def snippet(text: str, terms: list[str]) -> str:
    """About :data:`SNIPPET_CHARS` characters each side of the first term found in the text."""
    low = text.casefold()
    hits = [i for t in terms if (i := low.find(t)) >= 0]
    at = min(hits) if hits else 0
    start = max(at - SNIPPET_CHARS, 0)
    end = min(at + SNIPPET_CHARS, len(text))
    core = " ".join(text[start:end].split())
    return ("…" if start else "") + core + ("…" if end < len(text) else "")
