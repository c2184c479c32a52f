"""Copying a live database with SQLite's backup API; the copy keeps the same encryption."""

from __future__ import annotations

from pathlib import Path

from testimony.crypto.secret import SecretKey
from testimony.store.connection import Connection, close, open_database


def copy_database(conn: Connection, dest: Path, key: SecretKey) -> None:
    """Write a consistent, still-encrypted copy of `conn` to `dest` (which must not exist)."""
    target = open_database(dest, key, create=True)
    try:
        conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        close(target)
