"""DuckDB schema and migrations.

The schema version lives in ``meta(key='schema_version')``. Each migration is a list of SQL
statements that takes the database from version N-1 to N; opening a store applies the missing ones
in order inside a transaction. Never edit a released migration: add a new one.

Every row that a component produced says which component version produced it (``extractor``,
``annotator``, ``coder`` columns).
"""

from __future__ import annotations

MIGRATIONS: list[list[str]] = [
    # 1: the foundation tables
    [
        """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
        """CREATE TABLE IF NOT EXISTS documents (
            id VARCHAR PRIMARY KEY, uri VARCHAR, fetched_at VARCHAR, media_type VARCHAR,
            size_bytes BIGINT, hints JSON, raw BLOB)""",
        """CREATE TABLE IF NOT EXISTS articles (
            id VARCHAR PRIMARY KEY, document_id VARCHAR, url VARCHAR, source VARCHAR,
            title VARCHAR, published VARCHAR, published_precision VARCHAR, language VARCHAR,
            authors VARCHAR[], text VARCHAR, dup_key VARCHAR, minhash UBIGINT[],
            duplicate_of VARCHAR, similarity DOUBLE, truncated BOOLEAN, extractor VARCHAR,
            annotator VARCHAR, coder VARCHAR, n_sentences INTEGER, n_words INTEGER)""",
        """CREATE INDEX IF NOT EXISTS articles_dup_key ON articles (dup_key)""",
        """CREATE TABLE IF NOT EXISTS sentences (
            article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR,
            PRIMARY KEY (article_id, idx))""",
        """CREATE TABLE IF NOT EXISTS mentions (
            id VARCHAR PRIMARY KEY, article_id VARCHAR, sentence INTEGER, start_char INTEGER,
            end_char INTEGER, text VARCHAR, label VARCHAR, role VARCHAR, role_start INTEGER,
            role_end INTEGER, canonical VARCHAR, country VARCHAR, sector VARCHAR,
            annotator VARCHAR)""",
        """CREATE TABLE IF NOT EXISTS quantities (
            id VARCHAR PRIMARY KEY, article_id VARCHAR, sentence INTEGER, start_char INTEGER,
            end_char INTEGER, text VARCHAR, value DOUBLE, low DOUBLE, high DOUBLE,
            vague BOOLEAN, noun VARCHAR, noun_text VARCHAR, noun_start INTEGER,
            noun_end INTEGER, annotator VARCHAR)""",
        """CREATE TABLE IF NOT EXISTS timexes (
            id VARCHAR PRIMARY KEY, article_id VARCHAR, sentence INTEGER, start_char INTEGER,
            end_char INTEGER, text VARCHAR, value VARCHAR, precision VARCHAR,
            year_known BOOLEAN, annotator VARCHAR)""",
        """CREATE TABLE IF NOT EXISTS events (
            id VARCHAR PRIMARY KEY, article_id VARCHAR, event VARCHAR, mode VARCHAR,
            context VARCHAR[], actor JSON, recipient JSON, event_loc JSON, date VARCHAR,
            date_precision VARCHAR, size JSON, negated BOOLEAN, future BOOLEAN,
            hypothetical BOOLEAN, reported_by JSON, evidence JSON, confidence DOUBLE,
            coder VARCHAR, cameo VARCHAR, countries VARCHAR[])""",
        """CREATE INDEX IF NOT EXISTS events_article ON events (article_id)""",
        """CREATE TABLE IF NOT EXISTS skips (
            id VARCHAR PRIMARY KEY, uri VARCHAR, stage VARCHAR, reason VARCHAR, detail VARCHAR)""",
    ],
    # storyline watch: conditional-GET validators of each feed, and every page URL it handled
    [
        """CREATE TABLE IF NOT EXISTS watch_feeds (
            url VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR, checked_at VARCHAR,
            status INTEGER, entries INTEGER, error VARCHAR)""",
        """CREATE TABLE IF NOT EXISTS watch_pages (
            url VARCHAR PRIMARY KEY, feed_url VARCHAR, final_url VARCHAR, state VARCHAR,
            document_id VARCHAR, status INTEGER, attempts INTEGER, reason VARCHAR,
            detail VARCHAR, fetched_at VARCHAR)""",
    ],
    # stories: clusters of articles across sources, their reports and merged event timelines
    [
        """CREATE TABLE IF NOT EXISTS stories (
            id VARCHAR PRIMARY KEY, label VARCHAR, label_article_id VARCHAR, articles INTEGER,
            reports INTEGER, sources VARCHAR[], first_seen VARCHAR, last_seen VARCHAR,
            key_entities VARCHAR[], countries VARCHAR[], events INTEGER, disputed INTEGER,
            clusterer VARCHAR)""",
        """CREATE TABLE IF NOT EXISTS story_articles (
            article_id VARCHAR PRIMARY KEY, story_id VARCHAR, score DOUBLE, role VARCHAR,
            clusterer VARCHAR)""",
        """CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles (story_id)""",
        """CREATE TABLE IF NOT EXISTS story_events (
            id VARCHAR PRIMARY KEY, story_id VARCHAR, event VARCHAR, mode VARCHAR, date VARCHAR,
            date_precision VARCHAR, actor JSON, recipient JSON, countries VARCHAR[],
            negated BOOLEAN, future BOOLEAN, hypothetical BOOLEAN, sizes JSON,
            disputed BOOLEAN, citations JSON, reports INTEGER, sources VARCHAR[])""",
        """CREATE INDEX IF NOT EXISTS story_events_story ON story_events (story_id)""",
        """CREATE TABLE IF NOT EXISTS story_state (
            key VARCHAR PRIMARY KEY, clusterer VARCHAR, articles BIGINT, state BLOB)""",
    ],
    # 4: lookups by article for the article page, the API and re-processing
    [
        """CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id)""",
        """CREATE INDEX IF NOT EXISTS quantities_article ON quantities (article_id)""",
        """CREATE INDEX IF NOT EXISTS timexes_article ON timexes (article_id)""",
        """CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles (duplicate_of)""",
        """CREATE INDEX IF NOT EXISTS story_articles_article ON story_articles (article_id)""",
    ],
    # 5: stored storylines (story id -> storyline id), relinked whenever stories change; an
    # existing database is linked right after this migration (Store.migrate)
    [
        """CREATE TABLE IF NOT EXISTS storylines (
            story_id VARCHAR PRIMARY KEY, storyline_id VARCHAR, linker VARCHAR)""",
        """CREATE INDEX IF NOT EXISTS storylines_storyline ON storylines (storyline_id)""",
    ],
]

SCHEMA_VERSION = len(MIGRATIONS)

#: The migration that created the ``storylines`` table (a database migrated across it from an
#: older schema has its stories linked once, see :meth:`storyline.store.Store.migrate`).
STORYLINES_VERSION = 5

#: Tables that hold rows derived from one article (replaced together when it is re-processed).
ARTICLE_CHILD_TABLES = ("sentences", "mentions", "quantities", "timexes", "events")

#: Tables a user may export.
EXPORTABLE = (
    "articles",
    "documents",
    "sentences",
    "mentions",
    "quantities",
    "timexes",
    "events",
    "skips",
    "stories",
    "story_articles",
    "story_events",
    "storylines",
)
