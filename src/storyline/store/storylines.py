"""Stored storylines: the ``storylines`` table (story id -> storyline id) and its reads.

A storyline (:mod:`storyline.stories.storylines`) links stories of one main country that share
key actors within a time window. Whether two stories link depends on the other stories of their
country (an actor named by too many of them is no key actor), but never on stories of another
main country. So whenever stories change the table is relinked, in one pass over the outlines
of the stories concerned: after the clustering of ``storyline ingest`` and ``storyline
cluster``, every story of the main countries the changed stories had before or have now; after
``storyline cluster --rebuild``, ``storyline load`` and a migration, every story
(``bench/storylines.py`` measures both). The story page, the JSON API,
``storyline story`` and ``storyline stories --storylines`` read the stored rows.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence

from storyline.store.duckdb_store import Store
from storyline.store.rows import Row
from storyline.store.stories import story_outlines
from storyline.stories.storylines import StorylineParams, link_storylines

log = logging.getLogger(__name__)

#: Written in the ``linker`` column: the linking rule and its version.
LINKER = "actors-window.v1"


def relink_storylines(
    store: Store,
    params: StorylineParams | None = None,
    *,
    countries: Collection[str] | None = None,
    stories: Collection[str] = (),
) -> int:
    """Link every stored story into its storyline and replace the ``storylines`` rows; with
    ``countries``, only the stories of those main countries and the stories ``stories``
    (exact when ``countries`` holds every main country the changed ``stories`` had before
    and have now: storylines never cross a main country). Returns the number of storylines
    relinked. Call it inside the transaction that changed the stories."""
    outlines = story_outlines(store, countries=countries, story_ids=stories)
    lines = link_storylines(outlines, params)
    if countries is None:
        store.con.execute("DELETE FROM storylines")
    else:
        store.con.execute("DELETE FROM storylines WHERE story_id NOT IN (SELECT id FROM stories)")
    store.upsert(
        "storylines",
        [
            {"story_id": story_id, "storyline_id": line, "linker": LINKER}
            for story_id, line in sorted(lines.items())
        ],
    )
    count = len(set(lines.values()))
    log.info("storylines: %d stories relinked in %d storylines", len(lines), count)
    return count


def main_countries(store: Store, story_ids: Collection[str]) -> set[str]:
    """The main countries (the first of ``countries``) of these stored stories."""
    rows = store.con.execute(
        "SELECT DISTINCT countries[1] FROM stories WHERE list_contains(?, id) "
        "AND countries[1] IS NOT NULL",
        [sorted(story_ids)],
    ).fetchall()
    return {str(r[0]) for r in rows}


def storylines_stale(store: Store) -> bool:
    """True when the ``storylines`` rows do not cover exactly the stored stories (e.g. a
    database migrated from before the table existed)."""
    row = store.con.execute(
        "SELECT (SELECT count(*) FROM stories WHERE id NOT IN (SELECT story_id FROM storylines))"
        " + (SELECT count(*) FROM storylines WHERE story_id NOT IN (SELECT id FROM stories))"
    ).fetchone()
    return bool(row and row[0])


def ensure_storylines(store: Store) -> bool:
    """Relink when :func:`storylines_stale`; returns whether it relinked."""
    if not storylines_stale(store):
        return False
    relink_storylines(store)
    return True


def storyline_ids(store: Store, story_ids: Sequence[str]) -> dict[str, str]:
    """Story id -> its stored storyline id (stories without a stored row are left out)."""
    rows = store.query(
        "SELECT story_id, storyline_id FROM storylines WHERE list_contains(?, story_id)",
        [list(story_ids)],
    )
    return {str(r["story_id"]): str(r["storyline_id"]) for r in rows}


def story_storyline(store: Store, story_id: str) -> Row:
    """The stored storyline of a story and its other stories, oldest first (``id`` None and
    no stories when the story has no stored storyline)."""
    line = storyline_ids(store, [story_id]).get(story_id)
    rows = store.query(
        "SELECT s.id, s.label, s.first_seen, s.last_seen, s.reports FROM storylines l "
        "JOIN stories s ON s.id = l.story_id WHERE l.storyline_id = ? AND l.story_id <> ? "
        "ORDER BY s.first_seen NULLS LAST, s.id",
        [line, story_id],
    )
    return {"id": line, "stories": rows}
