"""The name and address a person chose to keep for their letters: one row, or none."""

from __future__ import annotations

from testimony.store.connection import Connection


def get_sender(conn: Connection) -> tuple[str, str] | None:
    row = conn.execute("SELECT name, address FROM letter_sender WHERE id = 1").fetchone()
    return (row[0], row[1]) if row else None


def set_sender(conn: Connection, name: str, address: str) -> None:
    """Keep them for next time; call inside a transaction."""
    conn.execute(
        "INSERT INTO letter_sender (id, name, address) VALUES (1, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, address = excluded.address",
        (name, address),
    )


def clear_sender(conn: Connection) -> bool:
    """Forget them; call inside a transaction (secure_delete zeroes the freed page)."""
    return bool(conn.execute("DELETE FROM letter_sender WHERE id = 1").rowcount)
