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


WORKSPACE = Plan("workspace", (("w001_initial", apply_w001),))
