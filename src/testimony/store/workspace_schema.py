"""The coalition workspace's schema: the same encrypted machinery as a vault, other tables.

What it holds: the coalition's age identity (only ever inside this encrypted file), the
imported records (each with a `facet`: the few answers analysis counts, written compactly
by coalition/analysis.py at import so a report need not parse every record's JSON), the
withdrawals it has been shown, a log of imports that names each file
by the SHA-256 of its sealed bytes and holds no content, and settings.
"""

from __future__ import annotations

from testimony.store.connection import Connection
from testimony.store.migrations import Plan

_W001 = """
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    secret TEXT NOT NULL,
    recipient TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE records (
    id INTEGER PRIMARY KEY,
    export_id TEXT NOT NULL UNIQUE,
    withdrawal_hash TEXT NOT NULL,
    consent TEXT NOT NULL CHECK (consent IN ('count', 'words', 'quote')),
    form TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    exported TEXT NOT NULL,
    answers TEXT NOT NULL,
    facet TEXT NOT NULL,
    quote INTEGER NOT NULL CHECK (quote IN (0, 1)),
    imported_at TEXT NOT NULL
);
CREATE INDEX records_quote ON records (quote) WHERE quote = 1;

-- Words apart from the rows that are counted, so counting 100,000 records reads (and
-- decrypts) only the small rows.
CREATE TABLE record_texts (
    record_id INTEGER PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,
    texts TEXT NOT NULL
);

-- A withdrawal is remembered (export id and the hash of the secret shown), so importing the
-- old bundle again, or a notice that arrives before its bundle, cannot bring a record back.
-- Keyed by both: a notice with a wrong secret for a record not yet here must not stop the
-- right one from being remembered too.
CREATE TABLE withdrawn (
    export_id TEXT NOT NULL,
    withdrawal_hash TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (export_id, withdrawal_hash)
);

CREATE TABLE import_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    kind TEXT CHECK (kind IN ('export', 'withdrawal')),
    outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'rejected')),
    reason TEXT,
    added INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    withdrawn_before INTEGER NOT NULL DEFAULT 0,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    not_matched INTEGER NOT NULL DEFAULT 0,
    not_found INTEGER NOT NULL DEFAULT 0
);
"""


def apply_w001(conn: Connection) -> None:
    for statement in _W001.split(";"):
        if statement.strip():
            conn.execute(statement)


# -- reading and theming the shared words (docs/coalition.md, "Reading and themes") ---------

# Each statement on its own: the triggers hold semicolons of their own.
_W_TEXTS_THEMES = (
    # Whether the person read every redaction in the record's words: 1 yes, 0 no (accepted
    # unread with --yes), NULL not known (testimony-export/1) or no words at all.
    "ALTER TABLE records ADD COLUMN reviewed INTEGER CHECK (reviewed IN (0, 1))",
    # Full-text search over the words, inside the same encrypted file. The body is every
    # text of the record, one per line. The row id is the record's, negated: FTS5 walks its
    # lists forwards cheaply and backwards dearly, and forwards is then newest first.
    "CREATE VIRTUAL TABLE texts_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')",
    # The words the index holds, so a word being typed can be completed (coalition/texts.py).
    "CREATE VIRTUAL TABLE texts_vocab USING fts5vocab(texts_fts, 'row')",
    "INSERT INTO texts_fts (rowid, body) SELECT -record_id,"
    " (SELECT group_concat(value, char(10)) FROM json_each(texts)) FROM record_texts",
    "CREATE TRIGGER record_texts_fts_add AFTER INSERT ON record_texts BEGIN"
    " INSERT INTO texts_fts (rowid, body) VALUES"
    " (-new.record_id, (SELECT group_concat(value, char(10)) FROM json_each(new.texts)));"
    " END",
    "CREATE TRIGGER record_texts_fts_remove AFTER DELETE ON record_texts BEGIN"
    " DELETE FROM texts_fts WHERE rowid = -old.record_id; END",
    # The records a reading page lists, newest first, with what its filters need, so that
    # listing them reads neither the answers nor the words.
    "CREATE INDEX records_words ON records (id, export_id, consent, facet)"
    " WHERE consent IN ('words', 'quote')",
    # The same, found by export id: a theme's tags name records so.
    "CREATE INDEX records_words_by_export ON records (export_id, id, consent, facet)"
    " WHERE consent IN ('words', 'quote')",
    # The coalition's themes. A retired theme keeps its tags but is offered and counted no
    # more; names are unique whatever their case.
    "CREATE TABLE themes (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " retired_at TEXT, created_at TEXT NOT NULL)",
    # Tags name the record by its export id, not its row, so they survive anything but a
    # withdrawal (the trigger below removes them with the record).
    "CREATE TABLE record_themes (export_id TEXT NOT NULL,"
    " theme_id INTEGER NOT NULL REFERENCES themes (id) ON DELETE CASCADE,"
    " PRIMARY KEY (export_id, theme_id)) WITHOUT ROWID",
    "CREATE INDEX record_themes_theme ON record_themes (theme_id, export_id)",
    "CREATE TRIGGER records_untag AFTER DELETE ON records BEGIN"
    " DELETE FROM record_themes WHERE export_id = old.export_id; END",
)

DEFAULT_THEMES = (
    "Refused care",
    "Police at A&E or assessment",
    "Threat of prosecution or orders",
    "\u201cHigh intensity\u201d label",
    "Information shared with police",
    "Restraint",
    "Discharge without support",
    "What would have helped",
)


