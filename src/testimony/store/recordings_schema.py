"""The tables for spoken answers (DESIGN.md §5): one row per recording, and its sound in
chunks of a few seconds, each chunk written in its own transaction so that a crash loses
seconds, not the recording."""

from __future__ import annotations

from testimony.store.connection import Connection

STATEMENTS = (
    # `frames` is kept in step with the chunks in the same transaction as each chunk, so the
    # length shown is always the length that can be played, even after a crash.
    """CREATE TABLE recordings (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        sample_rate INTEGER NOT NULL CHECK (sample_rate BETWEEN 8000 AND 192000),
        channels INTEGER NOT NULL CHECK (channels BETWEEN 1 AND 8),
        codec TEXT NOT NULL,
        created TEXT NOT NULL,
        frames INTEGER NOT NULL DEFAULT 0 CHECK (frames >= 0),
        summary TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX recordings_account ON recordings(account_id, id)",
    # A rowid table (not WITHOUT ROWID): chunks are many kilobytes, and SQLite keeps large
    # rows best in overflow pages of an ordinary table.
    """CREATE TABLE recording_chunks (
        id INTEGER PRIMARY KEY,
        recording_id INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL CHECK (seq >= 0),
        frames INTEGER NOT NULL CHECK (frames > 0),
        data BLOB NOT NULL,
        UNIQUE (recording_id, seq)
    )""",
)


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
