"""The vault's generation counter, kept inside the encrypted database.

The key header carries the same counter under its MAC. Each session that wrote something
counts up when it locks (database first, then header), so an older copy of the database
put back beside the current header has a smaller number than the header: a rollback.
The table is bookkeeping for the store, like `_migrations`, so it is made here rather than
by either kind of database's migrations (a vault and a coalition workspace both need it).
"""

from __future__ import annotations

from sqlcipher3 import DatabaseError

from testimony.core.errors import VaultDamaged
from testimony.store.connection import Connection

_TABLE = "_generation"


def read_generation(conn: Connection) -> int | None:
    """The counter, or None for a database that has never had one (a new one). VaultDamaged
    when the page holding it cannot be read."""
    try:
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (_TABLE,)
        ).fetchone()
        if exists is None:
            return None
        row = conn.execute("SELECT value FROM _generation WHERE id = 1").fetchone()
    except DatabaseError as exc:
        raise VaultDamaged("the generation counter cannot be read") from exc
    return None if row is None else int(row[0])


def write_generation(conn: Connection, value: int, schema: str = "main") -> None:
    """Set the counter; call inside the caller's transaction. `schema` names an attached
    database (only our own two names: it becomes part of the SQL text)."""
    if schema not in ("main", "rekeyed"):
        raise ValueError("unknown schema")
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {schema}._generation"
        " (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL)"
    )
    conn.execute(
        f"INSERT INTO {schema}._generation (id, value) VALUES (1, ?)"
        " ON CONFLICT (id) DO UPDATE SET value = excluded.value",
        (value,),
    )
