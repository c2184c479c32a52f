"""Schema migrations: ordered functions, each applied together with its record in one
transaction, so a vault is always at exactly one known version."""

from __future__ import annotations

from collections.abc import Callable

from testimony.core.errors import VaultDamaged
from testimony.store import schema_v1
from testimony.store.connection import Connection

Migration = tuple[str, Callable[[Connection], None]]

MIGRATIONS: tuple[Migration, ...] = (("m001_initial", schema_v1.apply),)


def applied(conn: Connection) -> list[str]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _migrations ("
        " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)"
    )
    return [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY id")]


def migrate(conn: Connection) -> list[str]:
    """Apply every migration not yet applied; return the names applied now."""
    done = applied(conn)
    known = [name for name, _ in MIGRATIONS]
    if done != known[: len(done)]:
        # A vault from a newer version of the app, or a damaged record: never guess.
        raise VaultDamaged("unknown schema version", applied=len(done))
    now: list[str] = []
    for index, (name, apply) in enumerate(MIGRATIONS):
        if index < len(done):
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            apply(conn)
            conn.execute(
                "INSERT INTO _migrations (id, name, applied_at) VALUES (?, ?, datetime('now'))",
                (index + 1, name),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        now.append(name)
    return now
