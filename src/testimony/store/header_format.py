"""The database's own record of which key-header format it belongs with.

A format-1 header (crypto/header.py) has no MAC, so once a vault has moved to format 2 the
only trustworthy statement that it did is here, inside the encryption. After that, a
format-1 `header.json` put back beside the database is refused as changed, never taken
as a vault to upgrade again. Like `_generation`, this is bookkeeping for the store that
both kinds of database need, so it is made here rather than by either plan's migrations;
`sqlcipher_export` copies it into a re-keyed database with every other table.
"""

from __future__ import annotations

from sqlcipher3 import DatabaseError

from testimony.core.errors import VaultDamaged
from testimony.store.connection import Connection
from testimony.store.generation import read_generation

CURRENT = 2


def read_header_format(conn: Connection) -> int | None:
    """The format recorded, or None for a database that never recorded one."""
    try:
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_header_format'"
        ).fetchone()
        if exists is None:
            return None
        row = conn.execute("SELECT value FROM _header_format WHERE id = 1").fetchone()
    except DatabaseError as exc:
        raise VaultDamaged("the header format record cannot be read") from exc
    return None if row is None else int(row[0])


def has_known_format_2(conn: Connection) -> bool:
    """Has this database ever been used with a format-2 header? Either it says so, or it
    has a generation counter, which only format-2 code ever wrote (vaults made before this
    record existed but after the counter did)."""
    recorded = read_header_format(conn)
    return (recorded is not None and recorded >= CURRENT) or read_generation(conn) is not None


def write_header_format(conn: Connection, value: int = CURRENT) -> None:
    """Record the format; call inside the caller's transaction."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _header_format"
        " (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL)"
    )
    conn.execute(
        "INSERT INTO _header_format (id, value) VALUES (1, ?)"
        " ON CONFLICT (id) DO UPDATE SET value = excluded.value",
        (value,),
    )
