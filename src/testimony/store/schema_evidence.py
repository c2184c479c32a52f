"""The person's own evidence: what a document attached to an account was called and how
big it is, and the name and address they chose to keep for letters.

The bytes themselves go in the first schema's `attachments` and `attachment_chunks`
tables, which also hold recordings; documents get a side table so that neither kind's
columns get in the other's way.
"""

from __future__ import annotations

from testimony.store.connection import Connection

STATEMENTS = (
    """CREATE TABLE attachment_documents (
        attachment_id INTEGER PRIMARY KEY REFERENCES attachments(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        bytes INTEGER NOT NULL CHECK (bytes >= 0)
    )""",
    # One row at most: kept only when the person ticks "keep for next time", and never
    # read by the export pipeline.
    """CREATE TABLE letter_sender (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        address TEXT NOT NULL
    )""",
)


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