def apply_w_texts_themes(conn: Connection) -> None:
    for statement in _W_TEXTS_THEMES:
        conn.execute(statement)
    conn.executemany(
        "INSERT INTO themes (name, created_at) VALUES (?, datetime('now'))",
        ((name,) for name in DEFAULT_THEMES),
    )


# -- an import that writes less (docs/performance.md, "Coalition import", issue 16) ----------

_BODY = "(SELECT group_concat(value, char(10)) FROM json_each({}.texts))"
# How a record's words enter the full-text index (store/workspace_records.py): its texts, one
# per line, under its negated row id. Parameters: the negated row id, the texts' JSON.
FTS_INSERT = (
    "INSERT INTO texts_fts (rowid, body) VALUES"
    " (?, (SELECT group_concat(value, char(10)) FROM json_each(?)))"
)
# The index holds no copy of the words (they are in record_texts), so a removal names the
# words it removes; FTS5's secure-delete then takes them out of the index itself, not just
# marks them deleted: a withdrawn record's words must not stay in the file.
FTS_REMOVE = (
    "CREATE TRIGGER record_texts_fts_remove AFTER DELETE ON record_texts BEGIN"
    " INSERT INTO texts_fts (texts_fts, rowid, body) VALUES"
    f" ('delete', -old.record_id, {_BODY.format('old')}); END"
)
UNTAG = (
    "CREATE TRIGGER records_untag AFTER DELETE ON records BEGIN"
    " DELETE FROM record_themes WHERE export_id = old.export_id; END"
)
# Export ids are random, so each bundle's new ids land on nearly every page of an index of
# them, and each bundle's commit wrote all those pages again. The index is now one that an
# import of many files can drop and build once at the end (coalition/importing.py); the
# session builds it again on opening if an import was ever cut short (`repair`).
EXPORT_INDEX = "CREATE UNIQUE INDEX IF NOT EXISTS records_export ON records (export_id)"
_COLUMNS = (
    "id, export_id, withdrawal_hash, consent, form, form_version, exported, answers, facet,"
    " quote, imported_at, reviewed"
)
_W003 = (
    "DROP TRIGGER record_texts_fts_add",
    "DROP TRIGGER record_texts_fts_remove",
    "DROP TRIGGER records_untag",
    "DROP TABLE texts_vocab",
    "DROP TABLE texts_fts",
    "DROP INDEX records_words_by_export",  # random too; records_export serves its joins
    "DROP INDEX records_words",
    "DROP INDEX records_quote",
    "ALTER TABLE record_texts RENAME TO record_texts_old",
    "ALTER TABLE records RENAME TO records_old",
    """CREATE TABLE records (
    id INTEGER PRIMARY KEY,
    export_id TEXT NOT NULL,
    withdrawal_hash TEXT NOT NULL,
    consent TEXT NOT NULL CHECK (consent IN ('count', 'words', 'quote')),
    form TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    exported TEXT NOT NULL,
    answers TEXT NOT NULL,
    facet TEXT NOT NULL,
    quote INTEGER NOT NULL CHECK (quote IN (0, 1)),
    imported_at TEXT NOT NULL,
    reviewed INTEGER CHECK (reviewed IN (0, 1))
)""",
    """CREATE TABLE record_texts (
    record_id INTEGER PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,
    texts TEXT NOT NULL
)""",
    f"INSERT INTO records ({_COLUMNS}) SELECT {_COLUMNS} FROM records_old ORDER BY id",
    "INSERT INTO record_texts (record_id, texts) SELECT record_id, texts FROM record_texts_old"
    " ORDER BY record_id",
    # The child first: with foreign keys on, dropping the parent first would cascade.
    "DROP TABLE record_texts_old",
    "DROP TABLE records_old",
    EXPORT_INDEX,
    "CREATE INDEX records_quote ON records (quote) WHERE quote = 1",
    "CREATE INDEX records_words ON records (id, export_id, consent, facet)"
    " WHERE consent IN ('words', 'quote')",
    # The words are searched without a second copy of them: the index holds none (content
    # ''; they stay in record_texts alone). Each record's texts, one per line, go in under
    # the negated row id: forwards in FTS5's lists is then newest first.
    "CREATE VIRTUAL TABLE texts_fts USING fts5(body, content = '',"
    " tokenize = 'unicode61 remove_diacritics 2')",
    "INSERT INTO texts_fts (texts_fts, rank) VALUES ('secure-delete', 1)",
    # Each bundle adds one segment; merging them 16 at a time, not FTS5's 4, rewrites each
    # record's entries about twice in an import of 100 bundles rather than about four
    # times (198 MB written there instead of 208 MB), for a few more segments to read.
    "INSERT INTO texts_fts (texts_fts, rank) VALUES ('automerge', 16)",
    f"INSERT INTO texts_fts (rowid, body) SELECT -record_id, {_BODY.format('record_texts')}"
    " FROM record_texts",
    "CREATE VIRTUAL TABLE texts_vocab USING fts5vocab(texts_fts, 'row')",
    FTS_REMOVE,
    UNTAG,
)


def apply_w003(conn: Connection) -> None:
    for statement in _W003:
        conn.execute(statement)


def repair(conn: Connection) -> None:
    """Build the export id index if an import was cut short while it was dropped."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'records_export'").fetchone():
        return
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'records'").fetchone():
        return  # not yet made
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(EXPORT_INDEX)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


WORKSPACE = Plan(
    "workspace",
    (
        ("w001_initial", apply_w001),
        ("w002_texts_themes_reviewed", apply_w_texts_themes),
        ("w003_import_writes_less", apply_w003),
    ),
    repair=repair,
)
